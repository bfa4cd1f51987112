#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Bad input is stored verbatim or refused with a typed error, and a refusal changes nothing.

mod common;
use common::*;
use domain::{DomainError, Field, MeetingId, ParticipantId, Role};
use store::{Store, StoreError};

fn snapshot(store: &Store) -> Vec<store::MeetingDetail> {
    store
        .list_meetings()
        .unwrap()
        .iter()
        .map(|m| store.meeting_detail(m.id).unwrap())
        .collect()
}

#[test]
fn awkward_text_is_stored_and_read_back_verbatim() {
    let (dir, mut store) = new_store();
    let texts = [
        "Robert'); DROP TABLE items;--",
        "\"dubbel\" 'enkel' `back` % _ \\ ; /* */",
        "👨‍👩‍👧‍👦 emoji 🙂 en ZWJ",
        "مرحبا بالعالم — עברית ‏RTL‏",
        "  spaties rondom \n en\tregels  ",
    ];
    let m = store
        .create_meeting(&meeting_input(texts[0]), now())
        .unwrap();
    let p = store
        .add_participant(m.id, &participant_input(texts[2], Role::CaseLead), now())
        .unwrap();
    let big = "Lange tekst ✓ ".repeat(100 * 1024 / 16);
    assert!(big.len() >= 100 * 1024);
    let mut ids = vec![];
    for t in texts.iter().copied().chain([big.as_str()]) {
        ids.push(
            store
                .add_item(m.id, &item_input(p.id, t), now())
                .unwrap()
                .id,
        );
    }
    store.close().unwrap();
    let store = Store::open(dir.path(), PASS).unwrap();
    let detail = store.meeting_detail(m.id).unwrap();
    assert_eq!(detail.meeting.case_label.as_str(), texts[0]);
    assert_eq!(detail.participants[0].name.as_str(), texts[2]);
    let read: Vec<&str> = detail.items.iter().map(|i| i.text.as_str()).collect();
    assert_eq!(read[..texts.len()], texts);
    assert_eq!(read[texts.len()], big);
}

#[test]
fn refused_writes_change_nothing() {
    let (_dir, mut store) = new_store();
    let m = store
        .create_meeting(&meeting_input("Gezin A"), now())
        .unwrap();
    let lead = store
        .add_participant(m.id, &participant_input("Lead", Role::CaseLead), now())
        .unwrap();
    store
        .add_item(m.id, &item_input(lead.id, "Eerste"), now())
        .unwrap();
    let before = snapshot(&store);

    let mut bad_meeting = meeting_input("   ");
    assert!(matches!(
        store.create_meeting(&bad_meeting, now()),
        Err(StoreError::Invalid(DomainError::Empty {
            field: Field::CaseLabel
        }))
    ));
    bad_meeting = meeting_input("x".repeat(201).as_str());
    assert!(store.create_meeting(&bad_meeting, now()).is_err());
    assert!(matches!(
        store.add_participant(m.id, &participant_input(" \t ", Role::Expert), now()),
        Err(StoreError::Invalid(DomainError::Empty {
            field: Field::Name
        }))
    ));
    // R1: a second case lead is refused by the domain.
    assert!(matches!(
        store.add_participant(m.id, &participant_input("Tweede", Role::CaseLead), now()),
        Err(StoreError::Invalid(DomainError::SecondCaseLead))
    ));
    // R5: a contributor from elsewhere is refused.
    assert!(matches!(
        store.add_item(m.id, &item_input(ParticipantId::new(), "tekst"), now()),
        Err(StoreError::Invalid(DomainError::ContributorNotInMeeting))
    ));
    assert!(matches!(
        store.add_item(m.id, &item_input(lead.id, &"a".repeat(100_001)), now()),
        Err(StoreError::Invalid(DomainError::TooLong { .. }))
    ));
    assert!(matches!(
        store.add_participant(
            MeetingId::new(),
            &participant_input("Wees", Role::Expert),
            now()
        ),
        Err(StoreError::NotFound("meeting"))
    ));
    assert!(matches!(
        store.meeting_detail(MeetingId::new()),
        Err(StoreError::NotFound(_))
    ));

    assert_eq!(before, snapshot(&store));
}

#[test]
fn a_contributor_of_another_meeting_cannot_bring_in_an_item() {
    let (_dir, mut store) = new_store();
    let a = store
        .create_meeting(&meeting_input("Gezin A"), now())
        .unwrap();
    let b = store
        .create_meeting(&meeting_input("Gezin B"), now())
        .unwrap();
    let pa = store
        .add_participant(a.id, &participant_input("In A", Role::CaseLead), now())
        .unwrap();
    assert!(matches!(
        store.add_item(b.id, &item_input(pa.id, "tekst"), now()),
        Err(StoreError::Invalid(DomainError::ContributorNotInMeeting))
    ));
    assert_eq!(store.meeting_detail(b.id).unwrap().items.len(), 0);
}
