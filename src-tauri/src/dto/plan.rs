//! Wire types of the `plan` group of `ipc.rs` (what the UI sends and gets).

/// What the UI sends about the plan: the domain's input types (their `parse` gives the
/// domain's validated input).
pub use domain::input::{ForFamilyInput, NewAction, NewDecision, NewDissent, SetCarriedStatus};
/// R11: the decisions and carried actions of the meeting page: the store's view travels
/// as itself.
pub use store::{CarriedAction, CarriedAnswerView, Decision};
