//! R11/R13: follow-up meetings (vervolgoverleg). A new meeting for the same case carries
//! over the open actions of the previous one; the chair marks each done, or not done with
//! the reason, before the new meeting can be finalized.
//!
//! What carries over, and what does not (data minimisation, R9/R7 per meeting):
//! - the case label and the preparation (purpose, criteria, family present, anonymous);
//! - the open actions, as a snapshot (who by name and organisation, what, by when);
//! - NOT the items, consents, releases, notifications, pledges or attendance: consent
//!   and releases are given per meeting (R7, R9), pledges per meeting (R2);
//! - the participants and family members only as an offer ([`carry_over`]): the chair
//!   confirms whom to take over ([`take_over`]), so the family's data enters this meeting
//!   only when the chair decides this meeting needs it; a secret address never (R21).
//!
//! "Open" actions of a finalized meeting are all its plan actions, plus the actions it
//! carried over itself and marked "not done, not acted upon" (still to be done) or, for a
//! conditional action, "the condition did not occur" (the agreement stands). An action not
//! done because circumstances changed is settled and does not carry over again.

use crate::meeting::parse_date;
use crate::{
    Attendance, CarriedActionId, DomainError, Field, Label, Meeting, MeetingId, MeetingRecord,
    MeetingState, OrganisationType, Participant, ParticipantId, ParticipantRecord, Prose, Relation,
    Role, Subject, SubjectId, SubjectRecord,
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

/// R11/R13: an answer the chair may give for a carried-over action, as the follow-up
/// form offers it. The domain decides which answers an action has ([`CarriedAction::answers`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum CarriedAnswer {
    /// Carried out.
    Done,
    /// The condition did not occur: only for a conditional action.
    ConditionNotMet,
    /// Not done because circumstances changed.
    ChangedCircumstances,
    /// Not done because nobody acted on it.
    NotActedUpon,
}

impl CarriedAnswer {
    /// Whether this answer takes an explanation: only "not done" does.
    pub fn takes_note(self) -> bool {
        matches!(
            self,
            CarriedAnswer::ChangedCircumstances | CarriedAnswer::NotActedUpon
        )
    }

    /// The reason of a "not done" answer.
    pub fn not_done_reason(self) -> Option<NotDoneReason> {
        match self {
            CarriedAnswer::ChangedCircumstances => Some(NotDoneReason::ChangedCircumstances),
            CarriedAnswer::NotActedUpon => Some(NotDoneReason::NotActedUpon),
            CarriedAnswer::Done | CarriedAnswer::ConditionNotMet => None,
        }
    }
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
    /// R11: a conditional action whose condition did not occur: it was not needed yet and
    /// stays agreed, so it carries over to the next meeting again.
    ConditionNotMet,
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

    /// R11: whether the action stays agreed and carries over to the next meeting again:
    /// nobody acted on it, or its condition has not occurred yet.
    pub fn carries_over_again(&self) -> bool {
        matches!(
            self,
            CarriedStatus::ConditionNotMet
                | CarriedStatus::NotDone {
                    reason: NotDoneReason::NotActedUpon,
                    ..
                }
        )
    }

    /// Parses the chair's answer: the condition did not occur (`condition_met` false, for a
    /// conditional action), done, or not done with a reason and an optional note.
    pub fn parse(
        done: bool,
        condition_met: bool,
        reason: Option<NotDoneReason>,
        note: &str,
    ) -> Result<Self, DomainError> {
        if !condition_met {
            return Ok(CarriedStatus::ConditionNotMet);
        }
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
    /// R11: the event that was to trigger it; `None` when it was to be carried out anyway.
    pub condition: Option<Prose>,
    /// Done or not done, once recorded.
    pub status: CarriedStatus,
}

impl CarriedAction {
    /// R11: the answers the chair may give for this action: "the condition did not occur"
    /// exists only for a conditional action.
    pub fn answers(&self) -> Vec<CarriedAnswer> {
        let mut answers = vec![CarriedAnswer::Done];
        if self.condition.is_some() {
            answers.push(CarriedAnswer::ConditionNotMet);
        }
        answers.extend([
            CarriedAnswer::ChangedCircumstances,
            CarriedAnswer::NotActedUpon,
        ]);
        answers
    }
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
            condition: a.condition.clone(),
            status: CarriedStatus::Unsettled,
        })
    });
    let still_open = previous
        .carried_over
        .iter()
        .filter(|c| c.status.carries_over_again())
        .map(|c| CarriedAction {
            id: CarriedActionId::new(),
            status: CarriedStatus::Unsettled,
            ..c.clone()
        });
    still_open.chain(planned).collect()
}

/// R2/R7/R9/R21: a participant of the previous meeting, offered for the follow-up. Only
/// who they are and how to reach them: their pledge (R2), attendance, items, consents and
/// releases belong to the previous meeting and are given again in this one.
///
/// The UI gets it as it is (`OfferedParticipant` in TypeScript): who they are and how to
/// reach them; the rest is carried over by the store, not shown.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(
    feature = "ts",
    derive(ts_rs::TS),
    ts(export, rename = "OfferedParticipant")
)]
pub struct CarriedParticipant {
    /// Their id in the previous meeting (what the chair ticks).
    #[serde(rename = "id")]
    pub from: ParticipantId,
    /// The name.
    pub name: Label,
    /// The organisation.
    pub organisation: Label,
    /// The function, if entered.
    pub function: Option<Label>,
    /// The phone number, if entered.
    pub phone: Option<Label>,
    /// The e-mail address, if entered.
    pub email: Option<Label>,
    /// The role (R1; at most one case lead, as in the previous meeting).
    pub role: Role,
    /// R1/R5/R9: takes part with expertise only, as in the previous meeting.
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub expertise_only: bool,
    /// The type of their organisation (its code on the wire).
    #[serde(with = "crate::wire::organisation_code")]
    #[cfg_attr(feature = "ts", ts(as = "String"))]
    pub organisation_type: OrganisationType,
    /// Bound by professional secrecy (R7).
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub secrecy: bool,
    /// Their organisation's complaint route (R14c), an organisation's data.
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub complaint_route: Option<Label>,
}

/// R4/R8/R21: a family member of the previous meeting, offered for the follow-up: relation,
/// name, birth date and gezag. A secret address is never carried (R21): the chair enters it
/// again when this meeting needs it.
///
/// The UI gets it as it is (`OfferedSubject` in TypeScript), without the gezag mark.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(
    feature = "ts",
    derive(ts_rs::TS),
    ts(export, rename = "OfferedSubject")
)]
pub struct CarriedSubject {
    /// Their id in the previous meeting (what the chair ticks).
    #[serde(rename = "id")]
    pub from: SubjectId,
    /// The relation to the family.
    pub relation: Relation,
    /// The name; `None` in an anonymous meeting (R4).
    pub name: Option<Label>,
    /// The date of birth (`YYYY-MM-DD`), if entered.
    #[cfg_attr(feature = "ts", ts(as = "Option<String>"))]
    pub birth_date: Option<NaiveDate>,
    /// R8: holds parental authority (gezag).
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub parental_authority: bool,
    /// R21: the previous meeting held a secret address that is left behind.
    pub secret_address_left_behind: bool,
}

/// R2/R21: what the chair may take over from the previous meeting into a follow-up, for
/// the chair to confirm: people, never pledges, decisions or a secret address
/// (`FollowUpOffer` in TypeScript).
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
#[cfg_attr(
    feature = "ts",
    derive(ts_rs::TS),
    ts(export, rename = "FollowUpOffer")
)]
pub struct CarryOver {
    /// The participants, in the previous meeting's order.
    pub participants: Vec<CarriedParticipant>,
    /// The family members, in the previous meeting's order.
    pub subjects: Vec<CarriedSubject>,
}

/// R2/R7/R9/R21: what a follow-up may take over from `previous`: the people, never what
/// they confirmed, decided or brought in there, and never a secret address.
pub fn carry_over(previous: &MeetingRecord) -> CarryOver {
    let participants = previous
        .participants
        .iter()
        .map(|p| CarriedParticipant {
            from: p.participant.id,
            name: p.participant.name.clone(),
            organisation: p.participant.organisation.clone(),
            function: p.participant.function.clone(),
            phone: p.participant.phone.clone(),
            email: p.participant.email.clone(),
            role: p.participant.role,
            expertise_only: p.participant.expertise_only,
            organisation_type: p.organisation_type,
            secrecy: p.secrecy,
            complaint_route: p.complaint_route.clone(),
        })
        .collect();
    let subjects = previous
        .subjects
        .iter()
        .map(|s| CarriedSubject {
            from: s.subject.id,
            relation: s.subject.relation,
            name: s.subject.name.clone(),
            birth_date: s.subject.birth_date,
            parental_authority: s.subject.parental_authority,
            secret_address_left_behind: s.subject.has_secret_address,
        })
        .collect();
    CarryOver {
        participants,
        subjects,
    }
}

/// The people the chair confirmed, as new records of the follow-up meeting `next`: new ids,
/// no pledge yet (R2), present at the table until the chair says otherwise, family members
/// not marked present (R12 asks again), no secret address (R21). An id that is not of the
/// previous meeting is refused; a repeated id counts once.
pub fn take_over(
    previous: &MeetingRecord,
    next: &Meeting,
    participants: &[ParticipantId],
    subjects: &[SubjectId],
) -> Result<(Vec<ParticipantRecord>, Vec<SubjectRecord>), DomainError> {
    let offer = carry_over(previous);
    if participants
        .iter()
        .any(|id| !offer.participants.iter().any(|p| p.from == *id))
    {
        return Err(DomainError::ParticipantNotInMeeting { field: Field::Name });
    }
    if subjects
        .iter()
        .any(|id| !offer.subjects.iter().any(|s| s.from == *id))
    {
        return Err(DomainError::UnknownSubject {
            field: Field::Subjects,
        });
    }
    let people = offer
        .participants
        .into_iter()
        .filter(|p| participants.contains(&p.from))
        .map(|p| ParticipantRecord {
            participant: Participant {
                id: ParticipantId::new(),
                meeting_id: next.id,
                name: p.name,
                organisation: p.organisation,
                function: p.function,
                phone: p.phone,
                email: p.email,
                role: p.role,
                expertise_only: p.expertise_only,
            },
            organisation_type: p.organisation_type,
            secrecy: p.secrecy,
            pledged_at: None,
            attendance: Attendance::Present,
            complaint_route: p.complaint_route,
        })
        .collect();
    let family = offer
        .subjects
        .into_iter()
        .filter(|s| subjects.contains(&s.from))
        .map(|s| SubjectRecord {
            subject: Subject {
                id: SubjectId::new(),
                meeting_id: next.id,
                relation: s.relation,
                // R4: an anonymous follow-up of an anonymous meeting stores no names either.
                name: if next.anonymous { None } else { s.name },
                birth_date: if next.anonymous { None } else { s.birth_date },
                parental_authority: s.parental_authority,
                has_secret_address: false,
                // R12: the chair confirms the language again in the follow-up.
                language: crate::FamilyLanguage::default(),
            },
            present: false,
        })
        .collect();
    Ok((people, family))
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
        if status == CarriedStatus::ConditionNotMet && c.condition.is_none() {
            return Err(DomainError::CarriedActionHasNoCondition);
        }
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
            CarriedStatus::parse(false, true, Some(NotDoneReason::ChangedCircumstances), "")
                .unwrap();
        next.set_carried_status(id, not_done).unwrap();
        assert!(!checklist(&next)
            .iter()
            .any(|p| matches!(p, OpenPoint::CarriedActionUnsettled(_))));
    }

    #[test]
    fn r11_not_done_needs_a_reason_and_the_note_is_checked() {
        assert_eq!(
            CarriedStatus::parse(false, true, None, "uitleg"),
            Err(DomainError::Empty {
                field: Field::CarriedStatus
            })
        );
        assert_eq!(
            CarriedStatus::parse(false, true, Some(NotDoneReason::NotActedUpon), "a\u{0}b"),
            Err(DomainError::ControlCharacters {
                field: Field::CarriedNote
            })
        );
        assert_eq!(
            CarriedStatus::parse(true, true, Some(NotDoneReason::NotActedUpon), "genegeerd"),
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
            CarriedStatus::parse(false, true, Some(NotDoneReason::NotActedUpon), "geen tijd")
                .unwrap(),
        )
        .unwrap();
        next.set_carried_status(
            b,
            CarriedStatus::parse(false, true, Some(NotDoneReason::ChangedCircumstances), "")
                .unwrap(),
        )
        .unwrap();
        let again = open_actions(&next);
        // One still-open carried action plus the plan's own actions.
        assert_eq!(again.len(), 1 + next.actions.len());
        assert!(again.iter().all(|c| c.status == CarriedStatus::Unsettled));
        assert!(again.iter().all(|c| c.id != a && c.id != b));
    }

    #[test]
    fn r11_a_conditional_action_carries_its_condition_into_the_follow_up() {
        let (mut record, state) = finalized();
        record.actions[0].condition = Some(
            Prose::parse("Als Noah weer verzuimt", Field::ActionCondition, usize::MAX).unwrap(),
        );
        let (_, carried) =
            follow_up(&record, state, MeetingId::new(), "2027-01-10", Utc::now()).unwrap();
        let c = carried
            .iter()
            .find(|c| c.what == record.actions[0].what)
            .unwrap();
        assert_eq!(
            c.condition.as_ref().map(Prose::as_str),
            Some("Als Noah weer verzuimt")
        );
    }

    #[test]
    fn r11_condition_not_met_settles_the_action_and_the_agreement_carries_over_again() {
        let mut next = follow_up_record();
        let id = next.carried_over[0].id;
        next.carried_over[0].condition =
            Some(Prose::parse("Als het verzuim terugkomt", Field::ActionCondition, 500).unwrap());
        let status = CarriedStatus::parse(false, false, None, "").unwrap();
        assert_eq!(status, CarriedStatus::ConditionNotMet);
        next.set_carried_status(id, status).unwrap();
        assert!(!checklist(&next).contains(&OpenPoint::CarriedActionUnsettled(id)));
        let again = open_actions(&next);
        let standing = again
            .iter()
            .find(|c| c.what == next.carried_over[0].what && c.condition.is_some())
            .expect("the conditional agreement stands");
        assert_eq!(standing.status, CarriedStatus::Unsettled);
    }

    #[test]
    fn r11_an_unconditional_action_cannot_be_settled_as_condition_not_met() {
        let mut next = follow_up_record();
        let id = next.carried_over[0].id;
        assert_eq!(next.carried_over[0].condition, None);
        assert_eq!(
            next.set_carried_status(id, CarriedStatus::ConditionNotMet),
            Err(DomainError::CarriedActionHasNoCondition)
        );
        assert_eq!(next.carried_over[0].status, CarriedStatus::Unsettled);
    }

    /// The finalized fixture with a second family member who has a secret address.
    fn with_secret_address() -> (MeetingRecord, MeetingState) {
        let (mut record, state) = finalized();
        let mut father = record.subjects[0].clone();
        father.subject.id = SubjectId::new();
        father.subject.has_secret_address = true;
        record.subjects.push(father);
        (record, state)
    }

    #[test]
    fn r2_r21_carry_over_offers_every_person_but_no_pledge_or_secret_address() {
        let (record, _) = with_secret_address();
        let offer = carry_over(&record);
        assert_eq!(offer.participants.len(), record.participants.len());
        assert_eq!(offer.subjects.len(), 2);
        let lead = &offer.participants[0];
        assert_eq!(lead.from, record.participants[0].participant.id);
        assert_eq!(lead.name, record.participants[0].participant.name);
        assert_eq!(lead.role, Role::CaseLead);
        assert_eq!(lead.organisation_type, OrganisationType::Wijkteam);
        assert!(!offer.subjects[0].secret_address_left_behind);
        assert!(offer.subjects[1].secret_address_left_behind);
    }

    #[test]
    fn r2_r7_r9_take_over_carries_people_not_pledges_attendance_or_decisions() {
        let (mut record, state) = with_secret_address();
        record.participants[1].attendance = Attendance::Observer;
        let (next, _) =
            follow_up(&record, state, MeetingId::new(), "2027-01-10", Utc::now()).unwrap();
        let lead = record.participants[0].participant.id;
        let ggz = record.participants[1].participant.id;
        let father = record.subjects[1].subject.id;
        let (people, family) = take_over(&record, &next, &[ggz, lead, lead], &[father]).unwrap();
        // Each ticked person once, in the previous meeting's order, with a new id.
        assert_eq!(people.len(), 2);
        assert_eq!(
            people[0].participant.name,
            record.participants[0].participant.name
        );
        assert!(people.iter().all(|p| p.participant.meeting_id == next.id));
        assert!(people
            .iter()
            .all(|p| p.participant.id != lead && p.participant.id != ggz));
        // R2: confidentiality is confirmed again; attendance is recorded again.
        assert!(people.iter().all(|p| p.pledged_at.is_none()));
        assert!(people.iter().all(|p| p.attendance == Attendance::Present));
        assert_eq!(people[0].participant.role, Role::CaseLead);
        assert!(people[1].secrecy);
        // R21: the secret address stays behind; R12: presence is asked again.
        assert_eq!(family.len(), 1);
        assert_eq!(
            family[0].subject.relation,
            record.subjects[1].subject.relation
        );
        assert_eq!(
            family[0].subject.birth_date,
            record.subjects[1].subject.birth_date
        );
        assert!(!family[0].subject.has_secret_address);
        assert!(!family[0].present);
        assert_ne!(family[0].subject.id, father);
        assert_eq!(family[0].subject.meeting_id, next.id);
    }

    #[test]
    fn r13_the_follow_up_with_people_taken_over_still_needs_their_pledges() {
        let (record, state) = finalized();
        let (next, carried) =
            follow_up(&record, state, MeetingId::new(), "2027-01-10", Utc::now()).unwrap();
        let all: Vec<_> = record
            .participants
            .iter()
            .map(|p| p.participant.id)
            .collect();
        let (people, family) = take_over(&record, &next, &all, &[]).unwrap();
        let first = people[0].participant.id;
        let draft = MeetingRecord {
            meeting: next,
            subjects: family,
            participants: people,
            items: vec![],
            actions: vec![],
            releases: crate::ReleaseMatrix::new(),
            notifications: vec![],
            retention_until: None,
            carried_over: carried,
            decisions: vec![],
            dissents: vec![],
            purpose_for_family: false,
            voices: Vec::new(),
            minutes: crate::Minutes::default(),
        };
        assert!(checklist(&draft).contains(&OpenPoint::PledgeMissing(first)));
    }

    #[test]
    fn r1_take_over_keeps_who_takes_part_with_expertise_only() {
        let (mut record, state) = finalized();
        let mut adviser =
            crate::fixtures::participant(record.meeting.id, Role::Expert, OrganisationType::Overig);
        adviser.participant.expertise_only = true;
        let id = adviser.participant.id;
        record.participants.push(adviser);
        assert!(carry_over(&record)
            .participants
            .iter()
            .any(|p| p.from == id && p.expertise_only));
        let (next, _) =
            follow_up(&record, state, MeetingId::new(), "2027-01-10", Utc::now()).unwrap();
        let (people, _) = take_over(&record, &next, &[id], &[]).unwrap();
        assert!(people[0].participant.expertise_only);
    }

    #[test]
    fn r11_take_over_refuses_a_person_of_another_meeting() {
        let (record, state) = finalized();
        let (next, _) =
            follow_up(&record, state, MeetingId::new(), "2027-01-10", Utc::now()).unwrap();
        assert_eq!(
            take_over(&record, &next, &[ParticipantId::new()], &[]),
            Err(DomainError::ParticipantNotInMeeting { field: Field::Name })
        );
        assert_eq!(
            take_over(&record, &next, &[], &[SubjectId::new()]),
            Err(DomainError::UnknownSubject {
                field: Field::Subjects
            })
        );
        let (people, family) = take_over(&record, &next, &[], &[]).unwrap();
        assert!(people.is_empty() && family.is_empty());
    }
    #[test]
    fn r11_only_a_conditional_action_offers_condition_not_met() {
        let mut action = CarriedAction {
            id: CarriedActionId::new(),
            from_meeting: MeetingId::new(),
            who_name: Label::parse("Anna de Vries", Field::Name).unwrap(),
            who_organisation: Label::parse("Wijkteam", Field::Organisation).unwrap(),
            what: Prose::parse("Huisbezoek", Field::ActionWhat, 100).unwrap(),
            due: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
            condition: None,
            status: CarriedStatus::Unsettled,
        };
        assert!(!action.answers().contains(&CarriedAnswer::ConditionNotMet));
        action.condition =
            Some(Prose::parse("Noah verzuimt", Field::ActionCondition, 100).unwrap());
        assert_eq!(
            action.answers(),
            vec![
                CarriedAnswer::Done,
                CarriedAnswer::ConditionNotMet,
                CarriedAnswer::ChangedCircumstances,
                CarriedAnswer::NotActedUpon
            ]
        );
        let with_note: Vec<_> = action
            .answers()
            .into_iter()
            .filter(|a| a.takes_note())
            .collect();
        assert_eq!(
            with_note,
            vec![
                CarriedAnswer::ChangedCircumstances,
                CarriedAnswer::NotActedUpon
            ]
        );
        assert_eq!(
            CarriedAnswer::NotActedUpon.not_done_reason(),
            Some(NotDoneReason::NotActedUpon)
        );
    }
}
