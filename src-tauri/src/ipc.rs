//! The Tauri commands: one line each, deserialize → command body → serialize. Async, so
//! key derivation (≈0.3 s) and store IO never block the window's main thread.

use crate::commands::{self, AppState};
use crate::corrections;
use crate::dto::arg::Arg;
use crate::dto::corrections::{CorrectionOutcome, CorrectionRequest, ItemVersion};
use crate::dto::trust::{AuditCheck, ChangePassphrase, ExpiringMeeting, ExtendRetention, Settings};
use crate::dto::{
    ApiError, Item, MeetingDetail, MeetingList, MeetingSummary, NewItem, NewMeeting,
    NewParticipant, Participant, StoreState, Strength,
};
use tauri::State;
use zeroize::Zeroizing;

#[tauri::command]
pub async fn store_state(state: State<'_, AppState>) -> Result<StoreState, ApiError> {
    Ok(commands::store_state(&state))
}

#[tauri::command]
pub async fn passphrase_hint(passphrase: Arg<Zeroizing<String>>) -> Result<Strength, ApiError> {
    let passphrase = passphrase.named("passphrase")?;
    Ok(commands::passphrase_hint(&passphrase))
}

#[tauri::command]
pub async fn create_store(
    state: State<'_, AppState>,
    passphrase: Arg<Zeroizing<String>>,
    confirmation: Arg<Zeroizing<String>>,
) -> Result<(), ApiError> {
    let passphrase = passphrase.named("passphrase")?;
    let confirmation = confirmation.named("confirmation")?;
    commands::create_store(&state, &passphrase, &confirmation)
}

#[tauri::command]
pub async fn unlock(
    state: State<'_, AppState>,
    passphrase: Arg<Zeroizing<String>>,
) -> Result<crate::dto::Unlocked, ApiError> {
    let passphrase = passphrase.named("passphrase")?;
    commands::unlock(&state, &passphrase)
}

#[tauri::command]
pub async fn lock(state: State<'_, AppState>) -> Result<(), ApiError> {
    commands::lock(&state)
}

#[tauri::command]
pub async fn touch_activity(state: State<'_, AppState>) -> Result<(), ApiError> {
    commands::touch_activity(&state);
    Ok(())
}

#[tauri::command]
pub async fn list_meetings(state: State<'_, AppState>) -> Result<MeetingList, ApiError> {
    commands::list_meetings(&state)
}

#[tauri::command]
pub async fn create_meeting(
    state: State<'_, AppState>,
    input: Arg<NewMeeting>,
) -> Result<MeetingSummary, ApiError> {
    let input = input.named("input")?;
    commands::create_meeting(&state, input)
}

#[tauri::command]
pub async fn get_meeting(
    state: State<'_, AppState>,
    id: Arg<String>,
) -> Result<MeetingDetail, ApiError> {
    let id = id.named("id")?;
    commands::get_meeting(&state, &id)
}

#[tauri::command]
pub async fn add_participant(
    state: State<'_, AppState>,
    input: Arg<NewParticipant>,
) -> Result<Participant, ApiError> {
    let input = input.named("input")?;
    commands::add_participant(&state, input)
}

#[tauri::command]
pub async fn add_item(state: State<'_, AppState>, input: Arg<NewItem>) -> Result<Item, ApiError> {
    let input = input.named("input")?;
    commands::add_item(&state, input)
}

// ---- the complete meeting (R1–R15) --------------------------------------------------

use crate::dto::flow::{
    ItemBasisInput, MeetingFlow, NewAction, NewConsent, NewNotification, NewSubject, Preparation,
    ReferenceData, ReleaseInput, WithdrawalOutcome,
};
use crate::flow;

#[tauri::command]
pub async fn reference_data(state: State<'_, AppState>) -> Result<ReferenceData, ApiError> {
    // R7b: the chair's own legal bases are in the store; while locked only the fixed ones.
    let custom = state.with_store(|s| s.custom_bases()).unwrap_or_default();
    Ok(flow::reference_data_with(&custom))
}

#[tauri::command]
pub async fn get_meeting_flow(
    state: State<'_, AppState>,
    id: Arg<String>,
) -> Result<MeetingFlow, ApiError> {
    let id = id.named("id")?;
    flow::get_meeting_flow(&state, &id)
}

#[tauri::command]
pub async fn update_preparation(
    state: State<'_, AppState>,
    input: Arg<Preparation>,
) -> Result<MeetingFlow, ApiError> {
    let input = input.named("input")?;
    flow::update_preparation(&state, input)
}

#[tauri::command]
pub async fn add_subject(
    state: State<'_, AppState>,
    input: Arg<NewSubject>,
) -> Result<MeetingFlow, ApiError> {
    let input = input.named("input")?;
    flow::add_subject(&state, input)
}

#[tauri::command]
pub async fn set_subject_present(
    state: State<'_, AppState>,
    meeting_id: Arg<String>,
    subject_id: Arg<String>,
    present: Arg<bool>,
) -> Result<MeetingFlow, ApiError> {
    let meeting_id = meeting_id.named("meetingId")?;
    let subject_id = subject_id.named("subjectId")?;
    let present = present.named("present")?;
    flow::set_subject_present(&state, &meeting_id, &subject_id, present)
}

#[tauri::command]
pub async fn record_pledge(
    state: State<'_, AppState>,
    meeting_id: Arg<String>,
    participant_id: Arg<String>,
) -> Result<MeetingFlow, ApiError> {
    let meeting_id = meeting_id.named("meetingId")?;
    let participant_id = participant_id.named("participantId")?;
    flow::record_pledge(&state, &meeting_id, &participant_id)
}

#[tauri::command]
pub async fn record_later_pledge(
    state: State<'_, AppState>,
    meeting_id: Arg<String>,
    participant_id: Arg<String>,
    pledge_date: Arg<String>,
) -> Result<MeetingFlow, ApiError> {
    let meeting_id = meeting_id.named("meetingId")?;
    let participant_id = participant_id.named("participantId")?;
    let pledge_date = pledge_date.named("pledgeDate")?;
    flow::record_later_pledge(&state, &meeting_id, &participant_id, &pledge_date)
}

#[tauri::command]
pub async fn set_item_basis(
    state: State<'_, AppState>,
    input: Arg<ItemBasisInput>,
) -> Result<MeetingFlow, ApiError> {
    let input = input.named("input")?;
    flow::set_item_basis(&state, input)
}

#[tauri::command]
pub async fn add_consent(
    state: State<'_, AppState>,
    input: Arg<NewConsent>,
) -> Result<MeetingFlow, ApiError> {
    let input = input.named("input")?;
    flow::add_consent(&state, input)
}

#[tauri::command]
pub async fn withdraw_consent(
    state: State<'_, AppState>,
    meeting_id: Arg<String>,
    consent_id: Arg<String>,
) -> Result<WithdrawalOutcome, ApiError> {
    let meeting_id = meeting_id.named("meetingId")?;
    let consent_id = consent_id.named("consentId")?;
    flow::withdraw_consent(&state, &meeting_id, &consent_id)
}

#[tauri::command]
pub async fn correct_item(
    state: State<'_, AppState>,
    input: Arg<CorrectionRequest>,
) -> Result<CorrectionOutcome, ApiError> {
    let input = input.named("input")?;
    corrections::correct_item(&state, input)
}

#[tauri::command]
pub async fn item_history(
    state: State<'_, AppState>,
    meeting_id: Arg<String>,
    item_id: Arg<String>,
) -> Result<Vec<ItemVersion>, ApiError> {
    let meeting_id = meeting_id.named("meetingId")?;
    let item_id = item_id.named("itemId")?;
    corrections::item_history(&state, &meeting_id, &item_id)
}

#[tauri::command]
pub async fn add_action(
    state: State<'_, AppState>,
    input: Arg<NewAction>,
) -> Result<MeetingFlow, ApiError> {
    let input = input.named("input")?;
    flow::add_action(&state, input)
}

#[tauri::command]
pub async fn decide_release(
    state: State<'_, AppState>,
    input: Arg<ReleaseInput>,
) -> Result<MeetingFlow, ApiError> {
    let input = input.named("input")?;
    flow::decide_release(&state, input)
}

#[tauri::command]
pub async fn add_notification(
    state: State<'_, AppState>,
    input: Arg<NewNotification>,
) -> Result<MeetingFlow, ApiError> {
    let input = input.named("input")?;
    flow::add_notification(&state, input)
}

#[tauri::command]
pub async fn set_retention(
    state: State<'_, AppState>,
    meeting_id: Arg<String>,
    until: Arg<String>,
) -> Result<MeetingFlow, ApiError> {
    let meeting_id = meeting_id.named("meetingId")?;
    let until = until.named("until")?;
    flow::set_retention(&state, &meeting_id, &until)
}

/// R14c: what the family letter shows of an action.
#[tauri::command]
pub async fn set_action_for_family(
    state: State<'_, AppState>,
    meeting_id: Arg<String>,
    action_id: Arg<String>,
    for_family: Arg<crate::dto::flow::ForFamily>,
) -> Result<MeetingFlow, ApiError> {
    let meeting_id = meeting_id.named("meetingId")?;
    let action_id = action_id.named("actionId")?;
    let for_family = for_family.named("forFamily")?;
    flow::set_action_for_family(&state, &meeting_id, &action_id, for_family)
}

/// R14c: the purpose was checked for the family.
#[tauri::command]
pub async fn set_purpose_for_family(
    state: State<'_, AppState>,
    meeting_id: Arg<String>,
    checked: Arg<bool>,
) -> Result<MeetingFlow, ApiError> {
    let meeting_id = meeting_id.named("meetingId")?;
    let checked = checked.named("checked")?;
    flow::set_purpose_for_family(&state, &meeting_id, checked)
}

/// R14c/R17: where complaints about a participant's organisation go.
#[tauri::command]
pub async fn set_complaint_route(
    state: State<'_, AppState>,
    meeting_id: Arg<String>,
    participant_id: Arg<String>,
    complaint_route: Arg<String>,
) -> Result<MeetingFlow, ApiError> {
    let meeting_id = meeting_id.named("meetingId")?;
    let participant_id = participant_id.named("participantId")?;
    let route = complaint_route.named("complaintRoute")?;
    flow::set_complaint_route(&state, &meeting_id, &participant_id, &route)
}

/// R12/AVG art. 23: lifts a postponement (finalized meetings).
#[tauri::command]
pub async fn lift_postponement(
    state: State<'_, AppState>,
    meeting_id: Arg<String>,
    notification_id: Arg<String>,
    lifted_on: Arg<String>,
) -> Result<MeetingFlow, ApiError> {
    let meeting_id = meeting_id.named("meetingId")?;
    let notification_id = notification_id.named("notificationId")?;
    let on = lifted_on.named("liftedOn")?;
    flow::lift_postponement(&state, &meeting_id, &notification_id, &on)
}

/// R12: the outcome was told to the family (finalized meetings).
#[tauri::command]
pub async fn record_notification_done(
    state: State<'_, AppState>,
    meeting_id: Arg<String>,
    notification_id: Arg<String>,
    done_on: Arg<String>,
) -> Result<MeetingFlow, ApiError> {
    let meeting_id = meeting_id.named("meetingId")?;
    let notification_id = notification_id.named("notificationId")?;
    let on = done_on.named("doneOn")?;
    flow::record_notification_done(&state, &meeting_id, &notification_id, &on)
}

#[tauri::command]
pub async fn finalize_meeting(
    state: State<'_, AppState>,
    meeting_id: Arg<String>,
) -> Result<MeetingFlow, ApiError> {
    let meeting_id = meeting_id.named("meetingId")?;
    flow::finalize_meeting(&state, &meeting_id)
}

// ---- changes and removals before finalizing (R8, R13, R14) --------------------------

use crate::changes;
use crate::dto::changes::ParticipantUpdate;

#[tauri::command]
pub async fn set_parental_authority(
    state: State<'_, AppState>,
    meeting_id: Arg<String>,
    subject_id: Arg<String>,
    holds: Arg<bool>,
) -> Result<MeetingFlow, ApiError> {
    let meeting_id = meeting_id.named("meetingId")?;
    let subject_id = subject_id.named("subjectId")?;
    let holds = holds.named("holds")?;
    changes::set_parental_authority(&state, &meeting_id, &subject_id, holds)
}

/// R14/R21: the address is write-only; it is wiped from this argument after use.
#[tauri::command]
pub async fn set_secret_address(
    state: State<'_, AppState>,
    meeting_id: Arg<String>,
    subject_id: Arg<String>,
    address: Arg<Zeroizing<String>>,
) -> Result<MeetingFlow, ApiError> {
    let meeting_id = meeting_id.named("meetingId")?;
    let subject_id = subject_id.named("subjectId")?;
    let address = address.named("address")?;
    changes::set_secret_address(&state, &meeting_id, &subject_id, &address)
}

#[tauri::command]
pub async fn clear_secret_address(
    state: State<'_, AppState>,
    meeting_id: Arg<String>,
    subject_id: Arg<String>,
) -> Result<MeetingFlow, ApiError> {
    let meeting_id = meeting_id.named("meetingId")?;
    let subject_id = subject_id.named("subjectId")?;
    changes::clear_secret_address(&state, &meeting_id, &subject_id)
}

#[tauri::command]
pub async fn update_participant(
    state: State<'_, AppState>,
    input: Arg<ParticipantUpdate>,
) -> Result<MeetingFlow, ApiError> {
    let input = input.named("input")?;
    changes::update_participant(&state, input)
}

#[tauri::command]
pub async fn remove_subject(
    state: State<'_, AppState>,
    meeting_id: Arg<String>,
    subject_id: Arg<String>,
) -> Result<MeetingFlow, ApiError> {
    let meeting_id = meeting_id.named("meetingId")?;
    let subject_id = subject_id.named("subjectId")?;
    changes::remove_subject(&state, &meeting_id, &subject_id)
}

#[tauri::command]
pub async fn remove_participant(
    state: State<'_, AppState>,
    meeting_id: Arg<String>,
    participant_id: Arg<String>,
) -> Result<MeetingFlow, ApiError> {
    let meeting_id = meeting_id.named("meetingId")?;
    let participant_id = participant_id.named("participantId")?;
    changes::remove_participant(&state, &meeting_id, &participant_id)
}

#[tauri::command]
pub async fn remove_item(
    state: State<'_, AppState>,
    meeting_id: Arg<String>,
    item_id: Arg<String>,
) -> Result<MeetingFlow, ApiError> {
    let meeting_id = meeting_id.named("meetingId")?;
    let item_id = item_id.named("itemId")?;
    changes::remove_item(&state, &meeting_id, &item_id)
}

#[tauri::command]
pub async fn remove_action(
    state: State<'_, AppState>,
    meeting_id: Arg<String>,
    action_id: Arg<String>,
) -> Result<MeetingFlow, ApiError> {
    let meeting_id = meeting_id.named("meetingId")?;
    let action_id = action_id.named("actionId")?;
    changes::remove_action(&state, &meeting_id, &action_id)
}

#[tauri::command]
pub async fn remove_notification(
    state: State<'_, AppState>,
    meeting_id: Arg<String>,
    notification_id: Arg<String>,
) -> Result<MeetingFlow, ApiError> {
    let meeting_id = meeting_id.named("meetingId")?;
    let notification_id = notification_id.named("notificationId")?;
    changes::remove_notification(&state, &meeting_id, &notification_id)
}

// Trust features (R15, R18, R21).

/// The passphrases arrive in a struct; `ZeroizeOnDrop` below wipes them after use.
#[tauri::command]
pub async fn change_passphrase(
    state: State<'_, AppState>,
    input: Arg<Zeroizing<ChangePassphraseInput>>,
) -> Result<(), ApiError> {
    let input = input.named("input")?;
    crate::trust::change_passphrase(&state, &input.0)
}

#[tauri::command]
pub async fn get_settings(state: State<'_, AppState>) -> Result<Settings, ApiError> {
    crate::trust::get_settings(&state)
}

#[tauri::command]
pub async fn set_idle_minutes(
    state: State<'_, AppState>,
    minutes: Arg<u32>,
) -> Result<Settings, ApiError> {
    let minutes = minutes.named("minutes")?;
    crate::trust::set_idle_minutes(&state, minutes)
}

#[tauri::command]
pub async fn set_retention_months(
    state: State<'_, AppState>,
    months: Arg<u32>,
) -> Result<Settings, ApiError> {
    let months = months.named("months")?;
    crate::trust::set_retention_months(&state, months)
}

#[tauri::command]
pub async fn set_retention_ceiling(
    state: State<'_, AppState>,
    ceiling_months: Arg<u32>,
) -> Result<Settings, ApiError> {
    let months = ceiling_months.named("ceilingMonths")?;
    crate::trust::set_retention_ceiling(&state, months)
}

#[tauri::command]
pub async fn set_rights_retention_months(
    state: State<'_, AppState>,
    rights_months: Arg<u32>,
) -> Result<Settings, ApiError> {
    let months = rights_months.named("rightsMonths")?;
    crate::trust::set_rights_retention_months(&state, months)
}

#[tauri::command]
pub async fn verify_audit(state: State<'_, AppState>) -> Result<AuditCheck, ApiError> {
    crate::trust::verify_audit(&state)
}

#[tauri::command]
pub async fn expiring_meetings(
    state: State<'_, AppState>,
) -> Result<Vec<ExpiringMeeting>, ApiError> {
    crate::trust::expiring_meetings(&state)
}

#[tauri::command]
pub async fn extend_retention(
    state: State<'_, AppState>,
    input: Arg<ExtendRetention>,
) -> Result<Vec<ExpiringMeeting>, ApiError> {
    let input = input.named("input")?;
    crate::trust::extend_retention(&state, &input.meeting_id, &input.reason)
}

/// [`ChangePassphrase`] with its passphrases wiped on drop (R21).
#[derive(Debug, Default, serde::Deserialize)]
#[serde(transparent)]
pub struct ChangePassphraseInput(ChangePassphrase);

impl zeroize::Zeroize for ChangePassphraseInput {
    fn zeroize(&mut self) {
        self.0.old.zeroize();
        self.0.new.zeroize();
        self.0.confirmation.zeroize();
    }
}

// ---- documents of a finalized meeting (R14) ------------------------------------------

use crate::dto::documents::{DocumentInfo, SavedDocuments};

#[tauri::command]
pub async fn list_documents(
    state: State<'_, AppState>,
    meeting_id: Arg<String>,
) -> Result<Vec<DocumentInfo>, ApiError> {
    let meeting_id = meeting_id.named("meetingId")?;
    crate::documents::list_documents(&state, &meeting_id)
}

#[tauri::command]
pub async fn save_document<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
    meeting_id: Arg<String>,
    document: Arg<String>,
) -> Result<SavedDocuments, ApiError> {
    let meeting_id = meeting_id.named("meetingId")?;
    let document = document.named("document")?;
    crate::documents::save_document(&app, &state, &meeting_id, &document)
}

#[tauri::command]
pub async fn save_all_documents<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
    meeting_id: Arg<String>,
) -> Result<SavedDocuments, ApiError> {
    let meeting_id = meeting_id.named("meetingId")?;
    crate::documents::save_all_documents(&app, &state, &meeting_id)
}

// ---- anonymous report (R19), breach impact (R20), standard exports -------------------

use crate::dto::reports::{BreachRequest, BreachView, ReportRequest, ReportView};

#[tauri::command]
pub async fn management_report(
    state: State<'_, AppState>,
    input: Arg<ReportRequest>,
) -> Result<ReportView, ApiError> {
    let input = input.named("input")?;
    crate::reports::management_report(&state, input)
}

#[tauri::command]
pub async fn save_management_report<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
    input: Arg<ReportRequest>,
) -> Result<SavedDocuments, ApiError> {
    let input = input.named("input")?;
    crate::reports::save_management_report(&app, &state, input)
}

#[tauri::command]
pub async fn breach_impact(
    state: State<'_, AppState>,
    input: Arg<BreachRequest>,
) -> Result<BreachView, ApiError> {
    let input = input.named("input")?;
    crate::reports::breach_impact(&state, input)
}

#[tauri::command]
pub async fn save_breach_impact<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
    input: Arg<BreachRequest>,
) -> Result<SavedDocuments, ApiError> {
    let input = input.named("input")?;
    crate::reports::save_breach_impact(&app, &state, input)
}

#[tauri::command]
pub async fn save_meeting_export<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
    meeting_id: Arg<String>,
    export: Arg<String>,
) -> Result<SavedDocuments, ApiError> {
    let meeting_id = meeting_id.named("meetingId")?;
    let export = export.named("export")?;
    crate::reports::save_meeting_export(&app, &state, &meeting_id, &export)
}

// ---- rights requests and the access report (R17, R14d) ---------------------------------

use crate::dto::rights::{GrantOutcome, KnownSubject, NewRightsRequest, RightsRequestView};

#[tauri::command]
pub async fn known_subjects(state: State<'_, AppState>) -> Result<Vec<KnownSubject>, ApiError> {
    crate::rights::known_subjects(&state)
}

#[tauri::command]
pub async fn list_rights_requests(
    state: State<'_, AppState>,
) -> Result<Vec<RightsRequestView>, ApiError> {
    crate::rights::list_rights_requests(&state)
}

#[tauri::command]
pub async fn register_rights_request(
    state: State<'_, AppState>,
    input: Arg<NewRightsRequest>,
) -> Result<RightsRequestView, ApiError> {
    let input = input.named("input")?;
    crate::rights::register_rights_request(&state, input)
}

#[tauri::command]
pub async fn extend_rights_request(
    state: State<'_, AppState>,
    request_id: Arg<String>,
    notice: Arg<String>,
) -> Result<RightsRequestView, ApiError> {
    let request_id = request_id.named("requestId")?;
    let notice = notice.named("notice")?;
    crate::rights::extend_rights_request(&state, &request_id, &notice)
}

#[tauri::command]
pub async fn grant_rights_request(
    state: State<'_, AppState>,
    request_id: Arg<String>,
) -> Result<GrantOutcome, ApiError> {
    let request_id = request_id.named("requestId")?;
    crate::rights::grant_rights_request(&state, &request_id)
}

#[tauri::command]
pub async fn refuse_rights_request(
    state: State<'_, AppState>,
    request_id: Arg<String>,
    reason: Arg<String>,
) -> Result<RightsRequestView, ApiError> {
    let request_id = request_id.named("requestId")?;
    let reason = reason.named("reason")?;
    crate::rights::refuse_rights_request(&state, &request_id, &reason)
}

#[tauri::command]
pub async fn complete_rights_request(
    state: State<'_, AppState>,
    request_id: Arg<String>,
) -> Result<RightsRequestView, ApiError> {
    let request_id = request_id.named("requestId")?;
    crate::rights::complete_rights_request(&state, &request_id)
}

#[tauri::command]
pub async fn save_access_report<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
    request_id: Arg<String>,
) -> Result<SavedDocuments, ApiError> {
    let request_id = request_id.named("requestId")?;
    crate::rights::save_access_report(&app, &state, &request_id)
}

#[tauri::command]
pub async fn create_follow_up(
    state: State<'_, AppState>,
    input: Arg<crate::dto::followup::NewFollowUp>,
) -> Result<crate::dto::flow::MeetingFlow, ApiError> {
    let input = input.named("input")?;
    crate::followup::create_follow_up(&state, input)
}

#[tauri::command]
pub async fn set_carried_status(
    state: State<'_, AppState>,
    input: Arg<crate::dto::followup::SetCarriedStatus>,
) -> Result<crate::dto::flow::MeetingFlow, ApiError> {
    let input = input.named("input")?;
    crate::followup::set_carried_status(&state, input)
}

#[tauri::command]
pub async fn get_presentation(
    state: State<'_, AppState>,
    id: Arg<String>,
) -> Result<crate::dto::followup::Presentation, ApiError> {
    let id = id.named("id")?;
    crate::followup::get_presentation(&state, &id)
}

#[tauri::command]
pub async fn search_meetings(
    state: State<'_, AppState>,
    query: Arg<String>,
) -> Result<Vec<crate::dto::search::SearchHit>, ApiError> {
    let query = query.named("query")?;
    crate::search::search_meetings(&state, &query)
}

#[tauri::command]
pub async fn set_attendance(
    state: State<'_, AppState>,
    input: Arg<crate::dto::attendance::SetAttendance>,
) -> Result<crate::dto::flow::MeetingFlow, ApiError> {
    let input = input.named("input")?;
    crate::attendance::set_attendance(&state, input)
}

// ---- breach register (R20) -----------------------------------------------------------

#[tauri::command]
pub async fn list_breaches(
    state: State<'_, AppState>,
) -> Result<Vec<crate::dto::reports::BreachEntry>, ApiError> {
    crate::breach::list_breaches(&state)
}

#[tauri::command]
pub async fn register_breach(
    state: State<'_, AppState>,
    input: Arg<crate::dto::reports::NewBreach>,
) -> Result<crate::dto::reports::BreachEntry, ApiError> {
    let input = input.named("input")?;
    crate::breach::register_breach(&state, input)
}

#[tauri::command]
pub async fn mark_breach_partners_informed(
    state: State<'_, AppState>,
    input: Arg<crate::dto::reports::PartnersInformed>,
) -> Result<crate::dto::reports::BreachEntry, ApiError> {
    let input = input.named("input")?;
    crate::breach::mark_breach_partners_informed(&state, input)
}

#[tauri::command]
pub async fn breach_lists(
    state: State<'_, AppState>,
    breach_id: Arg<String>,
) -> Result<crate::dto::reports::BreachListsView, ApiError> {
    let breach_id = breach_id.named("breachId")?;
    crate::breach::breach_lists(&state, &breach_id)
}

// ---- custom legal bases per organisation type (R7b) ---------------------------------

#[tauri::command]
pub async fn list_custom_bases(
    state: State<'_, AppState>,
) -> Result<Vec<crate::dto::bases::CustomBasisView>, ApiError> {
    crate::bases::list_custom_bases(&state)
}

#[tauri::command]
pub async fn add_custom_basis(
    state: State<'_, AppState>,
    input: Arg<crate::dto::bases::NewCustomBasis>,
) -> Result<Vec<crate::dto::bases::CustomBasisView>, ApiError> {
    let input = input.named("input")?;
    crate::bases::add_custom_basis(&state, input)
}

#[tauri::command]
pub async fn remove_custom_basis(
    state: State<'_, AppState>,
    basis_id: Arg<String>,
) -> Result<Vec<crate::dto::bases::CustomBasisView>, ApiError> {
    let basis_id = basis_id.named("basisId")?;
    crate::bases::remove_custom_basis(&state, &basis_id)
}
