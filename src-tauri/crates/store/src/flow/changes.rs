//! Changes and removals of a draft meeting: gezag and secret address per subject (R8,
//! R14/R21), correcting a participant, removing a subject, participant, item, action or
//! notification (R13: never after finalizing). The domain decides; each change is one
//! transaction with one audit entry (R18) that never carries the changed value.

use super::{Answer, FlowData};
use crate::audit::{AuditKind, DecidedBy};
use crate::repo::ParticipantExtra;
use crate::ExecuteCached;
use crate::{Store, StoreError};
use chrono::{DateTime, Utc};
use domain::{
    ActionId, ItemId, MeetingId, NotificationId, ParticipantId, ParticipantInput, SecretAddress,
    SubjectId,
};
use rusqlite::params;

impl Store {
    /// R8: whether a subject holds parental authority (gezag) over the youths.
    pub fn set_parental_authority(
        &mut self,
        id: MeetingId,
        subject: SubjectId,
        holds: bool,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        self.edit(
            Answer::AsApplied,
            id,
            AuditKind::AuthoritySet,
            DecidedBy::Chair,
            now,
            |tx, d| {
                d.record.set_parental_authority(subject, holds)?;
                tx.execute_cached(
                    "UPDATE subjects SET parental_authority = ?2 WHERE id = ?1",
                    params![subject.to_string(), holds],
                )?;
                Ok(())
            },
        )
        .map(|(d, ())| d)
    }

    /// R14/R21: sets (`Some`) or clears (`None`) a subject's secret address. Write-only:
    /// nothing the store returns ever contains it, only whether one is set.
    pub fn set_secret_address(
        &mut self,
        id: MeetingId,
        subject: SubjectId,
        address: Option<SecretAddress>,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        let kind = if address.is_some() {
            AuditKind::SecretAddressSet
        } else {
            AuditKind::SecretAddressCleared
        };
        let cleared = address.is_none();
        let (data, ()) = self.edit(
            Answer::Reloaded,
            id,
            kind,
            DecidedBy::Chair,
            now,
            |tx, d| {
                let value = address.as_ref().map(|a| a.expose().to_owned());
                d.record.set_secret_address(subject, address)?;
                tx.execute_cached(
                    "UPDATE subjects SET secret_address = ?2 WHERE id = ?1",
                    params![subject.to_string(), value],
                )?;
                Ok(())
            },
        )?;
        // The old address must not stay behind in a WAL frame either.
        if cleared {
            self.reclaim_after_removal();
        }
        Ok(data)
    }

    /// Removes a subject (refused while items, consents or notifications rest on them).
    pub fn remove_subject(
        &mut self,
        id: MeetingId,
        subject: SubjectId,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        self.remove_row(
            id,
            AuditKind::SubjectRemoved,
            DecidedBy::Chair,
            now,
            ("subjects", subject.to_string()),
            |d| d.record.remove_subject(subject),
        )
    }

    /// Corrects a participant's details, role, organisation type and secrecy (R1, R9).
    pub fn update_participant(
        &mut self,
        id: MeetingId,
        participant: ParticipantId,
        input: &ParticipantInput,
        extra: ParticipantExtra,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        self.edit(
            Answer::AsApplied,
            id,
            AuditKind::ParticipantChanged,
            DecidedBy::Chair,
            now,
            |tx, d| {
                let p = d.record.update_participant(
                    participant,
                    input,
                    extra.organisation_type,
                    extra.secrecy,
                )?;
                tx.execute_cached(
                    "UPDATE participants SET name = ?2, organisation = ?3, function = ?4,
                        phone = ?5, email = ?6, role = ?7, organisation_type = ?8, secrecy = ?9,
                        expertise_only = ?10
                     WHERE id = ?1",
                    params![
                        participant.to_string(),
                        p.name.as_str(),
                        p.organisation.as_str(),
                        p.function.as_ref().map(|l| l.as_str()),
                        p.phone.as_ref().map(|l| l.as_str()),
                        p.email.as_ref().map(|l| l.as_str()),
                        crate::codec::to_db(p.role),
                        extra.organisation_type.code(),
                        extra.secrecy,
                        p.expertise_only
                    ],
                )?;
                Ok(())
            },
        )
        .map(|(d, ())| d)
    }

    /// Removes a participant (refused while items, actions, notifications or release
    /// decisions rest on them: R5, R9, R11, R12).
    pub fn remove_participant(
        &mut self,
        id: MeetingId,
        participant: ParticipantId,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        self.remove_row(
            id,
            AuditKind::ParticipantRemoved,
            DecidedBy::Chair,
            now,
            ("participants", participant.to_string()),
            |d| d.record.remove_participant(participant),
        )
    }

    /// Removes an item with its subjects, basis, consents and "stays" answers (refused
    /// while released or relied on: R9, R11). The contributor's decision (R5).
    pub fn remove_item(
        &mut self,
        id: MeetingId,
        item: ItemId,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        let contributor = self.contributor_of(id, item)?;
        self.remove_row(
            id,
            AuditKind::ItemRemoved,
            DecidedBy::Participant(contributor),
            now,
            ("items", item.to_string()),
            |d| d.record.remove_item(item),
        )
    }

    /// Removes an action of the plan (refused while a release serves it: R9).
    pub fn remove_action(
        &mut self,
        id: MeetingId,
        action: ActionId,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        self.remove_row(
            id,
            AuditKind::ActionRemoved,
            DecidedBy::Chair,
            now,
            ("actions", action.to_string()),
            |d| d.record.remove_action(action),
        )
    }

    /// Removes a family-notification agreement (R12).
    pub fn remove_notification(
        &mut self,
        id: MeetingId,
        notification: NotificationId,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        self.remove_row(
            id,
            AuditKind::NotificationRemoved,
            DecidedBy::Chair,
            now,
            ("notifications", notification.to_string()),
            |d| d.record.remove_notification(notification),
        )
    }

    /// One removal: the domain decides on the loaded meeting, one `DELETE` of the row (its
    /// dependants go by `ON DELETE CASCADE`; `secure_delete` overwrites the freed bytes) and
    /// one audit entry. Then, as after a destruction (R15), the WAL is checkpointed and
    /// truncated and the freed pages are given back, so no old page image of the removed
    /// row stays in the files.
    pub(super) fn remove_row(
        &mut self,
        id: MeetingId,
        kind: AuditKind,
        decided_by: DecidedBy,
        now: DateTime<Utc>,
        (table, row): (&'static str, String),
        decide: impl FnOnce(&mut FlowData) -> Result<(), domain::DomainError>,
    ) -> Result<FlowData, StoreError> {
        let (data, ()) = self.edit(Answer::Reloaded, id, kind, decided_by, now, |tx, d| {
            decide(d)?;
            tx.execute_cached(
                &format!("DELETE FROM {table} WHERE id = ?1 AND meeting_id = ?2"),
                params![row, id.to_string()],
            )?;
            Ok(())
        })?;
        self.reclaim_after_removal();
        Ok(data)
    }
}
