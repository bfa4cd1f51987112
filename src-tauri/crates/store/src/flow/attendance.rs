//! Attendance (R2): present, apologies (afgemeld) or observer, and the confidentiality
//! pledge. The domain decides ([`domain::MeetingRecord::set_attendance`],
//! `record_pledge`); this writes it in the edit pattern.

use super::{Answer, FlowData};
use crate::audit::{AuditKind, DecidedBy};
use crate::codec::*;
use crate::ExecuteCached;
use crate::{Store, StoreError};
use chrono::{DateTime, NaiveDate, Utc};
use domain::{Attendance, MeetingId, ParticipantId};
use rusqlite::params;

pub(crate) fn attendance_to_db(a: Attendance) -> (&'static str, bool) {
    match a {
        Attendance::Present => ("present", false),
        Attendance::Apologies { info_sent } => ("apologies", info_sent),
        Attendance::Observer => ("observer", false),
    }
}

pub(crate) fn attendance_from_db(s: &str, info_sent: bool) -> Result<Attendance, StoreError> {
    match s {
        "present" => Ok(Attendance::Present),
        "apologies" => Ok(Attendance::Apologies { info_sent }),
        "observer" => Ok(Attendance::Observer),
        _ => Err(StoreError::Corrupt("attendance")),
    }
}

impl Store {
    /// Records how a participant attended (R2, R9, R11: see `domain::Attendance`).
    pub fn set_attendance(
        &mut self,
        id: MeetingId,
        participant: ParticipantId,
        attendance: Attendance,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        self.edit(
            Answer::AsApplied,
            id,
            AuditKind::AttendanceSet,
            DecidedBy::Chair,
            now,
            |tx, d| {
                d.record.set_attendance(participant, attendance)?;
                let (kind, info_sent) = attendance_to_db(attendance);
                tx.execute_cached(
                    "UPDATE participants SET attendance = ?3, info_sent = ?4
                     WHERE id = ?1 AND meeting_id = ?2",
                    params![participant.to_string(), id.to_string(), kind, info_sent],
                )?;
                Ok(())
            },
        )
        .map(|(d, ())| d)
    }

    /// R2: the participant confirmed confidentiality now.
    pub fn record_pledge(
        &mut self,
        id: MeetingId,
        participant: ParticipantId,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        self.edit(
            Answer::AsApplied,
            id,
            AuditKind::PledgeRecorded,
            DecidedBy::Participant(participant),
            now,
            |tx, d| {
                let at = d.record.record_pledge(participant, now)?;
                tx.execute_cached(
                    "UPDATE participants SET pledged_at = ?2 WHERE id = ?1",
                    params![participant.to_string(), time_to_db(at)],
                )?;
                Ok(())
            },
        )
        .map(|(d, ())| d)
    }

    /// R2: a participant who sent apologies confirmed confidentiality afterwards, on `on`
    /// (between the meeting and `today`); see `MeetingRecord::record_pledge_on`.
    pub fn record_pledge_on(
        &mut self,
        id: MeetingId,
        participant: ParticipantId,
        on: NaiveDate,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        self.edit(
            Answer::AsApplied,
            id,
            AuditKind::PledgeRecorded,
            DecidedBy::Participant(participant),
            now,
            |tx, d| {
                let at = d.record.record_pledge_on(participant, on, today)?;
                tx.execute_cached(
                    "UPDATE participants SET pledged_at = ?2 WHERE id = ?1",
                    params![participant.to_string(), time_to_db(at)],
                )?;
                Ok(())
            },
        )
        .map(|(d, ())| d)
    }
}
