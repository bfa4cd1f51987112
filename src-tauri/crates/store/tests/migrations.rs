#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Numbered migrations run in one transaction at open and record the schema version.

mod common;
use common::*;
use rusqlite::Connection;
use store::{Store, StoreError, LATEST_SCHEMA_VERSION, STORE_FILE_NAME};

/// An encrypted database with no tables at all, as left by a store created before any
/// migration existed.
fn empty_encrypted_db(dir: &std::path::Path) {
    let conn = Connection::open(dir.join(STORE_FILE_NAME)).unwrap();
    conn.pragma_update(None, "key", PASS).unwrap();
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

    let conn = Connection::open(dir.path().join(STORE_FILE_NAME)).unwrap();
    conn.pragma_update(None, "key", PASS).unwrap();
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
        let conn = Connection::open(dir.path().join(STORE_FILE_NAME)).unwrap();
        conn.pragma_update(None, "key", PASS).unwrap();
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
