//! Wire types of the `items` group of `ipc.rs` (what the UI sends and gets).

use crate::dto::*;
use serde::Serialize;
use ts_rs::TS;

/// The items of the meeting page (R6–R10): the store's view travels as itself.
pub use store::{
    Basis, Consent, ConsentCandidatesView, ConsentWithdrawalView, InformTaskView, ItemProfile,
};

/// What the UI sends about items: the domain's input types (their `parse` gives the
/// domain's validated input).
pub use domain::input::{
    BasisInput, ConsenterInput, ItemBasisInput, ItemConsent, ItemConsents, NewConsent, NewItem,
    NewWithdrawal,
};

/// R10: after a withdrawal, who already received the affected items.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct WithdrawalOutcome {
    pub meeting: MeetingFlow,
    /// (item, recipient) pairs: they were released before the withdrawal.
    pub already_received: Vec<ReceivedItem>,
}

/// R10: an item a recipient already had: the store's pair travels as itself.
pub use store::ReceivedItem;

/// R16: a correction request as the UI sends it.
pub use domain::input::CorrectionRequest;

/// R16 (seed 003 §5.3.4): a participant who received the old version and must be told.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct InformRecipient {
    pub participant_id: String,
    pub name: String,
    pub organisation: String,
}

/// R16: the meeting after the correction and who to inform.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct CorrectionOutcome {
    pub flow: MeetingFlow,
    /// R16: the contributor refused; the item did not change.
    pub refused: bool,
    pub inform_recipients: Vec<InformRecipient>,
}
