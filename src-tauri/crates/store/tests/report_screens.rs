#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! NEN 7513: opening the admin screens (breach register and lists, R19 report, R20
//! impact, the log screen, the R17 register) logs the read in the same call that builds
//! the view; an unknown breach or request is refused and nothing is logged.

mod common;
use common::*;
use domain::{BreachId, BreachInput, BreachScope, DomainError, Field, ReportPeriod};
use store::{AuditFilter, StoreError};

fn last_kind(store: &store::Store) -> String {
    let all = store.audit_entries(&AuditFilter::default()).unwrap();
    all.last().unwrap().kind.clone()
}

#[test]
fn each_admin_screen_logs_its_read_and_shows_what_the_store_holds() {
    let (_dir, mut store) = new_store();
    let meeting = store
        .create_meeting(&meeting_input("Gezin A"), now())
        .unwrap();
    let breach = store
        .register_breach(
            &BreachInput {
                discovered_at: "2026-03-02T09:30:00+01:00".into(),
                description: "Laptop kwijt".into(),
                meeting: Some(meeting.id),
            },
            now(),
        )
        .unwrap();

    let register = store.breach_register(now()).unwrap();
    assert_eq!(register.len(), 1);
    assert_eq!(register[0].id, breach.id.to_string());
    assert_eq!(last_kind(&store), "breach_viewed");

    let before = store.audit_len().unwrap();
    let lists = store.breach_lists_view(breach.id, now()).unwrap();
    assert_eq!(lists.breach.id, breach.id.to_string());
    assert_eq!(lists.meetings.len(), 1);
    assert_eq!(store.audit_len().unwrap(), before + 1);
    let entries = store.audit_entries(&AuditFilter::default()).unwrap();
    assert_eq!(
        entries.last().unwrap().meeting_id,
        Some(meeting.id.to_string())
    );

    let before = store.audit_len().unwrap();
    assert!(matches!(
        store.breach_lists_view(BreachId::new(), now()),
        Err(StoreError::NotFound("breach"))
    ));
    assert_eq!(
        store.audit_len().unwrap(),
        before,
        "a refused read logs nothing"
    );

    let period = ReportPeriod::parse("2026").unwrap();
    store.management_report_view(period, now()).unwrap();
    assert_eq!(last_kind(&store), "report_viewed");

    let impact = store
        .breach_impact_view(&BreachScope::Meetings(vec![meeting.id]), now())
        .unwrap();
    assert!(
        impact.organisations.is_empty(),
        "no items, no organisations"
    );
    assert_eq!(last_kind(&store), "breach_viewed");

    let total = store.audit_len().unwrap();
    let log = store
        .audit_log_view(&AuditFilter::default(), now())
        .unwrap();
    assert_eq!(log.total, total);
    assert_eq!(log.lines.len() as u64, total);
    assert_eq!(last_kind(&store), "audit_log_viewed");

    assert!(store
        .rights_register(now().date_naive(), now())
        .unwrap()
        .is_empty());
    assert_eq!(last_kind(&store), "rights_register_viewed");
    assert!(matches!(
        store.access_report_of_request("onbekend", now().date_naive()),
        Err(StoreError::Invalid(DomainError::UnknownValue {
            field: Field::Request
        }))
    ));
}
