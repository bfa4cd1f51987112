#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Issue 19: a change answered with what it changed on the meeting page
//! (`store::flow_changes`, a JSON Patch of RFC 6902). Every test applies the steps to the
//! page before, as JSON, with the `json-patch` crate (made for RFC 6902, not ours), and
//! requires exactly the page the store shows after the change. The pages come from real
//! changes of a full-size meeting (12 at the table, 50 items) on a real encrypted store.

mod common;
use common::*;
use domain::{Attendance, Field, ReleaseChoice};
use serde_json::Value;
use store::{flow_changes, FlowOp, MeetingFlow, ReleaseNeedKind, Store};

/// One full-size draft meeting (the benchmark size: 12 at the table, 4 family members, 50
/// items, 3 actions).
fn full_meeting(store: &mut Store) -> domain::MeetingId {
    let spec = store::SeedSpec {
        meetings: 1,
        ..store::SeedSpec::BIG
    };
    let seeded = store.seed(spec, 19).unwrap();
    store::meeting_id(&seeded.meeting_ids[0]).unwrap()
}

/// The page as the window would hold it, numbered `revision`.
fn page(store: &Store, m: domain::MeetingId, revision: u64) -> MeetingFlow {
    let mut flow = store.meeting_flow(m).unwrap().view();
    flow.revision = revision;
    flow
}

/// The steps applied to `old` as RFC 6902 says.
fn applied(old: &MeetingFlow, ops: &[FlowOp]) -> Result<Value, json_patch::PatchError> {
    let mut doc = serde_json::to_value(old).unwrap();
    let patch: json_patch::Patch =
        serde_json::from_value(serde_json::to_value(ops).unwrap()).unwrap();
    json_patch::patch(&mut doc, &patch)?;
    Ok(doc)
}

/// The page after a change, checked against the steps from the page before; returns it
/// and the size of the steps as JSON.
fn next(old: &MeetingFlow, store: &Store, m: domain::MeetingId) -> (MeetingFlow, usize) {
    let new = page(store, m, old.revision + 1);
    let ops = flow_changes(old, &new).unwrap();
    assert_eq!(
        applied(old, &ops).unwrap(),
        serde_json::to_value(&new).unwrap(),
        "the steps do not give the page the store shows"
    );
    (new, serde_json::to_vec(&ops).unwrap().len())
}

#[test]
fn every_release_decision_answered_with_its_steps_gives_the_page_the_store_shows() {
    let (_dir, mut store) = new_store();
    let m = full_meeting(&mut store);
    let mut old = page(&store, m, 1);
    let whole = serde_json::to_vec(&old).unwrap().len();
    let cells: Vec<_> = old
        .release_needs
        .iter()
        .filter(|n| n.need != ReleaseNeedKind::OwnItem)
        .map(|n| {
            (
                n.item_id.clone(),
                n.recipient_id.clone(),
                n.one_step_action.clone(),
            )
        })
        .collect();
    let (mut decided, mut largest) = (0, 0);
    for (k, (item, recipient, action)) in cells.iter().enumerate() {
        let item = domain::input::item_id(item, Field::Item).unwrap();
        let recipient = domain::input::participant_id(recipient, Field::Recipient).unwrap();
        // Released and kept in turn; a release the domain refuses (a motivation asked for)
        // is kept in the meeting instead.
        let release = action
            .as_deref()
            .filter(|_| k % 2 == 0)
            .map(|a| ReleaseChoice::Release {
                action: domain::input::action_id(a).unwrap(),
                motivation: None,
            });
        let done = release
            .and_then(|c| store.decide_release(m, item, recipient, c, now()).ok())
            .is_some()
            || store
                .decide_release(m, item, recipient, ReleaseChoice::StayInMeeting, now())
                .is_ok();
        if !done {
            continue; // refused (R1/R9: an expert's cell): nothing changed
        }
        let (new, size) = next(&old, &store, m);
        largest = largest.max(size);
        decided += 1;
        old = new;
    }
    assert!(decided >= 200, "only {decided} cells could be decided");
    // One cell, one open point and the revision: the steps are a small part of the page.
    assert!(
        largest * 50 < whole,
        "{decided} decisions: the largest answer {largest} B, the whole page {whole} B"
    );
}

#[test]
fn other_changes_answered_with_their_steps_give_the_page_the_store_shows() {
    let (_dir, mut store) = new_store();
    let m = full_meeting(&mut store);
    let mut old = page(&store, m, 7);
    let people = store.meeting_flow(m).unwrap().record.participant_ids();
    for (i, p) in people.iter().enumerate() {
        let attendance = if i % 3 == 0 {
            Attendance::Apologies { info_sent: true }
        } else {
            Attendance::Present
        };
        store.set_attendance(m, *p, attendance, now()).unwrap();
        old = next(&old, &store, m).0;
    }
    store
        .update_preparation(
            m,
            &store::PreparationInput {
                purpose: "Samen afspreken wie het gezin helpt met school en wonen.".into(),
                criteria: "Zorgen over verzuim en de thuissituatie.".into(),
                family_present: true,
                family_absence_reason: String::new(),
                anonymous: false,
            },
            now(),
        )
        .unwrap();
    old = next(&old, &store, m).0;
    // Removals in the middle of the lists (items, their cells, needs and open points).
    let items: Vec<_> = old.items.iter().map(|i| i.id).collect();
    let mut removed = 0;
    for item in items.iter().rev() {
        // R9: a released item stays; the others go, from the middle of every list.
        if store.remove_item(m, *item, now()).is_ok() {
            old = next(&old, &store, m).0;
            removed += 1;
        }
    }
    assert!(removed >= 5, "only {removed} items could be removed");
}

#[test]
fn steps_for_another_revision_or_meeting_apply_nothing() {
    let (_dir, mut store) = new_store();
    let m = full_meeting(&mut store);
    let other = full_meeting(&mut store);
    let old = page(&store, m, 3);
    let who = old.participants[1].id.clone();
    let who = domain::input::participant_id(&who, Field::Recipient).unwrap();
    store
        .set_attendance(m, who, Attendance::Apologies { info_sent: true }, now())
        .unwrap();
    let new = page(&store, m, 4);
    let ops = flow_changes(&old, &new).unwrap();
    assert!(matches!(
        &ops[..2],
        [FlowOp::Test { .. }, FlowOp::Test { .. }]
    ));

    let mut stale = old.clone();
    stale.revision = 2;
    assert!(
        applied(&stale, &ops).is_err(),
        "a page of another revision took the steps"
    );
    assert!(
        applied(&page(&store, other, 3), &ops).is_err(),
        "the page of another meeting took the steps"
    );
}
