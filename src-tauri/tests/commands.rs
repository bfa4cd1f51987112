#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The command layer against a real encrypted store in a temp dir, without a window.

use casusoverleg_lib::commands;
use casusoverleg_lib::dto::{Category, Kind, NewItem, NewMeeting, NewParticipant, Role};
use casusoverleg_lib::state::AppState;
use common::{unlocked, PASS};
use proptest::prelude::*;
use std::rc::Rc;

mod common;

fn meeting(label: &str) -> NewMeeting {
    NewMeeting {
        case_label: label.into(),
        date: "2026-11-24".into(),
        purpose: "Hulp afstemmen".into(),
        criteria: None,
        family_present: None,
        anonymous: None,
        family_absence_reason: Some(
            "Moeder wil eerst zelf met de school praten, daarna sluit ze aan.".into(),
        ),
    }
}

fn participant(meeting_id: &str, name: &str, role: Role) -> NewParticipant {
    NewParticipant {
        meeting_id: meeting_id.into(),
        name: name.into(),
        organisation: "Veilig Thuis".into(),
        function: String::new(),
        phone: String::new(),
        email: String::new(),
        role: role.into(),
        organisation_type: None,
        secrecy: None,
        expertise_only: None,
    }
}

fn item(meeting_id: &str, contributor: &str, text: &str) -> NewItem {
    NewItem {
        meeting_id: meeting_id.into(),
        contributor_id: contributor.into(),
        text: text.into(),
        kind: Kind::Opinion.into(),
        category: Category::Criminal.into(),
        source: casusoverleg_lib::dto::SourceKind::Document.into(),
        source_detail: Some("politieregister".into()),
        subject_ids: None,
        basis: None,
        consents: None,
    }
}

#[test]
fn first_start_creates_unlocks_locks_and_unlocks_again() {
    let dir = tempfile::tempdir().unwrap();
    let state = AppState::new(dir.path().join("nieuw"));
    let s = commands::lock::store_state(&state).unwrap();
    assert!(!s.exists && !s.unlocked);

    let e = commands::lock::create_store(&state, "te kort", "te kort").unwrap_err();
    assert_eq!(
        (e.code.as_str(), e.field.as_deref()),
        ("passphrase_too_short", Some("passphrase"))
    );
    let e = commands::lock::create_store(&state, PASS, "iets anders dan dat").unwrap_err();
    assert_eq!(e.code, "passphrase_mismatch");
    assert!(
        !commands::lock::store_state(&state).unwrap().exists,
        "a refused create leaves no file"
    );

    commands::lock::create_store(&state, PASS, PASS).unwrap();
    assert!(commands::lock::store_state(&state).unwrap().unlocked);
    commands::lock::lock(&state).unwrap();
    let s = commands::lock::store_state(&state).unwrap();
    assert!(s.exists && !s.unlocked);
    assert_eq!(
        commands::meeting::list_meetings(&state).unwrap_err().code,
        "locked"
    );

    let e = commands::lock::unlock(&state, "niet het goede wachtwoord").unwrap_err();
    assert_eq!(e.message, "Onjuist wachtwoord");
    commands::lock::unlock(&state, PASS).unwrap();
    assert!(commands::meeting::list_meetings(&state)
        .unwrap()
        .meetings
        .is_empty());
}

#[test]
fn thin_slice_meeting_participants_item() {
    let (_dir, state) = unlocked();
    let m = commands::meeting::create_meeting(&state, meeting("Gezin Ölçek")).unwrap();
    let lead = commands::participants::add_participant(
        &state,
        participant(&m.id, "Aïsha", Role::CaseLead),
    )
    .unwrap();
    commands::participants::add_participant(&state, participant(&m.id, "Bram", Role::Expert))
        .unwrap();
    let it =
        commands::items::add_item(&state, item(&m.id, &lead.id, "Zorgen over veiligheid")).unwrap();
    assert_eq!((it.kind, it.category), (Kind::Opinion, Category::Criminal));

    let d = commands::meeting::get_meeting(&state, &m.id).unwrap();
    assert_eq!(d.case_label, "Gezin Ölçek");
    assert_eq!(
        d.participants
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>(),
        ["Aïsha", "Bram"]
    );
    assert_eq!(d.items[0].contributor.to_string(), lead.id);
    let list = commands::meeting::list_meetings(&state).unwrap().meetings;
    assert_eq!((list[0].participant_count, list[0].item_count), (2, 1));
}

#[test]
fn bad_ids_and_refusals_give_dutch_errors_and_change_nothing() {
    let (_dir, state) = unlocked();
    let m = commands::meeting::create_meeting(&state, meeting("Gezin B")).unwrap();
    let lead =
        commands::participants::add_participant(&state, participant(&m.id, "Lead", Role::CaseLead))
            .unwrap();
    let before = commands::meeting::get_meeting(&state, &m.id).unwrap();

    for (e, code, field) in [
        (
            commands::meeting::get_meeting(&state, "'; DROP TABLE meetings; --").unwrap_err(),
            "not_found",
            None,
        ),
        (
            commands::participants::add_participant(&state, participant("nope", "X", Role::Expert))
                .unwrap_err(),
            "not_found",
            None,
        ),
        (
            commands::participants::add_participant(
                &state,
                participant(&m.id, "Tweede", Role::CaseLead),
            )
            .unwrap_err(),
            "second_case_lead",
            Some("role"),
        ),
        (
            commands::participants::add_participant(
                &state,
                participant(&m.id, "   ", Role::Expert),
            )
            .unwrap_err(),
            "empty",
            Some("name"),
        ),
        (
            commands::items::add_item(&state, item(&m.id, "not-a-uuid", "tekst")).unwrap_err(),
            "contributor_not_in_meeting",
            Some("contributorId"),
        ),
        (
            commands::items::add_item(&state, item(&m.id, &lead.id, "\u{0}")).unwrap_err(),
            "control_characters",
            Some("text"),
        ),
        (
            commands::meeting::create_meeting(
                &state,
                NewMeeting {
                    date: "30-02-2026".into(),
                    ..meeting("C")
                },
            )
            .unwrap_err(),
            "invalid_date",
            Some("date"),
        ),
    ] {
        assert_eq!(e.code, code);
        assert_eq!(e.field.as_deref(), field);
        assert!(!e.message.is_empty() && !e.message.contains("DROP"));
    }
    let after = commands::meeting::get_meeting(&state, &m.id).unwrap();
    assert_eq!(format!("{before:?}"), format!("{after:?}"));
    assert_eq!(
        commands::meeting::list_meetings(&state)
            .unwrap()
            .meetings
            .len(),
        1
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Any text at all: stored verbatim (labels trimmed) or refused with a Dutch message;
    /// never a panic, and a refusal changes nothing.
    #[test]
    fn any_input_is_stored_verbatim_or_refused_cleanly(label in any::<String>(), text in any::<String>(), name in "\\PC{0,210}") {
        let (_dir, state, meeting_id, lead_id) = STATE.with(|s| s.clone());
        let count = commands::meeting::list_meetings(&state).unwrap().meetings.len();
        match commands::meeting::create_meeting(&state, meeting(&label)) {
            Ok(s) => prop_assert_eq!(s.case_label, label.trim()),
            Err(e) => {
                prop_assert!(!e.message.is_empty());
                prop_assert_eq!(commands::meeting::list_meetings(&state).unwrap().meetings.len(), count);
            }
        }
        let items = commands::meeting::get_meeting(&state, &meeting_id).unwrap().items.len();
        match commands::items::add_item(&state, item(&meeting_id, &lead_id, &text)) {
            Ok(i) => prop_assert_eq!(i.text.as_str(), text.as_str()),
            Err(e) => {
                prop_assert!(!e.message.is_empty());
                prop_assert_eq!(commands::meeting::get_meeting(&state, &meeting_id).unwrap().items.len(), items);
            }
        }
        match commands::participants::add_participant(&state, participant(&meeting_id, &name, Role::Informant)) {
            Ok(p) => prop_assert_eq!(p.name, name.trim()),
            Err(e) => prop_assert_eq!(e.field.as_deref(), Some("name")),
        }
    }
}

thread_local! {
    // One store for all cases: key derivation costs ≈0.3 s per open (engineering §2).
    #[allow(clippy::type_complexity)]
    static STATE: (Rc<tempfile::TempDir>, Rc<AppState>, String, String) = {
        let (dir, state) = unlocked();
        let m = commands::meeting::create_meeting(&state, meeting("Proptest")).unwrap();
        let lead = commands::participants::add_participant(&state, participant(&m.id, "Lead", Role::CaseLead)).unwrap();
        (Rc::new(dir), Rc::new(state), m.id, lead.id)
    };
}

/// R1/R5 (seed 002 II.5): an expertise-only participant crosses IPC with what the UI may
/// offer (the domain decides), and an item of theirs is refused next to the contributor
/// field in Dutch; a regiehouder cannot be expertise-only (R1).
#[test]
fn r1_expertise_only_participant_is_offered_nothing_to_bring_in_or_receive() {
    let (_dir, state) = unlocked();
    let m = commands::meeting::create_meeting(&state, meeting("Gezin Deskundig"))
        .unwrap()
        .id;
    let adviser = commands::participants::add_participant(
        &state,
        NewParticipant {
            expertise_only: Some(true),
            ..participant(&m, "Adviseur Onderwijs", Role::Expert)
        },
    )
    .unwrap();
    assert!(adviser.expertise_only && !adviser.may_bring_in && !adviser.may_receive);
    let lead = commands::participants::add_participant(
        &state,
        participant(&m, "Regiehouder", Role::CaseLead),
    )
    .unwrap();
    assert!(!lead.expertise_only && lead.may_bring_in && lead.may_receive);
    let e = commands::items::add_item(&state, item(&m, &adviser.id, "Advies")).unwrap_err();
    assert_eq!(
        (e.code.as_str(), e.field.as_deref()),
        ("expertise_only_brings_no_items", Some("contributorId"))
    );
    assert!(e.message.contains("alleen deskundigheid"), "{}", e.message);
    let e = commands::participants::add_participant(
        &state,
        NewParticipant {
            expertise_only: Some(true),
            ..participant(&m, "Tweede regie", Role::CaseLead)
        },
    )
    .unwrap_err();
    // A second regiehouder and one with expertise only: both faults, each at its field.
    let fields: Vec<_> = e.errors.iter().map(|f| f.field.as_deref()).collect();
    assert_eq!(fields, [Some("role"), Some("expertiseOnly")]);
    let e = commands::participants::add_participant(
        &state,
        NewParticipant {
            expertise_only: Some(true),
            ..participant(&m, "Informant", Role::Informant)
        },
    )
    .unwrap_err();
    assert_eq!(
        (e.code.as_str(), e.field.as_deref()),
        ("expertise_only_role", Some("expertiseOnly"))
    );
    let roles = commands::meeting::reference_data(&state)
        .unwrap()
        .expertise_only_roles;
    assert_eq!(roles, [Role::Expert, Role::Other]);
}

#[test]
fn meeting_list_shows_the_newest_hundred_and_the_total() {
    let (_dir, state) = unlocked();
    for day in 1..=28 {
        for n in 0..4 {
            commands::meeting::create_meeting(
                &state,
                NewMeeting {
                    date: format!("2026-02-{day:02}"),
                    ..meeting(&format!("Casus {day}-{n}"))
                },
            )
            .unwrap();
        }
    }
    let list = commands::meeting::list_meetings(&state).unwrap();
    assert_eq!(list.total, 112);
    assert_eq!(list.meetings.len(), commands::MEETING_LIST_LIMIT as usize);
    assert_eq!(list.meetings[0].date, "2026-02-28");
    assert!(list.meetings.windows(2).all(|w| w[0].date >= w[1].date));
    assert!(list.meetings.iter().all(|m| m.date.as_str() > "2026-02-03"));
}

#[test]
fn r6_item_without_a_source_is_refused_next_to_the_field_in_dutch() {
    let (_dir, state) = unlocked();
    let m = commands::meeting::create_meeting(&state, meeting("Gezin Bron")).unwrap();
    let lead = commands::participants::add_participant(
        &state,
        participant(&m.id, "Aïsha", Role::CaseLead),
    )
    .unwrap();
    let mut no_source = item(&m.id, &lead.id, "Schoolverzuim");
    no_source.source = Default::default();
    let e = commands::items::add_item(&state, no_source).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("source"));
    assert!(e.message.contains("bron"), "{}", e.message);
    let mut unknown = item(&m.id, &lead.id, "Schoolverzuim");
    unknown.source = casusoverleg_lib::dto::SourceKind::Unknown.into();
    assert_eq!(
        commands::items::add_item(&state, unknown)
            .unwrap_err()
            .field
            .as_deref(),
        Some("source")
    );
    let mut unnamed = item(&m.id, &lead.id, "Schoolverzuim");
    unnamed.source = casusoverleg_lib::dto::SourceKind::ThirdParty.into();
    unnamed.source_detail = Some("  ".into());
    let e = commands::items::add_item(&state, unnamed).unwrap_err();
    assert_eq!(e.field.as_deref(), Some("sourceDetail"));
    assert!(commands::meeting::get_meeting(&state, &m.id)
        .unwrap()
        .items
        .is_empty());
    let it = commands::items::add_item(&state, item(&m.id, &lead.id, "Schoolverzuim")).unwrap();
    assert_eq!(it.source.kind, casusoverleg_lib::dto::SourceKind::Document);
    assert_eq!(
        it.source.detail.as_ref().map(|d| d.as_str()),
        Some("politieregister")
    );
}

#[test]
fn unlock_checks_the_passphrase_also_while_the_store_is_open() {
    let (_dir, state) = unlocked();
    let e = commands::lock::unlock(&state, "niet het goede wachtwoord").unwrap_err();
    assert_eq!(
        (e.code.as_str(), e.field.as_deref()),
        ("wrong_passphrase", Some("passphrase"))
    );
    assert!(
        commands::lock::store_state(&state).unwrap().unlocked,
        "a wrong passphrase does not lock an open store"
    );
    commands::lock::unlock(&state, PASS).unwrap();
}
