#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! R21: the store is encrypted at rest and opens only with the right passphrase.

mod common;
use common::*;
use domain::Role;
use store::{Store, StoreError};

#[test]
fn r21_store_and_wal_hold_no_plaintext() {
    let (dir, mut store) = new_store();
    let marker = "MARKER-7f3a9c-geheim-Zoë";
    let m = store
        .create_meeting(&meeting_input("Gezin Marker"), now())
        .unwrap();
    let p = store
        .add_participant(
            m.id,
            &participant_input("Piet Inbrenger", Role::CaseLead),
            now(),
        )
        .unwrap();
    store
        .add_item(m.id, &item_input(p.id, marker), now())
        .unwrap();

    // While open, the item sits in the WAL; check both files, then again after close.
    let check = |when: &str| {
        let files = all_file_bytes(dir.path());
        assert!(files.iter().any(|(n, _)| n.ends_with("-wal")) || when == "closed");
        for (name, bytes) in files {
            assert!(
                !contains(&bytes, marker.as_bytes()),
                "{when}: marker in {name}"
            );
            assert!(
                !contains(&bytes, b"Piet Inbrenger"),
                "{when}: name in {name}"
            );
            assert!(
                !contains(&bytes, b"SQLite format 3"),
                "{when}: plaintext header in {name}"
            );
        }
    };
    check("open");
    store.close().unwrap();
    check("closed");
}

#[test]
fn r21_reopening_with_the_right_passphrase_returns_the_data() {
    let (dir, mut store) = new_store();
    let m = store
        .create_meeting(&meeting_input("Gezin De Vries"), now())
        .unwrap();
    let p = store
        .add_participant(
            m.id,
            &participant_input("Anna Jansen", Role::CaseLead),
            now(),
        )
        .unwrap();
    let item = store
        .add_item(m.id, &item_input(p.id, "Schoolverzuim"), now())
        .unwrap();
    store.close().unwrap();

    let store = Store::open(dir.path(), PASS).unwrap();
    let list = store.list_meetings().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].case_label.as_str(), "Gezin De Vries");
    assert_eq!((list[0].participant_count, list[0].item_count), (1, 1));
    let detail = store.meeting_detail(m.id).unwrap();
    assert_eq!(detail.participants, vec![p]);
    assert_eq!(detail.items, vec![item]);
}

#[test]
fn r21_wrong_passphrase_is_a_typed_error_and_right_one_still_works() {
    let (dir, store) = new_store();
    store.close().unwrap();
    let before = all_file_bytes(dir.path());
    for wrong in [
        "correct horse battery stapl",
        "",
        "CORRECT HORSE BATTERY STAPLE",
    ] {
        let r = Store::open(dir.path(), wrong);
        assert!(
            matches!(r, Err(StoreError::WrongPassphrase)),
            "{wrong:?}: {r:?}"
        );
    }
    assert_eq!(
        before,
        all_file_bytes(dir.path()),
        "a failed unlock must not touch the file"
    );
    assert!(Store::open(dir.path(), PASS).is_ok());
}

#[test]
fn opening_without_a_store_or_creating_twice_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    assert!(matches!(
        Store::open(dir.path(), PASS),
        Err(StoreError::NoStore)
    ));
    let s = Store::create(dir.path(), PASS).unwrap();
    drop(s);
    assert!(matches!(
        Store::create(dir.path(), "another passphrase"),
        Err(StoreError::AlreadyExists)
    ));
    assert!(Store::open(dir.path(), PASS).is_ok());
}

/// Runs in a child process (see below): opens with a wrong passphrase.
#[test]
fn child_open_with_wrong_passphrase() {
    let Ok(dir) = std::env::var("CASUS_STDERR_PROBE_DIR") else {
        return;
    };
    let r = Store::open(std::path::Path::new(&dir), "definitely the wrong one");
    assert!(matches!(r, Err(StoreError::WrongPassphrase)));
}

#[test]
fn r21_wrong_passphrase_prints_nothing_on_stderr() {
    let (dir, store) = new_store();
    store.close().unwrap();
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "child_open_with_wrong_passphrase",
            "--test-threads=1",
            "--nocapture",
        ])
        .env("CASUS_STDERR_PROBE_DIR", dir.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "child failed: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.to_lowercase().contains("hmac"), "stderr: {stderr}");
    assert!(!stderr.contains("sqlcipher"), "stderr: {stderr}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("1 passed"));
}

/// R21: a process that has not said its heap wipes freed memory (the `casus` tool, tests)
/// gets SQLCipher's memory security: what SQLite frees is overwritten. (The app runs on a
/// wiping heap and tells the store so: `store::rely_on_wiping_heap`, src-tauri/src/heap.rs.)
#[test]
fn r21_without_a_wiping_heap_sqlcipher_wipes_what_sqlite_frees() {
    let (dir, store) = new_store();
    store.close().unwrap();
    let _ = store::Store::open(dir.path(), PASS).unwrap();
    let conn = open_raw(dir.path().join(store::STORE_FILE_NAME));
    let on: String = conn
        .query_row("PRAGMA cipher_memory_security", [], |r| r.get(0))
        .unwrap();
    assert_eq!(on, "1");
}
