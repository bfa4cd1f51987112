//! Unlock benchmark: opening the store with the passphrase (key derivation, PBKDF2-HMAC-
//! SHA512 with 256 000 iterations, plus the first read and migrations check), against
//! opening a plain SQLite file with the same schema in the same run (the ratio is what
//! matters on a shared, noisy machine).
//!
//! R15 at unlock: a store with 1,000 full-size meetings (12 at the table, 4 family members,
//! 50 items) that have all expired is destroyed before anything is shown; goal: the chair
//! waits at most 1 s more than for an unlock that destroys nothing (same store, same run).
//! The unlock makes them unreachable; the rest of their rows goes after it in chunks of 25
//! (`Store::destroy_pending_chunk`), timed one by one: the longest is what a command can
//! wait behind one.
//!
//! Run: `cargo bench -p store --bench unlock` (release profile). Prints JSON lines.
//! Knobs: `BENCH_SMALL=1` (50 meetings, one run), `UNLOCK_MEETINGS=n`, `UNLOCK_RUNS=n`,
//! `UNLOCK_ONLY_DESTROYING=1` (skip the key-derivation figures).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::time::{Duration, Instant};
use store::{FailedUnlocks, SeedSpec, Store};

const RUNS: usize = 5;
const PASS: &str = "een wachtwoord voor de benchmark";

fn median(mut xs: Vec<Duration>) -> Duration {
    xs.sort();
    xs[xs.len() / 2]
}

/// R15: unlock with nothing expired, then unlock the same store on a day when all of its
/// `meetings` meetings have expired (the seeder keeps them ten years), per fresh store.
fn unlock_with_expired(meetings: usize, runs: usize) {
    let today = chrono::Local::now().date_naive();
    let later = today + chrono::Months::new(12 * 12);
    let (mut plain, mut destroying) = (Vec::new(), Vec::new());
    let (mut chunk_counts, mut chunk_max, mut chunk_total) = (Vec::new(), Vec::new(), Vec::new());
    let (mut chunk_p50, mut chunk_last) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        let dir = tempfile::tempdir().unwrap();
        let config = tempfile::tempdir().unwrap();
        // The second witness of this store goes to its own folder (one store per run).
        std::env::set_var(store::CONFIG_DIR_ENV, config.path());
        let mut s = Store::create(dir.path(), PASS).unwrap();
        s.seed(
            SeedSpec {
                meetings,
                ..SeedSpec::BIG
            },
            11,
        )
        .unwrap();
        s.close().unwrap();
        let unlock = |day| {
            let t = Instant::now();
            let u = Store::unlock(
                dir.path(),
                PASS,
                &mut FailedUnlocks::default(),
                day,
                chrono::Utc::now(),
            )
            .unwrap();
            let took = t.elapsed();
            let destroyed = u.destroyed.len();
            let mut store = u.store;
            // The rest after the unlock, chunk by chunk, as the shell runs it between
            // commands: a command waits for at most one chunk.
            let mut chunks = Vec::new();
            if u.destroying_left > 0 {
                loop {
                    let t = Instant::now();
                    let left = store.destroy_pending_chunk().unwrap();
                    chunks.push(t.elapsed());
                    if left == 0 {
                        break;
                    }
                }
            }
            store.close().unwrap();
            (took, destroyed, chunks)
        };
        let (took, destroyed, _) = unlock(today);
        assert_eq!(destroyed, 0);
        plain.push(took);
        let (took, destroyed, chunks) = unlock(later);
        assert_eq!(destroyed, meetings, "every seeded meeting has expired");
        destroying.push(took);
        chunk_counts.push(chunks.len());
        chunk_max.push(chunks.iter().max().copied().unwrap_or_default());
        chunk_p50.push(if chunks.is_empty() {
            Duration::ZERO
        } else {
            median(chunks.clone())
        });
        chunk_last.push(chunks.last().copied().unwrap_or_default());
        chunk_total.push(chunks.iter().sum());
    }
    let (p, d) = (median(plain), median(destroying));
    let extra = d.saturating_sub(p).as_secs_f64() * 1e3;
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "{{\"bench\":\"unlock_destroying\",\"expired_meetings\":{meetings},\"runs\":{runs},\"unlock_ms\":{:.0},\"unlock_destroying_ms\":{:.0},\"extra_ms\":{extra:.0},\"goal_extra_ms\":1000,\"met\":{},\"chunks\":{},\"chunk_max_ms\":{:.0},\"chunk_max_worst_ms\":{:.0},\"chunks_total_ms\":{:.0},\"chunk_p50_ms\":{:.0},\"last_chunk_ms\":{:.0}}}",
        p.as_secs_f64() * 1e3,
        d.as_secs_f64() * 1e3,
        extra <= 1000.0,
        chunk_counts.iter().max().copied().unwrap_or(0),
        ms(median(chunk_max.clone())),
        ms(chunk_max.iter().max().copied().unwrap_or_default()),
        ms(median(chunk_total)),
        ms(median(chunk_p50)),
        ms(median(chunk_last)),
    );
}

fn main() {
    // As the app runs the store: SQLCipher's per-allocation memory security off (the app's
    // wiping heap overwrites what SQLite frees; the `hardening` crate).
    store::rely_on_wiping_heap();
    let small = std::env::var("BENCH_SMALL").is_ok();
    let n = std::env::var("UNLOCK_MEETINGS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if small { 50 } else { 1000 });
    let runs = std::env::var("UNLOCK_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if small { 1 } else { 3 });
    unlock_with_expired(n, runs);
    if std::env::var_os("UNLOCK_ONLY_DESTROYING").is_some() {
        return;
    }
    let config = tempfile::tempdir().unwrap();
    std::env::set_var(store::CONFIG_DIR_ENV, config.path());
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
