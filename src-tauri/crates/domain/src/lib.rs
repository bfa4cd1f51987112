//! Pure model and rules of a casusoverleg.
//!
//! Every rule of `shared/domain.md` (R1–R21) that the app enforces is decided here, in
//! plain functions over plain types: no IO, no SQL, no Tauri. Adapters (store, docs, the
//! Tauri shell) parse their input into these types and trust them afterwards.
//!
//! House rules:
//! - **Decide here, only here.** Every `if` about consent, age, roles, status, release or
//!   retention lives in this crate; the store, docs, the shell and the UI translate and
//!   show what it decided (a view carries the decision, e.g. what the UI may offer).
//! - **No IO.** No files, SQL, network, logging or clock: "today" and "now" are arguments.
//!   Dependencies: serde, chrono, uuid, thiserror, base64 (ts-rs only behind an optional feature).
//! - **Illegal states unrepresentable.** States are enums, ids are newtypes, text is
//!   validated once at the edge (`Label`, `Prose`, dates of birth) and trusted afterwards.
//! - **Errors with meaning.** A refusal is a [`DomainError`] naming the [`Field`] it is
//!   about; it carries no personal data and no refused value. Its Dutch sentence lives in
//!   the `texts` crate, never here.
//! - **Rules read like the source.** One function per rule, named after what it decides,
//!   with the rule id (R8) and the seed document in one doc line; tests are named after the
//!   rule and the case (`r8_twelfth_birthday_on_meeting_day_consents_self`).
//! - **Documented.** Every public item has a doc line (`#![deny(missing_docs)]`).

#![deny(missing_docs)]

/// A type that travels as another is that type in the UI's TypeScript (its name, inline
/// form and binding file): ids and validated texts go on the wire as a plain JSON string
/// (`ts_as!(Label, Prose => String)`: a plain `string`); the shell's unchecked inputs
/// have the shape of the domain type they become (`ts_as!(ForFamilyInput => ForFamily)`).
/// One macro for the domain and the shell; the caller depends on `ts-rs`.
#[macro_export]
macro_rules! ts_as {
    ($($raw:ty),+ => $target:ty) => {$(
        impl ::ts_rs::TS for $raw {
            type WithoutGenerics = Self;
            type OptionInnerType = Self;
            fn name(cfg: &::ts_rs::Config) -> String {
                <$target as ::ts_rs::TS>::name(cfg)
            }
            fn inline(cfg: &::ts_rs::Config) -> String {
                <$target as ::ts_rs::TS>::inline(cfg)
            }
            fn output_path() -> Option<std::path::PathBuf> {
                <$target as ::ts_rs::TS>::output_path()
            }
            fn export_all(cfg: &::ts_rs::Config) -> Result<(), ::ts_rs::ExportError> {
                <$target as ::ts_rs::TS>::export_all(cfg)
            }
        }
    )+};
}

mod access;
mod address_book;
mod anonymous;
mod attendance;
mod basis;
mod breach;
mod consent;
mod correction;
mod custom_basis;
mod decision;
mod documents;
mod edit;
mod error;
mod finalize;
#[cfg(test)]
mod fixtures;
mod followup;
mod hints;
mod idle;
mod ids;
pub mod input;
mod invitation;
mod item;
mod language;
mod last_time;
mod letter;
mod log_period;
mod logo;
mod meeting;
mod minutes;
mod notification;
mod organisation;
mod organisation_profile;
mod participant;
mod passphrase;
mod plan;
mod presentation;
mod release;
mod release_need;
mod remove;
mod report;
mod retention;
mod rights;
mod search;
mod subject;
mod text;
mod voice;
mod wall;
pub mod wire;
mod withdrawal;
pub use invitation::{
    AttendanceSheetData, BringWhat, InvitationData, InvitedPerson, ATTENDANCE_BLANK_ROWS,
};
pub use last_time::{last_time, LastDecision, LastDissent, LastTime, LastVoice};
pub use voice::{FamilyVoice, VoiceChannel, VoiceInput, VoiceKind, VOICE_TEXT_MAX_CHARS};
pub use wire::{camel_case, from_wire_name, wire_name};
pub use withdrawal::{inform_tasks, ConsentWithdrawal, InformTask, WithdrawalRequest};

pub use access::{
    access_meeting, AccessBasis, AccessContent, AccessItem, AccessMeeting, AccessRelease,
    AccessReport, AccessVersion,
};
pub use address_book::{NewOrganisationEntry, OrganisationEntry};
pub use anonymous::{
    case_code, check_anonymous_text, check_case_label, identifying_words, is_case_code,
    Identifying, KnownNames,
};
pub use attendance::{Attendance, AttendanceCounts, AttendanceKind};
pub use basis::{
    check_basis, check_release_scope, conflict_of_duties, Basis, ContributorProfile, FourQuestions,
};
pub use breach::{
    category_code_of, who_to_inform, BreachImpact, BreachInput, BreachMeetingFacts,
    BreachParticipantFact, BreachRecord, BreachScope, BreachSubjectFact, CategoryImpact,
    FamilyMemberToInform, MeetingToInform, OrganisationImpact, OrganisationToInform, PartnerClock,
    BREACH_DESCRIPTION_MAX_CHARS, BREACH_RECORD_YEARS, PARTNER_DEADLINE_HOURS,
};
pub use consent::{
    age_on, check_entitled, consent_candidates, consent_complete, consent_covers, consent_status,
    entitled_to_consent, holders_of_authority, may_be_judged_not_competent, missing_consenters,
    Competence, ConsentCandidates, ConsentMethod, ConsentRecord, ConsentScope, ConsentStatus,
    Consenter, Consenters, NotEntitled, CONSENT_PURPOSE_MAX_CHARS,
};
pub use correction::{
    correct_item, may_request_correction, recipients_of_old_version, Correction, CorrectionInput,
    CorrectionOutcome, DecisionChoice, RefusedCorrection, CORRECTION_MOTIVATION_MAX_CHARS,
    CORRECTION_REASON_MAX_CHARS, REACTION_MAX_CHARS,
};
pub use custom_basis::{
    check_custom_basis_removal, CustomBasis, NewCustomBasis, CUSTOM_ARTICLE_MAX_CHARS,
    CUSTOM_BASIS_PREFIX, CUSTOM_LAW_MAX_CHARS, CUSTOM_LAW_MIN_CHARS, CUSTOM_NOTE_MAX_CHARS,
};
pub use decision::{Decision, DecisionInput, Dissent, DECISION_TEXT_MAX_CHARS};
pub use documents::{
    item_refs, meeting_reference, reference_of, subject_of_action, subject_of_the_case,
    ComplaintLine, ContactLine, DissentLine, DocumentHeader, ExtractItem, FamilyLetterData,
    FamilyMember, FamilyMemberLine, ItemRef, LetterAction, LetterCondition, LetterDecision,
    NotificationLine, PersonLine, PlanActionLine, PlanDecisionLine, PlanDocument, PlanItemLine,
    RecipientExtract, ReleaseLine, VoiceLine,
};
pub use error::{Dependency, DomainError, Field, FieldErrors};
pub use finalize::{
    checklist, checklist_groups, default_retention, ensure_editable, finalize, ChecklistSection,
    FinalizedMeeting, ItemRecord, MeetingRecord, MeetingState, OpenPoint, OpenPointGroup,
    ParticipantRecord, SubjectRecord, SubjectView, RETENTION_DEFAULT_MONTHS,
};
pub use followup::{
    carry_over, follow_up, open_actions, take_over, CarriedAction, CarriedAnswer,
    CarriedParticipant, CarriedStatus, CarriedSubject, CarryOver, NotDoneReason,
    CARRIED_NOTE_MAX_CHARS,
};
pub use hints::{bsn_elfproef, detect_hints, iban_checksum_ok, HintKind};
pub use idle::{
    IdleDecision, IdlePolicy, LockReason, SessionSignal, DEFAULT_IDLE_TIMEOUT, IDLE_MAX_MINUTES,
    IDLE_MIN_MINUTES, MAX_IDLE_TIMEOUT, MIN_IDLE_TIMEOUT,
};
pub use ids::{
    ActionId, AddressBookId, BreachId, CarriedActionId, CustomBasisId, DecisionId, DissentId,
    ItemId, MeetingId, NotificationId, ParticipantId, SubjectId, VoiceId,
};
pub use input::{BasisChoice, ConsentGiven};
pub use item::{Category, Item, ItemInput, Kind, Source, SourceKind, ITEM_TEXT_MAX_CHARS};
pub use language::{
    letter_language, notification_languages, FamilyLanguage, FamilyLanguageInput, LetterLanguage,
    SPOKEN_LANGUAGE_MAX_CHARS,
};
pub use letter::{
    age_band, letter_addressees, rights_paragraphs, Addressee, AddresseeLetter, AgeBand,
    RightsParagraph,
};
pub use log_period::LogPeriod;
pub use logo::{Logo, LogoFormat, LOGO_MAX_BYTES, LOGO_MAX_KB, LOGO_MAX_PIXELS};
pub use meeting::{
    family_absence_reason, parse_date, preparation_texts, Meeting, MeetingInput, PreparationInput,
    PreparationTexts, PURPOSE_MAX_CHARS,
};
pub use minutes::{
    minutes_hints, parse_time_of_day, time_text, Minutes, MinutesHint, MinutesInput,
    ACCOUNT_MAX_CHARS,
};
pub use notification::{
    FamilyNotification, NotificationEvent, NotificationInput, NotificationMethod,
    NotificationScope, NotificationStatus, NotificationTiming, PostponeGround,
};
pub use organisation::{BasisProposal, LegalBasis, OrganisationType};
pub use organisation_profile::{
    fill_complaint_routes, validate_profile_file, DocumentOrganisation, ImportFault,
    OrganisationProfile, PartnerImport, ProfileFile, ProfileFileBasis, ProfileFileOfficer,
    ProfileFileOrganisation, ProfileFilePartner, ProfileImport, ProfileInput, ADDRESS_MAX_CHARS,
    COMPLAINT_PROCEDURE_MAX_CHARS, PROFILE_FILE_VERSION,
};
pub use participant::{
    check_expertise_only, check_role_assignment, Participant, ParticipantExtra, ParticipantInput,
    Role,
};
pub use passphrase::{check_new_passphrase, check_passphrase_change, PASSPHRASE_MIN_CHARS};
pub use plan::{Action, ActionInput, ForFamily, ACTION_TEXT_MAX_CHARS};
pub use presentation::{
    initials, present, Presentation, PresentedAction, PresentedCarried, PresentedContribution,
    PresentedItem, PresentedParticipant, PresentedSubject,
};
pub use release::{
    ReleaseChoice, ReleaseContext, ReleaseDecision, ReleaseItem, ReleaseMatrix, ReleaseRequest,
    MOTIVATION_MAX_CHARS,
};
pub use release_need::{BulkCell, BulkScope, CellNeed, NoDecisionReason};
pub use report::{
    Cell, ManagementReport, PeriodKind, RawCounts, ReportGroup, ReportPeriod, ReportRow,
    RequestCounts, GROUP_DECISIONS, GROUP_ITEMS_BY_BASIS, GROUP_ITEMS_BY_CATEGORY, GROUP_MEETINGS,
    GROUP_MEETINGS_MODE, GROUP_NOTIFICATIONS, GROUP_RELEASES, GROUP_REQUESTS,
    SUPPRESSION_THRESHOLD,
};
pub use retention::{
    check_destroy_after, check_retention_settings, expires_within, extend_retention, is_expired,
    meeting_list_status, parse_destroy_after, rights_record_expired, MeetingListStatus,
    RetentionCeiling, RetentionExtension, RetentionMonths, RightsRetentionMonths,
    EXPIRY_NOTICE_DAYS, RETENTION_CEILING_DEFAULT_MONTHS, RETENTION_CEILING_MAX_MONTHS,
    RETENTION_CEILING_MIN_MONTHS, RETENTION_EXTENSION_MONTHS, RETENTION_MAX_MONTHS,
    RETENTION_MIN_MONTHS, RETENTION_REASON_MAX_CHARS, RIGHTS_RETENTION_DEFAULT_MONTHS,
    RIGHTS_RETENTION_MAX_MONTHS, RIGHTS_RETENTION_MIN_MONTHS,
};
pub use rights::{
    check_not_objected, deadline, extended_deadline, may_request, name_words, resolve_identity,
    IdentityAnchor, RequestActions, RequestInput, RequestKind, RequestStatus, RequestStatusName,
    Requester, RightsRequest, SubjectIdentity, SubjectSearch, RIGHTS_TEXT_MAX_CHARS,
    SUBJECT_SEARCH_LIMIT,
};
pub use search::{SearchQuery, SEARCH_MAX_CHARS};
pub use subject::{Relation, SecretAddress, Subject, SubjectInput, SECRET_ADDRESS_MAX_CHARS};
pub use text::{
    check_motivation, parse_motivation, Label, Prose, LABEL_MAX_CHARS, MOTIVATION_MIN_CHARS,
    MOTIVATION_MIN_WORDS,
};
pub use wall::{hidden_on_wall_by_default, on_wall, WallMark};
