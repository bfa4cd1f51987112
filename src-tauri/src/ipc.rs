//! The Tauri commands: one line each, deserialize → command body → serialize. Async, so
//! key derivation (≈0.3 s) and store IO never block the window's main thread.

use crate::commands::{self, AppState};
use crate::corrections;
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
pub async fn passphrase_hint(passphrase: Zeroizing<String>) -> Result<Strength, ApiError> {
    Ok(commands::passphrase_hint(&passphrase))
}

#[tauri::command]
pub async fn create_store(
    state: State<'_, AppState>,
    passphrase: Zeroizing<String>,
    confirmation: Zeroizing<String>,
) -> Result<(), ApiError> {
    commands::create_store(&state, &passphrase, &confirmation)
}

#[tauri::command]
pub async fn unlock(
    state: State<'_, AppState>,
    passphrase: Zeroizing<String>,
) -> Result<crate::dto::Unlocked, ApiError> {
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
    input: NewMeeting,
) -> Result<MeetingSummary, ApiError> {
    commands::create_meeting(&state, input)
}

#[tauri::command]
pub async fn get_meeting(
    state: State<'_, AppState>,
    id: String,
) -> Result<MeetingDetail, ApiError> {
    commands::get_meeting(&state, &id)
}

#[tauri::command]
pub async fn add_participant(
    state: State<'_, AppState>,
    input: NewParticipant,
) -> Result<Participant, ApiError> {
    commands::add_participant(&state, input)
}

#[tauri::command]
pub async fn add_item(state: State<'_, AppState>, input: NewItem) -> Result<Item, ApiError> {
    commands::add_item(&state, input)
}

// ---- the complete meeting (R1–R15) --------------------------------------------------

use crate::dto::flow::{
    ItemBasisInput, MeetingFlow, NewAction, NewConsent, NewNotification, NewSubject, Preparation,
    ReferenceData, ReleaseInput, WithdrawalOutcome,
};
use crate::flow;

#[tauri::command]
pub async fn reference_data() -> Result<ReferenceData, ApiError> {
    Ok(flow::reference_data())
}

#[tauri::command]
pub async fn get_meeting_flow(
    state: State<'_, AppState>,
    id: String,
) -> Result<MeetingFlow, ApiError> {
    flow::get_meeting_flow(&state, &id)
}

#[tauri::command]
pub async fn update_preparation(
    state: State<'_, AppState>,
    input: Preparation,
) -> Result<MeetingFlow, ApiError> {
    flow::update_preparation(&state, input)
}

#[tauri::command]
pub async fn add_subject(
    state: State<'_, AppState>,
    input: NewSubject,
) -> Result<MeetingFlow, ApiError> {
    flow::add_subject(&state, input)
}

#[tauri::command]
pub async fn set_subject_present(
    state: State<'_, AppState>,
    meeting_id: String,
    subject_id: String,
    present: bool,
) -> Result<MeetingFlow, ApiError> {
    flow::set_subject_present(&state, &meeting_id, &subject_id, present)
}

#[tauri::command]
pub async fn record_pledge(
    state: State<'_, AppState>,
    meeting_id: String,
    participant_id: String,
) -> Result<MeetingFlow, ApiError> {
    flow::record_pledge(&state, &meeting_id, &participant_id)
}

#[tauri::command]
pub async fn set_item_basis(
    state: State<'_, AppState>,
    input: ItemBasisInput,
) -> Result<MeetingFlow, ApiError> {
    flow::set_item_basis(&state, input)
}

#[tauri::command]
pub async fn add_consent(
    state: State<'_, AppState>,
    input: NewConsent,
) -> Result<MeetingFlow, ApiError> {
    flow::add_consent(&state, input)
}

#[tauri::command]
pub async fn withdraw_consent(
    state: State<'_, AppState>,
    meeting_id: String,
    consent_id: String,
) -> Result<WithdrawalOutcome, ApiError> {
    flow::withdraw_consent(&state, &meeting_id, &consent_id)
}

#[tauri::command]
pub async fn correct_item(
    state: State<'_, AppState>,
    input: CorrectionRequest,
) -> Result<CorrectionOutcome, ApiError> {
    corrections::correct_item(&state, input)
}

#[tauri::command]
pub async fn item_history(
    state: State<'_, AppState>,
    meeting_id: String,
    item_id: String,
) -> Result<Vec<ItemVersion>, ApiError> {
    corrections::item_history(&state, &meeting_id, &item_id)
}

#[tauri::command]
pub async fn add_action(
    state: State<'_, AppState>,
    input: NewAction,
) -> Result<MeetingFlow, ApiError> {
    flow::add_action(&state, input)
}

#[tauri::command]
pub async fn decide_release(
    state: State<'_, AppState>,
    input: ReleaseInput,
) -> Result<MeetingFlow, ApiError> {
    flow::decide_release(&state, input)
}

#[tauri::command]
pub async fn add_notification(
    state: State<'_, AppState>,
    input: NewNotification,
) -> Result<MeetingFlow, ApiError> {
    flow::add_notification(&state, input)
}

#[tauri::command]
pub async fn set_retention(
    state: State<'_, AppState>,
    meeting_id: String,
    until: String,
) -> Result<MeetingFlow, ApiError> {
    flow::set_retention(&state, &meeting_id, &until)
}

#[tauri::command]
pub async fn finalize_meeting(
    state: State<'_, AppState>,
    meeting_id: String,
) -> Result<MeetingFlow, ApiError> {
    flow::finalize_meeting(&state, &meeting_id)
}

// ---- changes and removals before finalizing (R8, R13, R14) --------------------------

use crate::changes;
use crate::dto::changes::ParticipantUpdate;

#[tauri::command]
pub async fn set_parental_authority(
    state: State<'_, AppState>,
    meeting_id: String,
    subject_id: String,
    holds: bool,
) -> Result<MeetingFlow, ApiError> {
    changes::set_parental_authority(&state, &meeting_id, &subject_id, holds)
}

/// R14/R21: the address is write-only; it is wiped from this argument after use.
#[tauri::command]
pub async fn set_secret_address(
    state: State<'_, AppState>,
    meeting_id: String,
    subject_id: String,
    address: Zeroizing<String>,
) -> Result<MeetingFlow, ApiError> {
    changes::set_secret_address(&state, &meeting_id, &subject_id, &address)
}

#[tauri::command]
pub async fn clear_secret_address(
    state: State<'_, AppState>,
    meeting_id: String,
    subject_id: String,
) -> Result<MeetingFlow, ApiError> {
    changes::clear_secret_address(&state, &meeting_id, &subject_id)
}

#[tauri::command]
pub async fn update_participant(
    state: State<'_, AppState>,
    input: ParticipantUpdate,
) -> Result<MeetingFlow, ApiError> {
    changes::update_participant(&state, input)
}

#[tauri::command]
pub async fn remove_subject(
    state: State<'_, AppState>,
    meeting_id: String,
    subject_id: String,
) -> Result<MeetingFlow, ApiError> {
    changes::remove_subject(&state, &meeting_id, &subject_id)
}

#[tauri::command]
pub async fn remove_participant(
    state: State<'_, AppState>,
    meeting_id: String,
    participant_id: String,
) -> Result<MeetingFlow, ApiError> {
    changes::remove_participant(&state, &meeting_id, &participant_id)
}

#[tauri::command]
pub async fn remove_item(
    state: State<'_, AppState>,
    meeting_id: String,
    item_id: String,
) -> Result<MeetingFlow, ApiError> {
    changes::remove_item(&state, &meeting_id, &item_id)
}

#[tauri::command]
pub async fn remove_action(
    state: State<'_, AppState>,
    meeting_id: String,
    action_id: String,
) -> Result<MeetingFlow, ApiError> {
    changes::remove_action(&state, &meeting_id, &action_id)
}

#[tauri::command]
pub async fn remove_notification(
    state: State<'_, AppState>,
    meeting_id: String,
    notification_id: String,
) -> Result<MeetingFlow, ApiError> {
    changes::remove_notification(&state, &meeting_id, &notification_id)
}

// Trust features (R15, R18, R21).

/// The passphrases arrive in a struct; `ZeroizeOnDrop` below wipes them after use.
#[tauri::command]
pub async fn change_passphrase(
    state: State<'_, AppState>,
    input: Zeroizing<ChangePassphraseInput>,
) -> Result<(), ApiError> {
    crate::trust::change_passphrase(&state, &input.0)
}

#[tauri::command]
pub async fn get_settings(state: State<'_, AppState>) -> Result<Settings, ApiError> {
    crate::trust::get_settings(&state)
}

#[tauri::command]
pub async fn set_idle_minutes(
    state: State<'_, AppState>,
    minutes: u32,
) -> Result<Settings, ApiError> {
    crate::trust::set_idle_minutes(&state, minutes)
}

#[tauri::command]
pub async fn set_retention_months(
    state: State<'_, AppState>,
    months: u32,
) -> Result<Settings, ApiError> {
    crate::trust::set_retention_months(&state, months)
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
    input: ExtendRetention,
) -> Result<Vec<ExpiringMeeting>, ApiError> {
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
    meeting_id: String,
) -> Result<Vec<DocumentInfo>, ApiError> {
    crate::documents::list_documents(&state, &meeting_id)
}

#[tauri::command]
pub async fn save_document<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
    meeting_id: String,
    document: String,
) -> Result<SavedDocuments, ApiError> {
    crate::documents::save_document(&app, &state, &meeting_id, &document)
}

#[tauri::command]
pub async fn save_all_documents<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, AppState>,
    meeting_id: String,
) -> Result<SavedDocuments, ApiError> {
    crate::documents::save_all_documents(&app, &state, &meeting_id)
}

#[tauri::command]
pub async fn create_follow_up(
    state: State<'_, AppState>,
    input: crate::dto::followup::NewFollowUp,
) -> Result<crate::dto::flow::MeetingFlow, ApiError> {
    crate::followup::create_follow_up(&state, input)
}

#[tauri::command]
pub async fn set_carried_status(
    state: State<'_, AppState>,
    input: crate::dto::followup::SetCarriedStatus,
) -> Result<crate::dto::flow::MeetingFlow, ApiError> {
    crate::followup::set_carried_status(&state, input)
}

#[tauri::command]
pub async fn get_presentation(
    state: State<'_, AppState>,
    id: String,
) -> Result<crate::dto::followup::Presentation, ApiError> {
    crate::followup::get_presentation(&state, &id)
}

#[tauri::command]
pub async fn search_meetings(
    state: State<'_, AppState>,
    query: String,
) -> Result<Vec<crate::dto::search::SearchHit>, ApiError> {
    crate::search::search_meetings(&state, &query)
}

#[tauri::command]
pub async fn set_attendance(
    state: State<'_, AppState>,
    input: crate::dto::attendance::SetAttendance,
) -> Result<crate::dto::flow::MeetingFlow, ApiError> {
    crate::attendance::set_attendance(&state, input)
}
