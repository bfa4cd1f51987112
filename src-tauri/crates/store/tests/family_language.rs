#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Issue 17 point 7: the family member's language (R12) on real encrypted store files:
//! Dutch and no interpreter by default, kept across reopening, audited, refused without
//! changing anything when it does not fit, and refused after finalizing (R13).

mod common;
use common::*;
use domain::{
    DomainError, FamilyLanguageInput, Field, LetterLanguage, MeetingId, Relation, SubjectId,
    SubjectInput,
};
use store::{Store, StoreError};

fn meeting(store: &mut Store) -> (MeetingId, SubjectId) {
    let m = store
        .create_meeting(&meeting_input("Gezin Taal"), now())
        .unwrap()
        .id;
    let flow = store
        .add_subject(
            m,
            &SubjectInput {
                relation: Relation::Parent,
                name: "Samira Haddad".into(),
                birth_date: String::new(),
                parental_authority: true,
            },
            false,
            now(),
        )
        .unwrap();
    (m, flow.record.subjects[0].subject.id)
}

#[test]
fn r12_letter_language_defaults_to_dutch_and_is_kept_across_reopening() {
    let (dir, mut store) = new_store();
    let (m, samira) = meeting(&mut store);
    let lang = &store.meeting_flow(m).unwrap().record.subjects[0]
        .subject
        .language;
    assert_eq!(lang.letter, LetterLanguage::Nl);
    assert!(!lang.interpreter_needed);
    let audit = store.audit_len().unwrap();
    store
        .set_subject_language(
            m,
            samira,
            &FamilyLanguageInput {
                letter: LetterLanguage::En,
                interpreter_needed: true,
                spoken_language: "Arabisch".into(),
            },
            now(),
        )
        .unwrap();
    assert_eq!(store.audit_len().unwrap(), audit + 1);
    drop(store);
    let store = Store::open(dir.path(), PASS).unwrap();
    let lang = &store.meeting_flow(m).unwrap().record.subjects[0]
        .subject
        .language;
    assert_eq!(lang.letter, LetterLanguage::En);
    assert!(lang.interpreter_needed);
    assert_eq!(lang.spoken_language.as_ref().unwrap().as_str(), "Arabisch");
}

#[test]
fn r12_too_long_spoken_language_is_refused_and_changes_nothing() {
    let (_dir, mut store) = new_store();
    let (m, samira) = meeting(&mut store);
    let audit = store.audit_len().unwrap();
    assert!(matches!(
        store.set_subject_language(
            m,
            samira,
            &FamilyLanguageInput {
                letter: LetterLanguage::En,
                interpreter_needed: true,
                spoken_language: "x".repeat(41),
            },
            now(),
        ),
        Err(StoreError::Invalid(DomainError::TooLong {
            field: Field::SpokenLanguage,
            ..
        }))
    ));
    assert_eq!(store.audit_len().unwrap(), audit);
    let lang = &store.meeting_flow(m).unwrap().record.subjects[0]
        .subject
        .language;
    assert_eq!(lang.letter, LetterLanguage::Nl);
}

#[test]
fn r13_language_of_a_finalized_meeting_is_refused() {
    let (_dir, mut store) = new_store();
    let (m, samira) = meeting(&mut store);
    let lead = store
        .add_participant_with(
            m,
            &participant_input("Anna Regie", domain::Role::CaseLead),
            store::ParticipantExtra {
                organisation_type: domain::OrganisationType::Wijkteam,
                secrecy: true,
            },
            now(),
        )
        .unwrap()
        .id;
    store.record_pledge(m, lead, now()).unwrap();
    store
        .add_notification(
            m,
            domain::NotificationInput {
                about: domain::NotificationScope::WholeFamily,
                informer: lead,
                method: domain::NotificationMethod::Conversation,
                timing: domain::NotificationTiming::Beforehand,
            },
            now(),
        )
        .unwrap();
    store.finalize_meeting(m, now()).unwrap();
    let audit = store.audit_len().unwrap();
    assert!(matches!(
        store.set_subject_language(
            m,
            samira,
            &FamilyLanguageInput {
                letter: LetterLanguage::En,
                interpreter_needed: false,
                spoken_language: String::new(),
            },
            now(),
        ),
        Err(StoreError::Invalid(DomainError::MeetingFinalized))
    ));
    assert_eq!(store.audit_len().unwrap(), audit);
}
