//! Search on the big store (issue 19 point 1: p99 ≤ 4 ms for any query, the 100 newest
//! matching meetings with where and how often they matched and a snippet). The same store
//! and the same four queries as the commands bench (`src-tauri/benches/commands.rs`), at
//! store level, so measuring search needs neither the Tauri shell nor the meeting flow: a
//! seeded store of 10,000 finalized meetings (500,000 items), 100 meetings "Extra n" added
//! on one day, then 200 calls per query (and a two-letter prefix besides the four). Prints
//! a JSON line per query (p50/p99/max, ms). What the index costs a write: the 100 items
//! of a new draft meeting added one by one (each rewrites the meeting's search document,
//! migration 0024), p50/p99/max of the adds.
//!
//! Run: `cargo bench -p store --bench search` (release). The seeded store is kept in
//! `<target>/bench-store-search-<meetings>` between runs (delete to re-seed); every run
//! works on a copy. `SEARCH_BENCH_MEETINGS=n` seeds n meetings instead (smoke run).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use chrono::Utc;
use domain::{
    Category, ItemInput, Kind, MeetingInput, ParticipantInput, Role, SearchQuery, SourceKind,
};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use store::Store;

const PASS: &str = "benchmark-wachtwoord 2026";
const CALLS: usize = 200;

fn target_dir() -> PathBuf {
    // target/release/deps/search-xxxx → target/
    let exe = std::env::current_exe().unwrap();
    exe.ancestors().nth(3).unwrap().to_path_buf()
}

fn copy_files(from: &Path, into: &Path) {
    std::fs::create_dir_all(into).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.file_type().unwrap().is_file() {
            std::fs::copy(e.path(), into.join(e.file_name())).unwrap();
        }
    }
}

/// The seeded store (`store/` and its witness folder `config/`), seeded once.
fn seeded_store(meetings: usize) -> PathBuf {
    let dir = target_dir().join(format!("bench-store-search-{meetings}"));
    let marker = dir.join("seeded.ok");
    if !marker.exists() {
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("config")).unwrap();
        std::env::set_var(store::CONFIG_DIR_ENV, dir.join("config"));
        let t = Instant::now();
        let mut s = Store::create(&dir.join("store"), PASS).unwrap();
        let spec = store::SeedSpec {
            meetings,
            finalized: true,
            ..store::SeedSpec::BIG
        };
        s.seed(spec, 42).unwrap();
        s.close().unwrap();
        std::fs::write(&marker, "ok").unwrap();
        println!(
            "{{\"bench\":\"seed\",\"meetings\":{meetings},\"seconds\":{:.1}}}",
            t.elapsed().as_secs_f64()
        );
    }
    dir
}

fn pct(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1e3
}

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

/// The cost of the index to a write: 100 items added one by one to a new draft meeting.
fn add_items(store: &mut Store, meetings: usize) {
    let meeting = store
        .create_meeting(
            &MeetingInput {
                case_label: "Gezin Schrijftoets".into(),
                date: "2026-11-26".into(),
                purpose: "Meten wat de zoekindex een item kost".into(),
                ..MeetingInput::default()
            },
            Utc::now(),
        )
        .unwrap()
        .id;
    let contributor = store
        .add_participant(
            meeting,
            &ParticipantInput {
                name: "Marieke van den Berg-Oosterhuis".into(),
                organisation: "Wijkteam Oost".into(),
                function: String::new(),
                phone: String::new(),
                email: String::new(),
                role: Role::CaseLead,
                expertise_only: false,
            },
            Utc::now(),
        )
        .unwrap()
        .id;
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
}

fn main() {
    store::rely_on_wiping_heap();
    let meetings: usize = std::env::var("SEARCH_BENCH_MEETINGS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let seeded = seeded_store(meetings);
    let work = tempfile::tempdir().unwrap();
    copy_files(&seeded.join("config"), &work.path().join("config"));
    std::env::set_var(store::CONFIG_DIR_ENV, work.path().join("config"));
    copy_files(&seeded.join("store"), &work.path().join("store"));
    // Opening migrates a store seeded by an older build (the first run after a migration).
    let t = Instant::now();
    let mut store = Store::open(&work.path().join("store"), PASS).unwrap();
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
        report(name, meetings, times, &format!("\"found\":{found},"));
    }
    add_items(&mut store, meetings);
}
