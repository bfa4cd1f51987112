//! Wire types of corrections after finalization (R16).

use super::choice::Choice;
use super::flow::MeetingFlow;
/// R16: the contributor's answer; its TypeScript name is `CorrectionDecision`.
pub use domain::DecisionChoice as CorrectionDecision;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

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

/// R16: one version of an item, oldest first (version 1 = the text brought in).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ItemVersion {
    pub version: u32,
    pub text: String,
    /// RFC 3339, UTC.
    pub at: String,
    pub reason: Option<String>,
    pub reaction: Option<String>,
    /// Subject id of the family member who asked.
    pub requested_by: Option<String>,
    /// R16: ISO date the contributor agreed; null for version 1 and older corrections.
    pub decided_on: Option<String>,
}
