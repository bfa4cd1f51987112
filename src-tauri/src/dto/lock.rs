//! Wire types of the `lock` group of `ipc.rs` (what the UI sends and gets).

use serde::Serialize;
use ts_rs::TS;

/// Whether a store exists in the data directory and whether it is unlocked.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct StoreState {
    pub exists: bool,
    pub unlocked: bool,
    /// R21: the domain's minimum length of a new passphrase, for the hint while typing
    /// (the strength itself is estimated in the page; the passphrase only crosses IPC when
    /// the chair submits it).
    pub passphrase_min_chars: u32,
}

/// The store was unlocked; `destroyed` expired meetings were destroyed first (R15).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Unlocked {
    pub destroyed: u32,
}
