//! The meeting page as the chair sees it (`MeetingFlow`): the stored record with what the
//! domain decided about it (the checklist of R13, releasability, who may consent, …),
//! copied into the shape the UI reads. Serialized as it is over IPC. No rule is decided
//! here: every field is a copy of the record or of a `domain` answer.

mod changes;
mod items;
mod outcomes;
mod people;
mod plan;
mod presentation;

pub use changes::{flow_changes, FlowAnswer, FlowOp};
pub use items::{
    custom_basis_code, Basis, Consent, ConsentCandidatesView, ConsentWithdrawalView,
    InformTaskView, ItemProfile,
};
pub use outcomes::{CorrectionOutcome, InformRecipient, ReleaseBulkResult, WithdrawalOutcome};
pub use people::{AttendanceKind, Participant, ParticipantProfile};
pub use plan::{
    CarriedAction, CarriedAnswerView, Decision, Notification, NotificationStatus, ReleaseCell,
    ReleaseNeed, ReleaseNeedKind,
};
pub use presentation::{
    Presentation, PresentedAction, PresentedCarried, PresentedContribution, PresentedItem,
    PresentedParticipant, PresentedSubject,
};

use crate::FlowData;
use chrono::SecondsFormat;
use domain::{AttendanceCounts, ChecklistSection as Section, MeetingRecord, MeetingState};
use serde::Serialize;

/// Times travel as RFC 3339 in whole seconds, in UTC (`Z`).
const TIME: SecondsFormat = SecondsFormat::Secs;

fn ids<T: ToString>(v: &[T]) -> Vec<String> {
    v.iter().map(ToString::to_string).collect()
}

fn day(d: chrono::NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// R13: one open point of the finalize checklist, in plain Dutch, with where to fix it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct OpenPoint {
    pub code: String,
    pub message: String,
    pub section: Section,
    /// The id of the participant, item, action, subject or notification concerned.
    pub target_id: Option<String>,
}

/// R13: the open points of one section of the meeting page (the domain groups them).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct OpenPointGroup {
    pub section: Section,
    /// How many points are open in this section.
    pub count: u32,
    pub points: Vec<OpenPoint>,
}

/// Everything about one meeting, as the meeting page shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct MeetingFlow {
    pub id: String,
    /// Which of the window's answers this page is (issue 19): the shell numbers the pages
    /// it sends, and a change answered with what changed (`FlowAnswer::Changed`) applies
    /// only to the page with the revision it names. 0: not numbered.
    pub revision: u64,
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
    pub subjects: Vec<domain::SubjectView>,
    pub participants: Vec<Participant>,
    pub profiles: Vec<ParticipantProfile>,
    pub items: Vec<domain::Item>,
    pub item_profiles: Vec<ItemProfile>,
    pub actions: Vec<domain::Action>,
    /// R11/seed 002: the decisions with their reasons and dissent; actions may hang under them.
    pub decisions: Vec<Decision>,
    pub releases: Vec<ReleaseCell>,
    /// R13: per item × participant, whether the cell needs a decision (the domain decides).
    pub release_needs: Vec<ReleaseNeed>,
    /// R13: the recipients shown as columns of the release matrix (the others on request).
    pub release_columns: Vec<String>,
    pub notifications: Vec<Notification>,
    pub checklist: Vec<OpenPoint>,
    /// R13: the same points grouped per section, in page order.
    pub checklist_groups: Vec<OpenPointGroup>,
    /// R11: the open actions of the previous meeting of the same case, with their status.
    pub carried_actions: Vec<CarriedAction>,
    /// Attendance counts: present, apologies (with information sent), observers.
    pub attendance_counts: AttendanceCounts,
    /// R14c: the chair checked that the purpose reads well for the family.
    pub purpose_for_family: bool,
    /// Seed 002 Feitenonderzoek 4: start and end time and the account of the meeting.
    pub minutes: MeetingMinutes,
    /// R10: consents withdrawn after the meeting, with whom to inform.
    pub withdrawals: Vec<ConsentWithdrawalView>,
    /// R8: per contributor and subject, who may consent to a new item (the item form).
    pub consent_candidates: Vec<ConsentCandidatesView>,
    /// Issue 17 point 1: what the family said, wished or objected to, with the answers.
    pub voices: Vec<domain::FamilyVoice>,
}

/// Seed 002 Feitenonderzoek 4: the time and the record of the meeting.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct MeetingMinutes {
    /// `HH:MM`, on the meeting date; `None`: not recorded.
    pub start_time: Option<String>,
    /// `HH:MM`, after the start; `None`: not recorded.
    pub end_time: Option<String>,
    /// The short, neutral account of the course of the meeting (not the items).
    pub account: Option<String>,
    /// The table agreed the account at the end of the meeting.
    pub agreed: bool,
    /// What the domain points out before finalizing (never blocking).
    pub hints: Vec<domain::MinutesHint>,
}

impl From<&domain::Minutes> for MeetingMinutes {
    /// The time and the record with the hints the domain gives before finalizing.
    fn from(m: &domain::Minutes) -> Self {
        Self {
            start_time: m.start.map(domain::time_text),
            end_time: m.end.map(domain::time_text),
            account: m.account.as_ref().map(|a| a.as_str().to_owned()),
            agreed: m.agreed,
            hints: domain::minutes_hints(m),
        }
    }
}

impl OpenPoint {
    /// R13: the open point with its Dutch sentence (`texts::checklist`), the domain's
    /// section and the id of what it concerns.
    pub fn of(r: &MeetingRecord, p: &domain::OpenPoint) -> Self {
        use domain::OpenPoint as P;
        let target_id = match p {
            P::NoCaseLead
            | P::MoreThanOneCaseLead
            | P::FamilyNotificationMissing
            | P::RetentionMissing
            | P::RetentionNotAfterMeeting
            | P::CriteriaMissing
            | P::FamilyAbsenceReasonMissing
            | P::TimesIncomplete
            | P::AccountNotAgreed => None,
            P::PledgeMissing(id) | P::RecipientWithoutPledge(id) => Some(id.to_string()),
            P::BasisMissing(id) | P::BasisInvalid(id, _) => Some(id.to_string()),
            P::ActionInvalid(id, _) => Some(id.to_string()),
            P::ReleaseUndecided { item: i, .. }
            | P::ReliesOnUnreleased { item: i, .. }
            | P::ReleaseOutsideConsentScope { item: i, .. } => Some(i.to_string()),
            P::NotificationInvalid(id, _) => Some(id.to_string()),
            P::NotificationMissing(ids) => ids.first().map(ToString::to_string),
            P::CarriedActionUnsettled(id) => Some(id.to_string()),
            P::ObjectionUnanswered(id) => Some(id.to_string()),
        };
        Self {
            code: p.code().into(),
            message: texts::checklist::open_point(r, p),
            section: p.section(),
            target_id,
        }
    }
}

impl FlowData {
    /// The stored record as the meeting page shows it, with the checklist (R13).
    pub fn view(&self) -> MeetingFlow {
        let r = &self.record;
        let m = &r.meeting;
        let open = self.state.open_points(r);
        MeetingFlow {
            id: m.id.to_string(),
            revision: 0,
            case_label: m.case_label.to_string(),
            date: day(m.date),
            purpose: m.purpose.to_string(),
            criteria: m.criteria.as_ref().map(ToString::to_string),
            family_absence_reason: m.family_absence_reason.as_ref().map(ToString::to_string),
            family_present: m.family_present,
            anonymous: m.anonymous,
            retention_until: r.retention_until.map(day),
            finalized_at: match self.state {
                MeetingState::Finalized { at } => Some(at.to_rfc3339_opts(TIME, true)),
                MeetingState::Draft => None,
            },
            subjects: r.subjects.iter().map(|s| s.view(m.date)).collect(),
            participants: people::participants(r),
            profiles: people::profiles(r),
            items: r.items.iter().map(|i| i.item.clone()).collect(),
            item_profiles: items::item_profiles(self),
            actions: r.actions.clone(),
            decisions: plan::decisions(r),
            releases: plan::releases(r),
            release_needs: plan::release_needs(r),
            release_columns: ids(&r.release_columns()),
            notifications: plan::notifications(r),
            checklist: open.iter().map(|p| OpenPoint::of(r, p)).collect(),
            checklist_groups: domain::checklist_groups(&open)
                .into_iter()
                .map(|g| OpenPointGroup {
                    section: g.section,
                    count: u32::try_from(g.points.len()).unwrap_or(u32::MAX),
                    points: g.points.into_iter().map(|p| OpenPoint::of(r, p)).collect(),
                })
                .collect(),
            carried_actions: plan::carried(r),
            voices: r.voices.clone(),
            attendance_counts: r.attendance_counts(),
            purpose_for_family: r.purpose_for_family,
            minutes: MeetingMinutes::from(&r.minutes),
            withdrawals: items::withdrawals(self),
            consent_candidates: items::consent_candidates(r),
        }
    }
}
