//! Wire types of the `notification` group of `ipc.rs` (what the UI sends and gets).

use crate::dto::*;
use serde::Deserialize;
use ts_rs::TS;

/// R12: the notifications of the meeting page: the store's view travels as itself.
pub use store::{Notification, NotificationStatus};

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
