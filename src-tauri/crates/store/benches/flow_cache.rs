//! The flow cache (issue 19 goal 2, `flow::FlowCache`): a change of a meeting right after a
//! change of the same meeting (what a chair does all through a live meeting: decision after
//! decision) starts from the flow the last change answered with instead of loading the
//! meeting again in its transaction. Same run, same store, one full-size draft meeting
//! (`SeedSpec::BIG`: 12 at the table, 4 family members, 50 items, actions), interleaved
//! rounds with the cache and with it emptied before every change (as before: a load per
//! change; that mode also still copies the answer into the cache, so the difference of the
//! two medians overstates the gain by one copy, timed here on its own as `copy`):
//! - `set_attendance`: one participant present or with apologies, in turn;
//! - `update_preparation`: the meeting's purpose changed.
//!
//! Run: `cargo bench -p store --features bench-plain --bench flow_cache` (release).
//! `FLOW_CACHE_CALLS=n` per figure and mode (default 600). Prints a JSON line per figure
//! (p50/p99/max in ms) and the ratio of the medians.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use chrono::Utc;
use common::timed;
use domain::{Attendance, PreparationInput};
use store::{SeedSpec, Store};

mod common;

const PASS: &str = "benchmark-wachtwoord 2026";

fn main() {
    store::rely_on_wiping_heap();
    let calls = common::env_count("FLOW_CACHE_CALLS", 600);
    let work = tempfile::tempdir().unwrap();
    std::env::set_var(store::CONFIG_DIR_ENV, work.path().join("config"));
    let mut store = Store::create(&work.path().join("store"), PASS).unwrap();
    let spec = SeedSpec {
        meetings: 1,
        finalized: false,
        ..SeedSpec::BIG
    };
    let seeded = store.seed(spec, 7).unwrap();
    let m = store::meeting_id(&seeded.meeting_ids[0]).unwrap();
    let who: Vec<domain::ParticipantId> = store
        .meeting_flow(m)
        .unwrap()
        .record
        .participants
        .iter()
        .map(|p| p.participant.id)
        .collect();
    let modes = ["emptied", "kept"];
    let names = ["set_attendance", "update_preparation", "copy"];
    // times[mode][figure]
    let mut times = vec![vec![Vec::with_capacity(calls); names.len()]; modes.len()];
    let rounds = 10;
    let mut flow = store.meeting_flow(m).unwrap();
    for round in 0..rounds {
        for (mode, _) in modes.iter().enumerate() {
            for i in 0..calls / rounds {
                let attendance = if i % 2 == 0 {
                    Attendance::Present
                } else {
                    Attendance::Apologies { info_sent: true }
                };
                if mode == 0 {
                    store.forget_flow_for_bench();
                }
                timed(&mut times[mode][0], || {
                    flow = store
                        .set_attendance(m, who[i % who.len()], attendance, Utc::now())
                        .unwrap();
                });
                let prep = PreparationInput {
                    purpose: format!("Afspraken maken over school en thuis, ronde {round}.{i}"),
                    criteria: "Zorgen over verzuim en de thuissituatie.".into(),
                    family_present: true,
                    family_absence_reason: String::new(),
                    anonymous: false,
                };
                if mode == 0 {
                    store.forget_flow_for_bench();
                }
                timed(&mut times[mode][1], || {
                    flow = store.update_preparation(m, &prep, Utc::now()).unwrap();
                });
                timed(&mut times[mode][2], || {
                    std::hint::black_box(flow.clone());
                });
                store.sync_witness().unwrap();
            }
        }
    }
    for (f, name) in names.iter().enumerate() {
        let mut p50s = Vec::new();
        for (mode, mode_name) in modes.iter().enumerate() {
            let (p50, p99, max) = common::summary(&mut times[mode][f]);
            p50s.push(p50);
            println!(
                "{{\"bench\":\"flow_cache\",\"call\":\"{name}\",\"cache\":\"{mode_name}\",\"calls\":{},\"p50_ms\":{p50:.3},\"p99_ms\":{p99:.3},\"max_ms\":{max:.3}}}",
                times[mode][f].len()
            );
        }
        println!(
            "{{\"bench\":\"flow_cache\",\"call\":\"{name}\",\"p50_ratio_kept_vs_emptied\":{:.3}}}",
            p50s[1] / p50s[0]
        );
    }
    store.close().unwrap();
}
