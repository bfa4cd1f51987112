//! Issue 17 point 1: the family's own voice. The domain decides ([`domain::VoiceInput`],
//! `MeetingRecord::add_voice`); this writes the rows, checks an anonymous meeting's texts
//! for names (R4) and audits every change without its text (R18).

use super::{Answer, FlowData};
use crate::audit::{AuditKind, DecidedBy};
use crate::codec::*;
use crate::ExecuteCached;
use crate::{Store, StoreError};
use chrono::{DateTime, Utc};
use domain::{FamilyVoice, Field, MeetingId, Prose, SubjectId, VoiceId, VoiceInput};
use rusqlite::{params, Connection, Transaction};

/// The views, wishes and objections of one meeting, in the order they were recorded.
pub(crate) fn load_voices(
    conn: &Connection,
    meeting: &str,
) -> Result<Vec<FamilyVoice>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, subject_id, kind, channel, text, answer
         FROM family_voices WHERE meeting_id = ?1 ORDER BY position",
    )?;
    let mut rows = stmt.query([meeting])?;
    let prose = |s: String, field| {
        Prose::parse(&s, field, usize::MAX).map_err(|_| StoreError::Corrupt("text"))
    };
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        out.push(FamilyVoice {
            id: VoiceId::from_uuid(uuid_from_db(&r.get::<_, String>(0)?)?),
            subject: SubjectId::from_uuid(uuid_from_db(&r.get::<_, String>(1)?)?),
            kind: from_db(&r.get::<_, String>(2)?, "voice kind")?,
            channel: from_db(&r.get::<_, String>(3)?, "voice channel")?,
            text: prose(r.get(4)?, Field::VoiceText)?,
            answer: r
                .get::<_, Option<String>>(5)?
                .map(|a| prose(a, Field::VoiceAnswer))
                .transpose()?,
        });
    }
    Ok(out)
}

/// R4: the texts of an anonymous meeting name nobody of the family.
fn check_anonymous(
    tx: &Transaction<'_>,
    d: &FlowData,
    text: &str,
    field: Field,
) -> Result<(), StoreError> {
    crate::anonymous::check_texts(tx, d.record.meeting.anonymous, &[(text, field)])
}

impl Store {
    /// Issue 17 point 1: records what a family member said, wished or objected to.
    pub fn add_voice(
        &mut self,
        id: MeetingId,
        input: &VoiceInput,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        self.edit(
            Answer::AsApplied,
            id,
            AuditKind::FamilyVoiceAdded,
            DecidedBy::Chair,
            now,
            |tx, d| {
                let v = d.record.add_voice(VoiceId::new(), input)?.clone();
                check_anonymous(tx, d, v.text.as_str(), Field::VoiceText)?;
                if let Some(a) = &v.answer {
                    check_anonymous(tx, d, a.as_str(), Field::VoiceAnswer)?;
                }
                tx.execute_cached(
                    "INSERT INTO family_voices (id, meeting_id, subject_id, kind, channel, text,
                                                answer, position)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7,
                             (SELECT COALESCE(MAX(position), 0) + 1 FROM family_voices
                              WHERE meeting_id = ?2))",
                    params![
                        v.id.to_string(),
                        id.to_string(),
                        v.subject.to_string(),
                        to_db(v.kind),
                        to_db(v.channel),
                        v.text.as_str(),
                        v.answer.as_ref().map(Prose::as_str),
                    ],
                )?;
                Ok(())
            },
        )
        .map(|(d, ())| d)
    }

    /// Issue 17 point 1: records (or changes) how the meeting answered it.
    pub fn answer_voice(
        &mut self,
        id: MeetingId,
        voice: VoiceId,
        answer: &str,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        self.edit(
            Answer::AsApplied,
            id,
            AuditKind::FamilyVoiceAnswered,
            DecidedBy::Chair,
            now,
            |tx, d| {
                let answer = d
                    .record
                    .answer_voice(voice, answer)?
                    .answer
                    .clone()
                    .ok_or(StoreError::Corrupt("answer"))?;
                check_anonymous(tx, d, answer.as_str(), Field::VoiceAnswer)?;
                tx.execute_cached(
                    "UPDATE family_voices SET answer = ?3 WHERE id = ?1 AND meeting_id = ?2",
                    params![voice.to_string(), id.to_string(), answer.as_str()],
                )?;
                Ok(())
            },
        )
        .map(|(d, ())| d)
    }

    /// Removes a recorded view, wish or objection (draft only).
    pub fn remove_voice(
        &mut self,
        id: MeetingId,
        voice: VoiceId,
        now: DateTime<Utc>,
    ) -> Result<FlowData, StoreError> {
        self.edit(
            Answer::AsApplied,
            id,
            AuditKind::FamilyVoiceRemoved,
            DecidedBy::Chair,
            now,
            |tx, d| {
                d.record.remove_voice(voice)?;
                tx.execute_cached(
                    "DELETE FROM family_voices WHERE id = ?1 AND meeting_id = ?2",
                    params![voice.to_string(), id.to_string()],
                )?;
                Ok(())
            },
        )
        .map(|(d, ())| d)
    }
}
