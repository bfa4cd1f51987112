//! Wire types of the `family` group of `ipc.rs` (what the UI sends and gets).

use crate::dto::*;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A family member (betrokkene). `age` is on the meeting date (R8).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Subject {
    pub id: String,
    pub relation: Relation,
    pub name: Option<String>,
    pub birth_date: Option<String>,
    pub age: Option<u32>,
    pub present: bool,
    /// R8: holds parental authority (gezag) over the youths of the case.
    pub parental_authority: bool,
    /// R14/R21: whether a secret address is stored. The address itself never leaves the
    /// store: no DTO carries it.
    pub has_secret_address: bool,
    /// R12: the language of this member's family letter.
    pub letter_language: LetterLanguage,
    /// R12: the meeting needs an interpreter to talk with this member.
    pub interpreter_needed: bool,
    /// R12: the language the interpreter speaks, when one is needed and it was given.
    pub spoken_language: Option<String>,
    /// R8 (domain `Relation::can_hold_authority`): the UI may offer the gezag checkbox.
    pub may_hold_authority: bool,
    /// R8 (domain `may_be_judged_not_competent`, on the meeting date): the UI may offer
    /// "not able to judge their interests reasonably".
    pub may_be_judged_not_competent: bool,
    /// R8 (domain `Relation::may_consent_for_another`): the UI may offer this subject as
    /// the one who gave a consent for another subject.
    pub may_consent_for_another: bool,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct NewSubject {
    pub meeting_id: String,
    #[serde(default)]
    #[ts(as = "Relation")]
    pub relation: Choice<Relation>,
    /// Empty = not given (always empty in an anonymous meeting, R4).
    pub name: String,
    /// `YYYY-MM-DD`, or empty.
    pub birth_date: String,
    pub present: bool,
    /// R8: holds parental authority (gezag); only a parent, carer or guardian can.
    #[serde(default)]
    #[ts(optional)]
    pub parental_authority: Option<bool>,
}

/// Issue 17 point 1: the chair records a view, wish or objection.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct NewFamilyVoice {
    pub meeting_id: String,
    pub voice_subject: String,
    #[serde(default)]
    #[ts(as = "VoiceKind")]
    pub voice_kind: Choice<VoiceKind>,
    #[serde(default)]
    #[ts(as = "VoiceChannel")]
    pub voice_channel: Choice<VoiceChannel>,
    pub voice_text: String,
    /// How the meeting answered it; empty = not yet.
    #[serde(default)]
    pub voice_answer: String,
}

/// R12: a family member's letter language and interpreter, as the chair sets them.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SubjectLanguage {
    pub meeting_id: String,
    pub subject_id: String,
    #[serde(default)]
    #[ts(as = "LetterLanguage")]
    pub letter_language: Choice<LetterLanguage>,
    #[serde(default)]
    pub interpreter_needed: bool,
    /// At most 40 characters; dropped when no interpreter is needed.
    #[serde(default)]
    pub spoken_language: String,
}
