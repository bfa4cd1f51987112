#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The wall (presentation mode): the chair's per-item mark is stored (0022), audited as a
//! disclosure decision, survives a reopen, and is refused on a finalized meeting.

mod common;
use common::*;
use domain::{on_wall, Category, DomainError, Role};
use store::{AuditFilter, Store, StoreError};

#[test]
fn wall_mark_on_a_special_item_is_stored_audited_and_kept_after_reopening() {
    let (dir, mut store) = new_store();
    let m = store
        .create_meeting(&meeting_input("Gezin Wand"), now())
        .unwrap()
        .id;
    let lead = store
        .add_participant(m, &participant_input("Lead", Role::CaseLead), now())
        .unwrap()
        .id;
    let mut input = item_input(lead, "Moeder heeft een depressie");
    input.category = Category::Special;
    let item = store.add_item(m, &input, now()).unwrap().id;
    let flow = store.meeting_flow(m).unwrap();
    assert!(
        !on_wall(&flow.record.items[0]),
        "AVG art. 9: off the wall by default"
    );

    let flow = store.set_wall_mark(m, item, true, now()).unwrap();
    assert!(on_wall(&flow.record.items[0]));
    let entries = store
        .audit_entries(&AuditFilter {
            meeting: Some(m),
            ..AuditFilter::default()
        })
        .unwrap();
    let last = entries.last().unwrap();
    assert_eq!(last.kind, "wall_mark_set");
    assert!(last.decided_by.is_none(), "the chair's own decision");
    store.close().unwrap();

    let mut store = Store::open(dir.path(), PASS).unwrap();
    assert!(on_wall(&store.meeting_flow(m).unwrap().record.items[0]));
    let flow = store.set_wall_mark(m, item, false, now()).unwrap();
    assert!(!on_wall(&flow.record.items[0]));
    assert!(matches!(
        store.set_wall_mark(m, domain::ItemId::new(), true, now()),
        Err(StoreError::Invalid(DomainError::UnknownItem { .. }))
    ));
}
