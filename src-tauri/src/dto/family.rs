//! Wire types of the `family` group of `ipc.rs` (what the UI sends and gets).

use crate::dto::*;
use serde::Deserialize;
use ts_rs::TS;

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
