#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The benchmark seeder writes meetings that the domain accepts as complete (R13), so the
//! benchmarks measure realistic data.

mod common;
use common::*;
use store::SeedSpec;

#[test]
fn seeded_meetings_are_complete_and_finalizable() {
    let (_dir, mut store) = new_store();
    let seeded = store
        .seed(
            SeedSpec {
                meetings: 3,
                ..SeedSpec::BIG
            },
            7,
        )
        .unwrap();
    assert_eq!(store.list_meetings().unwrap().len(), 3);
    for id in &seeded.meeting_ids {
        let id = domain::MeetingId::from_uuid(uuid::Uuid::parse_str(id).unwrap());
        let flow = store.meeting_flow(id).unwrap();
        assert_eq!(flow.record.items.len(), 50);
        assert_eq!(flow.record.participants.len(), 12);
        assert_eq!(store::checklist_of(&flow), vec![]);
        store.finalize_meeting(id, now()).unwrap();
    }
}
