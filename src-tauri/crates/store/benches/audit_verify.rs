//! Audit verification benchmark (R18): appends 100,000 entries to the hash chain of a real
//! encrypted store, then times `verify_audit` (reads every entry and recomputes its
//! SHA-256 link, plus the anchor). Median of 5 verifications.
//!
//! Run: `cargo bench -p store --bench audit_verify` (release profile). Prints a JSON line.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::time::{Duration, Instant};
use store::{AuditVerdict, Store};

const ENTRIES: usize = 100_000;
const RUNS: usize = 5;
const PASS: &str = "een wachtwoord voor de benchmark";

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(dir.path(), PASS).unwrap();
    let t = Instant::now();
    store.seed_audit(ENTRIES).unwrap();
    let append = t.elapsed();
    let total = store.audit_len().unwrap();
    let mut times: Vec<Duration> = Vec::new();
    for _ in 0..RUNS {
        let t = Instant::now();
        let verdict = store.verify_audit().unwrap();
        times.push(t.elapsed());
        assert_eq!(verdict, AuditVerdict::Intact { entries: total });
    }
    times.sort();
    println!(
        "{{\"bench\":\"audit_verify\",\"entries\":{total},\"runs\":{RUNS},\"median_ms\":{:.1},\"min_ms\":{:.1},\"max_ms\":{:.1},\"append_s\":{:.2}}}",
        times[RUNS / 2].as_secs_f64() * 1e3,
        times[0].as_secs_f64() * 1e3,
        times[RUNS - 1].as_secs_f64() * 1e3,
        append.as_secs_f64()
    );
}
