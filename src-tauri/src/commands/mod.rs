//! What the command bodies of `ipc.rs` share. The bodies themselves are written once, in
//! their declaration in `ipc.rs`; the macro there makes each one a plain function
//! `commands::<group>::<name>` over [`AppState`] (re-exported here), testable against a
//! temp store without a window. They only translate: wire → domain input (ids parsed,
//! texts into `Prose`/`Label` by the domain) → store (which asks the domain inside one
//! transaction) → wire. Every rule is decided in `domain`; what the UI sends is parsed by
//! the domain's input types (`domain::input`). The few bodies longer than a few lines live
//! beside this file: opening and closing the store (`session`) and files the chair saves
//! (`files`).

pub(crate) mod files;
mod session;

pub use crate::ipc::calls::*;
pub use files::render_access_report;
pub use session::lock_for;
pub(crate) use session::{change_passphrase, unlock};

use crate::dto::{ApiError, FlowAnswer, MeetingFlow};
use crate::state::AppState;
use chrono::{DateTime, NaiveDate, Utc};
use domain::{Field, MeetingId, NotificationId};
use store::{FlowData, Store, StoreError};

/// How many meetings the list shows at most (newest first); search finds the others.
pub const MEETING_LIST_LIMIT: u32 = 100;

/// The ids and dates the UI sends, parsed by the domain's one id parser: a wrong id is the
/// error naming its kind and field.
pub(crate) mod parse {
    pub(crate) use domain::input::{
        action_id as action, decision_id as decision, dissent_id as dissent, item_id as item,
        notification_id as notification, participant_id as participant, subject_id as subject,
        voice_id as voice,
    };

    /// A meeting id ([`store::meeting_id`]: one that does not parse is not found).
    pub(crate) fn meeting(raw: &str) -> Result<domain::MeetingId, crate::dto::ApiError> {
        Ok(store::meeting_id(raw)?)
    }
}

/// A change of one meeting (`id` from the UI), answered with the meeting page (not
/// numbered: the page kept for [`flow_steps`] is forgotten). A refused change keeps it:
/// the window still holds that page, so the next release decision answers with steps.
pub(crate) fn flow(
    state: &AppState,
    id: &str,
    f: impl FnOnce(&mut Store, MeetingId) -> Result<FlowData, StoreError>,
) -> Result<MeetingFlow, ApiError> {
    let id = parse::meeting(id)?;
    state
        .with_store(|s| {
            let changed = f(s, id)?;
            state.forget_sent_page();
            Ok(changed)
        })
        .map(|d| d.view())
}

/// Issue 19: a change of one meeting answered with what it changed on the page the window
/// holds (the last page sent, numbered), or with the whole page when none is kept.
pub(crate) fn flow_steps(
    state: &AppState,
    id: &str,
    f: impl FnOnce(&mut Store, MeetingId) -> Result<FlowData, StoreError>,
) -> Result<FlowAnswer, ApiError> {
    let id = parse::meeting(id)?;
    state.with_store(|s| Ok(state.send_page(f(s, id)?.view())))
}

/// A read that is logged (NEN 7513: ids and kinds only); one that cannot be logged is not
/// shown.
pub(crate) fn logged<T>(
    state: &AppState,
    kind: store::AuditKind,
    meeting: Option<MeetingId>,
    f: impl FnOnce(&mut Store) -> Result<T, StoreError>,
) -> Result<T, ApiError> {
    state.with_store(|s| {
        let out = f(s)?;
        s.log_access(kind, meeting, Utc::now())?;
        Ok(out)
    })
}

/// A setting changed by `f` at this moment, answered with the settings as shown.
pub(crate) fn setting(
    state: &AppState,
    f: impl FnOnce(&mut Store, DateTime<Utc>) -> Result<store::Settings, StoreError>,
) -> Result<crate::dto::Settings, ApiError> {
    let s = state.with_store(|s| f(s, Utc::now()))?;
    Ok(s.view(state.idle_overridden()))
}

/// A store method recording one event of a finalized meeting's notification (R12).
type NotificationEvent = fn(
    &mut Store,
    MeetingId,
    NotificationId,
    NaiveDate,
    NaiveDate,
    DateTime<Utc>,
) -> Result<FlowData, StoreError>;

/// One event of a finalized meeting's notification on a date the chair gives (R12): the
/// notification id and the date (`field` names it in an error) parsed, then the store.
pub(crate) fn on_date(
    state: &AppState,
    meeting: &str,
    (notification, on, field): (&str, &str, Field),
    event: NotificationEvent,
) -> Result<MeetingFlow, ApiError> {
    let n = parse::notification(notification)?;
    let on = domain::parse_date(on, field)?;
    let today = today();
    flow(state, meeting, |s, id| {
        event(s, id, n, on, today, Utc::now())
    })
}

/// The chair's calendar day (R15 retention is counted in days).
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}
