#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! R14: the listing of a finalized meeting's documents agrees with the documents the store
//! builds, without building them; R12: a postponed letter is listed, never made; R21: file
//! names carry no person's name.

mod common;
use chrono::NaiveDate;
use common::*;
use domain::{
    Addressee, Field, NotificationInput, NotificationMethod, NotificationScope, NotificationTiming,
    PostponeGround, Prose, Relation, Role, SubjectInput,
};
use store::{DocumentKey, DocumentToSave, MeetingDocument, StoreError};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn r14_the_listing_names_every_document_the_store_builds_in_order() {
    let (_dir, mut store) = new_store();
    let seeded = store
        .seed(
            store::SeedSpec {
                meetings: 1,
                participants_per_meeting: 5,
                subjects_per_meeting: 2,
                items_per_meeting: 8,
                actions_per_meeting: 3,
                finalized: true,
            },
            7,
        )
        .unwrap();
    let m = domain::MeetingId::from_uuid(seeded.meeting_ids[0].parse().unwrap());
    let today = day(2026, 12, 1);
    let list = store.document_list(m).unwrap();
    let built = store.meeting_documents(m, today).unwrap();
    let names: Vec<(DocumentKey, String)> = built
        .extracts
        .iter()
        .map(|(p, e)| (DocumentKey::Extract(*p), e.recipient.name.clone()))
        .collect();
    assert!(!names.is_empty(), "the seed releases to recipients");
    let reference = built.plan.header.meeting_ref.clone();
    let built = built.into_documents();
    assert!(
        built.len() > 3,
        "a plan, a letter and extracts: {}",
        built.len()
    );
    let keys: Vec<DocumentKey> = list.iter().map(|d| d.key).collect();
    let built_keys: Vec<DocumentKey> = built.iter().map(|(k, _)| *k).collect();
    assert_eq!(keys, built_keys);
    for (info, (_, document)) in list.iter().zip(&built) {
        assert!(info.file_name.starts_with(&reference));
        assert!(info.postponed_until.is_none());
        if let MeetingDocument::Extract(e) = document {
            assert!(info.title.contains(&e.recipient.name));
            assert!(info.title.contains(&e.recipient.organisation));
        }
    }
    // R21: no recipient's name in any file name.
    for (_, name) in &names {
        for part in name.split_whitespace().filter(|p| p.len() > 2) {
            let part = part.to_lowercase();
            assert!(list
                .iter()
                .all(|d| !d.file_name.to_lowercase().contains(&part)));
        }
    }
    // One document at a time: the same listing, stamped like all of them.
    let all = store.documents_to_save(m, today).unwrap();
    assert_eq!(all.len(), list.len());
    for info in &list {
        match store.document_to_save(m, info.key, today).unwrap() {
            DocumentToSave::Ready(found, _) => assert_eq!(&found, info),
            other => panic!("{other:?}"),
        }
    }
    let stranger = DocumentKey::Extract(domain::ParticipantId::new());
    assert!(matches!(
        store.document_to_save(m, stranger, today).unwrap(),
        DocumentToSave::Unknown
    ));
}

#[test]
fn r14_a_draft_has_no_documents_to_list() {
    let (_dir, mut store) = new_store();
    let m = seeded_meeting(&mut store, false, 3);
    assert!(matches!(
        store.document_list(m),
        Err(StoreError::NotFinalized)
    ));
}

#[test]
fn r12_a_postponed_letter_is_listed_with_its_review_date_and_never_made() {
    let (_dir, mut store) = new_store();
    let m = store
        .create_meeting(&meeting_input("Uitstel"), now())
        .unwrap()
        .id;
    let lead = store
        .add_participant(m, &participant_input("Anna Regie", Role::CaseLead), now())
        .unwrap()
        .id;
    store.record_pledge(m, lead, now()).unwrap();
    let flow = store
        .add_subject(
            m,
            &SubjectInput {
                relation: Relation::Parent,
                name: "Vader".into(),
                birth_date: "1980-01-01".into(),
                parental_authority: true,
            },
            false,
            now(),
        )
        .unwrap();
    let father = flow.record.subjects[0].subject.id;
    store
        .add_notification(
            m,
            NotificationInput {
                about: NotificationScope::Subjects(vec![father]),
                informer: lead,
                method: NotificationMethod::Letter,
                timing: NotificationTiming::Postponed {
                    ground: PostponeGround::CriminalInvestigation,
                    motivation: Prose::parse(
                        "Er loopt een strafrechtelijk onderzoek naar vader",
                        Field::Motivation,
                        100,
                    )
                    .unwrap(),
                    review_date: day(2027, 1, 5),
                },
            },
            now(),
        )
        .unwrap();
    store.finalize_meeting(m, now()).unwrap();
    let today = day(2026, 12, 1);
    let list = store.document_list(m).unwrap();
    let letter = list
        .iter()
        .find(|d| matches!(d.key, DocumentKey::Letter(_)))
        .unwrap();
    assert_eq!(letter.key, DocumentKey::Letter(Addressee::Member(father)));
    assert_eq!(letter.postponed_until, Some(day(2027, 1, 5)));
    assert!(letter.title.contains("Vader"), "the chair sees whom");
    assert!(!letter.file_name.to_lowercase().contains("vader"));
    let json = serde_json::to_value(letter).unwrap();
    assert_eq!(json["postponedUntil"], "2027-01-05");
    assert_eq!(json["key"], format!("letter:{father}"));
    assert!(matches!(
        store.document_to_save(m, letter.key, today).unwrap(),
        DocumentToSave::Postponed
    ));
    assert!(store
        .meeting_document(m, letter.key, today)
        .unwrap()
        .is_none());
    let saved = store.documents_to_save(m, today).unwrap();
    assert!(saved.iter().all(|(d, _)| d.key != letter.key));
    assert_eq!(saved.len(), list.len() - 1);
}
