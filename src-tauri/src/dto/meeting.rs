//! The meeting list and one meeting on the wire: ids and dates as text, and the list's
//! status as the domain decides it on the day.

use crate::dto::*;
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct MeetingSummary {
    pub id: String,
    pub case_label: String,
    /// `YYYY-MM-DD`
    pub date: String,
    pub purpose: String,
    pub participant_count: u32,
    pub item_count: u32,
    /// R11/R13/R15: draft, finalized, follow-up open, or destroyed soon (decided in the domain).
    pub status: domain::MeetingListStatus,
}

/// The meeting list: the newest meetings, and how many there are in all.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct MeetingList {
    pub meetings: Vec<MeetingSummary>,
    pub total: u32,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct MeetingDetail {
    pub id: String,
    pub case_label: String,
    pub date: String,
    pub purpose: String,
    pub participants: Vec<Participant>,
    pub items: Vec<domain::Item>,
}

// Conversions between the wire and the domain.

impl MeetingSummary {
    /// The wire form of a stored summary, with its status on `today` (R13/R15).
    pub fn on(m: store::MeetingSummary, today: chrono::NaiveDate) -> Self {
        Self {
            id: m.id.to_string(),
            case_label: m.case_label.to_string(),
            date: m.date.format("%Y-%m-%d").to_string(),
            purpose: m.purpose.to_string(),
            participant_count: m.participant_count,
            item_count: m.item_count,
            status: m.status(today),
        }
    }
}

impl MeetingList {
    /// The wire form of the newest stored meetings, each with its status on `today`.
    pub fn on(list: Vec<store::MeetingSummary>, total: u32, today: chrono::NaiveDate) -> Self {
        let meetings = list.into_iter().map(|m| MeetingSummary::on(m, today));
        Self {
            meetings: meetings.collect(),
            total,
        }
    }
}

impl From<store::MeetingDetail> for MeetingDetail {
    fn from(d: store::MeetingDetail) -> Self {
        Self {
            id: d.meeting.id.to_string(),
            case_label: d.meeting.case_label.to_string(),
            date: d.meeting.date.format("%Y-%m-%d").to_string(),
            purpose: d.meeting.purpose.to_string(),
            participants: d.participants.into_iter().map(Participant::from).collect(),
            items: d.items,
        }
    }
}
