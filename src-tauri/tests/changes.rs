#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Through the command layer, with arguments built as the JSON the UI sends (Tauri
//! deserializes each argument the same way, with serde_json): unknown enum values and
//! wrong JSON types get a Dutch error (one mechanism, `dto::Choice`); gezag and the
//! write-only secret address (R8, R14/R21); removals and corrections before finalizing
//! (R13), with "a removed participant" as bad input.

use casusoverleg_lib::commands;
use casusoverleg_lib::dto::ApiError;
use casusoverleg_lib::dto::MeetingFlow;
use casusoverleg_lib::dto::NewAction;
use casusoverleg_lib::dto::NewConsent;
use casusoverleg_lib::dto::NewNotification;
use casusoverleg_lib::dto::ParticipantUpdate;
use casusoverleg_lib::dto::ReleaseInput;
use casusoverleg_lib::dto::{ItemBasisInput, NewItem, NewParticipant, NewSubject};
use casusoverleg_lib::state::AppState;
use common::{de, item, meeting, participant, participant_json, subject, unlocked};
use serde_json::json;

mod common;

const MARKER: &str = "Verborgenlaan 13 ZX-MARKER-7731";

fn snapshot(state: &AppState, m: &str) -> String {
    serde_json::to_string(&commands::meeting::get_meeting_flow(state, m).unwrap()).unwrap()
}

fn assert_invalid(e: &ApiError, field: &str, message: &str) {
    assert_eq!(e.code, "invalid_input", "{e:?}");
    assert_eq!(e.field.as_deref(), Some(field), "{e:?}");
    assert_eq!(e.message, message);
}

#[test]
fn unknown_enum_values_and_wrong_json_types_get_a_dutch_error_and_change_nothing() {
    let (_dir, state) = unlocked();
    let m = meeting(&state, false);
    let lead = participant(&state, &m, "Lead", "caseLead");
    let youth = subject(&state, &m, "youth", "2015-01-01", false);
    let it = item(&state, &m, &lead, &[&youth]);
    let before = snapshot(&state, &m);
    let bad_values = [
        json!("boss"),
        json!(42),
        json!(null),
        json!(true),
        json!({"kind": "x"}),
        json!(["caseLead"]),
    ];
    for bad in &bad_values {
        // R1 role: on adding and on correcting a participant.
        let e = commands::participants::add_participant(
            &state,
            de::<NewParticipant>(participant_json(&m, "X", bad.clone())),
        )
        .unwrap_err();
        assert_invalid(&e, "role", "Kies een geldige waarde voor de rol.");
        let mut update = participant_json(&m, "X", bad.clone());
        update["participantId"] = json!(lead);
        let e = commands::participants::update_participant(&state, de::<ParticipantUpdate>(update))
            .unwrap_err();
        assert_invalid(&e, "role", "Kies een geldige waarde voor de rol.");
        // R4/R8 relation.
        let e = commands::family::add_subject(
            &state,
            de::<NewSubject>(
                json!({"meetingId": m, "relation": bad, "name": "", "birthDate": "",
                      "present": false}),
            ),
        )
        .unwrap_err();
        assert_invalid(&e, "relation", "Kies een geldige waarde voor de relatie.");
        // R6 kind and category.
        let e = commands::items::add_item(
            &state,
            de::<NewItem>(json!({"meetingId": m, "contributorId": lead, "text": "t",
                      "kind": bad, "category": "general", "source": "own"})),
        )
        .unwrap_err();
        assert_invalid(
            &e,
            "kind",
            "Kies een geldige waarde voor of het een feit of een mening is.",
        );
        let e = commands::items::add_item(
            &state,
            de::<NewItem>(json!({"meetingId": m, "contributorId": lead, "text": "t",
                      "kind": "fact", "category": bad, "source": "own"})),
        )
        .unwrap_err();
        assert_invalid(
            &e,
            "category",
            "Kies een geldige waarde voor het soort persoonsgegeven.",
        );
        // R6 source.
        let e = commands::items::add_item(
            &state,
            de::<NewItem>(json!({"meetingId": m, "contributorId": lead, "text": "t",
                      "kind": "fact", "category": "general", "source": bad})),
        )
        .unwrap_err();
        assert_invalid(
            &e,
            "source",
            "Kies een geldige waarde voor van wie de inbreng komt (de bron).",
        );
        // R7 basis (a tagged union).
        let e = commands::items::set_item_basis(
            &state,
            de::<ItemBasisInput>(
                json!({"meetingId": m, "itemId": it, "subjectIds": [youth], "basis": bad}),
            ),
        )
        .unwrap_err();
        assert_invalid(&e, "basis", "Kies een geldige waarde voor de grondslag.");
        // R8 consent: who and how.
        let e = commands::items::add_consent(
            &state,
            de::<NewConsent>(json!({"meetingId": m, "itemId": it, "subjectId": youth,
                      "givenBy": bad, "method": "verbal"})),
        )
        .unwrap_err();
        assert_invalid(
            &e,
            "consent",
            "Kies een geldige waarde voor de toestemming.",
        );
        let e = commands::items::add_consent(
            &state,
            de::<NewConsent>(json!({"meetingId": m, "itemId": it, "subjectId": youth,
                      "givenBy": {"kind": "subject"}, "method": bad})),
        )
        .unwrap_err();
        assert_invalid(
            &e,
            "method",
            "Kies een geldige waarde voor hoe de toestemming is gegeven.",
        );
        // R9 release choice.
        let e = commands::releases::decide_release(
            &state,
            de::<ReleaseInput>(
                json!({"meetingId": m, "itemId": it, "recipientId": lead, "choice": bad}),
            ),
        )
        .unwrap_err();
        assert_invalid(
            &e,
            "choice",
            "Kies een geldige waarde voor de beslissing over vrijgave.",
        );
        // R12 method and timing.
        let e = commands::notification::add_notification(
            &state,
            de::<NewNotification>(json!({"meetingId": m, "subjectIds": [], "informer": lead,
                      "method": bad, "timing": {"kind": "beforehand"}})),
        )
        .unwrap_err();
        assert_invalid(
            &e,
            "method",
            "Kies een geldige waarde voor hoe het gezin wordt geïnformeerd.",
        );
        let e = commands::notification::add_notification(
            &state,
            de::<NewNotification>(json!({"meetingId": m, "subjectIds": [], "informer": lead,
                      "method": "letter", "timing": bad})),
        )
        .unwrap_err();
        assert_invalid(
            &e,
            "timing",
            "Kies een geldige waarde voor wanneer het gezin wordt geïnformeerd.",
        );
    }
    // A missing enum field is the same Dutch error, not serde's "missing field".
    let mut no_role = participant_json(&m, "X", json!("other"));
    no_role.as_object_mut().unwrap().remove("role");
    let e =
        commands::participants::add_participant(&state, de::<NewParticipant>(no_role)).unwrap_err();
    assert_invalid(&e, "role", "Kies een geldige waarde voor de rol.");
    // A nested enum with a bad value (postpone ground) fails the whole timing, in Dutch.
    let e = commands::notification::add_notification(
        &state,
        de::<NewNotification>(
            json!({"meetingId": m, "subjectIds": [], "informer": lead, "method": "letter",
                  "timing": {"kind": "postponed", "ground": "boss", "motivation": "m",
                             "reviewDate": "2026-12-01"}}),
        ),
    )
    .unwrap_err();
    assert_eq!(e.field.as_deref(), Some("timing"));
    assert_eq!(
        snapshot(&state, &m),
        before,
        "a refused command changed something"
    );
}

/// Every DTO a command returns, as JSON, after the secret address was set.
fn everything_returned(state: &AppState, m: &str) -> Vec<String> {
    vec![
        serde_json::to_string(&commands::meeting::get_meeting_flow(state, m).unwrap()).unwrap(),
        serde_json::to_string(&commands::meeting::get_meeting(state, m).unwrap()).unwrap(),
        serde_json::to_string(&commands::meeting::list_meetings(state).unwrap()).unwrap(),
        serde_json::to_string(&commands::meeting::reference_data(state).unwrap()).unwrap(),
    ]
}

#[test]
fn r14_r21_secret_address_is_write_only_and_gezag_decides_consent() {
    let (dir, state) = unlocked();
    let m = meeting(&state, false);
    let lead = participant(&state, &m, "Lead", "caseLead");
    let youth = subject(&state, &m, "youth", "2018-05-01", false);
    let father = subject(&state, &m, "parent", "", false);
    let f: MeetingFlow = commands::family::set_secret_address(&state, &m, &father, MARKER).unwrap();
    let s = f
        .subjects
        .iter()
        .find(|s| s.id.to_string() == father)
        .unwrap();
    assert!(s.has_secret_address);
    let returned = serde_json::to_string(&f).unwrap();
    assert!(!returned.contains("MARKER"), "{returned}");
    for json in everything_returned(&state, &m) {
        assert!(!json.contains("MARKER"));
        assert!(!json.contains("Verborgenlaan"));
    }
    // Refused changes never quote it either (R21): a youth with gezag, an anonymous meeting.
    let e = commands::family::set_parental_authority(&state, &m, &youth, true).unwrap_err();
    assert_eq!(e.code, "authority_not_for_relation");
    let anon = meeting(&state, true);
    let anon_parent = subject(&state, &anon, "parent", "", true);
    let e = commands::family::set_secret_address(&state, &anon, &anon_parent, MARKER).unwrap_err();
    assert_eq!(e.code, "anonymous_meeting");
    assert!(!format!("{e:?}").contains("MARKER"));
    // Too long: a Dutch error that does not quote the address.
    let e = commands::family::set_secret_address(&state, &m, &father, "x".repeat(501).as_str())
        .unwrap_err();
    assert_eq!(e.code, "too_long");
    assert_eq!(
        e.message,
        "Het geheime adres is te lang: maximaal 500 tekens."
    );

    // R8: the father has no gezag, so his consent for the 8-year-old is refused.
    let it = item(&state, &m, &lead, &[&youth]);
    commands::items::set_item_basis(
        &state,
        de::<ItemBasisInput>(json!({"meetingId": m, "itemId": it, "subjectIds": [youth],
                  "basis": {"kind": "consent", "notCompetent": []}})),
    )
    .unwrap();
    let consent = json!({"meetingId": m, "itemId": it, "subjectId": youth,
                         "givenBy": {"kind": "parent", "subjectId": father},
                         "method": "written", "scopeRecipients": [lead],
                         "scopePurpose": "Hulp afstemmen"});
    let e = commands::items::add_consent(&state, de::<NewConsent>(consent.clone())).unwrap_err();
    assert_eq!(e.code, "no_parental_authority");
    assert_eq!(
        e.message,
        "Deze ouder heeft geen gezag. Toestemming voor een kind onder de 16 komt van wie het gezag heeft."
    );
    let f = commands::family::set_parental_authority(&state, &m, &father, true).unwrap();
    assert!(f
        .subjects
        .iter()
        .any(|s| s.id.to_string() == father && s.parental_authority));
    let f = commands::items::add_consent(&state, de::<NewConsent>(consent)).unwrap();
    let profile = f.item_profiles.iter().find(|p| p.item_id == it).unwrap();
    assert_eq!(profile.basis_problem, None);

    // Clearing: the flag goes, the audit log kept both events without the value.
    let f = commands::family::clear_secret_address(&state, &m, &father).unwrap();
    assert!(
        !f.subjects
            .iter()
            .find(|s| s.id.to_string() == father)
            .unwrap()
            .has_secret_address
    );
    commands::lock::lock(&state).unwrap();
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        assert!(!bytes.windows(MARKER.len()).any(|w| w == MARKER.as_bytes()));
    }
}

#[test]
fn r13_removals_refuse_dependants_and_a_removed_participant_is_bad_input() {
    let (_dir, state) = unlocked();
    let m = meeting(&state, false);
    let lead = participant(&state, &m, "Lead", "caseLead");
    let vt = participant(&state, &m, "VT", "contentRole");
    let guest = participant(&state, &m, "Gast", "expert");
    let mother = subject(&state, &m, "parent", "", true);
    let it = item(&state, &m, &vt, &[&mother]);
    commands::items::set_item_basis(
        &state,
        de::<ItemBasisInput>(json!({"meetingId": m, "itemId": it, "subjectIds": [mother],
                  "basis": {"kind": "conflictOfDuties", "motivation": "Veiligheid van het kind gaat voor",
                            "answers": {"legitimatePurpose": true, "onlyWay": true,
                                        "consentAskedOrImpossible": true,
                                        "childInterestOutweighs": true}}})),
    )
    .unwrap();
    let f = commands::plan::add_action(
        &state,
        de::<NewAction>(
            json!({"meetingId": m, "who": lead, "what": "Plan maken", "due": "2026-12-01",
                  "reliesOn": []}),
        ),
    )
    .unwrap();
    let action = f.actions[0].id.to_string();
    commands::participants::record_pledge(&state, &m, &lead).unwrap();
    commands::releases::decide_release(
        &state,
        de::<ReleaseInput>(json!({"meetingId": m, "itemId": it, "recipientId": lead,
                  "choice": {"kind": "release", "actionId": action, "motivation": ""}})),
    )
    .unwrap();
    let f = commands::notification::add_notification(
        &state,
        de::<NewNotification>(
            json!({"meetingId": m, "subjectIds": [mother], "informer": lead,
                  "method": "letter", "timing": {"kind": "beforehand"}}),
        ),
    )
    .unwrap();
    let notification = f.notifications[0].id.clone();
    let before = snapshot(&state, &m);
    let refusals = [
        commands::family::remove_subject(&state, &m, &mother).unwrap_err(),
        commands::participants::remove_participant(&state, &m, &vt).unwrap_err(),
        commands::participants::remove_participant(&state, &m, &lead).unwrap_err(),
        commands::items::remove_item(&state, &m, &it).unwrap_err(),
        commands::plan::remove_action(&state, &m, &action).unwrap_err(),
    ];
    for e in &refusals {
        assert_eq!(e.code, "still_needed", "{e:?}");
        assert!(e.message.contains("kan niet weg"), "{}", e.message);
    }
    assert_eq!(
        refusals[1].message,
        "Deze deelnemer kan niet weg: hij of zij bracht inbreng in en houdt daar zeggenschap over. Verwijder eerst die inbreng."
    );
    assert_eq!(snapshot(&state, &m), before);

    // The guest depends on nothing: removed. Then as bad input: nothing changes.
    let f = commands::participants::remove_participant(&state, &m, &guest).unwrap();
    assert!(f.participants.iter().all(|p| p.id != guest));
    let before = snapshot(&state, &m);
    let e = commands::releases::decide_release(
        &state,
        de::<ReleaseInput>(json!({"meetingId": m, "itemId": it, "recipientId": guest,
                  "choice": {"kind": "stays"}})),
    )
    .unwrap_err();
    assert_eq!(e.code, "recipient_not_in_meeting");
    let e = commands::plan::add_action(
        &state,
        de::<NewAction>(
            json!({"meetingId": m, "who": guest, "what": "Bellen", "due": "2026-12-01",
                  "reliesOn": []}),
        ),
    )
    .unwrap_err();
    assert_eq!(
        (e.code.as_str(), e.message.as_str()),
        (
            "participant_not_in_meeting",
            "Kies iemand die aan tafel zit bij dit overleg."
        )
    );
    let e = commands::participants::record_pledge(&state, &m, &guest).unwrap_err();
    assert_eq!(e.code, "participant_not_in_meeting");
    let e = commands::participants::remove_participant(&state, &m, &guest).unwrap_err();
    assert_eq!(e.code, "participant_not_in_meeting");
    let mut update = participant_json(&m, "Terug", json!("expert"));
    update["participantId"] = json!(guest);
    let e = commands::participants::update_participant(&state, de::<ParticipantUpdate>(update))
        .unwrap_err();
    assert_eq!(e.code, "participant_not_in_meeting");
    assert_eq!(snapshot(&state, &m), before);

    // Undo in the right order: stays, then item, action, notification, subject, people.
    commands::releases::decide_release(
        &state,
        de::<ReleaseInput>(json!({"meetingId": m, "itemId": it, "recipientId": lead,
                  "choice": {"kind": "stays"}})),
    )
    .unwrap();
    commands::items::remove_item(&state, &m, &it).unwrap();
    commands::plan::remove_action(&state, &m, &action).unwrap();
    commands::notification::remove_notification(&state, &m, &notification).unwrap();
    let e = commands::notification::remove_notification(&state, &m, &notification).unwrap_err();
    assert_eq!(e.code, "unknown_notification");
    commands::family::remove_subject(&state, &m, &mother).unwrap();
    commands::participants::remove_participant(&state, &m, &vt).unwrap();
    let f = commands::participants::remove_participant(&state, &m, &lead).unwrap();
    assert!(f.participants.is_empty() && f.items.is_empty() && f.subjects.is_empty());
    assert!(f.actions.is_empty() && f.notifications.is_empty() && f.releases.is_empty());
}

#[test]
fn r13_after_finalize_every_change_and_removal_is_refused() {
    let (_dir, state) = unlocked();
    let m = meeting(&state, false);
    let lead = participant(&state, &m, "Lead", "caseLead");
    let mother = subject(&state, &m, "parent", "", true);
    commands::family::set_subject_present(&state, &m, &mother, true).unwrap();
    commands::participants::record_pledge(&state, &m, &lead).unwrap();
    commands::meeting::set_retention(&state, &m, "2027-05-24").unwrap();
    commands::finalize::finalize_meeting(&state, &m).unwrap();
    let before = snapshot(&state, &m);
    let mut update = participant_json(&m, "Ander", json!("caseLead"));
    update["participantId"] = json!(lead);
    let errors = [
        commands::family::set_parental_authority(&state, &m, &mother, false).unwrap_err(),
        commands::family::set_secret_address(&state, &m, &mother, MARKER).unwrap_err(),
        commands::family::clear_secret_address(&state, &m, &mother).unwrap_err(),
        commands::participants::update_participant(&state, de::<ParticipantUpdate>(update))
            .unwrap_err(),
        commands::family::remove_subject(&state, &m, &mother).unwrap_err(),
        commands::participants::remove_participant(&state, &m, &lead).unwrap_err(),
    ];
    for e in errors {
        assert_eq!(e.code, "meeting_finalized", "{e:?}");
        assert_eq!(
            e.message,
            "Dit casusoverleg is afgerond en kan niet meer worden gewijzigd."
        );
    }
    assert_eq!(snapshot(&state, &m), before);
}

/// Migration 0041: a new participant only marks its meeting's search document stale. The
/// app's background thread writes one stale document per call, and only once the chair
/// has been still long enough; a search finds the names either way.
#[test]
fn stale_search_documents_are_written_one_at_a_time_once_the_chair_is_still() {
    use std::time::Duration;
    let (_dir, state) = unlocked();
    let a = meeting(&state, false);
    let b = meeting(&state, false);
    participant(&state, &a, "Fatima Zoekbaar", "caseLead");
    participant(&state, &b, "Kees Vindbaar", "caseLead");
    // The chair is busy (still for less than an hour): nothing is written.
    assert!(!state.index_stale_search_doc(Duration::from_secs(3600)));
    // Still: one document, then the other, then nothing is left.
    assert!(state.index_stale_search_doc(Duration::ZERO));
    assert!(!state.index_stale_search_doc(Duration::ZERO));
    assert!(!state.index_stale_search_doc(Duration::ZERO));
    let hits = commands::meeting::search_meetings(&state, "zoekbaar").unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].meeting.to_string(), a);
    // Locked: nothing to write, nothing opened.
    participant(&state, &b, "Anna Later", "expert");
    commands::lock::lock(&state).unwrap();
    assert!(!state.index_stale_search_doc(Duration::ZERO));
}
