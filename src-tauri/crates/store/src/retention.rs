//! R15 retention and the chair's settings. Expired meetings are destroyed, not hidden:
//! every row of the meeting is deleted with `secure_delete` on (SQLite overwrites the
//! freed bytes), the WAL is checkpointed and truncated, and the freed pages are given back
//! (`incremental_vacuum`, or one full `VACUUM` on a store created before auto-vacuum was
//! switched on). The audit log keeps one entry per destroyed meeting with only its id.
//! Answered rights requests and their granted objections (R17: names, birth dates) are
//! destroyed the same way once their own term after the answer has passed; the audit log
//! keeps one entry per destroyed request without any id of it.
//!
//! At unlock a destruction has two steps (issue 19): the expired meetings become
//! unreachable in one short transaction (`hide_expired`: their `meetings` rows and kept
//! counts go, their ids into `destroying`), and the rest of their rows
//! goes in chunks after the unlock (`destroy_pending_chunk`, called by the shell between
//! commands). A lock, close or crash leaves the rest in `destroying`; the next unlock
//! finishes it before anything else.

use crate::audit::{self, AuditKind, DecidedBy};
use crate::codec::{date_from_db, date_to_db, time_to_db, uuid_from_db};
use crate::ExecuteCached;
use crate::{Store, StoreError};
use chrono::{DateTime, Days, NaiveDate, Utc};
use domain::{
    IdlePolicy, Label, MeetingId, RetentionCeiling, RetentionMonths, RightsRetentionMonths,
};
use rusqlite::{params, OptionalExtension, Transaction};
use std::time::Duration;

/// The chair's settings (R15, R21).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    /// R21: idle time before the store locks itself.
    pub idle: IdlePolicy,
    /// R15: default retention of new meetings.
    pub retention_months: RetentionMonths,
    /// R15: the maximum retention of a meeting, extensions included (migration 0016).
    pub retention_ceiling: RetentionCeiling,
    /// R15/R17: how long an answered rights request is kept after its answer.
    pub rights_retention: RightsRetentionMonths,
}

/// R15: a meeting whose destroy-after date is near. The UI gets it as it is (dates as
/// `YYYY-MM-DD`; `destroyAfter` is the last day the meeting is kept).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ExpiringMeeting {
    pub id: MeetingId,
    pub case_label: Label,
    /// `YYYY-MM-DD`
    #[cfg_attr(feature = "ts", ts(as = "String"))]
    pub date: NaiveDate,
    /// `YYYY-MM-DD`: the last day the meeting is kept.
    #[cfg_attr(feature = "ts", ts(as = "String"))]
    pub destroy_after: NaiveDate,
    /// How often the date was extended already.
    pub extensions: u32,
}

pub(crate) fn settings_in(conn: &rusqlite::Connection) -> Result<Settings, StoreError> {
    let (idle_seconds, months, ceiling, rights): (u32, u32, u32, u32) = conn.query_row(
        "SELECT idle_seconds, retention_months, retention_ceiling_months,
                rights_retention_months
         FROM settings WHERE id = 1",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
    )?;
    let corrupt = |_| StoreError::Corrupt("settings");
    Ok(Settings {
        idle: IdlePolicy::new(Duration::from_secs(u64::from(idle_seconds))),
        retention_months: RetentionMonths::new(months).map_err(corrupt)?,
        retention_ceiling: RetentionCeiling::new(ceiling).map_err(corrupt)?,
        rights_retention: RightsRetentionMonths::new(rights).map_err(corrupt)?,
    })
}

impl Store {
    pub fn settings(&self) -> Result<Settings, StoreError> {
        settings_in(&self.conn)
    }

    /// R21: the idle time before the store locks, in whole minutes (1–60).
    pub fn set_idle_minutes(
        &mut self,
        minutes: u32,
        now: DateTime<Utc>,
    ) -> Result<Settings, StoreError> {
        let policy = IdlePolicy::from_minutes(minutes)?;
        self.write_setting(
            "UPDATE settings SET idle_seconds = ?1 WHERE id = 1",
            u32::try_from(policy.timeout().as_secs()).unwrap_or(u32::MAX),
            now,
        )
    }

    /// R15: the default retention of meetings created from now on (1–24 months).
    pub fn set_retention_months(
        &mut self,
        months: u32,
        now: DateTime<Utc>,
    ) -> Result<Settings, StoreError> {
        let months = RetentionMonths::new(months)?;
        let current = self.settings()?;
        domain::check_retention_settings(
            months,
            current.retention_ceiling,
            domain::Field::RetentionMonths,
        )?;
        self.write_setting(
            "UPDATE settings SET retention_months = ?1 WHERE id = 1",
            months.get(),
            now,
        )
    }

    /// R15: the maximum retention of a meeting, extensions included (6–60 months).
    pub fn set_retention_ceiling(
        &mut self,
        months: u32,
        now: DateTime<Utc>,
    ) -> Result<Settings, StoreError> {
        let months = RetentionCeiling::new(months)?;
        let current = self.settings()?;
        domain::check_retention_settings(
            current.retention_months,
            months,
            domain::Field::RetentionCeiling,
        )?;
        self.write_setting(
            "UPDATE settings SET retention_ceiling_months = ?1 WHERE id = 1",
            months.get(),
            now,
        )
    }

    /// R15/R17: how long an answered rights request is kept after its answer (1–60
    /// months).
    pub fn set_rights_retention_months(
        &mut self,
        months: u32,
        now: DateTime<Utc>,
    ) -> Result<Settings, StoreError> {
        let months = RightsRetentionMonths::new(months)?;
        self.write_setting(
            "UPDATE settings SET rights_retention_months = ?1 WHERE id = 1",
            months.get(),
            now,
        )
    }

    fn write_setting(
        &mut self,
        sql: &str,
        value: u32,
        now: DateTime<Utc>,
    ) -> Result<Settings, StoreError> {
        let tx = self.conn.transaction()?;
        tx.execute_cached(sql, [value])?;
        audit::append(&tx, AuditKind::SettingsChanged, None, DecidedBy::Chair, now)?;
        tx.commit()?;
        self.settings()
    }

    /// R15: extends the destroy-after date by 6 months, with the chair's reason, up to the
    /// maximum of the settings. Also for a finalized meeting: how long it is kept is not
    /// part of its content (R13); the expiring-meetings list leads here.
    pub fn extend_retention(
        &mut self,
        id: MeetingId,
        reason: &str,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<NaiveDate, StoreError> {
        let tx = self.conn.transaction()?;
        let ceiling = settings_in(&tx)?.retention_ceiling;
        let (meeting_date, current) = destroy_after_of(&tx, id)?;
        let ext = domain::extend_retention(current, today, reason, meeting_date, ceiling)?;
        tx.execute_cached(
            "UPDATE meetings SET retention_until = ?2 WHERE id = ?1",
            params![id.to_string(), date_to_db(ext.until)],
        )?;
        tx.execute_cached(
            "INSERT INTO retention_extensions (meeting_id, at, from_date, until_date, reason)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                id.to_string(),
                time_to_db(now),
                date_to_db(ext.from),
                date_to_db(ext.until),
                ext.reason.as_str()
            ],
        )?;
        audit::append(
            &tx,
            AuditKind::RetentionExtended,
            Some(id),
            DecidedBy::Chair,
            now,
        )?;
        tx.commit()?;
        Ok(ext.until)
    }

    /// R15: meetings that are not expired on `today` but will be within `days` days,
    /// soonest first.
    pub fn expiring_within(
        &self,
        today: NaiveDate,
        days: u32,
    ) -> Result<Vec<ExpiringMeeting>, StoreError> {
        let last = today
            .checked_add_days(Days::new(u64::from(days)))
            .unwrap_or(NaiveDate::MAX);
        let mut stmt = self.conn.prepare_cached(
            "SELECT m.id, m.case_label, m.meeting_date, m.retention_until,
                    (SELECT count(*) FROM retention_extensions e WHERE e.meeting_id = m.id)
             FROM meetings m
             WHERE m.retention_until >= ?1 AND m.retention_until <= ?2
             ORDER BY m.retention_until, m.meeting_date, m.id",
        )?;
        let rows = stmt.query_map(params![date_to_db(today), date_to_db(last)], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, u32>(4)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, label, date, until, extensions) = row?;
            let destroy_after = date_from_db(&until)?;
            if !domain::expires_within(destroy_after, today, days) {
                continue;
            }
            out.push(ExpiringMeeting {
                id: MeetingId::from_uuid(uuid_from_db(&id)?),
                case_label: Label::parse(&label, domain::Field::CaseLabel)
                    .map_err(|_| StoreError::Corrupt("label"))?,
                date: date_from_db(&date)?,
                destroy_after,
                extensions,
            });
        }
        Ok(out)
    }

    /// R15: destroys every meeting expired on `today` (all its rows, in every table) and
    /// reclaims the freed pages, all before it returns: [`Self::hide_expired`], then
    /// [`Self::finish_destroying`]. Returns the ids of the destroyed meetings. The unlock
    /// does the first step only and leaves the rest to the shell, after the unlock.
    pub fn destroy_expired(
        &mut self,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<Vec<MeetingId>, StoreError> {
        let ids = self.hide_expired(today, now)?;
        self.finish_destroying()?;
        Ok(ids)
    }

    /// R15, first step, in one short transaction: every meeting expired on `today` becomes
    /// unreachable and is recorded as being destroyed (migration 0038: its `meetings` row
    /// is deleted, with foreign keys off so nothing cascades yet, and its id goes into
    /// `destroying`); its kept report counts go (its search document stays for the chunks:
    /// a search joins `meetings`); the audit log gets
    /// one entry per meeting with only its id, as for a whole destruction. Every read
    /// starts from `meetings`, so nothing of these meetings can be shown from here on. The
    /// rest of their rows goes in chunks ([`Self::destroy_pending_chunk`]); the freed pages
    /// are given back after the last chunk. Answered rights requests past their term are
    /// destroyed whole here, as before (few rows). Returns the ids of the meetings.
    pub fn hide_expired(
        &mut self,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<Vec<MeetingId>, StoreError> {
        self.forget_kept_flow();
        // A no-op inside a transaction, so set before it starts and always set back.
        self.conn.execute_batch("PRAGMA foreign_keys = OFF;")?;
        let hidden = self.hide_expired_in_one_transaction(today, now);
        let restored = self.conn.execute_batch("PRAGMA foreign_keys = ON;");
        let (meetings, anything) = hidden?;
        restored?;
        // Only rights records went: nothing waits for a chunk, give their pages back now.
        if anything && self.destroying_left()? == 0 {
            self.reclaim_free_pages()?;
        }
        Ok(meetings)
    }

    /// R15: how many meetings are hidden but not yet destroyed row by row (migration 0038).
    pub fn destroying_left(&self) -> Result<usize, StoreError> {
        let n: i64 = self
            .conn
            .query_row("SELECT count(*) FROM destroying", [], |r| r.get(0))?;
        Ok(usize::try_from(n).unwrap_or(0))
    }

    /// R15: destroys every meeting still in `destroying`, chunk after chunk, then gives
    /// the freed pages back and truncates the WAL.
    pub fn finish_destroying(&mut self) -> Result<(), StoreError> {
        while self.destroy_pending_chunk()? > 0 {}
        Ok(())
    }

    /// R15, the rest: destroys every remaining row of up to [`DESTROY_CHUNK`] meetings in
    /// `destroying` in one transaction (their ids leave `destroying` in it). After the
    /// last chunk the freed pages are given back (inside its transaction) and the WAL
    /// checkpointed and truncated. Returns how many meetings are left; 0 when nothing was
    /// waiting (then nothing is done). `secure_delete` stays on.
    ///
    /// One statement per table and cascade key, children first, with foreign-key
    /// enforcement off for the transaction: the tables and the conditions come from the
    /// schema's own `ON DELETE CASCADE` keys ([`crate::cascade::meeting_rows`]), so exactly
    /// the rows the cascade would remove are removed (a row any of its parents reaches),
    /// without the cascade probing every child table once per deleted row (7–15 ms per
    /// meeting; BENCHMARKS.md, R15 at unlock).
    pub fn destroy_pending_chunk(&mut self) -> Result<usize, StoreError> {
        let chunk: Vec<String> = {
            let mut stmt = self
                .conn
                .prepare_cached("SELECT meeting_id FROM destroying ORDER BY meeting_id LIMIT ?1")?;
            let rows = stmt.query_map([DESTROY_CHUNK], |r| r.get(0))?;
            rows.collect::<Result<_, _>>()?
        };
        if chunk.is_empty() {
            return Ok(0);
        }
        self.conn.execute_batch("PRAGMA foreign_keys = OFF;")?;
        let destroyed = self.destroy_chunk_in_one_transaction(&chunk);
        let restored = self.conn.execute_batch("PRAGMA foreign_keys = ON;");
        let left = destroyed?;
        restored?;
        if left == 0 {
            // No old page image of them stays in the WAL.
            self.reclaim_free_pages()?;
        }
        Ok(left)
    }

    /// The rows of the meetings in `chunk`; how many meetings are left after it.
    fn destroy_chunk_in_one_transaction(&mut self, chunk: &[String]) -> Result<usize, StoreError> {
        let tx = self.conn.transaction()?;
        // Overwrite freed bytes (SQLCipher switches this on when keying; be explicit).
        tx.execute_batch("PRAGMA secure_delete = ON;")?;
        let ids = serde_json::to_string(chunk).map_err(|_| StoreError::Corrupt("meeting ids"))?;
        // The search documents (migration 0024) name the meeting without a foreign key.
        // They stay until here: a search joins `meetings`, so it finds no hidden meeting,
        // and deleting them frees thousands of index pages (a 0.3–0.5 s commit for 1,000
        // meetings at unlock); gone first, the item deletes below find no document to
        // rewrite.
        tx.execute_cached(
            "DELETE FROM meeting_search_docs WHERE rowid IN (SELECT id FROM search_docs
                 WHERE meeting_id IN (SELECT value FROM json_each(?1)))",
            [&ids],
        )?;
        tx.execute_cached(
            "DELETE FROM search_docs WHERE meeting_id IN (SELECT value FROM json_each(?1))",
            [&ids],
        )?;
        // The search documents' and kept counts' row triggers (migrations 0024, 0025)
        // would fire once per deleted row for meetings whose documents and counts went
        // already: off for this transaction, put back as they were before it commits.
        let derived = crate::cascade::derived_row_triggers(&tx)?;
        for (name, _) in &derived {
            tx.execute_batch(&format!("DROP TRIGGER \"{name}\";"))?;
        }
        // The schema is fixed while the store is open (migrations run at open), so the
        // statements are read from it once, at the first chunk.
        if self.meeting_rows.get().is_none() {
            let _ = self.meeting_rows.set(crate::cascade::meeting_rows(&tx)?);
        }
        let rows = self
            .meeting_rows
            .get()
            .ok_or(StoreError::Corrupt("cascade keys"))?;
        // A statement takes the chunk's ids when it has a parameter (SQLite counts them).
        let run = |sql: &str| -> Result<usize, rusqlite::Error> {
            let mut stmt = tx.prepare(sql)?;
            if stmt.parameter_count() == 0 {
                stmt.execute([])
            } else {
                stmt.execute([&ids])
            }
        };
        for sql in &rows.setup {
            run(sql)?;
        }
        for (table, keys) in &rows.tables {
            // An empty table costs its condition's subqueries all the same: skip it.
            let empty: bool = tx.query_row(
                &format!("SELECT NOT EXISTS (SELECT 1 FROM \"{table}\")"),
                [],
                |r| r.get(0),
            )?;
            if empty {
                continue;
            }
            // One statement per cascading key: a row goes when any of its parents goes
            // (the union), and each statement is one plain index search instead of an
            // OR over several indexes that first collects and sorts every rowid.
            for key in keys {
                run(&format!("DELETE FROM \"{table}\" WHERE {key}"))?;
            }
        }
        for sql in &rows.teardown {
            run(sql)?;
        }
        for (_, sql) in &derived {
            tx.execute_batch(sql)?;
        }
        tx.execute_cached(
            "DELETE FROM destroying WHERE meeting_id IN (SELECT value FROM json_each(?1))",
            [&ids],
        )?;
        let left: i64 = tx.query_row("SELECT count(*) FROM destroying", [], |r| r.get(0))?;
        // The pages this chunk freed given back before its commit (each chunk its share:
        // all at the end made the last chunk wait 1.4 s for 1,000 meetings): the file ends
        // where the kept pages end, and the commit writes no page past that end into the
        // WAL. A store without auto-vacuum gets its one full VACUUM after the last chunk.
        incremental_vacuum(&tx)?;
        tx.commit()?;
        Ok(usize::try_from(left).unwrap_or(0))
    }

    /// The hidden meetings, and whether anything (meetings or rights records) went.
    fn hide_expired_in_one_transaction(
        &mut self,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<(Vec<MeetingId>, bool), StoreError> {
        let tx = self.conn.transaction()?;
        let expired = expired_meetings(&tx, today)?;
        let rights = expired_rights_requests(&tx, today)?;
        if expired.is_empty() && rights.is_empty() {
            return Ok((expired, false));
        }
        // Overwrite freed bytes (SQLCipher switches this on when keying; be explicit).
        tx.execute_batch("PRAGMA secure_delete = ON;")?;
        if !expired.is_empty() {
            // Which meetings expired is the domain's decision above; SQL only gets the ids.
            let ids =
                serde_json::to_string(&expired.iter().map(ToString::to_string).collect::<Vec<_>>())
                    .map_err(|_| StoreError::Corrupt("meeting ids"))?;
            // The kept report counts (migration 0025): forgotten now, so no report counts
            // the meeting.
            tx.execute_cached(
                "DELETE FROM meeting_counts WHERE meeting_id IN (SELECT value FROM json_each(?1))",
                [&ids],
            )?;
            tx.execute_cached(
                "DELETE FROM meeting_breach_counts
                 WHERE meeting_id IN (SELECT value FROM json_each(?1))",
                [&ids],
            )?;
            tx.execute_cached(
                "INSERT OR IGNORE INTO destroying (meeting_id)
                 SELECT value FROM json_each(?1)",
                [&ids],
            )?;
            // The meeting's own row: every read starts from it. Foreign keys are off, so
            // its children stay for the chunks. Its search document too: the search
            // documents' delete trigger (0.28 s for 1,000 meetings) is off for this
            // statement; a search joins `meetings`, so it finds no hidden meeting.
            let derived = crate::cascade::derived_row_triggers(&tx)?;
            for (name, _) in &derived {
                tx.execute_batch(&format!("DROP TRIGGER \"{name}\";"))?;
            }
            tx.execute_cached(
                "DELETE FROM meetings WHERE id IN (SELECT value FROM json_each(?1))",
                [&ids],
            )?;
            for (_, sql) in &derived {
                tx.execute_batch(sql)?;
            }
            for id in &expired {
                audit::append(
                    &tx,
                    AuditKind::MeetingDestroyed,
                    Some(*id),
                    DecidedBy::Chair,
                    now,
                )?;
            }
        }
        // R15/R17: the rights register by its own term; the objection goes with its
        // request. Subject rows already marked `objected` stay so until their meeting is
        // destroyed.
        for request in &rights {
            tx.execute_cached("DELETE FROM objections WHERE request_id = ?1", [request])?;
            tx.execute_cached("DELETE FROM rights_requests WHERE id = ?1", [request])?;
            audit::append(
                &tx,
                AuditKind::RightsRecordDestroyed,
                None,
                DecidedBy::Chair,
                now,
            )?;
        }
        tx.commit()?;
        Ok((expired, true))
    }

    /// After a committed removal or erasure (R9, R17): what [`Self::reclaim_free_pages`]
    /// does, without turning the committed change into an error when it cannot run now
    /// (the chair would read "nothing was changed"). SQLite checkpoints and deletes the WAL
    /// when the store closes, and the next destruction reclaims the pages.
    pub(crate) fn reclaim_after_removal(&mut self) {
        let _ = self.reclaim_free_pages();
    }

    /// Gives freed pages back and leaves no old page image in the WAL.
    fn reclaim_free_pages(&mut self) -> Result<(), StoreError> {
        // One checkpoint, after the vacuum: it copies every page image into the store file
        // and truncates the WAL (a second one before the vacuum doubled the fsyncs).
        let mode: i64 = self
            .conn
            .query_row("PRAGMA auto_vacuum", [], |r| r.get(0))?;
        if mode == 2 {
            incremental_vacuum(&self.conn)?;
        } else {
            // A store created before auto-vacuum: one full VACUUM switches it on.
            self.conn
                .execute_batch("PRAGMA auto_vacuum = INCREMENTAL; VACUUM;")?;
        }
        self.checkpoint()
    }
}

/// R15: how many hidden meetings one chunk destroys row by row (one transaction; a command
/// waits for at most one chunk).
pub const DESTROY_CHUNK: i64 = 25;

/// Gives every free page back to the file system (a store with `auto_vacuum =
/// INCREMENTAL`; a no-op otherwise). Also inside a write transaction.
fn incremental_vacuum(conn: &rusqlite::Connection) -> Result<(), StoreError> {
    // Stepped to the end: `execute_batch` steps a statement once, and this pragma gives
    // back one page per step (a migration that drops a table left pages behind that way).
    let mut stmt = conn.prepare("PRAGMA incremental_vacuum")?;
    let mut rows = stmt.query([])?;
    while rows.next()?.is_some() {}
    Ok(())
}

/// The meeting date and the destroy-after date of a meeting.
fn destroy_after_of(
    tx: &Transaction<'_>,
    id: MeetingId,
) -> Result<(NaiveDate, NaiveDate), StoreError> {
    let raw: Option<(String, Option<String>)> = tx
        .query_row(
            "SELECT meeting_date, retention_until FROM meetings WHERE id = ?1",
            [id.to_string()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    match raw {
        None => Err(StoreError::NotFound("meeting")),
        Some((_, None)) => Err(StoreError::Corrupt("retention")),
        Some((date, Some(s))) => Ok((date_from_db(&date)?, date_from_db(&s)?)),
    }
}

/// R15: the date the last extension of this meeting reached, if it was ever extended.
pub(crate) fn extended_to(
    tx: &rusqlite::Connection,
    id: MeetingId,
) -> Result<Option<NaiveDate>, StoreError> {
    let raw: Option<String> = tx.query_row(
        "SELECT max(until_date) FROM retention_extensions WHERE meeting_id = ?1",
        [id.to_string()],
        |r| r.get(0),
    )?;
    raw.map(|s| date_from_db(&s)).transpose()
}

/// R15/R17: the ids of answered rights requests whose term after the answer has passed.
fn expired_rights_requests(
    tx: &Transaction<'_>,
    today: NaiveDate,
) -> Result<Vec<String>, StoreError> {
    let months = settings_in(tx)?.rights_retention;
    let mut stmt = tx.prepare(
        "SELECT id, answered_on FROM rights_requests
         WHERE answered_on IS NOT NULL ORDER BY answered_on, id",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
    let mut out = Vec::new();
    for row in rows {
        let (id, answered) = row?;
        if domain::rights_record_expired(Some(date_from_db(&answered)?), today, months) {
            out.push(id);
        }
    }
    Ok(out)
}

fn expired_meetings(tx: &Transaction<'_>, today: NaiveDate) -> Result<Vec<MeetingId>, StoreError> {
    let mut stmt = tx.prepare(
        "SELECT id, retention_until FROM meetings
         WHERE retention_until < ?1 ORDER BY retention_until, id",
    )?;
    let rows = stmt.query_map([date_to_db(today)], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, until) = row?;
        if domain::is_expired(date_from_db(&until)?, today) {
            out.push(MeetingId::from_uuid(uuid_from_db(&id)?));
        }
    }
    Ok(out)
}
