//! Finalizing a meeting (R13).

use crate::commands::*;
use crate::dto::ApiError;
use crate::dto::*;
use crate::state::AppState;
use chrono::Utc;

pub fn finalize_meeting(state: &AppState, meeting: &str) -> Result<MeetingFlow, ApiError> {
    flow(state, meeting, |s, id| s.finalize_meeting(id, Utc::now()))
}
