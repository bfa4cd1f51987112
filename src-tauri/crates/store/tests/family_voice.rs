#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Issue 17 point 1: the family's own voice on real encrypted store files: recorded with
//! how it reached the table, kept across reopening, refused without changing anything when
//! it does not fit, an objection blocks finalizing until the meeting answered it, and a
//! finalized meeting takes no new one (R13).

mod common;
use common::*;
use domain::{
    DomainError, Field, MeetingId, OpenPoint, OrganisationType, Relation, Role, SubjectId,
    SubjectInput, VoiceChannel, VoiceInput, VoiceKind,
};
use store::{checklist_of, ParticipantExtra, Store, StoreError};

/// A draft meeting that only lacks what the tests add: a case lead who pledged, a
/// notification for the absent family, and one young person (present or not).
fn meeting(store: &mut Store, present: bool) -> (MeetingId, SubjectId) {
    let m = store
        .create_meeting(&meeting_input("Gezin Stem"), now())
        .unwrap()
        .id;
    let lead = store
        .add_participant_with(
            m,
            &participant_input("Anna Regie", Role::CaseLead),
            ParticipantExtra {
                organisation_type: OrganisationType::Wijkteam,
                secrecy: true,
            },
            now(),
        )
        .unwrap()
        .id;
    store.record_pledge(m, lead, now()).unwrap();
    let flow = store
        .add_subject(
            m,
            &SubjectInput {
                relation: Relation::Youth,
                name: "Noah de Vries".into(),
                birth_date: "2012-05-01".into(),
                parental_authority: false,
            },
            present,
            now(),
        )
        .unwrap();
    let noah = flow.record.subjects[0].subject.id;
    store
        .add_notification(
            m,
            domain::NotificationInput {
                about: domain::NotificationScope::WholeFamily,
                informer: lead,
                method: domain::NotificationMethod::Conversation,
                timing: domain::NotificationTiming::Beforehand,
            },
            now(),
        )
        .unwrap();
    (m, noah)
}

fn voice(subject: SubjectId, kind: VoiceKind, channel: VoiceChannel, text: &str) -> VoiceInput {
    VoiceInput {
        subject,
        kind,
        channel,
        text: text.into(),
        answer: String::new(),
    }
}

#[test]
fn r13_an_objection_blocks_finalizing_until_answered_and_everything_survives_reopening() {
    let (dir, mut store) = new_store();
    let (m, noah) = meeting(&mut store, false);
    assert!(checklist_of(&store.meeting_flow(m).unwrap()).is_empty());
    let flow = store
        .add_voice(
            m,
            &voice(
                noah,
                VoiceKind::Objection,
                VoiceChannel::ByCaseLead,
                "Noah wil niet dat de voetbaltrainer iets hoort.",
            ),
            now(),
        )
        .unwrap();
    let id = flow.record.voices[0].id;
    assert_eq!(checklist_of(&flow), [OpenPoint::ObjectionUnanswered(id)]);
    assert!(matches!(
        store.finalize_meeting(m, now()),
        Err(StoreError::ChecklistOpen(_))
    ));
    store
        .add_voice(
            m,
            &voice(
                noah,
                VoiceKind::Wish,
                VoiceChannel::InWriting,
                "Noah wil op dezelfde school blijven.",
            ),
            now(),
        )
        .unwrap();
    store
        .answer_voice(
            m,
            id,
            "De trainer zit niet aan tafel en krijgt niets mee.",
            now(),
        )
        .unwrap();
    store.close().unwrap();

    let mut store = Store::open(dir.path(), PASS).unwrap();
    let flow = store.meeting_flow(m).unwrap();
    let got: Vec<(VoiceKind, VoiceChannel, &str, Option<&str>)> = flow
        .record
        .voices
        .iter()
        .map(|v| {
            (
                v.kind,
                v.channel,
                v.text.as_str(),
                v.answer.as_ref().map(|a| a.as_str()),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                VoiceKind::Objection,
                VoiceChannel::ByCaseLead,
                "Noah wil niet dat de voetbaltrainer iets hoort.",
                Some("De trainer zit niet aan tafel en krijgt niets mee.")
            ),
            (
                VoiceKind::Wish,
                VoiceChannel::InWriting,
                "Noah wil op dezelfde school blijven.",
                None
            ),
        ]
    );
    assert!(checklist_of(&flow).is_empty());
    store.finalize_meeting(m, now()).unwrap();
    // R13: a finalized meeting takes no new voice, answer or removal.
    assert!(matches!(
        store.add_voice(
            m,
            &voice(noah, VoiceKind::View, VoiceChannel::InWriting, "Nog iets"),
            now()
        ),
        Err(StoreError::Invalid(DomainError::MeetingFinalized))
    ));
    assert!(matches!(
        store.remove_voice(m, id, now()),
        Err(StoreError::Invalid(DomainError::MeetingFinalized))
    ));
    assert_eq!(store.meeting_flow(m).unwrap().record.voices.len(), 2);
}

#[test]
fn r12_said_at_the_table_by_someone_who_was_not_there_is_refused_and_changes_nothing() {
    let (_dir, mut store) = new_store();
    let (m, noah) = meeting(&mut store, false);
    let audit = store.audit_len().unwrap();
    assert!(matches!(
        store.add_voice(
            m,
            &voice(
                noah,
                VoiceKind::View,
                VoiceChannel::InPerson,
                "Het gaat goed thuis."
            ),
            now()
        ),
        Err(StoreError::Invalid(DomainError::VoiceNotAtTheTable))
    ));
    assert!(matches!(
        store.add_voice(
            m,
            &voice(
                SubjectId::new(),
                VoiceKind::View,
                VoiceChannel::InWriting,
                "Tekst"
            ),
            now()
        ),
        Err(StoreError::Invalid(DomainError::UnknownSubject {
            field: Field::VoiceSubject
        }))
    ));
    assert!(store.meeting_flow(m).unwrap().record.voices.is_empty());
    assert_eq!(store.audit_len().unwrap(), audit);
}

#[test]
fn r4_an_anonymous_meeting_records_no_family_name_in_what_was_said() {
    let (_dir, mut store) = new_store();
    // Another meeting of this store knows Noah de Vries by name.
    meeting(&mut store, true);
    let mut input = meeting_input("CO-2026-0001");
    input.anonymous = true;
    let m = store.create_meeting(&input, now()).unwrap().id;
    let flow = store
        .add_subject(
            m,
            &SubjectInput {
                relation: Relation::Parent,
                name: String::new(),
                birth_date: String::new(),
                parental_authority: true,
            },
            true,
            now(),
        )
        .unwrap();
    let mother = flow.record.subjects[0].subject.id;
    store
        .add_voice(
            m,
            &voice(
                mother,
                VoiceKind::View,
                VoiceChannel::InPerson,
                "Moeder vindt dat het thuis beter gaat.",
            ),
            now(),
        )
        .unwrap();
    assert!(matches!(
        store.add_voice(
            m,
            &voice(
                mother,
                VoiceKind::Wish,
                VoiceChannel::InPerson,
                "Zij wil dat Noah de Vries thuis blijft wonen.",
            ),
            now()
        ),
        Err(StoreError::Invalid(
            DomainError::IdentifyingTextInAnonymousMeeting {
                field: Field::VoiceText,
                ..
            }
        ))
    ));
    assert_eq!(store.meeting_flow(m).unwrap().record.voices.len(), 1);
}
