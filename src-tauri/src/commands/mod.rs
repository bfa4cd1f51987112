//! The command bodies, one module per group of the chair's work (the groups of `ipc.rs`):
//! plain functions over [`AppState`](crate::state::AppState), testable against a temp store
//! without a window. They only translate: wire → domain input (ids parsed, texts into
//! `Prose`/`Label` by the domain) → store (which asks the domain inside one transaction) →
//! wire. Every rule is decided in `domain`; what the UI sends is parsed by the domain's
//! input types (`domain::input`). This file holds the few helpers all groups share.

pub mod documents;
pub mod family;
pub mod finalize;
pub mod items;
pub mod lock;
pub mod meeting;
pub mod notification;
pub mod participants;
pub mod plan;
pub mod preparation;
pub mod releases;
pub mod reports;
pub mod rights;
pub mod settings;

use crate::dto::{ApiError, MeetingFlow};
use crate::state::AppState;
use chrono::NaiveDate;
use domain::{Field, MeetingId};
use store::FlowData;

/// A meeting id from the UI ([`store::meeting_id`]: one that does not parse is not found).
pub(crate) fn meeting_id(raw: &str) -> Result<MeetingId, ApiError> {
    Ok(store::meeting_id(raw)?)
}

/// The ids the UI sends for one meeting, parsed by the domain's one id parser (a wrong id
/// is the error naming its kind and field).
pub(crate) use domain::input::{item_id, participant_id, subject_id};

pub(crate) fn date(raw: &str, field: Field) -> Result<NaiveDate, ApiError> {
    Ok(domain::parse_date(raw, field)?)
}

pub(crate) fn flow(
    state: &AppState,
    id: &str,
    f: impl FnOnce(&mut store::Store, domain::MeetingId) -> Result<FlowData, store::StoreError>,
) -> Result<MeetingFlow, ApiError> {
    let id = meeting_id(id)?;
    state.with_store(|s| f(s, id)).map(|d| d.view())
}

/// The chair's calendar day (R15 retention is counted in days).
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}
