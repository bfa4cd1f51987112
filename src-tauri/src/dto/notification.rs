//! Wire types of the `notification` group of `ipc.rs` (what the UI sends and gets).

/// What the UI sends about informing the family: the domain's input types (their `parse`
/// gives the domain's validated input).
pub use domain::input::{NewNotification, NotificationTimingInput};
/// R12: the notifications of the meeting page: the store's view travels as itself.
pub use store::{Notification, NotificationStatus};
