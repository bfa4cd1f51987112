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

fn ids(store: &mut Store, query: &str) -> Vec<MeetingId> {
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

    assert_eq!(ids(&mut store, "bakker"), vec![a]);
    // Diacritics and case do not matter; words are prefixes.
    assert_eq!(ids(&mut store, "zoe"), vec![a]);
    assert_eq!(ids(&mut store, "WIT"), vec![b]);
    assert_eq!(ids(&mut store, "schoolverz"), vec![b]);
    // Every word must match (in any of the texts of the meeting).
    assert_eq!(ids(&mut store, "jan september"), vec![b]);
    assert!(ids(&mut store, "jan bakker").is_empty());
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
    assert_eq!(ids(&mut store, "near"), vec![m]);
    assert_eq!(ids(&mut store, "x:y"), vec![m]);
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
    assert_eq!(ids(&mut store, "oud"), vec![m]);
    assert!(ids(&mut store, "nieuw").is_empty());

    let renamed = participant_input("Karin Nieuw", Role::CaseLead);
    store
        .update_participant(m, p, &renamed, ParticipantExtra::default(), now())
        .unwrap();
    assert!(ids(&mut store, "oud").is_empty());
    assert_eq!(ids(&mut store, "nieuw"), vec![m]);

    assert_eq!(ids(&mut store, "huurachterstand"), vec![m]);
    store.remove_item(m, item, now()).unwrap();
    assert!(ids(&mut store, "huurachterstand").is_empty());
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
    assert_eq!(ids(&mut store, "zoekbaar"), vec![m]);
    let later = chrono::NaiveDate::from_ymd_opt(2026, 8, 1).unwrap();
    assert_eq!(store.destroy_expired(later, now()).unwrap(), vec![m]);
    for word in ["verlopen", "piet", "zoekbaar"] {
        assert!(ids(&mut store, word).is_empty(), "{word}");
    }
    drop(store);
    let mut store = Store::open(dir.path(), PASS).unwrap();
    assert!(ids(&mut store, "gezin").is_empty());
}

#[test]
fn a_hit_tells_how_often_and_where_it_matched_with_a_snippet() {
    let (_dir, mut store) = new_store();
    let m = store
        .create_meeting(&meeting_input("Gezin Zorgvuldig"), now())
        .unwrap()
        .id;
    let p = store
        .add_participant(
            m,
            &participant_input("Anne-Marie Zorg", Role::CaseLead),
            now(),
        )
        .unwrap()
        .id;
    store
        .add_item(
            m,
            &item_input(p, "Er zijn zorgen over de huisvesting"),
            now(),
        )
        .unwrap();
    store
        .add_item(m, &item_input(p, "De school deelt de zorgen"), now())
        .unwrap();
    let hits = store.search_meetings(&q("zorg")).unwrap();
    assert_eq!(hits.len(), 1);
    // The case label, the participant and two items: four words start with "zorg".
    assert_eq!(hits[0].hits, 4);
    assert_eq!(
        hits[0].matched,
        vec![
            SearchSource::CaseLabel,
            SearchSource::Participant,
            SearchSource::Item
        ]
    );
    assert!(
        hits[0].snippet.to_lowercase().contains("zorg"),
        "{}",
        hits[0].snippet
    );
    // Only the item words match "zorgen": two hits, in the items.
    let hits = store.search_meetings(&q("zorgen huisvesting")).unwrap();
    assert_eq!(hits[0].hits, 3);
    assert_eq!(hits[0].matched, vec![SearchSource::Item]);
    assert!(
        hits[0].snippet.contains("huisvesting"),
        "{}",
        hits[0].snippet
    );
}

#[test]
fn the_hundred_newest_meetings_come_back_newest_first() {
    let (_dir, mut store) = new_store();
    let mut made = Vec::new();
    for i in 0..105u32 {
        let mut input = meeting_input(&format!("Gezin Janssen {i}"));
        // Dates out of creation order, several meetings per day.
        input.date = format!("2026-{:02}-{:02}", 1 + (i * 7) % 11, 1 + (i % 4));
        let id = store.create_meeting(&input, now()).unwrap().id;
        made.push((input.date.clone(), i, id));
    }
    // Newest date first; within a day the later created first.
    made.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)));
    let expected: Vec<MeetingId> = made.iter().take(100).map(|m| m.2).collect();
    assert_eq!(ids(&mut store, "janssen"), expected);
    assert_eq!(ids(&mut store, "gezin janss"), expected);
}

#[test]
fn r15_a_destroyed_meeting_leaves_no_search_document() {
    let (dir, mut store) = new_store();
    let mut input = meeting_input("Gezin Verlopen");
    input.date = "2026-01-10".into();
    let m = store.create_meeting(&input, now()).unwrap().id;
    let keep = store
        .create_meeting(&meeting_input("Gezin Blijft"), now())
        .unwrap()
        .id;
    let p = store
        .add_participant(m, &participant_input("Piet Weg", Role::CaseLead), now())
        .unwrap()
        .id;
    store
        .add_item(m, &item_input(p, "Zoekbaar gegeven"), now())
        .unwrap();
    let later = chrono::NaiveDate::from_ymd_opt(2026, 8, 1).unwrap();
    assert_eq!(store.destroy_expired(later, now()).unwrap(), vec![m]);
    assert_eq!(ids(&mut store, "gezin"), vec![keep]);
    store.close().unwrap();
    let conn = open_raw(dir.path().join(store::STORE_FILE_NAME));
    let count = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
    assert_eq!(count("SELECT count(*) FROM search_docs"), 1);
    assert_eq!(count("SELECT count(*) FROM meeting_search_docs"), 1);
    assert_eq!(
        count("SELECT count(*) FROM meeting_search_docs WHERE meeting_search_docs MATCH 'zoekbaar OR piet OR verlopen'"),
        0
    );
    // Nothing of it in the index's own tables either (secure-delete).
    assert_eq!(
        count("SELECT count(*) FROM meeting_search_docs_content WHERE c0 LIKE '%Verlopen%' OR c1 LIKE '%Piet%' OR c2 LIKE '%Zoekbaar%'"),
        0
    );
}

#[test]
fn a_store_from_before_the_per_meeting_index_is_searchable_after_migrating() {
    let dir = tempfile::tempdir().unwrap();
    let common::OldStore { meeting, .. } = common::store_before_migration(dir.path(), 24);
    let mut store = Store::open(dir.path(), PASS).unwrap();
    let id = MeetingId::from_uuid(uuid::Uuid::parse_str(&meeting).unwrap());
    assert_eq!(ids(&mut store, "oud lid inbreng"), vec![id]);
    // A meeting created after migrating on the same day sorts before it.
    let mut input = meeting_input("Gezin Nieuw");
    input.date = "2026-11-01".into();
    let newer = store.create_meeting(&input, now()).unwrap().id;
    assert_eq!(ids(&mut store, "gezin"), vec![newer, id]);
}

#[test]
fn migration_0040_keeps_newest_first_with_the_index_read_forwards() {
    let dir = tempfile::tempdir().unwrap();
    let old = common::store_before_migration(dir.path(), 40);
    let conn = open_raw(dir.path().join(store::STORE_FILE_NAME));
    // Before 0040: rowids counted up per day (the triggers of 0024).
    let mut made = vec![(String::from("2026-11-01"), 0, old.meeting.clone())];
    for (n, date) in [
        (1, "2026-10-15"),
        (2, "2026-11-01"),
        (3, "2026-12-02"),
        (4, "2026-10-15"),
    ] {
        let id = uuid::Uuid::now_v7().to_string();
        conn.execute(
            "INSERT INTO meetings (id, case_label, meeting_date, purpose, created_at)
             VALUES (?1, ?2, ?3, 'Doel', '2026-11-01T10:00:00Z')",
            rusqlite::params![id, format!("Gezin Oud {n}"), date],
        )
        .unwrap();
        made.push((date.to_string(), n, id));
    }
    let before: Vec<i64> = conn
        .prepare("SELECT id FROM search_docs ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(before.iter().all(|id| *id < 1 << 62));
    drop(conn);
    let mut store = Store::open(dir.path(), PASS).unwrap();
    made.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)));
    let id = |raw: &str| MeetingId::from_uuid(uuid::Uuid::parse_str(raw).unwrap());
    let expected: Vec<MeetingId> = made.iter().map(|m| id(&m.2)).collect();
    assert_eq!(ids(&mut store, "gezin oud"), expected);
    assert_eq!(ids(&mut store, "oud lid inbreng"), vec![id(&old.meeting)]);
    // After it: a meeting made now on an existing day comes before that day's others.
    let mut input = meeting_input("Gezin Oud nieuw");
    input.date = "2026-10-15".into();
    let newer = store.create_meeting(&input, now()).unwrap().id;
    let found = ids(&mut store, "gezin oud");
    assert_eq!(found.len(), 6);
    let at = |m: MeetingId| found.iter().position(|f| *f == m).unwrap();
    assert!(at(newer) < at(id(&made[3].2)), "{found:?}");
    assert_eq!(at(newer), 3);
    store.close().unwrap();
    let conn = open_raw(dir.path().join(store::STORE_FILE_NAME));
    let ascending: Vec<String> = conn
        .prepare(
            "SELECT d.meeting_id FROM meeting_search_docs s JOIN search_docs d ON d.id = s.rowid
             WHERE meeting_search_docs MATCH 'gezin' ORDER BY s.rowid ASC",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(ascending.len(), 6);
    assert_eq!(ascending[0], made[0].2, "the newest has the lowest rowid");
}

/// Migration 0041: a new participant or item only marks its meeting's document stale; no
/// text of it is in the index until the next search writes the document, first thing, so
/// that search finds what was just added and the mark is gone after it.
#[test]
fn a_new_item_is_indexed_by_the_next_search_not_by_its_insert() {
    let (dir, mut store) = new_store();
    let m = store
        .create_meeting(&meeting_input("Gezin Stilte"), now())
        .unwrap()
        .id;
    let p = store
        .add_participant(
            m,
            &participant_input("Fatima Zoekbaar", Role::CaseLead),
            now(),
        )
        .unwrap()
        .id;
    store
        .add_item(m, &item_input(p, "Voetbalvereniging helpt mee"), now())
        .unwrap();
    store.close().unwrap();
    let file = dir.path().join(store::STORE_FILE_NAME);
    let index = |conn: &rusqlite::Connection| -> (i64, i64, String) {
        conn.query_row(
            "SELECT d.stale,
                    (SELECT count(*) FROM meeting_search_docs
                     WHERE meeting_search_docs MATCH 'voetbalvereniging zoekbaar'),
                    s.participants || '|' || s.items
             FROM search_docs d JOIN meeting_search_docs s ON s.rowid = d.id",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap()
    };
    let conn = open_raw(&file);
    assert_eq!(index(&conn), (1, 0, "|".to_string()));
    drop(conn);
    let mut store = Store::open(dir.path(), PASS).unwrap();
    assert_eq!(ids(&mut store, "voetbalvereniging zoekbaar"), vec![m]);
    store.close().unwrap();
    let conn = open_raw(&file);
    assert_eq!(
        index(&conn),
        (
            0,
            1,
            "Fatima Zoekbaar|Voetbalvereniging helpt mee".to_string()
        )
    );
}

/// Migration 0041 defers only what is added: removing a participant rewrites the document
/// in its own transaction, with no search after it, so a removed name is never left in the
/// index; the item still waits for the next search.
#[test]
fn a_removed_participant_leaves_the_index_without_waiting_for_a_search() {
    let (dir, mut store) = new_store();
    let m = store
        .create_meeting(&meeting_input("Gezin Vertrek"), now())
        .unwrap()
        .id;
    let stays = store
        .add_participant(
            m,
            &participant_input("Anna Blijvend", Role::CaseLead),
            now(),
        )
        .unwrap()
        .id;
    let leaves = store
        .add_participant(
            m,
            &participant_input("Kees Vertrekkend", Role::Expert),
            now(),
        )
        .unwrap()
        .id;
    store
        .add_item(m, &item_input(stays, "Huiswerkbegeleiding loopt"), now())
        .unwrap();
    store.remove_participant(m, leaves, now()).unwrap();
    store.close().unwrap();
    let conn = open_raw(dir.path().join(store::STORE_FILE_NAME));
    let doc: (String, String, i64) = conn
        .query_row(
            "SELECT participants, items, (SELECT stale FROM search_docs)
             FROM meeting_search_docs",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(doc, ("Anna Blijvend".into(), String::new(), 1));
}
