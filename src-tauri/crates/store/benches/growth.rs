//! Growth benchmark (issue 19 points 4 and 5: cost grows with the meeting, not with the
//! store): p50/p99 of the store reads behind the commands that grew with the store, on
//! seeded stores of several sizes (finalized meetings, 12 at the table, 4 family members,
//! 50 items, as the commands bench seeds them): the rights register's person search (R17),
//! the year's management report (R19), the breach view over every meeting (R20) and the
//! meeting list (the 100 newest and the total).
//!
//! Run: `cargo bench -p store --bench growth` (release profile). Prints JSON lines and a
//! table. It reads the commands bench's seeded stores (`<target>/bench-store-<meetings>-v2`,
//! seeded the same way; seeded here when missing); each run works on a copy. Knob:
//! `GROWTH_SIZES=100,10000` (default).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::time::{Duration, Instant};

mod common;
use common::pct;

fn measure<T>(rows: &mut Vec<(String, f64, f64)>, name: &str, n: usize, mut f: impl FnMut() -> T) {
    let mut v: Vec<Duration> = (0..n)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(f());
            t.elapsed()
        })
        .collect();
    v.sort();
    rows.push((name.into(), pct(&v, 0.5), pct(&v, 0.99)));
}

fn run(meetings: usize) -> Vec<(String, f64, f64)> {
    let (from, pass) = common::commands_bench_store(meetings);
    let work = tempfile::tempdir().unwrap();
    let s = common::open_copy(&from, work.path(), pass);
    let mut rows = Vec::new();
    measure(&mut rows, "list_meetings (100 newest + total)", 50, || {
        s.recent_meetings(100).unwrap()
    });
    // Before (issue 19): the whole list of people, grouped in Rust. After: the search the
    // register now runs, for a common surname part and for a first name plus a surname.
    measure(&mut rows, "known_subjects (whole list, before)", 20, || {
        s.known_subjects().unwrap()
    });
    measure(&mut rows, "known_subjects (search 'de vr')", 20, || {
        s.find_subjects("de vr").unwrap()
    });
    measure(&mut rows, "known_subjects (search 'anna jans')", 20, || {
        s.find_subjects("anna jans").unwrap()
    });
    let year = domain::ReportPeriod::parse("2026").unwrap();
    measure(&mut rows, "management_report (a year)", 10, || {
        s.management_report(year).unwrap()
    });
    measure(&mut rows, "breach_impact (every meeting)", 10, || {
        s.breach_impact(&domain::BreachScope::All).unwrap()
    });
    s.close().unwrap();
    rows
}

/// `GROWTH_PLAIN_DIR=dir` (with `--features bench-plain`): seeds an unencrypted store of
/// 1,000 meetings there and stops, to read query plans with `sqlite3` (EXPLAIN QUERY PLAN).
#[cfg(feature = "bench-plain")]
fn plain_for_plans() -> bool {
    let Ok(dir) = std::env::var("GROWTH_PLAIN_DIR") else {
        return false;
    };
    use store::{SeedSpec, Store};
    let mut s = Store::create_unencrypted_baseline(std::path::Path::new(&dir)).unwrap();
    s.seed(
        SeedSpec {
            meetings: 1_000,
            finalized: true,
            ..SeedSpec::BIG
        },
        42,
    )
    .unwrap();
    s.close().unwrap();
    true
}

#[cfg(not(feature = "bench-plain"))]
fn plain_for_plans() -> bool {
    false
}

fn main() {
    store::rely_on_wiping_heap();
    if plain_for_plans() {
        return;
    }
    let sizes: Vec<usize> = std::env::var("GROWTH_SIZES")
        .unwrap_or_else(|_| "100,10000".into())
        .split(',')
        .map(|s| s.trim().parse().unwrap())
        .collect();
    let mut all = Vec::new();
    for &m in &sizes {
        for (name, p50, p99) in run(m) {
            println!(
                "{{\"bench\":\"growth\",\"meetings\":{m},\"command\":\"{name}\",\"p50_ms\":{p50:.2},\"p99_ms\":{p99:.2}}}"
            );
            all.push((m, name, p99));
        }
    }
    println!(
        "\n| command | {} |",
        sizes
            .iter()
            .map(|m| format!("p99 ms, {m} meetings"))
            .collect::<Vec<_>>()
            .join(" | ")
    );
    println!("|---|{}", "---|".repeat(sizes.len()));
    let names: Vec<String> = all
        .iter()
        .filter(|r| r.0 == sizes[0])
        .map(|r| r.1.clone())
        .collect();
    for n in names {
        let cells: Vec<String> = sizes
            .iter()
            .map(|m| {
                format!(
                    "{:.2}",
                    all.iter().find(|r| r.0 == *m && r.1 == n).unwrap().2
                )
            })
            .collect();
        println!("| {n} | {} |", cells.join(" | "));
    }
}
