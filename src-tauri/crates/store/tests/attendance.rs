#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Attendance (R2) on a real encrypted store: recorded, counted, kept after reopening;
//! apologies need no pledge (R2); an observer gets no action and no release (R9, R11), and a
//! refused change changes nothing.

mod common;
use common::*;
use domain::{ActionInput, Attendance, DomainError, OpenPoint, Role};
use store::{checklist_of, Store, StoreError};

#[test]
fn attendance_is_recorded_counted_and_checked() {
    let (dir, mut store) = new_store();
    let m = store
        .create_meeting(&meeting_input("Gezin"), now())
        .unwrap()
        .id;
    let lead = store
        .add_participant(m, &participant_input("Anna Regie", Role::CaseLead), now())
        .unwrap()
        .id;
    let away = store
        .add_participant(
            m,
            &participant_input("Piet Afgemeld", Role::ContentRole),
            now(),
        )
        .unwrap()
        .id;
    let observer = store
        .add_participant(m, &participant_input("Stagiair", Role::Other), now())
        .unwrap()
        .id;
    store.record_pledge(m, lead, now()).unwrap();
    let flow = store
        .set_attendance(m, away, Attendance::Apologies { info_sent: true }, now())
        .unwrap();
    // R2: who sent apologies needs no pledge; the observer still does.
    let open = checklist_of(&flow);
    assert!(!open.contains(&OpenPoint::PledgeMissing(away)));
    assert!(open.contains(&OpenPoint::PledgeMissing(observer)));

    let flow = store
        .set_attendance(m, observer, Attendance::Observer, now())
        .unwrap();
    let c = flow.record.attendance_counts();
    assert_eq!(
        (c.present, c.apologies, c.apologies_info_sent, c.observers),
        (1, 1, 1, 1)
    );
    // R11: an observer carries out no action; nothing changes.
    let action = ActionInput {
        who: observer,
        what: "Meekijken".into(),
        due: "2026-12-01".into(),
        relies_on: vec![],
        condition: String::new(),
        decision: None,
    };
    assert!(matches!(
        store.add_action(m, &action, now()),
        Err(StoreError::Invalid(DomainError::ObserverHasNoPart))
    ));
    // Someone with an action cannot become an observer.
    let mut a = action.clone();
    a.who = lead;
    store.add_action(m, &a, now()).unwrap();
    assert!(matches!(
        store.set_attendance(m, lead, Attendance::Observer, now()),
        Err(StoreError::Invalid(DomainError::ObserverHasNoPart))
    ));

    drop(store);
    let store = Store::open(dir.path(), PASS).unwrap();
    let r = store.meeting_flow(m).unwrap().record;
    let of = |id| {
        r.participants
            .iter()
            .find(|p| p.participant.id == id)
            .unwrap()
            .attendance
    };
    assert_eq!(of(lead), Attendance::Present);
    assert_eq!(of(away), Attendance::Apologies { info_sent: true });
    assert_eq!(of(observer), Attendance::Observer);
}
