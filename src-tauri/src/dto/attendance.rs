//! Wire types of attendance (R2).

use super::Choice;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Present, afgemeld (apologies) or observer (toehoorder).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum AttendanceKind {
    Present,
    Apologies,
    Observer,
}

/// Counts shown on the meeting.
#[derive(Debug, Clone, Copy, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AttendanceCounts {
    pub present: u32,
    pub apologies: u32,
    /// Of those who sent apologies: how many sent their information beforehand.
    pub apologies_info_sent: u32,
    pub observers: u32,
}

/// How one participant attended. `infoSent` counts only with `apologies`.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SetAttendance {
    pub meeting_id: String,
    pub participant_id: String,
    #[serde(default)]
    #[ts(as = "AttendanceKind")]
    pub attendance: Choice<AttendanceKind>,
    #[serde(default)]
    pub info_sent: bool,
}
