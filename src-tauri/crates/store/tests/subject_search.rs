#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! R17: the rights register finds a family member by part of the name (issue 19: the
//! register is a search over an index of name words, migration 0036, not a list of every
//! family member of the store). Same people, counts and objections as the whole list.

mod common;
use chrono::NaiveDate;
use common::*;
use domain::{MeetingId, Relation, RequestInput, RequestKind, Requester, SubjectInput};
use store::{Store, STORE_FILE_NAME};

fn meeting_on(store: &mut Store, label: &str, date: &str) -> MeetingId {
    let mut input = meeting_input(label);
    input.date = date.into();
    store.create_meeting(&input, now()).unwrap().id
}

fn add(store: &mut Store, m: MeetingId, name: &str, birth: &str) {
    store
        .add_subject(
            m,
            &SubjectInput {
                relation: Relation::Youth,
                name: name.into(),
                birth_date: birth.into(),
                parental_authority: false,
            },
            false,
            now(),
        )
        .unwrap();
}

fn names(found: &[store::KnownSubject]) -> Vec<&str> {
    found.iter().map(|s| s.name.as_str()).collect()
}

/// The text values `sql` selects (one column) on a raw connection.
fn texts(conn: &rusqlite::Connection, sql: &str) -> Vec<String> {
    conn.prepare(sql)
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

#[test]
fn r17_search_finds_by_part_of_the_name_as_the_whole_list_does() {
    let (_dir, mut store) = new_store();
    let m1 = meeting_on(&mut store, "Gezin De Vries", "2026-10-01");
    let m2 = meeting_on(&mut store, "Gezin De Vries", "2026-11-01");
    add(&mut store, m1, "Anna de Vries", "2014-03-01");
    add(&mut store, m1, "Bram de Vries", "2012-06-06");
    add(&mut store, m1, "Sanne Jansen-de Wit", "");
    // The same Anna in a later meeting, her name written with other spaces and capitals.
    add(&mut store, m2, "ANNA  de vries", "2014-03-01");
    add(&mut store, m2, "Mehmet Özdemir", "2011-02-02");

    assert!(
        store.find_subjects("").unwrap().is_empty(),
        "nothing typed, nobody"
    );
    assert!(store.find_subjects("  ").unwrap().is_empty());
    assert_eq!(
        names(&store.find_subjects("vries").unwrap()),
        ["ANNA  de vries", "Bram de Vries"]
    );
    // Any word, in any order, by its start; the parts of a double name too.
    assert_eq!(
        names(&store.find_subjects("vri an").unwrap()),
        ["ANNA  de vries"]
    );
    assert_eq!(
        names(&store.find_subjects("jansen").unwrap()),
        ["Sanne Jansen-de Wit"]
    );
    assert_eq!(
        names(&store.find_subjects("de w").unwrap()),
        ["Sanne Jansen-de Wit"]
    );
    assert_eq!(
        names(&store.find_subjects("özd").unwrap()),
        ["Mehmet Özdemir"]
    );
    assert!(
        store.find_subjects("nries").unwrap().is_empty(),
        "the start of a word, not its middle"
    );

    // The person found is the person of the whole list: key, meetings, latest name.
    let all = store.known_subjects().unwrap();
    for found in store
        .find_subjects("a")
        .unwrap()
        .iter()
        .chain(&store.find_subjects("de").unwrap())
    {
        assert!(all.contains(found), "{found:?} as in the whole list");
    }
    let anna = &store.find_subjects("anna").unwrap()[0];
    assert_eq!(anna.meetings, 2);
    assert_eq!(anna.key, "anna de vries|2014-03-01");
    assert_eq!(anna.birth_date, NaiveDate::from_ymd_opt(2014, 3, 1));
    let sanne = &store.find_subjects("sanne").unwrap()[0];
    assert_eq!(sanne.only_meeting, NaiveDate::from_ymd_opt(2026, 10, 1));
}

#[test]
fn r17_search_shows_at_most_fifty_people_by_name() {
    let (_dir, mut store) = new_store();
    let m = meeting_on(&mut store, "Gezin Vos", "2026-11-01");
    for i in 0..70 {
        add(
            &mut store,
            m,
            &format!("Kind{i:02} Vos"),
            &format!("2010-01-{:02}", 1 + i % 28),
        );
    }
    let found = store.find_subjects("vos").unwrap();
    assert_eq!(found.len(), domain::SUBJECT_SEARCH_LIMIT);
    let expected: Vec<String> = (0..50).map(|i| format!("Kind{i:02} Vos")).collect();
    assert_eq!(names(&found), expected);
    assert_eq!(store.find_subjects("kind69").unwrap().len(), 1);
}

#[test]
fn r17_search_shows_an_objected_person_as_the_whole_list_does() {
    let (_dir, mut store) = new_store();
    let m = meeting_on(&mut store, "Gezin Bakker", "2026-11-01");
    add(&mut store, m, "Lotte Bakker", "2016-05-05");
    add(&mut store, m, "Thijs Bakker", "2012-05-05");
    let key = store.find_subjects("lotte").unwrap()[0].key.clone();
    let r = store
        .register_request(
            &key,
            &RequestInput {
                kind: RequestKind::Objection,
                requester: Requester::ParentWithAuthority,
                requester_name: "Petra Bakker".into(),
                received_on: chrono::Utc::now()
                    .date_naive()
                    .format("%Y-%m-%d")
                    .to_string(),
                competent: true,
            },
            now(),
        )
        .unwrap();
    store.grant_request(&r.id, now()).unwrap();
    let found = store.find_subjects("bakker").unwrap();
    assert_eq!(names(&found), ["Lotte Bakker", "Thijs Bakker"]);
    assert!(found[0].objected, "still found, marked as objected");
    assert!(!found[1].objected);
    let all = store.known_subjects().unwrap();
    assert_eq!(found, all);
}

#[test]
fn r15_r17_a_destroyed_or_erased_persons_name_is_no_longer_found() {
    let (dir, mut store) = new_store();
    // Destroy-after 2026-07-10: expired on 2026-08-01 (R15).
    let gone = meeting_on(&mut store, "Gezin Oud", "2026-01-10");
    add(&mut store, gone, "Xander Verlopen", "2011-01-01");
    let kept = meeting_on(&mut store, "Gezin Nieuw", "2026-07-20");
    add(&mut store, kept, "Yara Blijft", "2012-02-02");
    add(&mut store, kept, "Zoë Gewist", "2017-03-03");
    assert_eq!(store.find_subjects("xander").unwrap().len(), 1);

    assert_eq!(
        store
            .destroy_expired(NaiveDate::from_ymd_opt(2026, 8, 1).unwrap(), now())
            .unwrap(),
        vec![gone]
    );
    assert!(store.find_subjects("xander").unwrap().is_empty());
    assert!(store.find_subjects("verl").unwrap().is_empty());
    assert_eq!(
        names(&store.find_subjects("yara").unwrap()),
        ["Yara Blijft"]
    );

    // R17: a granted erasure removes the name, and with it the words the search finds.
    let key = store.find_subjects("zoë").unwrap()[0].key.clone();
    let r = store
        .register_request(&key, &request(RequestKind::Erasure), now())
        .unwrap();
    store.grant_request(&r.id, now()).unwrap();
    assert!(store.find_subjects("zoë").unwrap().is_empty());
    store.close().unwrap();
    let conn = open_raw(dir.path().join(STORE_FILE_NAME));
    let words = texts(&conn, "SELECT word FROM subject_words ORDER BY word");
    assert_eq!(
        words,
        ["blijft", "yara"],
        "no word of a destroyed or erased name is kept"
    );
    let keys = texts(
        &conn,
        "SELECT identity_key FROM subjects WHERE identity_key IS NOT NULL",
    );
    assert_eq!(
        keys,
        ["yara blijft|2012-02-02"],
        "no identity key of a destroyed or erased name is kept"
    );
}

fn request(kind: RequestKind) -> RequestInput {
    RequestInput {
        kind,
        requester: Requester::ParentWithAuthority,
        requester_name: "Petra Verzoek".into(),
        received_on: chrono::Utc::now()
            .date_naive()
            .format("%Y-%m-%d")
            .to_string(),
        competent: true,
    }
}

#[test]
fn r17_a_persons_rows_are_read_by_their_identity_key_in_every_meeting() {
    let (dir, mut store) = new_store();
    let first = meeting_on(&mut store, "Gezin Een", "2026-03-01");
    let second = meeting_on(&mut store, "Gezin Twee", "2026-05-01");
    add(&mut store, first, "Noor  de Vries", "2013-05-05");
    add(&mut store, second, "noor de vries", "2013-05-05");
    // Same name, other birth date: another person.
    add(&mut store, second, "Noor de Vries", "2014-06-06");
    let found = store.find_subjects("noor de v").unwrap();
    assert_eq!(
        found
            .iter()
            .map(|s| (s.key.as_str(), s.meetings))
            .collect::<Vec<_>>(),
        [
            ("noor de vries|2013-05-05", 2),
            ("noor de vries|2014-06-06", 1)
        ]
    );
    assert_eq!(found, store.known_subjects().unwrap());
    // The register's request reads the person's rows by the key: the most recent name.
    let r = store
        .register_request(&found[0].key, &request(RequestKind::Access), now())
        .unwrap();
    assert_eq!(r.subject_name, "noor de vries");
    store.close().unwrap();
    let conn = open_raw(dir.path().join(STORE_FILE_NAME));
    let keyed: u32 = conn
        .query_row(
            "SELECT count(*) FROM subjects WHERE identity_key = 'noor de vries|2013-05-05'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(keyed, 2);
}

#[test]
fn migration_0039_keys_the_family_members_already_stored() {
    let dir = tempfile::tempdir().unwrap();
    let old = store_before_migration(dir.path(), 39);
    let conn = open_raw(dir.path().join(STORE_FILE_NAME));
    let without_birth = uuid::Uuid::now_v7().to_string();
    for (id, name, birth) in [
        (
            uuid::Uuid::now_v7().to_string(),
            "Özlem  ÇELIK",
            Some("2012-04-04"),
        ),
        (
            uuid::Uuid::now_v7().to_string(),
            "özlem çelik",
            Some("2012-04-04"),
        ),
        (without_birth.clone(), "Bram Zonder", None),
    ] {
        conn.execute(
            "INSERT INTO subjects (id, meeting_id, relation, name, birth_date)
             VALUES (?1, ?2, 'youth', ?3, ?4)",
            rusqlite::params![id, old.meeting, name, birth],
        )
        .unwrap();
    }
    drop(conn);
    let mut store = Store::open(dir.path(), PASS).unwrap();
    let r = store
        .register_request(
            "özlem çelik|2012-04-04",
            &request(RequestKind::Access),
            now(),
        )
        .unwrap();
    assert_eq!(r.subject_birth, NaiveDate::from_ymd_opt(2012, 4, 4));
    // A key of the earlier form (name only) still finds the one row without a birth date.
    let report = store
        .access_report(
            "bram zonder|",
            NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
        )
        .unwrap();
    assert_eq!(report.subject_name, "Bram Zonder");
    assert_eq!(report.meetings.len(), 1);
    store.close().unwrap();
    let conn = open_raw(dir.path().join(STORE_FILE_NAME));
    let keys = texts(
        &conn,
        "SELECT identity_key FROM subjects ORDER BY identity_key",
    );
    assert_eq!(
        keys,
        [
            format!("bram zonder|#{without_birth}"),
            "özlem çelik|2012-04-04".to_string(),
            "özlem çelik|2012-04-04".to_string(),
        ]
    );
}

#[test]
fn migration_0036_indexes_the_names_already_stored() {
    let dir = tempfile::tempdir().unwrap();
    let old = store_before_migration(dir.path(), 36);
    let conn = open_raw(dir.path().join(STORE_FILE_NAME));
    conn.execute(
        "INSERT INTO subjects (id, meeting_id, relation, name, birth_date)
         VALUES (?1, ?2, 'youth', 'Özlem ÇELIK', '2012-04-04')",
        [uuid::Uuid::now_v7().to_string(), old.meeting],
    )
    .unwrap();
    drop(conn);
    let store = Store::open(dir.path(), PASS).unwrap();
    assert_eq!(
        names(&store.find_subjects("çelik").unwrap()),
        ["Özlem ÇELIK"]
    );
    assert_eq!(names(&store.find_subjects("öz").unwrap()), ["Özlem ÇELIK"]);
}
