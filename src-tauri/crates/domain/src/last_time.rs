//! R11, issue 17: what a follow-up meeting shows of the meeting it follows up, beside the
//! carried-over actions: what the family said, wished or objected to and how the meeting
//! answered (seed 002: "Wij nodigen het gezin uit om te zeggen wat ze vinden"), and the
//! decisions with their reasons and any dissent (seed 002: "Als we een besluit nemen,
//! leggen we uit waarom"; "Bij verschil van inzicht … gaan we hierover met elkaar in
//! gesprek").
//!
//! It is read from the previous meeting while that meeting exists, never copied: when the
//! previous meeting is destroyed (R15) or a family member's data there is erased (R17),
//! it is gone from the follow-up too. Only an agreed (finalized) meeting is shown: a draft
//! has agreed nothing yet. The items a decision rests on are not shown: they belong to the
//! previous meeting and its releases (R9).

use crate::{
    Label, MeetingId, MeetingRecord, MeetingState, Prose, Relation, VoiceChannel, VoiceKind,
};
use chrono::NaiveDate;

/// What a family member said last time, and the answer.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct LastVoice {
    /// The family member's relation to the family.
    pub relation: Relation,
    /// Their name; `None` in an anonymous meeting (R4).
    pub name: Option<Label>,
    /// View, wish or objection.
    pub kind: VoiceKind,
    /// How it reached the meeting.
    pub channel: VoiceChannel,
    /// What they said.
    pub text: Prose,
    /// How the meeting answered it, if it did.
    pub answer: Option<Prose>,
}

/// A participant's disagreement with a decision last time.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct LastDissent {
    /// Who disagreed.
    pub name: Label,
    /// Their organisation.
    pub organisation: Label,
    /// Why.
    pub why: Prose,
}

/// A decision of last time, with its reason and the dissent recorded with it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct LastDecision {
    /// What was decided.
    pub what: Prose,
    /// Why.
    pub why: Prose,
    /// Who disagreed, and why.
    pub dissents: Vec<LastDissent>,
}

/// What the follow-up shows of the previous meeting.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct LastTime {
    /// The previous meeting.
    #[serde(rename = "meetingId")]
    pub meeting: MeetingId,
    /// Its date.
    pub date: NaiveDate,
    /// What the family said, in the order recorded.
    pub voices: Vec<LastVoice>,
    /// The decisions, in the order recorded.
    pub decisions: Vec<LastDecision>,
}

/// R11: what a follow-up shows of `previous`: `None` while it is a draft (nothing agreed)
/// or when it recorded neither the family's voice nor decisions.
pub fn last_time(previous: &MeetingRecord, state: MeetingState) -> Option<LastTime> {
    if state == MeetingState::Draft {
        return None;
    }
    let voices: Vec<LastVoice> = previous
        .voices
        .iter()
        .filter_map(|v| {
            let who = previous
                .subjects
                .iter()
                .find(|s| s.subject.id == v.subject)?;
            Some(LastVoice {
                relation: who.subject.relation,
                name: who.subject.name.clone(),
                kind: v.kind,
                channel: v.channel,
                text: v.text.clone(),
                answer: v.answer.clone(),
            })
        })
        .collect();
    let decisions: Vec<LastDecision> = previous
        .decisions
        .iter()
        .map(|d| LastDecision {
            what: d.what.clone(),
            why: d.why.clone(),
            dissents: previous
                .dissents_with(d.id)
                .filter_map(|x| {
                    let p = previous
                        .participants
                        .iter()
                        .find(|p| p.participant.id == x.participant)?;
                    Some(LastDissent {
                        name: p.participant.name.clone(),
                        organisation: p.participant.organisation.clone(),
                        why: x.why.clone(),
                    })
                })
                .collect(),
        })
        .collect();
    if voices.is_empty() && decisions.is_empty() {
        return None;
    }
    Some(LastTime {
        meeting: previous.meeting.id,
        date: previous.meeting.date,
        voices,
        decisions,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::complete;
    use crate::{DecisionId, DecisionInput, DissentId, VoiceId, VoiceInput};
    use chrono::Utc;

    #[test]
    fn r11_a_follow_up_shows_last_times_family_view_and_dissent() {
        let (mut r, lead, ggz, ..) = complete();
        let mother = r.subjects[0].subject.id;
        r.add_voice(
            VoiceId::new(),
            &VoiceInput {
                subject: mother,
                kind: crate::VoiceKind::Objection,
                channel: crate::VoiceChannel::InWriting,
                text: "Ik wil niet dat de school alles hoort.".into(),
                answer: "De school hoort alleen wat nodig is voor het verzuim.".into(),
            },
        )
        .unwrap();
        let decision = DecisionId::new();
        r.add_decision(
            decision,
            &DecisionInput {
                what: "Noah gaat naar de naschoolse opvang.".into(),
                why: "Zo is hij na school niet alleen thuis.".into(),
                rests_on: vec![],
            },
        )
        .unwrap();
        r.add_dissent(
            DissentId::new(),
            decision,
            ggz,
            "Te vroeg; eerst de moeder spreken.",
        )
        .unwrap();
        let _ = lead;
        let finalized = MeetingState::Finalized { at: Utc::now() };
        let last = last_time(&r, finalized).unwrap();
        assert_eq!(last.meeting, r.meeting.id);
        assert_eq!(last.voices.len(), 1);
        assert_eq!(last.voices[0].relation, r.subjects[0].subject.relation);
        assert!(last.voices[0].answer.is_some());
        assert_eq!(last.decisions.len(), 1);
        assert_eq!(last.decisions[0].dissents.len(), 1);
        let ggz_name = &r
            .participants
            .iter()
            .find(|p| p.participant.id == ggz)
            .unwrap()
            .participant
            .name;
        assert_eq!(&last.decisions[0].dissents[0].name, ggz_name);
    }

    #[test]
    fn r11_a_draft_or_a_meeting_without_voice_or_decisions_shows_nothing() {
        let (mut r, ..) = complete();
        let finalized = MeetingState::Finalized { at: Utc::now() };
        assert_eq!(last_time(&r, finalized), None);
        r.add_decision(
            DecisionId::new(),
            &DecisionInput {
                what: "Hulp blijft".into(),
                why: "Het gaat beter".into(),
                rests_on: vec![],
            },
        )
        .unwrap();
        assert_eq!(last_time(&r, MeetingState::Draft), None);
        assert!(last_time(&r, finalized).is_some());
    }
}
