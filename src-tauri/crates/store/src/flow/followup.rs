//! R11/R13: follow-up meetings. The domain decides what carries over
//! ([`domain::follow_up`], [`domain::take_over`]); this writes the new meeting, its
//! carried-over actions and the people the chair confirmed in one transaction, and records the chair's status for each.

use super::{load_flow, Answer, FlowData};
use crate::audit::{self, AuditKind, DecidedBy};
use crate::codec::*;
use crate::ExecuteCached;
use crate::{Store, StoreError};
use chrono::{DateTime, Utc};
use domain::{
    CarriedAction, CarriedActionId, CarriedStatus, Field, Label, MeetingId, NotDoneReason,
    ParticipantId, Prose, SubjectId,
};
use rusqlite::{params, Connection, OptionalExtension};

fn status_to_db(s: &CarriedStatus) -> (String, Option<&str>) {
    match s {
        CarriedStatus::Unsettled => ("unsettled".into(), None),
        CarriedStatus::Done => ("done".into(), None),
        CarriedStatus::ConditionNotMet => ("condition_not_met".into(), None),
        // The reason's own column text (codec): `changed_circumstances`, `not_acted_upon`.
        CarriedStatus::NotDone { reason, note } => {
            (to_db(*reason), note.as_ref().map(Prose::as_str))
        }
    }
}

fn status_from_db(status: &str, note: Option<String>) -> Result<CarriedStatus, StoreError> {
    let reason = match status {
        "unsettled" => return Ok(CarriedStatus::Unsettled),
        "done" => return Ok(CarriedStatus::Done),
        "condition_not_met" => return Ok(CarriedStatus::ConditionNotMet),
        other => from_db::<NotDoneReason>(other, "carried status")?,
    };
    let note = note
        .map(|n| Prose::parse(&n, Field::CarriedNote, usize::MAX))
        .transpose()
        .map_err(|_| StoreError::Corrupt("text"))?;
    Ok(CarriedStatus::NotDone { reason, note })
}

fn label(s: &str, field: Field) -> Result<Label, StoreError> {
    Label::parse(s, field).map_err(|_| StoreError::Corrupt("label"))
}

/// The carried-over actions of one meeting, in the order they were carried over.
pub(crate) fn load_carried(
    conn: &Connection,
    meeting: &str,
) -> Result<Vec<CarriedAction>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, from_meeting_id, who_name, who_organisation, what, due, status, note,
                condition
         FROM carried_actions WHERE meeting_id = ?1 ORDER BY position",
    )?;
    let mut rows = stmt.query([meeting])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        out.push(CarriedAction {
            id: CarriedActionId::from_uuid(uuid_from_db(&r.get::<_, String>(0)?)?),
            from_meeting: MeetingId::from_uuid(uuid_from_db(&r.get::<_, String>(1)?)?),
            who_name: label(&r.get::<_, String>(2)?, Field::Name)?,
            who_organisation: label(&r.get::<_, String>(3)?, Field::Organisation)?,
            what: Prose::parse(&r.get::<_, String>(4)?, Field::ActionWhat, usize::MAX)
                .map_err(|_| StoreError::Corrupt("text"))?,
            due: date_from_db(&r.get::<_, String>(5)?)?,
            condition: r
                .get::<_, Option<String>>(8)?
                .map(|c| Prose::parse(&c, Field::ActionCondition, usize::MAX))
                .transpose()
                .map_err(|_| StoreError::Corrupt("text"))?,
            status: status_from_db(&r.get::<_, String>(6)?, r.get(7)?)?,
        });
    }
    Ok(out)
}

impl Store {
    /// R11: creates the follow-up meeting of a finalized meeting on `date` (ISO), carrying
    /// over its open actions. Returns the new meeting's record.
    pub fn create_follow_up(
        &mut self,
        previous: MeetingId,
        date: &str,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        self.create_follow_up_with(previous, date, &[], &[], now)
    }

    /// R2/R21: what a follow-up of `previous` may take over: its participants and family
    /// members, for the chair to confirm ([`domain::carry_over`]).
    pub fn follow_up_offer(&self, previous: MeetingId) -> Result<domain::CarryOver, StoreError> {
        let prev = load_flow(&self.conn, previous)?;
        Ok(domain::carry_over(&prev.record))
    }

    /// R11: what the follow-up `meeting` shows of the meeting it follows up
    /// ([`domain::last_time`]), read from that meeting while it exists: once it is destroyed
    /// (R15) or a family member's data in it is erased (R17), it is gone here too.
    pub fn last_time(&self, meeting: MeetingId) -> Result<Option<domain::LastTime>, StoreError> {
        let follows: Option<String> = self
            .conn
            .query_row(
                "SELECT follows_meeting_id FROM meetings WHERE id = ?1",
                [meeting.to_string()],
                |r| r.get(0),
            )
            .optional()?
            .ok_or(StoreError::NotFound("meeting"))?;
        let Some(previous) = follows else {
            return Ok(None);
        };
        let previous = MeetingId::from_uuid(uuid_from_db(&previous)?);
        match load_flow(&self.conn, previous) {
            Ok(prev) => Ok(domain::last_time(&prev.record, prev.state)),
            Err(StoreError::NotFound(_)) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// R11: creates the follow-up meeting with its open actions and the participants and
    /// family members of `previous` the chair confirmed, in one transaction; each person
    /// taken over is audited as added (R18). Nothing is written when an id is unknown.
    pub fn create_follow_up_with(
        &mut self,
        previous: MeetingId,
        date: &str,
        participants: &[ParticipantId],
        subjects: &[SubjectId],
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        let tx = self.conn.transaction()?;
        let prev = load_flow(&tx, previous)?;
        let (meeting, carried) =
            domain::follow_up(&prev.record, prev.state, MeetingId::new(), date, now)?;
        let (people, family) = domain::take_over(&prev.record, &meeting, participants, subjects)?;
        crate::repo::insert_meeting(&tx, &meeting)?;
        tx.execute_cached(
            "UPDATE meetings SET follows_meeting_id = ?2 WHERE id = ?1",
            params![meeting.id.to_string(), previous.to_string()],
        )?;
        for (position, c) in carried.iter().enumerate() {
            let (status, note) = status_to_db(&c.status);
            tx.execute_cached(
                "INSERT INTO carried_actions (id, meeting_id, from_meeting_id, who_name,
                     who_organisation, what, due, status, note, position, condition)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                params![
                    c.id.to_string(),
                    meeting.id.to_string(),
                    c.from_meeting.to_string(),
                    c.who_name.as_str(),
                    c.who_organisation.as_str(),
                    c.what.as_str(),
                    date_to_db(c.due),
                    status,
                    note,
                    i64::try_from(position).unwrap_or(i64::MAX),
                    c.condition.as_ref().map(Prose::as_str),
                ],
            )?;
        }
        audit::append(
            &tx,
            AuditKind::FollowUpCreated,
            Some(meeting.id),
            DecidedBy::Chair,
            now,
        )?;
        for p in &people {
            let q = &p.participant;
            tx.execute_cached(
                "INSERT INTO participants (id, meeting_id, name, organisation, function, phone,
                     email, role, organisation_type, secrecy, complaint_route, expertise_only)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                params![
                    q.id.to_string(),
                    meeting.id.to_string(),
                    q.name.as_str(),
                    q.organisation.as_str(),
                    q.function.as_ref().map(Label::as_str),
                    q.phone.as_ref().map(Label::as_str),
                    q.email.as_ref().map(Label::as_str),
                    to_db(q.role),
                    p.organisation_type.code(),
                    p.secrecy,
                    p.complaint_route.as_ref().map(Label::as_str),
                    q.expertise_only,
                ],
            )?;
            audit::append(
                &tx,
                AuditKind::ParticipantAdded,
                Some(meeting.id),
                DecidedBy::Chair,
                now,
            )?;
        }
        for s in &family {
            let subject = &s.subject;
            tx.execute_cached(
                "INSERT INTO subjects (id, meeting_id, relation, name, birth_date, present,
                                       parental_authority)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    subject.id.to_string(),
                    meeting.id.to_string(),
                    to_db(subject.relation),
                    subject.name.as_ref().map(Label::as_str),
                    subject.birth_date.map(date_to_db),
                    s.present,
                    subject.parental_authority
                ],
            )?;
            crate::rights::index_subject(
                &tx,
                subject.id,
                subject.name.as_ref().map(Label::as_str),
                subject.birth_date,
            )?;
            // R17: a person who objected stays marked in every meeting.
            crate::rights::mark_if_objected(
                &tx,
                subject.id,
                subject.name.as_ref().map(Label::as_str),
                subject.birth_date,
            )?;
            audit::append(
                &tx,
                AuditKind::SubjectAdded,
                Some(meeting.id),
                DecidedBy::Chair,
                now,
            )?;
        }
        tx.commit()?;
        load_flow(&self.conn, meeting.id)
    }

    /// R11/R13: records what became of a carried-over action (done / not done + reason).
    pub fn set_carried_status(
        &mut self,
        id: MeetingId,
        carried: CarriedActionId,
        status: CarriedStatus,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        self.edit(
            Answer::AsApplied,
            id,
            AuditKind::CarriedActionSettled,
            DecidedBy::Chair,
            now,
            |tx, d| {
                d.record.set_carried_status(carried, status.clone())?;
                let (s, note) = status_to_db(&status);
                tx.execute_cached(
                    "UPDATE carried_actions SET status = ?3, note = ?4
                     WHERE id = ?1 AND meeting_id = ?2",
                    params![carried.to_string(), id.to_string(), s, note],
                )?;
                Ok(())
            },
        )
        .map(|(d, ())| d)
    }
}
