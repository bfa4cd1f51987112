//! R4: the names the store knows, for the domain's check that an anonymous meeting holds
//! no text identifying the family ([`domain::check_anonymous_text`]). The names never leave
//! this process: they are only compared, never logged or returned.
//!
//! Every name entered anywhere in the store (family members of all meetings, holders of
//! gezag named in a consent, the family members and requesters of rights requests) is
//! indexed by its [`domain::identifying_words`] (migration 0042). A check looks up only the
//! words of the texts it checks, so its cost follows the text, not the store.

use crate::StoreError;
use domain::KnownNames;
use rusqlite::{params, Connection};

/// The row that holds a name: its words are removed with it.
#[derive(Debug, Clone, Copy)]
pub(crate) enum NameHolder<'a> {
    /// A family member (`subjects.name`).
    Subject(&'a str),
    /// A consent given by someone with gezag who is no family member of the meeting
    /// (`consents.given_by_name`).
    Consent(&'a str),
    /// A rights request (`rights_requests.subject_name` and `requester_name`).
    Request(&'a str),
}

impl NameHolder<'_> {
    fn column_and_id(&self) -> (&'static str, &str) {
        match self {
            NameHolder::Subject(id) => ("subject_id", id),
            NameHolder::Consent(id) => ("consent_id", id),
            NameHolder::Request(id) => ("request_id", id),
        }
    }
}

/// The identifying words of `texts` together, each once.
fn words_of(texts: &[&str]) -> Vec<String> {
    let mut words: Vec<String> = texts
        .iter()
        .flat_map(|t| domain::identifying_words(t))
        .collect();
    words.sort_unstable();
    words.dedup();
    words
}

/// R4: indexes the names `holder` holds, replacing what was there (none: no words; an
/// erasure).
pub(crate) fn index_names(
    conn: &Connection,
    holder: NameHolder<'_>,
    names: &[&str],
) -> Result<(), StoreError> {
    let (column, id) = holder.column_and_id();
    conn.prepare_cached(&format!("DELETE FROM known_name_words WHERE {column} = ?1"))?
        .execute([id])?;
    let mut insert = conn.prepare_cached(&format!(
        "INSERT INTO known_name_words (word, {column}) VALUES (?1, ?2)"
    ))?;
    for word in words_of(names) {
        insert.execute(params![word, id])?;
    }
    Ok(())
}

/// Migration 0042: the words of every name already stored.
pub(crate) fn index_all_names(conn: &Connection) -> Result<(), StoreError> {
    let rows: Vec<(u8, String, String, Option<String>)> = conn
        .prepare(
            "SELECT 0, id, name, NULL FROM subjects WHERE name IS NOT NULL
             UNION ALL SELECT 1, id, given_by_name, NULL FROM consents
                 WHERE given_by_name IS NOT NULL
             UNION ALL SELECT 2, id, subject_name, requester_name FROM rights_requests",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<Result<_, _>>()?;
    for (kind, id, name, other) in &rows {
        let holder = match kind {
            0 => NameHolder::Subject(id),
            1 => NameHolder::Consent(id),
            _ => NameHolder::Request(id),
        };
        let names: Vec<&str> = std::iter::once(name.as_str())
            .chain(other.as_deref())
            .collect();
        index_names(conn, holder, &names)?;
    }
    Ok(())
}

/// R4: checks each of `texts` of a meeting that is (to be) `anonymous` with the domain
/// ([`domain::check_anonymous_text`]), against the known names they could mention (one
/// lookup for all of them); the first text that identifies the family refuses.
pub(crate) fn check_texts(
    conn: &Connection,
    anonymous: bool,
    texts: &[(&str, domain::Field)],
) -> Result<(), StoreError> {
    let words: Vec<&str> = texts.iter().map(|(t, _)| *t).collect();
    let names = known_names(conn, anonymous, &words)?;
    for (text, field) in texts {
        domain::check_anonymous_text(anonymous, text, *field, &names)?;
    }
    Ok(())
}

/// R4: the names known in the store, as far as `texts` could mention them: the words of
/// the texts that are a word of some known name. Nothing for a meeting that is not
/// anonymous (its texts are only hinted at, in the UI).
pub(crate) fn known_names(
    conn: &Connection,
    anonymous: bool,
    texts: &[&str],
) -> Result<KnownNames, StoreError> {
    if !anonymous {
        return Ok(KnownNames::none());
    }
    let words = words_of(texts);
    let mut known =
        conn.prepare_cached("SELECT 1 FROM known_name_words WHERE word = ?1 LIMIT 1")?;
    let mut found = Vec::new();
    for word in words {
        if known.exists([&word])? {
            found.push(word);
        }
    }
    Ok(KnownNames::of_words(found))
}
