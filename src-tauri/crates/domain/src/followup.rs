//! R11/R13: follow-up meetings (vervolgoverleg). A new meeting for the same case carries
//! over the open actions of the previous one; the chair marks each done, or not done with
//! the reason, before the new meeting can be finalized.
//!
//! What carries over, and what does not (data minimisation, R9/R7 per meeting):
//! - the case label and the preparation (purpose, criteria, family present, anonymous);
//! - the open actions, as a snapshot (who by name and organisation, what, by when);
//! - NOT the participants, subjects, items, consents, releases or notifications: consent
//!   and releases are given per meeting (R7, R9), pledges per meeting (R2), and the family's
//!   data is entered again only when this meeting needs it.
//!
//! "Open" actions of a finalized meeting are all its plan actions, plus the actions it
//! carried over itself and marked "not done, not acted upon" (still to be done). An action
//! not done because circumstances changed is settled and does not carry over again.

use crate::meeting::parse_date;
use crate::{
    CarriedActionId, DomainError, Field, Label, Meeting, MeetingId, MeetingRecord, MeetingState,
    Prose,
};
use chrono::{DateTime, NaiveDate, Utc};

/// Longest note on a carried-over action that was not done, in characters.
pub const CARRIED_NOTE_MAX_CHARS: usize = 2_000;

/// Why a carried-over action was not done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum NotDoneReason {
    /// Circumstances changed: the action is no longer needed or no longer fits.
    ChangedCircumstances,
    /// Nobody acted on it: it is still to be done and carries over again.
    NotActedUpon,
}

/// The status the chair gives a carried-over action in the follow-up meeting.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase", tag = "kind")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum CarriedStatus {
    /// Not yet discussed: blocks finalizing (R13).
    Unsettled,
    /// Carried out.
    Done,
    /// Not carried out, with the reason.
    NotDone {
        /// Why not.
        reason: NotDoneReason,
        #[cfg_attr(feature = "ts", ts(as = "Option<String>"))]
        /// An explanation, if given.
        note: Option<Prose>,
    },
}

impl CarriedStatus {
    /// R13: whether the chair recorded done or not done.
    pub fn is_settled(&self) -> bool {
        !matches!(self, CarriedStatus::Unsettled)
    }

    /// Parses the chair's answer: done, or not done with a reason and an optional note.
    pub fn parse(
        done: bool,
        reason: Option<NotDoneReason>,
        note: &str,
    ) -> Result<Self, DomainError> {
        if done {
            return Ok(CarriedStatus::Done);
        }
        let reason = reason.ok_or(DomainError::Empty {
            field: Field::CarriedStatus,
        })?;
        let note = if note.trim().is_empty() {
            None
        } else {
            Some(Prose::parse(
                note,
                Field::CarriedNote,
                CARRIED_NOTE_MAX_CHARS,
            )?)
        };
        Ok(CarriedStatus::NotDone { reason, note })
    }
}

/// An action of the previous meeting of the same case, as agreed there (a snapshot: the
/// previous meeting's participants are not this meeting's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CarriedAction {
    /// Its id.
    pub id: CarriedActionId,
    /// The meeting the action was agreed in (or carried into); it may be destroyed since.
    pub from_meeting: MeetingId,
    /// Who was to carry it out.
    pub who_name: Label,
    /// Their organisation.
    pub who_organisation: Label,
    /// What was to be done.
    pub what: Prose,
    /// When it was due.
    pub due: NaiveDate,
    /// Done or not done, once recorded.
    pub status: CarriedStatus,
}

/// R11/R13: the follow-up meeting of `previous` on `date`, with the actions it carries
/// over (all unsettled). Only a finalized meeting has an agreed plan to follow up on; the
/// follow-up is not dated before it.
pub fn follow_up(
    previous: &MeetingRecord,
    state: MeetingState,
    id: MeetingId,
    date: &str,
    now: DateTime<Utc>,
) -> Result<(Meeting, Vec<CarriedAction>), DomainError> {
    if state == MeetingState::Draft {
        return Err(DomainError::FollowUpOfDraft);
    }
    let date = parse_date(date, Field::MeetingDate)?;
    let prev = &previous.meeting;
    if date < prev.date {
        return Err(DomainError::DateOutOfRange {
            field: Field::MeetingDate,
        });
    }
    let meeting = Meeting {
        id,
        case_label: prev.case_label.clone(),
        date,
        purpose: prev.purpose.clone(),
        criteria: prev.criteria.clone(),
        family_present: prev.family_present,
        family_absence_reason: prev.family_absence_reason.clone(),
        anonymous: prev.anonymous,
        created_at: now,
    };
    Ok((meeting, open_actions(previous)))
}

/// The open actions of a (finalized) meeting, as unsettled carried-over actions.
pub fn open_actions(previous: &MeetingRecord) -> Vec<CarriedAction> {
    let from = previous.meeting.id;
    let planned = previous.actions.iter().filter_map(|a| {
        let who = previous
            .participants
            .iter()
            .find(|p| p.participant.id == a.who)?;
        Some(CarriedAction {
            id: CarriedActionId::new(),
            from_meeting: from,
            who_name: who.participant.name.clone(),
            who_organisation: who.participant.organisation.clone(),
            what: a.what.clone(),
            due: a.due,
            status: CarriedStatus::Unsettled,
        })
    });
    let still_open = previous
        .carried_over
        .iter()
        .filter(|c| {
            matches!(
                c.status,
                CarriedStatus::NotDone {
                    reason: NotDoneReason::NotActedUpon,
                    ..
                }
            )
        })
        .map(|c| CarriedAction {
            id: CarriedActionId::new(),
            status: CarriedStatus::Unsettled,
            ..c.clone()
        });
    still_open.chain(planned).collect()
}

impl MeetingRecord {
    /// R11: the chair records what became of a carried-over action.
    pub fn set_carried_status(
        &mut self,
        id: CarriedActionId,
        status: CarriedStatus,
    ) -> Result<(), DomainError> {
        let c = self
            .carried_over
            .iter_mut()
            .find(|c| c.id == id)
            .ok_or(DomainError::UnknownCarriedAction)?;
        c.status = status;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{complete, day};
    use crate::{checklist, finalize, OpenPoint};

    fn finalized() -> (MeetingRecord, MeetingState) {
        let (record, ..) = complete();
        let done = finalize(&record, Utc::now()).unwrap();
        (record, done.state())
    }

    #[test]
    fn r13_follow_up_needs_a_finalized_meeting() {
        let (record, _) = finalized();
        assert_eq!(
            follow_up(
                &record,
                MeetingState::Draft,
                MeetingId::new(),
                "2027-01-10",
                Utc::now()
            ),
            Err(DomainError::FollowUpOfDraft)
        );
    }

    #[test]
    fn r11_follow_up_is_not_dated_before_the_previous_meeting() {
        let (record, state) = finalized();
        assert_eq!(
            follow_up(&record, state, MeetingId::new(), "2026-11-23", Utc::now()),
            Err(DomainError::DateOutOfRange {
                field: Field::MeetingDate
            })
        );
    }

    #[test]
    fn r11_follow_up_carries_over_every_action_unsettled_and_nothing_personal() {
        let (record, state) = finalized();
        let id = MeetingId::new();
        let (meeting, carried) = follow_up(&record, state, id, "2027-01-10", Utc::now()).unwrap();
        assert_eq!(meeting.id, id);
        assert_eq!(meeting.case_label, record.meeting.case_label);
        assert_eq!(meeting.date, day(2027, 1, 10));
        assert_eq!(carried.len(), record.actions.len());
        assert_eq!(carried[0].what, record.actions[0].what);
        assert_eq!(carried[0].due, record.actions[0].due);
        assert_eq!(carried[0].from_meeting, record.meeting.id);
        assert_eq!(carried[0].who_name.as_str(), "Deelnemer");
        assert!(carried.iter().all(|c| c.status == CarriedStatus::Unsettled));
    }

    /// The follow-up record as the store would load it: new meeting, nobody at the table
    /// yet, only the carried-over actions.
    fn follow_up_record() -> MeetingRecord {
        let (record, state) = finalized();
        let (meeting, carried) =
            follow_up(&record, state, MeetingId::new(), "2027-01-10", Utc::now()).unwrap();
        let mut next = record.clone();
        next.meeting = meeting;
        next.carried_over = carried;
        next
    }

    #[test]
    fn r13_finalize_refuses_while_a_carried_action_has_no_status() {
        let mut next = follow_up_record();
        let id = next.carried_over[0].id;
        assert!(checklist(&next).contains(&OpenPoint::CarriedActionUnsettled(id)));
        assert!(finalize(&next, Utc::now()).is_err());

        next.set_carried_status(id, CarriedStatus::Done).unwrap();
        assert!(!checklist(&next).contains(&OpenPoint::CarriedActionUnsettled(id)));

        let not_done =
            CarriedStatus::parse(false, Some(NotDoneReason::ChangedCircumstances), "").unwrap();
        next.set_carried_status(id, not_done).unwrap();
        assert!(!checklist(&next)
            .iter()
            .any(|p| matches!(p, OpenPoint::CarriedActionUnsettled(_))));
    }

    #[test]
    fn r11_not_done_needs_a_reason_and_the_note_is_checked() {
        assert_eq!(
            CarriedStatus::parse(false, None, "uitleg"),
            Err(DomainError::Empty {
                field: Field::CarriedStatus
            })
        );
        assert_eq!(
            CarriedStatus::parse(false, Some(NotDoneReason::NotActedUpon), "a\u{0}b"),
            Err(DomainError::ControlCharacters {
                field: Field::CarriedNote
            })
        );
        assert_eq!(
            CarriedStatus::parse(true, Some(NotDoneReason::NotActedUpon), "genegeerd"),
            Ok(CarriedStatus::Done)
        );
    }

    #[test]
    fn r11_unknown_carried_action_is_refused() {
        let mut next = follow_up_record();
        assert_eq!(
            next.set_carried_status(CarriedActionId::new(), CarriedStatus::Done),
            Err(DomainError::UnknownCarriedAction)
        );
    }

    #[test]
    fn r11_only_not_acted_upon_actions_carry_over_again() {
        let mut next = follow_up_record();
        let extra = CarriedAction {
            id: CarriedActionId::new(),
            ..next.carried_over[0].clone()
        };
        next.carried_over.push(extra);
        let (a, b) = (next.carried_over[0].id, next.carried_over[1].id);
        next.set_carried_status(
            a,
            CarriedStatus::parse(false, Some(NotDoneReason::NotActedUpon), "geen tijd").unwrap(),
        )
        .unwrap();
        next.set_carried_status(
            b,
            CarriedStatus::parse(false, Some(NotDoneReason::ChangedCircumstances), "").unwrap(),
        )
        .unwrap();
        let again = open_actions(&next);
        // One still-open carried action plus the plan's own actions.
        assert_eq!(again.len(), 1 + next.actions.len());
        assert!(again.iter().all(|c| c.status == CarriedStatus::Unsettled));
        assert!(again.iter().all(|c| c.id != a && c.id != b));
    }
}
