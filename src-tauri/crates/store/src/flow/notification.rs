//! What the family is told (R12, R14c): notification agreements and their later events
//! on a finalized meeting, the purpose as checked for the family and the complaint routes
//! the letter names.

use super::{load_flow, Answer, FlowData};
use crate::audit::{self, AuditKind, DecidedBy};
use crate::codec::*;
use crate::ExecuteCached;
use crate::{Store, StoreError};
use chrono::{DateTime, NaiveDate, Utc};
use domain::{
    DomainError, Field, MeetingId, NotificationId, NotificationInput, NotificationScope,
    NotificationTiming, ParticipantId,
};
use rusqlite::params;

impl Store {
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
                tx.execute_cached(
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
                        tx.execute_cached(
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
                tx.execute_cached(
                    "UPDATE meetings SET purpose_for_family = ?2 WHERE id = ?1",
                    params![id.to_string(), checked],
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
                tx.execute_cached(
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
        tx.execute_cached(
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
