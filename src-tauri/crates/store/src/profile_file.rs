//! Issue 17 point 9: the files the chair picks for the organisation settings, read and
//! checked whole before anything is written: a profile file (JSON, the domain validates
//! it) and a logo (PNG or JPEG, the domain checks kind and size). Whether a picture really
//! decodes is the `docs` crate's to say; the caller passes that check in (`decodes`). The
//! shell only picks the path (a native dialog, never the web view).

use crate::StoreError;
use domain::{DomainError, ImportFault, Logo, ProfileFile, ProfileImport};
use std::io::Read;
use std::path::Path;
use texts::errors as e;

/// Larger than any real profile file (a few hundred partners fit in far less).
pub const PROFILE_FILE_MAX_BYTES: u64 = 1024 * 1024;

/// A profile file that passed every check, ready for
/// [`Store::import_organisation_profile`](crate::Store::import_organisation_profile).
#[derive(Debug, Clone)]
pub struct CheckedProfileFile {
    /// What the store imports.
    pub import: ProfileImport,
    /// How many partners the file holds.
    pub partners: u32,
}

fn refused(message: String) -> StoreError {
    StoreError::ProfileFileRefused(message)
}

/// Reads at most `max` bytes of `path`; `None` when it cannot be read, `Some(Err(len))`
/// when it is larger (nothing more is read).
fn read_capped(path: &Path, max: u64) -> Option<Result<Vec<u8>, u64>> {
    let len = std::fs::metadata(path).ok()?.len();
    if len > max {
        return Some(Err(len));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .ok()?
        .take(max.saturating_add(1))
        .read_to_end(&mut bytes)
        .ok()?;
    match u64::try_from(bytes.len()) {
        Ok(n) if n <= max => Some(Ok(bytes)),
        _ => Some(Err(max.saturating_add(1))),
    }
}

/// Reads and validates a profile file; nothing is written here. Every refusal is
/// [`StoreError::ProfileFileRefused`] with the Dutch lines for the chair: unreadable, too
/// large, not the file's shape (line and column), or each fault at its place.
pub fn read_profile_file(
    path: &Path,
    decodes: impl Fn(&Logo) -> bool,
) -> Result<CheckedProfileFile, StoreError> {
    let bytes = match read_capped(path, PROFILE_FILE_MAX_BYTES) {
        None => return Err(refused(e::PROFILE_FILE_UNREADABLE.into())),
        Some(Err(_)) => return Err(refused(e::PROFILE_FILE_TOO_LARGE.into())),
        Some(Ok(bytes)) => bytes,
    };
    let raw = String::from_utf8(bytes).map_err(|_| refused(e::PROFILE_FILE_UNREADABLE.into()))?;
    let file: ProfileFile = serde_json::from_str(&raw).map_err(|err| {
        refused(e::profile_file_shape(
            err.line(),
            err.column(),
            &err.to_string(),
        ))
    })?;
    let partners = u32::try_from(file.partners.len()).unwrap_or(u32::MAX);
    let import = domain::validate_profile_file(&file)
        .map_err(|faults| refused(e::profile_file_faults(&faults)))?;
    // The domain checked the logo's kind and size; a picture that does not decode is
    // refused too, with its place, and nothing changes.
    if import.logo.as_ref().is_some_and(|l| !decodes(l)) {
        return Err(refused(e::profile_file_faults(&[ImportFault {
            place: "organisatie.logo".into(),
            error: DomainError::LogoNotAnImage,
        }])));
    }
    Ok(CheckedProfileFile { import, partners })
}

/// Reads and checks a logo file: PNG or JPEG, at most 200 kB and 2000x2000 pixels (the
/// domain), and a picture that decodes (`decodes`). Unreadable:
/// [`StoreError::LogoUnreadable`]; the rest are the domain's faults at the logo.
pub fn read_logo_file(path: &Path, decodes: impl Fn(&Logo) -> bool) -> Result<Logo, StoreError> {
    let max = u64::try_from(domain::LOGO_MAX_BYTES).unwrap_or(u64::MAX);
    let bytes = match read_capped(path, max) {
        None => return Err(StoreError::LogoUnreadable),
        Some(Err(len)) => {
            domain::Logo::check_len(len)?;
            return Err(StoreError::LogoUnreadable);
        }
        Some(Ok(bytes)) => bytes,
    };
    let logo = Logo::parse(bytes)?;
    if !decodes(&logo) {
        return Err(DomainError::LogoNotAnImage.into());
    }
    Ok(logo)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    #[test]
    fn a_file_over_the_cap_is_not_read_and_one_at_it_is() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        std::fs::write(&path, [7u8; 10]).unwrap();
        assert_eq!(read_capped(&path, 10), Some(Ok(vec![7u8; 10])));
        assert_eq!(read_capped(&path, 9), Some(Err(10)));
        assert_eq!(read_capped(&dir.path().join("none"), 9), None);
    }
}
