//! Helpers shared by the command-layer tests: a store unlocked in a temporary folder,
//! and a meeting, participants, family members and items made through the commands with
//! arguments built as the JSON the UI sends. Each test file uses a part of them.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use casusoverleg_lib::commands;
use casusoverleg_lib::dto::{NewItem, NewMeeting, NewParticipant, NewSubject};
use casusoverleg_lib::state::AppState;
use serde::de::DeserializeOwned;
use serde_json::{json, Value};

pub const PASS: &str = "een lang genoeg wachtwoord";

pub fn de<T: DeserializeOwned>(v: Value) -> T {
    serde_json::from_value(v).expect("the DTO accepts any JSON for its enum fields")
}

pub fn unlocked() -> (tempfile::TempDir, AppState) {
    let dir = tempfile::tempdir().unwrap();
    let state = AppState::new(dir.path().to_path_buf());
    commands::lock::create_store(&state, PASS, PASS).unwrap();
    (dir, state)
}

pub fn meeting(state: &AppState, anonymous: bool) -> String {
    commands::meeting::create_meeting(
        state,
        // R4: an anonymous meeting is known by a code.
        de::<NewMeeting>(json!({"caseLabel": if anonymous { "Casus W-1" } else { "Gezin Wijzig" }, "date": "2026-11-24",
                  "purpose": "Hulp afstemmen", "anonymous": anonymous,
                  "criteria": "Zorgen over de veiligheid thuis; meerdere hulpverleners.",
                  "familyAbsenceReason": "Moeder wil eerst zelf met de school praten."})),
    )
    .unwrap()
    .id
}

pub fn participant_json(m: &str, name: &str, role: Value) -> Value {
    json!({"meetingId": m, "name": name, "organisation": "Veilig Thuis Haaglanden",
           "function": "", "phone": "", "email": "", "role": role,
           "organisationType": "veilig_thuis", "secrecy": true})
}

pub fn participant(state: &AppState, m: &str, name: &str, role: &str) -> String {
    commands::participants::add_participant(
        state,
        de::<NewParticipant>(participant_json(m, name, json!(role))),
    )
    .unwrap()
    .id
}

pub fn subject(state: &AppState, m: &str, relation: &str, birth: &str, gezag: bool) -> String {
    let f = commands::family::add_subject(
        state,
        de::<NewSubject>(
            json!({"meetingId": m, "relation": relation, "name": "", "birthDate": birth,
                  "present": false, "parentalAuthority": gezag}),
        ),
    )
    .unwrap();
    f.subjects.last().unwrap().id.to_string()
}

pub fn item(state: &AppState, m: &str, by: &str, subjects: &[&str]) -> String {
    commands::items::add_item(
        state,
        de::<NewItem>(
            json!({"meetingId": m, "contributorId": by, "text": "Zorgen over school",
                  "kind": "fact", "category": "general", "source": "own", "subjectIds": subjects}),
        ),
    )
    .unwrap()
    .id
    .to_string()
}
