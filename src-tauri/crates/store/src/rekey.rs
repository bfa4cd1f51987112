//! R21: changing the passphrase (`sqlite3_rekey`) and checking the store file's integrity.
//!
//! The passphrases only pass through as borrowed `&str`s handed to SQLCipher by pointer
//! (`sqlite3_key`/`sqlite3_rekey`), never through a SQL string, so no unwiped copy is made
//! here; the callers keep them in `Zeroizing` buffers.

use crate::audit::{self, AuditKind, DecidedBy};
use crate::{check_key, open_keyed, Store, StoreError};
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OpenFlags};
use std::path::Path;

/// What `PRAGMA cipher_integrity_check` and `PRAGMA integrity_check` found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IntegrityReport {
    /// Pages whose HMAC does not match (tampering or damage of the encrypted file).
    pub cipher_problems: u32,
    /// Whether SQLite's own structural check answered `ok`.
    pub sqlite_ok: bool,
}

impl IntegrityReport {
    pub fn is_clean(&self) -> bool {
        self.cipher_problems == 0 && self.sqlite_ok
    }
}

/// Opens a second, read-only connection to the store file with `passphrase` and reads
/// from it: the real key check (the key derivation of that passphrase included).
pub(crate) fn passphrase_opens(path: &Path, passphrase: &str) -> Result<(), StoreError> {
    if passphrase.is_empty() {
        return Err(StoreError::WrongPassphrase);
    }
    let conn = open_keyed(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        passphrase,
    )?;
    let result = check_key(&conn);
    let _ = conn.close();
    result
}

/// R21: `passphrase` opens the store at `path` on a fresh connection AND every page
/// authenticates under it (`PRAGMA cipher_integrity_check`): SQLCipher can report success
/// on a rekey that left pages under the old key, which only a full check finds.
pub(crate) fn passphrase_verifies(path: &Path, passphrase: &str) -> Result<(), StoreError> {
    if passphrase.is_empty() {
        return Err(StoreError::WrongPassphrase);
    }
    let conn = open_keyed(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        passphrase,
    )?;
    let result = check_key(&conn).and_then(|()| {
        let problems = conn
            .prepare("PRAGMA cipher_integrity_check")?
            .query_map([], |_| Ok(()))?
            .count();
        if problems == 0 {
            Ok(())
        } else {
            Err(StoreError::Corrupt("rekey"))
        }
    });
    let _ = conn.close();
    result
}

impl Store {
    /// R21: changes the passphrase. `old` must open the store (a real key check on a
    /// second connection); a wrong one is [`StoreError::WrongPassphrase`] and nothing
    /// changes. The policy for `new` is the domain's (`check_passphrase_change`), checked
    /// by the caller. Afterwards a fresh connection proves that `new` opens the store and
    /// that every page authenticates under it.
    pub fn change_passphrase(
        &mut self,
        old: &str,
        new: &str,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        passphrase_opens(&self.path, old)?;
        if new.is_empty() {
            // SQLCipher would decrypt the file to plaintext on an empty key.
            return Err(StoreError::Invalid(
                domain::DomainError::PassphraseTooShort {
                    min: domain::PASSPHRASE_MIN_CHARS,
                },
            ));
        }
        // No frame under the old key may stay behind in the WAL.
        self.checkpoint()?;
        rekey(&self.conn, new)?;
        let tx = self.conn.transaction()?;
        audit::append(
            &tx,
            AuditKind::PassphraseChanged,
            None,
            DecidedBy::Chair,
            now,
        )?;
        tx.commit()?;
        self.checkpoint()?;
        passphrase_verifies(&self.path, new).map_err(|_| StoreError::Corrupt("rekey"))
    }

    /// `PRAGMA cipher_integrity_check` (every page's HMAC) and `PRAGMA integrity_check`.
    pub fn integrity_check(&self) -> Result<IntegrityReport, StoreError> {
        let mut stmt = self.conn.prepare("PRAGMA cipher_integrity_check")?;
        let cipher_problems = stmt.query_map([], |_| Ok(()))?.count();
        let sqlite: Vec<String> = self
            .conn
            .prepare("PRAGMA integrity_check")?
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        Ok(IntegrityReport {
            cipher_problems: u32::try_from(cipher_problems).unwrap_or(u32::MAX),
            sqlite_ok: sqlite == ["ok"],
        })
    }

    /// Copies the WAL into the store file and truncates the WAL to zero bytes.
    pub(crate) fn checkpoint(&self) -> Result<(), StoreError> {
        let busy: i64 = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
        if busy != 0 {
            return Err(StoreError::Corrupt("checkpoint"));
        }
        Ok(())
    }
}

/// Re-encrypts every page under `new` through `sqlite3_rekey` (same reasons as `set_key`).
#[allow(unsafe_code)]
fn rekey(conn: &Connection, new: &str) -> Result<(), StoreError> {
    let len = i32::try_from(new.len()).map_err(|_| StoreError::WrongPassphrase)?;
    // SAFETY: `handle()` is the live connection owned by `conn`; the pointer and length
    // describe `new`, which outlives the call; SQLCipher copies the key material.
    let rc = unsafe { rusqlite::ffi::sqlite3_rekey(conn.handle(), new.as_ptr().cast(), len) };
    if rc == rusqlite::ffi::SQLITE_OK {
        Ok(())
    } else {
        Err(StoreError::Sqlite(rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rc),
            None,
        )))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::{SeedSpec, Store, STORE_FILE_NAME};

    /// R21: after a passphrase change the app proves every page authenticates under the
    /// new key; a check that only opens the store misses a page left wrong.
    #[test]
    fn r21_the_new_passphrase_is_verified_on_every_page_not_only_by_opening() {
        let dir = tempfile::tempdir().unwrap();
        let pass = "een lang genoeg wachtwoord";
        let mut store = Store::create(dir.path(), pass).unwrap();
        store
            .seed(
                SeedSpec {
                    meetings: 20,
                    participants_per_meeting: 4,
                    subjects_per_meeting: 2,
                    items_per_meeting: 10,
                    actions_per_meeting: 2,
                    finalized: false,
                },
                7,
            )
            .unwrap();
        store.close().unwrap();
        let path = dir.path().join(STORE_FILE_NAME);
        let mut bytes = std::fs::read(&path).unwrap();
        let page = 4096;
        assert!(bytes.len() > 8 * page, "{} bytes", bytes.len());
        // The last page: written by the seeder after every migration, so it holds rows, not
        // the schema the open check reads (the schema's own pages can lie anywhere before it).
        let at = (bytes.len() / page - 1) * page + 100;
        bytes[at] ^= 0xff;
        std::fs::write(&path, &bytes).unwrap();
        assert!(
            passphrase_opens(&path, pass).is_ok(),
            "opening alone misses it"
        );
        assert!(matches!(
            passphrase_verifies(&path, pass),
            Err(StoreError::Corrupt("rekey"))
        ));
    }
}
