//! R11 and seed 002: decisions with their reasons ("Als we een besluit nemen, leggen we uit
//! waarom"), and dissent ("Bij verschil van inzicht … gaan we hierover met elkaar in
//! gesprek"; seed 000: differences between professionals must not harm the child).
//! A decision is separate from an action: what was decided, why, and which items of the
//! meeting it rests on; actions of the plan may hang under it.

use crate::{
    DecisionId, Dependency, DissentId, DomainError, Field, FieldErrors, ItemId, MeetingRecord,
    ParticipantId, Prose,
};

/// Longest text of a decision or its reason, in characters.
pub const DECISION_TEXT_MAX_CHARS: usize = 2_000;

/// What the chair types to record a decision, unparsed.
#[derive(Debug, Clone)]
pub struct DecisionInput {
    /// What was decided.
    pub what: String,
    /// Why (required: a decision without its reason is refused).
    pub why: String,
    /// The items of this meeting it rests on.
    pub rests_on: Vec<ItemId>,
}

/// R11/seed 002: one decision of the meeting, with its reason.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Decision {
    /// Its id.
    pub id: DecisionId,
    /// What was decided.
    pub what: Prose,
    /// Why it was decided.
    pub why: Prose,
    /// The items of this meeting it rests on (sorted, no doubles).
    pub rests_on: Vec<ItemId>,
    /// R14c: what the family letter shows of it: the chair's check, as for an action.
    pub for_family: crate::ForFamily,
}

/// Seed 002: a participant's recorded disagreement with a decision, with why.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Dissent {
    /// Its id.
    pub id: DissentId,
    /// The decision disagreed with (not on the wire: the dissent travels with it).
    #[serde(skip)]
    pub decision: DecisionId,
    /// The participant who disagrees.
    #[serde(rename = "participantId")]
    pub participant: ParticipantId,
    /// Why.
    pub why: Prose,
}

impl MeetingRecord {
    /// R11/seed 002: records a decision: what, why (required) and the items of this
    /// meeting it rests on. Every fault of the form at once, each at its field.
    pub fn add_decision(
        &mut self,
        id: DecisionId,
        input: &DecisionInput,
    ) -> Result<Decision, DomainError> {
        let mut errors = FieldErrors::new();
        let what = errors.check(Prose::parse(
            &input.what,
            Field::DecisionWhat,
            DECISION_TEXT_MAX_CHARS,
        ));
        let why = errors.check(Prose::parse(
            &input.why,
            Field::DecisionWhy,
            DECISION_TEXT_MAX_CHARS,
        ));
        let mut rests_on = input.rests_on.clone();
        rests_on.sort();
        rests_on.dedup();
        if rests_on
            .iter()
            .any(|i| !self.items.iter().any(|r| r.item.id == *i))
        {
            errors.push(DomainError::UnknownItem {
                field: Field::RestsOn,
            });
        }
        let (what, why) = errors.finish_with(what.zip(why))?;
        let decision = Decision {
            id,
            what,
            why,
            rests_on,
            for_family: crate::ForFamily::Unchecked,
        };
        self.decisions.push(decision.clone());
        Ok(decision)
    }

    /// R11: removes a decision. Refused while actions hang under it (they would lose the
    /// reason they rest on) or a participant recorded dissent with it (seed 002: a
    /// disagreement is not silently dropped); the chair removes those first.
    pub fn remove_decision(&mut self, decision: DecisionId) -> Result<(), DomainError> {
        let index = self
            .decisions
            .iter()
            .position(|d| d.id == decision)
            .ok_or(DomainError::UnknownDecision)?;
        if self.actions.iter().any(|a| a.decision == Some(decision)) {
            return Err(DomainError::StillNeeded(Dependency::ActionsUnderDecision));
        }
        if self.dissents.iter().any(|d| d.decision == decision) {
            return Err(DomainError::StillNeeded(Dependency::DissentWithDecision));
        }
        self.decisions.remove(index);
        Ok(())
    }

    /// R11: an action hangs under a decision of this meeting, or under none.
    pub fn check_action_decision(&self, decision: Option<DecisionId>) -> Result<(), DomainError> {
        match decision {
            Some(d) if !self.decisions.iter().any(|x| x.id == d) => {
                Err(DomainError::UnknownDecision)
            }
            _ => Ok(()),
        }
    }

    /// R14c: the chair marks what the family letter shows of a decision: a neutral
    /// sentence (unchecked), what and why as written (checked), or nothing (not for the
    /// family, with the motivation).
    pub fn set_decision_for_family(
        &mut self,
        decision: DecisionId,
        for_family: crate::ForFamily,
    ) -> Result<(), DomainError> {
        let d = self
            .decisions
            .iter_mut()
            .find(|d| d.id == decision)
            .ok_or(DomainError::UnknownDecision)?;
        d.for_family = for_family;
        Ok(())
    }

    /// Seed 002/000: a participant records that they disagree with a decision, and why.
    /// Only someone at the table (not an observer), once per decision, reason required.
    pub fn add_dissent(
        &mut self,
        id: DissentId,
        decision: DecisionId,
        participant: ParticipantId,
        why: &str,
    ) -> Result<Dissent, DomainError> {
        let mut errors = FieldErrors::new();
        if !self.decisions.iter().any(|d| d.id == decision) {
            errors.push(DomainError::UnknownDecision);
        }
        if !self
            .participants
            .iter()
            .any(|p| p.participant.id == participant)
        {
            errors.push(DomainError::ParticipantNotInMeeting {
                field: Field::Dissenter,
            });
        } else if self.is_observer(participant) {
            errors.push(DomainError::ObserverHasNoPart);
        } else if self
            .dissents
            .iter()
            .any(|d| d.decision == decision && d.participant == participant)
        {
            errors.push(DomainError::DissentAlreadyRecorded);
        }
        let why = errors.check(Prose::parse(
            why,
            Field::DissentWhy,
            DECISION_TEXT_MAX_CHARS,
        ));
        let why = errors.finish_with(why)?;
        let dissent = Dissent {
            id,
            decision,
            participant,
            why,
        };
        self.dissents.push(dissent.clone());
        Ok(dissent)
    }

    /// Seed 002: removes a recorded dissent (e.g. the participant withdrew it).
    pub fn remove_dissent(&mut self, dissent: DissentId) -> Result<(), DomainError> {
        let before = self.dissents.len();
        self.dissents.retain(|d| d.id != dissent);
        if self.dissents.len() == before {
            return Err(DomainError::UnknownDissent);
        }
        Ok(())
    }

    /// The dissents with one decision, in the order recorded.
    pub fn dissents_with(&self, decision: DecisionId) -> impl Iterator<Item = &Dissent> {
        self.dissents.iter().filter(move |d| d.decision == decision)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::complete;
    use crate::{ensure_editable, ActionId, ActionInput, Attendance, MeetingState};
    use chrono::Utc;

    fn input(what: &str, why: &str, rests_on: Vec<ItemId>) -> DecisionInput {
        DecisionInput {
            what: what.into(),
            why: why.into(),
            rests_on,
        }
    }

    #[test]
    fn r11_decision_with_reason_and_items_is_recorded() {
        let (mut record, ..) = complete();
        let item = record.items[0].item.id;
        let d = record
            .add_decision(
                DecisionId::new(),
                &input(
                    "Gezinscoach inzetten",
                    "Ouders vragen om steun",
                    vec![item, item],
                ),
            )
            .unwrap();
        assert_eq!(d.rests_on, vec![item]);
        assert_eq!(record.decisions, vec![d]);
    }

    #[test]
    fn r11_decision_without_reason_is_refused() {
        let (mut record, ..) = complete();
        let err = record
            .add_decision(
                DecisionId::new(),
                &input("Gezinscoach inzetten", "  ", vec![]),
            )
            .unwrap_err();
        assert_eq!(
            err,
            DomainError::Empty {
                field: Field::DecisionWhy
            }
        );
        assert!(record.decisions.is_empty());
    }

    #[test]
    fn r11_every_fault_of_the_decision_form_at_once() {
        let (mut record, ..) = complete();
        let err = record
            .add_decision(DecisionId::new(), &input("", "", vec![ItemId::new()]))
            .unwrap_err();
        let fields: Vec<_> = err.each().iter().map(|e| e.field()).collect();
        assert_eq!(
            fields,
            [
                Some(Field::DecisionWhat),
                Some(Field::DecisionWhy),
                Some(Field::RestsOn)
            ]
        );
    }

    #[test]
    fn r11_decision_resting_on_an_item_of_another_meeting_is_refused() {
        let (mut record, ..) = complete();
        assert_eq!(
            record.add_decision(DecisionId::new(), &input("a", "b", vec![ItemId::new()])),
            Err(DomainError::UnknownItem {
                field: Field::RestsOn
            })
        );
    }

    #[test]
    fn r11_action_hangs_under_a_decision_of_this_meeting_only() {
        let (mut record, ..) = complete();
        let d = record
            .add_decision(DecisionId::new(), &input("a", "b", vec![]))
            .unwrap();
        let who = record.actions[0].who;
        let mut a = ActionInput {
            who,
            what: "Huisbezoek".into(),
            due: "2026-12-20".into(),
            relies_on: vec![],
            decision: Some(DecisionId::new()),
            condition: String::new(),
        };
        assert_eq!(
            record.add_action(ActionId::new(), &a),
            Err(DomainError::UnknownDecision)
        );
        a.decision = Some(d.id);
        assert_eq!(
            record.add_action(ActionId::new(), &a).unwrap().decision,
            Some(d.id)
        );
        // An action without a decision stays valid.
        a.decision = None;
        assert!(record.add_action(ActionId::new(), &a).is_ok());
    }

    #[test]
    fn r11_decision_with_actions_or_dissent_cannot_be_removed() {
        let (mut record, ..) = complete();
        let d = record
            .add_decision(DecisionId::new(), &input("a", "b", vec![]))
            .unwrap();
        record.actions[0].decision = Some(d.id);
        assert_eq!(
            record.remove_decision(d.id),
            Err(DomainError::StillNeeded(Dependency::ActionsUnderDecision))
        );
        record.actions[0].decision = None;
        let p = record.participants[0].participant.id;
        let dissent = record
            .add_dissent(DissentId::new(), d.id, p, "Te snel")
            .unwrap();
        assert_eq!(
            record.remove_decision(d.id),
            Err(DomainError::StillNeeded(Dependency::DissentWithDecision))
        );
        record.remove_dissent(dissent.id).unwrap();
        record.remove_decision(d.id).unwrap();
        assert!(record.decisions.is_empty());
        assert_eq!(
            record.remove_decision(d.id),
            Err(DomainError::UnknownDecision)
        );
    }

    #[test]
    fn r11_dissent_by_someone_not_at_the_table_is_refused() {
        let (mut record, ..) = complete();
        let d = record
            .add_decision(DecisionId::new(), &input("a", "b", vec![]))
            .unwrap();
        assert_eq!(
            record.add_dissent(DissentId::new(), d.id, ParticipantId::new(), "Oneens"),
            Err(DomainError::ParticipantNotInMeeting {
                field: Field::Dissenter
            })
        );
        let observer = record.participants[1].participant.id;
        record.participants[1].attendance = Attendance::Observer;
        assert_eq!(
            record.add_dissent(DissentId::new(), d.id, observer, "Oneens"),
            Err(DomainError::ObserverHasNoPart)
        );
        assert!(record.dissents.is_empty());
    }

    #[test]
    fn r11_dissent_needs_a_reason_and_is_one_per_participant_per_decision() {
        let (mut record, ..) = complete();
        let d = record
            .add_decision(DecisionId::new(), &input("a", "b", vec![]))
            .unwrap();
        let p = record.participants[0].participant.id;
        assert_eq!(
            record.add_dissent(DissentId::new(), d.id, p, " "),
            Err(DomainError::Empty {
                field: Field::DissentWhy
            })
        );
        record
            .add_dissent(DissentId::new(), d.id, p, "Te snel")
            .unwrap();
        assert_eq!(
            record.add_dissent(DissentId::new(), d.id, p, "Nog steeds"),
            Err(DomainError::DissentAlreadyRecorded)
        );
        assert_eq!(
            record.add_dissent(DissentId::new(), DecisionId::new(), p, "x"),
            Err(DomainError::UnknownDecision)
        );
        assert_eq!(record.dissents_with(d.id).count(), 1);
    }

    #[test]
    fn r11_item_a_decision_rests_on_and_a_dissenter_cannot_be_removed() {
        let (mut record, ..) = complete();
        let mut extra = record.items[0].clone();
        extra.item.id = ItemId::new();
        let item = extra.item.id;
        record.items.push(extra);
        let d = record
            .add_decision(DecisionId::new(), &input("a", "b", vec![item]))
            .unwrap();
        assert_eq!(
            record.remove_item(item),
            Err(DomainError::StillNeeded(Dependency::ItemDecisionRestsOn))
        );
        let p = record.participants[1].participant.id;
        record
            .add_dissent(DissentId::new(), d.id, p, "Oneens")
            .unwrap();
        record.items.retain(|i| i.item.contributor != p);
        record.releases = crate::ReleaseMatrix::default();
        assert_eq!(
            record.remove_participant(p),
            Err(DomainError::StillNeeded(Dependency::DissentOfParticipant))
        );
    }

    #[test]
    fn r13_a_finalized_meeting_takes_no_decision() {
        let state = MeetingState::Finalized { at: Utc::now() };
        assert_eq!(ensure_editable(state), Err(DomainError::MeetingFinalized));
    }
}
