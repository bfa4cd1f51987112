//! Casusoverleg's Tauri shell. It decides nothing: every command is declared once, with
//! its body, in `ipc` (grouped by the chair's work), translating between the wire (`dto`)
//! and the `store`/`domain` crates; `messages` turns domain errors into the Dutch texts of
//! the `texts` crate; `save` writes the files the chair takes out; `autolock` and
//! `destroyer` run beside the window.

mod autolock;
pub mod commands;
mod destroyer;
pub mod dto;
pub mod ipc;
pub mod messages;
pub mod save;
pub mod state;

/// R21: what the app asks of the operating system (its own crate, shared with `casus`).
pub use ::hardening::{self, session_watch};
pub mod heap;

use state::AppState;
use std::path::PathBuf;
use tauri::Manager;

/// Environment variable that puts the store somewhere else (tests, portable use); shared
/// with the admin tool `casus` through the store crate.
pub const DATA_DIR_ENV: &str = store::DATA_DIR_ENV;
/// Command-line argument with the same effect; wins over the environment variable.
pub const DATA_DIR_ARG: &str = store::DATA_DIR_ARG;

/// Environment variable that fixes the folder documents are saved in, without dialogs or
/// viewer (tests, scripted printing; R14).
pub const EXPORT_DIR_ENV: &str = "CASUSOVERLEG_EXPORT_DIR";
/// Command-line argument with the same effect; wins over the environment variable.
pub const EXPORT_DIR_ARG: &str = "--export-dir";

/// Environment variable with the idle time in seconds before the store locks (R21).
pub const IDLE_SECONDS_ENV: &str = "CASUSOVERLEG_IDLE_SECONDS";
/// Command-line argument with the same effect; wins over the environment variable.
pub const IDLE_SECONDS_ARG: &str = "--idle-seconds";

/// Environment variable: `keep` keeps the web view's process on a lock (the e2e suite,
/// because WebDriver ends its session when the page's process ends); anything else, or
/// nothing, ends it (R21, the default).
pub const WEB_PROCESS_ON_LOCK_ENV: &str = "CASUSOVERLEG_WEB_PROCESS_ON_LOCK";
/// Command-line argument with the same effect; wins over the environment variable.
pub const WEB_PROCESS_ON_LOCK_ARG: &str = "--web-process-on-lock";

/// Tauri's switch for WebDriver (set by tauri-driver): WebKit allows automation only on
/// a persistent web context.
pub const WEBVIEW_AUTOMATION_ENV: &str = "TAURI_WEBVIEW_AUTOMATION";

/// R21: the web view keeps no website data on disk (WebKit's ephemeral context: no cache,
/// local storage or other website data under the user's folders), except when driven by
/// WebDriver, which WebKit allows only on a persistent context.
pub fn web_view_incognito(automation: Option<String>) -> bool {
    automation.as_deref() != Some("true")
}

/// Whether a lock ends the web view's process (R21): yes unless `keep` is asked for.
pub fn end_web_process_on_lock(args: &[String], env: Option<String>) -> bool {
    arg_or_env(args, WEB_PROCESS_ON_LOCK_ARG, env).as_deref() != Some("keep")
}

/// The value of `--name=<v>` or `--name <v>` in `args`, else `env`; blank counts as absent.
fn arg_or_env(args: &[String], name: &str, env: Option<String>) -> Option<String> {
    let prefix = format!("{name}=");
    let from_args = args.iter().enumerate().find_map(|(i, a)| {
        if let Some(v) = a.strip_prefix(&prefix) {
            Some(v.to_owned())
        } else if a == name {
            args.get(i + 1).cloned()
        } else {
            None
        }
    });
    from_args.or(env).filter(|v| !v.trim().is_empty())
}

/// Where the store lives: `--data-dir=<dir>` (or `--data-dir <dir>`), else
/// `$CASUSOVERLEG_DATA_DIR`, else the OS app-data dir (`None` here:
/// [`store::default_data_dir`], as for `casus`).
pub fn data_dir_override(args: &[String], env: Option<String>) -> Option<PathBuf> {
    arg_or_env(args, DATA_DIR_ARG, env).map(PathBuf::from)
}

/// The idle policy (R21): `--idle-seconds=<n>`, else `$CASUSOVERLEG_IDLE_SECONDS`, else
/// the default of 5 minutes; an unreadable value also gives the default.
pub fn idle_policy(args: &[String], env: Option<String>) -> domain::IdlePolicy {
    idle_override(args, env).unwrap_or_default()
}

/// The idle policy from `--idle-seconds`/`$CASUSOVERLEG_IDLE_SECONDS`, if given; it wins
/// over the chair's setting (the e2e tests need seconds).
pub fn idle_override(args: &[String], env: Option<String>) -> Option<domain::IdlePolicy> {
    arg_or_env(args, IDLE_SECONDS_ARG, env)
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map(|s| domain::IdlePolicy::new(std::time::Duration::from_secs(s)))
}

pub use ipc::invoke_handler;

/// Starts the app. Returns the error instead of panicking so `main` can exit cleanly.
pub fn run() -> Result<(), tauri::Error> {
    // R21: no core dump of this process or the WebKit processes it starts. A refusal (an
    // unusual sandbox) is not fatal: the store is still encrypted at rest.
    let _ = hardening::disable_core_dumps();
    let args: Vec<String> = std::env::args().collect();
    let override_dir = data_dir_override(&args, std::env::var(DATA_DIR_ENV).ok());
    let export_dir =
        arg_or_env(&args, EXPORT_DIR_ARG, std::env::var(EXPORT_DIR_ENV).ok()).map(PathBuf::from);
    let idle = idle_override(&args, std::env::var(IDLE_SECONDS_ENV).ok());
    let end_web_process =
        end_web_process_on_lock(&args, std::env::var(WEB_PROCESS_ON_LOCK_ENV).ok());
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .manage(save::ExportDir(export_dir))
        .setup(move |app| {
            let data_dir = match override_dir.clone() {
                Some(dir) => dir,
                // The same default as the admin tool `casus` (store::paths); Tauri's
                // `app_data_dir()` gives the same path for our identifier.
                None => store::default_data_dir().ok_or(tauri::Error::UnknownPath)?,
            };
            let state = AppState::with_idle_override(data_dir, idle);
            if end_web_process {
                let handle = app.handle().clone();
                state.set_on_lock(move |reason| autolock::end_web_process(&handle, reason));
            }
            app.manage(state);
            // The main window (tauri.conf.json, `create: false`), built here so that it
            // runs without persistent website data (R21).
            let incognito = web_view_incognito(std::env::var(WEBVIEW_AUTOMATION_ENV).ok());
            heap::web_processes_on_their_own_allocator();
            for config in app.config().app.windows.clone() {
                tauri::WebviewWindowBuilder::from_config(app.handle(), &config)?
                    .incognito(incognito)
                    .build()?;
            }
            autolock::reload_on_web_process_end(app.handle());
            autolock::start(app.handle().clone());
            destroyer::start(app.handle().clone());
            let handle = app.handle().clone();
            session_watch::start(
                std::env::var(session_watch::DBUS_ADDRESS_ENV).ok(),
                move |reason| autolock::lock_now(&handle, reason),
            );
            Ok(())
        })
        .invoke_handler(invoke_handler())
        .build(tauri::generate_context!())?
        .run(|app, event| {
            if let tauri::RunEvent::Exit = event {
                // Close the store cleanly on quit: SQLCipher checkpoints the WAL into the
                // encrypted file and wipes its key (R21).
                if let Some(state) = app.try_state::<AppState>() {
                    let _ = commands::lock::lock(&state);
                }
            }
        });
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn data_dir_argument_wins_over_environment() {
        assert_eq!(
            data_dir_override(&args(&["app", "--data-dir=/tmp/a"]), Some("/tmp/b".into())),
            Some(PathBuf::from("/tmp/a"))
        );
        assert_eq!(
            data_dir_override(&args(&["app", "--data-dir", "/tmp/c"]), None),
            Some(PathBuf::from("/tmp/c"))
        );
        assert_eq!(
            data_dir_override(&args(&["app"]), Some("/tmp/b".into())),
            Some(PathBuf::from("/tmp/b"))
        );
        assert_eq!(data_dir_override(&args(&["app"]), Some(" ".into())), None);
        assert_eq!(data_dir_override(&args(&["app"]), None), None);
    }

    #[test]
    fn r21_a_lock_ends_the_web_process_unless_keep_is_asked_for() {
        assert!(end_web_process_on_lock(&args(&["app"]), None));
        assert!(end_web_process_on_lock(&args(&["app"]), Some("end".into())));
        assert!(!end_web_process_on_lock(
            &args(&["app"]),
            Some("keep".into())
        ));
        assert!(end_web_process_on_lock(
            &args(&["app", "--web-process-on-lock=end"]),
            Some("keep".into())
        ));
    }

    #[test]
    fn r21_the_web_view_is_incognito_unless_webdriver_drives_it() {
        assert!(web_view_incognito(None));
        assert!(web_view_incognito(Some("false".into())));
        assert!(!web_view_incognito(Some("true".into())));
        let conf: serde_json::Value =
            serde_json::from_str(include_str!("../tauri.conf.json")).unwrap();
        assert_eq!(
            conf["app"]["windows"][0]["create"], false,
            "the window is built in setup, with incognito"
        );
    }

    #[test]
    fn shared_data_dir_default_is_named_after_the_tauri_identifier() {
        let conf: serde_json::Value =
            serde_json::from_str(include_str!("../tauri.conf.json")).unwrap();
        assert_eq!(conf["identifier"], store::APP_IDENTIFIER);
    }

    #[test]
    fn r21_idle_time_comes_from_argument_or_environment_else_five_minutes() {
        use std::time::Duration;
        assert_eq!(
            idle_policy(&args(&["app", "--idle-seconds=3"]), Some("60".into())).timeout(),
            Duration::from_secs(3)
        );
        assert_eq!(
            idle_policy(&args(&["app"]), Some("60".into())).timeout(),
            Duration::from_secs(60)
        );
        assert_eq!(
            idle_policy(&args(&["app"]), Some("abc".into())).timeout(),
            Duration::from_secs(300)
        );
        assert_eq!(
            idle_policy(&args(&["app"]), None).timeout(),
            Duration::from_secs(300)
        );
    }
}
