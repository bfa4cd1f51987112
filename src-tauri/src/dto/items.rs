//! Wire types of the `items` group of `ipc.rs` (what the UI sends and gets).

use crate::dto::*;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The items of the meeting page (R6–R10): the store's view travels as itself.
pub use store::{
    Basis, Consent, ConsentCandidatesView, ConsentWithdrawalView, InformTaskView, ItemProfile,
};

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct NewItem {
    pub meeting_id: String,
    pub contributor_id: String,
    pub text: String,
    #[serde(default)]
    #[ts(as = "Kind")]
    pub kind: Choice<Kind>,
    #[serde(default)]
    #[ts(as = "Category")]
    pub category: Choice<Category>,
    /// R6: from whom the contributor has it (required).
    #[serde(default)]
    #[ts(as = "SourceKind")]
    pub source: Choice<SourceKind>,
    /// R6: the short text of the source; required for a third party or a document.
    #[serde(default)]
    #[ts(optional)]
    pub source_detail: Option<String>,
    /// R6: the subjects the item is about (may be empty).
    #[serde(default)]
    #[ts(optional)]
    pub subject_ids: Option<Vec<String>>,
    /// R7 in the same step (optional): the item's basis; without it the basis is settled
    /// later in the basis editor.
    #[serde(default)]
    #[ts(optional, as = "Option<BasisInput>")]
    pub basis: Option<Choice<BasisInput>>,
    /// R8 in the same step (optional): the consents given for the item. Item, basis and
    /// consents are stored together or not at all.
    #[serde(default)]
    #[ts(optional)]
    pub consents: Option<ItemConsents>,
}

/// R8, seed 004 art. 6.4b: consents given for a new item, with one method and one scope.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ItemConsents {
    /// Who consented, per subject.
    pub given: Vec<ItemConsent>,
    #[serde(default)]
    #[ts(as = "ConsentMethod")]
    pub method: Choice<ConsentMethod>,
    /// The participants the family agreed the item may go to.
    #[serde(default)]
    pub scope_recipients: Vec<String>,
    /// For which purpose the family gave consent.
    #[serde(default)]
    pub scope_purpose: String,
}

/// R8: one consent of [`ItemConsents`]: about whom, by whom.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ItemConsent {
    pub subject_id: String,
    #[serde(default)]
    #[ts(as = "domain::Consenter")]
    pub given_by: Choice<ConsenterInput>,
}

/// R7: the basis of an item, as the chair enters it.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[ts(export)]
pub enum BasisInput {
    /// Consent; the consent records are added one by one (`add_consent`).
    #[serde(rename_all = "camelCase")]
    Consent {
        /// Subjects aged 12–15 judged not able to judge their interests (R8).
        not_competent: Vec<String>,
    },
    #[serde(rename_all = "camelCase")]
    Legal { legal_basis: String },
    #[serde(rename_all = "camelCase")]
    ConflictOfDuties {
        answers: FourQuestions,
        motivation: String,
    },
}

/// R8: who gave a consent, as the chair chooses it: `domain::Consenter` with its name not
/// yet checked (`domain::Consenter::parse` checks it).
pub type ConsenterInput = domain::Consenter<String>;

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct NewConsent {
    pub meeting_id: String,
    pub item_id: String,
    pub subject_id: String,
    #[serde(default)]
    #[ts(as = "domain::Consenter")]
    pub given_by: Choice<ConsenterInput>,
    #[serde(default)]
    #[ts(as = "ConsentMethod")]
    pub method: Choice<ConsentMethod>,
    /// Seed 004 art. 6.4b: the participants the family agreed the item may go to.
    #[serde(default)]
    pub scope_recipients: Vec<String>,
    /// Seed 004 art. 6.4b: for which purpose the family gave consent.
    #[serde(default)]
    pub scope_purpose: String,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ItemBasisInput {
    pub meeting_id: String,
    pub item_id: String,
    pub subject_ids: Vec<String>,
    #[serde(default)]
    #[ts(as = "BasisInput")]
    pub basis: Choice<BasisInput>,
}

/// R10: the chair records on a finalized meeting that a consent was withdrawn: the day,
/// who withdrew it and how.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct NewWithdrawal {
    pub meeting_id: String,
    pub consent_id: String,
    #[serde(default)]
    #[ts(as = "domain::Consenter")]
    pub withdrawn_by: Choice<ConsenterInput>,
    #[serde(default)]
    #[ts(as = "ConsentMethod")]
    pub method: Choice<ConsentMethod>,
    pub withdrawn_on: String,
}

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

/// R16: the chair records a family member's request to correct an item of a finalized
/// meeting. `text` empty = the text stays (always for an opinion); `reaction` = the
/// family's reaction (zienswijze), empty when none.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct CorrectionRequest {
    pub meeting_id: String,
    pub item_id: String,
    #[serde(default)]
    pub text: String,
    pub reason: String,
    #[serde(default)]
    pub reaction: String,
    /// The subject (family member) who asked: the one the item is about, or a parent with
    /// gezag / guardian who may act for them (R16 with the R17 age rules).
    pub requested_by: String,
    /// Seed 003 §5.1b: a 12–15-year-old the item is about can judge their interests
    /// (default true, as for a rights request).
    #[serde(default)]
    #[ts(optional)]
    pub competent: Option<bool>,
    /// R16/seed 003 §5.3.3: the contributor's decision.
    #[serde(default)]
    #[ts(as = "CorrectionDecision")]
    pub decision: Choice<CorrectionDecision>,
    /// ISO date of the contributor's decision.
    #[serde(default)]
    pub decided_on: String,
    /// Why the contributor refused (required for a refusal).
    #[serde(default)]
    pub motivation: String,
}

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
