#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Seed 002 Feitenonderzoek 4: the time and the record of the meeting as the store keeps
//! them: saved and read back, audited without the text (R18), refused after finalizing
//! (R13) and on bad input (nothing changes), R4 in an anonymous meeting, the checklist, the
//! plan, and a store from before migration 0026.

mod common;
use common::*;
use domain::{DomainError, Field, MinutesInput, OpenPoint, Role};
use store::{Store, StoreError};

fn input(start: &str, end: &str, account: &str, agreed: bool) -> MinutesInput {
    MinutesInput {
        start_time: start.into(),
        end_time: end.into(),
        account: account.into(),
        agreed,
    }
}

const ACCOUNT: &str = "Iedereen kwam aan het woord; het gesprek was open en rustig.";

/// A draft meeting that finalizes as soon as its minutes allow (one case lead who pledged,
/// criteria, the family present, a retention date).
fn ready_meeting(store: &mut Store) -> domain::MeetingId {
    let mut mi = meeting_input("Gezin Tijd");
    mi.family_present = true;
    let m = store.create_meeting(&mi, now()).unwrap().id;
    let lead = store
        .add_participant(m, &participant_input("Anna Regie", Role::CaseLead), now())
        .unwrap();
    store.record_pledge(m, lead.id, now()).unwrap();
    store
        .set_retention(
            m,
            domain::default_retention(chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap())
                .unwrap(),
            now(),
        )
        .unwrap();
    m
}

fn audit_kinds(store: &Store) -> Vec<String> {
    store
        .audit_entries(&store::AuditFilter::default())
        .unwrap()
        .into_iter()
        .map(|e| e.kind)
        .collect()
}

#[test]
fn r13_minutes_are_saved_read_back_and_audited_without_the_text() {
    let (dir, mut store) = new_store();
    let m = ready_meeting(&mut store);
    let flow = store
        .set_minutes(m, &input("9.30", "11:00", ACCOUNT, false), now())
        .unwrap();
    let got = &flow.record.minutes;
    assert_eq!(
        (
            got.start.map(domain::time_text),
            got.end.map(domain::time_text)
        ),
        (Some("09:30".into()), Some("11:00".into()))
    );
    assert_eq!(got.account.as_ref().map(|a| a.as_str()), Some(ACCOUNT));
    assert!(!got.agreed);
    assert_eq!(
        audit_kinds(&store).last().map(String::as_str),
        Some("minutes_set")
    );
    // Read back from disk, after reopening.
    store.close().unwrap();
    let store = Store::open(dir.path(), PASS).unwrap();
    assert_eq!(&store.meeting_flow(m).unwrap().record.minutes, got);
    // R18: the log holds the kind, never the account.
    let log = format!(
        "{:?}",
        store.audit_entries(&store::AuditFilter::default()).unwrap()
    );
    assert!(!log.contains("open en rustig"));
}

#[test]
fn r13_bad_minutes_change_nothing_and_are_not_logged() {
    let (_dir, mut store) = new_store();
    let m = ready_meeting(&mut store);
    store
        .set_minutes(m, &input("09:30", "11:00", "", false), now())
        .unwrap();
    let before = store.meeting_flow(m).unwrap().record.minutes;
    let entries = audit_kinds(&store).len();
    for (bad, field) in [
        (input("09:30", "09:00", "", false), Field::EndTime),
        (input("9", "", "", false), Field::StartTime),
        (input("", "", "", true), Field::AccountAgreed),
    ] {
        let err = store.set_minutes(m, &bad, now()).unwrap_err();
        match err {
            StoreError::Invalid(e) => assert_eq!(e.field(), Some(field)),
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(store.meeting_flow(m).unwrap().record.minutes, before);
    assert_eq!(audit_kinds(&store).len(), entries);
}

#[test]
fn r13_an_unagreed_account_blocks_finalizing_and_a_finalized_record_is_immutable() {
    let (_dir, mut store) = new_store();
    let m = ready_meeting(&mut store);
    let flow = store
        .set_minutes(m, &input("09:30", "", ACCOUNT, false), now())
        .unwrap();
    assert_eq!(
        store::checklist_of(&flow),
        vec![OpenPoint::TimesIncomplete, OpenPoint::AccountNotAgreed]
    );
    assert!(store.finalize_meeting(m, now()).is_err());
    store
        .set_minutes(m, &input("09:30", "10:45", ACCOUNT, true), now())
        .unwrap();
    store.finalize_meeting(m, now()).unwrap();
    let before = store.meeting_flow(m).unwrap().record.minutes;
    assert!(matches!(
        store.set_minutes(m, &input("09:00", "10:00", "Anders.", true), now()),
        Err(StoreError::Invalid(DomainError::MeetingFinalized))
    ));
    assert_eq!(store.meeting_flow(m).unwrap().record.minutes, before);
    // R14a: the plan carries the time and the agreed account.
    let plan = store
        .plan_document(m, chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap())
        .unwrap();
    assert_eq!(plan.minutes, before);
    assert!(plan.minutes.agreed);
}

#[test]
fn r4_the_account_of_an_anonymous_meeting_is_refused_with_identifying_data() {
    let (_dir, mut store) = new_store();
    let mut mi = meeting_input("Casus 2026-7");
    mi.anonymous = true;
    let m = store.create_meeting(&mi, now()).unwrap().id;
    let err = store
        .set_minutes(
            m,
            &input("", "", "Moeder gaf haar nummer: 06-12345678.", false),
            now(),
        )
        .unwrap_err();
    assert!(matches!(
        err,
        StoreError::Invalid(DomainError::IdentifyingTextInAnonymousMeeting {
            field: Field::Account,
            ..
        })
    ));
    assert_eq!(
        store.meeting_flow(m).unwrap().record.minutes,
        domain::Minutes::default()
    );
    store
        .set_minutes(m, &input("", "", "Rustig overleg.", false), now())
        .unwrap();
}

#[test]
fn r13_a_store_from_before_migration_26_opens_without_times_or_account() {
    let dir = tempfile::tempdir().unwrap();
    let old = store_before_migration(dir.path(), 26);
    let mut store = Store::open(dir.path(), PASS).unwrap();
    assert_eq!(
        store.schema_version().unwrap(),
        store::LATEST_SCHEMA_VERSION
    );
    let id = domain::MeetingId::from_uuid(uuid::Uuid::parse_str(&old.meeting).unwrap());
    let flow = store.meeting_flow(id).unwrap();
    assert_eq!(flow.record.minutes, domain::Minutes::default());
    assert!(!store::checklist_of(&flow).contains(&OpenPoint::AccountNotAgreed));
    store
        .set_minutes(id, &input("13:00", "14:15", ACCOUNT, true), now())
        .unwrap();
    assert!(store.meeting_flow(id).unwrap().record.minutes.agreed);
}
