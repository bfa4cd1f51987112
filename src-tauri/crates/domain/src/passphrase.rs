//! The passphrase policy for the encrypted store (R21). The passphrase itself is never
//! stored; it only derives the key.

use crate::DomainError;

/// Minimum length of the store passphrase, in characters.
pub const PASSPHRASE_MIN_CHARS: usize = 12;

/// A hint shown while the chair types a new passphrase.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum Strength {
    /// Shorter than the minimum: refused.
    TooShort,
    /// Long enough but easy to guess.
    Weak,
    /// Reasonable.
    Fair,
    /// Strong.
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

/// How many characters of a passphrase the strength estimate looks at for repetition.
const DISTINCT_WINDOW: usize = 256;

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
    // Counted in place: collecting the characters into a set would leave an unwiped copy
    // of the passphrase's characters on the heap (R21). Only the first
    // `DISTINCT_WINDOW` characters are looked at, so a pasted megabyte costs no more
    // than a long passphrase (the count is quadratic in the window).
    let window = passphrase
        .char_indices()
        .nth(DISTINCT_WINDOW)
        .map_or(passphrase, |(end, _)| &passphrase[..end]);
    let distinct = window
        .char_indices()
        .filter(|(i, c)| !window[..*i].contains(*c))
        .count();
    let len = len.min(DISTINCT_WINDOW);

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
    fn r21_a_pasted_megabyte_is_judged_quickly() {
        let distinct: String = (0..200_000u32).filter_map(char::from_u32).collect();
        let t = std::time::Instant::now();
        assert_ne!(passphrase_strength(&distinct), Strength::TooShort);
        assert!(t.elapsed() < std::time::Duration::from_secs(2));
    }

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
