#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! R21 and NEN 7513 through the command layer: the store locks at once on sleep and on a
//! screen lock (signals on a private D-Bus, started here), idle time counts suspend, core
//! dumps are off, and reads and session events reach the audit log with ids and kinds only.

use casusoverleg_lib::commands;
use casusoverleg_lib::hardening;
use casusoverleg_lib::session_watch::{self, Bus};
use casusoverleg_lib::state::AppState;
use serde_json::json;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};
use store::{AuditFilter, Store};

const PASS: &str = "een lang genoeg wachtwoord";

fn unlocked() -> (tempfile::TempDir, Arc<AppState>) {
    let dir = tempfile::tempdir().unwrap();
    let state = AppState::new(dir.path().to_path_buf());
    commands::lock::create_store(&state, PASS, PASS).unwrap();
    (dir, Arc::new(state))
}

/// The audit kinds of the store, read after locking (as `casus log` does).
fn kinds(dir: &std::path::Path, filter: AuditFilter) -> Vec<String> {
    let store = Store::open(dir, PASS).unwrap();
    let kinds = store
        .audit_entries(&filter)
        .unwrap()
        .into_iter()
        .map(|e| e.kind)
        .collect();
    store.close().unwrap();
    kinds
}

/// A private bus, ended when dropped.
struct PrivateBus {
    child: Child,
    address: String,
    _dir: tempfile::TempDir,
}

impl PrivateBus {
    fn start() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let mut child = Command::new("dbus-daemon")
            .arg("--session")
            .arg("--nofork")
            .arg("--print-address")
            .arg(format!(
                "--address=unix:path={}",
                dir.path().join("bus").display()
            ))
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("dbus-daemon is installed (Debian package dbus-daemon)");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        Self {
            child,
            address: line.trim().to_owned(),
            _dir: dir,
        }
    }

    fn emit(&self, path: &str, interface: &str, member: &str, arg: Option<bool>) {
        let conn = zbus::blocking::connection::Builder::address(self.address.as_str())
            .unwrap()
            .build()
            .unwrap();
        match arg {
            Some(b) => conn.emit_signal(None::<&str>, path, interface, member, &b),
            None => conn.emit_signal(None::<&str>, path, interface, member, &()),
        }
        .unwrap();
    }
}

impl Drop for PrivateBus {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn wait_until(what: impl Fn() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(5) {
        if what() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    false
}

/// Listens on both "buses" (the private one) and locks `state` as the app does.
fn watch(bus: &PrivateBus, state: &Arc<AppState>) {
    for which in [Bus::System, Bus::Session] {
        let sub = session_watch::subscribe(which, Some(&bus.address)).unwrap();
        let state = Arc::clone(state);
        std::thread::spawn(move || {
            sub.run(|reason| {
                let _ = commands::lock_for(&state, reason);
            })
        });
    }
}

#[test]
fn r21_sleep_screen_lock_and_screensaver_lock_the_store_at_once_with_the_reason_logged() {
    let bus = PrivateBus::start();
    let cases: [(&str, &str, &str, Option<bool>, &str); 4] = [
        (
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            Some(true),
            "locked_sleep",
        ),
        (
            "/org/freedesktop/login1/session/_32",
            "org.freedesktop.login1.Session",
            "Lock",
            None,
            "locked_screen",
        ),
        (
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver",
            "ActiveChanged",
            Some(true),
            "locked_screen",
        ),
        (
            "/org/gnome/ScreenSaver",
            "org.gnome.ScreenSaver",
            "ActiveChanged",
            Some(true),
            "locked_screen",
        ),
    ];
    for (path, interface, member, arg, code) in cases {
        let (dir, state) = unlocked();
        watch(&bus, &state);
        // Waking up and the screensaver ending change nothing.
        bus.emit(
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            Some(false),
        );
        bus.emit(
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver",
            "ActiveChanged",
            Some(false),
        );
        std::thread::sleep(Duration::from_millis(300));
        assert!(state.is_unlocked(), "{member}({arg:?}) must not lock");
        bus.emit(path, interface, member, arg);
        assert!(
            wait_until(|| !state.is_unlocked()),
            "{interface}.{member} did not lock the store"
        );
        let log = kinds(dir.path(), AuditFilter::default());
        assert_eq!(log.last().map(String::as_str), Some(code), "{log:?}");
    }
}

#[test]
fn r21_a_missing_bus_is_no_crash_and_the_store_stays_usable() {
    let (_dir, state) = unlocked();
    assert!(session_watch::subscribe(Bus::System, Some("unix:path=/nonexistent/bus")).is_err());
    let s = Arc::clone(&state);
    session_watch::start(Some("unix:path=/nonexistent/bus".into()), move |r| {
        let _ = commands::lock_for(&s, r);
    });
    std::thread::sleep(Duration::from_millis(200));
    assert!(state.is_unlocked());
    assert!(commands::meeting::list_meetings(&state).is_ok());
}

#[test]
fn r21_idle_time_counts_suspend() {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NOW: AtomicU64 = AtomicU64::new(1_000);
    fn fake() -> Duration {
        Duration::from_secs(NOW.load(Ordering::SeqCst))
    }
    let state = AppState::new(std::env::temp_dir()).with_clock(fake);
    state.touch();
    // Idle 2 minutes, the lid closed for 8 hours: the clock that counts suspend jumps.
    NOW.fetch_add(120 + 8 * 3600, Ordering::SeqCst);
    assert_eq!(state.idle_for(), Duration::from_secs(120 + 8 * 3600));
    assert_eq!(
        state.idle_policy().decide(state.idle_for()),
        domain::IdleDecision::Lock
    );
    // The real clock is CLOCK_BOOTTIME (counts suspend), not CLOCK_MONOTONIC.
    let boot = rustix::time::clock_gettime(rustix::time::ClockId::Boottime);
    let ours = hardening::boot_time();
    assert!(ours.as_secs().abs_diff(u64::try_from(boot.tv_sec).unwrap()) <= 1);
}

#[test]
fn r21_core_dumps_are_off_for_the_app_and_what_it_starts() {
    hardening::disable_core_dumps().unwrap();
    let limits = std::fs::read_to_string("/proc/self/limits").unwrap();
    let core = limits
        .lines()
        .find(|l| l.starts_with("Max core file size"))
        .unwrap();
    assert_eq!(core.split_whitespace().nth(4), Some("0"), "{core}");
    assert_eq!(core.split_whitespace().nth(5), Some("0"), "{core}");
    // Inherited by a child process (as WebKit's processes are started).
    let child = Command::new("cat")
        .arg("/proc/self/limits")
        .output()
        .unwrap();
    let child = String::from_utf8(child.stdout).unwrap();
    let core = child
        .lines()
        .find(|l| l.starts_with("Max core file size"))
        .unwrap();
    assert_eq!(core.split_whitespace().nth(4), Some("0"), "{core}");
    assert_eq!(
        rustix::process::dumpable_behavior().unwrap(),
        rustix::process::DumpableBehavior::NotDumpable
    );
}

#[test]
fn nen7513_unlocks_failed_unlocks_locks_and_reads_are_logged_without_text() {
    let (dir, state) = unlocked();
    let m = commands::meeting::create_meeting(
        &state,
        serde_json::from_value::<casusoverleg_lib::dto::NewMeeting>(
            json!({"caseLabel": "Gezin Zoekwoord", "date": "2026-11-24",
            "purpose": "Hulp afstemmen", "familyAbsenceReason": "Moeder praat eerst zelf."}),
        )
        .unwrap(),
    )
    .unwrap()
    .id;
    commands::lock::lock(&state).unwrap();
    assert!(commands::lock::unlock(&state, "fout wachtwoord 1").is_err());
    assert!(commands::lock::unlock(&state, "fout wachtwoord 2").is_err());
    commands::lock::unlock(&state, PASS).unwrap();
    commands::meeting::get_meeting_flow(&state, &m).unwrap();
    commands::meeting::get_presentation(&state, &m).unwrap();
    commands::meeting::search_meetings(&state, "Zoekwoord").unwrap();
    let item = uuid::Uuid::now_v7().to_string();
    let _ = commands::items::item_history(&state, &m, &item);
    casusoverleg_lib::commands::rights::list_rights_requests(&state).unwrap();
    casusoverleg_lib::commands::reports::list_breaches(&state).unwrap();
    commands::lock::lock(&state).unwrap();

    let log = kinds(dir.path(), AuditFilter::default());
    let tail: Vec<&str> = log.iter().map(String::as_str).skip(2).collect();
    assert_eq!(
        tail,
        [
            "locked_by_hand",
            "unlock_failed",
            "unlock_failed",
            "unlocked",
            "meeting_opened",
            "presentation_opened",
            "search_run",
            "rights_register_viewed",
            "breach_viewed",
            "locked_by_hand",
        ],
        "{log:?}"
    );
    // Filtered by meeting: only its own entries.
    let meeting = domain::MeetingId::from_uuid(uuid::Uuid::parse_str(&m).unwrap());
    assert_eq!(
        kinds(
            dir.path(),
            AuditFilter {
                meeting: Some(meeting),
                ..AuditFilter::default()
            }
        ),
        ["meeting_created", "meeting_opened", "presentation_opened"]
    );
    // No search text, name or passphrase anywhere in the log.
    let store = Store::open(dir.path(), PASS).unwrap();
    for e in store.audit_entries(&AuditFilter::default()).unwrap() {
        let all = format!("{e:?}");
        for secret in ["Zoekwoord", "fout wachtwoord", PASS] {
            assert!(!all.contains(secret), "{all}");
        }
    }
    store.close().unwrap();
}
