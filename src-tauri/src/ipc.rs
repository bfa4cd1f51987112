//! Every IPC command of the app, declared once. One line per command: its name, its
//! arguments with their wire types, its answer, and the body it calls. From this one list
//! come the Tauri handlers (`handlers`, `invoke_handler`), the typed TypeScript client (one
//! file per group, `ui/src/lib/api/<group>.ts`, joined in `ui/src/lib/bindings/commands.ts`)
//! and the command reference (`docs/ipc.md`); the last two are written by `cargo test`
//! (`tests/generated.rs`) and checked for drift by `./x test`.
//!
//! A new command: add its line to the right group here, write its body in
//! `commands/<group>.rs`, call it from the
//! UI through `api`. Arguments always arrive as [`Arg<T>`], so a wrongly shaped argument
//! gets the Dutch `invalid_input` error naming the field (`messages.rs`), never serde's
//! English text. Commands are async, so key derivation and store IO never block the
//! window's main thread.

use crate::dto::arg::{Arg, Secret};
use crate::dto::ApiError;
use crate::state::AppState;

/// What a command body gets besides its arguments.
#[derive(Debug)]
pub struct Ctx<'a, R: tauri::Runtime> {
    /// For commands that open a native dialog or the system viewer (R14).
    pub app: &'a tauri::AppHandle<R>,
    /// The store and its lock state.
    pub state: &'a AppState,
}

/// One command as the UI sees it: for the generated client and reference.
#[derive(Debug)]
pub struct CommandInfo {
    /// What the chair does with it (`meeting`, `family`, …).
    pub group: &'static str,
    /// The Tauri `invoke` name.
    pub name: &'static str,
    /// One line for the reference.
    pub doc: &'static str,
    /// Argument keys (as the UI sends them, camelCase) and their wire types.
    pub args: Vec<(String, WireType)>,
    /// The answer's wire type.
    pub result: WireType,
}

/// A wire type: its TypeScript spelling and the generated bindings it needs.
#[derive(Debug)]
pub struct WireType {
    /// TypeScript type expression, e.g. `Array<ItemVersion>`.
    pub ts: String,
    /// Type names to import from `ui/src/lib/bindings/<Name>.ts`.
    pub imports: Vec<String>,
}

impl WireType {
    fn of<T: ts_rs::TS + 'static + ?Sized>() -> Self {
        struct Collect<'a>(&'a ts_rs::Config, &'a mut Vec<String>);
        impl ts_rs::TypeVisitor for Collect<'_> {
            fn visit<U: ts_rs::TS + 'static + ?Sized>(&mut self) {
                if U::output_path().is_some() {
                    self.1.push(U::ident(self.0));
                }
                U::visit_generics(self);
            }
        }
        let cfg = ts_rs::Config::default();
        let mut imports = Vec::new();
        ts_rs::TypeVisitor::visit::<T>(&mut Collect(&cfg, &mut imports));
        imports.sort();
        imports.dedup();
        WireType {
            ts: T::name(&cfg),
            imports,
        }
    }
}

/// `meeting_id` → `meetingId`: the key Tauri expects for a snake_case argument.
pub use domain::camel_case as camel;

macro_rules! commands {
    ($(
        $(#[doc = $gdoc:literal])*
        group $group:ident {
            $(
                $(#[doc = $doc:literal])*
                fn $name:ident($ctx:ident $(, $arg:ident : $ty:ty)* $(,)?) -> $ret:ty => $body:expr;
            )*
        }
    )*) => {
        /// The Tauri command of each declaration: deserialize → body → serialize.
        pub mod handlers {
            #[allow(unused_imports)]
            use super::*;
            $($(
                $(#[doc = $doc])*
                #[tauri::command]
                pub async fn $name<R: tauri::Runtime>(
                    app: tauri::AppHandle<R>,
                    state: tauri::State<'_, AppState>,
                    $($arg: Arg<$ty>,)*
                ) -> Result<$ret, ApiError> {
                    $(let $arg = $arg.named(stringify!($arg))?;)*
                    #[allow(unused_variables)]
                    let $ctx = Ctx { app: &app, state: &state };
                    $body
                }
            )*)*
        }

        /// Every command of the app in one handler: used by the app and by the tests that
        /// drive the real IPC layer (`tests/fuzz.rs`).
        pub fn invoke_handler<R: tauri::Runtime>(
        ) -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$($(handlers::$name),*),*]
        }

        /// The groups in order, with what the chair does in each.
        pub fn groups() -> Vec<(&'static str, &'static str)> {
            vec![$((stringify!($group), concat!($($gdoc),*))),*]
        }

        /// The declarations as data, in order: for the TypeScript client and the reference.
        pub fn catalog() -> Vec<CommandInfo> {
            vec![$($(
                CommandInfo {
                    group: stringify!($group),
                    name: stringify!($name),
                    doc: concat!($($doc),*),
                    args: vec![$((camel(stringify!($arg)), WireType::of::<$ty>())),*],
                    result: WireType::of::<$ret>(),
                },
            )*)*]
        }
    };
}

use crate::commands;
use crate::dto::ParticipantUpdate;
use crate::dto::SearchHit;
use crate::dto::SetAttendance;
use crate::dto::{AuditCheck, ChangePassphrase, ExpiringMeeting, ExtendRetention, Settings};
use crate::dto::{
    AuditLogRequest, AuditLogView, BreachEntry, BreachListsView, BreachRequest, BreachView,
    NewBreach, PartnersInformed, ReportRequest, ReportView,
};
use crate::dto::{CorrectionOutcome, CorrectionRequest, ItemVersion};
use crate::dto::{CustomBasisView, NewCustomBasis, NewOrganisationEntry, OrganisationEntryView};
use crate::dto::{DocumentInfo, SavedDocuments};
use crate::dto::{FollowUpOffer, LastTime, NewFollowUp, Presentation, SetCarriedStatus};
use crate::dto::{
    ForFamilyInput, ItemBasisInput, MeetingFlow, NewAction, NewConsent, NewDecision, NewDissent,
    NewFamilyVoice, NewNotification, NewSubject, NewWithdrawal, Preparation, ReferenceData,
    ReleaseInput, SubjectLanguage, WithdrawalOutcome,
};
use crate::dto::{GrantOutcome, KnownSubject, NewRightsRequest, RightsRequestView};
use crate::dto::{
    Item, MeetingDetail, MeetingList, MeetingSummary, NewItem, NewMeeting, NewParticipant,
    Participant, Place, StoreState, Unlocked,
};
use crate::dto::{OrganisationProfileView, OrganisationSettings, ProfileImported};
use crate::dto::{ReleaseBulkInput, ReleaseBulkResult, ReleaseUndoInput};

commands! {
    /// Opening and closing the encrypted store (R21).
    group lock {
        /// Whether a store exists and is open.
        fn store_state(c) -> StoreState => Ok(commands::lock::store_state(c.state));
        /// Creates the store on first start (passphrase typed twice).
        fn create_store(c, passphrase: Secret, confirmation: Secret) -> () =>
            commands::lock::create_store(c.state, &passphrase, &confirmation);
        /// Opens the store; R15: expired meetings are made unreachable first (their rows are
        /// destroyed right after, between commands), and it says how many.
        fn unlock(c, passphrase: Secret) -> Unlocked => commands::lock::unlock(c.state, &passphrase);
        /// Closes the store and wipes its key.
        fn lock(c) -> () => commands::lock::lock(c.state);
        /// The chair is typing or clicking, so the app is not idle (R21).
        fn touch_activity(c) -> () => {
            commands::lock::touch_activity(c.state);
            Ok(())
        };
        /// R21: where the chair is in a meeting (ids only), to come back to after a lock.
        fn remember_place(c, place: Place) -> () => commands::lock::remember_place(c.state, place);
        /// R21: the chair left the meeting.
        fn forget_place(c) -> () => {
            commands::lock::forget_place(c.state);
            Ok(())
        };
    }

    /// Meetings: the list, a new or follow-up meeting, its preparation and retention.
    group meeting {
        /// The newest meetings and how many there are.
        fn list_meetings(c) -> MeetingList => commands::meeting::list_meetings(c.state);
        /// A new draft meeting.
        fn create_meeting(c, input: NewMeeting) -> MeetingSummary =>
            commands::meeting::create_meeting(c.state, input);
        /// One meeting's facts, participants and items.
        fn get_meeting(c, id: String) -> MeetingDetail => commands::meeting::get_meeting(c.state, &id);
        /// Organisation types, legal bases and the other fixed lists (R7/R8; R7b own bases).
        fn reference_data(c) -> ReferenceData => {
            let custom = c.state.with_store(|s| s.custom_bases()).unwrap_or_default();
            Ok(ReferenceData::with(&custom))
        };
        /// The whole meeting as the meeting page shows it.
        fn get_meeting_flow(c, id: String) -> MeetingFlow => commands::meeting::get_meeting_flow(c.state, &id);
        /// R3/R4: purpose, criteria, family present, anonymous.
        fn update_preparation(c, input: Preparation) -> MeetingFlow =>
            commands::meeting::update_preparation(c.state, input);
        /// R11: a new draft meeting for the same case with the open actions carried over.
        fn create_follow_up(c, input: NewFollowUp) -> MeetingFlow =>
            commands::meeting::create_follow_up(c.state, input);
        /// R11: what a follow-up shows of the meeting it follows up (the family's words,
        /// decisions and dissent); `null` when there is nothing or it is gone (R15, R17).
        fn last_time(c, meeting_id: String) -> Option<LastTime> =>
            commands::meeting::last_time(c.state, &meeting_id);
        /// R2/R21: the previous meeting's participants and family, offered for a follow-up.
        fn follow_up_offer(c, previous_meeting_id: String) -> FollowUpOffer =>
            commands::meeting::follow_up_offer(c.state, &previous_meeting_id);
        /// Presentation mode: no birth dates, addresses, contact details or releases.
        fn get_presentation(c, id: String) -> Presentation =>
            commands::meeting::get_presentation(c.state, &id);
        /// Search across meetings: case label, participant names, item texts.
        fn search_meetings(c, query: String) -> Vec<SearchHit> =>
            commands::meeting::search_meetings(c.state, &query);
        /// R15: the destroy-after date (`YYYY-MM-DD`).
        fn set_retention(c, meeting_id: String, until: String) -> MeetingFlow =>
            commands::meeting::set_retention(c.state, &meeting_id, &until);
        /// Seed 002 Feitenonderzoek 4: start and end time (`HH:MM`, empty: not recorded), the
        /// short account of the course of the meeting and whether the table agreed it.
        fn set_meeting_record(c, meeting_id: String, start_time: String, end_time: String,
                              account: String, agreed: bool) -> MeetingFlow =>
            commands::meeting::set_meeting_record(c.state, &meeting_id, domain::MinutesInput {
                start_time, end_time, account, agreed,
            });
        /// R15: meetings destroyed within 30 days, soonest first.
        fn expiring_meetings(c) -> Vec<ExpiringMeeting> => commands::meeting::expiring_meetings(c.state);
        /// R15: six months more, with a reason; answers with the new expiring list.
        fn extend_retention(c, input: ExtendRetention) -> Vec<ExpiringMeeting> =>
            commands::meeting::extend_retention(c.state, &input.meeting_id, &input.reason);
    }

    /// The family members the meeting is about (R8, R14).
    group family {
        /// A family member (youth, parent, carer, …).
        fn add_subject(c, input: NewSubject) -> MeetingFlow => commands::family::add_subject(c.state, input);
        /// Whether a family member is at the meeting.
        fn set_subject_present(c, meeting_id: String, subject_id: String, present: bool)
            -> MeetingFlow =>
            commands::family::set_subject_present(c.state, &meeting_id, &subject_id, present);
        /// R12: the language of a family member's letter and whether an interpreter is needed.
        fn set_subject_language(c, input: SubjectLanguage) -> MeetingFlow =>
            commands::family::set_subject_language(c.state, input);
        /// R8: whether a parent, carer or guardian holds parental authority (gezag).
        fn set_parental_authority(c, meeting_id: String, subject_id: String, holds: bool)
            -> MeetingFlow =>
            commands::family::set_parental_authority(c.state, &meeting_id, &subject_id, holds);
        /// R14/R21: write-only; the answer only says `hasSecretAddress`.
        fn set_secret_address(c, meeting_id: String, subject_id: String, address: Secret)
            -> MeetingFlow =>
            commands::family::set_secret_address(c.state, &meeting_id, &subject_id, &address);
        /// Issue 17 point 1: a family member's view, wish or objection, how it reached the
        /// meeting and (optionally) the meeting's answer.
        fn add_voice(c, input: NewFamilyVoice) -> MeetingFlow =>
            commands::family::add_voice(c.state, input);
        /// Issue 17 point 1: the meeting's answer to a view, wish or objection (draft only).
        fn answer_voice(c, meeting_id: String, voice_id: String, voice_answer: String)
            -> MeetingFlow =>
            commands::family::answer_voice(c.state, &meeting_id, &voice_id, &voice_answer);
        /// Removes a recorded view, wish or objection (draft only).
        fn remove_voice(c, meeting_id: String, voice_id: String) -> MeetingFlow =>
            commands::family::remove_voice(c.state, &meeting_id, &voice_id);
        /// Removes the secret address.
        fn clear_secret_address(c, meeting_id: String, subject_id: String) -> MeetingFlow =>
            commands::family::clear_secret_address(c.state, &meeting_id, &subject_id);
        /// Removes a family member (draft only).
        fn remove_subject(c, meeting_id: String, subject_id: String) -> MeetingFlow =>
            commands::family::remove_subject(c.state, &meeting_id, &subject_id);
    }

    /// The professionals at the table (R1, R2).
    group participants {
        /// A participant with role, organisation and secrecy.
        fn add_participant(c, input: NewParticipant) -> Participant =>
            commands::participants::add_participant(c.state, input);
        /// R1: corrects a participant's details, role, organisation type and secrecy.
        fn update_participant(c, input: ParticipantUpdate) -> MeetingFlow =>
            commands::participants::update_participant(c.state, input);
        /// Removes a participant (draft only).
        fn remove_participant(c, meeting_id: String, participant_id: String) -> MeetingFlow =>
            commands::participants::remove_participant(c.state, &meeting_id, &participant_id);
        /// R2: the participant confirms confidentiality now.
        fn record_pledge(c, meeting_id: String, participant_id: String) -> MeetingFlow =>
            commands::participants::record_pledge(c.state, &meeting_id, &participant_id);
        /// R2: a participant who sent apologies confirmed confidentiality later, on a date.
        fn record_later_pledge(c, meeting_id: String, participant_id: String, pledge_date: String)
            -> MeetingFlow =>
            commands::participants::record_later_pledge(c.state, &meeting_id, &participant_id, &pledge_date);
        /// Present, afgemeld (apologies) or observer.
        fn set_attendance(c, input: SetAttendance) -> MeetingFlow =>
            commands::participants::set_attendance(c.state, input);
        /// R14c/R17: where complaints about a participant's organisation go (draft only).
        fn set_complaint_route(c, meeting_id: String, participant_id: String, complaint_route: String)
            -> MeetingFlow =>
            commands::participants::set_complaint_route(c.state, &meeting_id, &participant_id, &complaint_route);
    }

    /// What the professionals bring in, its basis and consents (R5–R8, R10, R16).
    group items {
        /// An item brought in by a participant.
        fn add_item(c, input: NewItem) -> Item => commands::items::add_item(c.state, input);
        /// R6/R7: the subjects and the basis of an item.
        fn set_item_basis(c, input: ItemBasisInput) -> MeetingFlow =>
            commands::items::set_item_basis(c.state, input);
        /// R8: one consent record for an item resting on consent.
        fn add_consent(c, input: NewConsent) -> MeetingFlow => commands::items::add_consent(c.state, input);
        /// R10: withdraws a consent; says who already received the items resting on it.
        fn withdraw_consent(c, meeting_id: String, consent_id: String) -> WithdrawalOutcome =>
            commands::items::withdraw_consent(c.state, &meeting_id, &consent_id);
        /// R10: on a finalized meeting, a consent withdrawn (day, by whom, how); the
        /// meeting then lists whom to inform.
        fn record_consent_withdrawal(c, input: NewWithdrawal) -> MeetingFlow =>
            commands::items::record_consent_withdrawal(c.state, input);
        /// R10: the recipient of an inform task was told on a day.
        fn record_withdrawal_informed(c, meeting_id: String, task_id: String, informed_on: String)
            -> MeetingFlow =>
            commands::items::record_withdrawal_informed(c.state, &meeting_id, &task_id, &informed_on);
        /// R16: corrects an item of a finalized meeting; says who received the old version.
        fn correct_item(c, input: CorrectionRequest) -> CorrectionOutcome =>
            commands::items::correct_item(c.state, input);
        /// R16: every version of an item, oldest first.
        fn item_history(c, meeting_id: String, item_id: String) -> Vec<ItemVersion> =>
            commands::items::item_history(c.state, &meeting_id, &item_id);
        /// Removes an item (draft only).
        fn remove_item(c, meeting_id: String, item_id: String) -> MeetingFlow =>
            commands::items::remove_item(c.state, &meeting_id, &item_id);
        /// The wall: the chair shows an item in presentation mode or keeps it off (draft only).
        fn set_on_wall(c, meeting_id: String, item_id: String, shown: bool) -> MeetingFlow =>
            commands::items::set_on_wall(c.state, &meeting_id, &item_id, shown);
    }

    /// What leaves the meeting (R9).
    group releases {
        /// R9: the contributor's decision for one item × recipient.
        fn decide_release(c, input: ReleaseInput) -> MeetingFlow =>
            commands::releases::decide_release(c.state, input);
        /// R5/R9: "everything not needed by an action stays in the meeting" for a row, a
        /// column or the whole matrix, recorded per cell as the contributors' decisions.
        fn decide_releases_bulk(c, input: ReleaseBulkInput) -> ReleaseBulkResult =>
            commands::releases::decide_releases_bulk(c.state, input);
        /// R5/R9: takes a bulk decision back as one step.
        fn undo_releases_bulk(c, input: ReleaseUndoInput) -> MeetingFlow =>
            commands::releases::undo_releases_bulk(c.state, input);
    }

    /// The plan of action (R11).
    group plan {
        /// R11: one line of the plan of action.
        fn add_action(c, input: NewAction) -> MeetingFlow => commands::plan::add_action(c.state, input);
        /// Removes an action (draft only).
        fn remove_action(c, meeting_id: String, action_id: String) -> MeetingFlow =>
            commands::plan::remove_action(c.state, &meeting_id, &action_id);
        /// R14c: what the family letter shows of an action (draft only).
        fn set_action_for_family(c, meeting_id: String, action_id: String, for_family: ForFamilyInput)
            -> MeetingFlow =>
            commands::plan::set_action_for_family(c.state, &meeting_id, &action_id, for_family);
        /// R14c: what the family letter shows of a decision (draft only).
        fn set_decision_for_family(c, meeting_id: String, decision_id: String, for_family: ForFamilyInput)
            -> MeetingFlow =>
            commands::plan::set_decision_for_family(c.state, &meeting_id, &decision_id, for_family);
        /// R11/seed 002: a decision with its reason and the items it rests on.
        fn add_decision(c, input: NewDecision) -> MeetingFlow =>
            commands::plan::add_decision(c.state, input);
        /// R11: removes a decision (draft only; refused while actions or dissent hang under it).
        fn remove_decision(c, meeting_id: String, decision_id: String) -> MeetingFlow =>
            commands::plan::remove_decision(c.state, &meeting_id, &decision_id);
        /// Seed 002: a participant records that they disagree with a decision, and why.
        fn add_dissent(c, input: NewDissent) -> MeetingFlow =>
            commands::plan::add_dissent(c.state, input);
        /// Seed 002: removes a recorded dissent (draft only).
        fn remove_dissent(c, meeting_id: String, dissent_id: String) -> MeetingFlow =>
            commands::plan::remove_dissent(c.state, &meeting_id, &dissent_id);
        /// R11/R13: a carried action is done, or not done with the reason.
        fn set_carried_status(c, input: SetCarriedStatus) -> MeetingFlow =>
            commands::plan::set_carried_status(c.state, input);
    }

    /// Telling the family (R12, R14c).
    group notification {
        /// R12: who informs the family, how and when.
        fn add_notification(c, input: NewNotification) -> MeetingFlow =>
            commands::notification::add_notification(c.state, input);
        /// Removes a notification agreement (draft only).
        fn remove_notification(c, meeting_id: String, notification_id: String) -> MeetingFlow =>
            commands::notification::remove_notification(c.state, &meeting_id, &notification_id);
        /// R14c: the purpose reads well for the family (draft only).
        fn set_purpose_for_family(c, meeting_id: String, checked: bool) -> MeetingFlow =>
            commands::notification::set_purpose_for_family(c.state, &meeting_id, checked);
        /// R12/AVG art. 23: lifts a postponement (finalized meetings).
        fn lift_postponement(c, meeting_id: String, notification_id: String, lifted_on: String)
            -> MeetingFlow =>
            commands::notification::lift_postponement(c.state, &meeting_id, &notification_id, &lifted_on);
        /// R12: the outcome was told to the family on a date (finalized meetings).
        fn record_notification_done(c, meeting_id: String, notification_id: String, done_on: String)
            -> MeetingFlow =>
            commands::notification::record_notification_done(c.state, &meeting_id, &notification_id, &done_on);
    }

    /// Closing the meeting (R13).
    group finalize {
        /// R13: refused with `checklist_open` while the checklist is not empty.
        fn finalize_meeting(c, meeting_id: String) -> MeetingFlow =>
            commands::finalize::finalize_meeting(c.state, &meeting_id);
    }

    /// Documents and standard exports of a finalized meeting (R14); the back end asks
    /// where to save (native dialog).
    group documents {
        /// The documents a finalized meeting has.
        fn list_documents(c, meeting_id: String) -> Vec<DocumentInfo> =>
            commands::documents::list_documents(c.state, &meeting_id);
        /// Saves one document.
        fn save_document(c, meeting_id: String, document: String) -> SavedDocuments =>
            commands::documents::save_document(c.app, c.state, &meeting_id, &document);
        /// Saves every document in one folder.
        fn save_all_documents(c, meeting_id: String) -> SavedDocuments =>
            commands::documents::save_all_documents(c.app, c.state, &meeting_id);
        /// Issue 17 point 8: one participant's invitation with the confidentiality
        /// statement (draft or finalized).
        fn save_invitation(c, meeting_id: String, participant_id: String) -> SavedDocuments =>
            commands::preparation::save_invitation(c.app, c.state, &meeting_id, &participant_id);
        /// Issue 17 point 8: every participant's invitation, in one folder.
        fn save_invitations(c, meeting_id: String) -> SavedDocuments =>
            commands::preparation::save_invitations(c.app, c.state, &meeting_id);
        /// Issue 17 point 8: the attendance sheet with the statement, to sign on paper.
        fn save_attendance_sheet(c, meeting_id: String) -> SavedDocuments =>
            commands::preparation::save_attendance_sheet(c.app, c.state, &meeting_id);
        /// `consent` (ISO/IEC TS 27560) or `outcome` (Samen onder Handbereik).
        fn save_meeting_export(c, meeting_id: String, export: String) -> SavedDocuments =>
            commands::documents::save_meeting_export(c.app, c.state, &meeting_id, &export);
    }

    /// Requests of the people the data is about, and the access report (R17, R14d).
    group rights {
        /// Family members whose name starts with each typed word (at most 50), to pick the
        /// person a request is about.
        fn known_subjects(c, query: String) -> Vec<KnownSubject> =>
            commands::rights::known_subjects(c.state, &query);
        /// The rights register.
        fn list_rights_requests(c) -> Vec<RightsRequestView> =>
            commands::rights::list_rights_requests(c.state);
        /// Registers a request (access, correction, erasure, objection, …).
        fn register_rights_request(c, input: NewRightsRequest) -> RightsRequestView =>
            commands::rights::register_rights_request(c.state, input);
        /// Extends the answer term, with the notice to the requester.
        fn extend_rights_request(c, request_id: String, notice: String) -> RightsRequestView =>
            commands::rights::extend_rights_request(c.state, &request_id, &notice);
        /// Grants a request and carries it out.
        fn grant_rights_request(c, request_id: String) -> GrantOutcome =>
            commands::rights::grant_rights_request(c.state, &request_id);
        /// Refuses a request with the reason.
        fn refuse_rights_request(c, request_id: String, reason: String) -> RightsRequestView =>
            commands::rights::refuse_rights_request(c.state, &request_id, &reason);
        /// Marks a request as answered.
        fn complete_rights_request(c, request_id: String) -> RightsRequestView =>
            commands::rights::complete_rights_request(c.state, &request_id);
        /// Saves the access report of a request (R14d).
        fn save_access_report(c, request_id: String) -> SavedDocuments =>
            commands::rights::save_access_report(c.app, c.state, &request_id);
    }

    /// The anonymous management report (R19) and data breaches (R20).
    group reports {
        /// R19: counts per period, small numbers suppressed.
        fn management_report(c, input: ReportRequest) -> ReportView =>
            commands::reports::management_report(c.state, input);
        /// R19: saves the report as CSV, JSON or PDF.
        fn save_management_report(c, input: ReportRequest) -> SavedDocuments =>
            commands::reports::save_management_report(c.app, c.state, input);
        /// R20: which meetings and organisations a breach touches.
        fn breach_impact(c, input: BreachRequest) -> BreachView =>
            commands::reports::breach_impact(c.state, input);
        /// R20: saves the breach impact.
        fn save_breach_impact(c, input: BreachRequest) -> SavedDocuments =>
            commands::reports::save_breach_impact(c.app, c.state, input);
        /// NEN 7513 × R18: the audit log for the privacy officer, by meeting and period.
        fn audit_log(c, input: AuditLogRequest) -> AuditLogView =>
            commands::reports::audit_log(c.state, input);
        /// R20: the breach register.
        fn list_breaches(c) -> Vec<BreachEntry> => commands::reports::list_breaches(c.state);
        /// R20: a discovered breach; the 24-hour clock starts.
        fn register_breach(c, input: NewBreach) -> BreachEntry =>
            commands::reports::register_breach(c.state, input);
        /// R20: the partner organisations were informed.
        fn mark_breach_partners_informed(c, input: PartnersInformed) -> BreachEntry =>
            commands::reports::mark_breach_partners_informed(c.state, input);
        /// R20: whom to inform, per meeting.
        fn breach_lists(c, breach_id: String) -> BreachListsView =>
            commands::reports::breach_lists(c.state, &breach_id);
    }

    /// The chair's settings, the passphrase and the audit check (R7b, R15, R18, R21).
    group settings {
        /// R21: checks the old passphrase, then re-encrypts the store under the new one.
        fn change_passphrase(c, input: ChangePassphrase) -> () =>
            commands::settings::change_passphrase(c.state, &input);
        /// The current settings.
        fn get_settings(c) -> Settings => commands::settings::get_settings(c.state);
        /// The display preferences (theme, hints while typing); also while locked.
        fn ui_prefs(c) -> store::UiPrefs => Ok(store::read_ui_prefs(c.state.data_dir()));
        /// Keeps the display preferences beside the store (R21: not in WebKit's storage).
        fn set_ui_prefs(c, prefs: store::UiPrefs) -> store::UiPrefs => {
            store::write_ui_prefs(c.state.data_dir(), prefs)?;
            Ok(prefs)
        };
        /// R21: minutes of inactivity before the store locks itself.
        fn set_idle_minutes(c, minutes: u32) -> Settings =>
            commands::settings::set_idle_minutes(c.state, minutes);
        /// R15: default retention of new meetings, in months.
        fn set_retention_months(c, months: u32) -> Settings =>
            commands::settings::set_retention_months(c.state, months);
        /// R15: the maximum retention of a meeting, extensions included, in months.
        fn set_retention_ceiling(c, ceiling_months: u32) -> Settings =>
            commands::settings::set_retention_ceiling(c.state, ceiling_months);
        /// R15/R17: how long an answered rights request is kept, in months.
        fn set_rights_retention_months(c, rights_months: u32) -> Settings =>
            commands::settings::set_rights_retention_months(c.state, rights_months);
        /// R18/R21: recomputes the audit chain and checks the encrypted file.
        fn verify_audit(c) -> AuditCheck => commands::settings::verify_audit(c.state);
        /// R7b: the chair's own legal bases per organisation type.
        fn list_custom_bases(c) -> Vec<CustomBasisView> => commands::settings::list_custom_bases(c.state);
        /// R7b: adds an own legal basis.
        fn add_custom_basis(c, input: NewCustomBasis) -> Vec<CustomBasisView> =>
            commands::settings::add_custom_basis(c.state, input);
        /// R7b: removes an own legal basis.
        fn remove_custom_basis(c, basis_id: String) -> Vec<CustomBasisView> =>
            commands::settings::remove_custom_basis(c.state, &basis_id);
        /// The address book of organisations used before (name, type, department).
        fn address_book(c) -> Vec<OrganisationEntryView> => commands::settings::address_book(c.state);
        /// Saves an organisation in the address book; answers the new list.
        fn save_organisation(c, input: NewOrganisationEntry) -> Vec<OrganisationEntryView> =>
            commands::settings::save_organisation(c.state, input);
        /// Removes an organisation from the address book; answers the new list.
        fn forget_organisation(c, entry_id: String) -> Vec<OrganisationEntryView> =>
            commands::settings::forget_organisation(c.state, &entry_id);
        /// Issue 17 point 9: the chair's organisation profile and the partners.
        fn organisation_settings(c) -> OrganisationSettings =>
            commands::settings::organisation_settings(c.state);
        /// Issue 17 point 9: saves the chair's organisation profile.
        fn save_organisation_profile(c, input: OrganisationProfileView) -> OrganisationSettings =>
            commands::settings::save_organisation_profile(c.state, &input);
        /// Issue 17 point 9: imports the profile file the chair picks in the system's
        /// dialog (the web view never names a path).
        fn import_organisation_profile(c) -> ProfileImported =>
            commands::settings::import_organisation_profile(c.app, c.state);
        /// Issue 17 point 9: the organisation's logo, picked in the system's dialog (the
        /// web view never names a path).
        fn choose_organisation_logo(c) -> OrganisationSettings =>
            commands::settings::choose_organisation_logo(c.app, c.state);
        /// Issue 17 point 9: removes the organisation's logo.
        fn remove_organisation_logo(c) -> OrganisationSettings =>
            commands::settings::remove_organisation_logo(c.state);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_is_declared_once_in_a_group_of_the_chairs_work() {
        let catalog = catalog();
        let mut names: Vec<&str> = catalog.iter().map(|c| c.name).collect();
        names.sort_unstable();
        let before = names.len();
        names.dedup();
        assert_eq!(names.len(), before, "a command is declared twice");
        let groups: Vec<&str> = groups().iter().map(|(g, _)| *g).collect();
        for c in &catalog {
            assert!(groups.contains(&c.group));
            assert!(!c.doc.trim().is_empty(), "{}: no description", c.name);
            assert!(c
                .name
                .chars()
                .all(|ch| ch.is_ascii_lowercase() || ch == '_'));
        }
    }
}
