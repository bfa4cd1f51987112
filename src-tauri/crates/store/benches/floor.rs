//! The per-command floor (issue 19 goal 2: every command p99 ≤ 4 ms, max ≤ 16 ms): what
//! every command pays besides its own work, on a real encrypted store. A read appends an
//! audit entry (NEN 7513: one commit, a WAL sync with `synchronous = FULL`), then the shell
//! moves the audit witness (R18 × R21, `Store::sync_witness`) after every command that
//! appended. Times per call, interleaved in rounds so the machine's noise hits each alike:
//! - `disk sync`: 4 KiB overwritten and `fdatasync`ed beside the store (the disk's own floor);
//! - `audit append`: `log_access` alone (one read's log entry, one commit);
//! - `witness`: after that entry, the old path (`sync_witness` + `flush_witness`: the
//!   files written before the answer) and the new (`sync_witness`: handed to the witness
//!   writer; the writer finishes untimed before the next call, as between two commands);
//! - `read floor`: the two together, what every read command pays, old and new;
//! - `add_item + witness`: a write command's store call and the witness after it, old
//!   and new (a new meeting every 100 items).
//!
//! Run: `cargo bench -p store --bench floor` (release). `FLOOR_CALLS=n` (default 1,000).
//! Prints a JSON line per figure (p50/p99/max, ms). Search with its audit on the big store:
//! `benches/search.rs`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use chrono::Utc;
use common::timed;
use domain::{Category, ItemInput, Kind, Role, SourceKind};
use std::os::unix::fs::FileExt;
use std::time::Duration;
use store::{AuditKind, Store};

mod common;

const PASS: &str = "benchmark-wachtwoord 2026";

fn new_meeting(store: &mut Store) -> (domain::MeetingId, domain::ParticipantId) {
    common::draft_with_contributor(
        store,
        "Gezin Vloer",
        "Meten wat elk commando vast kost",
        Role::CaseLead,
    )
}

fn main() {
    store::rely_on_wiping_heap();
    let calls = common::env_count("FLOOR_CALLS", 1_000);
    let work = tempfile::tempdir().unwrap();
    std::env::set_var(store::CONFIG_DIR_ENV, work.path().join("config"));
    let mut store = Store::create(&work.path().join("store"), PASS).unwrap();
    let (mut meeting, mut contributor) = new_meeting(&mut store);
    store.sync_witness().unwrap();
    let disk = work.path().join("disk-sync");
    let file = std::fs::File::create(&disk).unwrap();
    let page = [7u8; 4096];
    let names = [
        "disk sync (4 KiB + fdatasync)",
        "audit append (read log entry)",
        "witness, before the answer (old: sync + flush)",
        "witness, handed to its writer (new: sync)",
        "read floor, old (append + witness before the answer)",
        "read floor, new (append + witness handed off)",
    ];
    let names: Vec<&str> = names
        .into_iter()
        .chain(["add_item + witness, old", "add_item + witness, new"])
        .collect();
    let mut times: Vec<Vec<Duration>> = vec![Vec::with_capacity(calls); names.len()];
    let read = |store: &mut Store, m| {
        store
            .log_access(AuditKind::MeetingOpened, Some(m), Utc::now())
            .unwrap();
    };
    for i in 0..calls {
        timed(&mut times[0], || {
            file.write_all_at(&page, 0).unwrap();
            file.sync_data().unwrap();
        });
        timed(&mut times[1], || read(&mut store, meeting));
        timed(&mut times[2], || {
            store.sync_witness().unwrap();
            store.flush_witness().unwrap();
        });
        read(&mut store, meeting);
        timed(&mut times[3], || store.sync_witness().unwrap());
        // Untimed: the writer finishes before the next call, as between two commands.
        store.flush_witness().unwrap();
        timed(&mut times[4], || {
            read(&mut store, meeting);
            store.sync_witness().unwrap();
            store.flush_witness().unwrap();
        });
        timed(&mut times[5], || {
            read(&mut store, meeting);
            store.sync_witness().unwrap();
        });
        store.flush_witness().unwrap();
        // A live meeting's size: a new meeting every 100 items (each item rewrites its
        // meeting's search document, so the cost grows with the meeting).
        if i % 50 == 49 {
            (meeting, contributor) = new_meeting(&mut store);
        }
        let input = ItemInput {
            contributor,
            text: format!(
                "Gegeven {i}: de school meldt verzuim en zorgen over de thuissituatie; \
                 moeder zoekt steun bij de huisarts en het wijkteam, vader werkt veel."
            ),
            kind: Kind::Fact,
            category: Category::General,
            source: SourceKind::OwnObservation,
            source_detail: String::new(),
        };
        timed(&mut times[6], || {
            store.add_item(meeting, &input, Utc::now()).unwrap();
            store.sync_witness().unwrap();
            store.flush_witness().unwrap();
        });
        let input = ItemInput {
            text: format!("{} (2)", input.text),
            ..input
        };
        timed(&mut times[7], || {
            store.add_item(meeting, &input, Utc::now()).unwrap();
            store.sync_witness().unwrap();
        });
        store.flush_witness().unwrap();
    }
    for (name, t) in names.iter().zip(times.iter_mut()) {
        let (p50, p99, max) = common::summary(t);
        println!(
            "{{\"bench\":\"floor\",\"call\":\"{name}\",\"calls\":{calls},\"p50_ms\":{p50:.3},\"p99_ms\":{p99:.3},\"max_ms\":{max:.3}}}"
        );
    }
    store.close().unwrap();
}
