//! Wire types of the `documents` group of `ipc.rs` (what the UI sends and gets).

use serde::Serialize;
use ts_rs::TS;

/// R14: one document of a finalized meeting: the store's listing travels as itself.
pub use store::DocumentInfo;

/// What was saved. `cancelled`: the chair closed the dialog; nothing was written.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SavedDocuments {
    pub cancelled: bool,
    pub directory: Option<String>,
    pub files: Vec<String>,
}

impl SavedDocuments {
    pub fn cancelled() -> Self {
        Self {
            cancelled: true,
            directory: None,
            files: Vec::new(),
        }
    }
}
