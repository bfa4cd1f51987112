//! Casusoverleg's Tauri shell. It decides nothing: `commands` translates between the wire
//! (`dto`) and the `store`/`domain` crates; `messages` holds the back end's Dutch texts.

pub mod commands;
pub mod dto;
mod ipc;
pub mod messages;

use commands::AppState;
use std::path::PathBuf;
use tauri::Manager;

/// Environment variable that puts the store somewhere else (tests, portable use).
pub const DATA_DIR_ENV: &str = "CASUSOVERLEG_DATA_DIR";
/// Command-line argument with the same effect; wins over the environment variable.
pub const DATA_DIR_ARG: &str = "--data-dir";

/// Where the store lives: `--data-dir=<dir>` (or `--data-dir <dir>`), else
/// `$CASUSOVERLEG_DATA_DIR`, else the OS app-data dir (`None` here: ask Tauri).
pub fn data_dir_override(args: &[String], env: Option<String>) -> Option<PathBuf> {
    let prefix = format!("{DATA_DIR_ARG}=");
    let from_args = args.iter().enumerate().find_map(|(i, a)| {
        if let Some(v) = a.strip_prefix(&prefix) {
            Some(v.to_owned())
        } else if a == DATA_DIR_ARG {
            args.get(i + 1).cloned()
        } else {
            None
        }
    });
    from_args
        .or(env)
        .filter(|v| !v.trim().is_empty())
        .map(PathBuf::from)
}

/// Starts the app. Returns the error instead of panicking so `main` can exit cleanly.
pub fn run() -> Result<(), tauri::Error> {
    let args: Vec<String> = std::env::args().collect();
    let override_dir = data_dir_override(&args, std::env::var(DATA_DIR_ENV).ok());
    tauri::Builder::default()
        .setup(move |app| {
            let data_dir = match override_dir.clone() {
                Some(dir) => dir,
                None => app.path().app_data_dir()?,
            };
            app.manage(AppState::new(data_dir));
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            ipc::store_state,
            ipc::passphrase_hint,
            ipc::create_store,
            ipc::unlock,
            ipc::lock,
            ipc::list_meetings,
            ipc::create_meeting,
            ipc::get_meeting,
            ipc::add_participant,
            ipc::add_item,
        ])
        .build(tauri::generate_context!())?
        .run(|app, event| {
            if let tauri::RunEvent::Exit = event {
                // Close the store cleanly on quit: SQLCipher checkpoints the WAL into the
                // encrypted file and wipes its key (R21).
                if let Some(state) = app.try_state::<AppState>() {
                    let _ = commands::lock(&state);
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
}
