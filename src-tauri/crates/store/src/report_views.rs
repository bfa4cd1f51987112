//! The R19 report, the R20 breach screens and the NEN 7513 log screen (R18) as the chair
//! sees them: small cells already suppressed (domain), Dutch labels from `texts`.
//! Serialized as they are over IPC.

use crate::report_label;
use crate::AuditLine;
use chrono::{DateTime, NaiveDate, Utc};
use domain::{BreachImpact, BreachRecord, ManagementReport, MeetingToInform, PartnerClock};
use serde::Serialize;

fn u32_of(n: u64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// One line of the report: Dutch description and the value as shown ("12", "<5", "x",
/// "n.b.").
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ReportLine {
    pub code: String,
    pub label: String,
    pub value: String,
}

/// One group of the report with its total.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ReportSection {
    pub code: String,
    pub total: ReportLine,
    pub rows: Vec<ReportLine>,
}

/// R19: the report as the chair sees it: small cells already suppressed.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ReportView {
    /// The period as asked (`2026-Q3`), and its first and last day (YYYY-MM-DD).
    pub period: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub sections: Vec<ReportSection>,
}

impl From<&ManagementReport> for ReportView {
    fn from(report: &ManagementReport) -> Self {
        let line = |group: &str, code: Option<&'static str>, value: domain::Cell| ReportLine {
            code: code.unwrap_or("totaal").into(),
            label: report_label(group, code).into(),
            value: value.display(),
        };
        ReportView {
            period: report.period.code(),
            from: report.period.from,
            to: report.period.to,
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
}

/// One category of data an organisation received.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct BreachCategory {
    /// Dutch name of the category.
    pub category: String,
    pub items: u32,
    pub subjects: u32,
}

/// Everything one partner organisation received.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
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
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct BreachView {
    pub meetings: u32,
    pub organisations: Vec<BreachOrganisation>,
}

impl From<BreachImpact> for BreachView {
    fn from(impact: BreachImpact) -> Self {
        BreachView {
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
        }
    }
}

/// R20: one entry of the breach register with its 24-hour clock, as of when it was read.
/// `clock`: `running` (`minutes` left), `overdue` (`minutes` over), `informedInTime` or
/// `informedLate` (`informedAt` set).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct BreachEntry {
    pub id: String,
    /// RFC 3339, UTC.
    #[serde(with = "domain::wire::moment")]
    #[cfg_attr(feature = "ts", ts(as = "String"))]
    pub discovered_at: DateTime<Utc>,
    /// Discovery + 24 hours (seed 004 art. 8.6), RFC 3339, UTC.
    #[serde(with = "domain::wire::moment")]
    #[cfg_attr(feature = "ts", ts(as = "String"))]
    pub deadline: DateTime<Utc>,
    pub description: String,
    /// `null`: every meeting in the store.
    pub meeting_id: Option<String>,
    pub clock: String,
    pub minutes: i64,
    #[serde(with = "domain::wire::moment::option")]
    #[cfg_attr(feature = "ts", ts(as = "Option<String>"))]
    pub informed_at: Option<DateTime<Utc>>,
}

impl BreachEntry {
    /// The entry with its clock as of `now`.
    pub fn of(b: &BreachRecord, now: DateTime<Utc>) -> Self {
        let (clock, minutes, informed_at) = match b.clock(now) {
            PartnerClock::Running { minutes_left } => ("running", minutes_left, None),
            PartnerClock::Overdue { minutes_over } => ("overdue", minutes_over, None),
            PartnerClock::Informed { at, in_time } => (
                if in_time {
                    "informedInTime"
                } else {
                    "informedLate"
                },
                0,
                Some(at),
            ),
        };
        BreachEntry {
            id: b.id.to_string(),
            discovered_at: b.discovered_at,
            deadline: b.deadline(),
            description: b.description.as_str().to_owned(),
            meeting_id: b.meeting.map(|m| m.to_string()),
            clock: clock.into(),
            minutes,
            informed_at,
        }
    }
}

/// R20: an organisation to inform about one meeting.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct OrganisationToInformView {
    pub organisation: String,
    /// Dutch name of the organisation type.
    pub organisation_type: String,
    pub contributed: bool,
    pub received: bool,
}

/// R20: a family member to inform; `name` null in an anonymous meeting (R4).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct FamilyMemberToInformView {
    pub name: Option<String>,
    pub relation: domain::Relation,
}

/// R20: whom to inform about one meeting.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct MeetingToInformView {
    pub meeting_id: String,
    pub reference: String,
    pub case_label: String,
    /// YYYY-MM-DD.
    pub date: NaiveDate,
    pub anonymous: bool,
    pub organisations: Vec<OrganisationToInformView>,
    pub family: Vec<FamilyMemberToInformView>,
}

impl From<MeetingToInform> for MeetingToInformView {
    fn from(m: MeetingToInform) -> Self {
        MeetingToInformView {
            meeting_id: m.meeting.to_string(),
            reference: m.reference,
            case_label: m.case_label,
            date: m.date,
            anonymous: m.anonymous,
            organisations: m
                .organisations
                .into_iter()
                .map(|o| OrganisationToInformView {
                    organisation: o.organisation,
                    organisation_type: texts::labels::organisation_type(o.organisation_type).into(),
                    contributed: o.contributed,
                    received: o.received,
                })
                .collect(),
            family: m
                .family
                .into_iter()
                .map(|f| FamilyMemberToInformView {
                    name: f.name,
                    relation: f.relation,
                })
                .collect(),
        }
    }
}

/// R20: the register entry and, per meeting it concerns, whom to inform.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct BreachListsView {
    pub breach: BreachEntry,
    pub meetings: Vec<MeetingToInformView>,
}

/// One entry of the log screen: kinds and ids, never the data itself.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
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

impl From<AuditLine> for AuditLogLine {
    fn from(l: AuditLine) -> Self {
        AuditLogLine {
            seq: l.entry.seq,
            what: texts::labels::audit_kind(&l.entry.kind).into(),
            at: l.entry.at,
            meeting: l.case_label.unwrap_or_default(),
            decided_by: l.decided_by_name.unwrap_or_default(),
        }
    }
}

/// The newest entries the filter selects (at most a page), and how many it selects in all.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct AuditLogView {
    pub lines: Vec<AuditLogLine>,
    pub total: u64,
}
