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

/// R5/R9: the contributors' "stays in the meeting" for every undecided cell of a row, a
/// column or the matrix that no action of its recipient needs.
pub fn decide_releases_bulk(
    state: &AppState,
    input: ReleaseBulkInput,
) -> Result<ReleaseBulkResult, ApiError> {
    let id = meeting_id(&input.meeting_id)?;
    let scope = match input.scope.parse(Field::ReleaseChoice)? {
        ReleaseBulkScope::Row { item_id: i } => domain::BulkScope::Row(item_id(&i, Field::Item)?),
        ReleaseBulkScope::Column { recipient_id } => domain::BulkScope::Column(parse_id(
            &recipient_id,
            domain::ParticipantId::from_uuid,
            DomainError::RecipientNotInMeeting,
        )?),
        ReleaseBulkScope::Matrix => domain::BulkScope::Matrix,
    };
    let (data, cells) = state.with_store(|s| s.bulk_release_stays(id, scope, Utc::now()))?;
    Ok(ReleaseBulkResult {
        flow: data.view(),
        cells: cells
            .iter()
            .map(|c| ReleaseCellKey {
                item_id: c.item.to_string(),
                recipient_id: c.recipient.to_string(),
            })
            .collect(),
    })
}

/// R5/R9: takes a bulk decision back as one step.
pub fn undo_releases_bulk(
    state: &AppState,
    input: ReleaseUndoInput,
) -> Result<MeetingFlow, ApiError> {
    let cells = input
        .cells
        .iter()
        .map(|c| {
            Ok((
                item_id(&c.item_id, Field::Item)?,
                parse_id(
                    &c.recipient_id,
                    domain::ParticipantId::from_uuid,
                    DomainError::RecipientNotInMeeting,
                )?,
            ))
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    flow(state, &input.meeting_id, |s, id| {
        s.undo_release_stays(id, &cells, Utc::now())
    })
}
