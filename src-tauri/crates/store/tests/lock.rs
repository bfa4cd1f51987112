//! R21: the advisory lock beside the store file. Any number of open stores share it; the
//! admin tool's restore needs it exclusively, so it never swaps a store that is open.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::*;
use store::{lock_path, store_path, Store, StoreError, StoreLock};

#[test]
fn r21_open_stores_share_the_lock_and_block_the_exclusive_one() {
    let (dir, first) = new_store();
    let path = store_path(dir.path());
    assert!(lock_path(&path).is_file());
    // A second opener (the admin tool's verify or backup next to the app) is fine.
    let second = Store::open(dir.path(), PASS).unwrap();
    assert!(matches!(
        StoreLock::exclusive(&path),
        Err(StoreError::InUse)
    ));
    second.close().unwrap();
    assert!(matches!(
        StoreLock::exclusive(&path),
        Err(StoreError::InUse)
    ));
    first.close().unwrap();
    // Closed everywhere: a restore may take it, and then nobody opens the store meanwhile.
    let lock = StoreLock::exclusive(&path).unwrap();
    assert!(matches!(
        Store::open(dir.path(), PASS),
        Err(StoreError::InUse)
    ));
    drop(lock);
    Store::open(dir.path(), PASS).unwrap().close().unwrap();
}

#[test]
fn store_id_is_random_per_store_and_stable_across_opens() {
    let (a_dir, a) = new_store();
    let (_b_dir, b) = new_store();
    let id = a.store_id().unwrap();
    assert_eq!(id.len(), 32);
    assert_ne!(id, b.store_id().unwrap());
    a.close().unwrap();
    let again = Store::open(a_dir.path(), PASS).unwrap();
    assert_eq!(again.store_id().unwrap(), id);
}

#[test]
fn unlock_destroys_what_expired_and_an_open_store_still_checks_the_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::create(dir.path(), "een lang genoeg wachtwoord").unwrap();
    assert!(matches!(
        store.check_passphrase("niet het goede wachtwoord"),
        Err(StoreError::WrongPassphrase)
    ));
    assert!(matches!(
        store.check_passphrase(""),
        Err(StoreError::WrongPassphrase)
    ));
    store
        .check_passphrase("een lang genoeg wachtwoord")
        .unwrap();
    store.close().unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 4).unwrap();
    assert!(matches!(
        Store::unlock(
            dir.path(),
            "fout fout fout fout",
            &mut store::FailedUnlocks::default(),
            today,
            chrono::Utc::now(),
        ),
        Err(StoreError::WrongPassphrase)
    ));
    let unlocked = Store::unlock(
        dir.path(),
        "een lang genoeg wachtwoord",
        &mut store::FailedUnlocks::default(),
        today,
        chrono::Utc::now(),
    )
    .unwrap();
    assert!(unlocked.destroyed.is_empty());
    unlocked.store.close().unwrap();
}

#[test]
fn unlock_logs_the_failed_tries_before_the_unlock_and_forgets_them_once_logged() {
    let dir = tempfile::tempdir().unwrap();
    Store::create(dir.path(), "een lang genoeg wachtwoord")
        .unwrap()
        .close()
        .unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 4).unwrap();
    let mut failed = store::FailedUnlocks::default();
    for _ in 0..2 {
        assert!(matches!(
            Store::unlock(
                dir.path(),
                "fout fout fout fout",
                &mut failed,
                today,
                chrono::Utc::now()
            ),
            Err(StoreError::WrongPassphrase)
        ));
    }
    assert_eq!(failed.times().len(), 2);
    let unlocked = Store::unlock(
        dir.path(),
        "een lang genoeg wachtwoord",
        &mut failed,
        today,
        chrono::Utc::now(),
    )
    .unwrap();
    assert!(failed.times().is_empty());
    let kinds: Vec<String> = unlocked
        .store
        .audit_entries(&store::AuditFilter::default())
        .unwrap()
        .into_iter()
        .map(|e| e.kind)
        .filter(|k| k.starts_with("unlock"))
        .collect();
    assert_eq!(kinds, ["unlock_failed", "unlock_failed", "unlocked"]);
    unlocked.store.close().unwrap();
}

#[test]
fn r21_a_lock_logs_why_and_closes_the_store() {
    let (dir, store) = new_store();
    let before = store.audit_len().unwrap();
    // Closed: the lock beside the file is free again.
    store.lock(domain::LockReason::Idle, now()).unwrap();
    let path = store_path(dir.path());
    drop(StoreLock::exclusive(&path).unwrap());
    let reopened = Store::open(dir.path(), PASS).unwrap();
    assert_eq!(reopened.audit_len().unwrap(), before + 1);
    let all = reopened
        .audit_entries(&store::AuditFilter::default())
        .unwrap();
    assert_eq!(all.last().unwrap().kind, "locked_idle");
}
