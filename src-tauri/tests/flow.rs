#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The complete meeting (R1–R13) through the command layer on a real encrypted store.

use casusoverleg_lib::commands;
use casusoverleg_lib::dto::*;
use casusoverleg_lib::dto::{Category, Kind, NewItem, NewMeeting, NewParticipant, Role};
use casusoverleg_lib::state::AppState;
use common::unlocked;

mod common;

const MEETING_DATE: &str = "2026-11-24";

fn meeting(state: &AppState) -> String {
    commands::meeting::create_meeting(
        state,
        NewMeeting {
            case_label: "Gezin Flow".into(),
            date: MEETING_DATE.into(),
            purpose: "Veiligheid en school".into(),
            criteria: Some("Meerdere hulpverleners, zorgen over veiligheid".into()),
            family_present: Some(false),
            anonymous: Some(false),
            family_absence_reason: Some(
                "Moeder wil eerst zelf met de school praten, daarna sluit ze aan.".into(),
            ),
        },
    )
    .unwrap()
    .id
}

fn participant(
    state: &AppState,
    m: &str,
    name: &str,
    role: Role,
    org: &str,
    secrecy: bool,
) -> String {
    commands::participants::add_participant(
        state,
        NewParticipant {
            meeting_id: m.into(),
            name: name.into(),
            organisation: format!("{org} Den Haag"),
            function: String::new(),
            phone: String::new(),
            email: String::new(),
            role: role.into(),
            organisation_type: Some(org.into()),
            secrecy: Some(secrecy),
            expertise_only: None,
        },
    )
    .unwrap()
    .id
}

fn subject(state: &AppState, m: &str, relation: Relation, name: &str, birth: &str) -> String {
    let f = commands::family::add_subject(
        state,
        NewSubject {
            meeting_id: m.into(),
            relation: relation.into(),
            name: name.into(),
            birth_date: birth.into(),
            present: false,
            parental_authority: Some(matches!(
                relation,
                Relation::Parent | Relation::Carer | Relation::Guardian
            )),
        },
    )
    .unwrap();
    f.subjects.last().unwrap().id.to_string()
}

fn item(
    state: &AppState,
    m: &str,
    by: &str,
    text: &str,
    category: Category,
    subjects: &[&str],
) -> String {
    commands::items::add_item(
        state,
        NewItem {
            meeting_id: m.into(),
            contributor_id: by.into(),
            text: text.into(),
            kind: Kind::Fact.into(),
            category: category.into(),
            source: casusoverleg_lib::dto::SourceKind::OwnObservation.into(),
            source_detail: None,
            subject_ids: Some(subjects.iter().map(|s| s.to_string()).collect()),
            basis: None,
            consents: None,
        },
    )
    .unwrap()
    .id
    .to_string()
}

fn codes(f: &MeetingFlow) -> Vec<String> {
    f.checklist.iter().map(|p| p.code.clone()).collect()
}

/// A realistic meeting, built step by step; returns (state, meeting id, ids…).
struct Built {
    _dir: tempfile::TempDir,
    state: AppState,
    m: String,
    lead: String,
    gp: String,
    school: String,
    expert: String,
    item_consent: String,
}

fn build() -> Built {
    let (dir, state) = unlocked();
    let m = meeting(&state);
    let lead = participant(&state, &m, "Anna Regie", Role::CaseLead, "wijkteam", true);
    let gp = participant(
        &state,
        &m,
        "Dokter Bos",
        Role::ContentRole,
        "huisarts",
        true,
    );
    let school = participant(
        &state,
        &m,
        "Meester Jan",
        Role::Informant,
        "onderwijs",
        false,
    );
    let expert = participant(
        &state,
        &m,
        "Vera Veilig",
        Role::Expert,
        "veilig_thuis",
        true,
    );

    let f = commands::meeting::get_meeting_flow(&state, &m).unwrap();
    assert!(
        codes(&f).contains(&"pledge_missing".to_string()),
        "R2 open: {:?}",
        codes(&f)
    );

    let mother = subject(&state, &m, Relation::Parent, "Moeder", "1988-03-01");
    let _father = subject(&state, &m, Relation::Parent, "Vader", "1986-07-12");
    let twelve = subject(&state, &m, Relation::Youth, "Kind twaalf", "2014-11-24");
    let f = commands::meeting::get_meeting_flow(&state, &m).unwrap();
    assert_eq!(
        f.subjects
            .iter()
            .find(|s| s.id.to_string() == twelve)
            .unwrap()
            .age,
        Some(12),
        "R8: birthday today"
    );

    for p in [&lead, &gp, &school, &expert] {
        commands::participants::record_pledge(&state, &m, p).unwrap();
    }

    // Consent (R7a/R8): the 12-year-old consents himself (wijkteam: no WGBO).
    let item_consent = item(
        &state,
        &m,
        &lead,
        "Kind verzuimt school",
        Category::General,
        &[&twelve],
    );
    let f = commands::items::set_item_basis(
        &state,
        ItemBasisInput {
            meeting_id: m.clone(),
            item_id: item_consent.clone(),
            subject_ids: vec![twelve.clone()],
            basis: BasisInput::Consent {
                not_competent: vec![],
            }
            .into(),
        },
    )
    .unwrap();
    let profile = f
        .item_profiles
        .iter()
        .find(|p| p.item_id == item_consent)
        .unwrap();
    assert!(profile.basis_problem.is_some(), "consent not yet given");
    let f = commands::items::add_consent(
        &state,
        NewConsent {
            meeting_id: m.clone(),
            item_id: item_consent.clone(),
            subject_id: twelve.clone(),
            given_by: ConsenterInput::Subject.into(),
            method: ConsentMethod::Verbal.into(),
            scope_recipients: vec![lead.clone(), gp.clone()],
            scope_purpose: "Hulp afstemmen".into(),
        },
    )
    .unwrap();
    let profile = f
        .item_profiles
        .iter()
        .find(|p| p.item_id == item_consent)
        .unwrap();
    assert_eq!(profile.basis_problem, None);
    assert!(
        profile.releasable,
        "R9: a basis that holds makes the item releasable"
    );

    // Legal basis (R7b) of the wijkteam's list.
    let item_legal = item(
        &state,
        &m,
        &lead,
        "Schuldhulp loopt",
        Category::General,
        &[&mother],
    );
    let legal = commands::meeting::reference_data(&state)
        .unwrap()
        .organisation_types
        .into_iter()
        .find(|t| t.code == "wijkteam")
        .unwrap()
        .legal_bases[0]
        .code
        .clone();
    commands::items::set_item_basis(
        &state,
        ItemBasisInput {
            meeting_id: m.clone(),
            item_id: item_legal.clone(),
            subject_ids: vec![mother.clone()],
            basis: BasisInput::Legal { legal_basis: legal }.into(),
        },
    )
    .unwrap();

    // Conflict of duties (R7c) by the GP, about special data.
    let item_conflict = item(
        &state,
        &m,
        &gp,
        "Moeder is onder behandeling",
        Category::Special,
        &[&mother],
    );
    let answers = FourQuestions {
        legitimate_purpose: true,
        only_way: true,
        consent_asked_or_impossible: true,
        child_interest_outweighs: true,
    };
    commands::items::set_item_basis(
        &state,
        ItemBasisInput {
            meeting_id: m.clone(),
            item_id: item_conflict.clone(),
            subject_ids: vec![mother.clone()],
            basis: BasisInput::ConflictOfDuties {
                answers,
                motivation: "Veiligheid van het kind gaat voor".into(),
            }
            .into(),
        },
    )
    .unwrap();

    // Plan (R11): the lead and the GP each have an action.
    let f = commands::plan::add_action(
        &state,
        NewAction {
            meeting_id: m.clone(),
            who: lead.clone(),
            what: "Gesprek met school plannen".into(),
            due: "2026-12-15".into(),
            // R9/R13: only cells the plan relies on need an answer (`release_needs`).
            relies_on: vec![item_conflict.clone()],
            condition: None,
            decision_id: None,
        },
    )
    .unwrap();
    let action_lead = f.actions[0].id.to_string();
    let f = commands::plan::add_action(
        &state,
        NewAction {
            meeting_id: m.clone(),
            who: gp.clone(),
            what: "Doorverwijzen naar jeugd-GGZ".into(),
            due: "2026-12-20".into(),
            relies_on: vec![item_consent.clone()],
            condition: None,
            decision_id: None,
        },
    )
    .unwrap();
    let action_gp = f.actions[1].id.to_string();
    assert!(codes(&f).contains(&"release_undecided".to_string()));

    // Releases (R9): every item × recipient-with-an-action gets an answer.
    let decide = |item: &str, to: &str, choice: ReleaseChoice| {
        commands::releases::decide_release(
            &state,
            ReleaseInput {
                meeting_id: m.clone(),
                item_id: item.into(),
                recipient_id: to.into(),
                choice: choice.into(),
            },
        )
    };
    decide(
        &item_consent,
        &gp,
        ReleaseChoice::Release {
            action_id: action_gp.clone(),
            motivation: String::new(),
        },
    )
    .unwrap();
    decide(&item_legal, &gp, ReleaseChoice::Stays).unwrap();
    // Special data needs a motivation (R9).
    let e = decide(
        &item_conflict,
        &lead,
        ReleaseChoice::Release {
            action_id: action_lead.clone(),
            motivation: String::new(),
        },
    )
    .unwrap_err();
    assert_eq!(
        (e.code.as_str(), e.field.as_deref()),
        ("motivation_required", Some("motivation"))
    );
    decide(
        &item_conflict,
        &lead,
        ReleaseChoice::Release {
            action_id: action_lead.clone(),
            motivation: "Nodig voor het gesprek".into(),
        },
    )
    .unwrap();
    // Only an action of the recipient serves a release (need to know).
    let e = decide(
        &item_legal,
        &lead,
        ReleaseChoice::Release {
            action_id: action_gp.clone(),
            motivation: String::new(),
        },
    )
    .unwrap_err();
    assert_eq!(e.code, "recipient_is_contributor");

    // Family notification (R12): nobody was present.
    let f = commands::notification::add_notification(
        &state,
        NewNotification {
            meeting_id: m.clone(),
            subject_ids: vec![],
            informer: lead.clone(),
            method: NotificationMethod::Conversation.into(),
            timing: NotificationTimingInput::Beforehand.into(),
        },
    )
    .unwrap();
    assert_eq!(
        codes(&f),
        Vec::<String>::new(),
        "checklist: {:?}",
        f.checklist
    );

    Built {
        _dir: dir,
        state,
        m,
        lead,
        gp,
        school,
        expert,
        item_consent,
    }
}

#[test]
fn r13_a_complete_meeting_finalizes_and_is_then_read_only() {
    let b = build();
    let f = commands::finalize::finalize_meeting(&b.state, &b.m).unwrap();
    assert!(f.finalized_at.is_some());

    // Every edit is refused with a Dutch message and changes nothing.
    let before = format!(
        "{:?}",
        commands::meeting::get_meeting_flow(&b.state, &b.m).unwrap()
    );
    let refusals = [
        commands::participants::record_pledge(&b.state, &b.m, &b.school).unwrap_err(),
        commands::plan::add_action(
            &b.state,
            NewAction {
                meeting_id: b.m.clone(),
                who: b.lead.clone(),
                what: "x".into(),
                due: "2026-12-30".into(),
                relies_on: vec![],
                condition: None,
                decision_id: None,
            },
        )
        .unwrap_err(),
        commands::meeting::set_retention(&b.state, &b.m, "2027-12-01").unwrap_err(),
        commands::items::add_item(
            &b.state,
            NewItem {
                meeting_id: b.m.clone(),
                contributor_id: b.lead.clone(),
                text: "na afronding".into(),
                kind: Kind::Fact.into(),
                category: Category::General.into(),
                source: casusoverleg_lib::dto::SourceKind::OwnObservation.into(),
                source_detail: None,
                subject_ids: None,
                basis: None,
                consents: None,
            },
        )
        .unwrap_err(),
        commands::participants::add_participant(
            &b.state,
            NewParticipant {
                meeting_id: b.m.clone(),
                name: "Laat".into(),
                organisation: "X".into(),
                function: String::new(),
                phone: String::new(),
                email: String::new(),
                role: Role::Other.into(),
                organisation_type: None,
                secrecy: None,
                expertise_only: None,
            },
        )
        .unwrap_err(),
        commands::releases::decide_release(
            &b.state,
            ReleaseInput {
                meeting_id: b.m.clone(),
                item_id: b.item_consent.clone(),
                recipient_id: b.expert.clone(),
                choice: ReleaseChoice::Stays.into(),
            },
        )
        .unwrap_err(),
    ];
    for e in refusals {
        assert_eq!(e.code, "meeting_finalized", "{e:?}");
        assert!(e.message.contains("afgerond"));
    }
    assert_eq!(
        before,
        format!(
            "{:?}",
            commands::meeting::get_meeting_flow(&b.state, &b.m).unwrap()
        )
    );
}

#[test]
fn r10_withdrawal_after_release_lists_who_received_and_blocks_release() {
    let b = build();
    let f = commands::meeting::get_meeting_flow(&b.state, &b.m).unwrap();
    let consent_id = f
        .item_profiles
        .iter()
        .find(|p| p.item_id == b.item_consent)
        .and_then(|p| match &p.basis {
            Some(Basis::Consent { records, .. }) => Some(records[0].id.clone()),
            _ => None,
        })
        .unwrap();
    let out = commands::items::withdraw_consent(&b.state, &b.m, &consent_id).unwrap();
    assert_eq!(out.already_received.len(), 1);
    assert_eq!(out.already_received[0].recipient_id.to_string(), b.gp);
    let p = out
        .meeting
        .item_profiles
        .iter()
        .find(|p| p.item_id == b.item_consent)
        .unwrap();
    assert!(p.withdrawn);
    assert!(
        !p.releasable,
        "R10: withdrawn consent is never releasable again"
    );
    // Who received it stays on record: the released cell cannot be changed (R10).
    let e = commands::releases::decide_release(
        &b.state,
        ReleaseInput {
            meeting_id: b.m.clone(),
            item_id: b.item_consent.clone(),
            recipient_id: b.gp.clone(),
            choice: ReleaseChoice::Stays.into(),
        },
    )
    .unwrap_err();
    assert_eq!(e.code, "release_frozen", "{e:?}");
    let again = commands::meeting::get_meeting_flow(&b.state, &b.m).unwrap();
    assert!(again
        .item_profiles
        .iter()
        .any(|p| p.item_id == b.item_consent && p.withdrawn));
    assert_eq!(again.releases.len(), f.releases.len());
}

#[test]
fn r13_finalize_is_refused_while_the_checklist_is_open() {
    let (_dir, state) = unlocked();
    let m = meeting(&state);
    let e = commands::finalize::finalize_meeting(&state, &m).unwrap_err();
    assert_eq!(e.code, "checklist_open");
    let f = commands::meeting::get_meeting_flow(&state, &m).unwrap();
    assert!(f.finalized_at.is_none());
    assert!(codes(&f).contains(&"no_case_lead".to_string()));
    for p in &f.checklist {
        assert!(!p.message.is_empty());
    }
}

#[test]
fn bad_input_gets_dutch_errors_and_changes_nothing() {
    let b = build();
    let other = meeting(&b.state);
    let other_lead = participant(&b.state, &other, "Ander", Role::CaseLead, "wijkteam", true);
    let other_item = item(
        &b.state,
        &other,
        &other_lead,
        "Andere casus",
        Category::General,
        &[],
    );
    let before = format!(
        "{:?}",
        commands::meeting::get_meeting_flow(&b.state, &b.m).unwrap()
    );

    let cases = vec![
        // a release for an item of another meeting
        commands::releases::decide_release(
            &b.state,
            ReleaseInput {
                meeting_id: b.m.clone(),
                item_id: other_item.clone(),
                recipient_id: b.gp.clone(),
                choice: ReleaseChoice::Stays.into(),
            },
        )
        .unwrap_err(),
        // a participant that does not exist
        commands::participants::record_pledge(&b.state, &b.m, uuid::Uuid::now_v7().to_string())
            .unwrap_err(),
        commands::participants::record_pledge(&b.state, &b.m, "geen-id").unwrap_err(),
        // a birth date after the meeting
        commands::family::add_subject(
            &b.state,
            NewSubject {
                meeting_id: b.m.clone(),
                relation: Relation::Youth.into(),
                name: String::new(),
                birth_date: "2030-01-01".into(),
                present: false,
                parental_authority: None,
            },
        )
        .unwrap_err(),
        // an empty action text, a due date before the meeting
        commands::plan::add_action(
            &b.state,
            NewAction {
                meeting_id: b.m.clone(),
                who: b.lead.clone(),
                what: "   ".into(),
                due: "2026-12-01".into(),
                relies_on: vec![],
                condition: None,
                decision_id: None,
            },
        )
        .unwrap_err(),
        commands::plan::add_action(
            &b.state,
            NewAction {
                meeting_id: b.m.clone(),
                who: b.lead.clone(),
                what: "x".into(),
                due: "2020-01-01".into(),
                relies_on: vec![],
                condition: None,
                decision_id: None,
            },
        )
        .unwrap_err(),
        // a legal basis that is not the organisation's, a conflict of duties without secrecy
        commands::items::set_item_basis(
            &b.state,
            ItemBasisInput {
                meeting_id: b.m.clone(),
                item_id: b.item_consent.clone(),
                subject_ids: vec![],
                basis: BasisInput::Legal {
                    legal_basis: "wpg".into(),
                }
                .into(),
            },
        )
        .unwrap_err(),
        commands::items::set_item_basis(
            &b.state,
            ItemBasisInput {
                meeting_id: b.m.clone(),
                item_id: b.item_consent.clone(),
                subject_ids: vec![],
                basis: BasisInput::Legal {
                    legal_basis: "bestaat-niet".into(),
                }
                .into(),
            },
        )
        .unwrap_err(),
        // a retention date before the meeting; postponement without review date in the future
        commands::meeting::set_retention(&b.state, &b.m, "2026-01-01").unwrap_err(),
        commands::notification::add_notification(
            &b.state,
            NewNotification {
                meeting_id: b.m.clone(),
                subject_ids: vec![],
                informer: b.lead.clone(),
                method: NotificationMethod::Letter.into(),
                timing: NotificationTimingInput::Postponed {
                    ground: PostponeGround::Safety,
                    motivation: "gevaar".into(),
                    review_date: "2026-01-01".into(),
                }
                .into(),
            },
        )
        .unwrap_err(),
        commands::notification::add_notification(
            &b.state,
            NewNotification {
                meeting_id: b.m.clone(),
                subject_ids: vec![],
                informer: b.lead.clone(),
                method: NotificationMethod::Letter.into(),
                timing: NotificationTimingInput::Afterwards {
                    motivation: " ".into(),
                }
                .into(),
            },
        )
        .unwrap_err(),
        // an unknown meeting
        commands::meeting::get_meeting_flow(&b.state, uuid::Uuid::now_v7().to_string())
            .unwrap_err(),
    ];
    for e in cases {
        assert!(!e.message.is_empty() && !e.code.is_empty(), "{e:?}");
        assert!(
            !e.message.contains("Error") && !e.message.contains("sqlite"),
            "{e:?}"
        );
    }
    let _ = b.school;
    assert_eq!(
        before,
        format!(
            "{:?}",
            commands::meeting::get_meeting_flow(&b.state, &b.m).unwrap()
        )
    );
}

#[test]
fn r4_anonymous_meeting_refuses_names_of_subjects() {
    let (_dir, state) = unlocked();
    let m = meeting(&state);
    subject(&state, &m, Relation::Youth, "Naam", "");
    let e = commands::meeting::update_preparation(
        &state,
        Preparation {
            meeting_id: m.clone(),
            purpose: "doel".into(),
            criteria: String::new(),
            family_present: false,
            anonymous: true,
            family_absence_reason: None,
        },
    )
    .unwrap_err();
    assert_eq!(e.code, "anonymous_meeting");
    let (_dir2, state2) = unlocked();
    let m2 = meeting(&state2);
    commands::meeting::update_preparation(
        &state2,
        Preparation {
            meeting_id: m2.clone(),
            purpose: "doel".into(),
            criteria: String::new(),
            family_present: false,
            anonymous: true,
            family_absence_reason: None,
        },
    )
    .unwrap();
    let e = commands::family::add_subject(
        &state2,
        NewSubject {
            meeting_id: m2.clone(),
            relation: Relation::Youth.into(),
            name: "Naam".into(),
            birth_date: String::new(),
            present: false,
            parental_authority: None,
        },
    )
    .unwrap_err();
    assert_eq!(
        (e.code.as_str(), e.field.as_deref()),
        ("anonymous_meeting", Some("name"))
    );
    assert!(commands::family::add_subject(
        &state2,
        NewSubject {
            meeting_id: m2,
            relation: Relation::Youth.into(),
            name: String::new(),
            birth_date: String::new(),
            present: false,
            parental_authority: None,
        }
    )
    .is_ok());
}

/// Issue 16: the JSON of the meeting page and the item commands, with ids and moments
/// normalised, stays exactly what it was when wire types move from the shell to the domain.
/// `WIRE_SNAPSHOT_WRITE=1` rewrites `tests/wire/flow.json` (only on purpose).
#[test]
fn wire_json_of_the_meeting_page_stays_the_same() {
    use serde_json::{to_value, Value};
    let b = build();
    let mut out = serde_json::Map::new();
    let mut put = |k: &str, v: Value| {
        out.insert(k.into(), v);
    };
    commands::meeting::set_meeting_record(
        &b.state,
        &b.m,
        "9:30",
        "10.45",
        "Gesprek verliep rustig, bel 0612345678 voor vragen.",
        true,
    )
    .unwrap();
    let draft = commands::meeting::get_meeting_flow(&b.state, &b.m).unwrap();
    put("draft", to_value(&draft).unwrap());
    put(
        "list",
        to_value(commands::meeting::list_meetings(&b.state).unwrap()).unwrap(),
    );
    put(
        "detail",
        to_value(commands::meeting::get_meeting(&b.state, &b.m).unwrap()).unwrap(),
    );
    put(
        "reference",
        to_value(commands::meeting::reference_data(&b.state).unwrap()).unwrap(),
    );
    let consent_id = draft
        .item_profiles
        .iter()
        .find(|p| p.item_id == b.item_consent)
        .and_then(|p| match &p.basis {
            Some(Basis::Consent { records, .. }) => Some(records[0].id.clone()),
            _ => None,
        })
        .unwrap();
    let done = commands::finalize::finalize_meeting(&b.state, &b.m).unwrap();
    put("finalized", to_value(&done).unwrap());
    let legal_item = done.items[1].id.to_string();
    let mother = done.subjects[0].id.to_string();
    let corrected = commands::items::correct_item(
        &b.state,
        CorrectionRequest {
            meeting_id: b.m.clone(),
            item_id: legal_item.clone(),
            text: "Schuldhulp loopt sinds maart".into(),
            reason: "Datum ontbrak".into(),
            reaction: String::new(),
            requested_by: mother,
            competent: None,
            decision: CorrectionDecision::Granted.into(),
            decided_on: "2026-11-25".into(),
            motivation: String::new(),
        },
    );
    put(
        "corrected",
        corrected.map_or_else(|e| to_value(e).unwrap(), |c| to_value(c).unwrap()),
    );
    put(
        "history",
        to_value(commands::items::item_history(&b.state, &b.m, &legal_item).unwrap()).unwrap(),
    );
    let withdrawn = commands::items::record_consent_withdrawal(
        &b.state,
        NewWithdrawal {
            meeting_id: b.m.clone(),
            consent_id,
            withdrawn_by: ConsenterInput::Subject.into(),
            method: ConsentMethod::Written.into(),
            withdrawn_on: "2026-11-26".into(),
        },
    );
    put(
        "withdrawn",
        withdrawn.map_or_else(|e| to_value(e).unwrap(), |c| to_value(c).unwrap()),
    );
    let text = normalised(Value::Object(out));
    same_as_pinned("flow", &text);
}

/// Issue 16: the JSON of the screens beside the meeting page (attendance and participants,
/// notifications, the release bulk result, presentation mode, the follow-up offer and the
/// expiring meetings), normalised like the meeting page, stays exactly what it was.
/// `WIRE_SNAPSHOT_WRITE=1` rewrites `tests/wire/side.json` (only on purpose).
#[test]
fn wire_json_of_the_side_screens_stays_the_same() {
    use serde_json::{to_value, Value};
    let b = build();
    let mut out = serde_json::Map::new();
    let mut put = |k: &str, v: Value| {
        out.insert(k.into(), v);
    };
    let attend = |who: &str, kind: AttendanceKind, info_sent: bool| {
        commands::participants::set_attendance(
            &b.state,
            SetAttendance {
                meeting_id: b.m.clone(),
                participant_id: who.into(),
                attendance: kind.into(),
                info_sent,
            },
        )
        .unwrap()
    };
    attend(&b.school, AttendanceKind::Apologies, true);
    let f = attend(&b.expert, AttendanceKind::Observer, false);
    put("participants", to_value(&f.participants).unwrap());
    put("profiles", to_value(&f.profiles).unwrap());
    put("attendanceCounts", to_value(f.attendance_counts).unwrap());
    let f = commands::notification::add_notification(
        &b.state,
        NewNotification {
            meeting_id: b.m.clone(),
            subject_ids: vec![],
            informer: b.gp.clone(),
            method: NotificationMethod::Letter.into(),
            timing: NotificationTimingInput::Postponed {
                ground: PostponeGround::Safety,
                motivation: "Moeder is niet veilig als vader het nu hoort".into(),
                review_date: "2027-01-15".into(),
            }
            .into(),
        },
    )
    .unwrap();
    put("notifications", to_value(&f.notifications).unwrap());
    let bulk = commands::releases::decide_releases_bulk(
        &b.state,
        ReleaseBulkInput {
            meeting_id: b.m.clone(),
            scope: ReleaseBulkScope::Matrix.into(),
        },
    );
    let bulk = bulk.map_or_else(|e| to_value(e).unwrap(), |r| to_value(r).unwrap());
    put(
        "bulkCells",
        bulk.get("cells").cloned().unwrap_or(bulk.clone()),
    );
    put(
        "bulkReleaseNeeds",
        bulk.pointer("/flow/releaseNeeds")
            .cloned()
            .unwrap_or(Value::Null),
    );
    put(
        "presentation",
        to_value(commands::meeting::get_presentation(&b.state, &b.m).unwrap()).unwrap(),
    );
    let done = commands::finalize::finalize_meeting(&b.state, &b.m);
    put(
        "finalizedNotifications",
        done.map_or_else(
            |e| to_value(e).unwrap(),
            |d| to_value(&d.notifications).unwrap(),
        ),
    );
    put(
        "followUpOffer",
        commands::meeting::follow_up_offer(&b.state, &b.m)
            .map_or_else(|e| to_value(e).unwrap(), |o| to_value(o).unwrap()),
    );
    put(
        "expiring",
        to_value(commands::meeting::expiring_meetings(&b.state).unwrap()).unwrap(),
    );
    let text = normalised(Value::Object(out));
    same_as_pinned("side", &text);
}

/// `text` against the pinned wire JSON `tests/wire/<name>.json` (`WIRE_SNAPSHOT_WRITE=1`
/// writes it anew from today's code).
fn same_as_pinned(name: &str, text: &str) {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/wire/{name}.json"));
    if std::env::var_os("WIRE_SNAPSHOT_WRITE").is_some() {
        std::fs::write(&path, text).unwrap();
    }
    let want = std::fs::read_to_string(&path).unwrap();
    assert!(
        want == text,
        "the wire JSON changed; compare with {}",
        path.display()
    );
}

/// The JSON with ids and moments normalised ([`normalise`]), pretty-printed.
fn normalised(mut all: serde_json::Value) -> String {
    let mut seen = std::collections::HashMap::new();
    normalise(&mut all, &mut seen);
    serde_json::to_string_pretty(&all).unwrap() + "\n"
}

/// Ids become `id-N` in order of first appearance; moments (`…T…Z`) become `moment`.
fn normalise(v: &mut serde_json::Value, seen: &mut std::collections::HashMap<String, usize>) {
    use serde_json::Value;
    match v {
        Value::String(s) => {
            let is_uuid = uuid::Uuid::parse_str(s).is_ok() && s.len() == 36;
            let is_moment = s.len() == 20 && s.ends_with('Z') && s.as_bytes()[10] == b'T';
            if is_uuid {
                let n = seen.len();
                let n = *seen.entry(s.clone()).or_insert(n);
                *s = format!("id-{n}");
            } else if is_moment {
                *s = "moment".into();
            } else if let Some(id) = s.strip_prefix("custom:") {
                if uuid::Uuid::parse_str(id).is_ok() {
                    *s = "custom:id".into();
                }
            }
        }
        Value::Array(a) => a.iter_mut().for_each(|x| normalise(x, seen)),
        Value::Object(o) => o.values_mut().for_each(|x| normalise(x, seen)),
        _ => {}
    }
}

/// The rights register, reports, breach register, audit log view, settings and documents as
/// the UI receives them, pinned in `tests/wire/admin.json` (`WIRE_SNAPSHOT_WRITE=1`
/// rewrites it). Ids and moments are normalised as above; today's date (the access report
/// is printed today) becomes `today`, and a breach clock's running minutes become `0`.
#[test]
fn wire_json_of_the_admin_screens_stays_the_same() {
    use serde_json::{to_value, Value};
    let b = build();
    let s = &b.state;
    let mut out = serde_json::Map::new();
    let mut put = |k: &str, v: Value| {
        out.insert(k.into(), v);
    };
    let either = |r: Result<Value, ApiError>| r.unwrap_or_else(|e| to_value(e).unwrap());
    let done = commands::finalize::finalize_meeting(s, &b.m).unwrap();
    let export = tempfile::tempdir().unwrap();
    let app = tauri::test::mock_builder()
        .manage(casusoverleg_lib::save::ExportDir(Some(
            export.path().to_path_buf(),
        )))
        .build(tauri::test::mock_context(tauri::test::noop_assets()))
        .unwrap();
    let app = app.handle();

    // Documents (R14).
    put(
        "documents",
        to_value(commands::documents::list_documents(s, &b.m).unwrap()).unwrap(),
    );
    put(
        "savedPlan",
        either(
            commands::documents::save_document(app, s, &b.m, "plan").map(|v| to_value(v).unwrap()),
        ),
    );
    put(
        "savedAll",
        either(commands::documents::save_all_documents(app, s, &b.m).map(|v| to_value(v).unwrap())),
    );
    put(
        "savedOutcome",
        either(
            commands::documents::save_meeting_export(app, s, &b.m, "outcome")
                .map(|v| to_value(v).unwrap()),
        ),
    );

    // Rights register (R17): a request in each status.
    let known = commands::rights::known_subjects(s, "Moeder").unwrap();
    put("known", to_value(&known).unwrap());
    let mother = known[0].key.clone();
    let twelve = commands::rights::known_subjects(s, "Kind").unwrap()[0]
        .key
        .clone();
    let register = |key: &str, kind: RequestKind, requester: Requester, name: &str| {
        commands::rights::register_rights_request(
            s,
            NewRightsRequest {
                subject_key: key.into(),
                kind: kind.into(),
                requester: requester.into(),
                requester_name: name.into(),
                // Today: an extension is still possible; the dates are pinned as `today`,
                // `today+1m`, `today+3m`.
                received_on: commands::today().format("%Y-%m-%d").to_string(),
                competent: None,
            },
        )
        .unwrap()
    };
    let open = register(&mother, RequestKind::Access, Requester::Subject, "Moeder");
    put("requestOpen", to_value(&open).unwrap());
    let extended = register(
        &mother,
        RequestKind::Correction,
        Requester::Subject,
        "Moeder",
    );
    put(
        "requestExtended",
        to_value(
            commands::rights::extend_rights_request(
                s,
                &extended.id,
                "Veel stukken, meer tijd nodig",
            )
            .unwrap(),
        )
        .unwrap(),
    );
    let refused = register(
        &mother,
        RequestKind::Objection,
        Requester::Subject,
        "Moeder",
    );
    put(
        "requestRefused",
        to_value(
            commands::rights::refuse_rights_request(s, &refused.id, "Wettelijke taak gaat voor")
                .unwrap(),
        )
        .unwrap(),
    );
    let access = register(
        &mother,
        RequestKind::Portability,
        Requester::Subject,
        "Moeder",
    );
    put(
        "grantedAccess",
        to_value(commands::rights::grant_rights_request(s, &access.id).unwrap()).unwrap(),
    );
    put(
        "requestDone",
        to_value(commands::rights::complete_rights_request(s, &access.id).unwrap()).unwrap(),
    );
    let erasure = register(
        &twelve,
        RequestKind::Erasure,
        Requester::Subject,
        "Kind twaalf",
    );
    put(
        "grantedErasure",
        either(
            commands::rights::grant_rights_request(s, &erasure.id).map(|v| to_value(v).unwrap()),
        ),
    );
    put(
        "rightsRegister",
        to_value(commands::rights::list_rights_requests(s).unwrap()).unwrap(),
    );
    put(
        "savedAccess",
        either(
            commands::rights::save_access_report(app, s, &open.id).map(|v| to_value(v).unwrap()),
        ),
    );
    let access_json = std::fs::read_dir(export.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            p.extension().is_some_and(|x| x == "json") && p.to_string_lossy().contains("inzage")
        })
        .unwrap();
    put(
        "accessJson",
        serde_json::from_slice(&std::fs::read(access_json).unwrap()).unwrap(),
    );

    // Management report (R19) and breach (R20).
    let year = ReportRequest {
        period: "2026".into(),
        format: Some("json".into()),
    };
    put(
        "report",
        to_value(commands::reports::management_report(s, year.clone()).unwrap()).unwrap(),
    );
    put(
        "savedReport",
        either(
            commands::reports::save_management_report(app, s, year).map(|v| to_value(v).unwrap()),
        ),
    );
    let all = BreachRequest {
        all: true,
        meeting_ids: vec![],
        format: Some("json".into()),
    };
    put(
        "breachImpact",
        to_value(commands::reports::breach_impact(s, all.clone()).unwrap()).unwrap(),
    );
    put(
        "savedBreach",
        either(commands::reports::save_breach_impact(app, s, all).map(|v| to_value(v).unwrap())),
    );
    let breach = commands::reports::register_breach(
        s,
        NewBreach {
            discovered_at: "2026-11-26T08:00:00Z".into(),
            description: "Laptop in de trein laten liggen".into(),
            meeting_id: Some(b.m.clone()),
        },
    )
    .unwrap();
    put("breach", to_value(&breach).unwrap());
    put(
        "breachLists",
        to_value(commands::reports::breach_lists(s, &breach.id).unwrap()).unwrap(),
    );
    put(
        "breachInformed",
        to_value(
            commands::reports::mark_breach_partners_informed(
                s,
                PartnersInformed {
                    breach_id: breach.id.clone(),
                    informed_at: Some("2026-11-27T09:30:00Z".into()),
                },
            )
            .unwrap(),
        )
        .unwrap(),
    );
    put(
        "breaches",
        to_value(commands::reports::list_breaches(s).unwrap()).unwrap(),
    );

    // Settings (R7b, R15, R18, R21).
    put(
        "settings",
        to_value(commands::settings::set_retention_months(s, 7u32).unwrap()).unwrap(),
    );
    put(
        "customBases",
        to_value(
            commands::settings::add_custom_basis(
                s,
                NewCustomBasis {
                    organisation_type: "onderwijs".into(),
                    law: "Wet op het primair onderwijs".into(),
                    article: "artikel 11".into(),
                    note: Some("Leerplicht".into()),
                },
            )
            .unwrap(),
        )
        .unwrap(),
    );
    put(
        "addressBook",
        to_value(
            commands::settings::save_organisation(
                s,
                NewOrganisationEntry {
                    name: "Sterk Huis".into(),
                    organisation_type: "jeugdhulpaanbieder".into(),
                    department: Some("Ambulant".into()),
                    complaint_route: Some("klachten@sterkhuis.example".into()),
                },
            )
            .unwrap(),
        )
        .unwrap(),
    );
    put(
        "profile",
        either(
            commands::settings::save_organisation_profile(
                s,
                OrganisationProfileView {
                    name: "Gemeente Den Haag".into(),
                    address: "Spui 70\n2511 BT Den Haag".into(),
                    privacy_officer: "F. Privacy".into(),
                    privacy_email: "privacy@denhaag.example".into(),
                    privacy_phone: "070 123 4567".into(),
                    complaint_procedure: "Schrijf de klachtencommissie.".into(),
                },
            )
            .map(|v| to_value(v).unwrap()),
        ),
    );
    put(
        "organisationSettings",
        to_value(commands::settings::organisation_settings(s).unwrap()).unwrap(),
    );
    put(
        "auditCheck",
        to_value(commands::settings::verify_audit(s).unwrap()).unwrap(),
    );

    // The audit log view (NEN 7513 × R18), last so it shows the reads above.
    put(
        "auditLog",
        to_value(
            commands::reports::audit_log(
                s,
                AuditLogRequest {
                    meeting_id: b.m.clone(),
                    from: String::new(),
                    to: String::new(),
                },
            )
            .unwrap(),
        )
        .unwrap(),
    );
    put("finalizedItems", to_value(done.items.len()).unwrap());

    let mut all = Value::Object(out);
    calm_clocks(&mut all);
    // Ids, also inside keys and file names (`letter:<id>`, `…-<last six hex digits>.pdf`),
    // in order of first appearance; then moments.
    let raw = serde_json::to_string_pretty(&all).unwrap();
    let mut text = raw.clone();
    for (n, id) in uuids_in(&raw).iter().enumerate() {
        let simple = id.replace('-', "");
        text = text
            .replace(id.as_str(), &format!("id-{n}"))
            .replace(&simple, &format!("id{n}simple"))
            .replace(&simple[simple.len() - 6..], &format!("id{n}tail"));
    }
    let all: Value = serde_json::from_str(&text).unwrap();
    let today = commands::today();
    let export_dir = export.path().to_string_lossy().into_owned();
    let month = |n| {
        today
            .checked_add_months(chrono::Months::new(n))
            .unwrap()
            .format("%Y-%m-%d")
            .to_string()
    };
    let text = normalised(all)
        .replace(&export_dir, "EXPORT")
        .replace(&month(1), "today+1m")
        .replace(&month(3), "today+3m")
        .replace(&today.format("%Y-%m-%d").to_string(), "today")
        .replace(&today.format("%Y%m%d").to_string(), "today")
        .replace(&today.format("%d-%m-%Y").to_string(), "today");
    same_as_pinned("admin", &text);
}

/// Every id (8-4-4-4-12 hex digits) in `text`, in order of first appearance.
fn uuids_in(text: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    let bytes = text.as_bytes();
    for start in 0..bytes.len().saturating_sub(35) {
        let Some(s) = text.get(start..start + 36) else {
            continue;
        };
        if uuid::Uuid::parse_str(s).is_ok()
            && s.as_bytes()[8] == b'-'
            && !found.iter().any(|f| f == s)
        {
            found.push(s.to_owned());
        }
    }
    found
}

/// A running or overdue breach clock counts minutes from now: pinned as 0; the log's
/// moments (to the nanosecond) become `moment`.
fn calm_clocks(v: &mut serde_json::Value) {
    use serde_json::Value;
    match v {
        Value::String(s) if s.ends_with('Z') && s.len() > 20 && s.as_bytes()[10] == b'T' => {
            *s = "moment".into();
        }
        Value::Object(o) => {
            let running = matches!(
                o.get("clock").and_then(Value::as_str),
                Some("running" | "overdue")
            );
            if running {
                o.insert("minutes".into(), Value::from(0));
            }
            o.values_mut().for_each(calm_clocks);
        }
        Value::Array(a) => a.iter_mut().for_each(calm_clocks),
        _ => {}
    }
}
