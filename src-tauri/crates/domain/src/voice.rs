//! The family's and the child's own voice (issue 17 point 1). Seed 002: "Wij nodigen het
//! gezin uit om te zeggen wat ze vinden", "het belang van het kind/de jongere het
//! belangrijkste"; seed 001 position 2: no processing when the family objects, unless
//! there is a reason that outweighs it. Per family member the meeting records what they
//! think, wish or object to, how it reached the table, and how the meeting answered it. An
//! objection needs an answer before the meeting can be finalized (R13): the family is told
//! why the meeting went ahead anyway, or what changed.

use crate::{DomainError, Field, MeetingRecord, Prose, SubjectId, VoiceId};

/// Longest view, wish, objection or answer, in characters.
pub const VOICE_TEXT_MAX_CHARS: usize = 2_000;

/// What a family member brought in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum VoiceKind {
    /// How they see the situation (mening).
    View,
    /// What they would like to happen (wens).
    Wish,
    /// What they object to (bezwaar): needs the meeting's answer (R13).
    Objection,
}

/// How it reached the meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum VoiceChannel {
    /// They said it themselves at the table.
    InPerson,
    /// The case lead (regiehouder) brought it in for them.
    ByCaseLead,
    /// They wrote it down (a letter, an e-mail, a form).
    InWriting,
}

/// What the chair types, unparsed.
#[derive(Debug, Clone)]
pub struct VoiceInput {
    /// Whose words they are.
    pub subject: SubjectId,
    /// View, wish or objection.
    pub kind: VoiceKind,
    /// How it reached the meeting.
    pub channel: VoiceChannel,
    /// What they said, in their words as far as possible.
    pub text: String,
    /// How the meeting answered it; may be empty until the meeting has answered.
    pub answer: String,
}

/// One thing a family member said, wished or objected to, with the meeting's answer.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct FamilyVoice {
    /// Its id.
    pub id: VoiceId,
    /// Whose words they are.
    #[serde(rename = "subjectId")]
    pub subject: SubjectId,
    /// View, wish or objection.
    pub kind: VoiceKind,
    /// How it reached the meeting.
    pub channel: VoiceChannel,
    /// What they said.
    pub text: Prose,
    /// How the meeting answered it, once answered.
    pub answer: Option<Prose>,
}

impl FamilyVoice {
    /// R13: an objection the meeting has not answered yet.
    pub fn is_unanswered_objection(&self) -> bool {
        self.kind == VoiceKind::Objection && self.answer.is_none()
    }
}

fn optional_text(raw: &str, field: Field) -> Result<Option<Prose>, DomainError> {
    if raw.trim().is_empty() {
        return Ok(None);
    }
    Prose::parse(raw.trim(), field, VOICE_TEXT_MAX_CHARS).map(Some)
}

impl MeetingRecord {
    /// Issue 17 point 1: records what a family member of this meeting said, wished or
    /// objected to. "Said it at the table" needs them to have been there (R12 records who
    /// was present). Every fault at once, each at its field.
    pub fn add_voice(
        &mut self,
        id: VoiceId,
        input: &VoiceInput,
    ) -> Result<&FamilyVoice, DomainError> {
        let mut errors = crate::FieldErrors::new();
        let text = errors.check(Prose::parse(
            input.text.trim(),
            Field::VoiceText,
            VOICE_TEXT_MAX_CHARS,
        ));
        let answer = errors.check(optional_text(&input.answer, Field::VoiceAnswer));
        match self.subjects.iter().find(|s| s.subject.id == input.subject) {
            None => errors.push(DomainError::UnknownSubject {
                field: Field::VoiceSubject,
            }),
            Some(s) if input.channel == VoiceChannel::InPerson && !s.present => {
                errors.push(DomainError::VoiceNotAtTheTable);
            }
            Some(_) => {}
        }
        let (text, answer) = errors.finish_with(text.zip(answer))?;
        self.voices.push(FamilyVoice {
            id,
            subject: input.subject,
            kind: input.kind,
            channel: input.channel,
            text,
            answer,
        });
        self.voices.last().ok_or(DomainError::UnknownVoice)
    }

    /// Records (or changes) how the meeting answered a view, wish or objection.
    pub fn answer_voice(&mut self, id: VoiceId, answer: &str) -> Result<&FamilyVoice, DomainError> {
        let answer = Prose::parse(answer.trim(), Field::VoiceAnswer, VOICE_TEXT_MAX_CHARS)?;
        let voice = self
            .voices
            .iter_mut()
            .find(|v| v.id == id)
            .ok_or(DomainError::UnknownVoice)?;
        voice.answer = Some(answer);
        Ok(voice)
    }

    /// Removes a recorded view, wish or objection (draft only, like every edit).
    pub fn remove_voice(&mut self, id: VoiceId) -> Result<FamilyVoice, DomainError> {
        let at = self
            .voices
            .iter()
            .position(|v| v.id == id)
            .ok_or(DomainError::UnknownVoice)?;
        Ok(self.voices.remove(at))
    }

    /// What the family member `subject` brought in; all of it when `subject` is `None`
    /// (a letter to the whole family).
    pub fn voices_of(&self, subject: Option<SubjectId>) -> impl Iterator<Item = &FamilyVoice> {
        self.voices
            .iter()
            .filter(move |v| subject.is_none_or(|s| v.subject == s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::complete;
    use crate::{checklist, OpenPoint};

    fn input(subject: SubjectId, kind: VoiceKind, channel: VoiceChannel) -> VoiceInput {
        VoiceInput {
            subject,
            kind,
            channel,
            text: "Ik wil niet dat school alles over thuis hoort.".into(),
            answer: String::new(),
        }
    }

    #[test]
    fn r13_an_unanswered_objection_blocks_finalizing_until_the_meeting_answers_it() {
        let (mut r, ..) = complete();
        assert!(checklist(&r).is_empty(), "{:?}", checklist(&r));
        let subject = r.subjects[0].subject.id;
        let id = VoiceId::new();
        r.add_voice(
            id,
            &input(subject, VoiceKind::Objection, VoiceChannel::ByCaseLead),
        )
        .unwrap();
        assert_eq!(checklist(&r), [OpenPoint::ObjectionUnanswered(id)]);
        r.answer_voice(
            id,
            "School krijgt alleen te horen wat nodig is voor de afspraak over verzuim.",
        )
        .unwrap();
        assert!(checklist(&r).is_empty());
    }

    #[test]
    fn views_and_wishes_need_no_answer_to_finalize() {
        let (mut r, ..) = complete();
        let subject = r.subjects[0].subject.id;
        for kind in [VoiceKind::View, VoiceKind::Wish] {
            r.add_voice(
                VoiceId::new(),
                &input(subject, kind, VoiceChannel::InWriting),
            )
            .unwrap();
        }
        assert!(checklist(&r).is_empty());
    }

    #[test]
    fn r12_said_at_the_table_needs_the_family_member_to_have_been_there() {
        let (mut r, ..) = complete();
        r.subjects[0].present = false;
        let subject = r.subjects[0].subject.id;
        assert_eq!(
            r.add_voice(
                VoiceId::new(),
                &input(subject, VoiceKind::View, VoiceChannel::InPerson)
            ),
            Err(DomainError::VoiceNotAtTheTable)
        );
        assert!(r.voices.is_empty());
        r.subjects[0].present = true;
        r.add_voice(
            VoiceId::new(),
            &input(subject, VoiceKind::View, VoiceChannel::InPerson),
        )
        .unwrap();
    }

    #[test]
    fn every_fault_of_the_voice_form_at_once_and_nothing_recorded() {
        let (mut r, ..) = complete();
        let mut i = input(SubjectId::new(), VoiceKind::Wish, VoiceChannel::InWriting);
        i.text = "  ".into();
        i.answer = "x".repeat(VOICE_TEXT_MAX_CHARS + 1);
        let err = r.add_voice(VoiceId::new(), &i).unwrap_err();
        let fields: Vec<_> = err.each().iter().map(|e| e.field()).collect();
        assert_eq!(
            fields,
            [
                Some(Field::VoiceText),
                Some(Field::VoiceAnswer),
                Some(Field::VoiceSubject)
            ]
        );
        assert!(r.voices.is_empty());
    }

    #[test]
    fn a_letter_to_one_family_member_carries_only_their_own_words() {
        let (mut r, ..) = complete();
        let a = r.subjects[0].subject.id;
        let mut other = r.subjects[0].clone();
        other.subject.id = SubjectId::new();
        let b = other.subject.id;
        r.subjects.push(other);
        r.add_voice(
            VoiceId::new(),
            &input(a, VoiceKind::Wish, VoiceChannel::InWriting),
        )
        .unwrap();
        r.add_voice(
            VoiceId::new(),
            &input(b, VoiceKind::View, VoiceChannel::InWriting),
        )
        .unwrap();
        assert_eq!(r.voices_of(Some(a)).count(), 1);
        assert_eq!(r.voices_of(Some(b)).count(), 1);
        assert_eq!(r.voices_of(None).count(), 2);
    }

    #[test]
    fn an_answer_is_required_when_answering_and_unknown_voices_are_refused() {
        let (mut r, ..) = complete();
        let subject = r.subjects[0].subject.id;
        let id = VoiceId::new();
        r.add_voice(
            id,
            &input(subject, VoiceKind::Objection, VoiceChannel::InWriting),
        )
        .unwrap();
        assert_eq!(
            r.answer_voice(id, " ").map(|_| ()),
            Err(DomainError::Empty {
                field: Field::VoiceAnswer
            })
        );
        assert_eq!(
            r.answer_voice(VoiceId::new(), "Antwoord").map(|_| ()),
            Err(DomainError::UnknownVoice)
        );
        assert_eq!(
            r.remove_voice(VoiceId::new()),
            Err(DomainError::UnknownVoice)
        );
        assert_eq!(r.remove_voice(id).unwrap().id, id);
        assert!(r.voices.is_empty());
    }
}
