#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Search across meetings: FTS5 inside the encrypted store, over case labels,
//! participant names and item texts; kept in step with every write (and with refused
//! writes: nothing), never a syntax error, and gone with the meeting (R15).

mod common;
use common::*;
use domain::{MeetingId, Role, SearchQuery};
use store::{ParticipantExtra, SearchSource, Store};

fn q(s: &str) -> SearchQuery {
    SearchQuery::parse(s).unwrap()
}

fn ids(store: &Store, query: &str) -> Vec<MeetingId> {
    store
        .search_meetings(&q(query))
        .unwrap()
        .iter()
        .map(|h| h.meeting)
        .collect()
}

#[test]
fn finds_meetings_by_case_label_participant_and_item_text() {
    let (_dir, mut store) = new_store();
    let a = store
        .create_meeting(&meeting_input("Gezin Zoë Bakker"), now())
        .unwrap()
        .id;
    let b = store
        .create_meeting(&meeting_input("Casus 12"), now())
        .unwrap()
        .id;
    let p = store
        .add_participant(b, &participant_input("Jan de Wit", Role::CaseLead), now())
        .unwrap()
        .id;
    store
        .add_item(b, &item_input(p, "Schoolverzuim sinds september"), now())
        .unwrap();

    assert_eq!(ids(&store, "bakker"), vec![a]);
    // Diacritics and case do not matter; words are prefixes.
    assert_eq!(ids(&store, "zoe"), vec![a]);
    assert_eq!(ids(&store, "WIT"), vec![b]);
    assert_eq!(ids(&store, "schoolverz"), vec![b]);
    // Every word must match (in any of the texts of the meeting).
    assert_eq!(ids(&store, "jan september"), vec![b]);
    assert!(ids(&store, "jan bakker").is_empty());
    let hits = store.search_meetings(&q("casus jan school")).unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].case_label.as_str(), "Casus 12");
    assert_eq!(
        hits[0].matched,
        vec![
            SearchSource::CaseLabel,
            SearchSource::Participant,
            SearchSource::Item
        ]
    );
}

#[test]
fn fts_syntax_in_the_query_is_text_not_an_error() {
    let (_dir, mut store) = new_store();
    let m = store
        .create_meeting(&meeting_input("Gezin \"NEAR\" (x:y)"), now())
        .unwrap()
        .id;
    for raw in [
        "\"", "NEAR(", "a OR", "* x:y", "AND", "(((", "^a", "-b", "col:val",
    ] {
        match SearchQuery::parse(raw) {
            Ok(query) => {
                store.search_meetings(&query).unwrap();
            }
            Err(e) => assert!(matches!(e, domain::DomainError::Empty { .. }), "{raw}"),
        }
    }
    assert_eq!(ids(&store, "near"), vec![m]);
    assert_eq!(ids(&store, "x:y"), vec![m]);
}

#[test]
fn index_follows_renames_removals_and_ignores_refused_edits() {
    let (_dir, mut store) = new_store();
    let m = store
        .create_meeting(&meeting_input("Gezin"), now())
        .unwrap()
        .id;
    let p = store
        .add_participant(m, &participant_input("Karin Oud", Role::CaseLead), now())
        .unwrap()
        .id;
    let item = store
        .add_item(m, &item_input(p, "Huurachterstand bij corporatie"), now())
        .unwrap()
        .id;
    // A refused edit (invalid e-mail) changes nothing, in the index either.
    let mut bad = participant_input("Karin Nieuw", Role::CaseLead);
    bad.email = "geen-adres".into();
    assert!(store
        .update_participant(m, p, &bad, ParticipantExtra::default(), now())
        .is_err());
    assert_eq!(ids(&store, "oud"), vec![m]);
    assert!(ids(&store, "nieuw").is_empty());

    let renamed = participant_input("Karin Nieuw", Role::CaseLead);
    store
        .update_participant(m, p, &renamed, ParticipantExtra::default(), now())
        .unwrap();
    assert!(ids(&store, "oud").is_empty());
    assert_eq!(ids(&store, "nieuw"), vec![m]);

    assert_eq!(ids(&store, "huurachterstand"), vec![m]);
    store.remove_item(m, item, now()).unwrap();
    assert!(ids(&store, "huurachterstand").is_empty());
}

#[test]
fn r15_destroyed_meetings_leave_the_index() {
    let (dir, mut store) = new_store();
    let mut input = meeting_input("Gezin Verlopen");
    input.date = "2026-01-10".into();
    let m = store.create_meeting(&input, now()).unwrap().id;
    let p = store
        .add_participant(m, &participant_input("Piet Weg", Role::CaseLead), now())
        .unwrap()
        .id;
    store
        .add_item(m, &item_input(p, "Zoekbaar gegeven"), now())
        .unwrap();
    assert_eq!(ids(&store, "zoekbaar"), vec![m]);
    let later = chrono::NaiveDate::from_ymd_opt(2026, 8, 1).unwrap();
    assert_eq!(store.destroy_expired(later, now()).unwrap(), vec![m]);
    for word in ["verlopen", "piet", "zoekbaar"] {
        assert!(ids(&store, word).is_empty(), "{word}");
    }
    drop(store);
    let store = Store::open(dir.path(), PASS).unwrap();
    assert!(ids(&store, "gezin").is_empty());
}
