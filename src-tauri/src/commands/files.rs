//! What the commands that save a file share (their bodies are in `ipc.rs`; `crate::save`
//! asks where in a native dialog, writes the audit entry first, then the file). What a
//! file holds comes from the store (an extract from a query that can only return what was
//! released to its recipient), the `docs` crate renders it. File names carry the meeting
//! reference, an organisation or a date, never a person's name (R21).

use crate::dto::ApiError;
use store::{slug, MeetingDocument};
use texts::documents::invitation_file;
use texts::errors::UNKNOWN_EXPORT;
use texts::errors::{DOCUMENT_FAILED, DOCUMENT_UNKNOWN, EXPORT_FAILED, LETTER_POSTPONED};

pub(crate) const PDF: (&str, &str) = ("PDF", "pdf");

pub(crate) fn failed<E>(_: E) -> ApiError {
    ApiError::new("document_failed", DOCUMENT_FAILED)
}

pub(crate) fn export_failed<E>(_: E) -> ApiError {
    ApiError::new("export_failed", EXPORT_FAILED)
}

pub(crate) fn unknown() -> ApiError {
    ApiError::new("unknown_document", DOCUMENT_UNKNOWN)
}

pub(crate) fn unknown_export() -> ApiError {
    ApiError::new("unknown_export", UNKNOWN_EXPORT)
}

/// R12/AVG art. 23: no letter exists while informing the family is postponed.
pub(crate) fn letter_postponed() -> ApiError {
    ApiError::new("letter_postponed", LETTER_POSTPONED)
}

/// R14: the PDF of one document (the `docs` crate renders what the store built).
pub(crate) fn render(document: &MeetingDocument) -> Result<Vec<u8>, ApiError> {
    match document {
        MeetingDocument::Plan(plan) => docs::render_plan(plan),
        MeetingDocument::Letter(letter) => docs::render_family_letter(letter),
        MeetingDocument::Extract(extract) => docs::render_extract(extract),
    }
    .map_err(failed)
}

/// Issue 17 point 8: an invitation's file name (the meeting reference, its number and the
/// organisation, never a person's name) and its PDF.
pub(crate) fn invitation(
    n: usize,
    inv: &domain::InvitationData,
) -> Result<(String, Vec<u8>), ApiError> {
    let name = invitation_file(&inv.header.meeting_ref, n, &slug(&inv.to.organisation));
    Ok((name, docs::render_invitation(inv).map_err(failed)?))
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
