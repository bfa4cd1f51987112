#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! R4: an anonymous meeting refuses text with a name the store knows from elsewhere. The
//! store finds those names through a word index (migration 0042) instead of reading every
//! name on each check; these tests hold it to the answer of reading every name.

mod common;
use common::*;
use domain::{
    Basis, Consenter, DomainError, Field, Identifying, KnownNames, MeetingId, ParticipantId,
    Relation, RequestKind, Requester, Role, SubjectInput,
};
use store::{Store, StoreError, STORE_FILE_NAME};

/// The names of the store as R4 counted them before the index: every name in every place
/// that holds one, read under the store's API.
fn every_name(dir: &std::path::Path) -> Vec<String> {
    let conn = open_raw(dir.join(STORE_FILE_NAME));
    let mut stmt = conn
        .prepare(
            "SELECT name FROM subjects WHERE name IS NOT NULL
             UNION SELECT given_by_name FROM consents WHERE given_by_name IS NOT NULL
             UNION SELECT subject_name FROM rights_requests
             UNION SELECT requester_name FROM rights_requests",
        )
        .unwrap();
    let names = stmt
        .query_map([], |r| r.get::<_, String>(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    names
}

fn subject(name: &str, relation: Relation, birth: &str, authority: bool) -> SubjectInput {
    SubjectInput {
        relation,
        name: name.into(),
        birth_date: birth.into(),
        parental_authority: authority,
    }
}

/// A named meeting: a girl of 8 ("Ayla van der Yılmaz-Öztürk"), her mother ("Fatoş
/// O'Brien") and a consent for an item given by a guardian named in the consent ("voogd
/// Grietje Zandvoort"); a rights request about the girl by "Petra de Vries".
fn named_meeting(store: &mut Store) -> MeetingId {
    let m = store
        .create_meeting(&meeting_input("Gezin Yılmaz"), now())
        .unwrap()
        .id;
    let lead = store
        .add_participant(m, &participant_input("Lead", Role::CaseLead), now())
        .unwrap()
        .id;
    let girl = store
        .add_subject(
            m,
            &subject(
                "Ayla van der Yılmaz-Öztürk",
                Relation::Youth,
                "2018-05-01",
                false,
            ),
            true,
            now(),
        )
        .unwrap()
        .record
        .subjects[0]
        .subject
        .id;
    store
        .add_subject(
            m,
            &subject("Fatoş O'Brien", Relation::Parent, "", true),
            true,
            now(),
        )
        .unwrap();
    store
        .add_item_with_basis(
            m,
            &item_input(lead, "Zorgen over de slaap."),
            &[girl],
            Some(Basis::Consent {
                records: Vec::new(),
                not_competent: Vec::new(),
            }),
            vec![store::ConsentGiven {
                subject: girl,
                given_by: Consenter::OtherAuthority {
                    name: domain::Label::parse("voogd Grietje Zandvoort", Field::Consent).unwrap(),
                },
                method: domain::ConsentMethod::Written,
                scope: scope_all(store, m),
            }],
            now(),
        )
        .unwrap();
    let key = store
        .known_subjects()
        .unwrap()
        .into_iter()
        .find(|s| s.name.starts_with("Ayla"))
        .unwrap()
        .key;
    store
        .register_request(
            &key,
            &domain::RequestInput {
                kind: RequestKind::Access,
                requester: Requester::ParentWithAuthority,
                requester_name: "Petra de Vries".into(),
                received_on: now().format("%Y-%m-%d").to_string(),
                competent: true,
            },
            now(),
        )
        .unwrap();
    m
}

fn anonymous_meeting(store: &mut Store) -> (MeetingId, ParticipantId) {
    let m = store
        .create_meeting(
            &domain::MeetingInput {
                anonymous: true,
                ..meeting_input("Casus A-7K2")
            },
            now(),
        )
        .unwrap()
        .id;
    let p = store
        .add_participant(m, &participant_input("Lead", Role::CaseLead), now())
        .unwrap()
        .id;
    (m, p)
}

/// Texts that mention a known name in every way a text can, and texts that must pass.
const TEXTS: &[&str] = &[
    "Ayla slaapt slecht.",
    "AYLA slaapt slecht.",
    "Gezin Yılmaz is verhuisd.",
    "De familie Öztürk belde.",
    "Moeder (O'Brien) belde.",
    "Brien belde.",
    "Fatoş belde terug.",
    "fatos belde terug.",
    "De voogd Zandvoort is akkoord.",
    "Grietje komt ook.",
    "Petra vroeg om inzage.",
    "Vries vroeg om inzage.",
    "Van der de het ter.",
    "Moeder slaapt slecht sinds de verhuizing.",
    "Ay la, yil maz.",
    "Zandvoorter strand.",
    "",
];

fn refusal(result: Result<impl std::fmt::Debug, StoreError>) -> Option<Identifying> {
    match result {
        Ok(_) => None,
        Err(StoreError::Invalid(DomainError::IdentifyingTextInAnonymousMeeting {
            found, ..
        })) => Some(found),
        Err(e) => panic!("unexpected {e:?}"),
    }
}

#[test]
fn r4_the_name_index_answers_as_reading_every_name() {
    let (dir, mut store) = new_store();
    named_meeting(&mut store);
    let (m, p) = anonymous_meeting(&mut store);
    let all = KnownNames::of_names(&every_name(dir.path()));
    assert_eq!(every_name(dir.path()).len(), 4, "the four names above");
    let mut refused = 0;
    for text in TEXTS.iter().filter(|t| !t.is_empty()) {
        let want = domain::check_anonymous_text(true, text, Field::ItemText, &all)
            .err()
            .map(|e| match e {
                DomainError::IdentifyingTextInAnonymousMeeting { found, .. } => found,
                other => panic!("{other:?}"),
            });
        let got = refusal(store.add_item(m, &item_input(p, text), now()));
        assert_eq!(got, want, "{text}");
        refused += usize::from(got.is_some());
    }
    // Not a vacuous comparison: both kinds of answer occur.
    assert_eq!(refused, 11, "the eleven texts that name someone");
}

#[test]
fn r4_every_text_of_an_anonymous_meeting_is_checked_through_the_index() {
    let (_dir, mut store) = new_store();
    named_meeting(&mut store);
    let (m, p) = anonymous_meeting(&mut store);
    let named = "Grietje belt de school.";
    // Action, decision, its reason and the account: each refused with its own field.
    let action = store.add_action(
        m,
        &domain::ActionInput {
            who: p,
            what: named.into(),
            due: "2026-12-20".into(),
            relies_on: Vec::new(),
            condition: String::new(),
            decision: None,
        },
        now(),
    );
    assert_eq!(refusal(action), Some(Identifying::KnownName));
    let decision = store.add_decision(
        m,
        &domain::DecisionInput {
            what: "Hulp bij slapen".into(),
            why: "Petra vroeg erom.".into(),
            rests_on: Vec::new(),
        },
        now(),
    );
    assert!(matches!(
        decision,
        Err(StoreError::Invalid(
            DomainError::IdentifyingTextInAnonymousMeeting {
                field: Field::DecisionWhy,
                found: Identifying::KnownName
            }
        ))
    ));
    let minutes = store.set_minutes(
        m,
        &domain::MinutesInput {
            account: "Fatoş was er niet bij.".into(),
            ..Default::default()
        },
        now(),
    );
    assert_eq!(refusal(minutes), Some(Identifying::KnownName));
    let record = store.meeting_flow(m).unwrap().record;
    assert!(record.actions.is_empty() && record.decisions.is_empty());
    assert_eq!(record.minutes, domain::Minutes::default());
    // A meeting made anonymous later: its texts are checked, a decision's too.
    let later = store
        .create_meeting(&meeting_input("Casus B-3K4"), now())
        .unwrap()
        .id;
    store
        .add_decision(
            later,
            &domain::DecisionInput {
                what: "Slaapcoach voor Ayla".into(),
                why: "Zij slaapt slecht.".into(),
                rests_on: Vec::new(),
            },
            now(),
        )
        .unwrap();
    let input = meeting_input("Casus B-3K4");
    let preparation = domain::PreparationInput {
        purpose: input.purpose,
        criteria: input.criteria,
        family_present: false,
        family_absence_reason: input.family_absence_reason,
        anonymous: true,
    };
    let switched = store.update_preparation(later, &preparation, now());
    assert!(matches!(
        switched,
        Err(StoreError::Invalid(
            DomainError::IdentifyingTextInAnonymousMeeting {
                field: Field::DecisionWhat,
                found: Identifying::KnownName
            }
        ))
    ));
}

#[test]
fn r4_a_removed_name_no_longer_counts_and_a_new_one_counts_at_once() {
    let (_dir, mut store) = new_store();
    let named = named_meeting(&mut store);
    let (m, p) = anonymous_meeting(&mut store);
    let text = "De voogd Zandvoort is akkoord.";
    assert_eq!(
        refusal(store.add_item(m, &item_input(p, text), now())),
        Some(Identifying::KnownName)
    );
    // The consent that named the guardian goes with its item's basis: so does the name.
    let item = store.meeting_flow(named).unwrap().record.items[0].item.id;
    store.remove_item(named, item, now()).unwrap();
    assert_eq!(
        refusal(store.add_item(m, &item_input(p, text), now())),
        None
    );
    // A family member added anywhere is known from the next check on.
    let other = store
        .create_meeting(&meeting_input("Gezin Noordhoek"), now())
        .unwrap()
        .id;
    let text = "Noordhoek belde.";
    assert_eq!(
        refusal(store.add_item(m, &item_input(p, text), now())),
        None
    );
    store
        .add_subject(
            other,
            &subject("Kees Noordhoek", Relation::Parent, "", true),
            true,
            now(),
        )
        .unwrap();
    assert_eq!(
        refusal(store.add_item(m, &item_input(p, text), now())),
        Some(Identifying::KnownName)
    );
    // A family member removed again takes the name with them.
    let kees = store.meeting_flow(other).unwrap().record.subjects[0]
        .subject
        .id;
    store.remove_subject(other, kees, now()).unwrap();
    assert_eq!(
        refusal(store.add_item(m, &item_input(p, text), now())),
        None
    );
}

#[test]
fn migration_0042_indexes_the_names_already_stored() {
    let dir = tempfile::tempdir().unwrap();
    let old = store_before_migration(dir.path(), 42);
    let conn = open_raw(dir.path().join(STORE_FILE_NAME));
    let subject = uuid::Uuid::now_v7().to_string();
    conn.execute(
        "INSERT INTO subjects (id, meeting_id, relation, name, birth_date)
         VALUES (?1, ?2, 'youth', 'Özlem ÇELIK', '2012-04-04')",
        [&subject, &old.meeting],
    )
    .unwrap();
    conn.execute(
        "INSERT INTO consents (id, item_id, subject_id, given_by, given_by_name, method, at)
         VALUES (?1, ?2, ?3, 'other_authority', 'Voogd Hendrikse', 'written', 'x')",
        [uuid::Uuid::now_v7().to_string(), old.item, subject],
    )
    .unwrap();
    conn.execute(
        "INSERT INTO rights_requests (id, subject_key, subject_name, kind, requester,
             requester_name, received_on, deadline, status, created_at)
         VALUES (?1, 'k', 'Bram Zonder', 'access', 'subject', 'Advocaat Terpstra',
                 '2026-11-01', '2026-12-01', 'open', 'x')",
        [uuid::Uuid::now_v7().to_string()],
    )
    .unwrap();
    drop(conn);
    let mut store = Store::open(dir.path(), PASS).unwrap();
    let (m, p) = anonymous_meeting(&mut store);
    for (text, known) in [
        ("Çelik belde.", true),
        ("Hendrikse belde.", true),
        ("Zonder belde.", true),
        ("Terpstra belde.", true),
        ("Voogd belde.", true),
        ("Moeder belde.", false),
    ] {
        let want = known.then_some(Identifying::KnownName);
        assert_eq!(
            refusal(store.add_item(m, &item_input(p, text), now())),
            want,
            "{text}"
        );
    }
}
