//! R14d/R17: the access report of one person, and its saving on the record.

use super::{is_objected, rows_of};
use crate::audit::{self, AuditKind, DecidedBy};
use crate::flow::load_flow;
use crate::{Store, StoreError};
use chrono::{DateTime, NaiveDate, Utc};
use domain::{AccessReport, AccessVersion, ItemId, MeetingId, MeetingState, SubjectId};
use std::collections::HashMap;

impl Store {
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
