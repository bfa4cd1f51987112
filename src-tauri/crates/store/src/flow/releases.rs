//! Releases (R5/R9): the contributor's decision per item and recipient, the bulk
//! "stays in the meeting" and its undo, each cell audited on its contributor's behalf.

use super::{load_flow, Answer, FlowData};
use crate::audit::{self, AuditKind, DecidedBy};
use crate::codec::*;
use crate::ExecuteCached;
use crate::{Store, StoreError};
use chrono::{DateTime, Utc};
use domain::{ItemId, MeetingId, ParticipantId, ReleaseChoice, ReleaseDecision, ReleaseRequest};
use rusqlite::params;

impl Store {
    /// R9: records the contributor's decision for one item and one recipient.
    pub fn decide_release(
        &mut self,
        id: MeetingId,
        item: ItemId,
        recipient: ParticipantId,
        choice: ReleaseChoice,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        let contributor = self.contributor_of(id, item)?;
        self.edit(
            Answer::AsApplied,
            id,
            AuditKind::ReleaseDecided,
            DecidedBy::Participant(contributor),
            now,
            |tx, d| {
                d.record.decide_release(ReleaseRequest {
                    item,
                    recipient,
                    decided_by: contributor,
                    at: now,
                    choice,
                })?;
                let (decision, action, motivation) =
                    match d.record.releases.decision(item, recipient) {
                        ReleaseDecision::StaysInMeeting { .. } => ("stays", None, None),
                        ReleaseDecision::Released {
                            action, motivation, ..
                        } => (
                            "released",
                            Some(action.to_string()),
                            motivation.as_ref().map(|m| m.as_str().to_owned()),
                        ),
                        ReleaseDecision::Undecided => return Ok(()),
                    };
                tx.execute_cached(
                    "INSERT INTO releases (item_id, recipient_id, decision, action_id, decided_by,
                                           at, motivation)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                     ON CONFLICT (item_id, recipient_id) DO UPDATE SET
                        decision = excluded.decision, action_id = excluded.action_id,
                        decided_by = excluded.decided_by, at = excluded.at,
                        motivation = excluded.motivation",
                    params![
                        item.to_string(),
                        recipient.to_string(),
                        decision,
                        action,
                        contributor.to_string(),
                        time_to_db(now),
                        motivation
                    ],
                )?;
                Ok(())
            },
        )
        .map(|(d, ())| d)
    }

    /// R5/R9: the contributors' "stays in the meeting" for every undecided cell in `scope`
    /// that is not needed by an action (`MeetingRecord::bulk_stays`). Each cell is stored
    /// and audited exactly like a single decision, on its contributor's behalf (R18).
    /// Returns the fresh record and the cells decided, for [`Store::undo_release_stays`].
    pub fn bulk_release_stays(
        &mut self,
        id: MeetingId,
        scope: domain::BulkScope,
        now: DateTime<Utc>,
    ) -> Result<(FlowData, Vec<domain::BulkCell>), StoreError> {
        let tx = self.conn.transaction()?;
        let mut data = load_flow(&tx, id)?;
        domain::ensure_editable(data.state)?;
        let cells = data.record.bulk_stays(scope, now)?;
        for c in &cells {
            tx.execute_cached(
                "INSERT INTO releases (item_id, recipient_id, decision, action_id, decided_by,
                                       at, motivation)
                 VALUES (?1, ?2, 'stays', NULL, ?3, ?4, NULL)",
                params![
                    c.item.to_string(),
                    c.recipient.to_string(),
                    c.contributor.to_string(),
                    time_to_db(now)
                ],
            )?;
            audit::append(
                &tx,
                AuditKind::ReleaseDecided,
                Some(id),
                DecidedBy::Participant(c.contributor),
                now,
            )?;
        }
        tx.commit()?;
        Ok((load_flow(&self.conn, id)?, cells))
    }

    /// R5/R9: undoes a bulk decision as one step: each of `cells` that still says "stays in
    /// the meeting" is undecided again (not released either). Audited per cell, on the
    /// contributor's behalf (R18).
    pub fn undo_release_stays(
        &mut self,
        id: MeetingId,
        cells: &[(ItemId, ParticipantId)],
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        let tx = self.conn.transaction()?;
        let mut data = load_flow(&tx, id)?;
        domain::ensure_editable(data.state)?;
        for c in data.record.undo_stays(cells) {
            tx.execute_cached(
                "DELETE FROM releases
                 WHERE item_id = ?1 AND recipient_id = ?2 AND decision = 'stays'",
                params![c.item.to_string(), c.recipient.to_string()],
            )?;
            audit::append(
                &tx,
                AuditKind::ReleaseUndone,
                Some(id),
                DecidedBy::Participant(c.contributor),
                now,
            )?;
        }
        tx.commit()?;
        load_flow(&self.conn, id)
    }
}
