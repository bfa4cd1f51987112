//! The plan (R11): adding an action and what the family letter shows of it (R14c).

use super::{Answer, FlowData};
use crate::audit::{AuditKind, DecidedBy};
use crate::codec::*;
use crate::ExecuteCached;
use crate::{Store, StoreError};
use chrono::{DateTime, Utc};
use domain::{ActionId, ActionInput, Field, MeetingId, Prose};
use rusqlite::params;

impl Store {
    /// R11: adds an action to the plan.
    pub fn add_action(
        &mut self,
        id: MeetingId,
        input: &ActionInput,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        self.edit(
            Answer::AsApplied,
            id,
            AuditKind::ActionAdded,
            DecidedBy::Chair,
            now,
            |tx, d| {
                let a = d.record.add_action(ActionId::new(), input)?;
                // R4: the plan of an anonymous meeting names nobody of the family either.
                let texts: Vec<(&str, Field)> =
                    std::iter::once((a.what.as_str(), Field::ActionWhat))
                        .chain(
                            a.condition
                                .as_ref()
                                .map(|c| (c.as_str(), Field::ActionCondition)),
                        )
                        .collect();
                crate::anonymous::check_texts(tx, d.record.meeting.anonymous, &texts)?;
                tx.execute_cached(
                    "INSERT INTO actions (id, meeting_id, who, what, due, condition, decision_id)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                    params![
                        a.id.to_string(),
                        id.to_string(),
                        a.who.to_string(),
                        a.what.as_str(),
                        date_to_db(a.due),
                        a.condition.as_ref().map(Prose::as_str),
                        a.decision.map(|d| d.to_string()),
                    ],
                )?;
                for item in &a.relies_on {
                    tx.execute_cached(
                        "INSERT INTO action_items (action_id, item_id) VALUES (?1, ?2)",
                        params![a.id.to_string(), item.to_string()],
                    )?;
                }
                Ok(())
            },
        )
        .map(|(d, ())| d)
    }

    /// R14c: the chair marks what the family letter shows of an action (draft only).
    pub fn set_action_for_family(
        &mut self,
        id: MeetingId,
        action: ActionId,
        for_family: domain::ForFamily,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        self.edit(
            Answer::AsApplied,
            id,
            AuditKind::ForFamilySet,
            DecidedBy::Chair,
            now,
            |tx, d| {
                d.record.set_action_for_family(action, for_family.clone())?;
                write_for_family(tx, "actions", &action.to_string(), &for_family)
            },
        )
        .map(|(d, ())| d)
    }
}

/// R14c: what the family letter shows of an action, as stored.
/// R14c: writes the chair's for-the-family mark on one row of `table` (`actions` or
/// `decisions`, both with the columns of migration 0015/0034).
pub(super) fn write_for_family(
    tx: &rusqlite::Transaction<'_>,
    table: &'static str,
    id: &str,
    f: &domain::ForFamily,
) -> Result<(), StoreError> {
    let (code, motivation) = match f {
        domain::ForFamily::Unchecked => ("unchecked", None),
        domain::ForFamily::Checked => ("checked", None),
        domain::ForFamily::NotForFamily { motivation } => {
            ("not_for_family", Some(motivation.as_str()))
        }
    };
    tx.execute_cached(
        &format!(
            "UPDATE {table} SET for_family = ?2, not_for_family_motivation = ?3 WHERE id = ?1"
        ),
        params![id, code, motivation],
    )?;
    Ok(())
}
