//! Every IPC command of the app, declared once, with its body. One declaration per
//! command: its name, its arguments with their wire types, its answer, and the body. From
//! this one list come the Tauri handlers (`handlers`, `invoke_handler`), a plain function
//! per command (`commands::<group>::<name>`, for tests without a window), the typed
//! TypeScript client (one file per group, `ui/src/lib/api/<group>.ts`, joined in
//! `ui/src/lib/bindings/commands.ts`) and the command reference (`docs/ipc.md`); the last
//! two are written by `cargo test` (`tests/generated.rs`) and checked for drift by `./x test`.
//!
//! A new command: add its declaration to the right group here and call it from the UI
//! through `api`. A body gets its arguments owned and the state as the first name in the
//! parentheses (`s`); `[app]` before `fn` adds the app handle, for commands that open a
//! native dialog or the system viewer (R14). What bodies share is in `commands/` (id
//! parsing, `flow`, `logged`; `session` for unlocking, `files` for rendering). Arguments
//! always arrive as [`Arg<T>`], so a wrongly shaped argument gets the Dutch
//! `invalid_input` error naming the field (`messages.rs`), never serde's English text.
//! Commands are async, so key derivation and store IO never block the window's main thread.

use crate::dto::arg::{Arg, Secret};
use crate::dto::ApiError;
use crate::state::AppState;

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
    /// Writes the bindings of those types and of everything inside them (`ts_rs`): the
    /// TypeScript twins of the wire come from the commands that use them.
    pub exports: Vec<Export>,
}

/// Writes one type's TypeScript binding and those of its dependencies.
pub type Export = fn(&ts_rs::Config) -> Result<(), ts_rs::ExportError>;

impl WireType {
    fn of<T: ts_rs::TS + 'static + ?Sized>() -> Self {
        struct Collect<'a>(&'a ts_rs::Config, Vec<String>, Vec<Export>);
        impl ts_rs::TypeVisitor for Collect<'_> {
            fn visit<U: ts_rs::TS + 'static + ?Sized>(&mut self) {
                if U::output_path().is_some() {
                    self.1.push(U::ident(self.0));
                    self.2.push(U::export_all);
                }
                U::visit_generics(self);
            }
        }
        let cfg = ts_rs::Config::default();
        let mut seen = Collect(&cfg, Vec::new(), Vec::new());
        ts_rs::TypeVisitor::visit::<T>(&mut seen);
        let Collect(_, mut imports, exports) = seen;
        imports.sort();
        imports.dedup();
        WireType {
            ts: T::name(&cfg),
            imports,
            exports,
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
                $([$app:ident])? fn $name:ident($s:ident $(, $arg:ident : $ty:ty)* $(,)?)
                    -> $ret:ty => $body:expr;
            )*
        }
    )*) => {
        /// The Tauri command of each declaration: deserialize, then its plain function.
        pub mod handlers {
            #[allow(unused_imports)]
            use super::*;
            $($(
                $(#[doc = $doc])*
                #[tauri::command]
                #[allow(unused_variables)]
                pub async fn $name<R: tauri::Runtime>(
                    app: tauri::AppHandle<R>,
                    state: tauri::State<'_, AppState>,
                    $($arg: Arg<$ty>,)*
                ) -> Result<$ret, ApiError> {
                    $(let $arg = $arg.named(stringify!($arg))?;)*
                    calls::$group::$name($({ let $app = &app; $app },)? &state $(, $arg)*)
                }
            )*)*
        }

        /// One plain function per declaration, named `commands::<group>::<name>`: the body
        /// over the state (and the app handle for `[app]`). Arguments are taken as
        /// anything that turns into their wire type, so a test passes `&str` for `String`.
        pub mod calls {
            $(
                $(#[doc = $gdoc])*
                pub mod $group {
                    #[allow(unused_imports)]
                    use super::super::*;
                    $(
                        plain_fn! {
                            $(#[doc = $doc])*
                            [$($app)?] $name($s $(, $arg: $ty)*) -> $ret => $body
                        }
                    )*
                }
            )*
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

/// One command's plain function; `[app]` adds the app handle before the state.
macro_rules! plain_fn {
    ($(#[$m:meta])* [] $name:ident($s:ident $(, $arg:ident : $ty:ty)*)
        -> $ret:ty => $body:expr) => {
        $(#[$m])*
        pub fn $name($s: &AppState $(, $arg: impl Into<$ty>)*) -> Result<$ret, ApiError> {
            $(let $arg: $ty = $arg.into();)*
            $body
        }
    };
    ($(#[$m:meta])* [$app:ident] $name:ident($s:ident $(, $arg:ident : $ty:ty)*)
        -> $ret:ty => $body:expr) => {
        $(#[$m])*
        pub fn $name<R: tauri::Runtime>(
            $app: &tauri::AppHandle<R>,
            $s: &AppState
            $(, $arg: impl Into<$ty>)*
        ) -> Result<$ret, ApiError> {
            $(let $arg: $ty = $arg.into();)*
            $body
        }
    };
}

use crate::commands::{
    files, flow, flow_steps, logged, on_date, parse, setting, today, MEETING_LIST_LIMIT,
};
use crate::dto::*;
use crate::save::{file_to_read, into_folder, one_file};
use chrono::Utc;
use domain::Field;
use store::AuditKind;

commands! {
    /// Opening and closing the encrypted store (R21).
    group lock {
        /// Whether a store exists and is open.
        fn store_state(s) -> StoreState => {
            // A command counts as activity (R21), as every command does.
            let unlocked = s.slot().is_some();
            Ok(StoreState {
                exists: store::store_exists(s.data_dir()),
                unlocked,
                resumes: !unlocked && s.has_place(),
                passphrase_min_chars: u32::try_from(domain::PASSPHRASE_MIN_CHARS)
                    .unwrap_or(u32::MAX),
            })
        };
        /// Creates the store on first start (passphrase typed twice; R21 policy).
        fn create_store(s, passphrase: Secret, confirmation: Secret) -> () => {
            domain::check_new_passphrase(&passphrase, &confirmation)?;
            let mut slot = s.slot();
            let store = store::Store::create(s.data_dir(), &passphrase)?;
            s.apply_idle_setting(store.settings()?.idle);
            *slot = Some(store);
            Ok(())
        };
        /// Opens the store; R15: expired meetings are made unreachable first (their rows are
        /// destroyed right after, between commands), and it says how many.
        fn unlock(s, passphrase: Secret) -> Unlocked => crate::commands::unlock(s, &passphrase);
        /// Closes the store and wipes its key.
        fn lock(s) -> () => crate::commands::lock_for(s, domain::LockReason::ByHand);
        /// The chair is typing or clicking, so the app is not idle (R21).
        fn touch_activity(s) -> () => {
            s.touch();
            Ok(())
        };
        /// R21: where the chair is in a meeting (ids only), to come back to after a lock.
        /// Ignored while locked.
        fn remember_place(s, place: Place) -> () => {
            let meeting_id = parse::meeting(&place.meeting_id)?.to_string();
            if s.is_unlocked() {
                s.set_place(Some(Place { meeting_id, ..place }));
            }
            Ok(())
        };
        /// R21: the chair left the meeting.
        fn forget_place(s) -> () => {
            s.set_place(None);
            Ok(())
        };
    }

    /// Meetings: the list, a new or follow-up meeting, its preparation and retention.
    group meeting {
        /// The newest meetings and how many there are.
        fn list_meetings(s) -> MeetingList => s
            .with_store(|st| {
                // The chair left the meeting's page: no copy of it is kept, neither the
                // page sent to the window nor the store's flow (issue 19).
                s.forget_sent_page();
                st.forget_kept_flow();
                st.recent_meetings(MEETING_LIST_LIMIT)
            })
            .map(|(list, total)| MeetingList::on(list, total, today()));
        /// A new draft meeting.
        fn create_meeting(s, input: NewMeeting) -> MeetingSummary => s
            .with_store(|st| st.create_meeting(&input.input(), Utc::now()))
            .map(|m| MeetingSummary::on(m, today()));
        /// One meeting's facts, participants and items.
        fn get_meeting(s, id: String) -> MeetingDetail => {
            let id = parse::meeting(&id)?;
            logged(s, AuditKind::MeetingOpened, Some(id), |st| st.meeting_detail(id))
                .map(Into::into)
        };
        /// Organisation types, legal bases and the other fixed lists (R7/R8; R7b own bases).
        fn reference_data(s) -> ReferenceData => {
            let custom = s.with_store(|st| st.custom_bases()).unwrap_or_default();
            Ok(ReferenceData::with(&custom))
        };
        /// The whole meeting as the meeting page shows it.
        fn get_meeting_flow(s, id: String) -> MeetingFlow => {
            let id = parse::meeting(&id)?;
            // Not numbered (two reads of a meeting answer the same page): the next release
            // decision answers with the whole page, then with steps (issue 19).
            s.with_store(|st| {
                s.forget_sent_page();
                st.read_meeting_flow(id, AuditKind::MeetingOpened, Utc::now())
            })
            .map(|d| d.view())
        };
        /// R3/R4: purpose, criteria, family present, anonymous.
        fn update_preparation(s, input: Preparation) -> MeetingFlow =>
            flow(s, &input.meeting_id, |st, id| {
                st.update_preparation(id, &input.input(), Utc::now())
            });
        /// R11: a new draft meeting for the same case with the open actions carried over.
        fn create_follow_up(s, input: NewFollowUp) -> MeetingFlow => {
            let previous = parse::meeting(&input.previous_meeting_id)?;
            let (participants, subjects) = input.parse()?;
            s.with_store(|st| {
                let date = &input.date;
                st.create_follow_up_with(previous, date, &participants, &subjects, Utc::now())
            })
            .map(|d| d.view())
        };
        /// R11: what a follow-up shows of the meeting it follows up (the family's words,
        /// decisions and dissent); `null` when there is nothing or it is gone (R15, R17).
        fn last_time(s, meeting_id: String) -> Option<LastTime> => {
            let meeting = parse::meeting(&meeting_id)?;
            s.with_store(|st| st.last_time(meeting))
        };
        /// R2/R21: the previous meeting's participants and family, offered for a follow-up.
        fn follow_up_offer(s, previous_meeting_id: String) -> FollowUpOffer => {
            let previous = parse::meeting(&previous_meeting_id)?;
            s.with_store(|st| st.follow_up_offer(previous))
        };
        /// Presentation mode: no birth dates, addresses, contact details or releases (the
        /// domain's projection has no such field to copy from).
        fn get_presentation(s, id: String) -> Presentation => {
            let id = parse::meeting(&id)?;
            s.with_store(|st| st.read_meeting_flow(id, AuditKind::PresentationOpened, Utc::now()))
                .map(|d| d.presentation())
        };
        /// Search across meetings: case label, participant names, item texts. NEN 7513: the
        /// log says that a search ran, never what was searched for.
        fn search_meetings(s, query: String) -> Vec<SearchHit> => {
            let query = domain::SearchQuery::parse(&query)?;
            logged(s, AuditKind::SearchRun, None, |st| st.search_meetings(&query))
        };
        /// R15: the destroy-after date (`YYYY-MM-DD`; its range is the domain's check).
        fn set_retention(s, meeting_id: String, until: String) -> MeetingFlow => {
            let until = domain::parse_destroy_after(&until)?;
            flow(s, &meeting_id, |st, id| st.set_retention(id, until, Utc::now()))
        };
        /// Seed 002 Feitenonderzoek 4: start and end time (`HH:MM`, empty: not recorded), the
        /// short account of the course of the meeting and whether the table agreed it.
        fn set_meeting_record(s, meeting_id: String, start_time: String, end_time: String,
                              account: String, agreed: bool) -> MeetingFlow => {
            let minutes = domain::MinutesInput { start_time, end_time, account, agreed };
            flow(s, &meeting_id, |st, id| st.set_minutes(id, &minutes, Utc::now()))
        };
        /// R15: meetings destroyed within 30 days, soonest first.
        fn expiring_meetings(s) -> Vec<ExpiringMeeting> =>
            s.with_store(|st| st.expiring_within(today(), domain::EXPIRY_NOTICE_DAYS));
        /// R15: six months more, with a reason; answers with the new expiring list.
        fn extend_retention(s, input: ExtendRetention) -> Vec<ExpiringMeeting> => {
            let id = parse::meeting(&input.meeting_id)?;
            s.with_store(|st| st.extend_retention(id, &input.reason, today(), Utc::now()))?;
            s.with_store(|st| st.expiring_within(today(), domain::EXPIRY_NOTICE_DAYS))
        };
    }

    /// The family members the meeting is about (R8, R14).
    group family {
        /// A family member (youth, parent, carer, …).
        fn add_subject(s, input: NewSubject) -> MeetingFlow => {
            let subject = input.parse()?;
            flow(s, &input.meeting_id, |st, id| {
                st.add_subject(id, &subject, input.present, Utc::now())
            })
        };
        /// Whether a family member is at the meeting.
        fn set_subject_present(s, meeting_id: String, subject_id: String, present: bool)
            -> MeetingFlow => {
            let subject = parse::subject(&subject_id, Field::Subjects)?;
            flow(s, &meeting_id, |st, id| st.set_subject_present(id, subject, present, Utc::now()))
        };
        /// R12: the language of a family member's letter and whether an interpreter is needed.
        fn set_subject_language(s, input: SubjectLanguage) -> MeetingFlow => {
            let (subject, language) = input.parse()?;
            flow(s, &input.meeting_id, |st, id| {
                st.set_subject_language(id, subject, &language, Utc::now())
            })
        };
        /// R8: whether a parent, carer or guardian holds parental authority (gezag).
        fn set_parental_authority(s, meeting_id: String, subject_id: String, holds: bool)
            -> MeetingFlow => {
            let subject = parse::subject(&subject_id, Field::Subjects)?;
            flow(s, &meeting_id, |st, id| st.set_parental_authority(id, subject, holds, Utc::now()))
        };
        /// R14/R21: write-only; the answer only says `hasSecretAddress`.
        fn set_secret_address(s, meeting_id: String, subject_id: String, address: Secret)
            -> MeetingFlow => {
            let subject = parse::subject(&subject_id, Field::Subjects)?;
            let address = domain::SecretAddress::parse(&address)?;
            flow(s, &meeting_id, |st, id| {
                st.set_secret_address(id, subject, Some(address), Utc::now())
            })
        };
        /// Issue 17 point 1: a family member's view, wish or objection, how it reached the
        /// meeting and (optionally) the meeting's answer.
        fn add_voice(s, input: NewFamilyVoice) -> MeetingFlow => {
            let voice = input.parse()?;
            flow(s, &input.meeting_id, |st, id| st.add_voice(id, &voice, Utc::now()))
        };
        /// Issue 17 point 1: the meeting's answer to a view, wish or objection (draft only).
        fn answer_voice(s, meeting_id: String, voice_id: String, voice_answer: String)
            -> MeetingFlow => {
            let voice = parse::voice(&voice_id)?;
            flow(s, &meeting_id, |st, id| st.answer_voice(id, voice, &voice_answer, Utc::now()))
        };
        /// Removes a recorded view, wish or objection (draft only).
        fn remove_voice(s, meeting_id: String, voice_id: String) -> MeetingFlow => {
            let voice = parse::voice(&voice_id)?;
            flow(s, &meeting_id, |st, id| st.remove_voice(id, voice, Utc::now()))
        };
        /// Removes the secret address.
        fn clear_secret_address(s, meeting_id: String, subject_id: String) -> MeetingFlow => {
            let subject = parse::subject(&subject_id, Field::Subjects)?;
            flow(s, &meeting_id, |st, id| st.set_secret_address(id, subject, None, Utc::now()))
        };
        /// Removes a family member (draft only).
        fn remove_subject(s, meeting_id: String, subject_id: String) -> MeetingFlow => {
            let subject = parse::subject(&subject_id, Field::Subjects)?;
            flow(s, &meeting_id, |st, id| st.remove_subject(id, subject, Utc::now()))
        };
    }

    /// The professionals at the table (R1, R2).
    group participants {
        /// A participant with role, organisation and secrecy.
        fn add_participant(s, input: NewParticipant) -> Participant => {
            let meeting = parse::meeting(&input.meeting_id)?;
            let (input, extra) = input.parse()?;
            s.with_store(|st| st.add_participant_with(meeting, &input, extra, Utc::now()))
                .map(Into::into)
        };
        /// R1: corrects a participant's details, role, organisation type and secrecy.
        fn update_participant(s, input: ParticipantUpdate) -> MeetingFlow => {
            let (participant, details, extra) = input.parse()?;
            flow(s, &input.details.meeting_id, |st, id| {
                st.update_participant(id, participant, &details, extra, Utc::now())
            })
        };
        /// Removes a participant (draft only).
        fn remove_participant(s, meeting_id: String, participant_id: String) -> MeetingFlow => {
            let participant = parse::participant(&participant_id, Field::Name)?;
            flow(s, &meeting_id, |st, id| st.remove_participant(id, participant, Utc::now()))
        };
        /// R2: the participant confirms confidentiality now.
        fn record_pledge(s, meeting_id: String, participant_id: String) -> MeetingFlow => {
            let participant = parse::participant(&participant_id, Field::Name)?;
            flow(s, &meeting_id, |st, id| st.record_pledge(id, participant, Utc::now()))
        };
        /// R2: a participant who sent apologies confirmed confidentiality later, on a date.
        fn record_later_pledge(s, meeting_id: String, participant_id: String, pledge_date: String)
            -> MeetingFlow => {
            let participant = parse::participant(&participant_id, Field::PledgeDate)?;
            let on = domain::parse_date(&pledge_date, Field::PledgeDate)?;
            flow(s, &meeting_id, |st, id| {
                st.record_pledge_on(id, participant, on, today(), Utc::now())
            })
        };
        /// Present, afgemeld (apologies) or observer.
        fn set_attendance(s, input: SetAttendance) -> MeetingFlow => {
            let (participant, attendance) = input.parse()?;
            flow(s, &input.meeting_id, |st, id| {
                st.set_attendance(id, participant, attendance, Utc::now())
            })
        };
        /// R14c/R17: where complaints about a participant's organisation go (draft only).
        fn set_complaint_route(s, meeting_id: String, participant_id: String,
                               complaint_route: String)
            -> MeetingFlow => {
            let participant = parse::participant(&participant_id, Field::ComplaintRoute)?;
            flow(s, &meeting_id, |st, id| {
                st.set_complaint_route(id, participant, &complaint_route, Utc::now())
            })
        };
    }

    /// What the professionals bring in, its basis and consents (R5–R8, R10, R16).
    group items {
        /// An item brought in by a participant.
        fn add_item(s, input: NewItem) -> Item => {
            let meeting = parse::meeting(&input.meeting_id)?;
            let new = input.parse()?;
            s.with_store(|st| {
                // R7b: whether a custom basis holds for the contributor is the domain's check.
                let basis = new.basis.map(|b| st.resolve_basis(b)).transpose()?;
                let (item, subjects) = (&new.item, &new.subjects);
                st.add_item_with_basis(meeting, item, subjects, basis, new.consents, Utc::now())
            })
        };
        /// R6/R7: the subjects and the basis of an item.
        fn set_item_basis(s, input: ItemBasisInput) -> MeetingFlow => {
            let (item, subjects, basis) = input.parse()?;
            flow(s, &input.meeting_id, |st, id| {
                let basis = st.resolve_basis(basis)?;
                st.set_item_basis(id, item, subjects, basis, Utc::now())
            })
        };
        /// R8: one consent record for an item resting on consent.
        fn add_consent(s, input: NewConsent) -> MeetingFlow => {
            let (item, consent) = input.parse()?;
            flow(s, &input.meeting_id, |st, id| st.add_consent(id, item, consent, Utc::now()))
        };
        /// R10: withdraws a consent; says who already received the items resting on it.
        fn withdraw_consent(s, meeting_id: String, consent_id: String) -> WithdrawalOutcome => {
            let id = parse::meeting(&meeting_id)?;
            s.with_store(|st| st.withdraw_consent(id, &consent_id, Utc::now()))
                .map(|(data, received)| data.withdrawal_outcome(received))
        };
        /// R10: on a finalized meeting, a consent withdrawn (day, by whom, how); the
        /// meeting then lists whom to inform.
        fn record_consent_withdrawal(s, input: NewWithdrawal) -> MeetingFlow => {
            let request = input.parse()?;
            flow(s, &input.meeting_id, |st, id| {
                st.record_consent_withdrawal(id, &input.consent_id, request, today(), Utc::now())
            })
        };
        /// R10: the recipient of an inform task was told on a day.
        fn record_withdrawal_informed(s, meeting_id: String, task_id: String, informed_on: String)
            -> MeetingFlow => {
            let on = domain::parse_date(&informed_on, Field::InformedOn)?;
            flow(s, &meeting_id, |st, id| {
                st.record_withdrawal_informed(id, &task_id, on, today(), Utc::now())
            })
        };
        /// R16: corrects an item of a finalized meeting; says who received the old version.
        fn correct_item(s, input: CorrectionRequest) -> CorrectionOutcome => {
            let id = parse::meeting(&input.meeting_id)?;
            let correction = input.parse()?;
            s.with_store(|st| st.correct_item(id, &correction, Utc::now()))
                .map(|(data, result)| data.correction_outcome(&result))
        };
        /// R16: every version of an item, oldest first.
        fn item_history(s, meeting_id: String, item_id: String) -> Vec<ItemVersion> => {
            let id = parse::meeting(&meeting_id)?;
            let item = parse::item(&item_id, Field::Item)?;
            logged(s, AuditKind::HistoryViewed, Some(id), |st| st.item_history(id, item))
        };
        /// Removes an item (draft only).
        fn remove_item(s, meeting_id: String, item_id: String) -> MeetingFlow => {
            let item = parse::item(&item_id, Field::Item)?;
            flow(s, &meeting_id, |st, id| st.remove_item(id, item, Utc::now()))
        };
        /// The wall: the chair shows an item in presentation mode or keeps it off (draft
        /// only, audited).
        fn set_on_wall(s, meeting_id: String, item_id: String, shown: bool) -> MeetingFlow => {
            let item = parse::item(&item_id, Field::Item)?;
            flow(s, &meeting_id, |st, id| st.set_wall_mark(id, item, shown, Utc::now()))
        };
    }

    /// What leaves the meeting (R9).
    group releases {
        /// R9: the contributor's decision for one item × recipient.
        /// Answered with what changed on the page the window holds (issue 19).
        fn decide_release(s, input: ReleaseInput) -> FlowAnswer => {
            let (item, recipient, choice) = input.parse()?;
            flow_steps(s, &input.meeting_id, |st, id| {
                st.decide_release(id, item, recipient, choice, Utc::now())
            })
        };
        /// R5/R9: "everything not needed by an action stays in the meeting" for a row, a
        /// column or the whole matrix, recorded per cell as the contributors' decisions.
        fn decide_releases_bulk(s, input: ReleaseBulkInput) -> ReleaseBulkResult => {
            let id = parse::meeting(&input.meeting_id)?;
            let scope = input.parse()?;
            s.with_store(|st| {
                s.forget_sent_page();
                st.bulk_release_stays(id, scope, Utc::now())
            })
            .map(|(data, cells)| data.bulk_outcome(&cells))
        };
        /// R5/R9: takes a bulk decision back as one step.
        fn undo_releases_bulk(s, input: ReleaseUndoInput) -> MeetingFlow => {
            let cells = input.parse()?;
            flow(s, &input.meeting_id, |st, id| st.undo_release_stays(id, &cells, Utc::now()))
        };
    }

    /// The plan of action (R11).
    group plan {
        /// R11: one line of the plan of action.
        fn add_action(s, input: NewAction) -> MeetingFlow => {
            let action = input.parse()?;
            flow(s, &input.meeting_id, |st, id| st.add_action(id, &action, Utc::now()))
        };
        /// Removes an action (draft only).
        fn remove_action(s, meeting_id: String, action_id: String) -> MeetingFlow => {
            let action = parse::action(&action_id)?;
            flow(s, &meeting_id, |st, id| st.remove_action(id, action, Utc::now()))
        };
        /// R14c: what the family letter shows of an action (draft only).
        fn set_action_for_family(s, meeting_id: String, action_id: String,
                                 for_family: ForFamilyInput)
            -> MeetingFlow => {
            let (action, for_family) = (parse::action(&action_id)?, for_family.parse()?);
            flow(s, &meeting_id, |st, id| {
                st.set_action_for_family(id, action, for_family, Utc::now())
            })
        };
        /// R14c: what the family letter shows of a decision (draft only).
        fn set_decision_for_family(s, meeting_id: String, decision_id: String,
                                   for_family: ForFamilyInput)
            -> MeetingFlow => {
            let (decision, for_family) = (parse::decision(&decision_id)?, for_family.parse()?);
            flow(s, &meeting_id, |st, id| {
                st.set_decision_for_family(id, decision, for_family, Utc::now())
            })
        };
        /// R11/seed 002: a decision with its reason and the items it rests on.
        fn add_decision(s, input: NewDecision) -> MeetingFlow => {
            let decision = input.parse()?;
            flow(s, &input.meeting_id, |st, id| st.add_decision(id, &decision, Utc::now()))
        };
        /// R11: removes a decision (draft only; refused while actions or dissent hang under it).
        fn remove_decision(s, meeting_id: String, decision_id: String) -> MeetingFlow => {
            let decision = parse::decision(&decision_id)?;
            flow(s, &meeting_id, |st, id| st.remove_decision(id, decision, Utc::now()))
        };
        /// Seed 002: a participant records that they disagree with a decision, and why.
        fn add_dissent(s, input: NewDissent) -> MeetingFlow => {
            let (decision, participant) = input.parse()?;
            flow(s, &input.meeting_id, |st, id| {
                st.add_dissent(id, decision, participant, &input.why, Utc::now())
            })
        };
        /// Seed 002: removes a recorded dissent (draft only).
        fn remove_dissent(s, meeting_id: String, dissent_id: String) -> MeetingFlow => {
            let dissent = parse::dissent(&dissent_id)?;
            flow(s, &meeting_id, |st, id| st.remove_dissent(id, dissent, Utc::now()))
        };
        /// R11/R13: a carried action is done, or not done with the reason.
        fn set_carried_status(s, input: SetCarriedStatus) -> MeetingFlow => {
            let (carried, status) = input.parse()?;
            flow(s, &input.meeting_id, |st, id| {
                st.set_carried_status(id, carried, status, Utc::now())
            })
        };
    }

    /// Telling the family (R12, R14c).
    group notification {
        /// R12: who informs the family, how and when.
        fn add_notification(s, input: NewNotification) -> MeetingFlow => {
            let notification = input.parse()?;
            flow(s, &input.meeting_id, |st, id| st.add_notification(id, notification, Utc::now()))
        };
        /// Removes a notification agreement (draft only).
        fn remove_notification(s, meeting_id: String, notification_id: String) -> MeetingFlow => {
            let notification = parse::notification(&notification_id)?;
            flow(s, &meeting_id, |st, id| st.remove_notification(id, notification, Utc::now()))
        };
        /// R14c: the purpose reads well for the family (draft only).
        fn set_purpose_for_family(s, meeting_id: String, checked: bool) -> MeetingFlow =>
            flow(s, &meeting_id, |st, id| st.set_purpose_for_family(id, checked, Utc::now()));
        /// R12/AVG art. 23: lifts a postponement (finalized meetings).
        fn lift_postponement(s, meeting_id: String, notification_id: String, lifted_on: String)
            -> MeetingFlow => on_date(
            s, &meeting_id, (&notification_id, &lifted_on, Field::LiftedOn),
            store::Store::lift_postponement,
        );
        /// R12 (seed 003 §3.6c): the outcome was told to the family on a date (finalized
        /// meetings).
        fn record_notification_done(s, meeting_id: String, notification_id: String, done_on: String)
            -> MeetingFlow => on_date(
            s, &meeting_id, (&notification_id, &done_on, Field::NotificationDoneOn),
            store::Store::record_notification_done,
        );
    }

    /// Closing the meeting (R13).
    group finalize {
        /// R13: refused with `checklist_open` while the checklist is not empty.
        fn finalize_meeting(s, meeting_id: String) -> MeetingFlow =>
            flow(s, &meeting_id, |st, id| st.finalize_meeting(id, Utc::now()));
    }

    /// Documents and standard exports of a finalized meeting (R14); the back end asks
    /// where to save (native dialog).
    group documents {
        /// The documents a finalized meeting has (refused for a draft).
        fn list_documents(s, meeting_id: String) -> Vec<DocumentInfo> => {
            let id = parse::meeting(&meeting_id)?;
            s.with_store(|st| st.document_list(id))
        };
        /// Saves one document and opens it in the system viewer; cancelling the dialog
        /// writes nothing. R18: the store stamps it with the audit log's position.
        [app] fn save_document(s, meeting_id: String, document: String) -> SavedDocuments => {
            let id = parse::meeting(&meeting_id)?;
            let key = store::DocumentKey::parse(&document).ok_or_else(files::unknown)?;
            let to_save = s.with_store(|st| st.document_to_save(id, key, today()))?;
            let (info, document) = match to_save {
                store::DocumentToSave::Ready(info, document) => (info, document),
                // R12/AVG art. 23: no letter exists while informing them is postponed.
                store::DocumentToSave::Postponed => return Err(files::letter_postponed()),
                store::DocumentToSave::Unknown => return Err(files::unknown()),
            };
            let bytes = files::render(&document)?;
            let audit = |st: &mut store::Store| st.record_documents_saved(id, Utc::now());
            crate::save::document(app, s, audit, info.file_name, &bytes)
        };
        /// Saves every document in one folder. All are rendered before asking where, so a
        /// failure writes nothing; a postponed letter is not made at all (R12).
        [app] fn save_all_documents(s, meeting_id: String) -> SavedDocuments => {
            let id = parse::meeting(&meeting_id)?;
            let all = s.with_store(|st| st.documents_to_save(id, today()))?;
            let rendered = all.into_iter().map(|(info, document)| {
                Ok((info.file_name, files::render(&document)?))
            });
            let audit = |st: &mut store::Store| st.record_documents_saved(id, Utc::now());
            into_folder(app, s, audit, rendered.collect::<Result<_, ApiError>>()?)
        };
        /// Issue 17 point 8: one participant's invitation with the confidentiality
        /// statement (draft or finalized; never with a family member in it), numbered by
        /// the participant's place at the table.
        [app] fn save_invitation(s, meeting_id: String, participant_id: String)
            -> SavedDocuments => {
            let id = parse::meeting(&meeting_id)?;
            let who = parse::participant(&participant_id, Field::Name)?;
            let (n, invitation) = s.with_store(|st| st.invitation(id, who, today()))?;
            let (name, bytes) = files::invitation(n, &invitation)?;
            let audit = |st: &mut store::Store| st.record_preparation_saved(id, Utc::now());
            one_file(app, s, audit, name, files::PDF, &bytes)
        };
        /// Issue 17 point 8: every participant's invitation, in one folder (all rendered
        /// before asking where).
        [app] fn save_invitations(s, meeting_id: String) -> SavedDocuments => {
            let id = parse::meeting(&meeting_id)?;
            let all = s.with_store(|st| st.invitations(id, today()))?;
            let rendered = all.iter().enumerate().map(|(n, inv)| files::invitation(n + 1, inv));
            let audit = |st: &mut store::Store| st.record_preparation_saved(id, Utc::now());
            into_folder(app, s, audit, rendered.collect::<Result<_, ApiError>>()?)
        };
        /// Issue 17 point 8: the attendance sheet with the statement, to sign on paper.
        [app] fn save_attendance_sheet(s, meeting_id: String) -> SavedDocuments => {
            let id = parse::meeting(&meeting_id)?;
            let sheet = s.with_store(|st| st.attendance_sheet(id, today()))?;
            let bytes = docs::render_attendance_sheet(&sheet).map_err(files::failed)?;
            let name = texts::documents::attendance_file(&sheet.header.meeting_ref);
            let audit = |st: &mut store::Store| st.record_preparation_saved(id, Utc::now());
            one_file(app, s, audit, name, files::PDF, &bytes)
        };
        /// `consent` (ISO/IEC TS 27560 consent records) or `outcome` (Samen onder
        /// Handbereik). Personal data: audited like the PDFs.
        [app] fn save_meeting_export(s, meeting_id: String, export: String) -> SavedDocuments => {
            let id = parse::meeting(&meeting_id)?;
            let export = store::MeetingExport::parse(&export).ok_or_else(files::unknown_export)?;
            let (name, text) = s.with_store(|st| st.meeting_export_file(id, export))?;
            let audit = |st: &mut store::Store| st.record_documents_saved(id, Utc::now());
            one_file(app, s, audit, name, ("JSON", "json"), text.as_bytes())
        };
    }

    /// Requests of the people the data is about, and the access report (R17, R14d).
    group rights {
        /// Family members whose name starts with each typed word (at most 50), to pick the
        /// person a request is about.
        fn known_subjects(s, query: String) -> Vec<KnownSubject> =>
            s.with_store(|st| st.find_subjects(&query));
        /// The rights register; viewing it is logged.
        fn list_rights_requests(s) -> Vec<RightsRequestView> =>
            s.with_store(|st| st.rights_register(today(), Utc::now()));
        /// Registers a request (access, correction, erasure, objection, …).
        fn register_rights_request(s, input: NewRightsRequest) -> RightsRequestView => {
            let (subject_key, request) = input.parse()?;
            s.with_store(|st| st.register_request(&subject_key, &request, Utc::now()))
                .map(|r| r.view(today()))
        };
        /// Extends the answer term, with the notice to the requester.
        fn extend_rights_request(s, request_id: String, notice: String) -> RightsRequestView => s
            .with_store(|st| st.extend_request(&request_id, &notice, Utc::now()))
            .map(|r| r.view(today()));
        /// Grants a request and carries it out.
        fn grant_rights_request(s, request_id: String) -> GrantOutcome => s
            .with_store(|st| st.grant_request(&request_id, Utc::now()))
            .map(|(r, erasure)| GrantOutcome { request: r.view(today()), erasure });
        /// Refuses a request with the reason.
        fn refuse_rights_request(s, request_id: String, reason: String) -> RightsRequestView => s
            .with_store(|st| st.refuse_request(&request_id, &reason, Utc::now()))
            .map(|r| r.view(today()));
        /// Marks a request as answered.
        fn complete_rights_request(s, request_id: String) -> RightsRequestView => s
            .with_store(|st| st.complete_request(&request_id, Utc::now()))
            .map(|r| r.view(today()));
        /// Saves the access report of a request (R14d): a PDF to read and the same content
        /// as JSON (portability), rendered before asking where.
        [app] fn save_access_report(s, request_id: String) -> SavedDocuments => {
            let report = s.with_store(|st| st.access_report_of_request(&request_id, today()))?;
            let rendered = files::render_access_report(&report, &request_id)?;
            let audit = |st: &mut store::Store| st.record_access_report_saved(Utc::now());
            into_folder(app, s, audit, rendered)
        };
    }

    /// The anonymous management report (R19) and data breaches (R20). The store parses
    /// the requests, counts, builds and logs each read; the domain suppresses small cells
    /// and runs the 24-hour clock.
    group reports {
        /// R19: counts per period, small numbers suppressed.
        fn management_report(s, input: ReportRequest) -> ReportView => {
            let period = input.period()?;
            s.with_store(|st| st.management_report_view(period, Utc::now()))
        };
        /// R19: saves the report as CSV or JSON.
        [app] fn save_management_report(s, input: ReportRequest) -> SavedDocuments => {
            let (period, csv) = (input.period()?, input.csv()?);
            let report = s.with_store(|st| st.management_report(period))?;
            let (text, filter) = if csv {
                (store::report_to_csv(&report)?, ("CSV", "csv"))
            } else {
                (store::report_to_json(&report)?, ("JSON", "json"))
            };
            let name = texts::documents::report_file(&period.code(), filter.1);
            let kind = store::ExportKind::ManagementReport;
            let audit = |st: &mut store::Store| st.record_export_saved(kind, Utc::now());
            one_file(app, s, audit, name, filter, text.as_bytes())
        };
        /// R20: which meetings and organisations a breach touches.
        fn breach_impact(s, input: BreachRequest) -> BreachView => {
            let scope = input.scope()?;
            s.with_store(|st| st.breach_impact_view(&scope, Utc::now()))
        };
        /// R20: saves the breach impact as JSON or a short PDF, to send to the partners.
        [app] fn save_breach_impact(s, input: BreachRequest) -> SavedDocuments => {
            let (pdf, scope, today) = (input.pdf()?, input.scope()?, today());
            let impact = s.with_store(|st| st.breach_impact(&scope))?;
            let (bytes, filter) = if pdf {
                let pdf = docs::render_breach_impact(&impact, today);
                (pdf.map_err(files::export_failed)?, files::PDF)
            } else {
                (store::breach_to_json(&impact)?.into_bytes(), ("JSON", "json"))
            };
            let name = texts::documents::breach_file(today, filter.1);
            let kind = store::ExportKind::BreachList;
            let audit = |st: &mut store::Store| st.record_export_saved(kind, Utc::now());
            one_file(app, s, audit, name, filter, &bytes)
        };
        /// NEN 7513 × R18: the audit log for the privacy officer, by meeting and period.
        fn audit_log(s, input: AuditLogRequest) -> AuditLogView => {
            let filter = input.filter()?;
            s.with_store(|st| st.audit_log_view(&filter, Utc::now()))
        };
        /// R20: the breach register, most recently discovered first.
        fn list_breaches(s) -> Vec<BreachEntry> =>
            s.with_store(|st| st.breach_register(Utc::now()));
        /// R20: a discovered breach (whole store, or one meeting); the 24-hour clock starts.
        fn register_breach(s, input: NewBreach) -> BreachEntry => {
            let (input, now) = (input.parse()?, Utc::now());
            let record = s.with_store(|st| st.register_breach(&input, now))?;
            Ok(BreachEntry::of(&record, now))
        };
        /// R20: the partner organisations were informed.
        fn mark_breach_partners_informed(s, input: PartnersInformed) -> BreachEntry => {
            let ((id, at), now) = (input.parse()?, Utc::now());
            let record = s.with_store(|st| st.mark_partners_informed(id, &at, now))?;
            Ok(BreachEntry::of(&record, now))
        };
        /// R20: whom to inform, per meeting.
        fn breach_lists(s, breach_id: String) -> BreachListsView => {
            let id = store::breach_id(&breach_id)?;
            s.with_store(|st| st.breach_lists_view(id, Utc::now()))
        };
    }

    /// The chair's settings, the passphrase and the audit check (R7b, R15, R18, R21).
    group settings {
        /// R21: checks the old passphrase, then re-encrypts the store under the new one.
        fn change_passphrase(s, input: ChangePassphrase) -> () =>
            crate::commands::change_passphrase(s, &input);
        /// The current settings.
        fn get_settings(s) -> Settings => {
            let settings = s.with_store(|st| st.settings())?;
            Ok(settings.view(s.idle_overridden()))
        };
        /// The display preferences (theme, hints while typing); also while locked.
        fn ui_prefs(s) -> store::UiPrefs => Ok(store::read_ui_prefs(s.data_dir()));
        /// Keeps the display preferences beside the store (R21: not in WebKit's storage).
        fn set_ui_prefs(s, prefs: store::UiPrefs) -> store::UiPrefs => {
            store::write_ui_prefs(s.data_dir(), prefs)?;
            Ok(prefs)
        };
        /// R21: minutes of inactivity before the store locks itself (1–60); applies at once.
        fn set_idle_minutes(s, minutes: u32) -> Settings => {
            let settings = s.with_store(|st| st.set_idle_minutes(minutes, Utc::now()))?;
            s.apply_idle_setting(settings.idle);
            Ok(settings.view(s.idle_overridden()))
        };
        /// R15: default retention of new meetings, in months (1–24).
        fn set_retention_months(s, months: u32) -> Settings =>
            setting(s, |st, now| st.set_retention_months(months, now));
        /// R15: the maximum retention of a meeting, extensions included, in months (6–60).
        fn set_retention_ceiling(s, ceiling_months: u32) -> Settings =>
            setting(s, |st, now| st.set_retention_ceiling(ceiling_months, now));
        /// R15/R17: how long an answered rights request is kept, in months (1–60).
        fn set_rights_retention_months(s, rights_months: u32) -> Settings =>
            setting(s, |st, now| st.set_rights_retention_months(rights_months, now));
        /// R18/R21: recomputes the audit chain and checks the encrypted file.
        fn verify_audit(s) -> AuditCheck => s
            .with_store(|st| Ok((st.verify_audit()?, st.integrity_check()?)))
            .map(|(verdict, integrity)| AuditCheck::of(verdict, integrity.is_clean()));
        /// R7b: the chair's own legal bases per organisation type.
        fn list_custom_bases(s) -> Vec<CustomBasisView> =>
            s.with_store(|st| st.custom_basis_views());
        /// R7b: adds a law and its article for an organisation type; answers the new list.
        fn add_custom_basis(s, input: NewCustomBasis) -> Vec<CustomBasisView> => {
            let basis = input.parse(domain::CustomBasisId::new())?;
            s.with_store(|st| {
                st.keep_custom_basis(&basis, Utc::now())?;
                st.custom_basis_views()
            })
        };
        /// R7b: removes an own legal basis (refused while items rest on it).
        fn remove_custom_basis(s, basis_id: String) -> Vec<CustomBasisView> => {
            let unknown = domain::DomainError::UnknownValue { field: Field::CustomBasis };
            let id = domain::CustomBasisId::parse(basis_id.trim(), unknown)?;
            s.with_store(|st| {
                st.remove_custom_basis(id, Utc::now())?;
                st.custom_basis_views()
            })
        };
        /// The address book of organisations used before (name, type, department).
        fn address_book(s) -> Vec<OrganisationEntryView> => s.with_store(|st| st.address_book());
        /// Saves an organisation in the address book (with a department or contact, if
        /// given); answers the new list.
        fn save_organisation(s, input: NewOrganisationEntry) -> Vec<OrganisationEntryView> => {
            let entry = input.parse()?;
            s.with_store(|st| st.save_organisation(&entry, Utc::now()))
        };
        /// Removes an organisation from the address book; answers the new list.
        fn forget_organisation(s, entry_id: String) -> Vec<OrganisationEntryView> => {
            let id = domain::AddressBookId::parse(entry_id.trim(), ApiError::not_found(None))?;
            s.with_store(|st| st.forget_organisation(id, Utc::now()))
        };
        /// Issue 17 point 9: the chair's organisation profile and the partners.
        fn organisation_settings(s) -> OrganisationSettings =>
            s.with_store(|st| st.organisation_settings());
        /// Issue 17 point 9: saves the chair's organisation profile.
        fn save_organisation_profile(s, input: OrganisationProfileView) -> OrganisationSettings => {
            let profile = domain::OrganisationProfile::parse(&input)?;
            s.with_store(|st| {
                st.save_organisation_profile(&profile, Utc::now())?;
                st.organisation_settings()
            })
        };
        /// Issue 17 point 9: imports the profile file the chair picks in the system's
        /// dialog (the web view never names a path; with a fixed export folder:
        /// `organisatieprofiel.json` in it). The store checks the whole file first
        /// (`store::read_profile_file`) and writes it in one transaction: nothing changes
        /// on any fault.
        [app] fn import_organisation_profile(s) -> ProfileImported => {
            let pick = (texts::documents::PICK_PROFILE, ("JSON", &["json"][..]));
            let Some(path) = file_to_read(app, "organisatieprofiel.json", pick)? else {
                return s.with_store(|st| st.profile_import_cancelled());
            };
            let checked = store::read_profile_file(&path, docs::logo_decodes)?;
            s.with_store(|st| st.import_profile_file(&checked, Utc::now()))
        };
        /// Issue 17 point 9: the organisation's logo, picked in the system's dialog (the
        /// web view never names a path; with a fixed export folder: `logo.png` in it);
        /// closing the dialog changes nothing. The store checks the file, `docs` whether
        /// the picture decodes.
        [app] fn choose_organisation_logo(s) -> OrganisationSettings => {
            let pick = (texts::documents::PICK_LOGO, ("PNG, JPEG", &["png", "jpg", "jpeg"][..]));
            let Some(path) = file_to_read(app, "logo.png", pick)? else {
                return s.with_store(|st| st.organisation_settings());
            };
            let logo = store::read_logo_file(&path, docs::logo_decodes)?;
            s.with_store(|st| {
                st.set_organisation_logo(&logo, Utc::now())?;
                st.organisation_settings()
            })
        };
        /// Issue 17 point 9: removes the organisation's logo; documents print none from
        /// then on.
        fn remove_organisation_logo(s) -> OrganisationSettings => s.with_store(|st| {
            st.remove_organisation_logo(Utc::now())?;
            st.organisation_settings()
        });
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
