//! The meeting as a whole: its preparation (R3/R4), retention (R15), minutes (seed 002)
//! and finalizing (R13).

use super::{load, Answer, FlowData};
use crate::audit::{AuditKind, DecidedBy};
use crate::codec::*;
use crate::ExecuteCached;
use crate::{Store, StoreError};
use chrono::{DateTime, NaiveDate, Utc};
use domain::{Field, MeetingId, PreparationInput, Prose};
use rusqlite::params;

impl Store {
    /// R3/R4: purpose, criteria, family present, anonymous mode.
    pub fn update_preparation(
        &mut self,
        id: MeetingId,
        input: &PreparationInput,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        let (purpose, criteria, absence_reason) = domain::preparation_texts(
            &input.purpose,
            &input.criteria,
            input.family_present,
            &input.family_absence_reason,
        )?;
        self.edit(
            Answer::AsApplied,
            id,
            AuditKind::PreparationChanged,
            DecidedBy::Chair,
            now,
            |tx, d| {
                d.record.check_anonymous(input.anonymous)?;
                // R14c: a changed purpose must be checked for the family again.
                d.record.change_purpose(purpose.clone());
                // R4: every text of the meeting, the new purpose and criteria included.
                let texts: Vec<&str> = d
                    .record
                    .anonymous_texts(input.anonymous)
                    .into_iter()
                    .map(|(t, _)| t)
                    .chain([purpose.as_str()])
                    .chain(criteria.as_ref().map(|c| c.as_str()))
                    .collect();
                let names = crate::anonymous::known_names(tx, input.anonymous, &texts)?;
                d.record.check_anonymous_texts(input.anonymous, &names)?;
                domain::check_anonymous_text(
                    input.anonymous,
                    purpose.as_str(),
                    Field::Purpose,
                    &names,
                )?;
                if let Some(c) = &criteria {
                    domain::check_anonymous_text(
                        input.anonymous,
                        c.as_str(),
                        Field::Criteria,
                        &names,
                    )?;
                }
                // R4: a case label that is no code gives way to a generated one.
                if let Some(code) = d.record.anonymous_case_label(input.anonymous) {
                    tx.execute_cached(
                        "UPDATE meetings SET case_label = ?2 WHERE id = ?1",
                        params![id.to_string(), code.as_str()],
                    )?;
                }
                tx.execute_cached(
                    "UPDATE meetings SET purpose = ?2, criteria = ?3, family_present = ?4,
                        anonymous = ?5, purpose_for_family = ?6, family_absence_reason = ?7
                     WHERE id = ?1",
                    params![
                        id.to_string(),
                        purpose.as_str(),
                        criteria.as_ref().map(Prose::as_str),
                        input.family_present,
                        input.anonymous,
                        d.record.purpose_for_family,
                        absence_reason.as_ref().map(Prose::as_str)
                    ],
                )?;
                // The answer holds the meeting's row as stored (case label, texts, marks).
                let (meeting, _, _, for_family, _) = load::load_meeting_row(tx, &id.to_string())?;
                d.record.meeting = meeting;
                d.record.purpose_for_family = for_family;
                Ok(())
            },
        )
        .map(|(d, ())| d)
    }

    /// R15: the destroy-after date.
    pub fn set_retention(
        &mut self,
        id: MeetingId,
        until: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        self.edit(
            Answer::AsApplied,
            id,
            AuditKind::RetentionSet,
            DecidedBy::Chair,
            now,
            |tx, d| {
                let term = crate::retention::settings_in(tx)?.retention_months;
                let extended_to = crate::retention::extended_to(tx, id)?;
                d.record.set_retention(until, term, extended_to)?;
                tx.execute_cached(
                    "UPDATE meetings SET retention_until = ?2 WHERE id = ?1",
                    params![id.to_string(), date_to_db(until)],
                )?;
                Ok(())
            },
        )
        .map(|(d, ())| d)
    }

    /// Seed 002 Feitenonderzoek 4: the start and end time and the account of the course of
    /// the meeting with its agreement, replaced as a whole (draft only, R13). R4: in an
    /// anonymous meeting the account holds nothing that identifies the family.
    pub fn set_minutes(
        &mut self,
        id: MeetingId,
        input: &domain::MinutesInput,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        let minutes = domain::Minutes::parse(input)?;
        self.edit(
            Answer::AsApplied,
            id,
            AuditKind::MinutesSet,
            DecidedBy::Chair,
            now,
            |tx, d| {
                let names = crate::anonymous::known_names(
                    tx,
                    d.record.meeting.anonymous,
                    &minutes
                        .account
                        .iter()
                        .map(Prose::as_str)
                        .collect::<Vec<_>>(),
                )?;
                d.record.set_minutes(minutes, &names)?;
                let m = &d.record.minutes;
                tx.execute_cached(
                    "UPDATE meetings SET start_time = ?2, end_time = ?3, account = ?4,
                        account_agreed = ?5
                     WHERE id = ?1",
                    params![
                        id.to_string(),
                        m.start.map(domain::time_text),
                        m.end.map(domain::time_text),
                        m.account.as_ref().map(Prose::as_str),
                        m.agreed
                    ],
                )?;
                Ok(())
            },
        )
        .map(|(d, ())| d)
    }

    /// R13: finalizes the meeting exactly when its checklist is empty.
    pub fn finalize_meeting(
        &mut self,
        id: MeetingId,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        self.edit(
            Answer::Reloaded,
            id,
            AuditKind::MeetingFinalized,
            DecidedBy::Chair,
            now,
            |tx, d| {
                let done = domain::finalize(&d.record, now).map_err(StoreError::ChecklistOpen)?;
                tx.execute_cached(
                    "UPDATE meetings SET finalized_at = ?2 WHERE id = ?1",
                    params![id.to_string(), time_to_db(done.finalized_at())],
                )?;
                // R19/R20 at scale: its counts are kept from now on (migration 0025).
                crate::counts::keep(tx, "SELECT ?1", [id.to_string()])?;
                Ok(())
            },
        )
        .map(|(d, ())| d)
    }
}
