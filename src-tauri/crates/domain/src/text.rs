//! Validated text: parse once at the edge, then trust the type.

use crate::{DomainError, Field};
use serde::Serialize;
use std::fmt;

// On the wire and in the UI's TypeScript a validated text is a plain string.
#[cfg(feature = "ts")]
ts_as!(Label, Prose => String);

/// Longest single-line label (names, organisations, case labels), in characters.
pub const LABEL_MAX_CHARS: usize = 200;

/// A single-line text: trimmed, non-empty, at most [`LABEL_MAX_CHARS`] characters, no
/// control characters. Any script, emoji, quotes or SQL metacharacters are kept verbatim.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Label(String);

impl Label {
    /// Parses a one-line text of `field`: trimmed, not empty, at most [`LABEL_MAX_CHARS`] characters, no control characters.
    pub fn parse(raw: &str, field: Field) -> Result<Self, DomainError> {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            return Err(DomainError::Empty { field });
        }
        if trimmed.chars().count() > LABEL_MAX_CHARS {
            return Err(DomainError::TooLong {
                field,
                max: LABEL_MAX_CHARS,
            });
        }
        if trimmed.chars().any(char::is_control) {
            return Err(DomainError::ControlCharacters { field });
        }
        Ok(Self(trimmed.to_owned()))
    }

    /// Parses an optional field: empty or whitespace-only means "not given".
    pub fn parse_optional(raw: &str, field: Field) -> Result<Option<Self>, DomainError> {
        if raw.trim().is_empty() {
            Ok(None)
        } else {
            Self::parse(raw, field).map(Some)
        }
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Multi-line text (an item, a purpose), stored exactly as typed: not trimmed, but never
/// empty or whitespace-only, at most `max` characters, and no control characters other
/// than line breaks and tabs.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Prose(String);

impl Prose {
    /// Parses a multi-line text of `field`, kept as typed: not blank, at most `max` characters, no control characters but line breaks and tabs.
    pub fn parse(raw: &str, field: Field, max: usize) -> Result<Self, DomainError> {
        if raw.trim().is_empty() {
            return Err(DomainError::Empty { field });
        }
        if raw.chars().count() > max {
            return Err(DomainError::TooLong { field, max });
        }
        if raw
            .chars()
            .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        {
            return Err(DomainError::ControlCharacters { field });
        }
        Ok(Self(raw.to_owned()))
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Prose {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A required motivation has at least this many characters (trimmed).
pub const MOTIVATION_MIN_CHARS: usize = 20;
/// A required motivation has at least this many words.
pub const MOTIVATION_MIN_WORDS: usize = 4;

/// R7c and every other required motivation (seed 001 position 2 and 4: "motiveren wij
/// onze handelwijze", "moet altijd gemotiveerd worden"; seed 004 art. 6.4e): a written
/// reason a reader can follow, so a real sentence, not "." or "ok". Checked here, once, for
/// every motivation the rules require: at least [`MOTIVATION_MIN_CHARS`] characters and
/// [`MOTIVATION_MIN_WORDS`] words (a word has at least one letter or digit).
pub fn check_motivation(text: &str, field: Field) -> Result<(), DomainError> {
    let trimmed = text.trim();
    let words = trimmed
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count();
    if trimmed.chars().count() < MOTIVATION_MIN_CHARS || words < MOTIVATION_MIN_WORDS {
        Err(DomainError::MotivationTooShort { field })
    } else {
        Ok(())
    }
}

/// Parses a required motivation: valid [`Prose`] of at most `max` characters that passes
/// [`check_motivation`]. Empty input gives [`DomainError::Empty`].
pub fn parse_motivation(raw: &str, field: Field, max: usize) -> Result<Prose, DomainError> {
    let prose = Prose::parse(raw, field, max)?;
    check_motivation(prose.as_str(), field)?;
    Ok(prose)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_refuses_empty_and_whitespace_only() {
        assert_eq!(
            Label::parse("", Field::Name),
            Err(DomainError::Empty { field: Field::Name })
        );
        assert_eq!(
            Label::parse(" \t \u{3000} ", Field::Name),
            Err(DomainError::Empty { field: Field::Name })
        );
    }

    #[test]
    fn label_trims_and_keeps_everything_else_verbatim() {
        for raw in [
            "Zoë van 't Hof",
            "Robert'); DROP TABLE items;--",
            "\"quoted\" % _ \\ ;",
            "👨‍👩‍👧 Familie",
            "مريم الحسيني",
            "שלום",
        ] {
            let label = Label::parse(&format!("  {raw} "), Field::Name).unwrap();
            assert_eq!(label.as_str(), raw);
        }
    }

    #[test]
    fn label_length_limit_counts_characters_not_bytes() {
        let max = "é".repeat(LABEL_MAX_CHARS);
        assert!(Label::parse(&max, Field::Name).is_ok());
        let over = "é".repeat(LABEL_MAX_CHARS + 1);
        assert_eq!(
            Label::parse(&over, Field::Name),
            Err(DomainError::TooLong {
                field: Field::Name,
                max: LABEL_MAX_CHARS
            })
        );
    }

    #[test]
    fn label_refuses_control_characters_and_line_breaks() {
        for raw in ["a\nb", "a\u{0}b", "a\u{1b}[31mb"] {
            assert_eq!(
                Label::parse(raw, Field::Organisation),
                Err(DomainError::ControlCharacters {
                    field: Field::Organisation
                })
            );
        }
    }

    #[test]
    fn optional_label_treats_blank_as_absent() {
        assert_eq!(Label::parse_optional("   ", Field::Function), Ok(None));
        assert!(Label::parse_optional("Gezinscoach", Field::Function)
            .unwrap()
            .is_some());
    }

    #[test]
    fn prose_is_stored_verbatim_including_surrounding_whitespace() {
        let raw = "  Eerste regel\n\tTweede 'regel' met \"quotes\"; DROP TABLE x; -- 🙂 عربى\n";
        assert_eq!(
            Prose::parse(raw, Field::ItemText, 1000).unwrap().as_str(),
            raw
        );
    }

    #[test]
    fn prose_refuses_whitespace_only_too_long_and_nul() {
        assert_eq!(
            Prose::parse("\n \t", Field::ItemText, 10),
            Err(DomainError::Empty {
                field: Field::ItemText
            })
        );
        assert_eq!(
            Prose::parse("abcdefghijk", Field::ItemText, 10),
            Err(DomainError::TooLong {
                field: Field::ItemText,
                max: 10
            })
        );
        assert_eq!(
            Prose::parse("a\u{0}b", Field::ItemText, 10),
            Err(DomainError::ControlCharacters {
                field: Field::ItemText
            })
        );
    }

    #[test]
    fn r7c_a_motivation_is_a_real_sentence() {
        for thin in [
            ".",
            "ok",
            "zie dossier",
            "Veiligheid van kind!!!!!!!!!",
            "a b c defghijklmnopqrstu",
        ] {
            let r = parse_motivation(thin, Field::Motivation, 5000);
            if thin == "a b c defghijklmnopqrstu" {
                // Four words and enough characters: accepted, however terse.
                assert!(r.is_ok(), "{thin}");
            } else {
                assert_eq!(
                    r,
                    Err(DomainError::MotivationTooShort {
                        field: Field::Motivation
                    }),
                    "{thin}"
                );
            }
        }
        assert_eq!(
            parse_motivation("  ", Field::Motivation, 5000),
            Err(DomainError::Empty {
                field: Field::Motivation
            })
        );
        // Punctuation alone is no word.
        assert!(parse_motivation(". . . . . . . . . . . .", Field::Motivation, 5000).is_err());
        let ok = "Moeder is bang voor de vader; overleg eerst met Veilig Thuis.";
        assert_eq!(
            parse_motivation(ok, Field::RetentionReason, 5000).map(|p| p.as_str().to_owned()),
            Ok(ok.to_owned())
        );
    }
}
