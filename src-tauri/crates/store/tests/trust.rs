#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! R15/R21 on real encrypted files: passphrase change, settings, the expiring list and
//! extending the destroy-after date.

mod common;
use chrono::NaiveDate;
use common::*;
use domain::{DomainError, Field, Role};
use store::{AuditVerdict, Store, StoreError};

const NEW_PASS: &str = "een heel nieuw wachtwoord 2027";

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[test]
fn r21_passphrase_change_round_trip_new_opens_old_refused_data_intact() {
    let (dir, mut store) = new_store();
    let m = store
        .create_meeting(&meeting_input("Voor het wisselen"), now())
        .unwrap();
    store
        .add_participant(m.id, &participant_input("Sanne", Role::CaseLead), now())
        .unwrap();
    let audit = store.audit_len().unwrap();

    store.change_passphrase(PASS, NEW_PASS, now()).unwrap();
    // The open store keeps working under the new key.
    assert_eq!(store.list_meetings().unwrap().len(), 1);
    assert_eq!(store.audit_len().unwrap(), audit + 1);
    store.close().unwrap();

    assert!(matches!(
        Store::open(dir.path(), PASS),
        Err(StoreError::WrongPassphrase)
    ));
    let store = Store::open(dir.path(), NEW_PASS).unwrap();
    let detail = store.meeting_detail(m.id).unwrap();
    assert_eq!(detail.meeting.case_label.as_str(), "Voor het wisselen");
    assert_eq!(detail.participants[0].name.as_str(), "Sanne");
    assert!(matches!(
        store.verify_audit().unwrap(),
        AuditVerdict::Intact { .. }
    ));
    assert!(store.integrity_check().unwrap().is_clean());
}

#[test]
fn r21_wrong_old_passphrase_is_refused_and_changes_nothing() {
    let (dir, mut store) = new_store();
    store
        .create_meeting(&meeting_input("Blijft"), now())
        .unwrap();
    let audit = store.audit_len().unwrap();
    for wrong in ["niet het wachtwoord", ""] {
        assert!(matches!(
            store.change_passphrase(wrong, NEW_PASS, now()),
            Err(StoreError::WrongPassphrase)
        ));
    }
    assert_eq!(store.audit_len().unwrap(), audit);
    store.close().unwrap();
    assert!(matches!(
        Store::open(dir.path(), NEW_PASS),
        Err(StoreError::WrongPassphrase)
    ));
    let store = Store::open(dir.path(), PASS).unwrap();
    assert_eq!(store.list_meetings().unwrap().len(), 1);
}

#[test]
fn r15_r21_settings_have_defaults_bounds_and_are_audited() {
    let (dir, mut store) = new_store();
    let s = store.settings().unwrap();
    assert_eq!(s.idle.timeout().as_secs(), 300);
    assert_eq!(s.retention_months.get(), 6);
    let audit = store.audit_len().unwrap();

    assert_eq!(
        store.set_idle_minutes(0, now()).unwrap_err().to_string(),
        StoreError::Invalid(DomainError::OutOfRange {
            field: Field::IdleMinutes,
            min: 1,
            max: 60
        })
        .to_string()
    );
    assert!(store.set_retention_months(25, now()).is_err());
    assert_eq!(
        store.audit_len().unwrap(),
        audit,
        "refused: nothing changed"
    );

    store.set_idle_minutes(12, now()).unwrap();
    let s = store.set_retention_months(3, now()).unwrap();
    assert_eq!(s.idle.timeout().as_secs(), 720);
    assert_eq!(s.retention_months.get(), 3);
    assert_eq!(store.audit_len().unwrap(), audit + 2);

    // R15: new meetings get the configured period.
    let m = store.create_meeting(&meeting_input("Drie"), now()).unwrap();
    let flow = store.meeting_flow(m.id).unwrap();
    assert_eq!(flow.record.retention_until, Some(day("2027-02-24")));
    store.close().unwrap();
    let store = Store::open(dir.path(), PASS).unwrap();
    assert_eq!(store.settings().unwrap(), s);
}

/// Meetings on 2026-01-10 whose destroy-after date is set to each of `untils`.
fn meetings_until(store: &mut Store, untils: &[&str]) -> Vec<domain::MeetingId> {
    untils
        .iter()
        .map(|u| {
            let mut input = meeting_input(&format!("Tot {u}"));
            input.date = "2026-01-10".into();
            let m = store.create_meeting(&input, now()).unwrap();
            store.set_retention(m.id, day(u), now()).unwrap();
            m.id
        })
        .collect()
}

#[test]
fn r15_expiring_within_thirty_days_includes_today_and_day_thirty_only() {
    let (_dir, mut store) = new_store();
    let today = day("2026-06-01");
    let ids = meetings_until(
        &mut store,
        &[
            "2026-05-31", // expired yesterday: destroyed at unlock, not "expiring"
            "2026-06-01", // today: last day
            "2026-06-15",
            "2026-07-01", // day 30
            "2026-07-02", // day 31
        ],
    );
    let list = store.expiring_within(today, 30).unwrap();
    let got: Vec<_> = list.iter().map(|e| e.id).collect();
    assert_eq!(got, vec![ids[1], ids[2], ids[3]]);
    assert_eq!(list[0].destroy_after, today);
    assert_eq!(list[0].case_label.as_str(), "Tot 2026-06-01");
    assert_eq!(list[0].date, day("2026-01-10"));
    assert_eq!(list[0].extensions, 0);
}

#[test]
fn r15_extension_adds_six_months_needs_a_reason_and_is_audited() {
    let (_dir, mut store) = new_store();
    let today = day("2026-06-01");
    let ids = meetings_until(&mut store, &["2026-06-20", "2026-05-01"]);
    let audit = store.audit_len().unwrap();

    // No reason: refused, nothing changed.
    assert!(matches!(
        store.extend_retention(ids[0], "   ", today, now()),
        Err(StoreError::Invalid(DomainError::Empty {
            field: Field::RetentionReason
        }))
    ));
    // Expired: refused (it is destroyed at the next unlock).
    assert!(matches!(
        store.extend_retention(
            ids[1],
            "Te laat, maar de hulp loopt nog door.",
            today,
            now()
        ),
        Err(StoreError::Invalid(DomainError::RetentionExpired))
    ));
    assert!(matches!(
        store.extend_retention(
            domain::MeetingId::new(),
            "Onbekend overleg, de hulp loopt nog.",
            today,
            now()
        ),
        Err(StoreError::NotFound("meeting"))
    ));
    assert_eq!(store.audit_len().unwrap(), audit);

    let until = store
        .extend_retention(
            ids[0],
            "De hulpverlening aan het gezin loopt nog door.",
            today,
            now(),
        )
        .unwrap();
    assert_eq!(until, day("2026-12-20"));
    assert_eq!(store.audit_len().unwrap(), audit + 1);
    assert!(store.expiring_within(today, 30).unwrap().is_empty());
    let later = store.expiring_within(day("2026-12-01"), 30).unwrap();
    assert_eq!(later.len(), 1);
    assert_eq!(later[0].extensions, 1);

    // The meeting record shows the new date.
    let flow = store.meeting_flow(ids[0]).unwrap();
    assert_eq!(flow.record.retention_until, Some(day("2026-12-20")));
}

const REASON: &str = "De hulpverlening aan het gezin loopt nog een half jaar door.";

#[test]
fn r15_chosen_date_beyond_the_default_term_is_refused_and_changes_nothing() {
    let (_dir, mut store) = new_store();
    let m = store
        .create_meeting(&meeting_input("Verre datum"), now())
        .unwrap()
        .id;
    let before = store.meeting_flow(m).unwrap().record;
    let audit = store.audit_len().unwrap();
    // The hole: any date after the meeting was accepted, 2100-12-31 included.
    for far in ["2100-12-31", "2027-05-25"] {
        assert!(matches!(
            store.set_retention(m, day(far), now()),
            Err(StoreError::Invalid(DomainError::RetentionBeyondTerm {
                months: 6
            }))
        ));
    }
    assert_eq!(store.meeting_flow(m).unwrap().record, before);
    assert_eq!(store.audit_len().unwrap(), audit);
    // Earlier is fine; longer only by extending, with a reason, and then up to that date.
    store.set_retention(m, day("2027-03-01"), now()).unwrap();
    let until = store
        .extend_retention(m, REASON, day("2027-01-01"), now())
        .unwrap();
    assert_eq!(until, day("2027-09-01"));
    store.set_retention(m, day("2027-09-01"), now()).unwrap();
    assert!(store.set_retention(m, day("2027-09-02"), now()).is_err());
}

#[test]
fn r15_extensions_stop_at_the_maximum_of_the_settings() {
    let (_dir, mut store) = new_store();
    let ids = meetings_until(&mut store, &["2026-07-10"]);
    let today = day("2026-07-01");
    // 6 months + 3 extensions = 24 months after 2026-01-10, the default maximum.
    for expected in ["2027-01-10", "2027-07-10", "2028-01-10"] {
        assert_eq!(
            store
                .extend_retention(ids[0], REASON, today, now())
                .unwrap(),
            day(expected)
        );
    }
    let audit = store.audit_len().unwrap();
    assert!(matches!(
        store.extend_retention(ids[0], REASON, today, now()),
        Err(StoreError::Invalid(DomainError::RetentionMaximumReached {
            months: 24
        }))
    ));
    assert_eq!(store.audit_len().unwrap(), audit);
    // A higher maximum in the settings allows one more.
    let s = store.set_retention_ceiling(30, now()).unwrap();
    assert_eq!(s.retention_ceiling.get(), 30);
    assert_eq!(
        store
            .extend_retention(ids[0], REASON, today, now())
            .unwrap(),
        day("2028-07-10")
    );
    assert!(store.set_retention_ceiling(61, now()).is_err());
    // A thin reason is refused.
    assert!(matches!(
        store.extend_retention(ids[0], ".", today, now()),
        Err(StoreError::Invalid(DomainError::MotivationTooShort {
            field: Field::RetentionReason
        }))
    ));
}
