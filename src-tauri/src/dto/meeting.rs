//! Wire types of the `meeting` group of `ipc.rs` (what the UI sends and gets).

use crate::dto::*;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The meeting page (R13) and its parts: the store's view travels as itself.
pub use store::{MeetingFlow, MeetingMinutes, OpenPoint, OpenPointGroup};

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

/// Choice lists whose content follows from rules (R7: legal bases per organisation type).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ReferenceData {
    pub organisation_types: Vec<OrganisationTypeInfo>,
    /// R8 (domain `Relation::can_hold_authority`): the relations that may hold gezag, for
    /// a subject that is not saved yet.
    pub authority_relations: Vec<Relation>,
    /// R1 (domain `Role::allows_expertise_only`): the roles that may take part with
    /// expertise only; the participant form offers the checkbox for these.
    pub expertise_only_roles: Vec<Role>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct OrganisationTypeInfo {
    pub code: String,
    pub label: String,
    /// R8: health care under the WGBO (double consent for 12–15).
    pub wgbo: bool,
    pub legal_bases: Vec<LegalBasisInfo>,
    /// R7 (domain `OrganisationType::default_legal_basis`): the legal basis code an item
    /// form preselects; `None`: consent.
    pub default_legal_basis: Option<String>,
    /// R7/R8 (domain `OrganisationType::proposed_basis`): what the item form proposes for
    /// an item about someone, and for an item about nobody.
    pub proposal: BasisProposal,
    pub proposal_about_nobody: BasisProposal,
}

/// R7/R8: the basis the item form proposes (the legal basis is `default_legal_basis`).
#[derive(Debug, Clone, Copy, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum BasisProposal {
    Legal,
    Consent,
    Later,
}

impl From<domain::BasisProposal> for BasisProposal {
    fn from(p: domain::BasisProposal) -> Self {
        match p {
            domain::BasisProposal::Legal(_) => Self::Legal,
            domain::BasisProposal::Consent => Self::Consent,
            domain::BasisProposal::Later => Self::Later,
        }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct LegalBasisInfo {
    pub code: String,
    pub label: String,
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
    /// R1/R5/R9: takes part with expertise only.
    pub expertise_only: bool,
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

/// The wall: one contributor's items (one topic); `hidden` items are "niet op het
/// scherm" and come without text or labels.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PresentedContribution {
    pub contributor: PresentedParticipant,
    pub items: Vec<PresentedItem>,
    pub hidden: u32,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PresentedAction {
    pub who: Option<String>,
    pub what: String,
    pub due: String,
    /// R11: the event that triggers it, if any.
    pub condition: Option<String>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PresentedCarried {
    pub who_name: String,
    pub what: String,
    pub due: String,
    /// R11: the event that was to trigger it, if any.
    pub condition: Option<String>,
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
    /// The items per contributor, only those on the wall (`domain::on_wall`).
    pub contributions: Vec<PresentedContribution>,
    pub actions: Vec<PresentedAction>,
    pub carried: Vec<PresentedCarried>,
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
