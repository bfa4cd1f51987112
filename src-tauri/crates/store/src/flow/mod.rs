//! The complete meeting (R1–R15). Every edit follows one pattern: in one transaction, load
//! the meeting's whole record, ask the domain whether the meeting may still change
//! (R13) and whether the edit is allowed, write exactly what changed, append an audit
//! entry (R18), commit, and return the fresh record. A refused edit changes nothing.

mod attendance;
mod changes;
mod correction;
mod decisions;
mod followup;
mod load;
mod voice;
mod withdrawal;

use crate::audit::{self, AuditKind, DecidedBy};
use crate::codec::*;
use crate::{Store, StoreError};
use chrono::{DateTime, NaiveDate, Utc};
use domain::{
    ActionId, ActionInput, Basis, ConsentRecord, Consenter, DomainError, Field, ItemId, MeetingId,
    MeetingRecord, MeetingState, NotificationId, NotificationInput, NotificationScope,
    NotificationTiming, OpenPoint, ParticipantId, Prose, ReleaseChoice, ReleaseDecision,
    ReleaseRequest, SubjectId, SubjectInput,
};
use rusqlite::{params, Transaction};
use std::collections::HashMap;

pub use correction::{CorrectionResult, ItemVersion, RefusedCorrectionRow};
pub(crate) use load::load_flow;
pub use withdrawal::{ReceivedItem, StoredWithdrawal};

/// One meeting's whole record as stored, with what the wire needs beyond the domain.
#[derive(Debug, Clone, PartialEq)]
pub struct FlowData {
    pub record: MeetingRecord,
    pub state: MeetingState,
    /// Ids of each item's consent records, in the order of `Basis::Consent::records`.
    pub consent_ids: HashMap<ItemId, Vec<String>>,
    /// R16: the current version of each corrected item; an item not listed is version 1.
    pub versions: HashMap<ItemId, u32>,
    /// R10: consents withdrawn after the meeting, with whom to inform.
    pub withdrawals: Vec<StoredWithdrawal>,
}

impl FlowData {
    /// R16: the current version of an item (1 = never corrected).
    pub fn version_of(&self, item: ItemId) -> u32 {
        self.versions.get(&item).copied().unwrap_or(1)
    }
}

/// How a change of a meeting's flow answers (issue 19: loading the flow is about half of a
/// write, `benches/flow_parts.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Answer {
    /// The flow loaded again after the commit: for changes whose stored form the domain
    /// does not hold in memory exactly (new ids, versions, derived rows).
    Reloaded,
    /// The transaction's flow with the change the domain applied in memory, which is
    /// exactly what was stored.
    AsApplied,
}

/// R7a/R8: one consent as the chair records it, and the preparation fields of a meeting
/// (R3/R4): the domain's parsed inputs.
pub use domain::{ConsentGiven, PreparationInput};

impl Store {
    /// The whole record of one meeting.
    pub fn meeting_flow(&self, id: MeetingId) -> Result<FlowData, StoreError> {
        load_flow(&self.conn, id)
    }

    /// The one write path of a meeting's flow, the pattern every edit follows (see the
    /// module docs): load it in a transaction, let the domain check and apply the change
    /// (`f` writes it), audit it, commit, and answer with the flow as `answer` says
    /// ([`Answer::AsApplied`] for changes whose closure mirrors every row it writes in the
    /// flow).
    #[track_caller]
    fn edit<T>(
        &mut self,
        answer: Answer,
        id: MeetingId,
        kind: AuditKind,
        decided_by: DecidedBy,
        now: DateTime<Utc>,
        f: impl FnOnce(&Transaction<'_>, &mut FlowData) -> Result<T, StoreError>,
    ) -> Result<(FlowData, T), StoreError> {
        let tx = self.conn.transaction()?;
        let mut data = load_flow(&tx, id)?;
        domain::ensure_editable(data.state)?;
        let out = f(&tx, &mut data)?;
        audit::append(&tx, kind, Some(id), decided_by, now)?;
        tx.commit()?;
        match answer {
            Answer::Reloaded => Ok((load_flow(&self.conn, id)?, out)),
            Answer::AsApplied => {
                // Every test runs a debug build: there the stored flow is loaded again and
                // must be the one the domain applied (docs/engineering.md §10). The message
                // names no value: a flow holds personal data.
                #[cfg(debug_assertions)]
                assert!(
                    load_flow(&self.conn, id)? == data,
                    "a change answered as applied differs from what was stored"
                );
                Ok((data, out))
            }
        }
    }

    /// R3/R4: purpose, criteria, family present, anonymous mode.
    pub fn update_preparation(
        &mut self,
        id: MeetingId,
        input: &PreparationInput,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        let (purpose, criteria, absence_reason) = domain::preparation_texts(
            &input.purpose,
            &input.criteria,
            input.family_present,
            &input.family_absence_reason,
        )?;
        self.edit(
            Answer::AsApplied,
            id,
            AuditKind::PreparationChanged,
            DecidedBy::Chair,
            now,
            |tx, d| {
                d.record.check_anonymous(input.anonymous)?;
                // R14c: a changed purpose must be checked for the family again.
                d.record.change_purpose(purpose.clone());
                // R4: every text of the meeting, the new purpose and criteria included.
                let names = crate::anonymous::known_names(tx, input.anonymous)?;
                d.record.check_anonymous_texts(input.anonymous, &names)?;
                domain::check_anonymous_text(
                    input.anonymous,
                    purpose.as_str(),
                    Field::Purpose,
                    &names,
                )?;
                if let Some(c) = &criteria {
                    domain::check_anonymous_text(
                        input.anonymous,
                        c.as_str(),
                        Field::Criteria,
                        &names,
                    )?;
                }
                // R4: a case label that is no code gives way to a generated one.
                if let Some(code) = d.record.anonymous_case_label(input.anonymous) {
                    tx.execute(
                        "UPDATE meetings SET case_label = ?2 WHERE id = ?1",
                        params![id.to_string(), code.as_str()],
                    )?;
                }
                tx.execute(
                    "UPDATE meetings SET purpose = ?2, criteria = ?3, family_present = ?4,
                        anonymous = ?5, purpose_for_family = ?6, family_absence_reason = ?7
                     WHERE id = ?1",
                    params![
                        id.to_string(),
                        purpose.as_str(),
                        criteria.as_ref().map(Prose::as_str),
                        input.family_present,
                        input.anonymous,
                        d.record.purpose_for_family,
                        absence_reason.as_ref().map(Prose::as_str)
                    ],
                )?;
                // The answer holds the meeting's row as stored (case label, texts, marks).
                let (meeting, _, _, for_family, _) = load::load_meeting_row(tx, &id.to_string())?;
                d.record.meeting = meeting;
                d.record.purpose_for_family = for_family;
                Ok(())
            },
        )
        .map(|(d, ())| d)
    }

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
                tx.execute(
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
                tx.execute(
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
                tx.execute(
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
                tx.execute(
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
                tx.execute(
                    "UPDATE participants SET pledged_at = ?2 WHERE id = ?1",
                    params![participant.to_string(), time_to_db(at)],
                )?;
                Ok(())
            },
        )
        .map(|(d, ())| d)
    }

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

    /// R11: adds an action to the plan.
    pub fn add_action(
        &mut self,
        id: MeetingId,
        input: &ActionInput,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        self.edit(
            Answer::AsApplied,
            id,
            AuditKind::ActionAdded,
            DecidedBy::Chair,
            now,
            |tx, d| {
                let a = d.record.add_action(ActionId::new(), input)?;
                // R4: the plan of an anonymous meeting names nobody of the family either.
                domain::check_anonymous_text(
                    d.record.meeting.anonymous,
                    a.what.as_str(),
                    Field::ActionWhat,
                    &crate::anonymous::known_names(tx, d.record.meeting.anonymous)?,
                )?;
                if let Some(condition) = &a.condition {
                    domain::check_anonymous_text(
                        d.record.meeting.anonymous,
                        condition.as_str(),
                        Field::ActionCondition,
                        &crate::anonymous::known_names(tx, d.record.meeting.anonymous)?,
                    )?;
                }
                tx.execute(
                    "INSERT INTO actions (id, meeting_id, who, what, due, condition, decision_id)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                    params![
                        a.id.to_string(),
                        id.to_string(),
                        a.who.to_string(),
                        a.what.as_str(),
                        date_to_db(a.due),
                        a.condition.as_ref().map(Prose::as_str),
                        a.decision.map(|d| d.to_string()),
                    ],
                )?;
                for item in &a.relies_on {
                    tx.execute(
                        "INSERT INTO action_items (action_id, item_id) VALUES (?1, ?2)",
                        params![a.id.to_string(), item.to_string()],
                    )?;
                }
                Ok(())
            },
        )
        .map(|(d, ())| d)
    }

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
                tx.execute(
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
            tx.execute(
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
            tx.execute(
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

    /// R12: adds a family-notification agreement.
    pub fn add_notification(
        &mut self,
        id: MeetingId,
        input: NotificationInput,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        self.edit(
            Answer::AsApplied,
            id,
            AuditKind::NotificationAdded,
            DecidedBy::Chair,
            now,
            |tx, d| {
                let n = d.record.add_notification(NotificationId::new(), input)?;
                let (timing, ground, motivation, review) = match &n.timing {
                    NotificationTiming::Beforehand => ("beforehand", None, None, None),
                    NotificationTiming::Afterwards { motivation } => {
                        ("afterwards", None, Some(motivation.as_str()), None)
                    }
                    NotificationTiming::Postponed {
                        ground,
                        motivation,
                        review_date,
                    } => (
                        "postponed",
                        Some(to_db(*ground)),
                        Some(motivation.as_str()),
                        Some(date_to_db(*review_date)),
                    ),
                };
                let whole = matches!(n.about, NotificationScope::WholeFamily);
                tx.execute(
                "INSERT INTO notifications (id, meeting_id, whole_family, informer, method, timing,
                                            ground, motivation, review_date)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![
                    n.id.to_string(),
                    id.to_string(),
                    whole,
                    n.informer.to_string(),
                    to_db(n.method),
                    timing,
                    ground,
                    motivation,
                    review
                ],
            )?;
                if let NotificationScope::Subjects(ids) = &n.about {
                    for s in ids {
                        tx.execute(
                            "INSERT INTO notification_subjects (notification_id, subject_id)
                         VALUES (?1, ?2)",
                            params![n.id.to_string(), s.to_string()],
                        )?;
                    }
                }
                Ok(())
            },
        )
        .map(|(d, ())| d)
    }

    /// R15: the destroy-after date.
    pub fn set_retention(
        &mut self,
        id: MeetingId,
        until: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        self.edit(
            Answer::AsApplied,
            id,
            AuditKind::RetentionSet,
            DecidedBy::Chair,
            now,
            |tx, d| {
                let term = crate::retention::settings_in(tx)?.retention_months;
                let extended_to = crate::retention::extended_to(tx, id)?;
                d.record.set_retention(until, term, extended_to)?;
                tx.execute(
                    "UPDATE meetings SET retention_until = ?2 WHERE id = ?1",
                    params![id.to_string(), date_to_db(until)],
                )?;
                Ok(())
            },
        )
        .map(|(d, ())| d)
    }

    /// R13: finalizes the meeting exactly when its checklist is empty.
    pub fn finalize_meeting(
        &mut self,
        id: MeetingId,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        self.edit(
            Answer::Reloaded,
            id,
            AuditKind::MeetingFinalized,
            DecidedBy::Chair,
            now,
            |tx, d| {
                let done = domain::finalize(&d.record, now).map_err(StoreError::ChecklistOpen)?;
                tx.execute(
                    "UPDATE meetings SET finalized_at = ?2 WHERE id = ?1",
                    params![id.to_string(), time_to_db(done.finalized_at())],
                )?;
                // R19/R20 at scale: its counts are kept from now on (migration 0025).
                crate::counts::keep(tx, "SELECT ?1", [id.to_string()])?;
                Ok(())
            },
        )
        .map(|(d, ())| d)
    }

    /// Whose decision a change to this item is (R5).
    fn contributor_of(&self, id: MeetingId, item: ItemId) -> Result<ParticipantId, StoreError> {
        let raw: Option<String> = rusqlite::OptionalExtension::optional(self.conn.query_row(
            "SELECT contributor_id FROM items WHERE id = ?1 AND meeting_id = ?2",
            params![item.to_string(), id.to_string()],
            |r| r.get(0),
        ))?;
        match raw {
            Some(s) => Ok(ParticipantId::from_uuid(uuid_from_db(&s)?)),
            None => {
                // A meeting that does not exist is "not found"; an item of another meeting
                // is simply not one of this meeting.
                load_flow(&self.conn, id)?;
                Err(DomainError::UnknownItem { field: Field::Item }.into())
            }
        }
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
        domain::check_anonymous_text(
            d.record.meeting.anonymous,
            purpose.as_str(),
            Field::ConsentPurpose,
            &crate::anonymous::known_names(tx, d.record.meeting.anonymous)?,
        )?;
    }
    if !had_basis {
        tx.execute(
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
    tx.execute(
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
    // Seed 004 art. 6.4b: who the consent lets the item go to.
    for p in recipients {
        tx.execute(
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
    tx.execute("DELETE FROM item_subjects WHERE item_id = ?1", [&iid])?;
    for s in subjects {
        tx.execute(
            "INSERT INTO item_subjects (item_id, subject_id) VALUES (?1, ?2)",
            params![iid, s.to_string()],
        )?;
    }
    tx.execute("DELETE FROM item_not_competent WHERE item_id = ?1", [&iid])?;
    tx.execute("DELETE FROM item_basis WHERE item_id = ?1", [&iid])?;
    match basis {
        None => {}
        Some(Basis::Consent {
            records,
            not_competent,
        }) => {
            tx.execute(
                "INSERT INTO item_basis (item_id, kind) VALUES (?1, 'consent')",
                [&iid],
            )?;
            for s in not_competent {
                tx.execute(
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
                    tx.execute("DELETE FROM consents WHERE id = ?1", [cid])?;
                }
            }
        }
        Some(Basis::Legal(l)) => {
            tx.execute("DELETE FROM consents WHERE item_id = ?1", [&iid])?;
            tx.execute(
                "INSERT INTO item_basis (item_id, kind, legal_basis) VALUES (?1, 'legal', ?2)",
                params![iid, l.code()],
            )?;
        }
        // R7b: a custom basis is a legal basis pointing at the chair's row (0019).
        Some(Basis::CustomLegal(c)) => {
            tx.execute("DELETE FROM consents WHERE item_id = ?1", [&iid])?;
            tx.execute(
                "INSERT INTO item_basis (item_id, kind, legal_basis, custom_basis_id)
                 VALUES (?1, 'legal', 'custom', ?2)",
                params![iid, c.id.to_string()],
            )?;
        }
        Some(Basis::ConflictOfDuties {
            answers,
            motivation,
        }) => {
            tx.execute("DELETE FROM consents WHERE item_id = ?1", [&iid])?;
            tx.execute(
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

/// R14c: what the family letter shows of an action, as stored.
/// R14c: writes the chair's for-the-family mark on one row of `table` (`actions` or
/// `decisions`, both with the columns of migration 0015/0034).
pub(super) fn write_for_family(
    tx: &rusqlite::Transaction<'_>,
    table: &'static str,
    id: &str,
    f: &domain::ForFamily,
) -> Result<(), StoreError> {
    let (code, motivation) = match f {
        domain::ForFamily::Unchecked => ("unchecked", None),
        domain::ForFamily::Checked => ("checked", None),
        domain::ForFamily::NotForFamily { motivation } => {
            ("not_for_family", Some(motivation.as_str()))
        }
    };
    tx.execute(
        &format!(
            "UPDATE {table} SET for_family = ?2, not_for_family_motivation = ?3 WHERE id = ?1"
        ),
        params![id, code, motivation],
    )?;
    Ok(())
}

impl Store {
    /// R14c: the chair marks what the family letter shows of an action (draft only).
    pub fn set_action_for_family(
        &mut self,
        id: MeetingId,
        action: ActionId,
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
                d.record.set_action_for_family(action, for_family.clone())?;
                write_for_family(tx, "actions", &action.to_string(), &for_family)
            },
        )
        .map(|(d, ())| d)
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
                tx.execute(
                    "INSERT INTO item_wall (item_id, mark) VALUES (?1, ?2)
                 ON CONFLICT (item_id) DO UPDATE SET mark = excluded.mark",
                    params![item.to_string(), mark.code()],
                )?;
                Ok(())
            },
        )
        .map(|(d, ())| d)
    }

    /// R14c: the chair checked (or unchecked) that the purpose reads well for the family.
    pub fn set_purpose_for_family(
        &mut self,
        id: MeetingId,
        checked: bool,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        self.edit(
            Answer::AsApplied,
            id,
            AuditKind::ForFamilySet,
            DecidedBy::Chair,
            now,
            |tx, d| {
                d.record.set_purpose_for_family(checked);
                tx.execute(
                    "UPDATE meetings SET purpose_for_family = ?2 WHERE id = ?1",
                    params![id.to_string(), checked],
                )?;
                Ok(())
            },
        )
        .map(|(d, ())| d)
    }

    /// Seed 002 Feitenonderzoek 4: the start and end time and the account of the course of
    /// the meeting with its agreement, replaced as a whole (draft only, R13). R4: in an
    /// anonymous meeting the account holds nothing that identifies the family.
    pub fn set_minutes(
        &mut self,
        id: MeetingId,
        input: &domain::MinutesInput,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        let minutes = domain::Minutes::parse(input)?;
        self.edit(
            Answer::Reloaded,
            id,
            AuditKind::MinutesSet,
            DecidedBy::Chair,
            now,
            |tx, d| {
                let names = crate::anonymous::known_names(tx, d.record.meeting.anonymous)?;
                d.record.set_minutes(minutes, &names)?;
                let m = &d.record.minutes;
                tx.execute(
                    "UPDATE meetings SET start_time = ?2, end_time = ?3, account = ?4,
                        account_agreed = ?5
                     WHERE id = ?1",
                    params![
                        id.to_string(),
                        m.start.map(domain::time_text),
                        m.end.map(domain::time_text),
                        m.account.as_ref().map(Prose::as_str),
                        m.agreed
                    ],
                )?;
                Ok(())
            },
        )
        .map(|(d, ())| d)
    }

    /// R14c/R17 (seed 004 art. 6): where complaints about a participant's organisation go
    /// (draft only). Empty clears it.
    pub fn set_complaint_route(
        &mut self,
        id: MeetingId,
        participant: ParticipantId,
        route: &str,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        let route = if route.trim().is_empty() {
            None
        } else {
            Some(domain::Label::parse(route, Field::ComplaintRoute)?)
        };
        self.edit(
            Answer::AsApplied,
            id,
            AuditKind::ComplaintRouteSet,
            DecidedBy::Chair,
            now,
            |tx, d| {
                let p = d
                    .record
                    .participants
                    .iter_mut()
                    .find(|p| p.participant.id == participant)
                    .ok_or(DomainError::ParticipantNotInMeeting {
                        field: Field::ComplaintRoute,
                    })?;
                p.complaint_route = route.clone();
                tx.execute(
                    "UPDATE participants SET complaint_route = ?2 WHERE id = ?1",
                    params![
                        participant.to_string(),
                        route.as_ref().map(domain::Label::as_str)
                    ],
                )?;
                Ok(())
            },
        )
        .map(|(d, ())| d)
    }

    /// R12: a later event on a notification agreement of a finalized meeting (lifting a
    /// postponement, recording that the outcome was told), decided by the domain, written
    /// and audited in one transaction.
    fn notification_event(
        &mut self,
        id: MeetingId,
        notification: NotificationId,
        kind: AuditKind,
        now: DateTime<Utc>,
        f: impl FnOnce(&mut domain::FinalizedMeeting) -> Result<(), DomainError>,
    ) -> Result<FlowData, StoreError> {
        let tx = self.conn.transaction()?;
        let data = load_flow(&tx, id)?;
        let mut done = domain::FinalizedMeeting::restore(data.record, data.state)?;
        f(&mut done)?;
        let n = done
            .record()
            .notifications
            .iter()
            .find(|n| n.id == notification)
            .ok_or(StoreError::NotFound("notification"))?;
        tx.execute(
            "UPDATE notifications SET done_on = ?2, lifted_on = ?3 WHERE id = ?1",
            params![
                notification.to_string(),
                n.done_on.map(date_to_db),
                n.lifted_on.map(date_to_db)
            ],
        )?;
        audit::append(&tx, kind, Some(id), DecidedBy::Chair, now)?;
        tx.commit()?;
        load_flow(&self.conn, id)
    }

    /// R12/AVG art. 23 (seed 004 art. 7.6): lifts a postponement on `on`; from then the
    /// letters for the people it covers can be made.
    pub fn lift_postponement(
        &mut self,
        id: MeetingId,
        notification: NotificationId,
        on: NaiveDate,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        self.notification_event(id, notification, AuditKind::PostponementLifted, now, |m| {
            m.lift_postponement(notification, on, today)
        })
    }

    /// R12 (seed 003 §3.6c): the outcome was told to the family on `on`.
    pub fn record_notification_done(
        &mut self,
        id: MeetingId,
        notification: NotificationId,
        on: NaiveDate,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        self.notification_event(id, notification, AuditKind::NotificationDone, now, |m| {
            m.record_notification_done(notification, on, today)
        })
    }
}

/// The checklist of a stored meeting (R13).
pub fn checklist_of(data: &FlowData) -> Vec<OpenPoint> {
    domain::checklist(&data.record)
}
