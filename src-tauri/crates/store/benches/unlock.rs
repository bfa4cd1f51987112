//! Unlock benchmark: opening the store with the passphrase (key derivation, PBKDF2-HMAC-
//! SHA512 with 256 000 iterations, plus the first read and migrations check), against
//! opening a plain SQLite file with the same schema in the same run (the ratio is what
//! matters on a shared, noisy machine).
//!
//! Run: `cargo bench -p store --bench unlock` (release profile). Prints a JSON line.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::time::{Duration, Instant};
use store::Store;

const RUNS: usize = 5;
const PASS: &str = "een wachtwoord voor de benchmark";

fn median(mut xs: Vec<Duration>) -> Duration {
    xs.sort();
    xs[xs.len() / 2]
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    Store::create(dir.path(), PASS).unwrap().close().unwrap();

    // Plain SQLite baseline with the same schema.
    let plain = dir.path().join("plain.db");
    {
        let c = rusqlite::Connection::open(&plain).unwrap();
        for (_, sql) in store::MIGRATIONS {
            c.execute_batch(sql).unwrap();
        }
    }

    let mut keyed = Vec::new();
    let mut baseline = Vec::new();
    for _ in 0..RUNS {
        let t = Instant::now();
        let s = Store::open(dir.path(), PASS).unwrap();
        s.list_meetings().unwrap();
        keyed.push(t.elapsed());
        s.close().unwrap();

        let t = Instant::now();
        let c = rusqlite::Connection::open(&plain).unwrap();
        c.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
            r.get::<_, i64>(0)
        })
        .unwrap();
        c.query_row("SELECT count(*) FROM meetings", [], |r| r.get::<_, i64>(0))
            .unwrap();
        baseline.push(t.elapsed());
    }
    let (k, b) = (median(keyed.clone()), median(baseline));
    println!(
        "{{\"bench\":\"unlock\",\"runs\":{RUNS},\"median_ms\":{:.1},\"min_ms\":{:.1},\"max_ms\":{:.1},\"plain_sqlite_median_ms\":{:.3},\"ratio\":{:.0}}}",
        k.as_secs_f64() * 1e3,
        keyed.iter().min().unwrap().as_secs_f64() * 1e3,
        keyed.iter().max().unwrap().as_secs_f64() * 1e3,
        b.as_secs_f64() * 1e3,
        k.as_secs_f64() / b.as_secs_f64()
    );
}
