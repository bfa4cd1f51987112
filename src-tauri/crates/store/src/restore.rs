//! R21: putting a backup in place of the store (`casus restore`).
//!
//! Order: take the exclusive lock (refused while the app has the store open), verify the
//! backup, compare store ids (a backup of another store is refused unless forced), copy the
//! backup beside the store and verify the copy, move the current store aside to
//! `casusoverleg.db.voor-herstel`, rename the copy into place, open it (migrations run) and
//! record `store_restored`. Only then is the old store removed; on any failure the old
//! store is put back. A refusal before the swap changes nothing at all.

use crate::audit::{self, AuditKind, DecidedBy};
use crate::backup::{
    move_no_clobber, store_id_in, sync_dir, sync_file, verify_backup, with_suffix, BackupCheck,
    BackupError,
};
use crate::{check_key, open_keyed, store_path, Store, StoreError, StoreLock};
use chrono::{DateTime, Utc};
use rusqlite::OpenFlags;
use std::path::{Path, PathBuf};

/// Suffix of the store file kept aside during a restore.
pub const ASIDE_SUFFIX: &str = ".voor-herstel";
const STAGING_SUFFIX: &str = ".herstel.part";
const SIDE_FILES: [&str; 3] = ["", "-wal", "-shm"];

/// What a restore did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RestoreOutcome {
    pub check: BackupCheck,
    /// Whether a store was there before (and has now been replaced).
    pub replaced_existing: bool,
    /// Whether the store ids differed (only possible with `force`).
    pub other_store: bool,
}

/// The id of the current store, opened with `passphrase` on a plain connection (the caller
/// holds the exclusive lock). Also folds the WAL into the file, so the store is one file.
fn current_store_id(path: &Path, passphrase: &str) -> Result<Option<String>, StoreError> {
    let conn = open_keyed(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        passphrase,
    )?;
    let result = check_key(&conn).and_then(|()| {
        let _ = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
        store_id_in(&conn)
    });
    let _ = conn.close();
    result
}

/// R21: replaces the store in `data_dir` by the backup at `backup`, which must open with
/// `passphrase`. See the module docs for the order of steps.
pub fn restore(
    data_dir: &Path,
    backup: &Path,
    passphrase: &str,
    force: bool,
    now: DateTime<Utc>,
) -> Result<RestoreOutcome, BackupError> {
    let check = verify_backup(backup, passphrase)?;
    std::fs::create_dir_all(data_dir).map_err(StoreError::Io)?;
    let live = store_path(data_dir);
    let lock = StoreLock::exclusive(&live)?;
    let aside = with_suffix(&live, ASIDE_SUFFIX);
    if SIDE_FILES.iter().any(|s| with_suffix(&aside, s).exists()) {
        return Err(BackupError::LeftoverFromEarlierRestore);
    }
    let replaced_existing = live.is_file();
    let mut other_store = false;
    if replaced_existing {
        match current_store_id(&live, passphrase) {
            Ok(id) => other_store = id.as_deref() != Some(check.store_id.as_str()),
            Err(StoreError::WrongPassphrase) if force => other_store = true,
            Err(StoreError::WrongPassphrase) => return Err(BackupError::CurrentStoreLocked),
            Err(e) => return Err(e.into()),
        }
        if other_store && !force {
            return Err(BackupError::OtherStore);
        }
    }
    let staging = with_suffix(&live, STAGING_SUFFIX);
    // Our own name: a copy left by a crashed restore is only a copy of a backup.
    let _ = std::fs::remove_file(&staging);
    let staged = std::fs::copy(backup, &staging)
        .map_err(StoreError::Io)
        .map_err(BackupError::from)
        .and_then(|_| Ok(sync_file(&staging)?))
        .and_then(|()| verify_backup(&staging, passphrase))
        .and_then(|copy| {
            if copy == check {
                Ok(())
            } else {
                Err(BackupError::CopyMismatch)
            }
        });
    if let Err(e) = staged {
        let _ = std::fs::remove_file(&staging);
        return Err(e);
    }
    let moved = move_aside(&live, &aside);
    if let Err(e) = moved {
        let _ = std::fs::remove_file(&staging);
        put_back(&live, &aside);
        return Err(e);
    }
    let swapped = move_no_clobber(&staging, &live).and_then(|()| {
        sync_dir(&live);
        let mut store = Store::open_path(&live, Some(passphrase), false, None)?;
        let tx = store.conn.transaction().map_err(StoreError::from)?;
        audit::append(&tx, AuditKind::StoreRestored, None, DecidedBy::Chair, now)?;
        tx.commit().map_err(StoreError::from)?;
        // R18 × R21: the restored store is the witnessed one from now on, on purpose.
        store.move_witness_here()?;
        store.close()?;
        Ok(())
    });
    match swapped {
        Ok(()) => {
            for s in SIDE_FILES {
                let _ = std::fs::remove_file(with_suffix(&aside, s));
            }
            sync_dir(&live);
            drop(lock);
            Ok(RestoreOutcome {
                check,
                replaced_existing,
                other_store,
            })
        }
        Err(e) => {
            let _ = std::fs::remove_file(&staging);
            for s in SIDE_FILES {
                let _ = std::fs::remove_file(with_suffix(&live, s));
            }
            put_back(&live, &aside);
            Err(e)
        }
    }
}

/// Moves the store file (and a WAL/SHM, if any) to the `.voor-herstel` names.
fn move_aside(live: &Path, aside: &Path) -> Result<(), BackupError> {
    for s in SIDE_FILES {
        let from = with_suffix(live, s);
        if from.exists() {
            std::fs::rename(&from, with_suffix(aside, s)).map_err(StoreError::Io)?;
        }
    }
    sync_dir(live);
    Ok(())
}

/// Undoes [`move_aside`] after a failed swap.
fn put_back(live: &Path, aside: &Path) {
    for s in SIDE_FILES {
        let from: PathBuf = with_suffix(aside, s);
        if from.exists() {
            let _ = std::fs::rename(&from, with_suffix(live, s));
        }
    }
    sync_dir(live);
}
