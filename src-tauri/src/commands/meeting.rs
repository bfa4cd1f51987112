//! Meetings: the list, a new or follow-up meeting (R11/R13), its preparation, the meeting
//! page (`MeetingFlow`, with the checklist of R13), presentation mode (R5/R9: nothing
//! unreleased on the wall), search across meetings and retention (R15).

use crate::commands::*;
use crate::commands::{flow, meeting_id};
use crate::dto::ExpiringMeeting;
use crate::dto::MeetingFlow;
use crate::dto::SearchHit;
use crate::dto::*;
use crate::dto::{ApiError, MeetingDetail, MeetingList, MeetingSummary, NewMeeting};
use crate::state::{log_read, AppState};
use chrono::Utc;
use domain::MeetingInput;
use store::PreparationInput;
use texts::labels;

/// How many meetings the list shows at most (newest first); search finds the others.
pub const MEETING_LIST_LIMIT: u32 = 100;

pub fn list_meetings(state: &AppState) -> Result<MeetingList, ApiError> {
    state
        .with_store(|s| s.recent_meetings(MEETING_LIST_LIMIT))
        .map(|(list, total)| {
            let today = super::today();
            MeetingList {
                meetings: list
                    .into_iter()
                    .map(|m| MeetingSummary::on(m, today))
                    .collect(),
                total,
            }
        })
}

pub fn create_meeting(state: &AppState, input: NewMeeting) -> Result<MeetingSummary, ApiError> {
    let input = MeetingInput {
        case_label: input.case_label,
        date: input.date,
        purpose: input.purpose,
        criteria: input.criteria.unwrap_or_default(),
        family_present: input.family_present.unwrap_or(false),
        family_absence_reason: input.family_absence_reason.unwrap_or_default(),
        anonymous: input.anonymous.unwrap_or(false),
    };
    state
        .with_store(|s| s.create_meeting(&input, chrono::Utc::now()))
        .map(|m| MeetingSummary::on(m, super::today()))
}

pub fn get_meeting(state: &AppState, id: &str) -> Result<MeetingDetail, ApiError> {
    let id = meeting_id(id)?;
    state
        .with_store(|s| {
            let detail = s.meeting_detail(id)?;
            log_read(s, store::AuditKind::MeetingOpened, Some(id))?;
            Ok(detail)
        })
        .map(Into::into)
}

// ---- commands ----------------------------------------------------------------------

pub fn reference_data() -> ReferenceData {
    reference_data_with(&[])
}

/// The reference data with the legal bases the chair added per organisation type (R7b)
/// after the fixed ones of seed 004 art. 5.2.
pub fn reference_data_with(custom: &[domain::CustomBasis]) -> ReferenceData {
    ReferenceData {
        organisation_types: domain::OrganisationType::ALL
            .into_iter()
            .map(|t| OrganisationTypeInfo {
                code: t.code().into(),
                label: labels::organisation_type(t).into(),
                wgbo: t.wgbo_applies(),
                default_legal_basis: t.default_legal_basis().map(|b| b.code().into()),
                proposal: t.proposed_basis(true).into(),
                proposal_about_nobody: t.proposed_basis(false).into(),
                legal_bases: t
                    .legal_bases()
                    .iter()
                    .map(|b| LegalBasisInfo {
                        code: b.code().into(),
                        label: labels::legal_basis(*b).into(),
                    })
                    .chain(
                        custom
                            .iter()
                            .filter(|c| c.holds_for(t))
                            .map(|c| LegalBasisInfo {
                                code: custom_basis_code(c.id),
                                label: labels::custom_basis(c.law.as_str(), c.article.as_str()),
                            }),
                    )
                    .collect(),
            })
            .collect(),
        authority_relations: [
            domain::Relation::Youth,
            domain::Relation::Parent,
            domain::Relation::Carer,
            domain::Relation::Guardian,
            domain::Relation::Other,
        ]
        .into_iter()
        .filter(|r| r.can_hold_authority())
        .collect(),
        expertise_only_roles: domain::Role::ALL
            .into_iter()
            .filter(|r| r.allows_expertise_only())
            .collect(),
    }
}

pub fn get_meeting_flow(state: &AppState, id: &str) -> Result<MeetingFlow, ApiError> {
    flow(state, id, |s, id| {
        let data = s.meeting_flow(id)?;
        crate::state::log_read(s, store::AuditKind::MeetingOpened, Some(id))?;
        Ok(data)
    })
}

pub fn update_preparation(state: &AppState, input: Preparation) -> Result<MeetingFlow, ApiError> {
    let prep = PreparationInput {
        purpose: input.purpose,
        criteria: input.criteria,
        family_present: input.family_present,
        family_absence_reason: input.family_absence_reason.unwrap_or_default(),
        anonymous: input.anonymous,
    };
    flow(state, &input.meeting_id, |s, id| {
        s.update_preparation(id, &prep, Utc::now())
    })
}

pub fn set_retention(
    state: &AppState,
    meeting: &str,
    until: &str,
) -> Result<MeetingFlow, ApiError> {
    // R15: the range is the domain's check of the destroy-after date, not 2000–2100.
    let until = domain::parse_destroy_after(until)?;
    flow(state, meeting, |s, id| {
        s.set_retention(id, until, Utc::now())
    })
}

/// Seed 002 Feitenonderzoek 4: the time and the record of the meeting (draft only, R13).
pub fn set_meeting_record(
    state: &AppState,
    meeting: &str,
    input: domain::MinutesInput,
) -> Result<MeetingFlow, ApiError> {
    flow(state, meeting, |s, id| {
        s.set_minutes(id, &input, Utc::now())
    })
}

/// R11: "nieuw vervolgoverleg": a new draft meeting for the same case, carrying over the
/// open actions of the (finalized) previous one.
pub fn create_follow_up(state: &AppState, input: NewFollowUp) -> Result<MeetingFlow, ApiError> {
    let previous = meeting_id(&input.previous_meeting_id)?;
    let participants = input
        .participant_ids
        .unwrap_or_default()
        .iter()
        .map(|p| participant_id(p, Field::Name))
        .collect::<Result<Vec<_>, _>>()?;
    let subjects = subject_ids(&input.subject_ids.unwrap_or_default(), Field::Subjects)?;
    state
        .with_store(|s| {
            s.create_follow_up_with(previous, &input.date, &participants, &subjects, Utc::now())
        })
        .map(|d| d.view())
}

/// R2/R21: the participants and family members a follow-up of `previous` may take over,
/// for the chair to confirm.
pub fn follow_up_offer(state: &AppState, previous: &str) -> Result<FollowUpOffer, ApiError> {
    let previous = meeting_id(previous)?;
    state.with_store(|s| s.follow_up_offer(previous))
}

/// R11: what the follow-up `meeting` shows of the meeting it follows up.
pub fn last_time(state: &AppState, meeting: &str) -> Result<Option<LastTime>, ApiError> {
    let meeting = meeting_id(meeting)?;
    state.with_store(|s| s.last_time(meeting))
}

fn subject_dto(s: &domain::PresentedSubject) -> PresentedSubject {
    PresentedSubject {
        relation: s.relation,
        initials: s.initials.clone(),
        present: s.present,
    }
}

fn participant_dto(x: &domain::PresentedParticipant) -> PresentedParticipant {
    PresentedParticipant {
        name: x.name.to_string(),
        organisation: x.organisation.to_string(),
        role: x.role,
        expertise_only: x.expertise_only,
    }
}

/// Presentation mode: the domain's projection, which has no birth date, address, contact
/// detail or release field to copy from.
pub fn get_presentation(state: &AppState, id: &str) -> Result<Presentation, ApiError> {
    let id = meeting_id(id)?;
    let data = state.with_store(|s| {
        let data = s.meeting_flow(id)?;
        crate::state::log_read(s, store::AuditKind::PresentationOpened, Some(id))?;
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
        participants: p.participants.iter().map(participant_dto).collect(),
        contributions: p
            .contributions
            .iter()
            .map(|c| PresentedContribution {
                contributor: participant_dto(&c.contributor),
                items: c
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
                hidden: u32::try_from(c.hidden).unwrap_or(u32::MAX),
            })
            .collect(),
        actions: p
            .actions
            .iter()
            .map(|a| PresentedAction {
                who: a.who.as_ref().map(ToString::to_string),
                what: a.what.to_string(),
                due: date(a.due),
                condition: a.condition.as_ref().map(ToString::to_string),
            })
            .collect(),
        carried: p
            .carried
            .iter()
            .map(|c| PresentedCarried {
                who_name: c.who_name.to_string(),
                what: c.what.to_string(),
                due: date(c.due),
                condition: c.condition.as_ref().map(ToString::to_string),
                status: c.status.clone(),
            })
            .collect(),
    })
}

/// R15: meetings destroyed within the next 30 days, soonest first.
pub fn expiring_meetings(state: &AppState) -> Result<Vec<ExpiringMeeting>, ApiError> {
    state.with_store(|s| s.expiring_within(today(), domain::EXPIRY_NOTICE_DAYS))
}

/// R15: extends a meeting's destroy-after date by 6 months, with a reason. Returns the
/// new list of meetings that expire soon.
pub fn extend_retention(
    state: &AppState,
    meeting: &str,
    reason: &str,
) -> Result<Vec<ExpiringMeeting>, ApiError> {
    let id = meeting_id(meeting)?;
    state.with_store(|s| s.extend_retention(id, reason, today(), Utc::now()))?;
    expiring_meetings(state)
}

pub fn search_meetings(state: &AppState, query: &str) -> Result<Vec<SearchHit>, ApiError> {
    let query = domain::SearchQuery::parse(query)?;
    // NEN 7513: that a search ran, never what was searched for.
    let hits = state.with_store(|s| {
        let hits = s.search_meetings(&query)?;
        crate::state::log_read(s, store::AuditKind::SearchRun, None)?;
        Ok(hits)
    })?;
    Ok(hits
        .into_iter()
        .map(|h| SearchHit {
            meeting_id: h.meeting.to_string(),
            case_label: h.case_label.to_string(),
            date: h.date.format("%Y-%m-%d").to_string(),
            matched: h.matched,
            hits: h.hits,
            snippet: h.snippet,
        })
        .collect())
}
