//! The passphrase policy for the encrypted store (R21). The passphrase itself is never
//! stored; it only derives the key.

use crate::DomainError;
use std::collections::HashSet;

/// Minimum length of the store passphrase, in characters.
pub const PASSPHRASE_MIN_CHARS: usize = 12;

/// A hint shown while the chair types a new passphrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    TooShort,
    Weak,
    Fair,
    Strong,
}

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

/// A rough strength hint: length counts most, then variety of character classes;
/// few distinct characters (e.g. `aaaaaaaaaaaa`) weaken it.
pub fn passphrase_strength(passphrase: &str) -> Strength {
    let len = passphrase.chars().count();
    if len < PASSPHRASE_MIN_CHARS {
        return Strength::TooShort;
    }
    let classes = [
        passphrase.chars().any(|c| c.is_lowercase()),
        passphrase.chars().any(|c| c.is_uppercase()),
        passphrase.chars().any(|c| c.is_numeric()),
        passphrase.chars().any(|c| !c.is_alphanumeric()),
    ]
    .into_iter()
    .filter(|has| *has)
    .count();
    let distinct = passphrase.chars().collect::<HashSet<_>>().len();

    let mut score: i32 = match len {
        0..=15 => 1,
        16..=19 => 2,
        _ => 3,
    };
    if classes >= 3 {
        score += 1;
    }
    if distinct < 6 || distinct * 3 < len {
        score -= 2;
    }
    match score {
        i32::MIN..=1 => Strength::Weak,
        2 => Strength::Fair,
        _ => Strength::Strong,
    }
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
    fn strength_hint_orders_sensible_examples() {
        assert_eq!(passphrase_strength("kort"), Strength::TooShort);
        assert_eq!(passphrase_strength("aaaaaaaaaaaaaaaa"), Strength::Weak);
        assert_eq!(passphrase_strength("wachtwoord12"), Strength::Weak);
        assert_eq!(passphrase_strength("fiets boom wolk"), Strength::Weak);
        assert_eq!(passphrase_strength("fiets boom wolk zee"), Strength::Fair);
        assert_eq!(
            passphrase_strength("Fiets-boom-wolk-zee-42"),
            Strength::Strong
        );
    }
}
