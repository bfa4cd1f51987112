//! The complete meeting (R1–R15). Every edit follows one pattern: in one transaction, load
//! the meeting's whole record, ask the domain whether the meeting may still change
//! (R13) and whether the edit is allowed, write exactly what changed, append an audit
//! entry (R18), commit, and return the fresh record. A refused edit changes nothing.

mod attendance;
mod changes;
mod correction;
mod decisions;
mod family;
mod followup;
mod items;
mod load;
mod meeting;
mod notification;
mod plan;
mod releases;
mod voice;
mod withdrawal;

use crate::audit::{self, AuditKind, DecidedBy};
use crate::codec::*;
use crate::{Store, StoreError};
use chrono::{DateTime, Utc};
use domain::{
    DomainError, Field, ItemId, MeetingId, MeetingRecord, MeetingState, OpenPoint, ParticipantId,
};
use rusqlite::{params, Transaction};
use std::collections::HashMap;

pub use correction::{CorrectionResult, ItemVersion, RefusedCorrectionRow};
pub(crate) use load::load_flow;
pub use withdrawal::{ReceivedItem, StoredWithdrawal};

/// One meeting's whole record as stored, with what the wire needs beyond the domain.
#[derive(Debug, Clone, PartialEq)]
pub struct FlowData {
    pub record: MeetingRecord,
    pub state: MeetingState,
    /// Ids of each item's consent records, in the order of `Basis::Consent::records`.
    pub consent_ids: HashMap<ItemId, Vec<String>>,
    /// R16: the current version of each corrected item; an item not listed is version 1.
    pub versions: HashMap<ItemId, u32>,
    /// R10: consents withdrawn after the meeting, with whom to inform.
    pub withdrawals: Vec<StoredWithdrawal>,
}

impl FlowData {
    /// R16: the current version of an item (1 = never corrected).
    pub fn version_of(&self, item: ItemId) -> u32 {
        self.versions.get(&item).copied().unwrap_or(1)
    }
}

/// How a change of a meeting's flow answers (issue 19: loading the flow is about half of a
/// write, `benches/flow_parts.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Answer {
    /// The flow loaded again after the commit: for changes whose stored form the domain
    /// does not hold in memory exactly (new ids, versions, derived rows).
    Reloaded,
    /// The transaction's flow with the change the domain applied in memory, which is
    /// exactly what was stored.
    AsApplied,
}

/// Issue 19: the flow the last change of a meeting answered with (as stored), and the
/// store's [`Stamp`] at that change's commit. The next change of the same meeting starts
/// from it instead of loading the whole meeting again (about half of a change's time,
/// `benches/flow_parts.rs`), but only while the stamp is unchanged: nothing at all has
/// been written since, by this connection or another. Any other write (the audit entry of
/// a search, the background search index, a destruction) makes the next change load the
/// flow again. It holds what the window already shows and goes with the store at lock.
#[derive(Debug)]
pub(crate) struct FlowCache {
    id: MeetingId,
    stamp: Stamp,
    data: FlowData,
}

/// Whether anything was written to the store: the rows this connection has changed since
/// it was opened (`sqlite3_total_changes`, statements inside triggers included) and
/// `PRAGMA data_version` (moves when another connection commits). Read inside a
/// transaction, `data_version` also starts its read snapshot, so a commit of another
/// connection after it makes this transaction's first write fail instead of writing over
/// it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    ours: u64,
    others: i64,
}

impl Stamp {
    fn of(conn: &rusqlite::Connection) -> Result<Self, StoreError> {
        let others = conn
            .prepare_cached("PRAGMA data_version")?
            .query_row([], |r| r.get(0))?;
        Ok(Self {
            ours: conn.total_changes(),
            others,
        })
    }
}

/// The flow of meeting `id` inside `tx`: the kept one when it is this meeting's and
/// nothing was written since it was kept, else loaded.
#[track_caller]
fn kept_or_loaded(
    kept: Option<FlowCache>,
    tx: &Transaction<'_>,
    id: MeetingId,
) -> Result<FlowData, StoreError> {
    match kept {
        Some(c) if c.id == id && c.stamp == Stamp::of(tx)? => {
            // Every test runs a debug build: there the kept flow must be the stored one
            // (docs/engineering.md §10). The message names no value.
            #[cfg(debug_assertions)]
            assert!(
                load_flow(tx, id)? == c.data,
                "a cached meeting flow differs from what is stored"
            );
            Ok(c.data)
        }
        _ => load_flow(tx, id),
    }
}

/// R7a/R8: one consent as the chair records it, and the preparation fields of a meeting
/// (R3/R4): the domain's parsed inputs.
pub use domain::{ConsentGiven, PreparationInput};

impl Store {
    /// The whole record of one meeting.
    pub fn meeting_flow(&self, id: MeetingId) -> Result<FlowData, StoreError> {
        load_flow(&self.conn, id)
    }

    /// The one write path of a meeting's flow, the pattern every edit follows (see the
    /// module docs): load it in a transaction, let the domain check and apply the change
    /// (`f` writes it), audit it, commit, and answer with the flow as `answer` says
    /// ([`Answer::AsApplied`] for changes whose closure mirrors every row it writes in the
    /// flow).
    #[track_caller]
    fn edit<T>(
        &mut self,
        answer: Answer,
        id: MeetingId,
        kind: AuditKind,
        decided_by: DecidedBy,
        now: DateTime<Utc>,
        f: impl FnOnce(&Transaction<'_>, &mut FlowData) -> Result<T, StoreError>,
    ) -> Result<(FlowData, T), StoreError> {
        let (data, stamp, out) = self.flow_transaction(id, kind, decided_by, now, |tx, d| {
            domain::ensure_editable(d.state)?;
            f(tx, d)
        })?;
        let data = match answer {
            Answer::Reloaded => load_flow(&self.conn, id)?,
            Answer::AsApplied => {
                // Every test runs a debug build: there the stored flow is loaded again and
                // must be the one the domain applied (docs/engineering.md §10). The message
                // names no value: a flow holds personal data.
                #[cfg(debug_assertions)]
                assert!(
                    load_flow(&self.conn, id)? == data,
                    "a change answered as applied differs from what was stored"
                );
                data
            }
        };
        self.keep_flow(id, stamp, &data);
        Ok((data, out))
    }

    /// A meeting's whole flow read to be shown (its page: [`AuditKind::MeetingOpened`];
    /// presentation mode: [`AuditKind::PresentationOpened`]), and the read logged as `read`
    /// (NEN 7513) in the same transaction. The flow kept by the last change is used when
    /// nothing was written since; the answer is kept for the meeting's next change.
    #[track_caller]
    pub fn read_meeting_flow(
        &mut self,
        id: MeetingId,
        read: AuditKind,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        let (data, stamp, ()) =
            self.flow_transaction(id, read, DecidedBy::Chair, now, |_, _| Ok(()))?;
        self.keep_flow(id, stamp, &data);
        Ok(data)
    }

    /// One transaction on a meeting's flow: the kept flow or a load, `f` on it, the audit
    /// entry, the commit. Returns the flow as `f` left it and the store's stamp just before
    /// the commit (inside the transaction: a commit of another connection after it moves
    /// `data_version` for the next change, see `Stamp`).
    #[track_caller]
    fn flow_transaction<T>(
        &mut self,
        id: MeetingId,
        kind: AuditKind,
        decided_by: DecidedBy,
        now: DateTime<Utc>,
        f: impl FnOnce(&Transaction<'_>, &mut FlowData) -> Result<T, StoreError>,
    ) -> Result<(FlowData, Stamp, T), StoreError> {
        let kept = self.flow_cache.take();
        let tx = self.conn.transaction()?;
        let mut data = kept_or_loaded(kept, &tx, id)?;
        let out = f(&tx, &mut data)?;
        audit::append(&tx, kind, Some(id), decided_by, now)?;
        let stamp = Stamp::of(&tx)?;
        tx.commit()?;
        Ok((data, stamp, out))
    }

    /// Keeps a copy of `data`, as stored when the store's stamp was `stamp`.
    fn keep_flow(&mut self, id: MeetingId, stamp: Stamp, data: &FlowData) {
        self.flow_cache = Some(FlowCache {
            id,
            stamp,
            data: data.clone(),
        });
    }

    /// Benchmarks only: the next change loads its meeting again, as before the cache
    /// (`benches/flow_cache.rs`).
    #[cfg(feature = "bench-plain")]
    pub fn forget_flow_for_bench(&mut self) {
        self.forget_kept_flow();
    }

    /// Forgets the flow of the last change, so no copy of a meeting stays in memory while
    /// nobody looks at it: when meetings are destroyed (R15) and when the chair goes back to
    /// the meeting list (the shell's `list_meetings`). The next change loads its meeting.
    pub fn forget_kept_flow(&mut self) {
        self.flow_cache = None;
    }

    /// Whether a flow is kept (tests: what [`Self::forget_kept_flow`] promises).
    pub fn keeps_a_flow(&self) -> bool {
        self.flow_cache.is_some()
    }

    /// Whose decision a change to this item is (R5).
    fn contributor_of(&self, id: MeetingId, item: ItemId) -> Result<ParticipantId, StoreError> {
        let raw: Option<String> = rusqlite::OptionalExtension::optional(self.conn.query_row(
            "SELECT contributor_id FROM items WHERE id = ?1 AND meeting_id = ?2",
            params![item.to_string(), id.to_string()],
            |r| r.get(0),
        ))?;
        match raw {
            Some(s) => Ok(ParticipantId::from_uuid(uuid_from_db(&s)?)),
            None => {
                // A meeting that does not exist is "not found"; an item of another meeting
                // is simply not one of this meeting.
                load_flow(&self.conn, id)?;
                Err(DomainError::UnknownItem { field: Field::Item }.into())
            }
        }
    }
}

/// The checklist of a stored meeting (R13).
pub fn checklist_of(data: &FlowData) -> Vec<OpenPoint> {
    domain::checklist(&data.record)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    /// A store after one change of a seeded meeting, with the kept copy of that change's
    /// answer made to differ from the store (an item's version), and a second participant.
    fn store_with_a_tampered_copy() -> (tempfile::TempDir, Store, MeetingId, ParticipantId) {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::create(dir.path(), "geheim wachtwoord 1234").unwrap();
        let seeded = store
            .seed(
                crate::SeedSpec {
                    meetings: 1,
                    participants_per_meeting: 3,
                    subjects_per_meeting: 1,
                    items_per_meeting: 2,
                    actions_per_meeting: 1,
                    finalized: false,
                },
                5,
            )
            .unwrap();
        let m = MeetingId::from_uuid(seeded.meeting_ids[0].parse().unwrap());
        let who = store.meeting_flow(m).unwrap().record.participant_ids();
        store
            .set_attendance(m, who[0], domain::Attendance::Present, Utc::now())
            .unwrap();
        let cache = store.flow_cache.as_mut().expect("the change was cached");
        assert_eq!(cache.stamp, Stamp::of(&store.conn).unwrap());
        cache
            .data
            .versions
            .insert(cache.data.record.items[0].item.id, 9);
        (dir, store, m, who[1])
    }

    /// The second change starts from the flow the first answered with, not from a load:
    /// a kept flow that differs from the store is caught by the debug check (every test
    /// runs a debug build), which proves the copy was taken.
    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "a cached meeting flow differs from what is stored")]
    fn a_change_starts_from_the_flow_the_last_change_answered_with() {
        let (_dir, mut store, m, next) = store_with_a_tampered_copy();
        let _ = store.set_attendance(m, next, domain::Attendance::Present, Utc::now());
    }

    /// Showing the meeting right after its change takes the same copy.
    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "a cached meeting flow differs from what is stored")]
    fn showing_a_meeting_starts_from_the_flow_the_last_change_answered_with() {
        let (_dir, mut store, m, _) = store_with_a_tampered_copy();
        let _ = store.read_meeting_flow(m, AuditKind::PresentationOpened, Utc::now());
    }

    /// After the kept flow is forgotten the next change loads the meeting: the tampered
    /// copy is not used (it would fail the debug check above), and the change is stored.
    #[test]
    fn a_forgotten_flow_is_not_used_by_the_next_change() {
        let (_dir, mut store, m, next) = store_with_a_tampered_copy();
        assert!(store.keeps_a_flow());
        store.forget_kept_flow();
        assert!(!store.keeps_a_flow());
        let data = store
            .set_attendance(m, next, domain::Attendance::Present, Utc::now())
            .unwrap();
        assert_eq!(data, store.meeting_flow(m).unwrap());
        assert!(store.keeps_a_flow(), "the new change is kept again");
    }
}
