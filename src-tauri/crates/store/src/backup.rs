//! R21: encrypted backups for the admin tool `casus`.
//!
//! A backup is the store file's own bytes: SQLCipher derives the key from the passphrase
//! and the salt in the file's first 16 bytes, so a byte copy is exactly as encrypted as the
//! store and opens with the passphrase the store had when the backup was made. The WAL is
//! checkpointed first and the file copied while a read transaction keeps every checkpoint
//! out of it (see `Store::copy_file`). The copy is written to `<file>.part`, switched to a
//! self-contained file (no WAL), opened again with the passphrase and checked (every page's
//! HMAC, the length, the store id, the audit chain and its head against the store's) and
//! only then renamed to `<file>`. The pages are checked on every core (`pages.rs`,
//! engineering §9); SQLCipher's own check judges whenever that check does not say yes. SQLite's structural check is not run on a byte copy: its
//! pages are the store's, authenticated one by one; `casus verify` checks the structure of
//! the store, and a restore checks the backup's before it is put in place.
//!
//! When another connection keeps the WAL from emptying (the app open and reading), the
//! backup falls back to a page copy (SQLite's online backup API into a new file keyed with
//! the same passphrase) with the full check, structure included. Restoring lives in
//! `restore.rs`.

mod check;

use crate::audit::{self, AuditKind, DecidedBy};
use crate::{open_keyed, Store, StoreError};
pub use check::verify_backup;
use check::{audit_head, check_byte_copy};
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use std::path::{Path, PathBuf};

/// Why a backup or restore was refused. Never carries personal data or file contents.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    /// Wrong passphrase, or the file is not a SQLCipher file (page 1 damaged or cut off);
    /// SQLCipher cannot tell the two apart.
    #[error("wrong passphrase or not an encrypted store")]
    WrongPassphrase,
    #[error("the backup file does not exist")]
    Missing,
    #[error("the target file exists already")]
    TargetExists,
    #[error("the backup is damaged: {0:?}")]
    Damaged(BackupDamage),
    /// The file opens but is not a store of this app (no store id).
    #[error("not a backup of a Casusoverleg store")]
    NotAStore,
    /// The backup was made of another store (a different store id).
    #[error("the backup belongs to another store")]
    OtherStore,
    /// The current store does not open with the backup's passphrase, so the store id
    /// cannot be compared.
    #[error("the current store does not open with this passphrase")]
    CurrentStoreLocked,
    /// A `.voor-herstel` copy of an earlier, unfinished restore is still there.
    #[error("an earlier restore left its copy behind")]
    LeftoverFromEarlierRestore,
    /// The written copy differs from the store (row counts).
    #[error("the copy does not match the store")]
    CopyMismatch,
    #[error(transparent)]
    Store(StoreError),
}

impl From<StoreError> for BackupError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::WrongPassphrase => BackupError::WrongPassphrase,
            e => BackupError::Store(e),
        }
    }
}

impl From<rusqlite::Error> for BackupError {
    fn from(e: rusqlite::Error) -> Self {
        BackupError::from(StoreError::from(e))
    }
}

/// What the checks of a backup found wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackupDamage {
    /// Pages whose HMAC does not match (changed bytes) or a cut-off file.
    Cipher,
    /// SQLite's structural check failed.
    Structure,
    /// The audit chain is broken (R18).
    AuditChain,
}

/// What a verified backup holds: enough to compare, nothing personal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupCheck {
    /// The random id of the store the backup was made of (migration 0012).
    pub store_id: String,
    pub schema_version: u32,
    pub audit_entries: u64,
    /// Rows per table, by table name, sorted by name.
    pub row_counts: Vec<(String, i64)>,
}

/// The row count of every table (not SQLite's internal ones), sorted by table name.
pub(crate) fn row_counts(conn: &Connection) -> Result<Vec<(String, i64)>, StoreError> {
    let tables: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_master
             WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )?
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let mut out = Vec::with_capacity(tables.len());
    for t in tables {
        let n: i64 = conn.query_row(
            &format!("SELECT count(*) FROM \"{}\"", t.replace('"', "\"\"")),
            [],
            |r| r.get(0),
        )?;
        out.push((t, n));
    }
    Ok(out)
}

pub(crate) fn store_id_in(conn: &Connection) -> Result<Option<String>, StoreError> {
    let has_table: bool = conn.query_row(
        "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'store_meta'",
        [],
        |r| r.get(0),
    )?;
    if !has_table {
        return Ok(None);
    }
    Ok(conn
        .query_row("SELECT store_id FROM store_meta WHERE id = 1", [], |r| {
            r.get(0)
        })
        .optional()?)
}

/// `<path>` with `suffix` appended to the file name (`x.db` → `x.db.part`).
pub(crate) fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

/// Flushes a file's bytes to the disk.
pub(crate) fn sync_file(path: &Path) -> Result<(), StoreError> {
    std::fs::File::open(path)
        .and_then(|f| f.sync_all())
        .map_err(StoreError::Io)
}

/// Flushes a directory entry change (a rename) to the disk; a no-op where directories
/// cannot be opened (Windows).
pub(crate) fn sync_dir(path: &Path) {
    if let Some(dir) = path.parent() {
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
    }
}

/// What [`Store::copy_file`] did.
enum Copied {
    /// The byte copy was made and passed its checks.
    Verified(BackupCheck),
    /// Another connection kept the WAL from emptying; nothing was written.
    StoreBusy,
}

/// Where [`Store::backup_to`] writes before the checks: `<target>.part`.
pub fn backup_part_path(target: &Path) -> PathBuf {
    with_suffix(target, ".part")
}

impl Store {
    /// The store's random id (migration 0012).
    pub fn store_id(&self) -> Result<String, StoreError> {
        store_id_in(&self.conn)?.ok_or(StoreError::Corrupt("store id"))
    }

    /// R21: writes a verified, encrypted backup to `target`, keyed with `passphrase`
    /// (which must open this store). `target` must not exist. The copy goes to
    /// `<target>.part` first and is renamed only after the checks; on any failure nothing
    /// is left behind. Records `backup_made` in the audit log.
    pub fn backup_to(
        &mut self,
        target: &Path,
        passphrase: &str,
        now: DateTime<Utc>,
    ) -> Result<BackupCheck, BackupError> {
        // R18 × R21: the witness files stand at the head before the store is copied.
        let _ = self.flush_witness();
        let part = backup_part_path(target);
        if target.exists() || part.exists() {
            return Err(BackupError::TargetExists);
        }
        // The file is made here (create_new, 0600, no symlink followed), so a file
        // appearing meanwhile is not replaced (R21: only for the user).
        let out = crate::files::create_private_file(&part).map_err(|e| match e {
            StoreError::Io(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                BackupError::TargetExists
            }
            e => BackupError::Store(e),
        })?;
        let result = match self.copy_file(out, &part, passphrase) {
            Ok(Copied::Verified(check)) => Ok(check),
            // Another connection reads or writes the store: the page copy, which keeps
            // its own snapshot whatever the others do.
            Ok(Copied::StoreBusy) => self.page_copy(&part, passphrase),
            Err(e) => Err(e),
        }
        .and_then(|check| {
            sync_file(&part)?;
            move_no_clobber(&part, target)?;
            sync_dir(target);
            Ok(check)
        });
        match result {
            Ok(check) => {
                let tx = self.conn.transaction()?;
                audit::append(&tx, AuditKind::BackupMade, None, DecidedBy::Chair, now)?;
                tx.commit()?;
                Ok(check)
            }
            Err(e) => {
                for suffix in ["", "-wal", "-shm", "-journal"] {
                    let _ = std::fs::remove_file(with_suffix(&part, suffix));
                }
                Err(e)
            }
        }
    }

    /// The byte copy: the store file as it is on disk, copied while nothing can change it,
    /// then opened with `passphrase` and checked. SQLCipher derives the key from the
    /// passphrase and the salt in the file's first 16 bytes, so the copy opens with the
    /// passphrase that opens the store, and a wrong one is found by the same key check.
    ///
    /// Why the file cannot change while it is copied: the WAL is first checkpointed into
    /// the file and truncated; then a read transaction starts. If the WAL is still empty
    /// once it has started, the snapshot is the main file alone and the transaction holds
    /// SQLite's read lock 0, which stops every checkpoint (of any connection or process)
    /// from writing into the main file until it ends; writers only append to the WAL.
    /// When another connection keeps the WAL from emptying, the answer is
    /// [`Copied::StoreBusy`] and nothing has been written yet.
    fn copy_file(
        &self,
        mut out: std::fs::File,
        part: &Path,
        passphrase: &str,
    ) -> Result<Copied, BackupError> {
        match self.checkpoint() {
            Ok(()) => {}
            Err(StoreError::Corrupt("checkpoint")) => return Ok(Copied::StoreBusy),
            Err(e) => return Err(e.into()),
        }
        let tx = self.conn.unchecked_transaction()?;
        // The first read starts the snapshot; the audit head pins what it holds (R18:
        // every change appends to the chain).
        let head = audit_head(&tx)?;
        let wal = with_suffix(&self.path, "-wal");
        let wal_len = match std::fs::metadata(&wal) {
            Ok(m) => m.len(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => 0,
            Err(e) => return Err(BackupError::Store(StoreError::Io(e))),
        };
        if wal_len != 0 {
            return Ok(Copied::StoreBusy);
        }
        let mut src = std::fs::File::open(&self.path).map_err(StoreError::Io)?;
        let len = src.metadata().map_err(StoreError::Io)?.len();
        // The copy and its checks run on a second thread, beside the row count of the
        // same snapshot on this one (the copy holds the same bytes, so the same rows):
        // the count's time hides behind the copy's HMAC check.
        let (counts, copy) = std::thread::scope(|scope| {
            let worker = scope.spawn(move || {
                let copied = std::io::copy(&mut src, &mut out).map_err(StoreError::Io)?;
                drop(out);
                if copied != len {
                    return Err(BackupError::CopyMismatch);
                }
                check_byte_copy(part, passphrase)
            });
            let counts = row_counts(&tx);
            let copy = worker
                .join()
                .unwrap_or(Err(BackupError::Store(StoreError::Corrupt("backup"))));
            (counts, copy)
        });
        // Only now may checkpoints write into the store file again.
        tx.rollback()?;
        let (mut check, copy_head) = copy?;
        check.row_counts = counts?;
        let copied_len = std::fs::metadata(part).map_err(StoreError::Io)?.len();
        if copied_len != len || check.store_id != self.store_id()? || copy_head != head {
            return Err(BackupError::CopyMismatch);
        }
        Ok(Copied::Verified(check))
    }

    /// The page copy (SQLite's online backup API into a new file keyed with
    /// `passphrase`), then the full check of the copy. For a store that other connections
    /// keep busy.
    fn page_copy(&self, part: &Path, passphrase: &str) -> Result<BackupCheck, BackupError> {
        crate::rekey::passphrase_opens(&self.path, passphrase)?;
        let counts = self.write_copy(part, passphrase)?;
        sync_file(part)?;
        let check = verify_backup(part, passphrase)?;
        if check.row_counts != counts || check.store_id != self.store_id()? {
            return Err(BackupError::CopyMismatch);
        }
        Ok(check)
    }

    /// Copies every page into `part` within one read transaction; returns the row counts
    /// of that same snapshot.
    fn write_copy(&self, part: &Path, passphrase: &str) -> Result<Vec<(String, i64)>, BackupError> {
        let tx = self.conn.unchecked_transaction()?;
        let counts = row_counts(&tx)?;
        let mut dst = open_keyed(
            part,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            passphrase,
        )?;
        {
            let backup = rusqlite::backup::Backup::new(&self.conn, &mut dst)?;
            backup.step(-1)?;
        }
        // The copy carries the store's WAL flag; a backup is one self-contained file.
        let _: String = dst.query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))?;
        dst.close().map_err(|(_, e)| StoreError::Sqlite(e))?;
        tx.rollback()?;
        Ok(counts)
    }
}

/// Renames `from` to `to` without replacing a file that appeared at `to` meanwhile: a hard
/// link fails if `to` exists; where links are not supported (FAT/exFAT USB sticks) it
/// falls back to a checked rename.
pub(crate) fn move_no_clobber(from: &Path, to: &Path) -> Result<(), BackupError> {
    match std::fs::hard_link(from, to) {
        Ok(()) => std::fs::remove_file(from).map_err(|e| BackupError::Store(StoreError::Io(e))),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(BackupError::TargetExists),
        Err(_) => {
            if to.exists() {
                return Err(BackupError::TargetExists);
            }
            std::fs::rename(from, to).map_err(|e| BackupError::Store(StoreError::Io(e)))
        }
    }
}
