//! R12 (issue 17 point 7; seed 004 art. 1.2, cultural background): the language a family
//! member reads the family letter in, and whether the meeting needs an interpreter to talk
//! with them. The letter languages are a closed list: the ones the app has letter
//! templates for.

use crate::{DomainError, FamilyNotification, Field, Label, MeetingRecord, SubjectId};

/// Longest spoken-language label for the interpreter ("Arabisch", "Tigrinya"), in characters.
pub const SPOKEN_LANGUAGE_MAX_CHARS: usize = 40;

/// A language the app has family-letter templates for.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum LetterLanguage {
    /// Nederlands (B1), the default.
    #[default]
    Nl,
    /// English.
    En,
}

impl LetterLanguage {
    /// Every letter language, Dutch first.
    pub const ALL: [LetterLanguage; 2] = [LetterLanguage::Nl, LetterLanguage::En];

    /// The stored code (`nl`, `en`).
    pub fn code(self) -> &'static str {
        match self {
            LetterLanguage::Nl => "nl",
            LetterLanguage::En => "en",
        }
    }

    /// Reads a stored code back; `None` for an unknown code.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.code() == code)
    }

    /// R12: the language of a letter to several family members at once: Dutch, unless
    /// every addressed member chose the same other language. No members: Dutch.
    pub fn for_family(members: &[LetterLanguage]) -> LetterLanguage {
        match members.split_first() {
            Some((first, rest)) if rest.iter().all(|l| l == first) => *first,
            _ => LetterLanguage::Nl,
        }
    }
}

/// What the chair fills in for a family member's language, unparsed.
#[derive(Debug, Clone, Default)]
pub struct FamilyLanguageInput {
    /// The letter language.
    pub letter: LetterLanguage,
    /// Whether an interpreter is needed.
    pub interpreter_needed: bool,
    /// The language the interpreter speaks (e.g. "Arabisch"); may be empty.
    pub spoken_language: String,
}

/// A family member's language: the letter language and, when needed, the interpreter.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FamilyLanguage {
    /// The language the family letter for this member is written in.
    pub letter: LetterLanguage,
    /// Whether the meeting needs an interpreter to talk with this member.
    pub interpreter_needed: bool,
    /// The language the interpreter speaks, if given. Only kept when an interpreter is
    /// needed: without an interpreter the label says nothing and is not stored.
    pub spoken_language: Option<Label>,
}

impl FamilyLanguage {
    /// R12: validates the language of a family member. The spoken language is one line of
    /// at most [`SPOKEN_LANGUAGE_MAX_CHARS`] characters; it is dropped when no interpreter
    /// is needed (minimisation).
    pub fn parse(input: &FamilyLanguageInput) -> Result<Self, DomainError> {
        let spoken = if input.interpreter_needed {
            let label = Label::parse_optional(&input.spoken_language, Field::SpokenLanguage)?;
            if let Some(l) = &label {
                if l.as_str().chars().count() > SPOKEN_LANGUAGE_MAX_CHARS {
                    return Err(DomainError::TooLong {
                        field: Field::SpokenLanguage,
                        max: SPOKEN_LANGUAGE_MAX_CHARS,
                    });
                }
            }
            label
        } else {
            None
        };
        Ok(Self {
            letter: input.letter,
            interpreter_needed: input.interpreter_needed,
            spoken_language: spoken,
        })
    }
}

impl FamilyLanguage {
    /// R12: whether the notification agreement must mention this member's language: a
    /// letter in another language than Dutch, or an interpreter. Dutch without an
    /// interpreter needs no mention.
    pub fn needs_mention(&self) -> bool {
        self.letter != LetterLanguage::Nl || self.interpreter_needed
    }
}

/// R12 (seed 004 art. 1.2): the family members a notification agreement covers whose
/// language must be mentioned with it ([`FamilyLanguage::needs_mention`]), in the order of
/// the meeting's family members.
pub fn notification_languages(
    record: &MeetingRecord,
    notification: &FamilyNotification,
) -> Vec<(SubjectId, FamilyLanguage)> {
    record
        .subjects
        .iter()
        .filter(|s| notification.covers(s.subject.id) && s.subject.language.needs_mention())
        .map(|s| (s.subject.id, s.subject.language.clone()))
        .collect()
}

/// R12/R14c: the language of one letter: the addressee's own letter language, or for a
/// letter to the family in general [`LetterLanguage::for_family`] over every family
/// member of the meeting.
pub fn letter_language(record: &MeetingRecord, to: crate::Addressee) -> LetterLanguage {
    match to {
        crate::Addressee::Member(id) => record
            .subjects
            .iter()
            .find(|s| s.subject.id == id)
            .map(|s| s.subject.language.letter)
            .unwrap_or_default(),
        crate::Addressee::Family => LetterLanguage::for_family(
            &record
                .subjects
                .iter()
                .map(|s| s.subject.language.letter)
                .collect::<Vec<_>>(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn r12_letter_language_defaults_to_dutch() {
        let lang = FamilyLanguage::default();
        assert_eq!(lang.letter, LetterLanguage::Nl);
        assert!(!lang.interpreter_needed);
        assert_eq!(lang.spoken_language, None);
        assert_eq!(
            FamilyLanguage::parse(&FamilyLanguageInput::default()).unwrap(),
            lang
        );
    }

    #[test]
    fn r12_interpreter_keeps_the_spoken_language() {
        let lang = FamilyLanguage::parse(&FamilyLanguageInput {
            letter: LetterLanguage::En,
            interpreter_needed: true,
            spoken_language: "  Arabisch ".into(),
        })
        .unwrap();
        assert_eq!(lang.letter, LetterLanguage::En);
        assert!(lang.interpreter_needed);
        assert_eq!(lang.spoken_language.unwrap().as_str(), "Arabisch");
    }

    #[test]
    fn r12_spoken_language_without_interpreter_is_dropped() {
        let lang = FamilyLanguage::parse(&FamilyLanguageInput {
            letter: LetterLanguage::Nl,
            interpreter_needed: false,
            spoken_language: "Arabisch".into(),
        })
        .unwrap();
        assert_eq!(lang.spoken_language, None);
    }

    #[test]
    fn r12_spoken_language_longer_than_40_characters_is_refused() {
        let err = FamilyLanguage::parse(&FamilyLanguageInput {
            letter: LetterLanguage::Nl,
            interpreter_needed: true,
            spoken_language: "a".repeat(41),
        })
        .unwrap_err();
        assert_eq!(
            err,
            DomainError::TooLong {
                field: Field::SpokenLanguage,
                max: SPOKEN_LANGUAGE_MAX_CHARS
            }
        );
        assert!(FamilyLanguage::parse(&FamilyLanguageInput {
            letter: LetterLanguage::Nl,
            interpreter_needed: true,
            spoken_language: "a".repeat(40),
        })
        .is_ok());
    }

    #[test]
    fn r12_spoken_language_with_a_line_break_is_refused() {
        let err = FamilyLanguage::parse(&FamilyLanguageInput {
            letter: LetterLanguage::En,
            interpreter_needed: true,
            spoken_language: "Ara\nbisch".into(),
        })
        .unwrap_err();
        assert_eq!(
            err,
            DomainError::ControlCharacters {
                field: Field::SpokenLanguage
            }
        );
    }

    #[test]
    fn r12_letter_language_codes_round_trip() {
        for l in LetterLanguage::ALL {
            assert_eq!(LetterLanguage::from_code(l.code()), Some(l));
        }
        assert_eq!(LetterLanguage::from_code("fr"), None);
    }

    #[test]
    fn r12_family_letter_is_dutch_unless_all_chose_the_same_language() {
        use LetterLanguage::*;
        assert_eq!(LetterLanguage::for_family(&[]), Nl);
        assert_eq!(LetterLanguage::for_family(&[En, En]), En);
        assert_eq!(LetterLanguage::for_family(&[En, Nl]), Nl);
        assert_eq!(LetterLanguage::for_family(&[Nl, En]), Nl);
        assert_eq!(LetterLanguage::for_family(&[Nl]), Nl);
    }
}
