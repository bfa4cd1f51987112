//! Wire types of the search across meetings (R21: only in the unlocked store).

use serde::Serialize;
use ts_rs::TS;

/// Where a search matched: the store's enum travels as itself.
pub use store::SearchSource;

/// One meeting that matched, newest first.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SearchHit {
    pub meeting_id: String,
    pub case_label: String,
    pub date: String,
    pub matched: Vec<SearchSource>,
    pub hits: u32,
    pub snippet: String,
}
