//! The Tauri commands: one line each, deserialize → command body → serialize. Async, so
//! key derivation (≈0.3 s) and store IO never block the window's main thread.

use crate::commands::{self, AppState};
use crate::dto::{
    ApiError, Item, MeetingDetail, MeetingSummary, NewItem, NewMeeting, NewParticipant,
    Participant, StoreState, Strength,
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
) -> Result<(), ApiError> {
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
pub async fn list_meetings(state: State<'_, AppState>) -> Result<Vec<MeetingSummary>, ApiError> {
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
