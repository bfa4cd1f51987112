//! The family in a meeting (R4, R8, R12): adding a family member, whether they are
//! present, and their letter language and interpreter. Each is one edit (see the module
//! docs of `flow`), answered as applied.

use super::{Answer, FlowData};
use crate::audit::{AuditKind, DecidedBy};
use crate::codec::*;
use crate::ExecuteCached;
use crate::{Store, StoreError};
use chrono::{DateTime, Utc};
use domain::{MeetingId, SubjectId, SubjectInput};
use rusqlite::params;

impl Store {
    /// Adds a family member (R4, R8).
    pub fn add_subject(
        &mut self,
        id: MeetingId,
        input: &SubjectInput,
        present: bool,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        self.edit(
            Answer::AsApplied,
            id,
            AuditKind::SubjectAdded,
            DecidedBy::Chair,
            now,
            |tx, d| {
                let s = d.record.add_subject(SubjectId::new(), input, present)?;
                tx.execute_cached(
                    "INSERT INTO subjects (id, meeting_id, relation, name, birth_date, present,
                                           parental_authority)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                    params![
                        s.id.to_string(),
                        id.to_string(),
                        to_db(s.relation),
                        s.name.as_ref().map(|n| n.as_str()),
                        s.birth_date.map(date_to_db),
                        present,
                        s.parental_authority
                    ],
                )?;
                crate::rights::index_subject(
                    tx,
                    s.id,
                    s.name.as_ref().map(|n| n.as_str()),
                    s.birth_date,
                )?;
                // R17: a person who objected stays marked in every meeting.
                crate::rights::mark_if_objected(
                    tx,
                    s.id,
                    s.name.as_ref().map(|n| n.as_str()),
                    s.birth_date,
                )?;
                Ok(())
            },
        )
        .map(|(d, ())| d)
    }

    /// R12: whether a subject is present.
    pub fn set_subject_present(
        &mut self,
        id: MeetingId,
        subject: SubjectId,
        present: bool,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        self.edit(
            Answer::AsApplied,
            id,
            AuditKind::SubjectChanged,
            DecidedBy::Chair,
            now,
            |tx, d| {
                d.record.set_subject_present(subject, present)?;
                tx.execute_cached(
                    "UPDATE subjects SET present = ?2 WHERE id = ?1",
                    params![subject.to_string(), present],
                )?;
                Ok(())
            },
        )
        .map(|(d, ())| d)
    }

    /// R12: a family member's letter language and interpreter (draft only, R13; audited
    /// as a subject edit, R18).
    pub fn set_subject_language(
        &mut self,
        id: MeetingId,
        subject: SubjectId,
        input: &domain::FamilyLanguageInput,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        self.edit(
            Answer::AsApplied,
            id,
            AuditKind::SubjectChanged,
            DecidedBy::Chair,
            now,
            |tx, d| {
                let lang = d.record.set_subject_language(subject, input)?;
                tx.execute_cached(
                    "UPDATE subjects SET letter_language = ?2, interpreter_needed = ?3,
                                         spoken_language = ?4
                     WHERE id = ?1",
                    params![
                        subject.to_string(),
                        lang.letter.code(),
                        lang.interpreter_needed,
                        lang.spoken_language.as_ref().map(|l| l.as_str())
                    ],
                )?;
                Ok(())
            },
        )
        .map(|(d, ())| d)
    }
}
