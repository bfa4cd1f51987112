//! Opening and closing the encrypted store (R15, R21), and changing its passphrase.

use crate::dto::{ApiError, ChangePassphrase, Unlocked};
use crate::state::{AppState, OnLock};
use domain::Field;
use store::Store;
use texts::errors::WRONG_OLD_PASSPHRASE;

/// Opens the store with the passphrase. Wrong: "Onjuist wachtwoord", and the chair may
/// simply try again. R15: expired meetings are made unreachable before anything is shown
/// (their rows are destroyed in chunks after the answer, `destroyer`); if that fails the
/// store stays locked. R21: the chair's idle time applies from now on.
pub(crate) fn unlock(state: &AppState, passphrase: &str) -> Result<Unlocked, ApiError> {
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
        super::today(),
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

/// Closes the store (R21); SQLCipher wipes its key when the connection closes. The audit
/// log records why (NEN 7513); a failing log entry never keeps the store open.
pub fn lock_for(state: &AppState, reason: domain::LockReason) -> Result<(), ApiError> {
    // R21: a lock by hand ends the session's place; one over a running meeting keeps it.
    if !reason.keeps_place() {
        state.set_place(None);
    }
    let store = state.store_slot().take();
    state.forget_sent_page();
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

/// R21: the old passphrase is checked by a real key check; the new one follows the policy
/// and differs from the old one. Wrong old passphrase: nothing changes.
pub(crate) fn change_passphrase(
    state: &AppState,
    input: &ChangePassphrase,
) -> Result<(), ApiError> {
    domain::check_passphrase_change(&input.old, &input.new, &input.confirmation)?;
    state
        .with_store(|s| s.change_passphrase(&input.old, &input.new, chrono::Utc::now()))
        .map_err(|e| {
            if e.code == "wrong_passphrase" {
                ApiError {
                    field: domain::wire_name(&Field::OldPassphrase).map(str::to_owned),
                    ..ApiError::new("wrong_old_passphrase", WRONG_OLD_PASSPHRASE)
                }
            } else {
                e
            }
        })
}
