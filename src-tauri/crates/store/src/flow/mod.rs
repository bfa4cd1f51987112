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
        let tx = self.conn.transaction()?;
        let mut data = load_flow(&tx, id)?;
        domain::ensure_editable(data.state)?;
        let out = f(&tx, &mut data)?;
        audit::append(&tx, kind, Some(id), decided_by, now)?;
        tx.commit()?;
        match answer {
            Answer::Reloaded => Ok((load_flow(&self.conn, id)?, out)),
            Answer::AsApplied => {
                // Every test runs a debug build: there the stored flow is loaded again and
                // must be the one the domain applied (docs/engineering.md §10). The message
                // names no value: a flow holds personal data.
                #[cfg(debug_assertions)]
                assert!(
                    load_flow(&self.conn, id)? == data,
                    "a change answered as applied differs from what was stored"
                );
                Ok((data, out))
            }
        }
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
