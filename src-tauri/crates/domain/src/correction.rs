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
//! - **Who may ask** (R16 with the R17 age rules, seed 003 §5.1 and §5.3): the family member
//!   the item is about, or a parent with gezag / guardian who may act for them under
//!   [`crate::may_request`] on the day of the request. Anyone else at the table (a sibling,
//!   the other parent of an adult) may not.
//! - **The contributor decides** (seed 003 §5.3.3 "in overleg met de betreffende
//!   deelnemers"; R5: the contributor keeps control): the chair records the contributor's
//!   decision, granted or refused, with its date; a refusal needs a motivation (§5.3.3
//!   "motiveert"). Only a granted correction changes the item; a refusal is kept on record
//!   and changes nothing.
//! - Every correction makes a new version; the store keeps every earlier text readable.
//! - Everyone who received the item (released cells, R9, also those received before a
//!   consent withdrawal, R10) is listed so the chair can inform them (seed 003 §5.3.4).

use crate::{
    may_request, parse_date, DomainError, Field, ItemId, Kind, MeetingRecord, MeetingState,
    ParticipantId, Prose, Relation, RequestKind, Requester, SubjectId, ITEM_TEXT_MAX_CHARS,
};
use chrono::{DateTime, NaiveDate, Utc};

/// Longest reason for a correction, in characters.
pub const CORRECTION_REASON_MAX_CHARS: usize = 5_000;
/// Longest family reaction, in characters.
pub const REACTION_MAX_CHARS: usize = 10_000;

/// What the chair types to correct an item, unparsed. An empty `text` means "the text
/// stays as it is".
#[derive(Debug, Clone)]
pub struct CorrectionInput {
    /// The item to correct.
    pub item: ItemId,
    /// The corrected text (unchanged for an opinion).
    pub text: String,
    /// Why it is corrected.
    pub reason: String,
    /// The family's reaction (may be empty).
    pub reaction: String,
    /// The family member who asked.
    pub requested_by: SubjectId,
    /// R17/seed 003 §5.1b: a 12–15-year-old the item is about can judge their interests
    /// reasonably (then they ask themself; otherwise their parents may).
    pub competent: bool,
    /// R16/seed 003 §5.3.3: the contributor's decision.
    pub decision: DecisionChoice,
    /// ISO date `YYYY-MM-DD` of the contributor's decision.
    pub decided_on: String,
    /// Why the contributor refused (required for a refusal, ignored when granted).
    pub motivation: String,
}

/// The contributor's answer to a correction request, as the chair picks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(
    feature = "ts",
    derive(ts_rs::TS),
    ts(export, rename = "CorrectionDecision")
)]
pub enum DecisionChoice {
    /// The contributor agrees: the text is corrected.
    Granted,
    /// The contributor refuses, with a motivation.
    Refused,
}

/// Longest motivation of a refused correction, in characters.
pub const CORRECTION_MOTIVATION_MAX_CHARS: usize = 5_000;

/// R16: what came of a correction request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CorrectionOutcome {
    /// The contributor agreed: a new version of the item.
    Granted(Correction),
    /// The contributor refused: the item stays as it is; the request is kept on record.
    Refused(RefusedCorrection),
}

/// R16/seed 003 §5.3.3: a correction the contributor refused, with their motivation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefusedCorrection {
    /// The item.
    pub item: ItemId,
    /// The text the family asked for; `None` when only a reaction was asked to be added.
    pub proposed_text: Option<Prose>,
    /// Why the correction was asked.
    pub reason: Prose,
    /// The family's reaction, if given.
    pub reaction: Option<Prose>,
    /// The family member who asked.
    pub requested_by: SubjectId,
    /// The day of the decision.
    pub decided_on: NaiveDate,
    /// Why the contributor refused.
    pub motivation: Prose,
    /// When it was recorded.
    pub at: DateTime<Utc>,
}

/// R16: one accepted correction: the new version of an item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correction {
    /// The item.
    pub item: ItemId,
    /// The version this correction creates (the original text is version 1).
    pub version: u32,
    /// The text of the version it replaces; kept, never overwritten.
    pub previous_text: Prose,
    /// The text of the new version (the same as `previous_text` when only a reaction was
    /// added).
    pub text: Prose,
    /// Why it was corrected.
    pub reason: Prose,
    /// The family's reaction (zienswijze).
    pub reaction: Option<Prose>,
    /// The family member who asked.
    pub requested_by: SubjectId,
    /// R16/seed 003 §5.3.3: the day the contributor agreed.
    pub decided_on: NaiveDate,
    /// When it was recorded.
    pub at: DateTime<Utc>,
}

impl Correction {
    /// Whether this version changed the item's text (only ever for a fact).
    pub fn text_changed(&self) -> bool {
        self.text != self.previous_text
    }
}

/// R16/R17: whether the family member `requested_by` may ask for a correction of an item
/// about `about` (its subjects), on day `on`: they are one of them and may act for
/// themself, or they hold gezag (parent/carer) or are the guardian of one of them and may
/// act for them under the age rules of seed 003 §5.1 ([`may_request`], kind correction).
pub fn may_request_correction(
    record: &MeetingRecord,
    about: &[SubjectId],
    requested_by: SubjectId,
    competent: bool,
    on: NaiveDate,
) -> Result<(), DomainError> {
    let requester = record
        .subjects
        .iter()
        .map(|s| &s.subject)
        .find(|s| s.id == requested_by)
        .ok_or(DomainError::UnknownSubject {
            field: Field::RequestedBy,
        })?;
    let mut birth_missing = false;
    for subject in record
        .subjects
        .iter()
        .map(|s| &s.subject)
        .filter(|s| about.contains(&s.id))
    {
        let role = if subject.id == requested_by {
            Requester::Subject
        } else if !requester.parental_authority {
            continue;
        } else if requester.relation == Relation::Guardian {
            Requester::Guardian
        } else {
            Requester::ParentWithAuthority
        };
        match may_request(
            role,
            RequestKind::Correction,
            subject.relation,
            subject.birth_date,
            on,
            competent,
        ) {
            Ok(()) => return Ok(()),
            Err(DomainError::BirthDateNeededForRights) => birth_missing = true,
            Err(_) => {}
        }
    }
    if birth_missing {
        Err(DomainError::BirthDateNeededForRights)
    } else {
        Err(DomainError::CorrectionRequesterNotEntitled)
    }
}

/// R16: checks a correction request for `input.item` in a finalized meeting and, when the
/// contributor granted it, applies the new text to `record`. `current_version` is the
/// item's version before this correction. An invalid request or a refusal leaves `record`
/// unchanged.
pub fn correct_item(
    state: MeetingState,
    record: &mut MeetingRecord,
    current_version: u32,
    input: &CorrectionInput,
    at: DateTime<Utc>,
) -> Result<CorrectionOutcome, DomainError> {
    if state == MeetingState::Draft {
        return Err(DomainError::CorrectionBeforeFinalize);
    }
    let index = record
        .items
        .iter()
        .position(|i| i.item.id == input.item)
        .ok_or(DomainError::UnknownItem { field: Field::Item })?;
    may_request_correction(
        record,
        &record.items[index].subjects,
        input.requested_by,
        input.competent,
        at.date_naive(),
    )?;
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
    let decided_on = parse_date(&input.decided_on, Field::DecidedOn)?;
    if decided_on > at.date_naive() || decided_on < record.meeting.date {
        return Err(DomainError::DateOutOfRange {
            field: Field::DecidedOn,
        });
    }
    if input.decision == DecisionChoice::Refused {
        let motivation = Prose::parse(
            &input.motivation,
            Field::Motivation,
            CORRECTION_MOTIVATION_MAX_CHARS,
        )?;
        return Ok(CorrectionOutcome::Refused(RefusedCorrection {
            item: input.item,
            proposed_text: (text != previous_text).then_some(text),
            reason,
            reaction,
            requested_by: input.requested_by,
            decided_on,
            motivation,
            at,
        }));
    }
    record.items[index].item.text = text.clone();
    Ok(CorrectionOutcome::Granted(Correction {
        item: input.item,
        version: current_version.saturating_add(1),
        previous_text,
        text,
        reason,
        reaction,
        requested_by: input.requested_by,
        decided_on,
        at,
    }))
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
    use chrono::NaiveDate;

    fn input(item: ItemId, requested_by: SubjectId, text: &str, reaction: &str) -> CorrectionInput {
        CorrectionInput {
            item,
            text: text.into(),
            reason: "Moeder wijst op een onjuiste datum.".into(),
            reaction: reaction.into(),
            requested_by,
            competent: true,
            decision: DecisionChoice::Granted,
            decided_on: "2026-11-30".into(),
            motivation: String::new(),
        }
    }

    /// A fixed moment after the fixture's meeting (24 November 2026).
    fn now() -> DateTime<Utc> {
        "2026-12-01T10:00:00Z".parse().unwrap()
    }

    fn granted(o: CorrectionOutcome) -> Correction {
        match o {
            CorrectionOutcome::Granted(c) => c,
            CorrectionOutcome::Refused(_) => panic!("refused"),
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
        let done = finalize(&record, now()).unwrap();
        (done.record().clone(), done.state(), lead, item, mother)
    }

    #[test]
    fn r16_fact_correction_makes_a_new_version_and_keeps_the_old_text() {
        let (mut record, state, _, item, mother) = finalized();
        let c = granted(
            correct_item(
                state,
                &mut record,
                1,
                &input(item, mother, "In behandeling sinds maart.", ""),
                now(),
            )
            .unwrap(),
        );
        assert_eq!(c.version, 2);
        assert_eq!(c.previous_text.as_str(), "In behandeling.");
        assert_eq!(c.text.as_str(), "In behandeling sinds maart.");
        assert!(c.text_changed());
        assert_eq!(c.reaction, None);
        assert_eq!(
            record.items[0].item.text.as_str(),
            "In behandeling sinds maart."
        );
        let again = granted(
            correct_item(
                state,
                &mut record,
                c.version,
                &input(item, mother, "", "Moeder is het er nu mee eens."),
                now(),
            )
            .unwrap(),
        );
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
                now()
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
            correct_item(state, &mut record, 1, &i, now()),
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
                now()
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
                now()
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
                now()
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
                now()
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
                now()
            ),
            Err(DomainError::OpinionNotCorrectable)
        );
        assert_eq!(record, before);
        let c = granted(
            correct_item(
                state,
                &mut record,
                1,
                &input(item, mother, "", "Moeder ziet het anders."),
                now(),
            )
            .unwrap(),
        );
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
                    now()
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
        let received = record.withdraw_consent(mother, &Consenter::Subject, now());
        assert_eq!(received, vec![(item, lead)]);
        assert_eq!(recipients_of_old_version(&record, item), vec![lead]);
    }

    /// Adds a family member to the finalized fixture: relation, birth date, gezag.
    fn add_subject(
        record: &mut MeetingRecord,
        relation: Relation,
        birth: Option<NaiveDate>,
        authority: bool,
    ) -> SubjectId {
        let mut s = record.subjects[0].clone();
        s.subject.id = SubjectId::new();
        s.subject.relation = relation;
        s.subject.birth_date = birth;
        s.subject.parental_authority = authority;
        let id = s.subject.id;
        record.subjects.push(s);
        id
    }

    #[test]
    fn r16_only_the_subject_or_who_acts_for_them_may_ask_for_a_correction() {
        let (mut record, state, _, item, mother) = finalized();
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        let child8 = add_subject(&mut record, Relation::Youth, day(2018, 5, 1), false);
        let father = add_subject(&mut record, Relation::Parent, day(1984, 1, 1), true);
        let before = record.clone();
        // The item is about the mother (an adult). An 8-year-old it is not about may not ask,
        // nor may the father: she acts for herself (seed 003 §5.1c).
        for who in [child8, father] {
            assert_eq!(
                correct_item(
                    state,
                    &mut record,
                    1,
                    &input(item, who, "Nieuw.", ""),
                    now()
                ),
                Err(DomainError::CorrectionRequesterNotEntitled)
            );
            assert_eq!(record, before);
        }
        // An item about the 8-year-old: the father with gezag may ask, the child not
        // (under 12, §5.1a).
        record.items[0].subjects = vec![child8];
        assert_eq!(
            correct_item(
                state,
                &mut record.clone(),
                1,
                &input(item, child8, "Nieuw.", ""),
                now()
            ),
            Err(DomainError::CorrectionRequesterNotEntitled)
        );
        assert!(correct_item(
            state,
            &mut record.clone(),
            1,
            &input(item, father, "Nieuw.", ""),
            now()
        )
        .is_ok());
        // The mother may still ask about an item about herself.
        record.items[0].subjects = vec![mother];
        assert!(correct_item(
            state,
            &mut record,
            1,
            &input(item, mother, "Nieuw.", ""),
            now()
        )
        .is_ok());
    }

    #[test]
    fn r16_a_14_year_old_asks_themself_when_competent_otherwise_the_parent() {
        let (mut record, state, _, item, _) = finalized();
        let teen = add_subject(
            &mut record,
            Relation::Youth,
            NaiveDate::from_ymd_opt(2012, 6, 1),
            false,
        );
        let father = add_subject(
            &mut record,
            Relation::Parent,
            NaiveDate::from_ymd_opt(1980, 1, 1),
            true,
        );
        record.items[0].subjects = vec![teen];
        let ask = |who, competent| {
            let mut i = input(item, who, "Nieuw.", "");
            i.competent = competent;
            correct_item(state, &mut record.clone(), 1, &i, now()).map(|_| ())
        };
        assert_eq!(ask(teen, true), Ok(()));
        assert_eq!(
            ask(father, true),
            Err(DomainError::CorrectionRequesterNotEntitled)
        );
        assert_eq!(ask(father, false), Ok(()));
        assert_eq!(
            ask(teen, false),
            Err(DomainError::CorrectionRequesterNotEntitled)
        );
    }

    #[test]
    fn r16_contributor_refusal_changes_nothing_and_needs_a_motivation() {
        let (mut record, state, _, item, mother) = finalized();
        let before = record.clone();
        let mut i = input(item, mother, "In behandeling sinds maart.", "");
        i.decision = DecisionChoice::Refused;
        assert_eq!(
            correct_item(state, &mut record, 1, &i, now()),
            Err(DomainError::Empty {
                field: Field::Motivation
            })
        );
        i.motivation = "De datum staat in het verslag van de GGZ.".into();
        let CorrectionOutcome::Refused(r) = correct_item(state, &mut record, 1, &i, now()).unwrap()
        else {
            panic!("expected a refusal");
        };
        assert_eq!(record, before, "a refused correction does not take effect");
        assert_eq!(
            r.proposed_text.as_ref().map(Prose::as_str),
            Some("In behandeling sinds maart.")
        );
        assert_eq!(r.decided_on, NaiveDate::from_ymd_opt(2026, 11, 30).unwrap());
        assert_eq!(
            r.motivation.as_str(),
            "De datum staat in het verslag van de GGZ."
        );
    }

    #[test]
    fn r16_decision_date_lies_between_meeting_and_today() {
        let (mut record, state, _, item, mother) = finalized();
        for (day, err) in [
            (
                "",
                DomainError::Empty {
                    field: Field::DecidedOn,
                },
            ),
            (
                "30-11-2026",
                DomainError::InvalidDate {
                    field: Field::DecidedOn,
                },
            ),
            (
                "2026-12-02",
                DomainError::DateOutOfRange {
                    field: Field::DecidedOn,
                },
            ),
            (
                "2026-11-23",
                DomainError::DateOutOfRange {
                    field: Field::DecidedOn,
                },
            ),
        ] {
            let mut i = input(item, mother, "Nieuw.", "");
            i.decided_on = day.into();
            assert_eq!(correct_item(state, &mut record, 1, &i, now()), Err(err));
        }
        let c = granted(
            correct_item(
                state,
                &mut record,
                1,
                &input(item, mother, "Nieuw.", ""),
                now(),
            )
            .unwrap(),
        );
        assert_eq!(c.decided_on, NaiveDate::from_ymd_opt(2026, 11, 30).unwrap());
    }
}
