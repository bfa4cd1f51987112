//! Wire types of the `documents` group of `ipc.rs` (what the UI sends and gets).

use serde::Serialize;
use ts_rs::TS;

/// One document of a finalized meeting.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct DocumentInfo {
    /// `plan`, `letter:family`, `letter:<subject id>` or `extract:<participant id>`.
    pub key: String,
    /// Dutch title for the chair.
    pub title: String,
    /// The name the PDF gets on disk.
    pub file_name: String,
    /// R12/AVG art. 23: a family letter that may not be made yet: informing this
    /// addressee is postponed until at least this review date (`YYYY-MM-DD`). It cannot
    /// be saved until the postponement is lifted.
    pub postponed_until: Option<String>,
}

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
