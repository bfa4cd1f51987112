//! R20: the breach register and, per breach, whom to inform. Writes follow the `flow`
//! pattern: one transaction, the domain decides, the store writes, one audit entry with
//! only a kind and a time (no description, no names), commit. The lists per meeting are
//! read live from the meetings still on this laptop; `domain::who_to_inform` decides who
//! is on them.

use crate::audit::{self, AuditKind, DecidedBy};
use crate::codec::*;
use crate::ExecuteCached;
use crate::{Store, StoreError};
use chrono::{DateTime, Utc};
use domain::{
    reference_of, who_to_inform, BreachId, BreachInput, BreachMeetingFacts, BreachParticipantFact,
    BreachRecord, BreachSubjectFact, Field, MeetingId, MeetingToInform, OrganisationType, Prose,
    BREACH_DESCRIPTION_MAX_CHARS,
};
use rusqlite::{params, OptionalExtension, Row, Transaction};

const COLUMNS: &str = "id, discovered_at, description, scope_meeting, partners_informed_at";

fn record_of(r: &Row<'_>) -> Result<BreachRecord, StoreError> {
    let id: String = r.get(0)?;
    let scope: Option<String> = r.get(3)?;
    let informed: Option<String> = r.get(4)?;
    Ok(BreachRecord {
        id: BreachId::from_uuid(uuid_from_db(&id)?),
        discovered_at: time_from_db(&r.get::<_, String>(1)?)?,
        description: Prose::parse(
            &r.get::<_, String>(2)?,
            Field::BreachDescription,
            BREACH_DESCRIPTION_MAX_CHARS,
        )
        .map_err(|_| StoreError::Corrupt("breach description"))?,
        meeting: scope
            .map(|m| uuid_from_db(&m).map(MeetingId::from_uuid))
            .transpose()?,
        partners_informed_at: informed.map(|t| time_from_db(&t)).transpose()?,
    })
}

fn breach_in(tx: &Transaction<'_>, id: BreachId) -> Result<BreachRecord, StoreError> {
    let mut stmt = tx.prepare(&format!("SELECT {COLUMNS} FROM breaches WHERE id = ?1"))?;
    let mut rows = stmt.query([id.to_string()])?;
    match rows.next()? {
        Some(r) => record_of(r),
        None => Err(StoreError::NotFound("breach")),
    }
}

impl Store {
    /// R20: registers a breach. A breach of one meeting must name a meeting on this laptop.
    pub fn register_breach(
        &mut self,
        input: &BreachInput,
        now: DateTime<Utc>,
    ) -> Result<BreachRecord, StoreError> {
        let record = BreachRecord::register(input, now)?;
        let tx = self.conn.transaction()?;
        if let Some(m) = record.meeting {
            let known: Option<i64> = tx
                .query_row(
                    "SELECT 1 FROM meetings WHERE id = ?1",
                    [m.to_string()],
                    |r| r.get(0),
                )
                .optional()?;
            if known.is_none() {
                return Err(StoreError::NotFound("meeting"));
            }
        }
        tx.execute_cached(
            "INSERT INTO breaches (id, discovered_at, description, scope_meeting,
                                   partners_informed_at, destroy_after, created_at)
             VALUES (?1, ?2, ?3, ?4, NULL, ?5, ?6)",
            params![
                record.id.to_string(),
                time_to_db(record.discovered_at),
                record.description.as_str(),
                record.meeting.map(|m| m.to_string()),
                time_to_db(record.destroy_after()),
                time_to_db(now),
            ],
        )?;
        audit::append(
            &tx,
            AuditKind::BreachRegistered,
            record.meeting,
            DecidedBy::Chair,
            now,
        )?;
        tx.commit()?;
        Ok(record)
    }

    /// R20: the register, most recently discovered first.
    pub fn breaches(&self) -> Result<Vec<BreachRecord>, StoreError> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM breaches ORDER BY discovered_at DESC, id DESC"
        ))?;
        let mut rows = stmt.query([])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            out.push(record_of(r)?);
        }
        Ok(out)
    }

    /// R20: records when the partners were told (`at` RFC 3339; empty: now).
    pub fn mark_partners_informed(
        &mut self,
        id: BreachId,
        at: &str,
        now: DateTime<Utc>,
    ) -> Result<BreachRecord, StoreError> {
        let tx = self.conn.transaction()?;
        let mut record = breach_in(&tx, id)?;
        record.partners_informed(at, now)?;
        tx.execute_cached(
            "UPDATE breaches SET partners_informed_at = ?2 WHERE id = ?1",
            params![id.to_string(), record.partners_informed_at.map(time_to_db)],
        )?;
        audit::append(
            &tx,
            AuditKind::BreachPartnersInformed,
            record.meeting,
            DecidedBy::Chair,
            now,
        )?;
        tx.commit()?;
        Ok(record)
    }

    /// R20: per meeting the breach concerns (still on this laptop), the organisations
    /// that brought data in or received it and the family members, oldest meeting first.
    pub fn breach_lists(&self, id: BreachId) -> Result<Vec<MeetingToInform>, StoreError> {
        let tx = self.conn.unchecked_transaction()?;
        let record = breach_in(&tx, id)?;
        let lists = lists_in(&tx, record.meeting)?;
        tx.finish()?;
        Ok(lists)
    }

    /// R20 × R15: destroys breach records whose retention has passed (secure_delete is on
    /// for the store); one audit entry each, without the description. Returns how many.
    pub fn destroy_expired_breaches(&mut self, now: DateTime<Utc>) -> Result<usize, StoreError> {
        let tx = self.conn.transaction()?;
        tx.execute_batch("PRAGMA secure_delete = ON;")?;
        let n = tx.execute_cached(
            "DELETE FROM breaches WHERE destroy_after < ?1",
            [time_to_db(now)],
        )?;
        for _ in 0..n {
            audit::append(
                &tx,
                AuditKind::BreachRecordDestroyed,
                None,
                DecidedBy::Chair,
                now,
            )?;
        }
        tx.commit()?;
        Ok(n)
    }
}

/// The facts of each meeting in scope, through `domain::who_to_inform`.
fn lists_in(
    tx: &Transaction<'_>,
    scope: Option<MeetingId>,
) -> Result<Vec<MeetingToInform>, StoreError> {
    let mut meetings = tx.prepare(
        "SELECT id, case_label, meeting_date, anonymous FROM meetings
         WHERE ?1 IS NULL OR id = ?1 ORDER BY meeting_date, id",
    )?;
    let mut participants = tx.prepare(
        "SELECT p.organisation, p.organisation_type,
                EXISTS (SELECT 1 FROM items i WHERE i.contributor_id = p.id),
                EXISTS (SELECT 1 FROM releases r
                        WHERE r.recipient_id = p.id AND r.decision = 'released')
         FROM participants p WHERE p.meeting_id = ?1",
    )?;
    let mut subjects =
        tx.prepare("SELECT name, relation FROM subjects WHERE meeting_id = ?1 ORDER BY rowid")?;
    let heads = meetings
        .query_map([scope.map(|m| m.to_string())], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, i64>(3)?,
            ))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    let mut out = Vec::with_capacity(heads.len());
    for (id, case_label, date, anonymous) in heads {
        let meeting = MeetingId::from_uuid(uuid_from_db(&id)?);
        let date = date_from_db(&date)?;
        let mut facts = BreachMeetingFacts {
            meeting,
            reference: reference_of(meeting, date),
            case_label,
            date,
            anonymous: anonymous != 0,
            participants: Vec::new(),
            subjects: Vec::new(),
        };
        let mut rows = participants.query([&id])?;
        while let Some(r) = rows.next()? {
            facts.participants.push(BreachParticipantFact {
                organisation: r.get(0)?,
                organisation_type: OrganisationType::from_code(&r.get::<_, String>(1)?)
                    .unwrap_or(OrganisationType::Overig),
                contributed: r.get::<_, i64>(2)? != 0,
                received: r.get::<_, i64>(3)? != 0,
            });
        }
        let mut rows = subjects.query([&id])?;
        while let Some(r) = rows.next()? {
            facts.subjects.push(BreachSubjectFact {
                name: r.get(0)?,
                relation: from_db(&r.get::<_, String>(1)?, "relation")?,
            });
        }
        out.push(who_to_inform(&facts));
    }
    Ok(out)
}
