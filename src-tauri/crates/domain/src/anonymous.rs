//! R4: an anonymous meeting holds nothing that identifies the family (seed 004 art. 3.3: an
//! anonymous case discussion is a less intrusive means). Names, birth dates and addresses of
//! subjects are refused where they are entered ([`crate::Subject::create`]); this module
//! covers the free text: the case label is a code, and the minimisation scanner
//! ([`crate::detect_hints`]) plus the names known elsewhere in the store refuse instead of
//! hinting.

use crate::hints::{detect_hints, HintKind};
use crate::{DomainError, Field};

/// What made a text identifying in an anonymous meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Identifying {
    /// A citizen service number (BSN, passes the 11-test).
    Bsn,
    /// A phone number.
    Phone,
    /// An e-mail address.
    Email,
    /// A bank account number (IBAN).
    Iban,
    /// A name the store knows from elsewhere (a family member of another meeting, a holder
    /// of gezag named in a consent).
    KnownName,
}

impl From<HintKind> for Identifying {
    fn from(k: HintKind) -> Self {
        match k {
            HintKind::Bsn => Identifying::Bsn,
            HintKind::Phone => Identifying::Phone,
            HintKind::Email => Identifying::Email,
            HintKind::Iban => Identifying::Iban,
        }
    }
}

/// Words of a name that identify nobody on their own (tussenvoegsels).
const PARTICLES: &[&str] = &[
    "van", "de", "der", "den", "het", "ter", "ten", "te", "op", "in", "el", "al", "da", "la",
];

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// R4: the words of `text` that could name someone, as the anonymous check compares them:
/// split at everything that is not a letter, lower case, at least three letters, no
/// tussenvoegsel, without duplicates. The store indexes every known name by these words
/// and looks up only the words of the text being checked.
pub fn identifying_words(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in words(text) {
        if w.chars().count() >= 3 && !PARTICLES.contains(&w.as_str()) && !out.contains(&w) {
            out.push(w);
        }
    }
    out
}

/// R4: the names the store knows from elsewhere, as far as a check needs them: the
/// [`identifying_words`] of those names. Built from the names themselves
/// ([`KnownNames::of_names`]) or from the words a store's name index holds
/// ([`KnownNames::of_words`]; only the words of the texts being checked need to be there,
/// the answer is the same).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KnownNames {
    words: std::collections::BTreeSet<String>,
}

impl KnownNames {
    /// No names known (every meeting that is not anonymous; a new store).
    pub fn none() -> Self {
        Self::default()
    }

    /// The identifying words of `names`.
    pub fn of_names<S: AsRef<str>>(names: &[S]) -> Self {
        Self::of_words(names.iter().flat_map(|n| identifying_words(n.as_ref())))
    }

    /// Words as [`identifying_words`] gives them for known names (from a store's index).
    pub fn of_words(words: impl IntoIterator<Item = String>) -> Self {
        Self {
            words: words.into_iter().collect(),
        }
    }

    /// Whether `text` holds a word of a known name.
    pub fn mentioned_in(&self, text: &str) -> bool {
        !self.words.is_empty()
            && identifying_words(text)
                .iter()
                .any(|w| self.words.contains(w))
    }
}

/// R4: in an anonymous meeting, `text` may hold no BSN, phone number, e-mail address, IBAN
/// or name known elsewhere in the store. Outside anonymous mode the scanner only hints (in
/// the UI), so this accepts everything.
pub fn check_anonymous_text(
    anonymous: bool,
    text: &str,
    field: Field,
    known_names: &KnownNames,
) -> Result<(), DomainError> {
    if !anonymous {
        return Ok(());
    }
    if let Some(kind) = detect_hints(text).first() {
        return Err(DomainError::IdentifyingTextInAnonymousMeeting {
            field,
            found: (*kind).into(),
        });
    }
    if known_names.mentioned_in(text) {
        return Err(DomainError::IdentifyingTextInAnonymousMeeting {
            field,
            found: Identifying::KnownName,
        });
    }
    Ok(())
}

/// Whether `text` holds a word of one of `names` that would identify someone (three letters
/// or more, not a tussenvoegsel), as the anonymous check counts names.
pub(crate) fn mentions_any_name(text: &str, names: &[String]) -> bool {
    KnownNames::of_names(names).mentioned_in(text)
}

/// R4: the case label of an anonymous meeting is a code, not a family name or address:
/// letters, digits, spaces and `-`, `/`, `.`, at least one digit, and no run of more than
/// three letters (so no name or street fits), except a leading word "Casus". For example
/// "Casus A-7K2", "2026-014", "VT/25-3".
pub fn is_case_code(label: &str) -> bool {
    let label = label.trim();
    let rest = match label.get(..6) {
        Some(head) if head.eq_ignore_ascii_case("casus ") => &label[6..],
        _ => label,
    };
    let allowed = rest
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, ' ' | '-' | '/' | '.'));
    let has_digit = rest.chars().any(|c| c.is_ascii_digit());
    let longest_letters = rest
        .split(|c: char| !c.is_ascii_alphabetic())
        .map(str::len)
        .max()
        .unwrap_or(0);
    allowed && has_digit && longest_letters <= 3
}

/// R4: checks a case label for a meeting in anonymous mode (any label outside it).
pub fn check_case_label(anonymous: bool, label: &str) -> Result<(), DomainError> {
    if anonymous && !is_case_code(label) {
        Err(DomainError::CaseLabelNotACode)
    } else {
        Ok(())
    }
}

/// R4: a case code for an anonymous meeting, derived from its id: "Casus K-7M2". Consonants
/// without vowels and the digits 2–9, so it never spells a word or a name.
pub fn case_code(id: crate::MeetingId) -> String {
    const LETTERS: &[u8] = b"BCDFGHJKLMNPQRSTVWXZ";
    const DIGITS: &[u8] = b"23456789";
    // The last bytes of a UUID v7 are random (the first ones are the time).
    let b = id.as_uuid().into_bytes();
    let letter = |x: u8| char::from(LETTERS[usize::from(x) % LETTERS.len()]);
    let digit = |x: u8| char::from(DIGITS[usize::from(x) % DIGITS.len()]);
    format!(
        "Casus {}-{}{}{}",
        letter(b[12]),
        digit(b[13]),
        letter(b[14]),
        digit(b[15])
    )
}

impl crate::MeetingRecord {
    /// R4: switching to anonymous replaces a case label that is no code by [`case_code`]
    /// (the old label is not kept). `None`: the label stays.
    pub fn anonymous_case_label(&self, anonymous: bool) -> Option<crate::Label> {
        if !anonymous || is_case_code(self.meeting.case_label.as_str()) {
            return None;
        }
        crate::Label::parse(&case_code(self.meeting.id), Field::CaseLabel).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn r4_generated_case_codes_are_codes() {
        for _ in 0..200 {
            let code = case_code(crate::MeetingId::new());
            assert!(is_case_code(&code), "{code}");
            assert_eq!(code.len(), "Casus K-7M2".len());
        }
    }

    #[test]
    fn r4_anonymous_case_label_is_a_code() {
        for ok in ["Casus A-7K2", "2026-014", "VT/25-3", "casus 12", "AB 7"] {
            assert!(is_case_code(ok), "{ok}");
            assert_eq!(check_case_label(true, ok), Ok(()));
        }
        for bad in [
            "Gezin Yilmaz, Dorpsstraat",
            "Yilmaz 3",
            "Dorpsstraat 12",
            "Casus",
            "Casus Noor",
            "Gezin J.",
            "ABCD-1",
        ] {
            assert!(!is_case_code(bad), "{bad}");
            assert_eq!(
                check_case_label(true, bad),
                Err(DomainError::CaseLabelNotACode)
            );
            assert_eq!(check_case_label(false, bad), Ok(()));
        }
        assert_eq!(
            DomainError::CaseLabelNotACode.field(),
            Some(Field::CaseLabel)
        );
    }

    #[test]
    fn r4_identifying_words_are_what_a_name_check_compares() {
        assert_eq!(
            identifying_words("Ayla van der Yılmaz-Öztürk, O'Brien; AYLA 2x Jo"),
            ["ayla", "yılmaz", "öztürk", "brien"]
        );
        assert!(identifying_words("van de Jo, te 12").is_empty());
        // Known names from an index's words answer as the names themselves, for any text.
        let names = ["Ayla van der Yılmaz-Öztürk", "Fatoş O'Brien"];
        let all = KnownNames::of_names(&names);
        for text in [
            "Öztürk belde",
            "brien",
            "Fatos belde",
            "Ayla's moeder",
            "niemand",
        ] {
            let found = identifying_words(text)
                .into_iter()
                .filter(|w| all.mentioned_in(w));
            assert_eq!(
                KnownNames::of_words(found).mentioned_in(text),
                all.mentioned_in(text),
                "{text}"
            );
        }
        assert!(!KnownNames::none().mentioned_in("Ayla"));
    }

    #[test]
    fn r4_scanner_refuses_identifying_text_in_an_anonymous_meeting() {
        let names = KnownNames::of_names(&["Ayla van der Yilmaz", "Jo"]);
        for (text, found) in [
            ("BSN 123456782 van de jeugdige", Identifying::Bsn),
            ("bel 06 12345678 na vieren", Identifying::Phone),
            ("mail moeder@example.nl", Identifying::Email),
            (
                "Moeder vertelt dat Ayla niet slaapt.",
                Identifying::KnownName,
            ),
            ("Gezin YILMAZ is verhuisd", Identifying::KnownName),
        ] {
            assert_eq!(
                check_anonymous_text(true, text, Field::ItemText, &names),
                Err(DomainError::IdentifyingTextInAnonymousMeeting {
                    field: Field::ItemText,
                    found
                }),
                "{text}"
            );
            // Outside anonymous mode the scanner only hints (in the UI).
            assert_eq!(
                check_anonymous_text(false, text, Field::ItemText, &names),
                Ok(())
            );
        }
        // Tussenvoegsels and very short names are no name on their own.
        for text in [
            "De jeugdige gaat van school naar huis.",
            "Jo is geen naam hier, jongere wel",
        ] {
            assert_eq!(
                check_anonymous_text(true, text, Field::ItemText, &names),
                Ok(()),
                "{text}"
            );
        }
    }
}
