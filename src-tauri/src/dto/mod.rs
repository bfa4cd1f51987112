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
