//! R16: corrections of a finalized meeting's items. The one write a finalized meeting
//! still takes besides a consent withdrawal (R10): in one transaction the domain checks the
//! correction, `items.text` gets the new text (facts only), the replaced text is kept in
//! `item_versions`, and an `item_corrected` audit entry without personal data is appended.

use super::{load_flow, FlowData};
use crate::audit::{self, AuditKind, DecidedBy};
use crate::codec::*;
use crate::{Store, StoreError};
use chrono::{DateTime, Utc};
use domain::{CorrectionInput, ItemId, MeetingId, ParticipantId, SubjectId};
use rusqlite::{params, OptionalExtension};

/// R16: one version of an item, as the chair reads it back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemVersion {
    /// 1 = the text brought into the meeting.
    pub version: u32,
    pub text: String,
    /// When this version came into being (the item's creation for version 1).
    pub at: DateTime<Utc>,
    /// Why it was corrected (versions ≥ 2).
    pub reason: Option<String>,
    /// The family's reaction added with this version.
    pub reaction: Option<String>,
    /// Which family member asked (versions ≥ 2).
    pub requested_by: Option<SubjectId>,
}

impl Store {
    /// R16: corrects an item of a finalized meeting. Returns the fresh record and every
    /// participant who received the old version (seed 003 §5.3.4), in table order.
    pub fn correct_item(
        &mut self,
        id: MeetingId,
        input: &CorrectionInput,
        now: DateTime<Utc>,
    ) -> Result<(FlowData, Vec<ParticipantId>), StoreError> {
        let tx = self.conn.transaction()?;
        let mut data = load_flow(&tx, id)?;
        let current = data.version_of(input.item);
        let c = domain::correct_item(data.state, &mut data.record, current, input, now)?;
        let inform = domain::recipients_of_old_version(&data.record, c.item);
        if c.text_changed() {
            tx.execute(
                "UPDATE items SET text = ?2 WHERE id = ?1 AND meeting_id = ?3",
                params![c.item.to_string(), c.text.as_str(), id.to_string()],
            )?;
        }
        tx.execute(
            "INSERT INTO item_versions (id, meeting_id, item_id, version, previous_text, text,
                                        reason, reaction, requested_by, corrected_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
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
                time_to_db(c.at)
            ],
        )?;
        // The family member asked; the chair records it.
        audit::append(
            &tx,
            AuditKind::ItemCorrected,
            Some(id),
            DecidedBy::Chair,
            now,
        )?;
        tx.commit()?;
        Ok((load_flow(&self.conn, id)?, inform))
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
                "SELECT text, created_at FROM items WHERE id = ?1 AND meeting_id = ?2",
                params![item.to_string(), meeting.to_string()],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?
            .ok_or(StoreError::NotFound("item"))?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT version, previous_text, text, reason, reaction, requested_by, corrected_at
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
            });
        }
        let mut out = vec![ItemVersion {
            version: 1,
            text: original.unwrap_or(current),
            at: time_from_db(&created)?,
            reason: None,
            reaction: None,
            requested_by: None,
        }];
        out.extend(later);
        Ok(out)
    }
}
