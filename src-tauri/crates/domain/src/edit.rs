//! Edits of a draft meeting, decided on the whole record (R3–R15). The store loads the
//! record, asks one of these, and writes exactly what changed. Each checks its input
//! against the meeting; none of them looks at the meeting's state (the caller asks
//! [`crate::ensure_editable`] first).

use crate::{
    Action, ActionId, ActionInput, Basis, ConsentRecord, Consenter, DomainError,
    FamilyNotification, Field, ItemId, MeetingRecord, NotificationId, NotificationInput,
    ParticipantId, SecretAddress, Subject, SubjectId, SubjectInput, SubjectRecord,
};
use chrono::{DateTime, NaiveDate, Utc};

impl MeetingRecord {
    fn subject_ids(&self) -> Vec<SubjectId> {
        self.subjects.iter().map(|s| s.subject.id).collect()
    }

    fn participant_id_list(&self) -> Vec<ParticipantId> {
        self.participants.iter().map(|p| p.participant.id).collect()
    }

    fn item_ids(&self) -> Vec<ItemId> {
        self.items.iter().map(|i| i.item.id).collect()
    }

    /// R4: switching a meeting to anonymous is refused while a subject still has a name
    /// or birth date stored.
    pub fn check_anonymous(&self, anonymous: bool) -> Result<(), DomainError> {
        if !anonymous {
            return Ok(());
        }
        for s in &self.subjects {
            if s.subject.name.is_some() {
                return Err(DomainError::IdentifyingDataInAnonymousMeeting { field: Field::Name });
            }
            if s.subject.birth_date.is_some() {
                return Err(DomainError::IdentifyingDataInAnonymousMeeting {
                    field: Field::BirthDate,
                });
            }
            if s.subject.has_secret_address {
                return Err(DomainError::IdentifyingDataInAnonymousMeeting {
                    field: Field::SecretAddress,
                });
            }
        }
        // R4: holders of gezag are named by relation only. (A case label that is no code
        // is replaced, see `anonymous_case_label`.)
        let named_holder = self.items.iter().any(|i| match &i.basis {
            Some(Basis::Consent { records, .. }) => records
                .iter()
                .any(|r| matches!(r.given_by, Consenter::OtherAuthority { .. })),
            _ => false,
        });
        if named_holder {
            return Err(DomainError::IdentifyingDataInAnonymousMeeting {
                field: Field::Consent,
            });
        }
        Ok(())
    }

    /// R4: every free text of the meeting with its field, as an anonymous meeting checks
    /// them: the case label (unless it is replaced by a code on switching, see
    /// [`Self::anonymous_case_label`]), purpose, criteria, items, consent purposes, actions
    /// and their conditions, decisions and dissents, what the family said, and the account.
    pub fn anonymous_texts(&self, anonymous: bool) -> Vec<(&str, Field)> {
        let mut texts = Vec::new();
        if self.anonymous_case_label(anonymous).is_none() {
            texts.push((self.meeting.case_label.as_str(), Field::CaseLabel));
        }
        texts.push((self.meeting.purpose.as_str(), Field::Purpose));
        if let Some(c) = &self.meeting.criteria {
            texts.push((c.as_str(), Field::Criteria));
        }
        for i in &self.items {
            texts.push((i.item.text.as_str(), Field::ItemText));
            if let Some(Basis::Consent { records, .. }) = &i.basis {
                for r in records {
                    if let crate::ConsentScope::Given { purpose, .. } = &r.scope {
                        texts.push((purpose.as_str(), Field::ConsentPurpose));
                    }
                }
            }
        }
        for a in &self.actions {
            texts.push((a.what.as_str(), Field::ActionWhat));
            if let Some(c) = &a.condition {
                texts.push((c.as_str(), Field::ActionCondition));
            }
        }
        for d in &self.decisions {
            texts.push((d.what.as_str(), Field::DecisionWhat));
            texts.push((d.why.as_str(), Field::DecisionWhy));
        }
        for d in &self.dissents {
            texts.push((d.why.as_str(), Field::DissentWhy));
        }
        for v in &self.voices {
            texts.push((v.text.as_str(), Field::VoiceText));
            if let Some(a) = &v.answer {
                texts.push((a.as_str(), Field::VoiceAnswer));
            }
        }
        if let Some(a) = &self.minutes.account {
            texts.push((a.as_str(), Field::Account));
        }
        texts
    }

    /// R4: every free text of the meeting ([`Self::anonymous_texts`]) passes the
    /// minimisation scanner and holds no name known elsewhere in the store, when the
    /// meeting is (to be) anonymous.
    pub fn check_anonymous_texts(
        &self,
        anonymous: bool,
        known_names: &crate::KnownNames,
    ) -> Result<(), DomainError> {
        self.anonymous_texts(anonymous)
            .into_iter()
            .try_for_each(|(text, field)| {
                crate::check_anonymous_text(anonymous, text, field, known_names)
            })
    }

    /// Seed 002 Feitenonderzoek 4: the time and the record of the meeting, replaced as a whole (the store
    /// asks [`crate::ensure_editable`] first: a finalized meeting keeps its record, R13).
    /// R4: in an anonymous meeting the account holds nothing that identifies the family.
    pub fn set_minutes(
        &mut self,
        minutes: crate::Minutes,
        known_names: &crate::KnownNames,
    ) -> Result<(), DomainError> {
        if let Some(a) = &minutes.account {
            crate::check_anonymous_text(
                self.meeting.anonymous,
                a.as_str(),
                Field::Account,
                known_names,
            )?;
        }
        self.minutes = minutes;
        Ok(())
    }

    /// Adds a family member (R4: none of their identifying data in an anonymous meeting).
    pub fn add_subject(
        &mut self,
        id: SubjectId,
        input: &SubjectInput,
        present: bool,
    ) -> Result<Subject, DomainError> {
        let subject = Subject::create(
            id,
            self.meeting.id,
            input,
            self.meeting.anonymous,
            self.meeting.date,
        )?;
        self.subjects.push(SubjectRecord {
            subject: subject.clone(),
            present,
        });
        Ok(subject)
    }

    /// R12: whether a subject is present at the meeting.
    pub fn set_subject_present(
        &mut self,
        subject: SubjectId,
        present: bool,
    ) -> Result<(), DomainError> {
        let s = self
            .subjects
            .iter_mut()
            .find(|s| s.subject.id == subject)
            .ok_or(DomainError::UnknownSubject {
                field: Field::Subjects,
            })?;
        s.present = present;
        Ok(())
    }

    /// R12: a family member's letter language and interpreter (draft only, R13: the store
    /// checks the meeting is still editable before any edit).
    pub fn set_subject_language(
        &mut self,
        subject: SubjectId,
        input: &crate::FamilyLanguageInput,
    ) -> Result<crate::FamilyLanguage, DomainError> {
        let language = crate::FamilyLanguage::parse(input)?;
        self.subject_mut(subject)?.language = language.clone();
        Ok(language)
    }

    fn subject_mut(&mut self, subject: SubjectId) -> Result<&mut Subject, DomainError> {
        self.subjects
            .iter_mut()
            .find(|s| s.subject.id == subject)
            .map(|s| &mut s.subject)
            .ok_or(DomainError::UnknownSubject {
                field: Field::Subjects,
            })
    }

    /// R8: whether a subject holds parental authority (gezag). Consents already given by
    /// them stay on record; the checklist re-checks every consent basis against it.
    pub fn set_parental_authority(
        &mut self,
        subject: SubjectId,
        holds: bool,
    ) -> Result<(), DomainError> {
        self.subject_mut(subject)?.set_parental_authority(holds)
    }

    /// R4/R14: sets (`Some`) or clears (`None`) a subject's secret address.
    pub fn set_secret_address(
        &mut self,
        subject: SubjectId,
        address: Option<SecretAddress>,
    ) -> Result<(), DomainError> {
        let anonymous = self.meeting.anonymous;
        self.subject_mut(subject)?
            .set_secret_address(address, anonymous)
    }

    /// R2: the participant confirmed confidentiality at `at` (the first confirmation
    /// counts; confirming again changes nothing).
    pub fn record_pledge(
        &mut self,
        participant: ParticipantId,
        at: DateTime<Utc>,
    ) -> Result<DateTime<Utc>, DomainError> {
        let p = self
            .participants
            .iter_mut()
            .find(|p| p.participant.id == participant)
            .ok_or(DomainError::ParticipantNotInMeeting { field: Field::Name })?;
        Ok(*p.pledged_at.get_or_insert(at))
    }

    /// R2: a participant who sent apologies confirms confidentiality afterwards, on the
    /// day `on` (not before the meeting, not after `today`). Recorded as that day at
    /// 00:00 UTC; the first confirmation counts, as with [`Self::record_pledge`]. Who was
    /// at the table pledges at the meeting itself.
    pub fn record_pledge_on(
        &mut self,
        participant: ParticipantId,
        on: NaiveDate,
        today: NaiveDate,
    ) -> Result<DateTime<Utc>, DomainError> {
        let date = self.meeting.date;
        let p = self
            .participants
            .iter_mut()
            .find(|p| p.participant.id == participant)
            .ok_or(DomainError::ParticipantNotInMeeting {
                field: Field::PledgeDate,
            })?;
        if p.attendance.at_table() {
            return Err(DomainError::PledgeDateNotForPresent);
        }
        if on < date || on > today {
            return Err(DomainError::DateOutOfRange {
                field: Field::PledgeDate,
            });
        }
        Ok(*p
            .pledged_at
            .get_or_insert(on.and_time(chrono::NaiveTime::MIN).and_utc()))
    }

    /// R6/R7: sets the subjects and the basis of an item. A legal basis or a conflict of
    /// duties must hold at once; a consent basis may wait for its consent records (the
    /// checklist keeps it open until consent is complete, R13).
    pub fn set_item_basis(
        &mut self,
        item: ItemId,
        subjects: Vec<SubjectId>,
        basis: Basis,
    ) -> Result<(), DomainError> {
        let known = self.subject_ids();
        if subjects.iter().any(|s| !known.contains(s)) {
            return Err(DomainError::UnknownSubject {
                field: Field::Subjects,
            });
        }
        let index = self
            .items
            .iter()
            .position(|i| i.item.id == item)
            .ok_or(DomainError::UnknownItem { field: Field::Item })?;
        if self.releases.withdrawn_items().any(|w| *w == item) {
            // R10: an item resting on withdrawn consent keeps its history.
            return Err(DomainError::ReleaseFrozen);
        }
        // Keep the consent records already given when the basis stays consent.
        let basis = match (basis, &self.items[index].basis) {
            (Basis::Consent { not_competent, .. }, Some(Basis::Consent { records, .. })) => {
                Basis::Consent {
                    records: records
                        .iter()
                        .filter(|r| subjects.contains(&r.subject))
                        .cloned()
                        .collect(),
                    not_competent,
                }
            }
            (basis, _) => basis,
        };
        if let Basis::Consent { not_competent, .. } = &basis {
            if not_competent.iter().any(|s| !subjects.contains(s)) {
                return Err(DomainError::UnknownSubject {
                    field: Field::Consent,
                });
            }
        }
        let mut candidate = self.items[index].clone();
        candidate.subjects = subjects;
        candidate.basis = Some(basis);
        match self.check_item_basis(&candidate) {
            Some(Ok(())) | None => {}
            Some(Err(DomainError::ConsentIncomplete { .. })) => {}
            Some(Err(e)) => return Err(e),
        }
        self.items[index] = candidate;
        Ok(())
    }

    /// Seed 004 art. 6.4b: a new consent names at least one recipient, all at this table.
    fn check_consent_scope(&self, scope: &crate::ConsentScope) -> Result<(), DomainError> {
        let crate::ConsentScope::Given { recipients, .. } = scope else {
            return Err(DomainError::Empty {
                field: Field::ConsentRecipients,
            });
        };
        if recipients.is_empty() {
            return Err(DomainError::Empty {
                field: Field::ConsentRecipients,
            });
        }
        let known = self.participant_id_list();
        if recipients.iter().any(|r| !known.contains(r)) {
            return Err(DomainError::ParticipantNotInMeeting {
                field: Field::ConsentRecipients,
            });
        }
        Ok(())
    }

    /// R7a/R8: records one consent for an item resting on consent. The subject must be
    /// one the item is about; a parent must be a parent, carer or guardian of this meeting
    /// who holds parental authority (gezag).
    pub fn add_consent(&mut self, item: ItemId, record: ConsentRecord) -> Result<(), DomainError> {
        // Seed 004 art. 6.4b: a new consent says to whom the data may go (checked after
        // who consented and about whom).
        let scope_check = self.check_consent_scope(&record.scope);
        match &record.given_by {
            // R4: in an anonymous meeting a holder of gezag is recorded by relation only.
            Consenter::OtherAuthority { .. } if self.meeting.anonymous => {
                return Err(DomainError::IdentifyingDataInAnonymousMeeting {
                    field: Field::Consent,
                });
            }
            // R8: only a parent, carer or guardian can hold gezag.
            Consenter::AuthorityByRelation { relation: r } if !r.can_hold_authority() => {
                return Err(DomainError::AuthorityNotForRelation);
            }
            _ => {}
        }
        if let Consenter::Parent { subject_id: parent } = &record.given_by {
            let holder = self
                .subjects
                .iter()
                .find(|s| s.subject.id == *parent && s.subject.relation.can_hold_authority())
                .ok_or(DomainError::UnknownSubject {
                    field: Field::Consent,
                })?;
            // R8: a parent consents for a youth only as a holder of gezag.
            if !holder.subject.parental_authority {
                return Err(DomainError::NoParentalAuthority);
            }
        }
        // R8: a consent by someone the law does not entitle is refused, not silently kept.
        self.check_consent_entitled(item, &record)?;
        let entry = self
            .items
            .iter_mut()
            .find(|i| i.item.id == item)
            .ok_or(DomainError::UnknownItem { field: Field::Item })?;
        if !entry.subjects.contains(&record.subject) {
            return Err(DomainError::UnknownSubject {
                field: Field::Consent,
            });
        }
        scope_check?;
        match &mut entry.basis {
            Some(Basis::Consent { records, .. }) => {
                records.push(record);
                Ok(())
            }
            None => {
                entry.basis = Some(Basis::Consent {
                    records: vec![record],
                    not_competent: Vec::new(),
                });
                Ok(())
            }
            Some(_) => Err(DomainError::UnknownValue {
                field: Field::Basis,
            }),
        }
    }

    /// R8: whether `record.given_by` may consent for `record.subject` for this item, at the
    /// subject's age on the meeting date and with the contributor's organisation (WGBO).
    fn check_consent_entitled(
        &self,
        item: ItemId,
        record: &ConsentRecord,
    ) -> Result<(), DomainError> {
        let Some(entry) = self.items.iter().find(|i| i.item.id == item) else {
            return Err(DomainError::UnknownItem { field: Field::Item });
        };
        let Some(subject) = self
            .subjects
            .iter()
            .map(|s| &s.subject)
            .find(|s| s.id == record.subject)
        else {
            return Err(DomainError::UnknownSubject {
                field: Field::Consent,
            });
        };
        let Some(contributor) = self
            .participants
            .iter()
            .find(|p| p.participant.id == entry.item.contributor)
        else {
            return Err(DomainError::ContributorNotInMeeting);
        };
        let not_competent: &[crate::SubjectId] = match &entry.basis {
            Some(crate::Basis::Consent { not_competent, .. }) => not_competent,
            _ => &[],
        };
        let profile = crate::ContributorProfile {
            secrecy: contributor.secrecy,
            organisation: contributor.organisation_type,
        };
        let required =
            crate::basis::required_for(subject, not_competent, profile, self.meeting.date);
        let age = subject
            .birth_date
            .map(|b| crate::age_on(b, self.meeting.date));
        crate::check_entitled(required, &record.given_by, age)
            .map_err(DomainError::ConsentNotEntitled)
    }

    /// R11: adds an action to the plan.
    pub fn add_action(&mut self, id: ActionId, input: &ActionInput) -> Result<Action, DomainError> {
        // R11: an observer takes no part in the plan.
        if self.is_observer(input.who) {
            return Err(DomainError::ObserverHasNoPart);
        }
        // R9/R11: who takes part with expertise only takes no items away, so their action
        // relies on none ("geeft advies aan ..." is fine).
        if self.is_expertise_only(input.who) && !input.relies_on.is_empty() {
            return Err(DomainError::ExpertiseOnlyReceivesNoItems {
                field: Field::ReliesOn,
            });
        }
        self.check_action_decision(input.decision)?;
        let action = Action::create(
            id,
            input,
            &self.participant_id_list(),
            &self.item_ids(),
            self.meeting.date,
        )?;
        self.actions.push(action.clone());
        Ok(action)
    }

    /// R14c: the chair marks what the family letter shows of an action: unchecked (a
    /// neutral sentence), checked for the family, or not for the family (with a motivation,
    /// then in no letter).
    pub fn set_action_for_family(
        &mut self,
        action: ActionId,
        for_family: crate::ForFamily,
    ) -> Result<(), DomainError> {
        let a = self
            .actions
            .iter_mut()
            .find(|a| a.id == action)
            .ok_or(DomainError::ActionNotInPlan)?;
        a.for_family = for_family;
        Ok(())
    }

    /// R14c: a new purpose text; if it differs, the chair's check for the family no longer
    /// holds (the letter shows the neutral sentence until it is checked again).
    pub fn change_purpose(&mut self, purpose: crate::Prose) {
        if purpose != self.meeting.purpose {
            self.purpose_for_family = false;
        }
        self.meeting.purpose = purpose;
    }

    /// R14c: the chair checked (or unchecked) that the purpose reads well for the family.
    pub fn set_purpose_for_family(&mut self, checked: bool) {
        self.purpose_for_family = checked;
    }

    /// R12: adds a family-notification agreement.
    pub fn add_notification(
        &mut self,
        id: NotificationId,
        input: NotificationInput,
    ) -> Result<FamilyNotification, DomainError> {
        let n = FamilyNotification::create(
            id,
            input,
            &self.participant_id_list(),
            &self.subject_ids(),
            self.meeting.date,
        )?;
        self.notifications.push(n.clone());
        Ok(n)
    }

    /// R15: the destroy-after date lies after the meeting and within the default term
    /// (or the date an extension reached); see [`crate::check_destroy_after`].
    pub fn set_retention(
        &mut self,
        until: NaiveDate,
        term: crate::RetentionMonths,
        extended_to: Option<NaiveDate>,
    ) -> Result<(), DomainError> {
        crate::check_destroy_after(until, self.meeting.date, term, extended_to)?;
        self.retention_until = Some(until);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::fixtures::{complete, day, scope_all};
    use crate::{
        ConsentMethod, ConsentRecord, Consenter, DomainError, Field, NotEntitled, Prose, Relation,
        Subject, SubjectId, SubjectRecord,
    };
    use chrono::Utc;

    /// The complete meeting (dated 24-11-2026) with a child born on `birth` added to the
    /// item (brought in by the GGZ: WGBO), and the mother holding gezag.
    fn with_child(
        birth: chrono::NaiveDate,
    ) -> (crate::MeetingRecord, crate::ItemId, SubjectId, SubjectId) {
        let (mut record, _, _, item, mother) = complete();
        let child = Subject {
            id: SubjectId::new(),
            meeting_id: record.meeting.id,
            relation: Relation::Youth,
            name: None,
            birth_date: Some(birth),
            parental_authority: false,
            has_secret_address: false,
            language: crate::FamilyLanguage::default(),
        };
        let child_id = child.id;
        record.subjects.push(SubjectRecord {
            subject: child,
            present: false,
        });
        record.items[0].subjects.push(child_id);
        (record, item, mother, child_id)
    }

    fn consent(record: &crate::MeetingRecord, subject: SubjectId, by: Consenter) -> ConsentRecord {
        ConsentRecord {
            subject,
            given_by: by,
            method: ConsentMethod::Verbal,
            at: Utc::now(),
            withdrawn: None,
            scope: scope_all(record),
        }
    }

    #[test]
    fn r8_an_under_12s_own_consent_is_refused_with_the_reason_and_nothing_is_kept() {
        // 11 on the meeting date (12th birthday the day after).
        let (mut record, item, _, child) = with_child(day(2014, 11, 25));
        let before = record.items[0].basis.clone();
        let c = consent(&record, child, Consenter::Subject);
        assert_eq!(
            record.add_consent(item, c),
            Err(DomainError::ConsentNotEntitled(
                NotEntitled::OwnConsentUnder12 { age: 11 }
            ))
        );
        assert_eq!(record.items[0].basis, before);
        // The mother with gezag decides for the child.
        let c = consent(
            &record,
            child,
            Consenter::Parent {
                subject_id: record.subjects[0].subject.id,
            },
        );
        assert_eq!(record.add_consent(item, c), Ok(()));
    }

    #[test]
    fn r8_a_parents_consent_for_a_16_year_old_is_refused() {
        // 16 on the meeting date exactly.
        let (mut record, item, mother, child) = with_child(day(2010, 11, 24));
        let c = consent(&record, child, Consenter::Parent { subject_id: mother });
        assert_eq!(
            record.add_consent(item, c),
            Err(DomainError::ConsentNotEntitled(
                NotEntitled::ParentFor16Plus { age: 16 }
            ))
        );
        let c = consent(&record, child, Consenter::Subject);
        assert_eq!(record.add_consent(item, c), Ok(()));
    }

    #[test]
    fn r8_a_12_to_15_year_old_and_a_parent_both_count_under_the_wgbo() {
        // 14, the contributor is GGZ (WGBO): double consent, both are accepted.
        let (mut record, item, mother, child) = with_child(day(2012, 6, 1));
        let c = consent(&record, child, Consenter::Subject);
        assert_eq!(record.add_consent(item, c), Ok(()));
        let c = consent(&record, child, Consenter::Parent { subject_id: mother });
        assert_eq!(record.add_consent(item, c), Ok(()));
        // Outside the WGBO a competent 14-year-old decides alone (seed 003 §3.2b).
        let (mut record, item, mother, child) = with_child(day(2012, 6, 1));
        record.participants[1].organisation_type = crate::OrganisationType::Wijkteam;
        let c = consent(&record, child, Consenter::Parent { subject_id: mother });
        assert_eq!(
            record.add_consent(item, c),
            Err(DomainError::ConsentNotEntitled(
                NotEntitled::ParentForCompetentYouth { age: 14 }
            ))
        );
    }

    #[test]
    fn r14c_a_changed_purpose_must_be_checked_for_the_family_again() {
        let (mut record, ..) = complete();
        record.set_purpose_for_family(true);
        let same = record.meeting.purpose.clone();
        record.change_purpose(same);
        assert!(record.purpose_for_family);
        record.change_purpose(Prose::parse("Nieuw doel", Field::Purpose, 100).unwrap());
        assert!(!record.purpose_for_family);
    }

    #[test]
    fn r4_the_account_of_an_anonymous_meeting_identifies_nobody() {
        let (mut record, ..) = complete();
        let account = |text: &str| {
            crate::Minutes::parse(&crate::MinutesInput {
                account: text.into(),
                ..Default::default()
            })
            .unwrap()
        };
        let names = crate::KnownNames::of_names(&["Fatima Yilmaz"]);
        // Outside anonymous mode the scanner only hints (minutes_hints).
        assert_eq!(
            record.set_minutes(account("BSN 111222333 genoemd."), &names),
            Ok(())
        );
        record.minutes = crate::Minutes::default();
        record.meeting.anonymous = true;
        assert_eq!(
            record.set_minutes(account("Fatima vertelde veel."), &names),
            Err(DomainError::IdentifyingTextInAnonymousMeeting {
                field: Field::Account,
                found: crate::Identifying::KnownName
            })
        );
        assert_eq!(record.minutes, crate::Minutes::default());
        assert_eq!(
            record.set_minutes(account("Rustig overleg."), &names),
            Ok(())
        );
        // Switching a meeting to anonymous checks the account as well.
        record.meeting.anonymous = false;
        record.minutes = account("Bel 06-12345678 voor vragen.");
        assert!(matches!(
            record.check_anonymous_texts(true, &crate::KnownNames::none()),
            Err(DomainError::IdentifyingTextInAnonymousMeeting {
                field: Field::Account,
                ..
            })
        ));
    }
}
