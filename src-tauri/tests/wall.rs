#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The wall through the command layer: presentation mode never carries the text of a
//! special-category item until the chair shows it, and a lock over a running meeting
//! (R21) gives back the chair's place (ids only) once at unlock; a lock by hand does not.

use casusoverleg_lib::commands;
use casusoverleg_lib::dto::*;
use casusoverleg_lib::state::AppState;

const PASS: &str = "een lang genoeg wachtwoord";

fn unlocked() -> (tempfile::TempDir, AppState) {
    let dir = tempfile::tempdir().unwrap();
    let state = AppState::new(dir.path().to_path_buf());
    commands::lock::create_store(&state, PASS, PASS).unwrap();
    (dir, state)
}

fn meeting(state: &AppState) -> String {
    commands::meeting::create_meeting(
        state,
        NewMeeting {
            case_label: "Gezin Wand".into(),
            date: "2026-11-24".into(),
            purpose: "Hulp afstemmen".into(),
            criteria: None,
            family_present: Some(true),
            anonymous: Some(false),
            family_absence_reason: None,
        },
    )
    .unwrap()
    .id
}

fn item(state: &AppState, m: &str, by: &str, text: &str, category: Category) -> String {
    commands::items::add_item(
        state,
        NewItem {
            meeting_id: m.into(),
            contributor_id: by.into(),
            text: text.into(),
            kind: Kind::Fact.into(),
            category: category.into(),
            source: SourceKind::OwnObservation.into(),
            source_detail: None,
            subject_ids: None,
            basis: None,
            consents: None,
        },
    )
    .unwrap()
    .id
    .to_string()
}

#[test]
fn wall_special_category_item_is_off_the_presentation_until_the_chair_shows_it() {
    let (_dir, state) = unlocked();
    let m = meeting(&state);
    let lead = commands::participants::add_participant(
        &state,
        NewParticipant {
            meeting_id: m.clone(),
            name: "Anna Regie".into(),
            organisation: "Wijkteam".into(),
            function: String::new(),
            phone: String::new(),
            email: String::new(),
            role: Role::CaseLead.into(),
            organisation_type: Some("wijkteam".into()),
            secrecy: Some(true),
            expertise_only: None,
        },
    )
    .unwrap()
    .id;
    let special = item(
        &state,
        &m,
        &lead,
        "Moeder heeft een depressie",
        Category::Special,
    );
    item(
        &state,
        &m,
        &lead,
        "Sem gaat graag naar school",
        Category::General,
    );

    let wall = |state: &AppState| {
        serde_json::to_string(&commands::meeting::get_presentation(state, &m).unwrap()).unwrap()
    };
    let before = wall(&state);
    assert!(!before.contains("depressie"), "{before}");
    assert!(before.contains("graag naar school"));
    assert!(before.contains("\"hidden\":1"), "{before}");

    let flow = commands::items::set_on_wall(&state, &m, &special, true).unwrap();
    let profile = flow
        .item_profiles
        .iter()
        .find(|p| p.item_id == special)
        .unwrap();
    assert!(profile.on_wall);
    let after = wall(&state);
    assert!(after.contains("Moeder heeft een depressie"));
    assert!(after.contains("\"hidden\":0"));
}

fn place(m: &str) -> Place {
    serde_json::from_value(serde_json::json!({
        "meetingId": m, "section": "items", "presenting": true, "topic": 2
    }))
    .unwrap()
}

#[test]
fn r21_idle_lock_over_a_meeting_keeps_the_place_and_unlock_gives_it_back_once() {
    let (_dir, state) = unlocked();
    let m = meeting(&state);
    commands::lock::remember_place(&state, place(&m)).unwrap();
    commands::lock_for(&state, domain::LockReason::Idle).unwrap();
    assert!(commands::lock::store_state(&state).unwrap().resumes);
    let back = commands::lock::unlock(&state, PASS).unwrap().place;
    assert_eq!(back, Some(place(&m)));
    commands::lock_for(&state, domain::LockReason::ScreenLock).unwrap();
    assert_eq!(commands::lock::unlock(&state, PASS).unwrap().place, None);
}

#[test]
fn r21_lock_by_hand_or_leaving_the_meeting_forgets_the_place() {
    let (_dir, state) = unlocked();
    let m = meeting(&state);
    commands::lock::remember_place(&state, place(&m)).unwrap();
    commands::lock::lock(&state).unwrap();
    assert!(!commands::lock::store_state(&state).unwrap().resumes);
    assert_eq!(commands::lock::unlock(&state, PASS).unwrap().place, None);

    commands::lock::remember_place(&state, place(&m)).unwrap();
    commands::lock::forget_place(&state).unwrap();
    commands::lock_for(&state, domain::LockReason::Sleep).unwrap();
    assert_eq!(commands::lock::unlock(&state, PASS).unwrap().place, None);
    // A place is ids only: no meeting id, no place.
    let mut bad = place(&m);
    bad.meeting_id = "Gezin Wand".into();
    assert!(commands::lock::remember_place(&state, bad).is_err());
}
