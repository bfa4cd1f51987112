//! Participants: adding and correcting them (R1), the confidentiality pledge, attendance
//! (R2) and the complaint route.

use crate::commands::{flow, meeting_id, participant_id};
use crate::dto::{ApiError, MeetingFlow, NewParticipant, Participant};
use crate::dto::{ParticipantUpdate, SetAttendance};
use crate::state::AppState;
use chrono::Utc;
use domain::Field;

pub fn add_participant(state: &AppState, input: NewParticipant) -> Result<Participant, ApiError> {
    let meeting = meeting_id(&input.meeting_id)?;
    let (input, extra) = input.parse()?;
    state
        .with_store(|s| s.add_participant_with(meeting, &input, extra, Utc::now()))
        .map(Into::into)
}

pub fn record_pledge(
    state: &AppState,
    meeting: &str,
    participant: &str,
) -> Result<MeetingFlow, ApiError> {
    let participant = participant_id(participant, Field::Name)?;
    flow(state, meeting, |s, id| {
        s.record_pledge(id, participant, Utc::now())
    })
}

/// R2: a participant who sent apologies confirmed confidentiality later, on `date`.
pub fn record_later_pledge(
    state: &AppState,
    meeting: &str,
    participant: &str,
    date: &str,
) -> Result<MeetingFlow, ApiError> {
    let participant = participant_id(participant, Field::PledgeDate)?;
    let on = domain::parse_date(date, Field::PledgeDate)?;
    flow(state, meeting, |s, id| {
        s.record_pledge_on(id, participant, on, crate::commands::today(), Utc::now())
    })
}

/// R14c/R17: where complaints about a participant's organisation go (draft only).
pub fn set_complaint_route(
    state: &AppState,
    meeting: &str,
    participant: &str,
    route: &str,
) -> Result<MeetingFlow, ApiError> {
    let participant = participant_id(participant, Field::ComplaintRoute)?;
    flow(state, meeting, |s, id| {
        s.set_complaint_route(id, participant, route, Utc::now())
    })
}

pub fn update_participant(
    state: &AppState,
    input: ParticipantUpdate,
) -> Result<MeetingFlow, ApiError> {
    let (participant, details, extra) = input.parse()?;
    flow(state, &input.details.meeting_id, |s, id| {
        s.update_participant(id, participant, &details, extra, Utc::now())
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

pub fn set_attendance(state: &AppState, input: SetAttendance) -> Result<MeetingFlow, ApiError> {
    let (participant, attendance) = input.parse()?;
    flow(state, &input.meeting_id, |s, id| {
        s.set_attendance(id, participant, attendance, Utc::now())
    })
}
