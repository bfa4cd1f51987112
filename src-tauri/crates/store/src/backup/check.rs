//! R21: the checks of a backup, a byte copy just made or a file from elsewhere: every
//! page's HMAC (on every core, `pages.rs`; SQLCipher's own check judges whenever that one
//! does not say yes), SQLite's structure where the bytes are not the store's own, the store
//! id, the schema version and the audit chain (R18).

use super::{row_counts, store_id_in, sync_file, BackupCheck, BackupDamage, BackupError};
use crate::pages::PageKeys;
use crate::{check_key, open_keyed, AuditVerdict, StoreError};
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use std::path::Path;

/// Opens a backup (or any store file) read-only with `passphrase` and checks it: every
/// page's HMAC, SQLite's structure, the store id and the audit chain. Changes nothing.
pub fn verify_backup(path: &Path, passphrase: &str) -> Result<BackupCheck, BackupError> {
    if !path.is_file() {
        return Err(BackupError::Missing);
    }
    if passphrase.is_empty() {
        return Err(BackupError::WrongPassphrase);
    }
    let conn = open_keyed(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        passphrase,
    )?;
    let result = check_open(&conn, Structure::Checked);
    let _ = conn.close();
    result
}

/// Whether [`check_open`] runs SQLite's structural check (`PRAGMA integrity_check`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Structure {
    /// A file from elsewhere (a restore, `verify_backup`), or a page copy.
    Checked,
    /// A byte copy of the store that was just made: every page's HMAC proves the bytes
    /// are the ones SQLCipher wrote into the store; the structure is the store's own,
    /// checked by `casus verify` and by every restore before the copy is put in place.
    /// The rows are not counted here: the caller counts them in the store's snapshot
    /// that was copied.
    SameBytesAsStore,
}

fn check_open(conn: &Connection, structure: Structure) -> Result<BackupCheck, BackupError> {
    match check_key(conn) {
        Ok(()) => {}
        Err(StoreError::WrongPassphrase) => return Err(BackupError::WrongPassphrase),
        // Page 1 reads, but the schema pages behind it do not.
        Err(_) => return Err(BackupError::Damaged(BackupDamage::Cipher)),
    }
    if structure == Structure::Checked {
        // A cut-off or changed file shows up here first (HMAC per page, page count). A
        // byte copy's pages are checked by its caller, beside what follows.
        if !sqlcipher_pages_authentic(conn)? {
            return Err(BackupError::Damaged(BackupDamage::Cipher));
        }
        let sqlite: Vec<String> = match conn
            .prepare("PRAGMA integrity_check")
            .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        {
            Ok(rows) => rows,
            Err(_) => return Err(BackupError::Damaged(BackupDamage::Structure)),
        };
        if sqlite != ["ok"] {
            return Err(BackupError::Damaged(BackupDamage::Structure));
        }
    }
    let store_id = store_id_in(conn)?.ok_or(BackupError::NotAStore)?;
    let schema_version = crate::migrate::current_version(conn)?;
    if schema_version > crate::LATEST_SCHEMA_VERSION {
        return Err(BackupError::Store(StoreError::SchemaTooNew {
            found: schema_version,
            supported: crate::LATEST_SCHEMA_VERSION,
        }));
    }
    let audit_entries = match crate::verify_audit_log(conn)? {
        AuditVerdict::Intact { entries } => entries,
        AuditVerdict::Broken { .. } => return Err(BackupError::Damaged(BackupDamage::AuditChain)),
    };
    Ok(BackupCheck {
        store_id,
        schema_version,
        audit_entries,
        row_counts: match structure {
            Structure::Checked => row_counts(conn)?,
            Structure::SameBytesAsStore => Vec::new(),
        },
    })
}

/// SQLCipher's own check of every page's HMAC and of the page count
/// (`PRAGMA cipher_integrity_check`, one page at a time).
fn sqlcipher_pages_authentic(conn: &Connection) -> Result<bool, StoreError> {
    let problems = conn
        .prepare("PRAGMA cipher_integrity_check")?
        .query_map([], |_| Ok(()))?
        .count();
    Ok(problems == 0)
}

/// Whether the file holds exactly the pages SQLite counts, of the size the page check reads.
fn page_count_matches(conn: &Connection, part: &Path) -> Result<bool, StoreError> {
    let pages: i64 = conn.query_row("PRAGMA page_count", [], |r| r.get(0))?;
    let len = std::fs::metadata(part).map_err(StoreError::Io)?.len();
    Ok(u64::try_from(pages)
        .ok()
        .map(|p| p * crate::pages::PAGE as u64)
        == Some(len))
}

/// The cores the page check may use.
fn cores() -> usize {
    std::thread::available_parallelism().map_or(2, usize::from)
}

/// Opens the byte copy at `part` with `passphrase`, makes it one self-contained file (no
/// WAL) and checks it (see [`Structure::SameBytesAsStore`]); answers the check without row
/// counts, and the copy's audit head. The key is derived once, here, and the copy opened with
/// it (SQLCipher's raw key), so the page check needs no derivation of its own.
pub(super) fn check_byte_copy(
    part: &Path,
    passphrase: &str,
) -> Result<(BackupCheck, AuditHead), BackupError> {
    let keys = PageKeys::derive(part, passphrase)
        .map_err(StoreError::Io)?
        .ok_or(BackupError::Damaged(BackupDamage::Cipher))?;
    let conn = open_keyed(
        part,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        &keys.raw_key(),
    )?;
    let result = (|| {
        match check_key(&conn) {
            Ok(()) => {}
            Err(StoreError::WrongPassphrase) => return Err(BackupError::WrongPassphrase),
            Err(_) => return Err(BackupError::Damaged(BackupDamage::Cipher)),
        }
        // The copy carries the store's WAL flag; a backup is one self-contained file. No
        // sync of SQLite's own here: the one below writes the whole file to the disk
        // while the checks run, and the file gets its name only after both.
        conn.execute_batch("PRAGMA synchronous = OFF;")?;
        let _: String = conn.query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))?;
        // The pages are checked on every core (the file as it now is: the journal mode is
        // in page 1), beside the sync and the checks of the content on this thread.
        std::thread::scope(|scope| {
            let synced = scope.spawn(|| sync_file(part));
            let pages = scope.spawn(|| keys.all_pages_authentic(part, cores()));
            let checked = check_open(&conn, Structure::SameBytesAsStore)
                .and_then(|check| Ok((check, audit_head(&conn)?)));
            let authentic = match pages.join() {
                Ok(Ok(true)) if page_count_matches(&conn, part)? => true,
                // Not a yes: SQLCipher's own check judges (see `pages.rs`).
                _ => sqlcipher_pages_authentic(&conn)?,
            };
            synced
                .join()
                .unwrap_or(Err(StoreError::Corrupt("backup")))?;
            if !authentic {
                return Err(BackupError::Damaged(BackupDamage::Cipher));
            }
            checked
        })
    })();
    let closed = conn.close().map_err(|(_, e)| StoreError::Sqlite(e));
    let result = result?;
    closed?;
    Ok(result)
}

/// The last link of the audit chain (R18): its position and hash.
pub(super) type AuditHead = Option<(i64, Vec<u8>)>;

/// The last link of the audit chain (R18), which every change moves.
pub(super) fn audit_head(conn: &Connection) -> Result<AuditHead, StoreError> {
    Ok(conn
        .query_row("SELECT seq, hash FROM audit_head WHERE id = 1", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?)
}
