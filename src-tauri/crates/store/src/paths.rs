//! Where the store lives: shared by the app and the admin tool `casus`, so both find the
//! same file without copying the rule.

use std::path::PathBuf;

/// The app's identifier (`tauri.conf.json` → `identifier`); the default data directory is
/// named after it, as Tauri's `app_data_dir()` does (`dirs::data_dir()/<identifier>`).
pub const APP_IDENTIFIER: &str = "nl.casusoverleg.app";

/// Environment variable that puts the store somewhere else (tests, portable use).
pub const DATA_DIR_ENV: &str = "CASUSOVERLEG_DATA_DIR";

/// Command-line argument with the same effect; wins over the environment variable.
pub const DATA_DIR_ARG: &str = "--data-dir";

/// The OS data directory of the app: `~/.local/share/nl.casusoverleg.app` on Linux,
/// `%APPDATA%\nl.casusoverleg.app` on Windows, `~/Library/Application Support/…` on macOS.
/// `None` when the OS has no such directory (no home directory).
pub fn default_data_dir() -> Option<PathBuf> {
    dirs::data_dir().map(|d| d.join(APP_IDENTIFIER))
}

/// The data directory: an explicit one (argument), else `$CASUSOVERLEG_DATA_DIR` (`env`),
/// else [`default_data_dir`]. Blank values count as absent.
pub fn resolve_data_dir(explicit: Option<PathBuf>, env: Option<String>) -> Option<PathBuf> {
    explicit
        .filter(|p| !p.as_os_str().is_empty())
        .or_else(|| env.filter(|v| !v.trim().is_empty()).map(PathBuf::from))
        .or_else(default_data_dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explicit_wins_over_environment_wins_over_default() {
        assert_eq!(
            resolve_data_dir(Some("/tmp/a".into()), Some("/tmp/b".into())),
            Some(PathBuf::from("/tmp/a"))
        );
        assert_eq!(
            resolve_data_dir(None, Some("/tmp/b".into())),
            Some(PathBuf::from("/tmp/b"))
        );
        assert_eq!(resolve_data_dir(None, Some(" ".into())), default_data_dir());
        assert!(default_data_dir().is_none_or(|d| d.ends_with(APP_IDENTIFIER)));
    }
}
