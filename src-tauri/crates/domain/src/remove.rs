//! Removing and correcting parts of a draft meeting (R13: never after finalizing; the
//! caller asks [`crate::ensure_editable`] first). The domain decides what may go:
//!
//! - Nothing is removed while something else still rests on it: the chair removes the
//!   dependent part first, so no decision (a consent, a release, an action) silently
//!   disappears with it (R5, R9, R18). The refusal names what still depends on it.
//! - What only exists because of the removed part goes with it (cascade), where a chair
//!   would expect that: an item's subjects, basis and consent records (R6/R7) and its
//!   "stays in the meeting" answers (R9: no release, nothing left to answer); an action's
//!   list of items it relies on (R11).

use crate::{
    ActionId, Basis, Consenter, Dependency, DomainError, Field, ItemId, MeetingRecord,
    NotificationId, NotificationScope, OrganisationType, Participant, ParticipantId,
    ParticipantInput, ReleaseDecision, Role, SubjectId,
};

impl MeetingRecord {
    /// Removes a subject. Refused while an item is about them (R6), while they gave consent
    /// as a holder of gezag (R8), or while a notification agreement names them (R12).
    pub fn remove_subject(&mut self, subject: SubjectId) -> Result<(), DomainError> {
        let index = self
            .subjects
            .iter()
            .position(|s| s.subject.id == subject)
            .ok_or(DomainError::UnknownSubject {
                field: Field::Subjects,
            })?;
        if self.items.iter().any(|i| i.subjects.contains(&subject)) {
            return Err(DomainError::StillNeeded(Dependency::ItemsAboutSubject));
        }
        let gave_consent = self.items.iter().any(|i| match &i.basis {
            Some(Basis::Consent { records, .. }) => records.iter().any(|r| {
                r.given_by
                    == Consenter::Parent {
                        subject_id: subject,
                    }
            }),
            _ => false,
        });
        if gave_consent {
            return Err(DomainError::StillNeeded(Dependency::ConsentGivenBySubject));
        }
        let named = self.notifications.iter().any(|n| match &n.about {
            NotificationScope::Subjects(ids) => ids.contains(&subject),
            NotificationScope::WholeFamily => false,
        });
        if named {
            return Err(DomainError::StillNeeded(
                Dependency::NotificationAboutSubject,
            ));
        }
        self.subjects.remove(index);
        Ok(())
    }

    /// Removes a participant. Refused while they contributed items (R5: they keep control
    /// over them), carry out an action (R11), inform the family (R12), or are the recipient
    /// of any decided release cell (R9).
    pub fn remove_participant(&mut self, participant: ParticipantId) -> Result<(), DomainError> {
        let index = self.participant_index(participant)?;
        if self.items.iter().any(|i| i.item.contributor == participant) {
            return Err(DomainError::StillNeeded(Dependency::ItemsOfParticipant));
        }
        if self.actions.iter().any(|a| a.who == participant) {
            return Err(DomainError::StillNeeded(Dependency::ActionsOfParticipant));
        }
        if self.dissents.iter().any(|d| d.participant == participant) {
            return Err(DomainError::StillNeeded(Dependency::DissentOfParticipant));
        }
        if self.notifications.iter().any(|n| n.informer == participant) {
            return Err(DomainError::StillNeeded(
                Dependency::NotificationsByParticipant,
            ));
        }
        if self.releases.cells().any(|((_, r), _)| *r == participant) {
            return Err(DomainError::StillNeeded(Dependency::ReleasesToParticipant));
        }
        self.participants.remove(index);
        // Seed 004 art. 6.4b: a consent no longer reaches someone who left the table.
        for item in &mut self.items {
            if let Some(crate::Basis::Consent { records, .. }) = &mut item.basis {
                for r in records {
                    if let crate::ConsentScope::Given { recipients, .. } = &mut r.scope {
                        recipients.retain(|p| *p != participant);
                    }
                }
            }
        }
        Ok(())
    }

    /// Corrects a participant's details, role (R1: at most one case lead), organisation
    /// type and professional secrecy. Their confidentiality pledge (R2) stays. Becoming an
    /// Expert or Informant is refused while an item is released to them without a
    /// motivation (R9). A basis that no longer holds shows up on the checklist (R7, R13).
    pub fn update_participant(
        &mut self,
        participant: ParticipantId,
        input: &ParticipantInput,
        organisation_type: OrganisationType,
        secrecy: bool,
    ) -> Result<Participant, DomainError> {
        let index = self.participant_index(participant)?;
        let others: Vec<Role> = self
            .participants
            .iter()
            .filter(|p| p.participant.id != participant)
            .map(|p| p.participant.role)
            .collect();
        let updated = Participant::create(participant, self.meeting.id, input, &others)?;
        // R1/R5/R9: expertise only means no data in and none out; refused while the
        // participant already brought items in, has items released to them, or carries
        // out an action that relies on items. "Stays in the meeting" answers are harmless.
        if updated.expertise_only {
            if self.items.iter().any(|i| i.item.contributor == participant) {
                return Err(DomainError::ExpertiseOnlyButInvolved(
                    Dependency::ItemsOfParticipant,
                ));
            }
            if self
                .releases
                .cells()
                .any(|((_, r), d)| *r == participant && d.is_released())
            {
                return Err(DomainError::ExpertiseOnlyButInvolved(
                    Dependency::ReleasesToParticipant,
                ));
            }
            if self
                .actions
                .iter()
                .any(|a| a.who == participant && !a.relies_on.is_empty())
            {
                return Err(DomainError::ExpertiseOnlyButInvolved(
                    Dependency::ActionsOfParticipant,
                ));
            }
        }
        if matches!(updated.role, Role::Expert | Role::Informant) {
            let unmotivated = self.releases.cells().any(|((_, r), d)| {
                *r == participant
                    && matches!(
                        d,
                        ReleaseDecision::Released {
                            motivation: None,
                            ..
                        }
                    )
            });
            if unmotivated {
                return Err(DomainError::MotivationRequired);
            }
        }
        let record = &mut self.participants[index];
        record.participant = updated.clone();
        record.organisation_type = organisation_type;
        record.secrecy = secrecy;
        Ok(updated)
    }

    /// Removes an item with its subjects, basis and consent records. Refused while it is
    /// released to anyone (R9; R10 keeps who received it) or an action relies on it (R11).
    pub fn remove_item(&mut self, item: ItemId) -> Result<(), DomainError> {
        let index = self
            .items
            .iter()
            .position(|i| i.item.id == item)
            .ok_or(DomainError::UnknownItem { field: Field::Item })?;
        if self
            .releases
            .cells()
            .any(|((i, _), d)| *i == item && d.is_released())
        {
            return Err(DomainError::StillNeeded(Dependency::ItemReleased));
        }
        if self.actions.iter().any(|a| a.relies_on.contains(&item)) {
            return Err(DomainError::StillNeeded(Dependency::ItemReliedOn));
        }
        if self.decisions.iter().any(|d| d.rests_on.contains(&item)) {
            return Err(DomainError::StillNeeded(Dependency::ItemDecisionRestsOn));
        }
        self.items.remove(index);
        self.releases.forget_item(item);
        Ok(())
    }

    /// Removes an action. Refused while a release serves it (R9: a release is for one
    /// action; the contributor changes that answer first).
    pub fn remove_action(&mut self, action: ActionId) -> Result<(), DomainError> {
        let index = self
            .actions
            .iter()
            .position(|a| a.id == action)
            .ok_or(DomainError::ActionNotInPlan)?;
        let serves = self
            .releases
            .cells()
            .any(|(_, d)| matches!(d, ReleaseDecision::Released { action: a, .. } if *a == action));
        if serves {
            return Err(DomainError::StillNeeded(Dependency::ReleasesForAction));
        }
        self.actions.remove(index);
        Ok(())
    }

    /// Removes a family-notification agreement (R12: the checklist asks again for every
    /// absent subject it covered).
    pub fn remove_notification(&mut self, id: NotificationId) -> Result<(), DomainError> {
        let before = self.notifications.len();
        self.notifications.retain(|n| n.id != id);
        if self.notifications.len() == before {
            return Err(DomainError::UnknownNotification);
        }
        Ok(())
    }

    fn participant_index(&self, participant: ParticipantId) -> Result<usize, DomainError> {
        self.participants
            .iter()
            .position(|p| p.participant.id == participant)
            .ok_or(DomainError::ParticipantNotInMeeting { field: Field::Name })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{complete, participant};
    use crate::{
        checklist, ConsentMethod, ConsentRecord, ReleaseChoice, ReleaseRequest, SubjectInput,
    };
    use chrono::Utc;

    fn input(name: &str, role: Role) -> ParticipantInput {
        ParticipantInput {
            name: name.into(),
            organisation: "Wijkteam Noord".into(),
            function: String::new(),
            phone: String::new(),
            email: String::new(),
            role,
            expertise_only: false,
        }
    }

    fn expertise_only(name: &str) -> ParticipantInput {
        ParticipantInput {
            expertise_only: true,
            ..input(name, Role::Expert)
        }
    }

    #[test]
    fn r1_r5_r9_expertise_only_is_refused_for_who_already_has_data() {
        let (mut r, lead, ggz, item, _) = complete();
        let before = r.clone();
        // The GGZ brought the item in (R5).
        let err = r
            .update_participant(ggz, &expertise_only("GGZ"), OrganisationType::Ggz, true)
            .unwrap_err();
        assert_eq!(
            err,
            DomainError::ExpertiseOnlyButInvolved(Dependency::ItemsOfParticipant)
        );
        assert_eq!(err.field(), Some(Field::ExpertiseOnly));
        // The item is released to the lead (R9).
        assert_eq!(
            r.update_participant(
                lead,
                &expertise_only("Lead"),
                OrganisationType::Wijkteam,
                true
            ),
            Err(DomainError::ExpertiseOnlyButInvolved(
                Dependency::ReleasesToParticipant
            ))
        );
        assert_eq!(r, before);
        // An expert whose action relies on the item (R11).
        let expert = participant(r.meeting.id, Role::Expert, OrganisationType::Overig);
        let expert_id = expert.participant.id;
        r.participants.push(expert);
        let mut action = r.actions[0].clone();
        action.id = ActionId::new();
        action.who = expert_id;
        r.actions.push(action);
        assert_eq!(
            r.update_participant(
                expert_id,
                &expertise_only("Expert"),
                OrganisationType::Overig,
                true
            ),
            Err(DomainError::ExpertiseOnlyButInvolved(
                Dependency::ActionsOfParticipant
            ))
        );
        // Without items to rely on, the flag is set; a "stays" answer is no obstacle.
        r.actions.last_mut().unwrap().relies_on.clear();
        r.decide_release(ReleaseRequest {
            item,
            recipient: expert_id,
            decided_by: ggz,
            at: Utc::now(),
            choice: ReleaseChoice::StayInMeeting,
        })
        .unwrap();
        let p = r
            .update_participant(
                expert_id,
                &expertise_only("Expert"),
                OrganisationType::Overig,
                true,
            )
            .unwrap();
        assert!(p.expertise_only && r.is_expertise_only(expert_id));
    }

    #[test]
    fn r6_subject_with_items_about_them_cannot_be_removed() {
        let (mut r, _, _, _, mother) = complete();
        let before = r.clone();
        assert_eq!(
            r.remove_subject(mother),
            Err(DomainError::StillNeeded(Dependency::ItemsAboutSubject))
        );
        assert_eq!(r, before);
        let extra = r
            .add_subject(
                SubjectId::new(),
                &SubjectInput {
                    relation: crate::Relation::Youth,
                    name: String::new(),
                    birth_date: String::new(),
                    parental_authority: false,
                },
                true,
            )
            .unwrap();
        r.remove_subject(extra.id).unwrap();
        assert_eq!(r, before);
        assert_eq!(
            r.remove_subject(extra.id),
            Err(DomainError::UnknownSubject {
                field: Field::Subjects
            })
        );
    }

    #[test]
    fn r8_subject_who_consented_as_holder_of_gezag_cannot_be_removed() {
        let (mut r, _, _, item, mother) = complete();
        // R8: a parent's consent counts for a child under 12, so the item is about one.
        crate::fixtures::make_young_child(&mut r.subjects[0].subject);
        let father = r
            .add_subject(
                SubjectId::new(),
                &SubjectInput {
                    relation: crate::Relation::Parent,
                    name: String::new(),
                    birth_date: String::new(),
                    parental_authority: true,
                },
                true,
            )
            .unwrap();
        // Conservative fixture: the father's consent about the mother is on record.
        r.add_consent(
            item,
            ConsentRecord {
                subject: mother,
                given_by: Consenter::Parent {
                    subject_id: father.id,
                },
                method: ConsentMethod::Verbal,
                at: Utc::now(),
                withdrawn: None,
                scope: crate::fixtures::scope_all(&r),
            },
        )
        .unwrap();
        assert_eq!(
            r.remove_subject(father.id),
            Err(DomainError::StillNeeded(Dependency::ConsentGivenBySubject))
        );
    }

    #[test]
    fn r8_consent_from_a_parent_without_gezag_is_refused() {
        let (mut r, _, _, item, mother) = complete();
        // R8: a parent's consent counts for a child under 12, so the item is about one.
        crate::fixtures::make_young_child(&mut r.subjects[0].subject);
        let father = r
            .add_subject(
                SubjectId::new(),
                &SubjectInput {
                    relation: crate::Relation::Parent,
                    name: String::new(),
                    birth_date: String::new(),
                    parental_authority: false,
                },
                true,
            )
            .unwrap();
        let before = r.clone();
        let consent = ConsentRecord {
            subject: mother,
            given_by: Consenter::Parent {
                subject_id: father.id,
            },
            method: ConsentMethod::Verbal,
            at: Utc::now(),
            withdrawn: None,
            scope: crate::fixtures::scope_all(&r),
        };
        assert_eq!(
            r.add_consent(item, consent.clone()),
            Err(DomainError::NoParentalAuthority)
        );
        assert_eq!(r, before);
        r.set_parental_authority(father.id, true).unwrap();
        r.add_consent(item, consent).unwrap();
    }

    #[test]
    fn r5_r11_r9_participant_with_dependants_cannot_be_removed() {
        let (mut r, lead, ggz, ..) = complete();
        let before = r.clone();
        assert_eq!(
            r.remove_participant(ggz),
            Err(DomainError::StillNeeded(Dependency::ItemsOfParticipant))
        );
        assert_eq!(
            r.remove_participant(lead),
            Err(DomainError::StillNeeded(Dependency::ActionsOfParticipant))
        );
        assert_eq!(r, before);
        let guest = participant(r.meeting.id, Role::Expert, OrganisationType::Overig);
        let guest_id = guest.participant.id;
        r.participants.push(guest);
        r.remove_participant(guest_id).unwrap();
        assert_eq!(r, before);
    }

    #[test]
    fn r12_informer_cannot_be_removed_and_notification_can() {
        let (mut r, lead, ..) = complete();
        let n = r.notifications[0].id;
        // The lead also carries out an action; drop it from the picture first.
        r.actions.clear();
        r.releases = crate::ReleaseMatrix::new();
        assert_eq!(
            r.remove_participant(lead),
            Err(DomainError::StillNeeded(
                Dependency::NotificationsByParticipant
            ))
        );
        r.remove_notification(n).unwrap();
        assert_eq!(
            r.remove_notification(n),
            Err(DomainError::UnknownNotification)
        );
        r.remove_participant(lead).unwrap();
    }

    #[test]
    fn r9_recipient_with_decided_release_cannot_be_removed() {
        let (mut r, lead, ggz, item, _) = complete();
        let action = r.actions[0].id;
        r.actions.push(crate::Action {
            id: ActionId::new(),
            ..r.actions[0].clone()
        });
        let second = r.actions[1].id;
        // The lead's release serves the first action; the second can go, the first not.
        assert_eq!(
            r.remove_action(action),
            Err(DomainError::StillNeeded(Dependency::ReleasesForAction))
        );
        r.remove_action(second).unwrap();
        // Without actions but with a decided cell the lead still cannot be removed.
        r.decide_release(ReleaseRequest {
            item,
            recipient: lead,
            decided_by: ggz,
            at: Utc::now(),
            choice: ReleaseChoice::StayInMeeting,
        })
        .unwrap();
        r.actions.clear();
        r.notifications.clear();
        assert_eq!(
            r.remove_participant(lead),
            Err(DomainError::StillNeeded(Dependency::ReleasesToParticipant))
        );
    }

    #[test]
    fn r9_r11_released_or_relied_on_item_cannot_be_removed() {
        let (mut r, lead, ggz, item, _) = complete();
        let before = r.clone();
        assert_eq!(
            r.remove_item(item),
            Err(DomainError::StillNeeded(Dependency::ItemReleased))
        );
        assert_eq!(r, before);
        r.decide_release(ReleaseRequest {
            item,
            recipient: lead,
            decided_by: ggz,
            at: Utc::now(),
            choice: ReleaseChoice::StayInMeeting,
        })
        .unwrap();
        assert_eq!(
            r.remove_item(item),
            Err(DomainError::StillNeeded(Dependency::ItemReliedOn))
        );
        r.actions[0].relies_on.clear();
        r.remove_item(item).unwrap();
        assert!(r.items.is_empty());
        assert!(r.releases.decision(item, lead).is_undecided());
        // The subject is free to go now.
        let mother = r.subjects[0].subject.id;
        r.remove_subject(mother).unwrap();
    }

    #[test]
    fn r11_r9_removed_participant_is_refused_as_actor_or_recipient() {
        let (mut r, ..) = complete();
        let guest = participant(r.meeting.id, Role::ContentRole, OrganisationType::Overig);
        let guest_id = guest.participant.id;
        r.participants.push(guest);
        r.remove_participant(guest_id).unwrap();
        let before = r.clone();
        let err = r.add_action(
            ActionId::new(),
            &crate::ActionInput {
                who: guest_id,
                what: "Bellen".into(),
                due: "2026-12-01".into(),
                relies_on: vec![],
                condition: String::new(),
                decision: None,
            },
        );
        assert_eq!(
            err,
            Err(DomainError::ParticipantNotInMeeting {
                field: Field::ActionWho
            })
        );
        let item = r.items[0].item.id;
        let ggz = r.items[0].item.contributor;
        assert_eq!(
            r.decide_release(ReleaseRequest {
                item,
                recipient: guest_id,
                decided_by: ggz,
                at: Utc::now(),
                choice: ReleaseChoice::StayInMeeting,
            }),
            Err(DomainError::RecipientNotInMeeting)
        );
        assert_eq!(r, before);
    }

    #[test]
    fn r1_r9_participant_update_keeps_rules() {
        let (mut r, lead, ggz, ..) = complete();
        let before = r.clone();
        assert_eq!(
            r.update_participant(
                ggz,
                &input("Nieuwe naam", Role::CaseLead),
                OrganisationType::Ggz,
                true
            ),
            Err(DomainError::SecondCaseLead)
        );
        // The lead received an item without motivation: not as Expert (R9).
        assert_eq!(
            r.update_participant(
                lead,
                &input("Regie", Role::Expert),
                OrganisationType::Wijkteam,
                true
            ),
            Err(DomainError::MotivationRequired)
        );
        assert_eq!(r, before);
        let p = r
            .update_participant(
                lead,
                &input("Regie Gecorrigeerd", Role::CaseLead),
                OrganisationType::Wijkteam,
                false,
            )
            .unwrap();
        assert_eq!(p.name.as_str(), "Regie Gecorrigeerd");
        assert!(!r.participants[0].secrecy);
        assert!(r.participants[0].pledged_at.is_some());
        assert!(checklist(&r).is_empty());
    }
}
