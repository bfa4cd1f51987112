//! Informing the family (R12): notifications, postponement (AVG art. 23) and when it was
//! done.

use crate::commands::*;
use crate::commands::{flow, parse_id, participant_id};
use crate::dto::ApiError;
use crate::dto::MeetingFlow;
use crate::dto::*;
use crate::state::AppState;
use chrono::Utc;
use domain::{DomainError, Field};

fn timing(t: NotificationTimingInput) -> Result<domain::NotificationTiming, DomainError> {
    Ok(match t {
        NotificationTimingInput::Beforehand => domain::NotificationTiming::Beforehand,
        NotificationTimingInput::Afterwards { motivation: m } => {
            domain::NotificationTiming::Afterwards {
                motivation: domain::parse_motivation(
                    &m,
                    Field::Motivation,
                    domain::MOTIVATION_MAX_CHARS,
                )?,
            }
        }
        NotificationTimingInput::Postponed {
            ground: g,
            motivation: m,
            review_date,
        } => {
            // Both typed fields' faults at once.
            let mut errors = domain::FieldErrors::new();
            let m = errors.check(domain::parse_motivation(
                &m,
                Field::Motivation,
                domain::MOTIVATION_MAX_CHARS,
            ));
            let review = errors.check(domain::parse_date(&review_date, Field::ReviewDate));
            let (motivation, review_date) = errors.finish_with(m.zip(review))?;
            domain::NotificationTiming::Postponed {
                ground: g,
                motivation,
                review_date,
            }
        }
    })
}

pub fn add_notification(state: &AppState, input: NewNotification) -> Result<MeetingFlow, ApiError> {
    let about = if input.subject_ids.is_empty() {
        domain::NotificationScope::WholeFamily
    } else {
        domain::NotificationScope::Subjects(subject_ids(
            &input.subject_ids,
            Field::NotificationSubjects,
        )?)
    };
    // Every fault of the form at once: who informs and the timing's fields.
    let mut errors = domain::FieldErrors::new();
    let informer = errors.check(
        participant_id(&input.informer, Field::Informer).map_err(|_| {
            DomainError::ParticipantNotInMeeting {
                field: Field::Informer,
            }
        }),
    );
    let method = errors.check(input.method.parse(Field::NotificationMethod));
    let timing = errors.check(
        input
            .timing
            .parse(Field::NotificationTiming)
            .and_then(timing),
    );
    let (informer, (method, timing)) = errors.finish_with(informer.zip(method.zip(timing)))?;
    let n = domain::NotificationInput {
        about,
        informer,
        method,
        timing,
    };
    flow(state, &input.meeting_id, |s, id| {
        s.add_notification(id, n, Utc::now())
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

fn notification_id(raw: &str) -> Result<domain::NotificationId, ApiError> {
    parse_id(
        raw,
        domain::NotificationId::from_uuid,
        DomainError::UnknownNotification,
    )
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
        domain::NotificationId,
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
    let notification = parse_id(
        notification,
        domain::NotificationId::from_uuid,
        DomainError::UnknownNotification,
    )?;
    flow(state, meeting, |s, id| {
        s.remove_notification(id, notification, Utc::now())
    })
}
