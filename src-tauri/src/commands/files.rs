//! The bodies of the commands that save a file where the chair chooses (`crate::save`: a
//! native dialog, the audit entry first, then the write) or read one the chair picks. What
//! a file holds comes from the store (an extract from a query that can only return what
//! was released to its recipient), the `docs` crate renders it. File names carry the
//! meeting reference, an organisation or a date, never a person's name (R21).

use super::{parse, today};
use crate::dto::{ApiError, BreachRequest, OrganisationSettings, ProfileImported};
use crate::dto::{ReportRequest, SavedDocuments};
use crate::save::{into_folder, one_file};
use crate::state::AppState;
use chrono::Utc;
use domain::Field;
use store::{slug, DocumentKey, DocumentToSave, MeetingDocument};
use tauri::{AppHandle, Runtime};
use texts::documents::{attendance_file, invitation_file};
use texts::errors::UNKNOWN_EXPORT;
use texts::errors::{DOCUMENT_FAILED, DOCUMENT_UNKNOWN, EXPORT_FAILED, LETTER_POSTPONED};

const PDF: (&str, &str) = ("PDF", "pdf");

fn failed<E>(_: E) -> ApiError {
    ApiError::new("document_failed", DOCUMENT_FAILED)
}

fn unknown() -> ApiError {
    ApiError::new("unknown_document", DOCUMENT_UNKNOWN)
}

/// R14: the PDF of one document (the `docs` crate renders what the store built).
fn render(document: &MeetingDocument) -> Result<Vec<u8>, ApiError> {
    match document {
        MeetingDocument::Plan(plan) => docs::render_plan(plan),
        MeetingDocument::Letter(letter) => docs::render_family_letter(letter),
        MeetingDocument::Extract(extract) => docs::render_extract(extract),
    }
    .map_err(failed)
}

/// R14: saves one document of a finalized meeting and opens it in the system viewer.
/// Cancelling the dialog is not an error: nothing is written.
pub(crate) fn save_document<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    meeting: &str,
    document: &str,
) -> Result<SavedDocuments, ApiError> {
    let id = parse::meeting(meeting)?;
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
pub(crate) fn save_all_documents<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    meeting: &str,
) -> Result<SavedDocuments, ApiError> {
    let id = parse::meeting(meeting)?;
    // Render everything before asking where: a failure then writes nothing. A postponed
    // letter is not made at all (R12/AVG art. 23).
    let mut rendered = Vec::new();
    for (info, document) in state.with_store(|s| s.documents_to_save(id, today()))? {
        rendered.push((info.file_name, render(&document)?));
    }
    into_folder(
        app,
        state,
        |s| s.record_documents_saved(id, Utc::now()),
        rendered,
    )
}

/// A standard export of a finalized meeting: `consent` (ISO/IEC TS 27560 consent records)
/// or `outcome` (SoH uitkomst overleg). Personal data: audited like the PDFs.
pub(crate) fn save_meeting_export<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    meeting: &str,
    export: &str,
) -> Result<SavedDocuments, ApiError> {
    let id = parse::meeting(meeting)?;
    let export = store::MeetingExport::parse(export)
        .ok_or_else(|| ApiError::new("unknown_export", UNKNOWN_EXPORT))?;
    let (name, text) = state.with_store(|s| s.meeting_export_file(id, export))?;
    let audit = |s: &mut store::Store| s.record_documents_saved(id, Utc::now());
    one_file(app, state, audit, name, ("JSON", "json"), text.as_bytes())
}

/// Issue 17 point 8: one participant's invitation with the confidentiality statement
/// (draft or finalized; the domain builds it, never with a family member in it).
pub(crate) fn save_invitation<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    meeting: &str,
    participant: &str,
) -> Result<SavedDocuments, ApiError> {
    let id = parse::meeting(meeting)?;
    let who = parse::participant(participant, Field::Name)?;
    // The file is numbered by the participant's place at the table, as in the folder.
    let (n, inv) = state.with_store(|s| s.invitation(id, who, today()))?;
    let bytes = docs::render_invitation(&inv).map_err(failed)?;
    let name = invitation_file(&inv.header.meeting_ref, n, &slug(&inv.to.organisation));
    let audit = |s: &mut store::Store| s.record_preparation_saved(id, Utc::now());
    one_file(app, state, audit, name, PDF, &bytes)
}

/// Issue 17 point 8: every participant's invitation, in one folder the chair chooses.
pub(crate) fn save_invitations<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    meeting: &str,
) -> Result<SavedDocuments, ApiError> {
    let id = parse::meeting(meeting)?;
    let all = state.with_store(|s| s.invitations(id, today()))?;
    // Render everything before asking where: a failure then writes nothing.
    let mut rendered = Vec::with_capacity(all.len());
    for (n, inv) in all.iter().enumerate() {
        rendered.push((
            invitation_file(&inv.header.meeting_ref, n + 1, &slug(&inv.to.organisation)),
            docs::render_invitation(inv).map_err(failed)?,
        ));
    }
    let audit = |s: &mut store::Store| s.record_preparation_saved(id, Utc::now());
    into_folder(app, state, audit, rendered)
}

/// Issue 17 point 8: the attendance sheet with the statement, to sign on paper.
pub(crate) fn save_attendance_sheet<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    meeting: &str,
) -> Result<SavedDocuments, ApiError> {
    let id = parse::meeting(meeting)?;
    let sheet = state.with_store(|s| s.attendance_sheet(id, today()))?;
    let bytes = docs::render_attendance_sheet(&sheet).map_err(failed)?;
    let name = attendance_file(&sheet.header.meeting_ref);
    let audit = |s: &mut store::Store| s.record_preparation_saved(id, Utc::now());
    one_file(app, state, audit, name, PDF, &bytes)
}

/// R14d/R17: the access report of one person as PDF and JSON bytes, with their file names
/// (no name of the person in them: a date and the tail of the request id).
pub fn render_access_report(
    report: &domain::AccessReport,
    request_id: &str,
) -> Result<Vec<(String, Vec<u8>)>, ApiError> {
    let pdf = docs::render_access_report(report, &texts::labels::legal_basis).map_err(failed)?;
    let json = serde_json::to_vec_pretty(&store::AccessReportJson::from(report)).map_err(failed)?;
    let base = texts::documents::access_file(report.printed_on.format("%Y%m%d"), request_id);
    Ok(vec![
        (format!("{base}.pdf"), pdf),
        (format!("{base}.json"), json),
    ])
}

/// R14d/R17: saves the access report of the request's family member (PDF + JSON) into the
/// folder the chair chooses. Cancelling the dialog writes nothing.
pub(crate) fn save_access_report<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    request_id: &str,
) -> Result<SavedDocuments, ApiError> {
    let report = state.with_store(|s| s.access_report_of_request(request_id, today()))?;
    // Render before asking where: a failure then writes nothing.
    let rendered = render_access_report(&report, request_id)?;
    into_folder(
        app,
        state,
        |s| s.record_access_report_saved(Utc::now()),
        rendered,
    )
}

/// R19: saves the anonymous report as JSON or CSV.
pub(crate) fn save_management_report<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    input: &ReportRequest,
) -> Result<SavedDocuments, ApiError> {
    let (p, csv) = (input.period()?, input.csv()?);
    let report = state.with_store(|s| s.management_report(p))?;
    let (text, filter) = if csv {
        (store::report_to_csv(&report)?, ("CSV", "csv"))
    } else {
        (store::report_to_json(&report)?, ("JSON", "json"))
    };
    let name = texts::documents::report_file(&p.code(), filter.1);
    let kind = store::ExportKind::ManagementReport;
    let audit = |s: &mut store::Store| s.record_export_saved(kind, Utc::now());
    one_file(app, state, audit, name, filter, text.as_bytes())
}

/// R20: saves the breach list as JSON or as a short PDF, to send to the partners.
pub(crate) fn save_breach_impact<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    input: &BreachRequest,
) -> Result<SavedDocuments, ApiError> {
    let (pdf, scope) = (input.pdf()?, input.scope()?);
    let impact = state.with_store(|s| s.breach_impact(&scope))?;
    let today = today();
    let (bytes, filter) = if pdf {
        let bytes = docs::render_breach_impact(&impact, today)
            .map_err(|_| ApiError::new("export_failed", EXPORT_FAILED))?;
        (bytes, PDF)
    } else {
        let json = store::breach_to_json(&impact)?;
        (json.into_bytes(), ("JSON", "json"))
    };
    let name = texts::documents::breach_file(today, filter.1);
    let kind = store::ExportKind::BreachList;
    let audit = |s: &mut store::Store| s.record_export_saved(kind, Utc::now());
    one_file(app, state, audit, name, filter, &bytes)
}

/// Issue 17 point 9: the chair picks the organisation's logo in the system's dialog (with a
/// fixed export folder: `logo.png` in it); closing the dialog changes nothing. The store
/// checks the file, the `docs` crate whether the picture decodes.
pub(crate) fn choose_organisation_logo<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
) -> Result<OrganisationSettings, ApiError> {
    let pick = (
        texts::documents::PICK_LOGO,
        ("PNG, JPEG", &["png", "jpg", "jpeg"][..]),
    );
    let Some(path) = crate::save::file_to_read(app, "logo.png", pick)? else {
        return state.with_store(|s| s.organisation_settings());
    };
    let logo = store::read_logo_file(&path, docs::logo_decodes)?;
    state.with_store(|s| {
        s.set_organisation_logo(&logo, Utc::now())?;
        s.organisation_settings()
    })
}

/// Issue 17 point 9: imports the profile file the chair picks (with a fixed export folder:
/// `organisatieprofiel.json` in it). The store validates it whole first
/// ([`store::read_profile_file`]) and writes it in one transaction; nothing changes on any
/// fault.
pub(crate) fn import_organisation_profile<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
) -> Result<ProfileImported, ApiError> {
    let pick = (texts::documents::PICK_PROFILE, ("JSON", &["json"][..]));
    let Some(path) = crate::save::file_to_read(app, "organisatieprofiel.json", pick)? else {
        return state.with_store(|s| s.profile_import_cancelled());
    };
    let checked = store::read_profile_file(&path, docs::logo_decodes)?;
    state.with_store(|s| s.import_profile_file(&checked, Utc::now()))
}
