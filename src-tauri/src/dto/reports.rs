//! Wire types of the anonymous report (R19), the breach impact (R20) and the standard
//! exports of a finalized meeting.

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
