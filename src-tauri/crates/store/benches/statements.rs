//! The prepared-statement cache (issue 19 goals 2 and 3): rusqlite keeps 16 prepared
//! statements by default, the store keeps [`store::STATEMENT_CACHE`]. Loading one meeting's
//! flow prepares more than 16 statements, in the same order every time, so with 16 the
//! least-recently-used cache misses on every statement and SQLite parses and plans each
//! query again. Same run, same store, interleaved rounds with 16 and with the shipped size:
//! - `meeting_flow`: the flow of a full-size draft meeting (12 at the table, 4 family
//!   members, 50 items, actions), what every change of a meeting answers with;
//! - `update_preparation`: a change of the meeting (load in the transaction, write, audit,
//!   commit, answer with the flow);
//! - `add_item`: an item into a meeting (since migration 0041 it only marks the meeting's
//!   search document stale);
//! - `search_after_add`: a search right after each `add_item`, so it first writes that
//!   one stale document (the most a deferred document costs: a chair who searches after
//!   every item).
//!
//! Run: `cargo bench -p store --features bench-plain --bench statements` (release).
//! `STATEMENT_CALLS=n` per figure and size (default 600). Prints a JSON line per figure
//! (p50/p99/max in ms) and the ratio of the medians.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use chrono::Utc;
use common::timed;
use domain::{Category, ItemInput, Kind, SourceKind};

mod common;

const PASS: &str = "benchmark-wachtwoord 2026";
const MEETINGS: usize = 20;

fn main() {
    let calls = common::env_count("STATEMENT_CALLS", 600);
    let (_work, mut store, meetings) = common::seeded_drafts(MEETINGS, PASS);
    let contributors: Vec<domain::ParticipantId> = meetings
        .iter()
        .map(|m| {
            store.meeting_flow(*m).unwrap().record.participants[0]
                .participant
                .id
        })
        .collect();
    let sizes = [16, store::STATEMENT_CACHE];
    let names = [
        "meeting_flow",
        "update_preparation",
        "add_item",
        "search_after_add",
    ];
    let query = domain::SearchQuery::parse("huisarts wijkteam").unwrap();
    // times[size][figure]
    let mut times = vec![vec![Vec::with_capacity(calls); names.len()]; sizes.len()];
    let rounds = 10;
    for round in 0..rounds {
        for (s, size) in sizes.iter().enumerate() {
            store.set_statement_cache_for_bench(*size);
            for i in 0..calls / rounds {
                let k = (round * calls + i) % MEETINGS;
                let (m, contributor) = (meetings[k], contributors[k]);
                timed(&mut times[s][0], || {
                    store.meeting_flow(m).unwrap();
                });
                let prep = common::preparation(&format!("{round}.{i}"));
                timed(&mut times[s][1], || {
                    store.update_preparation(m, &prep, Utc::now()).unwrap();
                });
                let item = ItemInput {
                    contributor,
                    text: format!(
                        "Gegeven {round}.{i}: de school meldt verzuim; moeder zoekt steun \
                         bij de huisarts en het wijkteam, vader werkt veel."
                    ),
                    kind: Kind::Fact,
                    category: Category::General,
                    source: SourceKind::OwnObservation,
                    source_detail: String::new(),
                };
                timed(&mut times[s][2], || {
                    store.add_item(m, &item, Utc::now()).unwrap();
                });
                timed(&mut times[s][3], || {
                    store.search_meetings(&query).unwrap();
                });
                store.sync_witness().unwrap();
            }
        }
    }
    let sizes = sizes.map(|n| n.to_string());
    common::print_two_modes(
        "statements",
        &names,
        ("cache", [sizes[0].as_str(), sizes[1].as_str()]),
        &mut times,
        "p50_ratio_shipped_vs_16",
    );
    store.close().unwrap();
}
