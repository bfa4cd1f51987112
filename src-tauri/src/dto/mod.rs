//! The wire types of the IPC layer. Small domain enums (role, kind, relation, ...) travel as
//! themselves: their serde names are the wire names and their TypeScript bindings come
//! from the domain crate (feature `ts`). The DTOs here are the shapes that really differ
//! from the domain: ids and dates as strings, views that leave data out (presentation
//! mode), tagged unions whose domain twin holds validated or richer data. ts-rs generates
//! their TypeScript twins into `ui/src/lib/bindings/` when `cargo test` runs (CI fails if
//! they drift).

pub mod arg;
pub mod documents;
pub mod family;
pub mod items;
pub mod lock;
pub mod meeting;
pub mod notification;
pub mod participants;
pub mod plan;
pub mod releases;
pub mod reports;
pub mod rights;
pub mod settings;

pub use documents::*;
pub use family::*;
pub use items::*;
pub use lock::*;
pub use meeting::*;
pub use notification::*;
pub use participants::*;
pub use plan::*;
pub use releases::*;
pub use reports::*;
pub use rights::*;
pub use settings::*;

/// One mechanism for every enum value the UI sends (the domain's).
pub use domain::input::Choice;
/// R2/R21: what a follow-up may take over: the domain's `CarryOver` travels as itself
/// (`FollowUpOffer`, `OfferedParticipant`, `OfferedSubject` in TypeScript).
pub use domain::CarryOver as FollowUpOffer;
/// R16: the contributor's answer; its TypeScript name is `CorrectionDecision`.
pub use domain::DecisionChoice as CorrectionDecision;
pub use domain::LetterLanguage;
/// Views the domain serializes as they are (issue 16: no wire copy).
pub use domain::{
    Action, AttendanceCounts, FamilyVoice, ForFamily, LastDecision, LastDissent, LastTime,
    LastVoice, RequestActions,
};
pub use domain::{CarriedStatus, NotDoneReason};
/// Small domain enums travel as themselves: their serde names are the wire names and their
/// TypeScript bindings come from the domain crate (feature `ts`).
pub use domain::{Category, Kind, Role, SourceKind};
/// The meeting page's items, sections and hints travel as the domain's own types.
pub use domain::{ChecklistSection as Section, Item};
pub use domain::{
    ConsentMethod, ConsentScope, FourQuestions, NotificationMethod, PostponeGround, Relation,
};
pub use domain::{RequestKind, Requester};
pub use domain::{VoiceChannel, VoiceKind};
use serde::Serialize;
/// Where the audit chain does not hold (R18): the store's enum travels as itself.
pub use store::AuditProblem;
/// R15: a meeting near its destroy-after date: the store's view travels as itself.
pub use store::ExpiringMeeting;
/// R16: an item's versions travel as the store reads them.
pub use store::ItemVersion;
/// R17: a family member as recognised across meetings: the store's view travels as itself.
pub use store::KnownSubject;
/// R17: a request in the register: the store's view travels as itself.
pub use store::RightsRequestView;
/// Where a search matched: the store's enum travels as itself.
pub use store::SearchSource;
use ts_rs::TS;

/// Every failed command rejects with this. `message` is Dutch and free of personal data;
/// `field` names the input field it belongs to (the serde name of `domain::Field`), or is
/// null.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ApiError {
    pub code: String,
    pub message: String,
    pub field: Option<String>,
    /// Every fault of the form at once, each with its field (the first is `field` and
    /// `message` above when there is one); empty when the error is one fault.
    pub errors: Vec<FieldMessage>,
}

/// One fault of a form: the Dutch message and the input field it belongs to (or null).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct FieldMessage {
    pub field: Option<String>,
    pub message: String,
}

#[cfg(test)]
mod domain_bindings {
    use ts_rs::{Config, TS};

    /// The domain types that travel as themselves (the small enums, the views and what the
    /// UI sends, `domain::input`). Those inside a DTO are exported with it; this exports
    /// every one of them, so
    /// `cargo test -p casusoverleg` regenerates all of `ui/src/lib/bindings/`.
    #[test]
    fn export_bindings_of_domain_wire_enums() {
        let cfg = Config::from_env();
        for export in [
            domain::CarriedStatus::export_all,
            domain::input::NewItem::export_all,
            domain::input::ItemConsents::export_all,
            domain::input::ItemConsent::export_all,
            domain::input::BasisInput::export_all,
            domain::input::NewConsent::export_all,
            domain::input::ItemBasisInput::export_all,
            domain::input::NewWithdrawal::export_all,
            domain::input::CorrectionRequest::export_all,
            domain::input::ReleaseChoiceInput::export_all,
            domain::input::ReleaseInput::export_all,
            domain::input::ReleaseBulkScope::export_all,
            domain::input::ReleaseBulkInput::export_all,
            domain::input::ReleaseCellKey::export_all,
            domain::input::ReleaseUndoInput::export_all,
            domain::input::NewParticipant::export_all,
            domain::input::ParticipantUpdate::export_all,
            domain::input::SetAttendance::export_all,
            domain::input::NewSubject::export_all,
            domain::input::NewFamilyVoice::export_all,
            domain::input::SubjectLanguage::export_all,
            domain::input::NewDecision::export_all,
            domain::input::NewDissent::export_all,
            domain::input::NewAction::export_all,
            domain::input::SetCarriedStatus::export_all,
            domain::input::NewNotification::export_all,
            domain::input::NewMeeting::export_all,
            domain::input::Preparation::export_all,
            domain::input::NewFollowUp::export_all,
            domain::AttendanceKind::export_all,
            domain::CarryOver::export_all,
            domain::ChecklistSection::export_all,
            domain::Consenters::export_all,
            <domain::Consenter>::export_all,
            domain::HintKind::export_all,
            domain::Item::export_all,
            domain::MinutesHint::export_all,
            domain::SubjectView::export_all,
            domain::Category::export_all,
            domain::ConsentMethod::export_all,
            domain::ConsentScope::export_all,
            domain::DecisionChoice::export_all,
            domain::FourQuestions::export_all,
            domain::Action::export_all,
            domain::AttendanceCounts::export_all,
            domain::Dissent::export_all,
            domain::FamilyVoice::export_all,
            domain::ForFamily::export_all,
            domain::LastTime::export_all,
            domain::NotificationTiming::export_all,
            domain::RequestActions::export_all,
            domain::OrganisationEntry::export_all,
            domain::ProfileInput::export_all,
            domain::NewCustomBasis::export_all,
            domain::NewOrganisationEntry::export_all,
            domain::Kind::export_all,
            domain::LetterLanguage::export_all,
            domain::NotDoneReason::export_all,
            domain::NotificationMethod::export_all,
            domain::PostponeGround::export_all,
            domain::Relation::export_all,
            domain::RequestKind::export_all,
            domain::Requester::export_all,
            domain::Role::export_all,
            domain::SourceKind::export_all,
            domain::VoiceChannel::export_all,
            domain::VoiceKind::export_all,
            store::AccessReportJson::export_all,
            store::AuditLogView::export_all,
            store::BreachListsView::export_all,
            store::BreachView::export_all,
            store::ReportView::export_all,
            store::ReportRequest::export_all,
            store::BreachRequest::export_all,
            store::NewBreach::export_all,
            store::PartnersInformed::export_all,
            store::AuditLogRequest::export_all,
            store::AuditCheck::export_all,
            store::CustomBasisView::export_all,
            store::DocumentInfo::export_all,
            store::ErasureOutcome::export_all,
            store::ErasureRecipient::export_all,
            store::SettingsView::export_all,
            store::OrganisationSettings::export_all,
            store::ProfileImported::export_all,
            store::AuditProblem::export_all,
            store::ExpiringMeeting::export_all,
            store::MeetingFlow::export_all,
            store::Presentation::export_all,
            store::ReferenceData::export_all,
            store::KnownSubject::export_all,
            store::RightsRequestView::export_all,
            store::ItemVersion::export_all,
            store::CorrectionOutcome::export_all,
            store::ReleaseBulkResult::export_all,
            store::WithdrawalOutcome::export_all,
            store::ReceivedItem::export_all,
            store::SearchSource::export_all,
            store::Theme::export_all,
            store::UiPrefs::export_all,
        ] {
            export(&cfg).unwrap();
        }
    }
}
