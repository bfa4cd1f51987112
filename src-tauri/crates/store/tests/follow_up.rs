#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! R11/R13: follow-up meetings on real encrypted store files: the open actions of the
//! previous meeting are carried over, the new meeting cannot be finalized until each has
//! a status, a refused edit changes nothing, the status survives reopening, and the
//! carried-over rows are destroyed with the meeting (R15).

mod common;
use common::*;
use domain::{
    ActionInput, CarriedStatus, DomainError, Field, MeetingId, NotDoneReason, OpenPoint,
    OrganisationType, ParticipantId, Prose, Role,
};
use store::{checklist_of, ParticipantExtra, Store, StoreError};

/// A finalized meeting with two actions (lead and school) and nobody of the family.
fn finalized(store: &mut Store) -> (MeetingId, ParticipantId) {
    let m = store
        .create_meeting(&meeting_input("Gezin Vervolg"), now())
        .unwrap()
        .id;
    let mut add = |name: &str, role: Role| {
        store
            .add_participant_with(
                m,
                &participant_input(name, role),
                ParticipantExtra {
                    organisation_type: OrganisationType::Wijkteam,
                    secrecy: true,
                },
                now(),
            )
            .unwrap()
            .id
    };
    let lead = add("Anna Regie", Role::CaseLead);
    let school = add("Meester Jan", Role::ContentRole);
    for (who, what) in [
        (lead, "Gezinsplan opstellen"),
        (school, "Verzuim bijhouden"),
    ] {
        store.record_pledge(m, who, now()).unwrap();
        store
            .add_action(
                m,
                &ActionInput {
                    who,
                    what: what.into(),
                    due: "2026-12-15".into(),
                    relies_on: vec![],
                },
                now(),
            )
            .unwrap();
    }
    // R12: the absent family is informed by the case lead.
    store
        .add_notification(
            m,
            domain::NotificationInput {
                about: domain::NotificationScope::WholeFamily,
                informer: lead,
                method: domain::NotificationMethod::Conversation,
                timing: domain::NotificationTiming::Beforehand,
            },
            now(),
        )
        .unwrap();
    store.finalize_meeting(m, now()).unwrap();
    (m, lead)
}

#[test]
fn r11_follow_up_carries_over_the_open_actions_unsettled() {
    let (_dir, mut store) = new_store();
    let (prev, _) = finalized(&mut store);
    let next = store.create_follow_up(prev, "2027-01-12", now()).unwrap();
    let r = &next.record;
    assert_ne!(r.meeting.id, prev);
    assert_eq!(r.meeting.case_label.as_str(), "Gezin Vervolg");
    assert!(
        r.participants.is_empty(),
        "participants and pledges are per meeting (R2)"
    );
    let whats: Vec<&str> = r.carried_over.iter().map(|c| c.what.as_str()).collect();
    assert_eq!(whats, ["Gezinsplan opstellen", "Verzuim bijhouden"]);
    assert_eq!(r.carried_over[0].who_name.as_str(), "Anna Regie");
    assert_eq!(r.carried_over[1].who_organisation.as_str(), "Wijkteam Zuid");
    assert!(r.carried_over.iter().all(|c| c.from_meeting == prev));
    assert!(r
        .carried_over
        .iter()
        .all(|c| c.status == CarriedStatus::Unsettled));
    // The new meeting is a draft with a retention date of its own (R15).
    assert!(r.retention_until.is_some());
    assert_eq!(store.list_meetings().unwrap().len(), 2);
}

#[test]
fn r13_finalize_refuses_until_every_carried_action_has_a_status() {
    let (dir, mut store) = new_store();
    let (prev, _) = finalized(&mut store);
    let next = store.create_follow_up(prev, "2027-01-12", now()).unwrap();
    let id = next.record.meeting.id;
    let (a, b) = (
        next.record.carried_over[0].id,
        next.record.carried_over[1].id,
    );
    let open = checklist_of(&next);
    assert!(open.contains(&OpenPoint::CarriedActionUnsettled(a)));
    assert!(open.contains(&OpenPoint::CarriedActionUnsettled(b)));
    assert!(matches!(
        store.finalize_meeting(id, now()),
        Err(StoreError::ChecklistOpen(_))
    ));

    store
        .set_carried_status(id, a, CarriedStatus::Done, now())
        .unwrap();
    let not_done = CarriedStatus::NotDone {
        reason: NotDoneReason::ChangedCircumstances,
        note: Some(Prose::parse("Gezin is verhuisd", Field::CarriedNote, 100).unwrap()),
    };
    let after = store
        .set_carried_status(id, b, not_done.clone(), now())
        .unwrap();
    assert!(!checklist_of(&after)
        .iter()
        .any(|p| matches!(p, OpenPoint::CarriedActionUnsettled(_))));

    // The status survives closing and reopening the encrypted file.
    drop(store);
    let store = Store::open(dir.path(), PASS).unwrap();
    let reloaded = store.meeting_flow(id).unwrap();
    assert_eq!(reloaded.record.carried_over[0].status, CarriedStatus::Done);
    assert_eq!(reloaded.record.carried_over[1].status, not_done);
}

#[test]
fn r11_refused_follow_ups_and_statuses_change_nothing() {
    let (_dir, mut store) = new_store();
    let draft = store
        .create_meeting(&meeting_input("Concept"), now())
        .unwrap()
        .id;
    assert!(matches!(
        store.create_follow_up(draft, "2027-01-12", now()),
        Err(StoreError::Invalid(DomainError::FollowUpOfDraft))
    ));
    let (prev, _) = finalized(&mut store);
    assert!(matches!(
        store.create_follow_up(prev, "2026-11-01", now()),
        Err(StoreError::Invalid(DomainError::DateOutOfRange { .. }))
    ));
    assert_eq!(store.list_meetings().unwrap().len(), 2);

    let next = store.create_follow_up(prev, "2027-01-12", now()).unwrap();
    let id = next.record.meeting.id;
    let unknown = domain::CarriedActionId::new();
    assert!(matches!(
        store.set_carried_status(id, unknown, CarriedStatus::Done, now()),
        Err(StoreError::Invalid(DomainError::UnknownCarriedAction))
    ));
    // A carried action of another meeting is not one of this meeting.
    let other = store.create_follow_up(prev, "2027-01-13", now()).unwrap();
    let foreign = other.record.carried_over[0].id;
    assert!(store
        .set_carried_status(id, foreign, CarriedStatus::Done, now())
        .is_err());
    assert_eq!(
        store
            .meeting_flow(other.record.meeting.id)
            .unwrap()
            .record
            .carried_over[0]
            .status,
        CarriedStatus::Unsettled
    );
}

#[test]
fn r11_only_actions_not_acted_upon_carry_over_again() {
    let (_dir, mut store) = new_store();
    let (prev, _) = finalized(&mut store);
    let second = store.create_follow_up(prev, "2027-01-12", now()).unwrap();
    let id = second.record.meeting.id;
    let (a, b) = (
        second.record.carried_over[0].id,
        second.record.carried_over[1].id,
    );
    let reason = |r| CarriedStatus::NotDone {
        reason: r,
        note: None,
    };
    store
        .set_carried_status(id, a, reason(NotDoneReason::NotActedUpon), now())
        .unwrap();
    store
        .set_carried_status(id, b, reason(NotDoneReason::ChangedCircumstances), now())
        .unwrap();
    // The second meeting needs a case lead and a pledge to be finalized.
    let lead = store
        .add_participant_with(
            id,
            &participant_input("Anna Regie", Role::CaseLead),
            ParticipantExtra {
                organisation_type: OrganisationType::Wijkteam,
                secrecy: true,
            },
            now(),
        )
        .unwrap()
        .id;
    store.record_pledge(id, lead, now()).unwrap();
    store
        .add_notification(
            id,
            domain::NotificationInput {
                about: domain::NotificationScope::WholeFamily,
                informer: lead,
                method: domain::NotificationMethod::Conversation,
                timing: domain::NotificationTiming::Beforehand,
            },
            now(),
        )
        .unwrap();
    store.finalize_meeting(id, now()).unwrap();

    let third = store.create_follow_up(id, "2027-03-01", now()).unwrap();
    let whats: Vec<&str> = third
        .record
        .carried_over
        .iter()
        .map(|c| c.what.as_str())
        .collect();
    assert_eq!(whats, ["Gezinsplan opstellen"]);
}

#[test]
fn r15_carried_actions_are_destroyed_with_the_meeting() {
    let (dir, mut store) = new_store();
    let (prev, _) = finalized(&mut store);
    store.create_follow_up(prev, "2027-01-12", now()).unwrap();
    let later = chrono::NaiveDate::from_ymd_opt(2031, 1, 1).unwrap();
    let destroyed = store.destroy_expired(later, now()).unwrap();
    assert_eq!(destroyed.len(), 2);
    drop(store);
    let conn = common::open_raw(dir.path().join(store::STORE_FILE_NAME));
    let n: i64 = conn
        .query_row("SELECT count(*) FROM carried_actions", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 0);
}
