//! Rights requests (R17) and the access report (R14d), saved like the other documents
//! (`crate::save`): a PDF to read and the same content as JSON (portability).

use crate::dto::ApiError;
use crate::dto::SavedDocuments;
use crate::dto::*;
use chrono::Utc;
use domain::Field;
use tauri::{AppHandle, Runtime};
use texts::errors::DOCUMENT_FAILED;

fn view(s: &store::StoredRequest) -> RightsRequestView {
    s.view(crate::commands::today())
}

/// R17: the family members the chair's `query` finds (part of the name; at most
/// `domain::SUBJECT_SEARCH_LIMIT`, none for an empty query).
pub fn known_subjects(
    state: &crate::state::AppState,
    query: &str,
) -> Result<Vec<KnownSubject>, ApiError> {
    state.with_store(|s| s.find_subjects(query))
}

/// R17: the rights register; viewing it is logged.
pub fn list_rights_requests(
    state: &crate::state::AppState,
) -> Result<Vec<RightsRequestView>, ApiError> {
    state.with_store(|s| s.rights_register(crate::commands::today(), Utc::now()))
}

pub fn register_rights_request(
    state: &crate::state::AppState,
    input: NewRightsRequest,
) -> Result<RightsRequestView, ApiError> {
    let request = domain::RequestInput {
        kind: input.kind.parse(Field::RequestKind)?,
        requester: input.requester.parse(Field::Requester)?,
        requester_name: input.requester_name,
        received_on: input.received_on,
        competent: input.competent.unwrap_or(true),
    };
    if input.subject_key.trim().is_empty() {
        return Err(domain::DomainError::UnknownSubject {
            field: Field::RequestSubject,
        }
        .into());
    }
    state
        .with_store(|s| s.register_request(&input.subject_key, &request, Utc::now()))
        .map(|r| view(&r))
}

pub fn extend_rights_request(
    state: &crate::state::AppState,
    request_id: &str,
    notice: &str,
) -> Result<RightsRequestView, ApiError> {
    state
        .with_store(|s| s.extend_request(request_id, notice, Utc::now()))
        .map(|r| view(&r))
}

pub fn grant_rights_request(
    state: &crate::state::AppState,
    request_id: &str,
) -> Result<GrantOutcome, ApiError> {
    state
        .with_store(|s| s.grant_request(request_id, Utc::now()))
        .map(|(r, erasure)| GrantOutcome {
            request: view(&r),
            erasure,
        })
}

pub fn refuse_rights_request(
    state: &crate::state::AppState,
    request_id: &str,
    reason: &str,
) -> Result<RightsRequestView, ApiError> {
    state
        .with_store(|s| s.refuse_request(request_id, reason, Utc::now()))
        .map(|r| view(&r))
}

pub fn complete_rights_request(
    state: &crate::state::AppState,
    request_id: &str,
) -> Result<RightsRequestView, ApiError> {
    state
        .with_store(|s| s.complete_request(request_id, Utc::now()))
        .map(|r| view(&r))
}

/// R14d/R17: the access report of one person as PDF and JSON bytes, with their file names
/// (no name of the person in them: a date and the tail of the request id).
pub fn render_access_report(
    report: &domain::AccessReport,
    request_id: &str,
) -> Result<Vec<(String, Vec<u8>)>, ApiError> {
    let failed = |_| ApiError::new("document_failed", DOCUMENT_FAILED);
    let pdf = docs::render_access_report(report, &texts::labels::legal_basis).map_err(failed)?;
    let json = serde_json::to_vec_pretty(&store::AccessReportJson::from(report))
        .map_err(|_| ApiError::new("document_failed", DOCUMENT_FAILED))?;
    let base = texts::documents::access_file(report.printed_on.format("%Y%m%d"), request_id);
    Ok(vec![
        (format!("{base}.pdf"), pdf),
        (format!("{base}.json"), json),
    ])
}

/// R14d/R17: saves the access report of the request's family member (PDF + JSON) into the
/// folder the chair chooses. Cancelling the dialog writes nothing.
pub fn save_access_report<R: Runtime>(
    app: &AppHandle<R>,
    state: &crate::state::AppState,
    request_id: &str,
) -> Result<SavedDocuments, ApiError> {
    let report =
        state.with_store(|s| s.access_report_of_request(request_id, crate::commands::today()))?;
    // Render before asking where: a failure then writes nothing.
    let rendered = render_access_report(&report, request_id)?;
    crate::save::into_folder(
        app,
        state,
        |s| s.record_access_report_saved(Utc::now()),
        rendered,
    )
}
