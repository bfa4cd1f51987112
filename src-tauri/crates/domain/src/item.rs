use crate::{DomainError, Field, ItemId, Label, MeetingId, ParticipantId, Prose};
use chrono::{DateTime, Utc};

/// Longest item text, in characters (a long report pasted in whole still fits).
pub const ITEM_TEXT_MAX_CHARS: usize = 100_000;

/// R6: every item is labelled fact or opinion (seed 002, Feitenonderzoek 6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum Kind {
    /// Something observed or documented.
    Fact,
    /// A judgement of the contributor (R16: not corrected, only reacted to).
    Opinion,
}

/// R6: general, special (AVG art. 9) or criminal (AVG art. 10) personal data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum Category {
    /// Ordinary personal data.
    General,
    /// Special categories of personal data (GDPR art. 9, e.g. health).
    Special,
    /// Criminal-law data (GDPR art. 10).
    Criminal,
}

/// R6: from whom the contributor has the item ("van wie"; seed 002 Feitenonderzoek 5:
/// "We vertellen met wie we praten en aan wie we informatie vragen").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum SourceKind {
    /// The contributor saw or heard it themself.
    #[serde(rename = "own")]
    OwnObservation,
    /// A member of the family told the contributor.
    Family,
    /// Someone outside the family and outside this meeting (neighbour, other professional).
    ThirdParty,
    /// A document or register (report, letter, police record, school administration).
    Document,
    /// Brought in before items recorded their source; never chosen for a new item.
    Unknown,
}

impl SourceKind {
    /// The kinds the chair can choose for a new item.
    pub const CHOOSABLE: [SourceKind; 4] = [
        SourceKind::OwnObservation,
        SourceKind::Family,
        SourceKind::ThirdParty,
        SourceKind::Document,
    ];

    /// R6: a third party or a document must be named ("which neighbour", "which report");
    /// for an own observation or the family the short text is optional.
    pub fn needs_detail(self) -> bool {
        matches!(self, SourceKind::ThirdParty | SourceKind::Document)
    }
}

/// R6: the source of an item: its kind and a short free text (who, which document).
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Source {
    /// From whom (`source` on the wire).
    #[serde(rename = "source")]
    pub kind: SourceKind,
    /// A short explanation, if given (`sourceDetail` on the wire).
    #[serde(rename = "sourceDetail")]
    pub detail: Option<Label>,
}

impl Source {
    /// The source of an item brought in before sources were recorded.
    pub fn unknown() -> Self {
        Self {
            kind: SourceKind::Unknown,
            detail: None,
        }
    }

    /// R6: validates the source of a new item: a choosable kind, and a short text where
    /// the kind needs one (at most one line, [`crate::LABEL_MAX_CHARS`]).
    pub fn parse(kind: SourceKind, detail: &str) -> Result<Self, DomainError> {
        if kind == SourceKind::Unknown {
            return Err(DomainError::UnknownValue {
                field: Field::Source,
            });
        }
        let detail = if kind.needs_detail() {
            Some(Label::parse(detail, Field::SourceDetail)?)
        } else {
            Label::parse_optional(detail, Field::SourceDetail)?
        };
        Ok(Self { kind, detail })
    }
}

/// What the chair types to add an item, unparsed.
#[derive(Debug, Clone)]
pub struct ItemInput {
    /// The participant who brings it in.
    pub contributor: ParticipantId,
    /// The text, unparsed.
    pub text: String,
    /// Fact or opinion.
    pub kind: Kind,
    /// Its category.
    pub category: Category,
    /// R6: from whom; [`SourceKind::Unknown`] is refused.
    pub source: SourceKind,
    /// R6: the short free text of the source (who, which document).
    pub source_detail: String,
}

/// One piece of information brought into the meeting by one contributor (R5). On the wire
/// the contributor is `contributorId` and the source is flattened to `source` (its kind)
/// and `sourceDetail`; the meeting id stays home.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Item {
    /// Its id.
    pub id: ItemId,
    /// The meeting it belongs to.
    #[serde(skip)]
    pub meeting_id: MeetingId,
    /// R5: exactly one contributor, who keeps control over the item.
    #[serde(rename = "contributorId")]
    pub contributor: ParticipantId,
    /// The text.
    pub text: Prose,
    /// Fact or opinion.
    pub kind: Kind,
    /// Its category.
    pub category: Category,
    /// R6: from whom the contributor has it.
    #[serde(flatten)]
    #[cfg_attr(feature = "ts", ts(flatten))]
    pub source: Source,
    /// When it was brought in.
    #[serde(with = "crate::wire::moment")]
    #[cfg_attr(feature = "ts", ts(as = "String"))]
    pub created_at: DateTime<Utc>,
}

impl Item {
    /// Validates the input; the contributor must sit at this meeting's table (R5) and not
    /// be one of `expertise_only`, who bring no items in (R5, seed 002).
    pub fn create(
        id: ItemId,
        meeting_id: MeetingId,
        input: &ItemInput,
        participants: &[ParticipantId],
        expertise_only: &[ParticipantId],
        now: DateTime<Utc>,
    ) -> Result<Self, DomainError> {
        // Every fault of the form at once, each at its field.
        let mut errors = crate::FieldErrors::new();
        if !participants.contains(&input.contributor) {
            errors.push(DomainError::ContributorNotInMeeting);
        } else if expertise_only.contains(&input.contributor) {
            errors.push(DomainError::ExpertiseOnlyBringsNoItems);
        }
        let text = errors.check(Prose::parse(
            &input.text,
            Field::ItemText,
            ITEM_TEXT_MAX_CHARS,
        ));
        let source = errors.check(Source::parse(input.source, &input.source_detail));
        let (text, source) = errors.finish_with(text.zip(source))?;
        Ok(Self {
            id,
            meeting_id,
            contributor: input.contributor,
            text,
            kind: input.kind,
            category: input.category,
            source,
            created_at: now,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn r1_expertise_only_participant_cannot_bring_in_an_item() {
        let p = ParticipantId::new();
        let err = Item::create(
            ItemId::new(),
            MeetingId::new(),
            &input(p, "Heeft een vast dagritme nodig."),
            &[p],
            &[p],
            Utc::now(),
        )
        .unwrap_err();
        assert_eq!(err, DomainError::ExpertiseOnlyBringsNoItems);
        assert_eq!(err.field(), Some(Field::Contributor));
    }

    fn input(contributor: ParticipantId, text: &str) -> ItemInput {
        ItemInput {
            contributor,
            text: text.into(),
            kind: Kind::Fact,
            category: Category::Special,
            source: SourceKind::OwnObservation,
            source_detail: String::new(),
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
            &[],
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
            &[],
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
            &[],
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
                &[],
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
                &[],
                Utc::now()
            ),
            Err(DomainError::Empty {
                field: Field::ItemText
            })
        );
    }

    #[test]
    fn r6_source_is_required_and_named_for_third_parties_and_documents() {
        let p = ParticipantId::new();
        let make = |kind, detail: &str| {
            let mut i = input(p, "Schoolverzuim sinds september.");
            i.source = kind;
            i.source_detail = detail.into();
            Item::create(ItemId::new(), MeetingId::new(), &i, &[p], &[], Utc::now())
        };
        // Unknown is only for items from before sources were recorded.
        assert_eq!(
            make(SourceKind::Unknown, "").unwrap_err(),
            DomainError::UnknownValue {
                field: Field::Source
            }
        );
        for kind in [SourceKind::ThirdParty, SourceKind::Document] {
            assert_eq!(
                make(kind, "  ").unwrap_err(),
                DomainError::Empty {
                    field: Field::SourceDetail
                }
            );
        }
        let own = make(SourceKind::OwnObservation, " ").unwrap();
        assert_eq!(
            own.source,
            Source {
                kind: SourceKind::OwnObservation,
                detail: None
            }
        );
        let doc = make(SourceKind::Document, " verzuimregister school ").unwrap();
        assert_eq!(doc.source.kind, SourceKind::Document);
        assert_eq!(
            doc.source.detail.as_ref().map(Label::as_str),
            Some("verzuimregister school")
        );
        assert_eq!(
            make(SourceKind::Family, &"a".repeat(crate::LABEL_MAX_CHARS + 1)).unwrap_err(),
            DomainError::TooLong {
                field: Field::SourceDetail,
                max: crate::LABEL_MAX_CHARS
            }
        );
    }
}
