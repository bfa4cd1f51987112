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
use domain::Attendance;

mod common;

const PASS: &str = "benchmark-wachtwoord 2026";

fn main() {
    let calls = common::env_count("FLOW_CACHE_CALLS", 600);
    let (_work, mut store, meetings) = common::seeded_drafts(1, PASS);
    let m = meetings[0];
    let who = store.meeting_flow(m).unwrap().record.participant_ids();
    let names = ["set_attendance", "update_preparation", "copy"];
    // times[mode][figure]
    let mut times = vec![vec![Vec::with_capacity(calls); names.len()]; 2];
    let rounds = 10;
    let mut flow = store.meeting_flow(m).unwrap();
    for round in 0..rounds {
        for (mode, times) in times.iter_mut().enumerate() {
            for i in 0..calls / rounds {
                let attendance = if i % 2 == 0 {
                    Attendance::Present
                } else {
                    Attendance::Apologies { info_sent: true }
                };
                if mode == 0 {
                    store.forget_flow_for_bench();
                }
                timed(&mut times[0], || {
                    flow = store
                        .set_attendance(m, who[i % who.len()], attendance, Utc::now())
                        .unwrap();
                });
                let prep = common::preparation(&format!("{round}.{i}"));
                if mode == 0 {
                    store.forget_flow_for_bench();
                }
                timed(&mut times[1], || {
                    flow = store.update_preparation(m, &prep, Utc::now()).unwrap();
                });
                timed(&mut times[2], || {
                    std::hint::black_box(flow.clone());
                });
                store.sync_witness().unwrap();
            }
        }
    }
    common::print_two_modes(
        "flow_cache",
        &names,
        ("cache", ["\"emptied\"", "\"kept\""]),
        &mut times,
        "p50_ratio_kept_vs_emptied",
    );
    store.close().unwrap();
}
