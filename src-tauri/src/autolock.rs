//! R21 auto-lock: a watcher thread asks the domain's idle policy every half second; it
//! warns the UI ahead of the lock (so unsaved input is not lost silently) and then closes
//! the store, which wipes SQLCipher's key, and tells the UI to show only the unlock screen.
//! Idle time counts suspend (`CLOCK_BOOTTIME`, see `hardening`); sleep and a screen lock
//! lock at once (`session_watch`).

use crate::commands::{self, AppState};
use domain::{IdleDecision, LockReason};
use std::time::Duration;
use tauri::{AppHandle, Emitter, Manager};

/// Event to the UI: the store locks in `secondsLeft` unless the chair does something.
pub const EVENT_WARNING: &str = "autolock-warning";
/// Event to the UI: the store was locked; drop all meeting data and show the unlock screen.
pub const EVENT_LOCKED: &str = "autolock-locked";

#[derive(Clone, serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct Warning {
    seconds_left: u64,
}

pub fn start(app: AppHandle) {
    std::thread::Builder::new()
        .name("autolock".into())
        .spawn(move || watch(app))
        .map(|_| ())
        .unwrap_or_else(|_| {
            // Without the watcher the store would never lock by itself: refuse to run on.
            eprintln!("Casusoverleg: automatische vergrendeling kon niet starten");
            std::process::exit(1);
        });
}

fn watch(app: AppHandle) {
    let mut warned = false;
    loop {
        std::thread::sleep(Duration::from_millis(500));
        let Some(state) = app.try_state::<AppState>() else {
            continue;
        };
        if !state.is_unlocked() {
            warned = false;
            continue;
        }
        match state.idle_policy().decide(state.idle_for()) {
            IdleDecision::Active => warned = false,
            IdleDecision::Warn { remaining } => {
                if !warned {
                    warned = true;
                    let _ = app.emit(
                        EVENT_WARNING,
                        Warning {
                            seconds_left: remaining.as_secs().max(1),
                        },
                    );
                }
            }
            IdleDecision::Lock => {
                warned = false;
                lock_now(&app, LockReason::Idle);
            }
        }
    }
}

/// Locks the store at once (idle, sleep, screen lock: R21) and tells the UI; the audit log
/// records why. Nothing happens when the store is already locked.
pub fn lock_now(app: &AppHandle, reason: LockReason) {
    let Some(state) = app.try_state::<AppState>() else {
        return;
    };
    if state.is_unlocked() {
        let _ = commands::lock_for(&state, reason);
        let _ = app.emit(EVENT_LOCKED, ());
    }
}
