//! Opening, closing and re-keying the store on the wire (R21).

use serde::{Deserialize, Serialize};
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
    /// R21: locked over a running meeting; unlocking goes back to the same place.
    pub resumes: bool,
}

/// The store was unlocked; `destroyed` expired meetings were destroyed first (R15).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Unlocked {
    pub destroyed: u32,
    /// R21: where the chair was when a lock came over the meeting (ids only), once.
    pub place: Option<Place>,
}

/// Where the chair is in a meeting: ids and positions only, never data (R21). Kept across
/// a lock that came over a running meeting (`domain::LockReason::keeps_place`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Place {
    pub meeting_id: String,
    pub section: super::Section,
    /// Presentation mode is on.
    pub presenting: bool,
    /// The topic on the wall (0 = the first).
    pub topic: u32,
}

/// A new passphrase: the passphrases are wiped when the value is dropped (R21).
#[derive(Debug, Clone, Default, Deserialize, TS, zeroize::Zeroize, zeroize::ZeroizeOnDrop)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ChangePassphrase {
    pub old: String,
    pub new: String,
    pub confirmation: String,
}
