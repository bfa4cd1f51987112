//! Release decisions per item and recipient (R9).

use crate::commands::{flow, meeting_id};
use crate::dto::*;
use crate::state::AppState;
use chrono::Utc;

pub fn decide_release(state: &AppState, input: ReleaseInput) -> Result<MeetingFlow, ApiError> {
    let (item, recipient, choice) = input.parse()?;
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
    let scope = input.parse()?;
    let (data, cells) = state.with_store(|s| s.bulk_release_stays(id, scope, Utc::now()))?;
    Ok(data.bulk_outcome(&cells))
}

/// R5/R9: takes a bulk decision back as one step.
pub fn undo_releases_bulk(
    state: &AppState,
    input: ReleaseUndoInput,
) -> Result<MeetingFlow, ApiError> {
    let cells = input.parse()?;
    flow(state, &input.meeting_id, |s, id| {
        s.undo_release_stays(id, &cells, Utc::now())
    })
}
