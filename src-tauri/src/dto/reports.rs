//! Wire types of the `reports` group of `ipc.rs` (what the UI sends). What it gets is the
//! store's own views (`store/src/report_views.rs`), re-exported here.

pub use store::{
    AuditLogLine, AuditLogView, BreachCategory, BreachEntry, BreachListsView, BreachOrganisation,
    BreachView, FamilyMemberToInformView, MeetingToInformView, OrganisationToInformView,
    ReportLine, ReportSection, ReportView,
};

use serde::Deserialize;
use ts_rs::TS;

/// R19: the fixed period of the report: `2026-07` (month), `2026-Q3` (quarter) or `2026`
/// (year); `format` only when saving: `json` or `csv`.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export)]
pub struct ReportRequest {
    pub period: String,
    #[ts(optional)]
    pub format: Option<String>,
}

/// R20: all meetings (`all`), or the chosen ones; `format` only when saving: `json`
/// (default) or `pdf`.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export)]
pub struct BreachRequest {
    pub all: bool,
    pub meeting_ids: Vec<String>,
    #[ts(optional)]
    pub format: Option<String>,
}

/// R20: a new entry of the breach register. `discoveredAt` is RFC 3339 with offset (the UI
/// sends the chair's local moment as UTC); `meetingId` empty or absent: every meeting in
/// the store (e.g. a lost laptop).
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export)]
pub struct NewBreach {
    pub discovered_at: String,
    pub description: String,
    #[ts(optional)]
    pub meeting_id: Option<String>,
}

/// R20: the chair told the partners; `informedAt` RFC 3339, empty or absent: now.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export)]
pub struct PartnersInformed {
    pub breach_id: String,
    #[ts(optional)]
    pub informed_at: Option<String>,
}

/// NEN 7513 × R18: which part of the audit log to show: one meeting (empty: all) and a
/// period of whole days (`YYYY-MM-DD`, empty: open end).
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export)]
pub struct AuditLogRequest {
    pub meeting_id: String,
    pub from: String,
    pub to: String,
}
