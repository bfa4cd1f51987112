//! R14: the documents of a finalized meeting, saved where the chair chooses and opened in
//! the system viewer for printing (`crate::save`), and the standard exports of a meeting.
//! This module translates only: the store lists the documents and builds them (an extract
//! from a query that can only return what was released to its recipient), the `docs`
//! crate renders them.

use crate::commands::{meeting_id, today};
use crate::dto::{ApiError, DocumentInfo, SavedDocuments};
use crate::save::one_file;
use crate::state::AppState;
use chrono::Utc;
use store::{DocumentKey, DocumentToSave, MeetingDocument};
use tauri::{AppHandle, Runtime};
use texts::errors::{DOCUMENT_FAILED, DOCUMENT_UNKNOWN, LETTER_POSTPONED, UNKNOWN_EXPORT};

/// Saves a standard export of a finalized meeting: `consent` (ISO/IEC TS 27560 consent
/// records) or `outcome` (SoH uitkomst overleg). Personal data: audited like the PDFs.
pub fn save_meeting_export<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    meeting: &str,
    export: &str,
) -> Result<SavedDocuments, ApiError> {
    let id = meeting_id(meeting)?;
    let export = store::MeetingExport::parse(export)
        .ok_or_else(|| ApiError::new("unknown_export", UNKNOWN_EXPORT))?;
    let (name, text) = state.with_store(|s| s.meeting_export_file(id, export))?;
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
    crate::save::document(
        app,
        state,
        |s| s.record_documents_saved(id, Utc::now()),
        info.file_name,
        &bytes,
    )
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
