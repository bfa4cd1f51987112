//! Wire types of the `releases` group of `ipc.rs` (what the UI sends and gets).

/// What the UI sends about releases: the domain's input types (their `parse` gives the
/// domain's validated input).
pub use domain::input::{
    ReleaseBulkInput, ReleaseBulkScope, ReleaseCellKey, ReleaseChoiceInput as ReleaseChoice,
    ReleaseInput, ReleaseUndoInput,
};
/// The release matrix of the meeting page (R9/R13) and the answer to a bulk decision: the
/// store's views travel as themselves.
pub use store::{ReleaseBulkResult, ReleaseCell, ReleaseNeed, ReleaseNeedKind};
