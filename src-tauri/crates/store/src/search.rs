//! Search across meetings over the FTS5 index `meeting_search` (migration 0009):
//! case labels, participant names and item texts. The index is kept by triggers in the
//! same transaction as every write and is destroyed with the meeting (R15).

use crate::codec::*;
use crate::{Store, StoreError};
use chrono::NaiveDate;
use domain::{Field, Label, MeetingId, SearchQuery};
use std::collections::HashMap;

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

/// One meeting that matched, newest first, with where it matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchHit {
    pub meeting: MeetingId,
    pub case_label: Label,
    pub date: NaiveDate,
    pub matched: Vec<SearchSource>,
}

fn source_from_db(s: &str) -> Result<SearchSource, StoreError> {
    match s {
        "case" => Ok(SearchSource::CaseLabel),
        "participant" => Ok(SearchSource::Participant),
        "item" => Ok(SearchSource::Item),
        _ => Err(StoreError::Corrupt("search source")),
    }
}

impl Store {
    /// The meetings matching every word of the query (as a prefix, in any of their texts),
    /// newest first.
    pub fn search_meetings(&self, query: &SearchQuery) -> Result<Vec<SearchHit>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT m.id, m.case_label, m.meeting_date, r.source
             FROM meeting_search s
             JOIN search_refs r ON r.id = s.rowid
             JOIN meetings m ON m.id = r.meeting_id
             WHERE meeting_search MATCH ?1
             ORDER BY m.meeting_date DESC, m.created_at DESC, m.id",
        )?;
        // Per word: the meetings it matches, in order, with where.
        let mut result: Option<Vec<SearchHit>> = None;
        for term in query.terms() {
            let mut hits: Vec<SearchHit> = Vec::new();
            // Meeting → its place in `hits`: a common word matches thousands of rows.
            let mut index: HashMap<MeetingId, usize> = HashMap::new();
            let mut rows = stmt.query([term])?;
            while let Some(r) = rows.next()? {
                let id = MeetingId::from_uuid(uuid_from_db(&r.get::<_, String>(0)?)?);
                let source = source_from_db(&r.get::<_, String>(3)?)?;
                match index.get(&id).and_then(|&i| hits.get_mut(i)) {
                    Some(hit) => {
                        if !hit.matched.contains(&source) {
                            hit.matched.push(source);
                        }
                    }
                    None => {
                        index.insert(id, hits.len());
                        hits.push(SearchHit {
                            meeting: id,
                            case_label: Label::parse(&r.get::<_, String>(1)?, Field::CaseLabel)
                                .map_err(|_| StoreError::Corrupt("label"))?,
                            date: date_from_db(&r.get::<_, String>(2)?)?,
                            matched: vec![source],
                        });
                    }
                }
            }
            result = Some(match result {
                None => hits,
                Some(before) => before
                    .into_iter()
                    .filter_map(|mut b| {
                        let h = index.get(&b.meeting).and_then(|&i| hits.get(i))?;
                        for s in &h.matched {
                            if !b.matched.contains(s) {
                                b.matched.push(*s);
                            }
                        }
                        Some(b)
                    })
                    .collect(),
            });
        }
        let mut hits = result.unwrap_or_default();
        hits.truncate(SEARCH_LIMIT as usize);
        for h in &mut hits {
            h.matched.sort();
        }
        Ok(hits)
    }
}
