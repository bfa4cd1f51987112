//! What the admin screens send (R19 report, R20 breaches, NEN 7513 log), parsed here into
//! the domain's inputs and the store's filters. An id that does not parse is, to the chair,
//! a thing that does not exist (`StoreError::NotFound`), exactly like an unknown one.
//! Deserialized as they are from IPC.

use crate::{AuditFilter, StoreError};
use domain::{BreachId, BreachInput, BreachScope, LogPeriod, MeetingId, ReportPeriod};
use serde::Deserialize;

/// A meeting id from the UI; one that does not parse is a meeting not found.
pub fn meeting_id(raw: &str) -> Result<MeetingId, StoreError> {
    MeetingId::parse(raw, StoreError::NotFound("meeting"))
}

/// A breach id from the UI (spaces around ignored); one that does not parse is a breach
/// not found.
pub fn breach_id(raw: &str) -> Result<BreachId, StoreError> {
    BreachId::parse(raw.trim(), StoreError::NotFound("breach"))
}

/// R19: the fixed period of the report: `2026-07` (month), `2026-Q3` (quarter) or `2026`
/// (year); `format` only when saving: `json` or `csv`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ReportRequest {
    pub period: String,
    #[cfg_attr(feature = "ts", ts(optional))]
    pub format: Option<String>,
}

impl ReportRequest {
    /// The period, parsed by the domain.
    pub fn period(&self) -> Result<ReportPeriod, StoreError> {
        Ok(ReportPeriod::parse(&self.period)?)
    }

    /// Whether the report is saved as CSV (`csv`) or JSON (`json`); anything else
    /// (absent too) is [`StoreError::UnknownFormat`].
    pub fn csv(&self) -> Result<bool, StoreError> {
        match self.format.as_deref() {
            Some("csv") => Ok(true),
            Some("json") => Ok(false),
            _ => Err(StoreError::UnknownFormat),
        }
    }
}

/// R20: all meetings (`all`), or the chosen ones; `format` only when saving: `json`
/// (default) or `pdf`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct BreachRequest {
    pub all: bool,
    pub meeting_ids: Vec<String>,
    #[cfg_attr(feature = "ts", ts(optional))]
    pub format: Option<String>,
}

impl BreachRequest {
    /// Every meeting, or the chosen ones (none chosen: [`StoreError::NoMeetings`]).
    pub fn scope(&self) -> Result<BreachScope, StoreError> {
        if self.all {
            return Ok(BreachScope::All);
        }
        if self.meeting_ids.is_empty() {
            return Err(StoreError::NoMeetings);
        }
        let ids = self
            .meeting_ids
            .iter()
            .map(|m| meeting_id(m))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(BreachScope::Meetings(ids))
    }

    /// Whether the list is saved as PDF (`pdf`) or JSON (`json` or absent); anything else
    /// is [`StoreError::UnknownFormat`].
    pub fn pdf(&self) -> Result<bool, StoreError> {
        match self.format.as_deref() {
            None | Some("json") => Ok(false),
            Some("pdf") => Ok(true),
            _ => Err(StoreError::UnknownFormat),
        }
    }
}

/// R20: a new entry of the breach register. `discoveredAt` is RFC 3339 with offset (the UI
/// sends the chair's local moment as UTC); `meetingId` empty or absent: every meeting in
/// the store (e.g. a lost laptop).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct NewBreach {
    pub discovered_at: String,
    pub description: String,
    #[cfg_attr(feature = "ts", ts(optional))]
    pub meeting_id: Option<String>,
}

impl NewBreach {
    /// The domain's input (the domain checks the moment and the description when the
    /// store registers it).
    pub fn parse(self) -> Result<BreachInput, StoreError> {
        let meeting = match self.meeting_id.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(raw) => Some(meeting_id(raw)?),
        };
        Ok(BreachInput {
            discovered_at: self.discovered_at,
            description: self.description,
            meeting,
        })
    }
}

/// R20: the chair told the partners; `informedAt` RFC 3339, empty or absent: now.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct PartnersInformed {
    pub breach_id: String,
    #[cfg_attr(feature = "ts", ts(optional))]
    pub informed_at: Option<String>,
}

impl PartnersInformed {
    /// The breach and the moment as typed (empty: now).
    pub fn parse(&self) -> Result<(BreachId, String), StoreError> {
        Ok((
            breach_id(&self.breach_id)?,
            self.informed_at.clone().unwrap_or_default(),
        ))
    }
}

/// NEN 7513 × R18: which part of the audit log to show: one meeting (empty: all) and a
/// period of whole days (`YYYY-MM-DD`, empty: open end).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct AuditLogRequest {
    pub meeting_id: String,
    pub from: String,
    pub to: String,
}

impl AuditLogRequest {
    /// The filter: the period first (the domain's days), then the meeting.
    pub fn filter(&self) -> Result<AuditFilter, StoreError> {
        let period = LogPeriod::parse(&self.from, &self.to)?;
        let meeting = if self.meeting_id.trim().is_empty() {
            None
        } else {
            Some(meeting_id(&self.meeting_id)?)
        };
        Ok(AuditFilter {
            meeting,
            from: period.from,
            to: period.to,
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;
    use domain::{DomainError, Field};

    #[test]
    fn ids_that_do_not_parse_are_not_found() {
        assert!(matches!(
            meeting_id("x"),
            Err(StoreError::NotFound("meeting"))
        ));
        assert!(matches!(
            breach_id(" x "),
            Err(StoreError::NotFound("breach"))
        ));
        let id = BreachId::new();
        assert_eq!(breach_id(&format!(" {id} ")).unwrap(), id);
    }

    #[test]
    fn a_breach_request_names_its_meetings_and_its_format() {
        let mut r = BreachRequest::default();
        assert!(matches!(r.scope(), Err(StoreError::NoMeetings)));
        let m = MeetingId::new();
        r.meeting_ids = vec![m.to_string()];
        assert_eq!(r.scope().unwrap(), BreachScope::Meetings(vec![m]));
        r.all = true;
        assert_eq!(r.scope().unwrap(), BreachScope::All);
        assert!(!r.pdf().unwrap());
        r.format = Some("pdf".into());
        assert!(r.pdf().unwrap());
        r.format = Some("csv".into());
        assert!(matches!(r.pdf(), Err(StoreError::UnknownFormat)));
    }

    #[test]
    fn a_report_request_parses_period_and_format() {
        let mut r = ReportRequest {
            period: "2026-Q3".into(),
            format: None,
        };
        assert_eq!(r.period().unwrap().code(), "2026-Q3");
        assert!(matches!(r.csv(), Err(StoreError::UnknownFormat)));
        r.format = Some("csv".into());
        assert!(r.csv().unwrap());
    }

    #[test]
    fn an_audit_log_request_checks_the_period_before_the_meeting() {
        let r = AuditLogRequest {
            meeting_id: "x".into(),
            from: "2026-13-01".into(),
            to: String::new(),
        };
        assert!(matches!(
            r.filter(),
            Err(StoreError::Invalid(DomainError::InvalidDate {
                field: Field::PeriodFrom
            }))
        ));
        let r = AuditLogRequest {
            from: "2026-03-01".into(),
            ..r
        };
        assert!(matches!(r.filter(), Err(StoreError::NotFound("meeting"))));
        let none = AuditLogRequest::default().filter().unwrap();
        assert_eq!((none.meeting, none.from, none.to), (None, None, None));
    }

    #[test]
    fn a_new_breach_without_a_meeting_is_the_whole_store() {
        let b = NewBreach {
            meeting_id: Some("  ".into()),
            ..NewBreach::default()
        };
        assert_eq!(b.parse().unwrap().meeting, None);
        let b = NewBreach {
            meeting_id: Some("x".into()),
            ..NewBreach::default()
        };
        assert!(matches!(b.parse(), Err(StoreError::NotFound("meeting"))));
    }
}
