//! R11 (issue 17): what a follow-up meeting shows of the meeting it follows up: the
//! family's words with the answers, and the decisions with their reasons and dissent
//! (`domain::last_time`). Read-only: it belongs to the previous meeting.

use crate::dto::*;
use serde::Serialize;
use ts_rs::TS;

/// What a family member said last time, and the answer.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct LastVoice {
    pub relation: Relation,
    /// `None` in an anonymous meeting (R4).
    pub name: Option<String>,
    pub kind: VoiceKind,
    pub channel: VoiceChannel,
    pub text: String,
    pub answer: Option<String>,
}

/// A participant's disagreement with a decision last time.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct LastDissent {
    pub name: String,
    pub organisation: String,
    pub why: String,
}

/// A decision of last time with its reason and dissent.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct LastDecision {
    pub what: String,
    pub why: String,
    pub dissents: Vec<LastDissent>,
}

/// What the follow-up shows of the previous meeting.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct LastTime {
    pub meeting_id: String,
    /// `YYYY-MM-DD`
    pub date: String,
    pub voices: Vec<LastVoice>,
    pub decisions: Vec<LastDecision>,
}

impl From<domain::LastTime> for LastTime {
    fn from(l: domain::LastTime) -> Self {
        LastTime {
            meeting_id: l.meeting.to_string(),
            date: l.date.format("%Y-%m-%d").to_string(),
            voices: l
                .voices
                .into_iter()
                .map(|v| LastVoice {
                    relation: v.relation,
                    name: v.name.map(|n| n.to_string()),
                    kind: v.kind,
                    channel: v.channel,
                    text: v.text.to_string(),
                    answer: v.answer.map(|a| a.to_string()),
                })
                .collect(),
            decisions: l
                .decisions
                .into_iter()
                .map(|d| LastDecision {
                    what: d.what.to_string(),
                    why: d.why.to_string(),
                    dissents: d
                        .dissents
                        .into_iter()
                        .map(|x| LastDissent {
                            name: x.name.to_string(),
                            organisation: x.organisation.to_string(),
                            why: x.why.to_string(),
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}
