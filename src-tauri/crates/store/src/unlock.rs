//! R15 × R21: what unlocking the store means, decided once, here. The shell only calls
//! [`Store::unlock`] and keeps the store it returns.
//!
//! Order: open (the key check; a wrong passphrase is noted in [`FailedUnlocks`]), then
//! finish a destruction an earlier unlock left, then destroy what expired (R15: meetings,
//! answered rights requests, breach records past their five years) before anything can be
//! read — expired meetings made unreachable here, their rows destroyed in chunks after the
//! unlock ([`Store::destroy_pending_chunk`]), then log the failed tries since the last unlock
//! and this unlock (NEN 7513), then read the settings. If any step fails, the store is
//! closed again and the chair stays locked: expired data is never shown because its
//! destruction failed, and no unlock goes unlogged. Locking ([`Store::lock`]) logs why and
//! always closes.

use crate::rekey::passphrase_opens;
use crate::retention::Settings;
use crate::{Store, StoreError};
use chrono::{DateTime, NaiveDate, Utc};
use domain::MeetingId;
use std::path::Path;

/// When a wrong passphrase was tried since the last unlock (times only, never the input),
/// kept by the caller while the store is locked and logged at the next unlock (NEN 7513).
#[derive(Debug, Default, Clone)]
pub struct FailedUnlocks(Vec<DateTime<Utc>>);

impl FailedUnlocks {
    /// Most failed tries kept for the log until the next unlock.
    pub const KEPT: usize = 1000;

    /// Notes one failed try (beyond [`Self::KEPT`], further tries are not kept).
    pub fn note(&mut self, at: DateTime<Utc>) {
        if self.0.len() < Self::KEPT {
            self.0.push(at);
        }
    }

    /// The tries not yet logged, oldest first.
    pub fn times(&self) -> &[DateTime<Utc>] {
        &self.0
    }
}

/// An unlocked store with what the unlock did.
#[derive(Debug)]
pub struct Unlocked {
    pub store: Store,
    /// R15: the meetings destroyed at this unlock (unreachable already; their remaining
    /// rows go in chunks, see [`Store::destroy_pending_chunk`]).
    pub destroyed: Vec<MeetingId>,
    /// R15: how many meetings still wait for [`Store::destroy_pending_chunk`].
    pub destroying_left: usize,
    /// The chair's settings (the idle time of R21 among them).
    pub settings: Settings,
}

impl Store {
    /// Opens the store in `data_dir` with `passphrase` and applies R15 first. A wrong
    /// passphrase is noted in `failed`; at a successful unlock the tries in `failed` are
    /// logged before the unlock itself and `failed` is emptied. Any failure after the key
    /// check gives [`StoreError::DestructionFailed`] (or the log's or settings' error) with
    /// the store closed again.
    pub fn unlock(
        data_dir: &Path,
        passphrase: &str,
        failed: &mut FailedUnlocks,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<Unlocked, StoreError> {
        let mut store = match Store::open(data_dir, passphrase) {
            Ok(store) => store,
            Err(e) => {
                if matches!(e, StoreError::WrongPassphrase) {
                    failed.note(now);
                }
                return Err(e);
            }
        };
        // R18 × R21: a store behind its witness is refused before anything is changed.
        match store.check_witness() {
            Ok(v) if v.is_ok() => {}
            Ok(v) => {
                let _ = store.close_without_witness();
                return Err(StoreError::BehindWitness(v));
            }
            Err(e) => {
                let _ = store.close_without_witness();
                return Err(e);
            }
        }
        let (destroyed, destroying_left) = match store.destroy_all_expired(today, now) {
            Ok(done) => done,
            Err(_) => {
                let _ = store.close();
                return Err(StoreError::DestructionFailed);
            }
        };
        // NEN 7513: the failed tries since the last unlock, then this unlock.
        if let Err(e) = store.log_unlock(failed.times(), now) {
            let _ = store.close();
            return Err(e);
        }
        failed.0.clear();
        // The witness follows the destruction's audit entries at once.
        let _ = store.sync_witness();
        match store.settings() {
            Ok(settings) => Ok(Unlocked {
                store,
                destroyed,
                destroying_left,
                settings,
            }),
            Err(e) => {
                let _ = store.close();
                Err(e)
            }
        }
    }

    /// R21 × NEN 7513: closes the store at a lock (SQLCipher wipes its key), the reason
    /// logged first; a log entry that fails never keeps the store open.
    pub fn lock(
        mut self,
        reason: domain::LockReason,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let _ = self.log_access(crate::AuditKind::Locked(reason), None, now);
        self.close()
    }

    /// Closes without touching the witness files (a refused store must not move them).
    pub(crate) fn close_without_witness(self) -> Result<(), StoreError> {
        self.conn.close().map_err(|(_, e)| StoreError::Sqlite(e))
    }

    /// R15 and R20 × R15: every expired meeting, rights request and breach record. What
    /// an earlier unlock left in `destroying` (a lock, close or crash during the chunks)
    /// is destroyed first, whole; the meetings expired now are only made unreachable, their
    /// rows wait for [`Store::destroy_pending_chunk`]. The ids hidden now and how many
    /// meetings wait.
    fn destroy_all_expired(
        &mut self,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<(Vec<MeetingId>, usize), StoreError> {
        self.finish_destroying()?;
        let ids = self.hide_expired(today, now)?;
        self.destroy_expired_breaches(now)?;
        Ok((ids, self.destroying_left()?))
    }

    /// R21: whether `passphrase` opens this (already open) store: a real key check on a
    /// second, read-only connection. Unlocking an open store must still prove the
    /// passphrase; a wrong one is [`StoreError::WrongPassphrase`].
    pub fn check_passphrase(&self, passphrase: &str) -> Result<(), StoreError> {
        passphrase_opens(&self.path, passphrase)
    }
}
