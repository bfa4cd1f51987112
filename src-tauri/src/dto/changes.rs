//! Wire types for correcting a participant (R1). Removals and the subject changes (gezag,
//! secret address) take plain ids and values as command arguments.

use super::{Choice, Role};
use serde::Deserialize;
use ts_rs::TS;

/// A participant's corrected details; the same fields as `NewParticipant`.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ParticipantUpdate {
    pub meeting_id: String,
    pub participant_id: String,
    pub name: String,
    pub organisation: String,
    pub function: String,
    pub phone: String,
    pub email: String,
    #[serde(default)]
    #[ts(as = "Role")]
    pub role: Choice<Role>,
    /// Code of the organisation type (R7/R8); absent = "overig".
    #[serde(default)]
    #[ts(optional)]
    pub organisation_type: Option<String>,
    /// Bound by professional secrecy (R7).
    #[serde(default)]
    #[ts(optional)]
    pub secrecy: Option<bool>,
}
