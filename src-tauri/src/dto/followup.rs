//! Wire types of follow-up meetings (R11/R13) and presentation mode (R5/R9: nothing unreleased on the wall).

use super::flow::Relation;
use super::{Category, Choice, Kind, Role};
pub use domain::{CarriedStatus, NotDoneReason};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// An action of the previous meeting of the same case (a snapshot).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct CarriedAction {
    pub id: String,
    pub from_meeting_id: String,
    pub who_name: String,
    pub who_organisation: String,
    pub what: String,
    pub due: String,
    pub status: CarriedStatus,
}

/// R11: a follow-up meeting (vervolgoverleg) of a finalized meeting.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct NewFollowUp {
    pub previous_meeting_id: String,
    /// `YYYY-MM-DD`, not before the previous meeting.
    pub date: String,
}

/// R11/R13: the chair's answer for one carried-over action.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SetCarriedStatus {
    pub meeting_id: String,
    pub carried_id: String,
    pub done: bool,
    /// Required when not done.
    #[serde(default)]
    #[ts(as = "Option<NotDoneReason>", optional)]
    pub reason: Choice<NotDoneReason>,
    /// Optional explanation when not done.
    #[serde(default)]
    pub note: String,
}

/// A family member on the projected screen: relation and initials only (R4).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PresentedSubject {
    pub relation: Relation,
    pub initials: Option<String>,
    pub present: bool,
}

/// A professional on the projected screen: no phone, no e-mail.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PresentedParticipant {
    pub name: String,
    pub organisation: String,
    pub role: Role,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PresentedItem {
    pub text: String,
    pub kind: Kind,
    pub category: Category,
    pub contributor: Option<String>,
    pub about: Vec<PresentedSubject>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PresentedAction {
    pub who: Option<String>,
    pub what: String,
    pub due: String,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PresentedCarried {
    pub who_name: String,
    pub what: String,
    pub due: String,
    pub status: CarriedStatus,
}

/// Presentation mode: everything the projected screen shows, and nothing more. There is
/// no field for a birth date, an address (never the secret address), a phone number, an
/// e-mail address or the release matrix (privacy by construction).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Presentation {
    pub meeting_id: String,
    pub case_label: String,
    pub date: String,
    pub purpose: String,
    pub subjects: Vec<PresentedSubject>,
    pub participants: Vec<PresentedParticipant>,
    pub items: Vec<PresentedItem>,
    pub actions: Vec<PresentedAction>,
    pub carried: Vec<PresentedCarried>,
}
