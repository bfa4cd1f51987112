//! Wire types of the `meeting` group of `ipc.rs` (what the UI sends and gets).

use crate::dto::*;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The choice lists that follow from rules (R1/R7/R8): the store's view travels as itself.
pub use store::{BasisProposal, LegalBasisInfo, OrganisationTypeInfo, ReferenceData};
/// The meeting page (R13) and its parts: the store's view travels as itself.
pub use store::{MeetingFlow, MeetingMinutes, OpenPoint, OpenPointGroup};
/// Presentation mode (R5/R9): the store's view of the wall travels as itself.
pub use store::{
    Presentation, PresentedAction, PresentedCarried, PresentedContribution, PresentedItem,
    PresentedParticipant, PresentedSubject,
};

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

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct NewMeeting {
    pub case_label: String,
    pub date: String,
    pub purpose: String,
    /// R3: why the case meets the criteria; absent or empty = not yet given.
    #[serde(default)]
    #[ts(optional)]
    pub criteria: Option<String>,
    /// R4
    #[serde(default)]
    #[ts(optional)]
    pub family_present: Option<bool>,
    /// R4: no names, birth dates or addresses of subjects.
    #[serde(default)]
    #[ts(optional)]
    pub anonymous: Option<bool>,
    /// R3/R4: why the family is not at the meeting; absent or empty = not yet given.
    #[serde(default)]
    #[ts(optional)]
    pub family_absence_reason: Option<String>,
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

/// R3/R4: the preparation of a meeting.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Preparation {
    pub meeting_id: String,
    pub purpose: String,
    pub criteria: String,
    pub family_present: bool,
    pub anonymous: bool,
    /// R3/R4: why the family is not at the meeting; ignored when it is.
    #[serde(default)]
    #[ts(optional)]
    pub family_absence_reason: Option<String>,
}

/// R11: a follow-up meeting (vervolgoverleg) of a finalized meeting.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct NewFollowUp {
    pub previous_meeting_id: String,
    /// `YYYY-MM-DD`, not before the previous meeting.
    pub date: String,
    /// R2/R21: the previous meeting's participants the chair confirmed (ids there);
    /// absent = none.
    #[serde(default)]
    #[ts(optional)]
    pub participant_ids: Option<Vec<String>>,
    /// The previous meeting's family members the chair confirmed (ids there); absent = none.
    #[serde(default)]
    #[ts(optional)]
    pub subject_ids: Option<Vec<String>>,
}

/// One meeting that matched, newest first.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SearchHit {
    pub meeting_id: String,
    pub case_label: String,
    pub date: String,
    pub matched: Vec<SearchSource>,
    /// How many words of the meeting's texts (case label, names, item texts) matched a query word.
    pub hits: u32,
    /// A few words around the best match, from the same texts (never anything else).
    pub snippet: String,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ExtendRetention {
    pub meeting_id: String,
    pub reason: String,
}
