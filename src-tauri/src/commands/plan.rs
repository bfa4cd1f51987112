//! The plan: actions, whether the family sees them, and carried actions of a follow-up
//! meeting (R11).

use crate::commands::flow;
use crate::dto::*;
use crate::state::AppState;
use chrono::Utc;
use domain::{ActionId, DecisionId, DissentId, DomainError};

fn action_id(raw: &str) -> Result<ActionId, DomainError> {
    ActionId::parse(raw, DomainError::ActionNotInPlan)
}

fn decision_id(raw: &str) -> Result<DecisionId, DomainError> {
    DecisionId::parse(raw, DomainError::UnknownDecision)
}

pub fn add_action(state: &AppState, input: NewAction) -> Result<MeetingFlow, ApiError> {
    let action = input.parse()?;
    flow(state, &input.meeting_id, |s, id| {
        s.add_action(id, &action, Utc::now())
    })
}

/// R11/seed 002: records a decision with its reason and the items it rests on.
pub fn add_decision(state: &AppState, input: NewDecision) -> Result<MeetingFlow, ApiError> {
    let decision = input.parse()?;
    flow(state, &input.meeting_id, |s, id| {
        s.add_decision(id, &decision, Utc::now())
    })
}

/// R11: removes a decision (refused while actions or dissent hang under it).
pub fn remove_decision(
    state: &AppState,
    meeting: &str,
    decision: &str,
) -> Result<MeetingFlow, ApiError> {
    let decision = decision_id(decision)?;
    flow(state, meeting, |s, id| {
        s.remove_decision(id, decision, Utc::now())
    })
}

/// Seed 002: a participant records that they disagree with a decision, and why.
pub fn add_dissent(state: &AppState, input: NewDissent) -> Result<MeetingFlow, ApiError> {
    let (decision, participant) = input.parse()?;
    flow(state, &input.meeting_id, |s, id| {
        s.add_dissent(id, decision, participant, &input.why, Utc::now())
    })
}

/// Seed 002: removes a recorded dissent.
pub fn remove_dissent(
    state: &AppState,
    meeting: &str,
    dissent: &str,
) -> Result<MeetingFlow, ApiError> {
    let dissent = DissentId::parse(dissent, DomainError::UnknownDissent)?;
    flow(state, meeting, |s, id| {
        s.remove_dissent(id, dissent, Utc::now())
    })
}

/// R14c: what the family letter shows of an action (draft only).
pub fn set_action_for_family(
    state: &AppState,
    meeting: &str,
    action: &str,
    for_family: ForFamilyInput,
) -> Result<MeetingFlow, ApiError> {
    let action = action_id(action)?;
    let for_family = for_family.parse()?;
    flow(state, meeting, |s, id| {
        s.set_action_for_family(id, action, for_family, Utc::now())
    })
}

/// R14c: what the family letter shows of a decision (draft only).
pub fn set_decision_for_family(
    state: &AppState,
    meeting: &str,
    decision: &str,
    for_family: ForFamilyInput,
) -> Result<MeetingFlow, ApiError> {
    let decision = decision_id(decision)?;
    let for_family = for_family.parse()?;
    flow(state, meeting, |s, id| {
        s.set_decision_for_family(id, decision, for_family, Utc::now())
    })
}

pub fn remove_action(
    state: &AppState,
    meeting: &str,
    action: &str,
) -> Result<MeetingFlow, ApiError> {
    let action = action_id(action)?;
    flow(state, meeting, |s, id| {
        s.remove_action(id, action, Utc::now())
    })
}

/// R11/R13: done, or not done with the reason and an optional note.
pub fn set_carried_status(
    state: &AppState,
    input: SetCarriedStatus,
) -> Result<MeetingFlow, ApiError> {
    let (carried, status) = input.parse()?;
    flow(state, &input.meeting_id, |s, id| {
        s.set_carried_status(id, carried, status, Utc::now())
    })
}
