//! Items: what is shared, its legal basis (R7, R7b), consent and its withdrawal (R6), and
//! corrections after finalization (R16).

use crate::commands::{date, flow, item_id, meeting_id};
use crate::dto::*;
use crate::state::AppState;
use chrono::Utc;
use domain::Field;

pub fn add_item(state: &AppState, input: NewItem) -> Result<Item, ApiError> {
    let meeting = meeting_id(&input.meeting_id)?;
    let new = input.parse()?;
    state.with_store(|s| {
        // R7b: whether a custom basis holds for the contributor is the domain's check.
        let basis = new.basis.map(|b| s.resolve_basis(b)).transpose()?;
        s.add_item_with_basis(
            meeting,
            &new.item,
            &new.subjects,
            basis,
            new.consents,
            Utc::now(),
        )
    })
}

pub fn set_item_basis(state: &AppState, input: ItemBasisInput) -> Result<MeetingFlow, ApiError> {
    let (item, subjects, basis) = input.parse()?;
    flow(state, &input.meeting_id, |s, id| {
        let basis = s.resolve_basis(basis)?;
        s.set_item_basis(id, item, subjects, basis, Utc::now())
    })
}

pub fn add_consent(state: &AppState, input: NewConsent) -> Result<MeetingFlow, ApiError> {
    let (item, consent) = input.parse()?;
    flow(state, &input.meeting_id, |s, id| {
        s.add_consent(id, item, consent, Utc::now())
    })
}

pub fn withdraw_consent(
    state: &AppState,
    meeting: &str,
    consent: &str,
) -> Result<WithdrawalOutcome, ApiError> {
    let id = meeting_id(meeting)?;
    state
        .with_store(|s| s.withdraw_consent(id, consent, Utc::now()))
        .map(|(data, received)| data.withdrawal_outcome(received))
}

/// R10: on a finalized meeting, a consent withdrawn on a day, by an entitled person, and
/// how; the meeting then lists whom to inform.
pub fn record_consent_withdrawal(
    state: &AppState,
    input: NewWithdrawal,
) -> Result<MeetingFlow, ApiError> {
    let request = input.parse()?;
    let today = crate::commands::today();
    flow(state, &input.meeting_id, |s, id| {
        s.record_consent_withdrawal(id, &input.consent_id, request, today, Utc::now())
    })
}

/// R10: the chair told the recipient of an inform task on `informed_on`.
pub fn record_withdrawal_informed(
    state: &AppState,
    meeting: &str,
    task: &str,
    informed_on: &str,
) -> Result<MeetingFlow, ApiError> {
    let on = date(informed_on, Field::InformedOn)?;
    let today = crate::commands::today();
    flow(state, meeting, |s, id| {
        s.record_withdrawal_informed(id, task, on, today, Utc::now())
    })
}

pub fn remove_item(state: &AppState, meeting: &str, item: &str) -> Result<MeetingFlow, ApiError> {
    let item = item_id(item, Field::Item)?;
    flow(state, meeting, |s, id| s.remove_item(id, item, Utc::now()))
}

/// The wall: the chair marks an item "op het scherm" or "niet op het scherm" (audited).
pub fn set_on_wall(
    state: &AppState,
    meeting: &str,
    item: &str,
    shown: bool,
) -> Result<MeetingFlow, ApiError> {
    let item = item_id(item, Field::Item)?;
    flow(state, meeting, |s, id| {
        s.set_wall_mark(id, item, shown, Utc::now())
    })
}

pub fn correct_item(
    state: &AppState,
    input: CorrectionRequest,
) -> Result<CorrectionOutcome, ApiError> {
    let id = meeting_id(&input.meeting_id)?;
    let correction = input.parse()?;
    state
        .with_store(|s| s.correct_item(id, &correction, Utc::now()))
        .map(|(data, result)| data.correction_outcome(&result))
}

pub fn item_history(
    state: &AppState,
    meeting: &str,
    item: &str,
) -> Result<Vec<ItemVersion>, ApiError> {
    let id = meeting_id(meeting)?;
    let item = item_id(item, Field::Item)?;
    state.with_store(|s| {
        let versions = s.item_history(id, item)?;
        crate::state::log_read(s, store::AuditKind::HistoryViewed, Some(id))?;
        Ok(versions)
    })
}
