//! Audit verification benchmark (R18): appends 100,000 entries to the hash chain of a real
//! encrypted store, then times `verify_audit` (reads every entry and recomputes its
//! SHA-256 link, plus the anchor). Median of 5 verifications. Then the audit witness
//! outside the store file (R18 × R21): moving it after one more entry (two small files
//! written through a rename) and checking the store against it, median of 200 each.
//!
//! Run: `cargo bench -p store --bench audit_verify` (release profile). Prints a JSON line.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::time::{Duration, Instant};
use store::{AuditVerdict, Store};

const ENTRIES: usize = 100_000;
const RUNS: usize = 5;
const WITNESS_RUNS: usize = 200;
const PASS: &str = "een wachtwoord voor de benchmark";

fn main() {
    // As the app runs the store: SQLCipher's per-allocation memory security off (the app's
    // wiping heap overwrites what SQLite frees; the `hardening` crate).
    store::rely_on_wiping_heap();
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
    let (write, check) = witness_times(&mut store);
    println!(
        "{{\"bench\":\"audit_witness\",\"runs\":{WITNESS_RUNS},\"write_median_ms\":{:.3},\"write_max_ms\":{:.3},\"check_median_ms\":{:.3},\"check_max_ms\":{:.3}}}",
        ms(write[WITNESS_RUNS / 2]),
        ms(write[WITNESS_RUNS - 1]),
        ms(check[WITNESS_RUNS / 2]),
        ms(check[WITNESS_RUNS - 1])
    );
    println!(
        "{{\"bench\":\"audit_verify\",\"entries\":{total},\"runs\":{RUNS},\"median_ms\":{:.1},\"min_ms\":{:.1},\"max_ms\":{:.1},\"append_s\":{:.2}}}",
        times[RUNS / 2].as_secs_f64() * 1e3,
        times[0].as_secs_f64() * 1e3,
        times[RUNS - 1].as_secs_f64() * 1e3,
        append.as_secs_f64()
    );
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// Sorted times of moving the witness after one more entry, and of checking it.
fn witness_times(store: &mut Store) -> (Vec<Duration>, Vec<Duration>) {
    assert!(store.check_witness().unwrap().is_ok());
    let (mut write, mut check) = (Vec::new(), Vec::new());
    for _ in 0..WITNESS_RUNS {
        store.seed_audit(1).unwrap();
        let t = Instant::now();
        store.sync_witness().unwrap();
        // The files themselves (the witness writer writes them off the command path).
        store.flush_witness().unwrap();
        write.push(t.elapsed());
        let t = Instant::now();
        assert!(store.check_witness().unwrap().is_ok());
        check.push(t.elapsed());
    }
    write.sort();
    check.sort();
    (write, check)
}
