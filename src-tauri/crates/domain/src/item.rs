use crate::{DomainError, Field, ItemId, MeetingId, ParticipantId, Prose};
use chrono::{DateTime, Utc};

/// Longest item text, in characters (a long report pasted in whole still fits).
pub const ITEM_TEXT_MAX_CHARS: usize = 100_000;

/// R6: every item is labelled fact or opinion (seed 002, Feitenonderzoek 6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Fact,
    Opinion,
}

/// R6: general, special (AVG art. 9) or criminal (AVG art. 10) personal data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Category {
    General,
    Special,
    Criminal,
}

/// What the chair types to add an item, unparsed.
#[derive(Debug, Clone)]
pub struct ItemInput {
    pub contributor: ParticipantId,
    pub text: String,
    pub kind: Kind,
    pub category: Category,
}

/// One piece of information brought into the meeting by one contributor (R5).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub id: ItemId,
    pub meeting_id: MeetingId,
    /// R5: exactly one contributor, who keeps control over the item.
    pub contributor: ParticipantId,
    pub text: Prose,
    pub kind: Kind,
    pub category: Category,
    pub created_at: DateTime<Utc>,
}

impl Item {
    /// Validates the input; the contributor must sit at this meeting's table (R5).
    pub fn create(
        id: ItemId,
        meeting_id: MeetingId,
        input: &ItemInput,
        participants: &[ParticipantId],
        now: DateTime<Utc>,
    ) -> Result<Self, DomainError> {
        if !participants.contains(&input.contributor) {
            return Err(DomainError::ContributorNotInMeeting);
        }
        Ok(Self {
            id,
            meeting_id,
            contributor: input.contributor,
            text: Prose::parse(&input.text, Field::ItemText, ITEM_TEXT_MAX_CHARS)?,
            kind: input.kind,
            category: input.category,
            created_at: now,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(contributor: ParticipantId, text: &str) -> ItemInput {
        ItemInput {
            contributor,
            text: text.into(),
            kind: Kind::Fact,
            category: Category::Special,
        }
    }

    #[test]
    fn r5_contributor_must_be_a_participant_of_the_meeting() {
        let at_table = ParticipantId::new();
        let stranger = ParticipantId::new();
        let err = Item::create(
            ItemId::new(),
            MeetingId::new(),
            &input(stranger, "Schoolverzuim sinds september."),
            &[at_table],
            Utc::now(),
        )
        .unwrap_err();
        assert_eq!(err, DomainError::ContributorNotInMeeting);
        assert_eq!(err.field(), Some(Field::Contributor));
    }

    #[test]
    fn r6_item_keeps_its_labels_and_exact_text() {
        let p = ParticipantId::new();
        let text = "Moeder zegt: \"het gaat goed\"; 100% 🙂 — زينب";
        let item = Item::create(
            ItemId::new(),
            MeetingId::new(),
            &input(p, text),
            &[p],
            Utc::now(),
        )
        .unwrap();
        assert_eq!(item.text.as_str(), text);
        assert_eq!(item.kind, Kind::Fact);
        assert_eq!(item.category, Category::Special);
        assert_eq!(item.contributor, p);
    }

    #[test]
    fn text_of_100_kb_is_accepted_and_longer_refused() {
        let p = ParticipantId::new();
        let text = "a".repeat(ITEM_TEXT_MAX_CHARS);
        assert!(Item::create(
            ItemId::new(),
            MeetingId::new(),
            &input(p, &text),
            &[p],
            Utc::now()
        )
        .is_ok());
        let text = "a".repeat(ITEM_TEXT_MAX_CHARS + 1);
        assert_eq!(
            Item::create(
                ItemId::new(),
                MeetingId::new(),
                &input(p, &text),
                &[p],
                Utc::now()
            ),
            Err(DomainError::TooLong {
                field: Field::ItemText,
                max: ITEM_TEXT_MAX_CHARS
            })
        );
    }

    #[test]
    fn empty_text_is_refused() {
        let p = ParticipantId::new();
        assert_eq!(
            Item::create(
                ItemId::new(),
                MeetingId::new(),
                &input(p, " \n "),
                &[p],
                Utc::now()
            ),
            Err(DomainError::Empty {
                field: Field::ItemText
            })
        );
    }
}
