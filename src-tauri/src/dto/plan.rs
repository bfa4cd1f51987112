//! Wire types of the `plan` group of `ipc.rs` (what the UI sends and gets).

use crate::dto::*;
use serde::Deserialize;
use ts_rs::TS;

/// R11: the decisions and carried actions of the meeting page: the store's view travels
/// as itself.
pub use store::{CarriedAction, CarriedAnswerView, Decision};

/// R11/seed 002: a new decision: what, why (required) and the items it rests on.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct NewDecision {
    pub meeting_id: String,
    pub what: String,
    pub why: String,
    pub rests_on: Vec<String>,
}

/// Seed 002: a participant disagrees with a decision, and why.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct NewDissent {
    pub meeting_id: String,
    pub decision_id: String,
    pub participant_id: String,
    pub why: String,
}

/// R14c: the chair's mark as sent, not yet checked (`domain::ForFamily` parses the
/// motivation); in TypeScript it is `ForFamily` itself.
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum ForFamilyInput {
    Unchecked,
    Checked,
    NotForFamily { motivation: String },
}
domain::ts_as!(ForFamilyInput => domain::ForFamily);

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct NewAction {
    pub meeting_id: String,
    pub who: String,
    pub what: String,
    /// `YYYY-MM-DD`
    pub due: String,
    pub relies_on: Vec<String>,
    /// R11: the event that triggers it ("Als …"); empty or absent: carried out anyway.
    #[serde(default)]
    #[ts(optional)]
    pub condition: Option<String>,
    /// R11: the decision the action hangs under; absent: an action on its own.
    #[serde(default)]
    #[ts(optional)]
    pub decision_id: Option<String>,
}

/// R11/R13: the chair's answer for one carried-over action.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SetCarriedStatus {
    pub meeting_id: String,
    pub carried_id: String,
    pub done: bool,
    /// R11: `false` when the action's condition did not occur (conditional actions only).
    #[serde(default = "condition_met_by_default")]
    #[ts(as = "Option<bool>", optional)]
    pub condition_met: bool,
    /// Required when not done.
    #[serde(default)]
    #[ts(as = "Option<NotDoneReason>", optional)]
    pub reason: Choice<NotDoneReason>,
    /// Optional explanation when not done.
    #[serde(default)]
    pub note: String,
}

fn condition_met_by_default() -> bool {
    true
}
