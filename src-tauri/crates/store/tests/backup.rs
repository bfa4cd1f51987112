#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! R21: `Store::backup_to` copies the store file's bytes when nothing else uses the store,
//! and falls back to SQLite's page copy when another connection keeps the WAL busy. Either
//! way the backup opens with the store's passphrase and passes the full check.

mod common;
use common::*;
use std::path::Path;
use store::{backup_part_path, store_path, verify_backup, BackupError, Store};

/// The rows of every table of the file at `path` (opened with [`PASS`]).
fn rows(path: &Path) -> Vec<(String, i64)> {
    let conn = open_raw(path);
    let tables: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_master
             WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    tables
        .into_iter()
        .map(|t| {
            let n = conn
                .query_row(&format!("SELECT count(*) FROM \"{t}\""), [], |r| r.get(0))
                .unwrap();
            (t, n)
        })
        .collect()
}

/// The SQLCipher salt: the file's first 16 bytes, from which (with the passphrase) the key
/// is derived.
fn salt(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap()[..16].to_vec()
}

/// A store with three meetings, the last writes still in the WAL.
fn busy_store() -> (tempfile::TempDir, Store) {
    let (dir, mut store) = new_store();
    for seed in 1..=3 {
        seeded_meeting(&mut store, seed == 2, seed);
    }
    (dir, store)
}

/// Nothing but the backup itself in `dir`: no `.part`, `-wal`, `-shm` or `-journal`.
fn only_the_backup_in(dir: &Path, backup: &Path) {
    let names: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(names, vec![backup.to_path_buf()]);
}

#[test]
fn r21_a_byte_copy_backup_opens_with_the_passphrase_and_passes_every_check() {
    let (dir, mut store) = busy_store();
    let out = tempfile::tempdir().unwrap();
    let backup = out.path().join("kopie.casus");
    let check = store.backup_to(&backup, PASS, now()).unwrap();
    only_the_backup_in(out.path(), &backup);
    // The byte copy: the same salt as the store, so the same passphrase gives the same key.
    assert_eq!(salt(&backup), salt(&store_path(dir.path())));
    // The full check (every page's HMAC, SQLite's structure, audit chain) on a fresh open.
    let again = verify_backup(&backup, PASS).unwrap();
    assert_eq!(again, check);
    assert_eq!(check.store_id, store.store_id().unwrap());
    // One self-contained file, not a WAL database.
    let mode: String = open_raw(&backup)
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "delete");
    // Every row of every table, except the `backup_made` line written after the copy.
    store.close().unwrap();
    let mut expected = rows(&store_path(dir.path()));
    for (table, n) in &mut expected {
        if table == "audit_log" {
            *n -= 1;
        }
    }
    assert_eq!(rows(&backup), expected);
    assert_eq!(check.row_counts, expected);
    assert!(matches!(
        verify_backup(&backup, "a wrong passphrase"),
        Err(BackupError::WrongPassphrase)
    ));
}

#[test]
fn r21_a_backup_under_a_passphrase_that_does_not_open_the_store_is_refused_and_leaves_nothing() {
    let (_dir, mut store) = busy_store();
    let out = tempfile::tempdir().unwrap();
    let backup = out.path().join("kopie.casus");
    assert!(matches!(
        store.backup_to(&backup, "a wrong passphrase", now()),
        Err(BackupError::WrongPassphrase)
    ));
    assert_eq!(std::fs::read_dir(out.path()).unwrap().count(), 0);
    assert!(!backup_part_path(&backup).exists());
    // The store still works and a right backup follows.
    store.backup_to(&backup, PASS, now()).unwrap();
    verify_backup(&backup, PASS).unwrap();
}

#[test]
fn r21_a_backup_while_another_connection_reads_is_the_page_copy_and_passes_every_check() {
    let (dir, mut store) = busy_store();
    // Another connection in a read transaction on the last commit: the WAL cannot be
    // truncated, so the bytes of the store file alone are not the store.
    let reader = open_raw(store_path(dir.path()));
    reader.execute_batch("BEGIN").unwrap();
    let _: i64 = reader
        .query_row("SELECT count(*) FROM meetings", [], |r| r.get(0))
        .unwrap();
    let out = tempfile::tempdir().unwrap();
    let backup = out.path().join("kopie.casus");
    let check = store.backup_to(&backup, PASS, now()).unwrap();
    reader.execute_batch("ROLLBACK").unwrap();
    drop(reader);
    only_the_backup_in(out.path(), &backup);
    // The page copy: a file of its own, keyed under a new salt.
    assert_ne!(salt(&backup), salt(&store_path(dir.path())));
    assert_eq!(verify_backup(&backup, PASS).unwrap(), check);
    store.close().unwrap();
    let mut expected = rows(&store_path(dir.path()));
    for (table, n) in &mut expected {
        if table == "audit_log" {
            *n -= 1;
        }
    }
    assert_eq!(rows(&backup), expected);
}

#[test]
fn r21_a_changed_page_in_the_store_is_found_by_the_byte_copy_check_and_no_backup_is_left() {
    let (dir, store) = busy_store();
    store.close().unwrap();
    // One byte changed on the disk in a page that opening the store does not read (its
    // HMAC no longer fits): the first such page from the middle of the file on.
    let file = store_path(dir.path());
    let good = std::fs::read(&file).unwrap();
    let pages = good.len() / 4096;
    let mut store = (pages / 2..pages)
        .find_map(|page| {
            let mut bytes = good.clone();
            bytes[page * 4096 + 100] ^= 0x5a;
            std::fs::write(&file, &bytes).unwrap();
            Store::open(dir.path(), PASS).ok()
        })
        .expect("a page that opening does not read");
    let out = tempfile::tempdir().unwrap();
    let backup = out.path().join("kopie.casus");
    assert!(matches!(
        store.backup_to(&backup, PASS, now()),
        Err(BackupError::Damaged(store::BackupDamage::Cipher))
    ));
    assert_eq!(std::fs::read_dir(out.path()).unwrap().count(), 0);
}
