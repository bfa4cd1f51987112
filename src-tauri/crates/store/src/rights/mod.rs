//! R17: the register of rights requests, the access report and what a granted erasure or
//! objection does to the stored data. Every write follows the `flow` pattern: one
//! transaction, the domain decides, the store writes, one audit entry without personal
//! data (only kinds, meeting ids and times), commit. A refused step changes nothing.

mod access;
mod people;
mod requests;

use crate::codec::*;
use crate::StoreError;
use chrono::NaiveDate;
use domain::{MeetingId, Relation, RightsRequest, SubjectId, SubjectIdentity};
use rusqlite::{Connection, OptionalExtension};

pub(crate) use people::{
    check_subjects_not_objected, index_all_subject_names, index_subject, key_all_subjects,
    mark_if_objected,
};

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
