//! R10: a consent withdrawn after the meeting (seed 004 art. 6.4c–d; AVG art. 7 lid 3: as
//! easy as giving it). On a finalized meeting the chair records when, by whom and how; the
//! items resting on it lose their basis and go into no new extract or letter, and whoever
//! already received them must be told: one inform task per recipient, marked done with its
//! date.

use crate::basis::required_for;
use crate::{
    Basis, ConsentMethod, Consenter, ContributorProfile, DomainError, Field, FinalizedMeeting,
    ItemId, ParticipantId, SubjectId,
};
use chrono::{DateTime, NaiveDate, Utc};

/// R10: what the chair records when a family member withdraws a consent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WithdrawalRequest {
    /// Who withdraws: a person R8 entitles for the consent's subject on the meeting date.
    pub by: Consenter,
    /// How the withdrawal reached the chair (the same ways as consent is given).
    pub method: ConsentMethod,
    /// The day it was withdrawn.
    pub on: NaiveDate,
}

/// R10: one recipient who already received items resting on the withdrawn consent and must
/// be told not to use them any more (seed 004 art. 6.4d).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InformTask {
    /// Whom to inform.
    pub recipient: ParticipantId,
    /// The items they received that rest on the withdrawn consent.
    pub items: Vec<ItemId>,
    /// The day the chair told them, once done.
    pub done_on: Option<NaiveDate>,
}

impl InformTask {
    /// R10: the chair informed the recipient on `on`: not before the withdrawal, not in the
    /// future.
    pub fn record_done(
        &mut self,
        on: NaiveDate,
        withdrawn_on: NaiveDate,
        today: NaiveDate,
    ) -> Result<(), DomainError> {
        if on < withdrawn_on || on > today {
            return Err(DomainError::DateOutOfRange {
                field: Field::InformedOn,
            });
        }
        self.done_on = Some(on);
        Ok(())
    }
}

/// R10: a recorded withdrawal: about whom, by whom, how, when, and whom to inform.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentWithdrawal {
    /// The subject the consent was about.
    pub subject: SubjectId,
    /// Who withdrew it.
    pub by: Consenter,
    /// How.
    pub method: ConsentMethod,
    /// The day it was withdrawn.
    pub on: NaiveDate,
    /// Every item that rests on it and lost its basis.
    pub items: Vec<ItemId>,
    /// One task per recipient who already received any of those items.
    pub tasks: Vec<InformTask>,
}

/// R10: groups (item, recipient) pairs already received into one task per recipient, in
/// the order the recipients first appear.
pub fn inform_tasks(received: &[(ItemId, ParticipantId)]) -> Vec<InformTask> {
    let mut tasks: Vec<InformTask> = Vec::new();
    for (item, recipient) in received {
        match tasks.iter_mut().find(|t| t.recipient == *recipient) {
            Some(t) => {
                if !t.items.contains(item) {
                    t.items.push(*item);
                }
            }
            None => tasks.push(InformTask {
                recipient: *recipient,
                items: vec![*item],
                done_on: None,
            }),
        }
    }
    tasks
}

impl FinalizedMeeting {
    /// R10/R8: whether `by` may withdraw the consent `index` of `item`: the person who gave
    /// it, or anyone whose consent R8 requires for its subject on the meeting date (the
    /// young person, a parent or other holder of gezag).
    pub fn may_withdraw(
        &self,
        item: ItemId,
        index: usize,
        by: &Consenter,
    ) -> Result<(), DomainError> {
        let record = self.record();
        let rec = record
            .items
            .iter()
            .find(|i| i.item.id == item)
            .ok_or(DomainError::UnknownItem { field: Field::Item })?;
        let Some(Basis::Consent {
            records,
            not_competent,
        }) = &rec.basis
        else {
            return Err(DomainError::UnknownItem { field: Field::Item });
        };
        let consent = records
            .get(index)
            .ok_or(DomainError::UnknownItem { field: Field::Item })?;
        if consent.is_withdrawn() {
            return Err(DomainError::ConsentAlreadyWithdrawn);
        }
        if consent.given_by == *by {
            return Ok(());
        }
        let contributor = record
            .participants
            .iter()
            .find(|p| p.participant.id == rec.item.contributor)
            .ok_or(DomainError::ContributorNotInMeeting)?;
        let subject = record
            .subjects
            .iter()
            .find(|s| s.subject.id == consent.subject)
            .ok_or(DomainError::UnknownSubject {
                field: Field::WithdrawnBy,
            })?;
        let required = required_for(
            &subject.subject,
            not_competent,
            ContributorProfile {
                secrecy: contributor.secrecy,
                organisation: contributor.organisation_type,
            },
            record.meeting.date,
        );
        let entitled = match by {
            Consenter::Subject => required.needs_subject(),
            Consenter::Parent { subject_id: id } => {
                required.needs_parents()
                    && *id != consent.subject
                    && record.subjects.iter().any(|s| {
                        s.subject.id == *id
                            && s.subject.relation.can_hold_authority()
                            && s.subject.parental_authority
                    })
            }
            Consenter::OtherAuthority { .. } => required.needs_parents(),
            Consenter::AuthorityByRelation { relation: r } => {
                required.needs_parents() && r.can_hold_authority()
            }
        };
        if entitled {
            Ok(())
        } else {
            Err(DomainError::WithdrawerNotEntitled)
        }
    }

    /// R10: records that consent `index` of `item` was withdrawn on `request.on` (from the
    /// meeting date up to `today`) by an entitled person (see [`Self::may_withdraw`]).
    /// Every consent of the same party about the same subject is withdrawn (R10 as in
    /// [`crate::MeetingRecord::withdraw_consent`]); the items resting on it are no longer
    /// released or printed, and each recipient who already had one gets an inform task.
    pub fn withdraw_consent_on(
        &mut self,
        item: ItemId,
        index: usize,
        request: WithdrawalRequest,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<ConsentWithdrawal, DomainError> {
        self.may_withdraw(item, index, &request.by)?;
        if request.on < self.record().meeting.date || request.on > today {
            return Err(DomainError::DateOutOfRange {
                field: Field::WithdrawnOn,
            });
        }
        let target = self
            .record()
            .items
            .iter()
            .find(|i| i.item.id == item)
            .and_then(|i| match &i.basis {
                Some(Basis::Consent { records, .. }) => records.get(index).cloned(),
                _ => None,
            })
            .ok_or(DomainError::UnknownItem { field: Field::Item })?;
        let before: Vec<ItemId> = self.record().releases.withdrawn_items().copied().collect();
        let received = self.withdraw_consent(target.subject, &target.given_by, now);
        let items: Vec<ItemId> = self
            .record()
            .releases
            .withdrawn_items()
            .filter(|i| !before.contains(i))
            .copied()
            .collect();
        Ok(ConsentWithdrawal {
            subject: target.subject,
            by: request.by,
            method: request.method,
            on: request.on,
            items,
            tasks: inform_tasks(&received),
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::fixtures::{complete, day};
    use crate::{finalize, Relation, Subject, SubjectRecord};

    fn request(by: Consenter, on: NaiveDate) -> WithdrawalRequest {
        WithdrawalRequest {
            by,
            method: ConsentMethod::Verbal,
            on,
        }
    }

    #[test]
    fn r10_withdrawal_on_a_finalized_meeting_lists_whom_to_inform() {
        let (record, lead, _, item, mother) = complete();
        let mut done = finalize(&record, Utc::now()).unwrap();
        let w = done
            .withdraw_consent_on(
                item,
                0,
                request(Consenter::Subject, day(2026, 12, 1)),
                day(2026, 12, 2),
                Utc::now(),
            )
            .unwrap();
        assert_eq!(w.subject, mother);
        assert_eq!(w.items, vec![item]);
        assert_eq!(
            w.tasks,
            vec![InformTask {
                recipient: lead,
                items: vec![item],
                done_on: None
            }]
        );
        // R10/R14b: the item goes into no new extract.
        assert!(done.record().released_to(lead).is_empty());
        // A second withdrawal of the same consent is refused.
        assert_eq!(
            done.may_withdraw(item, 0, &Consenter::Subject),
            Err(DomainError::ConsentAlreadyWithdrawn)
        );
    }

    #[test]
    fn r10_withdrawal_date_from_the_meeting_up_to_today() {
        let (record, _, _, item, _) = complete();
        let mut done = finalize(&record, Utc::now()).unwrap();
        for on in [day(2026, 11, 23), day(2026, 12, 3)] {
            assert_eq!(
                done.withdraw_consent_on(
                    item,
                    0,
                    request(Consenter::Subject, on),
                    day(2026, 12, 2),
                    Utc::now()
                ),
                Err(DomainError::DateOutOfRange {
                    field: Field::WithdrawnOn
                })
            );
        }
        // Nothing changed.
        assert_eq!(done.record().releases.withdrawn_items().count(), 0);
    }

    #[test]
    fn r8_r10_only_an_entitled_person_withdraws() {
        let (mut record, _, _, item, mother) = complete();
        // A child of 8 of the mother: not entitled for the mother's own consent.
        let child = Subject {
            id: SubjectId::new(),
            meeting_id: record.meeting.id,
            relation: Relation::Youth,
            name: None,
            birth_date: Some(day(2018, 5, 1)),
            parental_authority: false,
            has_secret_address: false,
            language: crate::FamilyLanguage::default(),
        };
        let child_id = child.id;
        record.subjects.push(SubjectRecord {
            subject: child,
            present: false,
        });
        let done = finalize(&record, Utc::now()).unwrap();
        // The mother is an adult: only she herself (the one who gave it) may withdraw.
        assert_eq!(done.may_withdraw(item, 0, &Consenter::Subject), Ok(()));
        assert_eq!(
            done.may_withdraw(
                item,
                0,
                &Consenter::Parent {
                    subject_id: child_id
                }
            ),
            Err(DomainError::WithdrawerNotEntitled)
        );
        let _ = mother;
    }

    #[test]
    fn r8_r10_a_parent_with_gezag_withdraws_for_a_child_under_12() {
        let (mut record, _, _, item, mother) = complete();
        let child = Subject {
            id: SubjectId::new(),
            meeting_id: record.meeting.id,
            relation: Relation::Youth,
            name: None,
            birth_date: Some(day(2018, 5, 1)),
            parental_authority: false,
            has_secret_address: false,
            language: crate::FamilyLanguage::default(),
        };
        let child_id = child.id;
        record.subjects.push(SubjectRecord {
            subject: child,
            present: false,
        });
        if let Some(Basis::Consent { records, .. }) = &mut record.items[0].basis {
            records[0].subject = child_id;
            records[0].given_by = Consenter::Parent { subject_id: mother };
        }
        record.items[0].subjects = vec![child_id];
        let done = finalize(&record, Utc::now()).unwrap();
        assert_eq!(
            done.may_withdraw(item, 0, &Consenter::Parent { subject_id: mother }),
            Ok(())
        );
        // The 8-year-old cannot consent, so cannot withdraw either (R8).
        assert_eq!(
            done.may_withdraw(item, 0, &Consenter::Subject),
            Err(DomainError::WithdrawerNotEntitled)
        );
    }

    #[test]
    fn r10_inform_done_not_before_the_withdrawal_nor_in_the_future() {
        let (_, lead, _, item, _) = complete();
        let mut task = inform_tasks(&[(item, lead), (item, lead)]).remove(0);
        assert_eq!(task.items, vec![item]);
        let withdrawn = day(2026, 12, 1);
        for on in [day(2026, 11, 30), day(2026, 12, 5)] {
            assert_eq!(
                task.record_done(on, withdrawn, day(2026, 12, 4)),
                Err(DomainError::DateOutOfRange {
                    field: Field::InformedOn
                })
            );
        }
        assert_eq!(task.done_on, None);
        task.record_done(day(2026, 12, 2), withdrawn, day(2026, 12, 4))
            .unwrap();
        assert_eq!(task.done_on, Some(day(2026, 12, 2)));
    }
}
