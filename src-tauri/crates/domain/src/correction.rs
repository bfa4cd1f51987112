//! R16: corrections after finalization. A finalized meeting is immutable (R13); the one
//! change it still takes is a correction of an item at the family's request (seed 003
//! §5.3; seed 002 "Vuistregels zorgvuldig feitenonderzoek" 7: "Feitelijke onjuistheden
//! passen we aan en de reacties voegen we toe aan de rapportage").
//!
//! Decisions taken from the seeds:
//! - Only the text of a **fact** is corrected; an **opinion** keeps its text (it is the
//!   contributor's view, not a factual error) and gets the family's reaction added.
//! - The family's **reaction** (zienswijze) is optional when a fact's text is corrected
//!   (the reason already says what was wrong) and required otherwise: a correction must
//!   change something, a new text or a reaction.
//! - A **reason** is always required; the family member who asked must be a subject of the
//!   meeting.
//! - Every correction makes a new version; the store keeps every earlier text readable.
//! - Everyone who received the item (released cells, R9, also those received before a
//!   consent withdrawal, R10) is listed so the chair can inform them (seed 003 §5.3.4).

use crate::{
    DomainError, Field, ItemId, Kind, MeetingRecord, MeetingState, ParticipantId, Prose, SubjectId,
    ITEM_TEXT_MAX_CHARS,
};
use chrono::{DateTime, Utc};

/// Longest reason for a correction, in characters.
pub const CORRECTION_REASON_MAX_CHARS: usize = 5_000;
/// Longest family reaction, in characters.
pub const REACTION_MAX_CHARS: usize = 10_000;

/// What the chair types to correct an item, unparsed. An empty `text` means "the text
/// stays as it is".
#[derive(Debug, Clone)]
pub struct CorrectionInput {
    pub item: ItemId,
    pub text: String,
    pub reason: String,
    pub reaction: String,
    pub requested_by: SubjectId,
}

/// R16: one accepted correction: the new version of an item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correction {
    pub item: ItemId,
    /// The version this correction creates (the original text is version 1).
    pub version: u32,
    /// The text of the version it replaces; kept, never overwritten.
    pub previous_text: Prose,
    /// The text of the new version (the same as `previous_text` when only a reaction was
    /// added).
    pub text: Prose,
    pub reason: Prose,
    /// The family's reaction (zienswijze).
    pub reaction: Option<Prose>,
    pub requested_by: SubjectId,
    pub at: DateTime<Utc>,
}

impl Correction {
    /// Whether this version changed the item's text (only ever for a fact).
    pub fn text_changed(&self) -> bool {
        self.text != self.previous_text
    }
}

/// R16: checks a correction of `input.item` in a finalized meeting and applies the new
/// text to `record`. `current_version` is the item's version before this correction.
/// A refused correction leaves `record` unchanged.
pub fn correct_item(
    state: MeetingState,
    record: &mut MeetingRecord,
    current_version: u32,
    input: &CorrectionInput,
    at: DateTime<Utc>,
) -> Result<Correction, DomainError> {
    if state == MeetingState::Draft {
        return Err(DomainError::CorrectionBeforeFinalize);
    }
    let index = record
        .items
        .iter()
        .position(|i| i.item.id == input.item)
        .ok_or(DomainError::UnknownItem { field: Field::Item })?;
    if !record
        .subjects
        .iter()
        .any(|s| s.subject.id == input.requested_by)
    {
        return Err(DomainError::UnknownSubject {
            field: Field::RequestedBy,
        });
    }
    let reason = Prose::parse(
        &input.reason,
        Field::CorrectionReason,
        CORRECTION_REASON_MAX_CHARS,
    )?;
    let reaction = if input.reaction.trim().is_empty() {
        None
    } else {
        Some(Prose::parse(
            &input.reaction,
            Field::Reaction,
            REACTION_MAX_CHARS,
        )?)
    };
    let item = &record.items[index].item;
    let previous_text = item.text.clone();
    let text = if input.text.trim().is_empty() {
        previous_text.clone()
    } else {
        Prose::parse(&input.text, Field::ItemText, ITEM_TEXT_MAX_CHARS)?
    };
    if text != previous_text && item.kind == Kind::Opinion {
        // Seed 002: facts are corrected, reactions are added; an opinion stays as given.
        return Err(DomainError::OpinionNotCorrectable);
    }
    if text == previous_text && reaction.is_none() {
        return Err(DomainError::CorrectionUnchanged);
    }
    record.items[index].item.text = text.clone();
    Ok(Correction {
        item: input.item,
        version: current_version.saturating_add(1),
        previous_text,
        text,
        reason,
        reaction,
        requested_by: input.requested_by,
        at,
    })
}

/// R16 (seed 003 §5.3.4): every participant the item was released to, in the order they
/// sit at the table: they received the old version and must be informed of the
/// correction. Includes those who received it before a consent withdrawal (R10).
pub fn recipients_of_old_version(record: &MeetingRecord, item: ItemId) -> Vec<ParticipantId> {
    record
        .participants
        .iter()
        .map(|p| p.participant.id)
        .filter(|p| record.releases.decision(item, *p).is_released())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::complete;
    use crate::{finalize, Consenter, ItemRecord};

    fn input(item: ItemId, requested_by: SubjectId, text: &str, reaction: &str) -> CorrectionInput {
        CorrectionInput {
            item,
            text: text.into(),
            reason: "Moeder wijst op een onjuiste datum.".into(),
            reaction: reaction.into(),
            requested_by,
        }
    }

    fn finalized() -> (
        MeetingRecord,
        MeetingState,
        ParticipantId,
        ItemId,
        SubjectId,
    ) {
        let (record, lead, _ggz, item, mother) = complete();
        let done = finalize(&record, Utc::now()).unwrap();
        (done.record().clone(), done.state(), lead, item, mother)
    }

    #[test]
    fn r16_fact_correction_makes_a_new_version_and_keeps_the_old_text() {
        let (mut record, state, _, item, mother) = finalized();
        let c = correct_item(
            state,
            &mut record,
            1,
            &input(item, mother, "In behandeling sinds maart.", ""),
            Utc::now(),
        )
        .unwrap();
        assert_eq!(c.version, 2);
        assert_eq!(c.previous_text.as_str(), "In behandeling.");
        assert_eq!(c.text.as_str(), "In behandeling sinds maart.");
        assert!(c.text_changed());
        assert_eq!(c.reaction, None);
        assert_eq!(
            record.items[0].item.text.as_str(),
            "In behandeling sinds maart."
        );
        let again = correct_item(
            state,
            &mut record,
            c.version,
            &input(item, mother, "", "Moeder is het er nu mee eens."),
            Utc::now(),
        )
        .unwrap();
        assert_eq!(again.version, 3);
        assert!(!again.text_changed());
        assert_eq!(again.previous_text.as_str(), "In behandeling sinds maart.");
    }

    #[test]
    fn r16_correction_only_after_finalize() {
        let (mut record, _lead, _ggz, item, mother) = complete();
        let before = record.clone();
        assert_eq!(
            correct_item(
                MeetingState::Draft,
                &mut record,
                1,
                &input(item, mother, "Nieuw.", ""),
                Utc::now()
            ),
            Err(DomainError::CorrectionBeforeFinalize)
        );
        assert_eq!(record, before);
    }

    #[test]
    fn r16_reason_is_required() {
        let (mut record, state, _, item, mother) = finalized();
        let before = record.clone();
        let mut i = input(item, mother, "Nieuw.", "");
        i.reason = "  ".into();
        assert_eq!(
            correct_item(state, &mut record, 1, &i, Utc::now()),
            Err(DomainError::Empty {
                field: Field::CorrectionReason
            })
        );
        assert_eq!(record, before);
    }

    #[test]
    fn r16_new_text_is_validated_like_an_item_text() {
        let (mut record, state, _, item, mother) = finalized();
        let before = record.clone();
        let long = "a".repeat(ITEM_TEXT_MAX_CHARS + 1);
        assert_eq!(
            correct_item(
                state,
                &mut record,
                1,
                &input(item, mother, &long, ""),
                Utc::now()
            ),
            Err(DomainError::TooLong {
                field: Field::ItemText,
                max: ITEM_TEXT_MAX_CHARS
            })
        );
        assert_eq!(
            correct_item(
                state,
                &mut record,
                1,
                &input(item, mother, "a\u{7}b", ""),
                Utc::now()
            ),
            Err(DomainError::ControlCharacters {
                field: Field::ItemText
            })
        );
        assert_eq!(record, before);
    }

    #[test]
    fn r16_requester_must_be_a_subject_of_the_meeting() {
        let (mut record, state, _, item, mother) = finalized();
        assert_eq!(
            correct_item(
                state,
                &mut record,
                1,
                &input(item, SubjectId::new(), "Nieuw.", ""),
                Utc::now()
            ),
            Err(DomainError::UnknownSubject {
                field: Field::RequestedBy
            })
        );
        assert_eq!(
            correct_item(
                state,
                &mut record,
                1,
                &input(ItemId::new(), mother, "Nieuw.", ""),
                Utc::now()
            ),
            Err(DomainError::UnknownItem { field: Field::Item })
        );
    }

    #[test]
    fn r16_opinion_text_is_not_corrected_but_gets_the_reaction() {
        let (mut record, state, _, item, mother) = finalized();
        record.items[0].item.kind = Kind::Opinion;
        let before = record.clone();
        assert_eq!(
            correct_item(
                state,
                &mut record,
                1,
                &input(item, mother, "Andere mening.", "Klopt niet."),
                Utc::now()
            ),
            Err(DomainError::OpinionNotCorrectable)
        );
        assert_eq!(record, before);
        let c = correct_item(
            state,
            &mut record,
            1,
            &input(item, mother, "", "Moeder ziet het anders."),
            Utc::now(),
        )
        .unwrap();
        assert_eq!(c.version, 2);
        assert_eq!(
            c.reaction.as_ref().map(Prose::as_str),
            Some("Moeder ziet het anders.")
        );
        assert_eq!(record, before, "the opinion's text stays as given");
    }

    #[test]
    fn r16_a_correction_must_change_something() {
        let (mut record, state, _, item, mother) = finalized();
        for text in ["", "In behandeling."] {
            assert_eq!(
                correct_item(
                    state,
                    &mut record,
                    1,
                    &input(item, mother, text, " "),
                    Utc::now()
                ),
                Err(DomainError::CorrectionUnchanged)
            );
        }
    }

    #[test]
    fn r16_recipients_of_old_version_are_the_released_cells() {
        let (record, _, lead, item, _) = finalized();
        assert_eq!(recipients_of_old_version(&record, item), vec![lead]);
        // Not released anywhere: nobody to inform.
        let mut other = record.clone();
        let extra = ItemRecord {
            item: crate::Item {
                id: ItemId::new(),
                ..record.items[0].item.clone()
            },
            ..record.items[0].clone()
        };
        let extra_id = extra.item.id;
        other.items.push(extra);
        assert_eq!(recipients_of_old_version(&other, extra_id), vec![]);
    }

    #[test]
    fn r16_recipients_include_those_who_received_before_a_withdrawal() {
        let (mut record, _, lead, item, mother) = finalized();
        let received = record.withdraw_consent(mother, &Consenter::Subject, Utc::now());
        assert_eq!(received, vec![(item, lead)]);
        assert_eq!(recipients_of_old_version(&record, item), vec![lead]);
    }
}
