//! R10: a consent withdrawn on a finalized meeting (seed 004 art. 6.4c–d): the domain
//! decides who may withdraw, what loses its basis and whom to inform; this module writes
//! it, with its inform tasks and their done dates, audited in the same transaction.

use super::{load_flow, FlowData};
use crate::audit::{self, AuditKind, DecidedBy};
use crate::codec::*;
use crate::ExecuteCached;
use crate::{Store, StoreError};
use chrono::{DateTime, NaiveDate, Utc};
use domain::{
    Basis, ConsentWithdrawal, Consenter, Field, InformTask, ItemId, Label, MeetingId,
    ParticipantId, SubjectId, WithdrawalRequest,
};
use rusqlite::{params, Connection, Transaction};

/// A stored withdrawal with the ids of its row and of its inform tasks (same order).
#[derive(Debug, Clone, PartialEq)]
pub struct StoredWithdrawal {
    pub id: String,
    pub withdrawal: ConsentWithdrawal,
    pub task_ids: Vec<String>,
}

/// R10: an item a recipient received before its consent was withdrawn: they are told.
/// Serialized as it is over IPC (TypeScript: `ReceivedItem`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ReceivedItem {
    /// The item whose consent was withdrawn.
    pub item_id: ItemId,
    /// The participant it was released to.
    pub recipient_id: ParticipantId,
}

/// The columns (kind, subject, name, relation) of a consenter, as the consents table has them.
pub(crate) fn consenter_to_db(
    c: &Consenter,
) -> (&'static str, Option<String>, Option<String>, Option<String>) {
    match c {
        Consenter::Subject => ("subject", None, None, None),
        Consenter::Parent { subject_id: p } => ("parent", Some(p.to_string()), None, None),
        Consenter::OtherAuthority { name: n } => {
            ("other_authority", None, Some(n.as_str().to_owned()), None)
        }
        Consenter::AuthorityByRelation { relation: r } => {
            ("other_authority", None, None, Some(to_db(*r)))
        }
    }
}

fn consenter_from_db(
    kind: &str,
    subject: Option<String>,
    name: Option<String>,
    relation: Option<String>,
) -> Result<Consenter, StoreError> {
    Ok(match (kind, subject, name, relation) {
        ("subject", ..) => Consenter::Subject,
        ("parent", Some(s), ..) => Consenter::Parent {
            subject_id: SubjectId::from_uuid(uuid_from_db(&s)?),
        },
        ("other_authority", _, Some(n), _) => Consenter::OtherAuthority {
            name: Label::parse(&n, Field::WithdrawnBy)
                .map_err(|_| StoreError::Corrupt("withdrawal"))?,
        },
        ("other_authority", _, None, Some(r)) => Consenter::AuthorityByRelation {
            relation: from_db(&r, "relation")?,
        },
        _ => return Err(StoreError::Corrupt("withdrawal")),
    })
}

/// R10: every withdrawal of a meeting, oldest first, with its inform tasks.
pub(crate) fn load_withdrawals(
    conn: &Connection,
    mid: &str,
) -> Result<Vec<StoredWithdrawal>, StoreError> {
    let mut out = Vec::new();
    let mut stmt = conn.prepare_cached(
        "SELECT id, subject_id, by_kind, by_subject, by_name, by_relation, method, withdrawn_on
         FROM consent_withdrawals WHERE meeting_id = ?1 ORDER BY rowid",
    )?;
    let mut rows = stmt.query([mid])?;
    while let Some(r) = rows.next()? {
        let id: String = r.get(0)?;
        let by = consenter_from_db(&r.get::<_, String>(2)?, r.get(3)?, r.get(4)?, r.get(5)?)?;
        let mut items_stmt = conn.prepare_cached(
            "SELECT item_id FROM consent_withdrawal_items WHERE withdrawal_id = ?1 ORDER BY rowid",
        )?;
        let items = items_stmt
            .query_map([&id], |r| r.get::<_, String>(0))?
            .map(|s| Ok(ItemId::from_uuid(uuid_from_db(&s?)?)))
            .collect::<Result<Vec<_>, StoreError>>()?;
        let mut task_stmt = conn.prepare_cached(
            "SELECT id, participant_id, done_on FROM withdrawal_inform_tasks
             WHERE withdrawal_id = ?1 ORDER BY rowid",
        )?;
        let mut tasks = Vec::new();
        let mut task_ids = Vec::new();
        let mut trows = task_stmt.query([&id])?;
        while let Some(t) = trows.next()? {
            let task_id: String = t.get(0)?;
            let mut ti = conn.prepare_cached(
                "SELECT item_id FROM withdrawal_inform_items WHERE task_id = ?1 ORDER BY rowid",
            )?;
            let task_items = ti
                .query_map([&task_id], |r| r.get::<_, String>(0))?
                .map(|s| Ok(ItemId::from_uuid(uuid_from_db(&s?)?)))
                .collect::<Result<Vec<_>, StoreError>>()?;
            tasks.push(InformTask {
                recipient: ParticipantId::from_uuid(uuid_from_db(&t.get::<_, String>(1)?)?),
                items: task_items,
                done_on: t
                    .get::<_, Option<String>>(2)?
                    .map(|s| date_from_db(&s))
                    .transpose()?,
            });
            task_ids.push(task_id);
        }
        out.push(StoredWithdrawal {
            withdrawal: ConsentWithdrawal {
                subject: SubjectId::from_uuid(uuid_from_db(&r.get::<_, String>(1)?)?),
                by,
                method: from_db(&r.get::<_, String>(6)?, "withdrawal method")?,
                on: date_from_db(&r.get::<_, String>(7)?)?,
                items,
                tasks,
            },
            id,
            task_ids,
        });
    }
    Ok(out)
}

/// R10: writes the consent records marked withdrawn and the items resting on them.
pub(crate) fn persist_withdrawn(tx: &Transaction<'_>, data: &FlowData) -> Result<(), StoreError> {
    for rec_item in &data.record.items {
        if let (Some(Basis::Consent { records, .. }), Some(ids)) =
            (&rec_item.basis, data.consent_ids.get(&rec_item.item.id))
        {
            for (rec, cid) in records.iter().zip(ids) {
                if let Some(at) = rec.withdrawn {
                    tx.execute_cached(
                        "UPDATE consents SET withdrawn_at = ?2 WHERE id = ?1 AND withdrawn_at IS NULL",
                        params![cid, time_to_db(at)],
                    )?;
                }
            }
        }
    }
    for w in data.record.releases.withdrawn_items() {
        tx.execute_cached(
            "INSERT OR IGNORE INTO withdrawn_items (item_id) VALUES (?1)",
            [w.to_string()],
        )?;
    }
    Ok(())
}

/// The item and the position in its consent records of the consent with this id.
pub(crate) fn locate_consent(
    data: &FlowData,
    consent_id: &str,
) -> Result<(ItemId, usize), StoreError> {
    data.consent_ids
        .iter()
        .find_map(|(item, ids)| ids.iter().position(|c| c == consent_id).map(|i| (*item, i)))
        .ok_or(StoreError::NotFound("consent"))
}

impl Store {
    /// R10: on a finalized meeting, records that a consent was withdrawn on `request.on` by
    /// an entitled person, and how; the domain decides whether it may and what follows.
    /// The items resting on it lose their basis (no new extract or letter); each recipient
    /// who already had one gets an inform task.
    pub fn record_consent_withdrawal(
        &mut self,
        id: MeetingId,
        consent_id: &str,
        request: WithdrawalRequest,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        let tx = self.conn.transaction()?;
        let mut data = load_flow(&tx, id)?;
        let (item, index) = locate_consent(&data, consent_id)?;
        let mut done = domain::FinalizedMeeting::restore(data.record.clone(), data.state)?;
        let w = done.withdraw_consent_on(item, index, request, today, now)?;
        data.record = done.record().clone();
        persist_withdrawn(&tx, &data)?;
        let wid = uuid::Uuid::now_v7().to_string();
        let (kind, subject, name, relation) = consenter_to_db(&w.by);
        tx.execute_cached(
            "INSERT INTO consent_withdrawals (id, meeting_id, subject_id, by_kind, by_subject,
                                              by_name, by_relation, method, withdrawn_on,
                                              recorded_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                wid,
                id.to_string(),
                w.subject.to_string(),
                kind,
                subject,
                name,
                relation,
                to_db(w.method),
                date_to_db(w.on),
                time_to_db(now)
            ],
        )?;
        for i in &w.items {
            tx.execute_cached(
                "INSERT INTO consent_withdrawal_items (withdrawal_id, item_id) VALUES (?1, ?2)",
                params![wid, i.to_string()],
            )?;
        }
        for t in &w.tasks {
            let tid = uuid::Uuid::now_v7().to_string();
            tx.execute_cached(
                "INSERT INTO withdrawal_inform_tasks (id, withdrawal_id, participant_id)
                 VALUES (?1, ?2, ?3)",
                params![tid, wid, t.recipient.to_string()],
            )?;
            for i in &t.items {
                tx.execute_cached(
                    "INSERT INTO withdrawal_inform_items (task_id, item_id) VALUES (?1, ?2)",
                    params![tid, i.to_string()],
                )?;
            }
        }
        // The family member decided; the chair records it.
        audit::append(
            &tx,
            AuditKind::ConsentWithdrawn,
            Some(id),
            DecidedBy::Chair,
            now,
        )?;
        tx.commit()?;
        load_flow(&self.conn, id)
    }

    /// R10: the chair told the recipient of inform task `task` on `on` (from the day of
    /// the withdrawal up to `today`).
    pub fn record_withdrawal_informed(
        &mut self,
        id: MeetingId,
        task: &str,
        on: NaiveDate,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        let tx = self.conn.transaction()?;
        let data = load_flow(&tx, id)?;
        let (withdrawal, index) = data
            .withdrawals
            .iter()
            .find_map(|w| w.task_ids.iter().position(|t| t == task).map(|i| (w, i)))
            .ok_or(StoreError::NotFound("inform task"))?;
        let mut t = withdrawal
            .withdrawal
            .tasks
            .get(index)
            .cloned()
            .ok_or(StoreError::NotFound("inform task"))?;
        t.record_done(on, withdrawal.withdrawal.on, today)?;
        tx.execute_cached(
            "UPDATE withdrawal_inform_tasks SET done_on = ?2 WHERE id = ?1",
            params![task, t.done_on.map(date_to_db)],
        )?;
        audit::append(
            &tx,
            AuditKind::WithdrawalInformDone,
            Some(id),
            DecidedBy::Chair,
            now,
        )?;
        tx.commit()?;
        load_flow(&self.conn, id)
    }
}
