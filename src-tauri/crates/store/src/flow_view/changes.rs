//! Issue 19: a change of a meeting answered with what it changed on the page, instead of
//! the whole page again. A release decision used to answer with 190–310 KB of JSON for a
//! 50-item, 12-participant meeting (the matrix's cells and needs, the checklist), of which
//! one cell and one open point had changed: writing that JSON was a third of the command,
//! and the window read and parsed all of it again.
//!
//! The steps are a JSON Patch (RFC 6902: `test`, `add`, `remove`, `replace` with JSON
//! Pointer paths) from the page the window holds to the new one. They begin with two
//! tests: the page is this meeting's and has the revision the steps were computed from.
//! A window that holds another page (it missed an answer, or got one from elsewhere) finds
//! a failed test, applies nothing and loads the meeting again. The steps never say more
//! than the whole page would: they are computed from the two pages the domain decided.

use super::{
    CarriedAction, ConsentCandidatesView, ConsentWithdrawalView, Decision, ItemProfile,
    MeetingFlow, MeetingMinutes, Notification, OpenPoint, OpenPointGroup, Participant,
    ParticipantProfile, ReleaseCell, ReleaseNeed,
};
use serde::Serialize;
use serde_json::Value;

/// One step of a JSON Patch (RFC 6902) on the meeting page.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "op", rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum FlowOp {
    /// The page holds `value` at `path`; if not, no step applies.
    Test {
        path: String,
        #[cfg_attr(feature = "ts", ts(type = "unknown"))]
        value: Value,
    },
    /// `value` inserted at `path` (in a list: before the element at that index).
    Add {
        path: String,
        #[cfg_attr(feature = "ts", ts(type = "unknown"))]
        value: Value,
    },
    /// What is at `path` removed (in a list: the later elements move up).
    Remove { path: String },
    /// What is at `path` replaced by `value`.
    Replace {
        path: String,
        #[cfg_attr(feature = "ts", ts(type = "unknown"))]
        value: Value,
    },
}

/// How a change of a meeting answers: the whole page, or the steps from the page the
/// window holds (its `revision`) to the new one.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum FlowAnswer {
    /// The whole page (the window held no page of this meeting from this store).
    Whole { flow: Box<MeetingFlow> },
    /// The steps; they start with the tests of the meeting and the revision.
    Changed { ops: Vec<FlowOp> },
}

/// The steps that turn the page `old` (as the window holds it) into `new`: the tests of
/// `old`'s meeting and revision, then what differs (`new`'s revision among it).
///
/// # Errors
/// A value that cannot be written as JSON (the whole page then cannot either).
pub fn flow_changes(
    old: &MeetingFlow,
    new: &MeetingFlow,
) -> Result<Vec<FlowOp>, serde_json::Error> {
    let mut ops = vec![
        FlowOp::Test {
            path: "/id".into(),
            value: Value::from(old.id.as_str()),
        },
        FlowOp::Test {
            path: "/revision".into(),
            value: Value::from(old.revision),
        },
    ];
    old.changes(new, "", &mut ops)?;
    Ok(ops)
}

/// Steps were added to the list, or a value could not be written as JSON.
type Steps = Result<(), serde_json::Error>;

/// What changed between two values of the page, as steps at `path`. By default a value
/// that differs is replaced whole; lists and the structures that hold lists say more
/// precisely what changed.
trait Changes: Serialize + PartialEq {
    fn changes(&self, new: &Self, path: &str, ops: &mut Vec<FlowOp>) -> Steps {
        if self != new {
            ops.push(FlowOp::Replace {
                path: path.to_owned(),
                value: serde_json::to_value(new)?,
            });
        }
        Ok(())
    }
}

/// A list: the elements both keep at the start and at the end stay; of those between, the
/// first ones change in place, the rest of the old are removed, or the rest of the new are
/// added. One decision changes one cell and one open point: a step or two.
impl<T: Changes> Changes for Vec<T> {
    fn changes(&self, new: &Self, path: &str, ops: &mut Vec<FlowOp>) -> Steps {
        let start = self.iter().zip(new).take_while(|(a, b)| a == b).count();
        let (old_rest, new_rest) = (&self[start..], &new[start..]);
        let end = old_rest
            .iter()
            .rev()
            .zip(new_rest.iter().rev())
            .take_while(|(a, b)| a == b)
            .count();
        let old_mid = &old_rest[..old_rest.len() - end];
        let new_mid = &new_rest[..new_rest.len() - end];
        let paired = old_mid.len().min(new_mid.len());
        for (i, (a, b)) in old_mid.iter().zip(new_mid).enumerate() {
            a.changes(b, &format!("{path}/{}", start + i), ops)?;
        }
        let at = format!("{path}/{}", start + paired);
        for _ in paired..old_mid.len() {
            ops.push(FlowOp::Remove { path: at.clone() });
        }
        for (k, added) in new_mid[paired..].iter().enumerate() {
            ops.push(FlowOp::Add {
                path: format!("{path}/{}", start + paired + k),
                value: serde_json::to_value(added)?,
            });
        }
        Ok(())
    }
}

/// The fields of a structure, each at its serde (camelCase) key. The destructuring
/// without `..` makes a new field that is not listed a compile error.
macro_rules! fields {
    ($ty:ident, $old:ident, $new:ident, $path:ident, $ops:ident; $($f:ident),* $(,)?) => {{
        let $ty { $($f: _),* } = $old;
        $(
            $old.$f.changes(
                &$new.$f,
                &format!("{}/{}", $path, domain::camel_case(stringify!($f))),
                $ops,
            )?;
        )*
        Ok(())
    }};
}

impl Changes for MeetingFlow {
    fn changes(&self, new: &Self, path: &str, ops: &mut Vec<FlowOp>) -> Steps {
        fields!(MeetingFlow, self, new, path, ops;
            id, revision, case_label, date, purpose, criteria, family_present, anonymous,
            family_absence_reason, retention_until, finalized_at, subjects, participants,
            profiles, items, item_profiles, actions, decisions, releases, release_needs,
            release_columns, notifications, checklist, checklist_groups, carried_actions,
            attendance_counts, purpose_for_family, minutes, withdrawals, consent_candidates,
            voices)
    }
}

/// A section's open points: one decision takes one point out of the release section.
impl Changes for OpenPointGroup {
    fn changes(&self, new: &Self, path: &str, ops: &mut Vec<FlowOp>) -> Steps {
        fields!(OpenPointGroup, self, new, path, ops; section, count, points)
    }
}

/// Replaced whole when they differ.
macro_rules! whole {
    ($($t:ty),* $(,)?) => { $(impl Changes for $t {})* };
}

whole!(
    String,
    Option<String>,
    bool,
    u32,
    u64,
    domain::ChecklistSection,
    domain::SubjectView,
    domain::Item,
    domain::Action,
    domain::FamilyVoice,
    domain::AttendanceCounts,
    Participant,
    ParticipantProfile,
    ItemProfile,
    Decision,
    ReleaseCell,
    ReleaseNeed,
    Notification,
    OpenPoint,
    CarriedAction,
    MeetingMinutes,
    ConsentWithdrawalView,
    ConsentCandidatesView,
);
