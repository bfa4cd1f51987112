//! Saving files the chair takes out of the app (R14 documents, R17 access report, R19/R20
//! reports, exports): where a file goes, the audit entry first, then the write.
//!
//! No path ever comes from the webview: the chair picks the place in a native dialog. For
//! tests and scripted use, `--export-dir=<dir>` (or `CASUSOVERLEG_EXPORT_DIR`) fixes the
//! folder and turns the dialogs and the viewer off (engineering §1: native dialogs are out of
//! WebDriver's reach). Files are written next to their final name and renamed into place,
//! never through a temp dir; nothing is written after a lock, nothing unaudited (R18, R21).

use crate::dto::ApiError;
use crate::dto::SavedDocuments;
use crate::state::AppState;
use std::path::{Path, PathBuf};
use tauri::{AppHandle, Manager, Runtime};
use texts::documents;
use texts::errors::{NO_DIALOG, SAVE_FAILED};

/// Where a file goes: the fixed export dir, else a native save dialog with `title`
/// (`None`: cancelled).
pub(crate) fn target<R: Runtime>(
    app: &AppHandle<R>,
    name: &str,
    title: &str,
    filter: (&str, &str),
) -> Result<Option<PathBuf>, ApiError> {
    if let Some(dir) = fixed_dir(app) {
        return Ok(Some(dir.join(name)));
    }
    let picked = dialog(app)?
        .file()
        .set_title(title)
        .set_file_name(name)
        .add_filter(filter.0, &[filter.1])
        .blocking_save_file();
    Ok(picked.and_then(|p| p.into_path().ok()))
}

/// One file: the fixed export dir, else a native save dialog (cancelled: nothing written);
/// then still unlocked, audited first, then written (R18, R21).
pub(crate) fn one_file<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    audit: impl FnOnce(&mut store::Store) -> Result<(), store::StoreError>,
    name: String,
    filter: (&str, &str),
    bytes: &[u8],
) -> Result<SavedDocuments, ApiError> {
    let path = target(app, &name, documents::SAVE_FILE, filter)?;
    written(state, audit, path, name, bytes)
}

/// R14: one PDF document, saved like [`one_file`] and, when the chair picked the place
/// in the dialog, opened in the system viewer for printing.
pub(crate) fn document<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    audit: impl FnOnce(&mut store::Store) -> Result<(), store::StoreError>,
    name: String,
    bytes: &[u8],
) -> Result<SavedDocuments, ApiError> {
    let path = target(app, &name, documents::SAVE_DOCUMENT, ("PDF", "pdf"))?;
    let picked = path.clone().filter(|_| fixed_dir(app).is_none());
    let saved = written(state, audit, path, name, bytes)?;
    if let Some(path) = picked {
        open_in_viewer(app, &path);
    }
    Ok(saved)
}

/// `bytes` written to `path` (still unlocked, audited first); `None`: cancelled.
fn written(
    state: &AppState,
    audit: impl FnOnce(&mut store::Store) -> Result<(), store::StoreError>,
    path: Option<PathBuf>,
    name: String,
    bytes: &[u8],
) -> Result<SavedDocuments, ApiError> {
    let Some(path) = path else {
        return Ok(SavedDocuments::cancelled());
    };
    audit_then_write(state, audit, || write_file(&path, bytes))?;
    Ok(SavedDocuments {
        cancelled: false,
        directory: path.parent().map(display),
        files: vec![name],
    })
}

/// The folder fixed by `--export-dir` / `CASUSOVERLEG_EXPORT_DIR`, if any.
#[derive(Debug, Clone, Default)]
pub struct ExportDir(pub Option<PathBuf>);

/// Writes `bytes` to `path` through a fresh `.part` file beside it and a rename, so a crash
/// never leaves half a PDF under the final name (R21: 0600, never through a symlink;
/// [`store::save_private_file`], the store's one way to write a private file).
pub(crate) fn write_file(path: &Path, bytes: &[u8]) -> Result<(), ApiError> {
    store::save_private_file(path, bytes).map_err(|_| ApiError::new("save_failed", SAVE_FAILED))
}

pub(crate) fn fixed_dir<R: Runtime>(app: &AppHandle<R>) -> Option<PathBuf> {
    app.try_state::<ExportDir>().and_then(|d| d.0.clone())
}

pub(crate) fn display(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

/// After a dialog: the store must still be unlocked (a lock may have fired while the
/// dialog was open), then the audit entry is written, and only then `write` runs (R18,
/// R21: nothing is written after a lock, nothing unaudited).
pub(crate) fn audit_then_write(
    state: &AppState,
    audit: impl FnOnce(&mut store::Store) -> Result<(), store::StoreError>,
    write: impl FnOnce() -> Result<(), ApiError>,
) -> Result<(), ApiError> {
    if !state.is_unlocked() {
        return Err(ApiError::new(
            "locked_during_dialog",
            texts::errors::LOCKED_DURING_DIALOG,
        ));
    }
    state.with_store(audit)?;
    write()
}

pub(crate) fn dialog<R: Runtime>(
    app: &AppHandle<R>,
) -> Result<tauri::State<'_, tauri_plugin_dialog::Dialog<R>>, ApiError> {
    app.try_state::<tauri_plugin_dialog::Dialog<R>>()
        .ok_or_else(|| ApiError::new("no_dialog", NO_DIALOG))
}

/// Issue 17 point 9: a file the chair picks to read (the web view never names a path):
/// `name` in the fixed export dir, else the system's dialog with `pick`'s title and filter
/// (`None`: cancelled).
pub(crate) fn file_to_read<R: Runtime>(
    app: &AppHandle<R>,
    name: &str,
    (title, (filter, extensions)): (&str, (&str, &[&str])),
) -> Result<Option<PathBuf>, ApiError> {
    if let Some(dir) = fixed_dir(app) {
        return Ok(Some(dir.join(name)));
    }
    let picked = dialog(app)?
        .file()
        .set_title(title)
        .add_filter(filter, extensions)
        .blocking_pick_file();
    Ok(picked.and_then(|p| p.into_path().ok()))
}

pub(crate) fn pick_folder<R: Runtime>(app: &AppHandle<R>) -> Result<Option<PathBuf>, ApiError> {
    let picked = dialog(app)?
        .file()
        .set_title(documents::PICK_FOLDER)
        .blocking_pick_folder();
    Ok(picked.and_then(|p| p.into_path().ok()))
}

/// Opens the saved PDF in the system viewer. The file is saved either way; a missing viewer
/// is not an error the chair can do anything about here.
pub(crate) fn open_in_viewer<R: Runtime>(app: &AppHandle<R>, path: &Path) {
    use tauri_plugin_opener::OpenerExt;
    if app.try_state::<tauri_plugin_opener::Opener<R>>().is_some() {
        let _ = app.opener().open_path(display(path), None::<&str>);
    }
}

/// Several files into one folder: the fixed export dir, else a native folder dialog
/// (cancelled: nothing written); then still unlocked, audited first, then written (R18,
/// R21). The files are rendered before, so a failure writes nothing.
pub(crate) fn into_folder<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    audit: impl FnOnce(&mut store::Store) -> Result<(), store::StoreError>,
    rendered: Vec<(String, Vec<u8>)>,
) -> Result<SavedDocuments, ApiError> {
    let dir = match fixed_dir(app) {
        Some(dir) => dir,
        None => match pick_folder(app)? {
            Some(dir) => dir,
            None => return Ok(SavedDocuments::cancelled()),
        },
    };
    let mut files = Vec::new();
    audit_then_write(state, audit, || {
        for (name, bytes) in rendered {
            write_file(&dir.join(&name), &bytes)?;
            files.push(name);
        }
        Ok(())
    })?;
    Ok(SavedDocuments {
        cancelled: false,
        directory: Some(display(&dir)),
        files,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;

    const PASS: &str = "een lang genoeg wachtwoord";

    #[test]
    fn after_a_lock_during_the_dialog_nothing_is_written_and_an_export_is_audited_first() {
        let dir = tempfile::tempdir().unwrap();
        let state = AppState::new(dir.path().join("data"));
        crate::commands::lock::create_store(&state, PASS, PASS).unwrap();
        let pdf = dir.path().join("lijst.pdf");
        // The lock fires while the dialog is open.
        crate::commands::lock::lock(&state).unwrap();
        let e = audit_then_write(
            &state,
            |s| s.record_export_saved(store::ExportKind::BreachList, Utc::now()),
            || write_file(&pdf, b"%PDF"),
        )
        .unwrap_err();
        assert_eq!(e.code, "locked_during_dialog");
        assert!(!pdf.exists(), "nothing is written after a lock");
        crate::commands::lock::unlock(&state, PASS).unwrap();
        let before = state.audit_len().unwrap();
        audit_then_write(
            &state,
            |s| s.record_export_saved(store::ExportKind::BreachList, Utc::now()),
            || {
                assert_eq!(state.audit_len().unwrap(), before + 1, "audited first");
                write_file(&pdf, b"%PDF")
            },
        )
        .unwrap();
        assert_eq!(state.audit_len().unwrap(), before + 1);
        assert!(pdf.is_file());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&pdf).unwrap().permissions().mode();
            assert_eq!(
                mode & 0o777,
                0o600,
                "only the user may read a saved document"
            );
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_planted_part_symlink_is_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("elders.txt");
        std::fs::write(&victim, b"keep").unwrap();
        let pdf = dir.path().join("plan.pdf");
        std::os::unix::fs::symlink(&victim, dir.path().join("plan.pdf.part")).unwrap();
        write_file(&pdf, b"%PDF").unwrap();
        assert_eq!(std::fs::read(&victim).unwrap(), b"keep");
        assert_eq!(std::fs::read(&pdf).unwrap(), b"%PDF");
    }
}
