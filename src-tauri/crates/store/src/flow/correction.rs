//! R16: corrections of a finalized meeting's items. The one write a finalized meeting
//! still takes besides a consent withdrawal (R10): in one transaction the domain checks the
//! correction (who may ask, R17 age rules) and the contributor's decision. Granted:
//! `items.text` gets the new text (facts only), the replaced text is kept in
//! `item_versions` with the day of the decision, and an `item_corrected` audit entry
//! without personal data is appended. Refused: the item is untouched, the request and the
//! motivation go to `refused_corrections`, audited as `correction_refused`. Both are
//! recorded on the contributor's decision (seed 003 §5.3.3).

use super::{load_flow, FlowData};
use crate::audit::{self, AuditKind, DecidedBy};
use crate::codec::*;
use crate::ExecuteCached;
use crate::{Store, StoreError};
use chrono::{DateTime, NaiveDate, Utc};
use domain::{CorrectionInput, CorrectionOutcome, ItemId, MeetingId, ParticipantId, SubjectId};
use rusqlite::{params, OptionalExtension};

/// R16: one version of an item, as the chair reads it back (and the UI gets it).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ItemVersion {
    /// 1 = the text brought into the meeting.
    pub version: u32,
    pub text: String,
    /// When this version came into being (the item's creation for version 1).
    #[serde(with = "domain::wire::moment")]
    #[cfg_attr(feature = "ts", ts(as = "String"))]
    pub at: DateTime<Utc>,
    /// Why it was corrected (versions ≥ 2).
    pub reason: Option<String>,
    /// The family's reaction added with this version.
    pub reaction: Option<String>,
    /// Which family member asked (versions ≥ 2).
    pub requested_by: Option<SubjectId>,
    /// R16: the day the contributor agreed (versions ≥ 2 recorded since this was kept).
    pub decided_on: Option<NaiveDate>,
}

/// R16: a correction the contributor refused, as the chair reads it back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefusedCorrectionRow {
    pub proposed_text: Option<String>,
    pub reason: String,
    pub reaction: Option<String>,
    pub requested_by: SubjectId,
    pub decided_on: NaiveDate,
    pub motivation: String,
}

/// R16: what a correction request did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CorrectionResult {
    /// Granted: participants who received the old version (seed 003 §5.3.4), table order.
    Corrected { inform: Vec<ParticipantId> },
    /// Refused by the contributor: nothing changed.
    Refused,
}

impl Store {
    /// R16: records a correction request on an item of a finalized meeting with the
    /// contributor's decision. Returns the fresh record and what came of it.
    pub fn correct_item(
        &mut self,
        id: MeetingId,
        input: &CorrectionInput,
        now: DateTime<Utc>,
    ) -> Result<(FlowData, CorrectionResult), StoreError> {
        let tx = self.conn.transaction()?;
        let mut data = load_flow(&tx, id)?;
        let current = data.version_of(input.item);
        let outcome = domain::correct_item(data.state, &mut data.record, current, input, now)?;
        let contributor = data
            .record
            .items
            .iter()
            .find(|i| i.item.id == input.item)
            .map(|i| i.item.contributor)
            .ok_or(StoreError::NotFound("item"))?;
        let c = match outcome {
            CorrectionOutcome::Granted(c) => c,
            CorrectionOutcome::Refused(r) => {
                tx.execute_cached(
                    "INSERT INTO refused_corrections (id, meeting_id, item_id, proposed_text,
                        reason, reaction, requested_by, decided_on, motivation, recorded_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                    params![
                        uuid::Uuid::now_v7().to_string(),
                        id.to_string(),
                        r.item.to_string(),
                        r.proposed_text.as_ref().map(|t| t.as_str()),
                        r.reason.as_str(),
                        r.reaction.as_ref().map(|t| t.as_str()),
                        r.requested_by.to_string(),
                        date_to_db(r.decided_on),
                        r.motivation.as_str(),
                        time_to_db(r.at)
                    ],
                )?;
                audit::append(
                    &tx,
                    AuditKind::CorrectionRefused,
                    Some(id),
                    DecidedBy::Participant(contributor),
                    now,
                )?;
                tx.commit()?;
                return Ok((load_flow(&self.conn, id)?, CorrectionResult::Refused));
            }
        };
        let inform = domain::recipients_of_old_version(&data.record, c.item);
        if c.text_changed() {
            tx.execute_cached(
                "UPDATE items SET text = ?2 WHERE id = ?1 AND meeting_id = ?3",
                params![c.item.to_string(), c.text.as_str(), id.to_string()],
            )?;
        }
        tx.execute_cached(
            "INSERT INTO item_versions (id, meeting_id, item_id, version, previous_text, text,
                                        reason, reaction, requested_by, corrected_at, decided_on)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            params![
                uuid::Uuid::now_v7().to_string(),
                id.to_string(),
                c.item.to_string(),
                c.version,
                c.previous_text.as_str(),
                c.text.as_str(),
                c.reason.as_str(),
                c.reaction.as_ref().map(|r| r.as_str()),
                c.requested_by.to_string(),
                time_to_db(c.at),
                date_to_db(c.decided_on)
            ],
        )?;
        // The family member asked, the contributor agreed; the chair records it.
        audit::append(
            &tx,
            AuditKind::ItemCorrected,
            Some(id),
            DecidedBy::Participant(contributor),
            now,
        )?;
        tx.commit()?;
        Ok((
            load_flow(&self.conn, id)?,
            CorrectionResult::Corrected { inform },
        ))
    }

    /// R16: the corrections of an item the contributor refused, oldest first.
    pub fn refused_corrections(
        &self,
        meeting: MeetingId,
        item: ItemId,
    ) -> Result<Vec<RefusedCorrectionRow>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT proposed_text, reason, reaction, requested_by, decided_on, motivation
             FROM refused_corrections WHERE meeting_id = ?1 AND item_id = ?2
                 AND EXISTS (SELECT 1 FROM meetings m WHERE m.id = ?1)
             ORDER BY recorded_at, rowid",
        )?;
        let mut rows = stmt.query(params![meeting.to_string(), item.to_string()])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            out.push(RefusedCorrectionRow {
                proposed_text: r.get(0)?,
                reason: r.get(1)?,
                reaction: r.get(2)?,
                requested_by: SubjectId::from_uuid(uuid_from_db(&r.get::<_, String>(3)?)?),
                decided_on: date_from_db(&r.get::<_, String>(4)?)?,
                motivation: r.get(5)?,
            });
        }
        Ok(out)
    }

    /// R16: every version of an item, oldest first; the first is the text brought in.
    pub fn item_history(
        &self,
        meeting: MeetingId,
        item: ItemId,
    ) -> Result<Vec<ItemVersion>, StoreError> {
        let (current, created): (String, String) = self
            .conn
            .query_row(
                // R15: not of a meeting being destroyed (migration 0038: no `meetings` row).
                "SELECT text, created_at FROM items WHERE id = ?1 AND meeting_id = ?2
                     AND EXISTS (SELECT 1 FROM meetings m WHERE m.id = ?2)",
                params![item.to_string(), meeting.to_string()],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?
            .ok_or(StoreError::NotFound("item"))?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT version, previous_text, text, reason, reaction, requested_by, corrected_at,
                    decided_on
             FROM item_versions WHERE item_id = ?1 ORDER BY version",
        )?;
        let mut rows = stmt.query([item.to_string()])?;
        let mut later = Vec::new();
        let mut original = None;
        while let Some(r) = rows.next()? {
            if original.is_none() {
                original = Some(r.get::<_, String>(1)?);
            }
            later.push(ItemVersion {
                version: r.get(0)?,
                text: r.get(2)?,
                at: time_from_db(&r.get::<_, String>(6)?)?,
                reason: Some(r.get(3)?),
                reaction: r.get(4)?,
                requested_by: Some(SubjectId::from_uuid(uuid_from_db(&r.get::<_, String>(5)?)?)),
                decided_on: r
                    .get::<_, Option<String>>(7)?
                    .map(|d| date_from_db(&d))
                    .transpose()?,
            });
        }
        let mut out = vec![ItemVersion {
            version: 1,
            text: original.unwrap_or(current),
            at: time_from_db(&created)?,
            reason: None,
            reaction: None,
            requested_by: None,
            decided_on: None,
        }];
        out.extend(later);
        Ok(out)
    }
}
