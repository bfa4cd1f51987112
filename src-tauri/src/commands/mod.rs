//! The command bodies, one module per group of the chair's work (the groups of `ipc.rs`):
//! plain functions over [`AppState`](crate::state::AppState), testable against a temp store
//! without a window. They only translate: wire → domain input (ids parsed, texts into
//! `Prose`/`Label` by the domain) → store (which asks the domain inside one transaction) →
//! wire. Every rule is decided in `domain`. This file holds the input parsing all groups share.

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

use crate::dto::ApiError;
use crate::dto::*;
use crate::state::AppState;
use chrono::NaiveDate;
use domain::{DomainError, Field, MeetingId, Prose};
use store::FlowData;
use uuid::Uuid;

/// A meeting id from the UI ([`store::meeting_id`]: one that does not parse is not found).
pub(crate) fn meeting_id(raw: &str) -> Result<MeetingId, ApiError> {
    Ok(store::meeting_id(raw)?)
}

pub(crate) fn parse_id<T>(
    raw: &str,
    make: fn(Uuid) -> T,
    error: DomainError,
) -> Result<T, ApiError> {
    Uuid::parse_str(raw).map(make).map_err(|_| error.into())
}

pub(crate) fn subject_id(raw: &str, field: Field) -> Result<domain::SubjectId, ApiError> {
    parse_id(
        raw,
        domain::SubjectId::from_uuid,
        DomainError::UnknownSubject { field },
    )
}

pub(crate) fn subject_ids(
    raw: &[String],
    field: Field,
) -> Result<Vec<domain::SubjectId>, ApiError> {
    raw.iter().map(|s| subject_id(s, field)).collect()
}

pub(crate) fn item_id(raw: &str, field: Field) -> Result<domain::ItemId, ApiError> {
    parse_id(
        raw,
        domain::ItemId::from_uuid,
        DomainError::UnknownItem { field },
    )
}

pub(crate) fn participant_id(raw: &str, field: Field) -> Result<domain::ParticipantId, ApiError> {
    parse_id(
        raw,
        domain::ParticipantId::from_uuid,
        DomainError::ParticipantNotInMeeting { field },
    )
}

pub(crate) fn date(raw: &str, field: Field) -> Result<NaiveDate, ApiError> {
    Ok(domain::parse_date(raw, field)?)
}

/// R7c/R9/R12: every motivation is parsed by the domain's one motivation rule.
pub(crate) fn motivation(raw: &str) -> Result<Prose, ApiError> {
    Ok(domain::parse_motivation(
        raw,
        Field::Motivation,
        domain::MOTIVATION_MAX_CHARS,
    )?)
}

// ---- wire → domain -----------------------------------------------------------------

/// R7b: the wire code of a custom legal basis, `custom:<id>`, in the same place as the
/// codes of the fixed ones (so the basis editor offers both alike).
pub(crate) use domain::CUSTOM_BASIS_PREFIX;

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
