//! Wire types of the `releases` group of `ipc.rs` (what the UI sends and gets).

use crate::dto::*;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The release matrix of the meeting page (R9/R13): the store's view travels as itself.
pub use store::{ReleaseCell, ReleaseNeed, ReleaseNeedKind};

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
