//! Where a command's time goes when it answers with the whole meeting (issue 19 goal 2).
//! Every change in the meeting answers with the meeting flow (`MeetingFlow`): the store
//! reloads it, the store builds its view (`FlowData::view`) and
//! the IPC writes it as JSON. This bench splits that cost on one finalized live meeting
//! (`common::live_meeting`: 12 participants, 4 family members, 50 items, the 50 × 11
//! release matrix) on a real encrypted store:
//! - the whole `get_meeting_flow` command (with its audit entry), JSON included;
//! - then, on the same store opened directly: the store's load, the conversion, and the
//!   JSON, interleaved per call;
//! - then, on a draft live meeting (`common::live_draft`): a release decision answered with
//!   the steps from the page the window holds (session 26) against one answered whole.
//!
//! Run: `cargo bench -p casusoverleg --bench flow_parts` (release). `FLOW_PARTS_CALLS=n`
//! (default 300). Prints JSON lines: p50/p99/max per part.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

mod common;

use casusoverleg_lib::commands;
use casusoverleg_lib::dto::{ReleaseChoice, ReleaseInput};
use casusoverleg_lib::state::AppState;
use std::time::{Duration, Instant};

const PASS: &str = "benchmark-wachtwoord 2026";

fn summary(name: &str, times: &mut [Duration]) {
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let at = |q: f64| times[((times.len() as f64 * q) as usize).min(times.len() - 1)];
    println!(
        "{{\"bench\":\"flow_parts\",\"part\":\"{name}\",\"calls\":{},\"p50_ms\":{:.3},\"p99_ms\":{:.3},\"max_ms\":{:.3}}}",
        times.len(),
        ms(at(0.5)),
        ms(at(0.99)),
        ms(times[times.len() - 1])
    );
}

fn main() {
    // Measure what ships: the app's wiping heap.
    casusoverleg_lib::heap::start_with_wiping_heap();
    let calls: usize = std::env::var("FLOW_PARTS_CALLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(300);
    let dir = tempfile::tempdir().unwrap();
    // The witness goes to the bench's own folder, never the user's.
    std::env::set_var(store::CONFIG_DIR_ENV, dir.path().join("config"));
    let path = dir.path().join("store");
    store::Store::create(&path, PASS).unwrap().close().unwrap();
    let state = AppState::new(path.clone());
    commands::lock::unlock(&state, PASS).unwrap();
    let mut ignore = |_: &'static str, _: Duration| {};
    let meeting = common::live_meeting(&state, 0, &mut common::Calls::new(&mut ignore));

    let mut whole = Vec::with_capacity(calls);
    for _ in 0..calls {
        let t = Instant::now();
        let flow = commands::meeting::get_meeting_flow(&state, &meeting.id).unwrap();
        std::hint::black_box(serde_json::to_vec(&flow).unwrap());
        whole.push(t.elapsed());
    }
    commands::lock::lock(&state).unwrap();

    let s = store::Store::open(&path, PASS).unwrap();
    let id = domain::MeetingId::from_uuid(uuid::Uuid::parse_str(&meeting.id).unwrap());
    let (mut load, mut convert, mut json) = (
        Vec::with_capacity(calls),
        Vec::with_capacity(calls),
        Vec::with_capacity(calls),
    );
    let mut bytes = 0;
    for _ in 0..calls {
        let t = Instant::now();
        let data = s.meeting_flow(id).unwrap();
        load.push(t.elapsed());
        let t = Instant::now();
        let flow = data.view();
        convert.push(t.elapsed());
        let t = Instant::now();
        let out = serde_json::to_vec(&flow).unwrap();
        json.push(t.elapsed());
        bytes = out.len();
    }
    s.close().unwrap();
    summary(
        "get_meeting_flow command (audit entry and JSON included)",
        &mut whole,
    );
    summary("store: load the meeting flow", &mut load);
    summary("store: FlowData::view (to the wire type)", &mut convert);
    summary("JSON of the answer", &mut json);
    println!("{{\"bench\":\"flow_parts\",\"part\":\"answer size\",\"bytes\":{bytes}}}");
    release_answers(calls);
}

/// Issue 19 (session 26): a release decision through the command, answered with the steps
/// from the page the window holds, or whole (the kept page forgotten first, as every
/// decision answered before). A draft live meeting on a fresh store; each call changes a
/// cell (kept in the meeting ↔ released for the recipient's action), in alternating rounds
/// of 25 calls per mode; the first call of a round with steps answers whole and is left
/// out. Time includes the JSON, as the IPC writes it.
fn release_answers(calls: usize) {
    let dir = tempfile::tempdir().unwrap();
    std::env::set_var(store::CONFIG_DIR_ENV, dir.path().join("config"));
    let path = dir.path().join("store");
    store::Store::create(&path, PASS).unwrap().close().unwrap();
    let state = AppState::new(path);
    commands::lock::unlock(&state, PASS).unwrap();
    let mut ignore = |_: &'static str, _: Duration| {};
    let draft = common::live_draft(&state, 0, &mut common::Calls::new(&mut ignore));
    // What live_draft decided: every third cell released.
    let mut released: Vec<bool> = (0..draft.cells.len()).map(|c| c % 3 == 0).collect();
    let (mut times, mut bytes) = ([Vec::new(), Vec::new()], [Vec::new(), Vec::new()]);
    let mut next = 0;
    while times[0].len() < calls || times[1].len() < calls {
        for steps in [true, false] {
            for k in 0..26 {
                let c = next % draft.cells.len();
                next += 1;
                let (item, who, action) = &draft.cells[c];
                released[c] = !released[c];
                let choice = if released[c] {
                    ReleaseChoice::Release {
                        action_id: action.clone(),
                        motivation: "Nodig voor de afspraak".into(),
                    }
                } else {
                    ReleaseChoice::Stays
                };
                if !steps {
                    state.forget_sent_page();
                }
                let t = Instant::now();
                let answer = commands::releases::decide_release(
                    &state,
                    ReleaseInput {
                        meeting_id: draft.id.clone(),
                        item_id: item.clone(),
                        recipient_id: who.clone(),
                        choice: choice.into(),
                    },
                )
                .unwrap();
                let json = serde_json::to_vec(&answer).unwrap();
                let took = t.elapsed();
                if k > 0 {
                    times[usize::from(!steps)].push(took);
                    bytes[usize::from(!steps)].push(json.len());
                }
            }
        }
    }
    for (mode, name) in [(0, "steps"), (1, "whole")] {
        summary(
            &format!("decide_release command, answered {name} (JSON included)"),
            &mut times[mode],
        );
        bytes[mode].sort_unstable();
        println!(
            "{{\"bench\":\"flow_parts\",\"part\":\"decide_release answer size, {name}\",\"answer_bytes_p50\":{},\"answer_bytes_max\":{}}}",
            bytes[mode][bytes[mode].len() / 2],
            bytes[mode][bytes[mode].len() - 1]
        );
    }
}
