//! What the UI sends about the plan (R11): decisions, dissent, actions, what the family
//! letter shows of them (R14c), carried actions of a follow-up, and informing the family
//! (R12).

use super::{item_ids, motivation, participant_id, subject_ids, Choice};
use crate::{
    ActionInput, CarriedActionId, CarriedStatus, DecisionId, DecisionInput, DomainError, Field,
    FieldErrors, ForFamily, NotDoneReason, NotificationInput, NotificationMethod,
    NotificationScope, NotificationTiming, ParticipantId, PostponeGround,
};
use serde::Deserialize;

/// A decision's id from the wire.
fn decision_id(raw: &str) -> Result<DecisionId, DomainError> {
    DecisionId::parse(raw, DomainError::UnknownDecision)
}

/// R11/seed 002: a new decision: what, why (required) and the items it rests on.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct NewDecision {
    /// The meeting.
    pub meeting_id: String,
    /// What was decided.
    pub what: String,
    /// Why.
    pub why: String,
    /// The items it rests on.
    pub rests_on: Vec<String>,
}

impl NewDecision {
    /// The decision (texts parsed when added).
    pub fn parse(&self) -> Result<DecisionInput, DomainError> {
        Ok(DecisionInput {
            what: self.what.clone(),
            why: self.why.clone(),
            rests_on: item_ids(&self.rests_on, Field::RestsOn)?,
        })
    }
}

/// Seed 002: a participant disagrees with a decision, and why.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct NewDissent {
    /// The meeting.
    pub meeting_id: String,
    /// The decision.
    pub decision_id: String,
    /// The participant who disagrees.
    pub participant_id: String,
    /// Why (parsed when added).
    pub why: String,
}

impl NewDissent {
    /// The decision and the participant who disagrees with it.
    pub fn parse(&self) -> Result<(DecisionId, ParticipantId), DomainError> {
        let decision = decision_id(&self.decision_id)?;
        let participant = participant_id(&self.participant_id, Field::Dissenter)?;
        Ok((decision, participant))
    }
}

/// R14c: the chair's mark as sent, not yet checked (its motivation is parsed); in
/// TypeScript it is `ForFamily` itself.
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum ForFamilyInput {
    /// Not yet looked at.
    Unchecked,
    /// The family may read it.
    Checked,
    /// Not for the family, and why.
    NotForFamily {
        /// Why not (required).
        motivation: String,
    },
}
#[cfg(feature = "ts")]
ts_as!(ForFamilyInput => ForFamily);

impl ForFamilyInput {
    /// R14c: the mark, checked (a motivation is required when not for the family).
    pub fn parse(&self) -> Result<ForFamily, DomainError> {
        Ok(match self {
            ForFamilyInput::Unchecked => ForFamily::Unchecked,
            ForFamilyInput::Checked => ForFamily::Checked,
            ForFamilyInput::NotForFamily { motivation: m } => ForFamily::NotForFamily {
                motivation: motivation(m)?,
            },
        })
    }
}

/// R11: one line of the plan of action as the chair enters it.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct NewAction {
    /// The meeting.
    pub meeting_id: String,
    /// The participant who carries it out.
    pub who: String,
    /// What they do.
    pub what: String,
    /// `YYYY-MM-DD`
    pub due: String,
    /// The items it needs.
    pub relies_on: Vec<String>,
    /// R11: the event that triggers it ("Als …"); empty or absent: carried out anyway.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub condition: Option<String>,
    /// R11: the decision the action hangs under; absent: an action on its own.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub decision_id: Option<String>,
}

impl NewAction {
    /// The action (texts and date parsed when added).
    pub fn parse(&self) -> Result<ActionInput, DomainError> {
        Ok(ActionInput {
            who: participant_id(&self.who, Field::ActionWho)?,
            what: self.what.clone(),
            due: self.due.clone(),
            relies_on: item_ids(&self.relies_on, Field::ReliesOn)?,
            condition: self.condition.clone().unwrap_or_default(),
            decision: self
                .decision_id
                .as_deref()
                .filter(|d| !d.is_empty())
                .map(decision_id)
                .transpose()?,
        })
    }
}

/// R11/R13: the chair's answer for one carried-over action.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct SetCarriedStatus {
    /// The meeting.
    pub meeting_id: String,
    /// The carried action.
    pub carried_id: String,
    /// It was done.
    pub done: bool,
    /// R11: `false` when the action's condition did not occur (conditional actions only).
    #[serde(default = "condition_met_by_default")]
    #[cfg_attr(feature = "ts", ts(as = "Option<bool>", optional))]
    pub condition_met: bool,
    /// Required when not done.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(as = "Option<NotDoneReason>", optional))]
    pub reason: Choice<NotDoneReason>,
    /// Optional explanation when not done.
    #[serde(default)]
    pub note: String,
}

fn condition_met_by_default() -> bool {
    true
}

impl SetCarriedStatus {
    /// The carried action and its status (the reason is asked only for an action that was
    /// due and not done).
    pub fn parse(&self) -> Result<(CarriedActionId, CarriedStatus), DomainError> {
        let carried = CarriedActionId::parse(&self.carried_id, DomainError::UnknownCarriedAction)?;
        let reason = self.reason.parse(Field::CarriedStatus).ok();
        let status = CarriedStatus::parse(self.done, self.condition_met, reason, &self.note)?;
        Ok((carried, status))
    }
}

/// R12: when the family is informed, as sent (the domain's `NotificationTiming` once
/// parsed; in TypeScript it is that type).
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum NotificationTimingInput {
    /// Before the meeting.
    Beforehand,
    /// After the meeting, and why.
    #[serde(rename_all = "camelCase")]
    Afterwards {
        /// Why afterwards.
        motivation: String,
    },
    /// AVG art. 23: postponed on a ground, and why, until a review date.
    #[serde(rename_all = "camelCase")]
    Postponed {
        /// The ground.
        ground: PostponeGround,
        /// Why.
        motivation: String,
        /// `YYYY-MM-DD`
        review_date: String,
    },
}

impl NotificationTimingInput {
    /// The timing; of a postponement both typed fields' faults at once.
    pub fn parse(&self) -> Result<NotificationTiming, DomainError> {
        Ok(match self {
            NotificationTimingInput::Beforehand => NotificationTiming::Beforehand,
            NotificationTimingInput::Afterwards { motivation: m } => {
                NotificationTiming::Afterwards {
                    motivation: motivation(m)?,
                }
            }
            NotificationTimingInput::Postponed {
                ground,
                motivation: m,
                review_date,
            } => {
                let mut errors = FieldErrors::new();
                let m = errors.check(motivation(m));
                let review = errors.check(crate::parse_date(review_date, Field::ReviewDate));
                let (motivation, review_date) = errors.finish_with(m.zip(review))?;
                NotificationTiming::Postponed {
                    ground: *ground,
                    motivation,
                    review_date,
                }
            }
        })
    }
}

/// R12: who informs the family, how and when.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct NewNotification {
    /// The meeting.
    pub meeting_id: String,
    /// Empty = the whole family.
    pub subject_ids: Vec<String>,
    /// The participant who informs them.
    pub informer: String,
    /// How.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(as = "NotificationMethod"))]
    pub method: Choice<NotificationMethod>,
    /// When.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(as = "NotificationTiming"))]
    pub timing: Choice<NotificationTimingInput>,
}

impl NewNotification {
    /// The notification: who it is about first, then every fault of the rest of the
    /// form at once (who informs, how and the timing's fields).
    pub fn parse(&self) -> Result<NotificationInput, DomainError> {
        let about = if self.subject_ids.is_empty() {
            NotificationScope::WholeFamily
        } else {
            NotificationScope::Subjects(subject_ids(
                &self.subject_ids,
                Field::NotificationSubjects,
            )?)
        };
        let mut errors = FieldErrors::new();
        let informer = errors.check(participant_id(&self.informer, Field::Informer));
        let method = errors.check(self.method.parse(Field::NotificationMethod));
        let timing = errors.check(
            self.timing
                .clone()
                .parse(Field::NotificationTiming)
                .and_then(|t| t.parse()),
        );
        let (informer, (method, timing)) = errors.finish_with(informer.zip(method.zip(timing)))?;
        Ok(NotificationInput {
            about,
            informer,
            method,
            timing,
        })
    }
}
