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
    finalized_with(store, "")
}

/// The same, with `school_condition` as the condition of the school's action.
fn finalized_with(store: &mut Store, school_condition: &str) -> (MeetingId, ParticipantId) {
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
    for (who, what, condition) in [
        (lead, "Gezinsplan opstellen", ""),
        (school, "Verzuim bijhouden", school_condition),
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
                    condition: condition.into(),
                    decision: None,
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

/// The finalized meeting of [`finalized`] with two family members; the mother has a secret
/// address. Added before finalizing, as the chair would.
fn finalized_with_family(store: &mut Store) -> MeetingId {
    let m = store
        .create_meeting(&meeting_input("Gezin Overname"), now())
        .unwrap()
        .id;
    let lead = store
        .add_participant_with(
            m,
            &participant_input("Anna Regie", Role::CaseLead),
            ParticipantExtra {
                organisation_type: OrganisationType::Wijkteam,
                secrecy: true,
            },
            now(),
        )
        .unwrap()
        .id;
    store
        .add_participant_with(
            m,
            &participant_input("Meester Jan", Role::ContentRole),
            ParticipantExtra {
                organisation_type: OrganisationType::Onderwijs,
                secrecy: false,
            },
            now(),
        )
        .unwrap();
    for who in store.meeting_flow(m).unwrap().record.participants {
        store.record_pledge(m, who.participant.id, now()).unwrap();
    }
    for (relation, name, born) in [
        (
            domain::Relation::Parent,
            "Sanne de Vries-van den Berg",
            "1988-03-02",
        ),
        (domain::Relation::Youth, "Daan de Vries", "2018-06-15"),
    ] {
        store
            .add_subject(
                m,
                &domain::SubjectInput {
                    relation,
                    name: name.into(),
                    birth_date: born.into(),
                    parental_authority: relation == domain::Relation::Parent,
                },
                false,
                now(),
            )
            .unwrap();
    }
    let mother = store.meeting_flow(m).unwrap().record.subjects[0].subject.id;
    store
        .set_secret_address(
            m,
            mother,
            Some(domain::SecretAddress::parse("Geheimstraat 1, Utrecht").unwrap()),
            now(),
        )
        .unwrap();
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
    m
}

#[test]
fn r2_r21_follow_up_takes_over_the_confirmed_people_without_pledges_or_secret_address() {
    let (dir, mut store) = new_store();
    let prev = finalized_with_family(&mut store);
    let offer = store.follow_up_offer(prev).unwrap();
    assert_eq!(offer.participants.len(), 2);
    assert_eq!(offer.subjects.len(), 2);
    assert!(offer.subjects[0].secret_address_left_behind);
    assert!(!offer.subjects[1].secret_address_left_behind);

    // The chair unticks the teacher; both family members stay ticked.
    let lead = offer.participants[0].from;
    let family: Vec<_> = offer.subjects.iter().map(|s| s.from).collect();
    let before = store.audit_entries(&Default::default()).unwrap().len();
    let next = store
        .create_follow_up_with(prev, "2027-01-12", &[lead], &family, now())
        .unwrap();
    let r = &next.record;
    assert_eq!(r.participants.len(), 1);
    assert_eq!(r.participants[0].participant.name.as_str(), "Anna Regie");
    assert_eq!(r.participants[0].participant.role, Role::CaseLead);
    assert_eq!(
        r.participants[0].organisation_type,
        OrganisationType::Wijkteam
    );
    assert_ne!(r.participants[0].participant.id, lead);
    assert!(r.participants[0].pledged_at.is_none(), "R2: per meeting");
    assert!(
        checklist_of(&next).contains(&OpenPoint::PledgeMissing(r.participants[0].participant.id))
    );
    assert_eq!(r.subjects.len(), 2);
    assert_eq!(
        r.subjects[0].subject.name.as_ref().unwrap().as_str(),
        "Sanne de Vries-van den Berg"
    );
    assert!(r.subjects.iter().all(|s| !s.subject.has_secret_address));
    assert!(r.items.is_empty() && r.actions.is_empty() && r.notifications.is_empty());
    // R18: the follow-up and each person taken over are in the log.
    let after = store.audit_entries(&Default::default()).unwrap();
    let kinds: Vec<&str> = after[before..].iter().map(|e| e.kind.as_str()).collect();
    assert_eq!(
        kinds,
        [
            "follow_up_created",
            "participant_added",
            "subject_added",
            "subject_added"
        ]
    );
    // R21: the secret address row was not copied.
    let id = r.meeting.id;
    drop(store);
    let store = Store::open(dir.path(), PASS).unwrap();
    let reloaded = store.meeting_flow(id).unwrap();
    assert!(reloaded
        .record
        .subjects
        .iter()
        .all(|s| !s.subject.has_secret_address));
}

#[test]
fn r11_an_unknown_person_refuses_the_whole_follow_up() {
    let (_dir, mut store) = new_store();
    let prev = finalized_with_family(&mut store);
    assert!(matches!(
        store.create_follow_up_with(prev, "2027-01-12", &[ParticipantId::new()], &[], now()),
        Err(StoreError::Invalid(
            DomainError::ParticipantNotInMeeting { .. }
        ))
    ));
    assert_eq!(store.list_meetings().unwrap().len(), 1, "nothing written");
}

#[test]
fn r11_the_list_shows_vervolg_open_while_the_follow_up_is_a_draft() {
    let (_dir, mut store) = new_store();
    let prev = finalized_with_family(&mut store);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let status = |store: &Store, id: MeetingId| {
        store
            .list_meetings()
            .unwrap()
            .into_iter()
            .find(|m| m.id == id)
            .unwrap()
            .status(today)
    };
    assert_eq!(status(&store, prev), domain::MeetingListStatus::Finalized);
    let next = store
        .create_follow_up(prev, "2027-01-12", now())
        .unwrap()
        .record
        .meeting
        .id;
    assert_eq!(
        status(&store, prev),
        domain::MeetingListStatus::FollowUpOpen
    );
    assert_eq!(status(&store, next), domain::MeetingListStatus::Draft);
}

/// The follow-up's case lead, pledge and notification, then finalize.
fn finalize_follow_up(store: &mut Store, id: MeetingId) {
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
}

#[test]
fn r11_a_condition_travels_with_its_action_and_a_condition_not_met_carries_over_again() {
    let (dir, mut store) = new_store();
    let when = "Als Noah weer een dag zonder bericht verzuimt";
    let (prev, _) = finalized_with(&mut store, when);
    let plan = store.meeting_flow(prev).unwrap().record;
    let conditions: Vec<Option<&str>> = plan
        .actions
        .iter()
        .map(|a| a.condition.as_ref().map(Prose::as_str))
        .collect();
    assert_eq!(conditions, [None, Some(when)]);

    let next = store.create_follow_up(prev, "2027-01-12", now()).unwrap();
    let id = next.record.meeting.id;
    let (plain, conditional) = (
        next.record.carried_over[0].id,
        next.record.carried_over[1].id,
    );
    store.close().unwrap();
    // The condition survives closing and reopening the encrypted file.
    let mut store = Store::open(dir.path(), PASS).unwrap();
    let carried = store.meeting_flow(id).unwrap().record.carried_over;
    assert_eq!(carried[0].condition, None);
    assert_eq!(carried[1].condition.as_ref().map(Prose::as_str), Some(when));

    // An action without a condition cannot be settled as "the condition did not occur";
    // the refusal changes nothing.
    assert!(matches!(
        store.set_carried_status(id, plain, CarriedStatus::ConditionNotMet, now()),
        Err(StoreError::Invalid(
            DomainError::CarriedActionHasNoCondition
        ))
    ));
    assert_eq!(
        store.meeting_flow(id).unwrap().record.carried_over[0].status,
        CarriedStatus::Unsettled
    );

    store
        .set_carried_status(id, plain, CarriedStatus::Done, now())
        .unwrap();
    store
        .set_carried_status(id, conditional, CarriedStatus::ConditionNotMet, now())
        .unwrap();
    finalize_follow_up(&mut store, id);

    // The conditional agreement stands: it comes back, with its condition, unsettled.
    let third = store.create_follow_up(id, "2027-03-01", now()).unwrap();
    let again: Vec<(&str, Option<&str>, &CarriedStatus)> = third
        .record
        .carried_over
        .iter()
        .map(|c| {
            (
                c.what.as_str(),
                c.condition.as_ref().map(Prose::as_str),
                &c.status,
            )
        })
        .collect();
    assert_eq!(
        again,
        [("Verzuim bijhouden", Some(when), &CarriedStatus::Unsettled)]
    );
}

#[test]
fn r11_migration_0029_keeps_every_carried_action_of_an_older_store() {
    let dir = tempfile::tempdir().unwrap();
    let old = common::store_before_migration(dir.path(), 29);
    let conn = common::open_raw(dir.path().join(store::STORE_FILE_NAME));
    let carried = uuid::Uuid::now_v7().to_string();
    conn.execute(
        "INSERT INTO carried_actions (id, meeting_id, from_meeting_id, who_name,
             who_organisation, what, due, status, note, position)
         VALUES (?1, ?2, ?3, 'Oud Lid', 'Wijkteam', 'Oude afspraak', '2026-12-01',
                 'not_acted_upon', 'Geen tijd gehad', 0)",
        [&carried, &old.meeting, &uuid::Uuid::now_v7().to_string()],
    )
    .unwrap();
    drop(conn);
    let store = Store::open(dir.path(), PASS).unwrap();
    let id = MeetingId::from_uuid(uuid::Uuid::parse_str(&old.meeting).unwrap());
    let detail = store.meeting_flow(id).unwrap().record;
    assert_eq!(detail.carried_over.len(), 1);
    let c = &detail.carried_over[0];
    assert_eq!(c.id.to_string(), carried);
    assert_eq!(c.what.as_str(), "Oude afspraak");
    assert_eq!(c.condition, None);
    assert!(matches!(
        &c.status,
        CarriedStatus::NotDone {
            reason: NotDoneReason::NotActedUpon,
            note: Some(n)
        } if n.as_str() == "Geen tijd gehad"
    ));
    assert!(detail.actions.iter().all(|a| a.condition.is_none()));
}
