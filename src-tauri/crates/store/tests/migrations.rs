#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Numbered migrations run in one transaction at open and record the schema version.

mod common;
use common::*;
use store::{Store, StoreError, LATEST_SCHEMA_VERSION, STORE_FILE_NAME};

/// An encrypted database with no tables at all, as left by a store created before any
/// migration existed.
fn empty_encrypted_db(dir: &std::path::Path) {
    let conn = common::open_raw(dir.join(STORE_FILE_NAME));
    conn.execute_batch("CREATE TABLE t (x); DROP TABLE t;")
        .unwrap();
}

#[test]
fn migration_from_an_empty_store_reaches_the_current_schema() {
    let dir = tempfile::tempdir().unwrap();
    empty_encrypted_db(dir.path());
    let mut store = Store::open(dir.path(), PASS).unwrap();
    assert_eq!(store.schema_version().unwrap(), LATEST_SCHEMA_VERSION);
    // The schema works: a full write and read.
    let m = store
        .create_meeting(&meeting_input("Na migratie"), now())
        .unwrap();
    assert_eq!(
        store
            .meeting_detail(m.id)
            .unwrap()
            .meeting
            .case_label
            .as_str(),
        "Na migratie"
    );
    store.close().unwrap();

    let conn = common::open_raw(dir.path().join(STORE_FILE_NAME));
    let recorded: Vec<u32> = conn
        .prepare("SELECT version FROM schema_migrations ORDER BY version")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(
        recorded,
        store::MIGRATIONS
            .iter()
            .map(|(v, _)| *v)
            .collect::<Vec<_>>()
    );
    assert_eq!(recorded.last(), Some(&LATEST_SCHEMA_VERSION));
    let user_version: u32 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(user_version, LATEST_SCHEMA_VERSION);
    let mode: String = conn
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
}

#[test]
fn reopening_does_not_rerun_migrations() {
    let (dir, store) = new_store();
    store.close().unwrap();
    let store = Store::open(dir.path(), PASS).unwrap();
    assert_eq!(store.schema_version().unwrap(), LATEST_SCHEMA_VERSION);
}

#[test]
fn a_store_from_a_newer_app_is_refused_unchanged() {
    let (dir, store) = new_store();
    store.close().unwrap();
    {
        let conn = common::open_raw(dir.path().join(STORE_FILE_NAME));
        conn.execute(
            "INSERT INTO schema_migrations (version, applied_at) VALUES (?1, 'x')",
            [LATEST_SCHEMA_VERSION + 1],
        )
        .unwrap();
    }
    assert!(matches!(
        Store::open(dir.path(), PASS),
        Err(StoreError::SchemaTooNew { .. })
    ));
}

#[test]
fn r15_migration_0016_brings_a_typed_in_far_destroy_after_date_back_to_the_maximum() {
    let dir = tempfile::tempdir().unwrap();
    empty_encrypted_db(dir.path());
    {
        // A store as the app left it before 0016, with one date typed far ahead.
        let conn = common::open_raw(dir.path().join(STORE_FILE_NAME));
        conn.execute_batch(
            "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY NOT NULL,
                                             applied_at TEXT NOT NULL) STRICT;",
        )
        .unwrap();
        for (v, sql) in store::MIGRATIONS.iter().filter(|(v, _)| *v < 16) {
            conn.execute_batch(sql).unwrap();
            conn.execute(
                "INSERT INTO schema_migrations VALUES (?1, '2026-01-01T00:00:00Z')",
                [v],
            )
            .unwrap();
        }
        for (id, until) in [("far", "2100-12-31"), ("normal", "2027-05-24")] {
            conn.execute(
                "INSERT INTO meetings (id, case_label, meeting_date, purpose, created_at,
                                       retention_until)
                 VALUES (?1, 'Casus', '2026-11-24', 'Doel', '2026-11-24T10:00:00Z', ?2)",
                [id, until],
            )
            .unwrap();
        }
    }
    let store = Store::open(dir.path(), PASS).unwrap();
    assert_eq!(store.schema_version().unwrap(), LATEST_SCHEMA_VERSION);
    let s = store.settings().unwrap();
    assert_eq!(
        (s.retention_ceiling.get(), s.rights_retention.get()),
        (24, 12)
    );
    store.close().unwrap();
    let conn = common::open_raw(dir.path().join(STORE_FILE_NAME));
    let until = |id: &str| -> String {
        conn.query_row(
            "SELECT retention_until FROM meetings WHERE id = ?1",
            [id],
            |r| r.get(0),
        )
        .unwrap()
    };
    assert_eq!(until("far"), "2028-11-24");
    assert_eq!(until("normal"), "2027-05-24");
}

#[test]
fn r6_items_from_before_sources_migrate_to_unknown_and_new_items_keep_theirs() {
    let dir = tempfile::tempdir().unwrap();
    empty_encrypted_db(dir.path());
    let common::OldStore { meeting, .. } = common::store_before_migration(dir.path(), 17);
    let mut store = Store::open(dir.path(), PASS).unwrap();
    let id = domain::MeetingId::from_uuid(uuid::Uuid::parse_str(&meeting).unwrap());
    let detail = store.meeting_detail(id).unwrap();
    assert_eq!(detail.items[0].source, domain::Source::unknown());
    // A new item keeps the source the chair chose.
    let p = detail.participants[0].id;
    let mut input = item_input(p, "Nieuwe inbreng");
    input.source = domain::SourceKind::Document;
    input.source_detail = "verzuimregister school".into();
    store.add_item(id, &input, now()).unwrap();
    let detail = store.meeting_detail(id).unwrap();
    assert_eq!(detail.items[1].source.kind, domain::SourceKind::Document);
    assert_eq!(
        detail.items[1].source.detail.as_ref().map(|d| d.as_str()),
        Some("verzuimregister school")
    );
    // Unknown is refused for a new item; nothing is stored.
    input.source = domain::SourceKind::Unknown;
    assert!(matches!(
        store.add_item(id, &input, now()),
        Err(StoreError::Invalid(domain::DomainError::UnknownValue {
            field: domain::Field::Source
        }))
    ));
    assert_eq!(store.meeting_detail(id).unwrap().items.len(), 2);
}

/// R1 (migration 0027): a store from before "expertise only" opens; its participants take
/// part as before (not expertise-only) and keep bringing items in.
#[test]
fn r1_migration_0027_old_participants_are_not_expertise_only() {
    let dir = tempfile::tempdir().unwrap();
    empty_encrypted_db(dir.path());
    let common::OldStore { meeting, .. } = common::store_before_migration(dir.path(), 27);
    let mut store = Store::open(dir.path(), PASS).unwrap();
    assert_eq!(store.schema_version().unwrap(), LATEST_SCHEMA_VERSION);
    let id = domain::MeetingId::from_uuid(uuid::Uuid::parse_str(&meeting).unwrap());
    let flow = store.meeting_flow(id).unwrap();
    assert!(flow
        .record
        .participants
        .iter()
        .all(|p| !p.participant.expertise_only));
    let p = flow.record.participants[0].participant.id;
    store
        .add_item(id, &item_input(p, "Nieuwe inbreng"), now())
        .unwrap();
    assert_eq!(store.meeting_detail(id).unwrap().items.len(), 2);
}
