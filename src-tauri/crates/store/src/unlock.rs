//! R15 × R21: what unlocking the store means, decided once, here. The shell only calls
//! [`Store::unlock`] and keeps the store it returns.
//!
//! Order: open (the key check), then destroy what expired (R15: meetings, answered rights
//! requests, breach records past their five years) before anything can be read, then read
//! the settings. If any step fails, the store is closed again and the chair stays locked:
//! expired data is never shown because its destruction failed.

use crate::rekey::passphrase_opens;
use crate::retention::Settings;
use crate::{Store, StoreError};
use chrono::{DateTime, NaiveDate, Utc};
use domain::MeetingId;
use std::path::Path;

/// An unlocked store with what the unlock did.
#[derive(Debug)]
pub struct Unlocked {
    pub store: Store,
    /// R15: the meetings destroyed at this unlock.
    pub destroyed: Vec<MeetingId>,
    /// The chair's settings (the idle time of R21 among them).
    pub settings: Settings,
}

impl Store {
    /// Opens the store in `data_dir` with `passphrase` and applies R15 first. Any failure
    /// after the key check gives [`StoreError::DestructionFailed`] (or the settings' error)
    /// with the store closed again.
    pub fn unlock(
        data_dir: &Path,
        passphrase: &str,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<Unlocked, StoreError> {
        let mut store = Store::open(data_dir, passphrase)?;
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
        let destroyed = match store.destroy_all_expired(today, now) {
            Ok(ids) => ids,
            Err(_) => {
                let _ = store.close();
                return Err(StoreError::DestructionFailed);
            }
        };
        // The witness follows the destruction's audit entries at once.
        let _ = store.sync_witness();
        match store.settings() {
            Ok(settings) => Ok(Unlocked {
                store,
                destroyed,
                settings,
            }),
            Err(e) => {
                let _ = store.close();
                Err(e)
            }
        }
    }

    /// Closes without touching the witness files (a refused store must not move them).
    pub(crate) fn close_without_witness(self) -> Result<(), StoreError> {
        self.conn.close().map_err(|(_, e)| StoreError::Sqlite(e))
    }

    /// R15 and R20 × R15: every expired meeting, rights request and breach record.
    fn destroy_all_expired(
        &mut self,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<Vec<MeetingId>, StoreError> {
        let ids = self.destroy_expired(today, now)?;
        self.destroy_expired_breaches(now)?;
        Ok(ids)
    }

    /// R21: whether `passphrase` opens this (already open) store: a real key check on a
    /// second, read-only connection. Unlocking an open store must still prove the
    /// passphrase; a wrong one is [`StoreError::WrongPassphrase`].
    pub fn check_passphrase(&self, passphrase: &str) -> Result<(), StoreError> {
        passphrase_opens(&self.path, passphrase)
    }
}
