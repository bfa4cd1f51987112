//! Wire types of the complete meeting (R1–R13). Ids travel as strings; enums as camelCase
//! strings; tagged unions carry a `kind`. Undecided release cells are simply absent.

use super::Choice;
pub use domain::{
    ConsentMethod, ConsentScope, FourQuestions, NotificationMethod, PostponeGround, Relation,
};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A family member (betrokkene). `age` is on the meeting date (R8).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Subject {
    pub id: String,
    pub relation: Relation,
    pub name: Option<String>,
    pub birth_date: Option<String>,
    pub age: Option<u32>,
    pub present: bool,
    /// R8: holds parental authority (gezag) over the youths of the case.
    pub parental_authority: bool,
    /// R14/R21: whether a secret address is stored. The address itself never leaves the
    /// store: no DTO carries it.
    pub has_secret_address: bool,
    /// R8 (domain `Relation::can_hold_authority`): the UI may offer the gezag checkbox.
    pub may_hold_authority: bool,
    /// R8 (domain `may_be_judged_not_competent`, on the meeting date): the UI may offer
    /// "not able to judge their interests reasonably".
    pub may_be_judged_not_competent: bool,
    /// R8 (domain `Relation::may_consent_for_another`): the UI may offer this subject as
    /// the one who gave a consent for another subject.
    pub may_consent_for_another: bool,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct NewSubject {
    pub meeting_id: String,
    #[serde(default)]
    #[ts(as = "Relation")]
    pub relation: Choice<Relation>,
    /// Empty = not given (always empty in an anonymous meeting, R4).
    pub name: String,
    /// `YYYY-MM-DD`, or empty.
    pub birth_date: String,
    pub present: bool,
    /// R8: holds parental authority (gezag); only a parent, carer or guardian can.
    #[serde(default)]
    #[ts(optional)]
    pub parental_authority: Option<bool>,
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

/// R1/R2/R7: everything about a participant beyond name and contact details.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ParticipantProfile {
    pub participant_id: String,
    /// Code of the organisation type (see `ReferenceData`).
    pub organisation_type: String,
    pub secrecy: bool,
    /// R2: when confidentiality was confirmed (RFC 3339), or null.
    pub pledged_at: Option<String>,
    /// Present, afgemeld (apologies) or observer.
    pub attendance: super::attendance::AttendanceKind,
    /// With apologies: the information was sent beforehand.
    pub info_sent: bool,
    /// R14c/R17: where complaints about this participant's organisation go.
    pub complaint_route: Option<String>,
}

/// R7: the basis of an item, as the chair enters it.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[ts(export)]
pub enum BasisInput {
    /// Consent; the consent records are added one by one (`add_consent`).
    #[serde(rename_all = "camelCase")]
    Consent {
        /// Subjects aged 12–15 judged not able to judge their interests (R8).
        not_competent: Vec<String>,
    },
    #[serde(rename_all = "camelCase")]
    Legal { legal_basis: String },
    #[serde(rename_all = "camelCase")]
    ConflictOfDuties {
        answers: FourQuestions,
        motivation: String,
    },
}

/// R8: who gave a consent.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[ts(export)]
pub enum Consenter {
    /// The subject themself.
    Subject,
    /// A parent, carer or guardian who is a subject of this meeting.
    #[serde(rename_all = "camelCase")]
    Parent { subject_id: String },
    /// Another holder of parental authority, by name.
    #[serde(rename_all = "camelCase")]
    OtherAuthority { name: String },
    /// R4: another holder of parental authority, by relation only (anonymous meetings).
    #[serde(rename_all = "camelCase")]
    AuthorityByRelation { relation: Relation },
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Consent {
    pub id: String,
    pub subject_id: String,
    pub given_by: Consenter,
    pub method: ConsentMethod,
    pub at: String,
    pub withdrawn_at: Option<String>,
    /// Seed 004 art. 6.4b: to whom and for what.
    pub scope: ConsentScope,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct NewConsent {
    pub meeting_id: String,
    pub item_id: String,
    pub subject_id: String,
    #[serde(default)]
    #[ts(as = "Consenter")]
    pub given_by: Choice<Consenter>,
    #[serde(default)]
    #[ts(as = "ConsentMethod")]
    pub method: Choice<ConsentMethod>,
    /// Seed 004 art. 6.4b: the participants the family agreed the item may go to.
    #[serde(default)]
    pub scope_recipients: Vec<String>,
    /// Seed 004 art. 6.4b: for which purpose the family gave consent.
    #[serde(default)]
    pub scope_purpose: String,
}

/// R7: the basis of an item as stored.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[ts(export)]
pub enum Basis {
    #[serde(rename_all = "camelCase")]
    Consent {
        records: Vec<Consent>,
        not_competent: Vec<String>,
    },
    #[serde(rename_all = "camelCase")]
    Legal { legal_basis: String },
    #[serde(rename_all = "camelCase")]
    ConflictOfDuties {
        answers: FourQuestions,
        motivation: String,
    },
}

/// Per item: its subjects, basis and what follows from them (R6–R10).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ItemProfile {
    pub item_id: String,
    pub subject_ids: Vec<String>,
    pub basis: Option<Basis>,
    /// The Dutch reason the basis does not hold (R7/R8), or null when it holds or is absent.
    pub basis_problem: Option<String>,
    /// R10: consent was withdrawn; never releasable or printable again.
    pub withdrawn: bool,
    /// R9/R10: decided by the domain: the basis holds and consent was not withdrawn.
    pub releasable: bool,
    /// R16: the current version (1 = never corrected).
    pub version: u32,
    /// R16: corrected after finalization (version > 1).
    pub corrected: bool,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ItemBasisInput {
    pub meeting_id: String,
    pub item_id: String,
    pub subject_ids: Vec<String>,
    #[serde(default)]
    #[ts(as = "BasisInput")]
    pub basis: Choice<BasisInput>,
}

/// R11: one line of the plan of action.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Action {
    pub id: String,
    pub who: String,
    pub what: String,
    pub due: String,
    pub relies_on: Vec<String>,
    /// R14c: what the family letter shows of this action.
    pub for_family: ForFamily,
}

/// R14c: what the family letter shows of an action: a neutral sentence (unchecked), the
/// text as written (checked for the family), or nothing (not for the family).
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[ts(export)]
pub enum ForFamily {
    Unchecked,
    Checked,
    #[serde(rename_all = "camelCase")]
    NotForFamily {
        motivation: String,
    },
}

/// R12: where a notification agreement stands.
#[derive(Debug, Clone, Copy, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum NotificationStatus {
    /// Postponed (AVG art. 23) and not lifted.
    Postponed,
    /// Agreed; not yet recorded as done.
    Agreed,
    /// The outcome was told (see `doneOn`).
    Done,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct NewAction {
    pub meeting_id: String,
    pub who: String,
    pub what: String,
    /// `YYYY-MM-DD`
    pub due: String,
    pub relies_on: Vec<String>,
}

/// R9: a decided cell of the release matrix (undecided cells are absent).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[ts(export)]
pub enum ReleaseCell {
    #[serde(rename_all = "camelCase")]
    Stays {
        item_id: String,
        recipient_id: String,
        decided_by: String,
        at: String,
    },
    #[serde(rename_all = "camelCase")]
    Released {
        item_id: String,
        recipient_id: String,
        action_id: String,
        decided_by: String,
        at: String,
        motivation: Option<String>,
    },
}

/// R9: the contributor's decision for one cell.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[ts(export)]
pub enum ReleaseChoice {
    Stays,
    #[serde(rename_all = "camelCase")]
    Release {
        action_id: String,
        /// Empty = none (required for an Expert/Informant or special/criminal data).
        motivation: String,
    },
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ReleaseInput {
    pub meeting_id: String,
    pub item_id: String,
    pub recipient_id: String,
    #[serde(default)]
    #[ts(as = "ReleaseChoice")]
    pub choice: Choice<ReleaseChoice>,
}

/// R12: when the family is informed.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[ts(export)]
pub enum NotificationTiming {
    Beforehand,
    #[serde(rename_all = "camelCase")]
    Afterwards {
        motivation: String,
    },
    #[serde(rename_all = "camelCase")]
    Postponed {
        ground: PostponeGround,
        motivation: String,
        /// `YYYY-MM-DD`
        review_date: String,
    },
}

/// R12: who informs the family (or some of its members), how and when.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Notification {
    pub id: String,
    /// Empty = the whole family.
    pub subject_ids: Vec<String>,
    pub informer: String,
    pub method: NotificationMethod,
    pub timing: NotificationTiming,
    /// R12: the day the outcome was told (`YYYY-MM-DD`), or null: only agreed.
    pub done_on: Option<String>,
    /// R12/AVG art. 23: the day a postponement was lifted, or null.
    pub lifted_on: Option<String>,
    pub status: NotificationStatus,
    /// R12 (domain `FamilyNotification::next_event`): a postponement in force may be lifted.
    pub may_lift: bool,
    /// R12 (domain `FamilyNotification::next_event`): the day told may be recorded.
    pub may_record_done: bool,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct NewNotification {
    pub meeting_id: String,
    /// Empty = the whole family.
    pub subject_ids: Vec<String>,
    pub informer: String,
    #[serde(default)]
    #[ts(as = "NotificationMethod")]
    pub method: Choice<NotificationMethod>,
    #[serde(default)]
    #[ts(as = "NotificationTiming")]
    pub timing: Choice<NotificationTiming>,
}

/// Where the chair fixes an open point.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum Section {
    Preparation,
    Subjects,
    Participants,
    Items,
    Plan,
    Releases,
    Family,
    Finalize,
}

/// R13: one open point of the finalize checklist, in plain Dutch, with where to fix it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct OpenPoint {
    pub code: String,
    pub message: String,
    pub section: Section,
    /// The id of the participant, item, action, subject or notification concerned.
    pub target_id: Option<String>,
}

/// Everything about one meeting, as the meeting page shows it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct MeetingFlow {
    pub id: String,
    pub case_label: String,
    pub date: String,
    pub purpose: String,
    pub criteria: Option<String>,
    pub family_present: bool,
    pub anonymous: bool,
    /// R3/R4: why the family is not at the meeting (a motivation).
    pub family_absence_reason: Option<String>,
    /// R15: destroy-after date.
    pub retention_until: Option<String>,
    /// R13: when finalized (RFC 3339); then every edit is refused.
    pub finalized_at: Option<String>,
    pub subjects: Vec<Subject>,
    pub participants: Vec<super::Participant>,
    pub profiles: Vec<ParticipantProfile>,
    pub items: Vec<super::Item>,
    pub item_profiles: Vec<ItemProfile>,
    pub actions: Vec<Action>,
    pub releases: Vec<ReleaseCell>,
    pub notifications: Vec<Notification>,
    pub checklist: Vec<OpenPoint>,
    /// R11: the open actions of the previous meeting of the same case, with their status.
    pub carried_actions: Vec<super::followup::CarriedAction>,
    /// Attendance counts: present, apologies (with information sent), observers.
    pub attendance_counts: super::attendance::AttendanceCounts,
    /// R14c: the chair checked that the purpose reads well for the family.
    pub purpose_for_family: bool,
}

/// R10: after a withdrawal, who already received the affected items.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct WithdrawalOutcome {
    pub meeting: MeetingFlow,
    /// (item, recipient) pairs: they were released before the withdrawal.
    pub already_received: Vec<ReceivedItem>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ReceivedItem {
    pub item_id: String,
    pub recipient_id: String,
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
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct LegalBasisInfo {
    pub code: String,
    pub label: String,
}
