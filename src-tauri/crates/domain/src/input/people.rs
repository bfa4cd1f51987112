//! What the UI sends about the people of a meeting: participants and their attendance
//! (R1/R2), family members (R8), their voice (issue 17 point 1) and language (R12).

use super::{participant_id, subject_id, Choice};
use crate::{
    Attendance, AttendanceKind, DomainError, FamilyLanguageInput, Field, LetterLanguage,
    OrganisationType, ParticipantExtra, ParticipantId, ParticipantInput, Relation, Role, SubjectId,
    SubjectInput, VoiceChannel, VoiceInput, VoiceKind,
};
use serde::Deserialize;

/// A new participant as the chair enters them.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct NewParticipant {
    /// The meeting.
    pub meeting_id: String,
    /// The name.
    pub name: String,
    /// The organisation.
    pub organisation: String,
    /// The function (may be empty).
    pub function: String,
    /// The business phone number (may be empty).
    pub phone: String,
    /// The business e-mail address (may be empty).
    pub email: String,
    /// R1: the role at the table.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(as = "Role"))]
    pub role: Choice<Role>,
    /// Code of the organisation type (R7/R8); absent = "overig".
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub organisation_type: Option<String>,
    /// Bound by professional secrecy (R7).
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub secrecy: Option<bool>,
    /// R1/R5/R9: takes part with expertise only (absent = no).
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub expertise_only: Option<bool>,
}

impl NewParticipant {
    /// The domain's input, and the organisation type (absent or empty: "overig") and
    /// secrecy (R1/R7/R8).
    pub fn parse(&self) -> Result<(ParticipantInput, ParticipantExtra), DomainError> {
        let organisation_type = match self.organisation_type.as_deref() {
            None | Some("") => OrganisationType::Overig,
            Some(code) => OrganisationType::from_code(code).ok_or(DomainError::UnknownValue {
                field: Field::Organisation,
            })?,
        };
        let extra = ParticipantExtra {
            organisation_type,
            secrecy: self.secrecy.unwrap_or(false),
        };
        let input = ParticipantInput {
            role: self.role.parse(Field::Role)?,
            expertise_only: self.expertise_only.unwrap_or(false),
            name: self.name.clone(),
            organisation: self.organisation.clone(),
            function: self.function.clone(),
            phone: self.phone.clone(),
            email: self.email.clone(),
        };
        Ok((input, extra))
    }
}

/// A participant's corrected details: the fields of `NewParticipant` and which participant.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ParticipantUpdate {
    /// The participant.
    pub participant_id: String,
    /// Their details, as for a new participant.
    #[serde(flatten)]
    pub details: NewParticipant,
}

impl ParticipantUpdate {
    /// The participant and their details.
    pub fn parse(
        &self,
    ) -> Result<(ParticipantId, ParticipantInput, ParticipantExtra), DomainError> {
        let participant = participant_id(&self.participant_id, Field::Name)?;
        let (input, extra) = self.details.parse()?;
        Ok((participant, input, extra))
    }
}

/// How one participant attended. `infoSent` counts only with `apologies`.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct SetAttendance {
    /// The meeting.
    pub meeting_id: String,
    /// The participant.
    pub participant_id: String,
    /// Present, apologies or observer.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(as = "AttendanceKind"))]
    pub attendance: Choice<AttendanceKind>,
    /// With apologies: the information was sent beforehand.
    #[serde(default)]
    pub info_sent: bool,
}

impl SetAttendance {
    /// The participant and how they attended (R2).
    pub fn parse(&self) -> Result<(ParticipantId, Attendance), DomainError> {
        let participant = participant_id(&self.participant_id, Field::Attendance)?;
        let attendance = match self.attendance.parse(Field::Attendance)? {
            AttendanceKind::Present => Attendance::Present,
            AttendanceKind::Apologies => Attendance::Apologies {
                info_sent: self.info_sent,
            },
            AttendanceKind::Observer => Attendance::Observer,
        };
        Ok((participant, attendance))
    }
}

/// A new family member as the chair enters them.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct NewSubject {
    /// The meeting.
    pub meeting_id: String,
    /// Their relation to the case.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(as = "Relation"))]
    pub relation: Choice<Relation>,
    /// Empty = not given (always empty in an anonymous meeting, R4).
    pub name: String,
    /// `YYYY-MM-DD`, or empty.
    pub birth_date: String,
    /// At the meeting.
    pub present: bool,
    /// R8: holds parental authority (gezag); only a parent, carer or guardian can.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub parental_authority: Option<bool>,
}

impl NewSubject {
    /// The family member (texts parsed when added).
    pub fn parse(&self) -> Result<SubjectInput, DomainError> {
        Ok(SubjectInput {
            relation: self.relation.parse(Field::Relation)?,
            name: self.name.clone(),
            birth_date: self.birth_date.clone(),
            parental_authority: self.parental_authority.unwrap_or(false),
        })
    }
}

/// Issue 17 point 1: the chair records a view, wish or objection.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct NewFamilyVoice {
    /// The meeting.
    pub meeting_id: String,
    /// The family member.
    pub voice_subject: String,
    /// A view, a wish or an objection.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(as = "VoiceKind"))]
    pub voice_kind: Choice<VoiceKind>,
    /// How it reached the meeting.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(as = "VoiceChannel"))]
    pub voice_channel: Choice<VoiceChannel>,
    /// What they said.
    pub voice_text: String,
    /// How the meeting answered it; empty = not yet.
    #[serde(default)]
    pub voice_answer: String,
}

impl NewFamilyVoice {
    /// What the family member said, wished or objected to (texts parsed when added).
    pub fn parse(&self) -> Result<VoiceInput, DomainError> {
        Ok(VoiceInput {
            subject: subject_id(&self.voice_subject, Field::VoiceSubject)?,
            kind: self.voice_kind.parse(Field::VoiceKind)?,
            channel: self.voice_channel.parse(Field::VoiceChannel)?,
            text: self.voice_text.clone(),
            answer: self.voice_answer.clone(),
        })
    }
}

/// R12: a family member's letter language and interpreter, as the chair sets them.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct SubjectLanguage {
    /// The meeting.
    pub meeting_id: String,
    /// The family member.
    pub subject_id: String,
    /// The language of their letter.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(as = "LetterLanguage"))]
    pub letter_language: Choice<LetterLanguage>,
    /// An interpreter is needed.
    #[serde(default)]
    pub interpreter_needed: bool,
    /// At most 40 characters; dropped when no interpreter is needed.
    #[serde(default)]
    pub spoken_language: String,
}

impl SubjectLanguage {
    /// The family member and their language (texts parsed when set).
    pub fn parse(&self) -> Result<(SubjectId, FamilyLanguageInput), DomainError> {
        let subject = subject_id(&self.subject_id, Field::Subjects)?;
        Ok((
            subject,
            FamilyLanguageInput {
                letter: self.letter_language.parse(Field::LetterLanguage)?,
                interpreter_needed: self.interpreter_needed,
                spoken_language: self.spoken_language.clone(),
            },
        ))
    }
}
