//! R14: the documents of a finalized meeting, saved where the chair chooses and opened in
//! the system viewer for printing (`crate::save`), and the standard exports of a meeting.
//! This module translates only: the store lists the documents and builds them (an extract
//! from a query that can only return what was released to its recipient), the `docs`
//! crate renders them.

use crate::commands::{meeting_id, today};
use crate::dto::{ApiError, DocumentInfo, SavedDocuments};
use crate::save::{audit_then_write, display, fixed_dir, write_file};
use crate::save::{one_file, open_in_viewer, pick_file};
use crate::state::AppState;
use chrono::Utc;
use store::{DocumentKey, DocumentToSave, MeetingDocument};
use tauri::{AppHandle, Runtime};
use texts::errors::{
    DOCUMENT_FAILED, DOCUMENT_UNKNOWN, EXPORT_FAILED, LETTER_POSTPONED, UNKNOWN_EXPORT,
};

/// Saves a standard export of a finalized meeting: `consent` (ISO/IEC TS 27560 consent
/// records) or `outcome` (SoH uitkomst overleg). Personal data: audited like the PDFs.
pub fn save_meeting_export<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    meeting: &str,
    export: &str,
) -> Result<SavedDocuments, ApiError> {
    let id = meeting_id(meeting)?;
    let (value, suffix) = match export {
        "consent" => (
            state.with_store(|s| s.consent_records_json(id))?,
            texts::documents::CONSENT_EXPORT,
        ),
        "outcome" => (
            state.with_store(|s| s.meeting_outcome_json(id))?,
            texts::documents::OUTCOME_EXPORT,
        ),
        _ => return Err(ApiError::new("unknown_export", UNKNOWN_EXPORT)),
    };
    let text = serde_json::to_string_pretty(&value)
        .map_err(|_| ApiError::new("export_failed", EXPORT_FAILED))?;
    let reference = value["overleg"]["referentie"]
        .as_str()
        .or_else(|| value["casus:meetingReference"].as_str())
        .map(str::to_owned)
        .unwrap_or_else(|| texts::documents::meeting_fallback_reference(id.as_uuid().simple()));
    let name = format!("{reference}-{suffix}.json");
    one_file(
        app,
        state,
        |s| s.record_documents_saved(id, Utc::now()),
        name,
        ("JSON", "json"),
        text.as_bytes(),
    )
}

/// R14: the PDF of one document (the `docs` crate renders what the store built).
fn render(document: &MeetingDocument) -> Result<Vec<u8>, ApiError> {
    match document {
        MeetingDocument::Plan(plan) => docs::render_plan(plan),
        MeetingDocument::Letter(letter) => docs::render_family_letter(letter),
        MeetingDocument::Extract(extract) => docs::render_extract(extract),
    }
    .map_err(|_| ApiError::new("document_failed", DOCUMENT_FAILED))
}

fn unknown() -> ApiError {
    ApiError::new("unknown_document", DOCUMENT_UNKNOWN)
}

/// R14: the documents of a finalized meeting (refused for a draft).
pub fn list_documents(state: &AppState, meeting: &str) -> Result<Vec<DocumentInfo>, ApiError> {
    let id = meeting_id(meeting)?;
    state.with_store(|s| s.document_list(id))
}

/// R14: saves one document where the chair chooses and opens it in the system viewer.
/// Cancelling the dialog is not an error: nothing is written.
pub fn save_document<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    meeting: &str,
    document: &str,
) -> Result<SavedDocuments, ApiError> {
    let id = meeting_id(meeting)?;
    let key = DocumentKey::parse(document).ok_or_else(unknown)?;
    // R18: the store stamps the document with the audit log's position.
    let (info, document) = match state.with_store(|s| s.document_to_save(id, key, today()))? {
        DocumentToSave::Ready(info, document) => (info, document),
        // R12/AVG art. 23: no letter exists while informing them is postponed.
        DocumentToSave::Postponed => {
            return Err(ApiError::new("letter_postponed", LETTER_POSTPONED))
        }
        DocumentToSave::Unknown => return Err(unknown()),
    };
    let bytes = render(&document)?;
    let (path, open) = match fixed_dir(app) {
        Some(dir) => (dir.join(&info.file_name), false),
        None => match pick_file(app, &info.file_name)? {
            Some(path) => (path, true),
            None => return Ok(SavedDocuments::cancelled()),
        },
    };
    audit_then_write(
        state,
        |s| s.record_documents_saved(id, Utc::now()),
        || write_file(&path, &bytes),
    )?;
    if open {
        open_in_viewer(app, &path);
    }
    Ok(SavedDocuments {
        cancelled: false,
        directory: path.parent().map(display),
        files: vec![info.file_name],
    })
}

/// R14: saves every document of the meeting into one folder the chair chooses.
pub fn save_all_documents<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    meeting: &str,
) -> Result<SavedDocuments, ApiError> {
    let id = meeting_id(meeting)?;
    // Render everything before asking where: a failure then writes nothing. A postponed
    // letter is not made at all (R12/AVG art. 23).
    let mut rendered = Vec::new();
    for (info, document) in state.with_store(|s| s.documents_to_save(id, today()))? {
        rendered.push((info.file_name, render(&document)?));
    }
    crate::save::into_folder(
        app,
        state,
        |s| s.record_documents_saved(id, Utc::now()),
        rendered,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

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
