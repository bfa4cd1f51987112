//! R11 and seed 002: decisions with their reasons and the items they rest on, and
//! participants' dissent with them (migration 0028). Draft only (R13), audited (R18); the
//! domain decides (`domain::MeetingRecord::add_decision`, `add_dissent`, ...).

use super::load::{for_family_col, id_of, ids_by, prose_col};
use super::{Answer, FlowData};
use crate::audit::{AuditKind, DecidedBy};
use crate::ExecuteCached;
use crate::{Store, StoreError};
use chrono::{DateTime, Utc};
use domain::{
    Decision, DecisionId, DecisionInput, Dissent, DissentId, Field, ItemId, MeetingId,
    ParticipantId,
};
use rusqlite::{params, Connection};

/// The decisions of a meeting (in the order recorded) with the items they rest on, and
/// the dissents with them.
pub(super) fn load_decisions(
    conn: &Connection,
    mid: &str,
) -> Result<(Vec<Decision>, Vec<Dissent>), StoreError> {
    let rests_on = ids_by(
        conn,
        "SELECT di.decision_id, di.item_id FROM decision_items di
         JOIN decisions d ON d.id = di.decision_id WHERE d.meeting_id = ?1 ORDER BY di.rowid",
        mid,
        DecisionId::from_uuid,
    )?;
    let mut decisions = Vec::new();
    {
        let mut stmt = conn.prepare_cached(
            "SELECT id, what, why, for_family, not_for_family_motivation
             FROM decisions WHERE meeting_id = ?1 ORDER BY rowid",
        )?;
        let mut rows = stmt.query([mid])?;
        while let Some(r) = rows.next()? {
            let id = DecisionId::from_uuid(id_of(&r.get::<_, String>(0)?)?);
            let mut items: Vec<ItemId> = rests_on
                .get(&id)
                .map(|v| v.iter().map(|u| ItemId::from_uuid(*u)).collect())
                .unwrap_or_default();
            items.sort();
            decisions.push(Decision {
                id,
                what: prose_col(r, 1, Field::DecisionWhat)?
                    .ok_or(StoreError::Corrupt("decision"))?,
                why: prose_col(r, 2, Field::DecisionWhy)?.ok_or(StoreError::Corrupt("decision"))?,
                rests_on: items,
                for_family: for_family_col(r, 3)?,
            });
        }
    }
    let mut dissents = Vec::new();
    {
        let mut stmt = conn.prepare_cached(
            "SELECT id, decision_id, participant_id, why FROM dissents
             WHERE meeting_id = ?1 ORDER BY rowid",
        )?;
        let mut rows = stmt.query([mid])?;
        while let Some(r) = rows.next()? {
            dissents.push(Dissent {
                id: DissentId::from_uuid(id_of(&r.get::<_, String>(0)?)?),
                decision: DecisionId::from_uuid(id_of(&r.get::<_, String>(1)?)?),
                participant: ParticipantId::from_uuid(id_of(&r.get::<_, String>(2)?)?),
                why: prose_col(r, 3, Field::DissentWhy)?.ok_or(StoreError::Corrupt("dissent"))?,
            });
        }
    }
    Ok((decisions, dissents))
}

impl Store {
    /// R11/seed 002: records a decision with its reason and the items it rests on.
    pub fn add_decision(
        &mut self,
        id: MeetingId,
        input: &DecisionInput,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        self.edit(
            Answer::AsApplied,
            id,
            AuditKind::DecisionAdded,
            DecidedBy::Chair,
            now,
            |tx, d| {
                let decision = d.record.add_decision(DecisionId::new(), input)?;
                // R4: the texts of an anonymous meeting name nobody of the family.
                crate::anonymous::check_texts(
                    tx,
                    d.record.meeting.anonymous,
                    &[
                        (decision.what.as_str(), Field::DecisionWhat),
                        (decision.why.as_str(), Field::DecisionWhy),
                    ],
                )?;
                tx.execute_cached(
                    "INSERT INTO decisions (id, meeting_id, what, why) VALUES (?1, ?2, ?3, ?4)",
                    params![
                        decision.id.to_string(),
                        id.to_string(),
                        decision.what.as_str(),
                        decision.why.as_str()
                    ],
                )?;
                for item in &decision.rests_on {
                    tx.execute_cached(
                        "INSERT INTO decision_items (decision_id, item_id) VALUES (?1, ?2)",
                        params![decision.id.to_string(), item.to_string()],
                    )?;
                }
                Ok(())
            },
        )
        .map(|(d, ())| d)
    }

    /// R11: removes a decision (refused while actions hang under it or dissent is
    /// recorded with it).
    pub fn remove_decision(
        &mut self,
        id: MeetingId,
        decision: DecisionId,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        self.remove_row(
            id,
            AuditKind::DecisionRemoved,
            DecidedBy::Chair,
            now,
            ("decisions", decision.to_string()),
            |d| d.record.remove_decision(decision),
        )
    }

    /// Seed 002/000: a participant records that they disagree with a decision, and why.
    /// On that participant's word, so the log names them (R18).
    pub fn add_dissent(
        &mut self,
        id: MeetingId,
        decision: DecisionId,
        participant: ParticipantId,
        why: &str,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        self.edit(
            Answer::AsApplied,
            id,
            AuditKind::DissentAdded,
            DecidedBy::Participant(participant),
            now,
            |tx, d| {
                let dissent = d
                    .record
                    .add_dissent(DissentId::new(), decision, participant, why)?;
                crate::anonymous::check_texts(
                    tx,
                    d.record.meeting.anonymous,
                    &[(dissent.why.as_str(), Field::DissentWhy)],
                )?;
                tx.execute_cached(
                    "INSERT INTO dissents (id, meeting_id, decision_id, participant_id, why)
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![
                        dissent.id.to_string(),
                        id.to_string(),
                        decision.to_string(),
                        participant.to_string(),
                        dissent.why.as_str()
                    ],
                )?;
                Ok(())
            },
        )
        .map(|(d, ())| d)
    }

    /// R14c: the chair marks what the family letter shows of a decision (draft only).
    pub fn set_decision_for_family(
        &mut self,
        id: MeetingId,
        decision: DecisionId,
        for_family: domain::ForFamily,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        self.edit(
            Answer::AsApplied,
            id,
            AuditKind::ForFamilySet,
            DecidedBy::Chair,
            now,
            |tx, d| {
                d.record
                    .set_decision_for_family(decision, for_family.clone())?;
                super::plan::write_for_family(tx, "decisions", &decision.to_string(), &for_family)
            },
        )
        .map(|(d, ())| d)
    }

    /// Seed 002: removes a recorded dissent.
    pub fn remove_dissent(
        &mut self,
        id: MeetingId,
        dissent: DissentId,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        self.remove_row(
            id,
            AuditKind::DissentRemoved,
            DecidedBy::Chair,
            now,
            ("dissents", dissent.to_string()),
            |d| d.record.remove_dissent(dissent),
        )
    }
}
