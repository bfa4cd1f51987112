//! Issue 17 point 8: preparing the meeting on paper: an invitation per participant and the
//! attendance sheet, both with the confidentiality statement, for a draft or a finalized
//! meeting. The domain builds what they show (never a family member); this saves them
//! where the chair chooses, audited first (R18). File names carry the meeting reference
//! and an organisation, never a person's name (R21).

use crate::commands::{meeting_id, participant_id, today};
use crate::dto::{ApiError, SavedDocuments};
use crate::save::{into_folder, one_file};
use crate::state::AppState;
use chrono::Utc;
use domain::Field;
use store::slug;
use tauri::{AppHandle, Runtime};
use texts::documents::{attendance_file, invitation_file};
use texts::errors::DOCUMENT_FAILED;

const PDF: (&str, &str) = ("PDF", "pdf");

fn failed(_: docs::DocsError) -> ApiError {
    ApiError::new("document_failed", DOCUMENT_FAILED)
}

/// One participant's invitation, saved where the chair chooses.
pub fn save_invitation<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    meeting: &str,
    participant: &str,
) -> Result<SavedDocuments, ApiError> {
    let id = meeting_id(meeting)?;
    let who = participant_id(participant, Field::Name)?;
    // The file is numbered by the participant's place at the table, as in the folder.
    let (n, inv) = state.with_store(|s| s.invitation(id, who, today()))?;
    let bytes = docs::render_invitation(&inv).map_err(failed)?;
    let name = invitation_file(&inv.header.meeting_ref, n, &slug(&inv.to.organisation));
    one_file(
        app,
        state,
        |s| s.record_preparation_saved(id, Utc::now()),
        name,
        PDF,
        &bytes,
    )
}

/// Every participant's invitation, in one folder the chair chooses.
pub fn save_invitations<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    meeting: &str,
) -> Result<SavedDocuments, ApiError> {
    let id = meeting_id(meeting)?;
    let all = state.with_store(|s| s.invitations(id, today()))?;
    // Render everything before asking where: a failure then writes nothing.
    let mut rendered = Vec::with_capacity(all.len());
    for (n, inv) in all.iter().enumerate() {
        rendered.push((
            invitation_file(&inv.header.meeting_ref, n + 1, &slug(&inv.to.organisation)),
            docs::render_invitation(inv).map_err(failed)?,
        ));
    }
    into_folder(
        app,
        state,
        |s| s.record_preparation_saved(id, Utc::now()),
        rendered,
    )
}

/// The attendance sheet, saved where the chair chooses.
pub fn save_attendance_sheet<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    meeting: &str,
) -> Result<SavedDocuments, ApiError> {
    let id = meeting_id(meeting)?;
    let sheet = state.with_store(|s| s.attendance_sheet(id, today()))?;
    let bytes = docs::render_attendance_sheet(&sheet).map_err(failed)?;
    one_file(
        app,
        state,
        |s| s.record_preparation_saved(id, Utc::now()),
        attendance_file(&sheet.header.meeting_ref),
        PDF,
        &bytes,
    )
}
