#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! R11 (issue 17): a follow-up meeting shows what the family said last time and last
//! time's decisions with their dissent, read from the previous meeting on a real encrypted
//! store: shown after a reopen, gone once the previous meeting is destroyed (R15).

mod common;
use common::*;
use domain::{DecisionInput, VoiceChannel, VoiceInput, VoiceKind};
use store::Store;

#[test]
fn r11_a_follow_up_shows_last_times_family_view_and_dissent_until_r15_destroys_it() {
    let (dir, mut store) = new_store();
    let m = seeded_meeting(&mut store, false, 11);
    let flow = store.meeting_flow(m).unwrap();
    let child = flow.record.subjects[0].subject.id;
    let dissenter = flow.record.participants[1].participant.clone();
    store
        .add_voice(
            m,
            &VoiceInput {
                subject: child,
                kind: VoiceKind::Objection,
                channel: VoiceChannel::InWriting,
                text: "Ik wil niet naar een ander gastgezin.".into(),
                answer: "Je blijft waar je bent; we kijken over drie maanden opnieuw.".into(),
            },
            now(),
        )
        .unwrap();
    let flow = store
        .add_decision(
            m,
            &DecisionInput {
                what: "Gezinscoach inzetten".into(),
                why: "Ouders vragen om steun bij de opvoeding".into(),
                rests_on: vec![],
            },
            now(),
        )
        .unwrap();
    let decision = flow.record.decisions[0].id;
    store
        .add_dissent(m, decision, dissenter.id, "Eerst school horen", now())
        .unwrap();
    // A meeting that follows up nothing shows nothing of a last time.
    assert_eq!(store.last_time(m).unwrap(), None);
    let date = flow.record.meeting.date;
    store
        .set_retention(m, date.succ_opt().unwrap(), now())
        .unwrap();
    store.finalize_meeting(m, now()).unwrap();
    let next_date = date.checked_add_months(chrono::Months::new(1)).unwrap();
    let next = store
        .create_follow_up(m, &next_date.format("%Y-%m-%d").to_string(), now())
        .unwrap()
        .record
        .meeting
        .id;
    store.close().unwrap();

    let mut store = Store::open(dir.path(), PASS).unwrap();
    let last = store.last_time(next).unwrap().expect("last time is shown");
    assert_eq!(last.meeting, m);
    assert_eq!(last.voices.len(), 1);
    assert_eq!(
        last.voices[0].answer.as_ref().map(|a| a.as_str()),
        Some("Je blijft waar je bent; we kijken over drie maanden opnieuw.")
    );
    assert_eq!(last.decisions.len(), 1);
    assert_eq!(
        last.decisions[0].why.as_str(),
        "Ouders vragen om steun bij de opvoeding"
    );
    assert_eq!(
        last.decisions[0]
            .dissents
            .iter()
            .map(|d| (d.name.as_str(), d.why.as_str()))
            .collect::<Vec<_>>(),
        [(dissenter.name.as_str(), "Eerst school horen")]
    );

    // R15: once the previous meeting is destroyed, the follow-up shows nothing of it.
    let until = store
        .meeting_flow(m)
        .unwrap()
        .record
        .retention_until
        .unwrap();
    let destroyed = store
        .destroy_expired(until.succ_opt().unwrap(), now())
        .unwrap();
    assert_eq!(destroyed, [m]);
    assert_eq!(store.last_time(next).unwrap(), None);
    assert!(store.meeting_flow(next).is_ok());
}
