//! Opening and closing the encrypted store (R15, R21).

use crate::commands::*;
use crate::dto::{ApiError, Place, StoreState, Unlocked};
use crate::state::OnLock;
use store::Store;

pub fn store_state(state: &AppState) -> StoreState {
    let unlocked = state.slot().is_some();
    StoreState {
        exists: store::store_exists(state.data_dir()),
        unlocked,
        resumes: !unlocked && state.has_place(),
        passphrase_min_chars: u32::try_from(domain::PASSPHRASE_MIN_CHARS).unwrap_or(u32::MAX),
    }
}

/// First start: checks the passphrase policy (R21), creates the store and unlocks it.
pub fn create_store(
    state: &AppState,
    passphrase: &str,
    confirmation: &str,
) -> Result<(), ApiError> {
    domain::check_new_passphrase(passphrase, confirmation)?;
    let mut slot = state.slot();
    let store = Store::create(state.data_dir(), passphrase)?;
    state.apply_idle_setting(store.settings()?.idle);
    *slot = Some(store);
    Ok(())
}

/// Opens the store with the passphrase. Wrong: "Onjuist wachtwoord", and the chair may
/// simply try again. R15: expired meetings are made unreachable before anything is shown
/// (their rows are destroyed in chunks after the answer, `destroyer`); if that fails the
/// store stays locked. R21: the chair's idle time applies from now on.
pub fn unlock(state: &AppState, passphrase: &str) -> Result<Unlocked, ApiError> {
    let mut slot = state.slot();
    if let Some(store) = slot.as_ref() {
        // R21: an open store still checks the passphrase (a real key check).
        store.check_passphrase(passphrase)?;
        return Ok(Unlocked {
            destroyed: 0,
            place: None,
        });
    }
    // R15 × NEN 7513: the store destroys what expired and logs failed tries and this
    // unlock, or stays locked.
    let unlocked = Store::unlock(
        state.data_dir(),
        passphrase,
        &mut state.failed_unlocks(),
        crate::commands::today(),
        chrono::Utc::now(),
    )?;
    state.apply_idle_setting(unlocked.settings.idle);
    *slot = Some(unlocked.store);
    // R15: the hidden meetings' rows go in chunks after this answer (`destroyer`).
    state.set_destroying(unlocked.destroying_left > 0);
    Ok(Unlocked {
        destroyed: u32::try_from(unlocked.destroyed.len()).unwrap_or(u32::MAX),
        place: state.take_place(),
    })
}

/// The chair locks the store by hand (R21).
pub fn lock(state: &AppState) -> Result<(), ApiError> {
    lock_for(state, domain::LockReason::ByHand)
}

/// Closes the store (R21); SQLCipher wipes its key when the connection closes. The audit
/// log records why (NEN 7513); a failing log entry never keeps the store open.
pub fn lock_for(state: &AppState, reason: domain::LockReason) -> Result<(), ApiError> {
    // R21: a lock by hand ends the session's place; one over a running meeting keeps it.
    if !reason.keeps_place() {
        state.set_place(None);
    }
    let store = state.store_slot().take();
    match store {
        Some(store) => {
            let closed = store
                .lock(reason, chrono::Utc::now())
                .map_err(ApiError::from);
            if let Some(OnLock(f)) = state.on_lock.get() {
                f(reason);
            }
            closed
        }
        None => Ok(()),
    }
}

/// R21: the UI tells where the chair is in a meeting (ids only), so a lock over the
/// meeting can come back to it. Ignored while locked.
pub fn remember_place(state: &AppState, place: Place) -> Result<(), ApiError> {
    let meeting = meeting_id(&place.meeting_id)?;
    if state.is_unlocked() {
        state.set_place(Some(Place {
            meeting_id: meeting.to_string(),
            ..place
        }));
    }
    Ok(())
}

/// R21: the chair left the meeting: nothing to come back to after a lock.
pub fn forget_place(state: &AppState) {
    state.set_place(None);
}

/// The UI reports that the chair is typing or clicking (R21: not idle).
pub fn touch_activity(state: &AppState) {
    state.touch();
}
