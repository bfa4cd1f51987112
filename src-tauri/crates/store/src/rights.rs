//! R17: the register of rights requests, the access report and what a granted erasure or
//! objection does to the stored data. Every write follows the `flow` pattern: one
//! transaction, the domain decides, the store writes, one audit entry without personal
//! data (only kinds, meeting ids and times), commit. A refused step changes nothing.

use crate::audit::{self, AuditKind, DecidedBy};
use crate::codec::*;
use crate::flow::load_flow;
use crate::{Store, StoreError};
use chrono::{DateTime, NaiveDate, Utc};
use domain::{
    AccessReport, AccessVersion, DomainError, Field, ItemId, Label, MeetingId, MeetingState, Prose,
    Relation, RequestInput, RequestKind, RequestStatus, Requester, RightsRequest, SubjectId,
    SubjectIdentity,
};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use std::collections::{BTreeMap, HashMap};

/// One family member as recognised across meetings (see `domain::SubjectIdentity`); the
/// rights screen gets it as it is (R17).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct KnownSubject {
    /// `SubjectIdentity::key`: what the UI sends back to pick this person.
    pub key: String,
    /// The name as written in the most recent meeting.
    pub name: String,
    pub birth_date: Option<NaiveDate>,
    /// The relation in the most recent meeting (the age rules need to know a youth).
    #[serde(skip)]
    pub relation: Relation,
    pub meetings: u32,
    /// R17: an objection was granted.
    pub objected: bool,
    /// R17: without a birth date the person is known in one meeting only (see
    /// `domain::SubjectIdentity`): the date of that meeting, so the chair can tell two
    /// people with the same name apart. `None` with a birth date.
    pub only_meeting: Option<NaiveDate>,
}

/// One request in the register.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredRequest {
    pub id: String,
    pub subject_key: String,
    pub subject_name: String,
    pub subject_birth: Option<NaiveDate>,
    pub request: RightsRequest,
    pub answered_on: Option<NaiveDate>,
}

/// R17: one request in the register as the chair sees it, as of `today`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct RightsRequestView {
    pub id: String,
    pub subject_key: String,
    pub subject_name: String,
    pub subject_birth: Option<NaiveDate>,
    pub kind: domain::RequestKind,
    pub requester: domain::Requester,
    pub requester_name: String,
    pub received_on: NaiveDate,
    pub deadline: NaiveDate,
    pub status: domain::RequestStatusName,
    pub notice: Option<String>,
    pub refusal_reason: Option<String>,
    pub answered_on: Option<NaiveDate>,
    /// Past the deadline without an answer.
    pub overdue: bool,
    /// Still on the chair's list (open, extended, or granted and not yet done).
    pub on_list: bool,
    /// R17 (domain `RightsRequest::allowed_actions`): what the UI may offer.
    pub allowed_actions: domain::RequestActions,
}

impl StoredRequest {
    /// The request as the register shows it on `today`.
    pub fn view(&self, today: NaiveDate) -> RightsRequestView {
        let r = &self.request;
        RightsRequestView {
            id: self.id.clone(),
            subject_key: self.subject_key.clone(),
            subject_name: self.subject_name.clone(),
            subject_birth: self.subject_birth,
            kind: r.kind,
            requester: r.requester,
            requester_name: r.requester_name.as_str().to_owned(),
            received_on: r.received_on,
            deadline: r.deadline,
            status: r.status.name(),
            notice: r.status.notice().map(|p| p.as_str().to_owned()),
            refusal_reason: r.status.refusal_reason().map(|p| p.as_str().to_owned()),
            answered_on: self.answered_on,
            overdue: r.is_overdue(today),
            on_list: r.is_on_list(),
            allowed_actions: r.allowed_actions(),
        }
    }
}

// For the chair to pass on (seed 003 §5.3.4: who already received the data is told).
// Serialized as it is over IPC (TypeScript: `ErasureInfo`).
/// R17: what a granted erasure removed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, rename = "ErasureInfo"))]
pub struct ErasureOutcome {
    pub items_removed: u32,
    pub meetings: u32,
    // Recipients who already received one of the removed items.
    pub recipients_to_inform: Vec<ErasureRecipient>,
}

/// Someone who received removed data and must be told.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ErasureRecipient {
    pub name: String,
    pub organisation: String,
}

/// One subject row of a person.
struct SubjectRow {
    id: SubjectId,
    meeting: MeetingId,
    meeting_date: NaiveDate,
    name: String,
    birth: Option<NaiveDate>,
    relation: Relation,
}

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

/// The subject rows of one person, as the domain resolves the key (R17: never a name
/// alone); an unknown key is refused.
fn rows_of(conn: &Connection, key: &str) -> Result<Vec<SubjectRow>, StoreError> {
    // The rows the key can resolve to (migration 0039): the rows with exactly this key,
    // and for a key of the earlier form `name|`, the rows of that name without a birth
    // date (their keys are `name|#<row id>`). The domain resolves among them.
    let mut candidates = rows_keyed(conn, key, None)?;
    if candidates.is_empty() {
        if let Some(name) = key.strip_suffix('|') {
            candidates = rows_keyed(conn, &format!("{name}|#"), Some(&format!("{name}|$")))?;
        }
    }
    let ids: Vec<SubjectId> = domain::resolve_identity(key, &candidates)?
        .into_iter()
        .map(|r| r.id)
        .collect();
    Ok(candidates
        .into_iter()
        .map(|(_, r)| r)
        .filter(|r| ids.contains(&r.id))
        .collect())
}

/// The named subject rows whose identity key (migration 0039) is `key`, or with `to`,
/// at or after `key` and before `to`; oldest meeting first.
fn rows_keyed(
    conn: &Connection,
    key: &str,
    to: Option<&str>,
) -> Result<Vec<(SubjectIdentity, SubjectRow)>, StoreError> {
    macro_rules! rows_where {
        ($filter:literal) => {
            concat!(
                "SELECT s.id, s.meeting_id, m.meeting_date, s.name, s.birth_date, s.relation
                 FROM subjects s JOIN meetings m ON m.id = s.meeting_id WHERE ",
                $filter,
                " ORDER BY m.meeting_date, s.rowid"
            )
        };
    }
    match to {
        None => collect_rows(conn, rows_where!("s.identity_key = ?1"), [key]),
        Some(to) => collect_rows(
            conn,
            rows_where!("s.identity_key >= ?1 AND s.identity_key < ?2"),
            [key, to],
        ),
    }
}

fn is_objected(conn: &Connection, key: &str) -> Result<bool, StoreError> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM objections WHERE subject_key = ?1",
            [key],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
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

fn collect_rows(
    conn: &Connection,
    sql: &str,
    params: impl rusqlite::Params,
) -> Result<Vec<(SubjectIdentity, SubjectRow)>, StoreError> {
    let mut stmt = conn.prepare_cached(sql)?;
    let mut rows = stmt.query(params)?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        if let Some(row) = subject_row(r)? {
            out.push(row);
        }
    }
    Ok(out)
}

/// One row of `s.id, s.meeting_id, m.meeting_date, s.name, s.birth_date, s.relation`.
fn subject_row(r: &rusqlite::Row<'_>) -> Result<Option<(SubjectIdentity, SubjectRow)>, StoreError> {
    let name: String = r.get(3)?;
    let birth = r
        .get::<_, Option<String>>(4)?
        .map(|b| date_from_db(&b))
        .transpose()?;
    let id = SubjectId::from_uuid(uuid_from_db(&r.get::<_, String>(0)?)?);
    let Some(identity) = SubjectIdentity::of(Some(&name), birth, id) else {
        return Ok(None);
    };
    Ok(Some((
        identity,
        SubjectRow {
            id,
            meeting: MeetingId::from_uuid(uuid_from_db(&r.get::<_, String>(1)?)?),
            meeting_date: date_from_db(&r.get::<_, String>(2)?)?,
            name,
            birth,
            relation: from_db(&r.get::<_, String>(5)?, "relation")?,
        },
    )))
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
            tx.execute(
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

/// The requester column predates the one-name rule (`codec`): two of its values are not the
/// snake_case serde name (`parent`, `third_party`), and the CHECK constraint of migration
/// 0008 fixes them. Rewriting them would mean rebuilding `rights_requests`, which
/// `objections` references; so the column keeps its spelling, written down only here.
fn requester_to_db(r: Requester) -> String {
    match r {
        Requester::ParentWithAuthority => "parent".into(),
        Requester::ThirdPartyWithConsent => "third_party".into(),
        Requester::Subject | Requester::Guardian => to_db(r),
    }
}

fn requester_from_db(s: &str) -> Result<Requester, StoreError> {
    match s {
        "parent" => Ok(Requester::ParentWithAuthority),
        "third_party" => Ok(Requester::ThirdPartyWithConsent),
        "subject" | "guardian" => from_db(s, "requester"),
        _ => Err(StoreError::Corrupt("requester")),
    }
}

const REQUEST_COLUMNS: &str = "id, subject_key, subject_name, subject_birth, kind, requester,
    requester_name, received_on, deadline, status, notice, refusal_reason, answered_on";

fn request_row(r: &rusqlite::Row<'_>) -> Result<StoredRequest, StoreError> {
    let corrupt = |what| move |_| StoreError::Corrupt(what);
    let kind: RequestKind = from_db(&r.get::<_, String>(4)?, "request kind")?;
    let requester = requester_from_db(&r.get::<_, String>(5)?)?;
    let text = |i: usize| -> Result<Option<Prose>, StoreError> {
        r.get::<_, Option<String>>(i)?
            .map(|t| {
                Prose::parse(&t, Field::Notice, domain::RIGHTS_TEXT_MAX_CHARS)
                    .map_err(corrupt("request text"))
            })
            .transpose()
    };
    let status = match r.get::<_, String>(9)?.as_str() {
        "open" => RequestStatus::Open,
        "extended" => RequestStatus::Extended {
            notice: text(10)?.ok_or(StoreError::Corrupt("notice"))?,
        },
        "granted" => RequestStatus::Granted,
        "refused" => RequestStatus::Refused {
            reason: text(11)?.ok_or(StoreError::Corrupt("reason"))?,
        },
        "done" => RequestStatus::Done,
        _ => return Err(StoreError::Corrupt("request status")),
    };
    let opt_date = |i: usize| -> Result<Option<NaiveDate>, StoreError> {
        r.get::<_, Option<String>>(i)?
            .map(|d| date_from_db(&d))
            .transpose()
    };
    Ok(StoredRequest {
        id: r.get(0)?,
        subject_key: r.get(1)?,
        subject_name: r.get(2)?,
        subject_birth: opt_date(3)?,
        request: RightsRequest {
            kind,
            requester,
            requester_name: Label::parse(&r.get::<_, String>(6)?, Field::RequesterName)
                .map_err(corrupt("requester name"))?,
            received_on: date_from_db(&r.get::<_, String>(7)?)?,
            deadline: date_from_db(&r.get::<_, String>(8)?)?,
            status,
        },
        answered_on: opt_date(12)?,
    })
}

fn load_request(conn: &Connection, id: &str) -> Result<StoredRequest, StoreError> {
    let sql = format!("SELECT {REQUEST_COLUMNS} FROM rights_requests WHERE id = ?1");
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query([id])?;
    match rows.next()? {
        Some(r) => request_row(r),
        None => Err(DomainError::UnknownValue {
            field: Field::Request,
        }
        .into()),
    }
}

fn write_status(
    tx: &Transaction<'_>,
    id: &str,
    r: &RightsRequest,
    today: NaiveDate,
) -> Result<(), StoreError> {
    let (status, notice, reason) = match &r.status {
        RequestStatus::Open => ("open", None, None),
        RequestStatus::Extended { notice } => ("extended", Some(notice.as_str()), None),
        RequestStatus::Granted => ("granted", None, None),
        RequestStatus::Refused { reason } => ("refused", None, Some(reason.as_str())),
        RequestStatus::Done => ("done", None, None),
    };
    let answered = (!r.is_pending()).then(|| date_to_db(today));
    tx.execute(
        "UPDATE rights_requests SET status = ?2, deadline = ?3,
            notice = coalesce(?4, notice), refusal_reason = ?5,
            answered_on = coalesce(answered_on, ?6)
         WHERE id = ?1",
        params![id, status, date_to_db(r.deadline), notice, reason, answered],
    )?;
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

    /// R17: registers a request about the person with `subject_key`, after the age rules.
    pub fn register_request(
        &mut self,
        subject_key: &str,
        input: &RequestInput,
        now: DateTime<Utc>,
    ) -> Result<StoredRequest, StoreError> {
        let tx = self.conn.transaction()?;
        let rows = rows_of(&tx, subject_key)?;
        let latest = rows.iter().max_by_key(|r| r.meeting_date);
        let (relation, birth, name) = match latest {
            Some(r) => (r.relation, r.birth, r.name.clone()),
            None => {
                return Err(DomainError::UnknownSubject {
                    field: Field::RequestSubject,
                }
                .into())
            }
        };
        let today = now.date_naive();
        let request = RightsRequest::register(input, relation, birth, today)?;
        let id = uuid::Uuid::now_v7().to_string();
        tx.execute(
            "INSERT INTO rights_requests (id, subject_key, subject_name, subject_birth, kind,
                requester, requester_name, received_on, deadline, status, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'open', ?10)",
            params![
                id,
                subject_key,
                name,
                birth.map(date_to_db),
                to_db(request.kind),
                requester_to_db(request.requester),
                request.requester_name.as_str(),
                date_to_db(request.received_on),
                date_to_db(request.deadline),
                time_to_db(now)
            ],
        )?;
        audit::append(
            &tx,
            AuditKind::RightsRequestRegistered,
            None,
            DecidedBy::Chair,
            now,
        )?;
        tx.commit()?;
        load_request(&self.conn, &id)
    }

    /// R17: every request, by deadline (earliest first).
    pub fn rights_requests(&self) -> Result<Vec<StoredRequest>, StoreError> {
        let sql = format!(
            "SELECT {REQUEST_COLUMNS} FROM rights_requests ORDER BY deadline, received_on, id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut rows = stmt.query([])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            out.push(request_row(r)?);
        }
        Ok(out)
    }

    /// One step on a request: load, let the domain decide, write the status, audit.
    fn request_step<T>(
        &mut self,
        id: &str,
        kind: AuditKind,
        now: DateTime<Utc>,
        f: impl FnOnce(&Transaction<'_>, &mut StoredRequest) -> Result<T, StoreError>,
    ) -> Result<(StoredRequest, T), StoreError> {
        let tx = self.conn.transaction()?;
        let mut stored = load_request(&tx, id)?;
        let out = f(&tx, &mut stored)?;
        write_status(&tx, id, &stored.request, now.date_naive())?;
        audit::append(&tx, kind, None, DecidedBy::Chair, now)?;
        tx.commit()?;
        Ok((load_request(&self.conn, id)?, out))
    }

    /// R17: extends the term once by two months, with a notice.
    pub fn extend_request(
        &mut self,
        id: &str,
        notice: &str,
        now: DateTime<Utc>,
    ) -> Result<StoredRequest, StoreError> {
        self.request_step(id, AuditKind::RightsRequestExtended, now, |_, s| {
            Ok(s.request.extend(notice, now.date_naive())?)
        })
        .map(|(s, ())| s)
    }

    /// R17: refuses a pending request, with a reason.
    pub fn refuse_request(
        &mut self,
        id: &str,
        reason: &str,
        now: DateTime<Utc>,
    ) -> Result<StoredRequest, StoreError> {
        self.request_step(id, AuditKind::RightsRequestRefused, now, |_, s| {
            Ok(s.request.refuse(reason)?)
        })
        .map(|(s, ())| s)
    }

    /// R17: a granted request has been carried out.
    pub fn complete_request(
        &mut self,
        id: &str,
        now: DateTime<Utc>,
    ) -> Result<StoredRequest, StoreError> {
        self.request_step(id, AuditKind::RightsRequestDone, now, |_, s| {
            Ok(s.request.complete()?)
        })
        .map(|(s, ())| s)
    }

    /// R17: grants a pending request. A granted erasure removes the person's data at once
    /// (see [`erase_subject`]); a granted objection marks the person so no new items are
    /// added about them and they are left out of the recipients' extracts. Other kinds
    /// only change the status (access: make the report; correction: through R16).
    pub fn grant_request(
        &mut self,
        id: &str,
        now: DateTime<Utc>,
    ) -> Result<(StoredRequest, Option<ErasureOutcome>), StoreError> {
        let granted = self.request_step(id, AuditKind::RightsRequestGranted, now, |tx, s| {
            s.request.grant()?;
            match s.request.kind {
                RequestKind::Erasure => Ok(Some(erase_subject(tx, &s.subject_key, now)?)),
                RequestKind::Objection => {
                    tx.execute(
                        "INSERT OR IGNORE INTO objections (subject_key, request_id, granted_at)
                         VALUES (?1, ?2, ?3)",
                        params![s.subject_key, s.id, time_to_db(now)],
                    )?;
                    for row in rows_of(tx, &s.subject_key)? {
                        tx.execute(
                            "UPDATE subjects SET objected = 1 WHERE id = ?1",
                            [row.id.to_string()],
                        )?;
                    }
                    audit::append(tx, AuditKind::SubjectObjected, None, DecidedBy::Chair, now)?;
                    Ok(None)
                }
                _ => Ok(None),
            }
        })?;
        // R17 × R15: an erasure leaves no old page image behind either.
        if granted.1.is_some() {
            self.reclaim_after_removal();
        }
        Ok(granted)
    }

    /// R14/R18: an access report was saved to disk (no file name, no person, no meeting).
    pub fn record_access_report_saved(&mut self, now: DateTime<Utc>) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        audit::append(&tx, AuditKind::DocumentsSaved, None, DecidedBy::Chair, now)?;
        tx.commit()?;
        Ok(())
    }

    /// R14d/R17: everything the store holds about one person, across meetings. The only
    /// path: the person's subject rows are found by identity, and per meeting
    /// `domain::access_meeting` keeps only the items linked to those rows.
    pub fn access_report(
        &self,
        subject_key: &str,
        printed_on: NaiveDate,
    ) -> Result<AccessReport, StoreError> {
        let rows = rows_of(&self.conn, subject_key)?;
        let mut per_meeting: Vec<(MeetingId, Vec<SubjectId>)> = Vec::new();
        for r in &rows {
            match per_meeting.iter_mut().find(|(m, _)| *m == r.meeting) {
                Some((_, ids)) => ids.push(r.id),
                None => per_meeting.push((r.meeting, vec![r.id])),
            }
        }
        let mut meetings = Vec::new();
        for (meeting, subjects) in per_meeting {
            let data = load_flow(&self.conn, meeting)?;
            let mut versions: HashMap<ItemId, Vec<AccessVersion>> = HashMap::new();
            for item in data
                .record
                .items
                .iter()
                .filter(|i| data.version_of(i.item.id) > 1)
            {
                let history = self.item_history(meeting, item.item.id)?;
                versions.insert(
                    item.item.id,
                    history
                        .into_iter()
                        .map(|v| AccessVersion {
                            version: v.version,
                            text: v.text,
                            on: v.at.date_naive(),
                            reason: v.reason,
                            reaction: v.reaction,
                        })
                        .collect(),
                );
            }
            let finalized = matches!(data.state, MeetingState::Finalized { .. });
            if let Some(m) = domain::access_meeting(&data.record, finalized, &subjects, &versions) {
                meetings.push(m);
            }
        }
        let latest = rows.last();
        Ok(AccessReport {
            subject_name: latest.map(|r| r.name.clone()).unwrap_or_default(),
            birth_date: latest.and_then(|r| r.birth),
            printed_on,
            objected: is_objected(&self.conn, subject_key)?,
            meetings,
            audit_position: self.audit_position()?,
            organisation: self.document_organisation()?,
        })
    }
}

/// R17: a granted erasure. Every item linked to one of the person's subject rows is
/// deleted, in every meeting (with its basis, consents, releases and versions, which
/// cascade; `secure_delete` overwrites the freed pages), and the person's subject rows lose
/// their name, birth date and secret address, so the person is no longer recognisable.
///
/// Decision for finalized meetings (R13/R15/R16): the right to erasure (seed 004 art. 9)
/// outweighs the immutability of a finalized meeting, so its items are removed too; the
/// meeting stays finalized and keeps its structure (a nameless subject row, the plan's
/// actions). Copies already handed out cannot be recalled: the outcome lists the
/// recipients who received a removed item so the chair can inform them, as with a
/// correction (seed 003 §5.3.4). An item about several family members is removed as a
/// whole: its text cannot be split safely. One `subject_data_erased` audit entry per
/// meeting, without personal data.
fn erase_subject(
    tx: &Transaction<'_>,
    key: &str,
    now: DateTime<Utc>,
) -> Result<ErasureOutcome, StoreError> {
    let rows = rows_of(tx, key)?;
    let mut outcome = ErasureOutcome::default();
    let mut meetings: Vec<MeetingId> = Vec::new();
    for row in &rows {
        let items: Vec<String> = {
            let mut stmt =
                tx.prepare_cached("SELECT item_id FROM item_subjects WHERE subject_id = ?1")?;
            let ids = stmt.query_map([row.id.to_string()], |r| r.get(0))?;
            ids.collect::<Result<_, _>>()?
        };
        for item in &items {
            let mut stmt = tx.prepare_cached(
                "SELECT p.name, p.organisation FROM releases r
                 JOIN participants p ON p.id = r.recipient_id
                 WHERE r.item_id = ?1 AND r.decision = 'released' ORDER BY p.rowid",
            )?;
            let got = stmt.query_map([item], |r| {
                Ok(ErasureRecipient {
                    name: r.get(0)?,
                    organisation: r.get(1)?,
                })
            })?;
            for g in got {
                let g = g?;
                if !outcome.recipients_to_inform.contains(&g) {
                    outcome.recipients_to_inform.push(g);
                }
            }
            outcome.items_removed +=
                u32::try_from(tx.execute("DELETE FROM items WHERE id = ?1", [item])?).unwrap_or(0);
        }
        tx.execute(
            "UPDATE subjects SET name = NULL, birth_date = NULL, secret_address = NULL
             WHERE id = ?1",
            [row.id.to_string()],
        )?;
        index_subject(tx, row.id, None, None)?;
        // Their own recorded views, wishes and objections are their data too.
        tx.execute(
            "DELETE FROM family_voices WHERE subject_id = ?1",
            [row.id.to_string()],
        )?;
        if !meetings.contains(&row.meeting) {
            meetings.push(row.meeting);
        }
    }
    for m in &meetings {
        audit::append(
            tx,
            AuditKind::SubjectDataErased,
            Some(*m),
            DecidedBy::Chair,
            now,
        )?;
    }
    outcome.meetings = u32::try_from(meetings.len()).unwrap_or(u32::MAX);
    Ok(outcome)
}
