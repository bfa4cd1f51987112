//! Meetings: the list, a new or follow-up meeting (R11/R13), its preparation, the meeting
//! page (`MeetingFlow`, with the checklist of R13), presentation mode (R5/R9: nothing
//! unreleased on the wall), search across meetings and retention (R15).

use crate::commands::{flow, meeting_id, today};
use crate::dto::*;
use crate::state::{log_read, AppState};
use chrono::Utc;

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
    state
        .with_store(|s| s.create_meeting(&input.input(), Utc::now()))
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

/// The reference data without the chair's own legal bases (R7b).
pub fn reference_data() -> ReferenceData {
    ReferenceData::with(&[])
}

pub fn get_meeting_flow(state: &AppState, id: &str) -> Result<MeetingFlow, ApiError> {
    flow(state, id, |s, id| {
        let data = s.meeting_flow(id)?;
        crate::state::log_read(s, store::AuditKind::MeetingOpened, Some(id))?;
        Ok(data)
    })
}

pub fn update_preparation(state: &AppState, input: Preparation) -> Result<MeetingFlow, ApiError> {
    flow(state, &input.meeting_id, |s, id| {
        s.update_preparation(id, &input.input(), Utc::now())
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
    let (participants, subjects) = input.parse()?;
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

/// Presentation mode: the domain's projection, which has no birth date, address, contact
/// detail or release field to copy from.
pub fn get_presentation(state: &AppState, id: &str) -> Result<Presentation, ApiError> {
    let id = meeting_id(id)?;
    let data = state.with_store(|s| {
        let data = s.meeting_flow(id)?;
        crate::state::log_read(s, store::AuditKind::PresentationOpened, Some(id))?;
        Ok(data)
    })?;
    Ok(data.presentation())
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
