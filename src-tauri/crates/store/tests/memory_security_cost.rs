#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]
//! R21: what SQLCipher's `cipher_memory_security` (wipe on free) costs on a seeded store:
//! the same work with it on and off, alternating, median of 3. Run with
//! `cargo test -p store --test memory_security_cost -- --ignored --nocapture`.

mod common;
use common::*;
use std::time::{Duration, Instant};
use store::{SeedSpec, Store};

fn run(on: bool) -> Duration {
    let conn = rusqlite::Connection::open_in_memory().unwrap();
    let pragma = if on { "ON" } else { "OFF" };
    // Process-wide in SQLCipher; the store sets it ON at every open, so set it after.
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(dir.path(), PASS).unwrap();
    conn.execute_batch(&format!("PRAGMA cipher_memory_security = {pragma};"))
        .unwrap();
    let t = Instant::now();
    store
        .seed(
            SeedSpec {
                meetings: 30,
                participants_per_meeting: 5,
                subjects_per_meeting: 2,
                items_per_meeting: 20,
                actions_per_meeting: 3,
            },
            1,
        )
        .unwrap();
    for _ in 0..20 {
        store.recent_meetings(100).unwrap();
    }
    let took = t.elapsed();
    store.close().unwrap();
    took
}

#[test]
#[ignore = "measurement, not a check"]
fn r21_cost_of_cipher_memory_security() {
    let (mut on, mut off) = (Vec::new(), Vec::new());
    for _ in 0..3 {
        off.push(run(false));
        on.push(run(true));
    }
    on.sort();
    off.sort();
    println!(
        "{{\"bench\":\"cipher_memory_security\",\"on_ms\":{:.1},\"off_ms\":{:.1},\"ratio\":{:.2}}}",
        on[1].as_secs_f64() * 1e3,
        off[1].as_secs_f64() * 1e3,
        on[1].as_secs_f64() / off[1].as_secs_f64()
    );
}
