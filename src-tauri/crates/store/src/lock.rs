//! An advisory lock beside the store file (`casusoverleg.db.lock`), so the admin tool never
//! swaps the store under a running app (R21). Every open [`crate::Store`] holds a shared
//! lock; `casus restore` takes the exclusive one, which fails while any store is open.
//! The OS drops the lock when the process ends, also after a crash. The lock file is empty
//! and stays; removing it would race with the next opener.

use crate::StoreError;
use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

/// Held while the store is in use; dropping it releases the lock.
#[derive(Debug)]
pub struct StoreLock {
    _file: File,
}

/// The lock file of a store file.
pub fn lock_path(store_file: &Path) -> PathBuf {
    let mut name = store_file.as_os_str().to_owned();
    name.push(".lock");
    PathBuf::from(name)
}

fn open_lock_file(store_file: &Path) -> Result<File, StoreError> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        // R21: only for the user (the lock file is empty, but stays).
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(lock_path(store_file)).map_err(StoreError::Io)
}

impl StoreLock {
    /// A shared lock: any number of openers, but no restore at the same time.
    pub(crate) fn shared(store_file: &Path) -> Result<Self, StoreError> {
        let file = open_lock_file(store_file)?;
        match file.try_lock_shared() {
            Ok(()) => Ok(Self { _file: file }),
            Err(TryLockError::WouldBlock) => Err(StoreError::InUse),
            Err(TryLockError::Error(e)) => Err(StoreError::Io(e)),
        }
    }

    /// The exclusive lock: only when no one has the store open (the app included).
    pub fn exclusive(store_file: &Path) -> Result<Self, StoreError> {
        let file = open_lock_file(store_file)?;
        match file.try_lock() {
            Ok(()) => Ok(Self { _file: file }),
            Err(TryLockError::WouldBlock) => Err(StoreError::InUse),
            Err(TryLockError::Error(e)) => Err(StoreError::Io(e)),
        }
    }
}
