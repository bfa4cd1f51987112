#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Issue 19: a change of a meeting starts from the flow the last change answered with
//! (`flow::FlowCache`), but only while nothing was written since. Each test writes
//! something between two changes, on a real encrypted store, and checks that the second
//! change answers with what is stored: the same as a fresh load, the other write included.

mod common;
use common::*;
use domain::Attendance;
use store::AuditKind;

/// The participants of a meeting, in the flow's order.
fn participants(store: &store::Store, m: domain::MeetingId) -> Vec<domain::ParticipantId> {
    store.meeting_flow(m).unwrap().record.participant_ids()
}

#[test]
fn a_change_after_a_write_of_another_connection_answers_with_that_write() {
    let (dir, mut store) = new_store();
    let m = seeded_meeting(&mut store, false, 7);
    let who = participants(&store, m);
    store
        .set_attendance(m, who[0], Attendance::Present, now())
        .unwrap();

    // The admin tool or any other connection on the same file (no trigger on this column).
    let raw = open_raw_with(store::store_path(dir.path()), PASS);
    raw.execute(
        "UPDATE participants SET organisation = 'Veilig Thuis Midden' WHERE id = ?1",
        [who[1].to_string()],
    )
    .unwrap();
    drop(raw);

    let flow = store
        .set_attendance(m, who[2], Attendance::Present, now())
        .unwrap();
    let changed = flow
        .record
        .participants
        .iter()
        .find(|p| p.participant.id == who[1])
        .unwrap();
    assert_eq!(
        changed.participant.organisation.as_str(),
        "Veilig Thuis Midden"
    );
    assert_eq!(flow, store.meeting_flow(m).unwrap());
}

#[test]
fn a_change_after_a_write_of_this_store_outside_a_change_answers_with_that_write() {
    let (_dir, mut store) = new_store();
    let m = seeded_meeting(&mut store, false, 11);
    let who = participants(&store, m);
    let before = store
        .set_attendance(m, who[0], Attendance::Present, now())
        .unwrap();
    // Its own transaction, not the change pattern: the cache must not be trusted after it.
    store
        .add_item_with_basis(
            m,
            &item_input(who[0], "Vader is sinds oktober weer aan het werk."),
            &[],
            None,
            vec![],
            now(),
        )
        .unwrap();

    let flow = store
        .set_attendance(m, who[1], Attendance::Present, now())
        .unwrap();
    assert_eq!(flow.record.items.len(), before.record.items.len() + 1);
    assert_eq!(flow, store.meeting_flow(m).unwrap());
}

#[test]
fn a_change_of_another_meeting_answers_with_that_meeting() {
    let (_dir, mut store) = new_store();
    let a = seeded_meeting(&mut store, false, 3);
    let b = seeded_meeting(&mut store, false, 4);
    let (pa, pb) = (participants(&store, a), participants(&store, b));
    store
        .set_attendance(a, pa[0], Attendance::Present, now())
        .unwrap();
    let flow = store
        .set_attendance(b, pb[0], Attendance::Present, now())
        .unwrap();
    assert_eq!(flow.record.meeting.id, b);
    assert_eq!(flow, store.meeting_flow(b).unwrap());
    // And back: the first meeting again, with its earlier change.
    let flow = store
        .set_attendance(a, pa[1], Attendance::Present, now())
        .unwrap();
    assert_eq!(flow, store.meeting_flow(a).unwrap());
}

/// The kinds of the audit entries of meeting `m`, oldest first.
fn logged_kinds(store: &store::Store, m: domain::MeetingId) -> Vec<String> {
    store
        .audit_entries(&store::AuditFilter {
            meeting: Some(m),
            ..store::AuditFilter::default()
        })
        .unwrap()
        .into_iter()
        .map(|e| e.kind)
        .collect()
}

#[test]
fn opening_a_meeting_logs_the_read_and_answers_with_what_is_stored() {
    let (_dir, mut store) = new_store();
    let m = seeded_meeting(&mut store, false, 21);
    let other = seeded_meeting(&mut store, false, 22);
    let who = participants(&store, m);

    // Opened cold, opened again with nothing in between, opened after a change of it, and
    // after another meeting was shown: always the stored flow, always logged.
    let first = store
        .read_meeting_flow(m, AuditKind::MeetingOpened, now())
        .unwrap();
    assert_eq!(first, store.meeting_flow(m).unwrap());
    assert_eq!(
        store
            .read_meeting_flow(m, AuditKind::MeetingOpened, now())
            .unwrap(),
        first
    );
    let changed = store
        .set_attendance(m, who[0], Attendance::Present, now())
        .unwrap();
    assert_eq!(
        store
            .read_meeting_flow(m, AuditKind::MeetingOpened, now())
            .unwrap(),
        changed
    );
    store
        .read_meeting_flow(other, AuditKind::PresentationOpened, now())
        .unwrap();
    let flow = store
        .set_attendance(m, who[1], Attendance::Present, now())
        .unwrap();
    assert_eq!(flow, store.meeting_flow(m).unwrap());
    let opened = |kinds: Vec<String>, kind: &str| kinds.iter().filter(|k| *k == kind).count();
    assert_eq!(opened(logged_kinds(&store, m), "meeting_opened"), 3);
    assert_eq!(
        opened(logged_kinds(&store, other), "presentation_opened"),
        1
    );

    // A meeting that is not there: nothing logged for it.
    let missing = domain::MeetingId::from_uuid(uuid::Uuid::now_v7());
    assert!(store
        .read_meeting_flow(missing, AuditKind::MeetingOpened, now())
        .is_err());
    assert!(logged_kinds(&store, missing).is_empty());
}
