//! The audit log (R18): every change to personal data leaves an entry — when, what kind of
//! change, which meeting, on whose decision — in the same transaction as the change.
//! Entries are hash-chained (SHA-256 over the previous hash and the entry's fields) and the
//! last one is anchored in `audit_head`, so any changed, removed, inserted or reordered
//! entry is found by [`Store::verify_audit`]. No personal data is ever written here.

use crate::codec::time_to_db;
use crate::ExecuteCached;
use crate::{Store, StoreError};
use chrono::{DateTime, Utc};
use domain::{MeetingId, ParticipantId};
use rusqlite::{params, OptionalExtension, Transaction};
use sha2::{Digest, Sha256};

/// What kind of change an entry records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditKind {
    StoreCreated,
    MeetingCreated,
    ParticipantAdded,
    ItemAdded,
    PreparationChanged,
    SubjectAdded,
    SubjectChanged,
    PledgeRecorded,
    BasisSet,
    ConsentRecorded,
    ConsentWithdrawn,
    ActionAdded,
    ReleaseDecided,
    /// A bulk "stays in the meeting" taken back, per cell.
    ReleaseUndone,
    NotificationAdded,
    RetentionSet,
    MeetingFinalized,
    /// R8: whether a subject holds parental authority changed.
    AuthoritySet,
    /// R14/R21: a secret address was set or changed (the value is never logged).
    SecretAddressSet,
    /// R14/R21: a secret address was removed.
    SecretAddressCleared,
    SubjectRemoved,
    ParticipantChanged,
    ParticipantRemoved,
    ItemRemoved,
    ActionRemoved,
    /// R11/seed 002: a decision with its reason was recorded.
    DecisionAdded,
    /// R11: a decision was removed (nothing hung under it).
    DecisionRemoved,
    /// Seed 002: a participant's dissent with a decision was recorded.
    DissentAdded,
    /// Seed 002: a recorded dissent was removed.
    DissentRemoved,
    NotificationRemoved,
    /// R21: the store was re-encrypted under a new passphrase.
    PassphraseChanged,
    /// R15: the destroy-after date was extended by 6 months (the reason stays with the
    /// meeting, not here).
    RetentionExtended,
    /// R15: an expired meeting was destroyed; only its id remains, here.
    MeetingDestroyed,
    /// R15/R21: the chair changed a setting.
    SettingsChanged,
    /// R14/R18: documents of a finalized meeting were saved to disk (who got what stays
    /// derivable from the release matrix; no file names or paths here).
    DocumentsSaved,
    /// R16: an item of a finalized meeting was corrected (a new version; the texts, the
    /// reason and the reaction stay with the meeting, not here).
    ItemCorrected,
    /// R17: a rights request was registered (who and what stay in the register, not here).
    RightsRequestRegistered,
    /// R17: the term of a rights request was extended by two months.
    RightsRequestExtended,
    /// R17: a rights request was granted.
    RightsRequestGranted,
    /// R17: a rights request was refused.
    RightsRequestRefused,
    /// R17: a granted rights request was carried out.
    RightsRequestDone,
    /// R17: a granted erasure removed a family member's items from this meeting.
    SubjectDataErased,
    /// R17: a granted objection: no new items about a family member.
    SubjectObjected,
    /// R21: the admin tool wrote a verified, encrypted backup (no file name or path here).
    BackupMade,
    /// R21: the admin tool put a backup in place of the store (recorded in the restored
    /// store, so its log shows where its history was rewound).
    StoreRestored,
    /// R11: a follow-up meeting was created with the open actions of the previous one.
    FollowUpCreated,
    /// R11/R13: the chair recorded what became of a carried-over action.
    CarriedActionSettled,
    /// Issue 17 point 1: a family member's view, wish or objection was recorded (its text
    /// stays with the meeting, not here).
    FamilyVoiceAdded,
    /// Issue 17 point 1: the meeting's answer to it was recorded or changed.
    FamilyVoiceAnswered,
    /// Issue 17 point 1: a recorded view, wish or objection was removed.
    FamilyVoiceRemoved,
    /// Issue 17 point 8: an invitation or the attendance sheet was saved (no name, path or
    /// file name in the entry).
    PreparationSaved,
    /// How a participant attended (present / apologies / observer) was recorded.
    AttendanceSet,
    /// R20: a data breach was registered (what happened stays in the register, not here).
    BreachRegistered,
    /// R20: the chair recorded that the partners were told of a breach.
    BreachPartnersInformed,
    /// R20 × R15: a breach record reached the end of its retention and was destroyed.
    BreachRecordDestroyed,
    /// R14c: the chair marked what the family letter shows of an action or the purpose.
    ForFamilySet,
    /// R14c/R17: a participant's organisation's complaint route was set.
    ComplaintRouteSet,
    /// R12/AVG art. 23: a postponement of informing the family was lifted (later event).
    PostponementLifted,
    /// R12: the outcome was told to the family (later event).
    NotificationDone,
    /// R10: a recipient was told that a consent was withdrawn.
    WithdrawalInformDone,
    /// R15/R17: an answered rights request (and its granted objection) passed its
    /// retention term and was destroyed; no id, name or date of it remains here.
    RightsRecordDestroyed,
    /// R16: the contributor refused a correction; nothing changed in the item.
    CorrectionRefused,
    /// The wall: the chair marked an item "op het scherm" or "niet op het scherm" (a
    /// disclosure to everyone in the room; which item stays with the meeting).
    WallMarkSet,
    /// Seed 002 Feitenonderzoek 4: the start and end time, the account of the course of the
    /// meeting or its agreement were recorded (never the text itself).
    MinutesSet,
    /// R7b: the chair added a legal basis for an organisation type.
    CustomBasisAdded,
    /// R7b: the chair removed a legal basis no item rested on.
    CustomBasisRemoved,
    /// R20/R18: the breach list (who to inform) was saved to a file (no path or names).
    BreachListSaved,
    /// R19/R18: the anonymous management report was saved to a file.
    ReportSaved,
    // Reads (NEN 7513): who looked at what is logged too, ids and kinds only.
    /// R21: the store was unlocked.
    Unlocked,
    /// R21: a wrong passphrase was tried (recorded at the next unlock, with its own time:
    /// a store that cannot be opened cannot be written).
    UnlockFailed,
    /// R21: the store was locked, and why.
    Locked(domain::LockReason),
    /// A meeting was opened (its id only).
    MeetingOpened,
    /// A meeting was shown in presentation mode.
    PresentationOpened,
    /// The chair searched across meetings (never the search text).
    SearchRun,
    /// R16: the versions of an item were viewed.
    HistoryViewed,
    /// R17: the register of rights requests was viewed.
    RightsRegisterViewed,
    /// R19: the management report was viewed.
    ReportViewed,
    /// R20: the breach register or a breach impact view was viewed.
    BreachViewed,
    /// The privacy officer listed the audit log (`casus log`).
    AuditLogViewed,
}

impl AuditKind {
    pub fn code(self) -> &'static str {
        match self {
            AuditKind::StoreCreated => "store_created",
            AuditKind::MeetingCreated => "meeting_created",
            AuditKind::ParticipantAdded => "participant_added",
            AuditKind::ItemAdded => "item_added",
            AuditKind::PreparationChanged => "preparation_changed",
            AuditKind::SubjectAdded => "subject_added",
            AuditKind::SubjectChanged => "subject_changed",
            AuditKind::PledgeRecorded => "pledge_recorded",
            AuditKind::BasisSet => "basis_set",
            AuditKind::ConsentRecorded => "consent_recorded",
            AuditKind::ConsentWithdrawn => "consent_withdrawn",
            AuditKind::ActionAdded => "action_added",
            AuditKind::ReleaseDecided => "release_decided",
            AuditKind::ReleaseUndone => "release_undone",
            AuditKind::NotificationAdded => "notification_added",
            AuditKind::RetentionSet => "retention_set",
            AuditKind::MeetingFinalized => "meeting_finalized",
            AuditKind::AuthoritySet => "authority_set",
            AuditKind::SecretAddressSet => "secret_address_set",
            AuditKind::SecretAddressCleared => "secret_address_cleared",
            AuditKind::SubjectRemoved => "subject_removed",
            AuditKind::ParticipantChanged => "participant_changed",
            AuditKind::ParticipantRemoved => "participant_removed",
            AuditKind::ItemRemoved => "item_removed",
            AuditKind::ActionRemoved => "action_removed",
            AuditKind::DecisionAdded => "decision_added",
            AuditKind::DecisionRemoved => "decision_removed",
            AuditKind::DissentAdded => "dissent_added",
            AuditKind::DissentRemoved => "dissent_removed",
            AuditKind::NotificationRemoved => "notification_removed",
            AuditKind::PassphraseChanged => "passphrase_changed",
            AuditKind::RetentionExtended => "retention_extended",
            AuditKind::MeetingDestroyed => "meeting_destroyed",
            AuditKind::SettingsChanged => "settings_changed",
            AuditKind::DocumentsSaved => "documents_saved",
            AuditKind::ItemCorrected => "item_corrected",
            AuditKind::RightsRequestRegistered => "rights_request_registered",
            AuditKind::RightsRequestExtended => "rights_request_extended",
            AuditKind::RightsRequestGranted => "rights_request_granted",
            AuditKind::RightsRequestRefused => "rights_request_refused",
            AuditKind::RightsRequestDone => "rights_request_done",
            AuditKind::SubjectDataErased => "subject_data_erased",
            AuditKind::SubjectObjected => "subject_objected",
            AuditKind::BackupMade => "backup_made",
            AuditKind::StoreRestored => "store_restored",
            AuditKind::FollowUpCreated => "follow_up_created",
            AuditKind::CarriedActionSettled => "carried_action_settled",
            AuditKind::FamilyVoiceAdded => "family_voice_added",
            AuditKind::FamilyVoiceAnswered => "family_voice_answered",
            AuditKind::FamilyVoiceRemoved => "family_voice_removed",
            AuditKind::PreparationSaved => "preparation_saved",
            AuditKind::AttendanceSet => "attendance_set",
            AuditKind::BreachRegistered => "breach_registered",
            AuditKind::BreachPartnersInformed => "breach_partners_informed",
            AuditKind::BreachRecordDestroyed => "breach_record_destroyed",
            AuditKind::ForFamilySet => "for_family_set",
            AuditKind::ComplaintRouteSet => "complaint_route_set",
            AuditKind::PostponementLifted => "postponement_lifted",
            AuditKind::NotificationDone => "notification_done",
            AuditKind::WithdrawalInformDone => "withdrawal_inform_done",
            AuditKind::RightsRecordDestroyed => "rights_record_destroyed",
            AuditKind::CorrectionRefused => "correction_refused",
            AuditKind::WallMarkSet => "wall_mark_set",
            AuditKind::MinutesSet => "minutes_set",
            AuditKind::CustomBasisAdded => "custom_basis_added",
            AuditKind::CustomBasisRemoved => "custom_basis_removed",
            AuditKind::BreachListSaved => "breach_list_saved",
            AuditKind::ReportSaved => "report_saved",
            AuditKind::Unlocked => "unlocked",
            AuditKind::UnlockFailed => "unlock_failed",
            AuditKind::Locked(domain::LockReason::ByHand) => "locked_by_hand",
            AuditKind::Locked(domain::LockReason::Idle) => "locked_idle",
            AuditKind::Locked(domain::LockReason::Sleep) => "locked_sleep",
            AuditKind::Locked(domain::LockReason::ScreenLock) => "locked_screen",
            AuditKind::MeetingOpened => "meeting_opened",
            AuditKind::PresentationOpened => "presentation_opened",
            AuditKind::SearchRun => "search_run",
            AuditKind::HistoryViewed => "history_viewed",
            AuditKind::RightsRegisterViewed => "rights_register_viewed",
            AuditKind::ReportViewed => "report_viewed",
            AuditKind::BreachViewed => "breach_viewed",
            AuditKind::AuditLogViewed => "audit_log_viewed",
        }
    }
}

/// On whose decision a change was made. The chair records decisions on behalf of the
/// contributor (R9); without a participant it is the chair's own action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecidedBy {
    Chair,
    Participant(ParticipantId),
}

/// The outcome of checking the chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuditVerdict {
    Intact {
        entries: u64,
    },
    /// The first entry (by sequence number) where the chain does not hold.
    Broken {
        at_seq: i64,
        problem: AuditProblem,
    },
}

/// Where the audit chain does not hold (R18). Its serde name is its wire name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum AuditProblem {
    /// The stored hash does not match the entry's content and its predecessor.
    HashMismatch,
    /// A sequence number is missing or out of order (an entry was removed or inserted).
    Gap,
    /// The anchor does not match the last entry (entries removed from the end, or the
    /// anchor itself changed).
    HeadMismatch,
}

const GENESIS: [u8; 32] = [0; 32];

fn entry_hash(
    prev: &[u8],
    seq: i64,
    at: &str,
    kind: &str,
    meeting: Option<&str>,
    decided_by: Option<&str>,
) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(prev);
    h.update(seq.to_be_bytes());
    for part in [Some(at), Some(kind), meeting, decided_by] {
        // Length-prefixed, so no two different entries hash the same bytes.
        match part {
            Some(s) => {
                h.update([1]);
                h.update((s.len() as u64).to_be_bytes());
                h.update(s.as_bytes());
            }
            None => h.update([0]),
        }
    }
    h.finalize().into()
}

/// Appends one entry inside the caller's transaction.
pub(crate) fn append(
    tx: &Transaction<'_>,
    kind: AuditKind,
    meeting: Option<MeetingId>,
    decided_by: DecidedBy,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let head: Option<(i64, Vec<u8>)> = tx
        .query_row("SELECT seq, hash FROM audit_head WHERE id = 1", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?;
    let (prev_seq, prev_hash) = head.unwrap_or((0, GENESIS.to_vec()));
    let seq = prev_seq + 1;
    let at = time_to_db(now);
    let meeting = meeting.map(|m| m.to_string());
    let decided_by = match decided_by {
        DecidedBy::Chair => None,
        DecidedBy::Participant(p) => Some(p.to_string()),
    };
    let hash = entry_hash(
        &prev_hash,
        seq,
        &at,
        kind.code(),
        meeting.as_deref(),
        decided_by.as_deref(),
    );
    tx.execute_cached(
        "INSERT INTO audit_log (seq, at, kind, meeting_id, decided_by, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![seq, at, kind.code(), meeting, decided_by, hash.as_slice()],
    )?;
    tx.execute_cached(
        "INSERT INTO audit_head (id, seq, hash) VALUES (1, ?1, ?2)
         ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash",
        params![seq, hash.as_slice()],
    )?;
    Ok(())
}

/// Checks a chain of entries `(seq, at, kind, meeting, decided_by, hash)` in sequence order
/// against its anchor.
pub(crate) fn verify_rows(
    rows: impl Iterator<Item = Result<AuditRow, StoreError>>,
    head: Option<(i64, Vec<u8>)>,
) -> Result<AuditVerdict, StoreError> {
    let mut prev = GENESIS.to_vec();
    let mut expected_seq = 1;
    let mut count = 0;
    for row in rows {
        let row = row?;
        if row.seq != expected_seq {
            return Ok(AuditVerdict::Broken {
                at_seq: row.seq,
                problem: AuditProblem::Gap,
            });
        }
        let hash = entry_hash(
            &prev,
            row.seq,
            &row.at,
            &row.kind,
            row.meeting.as_deref(),
            row.decided_by.as_deref(),
        );
        if hash.as_slice() != row.hash.as_slice() {
            return Ok(AuditVerdict::Broken {
                at_seq: row.seq,
                problem: AuditProblem::HashMismatch,
            });
        }
        prev = row.hash;
        expected_seq += 1;
        count += 1;
    }
    let last_seq = expected_seq - 1;
    let anchored = match head {
        None => count == 0,
        Some((seq, hash)) => seq == last_seq && hash == prev,
    };
    if anchored {
        Ok(AuditVerdict::Intact { entries: count })
    } else {
        Ok(AuditVerdict::Broken {
            at_seq: last_seq,
            problem: AuditProblem::HeadMismatch,
        })
    }
}

/// Which entries the privacy officer asks for; `None` is "all".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AuditFilter {
    pub meeting: Option<MeetingId>,
    pub from: Option<chrono::NaiveDate>,
    pub to: Option<chrono::NaiveDate>,
}

/// One entry as the privacy officer sees it: number, time (as stored), kind code, ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub seq: i64,
    pub at: String,
    pub kind: String,
    pub meeting_id: Option<String>,
    pub decided_by: Option<String>,
}

/// One line of the log screen: the entry (ids and codes only, as logged), and the names
/// the store still knows for its ids, looked up when the screen asks (never written to the
/// log; `casus log` prints ids only).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditLine {
    pub entry: AuditEntry,
    /// The meeting's case label while the meeting exists.
    pub case_label: Option<String>,
    /// The participant on whose decision it was made, while they exist.
    pub decided_by_name: Option<String>,
}

/// The filter of [`Store::audit_entries`] and [`Store::audit_page`] on `audit_log a`.
const AUDIT_WHERE: &str = "WHERE (?1 IS NULL OR a.meeting_id = ?1)
               AND (?2 IS NULL OR a.at >= ?2)
               AND (?3 IS NULL OR a.at < ?3)";

/// The meeting id and the period as stored times: from the first day's midnight up to
/// (not including) the midnight after the last day, UTC.
fn filter_params(filter: &AuditFilter) -> (Option<String>, Option<String>, Option<String>) {
    let from = filter
        .from
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|t| time_to_db(t.and_utc()));
    let to = filter
        .to
        .and_then(|d| d.succ_opt())
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|t| time_to_db(t.and_utc()));
    (filter.meeting.map(|m| m.to_string()), from, to)
}

pub(crate) struct AuditRow {
    seq: i64,
    at: String,
    kind: String,
    meeting: Option<String>,
    decided_by: Option<String>,
    hash: Vec<u8>,
}

impl Store {
    /// Recomputes the whole chain (R18).
    pub fn verify_audit(&self) -> Result<AuditVerdict, StoreError> {
        verify_audit_log(&self.conn)
    }

    /// Logs a read or a session event (NEN 7513) in its own transaction: kinds and ids only.
    pub fn log_access(
        &mut self,
        kind: AuditKind,
        meeting: Option<MeetingId>,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        append(&tx, kind, meeting, DecidedBy::Chair, now)?;
        tx.commit()?;
        Ok(())
    }

    /// Logs an unlock (NEN 7513): first the failed tries since the last unlock, each with
    /// its own time, then the unlock itself; one transaction.
    pub fn log_unlock(
        &mut self,
        failed_at: &[DateTime<Utc>],
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        for at in failed_at {
            append(&tx, AuditKind::UnlockFailed, None, DecidedBy::Chair, *at)?;
        }
        append(&tx, AuditKind::Unlocked, None, DecidedBy::Chair, now)?;
        tx.commit()?;
        Ok(())
    }

    /// The entries for the privacy officer (NEN 7513), oldest first, optionally only those
    /// of one meeting and/or within a period (`from` and `to` inclusive, whole days UTC).
    pub fn audit_entries(&self, filter: &AuditFilter) -> Result<Vec<AuditEntry>, StoreError> {
        Ok(self
            .query_audit(filter, None)?
            .into_iter()
            .map(|l| l.entry)
            .collect())
    }

    /// The newest `limit` entries the filter selects (the log screen), and how many it
    /// selects in all.
    pub fn audit_page(
        &self,
        filter: &AuditFilter,
        limit: u32,
    ) -> Result<(Vec<AuditLine>, u64), StoreError> {
        let entries = self.query_audit(filter, Some(limit))?;
        let (meeting, from, to) = filter_params(filter);
        let total: i64 = self.conn.query_row(
            &format!("SELECT count(*) FROM audit_log a {AUDIT_WHERE}"),
            params![meeting, from, to],
            |r| r.get(0),
        )?;
        Ok((entries, total.unsigned_abs()))
    }

    /// Oldest first without a limit; newest first with one.
    fn query_audit(
        &self,
        filter: &AuditFilter,
        newest: Option<u32>,
    ) -> Result<Vec<AuditLine>, StoreError> {
        let (meeting, from, to) = filter_params(filter);
        let (order, limit) = match newest {
            Some(n) => ("DESC", i64::from(n)),
            None => ("ASC", -1),
        };
        let mut stmt = self.conn.prepare(&format!(
            "SELECT a.seq, a.at, a.kind, a.meeting_id, a.decided_by, m.case_label, p.name
             FROM audit_log a
             LEFT JOIN meetings m ON m.id = a.meeting_id
             LEFT JOIN participants p ON p.id = a.decided_by
                 AND EXISTS (SELECT 1 FROM meetings pm WHERE pm.id = p.meeting_id)
             {AUDIT_WHERE}
             ORDER BY a.seq {order} LIMIT ?4"
        ))?;
        let rows = stmt.query_map(params![meeting, from, to, limit], |r| {
            Ok(AuditLine {
                entry: AuditEntry {
                    seq: r.get(0)?,
                    at: r.get(1)?,
                    kind: r.get(2)?,
                    meeting_id: r.get(3)?,
                    decided_by: r.get(4)?,
                },
                case_label: r.get(5)?,
                decided_by_name: r.get(6)?,
            })
        })?;
        rows.map(|r| r.map_err(StoreError::from)).collect()
    }

    /// Number of entries (for the UI and tests).
    pub fn audit_len(&self) -> Result<u64, StoreError> {
        let n: i64 = self
            .conn
            .query_row("SELECT count(*) FROM audit_log", [], |r| r.get(0))?;
        Ok(n.unsigned_abs())
    }
}

/// Recomputes the chain on any connection to a store (also an unlocked copy, as the admin
/// tool and the tamper tests use).
pub fn verify_audit_log(conn: &rusqlite::Connection) -> Result<AuditVerdict, StoreError> {
    {
        let head = conn
            .query_row("SELECT seq, hash FROM audit_head WHERE id = 1", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()?;
        let mut stmt = conn.prepare(
            "SELECT seq, at, kind, meeting_id, decided_by, hash FROM audit_log ORDER BY seq",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(AuditRow {
                seq: r.get(0)?,
                at: r.get(1)?,
                kind: r.get(2)?,
                meeting: r.get(3)?,
                decided_by: r.get(4)?,
                hash: r.get(5)?,
            })
        })?;
        verify_rows(rows.map(|r| r.map_err(StoreError::from)), head)
    }
}
