//! R19 anonymous report, R20 breach impact and the standard exports (consent records as
//! ISO/IEC TS 27560 JSON, the outcome as SoH JSON). Translation only: the store counts and
//! builds, the domain suppresses small cells. Saving goes through the same native dialog /
//! `--export-dir` mechanism as the PDFs (`documents.rs`); the exports of a meeting hold
//! personal data and leave an audit entry (R18), the anonymous report does not need one.

use crate::commands::{meeting_id, AppState};
use crate::documents::{audit_then_write, dialog, display, fixed_dir, write_pdf};
use crate::dto::documents::SavedDocuments;
use crate::dto::reports::{
    AuditLogLine, AuditLogRequest, AuditLogView, BreachCategory, BreachOrganisation, BreachRequest,
    BreachView, ReportLine, ReportRequest, ReportSection, ReportView,
};
use crate::dto::ApiError;
use chrono::Utc;
use domain::{BreachScope, LogPeriod, ManagementReport, ReportPeriod};
use std::path::PathBuf;
use tauri::{AppHandle, Runtime};

use texts::errors::{EXPORT_FAILED, NO_MEETINGS, UNKNOWN_EXPORT, UNKNOWN_FORMAT};

fn period(input: &ReportRequest) -> Result<ReportPeriod, ApiError> {
    Ok(ReportPeriod::parse(&input.period)?)
}

fn u32_of(n: u64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn view(report: &ManagementReport) -> ReportView {
    let line = |group: &str, code: Option<&'static str>, value: domain::Cell| ReportLine {
        code: code.unwrap_or("totaal").into(),
        label: store::report_label(group, code).into(),
        value: value.display(),
    };
    ReportView {
        period: report.period.code(),
        from: report.period.from.to_string(),
        to: report.period.to.to_string(),
        sections: report
            .groups
            .iter()
            .map(|g| ReportSection {
                code: g.code.into(),
                total: line(g.code, None, g.total),
                rows: g
                    .rows
                    .iter()
                    .map(|r| line(g.code, Some(r.code), r.value))
                    .collect(),
            })
            .collect(),
    }
}

/// R19: the anonymous report of a period.
pub fn management_report(state: &AppState, input: ReportRequest) -> Result<ReportView, ApiError> {
    let p = period(&input)?;
    let report = state.with_store(|s| {
        let report = s.management_report(p)?;
        crate::commands::log_read(s, store::AuditKind::ReportViewed, None)?;
        Ok(report)
    })?;
    Ok(view(&report))
}

/// Where a file goes: the fixed export dir, else a native save dialog (`None`: cancelled).
fn target<R: Runtime>(
    app: &AppHandle<R>,
    name: &str,
    filter: (&str, &str),
) -> Result<Option<PathBuf>, ApiError> {
    if let Some(dir) = fixed_dir(app) {
        return Ok(Some(dir.join(name)));
    }
    let picked = dialog(app)?
        .file()
        .set_title(texts::documents::SAVE_FILE)
        .set_file_name(name)
        .add_filter(filter.0, &[filter.1])
        .blocking_save_file();
    Ok(picked.and_then(|p| p.into_path().ok()))
}

/// After the dialog: still unlocked, audited first, then written (R18, R21).
fn save<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    audit: impl FnOnce(&mut store::Store) -> Result<(), store::StoreError>,
    name: String,
    filter: (&str, &str),
    bytes: &[u8],
) -> Result<SavedDocuments, ApiError> {
    let Some(path) = target(app, &name, filter)? else {
        return Ok(SavedDocuments::cancelled());
    };
    audit_then_write(state, audit, || write_pdf(&path, bytes))?;
    Ok(SavedDocuments {
        cancelled: false,
        directory: path.parent().map(display),
        files: vec![name],
    })
}

/// R19: saves the anonymous report as JSON or CSV.
pub fn save_management_report<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    input: ReportRequest,
) -> Result<SavedDocuments, ApiError> {
    let p = period(&input)?;
    let csv = match input.format.as_deref() {
        Some("csv") => true,
        Some("json") => false,
        _ => return Err(ApiError::new("unknown_format", UNKNOWN_FORMAT)),
    };
    let report = state.with_store(|s| s.management_report(p))?;
    let text = if csv {
        store::report_to_csv(&report)?
    } else {
        store::report_to_json(&report)?
    };
    let name = texts::documents::report_file(&p.code(), if csv { "csv" } else { "json" });
    let filter = if csv {
        ("CSV", "csv")
    } else {
        ("JSON", "json")
    };
    save(
        app,
        state,
        |s| s.record_export_saved(store::ExportKind::ManagementReport, Utc::now()),
        name,
        filter,
        text.as_bytes(),
    )
}

fn scope(input: &BreachRequest) -> Result<BreachScope, ApiError> {
    if input.all {
        return Ok(BreachScope::All);
    }
    if input.meeting_ids.is_empty() {
        return Err(ApiError::new("no_meetings", NO_MEETINGS));
    }
    let ids = input
        .meeting_ids
        .iter()
        .map(|m| meeting_id(m))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(BreachScope::Meetings(ids))
}

/// R20: per organisation, which categories of data about how many family members.
pub fn breach_impact(state: &AppState, input: BreachRequest) -> Result<BreachView, ApiError> {
    let scope = scope(&input)?;
    let impact = state.with_store(|s| {
        let impact = s.breach_impact(&scope)?;
        crate::commands::log_read(s, store::AuditKind::BreachViewed, None)?;
        Ok(impact)
    })?;
    Ok(BreachView {
        meetings: u32_of(impact.meetings),
        organisations: impact
            .organisations
            .into_iter()
            .map(|o| BreachOrganisation {
                organisation: o.organisation,
                organisation_type: texts::labels::organisation_type(o.organisation_type).into(),
                meetings: u32_of(o.meetings),
                recipients: u32_of(o.recipients),
                subjects: u32_of(o.subjects),
                categories: o
                    .categories
                    .into_iter()
                    .map(|c| BreachCategory {
                        category: texts::reports::category(c.category).into(),
                        items: u32_of(c.items),
                        subjects: u32_of(c.subjects),
                    })
                    .collect(),
            })
            .collect(),
    })
}

/// R20: saves the breach list as JSON or as a short PDF, to send to the partners.
pub fn save_breach_impact<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    input: BreachRequest,
) -> Result<SavedDocuments, ApiError> {
    let pdf = match input.format.as_deref() {
        None | Some("json") => false,
        Some("pdf") => true,
        _ => return Err(ApiError::new("unknown_format", UNKNOWN_FORMAT)),
    };
    let scope = scope(&input)?;
    let impact = state.with_store(|s| s.breach_impact(&scope))?;
    let today = crate::trust::today();
    if pdf {
        let bytes = docs::render_breach_impact(&impact, today)
            .map_err(|_| ApiError::new("export_failed", EXPORT_FAILED))?;
        let name = texts::documents::breach_file(today, "pdf");
        return save(
            app,
            state,
            |s| s.record_export_saved(store::ExportKind::BreachList, Utc::now()),
            name,
            ("PDF", "pdf"),
            &bytes,
        );
    }
    let text = store::breach_to_json(&impact)?;
    let name = texts::documents::breach_file(today, "json");
    save(
        app,
        state,
        |s| s.record_export_saved(store::ExportKind::BreachList, Utc::now()),
        name,
        ("JSON", "json"),
        text.as_bytes(),
    )
}

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
    save(
        app,
        state,
        |s| s.record_documents_saved(id, Utc::now()),
        name,
        ("JSON", "json"),
        text.as_bytes(),
    )
}

/// NEN 7513 × R18: the log screen for the privacy officer: the newest entries of one
/// meeting and/or period, with what happened in Dutch. Viewing it is logged too.
pub fn audit_log(state: &AppState, input: AuditLogRequest) -> Result<AuditLogView, ApiError> {
    let period = LogPeriod::parse(&input.from, &input.to)?;
    let meeting = if input.meeting_id.trim().is_empty() {
        None
    } else {
        Some(meeting_id(&input.meeting_id)?)
    };
    let filter = store::AuditFilter {
        meeting,
        from: period.from,
        to: period.to,
    };
    let (entries, total) = state.with_store(|s| {
        let page = s.audit_page(&filter, crate::dto::reports::AUDIT_LOG_PAGE)?;
        crate::commands::log_read(s, store::AuditKind::AuditLogViewed, None)?;
        Ok(page)
    })?;
    Ok(AuditLogView {
        lines: entries
            .into_iter()
            .map(|l| AuditLogLine {
                seq: l.entry.seq,
                what: texts::labels::audit_kind(&l.entry.kind).into(),
                at: l.entry.at,
                meeting: l.case_label.unwrap_or_default(),
                decided_by: l.decided_by_name.unwrap_or_default(),
            })
            .collect(),
        total,
    })
}
