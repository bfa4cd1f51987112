//! R12: who informs the family that was not (fully) present, how and when (seed 001
//! position 4; seed 003 §3.4; seed 004 art. 7.6 and AVG art. 23 for postponing).

use crate::{DomainError, Field, NotificationId, ParticipantId, Prose, SubjectId};
use chrono::NaiveDate;

/// Whom a notification is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotificationScope {
    /// Every subject of the meeting.
    WholeFamily,
    /// These subjects (at least one).
    Subjects(Vec<SubjectId>),
}

/// How the family is informed (seed 003 §3.4 a–d).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum NotificationMethod {
    /// In a conversation.
    Conversation,
    /// By letter.
    Letter,
    /// By handing over a folder.
    Folder,
}

/// Why informing may be postponed (seed 004 art. 7.6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum PostponeGround {
    /// Informing would endanger the safety of another family member or person.
    Safety,
    /// Informing would thwart a criminal investigation.
    CriminalInvestigation,
}

/// R12: when the family hears *that* their case is discussed (the announcement): beforehand
/// by default (seed 001 position 4), afterwards only with a motivation, postponed only on a
/// ground of seed 004 art. 7.6 with a motivation and a review date.
///
/// The *outcome* (what was agreed) can only be told after the meeting (seed 003 §3.6c): it
/// has no timing of its own. It is told after the meeting unless informing is postponed;
/// [`FamilyNotification::done_on`] records when it was actually done.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum NotificationTiming {
    /// Before the meeting.
    Beforehand,
    /// After the meeting, with a reason.
    Afterwards {
        /// Why not before.
        motivation: Prose,
    },
    /// Postponed on a statutory ground, until the review date.
    #[serde(rename_all = "camelCase")]
    Postponed {
        /// The ground.
        ground: PostponeGround,
        /// Why it applies.
        motivation: Prose,
        /// When the postponement is looked at again.
        review_date: NaiveDate,
    },
}

/// What the chair enters for a notification agreement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotificationInput {
    /// Whom it is about.
    pub about: NotificationScope,
    /// The participant who informs them.
    pub informer: ParticipantId,
    /// How.
    pub method: NotificationMethod,
    /// When.
    pub timing: NotificationTiming,
}

/// R12: one agreement on informing (part of) the family.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FamilyNotification {
    /// Its id.
    pub id: NotificationId,
    /// Whom it is about.
    pub about: NotificationScope,
    /// The participant who informs them.
    pub informer: ParticipantId,
    /// How.
    pub method: NotificationMethod,
    /// The announcement; see [`NotificationTiming`].
    pub timing: NotificationTiming,
    /// R12: the day the outcome was actually told (recorded after finalizing). Until then
    /// this is only an agreement, never "informed".
    pub done_on: Option<NaiveDate>,
    /// R12/AVG art. 23: the day a postponement was lifted (a later, audited event).
    pub lifted_on: Option<NaiveDate>,
}

/// R12: where an agreement stands, for the plan and the exports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotificationStatus {
    /// Informing is postponed (seed 004 art. 7.6) and not lifted: nothing goes to them.
    Postponed,
    /// Agreed, not yet recorded as done.
    Agreed,
    /// The outcome was told on this day.
    Done(NaiveDate),
}

/// R12: the one event that may be recorded next on an agreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotificationEvent {
    /// Lift the postponement ([`FamilyNotification::lift_postponement`]).
    LiftPostponement,
    /// Record the day the outcome was told ([`FamilyNotification::record_done`]).
    RecordDone,
}

impl FamilyNotification {
    /// R12: validates the agreement against the meeting.
    pub fn create(
        id: NotificationId,
        input: NotificationInput,
        participants: &[ParticipantId],
        subjects: &[SubjectId],
        meeting_date: NaiveDate,
    ) -> Result<Self, DomainError> {
        let NotificationInput {
            about,
            informer,
            method,
            timing,
        } = input;
        let about = match about {
            NotificationScope::Subjects(mut ids) => {
                ids.sort();
                ids.dedup();
                NotificationScope::Subjects(ids)
            }
            whole => whole,
        };
        let n = Self {
            id,
            about,
            informer,
            method,
            timing,
            done_on: None,
            lifted_on: None,
        };
        n.check(participants, subjects, meeting_date)?;
        Ok(n)
    }

    /// R12: the informer sits at the table, the subjects belong to the meeting, and a
    /// postponed notification is reviewed after the meeting date.
    pub fn check(
        &self,
        participants: &[ParticipantId],
        subjects: &[SubjectId],
        meeting_date: NaiveDate,
    ) -> Result<(), DomainError> {
        // Every fault at once, each at its field.
        let mut errors = crate::FieldErrors::new();
        if !participants.contains(&self.informer) {
            errors.push(DomainError::ParticipantNotInMeeting {
                field: Field::Informer,
            });
        }
        if let NotificationScope::Subjects(ids) = &self.about {
            if ids.is_empty() {
                errors.push(DomainError::Empty {
                    field: Field::NotificationSubjects,
                });
            } else if ids.iter().any(|s| !subjects.contains(s)) {
                errors.push(DomainError::UnknownSubject {
                    field: Field::NotificationSubjects,
                });
            }
        }
        if let NotificationTiming::Postponed { review_date, .. } = &self.timing {
            if *review_date <= meeting_date {
                errors.push(DomainError::DateOutOfRange {
                    field: Field::ReviewDate,
                });
            }
        }
        // R12: the motivation for informing afterwards or postponing is a real sentence.
        if let NotificationTiming::Afterwards { motivation }
        | NotificationTiming::Postponed { motivation, .. } = &self.timing
        {
            errors.check(crate::check_motivation(
                motivation.as_str(),
                Field::Motivation,
            ));
        }
        errors.finish()
    }

    /// R12/AVG art. 23: informing is postponed and the postponement has not been lifted:
    /// nothing about the meeting may reach the people it covers.
    pub fn withholds(&self) -> bool {
        matches!(self.timing, NotificationTiming::Postponed { .. }) && self.lifted_on.is_none()
    }

    /// R12: what may still be recorded on this agreement after the meeting: lifting a
    /// postponement in force, else the day the outcome was told, else nothing.
    pub fn next_event(&self) -> Option<NotificationEvent> {
        match self.status() {
            NotificationStatus::Postponed => Some(NotificationEvent::LiftPostponement),
            NotificationStatus::Agreed => Some(NotificationEvent::RecordDone),
            NotificationStatus::Done(_) => None,
        }
    }

    /// R12: agreed, done, or postponed.
    pub fn status(&self) -> NotificationStatus {
        if self.withholds() {
            NotificationStatus::Postponed
        } else if let Some(on) = self.done_on {
            NotificationStatus::Done(on)
        } else {
            NotificationStatus::Agreed
        }
    }

    /// R12/AVG art. 23 (seed 004 art. 7.6): lifts a postponement on `on` (not before the
    /// meeting, not in the future). Only a postponement in force can be lifted.
    pub fn lift_postponement(
        &mut self,
        on: NaiveDate,
        meeting_date: NaiveDate,
        today: NaiveDate,
    ) -> Result<(), DomainError> {
        if !self.withholds() {
            return Err(DomainError::NotificationNotPostponed);
        }
        if on < meeting_date || on > today {
            return Err(DomainError::DateOutOfRange {
                field: Field::LiftedOn,
            });
        }
        self.lifted_on = Some(on);
        Ok(())
    }

    /// R12 (seed 003 §3.6c): records the day the outcome was told. Not while informing is
    /// postponed, not before the meeting, not in the future.
    pub fn record_done(
        &mut self,
        on: NaiveDate,
        meeting_date: NaiveDate,
        today: NaiveDate,
    ) -> Result<(), DomainError> {
        if self.withholds() {
            return Err(DomainError::NotificationPostponed);
        }
        if on < meeting_date || on > today {
            return Err(DomainError::DateOutOfRange {
                field: Field::NotificationDoneOn,
            });
        }
        self.done_on = Some(on);
        Ok(())
    }

    /// Whether this agreement covers `subject`.
    pub fn covers(&self, subject: SubjectId) -> bool {
        match &self.about {
            NotificationScope::WholeFamily => true,
            NotificationScope::Subjects(ids) => ids.contains(&subject),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn input(
        about: NotificationScope,
        informer: ParticipantId,
        timing: NotificationTiming,
    ) -> NotificationInput {
        NotificationInput {
            about,
            informer,
            method: NotificationMethod::Conversation,
            timing,
        }
    }

    fn motivation() -> Prose {
        Prose::parse("Vader is dreigend tegen de moeder.", Field::Motivation, 100).unwrap()
    }

    #[test]
    fn r12_notification_by_a_participant_about_known_subjects() {
        let p = ParticipantId::new();
        let s = SubjectId::new();
        let on = day(2026, 11, 24);
        let n = FamilyNotification::create(
            NotificationId::new(),
            input(
                NotificationScope::Subjects(vec![s, s]),
                p,
                NotificationTiming::Beforehand,
            ),
            &[p],
            &[s],
            on,
        )
        .unwrap();
        assert!(n.covers(s));
        assert!(!n.covers(SubjectId::new()));
        assert_eq!(n.about, NotificationScope::Subjects(vec![s]));

        let err = FamilyNotification::create(
            NotificationId::new(),
            input(
                NotificationScope::WholeFamily,
                ParticipantId::new(),
                NotificationTiming::Beforehand,
            ),
            &[p],
            &[s],
            on,
        )
        .unwrap_err();
        assert_eq!(err.field(), Some(Field::Informer));

        assert_eq!(
            FamilyNotification::create(
                NotificationId::new(),
                input(
                    NotificationScope::Subjects(vec![]),
                    p,
                    NotificationTiming::Beforehand
                ),
                &[p],
                &[s],
                on,
            ),
            Err(DomainError::Empty {
                field: Field::NotificationSubjects
            })
        );
    }

    #[test]
    fn r12_next_event_lift_a_postponement_then_record_done_then_nothing() {
        let p = ParticipantId::new();
        let on = day(2026, 11, 24);
        let today = day(2026, 12, 1);
        let mut n = FamilyNotification::create(
            NotificationId::new(),
            input(
                NotificationScope::WholeFamily,
                p,
                NotificationTiming::Postponed {
                    ground: PostponeGround::Safety,
                    motivation: motivation(),
                    review_date: day(2027, 1, 5),
                },
            ),
            &[p],
            &[],
            on,
        )
        .unwrap();
        assert_eq!(n.next_event(), Some(NotificationEvent::LiftPostponement));
        n.lift_postponement(day(2026, 11, 30), on, today).unwrap();
        assert_eq!(n.next_event(), Some(NotificationEvent::RecordDone));
        n.record_done(day(2026, 12, 1), on, today).unwrap();
        assert_eq!(n.next_event(), None);
    }

    #[test]
    fn r12_postponing_needs_a_review_date_after_the_meeting() {
        let p = ParticipantId::new();
        let on = day(2026, 11, 24);
        let postponed = |review_date| NotificationTiming::Postponed {
            ground: PostponeGround::Safety,
            motivation: motivation(),
            review_date,
        };
        let create = |timing| {
            FamilyNotification::create(
                NotificationId::new(),
                input(NotificationScope::WholeFamily, p, timing),
                &[p],
                &[],
                on,
            )
        };
        assert_eq!(
            create(postponed(on)),
            Err(DomainError::DateOutOfRange {
                field: Field::ReviewDate
            })
        );
        assert!(create(postponed(day(2027, 1, 5))).is_ok());
        assert!(create(NotificationTiming::Afterwards {
            motivation: motivation()
        })
        .is_ok());
    }

    #[test]
    fn r12_outcome_done_is_recorded_after_the_meeting_never_while_postponed() {
        let p = ParticipantId::new();
        let on = day(2026, 11, 24);
        let today = day(2026, 12, 1);
        let mut n = FamilyNotification::create(
            NotificationId::new(),
            input(
                NotificationScope::WholeFamily,
                p,
                NotificationTiming::Beforehand,
            ),
            &[p],
            &[],
            on,
        )
        .unwrap();
        assert_eq!(n.status(), NotificationStatus::Agreed);
        assert_eq!(
            n.record_done(day(2026, 11, 23), on, today),
            Err(DomainError::DateOutOfRange {
                field: Field::NotificationDoneOn
            })
        );
        assert!(n.record_done(day(2026, 12, 2), on, today).is_err());
        n.record_done(day(2026, 11, 28), on, today).unwrap();
        assert_eq!(n.status(), NotificationStatus::Done(day(2026, 11, 28)));

        let mut postponed = FamilyNotification::create(
            NotificationId::new(),
            input(
                NotificationScope::WholeFamily,
                p,
                NotificationTiming::Postponed {
                    ground: PostponeGround::CriminalInvestigation,
                    motivation: motivation(),
                    review_date: day(2027, 1, 5),
                },
            ),
            &[p],
            &[],
            on,
        )
        .unwrap();
        assert!(postponed.withholds());
        assert_eq!(
            postponed.record_done(day(2026, 11, 28), on, today),
            Err(DomainError::NotificationPostponed)
        );
        postponed
            .lift_postponement(day(2026, 11, 30), on, today)
            .unwrap();
        assert!(!postponed.withholds());
        assert_eq!(
            postponed.lift_postponement(day(2026, 11, 30), on, today),
            Err(DomainError::NotificationNotPostponed)
        );
        assert!(postponed.record_done(day(2026, 12, 1), on, today).is_ok());
        assert_eq!(
            n.lift_postponement(day(2026, 11, 30), on, today),
            Err(DomainError::NotificationNotPostponed)
        );
    }
}
