//! R21 auto-lock: a watcher thread asks the domain's idle policy every half second; it
//! warns the UI ahead of the lock (so unsaved input is not lost silently) and then closes
//! the store, which wipes SQLCipher's key, and tells the UI to show only the unlock screen.
//! Idle time counts suspend (`CLOCK_BOOTTIME`, see `hardening`); sleep and a screen lock
//! lock at once (`session_watch`).

use crate::commands;
use crate::state::AppState;
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

/// The store was locked; `resumes`: the chair's place in a meeting was kept (R21), so the
/// lock screen says the unlock goes back to it.
#[derive(Clone, serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct Locked {
    resumes: bool,
}

pub fn start(app: AppHandle) {
    std::thread::Builder::new()
        .name("autolock".into())
        .spawn(move || watch(app))
        .map(|_| ())
        .unwrap_or_else(|_| {
            // Without the watcher the store would never lock by itself: refuse to run on.
            eprintln!("{}", texts::errors::AUTOLOCK_FAILED);
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

/// Why the last lock happened, for the page that the fresh web process loads.
static LAST_LOCK: parking_lot::Mutex<Option<LockReason>> = parking_lot::Mutex::new(None);

/// R21: once at start: when the web view's process ends (after a lock, or a crash), the
/// page is loaded again in a fresh process, on the unlock screen, told why it was locked.
pub fn reload_on_web_process_end(app: &AppHandle) {
    let Some(window) = app.get_webview_window("main") else {
        return;
    };
    #[cfg(target_os = "linux")]
    {
        let _ = window.with_webview(|webview| {
            use webkit2gtk::WebViewExt;
            webview
                .inner()
                .connect_web_process_terminated(|view, _reason| {
                    let reason = *LAST_LOCK.lock();
                    let Some(mut url) = view.uri().and_then(|u| tauri::Url::parse(u.as_str()).ok())
                    else {
                        view.reload();
                        return;
                    };
                    url.set_fragment(None);
                    match reason {
                        Some(r) => url.set_query(Some(&format!("vergrendeld={}", r.code()))),
                        None => url.set_query(None),
                    }
                    view.load_uri(url.as_str());
                });
        });
    }
    #[cfg(not(target_os = "linux"))]
    let _ = window;
}

/// R21: ends the web view's process, so nothing of the session's JavaScript heap (typed
/// passphrase, names, item texts) survives the lock; [`reload_on_web_process_end`] opens
/// the page again in a fresh one. The window stays.
pub fn end_web_process(app: &AppHandle, reason: LockReason) {
    *LAST_LOCK.lock() = Some(reason);
    let Some(window) = app.get_webview_window("main") else {
        return;
    };
    #[cfg(target_os = "linux")]
    {
        let _ = window.with_webview(|webview| {
            use webkit2gtk::WebViewExt;
            webview.inner().terminate_web_process();
        });
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = window.reload();
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
        let _ = app.emit(
            EVENT_LOCKED,
            Locked {
                resumes: state.has_place(),
            },
        );
    }
}
