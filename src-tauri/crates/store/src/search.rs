//! Search across meetings over the FTS5 index `meeting_search_docs` (migration 0024): one
//! document per meeting with its case label, participant names and item texts. The index
//! is kept by triggers in the same transaction as every write and is destroyed with the
//! meeting (R15). A new participant or item only marks its document stale (migration
//! 0041); the search brings stale documents up to date before it reads. Prefix indexes
//! for one and two letters (migration 0037); hit counts and snippets from the index's
//! match positions (`fts_aux`, docs/engineering.md §6).

use crate::codec::*;
use crate::{ExecuteCached, Store, StoreError};
use chrono::NaiveDate;
use domain::{Field, Label, MeetingId, SearchQuery};

/// Most meetings one search returns.
pub const SEARCH_LIMIT: u32 = 100;

/// Where a search matched. Its serde name is its wire name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum SearchSource {
    CaseLabel,
    Participant,
    Item,
}

/// One meeting that matched, newest first, with where it matched, how often, and a
/// snippet of the matching text. It travels to the UI as it is.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct SearchHit {
    #[serde(rename = "meetingId")]
    pub meeting: MeetingId,
    pub case_label: Label,
    pub date: NaiveDate,
    pub matched: Vec<SearchSource>,
    /// How many words of the meeting's texts matched a word of the query.
    pub hits: u32,
    /// A few words around the best match, from the same texts the search covers.
    pub snippet: String,
}

/// The columns of `meeting_search_docs` (migration 0024), in order.
const COLUMNS: [SearchSource; 3] = [
    SearchSource::CaseLabel,
    SearchSource::Participant,
    SearchSource::Item,
];

/// The search: per meeting where and how often it matched (`casus_hits`, from the index's
/// own positions) and a snippet (`casus_snippet`, tokenizing only up to the snippet), only
/// for the meetings `LIMIT` keeps (both in `fts_aux`).
fn search_sql() -> String {
    format!(
        "SELECT m.id, m.case_label, m.meeting_date,
                    casus_hits(meeting_search_docs),
                    casus_snippet(meeting_search_docs)
             FROM meeting_search_docs s
             JOIN search_docs d ON d.id = s.rowid
             JOIN meetings m ON m.id = d.meeting_id
             WHERE meeting_search_docs MATCH ?1
             ORDER BY s.rowid ASC
             LIMIT {SEARCH_LIMIT}"
    )
}

/// Writes one meeting's document from its current participants and items and clears its
/// stale mark (migration 0041). Used by the search, the idle indexer and the seeder.
pub(crate) fn rewrite_doc(tx: &rusqlite::Connection, meeting: &str) -> Result<(), StoreError> {
    tx.execute_cached(
        "UPDATE meeting_search_docs SET
            participants = COALESCE((SELECT group_concat(name, char(10))
                                     FROM participants WHERE meeting_id = ?1), ''),
            items = COALESCE((SELECT group_concat(text, char(10))
                              FROM items WHERE meeting_id = ?1), '')
         WHERE rowid = (SELECT id FROM search_docs WHERE meeting_id = ?1)",
        [meeting],
    )?;
    tx.execute_cached(
        "UPDATE search_docs SET stale = 0 WHERE meeting_id = ?1 AND stale = 1",
        [meeting],
    )?;
    Ok(())
}

impl Store {
    /// Writes up to `limit` of the documents a new participant or item marked stale
    /// (migration 0041), in one transaction, and clears their marks; answers whether more
    /// wait. Not the documents of meetings hidden for destruction (migration 0038): they go
    /// with their chunk and get nothing new before that. Nothing is written when none is
    /// stale (the usual case: one lookup in an index that holds only the marked ones). The
    /// search runs it for all of them first; the app's background thread one at a time
    /// while the chair is still, so a search rarely finds one.
    pub fn refresh_stale_search_docs(&mut self, limit: usize) -> Result<bool, StoreError> {
        let stale: Vec<String> = {
            let mut stmt = self.conn.prepare_cached(
                "SELECT d.meeting_id FROM search_docs d JOIN meetings m ON m.id = d.meeting_id
                 WHERE d.stale = 1 LIMIT ?1",
            )?;
            let wanted = i64::try_from(limit.saturating_add(1)).unwrap_or(i64::MAX);
            let rows = stmt.query_map([wanted], |r| r.get(0))?;
            rows.collect::<Result<_, _>>()?
        };
        if stale.is_empty() {
            return Ok(false);
        }
        let tx = self.conn.transaction()?;
        for meeting in stale.iter().take(limit) {
            rewrite_doc(&tx, meeting)?;
        }
        tx.commit()?;
        Ok(stale.len() > limit)
    }

    /// The meetings matching every word of the query (as a prefix, in any of their texts),
    /// newest first, at most [`SEARCH_LIMIT`]. One FTS5 document per meeting (migration
    /// 0024): the index groups per meeting, the rowid orders newest first (the lowest
    /// first, migration 0040, so FTS5 reads forwards), and `LIMIT` stops the scan, so the
    /// cost follows the 100 returned, not the number of matches. Documents marked stale by
    /// a new participant or item are brought up to date first (migration 0041).
    pub fn search_meetings(&mut self, query: &SearchQuery) -> Result<Vec<SearchHit>, StoreError> {
        let expr = query.terms().join(" ");
        if expr.is_empty() {
            return Ok(Vec::new());
        }
        self.refresh_stale_search_docs(usize::MAX)?;
        let mut stmt = self.conn.prepare_cached(&search_sql())?;
        let mut rows = stmt.query([expr])?;
        let mut hits = Vec::new();
        while let Some(r) = rows.next()? {
            // hits * 8 + a bit per column that matched (`fts_aux::casus_hits`).
            let packed: i64 = r.get(3)?;
            let matched = COLUMNS
                .iter()
                .enumerate()
                .filter(|(i, _)| packed & (1 << i) != 0)
                .map(|(_, source)| *source)
                .collect();
            let count = u32::try_from(packed >> 3).unwrap_or(u32::MAX);
            hits.push(SearchHit {
                meeting: MeetingId::from_uuid(uuid_from_db(&r.get::<_, String>(0)?)?),
                case_label: Label::parse(&r.get::<_, String>(1)?, Field::CaseLabel)
                    .map_err(|_| StoreError::Corrupt("label"))?,
                date: date_from_db(&r.get::<_, String>(2)?)?,
                matched,
                hits: count,
                snippet: r.get(4)?,
            });
        }
        Ok(hits)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    /// The order comes from the index (rowid ASC, migration 0040): no sort of every match.
    #[test]
    fn the_search_query_sorts_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::create(dir.path(), "geheim wachtwoord 1234").unwrap();
        let mut stmt = store
            .conn
            .prepare(&format!("EXPLAIN QUERY PLAN {}", search_sql()))
            .unwrap();
        let plan: Vec<String> = stmt
            .query_map(["\"zorg\"*"], |r| r.get::<_, String>(3))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert!(!plan.iter().any(|p| p.contains("B-TREE")), "{plan:?}");
        assert!(plan[0].starts_with("SCAN s VIRTUAL TABLE"), "{plan:?}");
    }
}
