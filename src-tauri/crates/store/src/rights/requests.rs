//! R17: the register of rights requests: registering, the steps the domain allows, and
//! what granting an erasure or objection does to the stored data.

use super::{index_subject, rows_of, ErasureOutcome, ErasureRecipient, StoredRequest};
use crate::audit::{self, AuditKind, DecidedBy};
use crate::codec::*;
use crate::ExecuteCached;
use crate::{Store, StoreError};
use chrono::{DateTime, NaiveDate, Utc};
use domain::{
    DomainError, Field, Label, MeetingId, Prose, RequestInput, RequestKind, RequestStatus,
    Requester, RightsRequest,
};
use rusqlite::{params, Connection, Transaction};

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
    tx.execute_cached(
        "UPDATE rights_requests SET status = ?2, deadline = ?3,
            notice = coalesce(?4, notice), refusal_reason = ?5,
            answered_on = coalesce(answered_on, ?6)
         WHERE id = ?1",
        params![id, status, date_to_db(r.deadline), notice, reason, answered],
    )?;
    Ok(())
}

impl Store {
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
        tx.execute_cached(
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
        // R4: the names of a request are names the store knows (migration 0042).
        crate::anonymous::index_names(
            &tx,
            crate::anonymous::NameHolder::Request(&id),
            &[&*name, request.requester_name.as_str()],
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
                    tx.execute_cached(
                        "INSERT OR IGNORE INTO objections (subject_key, request_id, granted_at)
                         VALUES (?1, ?2, ?3)",
                        params![s.subject_key, s.id, time_to_db(now)],
                    )?;
                    for row in rows_of(tx, &s.subject_key)? {
                        tx.execute_cached(
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
                u32::try_from(tx.execute_cached("DELETE FROM items WHERE id = ?1", [item])?)
                    .unwrap_or(0);
        }
        tx.execute_cached(
            "UPDATE subjects SET name = NULL, birth_date = NULL, secret_address = NULL
             WHERE id = ?1",
            [row.id.to_string()],
        )?;
        index_subject(tx, row.id, None, None)?;
        // Their own recorded views, wishes and objections are their data too.
        tx.execute_cached(
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
