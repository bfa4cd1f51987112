//! Release decisions per item and recipient (R9).

use crate::commands::*;
use crate::dto::ApiError;
use crate::dto::*;
use crate::state::AppState;
use chrono::Utc;
use domain::{DomainError, Field};

pub fn decide_release(state: &AppState, input: ReleaseInput) -> Result<MeetingFlow, ApiError> {
    let item = item_id(&input.item_id, Field::Item)?;
    let recipient = parse_id(
        &input.recipient_id,
        domain::ParticipantId::from_uuid,
        DomainError::RecipientNotInMeeting,
    )?;
    let choice = match input.choice.parse(Field::ReleaseChoice)? {
        ReleaseChoice::Stays => domain::ReleaseChoice::StayInMeeting,
        ReleaseChoice::Release {
            action_id,
            motivation: m,
        } => domain::ReleaseChoice::Release {
            action: parse_id(
                &action_id,
                domain::ActionId::from_uuid,
                DomainError::ActionNotInPlan,
            )?,
            motivation: if m.trim().is_empty() {
                None
            } else {
                Some(motivation(&m)?)
            },
        },
    };
    flow(state, &input.meeting_id, |s, id| {
        s.decide_release(id, item, recipient, choice, Utc::now())
    })
}
