//! An item's basis and consents (R6–R8, R10) and its mark on the wall: what the
//! contributor decides about an item, written in the edit pattern of `flow`.

use super::withdrawal::{self, ReceivedItem};
use super::{load_flow, Answer, FlowData};
use crate::audit::{self, AuditKind, DecidedBy};
use crate::codec::*;
use crate::ExecuteCached;
use crate::{Store, StoreError};
use chrono::{DateTime, Utc};
use domain::{
    Basis, ConsentGiven, ConsentRecord, Consenter, DomainError, Field, ItemId, MeetingId, SubjectId,
};
use rusqlite::{params, Transaction};

impl Store {
    /// R6/R7: the subjects and basis of an item, decided by its contributor.
    pub fn set_item_basis(
        &mut self,
        id: MeetingId,
        item: ItemId,
        subjects: Vec<SubjectId>,
        basis: Basis,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        let contributor = self.contributor_of(id, item)?;
        self.edit(
            Answer::AsApplied,
            id,
            AuditKind::BasisSet,
            DecidedBy::Participant(contributor),
            now,
            |tx, d| apply_basis(tx, d, item, subjects, basis),
        )
        .map(|(d, ())| d)
    }

    /// R5–R8 in one step: an item, its basis and the consents given for it, in one
    /// transaction: all of it is stored or nothing (a refused consent refuses the item).
    /// Audited as the separate steps are: item added, basis set, each consent recorded.
    /// Without a basis and consents it is [`Store::add_item_about`].
    pub fn add_item_with_basis(
        &mut self,
        id: MeetingId,
        input: &domain::ItemInput,
        subjects: &[SubjectId],
        basis: Option<Basis>,
        consents: Vec<ConsentGiven>,
        now: DateTime<Utc>,
    ) -> Result<domain::Item, StoreError> {
        let tx = self.conn.transaction()?;
        let item = crate::repo::insert_item(&tx, id, input, subjects, now)?;
        if basis.is_some() || !consents.is_empty() {
            let mut data = load_flow(&tx, id)?;
            let by = DecidedBy::Participant(item.contributor);
            if let Some(basis) = basis {
                apply_basis(&tx, &mut data, item.id, subjects.to_vec(), basis)?;
                audit::append(&tx, AuditKind::BasisSet, Some(id), by, now)?;
            }
            for consent in consents {
                apply_consent(&tx, &mut data, item.id, consent, now)?;
                audit::append(&tx, AuditKind::ConsentRecorded, Some(id), by, now)?;
            }
        }
        tx.commit()?;
        Ok(item)
    }

    /// R7a/R8: one consent record for an item.
    pub fn add_consent(
        &mut self,
        id: MeetingId,
        item: ItemId,
        consent: ConsentGiven,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        let contributor = self.contributor_of(id, item)?;
        self.edit(
            Answer::AsApplied,
            id,
            AuditKind::ConsentRecorded,
            DecidedBy::Participant(contributor),
            now,
            |tx, d| apply_consent(tx, d, item, consent, now),
        )
        .map(|(d, ())| d)
    }

    /// R10: withdraws a consent (by the party of that record, for its subject). Allowed
    /// after finalization too: a withdrawal takes effect whenever it comes. Returns who
    /// already received the affected items.
    pub fn withdraw_consent(
        &mut self,
        id: MeetingId,
        consent_id: &str,
        now: DateTime<Utc>,
    ) -> Result<(FlowData, Vec<ReceivedItem>), StoreError> {
        let tx = self.conn.transaction()?;
        let mut data = load_flow(&tx, id)?;
        let (item, index) = withdrawal::locate_consent(&data, consent_id)?;
        let Some(Basis::Consent { records, .. }) = data
            .record
            .items
            .iter()
            .find(|i| i.item.id == item)
            .and_then(|i| i.basis.as_ref())
        else {
            return Err(StoreError::NotFound("consent"));
        };
        let Some(target) = records.get(index).cloned() else {
            return Err(StoreError::NotFound("consent"));
        };
        let received = data
            .record
            .withdraw_consent(target.subject, &target.given_by, now)
            .into_iter()
            .map(|(item_id, recipient_id)| ReceivedItem {
                item_id,
                recipient_id,
            })
            .collect();
        // Persist: every record of that party for that subject, and the marked items.
        withdrawal::persist_withdrawn(&tx, &data)?;
        // The family member decided; the chair records it.
        audit::append(
            &tx,
            AuditKind::ConsentWithdrawn,
            Some(id),
            DecidedBy::Chair,
            now,
        )?;
        tx.commit()?;
        Ok((load_flow(&self.conn, id)?, received))
    }

    /// The wall: the chair marks an item "op het scherm" (`shown`) or "niet op het scherm";
    /// the domain decides what that means for the projection (`domain::on_wall`).
    pub fn set_wall_mark(
        &mut self,
        id: MeetingId,
        item: ItemId,
        shown: bool,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        self.edit(
            Answer::AsApplied,
            id,
            AuditKind::WallMarkSet,
            DecidedBy::Chair,
            now,
            |tx, d| {
                let mark = d.record.set_wall_mark(item, shown)?;
                tx.execute_cached(
                    "INSERT INTO item_wall (item_id, mark) VALUES (?1, ?2)
                 ON CONFLICT (item_id) DO UPDATE SET mark = excluded.mark",
                    params![item.to_string(), mark.code()],
                )?;
                Ok(())
            },
        )
        .map(|(d, ())| d)
    }
}

/// R6/R7: sets an item's subjects and basis inside `tx` (see [`Store::set_item_basis`]).
fn apply_basis(
    tx: &Transaction<'_>,
    d: &mut FlowData,
    item: ItemId,
    subjects: Vec<SubjectId>,
    basis: Basis,
) -> Result<(), StoreError> {
    // R17: no new items about a family member who objected.
    crate::rights::check_subjects_not_objected(tx, &subjects)?;
    d.record.set_item_basis(item, subjects, basis)?;
    let Some(rec) = d.record.items.iter().find(|i| i.item.id == item) else {
        return Err(DomainError::UnknownItem { field: Field::Item }.into());
    };
    write_item_basis(tx, item, &rec.subjects, rec.basis.as_ref())?;
    refresh_consent_ids(tx, d, item)
}

/// The ids of an item's consent records as stored, in the order [`load_flow`] gives them:
/// what a change of the item's basis or consents answers with (issue 19: no whole reload).
fn refresh_consent_ids(
    tx: &Transaction<'_>,
    d: &mut FlowData,
    item: ItemId,
) -> Result<(), StoreError> {
    let on_consent = d
        .record
        .items
        .iter()
        .any(|i| i.item.id == item && matches!(i.basis, Some(Basis::Consent { .. })));
    if !on_consent {
        d.consent_ids.remove(&item);
        return Ok(());
    }
    let mut stmt =
        tx.prepare_cached("SELECT id FROM consents WHERE item_id = ?1 ORDER BY rowid")?;
    let ids = stmt
        .query_map([item.to_string()], |r| r.get::<_, String>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    d.consent_ids.insert(item, ids);
    Ok(())
}

/// R7a/R8: records one consent inside `tx` (see [`Store::add_consent`]).
fn apply_consent(
    tx: &Transaction<'_>,
    d: &mut FlowData,
    item: ItemId,
    consent: ConsentGiven,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let ConsentGiven {
        subject,
        given_by,
        method,
        mut scope,
    } = consent;
    // A recipient named twice is stored once; the answer holds it once too.
    if let domain::ConsentScope::Given { recipients, .. } = &mut scope {
        let mut seen = std::collections::HashSet::new();
        recipients.retain(|p| seen.insert(*p));
    }
    let had_basis = d
        .record
        .items
        .iter()
        .any(|i| i.item.id == item && i.basis.is_some());
    let record = ConsentRecord {
        subject,
        given_by: given_by.clone(),
        method,
        at: now,
        withdrawn: None,
        scope: scope.clone(),
    };
    d.record.add_consent(item, record)?;
    if let domain::ConsentScope::Given { purpose, .. } = &scope {
        crate::anonymous::check_texts(
            tx,
            d.record.meeting.anonymous,
            &[(purpose.as_str(), Field::ConsentPurpose)],
        )?;
    }
    if !had_basis {
        tx.execute_cached(
            "INSERT INTO item_basis (item_id, kind) VALUES (?1, 'consent')",
            [item.to_string()],
        )?;
    }
    let (kind, parent, name, relation) = match &given_by {
        Consenter::Subject => ("subject", None, None, None),
        Consenter::Parent { subject_id: p } => ("parent", Some(p.to_string()), None, None),
        Consenter::OtherAuthority { name: n } => {
            ("other_authority", None, Some(n.as_str().to_owned()), None)
        }
        Consenter::AuthorityByRelation { relation: r } => {
            ("other_authority", None, None, Some(to_db(*r)))
        }
    };
    let (purpose, recipients) = match &scope {
        domain::ConsentScope::Given {
            recipients,
            purpose,
        } => (Some(purpose.as_str()), recipients.as_slice()),
        domain::ConsentScope::Unconfirmed => (None, &[][..]),
    };
    let consent_id = uuid::Uuid::now_v7().to_string();
    tx.execute_cached(
        "INSERT INTO consents (id, item_id, subject_id, given_by, given_by_subject,
                                   given_by_name, method, at, scope_purpose,
                                   given_by_relation)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            consent_id,
            item.to_string(),
            subject.to_string(),
            kind,
            parent,
            name,
            to_db(method),
            time_to_db(now),
            purpose,
            relation
        ],
    )?;
    // R4: a holder of gezag named here is a name the store knows (migration 0042).
    crate::anonymous::index_names(
        tx,
        crate::anonymous::NameHolder::Consent(&consent_id),
        &name.as_deref().into_iter().collect::<Vec<_>>(),
    )?;
    // Seed 004 art. 6.4b: who the consent lets the item go to.
    for p in recipients {
        tx.execute_cached(
            "INSERT OR IGNORE INTO consent_recipients (consent_id, participant_id)
                 VALUES (?1, ?2)",
            params![consent_id, p.to_string()],
        )?;
    }
    refresh_consent_ids(tx, d, item)
}

/// Rewrites an item's subjects, not-competent marks and basis row; consent records stay.
fn write_item_basis(
    tx: &Transaction<'_>,
    item: ItemId,
    subjects: &[SubjectId],
    basis: Option<&Basis>,
) -> Result<(), StoreError> {
    let iid = item.to_string();
    tx.execute_cached("DELETE FROM item_subjects WHERE item_id = ?1", [&iid])?;
    for s in subjects {
        tx.execute_cached(
            "INSERT INTO item_subjects (item_id, subject_id) VALUES (?1, ?2)",
            params![iid, s.to_string()],
        )?;
    }
    tx.execute_cached("DELETE FROM item_not_competent WHERE item_id = ?1", [&iid])?;
    tx.execute_cached("DELETE FROM item_basis WHERE item_id = ?1", [&iid])?;
    match basis {
        None => {}
        Some(Basis::Consent {
            records,
            not_competent,
        }) => {
            tx.execute_cached(
                "INSERT INTO item_basis (item_id, kind) VALUES (?1, 'consent')",
                [&iid],
            )?;
            for s in not_competent {
                tx.execute_cached(
                    "INSERT INTO item_not_competent (item_id, subject_id) VALUES (?1, ?2)",
                    params![iid, s.to_string()],
                )?;
            }
            // Consent records of subjects the item is no longer about are dropped.
            let keep: Vec<String> = records.iter().map(|r| r.subject.to_string()).collect();
            let mut stmt = tx.prepare("SELECT id, subject_id FROM consents WHERE item_id = ?1")?;
            let existing = stmt
                .query_map([&iid], |r| {
                    Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
                })?
                .collect::<Result<Vec<_>, _>>()?;
            for (cid, subject) in existing {
                if !keep.contains(&subject) {
                    tx.execute_cached("DELETE FROM consents WHERE id = ?1", [cid])?;
                }
            }
        }
        Some(Basis::Legal(l)) => {
            tx.execute_cached("DELETE FROM consents WHERE item_id = ?1", [&iid])?;
            tx.execute_cached(
                "INSERT INTO item_basis (item_id, kind, legal_basis) VALUES (?1, 'legal', ?2)",
                params![iid, l.code()],
            )?;
        }
        // R7b: a custom basis is a legal basis pointing at the chair's row (0019).
        Some(Basis::CustomLegal(c)) => {
            tx.execute_cached("DELETE FROM consents WHERE item_id = ?1", [&iid])?;
            tx.execute_cached(
                "INSERT INTO item_basis (item_id, kind, legal_basis, custom_basis_id)
                 VALUES (?1, 'legal', 'custom', ?2)",
                params![iid, c.id.to_string()],
            )?;
        }
        Some(Basis::ConflictOfDuties {
            answers,
            motivation,
        }) => {
            tx.execute_cached("DELETE FROM consents WHERE item_id = ?1", [&iid])?;
            tx.execute_cached(
                "INSERT INTO item_basis (item_id, kind, legitimate_purpose, only_way,
                                         consent_asked_or_impossible, child_interest_outweighs,
                                         motivation)
                 VALUES (?1, 'conflict_of_duties', ?2, ?3, ?4, ?5, ?6)",
                params![
                    iid,
                    answers.legitimate_purpose,
                    answers.only_way,
                    answers.consent_asked_or_impossible,
                    answers.child_interest_outweighs,
                    motivation.as_str()
                ],
            )?;
        }
    }
    Ok(())
}
