//! The wire types of the IPC layer. Small domain enums (role, kind, relation, ...) travel as
//! themselves: their serde names are the wire names and their TypeScript bindings come
//! from the domain crate (feature `ts`). The DTOs here are the shapes that really differ
//! from the domain: ids and dates as strings, views that leave data out (presentation
//! mode), tagged unions whose domain twin holds validated or richer data. ts-rs generates
//! their TypeScript twins into `ui/src/lib/bindings/` when `cargo test` runs (CI fails if
//! they drift).

pub mod arg;
mod lock;
mod meeting;

pub use lock::*;
pub use meeting::*;

/// What the UI sends: the domain's input types (each one's `parse` gives the domain's
/// validated input, or the error naming the field at fault).
pub use domain::input::{
    BasisInput, ConsenterInput, CorrectionRequest, ForFamilyInput, ItemBasisInput, ItemConsent,
    ItemConsents, NewAction, NewConsent, NewDecision, NewDissent, NewFamilyVoice, NewFollowUp,
    NewItem, NewMeeting, NewNotification, NewParticipant, NewRightsRequest, NewSubject,
    NewWithdrawal, NotificationTimingInput, ParticipantUpdate, Preparation, ReleaseBulkInput,
    ReleaseBulkScope, ReleaseCellKey, ReleaseChoiceInput as ReleaseChoice, ReleaseInput,
    ReleaseUndoInput, SetAttendance, SetCarriedStatus, SubjectLanguage,
};
/// One mechanism for every enum value the UI sends (the domain's).
pub use domain::input::{Choice, ExtendRetention};
/// The address book, the own organisation's profile and the custom bases (R7b): the
/// domain's own types (TypeScript: `OrganisationEntryView`, `OrganisationProfileView`).
pub use domain::{
    NewCustomBasis, NewOrganisationEntry, OrganisationEntry as OrganisationEntryView,
    ProfileInput as OrganisationProfileView,
};

/// What the UI gets: the store's views travel as themselves. The meeting page (R13) and
/// its parts, presentation mode (R5/R9: the wall), the choice lists that follow from
/// rules (R1/R7/R8), the release matrix (R9/R13), notifications (R12), the plan (R11),
/// withdrawals and corrections (R10/R16), documents (R14), the rights register and
/// erasure (R17), reports and breaches (R19/R20), the audit log and its check (R18), the
/// settings.
pub use store::{
    AttendanceKind, Basis, BasisProposal, CarriedAction, CarriedAnswerView, Consent,
    ConsentCandidatesView, ConsentWithdrawalView, CorrectionOutcome, Decision, DocumentInfo,
    ErasureOutcome as ErasureInfo, ErasureRecipient, FlowAnswer, FlowOp, InformRecipient,
    InformTaskView, ItemProfile, LegalBasisInfo, MeetingFlow, MeetingMinutes, Notification,
    NotificationStatus, OpenPoint, OpenPointGroup, OrganisationTypeInfo, Participant,
    ParticipantProfile, Presentation, PresentedAction, PresentedCarried, PresentedContribution,
    PresentedItem, PresentedParticipant, PresentedSubject, ReceivedItem, ReferenceData,
    ReleaseBulkResult, ReleaseCell, ReleaseNeed, ReleaseNeedKind, WithdrawalOutcome,
};
pub use store::{
    AuditCheck, AuditLogLine, AuditLogRequest, AuditLogView, BreachCategory, BreachEntry,
    BreachListsView, BreachOrganisation, BreachRequest, BreachView, CustomBasisView,
    FamilyMemberToInformView, MeetingToInformView, NewBreach, OrganisationSettings,
    OrganisationToInformView, PartnersInformed, ProfileImported, ReportLine, ReportRequest,
    ReportSection, ReportView, SettingsView as Settings,
};
/// Where the audit chain does not hold (R18), meetings near their destroy-after date (R15),
/// an item's versions (R16), family members across meetings and the rights register (R17),
/// where a search matched.
pub use store::{
    AuditProblem, ExpiringMeeting, ItemVersion, KnownSubject, RightsRequestView, SearchHit,
    SearchSource,
};

/// R2/R21: what a follow-up may take over: the domain's `CarryOver` travels as itself
/// (`FollowUpOffer`, `OfferedParticipant`, `OfferedSubject` in TypeScript).
pub use domain::CarryOver as FollowUpOffer;
/// The meeting page's sections travel as the domain's own type.
pub use domain::ChecklistSection as Section;
/// R16: the contributor's answer; its TypeScript name is `CorrectionDecision`.
pub use domain::DecisionChoice as CorrectionDecision;
/// Views and small enums the domain serializes as they are: their serde names are the wire
/// names and their TypeScript bindings come from the domain crate (feature `ts`).
pub use domain::{
    Action, AttendanceCounts, CarriedStatus, Category, ConsentMethod, ConsentScope, FamilyVoice,
    ForFamily, FourQuestions, Item, Kind, LastDecision, LastDissent, LastTime, LastVoice,
    LetterLanguage, NotDoneReason, NotificationMethod, PostponeGround, Relation, RequestActions,
    RequestKind, Requester, Role, SourceKind, VoiceChannel, VoiceKind,
};
use serde::Serialize;
use ts_rs::TS;

/// R17: the request after granting, and for an erasure what was removed.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct GrantOutcome {
    pub request: RightsRequestView,
    pub erasure: Option<ErasureInfo>,
}

/// What was saved. `cancelled`: the chair closed the dialog; nothing was written.
#[derive(Debug, Clone, Default, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SavedDocuments {
    pub cancelled: bool,
    pub directory: Option<String>,
    pub files: Vec<String>,
}

impl SavedDocuments {
    pub fn cancelled() -> Self {
        Self {
            cancelled: true,
            ..Self::default()
        }
    }
}

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
mod bindings {
    use std::collections::BTreeSet;
    use std::path::Path;
    use ts_rs::{Config, TS};

    /// The binding of every type a command sends or answers, with everything inside it
    /// (the declarations in `ipc.rs` say which), and the error every command may give.
    fn export_every_wire_type(cfg: &Config) {
        super::ApiError::export_all(cfg).unwrap();
        for c in crate::ipc::catalog() {
            for t in c.args.iter().map(|(_, t)| t).chain([&c.result]) {
                t.exports.iter().for_each(|export| export(cfg).unwrap());
            }
        }
    }

    fn ts_files(dir: &Path) -> BTreeSet<String> {
        let files = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name());
        let names = files.map(|n| n.to_string_lossy().into_owned());
        names.filter(|n| n.ends_with(".ts")).collect()
    }

    /// The TypeScript twins of the wire come from the commands' declarations:
    /// `cargo test -p casusoverleg` regenerates all of `ui/src/lib/bindings/`, and a
    /// binding there that no command reaches any more fails here (delete it).
    #[test]
    fn every_binding_is_reached_by_a_command_and_none_is_left_over() {
        let cfg = Config::from_env();
        export_every_wire_type(&cfg);
        let fresh = tempfile::tempdir().unwrap();
        export_every_wire_type(&Config::from_env().with_out_dir(fresh.path()));
        let mut reached = ts_files(fresh.path());
        // The command client itself, written by `tests/generated.rs`.
        reached.insert("commands.ts".to_owned());
        assert_eq!(ts_files(cfg.out_dir()), reached);
    }
}
