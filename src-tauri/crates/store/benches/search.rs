//! Search on the big store (issue 19 point 1: p99 ≤ 4 ms for any query, the 100 newest
//! matching meetings with where and how often they matched and a snippet). The same store
//! and the same four queries as the commands bench (`src-tauri/benches/commands.rs`), at
//! store level, so measuring search needs neither the Tauri shell nor the meeting flow: a
//! seeded store of 10,000 finalized meetings (500,000 items), 100 meetings "Extra n" added
//! on one day, then 200 calls per query (and a two-letter prefix besides the four). Prints
//! a JSON line per query (p50/p99/max, ms). What the index costs a write: the 100 items
//! of a new draft meeting added one by one (each rewrites the meeting's search document,
//! migration 0024), p50/p99/max of the adds. And the search with what the command adds: its audit entry and the witness.
//!
//! Run: `cargo bench -p store --bench search` (release). It reads the commands bench's
//! seeded store (`<target>/bench-store-<meetings>-v2`; seeded here when missing); every run
//! works on a copy. (Session 19 also ran the queries after FTS5 `optimize`: under 10 %,
//! see BENCHMARKS.md, so that phase is gone.) `SEARCH_BENCH_MEETINGS=n` seeds n meetings instead (smoke run).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use chrono::Utc;
use domain::{Category, ItemInput, Kind, MeetingInput, Role, SearchQuery, SourceKind};
use std::time::{Duration, Instant};
use store::Store;

mod common;
use common::pct;

const CALLS: usize = 200;

fn report(what: &str, meetings: usize, mut times: Vec<Duration>, extra: &str) {
    times.sort();
    println!(
        "{{\"bench\":\"search\",\"query\":\"{what}\",\"meetings\":{meetings},{extra}\"calls\":{},\"p50_ms\":{:.2},\"p99_ms\":{:.2},\"max_ms\":{:.2}}}",
        times.len(),
        pct(&times, 0.5),
        pct(&times, 0.99),
        pct(&times, 1.0)
    );
}

/// The five queries, `CALLS` times each; `suffix` is added to each query's name.
fn queries(store: &mut Store, meetings: usize, suffix: &str) {
    for (name, query) in [
        ("rare word", "Extra"),
        ("common word", "zorgen"),
        ("3 words", "moeder zorgen school"),
        ("1-letter prefix", "s"),
        ("2-letter prefix", "sc"),
    ] {
        let query = SearchQuery::parse(query).unwrap();
        let mut times = Vec::with_capacity(CALLS);
        let mut found = 0;
        for _ in 0..CALLS {
            let t = Instant::now();
            let hits = std::hint::black_box(store.search_meetings(&query).unwrap());
            times.push(t.elapsed());
            found = hits.len();
        }
        report(
            &format!("{name}{suffix}"),
            meetings,
            times,
            &format!("\"found\":{found},"),
        );
    }
}

/// The cost of the index to a write: 100 items added one by one to a new draft meeting.
fn add_items(store: &mut Store, meetings: usize) {
    let (meeting, contributor) = common::draft_with_contributor(
        store,
        "Gezin Schrijftoets",
        "Meten wat de zoekindex een item kost",
        Role::CaseLead,
    );
    let mut times = Vec::new();
    for i in 0..100 {
        let input = ItemInput {
            contributor,
            text: format!(
                "Gegeven {i}: de school meldt verzuim en zorgen over de thuissituatie; \
                 moeder zoekt steun bij de huisarts en het wijkteam, vader werkt veel."
            ),
            kind: Kind::Fact,
            category: Category::General,
            source: SourceKind::OwnObservation,
            source_detail: String::new(),
        };
        let t = Instant::now();
        store.add_item(meeting, &input, Utc::now()).unwrap();
        times.push(t.elapsed());
    }
    report("add_item (write)", meetings, times, "");
    // Since migration 0041 an item only marks the document stale: writing it (what the
    // app's background thread does once the chair is still, or the next search first).
    let t = Instant::now();
    store.refresh_stale_search_docs(usize::MAX).unwrap();
    report(
        "stale document written (100 items)",
        meetings,
        vec![t.elapsed()],
        "",
    );
}

fn main() {
    store::rely_on_wiping_heap();
    let meetings: usize = std::env::var("SEARCH_BENCH_MEETINGS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    // The commands bench's store (seeded the same way), so `./x bench` seeds it once.
    let (seeded, pass) = common::commands_bench_store(meetings);
    let work = tempfile::tempdir().unwrap();
    // Opening migrates a store seeded by an older build (the first run after a migration).
    let t = Instant::now();
    let mut store = common::open_copy(&seeded, work.path(), pass);
    println!(
        "{{\"bench\":\"open\",\"meetings\":{meetings},\"ms\":{:.1}}}",
        t.elapsed().as_secs_f64() * 1e3
    );
    // As the commands bench: 100 new meetings whose label holds the rare word.
    for i in 0..100 {
        store
            .create_meeting(
                &MeetingInput {
                    case_label: format!("Extra {i}"),
                    date: "2026-11-25".into(),
                    purpose: "Zoeken meten".into(),
                    ..MeetingInput::default()
                },
                Utc::now(),
            )
            .unwrap();
    }
    queries(&mut store, meetings, "");
    // A live meeting's writes and its search document written once, then the same
    // queries: what a day of use leaves in the index.
    add_items(&mut store, meetings);
    queries(&mut store, meetings, " (after 100 item writes)");
    // What a search command pays in all: the search, its log entry (NEN 7513: one commit)
    // and the witness after it (R18 × R21), as `with_store` runs them.
    for (name, query) in [
        ("rare word + audit + witness", "Extra"),
        ("common word + audit + witness", "zorgen"),
    ] {
        let query = SearchQuery::parse(query).unwrap();
        let mut times = Vec::with_capacity(CALLS);
        for _ in 0..CALLS {
            let t = Instant::now();
            std::hint::black_box(store.search_meetings(&query).unwrap());
            store
                .log_access(store::AuditKind::SearchRun, None, Utc::now())
                .unwrap();
            store.sync_witness().unwrap();
            times.push(t.elapsed());
        }
        report(name, meetings, times, "");
    }
}
