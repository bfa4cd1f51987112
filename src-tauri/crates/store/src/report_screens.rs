//! The R19 report, the R20 breach screens, the NEN 7513 log screen (R18) and the R17
//! rights register as the chair opens them: each read is logged (ids and kinds only) in the same call that builds the
//! view, so a read that cannot be logged is not shown.

use crate::{
    AuditFilter, AuditKind, AuditLogView, BreachEntry, BreachListsView, BreachView, ReportView,
    RightsRequestView, Store, StoreError,
};
use chrono::{DateTime, NaiveDate, Utc};
use domain::{AccessReport, BreachId, BreachScope, DomainError, Field, ReportPeriod};

/// How many entries the log screen shows at most; a narrower filter finds the others.
pub const AUDIT_LOG_PAGE: u32 = 500;

impl Store {
    /// R20: the breach register, most recently discovered first (the 24-hour clock read at
    /// `now`); viewing it is logged.
    pub fn breach_register(&mut self, now: DateTime<Utc>) -> Result<Vec<BreachEntry>, StoreError> {
        let list = self.breaches()?;
        self.log_access(AuditKind::BreachViewed, None, now)?;
        Ok(list.iter().map(|b| BreachEntry::of(b, now)).collect())
    }

    /// R20: per meeting the breach concerns, the organisations and family members to
    /// inform; viewing it is logged at the breach's meeting.
    pub fn breach_lists_view(
        &mut self,
        id: BreachId,
        now: DateTime<Utc>,
    ) -> Result<BreachListsView, StoreError> {
        let record = self
            .breaches()?
            .into_iter()
            .find(|b| b.id == id)
            .ok_or(StoreError::NotFound("breach"))?;
        let lists = self.breach_lists(id)?;
        self.log_access(AuditKind::BreachViewed, record.meeting, now)?;
        Ok(BreachListsView {
            breach: BreachEntry::of(&record, now),
            meetings: lists.into_iter().map(Into::into).collect(),
        })
    }

    /// R19: the anonymous report of a period; viewing it is logged.
    pub fn management_report_view(
        &mut self,
        period: ReportPeriod,
        now: DateTime<Utc>,
    ) -> Result<ReportView, StoreError> {
        let report = self.management_report(period)?;
        self.log_access(AuditKind::ReportViewed, None, now)?;
        Ok(ReportView::from(&report))
    }

    /// R20: per organisation, which categories of data about how many family members;
    /// viewing it is logged.
    pub fn breach_impact_view(
        &mut self,
        scope: &BreachScope,
        now: DateTime<Utc>,
    ) -> Result<BreachView, StoreError> {
        let impact = self.breach_impact(scope)?;
        self.log_access(AuditKind::BreachViewed, None, now)?;
        Ok(BreachView::from(impact))
    }

    /// NEN 7513 × R18: the newest [`AUDIT_LOG_PAGE`] entries the filter selects, with what
    /// happened in Dutch, and how many it selects in all; viewing it is logged too.
    pub fn audit_log_view(
        &mut self,
        filter: &AuditFilter,
        now: DateTime<Utc>,
    ) -> Result<AuditLogView, StoreError> {
        let (entries, total) = self.audit_page(filter, AUDIT_LOG_PAGE)?;
        self.log_access(AuditKind::AuditLogViewed, None, now)?;
        Ok(AuditLogView {
            lines: entries.into_iter().map(Into::into).collect(),
            total,
        })
    }

    /// R17: the rights register as of `today` (terms and what may be done next); viewing
    /// it is logged.
    pub fn rights_register(
        &mut self,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<Vec<RightsRequestView>, StoreError> {
        let list = self.rights_requests()?;
        self.log_access(AuditKind::RightsRegisterViewed, None, now)?;
        Ok(list.iter().map(|r| r.view(today)).collect())
    }

    /// R14d/R17: the access report of the family member a request is about, printed on
    /// `today`; an unknown request is refused at the request.
    pub fn access_report_of_request(
        &self,
        request_id: &str,
        today: NaiveDate,
    ) -> Result<AccessReport, StoreError> {
        let key = self
            .rights_requests()?
            .into_iter()
            .find(|r| r.id == request_id)
            .map(|r| r.subject_key)
            .ok_or(DomainError::UnknownValue {
                field: Field::Request,
            })?;
        self.access_report(&key, today)
    }
}
