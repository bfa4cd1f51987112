//! What the UI sends about a meeting as a whole: a new meeting, its preparation (R3/R4)
//! and a follow-up (R11).

use super::{participant_id, subject_ids};
use crate::{DomainError, Field, MeetingInput, ParticipantId, PreparationInput, SubjectId};
use serde::Deserialize;

/// A new draft meeting as the chair enters it.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct NewMeeting {
    /// The case label (R4: no names).
    pub case_label: String,
    /// `YYYY-MM-DD`
    pub date: String,
    /// The purpose.
    pub purpose: String,
    /// R3: why the case meets the criteria; absent or empty = not yet given.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub criteria: Option<String>,
    /// R4
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub family_present: Option<bool>,
    /// R4: no names, birth dates or addresses of subjects.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub anonymous: Option<bool>,
    /// R3/R4: why the family is not at the meeting; absent or empty = not yet given.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub family_absence_reason: Option<String>,
}

impl NewMeeting {
    /// The meeting as the domain parses it (`Meeting::new`); absent means empty or no.
    pub fn input(&self) -> MeetingInput {
        MeetingInput {
            case_label: self.case_label.clone(),
            date: self.date.clone(),
            purpose: self.purpose.clone(),
            criteria: self.criteria.clone().unwrap_or_default(),
            family_present: self.family_present.unwrap_or(false),
            family_absence_reason: self.family_absence_reason.clone().unwrap_or_default(),
            anonymous: self.anonymous.unwrap_or(false),
        }
    }
}

/// R3/R4: the preparation of a meeting.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Preparation {
    /// The meeting.
    pub meeting_id: String,
    /// The purpose.
    pub purpose: String,
    /// R3: why the case meets the criteria.
    pub criteria: String,
    /// R4: the family takes part.
    pub family_present: bool,
    /// R4: no identifying data about the family.
    pub anonymous: bool,
    /// R3/R4: why the family is not at the meeting; ignored when it is.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub family_absence_reason: Option<String>,
}

impl Preparation {
    /// The preparation as the store updates it (texts parsed there by the domain).
    pub fn input(&self) -> PreparationInput {
        PreparationInput {
            purpose: self.purpose.clone(),
            criteria: self.criteria.clone(),
            family_present: self.family_present,
            family_absence_reason: self.family_absence_reason.clone().unwrap_or_default(),
            anonymous: self.anonymous,
        }
    }
}

/// R11: a follow-up meeting (vervolgoverleg) of a finalized meeting.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct NewFollowUp {
    /// The finalized meeting it follows up.
    pub previous_meeting_id: String,
    /// `YYYY-MM-DD`, not before the previous meeting.
    pub date: String,
    /// R2/R21: the previous meeting's participants the chair confirmed (ids there);
    /// absent = none.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub participant_ids: Option<Vec<String>>,
    /// The previous meeting's family members the chair confirmed (ids there); absent = none.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub subject_ids: Option<Vec<String>>,
}

impl NewFollowUp {
    /// R2/R21: the participants and family members the chair confirmed.
    pub fn parse(&self) -> Result<(Vec<ParticipantId>, Vec<SubjectId>), DomainError> {
        let participants = self
            .participant_ids
            .as_deref()
            .unwrap_or_default()
            .iter()
            .map(|p| participant_id(p, Field::Name))
            .collect::<Result<Vec<_>, _>>()?;
        let subjects = subject_ids(
            self.subject_ids.as_deref().unwrap_or_default(),
            Field::Subjects,
        )?;
        Ok((participants, subjects))
    }
}

/// R15: six months more for a meeting near its destroy-after date, with the reason.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ExtendRetention {
    /// The meeting.
    pub meeting_id: String,
    /// Why it is kept longer.
    pub reason: String,
}
