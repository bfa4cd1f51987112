#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::print_stdout
)]
//! Fuzzing every IPC command (R21: no reachable panic): at least 10,000 random or malformed argument sets
//! per command, sent through Tauri's real IPC layer (`tauri::test` mock runtime: the same
//! argument deserialization and command dispatch as the app, without a window) into the
//! real command layer and a real encrypted store.
//!
//! Checked for every case: no panic (a panicking command never answers, which fails the
//! call), a refused command answers with an error (our Dutch `ApiError`, or Tauri's own
//! argument error before our code runs) and leaves the store as it was — the audit log
//! (R18) gets an entry for every change, so its length must not move; every 100th refusal
//! also compares the meeting list and the full JSON of the fixture's meetings. `FUZZ_CASES=<n>` changes the number of
//! cases per command (default 10,000).

use casusoverleg_lib::state::AppState;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use serde_json::{json, Map, Value};
use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, mock_context, noop_assets, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{Manager, WebviewWindow};

/// Commands that derive a key from a passphrase on every call.
const KEY_DERIVING: [&str; 2] = ["unlock", "change_passphrase"];

const PASS: &str = "een lang genoeg wachtwoord voor de fuzzer";

struct Harness {
    app: tauri::App<tauri::test::MockRuntime>,
    webview: WebviewWindow<tauri::test::MockRuntime>,
    _dir: tempfile::TempDir,
}

impl Harness {
    fn new() -> Self {
        // The fuzzer checks answers and refusals, not memory hygiene: it runs the store as the
        // app does (SQLCipher's per-allocation memory security off, heap.rs), which
        // is several times faster. Nothing here depends on freed memory being wiped.
        store::rely_on_wiping_heap();
        let dir = tempfile::tempdir().unwrap();
        let app = mock_builder()
            .manage(AppState::new(dir.path().to_path_buf()))
            .manage(casusoverleg_lib::save::ExportDir(Some(
                dir.path().join("export"),
            )))
            .invoke_handler(casusoverleg_lib::invoke_handler())
            .build(mock_context(noop_assets()))
            .unwrap();
        let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .unwrap();
        Self {
            app,
            webview,
            _dir: dir,
        }
    }

    fn call(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        get_ipc_response(
            &self.webview,
            InvokeRequest {
                cmd: cmd.into(),
                callback: CallbackFn(0),
                error: CallbackFn(1),
                url: "tauri://localhost".parse().unwrap(),
                body: InvokeBody::Json(args),
                headers: Default::default(),
                invoke_key: INVOKE_KEY.to_string(),
            },
        )
        .map(|body| body.deserialize::<Value>().unwrap())
    }

    fn ok(&self, cmd: &str, args: Value) -> Value {
        self.call(cmd, args.clone())
            .unwrap_or_else(|e| panic!("{cmd} {args} refused: {e}"))
    }

    fn state(&self) -> tauri::State<'_, AppState> {
        self.app.state::<AppState>()
    }

    /// What the chair can see: the meeting list and the whole flow of the given meetings.
    fn snapshot(&self, meetings: &[&str]) -> Value {
        let Ok(list) = self.call("list_meetings", json!({})) else {
            return Value::Null; // locked
        };
        let flows: Vec<Value> = meetings
            .iter()
            .map(|m| self.ok("get_meeting_flow", json!({ "id": m })))
            .collect();
        json!({ "list": list, "flows": flows })
    }
}

/// Ids of a realistic meeting built through IPC; they are the "valid" values the fuzzer
/// mixes into its arguments, so many cases get past deserialization into the rules.
struct Fixture {
    meeting: String,
    other_meeting: String,
    pool: Vec<Value>,
    templates: Vec<(&'static str, Value)>,
}

fn fixture(h: &Harness) -> Fixture {
    h.ok(
        "create_store",
        json!({ "passphrase": PASS, "confirmation": PASS }),
    );
    let meeting = |label: &str| {
        h.ok(
            "create_meeting",
            json!({ "input": { "caseLabel": label, "date": "2026-11-24", "purpose": "Hulp afstemmen" } }),
        )["id"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let m = meeting("Fuzz gezin");
    let other = meeting("Ander gezin");
    let person = |meeting: &str, name: &str, role: &str| {
        h.ok(
            "add_participant",
            json!({ "input": { "meetingId": meeting, "name": name, "organisation": "Wijkteam",
                "function": "", "phone": "", "email": "", "role": role,
                "organisationType": "wijkteam", "secrecy": true } }),
        )["id"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let lead = person(&m, "Regie Houder", "caseLead");
    let expert = person(&m, "Des Kundige", "expert");
    let worker = person(&m, "Hulp Verlener", "contentRole");
    let stranger = person(&other, "Buiten Staander", "caseLead");
    let subject = |relation: &str, birth: &str| {
        let flow = h.ok(
            "add_subject",
            json!({ "input": { "meetingId": m, "relation": relation, "name": format!("Gezinslid {relation}"),
                "birthDate": birth, "present": false } }),
        );
        flow["subjects"].as_array().unwrap().last().unwrap()["id"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let child = subject("youth", "2014-03-01");
    let parent = subject("parent", "1984-05-05");
    let item = |by: &str, text: &str| {
        h.ok(
            "add_item",
            json!({ "input": { "meetingId": m, "contributorId": by, "text": text,
                "kind": "fact", "category": "general", "source": "family", "subjectIds": [child] } }),
        )["id"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let item1 = item(&worker, "Schoolverzuim sinds september");
    let item2 = item(&expert, "Zorgen over slaap");
    h.ok(
        "set_item_basis",
        json!({ "input": { "meetingId": m, "itemId": item1, "subjectIds": [child],
            "basis": { "kind": "legal", "legalBasis": "jeugdwet-2.3" } } }),
    );
    let flow = h.ok(
        "add_action",
        json!({ "input": { "meetingId": m, "who": lead, "what": "Gesprek met school",
            "due": "2026-12-15", "reliesOn": [item1] } }),
    );
    let action = flow["actions"][0]["id"].as_str().unwrap().to_owned();
    let flow = h.ok(
        "add_decision",
        json!({ "input": { "meetingId": m, "what": "Gezinscoach inzetten",
            "why": "Ouders vragen om steun", "restsOn": [item1] } }),
    );
    let decision = flow["decisions"][0]["id"].as_str().unwrap().to_owned();
    let flow = h.ok(
        "add_dissent",
        json!({ "input": { "meetingId": m, "decisionId": decision, "participantId": expert,
            "why": "Eerst school horen" } }),
    );
    let dissent = flow["decisions"][0]["dissents"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();

    // R17: a rights request about the child, by a parent (the child is 12 today or older).
    let child_key = "gezinslid youth|2014-03-01".to_owned();
    let today = chrono::Local::now()
        .date_naive()
        .format("%Y-%m-%d")
        .to_string();
    let request = h.ok(
        "register_rights_request",
        json!({ "input": { "subjectKey": child_key, "kind": "access",
            "requester": "parentWithAuthority", "requesterName": "Ouder Eén",
            "receivedOn": today } }),
    )["id"]
        .as_str()
        .unwrap()
        .to_owned();

    // R7b: one legal basis of the chair's own, for schools.
    let custom_basis = h.ok(
        "add_custom_basis",
        json!({ "input": { "organisationType": "onderwijs",
            "law": "Wet op het primair onderwijs", "article": "art. 10b" } }),
    )[0]["id"]
        .as_str()
        .unwrap()
        .to_owned();

    // R20: one breach of the fixture meeting, discovered an hour ago.
    let discovered = (chrono::Utc::now() - chrono::Duration::hours(1)).to_rfc3339();
    let breach = h.ok(
        "register_breach",
        json!({ "input": { "discoveredAt": discovered, "description": "Laptop kwijt",
            "meetingId": m } }),
    )["id"]
        .as_str()
        .unwrap()
        .to_owned();

    let ids = [
        &m, &other, &lead, &expert, &worker, &stranger, &child, &parent, &item1, &item2, &action,
        &child_key, &request, &breach,
    ];
    let mut pool: Vec<Value> = ids.iter().map(|s| json!(s)).collect();
    pool.extend(
        [
            "caseLead",
            "expert",
            "informant",
            "boss",
            "fact",
            "opinion",
            "general",
            "special",
            "criminal",
            "youth",
            "parent",
            "guardian",
            "verbal",
            "written",
            "letter",
            "legal",
            "consent",
            "conflictOfDuties",
            "stays",
            "release",
            "beforehand",
            "afterwards",
            "postponed",
            "safety",
            "jeugdwet-2.3",
            "wijkteam",
            "access",
            "objection",
            "subject",
            "parentWithAuthority",
            "thirdPartyWithConsent",
            "2026-11-24",
            "2026-02-30",
            "1899-12-31",
            "2999-01-01",
            "24-11-2026",
            "",
        ]
        .map(|s| json!(s)),
    );

    let templates = vec![
        // First, while the audit log is short: it re-hashes the whole chain on every call.
        ("verify_audit", json!({})),
        ("store_state", json!({})),
        (
            "create_store",
            json!({ "passphrase": PASS, "confirmation": PASS }),
        ),
        ("unlock", json!({ "passphrase": PASS })),
        ("lock", json!({})),
        ("touch_activity", json!({})),
        ("list_meetings", json!({})),
        (
            "create_meeting",
            json!({ "input": { "caseLabel": "Nieuw", "date": "2026-11-25", "purpose": "Plan", "criteria": "Zorgen", "familyPresent": true, "anonymous": false } }),
        ),
        ("get_meeting", json!({ "id": m })),
        (
            "add_participant",
            json!({ "input": { "meetingId": m, "name": "Nieuwe Deelnemer", "organisation": "GGD", "function": "Arts", "phone": "", "email": "", "role": "informant", "organisationType": "wijkteam", "secrecy": false, "expertiseOnly": false } }),
        ),
        (
            "add_item",
            json!({ "input": { "meetingId": m, "contributorId": worker, "text": "Punt met toestemming", "kind": "fact", "category": "general", "source": "family", "subjectIds": [child],
                "basis": { "kind": "consent", "notCompetent": [child] },
                "consents": { "given": [{ "subjectId": child, "givenBy": { "kind": "parent", "subjectId": parent } }],
                    "method": "written", "scopeRecipients": [lead], "scopePurpose": "Afstemmen van de hulp" } } }),
        ),
        ("reference_data", json!({})),
        ("get_meeting_flow", json!({ "id": m })),
        (
            "update_preparation",
            json!({ "input": { "meetingId": m, "purpose": "Doel", "criteria": "Criteria", "familyPresent": false, "anonymous": false } }),
        ),
        (
            "add_subject",
            json!({ "input": { "meetingId": m, "relation": "youth", "name": "Kind", "birthDate": "2015-01-01", "present": true } }),
        ),
        (
            "set_subject_present",
            json!({ "meetingId": m, "subjectId": child, "present": true }),
        ),
        (
            "set_subject_language",
            json!({ "input": { "meetingId": m, "subjectId": child, "letterLanguage": "en", "interpreterNeeded": true, "spokenLanguage": "Arabisch" } }),
        ),
        (
            "record_pledge",
            json!({ "meetingId": m, "participantId": worker }),
        ),
        (
            "set_item_basis",
            json!({ "input": { "meetingId": m, "itemId": item2, "subjectIds": [child], "basis": { "kind": "conflictOfDuties", "answers": { "legitimatePurpose": true, "onlyWay": true, "consentAskedOrImpossible": true, "childInterestOutweighs": true }, "motivation": "Acuut gevaar voor het kind thuis" } } }),
        ),
        (
            "add_consent",
            json!({ "input": { "meetingId": m, "itemId": item1, "subjectId": child, "givenBy": { "kind": "parent", "subjectId": parent }, "method": "verbal" } }),
        ),
        (
            "withdraw_consent",
            json!({ "meetingId": m, "consentId": item1 }),
        ),
        (
            "record_consent_withdrawal",
            json!({ "input": { "meetingId": m, "consentId": item1, "withdrawnBy": { "kind": "parent", "subjectId": parent }, "method": "verbal", "withdrawnOn": "2026-11-25" } }),
        ),
        (
            "record_withdrawal_informed",
            json!({ "meetingId": m, "taskId": item1, "informedOn": "2026-11-25" }),
        ),
        (
            "correct_item",
            json!({ "input": { "meetingId": m, "itemId": item1, "text": "Gecorrigeerd feit", "reason": "Onjuist jaartal", "reaction": "Moeder is het eens", "requestedBy": parent, "competent": true, "decision": "granted", "decidedOn": "2026-12-01", "motivation": "" } }),
        ),
        ("item_history", json!({ "meetingId": m, "itemId": item1 })),
        (
            "add_action",
            json!({ "input": { "meetingId": m, "who": worker, "what": "Huisbezoek", "due": "2026-12-01", "reliesOn": [item1], "decisionId": decision } }),
        ),
        (
            "add_decision",
            json!({ "input": { "meetingId": m, "what": "Huisbezoek doen", "why": "Zorgen over slaap", "restsOn": [item1] } }),
        ),
        (
            "add_dissent",
            json!({ "input": { "meetingId": m, "decisionId": decision, "participantId": worker, "why": "Te snel" } }),
        ),
        (
            "decide_release",
            json!({ "input": { "meetingId": m, "itemId": item1, "recipientId": lead, "choice": { "kind": "release", "actionId": action, "motivation": "Nodig voor het huisbezoek bij het gezin" } } }),
        ),
        (
            "set_on_wall",
            json!({ "meetingId": m, "itemId": item1, "shown": true }),
        ),
        (
            "remember_place",
            json!({ "place": { "meetingId": m, "section": "items", "presenting": false, "topic": 0 } }),
        ),
        ("forget_place", json!({})),
        (
            "decide_releases_bulk",
            json!({ "input": { "meetingId": m, "scope": { "kind": "row", "itemId": item1 } } }),
        ),
        (
            "undo_releases_bulk",
            json!({ "input": { "meetingId": m, "cells": [{ "itemId": item1, "recipientId": lead }] } }),
        ),
        (
            "add_notification",
            json!({ "input": { "meetingId": m, "subjectIds": [parent], "informer": lead, "method": "conversation", "timing": { "kind": "postponed", "ground": "safety", "motivation": "Veiligheid van de moeder gaat nu voor", "reviewDate": "2027-01-01" } } }),
        ),
        (
            "set_retention",
            json!({ "meetingId": m, "until": "2027-05-24" }),
        ),
        (
            "set_parental_authority",
            json!({ "meetingId": m, "subjectId": parent, "holds": true }),
        ),
        (
            "set_secret_address",
            json!({ "meetingId": m, "subjectId": parent, "address": "Geheimstraat 1" }),
        ),
        (
            "clear_secret_address",
            json!({ "meetingId": m, "subjectId": parent }),
        ),
        (
            "add_voice",
            json!({ "input": { "meetingId": m, "voiceSubject": child, "voiceKind": "objection", "voiceChannel": "byCaseLead", "voiceText": "Wil niet dat school het hoort", "voiceAnswer": "" } }),
        ),
        (
            "answer_voice",
            json!({ "meetingId": m, "voiceId": child, "voiceAnswer": "School krijgt alleen wat nodig is" }),
        ),
        (
            "update_participant",
            json!({ "input": { "meetingId": m, "participantId": expert, "name": "Des Kundige", "organisation": "GGD", "function": "Arts", "phone": "", "email": "", "role": "expert", "organisationType": "wijkteam", "secrecy": true } }),
        ),
        // The old passphrase is wrong and the new one too short: a case that passes the
        // rules costs a key derivation, and none may change the passphrase.
        (
            "change_passphrase",
            json!({ "input": { "old": "niet het wachtwoord", "new": "kort", "confirmation": "kort" } }),
        ),
        ("get_settings", json!({})),
        ("set_idle_minutes", json!({ "minutes": 5 })),
        ("set_retention_months", json!({ "months": 6 })),
        ("expiring_meetings", json!({})),
        (
            "extend_retention",
            json!({ "input": { "meetingId": m, "reason": "De hulp aan het gezin loopt nog door" } }),
        ),
        ("list_documents", json!({ "meetingId": m })),
        (
            "save_document",
            json!({ "meetingId": m, "document": "plan" }),
        ),
        ("save_all_documents", json!({ "meetingId": m })),
        (
            "save_invitation",
            json!({ "meetingId": m, "participantId": worker }),
        ),
        ("save_invitations", json!({ "meetingId": m })),
        ("save_attendance_sheet", json!({ "meetingId": m })),
        (
            "management_report",
            json!({ "input": { "period": "2026" } }),
        ),
        (
            "save_management_report",
            json!({ "input": { "period": "2026-Q3", "format": "csv" } }),
        ),
        (
            "breach_impact",
            json!({ "input": { "all": false, "meetingIds": [m] } }),
        ),
        (
            "save_breach_impact",
            json!({ "input": { "all": true, "meetingIds": [] } }),
        ),
        (
            "save_meeting_export",
            json!({ "meetingId": m, "export": "consent" }),
        ),
        ("known_subjects", json!({ "query": "a" })),
        ("list_rights_requests", json!({})),
        (
            "register_rights_request",
            json!({ "input": { "subjectKey": child_key, "kind": "access",
                "requester": "parentWithAuthority", "requesterName": "Ouder Eén",
                "receivedOn": today, "competent": true } }),
        ),
        (
            "extend_rights_request",
            json!({ "requestId": request, "notice": "Wij hebben meer tijd nodig" }),
        ),
        ("save_access_report", json!({ "requestId": request })),
        ("grant_rights_request", json!({ "requestId": request })),
        ("complete_rights_request", json!({ "requestId": request })),
        (
            "refuse_rights_request",
            json!({ "requestId": request, "reason": "Inzage schaadt nu het belang van de jongere" }),
        ),
        ("get_presentation", json!({ "id": m })),
        (
            "set_carried_status",
            json!({ "input": { "meetingId": m, "carriedId": action, "done": false,
                               "reason": "notActedUpon", "note": "Geen tijd" } }),
        ),
        (
            "set_attendance",
            json!({ "input": { "meetingId": m, "participantId": expert,
                               "attendance": "apologies", "infoSent": true } }),
        ),
        ("search_meetings", json!({ "query": "Gezin \"NEAR(" })),
        ("list_breaches", json!({})),
        (
            "audit_log",
            json!({ "input": { "meetingId": m, "from": "2026-01-01", "to": "2026-12-31" } }),
        ),
        ("list_custom_bases", json!({})),
        ("ui_prefs", json!({})),
        (
            "set_ui_prefs",
            json!({ "prefs": { "theme": "high-contrast", "hints": false } }),
        ),
        (
            "add_custom_basis",
            json!({ "input": { "organisationType": "politie", "law": "Politiewet 2012",
                               "article": "art. 3", "note": "Taak van de politie" } }),
        ),
        ("remove_custom_basis", json!({ "basisId": custom_basis })),
        (
            "register_breach",
            json!({ "input": { "discoveredAt": discovered, "description": "Laptop kwijt",
                               "meetingId": m } }),
        ),
        ("breach_lists", json!({ "breachId": breach })),
        (
            "mark_breach_partners_informed",
            json!({ "input": { "breachId": breach, "informedAt": "" } }),
        ),
        (
            "record_later_pledge",
            json!({ "meetingId": m, "participantId": expert, "pledgeDate": "2026-11-26" }),
        ),
        ("set_retention_ceiling", json!({ "ceilingMonths": 24 })),
        ("set_rights_retention_months", json!({ "rightsMonths": 12 })),
        (
            "create_follow_up",
            json!({ "input": { "previousMeetingId": m, "date": "2027-01-12",
                "participantIds": [lead, worker], "subjectIds": [child, parent] } }),
        ),
        ("follow_up_offer", json!({ "previousMeetingId": m })),
        ("last_time", json!({ "meetingId": m })),
        ("address_book", json!({})),
        (
            "save_organisation",
            json!({ "input": { "name": "GGZ Centraal", "organisationType": "ggz", "department": "Team Jeugd" } }),
        ),
        ("forget_organisation", json!({ "entryId": "x" })),
        ("organisation_settings", json!({})),
        (
            "save_organisation_profile",
            json!({ "input": { "name": "Gemeente Zaanstad", "address": "Stadhuisplein 100",
                    "privacyOfficer": "J. de Vries", "privacyEmail": "privacy@zaanstad.nl",
                    "privacyPhone": "", "complaintProcedure": "Via zaanstad.nl/klacht" } }),
        ),
        ("import_organisation_profile", json!({})),
        ("choose_organisation_logo", json!({})),
        ("remove_organisation_logo", json!({})),
        (
            "set_action_for_family",
            json!({ "meetingId": m, "actionId": action,
                    "forFamily": { "kind": "notForFamily", "motivation": "Onderzoek loopt" } }),
        ),
        (
            "set_decision_for_family",
            json!({ "meetingId": m, "decisionId": decision,
                    "forFamily": { "kind": "notForFamily", "motivation": "Onderzoek loopt" } }),
        ),
        (
            "set_purpose_for_family",
            json!({ "meetingId": m, "checked": true }),
        ),
        (
            "set_meeting_record",
            json!({ "meetingId": m, "startTime": "09:30", "endTime": "11:00",
                    "account": "Open gesprek; iedereen kwam aan het woord.", "agreed": true }),
        ),
        (
            "set_complaint_route",
            json!({ "meetingId": m, "participantId": lead,
                    "complaintRoute": "Klachtenfunctionaris, klachten@wijkteam.nl" }),
        ),
        (
            "lift_postponement",
            json!({ "meetingId": m, "notificationId": item2, "liftedOn": "2026-11-25" }),
        ),
        (
            "record_notification_done",
            json!({ "meetingId": m, "notificationId": item2, "doneOn": "2026-11-25" }),
        ),
        ("finalize_meeting", json!({ "meetingId": m })),
        // Removals last: a successful one takes fixture ids away from the commands above.
        (
            "remove_notification",
            json!({ "meetingId": m, "notificationId": item2 }),
        ),
        ("remove_voice", json!({ "meetingId": m, "voiceId": child })),
        (
            "remove_action",
            json!({ "meetingId": m, "actionId": action }),
        ),
        (
            "remove_dissent",
            json!({ "meetingId": m, "dissentId": dissent }),
        ),
        (
            "remove_decision",
            json!({ "meetingId": m, "decisionId": decision }),
        ),
        ("remove_item", json!({ "meetingId": m, "itemId": item2 })),
        (
            "remove_subject",
            json!({ "meetingId": m, "subjectId": parent }),
        ),
        (
            "remove_participant",
            json!({ "meetingId": m, "participantId": expert }),
        ),
    ];
    Fixture {
        meeting: m,
        other_meeting: other,
        pool,
        templates,
    }
}

fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| json!(f)),
        ".{0,40}".prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map("[a-zA-Z]{1,12}", inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// A value for one field: a valid id or enum from the fixture, or something hostile.
fn field_value(pool: Vec<Value>) -> impl Strategy<Value = Value> {
    prop_oneof![
        4 => prop::sample::select(pool),
        1 => Just(json!(uuid::Uuid::now_v7().to_string())),
        1 => Just(json!("x".repeat(100_001))),
        1 => Just(json!("\u{202E}Zoë 🎉 ''; DROP TABLE items; --\0")),
        1 => Just(json!("   ")),
        2 => arb_json(),
    ]
}

/// Applies `ops` to the leaves of `v`: keep, replace, drop the key, or null it.
fn mutate(v: &Value, ops: &mut impl Iterator<Item = (u8, Value)>) -> Option<Value> {
    match v {
        Value::Object(map) => {
            let mut out = Map::new();
            for (k, child) in map {
                if let Some(c) = mutate(child, ops) {
                    out.insert(k.clone(), c);
                }
            }
            Some(Value::Object(out))
        }
        Value::Array(items) => Some(Value::Array(
            items.iter().filter_map(|c| mutate(c, ops)).collect(),
        )),
        leaf => match ops.next() {
            Some((op, new)) => match op % 12 {
                0..=5 => Some(leaf.clone()),
                6..=8 => Some(new),
                9 => None,
                10 => Some(Value::Null),
                _ => Some(json!([new])),
            },
            None => Some(leaf.clone()),
        },
    }
}

/// How many leaves (non-container values) `v` has: one mutation op each.
fn leaves(v: &Value) -> usize {
    match v {
        Value::Object(m) => m.values().map(leaves).sum(),
        Value::Array(a) => a.iter().map(leaves).sum(),
        _ => 1,
    }
}

fn args_strategy(template: Value, pool: Vec<Value>) -> impl Strategy<Value = Value> {
    let n = leaves(&template);
    let mutated = prop::collection::vec((any::<u8>(), field_value(pool)), n).prop_map(move |ops| {
        let mut ops = ops.into_iter();
        mutate(&template, &mut ops).unwrap_or(Value::Null)
    });
    prop_oneof![8 => mutated, 2 => arb_json()]
}

// Two halves of the command list, each on its own store, so the two run side by side.
#[test]
fn every_command_survives_10_000_malformed_argument_sets_and_refusals_change_nothing_part_1() {
    fuzz_commands(0);
}

#[test]
fn every_command_survives_10_000_malformed_argument_sets_and_refusals_change_nothing_part_2() {
    fuzz_commands(1);
}

fn fuzz_commands(part: usize) {
    let cases: u32 = std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let panics = Arc::new(AtomicUsize::new(0));
    {
        let panics = panics.clone();
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            panics.fetch_add(1, Ordering::SeqCst);
            default(info);
        }));
    }
    // Which commands this half fuzzes (names only; the fixture is built per command).
    let mine: Vec<&'static str> = {
        let h = Harness::new();
        fixture(&h)
            .templates
            .iter()
            .enumerate()
            .filter(|(i, _)| i % 2 == part)
            .map(|(_, (cmd, _))| *cmd)
            .collect()
    };

    let total = Cell::new(0u64);
    let refused = Cell::new(0u64);
    let tauri_refused = Cell::new(0u64);
    for cmd in mine.iter().copied() {
        // A fresh store and meeting per command: what earlier commands accepted (thousands
        // of meetings, items, audit entries) must not slow the next one down.
        let h = Harness::new();
        let f = fixture(&h);
        assert_ne!(f.meeting, f.other_meeting);
        let meetings = [f.meeting.as_str(), f.other_meeting.as_str()];
        let Some((_, template)) = f.templates.iter().find(|(c, _)| *c == cmd).cloned() else {
            panic!("{cmd}: no template");
        };
        // `lock` always succeeds and unlocking again costs a key derivation (~0.1 s), so
        // its cases run on a locked store (where it must stay a harmless no-op), after a
        // few on the open store.
        let lock_stage = cmd == "lock";
        if lock_stage {
            for args in [json!({}), json!({ "x": 1 }), json!(null)] {
                let _ = h.call(cmd, args);
                if !h.state().is_unlocked() {
                    h.ok("unlock", json!({ "passphrase": PASS }));
                }
            }
            h.ok("lock", json!({}));
        }
        // A command without arguments gets its cases as random extra keys only: a few
        // hundred show it ignores them; 10,000 would only cost time.
        // `unlock` and `change_passphrase` derive a key (~0.1 s) for every well-shaped
        // passphrase: 10,000 of those took 15 minutes of CI for nothing new after a few
        // hundred, so they get 500 as well.
        let cases = if leaves(&template) == 0 || KEY_DERIVING.contains(&cmd) {
            cases.min(500)
        } else {
            cases
        };
        let started = std::time::Instant::now();
        let mut runner = TestRunner::new(Config {
            cases,
            failure_persistence: None,
            ..Config::default()
        });
        let since_snapshot = Cell::new(0u32);
        let result = runner.run(&args_strategy(template, f.pool.clone()), |args| {
            let open_before = h.state().is_unlocked();
            // The snapshot itself reads meetings, and reads are logged too (NEN 7513):
            // count the log after it.
            let before = since_snapshot
                .get()
                .is_multiple_of(100)
                .then(|| h.snapshot(&meetings));
            let audit_before = h.state().audit_len();
            let outcome = h.call(cmd, args);
            total.set(total.get() + 1);
            if let Err(e) = &outcome {
                refused.set(refused.get() + 1);
                since_snapshot.set(since_snapshot.get() + 1);
                match e {
                    Value::Object(o) => {
                        let message = o.get("message").and_then(Value::as_str).unwrap_or("");
                        prop_assert!(!message.is_empty(), "{cmd}: error without message: {e}");
                        prop_assert!(!message.contains("panicked"), "{cmd}: {e}");
                    }
                    // Every argument is an `Arg<T>`, so Tauri's own English
                    // "invalid type" refusal (a plain string) must never reach the chair.
                    Value::String(s) => {
                        tauri_refused.set(tauri_refused.get() + 1);
                        return Err(TestCaseError::fail(format!(
                            "{cmd}: refused by Tauri's deserializer, not in Dutch: {s}"
                        )));
                    }
                    other => return Err(TestCaseError::fail(format!("{cmd}: odd error {other}"))),
                }
                // An export is logged before its file is written (R18 × R14: nothing leaves
                // unaudited), so a write that then fails leaves that one entry behind.
                let logged_first = e["code"] == "save_failed";
                let audit_after = h.state().audit_len();
                prop_assert!(
                    audit_after == audit_before
                        || (logged_first
                            && audit_after.zip(audit_before).map(|(a, b)| a - b) == Some(1)),
                    "{} refused ({}) but the audit log moved",
                    cmd,
                    e
                );
                if let Some(before) = before {
                    prop_assert_eq!(
                        h.snapshot(&meetings),
                        before,
                        "{} refused but data changed",
                        cmd
                    );
                }
            }
            if open_before && !h.state().is_unlocked() {
                return Err(TestCaseError::fail(format!("{cmd} locked the store")));
            }
            Ok(())
        });
        if let Err(e) = result {
            panic!("{cmd}: {e}");
        }
        println!(
            "fuzz: {cmd}: {cases} cases in {:.1} s",
            started.elapsed().as_secs_f64()
        );
        if lock_stage {
            h.ok("unlock", json!({ "passphrase": PASS }));
        }
        // `unlock` and `create_store` only do something on a locked store: some cases there.
        if cmd == "unlock" || cmd == "create_store" {
            h.ok("lock", json!({}));
            for args in [
                json!({ "passphrase": "fout wachtwoord" }),
                json!({ "passphrase": 7 }),
                json!({}),
            ] {
                assert!(h.call(cmd, args).is_err());
                assert!(!h.state().is_unlocked());
                total.set(total.get() + 1);
                refused.set(refused.get() + 1);
            }
            h.ok("unlock", json!({ "passphrase": PASS }));
        }
    }
    let (total, refused, tauri_refused) = (total.get(), refused.get(), tauri_refused.get());
    println!(
        "fuzz: part {}: {total} cases over {} commands, {refused} refused ({tauri_refused} by Tauri's argument check), {} panics",
        part + 1,
        mine.len(),
        panics.load(Ordering::SeqCst)
    );
    assert_eq!(panics.load(Ordering::SeqCst), 0, "no command may panic");
    assert!(total >= u64::from(cases.min(500)) * mine.len() as u64);
}

/// A wrong JSON type or a missing key for a plain (non-enum) argument gets a Dutch
/// message naming the field, never Tauri's English "invalid type", and never the value.
#[test]
fn wrong_shaped_arguments_get_a_dutch_message_naming_the_field() {
    let h = Harness::new();
    let f = fixture(&h);
    let before = h.snapshot(&[f.meeting.as_str()]);
    let cases = [
        (
            "set_subject_present",
            json!({ "meetingId": f.meeting, "subjectId": "x", "present": "ja-geheim" }),
            "aanwezig",
        ),
        (
            "set_subject_present",
            json!({ "meetingId": f.meeting, "subjectId": "x" }),
            "aanwezig",
        ),
        (
            "get_meeting_flow",
            json!({ "id": ["ja-geheim"] }),
            "het overleg",
        ),
        (
            "create_meeting",
            json!({ "input": { "caseLabel": "ja-geheim", "date": 20261124, "purpose": "p" } }),
            "de datum",
        ),
        (
            "create_meeting",
            json!({ "input": { "date": "2026-11-24", "purpose": "ja-geheim" } }),
            "de naam van de casus",
        ),
        ("set_idle_minutes", json!({ "minutes": -3 }), "vergrendelen"),
    ];
    for (cmd, args, names) in cases {
        let err = h.call(cmd, args.clone()).expect_err(cmd);
        let message = err["message"]
            .as_str()
            .unwrap_or_else(|| panic!("{cmd} {args}: not our error: {err}"));
        assert!(message.contains(names), "{cmd} {args}: {message}");
        assert!(
            !message.contains("ja-geheim"),
            "{cmd}: the value is in {message}"
        );
        assert!(!message.contains("invalid type"), "{cmd}: {message}");
        assert_eq!(err["code"], "invalid_input", "{cmd}");
    }
    assert_eq!(
        h.snapshot(&[f.meeting.as_str()]),
        before,
        "a refusal changed data"
    );
}

/// Every declared command (src/ipc.rs) is fuzzed: a new command without a template here
/// fails this test.
#[test]
fn every_declared_command_has_a_fuzz_template() {
    let h = Harness::new();
    let f = fixture(&h);
    let mut fuzzed: Vec<&str> = f.templates.iter().map(|(c, _)| *c).collect();
    fuzzed.sort_unstable();
    let mut declared: Vec<&str> = casusoverleg_lib::ipc::catalog()
        .iter()
        .map(|c| c.name)
        .collect();
    declared.sort_unstable();
    assert_eq!(fuzzed, declared);
}
