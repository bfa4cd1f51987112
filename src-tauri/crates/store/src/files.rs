//! R21: files and folders only for the user. The data folder (and the config folder of
//! the witness) is 0700; every file the store writes is created new with 0600 and never
//! through a symlink (`O_CREAT | O_EXCL`, `O_NOFOLLOW`).

use crate::StoreError;
use std::path::Path;

/// Creates `dir` (and missing parents) and makes `dir` itself 0700 on Unix.
pub fn create_private_dir(dir: &Path) -> Result<(), StoreError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(StoreError::Io)?;
        let meta = std::fs::symlink_metadata(dir).map_err(StoreError::Io)?;
        if meta.is_dir() && meta.permissions().mode() & 0o077 != 0 {
            std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
                .map_err(StoreError::Io)?;
        }
        Ok(())
    }
    #[cfg(not(unix))]
    {
        std::fs::create_dir_all(dir).map_err(StoreError::Io)
    }
}

/// Opens `path` for writing as a new file: 0600, refused when anything (a symlink
/// included) already has that name.
pub fn create_private_file(path: &Path) -> Result<std::fs::File, StoreError> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600).custom_flags(libc_nofollow());
    }
    options.open(path).map_err(StoreError::Io)
}

/// `O_NOFOLLOW` (create_new already refuses an existing symlink; this is belt and braces).
#[cfg(unix)]
const fn libc_nofollow() -> i32 {
    #[cfg(target_os = "linux")]
    {
        0o400000
    }
    #[cfg(not(target_os = "linux"))]
    {
        0x0100
    }
}

/// Makes an existing file 0600 (the store and its `-wal`/`-shm`, which SQLite creates).
pub fn make_private(path: &Path) -> Result<(), StoreError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        match std::fs::symlink_metadata(path) {
            Ok(meta) if meta.is_file() && meta.permissions().mode() & 0o077 != 0 => {
                std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
                    .map_err(StoreError::Io)
            }
            Ok(_) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(StoreError::Io(e)),
        }
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        Ok(())
    }
}

/// Replaces `path` with `bytes` through a fresh `.part` file beside it (0600, never through
/// a symlink) and a rename, so a reader sees the old or the new content, never half. No
/// fsync: used for small files that may lag behind after a power cut (the audit witness:
/// it then only lags behind the store; the display preferences).
pub fn replace_private_file(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    write_through_part(path, bytes, false)
}

/// As [`replace_private_file`], with the bytes on the disk (fsync) before the rename, so a
/// crash never leaves half a file under the final name: for the files the chair saves to
/// keep (documents, reports, exports).
pub fn save_private_file(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    write_through_part(path, bytes, true)
}

fn write_through_part(path: &Path, bytes: &[u8], sync: bool) -> Result<(), StoreError> {
    use std::io::Write;
    // A stale `.part` of ours, or a link planted under that name, goes first; removing a
    // link never touches its target.
    let part = crate::backup::with_suffix(path, ".part");
    let _ = std::fs::remove_file(&part);
    let written = create_private_file(&part)
        .map_err(|e| match e {
            StoreError::Io(e) => e,
            _ => std::io::Error::other("create"),
        })
        .and_then(|mut f| {
            f.write_all(bytes)?;
            if sync {
                f.sync_data()?;
            }
            Ok(())
        })
        .and_then(|()| std::fs::rename(&part, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&part);
    }
    written.map_err(StoreError::Io)
}
