//! Informing the family (R12): notifications, postponement (AVG art. 23) and when it was
//! done.

use crate::commands::{date, flow};
use crate::dto::*;
use crate::state::AppState;
use chrono::Utc;
use domain::{DomainError, Field, NotificationId};

pub fn add_notification(state: &AppState, input: NewNotification) -> Result<MeetingFlow, ApiError> {
    let notification = input.parse()?;
    flow(state, &input.meeting_id, |s, id| {
        s.add_notification(id, notification, Utc::now())
    })
}

/// R14c: the chair checked that the purpose reads well for the family (draft only).
pub fn set_purpose_for_family(
    state: &AppState,
    meeting: &str,
    checked: bool,
) -> Result<MeetingFlow, ApiError> {
    flow(state, meeting, |s, id| {
        s.set_purpose_for_family(id, checked, Utc::now())
    })
}

fn notification_id(raw: &str) -> Result<NotificationId, DomainError> {
    NotificationId::parse(raw, DomainError::UnknownNotification)
}

/// R12/AVG art. 23: lifts a postponement of a finalized meeting on `on`.
pub fn lift_postponement(
    state: &AppState,
    meeting: &str,
    notification: &str,
    on: &str,
) -> Result<MeetingFlow, ApiError> {
    on_date(
        state,
        meeting,
        (notification, on, Field::LiftedOn),
        store::Store::lift_postponement,
    )
}

/// R12 (seed 003 §3.6c): the outcome was told to the family on `on`.
pub fn record_notification_done(
    state: &AppState,
    meeting: &str,
    notification: &str,
    on: &str,
) -> Result<MeetingFlow, ApiError> {
    on_date(
        state,
        meeting,
        (notification, on, Field::NotificationDoneOn),
        store::Store::record_notification_done,
    )
}

/// One event of a finalized meeting's notification on a date the chair gives (R12): the
/// notification id and the date (`field` names it in an error) parsed, then the store.
fn on_date(
    state: &AppState,
    meeting: &str,
    (notification, on, field): (&str, &str, Field),
    event: impl FnOnce(
        &mut store::Store,
        domain::MeetingId,
        NotificationId,
        chrono::NaiveDate,
        chrono::NaiveDate,
        chrono::DateTime<Utc>,
    ) -> Result<store::FlowData, store::StoreError>,
) -> Result<MeetingFlow, ApiError> {
    let n = notification_id(notification)?;
    let on = date(on, field)?;
    let today = crate::commands::today();
    flow(state, meeting, |s, id| {
        event(s, id, n, on, today, Utc::now())
    })
}

pub fn remove_notification(
    state: &AppState,
    meeting: &str,
    notification: &str,
) -> Result<MeetingFlow, ApiError> {
    let notification = notification_id(notification)?;
    flow(state, meeting, |s, id| {
        s.remove_notification(id, notification, Utc::now())
    })
}
