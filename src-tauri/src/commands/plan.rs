//! The plan: actions, whether the family sees them, and carried actions of a follow-up
//! meeting (R11).

use crate::commands::*;
use crate::commands::{flow, item_id, parse_id, participant_id};
use crate::dto::ApiError;
use crate::dto::MeetingFlow;
use crate::dto::*;
use crate::state::AppState;
use chrono::Utc;
use domain::{DomainError, Field};

pub fn add_action(state: &AppState, input: NewAction) -> Result<MeetingFlow, ApiError> {
    let action = domain::ActionInput {
        who: participant_id(&input.who, Field::ActionWho)?,
        what: input.what,
        due: input.due,
        relies_on: input
            .relies_on
            .iter()
            .map(|i| item_id(i, Field::ReliesOn))
            .collect::<Result<_, _>>()?,
        condition: input.condition.unwrap_or_default(),
        decision: input
            .decision_id
            .as_deref()
            .filter(|d| !d.is_empty())
            .map(decision_id)
            .transpose()?,
    };
    flow(state, &input.meeting_id, |s, id| {
        s.add_action(id, &action, Utc::now())
    })
}

fn decision_id(raw: &str) -> Result<domain::DecisionId, ApiError> {
    parse_id(
        raw,
        domain::DecisionId::from_uuid,
        DomainError::UnknownDecision,
    )
}

/// R11/seed 002: records a decision with its reason and the items it rests on.
pub fn add_decision(state: &AppState, input: NewDecision) -> Result<MeetingFlow, ApiError> {
    let decision = domain::DecisionInput {
        what: input.what,
        why: input.why,
        rests_on: input
            .rests_on
            .iter()
            .map(|i| item_id(i, Field::RestsOn))
            .collect::<Result<_, _>>()?,
    };
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
    let decision = decision_id(&input.decision_id)?;
    let participant = participant_id(&input.participant_id, Field::Dissenter)?;
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
    let dissent = parse_id(
        dissent,
        domain::DissentId::from_uuid,
        DomainError::UnknownDissent,
    )?;
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
    let action = parse_id(
        action,
        domain::ActionId::from_uuid,
        DomainError::ActionNotInPlan,
    )?;
    let for_family = for_family_in(for_family)?;
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
    let decision = parse_id(
        decision,
        domain::DecisionId::from_uuid,
        DomainError::UnknownDecision,
    )?;
    let for_family = for_family_in(for_family)?;
    flow(state, meeting, |s, id| {
        s.set_decision_for_family(id, decision, for_family, Utc::now())
    })
}

/// R14c: the chair's mark as sent, checked (a motivation is required when not for the family).
fn for_family_in(f: ForFamilyInput) -> Result<domain::ForFamily, ApiError> {
    Ok(match f {
        ForFamilyInput::Unchecked => domain::ForFamily::Unchecked,
        ForFamilyInput::Checked => domain::ForFamily::Checked,
        ForFamilyInput::NotForFamily { motivation: m } => domain::ForFamily::NotForFamily {
            motivation: motivation(&m)?,
        },
    })
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

fn carried_id(raw: &str) -> Result<domain::CarriedActionId, ApiError> {
    parse_id(
        raw,
        domain::CarriedActionId::from_uuid,
        DomainError::UnknownCarriedAction,
    )
}

/// R11/R13: done, or not done with the reason and an optional note.
pub fn set_carried_status(
    state: &AppState,
    input: SetCarriedStatus,
) -> Result<MeetingFlow, ApiError> {
    let carried = carried_id(&input.carried_id)?;
    // The domain asks for the reason only for an action that was due and not done.
    let reason = input.reason.parse(Field::CarriedStatus).ok();
    let status =
        domain::CarriedStatus::parse(input.done, input.condition_met, reason, &input.note)?;
    flow(state, &input.meeting_id, |s, id| {
        s.set_carried_status(id, carried, status, Utc::now())
    })
}
