#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! R12/R14c: the letters per addressee as the store keeps them: old stores migrate with
//! safe defaults; lifting a postponement and recording that the outcome was told are later
//! events of a finalized meeting (audited), refused on a draft; the letter of a postponed
//! addressee appears only after lifting.

mod common;
use chrono::NaiveDate;
use common::*;
use domain::{
    Addressee, AddresseeLetter, DomainError, Field, ForFamily, NotificationInput,
    NotificationMethod, NotificationScope, NotificationTiming, PostponeGround, Prose, Relation,
    Role, SubjectInput,
};
use rusqlite::params;
use store::{Store, StoreError, MIGRATIONS, STORE_FILE_NAME};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn r12_a_store_from_before_migration_15_migrates_with_safe_defaults() {
    let dir = tempfile::tempdir().unwrap();
    {
        let conn = common::open_raw(dir.path().join(STORE_FILE_NAME));
        conn.execute_batch(
            "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY NOT NULL,
                                             applied_at TEXT NOT NULL) STRICT;",
        )
        .unwrap();
        for (v, sql) in MIGRATIONS.iter().filter(|(v, _)| *v < 15) {
            conn.execute_batch(sql).unwrap();
            conn.execute(
                "INSERT INTO schema_migrations (version, applied_at) VALUES (?1, 'x')",
                params![v],
            )
            .unwrap();
        }
        let m = "01900000-0000-7000-8000-000000000001";
        let p = "01900000-0000-7000-8000-000000000002";
        conn.execute_batch(&format!(
            "INSERT INTO meetings (id, case_label, meeting_date, purpose, created_at)
               VALUES ('{m}', 'Oud', '2026-11-24', 'Doel', '2026-11-24T10:00:00Z');
             INSERT INTO participants (id, meeting_id, name, organisation, role)
               VALUES ('{p}', '{m}', 'Anna', 'Wijkteam', 'case_lead');
             INSERT INTO actions (id, meeting_id, who, what, due)
               VALUES ('01900000-0000-7000-8000-000000000003', '{m}', '{p}', 'Bellen',
                       '2026-12-01');
             INSERT INTO notifications (id, meeting_id, whole_family, informer, method, timing,
                                        ground, motivation, review_date)
               VALUES ('01900000-0000-7000-8000-000000000004', '{m}', 1, '{p}', 'letter',
                       'postponed', 'safety', 'Gevaar', '2027-01-05');"
        ))
        .unwrap();
    }
    let store = Store::open(dir.path(), PASS).unwrap();
    let id = domain::MeetingId::from_uuid(
        uuid::Uuid::parse_str("01900000-0000-7000-8000-000000000001").unwrap(),
    );
    let flow = store.meeting_flow(id).unwrap();
    let r = &flow.record;
    assert!(!r.purpose_for_family);
    assert_eq!(r.actions[0].for_family, ForFamily::Unchecked);
    assert_eq!(r.participants[0].complaint_route, None);
    assert_eq!(r.notifications[0].done_on, None);
    assert_eq!(r.notifications[0].lifted_on, None);
    assert!(r.notifications[0].withholds());
}

#[test]
fn r12_lifting_a_postponement_after_finalize_makes_the_letter_available() {
    let (_dir, mut store) = new_store();
    let m = store
        .create_meeting(&meeting_input("Uitstel"), now())
        .unwrap()
        .id;
    let lead = store
        .add_participant(m, &participant_input("Anna Regie", Role::CaseLead), now())
        .unwrap()
        .id;
    store.record_pledge(m, lead, now()).unwrap();
    let flow = store
        .add_subject(
            m,
            &SubjectInput {
                relation: Relation::Parent,
                name: "Vader".into(),
                birth_date: "1980-01-01".into(),
                parental_authority: true,
            },
            false,
            now(),
        )
        .unwrap();
    let father = flow.record.subjects[0].subject.id;
    let flow = store
        .add_notification(
            m,
            NotificationInput {
                about: NotificationScope::Subjects(vec![father]),
                informer: lead,
                method: NotificationMethod::Letter,
                timing: NotificationTiming::Postponed {
                    ground: PostponeGround::CriminalInvestigation,
                    motivation: Prose::parse(
                        "Er loopt een strafrechtelijk onderzoek naar vader",
                        Field::Motivation,
                        100,
                    )
                    .unwrap(),
                    review_date: day(2027, 1, 5),
                },
            },
            now(),
        )
        .unwrap();
    let n = flow.record.notifications[0].id;
    let today = day(2026, 12, 1);
    // Before finalizing there is no "after the meeting".
    assert!(matches!(
        store.lift_postponement(m, n, today, today, now()),
        Err(StoreError::Invalid(DomainError::NotYetFinalized))
    ));
    store.finalize_meeting(m, now()).unwrap();
    let letters = store.family_letters(m, today).unwrap();
    assert!(matches!(
        letters[..],
        [(AddresseeLetter::Postponed { .. }, None)]
    ));
    // Not while postponed: recording the outcome as told.
    assert!(matches!(
        store.record_notification_done(m, n, today, today, now()),
        Err(StoreError::Invalid(DomainError::NotificationPostponed))
    ));
    let flow = store.lift_postponement(m, n, today, today, now()).unwrap();
    assert_eq!(flow.record.notifications[0].lifted_on, Some(today));
    let letters = store.family_letters(m, today).unwrap();
    assert_eq!(
        letters[0].0,
        AddresseeLetter::Available(Addressee::Member(father))
    );
    assert!(letters[0].1.is_some());
    let flow = store
        .record_notification_done(m, n, today, today, now())
        .unwrap();
    assert_eq!(flow.record.notifications[0].done_on, Some(today));
    // The meeting itself stays immutable.
    assert!(matches!(
        store.set_purpose_for_family(m, true, now()),
        Err(StoreError::Invalid(DomainError::MeetingFinalized))
    ));
}
