//! Wire types of the `notification` group of `ipc.rs` (what the UI sends and gets).

use crate::dto::*;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// R12: where a notification agreement stands.
#[derive(Debug, Clone, Copy, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum NotificationStatus {
    /// Postponed (AVG art. 23) and not lifted.
    Postponed,
    /// Agreed; not yet recorded as done.
    Agreed,
    /// The outcome was told (see `doneOn`).
    Done,
}

/// R12: when the family is informed, as sent (the domain's `NotificationTiming` once
/// parsed; in TypeScript it is that type).
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum NotificationTimingInput {
    Beforehand,
    #[serde(rename_all = "camelCase")]
    Afterwards {
        motivation: String,
    },
    #[serde(rename_all = "camelCase")]
    Postponed {
        ground: PostponeGround,
        motivation: String,
        /// `YYYY-MM-DD`
        review_date: String,
    },
}

/// R12: who informs the family (or some of its members), how and when.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
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

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct NewNotification {
    pub meeting_id: String,
    /// Empty = the whole family.
    pub subject_ids: Vec<String>,
    pub informer: String,
    #[serde(default)]
    #[ts(as = "NotificationMethod")]
    pub method: Choice<NotificationMethod>,
    #[serde(default)]
    #[ts(as = "domain::NotificationTiming")]
    pub timing: Choice<NotificationTimingInput>,
}
