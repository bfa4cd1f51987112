//! Figures for the report (not part of the normal run; `./x bench` runs it on the commands
//! bench's 10,000-meeting store): `cargo test -p casus-cli --release --test measure --
//! --ignored --nocapture`. Times `casus backup`, `verify` and `restore` on a store of
//! MEETINGS meetings (default 1,000: 12 participants, 50 items each) or on MEASURE_STORE.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::*;
use std::time::Instant;
use store::{SeedSpec, Store};

/// The store to measure: a copy of `MEASURE_STORE` (a seeded store as the commands bench
/// keeps it, `<target>/bench-store-10000-v2` with `store/` and `config/`, its passphrase in
/// `MEASURE_PASSPHRASE`), or MEETINGS freshly seeded meetings.
fn store_to_measure(dir: &std::path::Path, config: &std::path::Path) -> (usize, String) {
    // The second audit witness goes to this test's own folder (and `casus` inherits it).
    std::env::set_var(store::CONFIG_DIR_ENV, config);
    if let Some(from) = std::env::var_os("MEASURE_STORE") {
        let from = std::path::Path::new(&from);
        store::copy_synced(&from.join("store"), dir).unwrap();
        store::copy_synced(&from.join("config"), config).unwrap();
        let pass = std::env::var("MEASURE_PASSPHRASE").unwrap();
        let store = Store::open(dir, &pass).unwrap();
        let meetings = store.list_meetings().unwrap().len();
        store.close().unwrap();
        return (meetings, pass);
    }
    let meetings: usize = std::env::var("MEETINGS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000);
    let mut store = Store::create(dir, PASS).unwrap();
    store
        .seed(
            SeedSpec {
                meetings,
                ..SeedSpec::BIG
            },
            1,
        )
        .unwrap();
    store.close().unwrap();
    // MEASURE_SAVE=dir keeps the seeded store for later runs (MEASURE_STORE=dir).
    if let Some(save) = std::env::var_os("MEASURE_SAVE") {
        let save = std::path::Path::new(&save);
        store::copy_synced(dir, &save.join("store")).unwrap();
        store::copy_synced(config, &save.join("config")).unwrap();
    }
    (meetings, PASS.into())
}

/// Issue 19 goal 5: `casus backup` and `verify` in MB/s, and the backup against a plain copy
/// of the same bytes (goal: within 2×), then `restore`.
#[test]
#[ignore = "measurement, run by hand"]
fn measure_backup_verify_restore() {
    let dir = tempfile::tempdir().unwrap();
    let config = tempfile::tempdir().unwrap();
    let (meetings, pass) = store_to_measure(dir.path(), config.path());
    let size = std::fs::metadata(store_file(dir.path())).unwrap().len();
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("b.db");
    let timed = |args: &[&str]| {
        let t = Instant::now();
        let run = casus(dir.path(), args, &[&pass]);
        assert_eq!(run.code, 0, "{run:?}");
        t.elapsed().as_secs_f64()
    };
    // The baseline: the same bytes copied as a file, then written to disk (a backup is
    // synced before it is reported as made).
    let copy = {
        let t = Instant::now();
        let to = out.path().join("plain-copy.db");
        std::fs::copy(store_file(dir.path()), &to).unwrap();
        std::fs::File::open(&to).unwrap().sync_all().unwrap();
        let took = t.elapsed().as_secs_f64();
        std::fs::remove_file(&to).unwrap();
        took
    };
    let backup = timed(&["backup", file.to_str().unwrap()]);
    let verify = timed(&["verify"]);
    let restore = timed(&["restore", file.to_str().unwrap()]);
    let mb = size as f64 / 1e6;
    println!(
        "{{\"bench\":\"casus\",\"meetings\":{meetings},\"store_bytes\":{size},\"plain_copy_s\":{copy:.2},\"backup_s\":{backup:.2},\"backup_mb_per_s\":{:.0},\"backup_vs_copy\":{:.2},\"verify_s\":{verify:.2},\"verify_mb_per_s\":{:.0},\"restore_s\":{restore:.2},\"goal_backup_vs_copy\":2,\"met\":{}}}",
        mb / backup,
        backup / copy,
        mb / verify,
        backup / copy <= 2.0
    );
}
