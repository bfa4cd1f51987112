//! Wire types of the `items` group of `ipc.rs` (what the UI sends and gets).

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

/// R10: an item a recipient already had: the store's pair travels as itself.
pub use store::ReceivedItem;

/// R16: a correction request as the UI sends it.
pub use domain::input::CorrectionRequest;

/// R10/R16: what a withdrawal and a correction answer: the store's views travel as
/// themselves.
pub use store::{CorrectionOutcome, InformRecipient, WithdrawalOutcome};
