//! Wire types of the `releases` group of `ipc.rs` (what the UI sends and gets).

use crate::dto::*;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// R9: a decided cell of the release matrix (undecided cells are absent): the item, the
/// recipient and the domain's decision (`kind`: `stays` or `released`).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ReleaseCell {
    pub item_id: domain::ItemId,
    pub recipient_id: domain::ParticipantId,
    #[serde(flatten)]
    pub decision: domain::ReleaseDecision,
}

/// R9: the contributor's decision for one cell.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[ts(export)]
pub enum ReleaseChoice {
    Stays,
    #[serde(rename_all = "camelCase")]
    Release {
        action_id: String,
        /// Empty = none (required for an Expert/Informant or special/criminal data).
        motivation: String,
    },
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ReleaseInput {
    pub meeting_id: String,
    pub item_id: String,
    pub recipient_id: String,
    #[serde(default)]
    #[ts(as = "ReleaseChoice")]
    pub choice: Choice<ReleaseChoice>,
}

/// R13: whether a cell of the release matrix needs the contributor's decision, and if not,
/// why (the domain's `CellNeed`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum ReleaseNeedKind {
    /// Counted until decided.
    Needed,
    /// R5: the recipient brought the item in.
    OwnItem,
    /// R9/R11: the recipient carries out no action.
    NoAction,
    /// R1: an adviseur/expert or informant whose actions do not rely on the item.
    ExpertOnly,
    /// R1/R9: the recipient takes part with expertise only and receives nothing.
    ExpertiseOnly,
    /// R9: no action of the plan relies on the item.
    NotReliedOn,
}

/// R13: one cell of the release matrix: does it need a decision?
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ReleaseNeed {
    pub item_id: String,
    pub recipient_id: String,
    pub need: ReleaseNeedKind,
    /// The recipient's actions that rely on the item (only for `needed`; empty: "stays in
    /// the meeting" is expected and a bulk decision gives it).
    pub needed_by: Vec<String>,
    /// R11: the action a one-step release is for, when there is exactly one to choose
    /// (else the chair chooses).
    pub one_step_action: Option<String>,
}

/// R5/R9: which cells a bulk "stays in the meeting" covers.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[ts(export)]
pub enum ReleaseBulkScope {
    #[serde(rename_all = "camelCase")]
    Row {
        item_id: String,
    },
    #[serde(rename_all = "camelCase")]
    Column {
        recipient_id: String,
    },
    Matrix,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ReleaseBulkInput {
    pub meeting_id: String,
    #[serde(default)]
    #[ts(as = "ReleaseBulkScope")]
    pub scope: Choice<ReleaseBulkScope>,
}

/// One cell of the release matrix, by ids.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ReleaseCellKey {
    pub item_id: String,
    pub recipient_id: String,
}

/// The meeting after a bulk decision, and the cells it decided (for "Ongedaan maken").
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ReleaseBulkResult {
    pub flow: MeetingFlow,
    pub cells: Vec<ReleaseCellKey>,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ReleaseUndoInput {
    pub meeting_id: String,
    pub cells: Vec<ReleaseCellKey>,
}
