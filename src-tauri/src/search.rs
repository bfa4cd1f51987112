//! Command body of the search across meetings: the domain turns the chair's text
//! into a safe FTS5 query (or a Dutch error), the store searches its index.

use crate::commands::AppState;
use crate::dto::search::SearchHit;
use crate::dto::ApiError;

pub fn search_meetings(state: &AppState, query: &str) -> Result<Vec<SearchHit>, ApiError> {
    let query = domain::SearchQuery::parse(query)?;
    // NEN 7513: that a search ran, never what was searched for.
    let hits = state.with_store(|s| {
        let hits = s.search_meetings(&query)?;
        crate::commands::log_read(s, store::AuditKind::SearchRun, None)?;
        Ok(hits)
    })?;
    Ok(hits
        .into_iter()
        .map(|h| SearchHit {
            meeting_id: h.meeting.to_string(),
            case_label: h.case_label.to_string(),
            date: h.date.format("%Y-%m-%d").to_string(),
            matched: h.matched,
            hits: h.hits,
            snippet: h.snippet,
        })
        .collect())
}
