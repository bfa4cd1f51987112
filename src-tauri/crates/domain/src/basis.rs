//! R7: the basis on which a contributor brings an item in (seed 004 art. 5, 6.4; seed 003
//! §3.2–3.3).
//!
//! Decision where domain.md is silent: R7 only restricts contributors bound by professional
//! secrecy, but R13 asks a basis for *every* item and seed 004 art. 5.1 allows no processing
//! without a ground. So every item needs a basis, and the same checks apply to everybody,
//! except that a conflict of duties can only be invoked by a contributor who is bound by
//! secrecy: without a duty of secrecy there is no conflict to weigh.

use crate::consent::{consent_covers, consent_status, entitled_to_consent, ConsentStatus};
use crate::{
    Competence, ConsentRecord, ConsentScope, Consenters, CustomBasis, DomainError, Field,
    LegalBasis, OrganisationType, ParticipantId, Prose, Subject, SubjectId,
};
use chrono::NaiveDate;

/// R7c: the four questions of the conflict of duties (seed 003 §3.3 a–d).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct FourQuestions {
    /// a. Does sharing serve a legitimate purpose?
    pub legitimate_purpose: bool,
    /// b. Is it the only way to reach that purpose?
    pub only_way: bool,
    /// c. Was consent asked, or is asking impossible or irresponsible?
    pub consent_asked_or_impossible: bool,
    /// d. Does the child's interest outweigh the interest in secrecy?
    pub child_interest_outweighs: bool,
}

impl FourQuestions {
    /// R7c: the letters (a–d, seed 003 §3.3) of the questions not answered yes.
    pub fn not_yes(&self) -> Vec<char> {
        [
            ('a', self.legitimate_purpose),
            ('b', self.only_way),
            ('c', self.consent_asked_or_impossible),
            ('d', self.child_interest_outweighs),
        ]
        .into_iter()
        .filter(|(_, yes)| !yes)
        .map(|(letter, _)| letter)
        .collect()
    }

    /// R7c: all four answered yes.
    pub fn all_yes(&self) -> bool {
        self.legitimate_purpose
            && self.only_way
            && self.consent_asked_or_impossible
            && self.child_interest_outweighs
    }
}

/// R7: the ground an item is brought in on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Basis {
    /// R7a: consent of the entitled family member(s) (R8).
    Consent {
        /// The consents recorded for the item's subjects.
        records: Vec<ConsentRecord>,
        /// Subjects aged 12–15 the contributor judged unable to judge their interests
        /// reasonably (seed 003 §3.2b); everyone else is presumed competent.
        not_competent: Vec<SubjectId>,
    },
    /// R7b: a statutory ground of the contributor's organisation (seed 004 art. 5.2).
    Legal(LegalBasis),
    /// R7b: a statutory ground the chair added for the contributor's organisation type.
    CustomLegal(CustomBasis),
    /// R7c: conflict of duties, with a written motivation (seed 004 art. 6.4e).
    ConflictOfDuties {
        /// The four questions of the conflict of duties.
        answers: FourQuestions,
        /// Why the contributor judged it so.
        motivation: Prose,
    },
}

/// R7c: a conflict-of-duties basis as the chair entered it: the four answers and the
/// written motivation (seed 004 art. 6.4e). Every fault at once: the questions still "nee"
/// and a missing or too short motivation are named together.
pub fn conflict_of_duties(answers: FourQuestions, motivation: &str) -> Result<Basis, DomainError> {
    let mut errors = crate::FieldErrors::new();
    if !answers.all_yes() {
        errors.push(DomainError::ConflictOfDutiesNotAllYes { answers });
    }
    let motivation = errors.check(crate::parse_motivation(
        motivation,
        Field::Motivation,
        crate::MOTIVATION_MAX_CHARS,
    ));
    errors.finish_with(motivation.map(|motivation| Basis::ConflictOfDuties {
        answers,
        motivation,
    }))
}

/// Who brought the item in, as far as R7 is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ContributorProfile {
    /// Bound by professional secrecy (recorded per participant, not derived).
    pub secrecy: bool,
    /// The contributor's type of organisation (which statutory bases fit, R7).
    pub organisation: OrganisationType,
}

/// R7: checks a basis for an item about `item_subjects`, brought in by `contributor`, with
/// the ages of R8 taken on `meeting_date`. `subjects` are all subjects of the meeting.
pub fn check_basis(
    basis: &Basis,
    contributor: ContributorProfile,
    item_subjects: &[SubjectId],
    subjects: &[Subject],
    meeting_date: NaiveDate,
) -> Result<(), DomainError> {
    match basis {
        Basis::Legal(ground) => {
            if contributor.organisation.legal_bases().contains(ground) {
                Ok(())
            } else {
                Err(DomainError::LegalBasisNotForOrganisation)
            }
        }
        // R7b: a custom basis holds only for the organisation type it was added to.
        Basis::CustomLegal(custom) => {
            if custom.holds_for(contributor.organisation) {
                Ok(())
            } else {
                Err(DomainError::LegalBasisNotForOrganisation)
            }
        }
        Basis::ConflictOfDuties {
            answers,
            motivation,
        } => {
            if !contributor.secrecy {
                Err(DomainError::ConflictOfDutiesWithoutSecrecy)
            } else if !answers.all_yes() {
                Err(DomainError::ConflictOfDutiesNotAllYes { answers: *answers })
            } else {
                // R7c: the written motivation is a real sentence (seed 004 art. 6.4e).
                crate::check_motivation(motivation.as_str(), Field::Motivation)
            }
        }
        Basis::Consent {
            records,
            not_competent,
        } => {
            // R7a/R8: consent is given by the entitled family members of a subject; with
            // no subject there is nobody whose consent could count (seed 003 §3.2).
            if item_subjects.is_empty() {
                return Err(DomainError::ConsentWithoutSubject);
            }
            for id in item_subjects {
                let subject = subject_of(subjects, *id)?;
                let required = required_for(subject, not_competent, contributor, meeting_date);
                match consent_status(required, *id, records, subjects) {
                    ConsentStatus::Complete => {}
                    ConsentStatus::Missing => {
                        return Err(DomainError::ConsentIncomplete {
                            subject: *id,
                            relation: subject.relation,
                            // R8: say whose consent is still missing.
                            missing: crate::missing_consenters(required, *id, records, subjects)
                                .unwrap_or(required),
                        });
                    }
                    ConsentStatus::Withdrawn => {
                        return Err(DomainError::ConsentWithdrawn { subject: *id })
                    }
                }
            }
            Ok(())
        }
    }
}

/// The item's subject among the meeting's family members (R6: an item is about them).
fn subject_of(subjects: &[Subject], id: SubjectId) -> Result<&Subject, DomainError> {
    subjects
        .iter()
        .find(|s| s.id == id)
        .ok_or(DomainError::UnknownSubject {
            field: Field::Subjects,
        })
}

/// R8: whose consent `subject` needs, at the age on the meeting date.
pub(crate) fn required_for(
    subject: &Subject,
    not_competent: &[SubjectId],
    contributor: ContributorProfile,
    meeting_date: NaiveDate,
) -> Consenters {
    let competence = if not_competent.contains(&subject.id) {
        Competence::NotCompetent
    } else {
        Competence::Competent
    };
    entitled_to_consent(
        subject.relation,
        subject.birth_date,
        meeting_date,
        contributor.organisation.wgbo_applies(),
        competence,
    )
}

/// Seed 004 art. 6.4b: an item resting on consent goes out only "voor zover" the consent
/// reaches: for every subject of the item, the consents of the entitled parties (R8) must
/// name `recipient` in their scope. Other bases have no consent scope. Call it for an item
/// whose basis holds ([`check_basis`]).
pub fn check_release_scope(
    basis: &Basis,
    contributor: ContributorProfile,
    item_subjects: &[SubjectId],
    subjects: &[Subject],
    meeting_date: NaiveDate,
    recipient: ParticipantId,
) -> Result<(), DomainError> {
    let Basis::Consent {
        records,
        not_competent,
    } = basis
    else {
        return Ok(());
    };
    for id in item_subjects {
        let subject = subject_of(subjects, *id)?;
        let required = required_for(subject, not_competent, contributor, meeting_date);
        if !consent_covers(required, *id, records, subjects, recipient) {
            // A consent recorded before scopes existed is asked again, not read as a "no".
            let unconfirmed = records.iter().any(|r| {
                r.subject == *id && !r.is_withdrawn() && r.scope == ConsentScope::Unconfirmed
            });
            return Err(if unconfirmed {
                DomainError::ConsentScopeUnconfirmed { subject: *id }
            } else {
                DomainError::OutsideConsentScope { subject: *id }
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ConsentMethod, Consenter, MeetingId, Relation};
    use chrono::Utc;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn subject(relation: Relation, birth: Option<NaiveDate>) -> Subject {
        Subject {
            id: SubjectId::new(),
            meeting_id: MeetingId::new(),
            relation,
            name: None,
            birth_date: birth,
            parental_authority: relation.can_hold_authority(),
            has_secret_address: false,
            language: crate::FamilyLanguage::default(),
        }
    }

    fn consent(subject: SubjectId, given_by: Consenter) -> ConsentRecord {
        ConsentRecord {
            subject,
            given_by,
            method: ConsentMethod::Verbal,
            at: Utc::now(),
            withdrawn: None,
            scope: ConsentScope::Unconfirmed,
        }
    }

    fn profile(secrecy: bool, organisation: OrganisationType) -> ContributorProfile {
        ContributorProfile {
            secrecy,
            organisation,
        }
    }

    const ON: (i32, u32, u32) = (2026, 11, 24);

    fn on() -> NaiveDate {
        day(ON.0, ON.1, ON.2)
    }

    #[test]
    fn r7_legal_basis_must_belong_to_the_contributors_organisation() {
        let vt = Basis::Legal(LegalBasis::Wmo2015Art4_1_1);
        assert_eq!(
            check_basis(
                &vt,
                profile(true, OrganisationType::VeiligThuis),
                &[],
                &[],
                on()
            ),
            Ok(())
        );
        let err = check_basis(
            &vt,
            profile(true, OrganisationType::Huisarts),
            &[],
            &[],
            on(),
        )
        .unwrap_err();
        assert_eq!(err, DomainError::LegalBasisNotForOrganisation);
        assert_eq!(err.field(), Some(Field::Basis));
    }

    #[test]
    fn r7c_three_of_four_yes_without_motivation_names_both_faults() {
        let answers = FourQuestions {
            legitimate_purpose: true,
            only_way: true,
            consent_asked_or_impossible: false,
            child_interest_outweighs: true,
        };
        let err = conflict_of_duties(answers, "  ").unwrap_err();
        assert_eq!(
            err,
            DomainError::Several(vec![
                DomainError::ConflictOfDutiesNotAllYes { answers },
                DomainError::Empty {
                    field: Field::Motivation
                },
            ])
        );
        assert_eq!(answers.not_yes(), ['c']);
        let fields: Vec<_> = err.each().iter().map(|e| e.field()).collect();
        assert_eq!(fields, [Some(Field::Basis), Some(Field::Motivation)]);
    }

    #[test]
    fn r7_conflict_of_duties_needs_four_yes_and_secrecy() {
        let motivation =
            Prose::parse("Acuut gevaar voor het kind thuis.", Field::Motivation, 100).unwrap();
        let mut answers = FourQuestions {
            legitimate_purpose: true,
            only_way: true,
            consent_asked_or_impossible: true,
            child_interest_outweighs: false,
        };
        let basis = |answers| Basis::ConflictOfDuties {
            answers,
            motivation: motivation.clone(),
        };
        let huisarts = profile(true, OrganisationType::Huisarts);
        assert_eq!(
            check_basis(&basis(answers), huisarts, &[], &[], on()),
            Err(DomainError::ConflictOfDutiesNotAllYes { answers })
        );
        answers.child_interest_outweighs = true;
        assert_eq!(
            check_basis(&basis(answers), huisarts, &[], &[], on()),
            Ok(())
        );
        assert_eq!(
            check_basis(
                &basis(answers),
                profile(false, OrganisationType::Onderwijs),
                &[],
                &[],
                on()
            ),
            Err(DomainError::ConflictOfDutiesWithoutSecrecy)
        );
    }

    #[test]
    fn r7c_a_motivation_of_a_dot_is_no_motivation() {
        let answers = FourQuestions {
            legitimate_purpose: true,
            only_way: true,
            consent_asked_or_impossible: true,
            child_interest_outweighs: true,
        };
        let basis = Basis::ConflictOfDuties {
            answers,
            motivation: Prose::parse(".", Field::Motivation, 100).unwrap(),
        };
        assert_eq!(
            check_basis(
                &basis,
                profile(true, OrganisationType::Huisarts),
                &[],
                &[],
                on()
            ),
            Err(DomainError::MotivationTooShort {
                field: Field::Motivation
            })
        );
    }

    #[test]
    fn r7_consent_must_be_complete_for_every_subject_of_the_item() {
        // 13 on the meeting date, at the GGZ (WGBO): youth and a parent must consent.
        let youth = subject(Relation::Youth, Some(day(2013, 11, 24)));
        let father = subject(Relation::Parent, Some(day(1980, 1, 1)));
        let subjects = [youth.clone(), father.clone()];
        let ggz = profile(true, OrganisationType::Ggz);
        let mut records = vec![consent(youth.id, Consenter::Subject)];
        let basis = |records: &Vec<ConsentRecord>| Basis::Consent {
            records: records.clone(),
            not_competent: vec![],
        };
        assert_eq!(
            check_basis(&basis(&records), ggz, &[youth.id], &subjects, on()),
            Err(DomainError::ConsentIncomplete {
                subject: youth.id,
                relation: Relation::Youth,
                missing: Consenters::Parents,
            })
        );
        records.push(consent(
            youth.id,
            Consenter::Parent {
                subject_id: father.id,
            },
        ));
        assert_eq!(
            check_basis(&basis(&records), ggz, &[youth.id], &subjects, on()),
            Ok(())
        );
        // The item is also about the father: he consents for himself.
        assert_eq!(
            check_basis(
                &basis(&records),
                ggz,
                &[youth.id, father.id],
                &subjects,
                on()
            ),
            Err(DomainError::ConsentIncomplete {
                subject: father.id,
                relation: Relation::Parent,
                missing: Consenters::Subject,
            })
        );
        records.push(consent(father.id, Consenter::Subject));
        assert_eq!(
            check_basis(
                &basis(&records),
                ggz,
                &[youth.id, father.id],
                &subjects,
                on()
            ),
            Ok(())
        );
    }

    #[test]
    fn r7_not_competent_youth_needs_parents_instead() {
        let youth = subject(Relation::Youth, Some(day(2012, 1, 1)));
        let mother = subject(Relation::Parent, None);
        let subjects = [youth.clone(), mother.clone()];
        let basis = Basis::Consent {
            records: vec![consent(
                youth.id,
                Consenter::Parent {
                    subject_id: mother.id,
                },
            )],
            not_competent: vec![youth.id],
        };
        let wijkteam = profile(true, OrganisationType::Wijkteam);
        assert_eq!(
            check_basis(&basis, wijkteam, &[youth.id], &subjects, on()),
            Ok(())
        );
    }

    #[test]
    fn r10_withdrawn_consent_invalidates_the_basis() {
        let mother = subject(Relation::Parent, None);
        let mut r = consent(mother.id, Consenter::Subject);
        r.withdrawn = Some(Utc::now());
        let basis = Basis::Consent {
            records: vec![r],
            not_competent: vec![],
        };
        assert_eq!(
            check_basis(
                &basis,
                profile(true, OrganisationType::Wijkteam),
                &[mother.id],
                std::slice::from_ref(&mother),
                on()
            ),
            Err(DomainError::ConsentWithdrawn { subject: mother.id })
        );
    }

    #[test]
    fn r7_consent_basis_needs_a_subject() {
        // A special-category item of a huisarts about nobody, "on consent": whose consent?
        let mother = subject(Relation::Parent, None);
        let basis = Basis::Consent {
            records: vec![],
            not_competent: vec![],
        };
        let err = check_basis(
            &basis,
            profile(true, OrganisationType::Huisarts),
            &[],
            std::slice::from_ref(&mother),
            on(),
        )
        .unwrap_err();
        assert_eq!(err, DomainError::ConsentWithoutSubject);
        assert_eq!(err.field(), Some(Field::Subjects));
    }

    #[test]
    fn r7_consent_about_an_unknown_subject_is_refused() {
        let basis = Basis::Consent {
            records: vec![],
            not_competent: vec![],
        };
        assert_eq!(
            check_basis(
                &basis,
                profile(true, OrganisationType::Wijkteam),
                &[SubjectId::new()],
                &[],
                on()
            ),
            Err(DomainError::UnknownSubject {
                field: Field::Subjects
            })
        );
    }
}
