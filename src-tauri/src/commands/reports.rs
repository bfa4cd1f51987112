//! R19 anonymous report, R20 breach impact and breach register, and the NEN 7513 log view
//! (R18). Translation only: the store parses the requests, counts, builds and logs each
//! read; the domain suppresses small cells and runs the 24-hour clock.

use crate::dto::ApiError;
use crate::dto::SavedDocuments;
use crate::dto::{AuditLogRequest, AuditLogView, BreachEntry, BreachListsView, BreachRequest};
use crate::dto::{BreachView, NewBreach, PartnersInformed, ReportRequest, ReportView};
use crate::save::one_file;
use crate::state::AppState;
use chrono::Utc;
use tauri::{AppHandle, Runtime};
use texts::errors::EXPORT_FAILED;

/// R20: the breach register, most recently discovered first.
pub fn list_breaches(state: &AppState) -> Result<Vec<BreachEntry>, ApiError> {
    state.with_store(|s| s.breach_register(Utc::now()))
}

/// R20: registers a breach (whole store, or one meeting).
pub fn register_breach(state: &AppState, input: NewBreach) -> Result<BreachEntry, ApiError> {
    let input = input.parse()?;
    let now = Utc::now();
    let record = state.with_store(|s| s.register_breach(&input, now))?;
    Ok(BreachEntry::of(&record, now))
}

/// R20: records when the partners were told.
pub fn mark_breach_partners_informed(
    state: &AppState,
    input: PartnersInformed,
) -> Result<BreachEntry, ApiError> {
    let (id, at) = input.parse()?;
    let now = Utc::now();
    let record = state.with_store(|s| s.mark_partners_informed(id, &at, now))?;
    Ok(BreachEntry::of(&record, now))
}

/// R20: per meeting the breach concerns, the organisations and family members to inform.
pub fn breach_lists(state: &AppState, breach: &str) -> Result<BreachListsView, ApiError> {
    let id = store::breach_id(breach)?;
    state.with_store(|s| s.breach_lists_view(id, Utc::now()))
}

/// R19: the anonymous report of a period.
pub fn management_report(state: &AppState, input: ReportRequest) -> Result<ReportView, ApiError> {
    let p = input.period()?;
    state.with_store(|s| s.management_report_view(p, Utc::now()))
}

/// R19: saves the anonymous report as JSON or CSV.
pub fn save_management_report<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    input: ReportRequest,
) -> Result<SavedDocuments, ApiError> {
    let (p, csv) = (input.period()?, input.csv()?);
    let report = state.with_store(|s| s.management_report(p))?;
    let (text, filter) = if csv {
        (store::report_to_csv(&report)?, ("CSV", "csv"))
    } else {
        (store::report_to_json(&report)?, ("JSON", "json"))
    };
    one_file(
        app,
        state,
        |s| s.record_export_saved(store::ExportKind::ManagementReport, Utc::now()),
        texts::documents::report_file(&p.code(), filter.1),
        filter,
        text.as_bytes(),
    )
}

/// R20: per organisation, which categories of data about how many family members.
pub fn breach_impact(state: &AppState, input: BreachRequest) -> Result<BreachView, ApiError> {
    let scope = input.scope()?;
    state.with_store(|s| s.breach_impact_view(&scope, Utc::now()))
}

/// R20: saves the breach list as JSON or as a short PDF, to send to the partners.
pub fn save_breach_impact<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    input: BreachRequest,
) -> Result<SavedDocuments, ApiError> {
    let (pdf, scope) = (input.pdf()?, input.scope()?);
    let impact = state.with_store(|s| s.breach_impact(&scope))?;
    let today = crate::commands::today();
    let (bytes, filter) = if pdf {
        let bytes = docs::render_breach_impact(&impact, today)
            .map_err(|_| ApiError::new("export_failed", EXPORT_FAILED))?;
        (bytes, ("PDF", "pdf"))
    } else {
        (
            store::breach_to_json(&impact)?.into_bytes(),
            ("JSON", "json"),
        )
    };
    one_file(
        app,
        state,
        |s| s.record_export_saved(store::ExportKind::BreachList, Utc::now()),
        texts::documents::breach_file(today, filter.1),
        filter,
        &bytes,
    )
}

/// NEN 7513 × R18: the log screen for the privacy officer: the newest entries of one
/// meeting and/or period, with what happened in Dutch. Viewing it is logged too.
pub fn audit_log(state: &AppState, input: AuditLogRequest) -> Result<AuditLogView, ApiError> {
    let filter = input.filter()?;
    state.with_store(|s| s.audit_log_view(&filter, Utc::now()))
}
