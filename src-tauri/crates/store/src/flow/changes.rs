//! Changes and removals of a draft meeting: gezag and secret address per subject (R8,
//! R14/R21), correcting a participant, removing a subject, participant, item, action or
//! notification (R13: never after finalizing). The domain decides; each change is one
//! transaction with one audit entry (R18) that never carries the changed value.

use super::FlowData;
use crate::audit::{AuditKind, DecidedBy};
use crate::repo::ParticipantExtra;
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
            id,
            AuditKind::AuthoritySet,
            DecidedBy::Chair,
            now,
            |tx, d| {
                d.record.set_parental_authority(subject, holds)?;
                tx.execute(
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
        self.edit(id, kind, DecidedBy::Chair, now, |tx, d| {
            let value = address.as_ref().map(|a| a.expose().to_owned());
            d.record.set_secret_address(subject, address)?;
            tx.execute(
                "UPDATE subjects SET secret_address = ?2 WHERE id = ?1",
                params![subject.to_string(), value],
            )?;
            Ok(())
        })
        .map(|(d, ())| d)
    }

    /// Removes a subject (refused while items, consents or notifications rest on them).
    pub fn remove_subject(
        &mut self,
        id: MeetingId,
        subject: SubjectId,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        self.edit(
            id,
            AuditKind::SubjectRemoved,
            DecidedBy::Chair,
            now,
            |tx, d| {
                d.record.remove_subject(subject)?;
                tx.execute(
                    "DELETE FROM subjects WHERE id = ?1 AND meeting_id = ?2",
                    params![subject.to_string(), id.to_string()],
                )?;
                Ok(())
            },
        )
        .map(|(d, ())| d)
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
                tx.execute(
                    "UPDATE participants SET name = ?2, organisation = ?3, function = ?4,
                        phone = ?5, email = ?6, role = ?7, organisation_type = ?8, secrecy = ?9
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
                        extra.secrecy
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
        self.edit(
            id,
            AuditKind::ParticipantRemoved,
            DecidedBy::Chair,
            now,
            |tx, d| {
                d.record.remove_participant(participant)?;
                tx.execute(
                    "DELETE FROM participants WHERE id = ?1 AND meeting_id = ?2",
                    params![participant.to_string(), id.to_string()],
                )?;
                Ok(())
            },
        )
        .map(|(d, ())| d)
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
        self.edit(
            id,
            AuditKind::ItemRemoved,
            DecidedBy::Participant(contributor),
            now,
            |tx, d| {
                d.record.remove_item(item)?;
                // ON DELETE CASCADE takes item_subjects, item_basis, consents, releases
                // ("stays" only, the domain checked) and withdrawn_items along.
                tx.execute(
                    "DELETE FROM items WHERE id = ?1 AND meeting_id = ?2",
                    params![item.to_string(), id.to_string()],
                )?;
                Ok(())
            },
        )
        .map(|(d, ())| d)
    }

    /// Removes an action of the plan (refused while a release serves it: R9).
    pub fn remove_action(
        &mut self,
        id: MeetingId,
        action: ActionId,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        self.edit(
            id,
            AuditKind::ActionRemoved,
            DecidedBy::Chair,
            now,
            |tx, d| {
                d.record.remove_action(action)?;
                tx.execute(
                    "DELETE FROM actions WHERE id = ?1 AND meeting_id = ?2",
                    params![action.to_string(), id.to_string()],
                )?;
                Ok(())
            },
        )
        .map(|(d, ())| d)
    }

    /// Removes a family-notification agreement (R12).
    pub fn remove_notification(
        &mut self,
        id: MeetingId,
        notification: NotificationId,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        self.edit(
            id,
            AuditKind::NotificationRemoved,
            DecidedBy::Chair,
            now,
            |tx, d| {
                d.record.remove_notification(notification)?;
                tx.execute(
                    "DELETE FROM notifications WHERE id = ?1 AND meeting_id = ?2",
                    params![notification.to_string(), id.to_string()],
                )?;
                Ok(())
            },
        )
        .map(|(d, ())| d)
    }
}
