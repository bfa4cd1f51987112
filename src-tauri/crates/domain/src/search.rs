//! Search across meetings: what the chair types becomes a safe FTS5 query. Every
//! word is matched as a quoted prefix (`"wor"*`), so FTS5 syntax in the input (quotes,
//! `AND`, `NEAR`, `*`, `:`, brackets) is searched for as text and never parsed: no query
//! the chair types can be a syntax error.

use crate::{DomainError, Field};

/// Longest search text, in characters.
pub const SEARCH_MAX_CHARS: usize = 200;

/// A parsed search: one FTS5 `MATCH` expression (a quoted prefix term) per word. Every
/// word must match somewhere in the meeting (its case label, a participant, an item), so
/// the store matches each term on its own and keeps the meetings that match them all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchQuery(Vec<String>);

impl SearchQuery {
    /// Parses the chair's search text. Words without a letter or digit are dropped; no word
    /// left is [`DomainError::Empty`].
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        let field = Field::Search;
        if raw.chars().count() > SEARCH_MAX_CHARS {
            return Err(DomainError::TooLong {
                field,
                max: SEARCH_MAX_CHARS,
            });
        }
        if raw.chars().any(|c| c.is_control() && !c.is_whitespace()) {
            return Err(DomainError::ControlCharacters { field });
        }
        let terms: Vec<String> = raw
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .map(|w| format!("\"{}\"*", w.replace('"', "\"\"")))
            .collect();
        if terms.is_empty() {
            return Err(DomainError::Empty { field });
        }
        Ok(Self(terms))
    }

    /// The FTS5 `MATCH` expression of each word.
    pub fn terms(&self) -> &[String] {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_become_quoted_prefix_terms() {
        assert_eq!(
            SearchQuery::parse("  Gezin  jan ").unwrap().terms(),
            ["\"Gezin\"*", "\"jan\"*"]
        );
    }

    #[test]
    fn fts_syntax_is_searched_as_text() {
        let q = SearchQuery::parse("a\"b NEAR( OR * x:y").unwrap();
        assert_eq!(
            q.terms(),
            ["\"a\"\"b\"*", "\"NEAR(\"*", "\"OR\"*", "\"x:y\"*"]
        );
    }

    #[test]
    fn empty_punctuation_only_too_long_and_control_characters_are_refused() {
        let field = Field::Search;
        assert_eq!(SearchQuery::parse("  "), Err(DomainError::Empty { field }));
        assert_eq!(
            SearchQuery::parse("\" * -"),
            Err(DomainError::Empty { field })
        );
        assert_eq!(
            SearchQuery::parse(&"a".repeat(SEARCH_MAX_CHARS + 1)),
            Err(DomainError::TooLong {
                field,
                max: SEARCH_MAX_CHARS
            })
        );
        assert_eq!(
            SearchQuery::parse("a\u{0}b"),
            Err(DomainError::ControlCharacters { field })
        );
    }
}
