//! Command bodies of follow-up meetings (R11/R13) and presentation mode (R5/R9: nothing unreleased on the wall). They
//! only translate: wire → domain types, the store (which asks the domain in one
//! transaction), result → wire.

use crate::commands::{meeting_id, AppState};
use crate::dto::flow::MeetingFlow;
use crate::dto::followup::*;
use crate::dto::ApiError;
use crate::flow::{flow, flow_dto, parse_id};
use chrono::Utc;
use domain::{DomainError, Field};

fn carried_id(raw: &str) -> Result<domain::CarriedActionId, ApiError> {
    parse_id(
        raw,
        domain::CarriedActionId::from_uuid,
        DomainError::UnknownCarriedAction,
    )
}

/// The carried-over actions of a meeting, for [`MeetingFlow`].
pub(crate) fn carried_dto(r: &domain::MeetingRecord) -> Vec<CarriedAction> {
    r.carried_over
        .iter()
        .map(|c| CarriedAction {
            id: c.id.to_string(),
            from_meeting_id: c.from_meeting.to_string(),
            who_name: c.who_name.to_string(),
            who_organisation: c.who_organisation.to_string(),
            what: c.what.to_string(),
            due: c.due.format("%Y-%m-%d").to_string(),
            status: c.status.clone(),
        })
        .collect()
}

/// R11: "nieuw vervolgoverleg": a new draft meeting for the same case, carrying over the
/// open actions of the (finalized) previous one.
pub fn create_follow_up(state: &AppState, input: NewFollowUp) -> Result<MeetingFlow, ApiError> {
    let previous = meeting_id(&input.previous_meeting_id)?;
    state
        .with_store(|s| s.create_follow_up(previous, &input.date, Utc::now()))
        .map(|d| flow_dto(&d))
}

/// R11/R13: done, or not done with the reason and an optional note.
pub fn set_carried_status(
    state: &AppState,
    input: SetCarriedStatus,
) -> Result<MeetingFlow, ApiError> {
    let carried = carried_id(&input.carried_id)?;
    let reason = if input.done {
        None
    } else {
        Some(match input.reason.parse(Field::CarriedStatus)? {
            NotDoneReason::ChangedCircumstances => domain::NotDoneReason::ChangedCircumstances,
            NotDoneReason::NotActedUpon => domain::NotDoneReason::NotActedUpon,
        })
    };
    let status = domain::CarriedStatus::parse(input.done, reason, &input.note)?;
    flow(state, &input.meeting_id, |s, id| {
        s.set_carried_status(id, carried, status, Utc::now())
    })
}

fn subject_dto(s: &domain::PresentedSubject) -> PresentedSubject {
    PresentedSubject {
        relation: s.relation,
        initials: s.initials.clone(),
        present: s.present,
    }
}

/// Presentation mode: the domain's projection, which has no birth date, address, contact
/// detail or release field to copy from.
pub fn get_presentation(state: &AppState, id: &str) -> Result<Presentation, ApiError> {
    let id = meeting_id(id)?;
    let data = state.with_store(|s| {
        let data = s.meeting_flow(id)?;
        crate::commands::log_read(s, store::AuditKind::PresentationOpened, Some(id))?;
        Ok(data)
    })?;
    let p = domain::present(&data.record);
    let date = |d: chrono::NaiveDate| d.format("%Y-%m-%d").to_string();
    Ok(Presentation {
        meeting_id: id.to_string(),
        case_label: p.case_label.to_string(),
        date: date(p.date),
        purpose: p.purpose.to_string(),
        subjects: p.subjects.iter().map(subject_dto).collect(),
        participants: p
            .participants
            .iter()
            .map(|x| PresentedParticipant {
                name: x.name.to_string(),
                organisation: x.organisation.to_string(),
                role: x.role,
            })
            .collect(),
        items: p
            .items
            .iter()
            .map(|i| PresentedItem {
                text: i.text.to_string(),
                kind: i.kind,
                category: i.category,
                contributor: i.contributor.as_ref().map(ToString::to_string),
                about: i.about.iter().map(subject_dto).collect(),
            })
            .collect(),
        actions: p
            .actions
            .iter()
            .map(|a| PresentedAction {
                who: a.who.as_ref().map(ToString::to_string),
                what: a.what.to_string(),
                due: date(a.due),
            })
            .collect(),
        carried: p
            .carried
            .iter()
            .map(|c| PresentedCarried {
                who_name: c.who_name.to_string(),
                what: c.what.to_string(),
                due: date(c.due),
                status: c.status.clone(),
            })
            .collect(),
    })
}
