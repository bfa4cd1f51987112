//! Wire types of the search across meetings (R21: only in the unlocked store).

use serde::Serialize;
use ts_rs::TS;

/// Where a search matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum SearchSource {
    CaseLabel,
    Participant,
    Item,
}

/// One meeting that matched, newest first.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SearchHit {
    pub meeting_id: String,
    pub case_label: String,
    pub date: String,
    pub matched: Vec<SearchSource>,
}
