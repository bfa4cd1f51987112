//! The chair's display preferences: the theme (light or high contrast) and whether the
//! data-minimisation hints run while typing. No personal data, and needed before the store
//! is unlocked (the unlock screen's contrast), so they live in a small file beside the
//! store (`ui-prefs.json`, 0600) rather than in the encrypted database. Not in WebKit's
//! local storage either: the web view runs without persistent storage (R21).

use crate::files::{create_private_dir, replace_private_file};
use crate::StoreError;
use std::path::Path;

/// The file in the data directory.
pub const UI_PREFS_FILE: &str = "ui-prefs.json";

/// The colour theme. Its serde name is its wire name (and the UI's class suffix).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum Theme {
    #[default]
    Light,
    HighContrast,
}

/// The display preferences; a missing or unreadable file gives the defaults.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct UiPrefs {
    pub theme: Theme,
    /// Data-minimisation hints while typing an item (on unless turned off).
    pub hints: bool,
}

impl Default for UiPrefs {
    fn default() -> Self {
        Self {
            theme: Theme::Light,
            hints: true,
        }
    }
}

/// The preferences in `data_dir`, or the defaults.
pub fn read_ui_prefs(data_dir: &Path) -> UiPrefs {
    std::fs::read(data_dir.join(UI_PREFS_FILE))
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .unwrap_or_default()
}

/// Keeps `prefs` in `data_dir` (created 0700 when missing, before any store exists).
pub fn write_ui_prefs(data_dir: &Path, prefs: UiPrefs) -> Result<(), StoreError> {
    create_private_dir(data_dir)?;
    let bytes = serde_json::to_vec(&prefs).map_err(|_| StoreError::Corrupt("ui prefs"))?;
    replace_private_file(&data_dir.join(UI_PREFS_FILE), &bytes)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn r21_display_preferences_persist_beside_the_store_and_default_when_missing() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(read_ui_prefs(dir.path()), UiPrefs::default());
        let chosen = UiPrefs {
            theme: Theme::HighContrast,
            hints: false,
        };
        write_ui_prefs(dir.path(), chosen).unwrap();
        assert_eq!(read_ui_prefs(dir.path()), chosen);
        let text = std::fs::read_to_string(dir.path().join(UI_PREFS_FILE)).unwrap();
        assert_eq!(text, r#"{"theme":"high-contrast","hints":false}"#);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join(UI_PREFS_FILE))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        // A damaged file is not an error: the defaults hold.
        std::fs::write(dir.path().join(UI_PREFS_FILE), b"{kapot").unwrap();
        assert_eq!(read_ui_prefs(dir.path()), UiPrefs::default());
    }
}
