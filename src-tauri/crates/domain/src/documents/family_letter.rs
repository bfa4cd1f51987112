//! R12/R14c: the family letter's view: what one addressee reads about the meeting. Like
//! every document view it holds no address (see the test in `documents/mod.rs`) and no
//! item text.

use super::{family_member, names, voice_lines, DocumentHeader, FamilyMember, VoiceLine};
use crate::{MeetingRecord, Role};
use chrono::NaiveDate;

/// The family's contact: the regiehouder with their business contact details.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactLine {
    /// The contact person's name.
    pub name: String,
    /// Their organisation.
    pub organisation: String,
    /// Their function, if entered.
    pub function: Option<String>,
    /// Their phone number, if entered.
    pub phone: Option<String>,
    /// Their e-mail address, if entered.
    pub email: Option<String>,
}

/// R14c: an agreed action as the family letter tells it. `what` is `None` when the chair
/// has not checked that the professional's text reads well for the family: the letter then
/// shows a neutral general sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LetterAction {
    /// Who carries it out.
    pub who: String,
    /// Their organisation.
    pub organisation: String,
    /// R14c: the action's words checked for the family; `None`: a general sentence.
    pub what: Option<String>,
    /// When it is due.
    pub due: NaiveDate,
    /// R11/R14c: whether it happens only if something occurs.
    pub condition: LetterCondition,
}

/// R14c/seed 002 ("Als we een besluit nemen, leggen we uit waarom"): a decision in the
/// family letter: what was decided and why, in the chair's words where the chair checked
/// them for the family; `None`: a neutral sentence that the contact person explains it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LetterDecision {
    /// What was decided and why, checked for the family.
    pub checked: Option<(String, String)>,
}

/// R11/R14c: what the family letter says of an action's condition. The condition is the
/// chair's words like the action's, so it is shown only where the chair checked the action
/// for the family.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LetterCondition {
    /// The action is carried out anyway.
    None,
    /// The condition in the chair's checked words.
    Shown(String),
    /// A conditional action whose words were not checked: a general sentence.
    General,
}

/// R14c/R17: where a complaint about one organisation goes (seed 004 art. 6: to the
/// partner it concerns, under its own complaints procedure). `route` is `None` when
/// nobody entered one: the letter then says to ask the contact person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ComplaintLine {
    /// The organisation.
    pub organisation: String,
    /// Where to complain; `None` when not entered.
    pub route: Option<String>,
}

/// R14c: the family notification letter for one addressee: what the meeting was about in
/// general terms, what was agreed (without the actions marked not for the family), who
/// the contact is, the rights that apply to this addressee (R17) and where to complain.
/// No item texts, no other professionals' contact details.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FamilyLetterData {
    /// Reference and dates.
    pub header: DocumentHeader,
    /// `None`: the family in general.
    pub to: Option<FamilyMember>,
    /// R12/R14c: the language the letter is written in.
    pub language: crate::LetterLanguage,
    /// Whether this addressee was at the meeting.
    pub present: bool,
    /// `None`: not checked for the family; a neutral sentence is shown.
    pub purpose: Option<String>,
    /// The actions the family reads about.
    pub actions: Vec<LetterAction>,
    /// R14c/seed 002: the decisions not marked "not for the family", in the order taken.
    pub decisions: Vec<LetterDecision>,
    /// Issue 17 point 1: what the addressee said (all of the family in a letter to the
    /// family), with the meeting's answers.
    pub voices: Vec<VoiceLine>,
    /// Whom the family can contact.
    pub contact: ContactLine,
    /// R17: the family's rights.
    pub rights: Vec<crate::RightsParagraph>,
    /// Where to complain, per organisation.
    pub complaints: Vec<ComplaintLine>,
}

impl FamilyLetterData {
    /// R12/R14c: the letter of a (finalized) meeting for one addressee. `None` without a
    /// case lead (R1, the family's contact), for someone who is not an addressee, or while
    /// informing this addressee is postponed (AVG art. 23): no letter may exist then.
    pub fn build(
        record: &MeetingRecord,
        to: crate::Addressee,
        printed_on: NaiveDate,
    ) -> Option<Self> {
        if !crate::letter_addressees(record).contains(&crate::AddresseeLetter::Available(to)) {
            return None;
        }
        let who = names(record);
        let lead = record
            .participants
            .iter()
            .map(|p| &p.participant)
            .find(|p| p.role == Role::CaseLead)?;
        let text = |l: &Option<crate::Label>| l.as_ref().map(|v| v.as_str().to_owned());
        let (member, present) = match to {
            crate::Addressee::Family => (None, record.meeting.family_present),
            crate::Addressee::Member(id) => (
                Some(family_member(record, id)?),
                record
                    .subjects
                    .iter()
                    .any(|s| s.subject.id == id && s.present),
            ),
        };
        let mut complaints: Vec<ComplaintLine> = Vec::new();
        for p in &record.participants {
            let org = p.participant.organisation.as_str();
            let route = p.complaint_route.as_ref().map(|r| r.as_str().to_owned());
            match complaints.iter_mut().find(|c| c.organisation == org) {
                Some(c) => {
                    if c.route.is_none() {
                        c.route = route;
                    }
                }
                None => complaints.push(ComplaintLine {
                    organisation: org.to_owned(),
                    route,
                }),
            }
        }
        let voices = match to {
            crate::Addressee::Family => voice_lines(record, None, true),
            crate::Addressee::Member(id) => voice_lines(record, Some(id), false),
        };
        Some(Self {
            header: DocumentHeader::new(&record.meeting, printed_on),
            to: member,
            language: crate::letter_language(record, to),
            voices,
            present,
            purpose: record
                .purpose_for_family
                .then(|| record.meeting.purpose.as_str().to_owned()),
            decisions: record
                .decisions
                .iter()
                .filter(|d| !matches!(d.for_family, crate::ForFamily::NotForFamily { .. }))
                .map(|d| LetterDecision {
                    checked: matches!(d.for_family, crate::ForFamily::Checked)
                        .then(|| (d.what.as_str().to_owned(), d.why.as_str().to_owned())),
                })
                .collect(),
            actions: record
                .actions
                .iter()
                .filter(|a| !matches!(a.for_family, crate::ForFamily::NotForFamily { .. }))
                .map(|a| LetterAction {
                    who: who
                        .get(&a.who)
                        .map(|p| p.name.as_str().to_owned())
                        .unwrap_or_default(),
                    organisation: who
                        .get(&a.who)
                        .map(|p| p.organisation.as_str().to_owned())
                        .unwrap_or_default(),
                    what: matches!(a.for_family, crate::ForFamily::Checked)
                        .then(|| a.what.as_str().to_owned()),
                    due: a.due,
                    condition: match (&a.condition, &a.for_family) {
                        (None, _) => LetterCondition::None,
                        (Some(c), crate::ForFamily::Checked) => {
                            LetterCondition::Shown(c.as_str().to_owned())
                        }
                        (Some(_), _) => LetterCondition::General,
                    },
                })
                .collect(),
            contact: ContactLine {
                name: lead.name.as_str().to_owned(),
                organisation: lead.organisation.as_str().to_owned(),
                function: text(&lead.function),
                phone: text(&lead.phone),
                email: text(&lead.email),
            },
            rights: crate::rights_paragraphs(record, to),
            complaints,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::documents::tests::{day, record};
    use crate::documents::PlanDocument;
    use crate::{ActionId, Field, Label, Prose, Relation, Subject, SubjectId, SubjectRecord};

    #[test]
    fn r14_family_letter_names_the_case_lead_as_contact() {
        let r = record();
        let mother = crate::Addressee::Member(r.subjects[0].subject.id);
        let letter = FamilyLetterData::build(&r, mother, day(2026, 11, 25)).unwrap();
        assert_eq!(letter.contact.name, "Anna Regie");
        assert_eq!(letter.contact.phone.as_deref(), Some("020-1234567"));
        assert_eq!(letter.actions.len(), 1);
        assert!(!format!("{letter:?}").contains("geheime tekst"));
        let mut no_lead = r.clone();
        no_lead.participants.remove(0);
        assert_eq!(
            FamilyLetterData::build(&no_lead, mother, day(2026, 11, 25)),
            None
        );
    }

    #[test]
    fn r14c_action_not_for_the_family_and_unchecked_texts_stay_out_of_the_letter() {
        let mut r = record();
        let mother = crate::Addressee::Member(r.subjects[0].subject.id);
        let mut secret = r.actions[0].clone();
        secret.id = ActionId::new();
        secret.what = Prose::parse("VT onderzoekt vader", Field::ActionWhat, 100).unwrap();
        secret.relies_on = vec![];
        secret.for_family = crate::ForFamily::NotForFamily {
            motivation: Prose::parse("Onderzoek loopt", Field::Motivation, 100).unwrap(),
        };
        r.actions.push(secret);
        let letter = FamilyLetterData::build(&r, mother, day(2026, 11, 25)).unwrap();
        assert_eq!(letter.actions.len(), 1);
        // Unchecked: neither the purpose nor the action's own words.
        assert_eq!(letter.purpose, None);
        assert_eq!(letter.actions[0].what, None);
        assert!(!format!("{letter:?}").contains("onderzoekt vader"));
        r.purpose_for_family = true;
        r.actions[0].for_family = crate::ForFamily::Checked;
        let letter = FamilyLetterData::build(&r, mother, day(2026, 11, 25)).unwrap();
        assert_eq!(letter.purpose.as_deref(), Some("Afstemmen hulp"));
        assert_eq!(
            letter.actions[0].what.as_deref(),
            Some("Gezinsplan opstellen")
        );
        assert!(!letter.present);
        // Every organisation at the table is listed for complaints.
        assert_eq!(letter.complaints.len(), 1);
    }

    #[test]
    fn r14c_a_decision_reaches_the_letter_as_checked_words_a_neutral_sentence_or_not_at_all() {
        let mut r = record();
        let mother = crate::Addressee::Member(r.subjects[0].subject.id);
        let input = |what: &str| crate::DecisionInput {
            what: what.into(),
            why: format!("Reden bij {what}"),
            rests_on: vec![],
        };
        let shown = crate::DecisionId::new();
        let neutral = crate::DecisionId::new();
        let hidden = crate::DecisionId::new();
        r.add_decision(shown, &input("Gezinscoach inzetten"))
            .unwrap();
        r.add_decision(neutral, &input("Hulp blijft")).unwrap();
        r.add_decision(hidden, &input("VT onderzoekt vader"))
            .unwrap();
        r.set_decision_for_family(shown, crate::ForFamily::Checked)
            .unwrap();
        r.set_decision_for_family(
            hidden,
            crate::ForFamily::NotForFamily {
                motivation: Prose::parse("Onderzoek loopt", Field::Motivation, 100).unwrap(),
            },
        )
        .unwrap();
        let letter = FamilyLetterData::build(&r, mother, day(2026, 11, 25)).unwrap();
        assert_eq!(
            letter.decisions,
            vec![
                LetterDecision {
                    checked: Some((
                        "Gezinscoach inzetten".into(),
                        "Reden bij Gezinscoach inzetten".into()
                    ))
                },
                LetterDecision { checked: None },
            ]
        );
        let all = format!("{letter:?}");
        assert!(
            !all.contains("onderzoekt vader") && !all.contains("Hulp blijft"),
            "{all}"
        );
        assert_eq!(
            r.set_decision_for_family(crate::DecisionId::new(), crate::ForFamily::Checked),
            Err(crate::DomainError::UnknownDecision)
        );
    }

    fn child(r: &MeetingRecord, name: &str, language: crate::FamilyLanguage) -> SubjectRecord {
        SubjectRecord {
            subject: Subject {
                id: SubjectId::new(),
                meeting_id: r.meeting.id,
                relation: Relation::Youth,
                name: Some(Label::parse(name, Field::Name).unwrap()),
                birth_date: Some(day(2020, 1, 1)),
                parental_authority: false,
                has_secret_address: false,
                language,
            },
            present: false,
        }
    }

    fn english(interpreter: Option<&str>) -> crate::FamilyLanguage {
        crate::FamilyLanguage::parse(&crate::FamilyLanguageInput {
            letter: crate::LetterLanguage::En,
            interpreter_needed: interpreter.is_some(),
            spoken_language: interpreter.unwrap_or_default().into(),
        })
        .unwrap()
    }

    #[test]
    fn r12_letter_is_in_the_addressees_own_language() {
        let mut r = record();
        let mother = crate::Addressee::Member(r.subjects[0].subject.id);
        let letter = FamilyLetterData::build(&r, mother, day(2026, 11, 25)).unwrap();
        assert_eq!(letter.language, crate::LetterLanguage::Nl);
        r.subjects[0].subject.language = english(None);
        let letter = FamilyLetterData::build(&r, mother, day(2026, 11, 25)).unwrap();
        assert_eq!(letter.language, crate::LetterLanguage::En);
    }

    #[test]
    fn r12_family_letter_is_english_only_when_every_member_chose_english() {
        // Only children under 12: the letter goes to the family in general.
        let mut r = record();
        r.subjects = vec![
            child(&r, "Sam", english(None)),
            child(&r, "Noor", crate::FamilyLanguage::default()),
        ];
        let family = crate::Addressee::Family;
        let letter = FamilyLetterData::build(&r, family, day(2026, 11, 25)).unwrap();
        assert_eq!(letter.to, None);
        assert_eq!(letter.language, crate::LetterLanguage::Nl);
        r.subjects[1].subject.language = english(Some("Arabisch"));
        let letter = FamilyLetterData::build(&r, family, day(2026, 11, 25)).unwrap();
        assert_eq!(letter.language, crate::LetterLanguage::En);
    }

    #[test]
    fn r12_notification_agreement_names_the_language_of_the_members_it_covers() {
        let mut r = record();
        let sam = child(&r, "Sam", english(Some("Arabisch")));
        let noor = child(&r, "Noor", crate::FamilyLanguage::default());
        let (sam_id, noor_id) = (sam.subject.id, noor.subject.id);
        r.subjects.push(sam);
        r.subjects.push(noor);
        let informer = r.participants[0].participant.id;
        let agreement = |about| crate::FamilyNotification {
            id: crate::NotificationId::new(),
            about,
            informer,
            method: crate::NotificationMethod::Conversation,
            timing: crate::NotificationTiming::Beforehand,
            done_on: None,
            lifted_on: None,
        };
        // The whole family: only Sam needs a mention (Dutch without interpreter does not).
        r.notifications = vec![
            agreement(crate::NotificationScope::WholeFamily),
            agreement(crate::NotificationScope::Subjects(vec![noor_id])),
        ];
        let plan = PlanDocument::build(&r, day(2026, 11, 25));
        let first = &plan.notifications[0].languages;
        assert_eq!(first.len(), 1);
        assert_eq!(first[0].0.name.as_deref(), Some("Sam"));
        assert_eq!(first[0].1.letter, crate::LetterLanguage::En);
        assert_eq!(
            first[0].1.spoken_language.as_ref().map(|l| l.as_str()),
            Some("Arabisch")
        );
        assert!(plan.notifications[1].languages.is_empty());
        assert_eq!(
            crate::notification_languages(&r, &r.notifications[0])
                .iter()
                .map(|(id, _)| *id)
                .collect::<Vec<_>>(),
            vec![sam_id]
        );
        // Dutch with an interpreter is mentioned too.
        r.subjects[2].subject.language.interpreter_needed = true;
        assert_eq!(
            crate::notification_languages(&r, &r.notifications[1]).len(),
            1
        );
    }
}
