//! Wire types of the `reports` group of `ipc.rs` (what the UI sends and gets).

use serde::{Deserialize, Serialize};
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

/// One line of the report: Dutch description and the value as shown ("12", "<5", "x",
/// "n.b.").
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ReportLine {
    pub code: String,
    pub label: String,
    pub value: String,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ReportSection {
    pub code: String,
    pub total: ReportLine,
    pub rows: Vec<ReportLine>,
}

/// R19: the report as the chair sees it: small cells already suppressed.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ReportView {
    /// The period as asked (`2026-Q3`), and its first and last day (YYYY-MM-DD).
    pub period: String,
    pub from: String,
    pub to: String,
    pub sections: Vec<ReportSection>,
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

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct BreachCategory {
    /// Dutch name of the category.
    pub category: String,
    pub items: u32,
    pub subjects: u32,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct BreachOrganisation {
    pub organisation: String,
    /// Dutch name of the organisation type.
    pub organisation_type: String,
    pub meetings: u32,
    pub recipients: u32,
    pub subjects: u32,
    pub categories: Vec<BreachCategory>,
}

/// R20: who received which data, per organisation.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct BreachView {
    pub meetings: u32,
    pub organisations: Vec<BreachOrganisation>,
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

/// R20: one entry of the breach register with its 24-hour clock, as of when it was read.
/// `clock`: `running` (`minutes` left), `overdue` (`minutes` over), `informedInTime` or
/// `informedLate` (`informedAt` set).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct BreachEntry {
    pub id: String,
    /// RFC 3339, UTC.
    pub discovered_at: String,
    /// Discovery + 24 hours (seed 004 art. 8.6), RFC 3339, UTC.
    pub deadline: String,
    pub description: String,
    /// `null`: every meeting in the store.
    pub meeting_id: Option<String>,
    pub clock: String,
    pub minutes: i64,
    pub informed_at: Option<String>,
}

/// R20: an organisation to inform about one meeting.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct OrganisationToInformView {
    pub organisation: String,
    /// Dutch name of the organisation type.
    pub organisation_type: String,
    pub contributed: bool,
    pub received: bool,
}

/// R20: a family member to inform; `name` null in an anonymous meeting (R4).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct FamilyMemberToInformView {
    pub name: Option<String>,
    /// `youth`, `parent`, `carer`, `guardian`, `other`.
    pub relation: String,
}

/// R20: whom to inform about one meeting.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct MeetingToInformView {
    pub meeting_id: String,
    pub reference: String,
    pub case_label: String,
    /// YYYY-MM-DD.
    pub date: String,
    pub anonymous: bool,
    pub organisations: Vec<OrganisationToInformView>,
    pub family: Vec<FamilyMemberToInformView>,
}

/// R20: the register entry and, per meeting it concerns, whom to inform.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct BreachListsView {
    pub breach: BreachEntry,
    pub meetings: Vec<MeetingToInformView>,
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

/// One entry of the log screen: kinds and ids, never the data itself.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AuditLogLine {
    pub seq: i64,
    /// RFC 3339, UTC.
    pub at: String,
    /// Dutch: what happened.
    pub what: String,
    /// The meeting's case label while it exists; empty for the store itself.
    pub meeting: String,
    /// The participant on whose decision it was made; empty: the chair.
    pub decided_by: String,
}

/// The newest entries the filter selects (at most [`AUDIT_LOG_PAGE`]), and how many it
/// selects in all.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AuditLogView {
    pub lines: Vec<AuditLogLine>,
    pub total: u64,
}

/// How many entries the log screen shows at most; a narrower filter finds the others.
pub const AUDIT_LOG_PAGE: u32 = 500;
