//! R11: the plan of action: who (a participant) does what, by when, relying on which items.

use crate::meeting::parse_date;
use crate::{ActionId, DomainError, Field, ItemId, ParticipantId, Prose};
use chrono::NaiveDate;

/// Longest action text, in characters.
pub const ACTION_TEXT_MAX_CHARS: usize = 2_000;

/// Longest condition of an action, in characters.
pub const ACTION_CONDITION_MAX_CHARS: usize = 500;

/// What the chair types to add an action, unparsed.
#[derive(Debug, Clone)]
pub struct ActionInput {
    /// The participant who carries it out.
    pub who: ParticipantId,
    /// What is done, unparsed.
    pub what: String,
    /// ISO date `YYYY-MM-DD`.
    pub due: String,
    /// The items it relies on.
    pub relies_on: Vec<ItemId>,
    /// When it is carried out only if something happens: that event, unparsed; empty when
    /// it is carried out anyway.
    pub condition: String,
    /// R11: the decision it hangs under, if any.
    pub decision: Option<crate::DecisionId>,
}

/// R14c: whether an action's text goes into the family letter. Professionals write for
/// each other; the family reads the letter (plain Dutch, B1), and some actions must not
/// reach the family at all (e.g. what Veilig Thuis will investigate; seed 004 art. 7.6).
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum ForFamily {
    /// Not checked by the chair: the letter shows a neutral general sentence instead.
    #[default]
    Unchecked,
    /// The chair checked that the text reads well for the family: shown as written.
    Checked,
    /// Not for the family, with the chair's motivation: the action is in no letter.
    NotForFamily {
        /// Why.
        motivation: Prose,
    },
}

/// R11: one line of the plan of action.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Action {
    /// Its id.
    pub id: ActionId,
    /// The participant who carries it out.
    pub who: ParticipantId,
    /// What is done.
    pub what: Prose,
    /// When it is due.
    pub due: NaiveDate,
    /// The items this action relies on; they must be released to `who` (R9) unless `who`
    /// brought them in.
    pub relies_on: Vec<ItemId>,
    /// R14c: what the family letter shows of this action.
    pub for_family: ForFamily,
    /// R11 (seed 004 art. 1.4, the exchange model's `conditie`): the event that triggers
    /// the action ("als … weer verzuimt"); `None` when it is carried out anyway.
    pub condition: Option<Prose>,
    /// R11: the decision this action hangs under; `None` for an action on its own.
    #[serde(rename = "decisionId")]
    pub decision: Option<crate::DecisionId>,
}

impl Action {
    /// R11: validates the input against the meeting's participants, items and date.
    pub fn create(
        id: ActionId,
        input: &ActionInput,
        participants: &[ParticipantId],
        items: &[ItemId],
        meeting_date: NaiveDate,
    ) -> Result<Self, DomainError> {
        // Every fault of the form at once, each at its field.
        let mut errors = crate::FieldErrors::new();
        let what = errors.check(Prose::parse(
            &input.what,
            Field::ActionWhat,
            ACTION_TEXT_MAX_CHARS,
        ));
        let due = errors.check(parse_date(&input.due, Field::Due));
        let condition = errors.check(parse_condition(&input.condition));
        let mut relies_on = input.relies_on.clone();
        relies_on.sort();
        relies_on.dedup();
        if !participants.contains(&input.who) {
            errors.push(DomainError::ParticipantNotInMeeting {
                field: Field::ActionWho,
            });
        }
        if due.is_some_and(|due| due < meeting_date) {
            errors.push(DomainError::DateOutOfRange { field: Field::Due });
        }
        if relies_on.iter().any(|i| !items.contains(i)) {
            errors.push(DomainError::UnknownItem {
                field: Field::ReliesOn,
            });
        }
        let (what, due) = errors.finish_with(what.zip(due))?;
        let action = Self {
            id,
            who: input.who,
            what,
            due,
            relies_on,
            for_family: ForFamily::Unchecked,
            condition: condition.flatten(),
            decision: input.decision,
        };
        action.check(participants, items, meeting_date)?;
        Ok(action)
    }

    /// R11: `who` sits at the table, the due date is not before the meeting, and every item
    /// relied on belongs to the meeting.
    pub fn check(
        &self,
        participants: &[ParticipantId],
        items: &[ItemId],
        meeting_date: NaiveDate,
    ) -> Result<(), DomainError> {
        if !participants.contains(&self.who) {
            return Err(DomainError::ParticipantNotInMeeting {
                field: Field::ActionWho,
            });
        }
        if self.due < meeting_date {
            return Err(DomainError::DateOutOfRange { field: Field::Due });
        }
        if self.relies_on.iter().any(|i| !items.contains(i)) {
            return Err(DomainError::UnknownItem {
                field: Field::ReliesOn,
            });
        }
        Ok(())
    }
}

/// R11: an action's condition: empty means the action is carried out anyway; otherwise a
/// short text of what must happen first.
fn parse_condition(raw: &str) -> Result<Option<Prose>, DomainError> {
    if raw.trim().is_empty() {
        return Ok(None);
    }
    Prose::parse(
        raw.trim(),
        Field::ActionCondition,
        ACTION_CONDITION_MAX_CHARS,
    )
    .map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn input(who: ParticipantId, due: &str, relies_on: Vec<ItemId>) -> ActionInput {
        ActionInput {
            who,
            what: "Gesprek met school over verzuim".into(),
            due: due.into(),
            relies_on,
            condition: String::new(),
            decision: None,
        }
    }

    #[test]
    fn r11_every_fault_of_the_action_form_at_once() {
        let p = ParticipantId::new();
        let mut i = input(ParticipantId::new(), "2026-11-01", vec![ItemId::new()]);
        i.what = " ".into();
        let err = Action::create(ActionId::new(), &i, &[p], &[], day(2026, 11, 24)).unwrap_err();
        let fields: Vec<_> = err.each().iter().map(|e| e.field()).collect();
        assert_eq!(
            fields,
            [
                Some(Field::ActionWhat),
                Some(Field::ActionWho),
                Some(Field::Due),
                Some(Field::ReliesOn)
            ]
        );
    }

    #[test]
    fn r11_action_needs_a_participant_a_due_date_and_known_items() {
        let p = ParticipantId::new();
        let item = ItemId::new();
        let on = day(2026, 11, 24);
        let ok = Action::create(
            ActionId::new(),
            &input(p, "2026-11-24", vec![item, item]),
            &[p],
            &[item],
            on,
        )
        .unwrap();
        assert_eq!(ok.due, on);
        assert_eq!(ok.relies_on, vec![item]);

        let err = Action::create(
            ActionId::new(),
            &input(ParticipantId::new(), "2026-12-01", vec![]),
            &[p],
            &[item],
            on,
        )
        .unwrap_err();
        assert_eq!(err.field(), Some(Field::ActionWho));

        assert_eq!(
            Action::create(
                ActionId::new(),
                &input(p, "2026-11-23", vec![]),
                &[p],
                &[item],
                on
            ),
            Err(DomainError::DateOutOfRange { field: Field::Due })
        );
        assert_eq!(
            Action::create(
                ActionId::new(),
                &input(p, "2026-12-01", vec![ItemId::new()]),
                &[p],
                &[item],
                on
            ),
            Err(DomainError::UnknownItem {
                field: Field::ReliesOn
            })
        );
    }

    #[test]
    fn r11_action_text_is_required() {
        let p = ParticipantId::new();
        let mut i = input(p, "2026-12-01", vec![]);
        i.what = "  ".into();
        assert_eq!(
            Action::create(ActionId::new(), &i, &[p], &[], day(2026, 11, 24)),
            Err(DomainError::Empty {
                field: Field::ActionWhat
            })
        );
    }

    #[test]
    fn r11_conditional_action_keeps_its_condition_and_an_empty_one_means_unconditional() {
        let p = ParticipantId::new();
        let mut i = input(p, "2026-12-01", vec![]);
        i.condition = "  Als Noah weer een dag verzuimt zonder bericht  ".into();
        let a = Action::create(ActionId::new(), &i, &[p], &[], day(2026, 11, 24)).unwrap();
        assert_eq!(
            a.condition.as_ref().map(Prose::as_str),
            Some("Als Noah weer een dag verzuimt zonder bericht")
        );
        i.condition = " \n ".into();
        let a = Action::create(ActionId::new(), &i, &[p], &[], day(2026, 11, 24)).unwrap();
        assert_eq!(a.condition, None);
    }

    #[test]
    fn r11_overlong_condition_is_refused_at_its_field() {
        let p = ParticipantId::new();
        let mut i = input(p, "2026-12-01", vec![]);
        i.condition = "x".repeat(ACTION_CONDITION_MAX_CHARS + 1);
        let err = Action::create(ActionId::new(), &i, &[p], &[], day(2026, 11, 24)).unwrap_err();
        assert_eq!(err.field(), Some(Field::ActionCondition));
    }
}
