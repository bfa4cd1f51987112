//! The plan of the meeting page: decisions, carried-over actions (R11), the release matrix
//! (R9/R13) and the family notifications (R12), as the domain decided them.

use super::{day, ids};
use domain::{CarriedStatus, MeetingRecord, NotificationMethod};
use serde::Serialize;

/// R11/seed 002: a decision of the meeting with its reason, the items it rests on, and
/// the participants who recorded that they disagree.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Decision {
    #[serde(flatten)]
    pub decision: domain::Decision,
    pub dissents: Vec<domain::Dissent>,
}

/// An action of the previous meeting of the same case (a snapshot).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct CarriedAction {
    pub id: String,
    pub from_meeting_id: String,
    pub who_name: String,
    pub who_organisation: String,
    pub what: String,
    pub due: String,
    /// R11: the event that was to trigger it; `None` when it was to be carried out anyway.
    pub condition: Option<String>,
    pub status: CarriedStatus,
    /// R11: the answers the chair may give, as the domain decided them.
    pub answers: Vec<CarriedAnswerView>,
}

/// R11: one answer the chair may give for a carried-over action.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct CarriedAnswerView {
    pub answer: domain::CarriedAnswer,
    /// Only "not done" takes an explanation.
    pub takes_note: bool,
}

/// R9: a decided cell of the release matrix (undecided cells are absent): the item, the
/// recipient and the domain's decision (`kind`: `stays` or `released`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ReleaseCell {
    pub item_id: domain::ItemId,
    pub recipient_id: domain::ParticipantId,
    #[serde(flatten)]
    pub decision: domain::ReleaseDecision,
}

/// R13: whether a cell of the release matrix needs the contributor's decision, and if not,
/// why (the domain's `CellNeed`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum ReleaseNeedKind {
    /// Counted until decided.
    Needed,
    /// R5: the recipient brought the item in.
    OwnItem,
    /// R9/R11: the recipient carries out no action.
    NoAction,
    /// R1: an adviseur/expert or informant whose actions do not rely on the item.
    ExpertOnly,
    /// R1/R9: the recipient takes part with expertise only and receives nothing.
    ExpertiseOnly,
    /// R9: no action of the plan relies on the item.
    NotReliedOn,
}

/// R13: one cell of the release matrix: does it need a decision?
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ReleaseNeed {
    pub item_id: String,
    pub recipient_id: String,
    pub need: ReleaseNeedKind,
    /// The recipient's actions that rely on the item (only for `needed`; empty: "stays in
    /// the meeting" is expected and a bulk decision gives it).
    pub needed_by: Vec<String>,
    /// R11: the action a one-step release is for, when there is exactly one to choose
    /// (else the chair chooses).
    pub one_step_action: Option<String>,
}

/// R12: where a notification agreement stands.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum NotificationStatus {
    /// Postponed (AVG art. 23) and not lifted.
    Postponed,
    /// Agreed; not yet recorded as done.
    Agreed,
    /// The outcome was told (see `doneOn`).
    Done,
}

/// R12: who informs the family (or some of its members), how and when.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Notification {
    pub id: String,
    /// Empty = the whole family.
    pub subject_ids: Vec<String>,
    pub informer: String,
    pub method: NotificationMethod,
    pub timing: domain::NotificationTiming,
    /// R12: the day the outcome was told (`YYYY-MM-DD`), or null: only agreed.
    pub done_on: Option<String>,
    /// R12/AVG art. 23: the day a postponement was lifted, or null.
    pub lifted_on: Option<String>,
    pub status: NotificationStatus,
    /// R12 (domain `FamilyNotification::next_event`): a postponement in force may be lifted.
    pub may_lift: bool,
    /// R12 (domain `FamilyNotification::next_event`): the day told may be recorded.
    pub may_record_done: bool,
    /// R12 (domain `notification_languages`, seed 004 art. 1.2): the covered family
    /// members whose letter language or interpreter is shown with this agreement.
    pub language_of: Vec<String>,
}

/// The decisions of a meeting with their dissents.
pub(super) fn decisions(r: &MeetingRecord) -> Vec<Decision> {
    r.decisions
        .iter()
        .map(|d| Decision {
            decision: d.clone(),
            dissents: r.dissents_with(d.id).cloned().collect(),
        })
        .collect()
}

/// The carried-over actions of a meeting, with the answers the domain allows.
pub(super) fn carried(r: &MeetingRecord) -> Vec<CarriedAction> {
    r.carried_over
        .iter()
        .map(|c| CarriedAction {
            id: c.id.to_string(),
            from_meeting_id: c.from_meeting.to_string(),
            who_name: c.who_name.to_string(),
            who_organisation: c.who_organisation.to_string(),
            what: c.what.to_string(),
            due: day(c.due),
            condition: c.condition.as_ref().map(ToString::to_string),
            status: c.status.clone(),
            answers: c
                .answers()
                .into_iter()
                .map(|answer| CarriedAnswerView {
                    answer,
                    takes_note: answer.takes_note(),
                })
                .collect(),
        })
        .collect()
}

/// The decided cells of the release matrix.
pub(super) fn releases(r: &MeetingRecord) -> Vec<ReleaseCell> {
    r.releases
        .cells()
        .filter(|(_, d)| !d.is_undecided())
        .map(|(&(item_id, recipient_id), d)| ReleaseCell {
            item_id,
            recipient_id,
            decision: d.clone(),
        })
        .collect()
}

/// The domain's reason a cell needs no decision, as its wire kind.
fn need_kind(reason: domain::NoDecisionReason) -> ReleaseNeedKind {
    match reason {
        domain::NoDecisionReason::OwnItem => ReleaseNeedKind::OwnItem,
        domain::NoDecisionReason::NoAction => ReleaseNeedKind::NoAction,
        domain::NoDecisionReason::ExpertOnly => ReleaseNeedKind::ExpertOnly,
        domain::NoDecisionReason::ExpertiseOnly => ReleaseNeedKind::ExpertiseOnly,
        domain::NoDecisionReason::NotReliedOn => ReleaseNeedKind::NotReliedOn,
    }
}

/// Per cell of the release matrix, whether it needs a decision (the domain's `CellNeed`).
pub(super) fn release_needs(r: &MeetingRecord) -> Vec<ReleaseNeed> {
    r.release_needs()
        .into_iter()
        .map(|(item, recipient, need)| {
            let (need, needed_by) = match need {
                domain::CellNeed::Needed { needed_by } => {
                    (ReleaseNeedKind::Needed, ids(&needed_by))
                }
                domain::CellNeed::NotNeeded(reason) => (need_kind(reason), Vec::new()),
            };
            ReleaseNeed {
                item_id: item.to_string(),
                recipient_id: recipient.to_string(),
                need,
                needed_by,
                one_step_action: r
                    .one_step_release_action(item, recipient)
                    .map(|a| a.to_string()),
            }
        })
        .collect()
}

/// The family notifications with their status and the next step the domain allows.
pub(super) fn notifications(r: &MeetingRecord) -> Vec<Notification> {
    r.notifications
        .iter()
        .map(|n| Notification {
            id: n.id.to_string(),
            subject_ids: match &n.about {
                domain::NotificationScope::WholeFamily => Vec::new(),
                domain::NotificationScope::Subjects(s) => ids(s),
            },
            informer: n.informer.to_string(),
            method: n.method,
            timing: n.timing.clone(),
            done_on: n.done_on.map(day),
            lifted_on: n.lifted_on.map(day),
            status: match n.status() {
                domain::NotificationStatus::Postponed => NotificationStatus::Postponed,
                domain::NotificationStatus::Agreed => NotificationStatus::Agreed,
                domain::NotificationStatus::Done(_) => NotificationStatus::Done,
            },
            may_lift: n.next_event() == Some(domain::NotificationEvent::LiftPostponement),
            may_record_done: n.next_event() == Some(domain::NotificationEvent::RecordDone),
            language_of: domain::notification_languages(r, n)
                .into_iter()
                .map(|(id, _)| id.to_string())
                .collect(),
        })
        .collect()
}
