//! Figures for the report (not part of the normal run): `cargo test -p casus-cli --release
//! --test measure -- --ignored --nocapture`. Times `casus backup`, `verify` and `restore`
//! on a store of MEETINGS meetings (default 1,000: 12 participants, 50 items each).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::*;
use std::time::Instant;
use store::{SeedSpec, Store};

#[test]
#[ignore = "measurement, run by hand"]
fn measure_backup_verify_restore() {
    let meetings: usize = std::env::var("MEETINGS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000);
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(dir.path(), PASS).unwrap();
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
    let size = std::fs::metadata(store_file(dir.path())).unwrap().len();
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("b.db");
    let timed = |args: &[&str]| {
        let t = Instant::now();
        let run = casus(dir.path(), args, &[PASS]);
        assert_eq!(run.code, 0, "{run:?}");
        t.elapsed().as_secs_f64()
    };
    let backup = timed(&["backup", file.to_str().unwrap()]);
    let verify = timed(&["verify"]);
    let restore = timed(&["restore", file.to_str().unwrap()]);
    println!(
        "{{\"bench\":\"casus\",\"meetings\":{meetings},\"store_bytes\":{size},\"backup_s\":{backup:.2},\"verify_s\":{verify:.2},\"restore_s\":{restore:.2}}}"
    );
}
