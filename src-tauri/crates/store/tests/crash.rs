#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Crash safety (R21: the store must survive the laptop's lid, a kill or a power cut of
//! the process). A child process (this test binary, re-run as `crash_writer_child`)
//! writes transactions through the real Store API in a loop and prints every id after its
//! transaction committed; the parent kills it with SIGKILL after a random delay, reopens
//! the store, runs `PRAGMA cipher_integrity_check`, `PRAGMA integrity_check` and the audit
//! verification, and checks that every id the child reported as committed is there.
//!
//! 50 runs by default; `CRASH_RUNS=200` for the benchmark run. The last line printed is a
//! JSON figure: `{"bench":"crash","runs":…,"survived":…}` (see with `-- --nocapture`).

mod common;
use common::*;
use domain::{MeetingId, Role};
use std::collections::{HashMap, HashSet};
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use store::{AuditVerdict, Store};

const CHILD_ENV: &str = "CRASH_CHILD_DIR";

/// The child: writes meetings, participants and items until it is killed. Does nothing
/// when run as an ordinary (ignored) test.
#[test]
#[ignore = "the crash test's child process; run by crash_safety_under_sigkill"]
fn crash_writer_child() {
    let Some(dir) = std::env::var_os(CHILD_ENV) else {
        return;
    };
    let mut store = Store::open(std::path::Path::new(&dir), PASS).unwrap();
    let mut out = std::io::stdout().lock();
    for n in 0u64.. {
        let m = store
            .create_meeting(&meeting_input(&format!("Crash {n}")), now())
            .unwrap();
        writeln!(out, "M {}", m.id).unwrap();
        out.flush().unwrap();
        let p = store
            .add_participant(m.id, &participant_input("Deelnemer", Role::CaseLead), now())
            .unwrap();
        writeln!(out, "P {} {}", m.id, p.id).unwrap();
        out.flush().unwrap();
        let i = store
            .add_item(m.id, &item_input(p.id, &format!("Inbreng {n}")), now())
            .unwrap();
        writeln!(out, "I {} {}", m.id, i.id).unwrap();
        out.flush().unwrap();
    }
}

/// xorshift: the delays are random, but a failing run can be repeated with its seed.
struct Rng(u64);
impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

/// What the child reported as committed: per meeting, its participant and item ids.
#[derive(Default)]
struct Reported {
    meetings: HashMap<String, (HashSet<String>, HashSet<String>)>,
    transactions: u64,
}

impl Reported {
    fn take(&mut self, line: &str) {
        let parts: Vec<&str> = line.split(' ').collect();
        match parts.as_slice() {
            ["M", m] => {
                self.meetings.entry((*m).to_owned()).or_default();
            }
            ["P", m, p] => {
                self.meetings
                    .entry((*m).to_owned())
                    .or_default()
                    .0
                    .insert((*p).to_owned());
            }
            ["I", m, i] => {
                self.meetings
                    .entry((*m).to_owned())
                    .or_default()
                    .1
                    .insert((*i).to_owned());
            }
            _ => return, // the test harness's own lines
        }
        self.transactions += 1;
    }
}

/// Every reported meeting, participant and item is in the store.
fn all_present(store: &Store, reported: &HashMap<String, (HashSet<String>, HashSet<String>)>) {
    for (m, (ps, is)) in reported {
        let id = MeetingId::from_uuid(uuid::Uuid::parse_str(m).unwrap());
        let d = store
            .meeting_detail(id)
            .unwrap_or_else(|e| panic!("meeting {m} was reported committed but is missing: {e}"));
        let have_p: HashSet<String> = d.participants.iter().map(|p| p.id.to_string()).collect();
        let have_i: HashSet<String> = d.items.iter().map(|i| i.id.to_string()).collect();
        assert!(ps.is_subset(&have_p), "participant of {m} lost");
        assert!(is.is_subset(&have_i), "item of {m} lost");
    }
}

#[test]
fn crash_safety_under_sigkill() {
    let runs: u32 = std::env::var("CRASH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(50);
    let seed = std::env::var("CRASH_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
                | 1
        });
    let mut rng = Rng(seed);
    let (dir, store) = new_store();
    store.close().unwrap();
    let exe = std::env::current_exe().unwrap();
    let started = Instant::now();
    let mut all = Reported::default();
    let mut survived = 0;
    for run in 0..runs {
        let mut child = Command::new(&exe)
            .args([
                "--exact",
                "crash_writer_child",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_ENV, dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
                .collect::<Vec<_>>()
        });
        // Opening takes ~0.1 s (key derivation): short delays kill it while it opens,
        // recovers the WAL or migrates; longer ones in the middle of the writes.
        std::thread::sleep(Duration::from_millis(20 + rng.below(480)));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        let mut this = Reported::default();
        for line in reader.join().unwrap() {
            // A line cut off by the kill was never completed, so never reported.
            this.take(&line);
        }

        let store = Store::open(dir.path(), PASS)
            .unwrap_or_else(|e| panic!("run {run} (seed {seed}): store does not open: {e}"));
        let integrity = store.integrity_check().unwrap();
        assert!(
            integrity.is_clean(),
            "run {run} (seed {seed}): {integrity:?}"
        );
        assert!(
            matches!(store.verify_audit().unwrap(), AuditVerdict::Intact { .. }),
            "run {run} (seed {seed}): audit chain broken"
        );
        all_present(&store, &this.meetings);
        store.close().unwrap();
        all.transactions += this.transactions;
        for (m, (ps, is)) in this.meetings {
            let e = all.meetings.entry(m).or_default();
            e.0.extend(ps);
            e.1.extend(is);
        }
        survived += 1;
    }
    let store = Store::open(dir.path(), PASS).unwrap();
    all_present(&store, &all.meetings);
    assert!(all.transactions > 0, "the child never committed anything");
    println!(
        "{{\"bench\":\"crash\",\"runs\":{runs},\"survived\":{survived},\"committed_transactions\":{},\"seconds\":{:.1},\"seed\":{seed}}}",
        all.transactions,
        started.elapsed().as_secs_f64()
    );
}
