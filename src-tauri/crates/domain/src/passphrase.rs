//! The passphrase policy for the encrypted store (R21). The passphrase itself is never
//! stored; it only derives the key. How strong a new passphrase looks is advice the page
//! computes itself (zxcvbn-ts), so the passphrase crosses IPC only when it is submitted;
//! the policy below is what is enforced.

use crate::DomainError;

/// Minimum length of the store passphrase, in characters.
pub const PASSPHRASE_MIN_CHARS: usize = 12;

/// The passphrase is long enough and typed the same twice.
pub fn check_new_passphrase(passphrase: &str, confirmation: &str) -> Result<(), DomainError> {
    if passphrase.chars().count() < PASSPHRASE_MIN_CHARS {
        return Err(DomainError::PassphraseTooShort {
            min: PASSPHRASE_MIN_CHARS,
        });
    }
    if passphrase != confirmation {
        return Err(DomainError::PassphraseMismatch);
    }
    Ok(())
}

/// R21: changing the passphrase: the new one follows the policy of a new passphrase and
/// differs from the current one. (Whether `old` is right is checked by the store with a
/// real key check, not here.)
pub fn check_passphrase_change(
    old: &str,
    new: &str,
    confirmation: &str,
) -> Result<(), DomainError> {
    check_new_passphrase(new, confirmation)?;
    if old == new {
        return Err(DomainError::PassphraseUnchanged);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn r21_passphrase_needs_twelve_characters() {
        assert_eq!(
            check_new_passphrase("elf tekens!", "elf tekens!"),
            Err(DomainError::PassphraseTooShort { min: 12 })
        );
        assert!(check_new_passphrase("twaalf teken", "twaalf teken").is_ok());
        // Characters, not bytes: 12 accented letters are enough.
        assert!(check_new_passphrase(&"é".repeat(12), &"é".repeat(12)).is_ok());
    }

    #[test]
    fn r21_passphrase_must_be_typed_twice_the_same() {
        assert_eq!(
            check_new_passphrase("correct horse battery", "correct horse batterY"),
            Err(DomainError::PassphraseMismatch)
        );
    }

    #[test]
    fn r21_passphrase_change_needs_a_different_valid_new_passphrase() {
        let old = "correct horse battery staple";
        assert_eq!(
            check_passphrase_change(old, old, old),
            Err(DomainError::PassphraseUnchanged)
        );
        assert_eq!(
            check_passphrase_change(old, "kort", "kort"),
            Err(DomainError::PassphraseTooShort { min: 12 })
        );
        assert_eq!(
            check_passphrase_change(old, "een nieuw wachtwoord", "een nieuw wachtwoorD"),
            Err(DomainError::PassphraseMismatch)
        );
        assert!(
            check_passphrase_change(old, "een nieuw wachtwoord", "een nieuw wachtwoord").is_ok()
        );
    }
}
