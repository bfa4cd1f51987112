//! Command benchmark (speed goals in BENCHMARKS.md, issue 19): p50/p99/max of every IPC
//! command, measured through the real command layer (the functions the Tauri commands call)
//! on a big encrypted store: 10,000 meetings, 500,000 items. Goals: every command p99 ≤ 4 ms
//! and max ≤ 16 ms over ≥ 10,000 calls of the meeting flow (`common::live_meeting`, run
//! again and again), plus what the chair and the privacy officer open besides it.
//!
//! Scale (goal 4: cost grows with the meeting, not with the store): one live meeting and
//! the same views on stores of 100, 1,000, 10,000 and 30,000 meetings; `scale` lines, drawn
//! by `tests/e2e/bench/report.mjs`.
//!
//! Run: `cargo bench -p casusoverleg --bench commands` (release). Seeded stores are kept in
//! `<target>/bench-store-<meetings>-v2` between runs (`store/` and `config/`, the folder of
//! its second audit witness; seeding takes a while; delete to re-seed); each run works on
//! a copy of both, so every run starts from the same store.
//! `BENCH_SMALL=1`: stores of 100 and 200 meetings (smoke run). Prints JSON lines.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::print_stdout,
    clippy::panic
)]

mod common;

use casusoverleg_lib::commands;
use casusoverleg_lib::dto::*;
use casusoverleg_lib::state::AppState;
use std::path::PathBuf;
use std::time::{Duration, Instant};

const PASS: &str = "benchmark-wachtwoord 2026";
const GOAL_P99_MS: f64 = 4.0;
const GOAL_MAX_MS: f64 = 16.0;
/// Calls of the meeting flow the big store must see (goal 2).
const FLOW_CALLS: usize = 10_000;

fn target_dir() -> PathBuf {
    // target/release/deps/commands-xxxx → target/
    let exe = std::env::current_exe().unwrap();
    exe.ancestors().nth(3).unwrap().to_path_buf()
}

fn pct(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1e3
}

/// Every call's time, per command, in the order first seen.
#[derive(Default)]
struct Times {
    rows: Vec<(String, Vec<Duration>)>,
}

impl Times {
    fn add(&mut self, name: &str, took: Duration) {
        match self.rows.iter_mut().find(|(n, _)| n == name) {
            Some((_, v)) => v.push(took),
            None => self.rows.push((name.into(), vec![took])),
        }
    }

    fn measure<T>(&mut self, name: &str, n: usize, mut f: impl FnMut(usize) -> T) {
        for i in 0..n {
            let t = Instant::now();
            std::hint::black_box(f(i));
            self.add(name, t.elapsed());
        }
    }

    /// (name, n, p50, p99, max) per command.
    fn summary(&self) -> Vec<(String, usize, f64, f64, f64)> {
        self.rows
            .iter()
            .map(|(name, v)| {
                let mut v = v.clone();
                v.sort();
                (
                    name.clone(),
                    v.len(),
                    pct(&v, 0.5),
                    pct(&v, 0.99),
                    pct(&v, 1.0),
                )
            })
            .collect()
    }
}

/// A seeded store of `meetings` meetings, kept between runs: `store/` and the `config/`
/// folder with its second audit witness (R18), which a copy needs to open.
fn seeded_store(meetings: usize) -> PathBuf {
    let dir = target_dir().join(format!("bench-store-{meetings}-v2"));
    let marker = dir.join("seeded.ok");
    if !marker.exists() {
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("config")).unwrap();
        std::env::set_var(store::CONFIG_DIR_ENV, dir.join("config"));
        let t = Instant::now();
        let mut s = store::Store::create(&dir.join("store"), PASS).unwrap();
        // A year of meetings on the chair's laptop: finalized (R13), counts kept.
        let spec = store::SeedSpec {
            meetings,
            finalized: true,
            ..store::SeedSpec::BIG
        };
        s.seed(spec, 42).unwrap();
        s.close().unwrap();
        std::fs::write(&marker, "ok").unwrap();
        println!(
            "{{\"bench\":\"seed\",\"meetings\":{meetings},\"items\":{},\"seconds\":{:.1}}}",
            meetings * spec.items_per_meeting,
            t.elapsed().as_secs_f64()
        );
    }
    // Seeded under an earlier schema: migrated once, in place, so no run pays the
    // migration on its working copy.
    let current = dir.join(format!("schema-{}.ok", store::LATEST_SCHEMA_VERSION));
    if !current.exists() {
        std::env::set_var(store::CONFIG_DIR_ENV, dir.join("config"));
        let t = Instant::now();
        store::Store::open(&dir.join("store"), PASS)
            .unwrap()
            .close()
            .unwrap();
        std::fs::write(&current, "ok").unwrap();
        println!(
            "{{\"bench\":\"migrate_seeded\",\"meetings\":{meetings},\"seconds\":{:.1}}}",
            t.elapsed().as_secs_f64()
        );
    }
    dir
}

/// R4 at scale (found in session 27): in an anonymous meeting every text is checked against
/// the names known elsewhere in the store, so its `add_item` reads them. An anonymous
/// meeting with one contributor and one unnamed family member, then 50 items, each timed
/// as "add_item (anonymous meeting)".
fn anonymous_items(state: &AppState, times: &mut Times) {
    let m = commands::meeting::create_meeting(
        state,
        NewMeeting {
            case_label: "Casus K-7M2".into(),
            anonymous: Some(true),
            ..common::new_meeting(String::new(), "2026-11-26")
        },
    )
    .unwrap()
    .id;
    let by = commands::participants::add_participant(
        state,
        common::new_participant(
            &m,
            "Alexandra van der Heijden-Bouwmeester".into(),
            Role::CaseLead,
        ),
    )
    .unwrap()
    .id;
    let youth = commands::family::add_subject(
        state,
        NewSubject {
            meeting_id: m.clone(),
            relation: Relation::Youth.into(),
            name: String::new(),
            birth_date: String::new(),
            present: false,
            parental_authority: Some(false),
        },
    )
    .unwrap()
    .subjects
    .last()
    .unwrap()
    .id
    .to_string();
    times.measure("add_item (anonymous meeting)", 50, |i| {
        commands::items::add_item(
            state,
            NewItem {
                meeting_id: m.clone(),
                contributor_id: by.clone(),
                text: format!(
                    "Inbreng {i}: de jeugdige gaat sinds de herfstvakantie weer naar school; \
                     er is contact met de huisarts en de schuldhulpverlening."
                ),
                kind: Kind::Fact.into(),
                category: Category::General.into(),
                source: SourceKind::OwnObservation.into(),
                source_detail: None,
                subject_ids: Some(vec![youth.clone()]),
                basis: None,
                consents: None,
            },
        )
        .unwrap()
    });
}

/// Unlocks a working copy of the seeded store of `meetings`, runs live meetings until at
/// least `flow_calls` commands (at least one meeting) and everything else the chair and the
/// privacy officer open, and returns every time and the number of live meetings.
fn run_store(meetings: usize, flow_calls: usize) -> (Times, usize) {
    let seeded = seeded_store(meetings);
    let work = tempfile::tempdir().unwrap();
    // The copy's second witness goes to its own folder, never the user's.
    store::copy_synced(&seeded.join("config"), &work.path().join("config")).unwrap();
    std::env::set_var(store::CONFIG_DIR_ENV, work.path().join("config"));
    let dir = work.path().join("store");
    let bytes = store::copy_synced(&seeded.join("store"), &dir).unwrap();
    println!(
        "{{\"bench\":\"store\",\"meetings\":{meetings},\"items\":{},\"bytes\":{bytes}}}",
        meetings * store::SeedSpec::BIG.items_per_meeting
    );
    let state = AppState::new(dir);
    let t = Instant::now();
    commands::lock::unlock(&state, PASS).unwrap();
    println!(
        "{{\"bench\":\"unlock_seeded_store\",\"meetings\":{meetings},\"ms\":{:.1}}}",
        t.elapsed().as_secs_f64() * 1e3
    );

    let mut times = Times::default();
    times.measure("list_meetings", 50, |_| {
        commands::meeting::list_meetings(&state).unwrap()
    });
    times.measure("create_meeting", 100, |i| {
        commands::meeting::create_meeting(
            &state,
            common::new_meeting(format!("Extra {i}"), "2026-11-25"),
        )
        .unwrap()
    });
    let (mut rounds, mut done) = (0, 0);
    let m = loop {
        let mut record = |name: &'static str, took: Duration| times.add(name, took);
        let mut calls = common::Calls::new(&mut record);
        let m = common::live_meeting(&state, rounds, &mut calls);
        rounds += 1;
        done += calls.count;
        if done >= flow_calls {
            break m;
        }
    };
    anonymous_items(&state, &mut times);
    // What the app's background thread does once the chair is still (migration 0041): the
    // search documents the live meetings' new participants and items left stale, one
    // meeting per call, as a waiting command would meet it.
    loop {
        let t = Instant::now();
        let more = state.index_stale_search_doc(Duration::ZERO);
        times.add(
            "search document written (background, one meeting)",
            t.elapsed(),
        );
        if !more {
            break;
        }
    }
    // Search (FTS5, one document per meeting, migration 0024): a word in 100 case labels, a
    // word the seeder puts in ~10 % of the items (in nearly every meeting), three common
    // words that must all match, and a one-letter prefix (the most index terms).
    for (name, query) in [
        ("search_meetings (rare word)", "Extra"),
        ("search_meetings (common word)", "zorgen"),
        ("search_meetings (3 words)", "moeder zorgen school"),
        ("search_meetings (1-letter prefix)", "s"),
    ] {
        times.measure(name, 200, |_| {
            commands::meeting::search_meetings(&state, query).unwrap()
        });
    }
    times.measure("reference_data", 200, |_| {
        commands::meeting::reference_data(&state).unwrap()
    });
    // What the chair and the privacy officer open besides the meeting flow (R14, R16–R20,
    // R18 log, settings).
    times.measure("list_documents", 50, |_| {
        commands::documents::list_documents(&state, &m.id).unwrap()
    });
    times.measure("item_history", 50, |i| {
        commands::items::item_history(&state, &m.id, &m.items[i % m.items.len()]).unwrap()
    });
    times.measure("known_subjects", 20, |_| {
        commands::rights::known_subjects(&state, "de vr").unwrap()
    });
    times.measure("list_rights_requests", 50, |_| {
        commands::rights::list_rights_requests(&state).unwrap()
    });
    times.measure("management_report (a year)", 10, |_| {
        commands::reports::management_report(
            &state,
            ReportRequest {
                period: "2026".into(),
                format: None,
            },
        )
        .unwrap()
    });
    times.measure("breach_impact (every meeting)", 10, |_| {
        commands::reports::breach_impact(
            &state,
            BreachRequest {
                all: true,
                meeting_ids: vec![],
                format: None,
            },
        )
        .unwrap()
    });
    times.measure("list_breaches", 50, |_| {
        commands::reports::list_breaches(&state).unwrap()
    });
    times.measure("audit_log (one meeting)", 50, |_| {
        commands::reports::audit_log(
            &state,
            AuditLogRequest {
                meeting_id: m.id.clone(),
                from: String::new(),
                to: String::new(),
            },
        )
        .unwrap()
    });
    times.measure("get_settings", 50, |_| {
        commands::settings::get_settings(&state).unwrap()
    });
    commands::lock::lock(&state).unwrap();
    (times, rounds)
}

fn main() {
    // Measure what ships: the app's wiping heap, so SQLCipher's memory security is off.
    casusoverleg_lib::heap::start_with_wiping_heap();
    let small = std::env::var("BENCH_SMALL").is_ok();
    let (big, scale): (usize, &[usize]) = if small {
        (200, &[100, 200])
    } else {
        (10_000, &[100, 1_000, 10_000, 30_000])
    };

    // Goal 2: the big store, the meeting flow again and again until ≥ 10,000 calls.
    let (times, rounds) = run_store(big, if small { 1_000 } else { FLOW_CALLS });
    let summary = times.summary();
    for (name, n, p50, p99, max) in &summary {
        println!(
            "{{\"bench\":\"command\",\"meetings\":{big},\"command\":\"{name}\",\"n\":{n},\"p50_ms\":{p50:.2},\"p99_ms\":{p99:.2},\"max_ms\":{max:.2},\"goal_p99_ms\":{GOAL_P99_MS},\"goal_max_ms\":{GOAL_MAX_MS},\"met\":{}}}",
            *p99 <= GOAL_P99_MS && *max <= GOAL_MAX_MS
        );
    }
    println!(
        "{{\"bench\":\"flow_calls\",\"meetings\":{big},\"live_meetings\":{rounds},\"calls_timed\":{}}}",
        times.rows.iter().map(|(_, v)| v.len()).sum::<usize>()
    );

    // Goal 4: the same work on stores of every size, one live meeting each.
    for &meetings in scale {
        let rows = if meetings == big {
            summary.clone()
        } else {
            run_store(meetings, 0).0.summary()
        };
        for (name, n, _, p99, _) in rows {
            println!(
                "{{\"bench\":\"scale\",\"meetings\":{meetings},\"command\":\"{name}\",\"n\":{n},\"p99_ms\":{p99:.2}}}"
            );
        }
    }

    println!("\n| command | n | p50 ms | p99 ms | max ms | goal p99 ≤ 4 ms, max ≤ 16 ms |");
    println!("|---|---|---|---|---|---|");
    for (name, n, p50, p99, max) in &summary {
        println!(
            "| {name} | {n} | {p50:.2} | {p99:.2} | {max:.2} | {} |",
            if *p99 <= GOAL_P99_MS && *max <= GOAL_MAX_MS {
                "met"
            } else {
                "**missed**"
            }
        );
    }
}
