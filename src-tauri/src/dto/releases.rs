//! Wire types of the `releases` group of `ipc.rs` (what the UI sends and gets).

use crate::dto::*;
use serde::Serialize;
use ts_rs::TS;

/// What the UI sends about releases: the domain's input types (their `parse` gives the
/// domain's validated input).
pub use domain::input::{
    ReleaseBulkInput, ReleaseBulkScope, ReleaseCellKey, ReleaseChoiceInput as ReleaseChoice,
    ReleaseInput, ReleaseUndoInput,
};
/// The release matrix of the meeting page (R9/R13): the store's view travels as itself.
pub use store::{ReleaseCell, ReleaseNeed, ReleaseNeedKind};

/// The meeting after a bulk decision, and the cells it decided (for "Ongedaan maken").
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ReleaseBulkResult {
    pub flow: MeetingFlow,
    pub cells: Vec<ReleaseCellKey>,
}
