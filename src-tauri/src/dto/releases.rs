//! Wire types of the `releases` group of `ipc.rs` (what the UI sends and gets).

use crate::dto::*;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// R9: a decided cell of the release matrix (undecided cells are absent).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[ts(export)]
pub enum ReleaseCell {
    #[serde(rename_all = "camelCase")]
    Stays {
        item_id: String,
        recipient_id: String,
        decided_by: String,
        at: String,
    },
    #[serde(rename_all = "camelCase")]
    Released {
        item_id: String,
        recipient_id: String,
        action_id: String,
        decided_by: String,
        at: String,
        motivation: Option<String>,
    },
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
