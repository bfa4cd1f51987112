//! R20 breach register: command bodies. Translation only: the wire input becomes a
//! `domain::BreachInput`, the store asks the domain (the 24-hour clock, who is on the
//! lists) and the result goes back as wire types.

use crate::commands::{meeting_id, AppState};
use crate::dto::reports::{
    BreachEntry, BreachListsView, FamilyMemberToInformView, MeetingToInformView, NewBreach,
    OrganisationToInformView, PartnersInformed,
};
use crate::dto::ApiError;
use chrono::{SecondsFormat, Utc};
use domain::{BreachId, BreachInput, BreachRecord, MeetingToInform, PartnerClock, Relation};
use uuid::Uuid;

fn time(t: chrono::DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn breach_id(raw: &str) -> Result<BreachId, ApiError> {
    Uuid::parse_str(raw.trim())
        .map(BreachId::from_uuid)
        .map_err(|_| ApiError::from(store::StoreError::NotFound("breach")))
}

fn entry(b: &BreachRecord) -> BreachEntry {
    let (clock, minutes, informed_at) = match b.clock(Utc::now()) {
        PartnerClock::Running { minutes_left } => ("running", minutes_left, None),
        PartnerClock::Overdue { minutes_over } => ("overdue", minutes_over, None),
        PartnerClock::Informed { at, in_time } => (
            if in_time {
                "informedInTime"
            } else {
                "informedLate"
            },
            0,
            Some(time(at)),
        ),
    };
    BreachEntry {
        id: b.id.to_string(),
        discovered_at: time(b.discovered_at),
        deadline: time(b.deadline()),
        description: b.description.as_str().to_owned(),
        meeting_id: b.meeting.map(|m| m.to_string()),
        clock: clock.into(),
        minutes,
        informed_at,
    }
}

fn relation_code(r: Relation) -> &'static str {
    match r {
        Relation::Youth => "youth",
        Relation::Parent => "parent",
        Relation::Carer => "carer",
        Relation::Guardian => "guardian",
        Relation::Other => "other",
    }
}

fn meeting_view(m: MeetingToInform) -> MeetingToInformView {
    MeetingToInformView {
        meeting_id: m.meeting.to_string(),
        reference: m.reference,
        case_label: m.case_label,
        date: m.date.format("%Y-%m-%d").to_string(),
        anonymous: m.anonymous,
        organisations: m
            .organisations
            .into_iter()
            .map(|o| OrganisationToInformView {
                organisation: o.organisation,
                organisation_type: texts::labels::organisation_type(o.organisation_type).into(),
                contributed: o.contributed,
                received: o.received,
            })
            .collect(),
        family: m
            .family
            .into_iter()
            .map(|f| FamilyMemberToInformView {
                name: f.name,
                relation: relation_code(f.relation).into(),
            })
            .collect(),
    }
}

/// R20: the breach register, most recently discovered first.
pub fn list_breaches(state: &AppState) -> Result<Vec<BreachEntry>, ApiError> {
    let list = state.with_store(|s| {
        let list = s.breaches()?;
        crate::commands::log_read(s, store::AuditKind::BreachViewed, None)?;
        Ok(list)
    })?;
    Ok(list.iter().map(entry).collect())
}

/// R20: registers a breach (whole store, or one meeting).
pub fn register_breach(state: &AppState, input: NewBreach) -> Result<BreachEntry, ApiError> {
    let meeting = match input.meeting_id.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(raw) => Some(meeting_id(raw)?),
    };
    let input = BreachInput {
        discovered_at: input.discovered_at,
        description: input.description,
        meeting,
    };
    let record = state.with_store(|s| s.register_breach(&input, Utc::now()))?;
    Ok(entry(&record))
}

/// R20: records when the partners were told.
pub fn mark_breach_partners_informed(
    state: &AppState,
    input: PartnersInformed,
) -> Result<BreachEntry, ApiError> {
    let id = breach_id(&input.breach_id)?;
    let at = input.informed_at.unwrap_or_default();
    let record = state.with_store(|s| s.mark_partners_informed(id, &at, Utc::now()))?;
    Ok(entry(&record))
}

/// R20: per meeting the breach concerns, the organisations and family members to inform.
pub fn breach_lists(state: &AppState, breach: &str) -> Result<BreachListsView, ApiError> {
    let id = breach_id(breach)?;
    let (record, lists) = state.with_store(|s| {
        let record = s
            .breaches()?
            .into_iter()
            .find(|b| b.id == id)
            .ok_or(store::StoreError::NotFound("breach"))?;
        let lists = s.breach_lists(id)?;
        crate::commands::log_read(s, store::AuditKind::BreachViewed, record.meeting)?;
        Ok((record, lists))
    })?;
    Ok(BreachListsView {
        breach: entry(&record),
        meetings: lists.into_iter().map(meeting_view).collect(),
    })
}
