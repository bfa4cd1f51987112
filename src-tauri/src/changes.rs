//! Command bodies for changing and removing parts of a draft meeting: gezag and secret
//! address per subject (R8, R14/R21), correcting a participant (R1), removing a subject,
//! participant, item, action or notification. They only translate; the domain decides
//! (inside the store's transaction) what may change, and refuses everything after
//! finalizing (R13).

use crate::commands::{participant_extra, AppState};
use crate::dto::changes::ParticipantUpdate;
use crate::dto::flow::MeetingFlow;
use crate::dto::ApiError;
use crate::flow::{flow, item_id, parse_id, participant_id, subject_id};
use chrono::Utc;
use domain::{DomainError, Field, ParticipantInput, SecretAddress};

pub fn set_parental_authority(
    state: &AppState,
    meeting: &str,
    subject: &str,
    holds: bool,
) -> Result<MeetingFlow, ApiError> {
    let subject = subject_id(subject, Field::Subjects)?;
    flow(state, meeting, |s, id| {
        s.set_parental_authority(id, subject, holds, Utc::now())
    })
}

/// R14/R21: stores a secret address. The returned flow only says that one is set.
pub fn set_secret_address(
    state: &AppState,
    meeting: &str,
    subject: &str,
    address: &str,
) -> Result<MeetingFlow, ApiError> {
    let subject = subject_id(subject, Field::Subjects)?;
    let address = SecretAddress::parse(address)?;
    flow(state, meeting, |s, id| {
        s.set_secret_address(id, subject, Some(address), Utc::now())
    })
}

pub fn clear_secret_address(
    state: &AppState,
    meeting: &str,
    subject: &str,
) -> Result<MeetingFlow, ApiError> {
    let subject = subject_id(subject, Field::Subjects)?;
    flow(state, meeting, |s, id| {
        s.set_secret_address(id, subject, None, Utc::now())
    })
}

pub fn update_participant(
    state: &AppState,
    input: ParticipantUpdate,
) -> Result<MeetingFlow, ApiError> {
    let participant = participant_id(&input.participant_id, Field::Name)?;
    let extra = participant_extra(input.organisation_type.as_deref(), input.secrecy)?;
    let details = ParticipantInput {
        role: input.role.parse(Field::Role)?,
        name: input.name,
        organisation: input.organisation,
        function: input.function,
        phone: input.phone,
        email: input.email,
    };
    flow(state, &input.meeting_id, |s, id| {
        s.update_participant(id, participant, &details, extra, Utc::now())
    })
}

pub fn remove_subject(
    state: &AppState,
    meeting: &str,
    subject: &str,
) -> Result<MeetingFlow, ApiError> {
    let subject = subject_id(subject, Field::Subjects)?;
    flow(state, meeting, |s, id| {
        s.remove_subject(id, subject, Utc::now())
    })
}

pub fn remove_participant(
    state: &AppState,
    meeting: &str,
    participant: &str,
) -> Result<MeetingFlow, ApiError> {
    let participant = participant_id(participant, Field::Name)?;
    flow(state, meeting, |s, id| {
        s.remove_participant(id, participant, Utc::now())
    })
}

pub fn remove_item(state: &AppState, meeting: &str, item: &str) -> Result<MeetingFlow, ApiError> {
    let item = item_id(item, Field::Item)?;
    flow(state, meeting, |s, id| s.remove_item(id, item, Utc::now()))
}

pub fn remove_action(
    state: &AppState,
    meeting: &str,
    action: &str,
) -> Result<MeetingFlow, ApiError> {
    let action = parse_id(
        action,
        domain::ActionId::from_uuid,
        DomainError::ActionNotInPlan,
    )?;
    flow(state, meeting, |s, id| {
        s.remove_action(id, action, Utc::now())
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
