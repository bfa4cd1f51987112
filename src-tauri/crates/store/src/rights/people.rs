//! R17: the people the register knows, recognised across meetings: the word index and
//! identity key of each family member, the search, and who objected.

use super::{collect_rows, is_objected, rows_keyed, KnownSubject, SubjectRow};
use crate::codec::*;
use crate::ExecuteCached;
use crate::{Store, StoreError};
use chrono::NaiveDate;
use domain::{SubjectId, SubjectIdentity};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use std::collections::BTreeMap;

/// Every subject row with a name, with its identity, oldest meeting first.
fn subject_rows(conn: &Connection) -> Result<Vec<(SubjectIdentity, SubjectRow)>, StoreError> {
    collect_rows(
        conn,
        "SELECT s.id, s.meeting_id, m.meeting_date, s.name, s.birth_date, s.relation
         FROM subjects s JOIN meetings m ON m.id = s.meeting_id
         WHERE s.name IS NOT NULL ORDER BY m.meeting_date, s.rowid",
        [],
    )
}

/// R17: indexes family member `subject` for the rights register, replacing what was
/// there: the words of the name (migration 0036) and the identity key of the person
/// (migration 0039). No name: no words and no key (an anonymous meeting, an erasure).
pub(crate) fn index_subject(
    conn: &Connection,
    subject: SubjectId,
    name: Option<&str>,
    birth: Option<NaiveDate>,
) -> Result<(), StoreError> {
    let id = subject.to_string();
    index_subject_name(conn, &id, name)?;
    crate::anonymous::index_names(
        conn,
        crate::anonymous::NameHolder::Subject(&id),
        &name.into_iter().collect::<Vec<_>>(),
    )?;
    let key = SubjectIdentity::of(name, birth, subject).map(|i| i.key());
    conn.prepare_cached("UPDATE subjects SET identity_key = ?2 WHERE id = ?1")?
        .execute(params![id, key])?;
    Ok(())
}

/// Migration 0039: the identity key of every named family member already stored.
pub(crate) fn key_all_subjects(conn: &Connection) -> Result<(), StoreError> {
    let named: Vec<(String, String, Option<String>)> = conn
        .prepare("SELECT id, name, birth_date FROM subjects WHERE name IS NOT NULL")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<Result<_, _>>()?;
    let mut write = conn.prepare("UPDATE subjects SET identity_key = ?2 WHERE id = ?1")?;
    for (id, name, birth) in named {
        let subject = SubjectId::from_uuid(uuid_from_db(&id)?);
        let birth = birth.map(|b| date_from_db(&b)).transpose()?;
        let key = SubjectIdentity::of(Some(&name), birth, subject).map(|i| i.key());
        write.execute(params![id, key])?;
    }
    Ok(())
}

/// R17 search (migration 0036): writes the words of family member `subject`'s name,
/// replacing what was there; no name, no words.
fn index_subject_name(
    conn: &Connection,
    subject: &str,
    name: Option<&str>,
) -> Result<(), StoreError> {
    conn.prepare_cached("DELETE FROM subject_words WHERE subject_id = ?1")?
        .execute([subject])?;
    let mut insert = conn
        .prepare_cached("INSERT OR IGNORE INTO subject_words (word, subject_id) VALUES (?1, ?2)")?;
    for word in name.map(domain::name_words).unwrap_or_default() {
        insert.execute(params![word, subject])?;
    }
    Ok(())
}

/// Migration 0036: the words of every name already stored.
pub(crate) fn index_all_subject_names(conn: &Connection) -> Result<(), StoreError> {
    let named: Vec<(String, String)> = conn
        .prepare("SELECT id, name FROM subjects WHERE name IS NOT NULL")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    for (id, name) in named {
        index_subject_name(conn, &id, Some(&name))?;
    }
    Ok(())
}

/// How many family members' rows the search reads at most to find its candidates (a
/// person with a birth date has a row per meeting); their full rows are read after.
const SEARCH_ROWS: u32 = 400;

/// The subject rows whose name has a word starting with `prefix`, at most `limit`
/// (distinct rows, in the order of the word index), with their identity.
fn rows_with_word_prefix(
    conn: &Connection,
    prefix: &str,
    limit: u32,
) -> Result<Vec<(SubjectIdentity, SubjectRow)>, StoreError> {
    // Every text starting with `prefix` sorts at or after it and before `prefix` followed
    // by the highest code point (SQLite compares text as UTF-8 bytes).
    let end = format!("{prefix}\u{10FFFF}");
    collect_rows(
        conn,
        "SELECT s.id, s.meeting_id, m.meeting_date, s.name, s.birth_date, s.relation
         FROM (SELECT DISTINCT subject_id FROM subject_words
               WHERE word >= ?1 AND word < ?2 LIMIT ?3) w
         JOIN subjects s ON s.id = w.subject_id
         JOIN meetings m ON m.id = s.meeting_id
         WHERE s.name IS NOT NULL",
        params![prefix, end, limit],
    )
}

/// Every subject row of the person `identity` (their full history: how many meetings, the
/// latest name and relation), oldest meeting first: the rows with its key (an index,
/// migration 0039).
fn rows_named(
    conn: &Connection,
    identity: &SubjectIdentity,
) -> Result<Vec<(SubjectIdentity, SubjectRow)>, StoreError> {
    let key = identity.key();
    let rows = rows_keyed(conn, &key, None)?;
    Ok(rows.into_iter().filter(|(i, _)| i.key() == key).collect())
}

/// The people of `rows` (oldest meeting first), as the register shows them; `objected`
/// says whether a key's person objected.
fn group_people(
    rows: Vec<(SubjectIdentity, SubjectRow)>,
    mut objected: impl FnMut(&str) -> Result<bool, StoreError>,
) -> Result<Vec<KnownSubject>, StoreError> {
    let mut by_key: BTreeMap<String, KnownSubject> = BTreeMap::new();
    for (identity, row) in rows {
        let key = identity.key();
        let only_meeting = identity.birth_date().is_none().then_some(row.meeting_date);
        let e = by_key.entry(key.clone()).or_insert_with(|| KnownSubject {
            key: key.clone(),
            name: String::new(),
            birth_date: row.birth,
            relation: row.relation,
            meetings: 0,
            objected: false,
            only_meeting,
        });
        // Rows come oldest meeting first: the last one wins.
        e.name = row.name;
        e.relation = row.relation;
        e.meetings += 1;
    }
    let mut out: Vec<KnownSubject> = by_key.into_values().collect();
    for s in &mut out {
        s.objected = objected(&s.key)?;
    }
    out.sort_by_key(|s| (s.name.to_lowercase(), s.birth_date, s.only_meeting));
    Ok(out)
}

/// R17: marks a newly added subject row when that person has objected.
pub(crate) fn mark_if_objected(
    tx: &Transaction<'_>,
    subject: SubjectId,
    name: Option<&str>,
    birth: Option<NaiveDate>,
) -> Result<(), StoreError> {
    if let Some(identity) = SubjectIdentity::of(name, birth, subject) {
        if is_objected(tx, &identity.key())? {
            tx.execute_cached(
                "UPDATE subjects SET objected = 1 WHERE id = ?1",
                [subject.to_string()],
            )?;
        }
    }
    Ok(())
}

/// R17: refuses new items about a family member who objected (the domain decides).
pub(crate) fn check_subjects_not_objected(
    conn: &Connection,
    subjects: &[SubjectId],
) -> Result<(), StoreError> {
    let mut stmt = conn.prepare_cached("SELECT objected FROM subjects WHERE id = ?1")?;
    for s in subjects {
        let objected: Option<bool> = stmt.query_row([s.to_string()], |r| r.get(0)).optional()?;
        domain::check_not_objected(objected.unwrap_or(false))?;
    }
    Ok(())
}

impl Store {
    /// R17: every family member with a name, recognised across meetings, by name. Reads
    /// every named family member of the store: the register searches with
    /// [`Store::find_subjects`]; this whole list is for checks and tests.
    pub fn known_subjects(&self) -> Result<Vec<KnownSubject>, StoreError> {
        // R17: who objected, in one query (not one per person).
        let objected: std::collections::HashSet<String> = self
            .conn
            .prepare_cached("SELECT subject_key FROM objections")?
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        group_people(subject_rows(&self.conn)?, |k| Ok(objected.contains(k)))
    }

    /// R17: the family members whose name has a word starting with each word the chair
    /// typed (`domain::SubjectSearch`), recognised across meetings as in
    /// [`Store::known_subjects`] (same people, same counts, objections shown), by name, at
    /// most `domain::SUBJECT_SEARCH_LIMIT`. Nothing typed finds nobody. Reads the word
    /// index (migration 0036) for at most a few hundred rows, then the full rows of the
    /// people shown: the cost follows the matches, not the store.
    pub fn find_subjects(&self, typed: &str) -> Result<Vec<KnownSubject>, StoreError> {
        let Some(search) = domain::SubjectSearch::parse(typed) else {
            return Ok(Vec::new());
        };
        let found = rows_with_word_prefix(&self.conn, search.leading_word(), SEARCH_ROWS)?;
        // The people among them whom every typed word finds, by name; the first ones.
        let mut people: Vec<SubjectIdentity> = Vec::new();
        for (identity, row) in found {
            if search.matches(&row.name) && !people.contains(&identity) {
                people.push(identity);
            }
        }
        people.sort_by(|a, b| {
            (&a.name_key, a.birth_date(), a.key()).cmp(&(&b.name_key, b.birth_date(), b.key()))
        });
        people.truncate(domain::SUBJECT_SEARCH_LIMIT);
        let mut rows = Vec::new();
        for identity in &people {
            rows.extend(rows_named(&self.conn, identity)?);
        }
        rows.sort_by_key(|(_, r)| r.meeting_date);
        group_people(rows, |k| is_objected(&self.conn, k))
    }
}
