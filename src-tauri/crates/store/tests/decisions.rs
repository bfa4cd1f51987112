#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! R11 and seed 002 (migration 0028): decisions with their reasons and the items they rest
//! on, actions under them, and participants' dissent, on real encrypted store files:
//! stored and read back after a reopen, audited (R18), refused after finalize (R13),
//! destroyed with the meeting (R15).

mod common;
use common::*;
use domain::{
    ActionInput, DecisionInput, Dependency, DomainError, Field, MeetingId, ParticipantId,
};
use store::{Store, StoreError, STORE_FILE_NAME};

fn audit_kinds(dir: &std::path::Path) -> Vec<String> {
    let conn = open_raw(dir.join(STORE_FILE_NAME));
    let mut stmt = conn
        .prepare("SELECT kind FROM audit_log ORDER BY seq")
        .unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

fn seeded(store: &mut Store, finalized: bool) -> MeetingId {
    seeded_meeting(store, finalized, 7)
}

fn decision(rests_on: Vec<domain::ItemId>) -> DecisionInput {
    DecisionInput {
        what: "Gezinscoach inzetten".into(),
        why: "Ouders vragen om steun bij de opvoeding".into(),
        rests_on,
    }
}

#[test]
fn r11_decision_with_reason_items_action_and_dissent_survive_a_reopen_and_are_audited() {
    let (dir, mut store) = new_store();
    let m = seeded(&mut store, false);
    let flow = store.meeting_flow(m).unwrap();
    let item = flow.record.items[0].item.id;
    let who = flow.record.participants[0].participant.id;
    let other = flow.record.participants[1].participant.id;
    let flow = store.add_decision(m, &decision(vec![item]), now()).unwrap();
    let d = flow.record.decisions[0].clone();
    assert_eq!(d.rests_on, vec![item]);
    let flow = store
        .add_action(
            m,
            &ActionInput {
                who,
                what: "Gezinscoach aanvragen".into(),
                due: "2026-12-31".into(),
                relies_on: vec![],
                decision: Some(d.id),
                condition: String::new(),
            },
            now(),
        )
        .unwrap();
    let action = flow.record.actions.last().unwrap().id;
    store
        .add_dissent(m, d.id, other, "Eerst school horen", now())
        .unwrap();
    store.close().unwrap();

    let mut store = Store::open(dir.path(), PASS).unwrap();
    let flow = store.meeting_flow(m).unwrap();
    assert_eq!(flow.record.decisions, vec![d.clone()]);
    let a = flow.record.actions.iter().find(|a| a.id == action).unwrap();
    assert_eq!(a.decision, Some(d.id));
    assert_eq!(flow.record.dissents.len(), 1);
    assert_eq!(flow.record.dissents[0].participant, other);
    assert_eq!(flow.record.dissents[0].why.as_str(), "Eerst school horen");

    // R11: the decision cannot go while an action hangs under it or dissent is recorded.
    assert!(matches!(
        store.remove_decision(m, d.id, now()),
        Err(StoreError::Invalid(DomainError::StillNeeded(
            Dependency::ActionsUnderDecision
        )))
    ));
    store.remove_action(m, action, now()).unwrap();
    assert!(matches!(
        store.remove_decision(m, d.id, now()),
        Err(StoreError::Invalid(DomainError::StillNeeded(
            Dependency::DissentWithDecision
        )))
    ));
    let dissent = store.meeting_flow(m).unwrap().record.dissents[0].id;
    store.remove_dissent(m, dissent, now()).unwrap();
    let flow = store.remove_decision(m, d.id, now()).unwrap();
    assert!(flow.record.decisions.is_empty() && flow.record.dissents.is_empty());
    store.close().unwrap();

    let kinds = audit_kinds(dir.path());
    for kind in [
        "decision_added",
        "dissent_added",
        "dissent_removed",
        "decision_removed",
    ] {
        assert_eq!(kinds.iter().filter(|k| *k == kind).count(), 1, "{kind}");
    }
}

#[test]
fn r11_refused_decision_and_dissent_change_nothing() {
    let (_dir, mut store) = new_store();
    let m = seeded(&mut store, false);
    let mut input = decision(vec![]);
    input.why = " ".into();
    let err = store.add_decision(m, &input, now()).unwrap_err();
    assert!(matches!(
        err,
        StoreError::Invalid(DomainError::Empty {
            field: Field::DecisionWhy
        })
    ));
    let flow = store.add_decision(m, &decision(vec![]), now()).unwrap();
    let d = flow.record.decisions[0].id;
    assert!(matches!(
        store.add_dissent(m, d, ParticipantId::new(), "Oneens", now()),
        Err(StoreError::Invalid(DomainError::ParticipantNotInMeeting {
            field: Field::Dissenter
        }))
    ));
    let flow = store.meeting_flow(m).unwrap();
    assert_eq!(flow.record.decisions.len(), 1);
    assert!(flow.record.dissents.is_empty());
}

#[test]
fn r13_a_finalized_meeting_takes_no_decision_and_no_dissent() {
    let (_dir, mut store) = new_store();
    let m = seeded(&mut store, true);
    assert!(matches!(
        store.add_decision(m, &decision(vec![]), now()),
        Err(StoreError::Invalid(DomainError::MeetingFinalized))
    ));
    let flow = store.meeting_flow(m).unwrap();
    assert!(flow.record.decisions.is_empty());
}

#[test]
fn r15_decisions_and_dissent_go_with_the_meeting() {
    let (dir, mut store) = new_store();
    let m = seeded(&mut store, false);
    let flow = store.meeting_flow(m).unwrap();
    let item = flow.record.items[0].item.id;
    let p = flow.record.participants[0].participant.id;
    let flow = store.add_decision(m, &decision(vec![item]), now()).unwrap();
    store
        .add_dissent(m, flow.record.decisions[0].id, p, "Oneens", now())
        .unwrap();
    store.close().unwrap();
    let conn = open_raw(dir.path().join(STORE_FILE_NAME));
    conn.execute("DELETE FROM meetings WHERE id = ?1", [m.to_string()])
        .unwrap();
    for table in ["decisions", "decision_items", "dissents"] {
        let n: i64 = conn
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 0, "{table}");
    }
}

#[test]
fn migration_0028_keeps_old_actions_without_a_decision() {
    let dir = tempfile::tempdir().unwrap();
    let old = store_before_migration(dir.path(), 28);
    let conn = open_raw(dir.path().join(STORE_FILE_NAME));
    conn.execute(
        "INSERT INTO actions (id, meeting_id, who, what, due) VALUES (?1, ?2, ?3, 'Oud', '2026-12-01')",
        [uuid::Uuid::now_v7().to_string(), old.meeting.clone(), old.person.clone()],
    )
    .unwrap();
    drop(conn);
    let store = Store::open(dir.path(), PASS).unwrap();
    let flow = store
        .meeting_flow(MeetingId::from_uuid(old.meeting.parse().unwrap()))
        .unwrap();
    assert_eq!(flow.record.actions.len(), 1);
    assert_eq!(flow.record.actions[0].decision, None);
    assert!(flow.record.decisions.is_empty() && flow.record.dissents.is_empty());
}

#[test]
fn r14c_a_decisions_mark_for_the_family_survives_a_reopen_is_audited_and_refused_after_finalize() {
    let (dir, mut store) = new_store();
    let m = seeded(&mut store, false);
    let flow = store.add_decision(m, &decision(vec![]), now()).unwrap();
    let d = flow.record.decisions[0].id;
    assert_eq!(
        flow.record.decisions[0].for_family,
        domain::ForFamily::Unchecked
    );
    let hidden = domain::ForFamily::NotForFamily {
        motivation: domain::Prose::parse("Onderzoek loopt nog", Field::Motivation, 100).unwrap(),
    };
    store
        .set_decision_for_family(m, d, hidden.clone(), now())
        .unwrap();
    store.close().unwrap();
    let mut store = Store::open(dir.path(), PASS).unwrap();
    assert_eq!(
        store.meeting_flow(m).unwrap().record.decisions[0].for_family,
        hidden
    );
    assert!(matches!(
        store.set_decision_for_family(
            m,
            domain::DecisionId::new(),
            domain::ForFamily::Checked,
            now()
        ),
        Err(StoreError::Invalid(DomainError::UnknownDecision))
    ));
    store
        .set_decision_for_family(m, d, domain::ForFamily::Checked, now())
        .unwrap();
    store.finalize_meeting(m, now()).unwrap();
    assert!(matches!(
        store.set_decision_for_family(m, d, domain::ForFamily::Unchecked, now()),
        Err(StoreError::Invalid(DomainError::MeetingFinalized))
    ));
    assert_eq!(
        store.meeting_flow(m).unwrap().record.decisions[0].for_family,
        domain::ForFamily::Checked
    );
    store.close().unwrap();
    let kinds = audit_kinds(dir.path());
    assert_eq!(
        kinds.iter().filter(|k| *k == "for_family_set").count(),
        2,
        "{kinds:?}"
    );
}

#[test]
fn migration_0034_starts_old_decisions_unchecked() {
    let dir = tempfile::tempdir().unwrap();
    let old = store_before_migration(dir.path(), 34);
    let conn = open_raw(dir.path().join(STORE_FILE_NAME));
    conn.execute(
        "INSERT INTO decisions (id, meeting_id, what, why) VALUES (?1, ?2, 'Oud besluit', 'Oude reden')",
        [uuid::Uuid::now_v7().to_string(), old.meeting.clone()],
    )
    .unwrap();
    drop(conn);
    let store = Store::open(dir.path(), PASS).unwrap();
    let flow = store
        .meeting_flow(MeetingId::from_uuid(old.meeting.parse().unwrap()))
        .unwrap();
    assert_eq!(
        flow.record.decisions[0].for_family,
        domain::ForFamily::Unchecked
    );
}
