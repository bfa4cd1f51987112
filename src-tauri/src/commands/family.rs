//! The family: subjects, their presence, gezag (R8) and secret address (R14/R21).

use crate::commands::{flow, subject_id};
use crate::dto::*;
use crate::state::AppState;
use chrono::Utc;
use domain::{Field, SecretAddress};

pub fn add_subject(state: &AppState, input: NewSubject) -> Result<MeetingFlow, ApiError> {
    let subject = input.parse()?;
    flow(state, &input.meeting_id, |s, id| {
        s.add_subject(id, &subject, input.present, Utc::now())
    })
}

pub fn set_subject_present(
    state: &AppState,
    meeting: &str,
    subject: &str,
    present: bool,
) -> Result<MeetingFlow, ApiError> {
    let subject = subject_id(subject, Field::Subjects)?;
    flow(state, meeting, |s, id| {
        s.set_subject_present(id, subject, present, Utc::now())
    })
}

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

fn voice_id(raw: &str) -> Result<domain::VoiceId, domain::DomainError> {
    domain::VoiceId::parse(raw, domain::DomainError::UnknownVoice)
}

/// Issue 17 point 1: records what a family member said, wished or objected to.
pub fn add_voice(state: &AppState, input: NewFamilyVoice) -> Result<MeetingFlow, ApiError> {
    let voice = input.parse()?;
    flow(state, &input.meeting_id, |s, id| {
        s.add_voice(id, &voice, Utc::now())
    })
}

/// Issue 17 point 1: records (or changes) the meeting's answer.
pub fn answer_voice(
    state: &AppState,
    meeting: &str,
    voice: &str,
    answer: &str,
) -> Result<MeetingFlow, ApiError> {
    let voice = voice_id(voice)?;
    flow(state, meeting, |s, id| {
        s.answer_voice(id, voice, answer, Utc::now())
    })
}

/// Removes a recorded view, wish or objection (draft only).
pub fn remove_voice(state: &AppState, meeting: &str, voice: &str) -> Result<MeetingFlow, ApiError> {
    let voice = voice_id(voice)?;
    flow(state, meeting, |s, id| {
        s.remove_voice(id, voice, Utc::now())
    })
}

/// R12: a family member's letter language and interpreter.
pub fn set_subject_language(
    state: &AppState,
    input: SubjectLanguage,
) -> Result<MeetingFlow, ApiError> {
    let (subject, language) = input.parse()?;
    flow(state, &input.meeting_id, |s, id| {
        s.set_subject_language(id, subject, &language, Utc::now())
    })
}
