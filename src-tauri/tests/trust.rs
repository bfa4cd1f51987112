#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The trust commands (R15, R18, R21) against a real encrypted store, without a window.

use casusoverleg_lib::commands;
use casusoverleg_lib::dto::NewMeeting;
use casusoverleg_lib::dto::{ChangePassphrase, ExtendRetention};
use casusoverleg_lib::state::AppState;

const PASS: &str = "een lang genoeg wachtwoord";
const NEW_PASS: &str = "een ander lang wachtwoord";

fn unlocked() -> (tempfile::TempDir, AppState) {
    let dir = tempfile::tempdir().unwrap();
    let state = AppState::new(dir.path().to_path_buf());
    commands::lock::create_store(&state, PASS, PASS).unwrap();
    (dir, state)
}

fn meeting_on(label: &str, date: &str) -> NewMeeting {
    NewMeeting {
        case_label: label.into(),
        date: date.into(),
        purpose: "Hulp afstemmen".into(),
        criteria: None,
        family_present: None,
        anonymous: None,
        family_absence_reason: Some(
            "Moeder wil eerst zelf met de school praten, daarna sluit ze aan.".into(),
        ),
    }
}

fn change(old: &str, new: &str, confirmation: &str) -> ChangePassphrase {
    ChangePassphrase {
        old: old.into(),
        new: new.into(),
        confirmation: confirmation.into(),
    }
}

#[test]
fn r15_unlock_destroys_a_meeting_whose_retention_has_passed() {
    let (_dir, state) = unlocked();
    let today = commands::today();
    // Held 7 months ago: its default destroy-after date (6 months) has passed.
    let old = today - chrono::Months::new(7);
    let expired =
        commands::meeting::create_meeting(&state, meeting_on("Oud", &old.to_string())).unwrap();
    let kept =
        commands::meeting::create_meeting(&state, meeting_on("Nieuw", &today.to_string())).unwrap();
    commands::lock::lock(&state).unwrap();

    let unlocked = commands::lock::unlock(&state, PASS).unwrap();
    assert_eq!(unlocked.destroyed, 1);
    // Unreachable at once; its rows wait for the chunks after the unlock.
    assert!(state.destroying());
    let check = |state: &AppState| {
        let list = commands::meeting::list_meetings(state).unwrap();
        let ids: Vec<_> = list.meetings.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids, vec![kept.id.as_str()]);
        let e = commands::meeting::get_meeting(state, &expired.id).unwrap_err();
        assert_eq!(e.code, "not_found");
        assert!(commands::settings::verify_audit(state).unwrap().intact);
    };
    check(&state);
    assert!(
        !state.destroy_pending_chunk(),
        "one chunk holds one meeting"
    );
    assert!(!state.destroying());
    check(&state);
}

#[test]
fn r15_expiring_list_and_extension_with_reason() {
    let (_dir, state) = unlocked();
    // Destroy-after date in 10 days.
    let date = commands::today() - chrono::Months::new(6) + chrono::Days::new(10);
    let m =
        commands::meeting::create_meeting(&state, meeting_on("Bijna", &date.to_string())).unwrap();
    let list = commands::meeting::expiring_meetings(&state).unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].id.to_string(), m.id);

    let e = commands::meeting::extend_retention(
        &state,
        ExtendRetention {
            meeting_id: m.id.clone(),
            reason: " ".into(),
        },
    )
    .unwrap_err();
    assert_eq!(
        (e.code.as_str(), e.field.as_deref()),
        ("empty", Some("reason"))
    );
    assert_eq!(e.message, "Vul de reden in.");
    let input = ExtendRetention {
        meeting_id: m.id.clone(),
        reason: "De hulp aan het gezin loopt nog door".into(),
    };
    let list = commands::meeting::extend_retention(&state, input).unwrap();
    assert!(list.is_empty(), "no longer expiring within 30 days");
}

#[test]
fn r21_change_passphrase_checks_old_and_new_in_dutch() {
    let (_dir, state) = unlocked();
    let e = commands::settings::change_passphrase(
        &state,
        change("fout wachtwoord!", NEW_PASS, NEW_PASS),
    )
    .unwrap_err();
    assert_eq!(e.code, "wrong_old_passphrase");
    assert_eq!(e.field.as_deref(), Some("oldPassphrase"));
    assert!(e.message.starts_with("Het huidige wachtwoord is onjuist"));
    let e = commands::settings::change_passphrase(&state, change(PASS, PASS, PASS)).unwrap_err();
    assert_eq!(e.code, "passphrase_unchanged");
    let e = commands::settings::change_passphrase(&state, change(PASS, NEW_PASS, "anders"))
        .unwrap_err();
    assert_eq!(e.code, "passphrase_mismatch");

    commands::settings::change_passphrase(&state, change(PASS, NEW_PASS, NEW_PASS)).unwrap();
    commands::lock::lock(&state).unwrap();
    assert_eq!(
        commands::lock::unlock(&state, PASS).unwrap_err().code,
        "wrong_passphrase"
    );
    commands::lock::unlock(&state, NEW_PASS).unwrap();
}

#[test]
fn r21_idle_setting_is_bounded_and_applies_after_unlock() {
    let (_dir, state) = unlocked();
    let s = commands::settings::get_settings(&state).unwrap();
    assert_eq!((s.idle_minutes, s.retention_months), (5, 6));
    let e = commands::settings::set_idle_minutes(&state, 61u32).unwrap_err();
    assert_eq!(e.code, "out_of_range");
    assert_eq!(
        e.message,
        "De tijd tot vergrendelen moet tussen 1 en 60 liggen."
    );
    commands::settings::set_idle_minutes(&state, 2u32).unwrap();
    assert_eq!(state.idle_policy().timeout().as_secs(), 120);
    commands::lock::lock(&state).unwrap();
    let fresh = AppState::new(_dir.path().to_path_buf());
    assert_eq!(
        fresh.idle_policy().timeout().as_secs(),
        300,
        "before unlock"
    );
    commands::lock::unlock(&fresh, PASS).unwrap();
    assert_eq!(fresh.idle_policy().timeout().as_secs(), 120);
    let check = commands::settings::verify_audit(&fresh).unwrap();
    assert!(check.intact && check.file_intact && check.entries >= 2);
}
