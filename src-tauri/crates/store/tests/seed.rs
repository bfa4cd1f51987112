#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The benchmark seeder writes meetings that the domain accepts as complete (R13), so the
//! benchmarks measure realistic data.

mod common;
use common::*;
use store::SeedSpec;

#[test]
fn seeded_meetings_are_complete_and_finalizable() {
    let (_dir, mut store) = new_store();
    let seeded = store
        .seed(
            SeedSpec {
                meetings: 3,
                ..SeedSpec::BIG
            },
            7,
        )
        .unwrap();
    assert_eq!(store.list_meetings().unwrap().len(), 3);
    for id in &seeded.meeting_ids {
        let id = domain::MeetingId::from_uuid(uuid::Uuid::parse_str(id).unwrap());
        let flow = store.meeting_flow(id).unwrap();
        assert_eq!(flow.record.items.len(), 50);
        assert_eq!(flow.record.participants.len(), 12);
        assert_eq!(store::checklist_of(&flow), vec![]);
        store.finalize_meeting(id, now()).unwrap();
    }
}

/// The seeder writes each meeting's search document once instead of through the row
/// triggers (migration 0024); afterwards the triggers are back, so the chair's own writes
/// keep the documents in step.
#[test]
fn seeded_meetings_are_searchable_and_the_search_triggers_are_back() {
    let (dir, mut store) = new_store();
    let triggers = || {
        let conn = open_raw(dir.path().join(store::STORE_FILE_NAME));
        let mut stmt = conn
            .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
            .unwrap();
        let rows = stmt
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
            .unwrap();
        rows.collect::<Result<Vec<_>, _>>().unwrap()
    };
    let before = triggers();
    assert!(
        before
            .iter()
            .filter(|(n, _)| n.starts_with("search_doc_"))
            .count()
            >= 9
    );
    store
        .seed(
            SeedSpec {
                meetings: 3,
                ..SeedSpec::BIG
            },
            7,
        )
        .unwrap();
    assert_eq!(triggers(), before);
    // The seeder writes the documents itself: none is left stale for the first search.
    let (stale, indexed): (i64, i64) = open_raw(dir.path().join(store::STORE_FILE_NAME))
        .query_row(
            "SELECT (SELECT count(*) FROM search_docs WHERE stale = 1),
                    (SELECT count(*) FROM meeting_search_docs
                     WHERE meeting_search_docs MATCH 'participants:deelnemer AND items:school')",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(stale, 0);
    assert!(indexed > 0);
    let q = |s: &str| domain::SearchQuery::parse(s).unwrap();
    // Participant names and item words of the seeder reach every seeded document.
    assert_eq!(store.search_meetings(&q("Deelnemer")).unwrap().len(), 3);
    assert_eq!(store.search_meetings(&q("Casus 00001")).unwrap().len(), 1);
    let seeded_words = store.search_meetings(&q("school")).unwrap();
    assert!(!seeded_words.is_empty());
    // A chair's new item is found through the restored trigger.
    let m = store
        .create_meeting(&meeting_input("Gezin Nieuw"), now())
        .unwrap()
        .id;
    let p = store
        .add_participant(
            m,
            &participant_input("Fatima El Amrani", domain::Role::CaseLead),
            now(),
        )
        .unwrap()
        .id;
    store
        .add_item(m, &item_input(p, "Voetbaltraining op dinsdag"), now())
        .unwrap();
    let hits = store.search_meetings(&q("voetbaltraining amrani")).unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].meeting, m);
}
