#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! R17 on real encrypted store files: the register of rights requests (age rules, deadline,
//! extension, answers), the access report across meetings, and what a granted erasure or
//! objection does to the stored data. Bad input changes nothing.

mod common;
use chrono::{Duration, NaiveDate, Utc};
use common::*;
use domain::{
    ActionInput, Basis, DomainError, Field, ItemId, LegalBasis, MeetingId, NotificationInput,
    NotificationMethod, NotificationScope, NotificationTiming, OrganisationType, ParticipantId,
    Relation, ReleaseChoice, RequestInput, RequestKind, RequestStatus, Requester, Role, SubjectId,
    SubjectInput,
};
use rusqlite::Connection;
use store::{ParticipantExtra, Store, StoreError, STORE_FILE_NAME};

pub const ANNA: &str = "Anna de Vries";
pub const ANNA_BIRTH: &str = "2015-03-01";
pub const BRAM: &str = "Bram de Vries";

fn raw(dir: &std::path::Path) -> Connection {
    common::open_raw(dir.join(STORE_FILE_NAME))
}

struct Meeting {
    id: MeetingId,
    anna: SubjectId,
    bram: SubjectId,
    coach: ParticipantId,
    items: Vec<(ItemId, SubjectId)>,
}

fn subject(store: &mut Store, m: MeetingId, name: &str, birth: &str) -> SubjectId {
    let flow = store
        .add_subject(
            m,
            &SubjectInput {
                relation: Relation::Youth,
                name: name.into(),
                birth_date: birth.into(),
                parental_authority: false,
            },
            false,
            now(),
        )
        .unwrap();
    flow.record.subjects.last().unwrap().subject.id
}

/// A meeting about Anna and Bram: the coach brings in one item about each (texts
/// `texts.0` about Anna, `texts.1` about Bram), all released to the lead for one action;
/// finalized when asked.
fn meeting(store: &mut Store, texts: (&[String], &[String]), finalize: bool) -> Meeting {
    let m = store
        .create_meeting(&meeting_input("Gezin De Vries"), now())
        .unwrap()
        .id;
    let mut add = |name: &str, role: Role, org: &str| {
        let mut input = participant_input(name, role);
        input.organisation = org.into();
        store
            .add_participant_with(
                m,
                &input,
                ParticipantExtra {
                    organisation_type: OrganisationType::Wijkteam,
                    secrecy: true,
                },
                now(),
            )
            .unwrap()
            .id
    };
    let lead = add("Lea Lead", Role::CaseLead, "Jeugdteam Noord");
    let coach = add("Chris Coach", Role::ContentRole, "Wijkteam Zuid");
    for p in [lead, coach] {
        store.record_pledge(m, p, now()).unwrap();
    }
    // Written differently on purpose: the identity normalises the name.
    let anna = subject(store, m, &format!("  {} ", ANNA.to_uppercase()), ANNA_BIRTH);
    let bram = subject(store, m, BRAM, "2013-07-09");
    let action = store
        .add_action(
            m,
            &ActionInput {
                who: lead,
                what: "Hulp regelen".into(),
                due: "2026-12-15".into(),
                relies_on: vec![],
                condition: String::new(),
                decision: None,
            },
            now(),
        )
        .unwrap()
        .record
        .actions[0]
        .id;
    let mut items = Vec::new();
    for (list, about) in [(texts.0, anna), (texts.1, bram)] {
        for t in list {
            let item = store.add_item(m, &item_input(coach, t), now()).unwrap().id;
            store
                .set_item_basis(
                    m,
                    item,
                    vec![about],
                    Basis::Legal(LegalBasis::JeugdwetArt2_3),
                    now(),
                )
                .unwrap();
            store
                .decide_release(
                    m,
                    item,
                    lead,
                    ReleaseChoice::Release {
                        action,
                        motivation: None,
                    },
                    now(),
                )
                .unwrap();
            items.push((item, about));
        }
    }
    if finalize {
        store
            .add_notification(
                m,
                NotificationInput {
                    about: NotificationScope::WholeFamily,
                    informer: lead,
                    method: NotificationMethod::Conversation,
                    timing: NotificationTiming::Beforehand,
                },
                now(),
            )
            .unwrap();
        store.finalize_meeting(m, now()).unwrap();
    }
    Meeting {
        id: m,
        anna,
        bram,
        coach,
        items,
    }
}

fn texts(prefix: &str, n: usize) -> Vec<String> {
    (0..n).map(|i| format!("{prefix} gegeven {i}")).collect()
}

fn request(kind: RequestKind, requester: Requester, received: NaiveDate) -> RequestInput {
    RequestInput {
        kind,
        requester,
        requester_name: "Petra de Vries".into(),
        received_on: received.format("%Y-%m-%d").to_string(),
        competent: true,
    }
}

fn key_of(store: &Store, name: &str) -> String {
    store
        .known_subjects()
        .unwrap()
        .into_iter()
        .find(|s| s.name.to_lowercase().trim() == name.to_lowercase())
        .unwrap()
        .key
}

/// The text the report shows of an item ("" when withheld).
fn text_of(i: &domain::AccessItem) -> &str {
    match &i.content {
        domain::AccessContent::Shown { text, .. } => text,
        domain::AccessContent::AboutOthersToo => "",
    }
}

fn today() -> NaiveDate {
    Utc::now().date_naive()
}

#[test]
fn r17_known_subjects_are_recognised_across_meetings() {
    let (_dir, mut store) = new_store();
    meeting(&mut store, (&texts("A1", 1), &texts("B1", 1)), false);
    meeting(&mut store, (&texts("A2", 1), &[]), false);
    let known = store.known_subjects().unwrap();
    assert_eq!(known.len(), 2);
    let anna = known.iter().find(|s| s.key.starts_with("anna")).unwrap();
    assert_eq!(anna.meetings, 2);
    assert_eq!(anna.key, format!("{}|{ANNA_BIRTH}", ANNA.to_lowercase()));
    assert_eq!(anna.birth_date, NaiveDate::from_ymd_opt(2015, 3, 1));
}

#[test]
fn r17_register_extend_refuse_and_list_by_deadline() {
    let (dir, mut store) = new_store();
    meeting(&mut store, (&texts("A", 1), &texts("B", 1)), false);
    let anna = key_of(&store, ANNA);
    let bram = key_of(&store, BRAM);
    let early = today() - Duration::days(40);
    // Anna is 11 or 12: her parent may ask for access at any age under 16.
    let a = store
        .register_request(
            &anna,
            &request(RequestKind::Access, Requester::ParentWithAuthority, today()),
            now(),
        )
        .unwrap();
    let b = store
        .register_request(
            &bram,
            &request(RequestKind::Access, Requester::ThirdPartyWithConsent, early),
            now(),
        )
        .unwrap();
    assert_eq!(a.request.deadline, domain::deadline(today()).unwrap());
    let list = store.rights_requests().unwrap();
    assert_eq!(
        list.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
        vec![b.id.as_str(), a.id.as_str()]
    );
    assert!(list[0].request.is_overdue(today()));
    assert!(!list[1].request.is_overdue(today()));

    let a = store
        .extend_request(&a.id, "Wij hebben meer tijd nodig.", now())
        .unwrap();
    assert_eq!(
        a.request.deadline,
        domain::extended_deadline(today()).unwrap()
    );
    assert!(matches!(a.request.status, RequestStatus::Extended { .. }));
    // The overdue one can no longer be extended; nothing changes.
    let err = store.extend_request(&b.id, "Te laat", now()).unwrap_err();
    assert!(matches!(
        err,
        StoreError::Invalid(DomainError::ExtensionAfterDeadline)
    ));
    let b = store
        .refuse_request(&b.id, "Geen toestemming van de ouders.", now())
        .unwrap();
    assert!(matches!(b.request.status, RequestStatus::Refused { .. }));
    assert_eq!(b.answered_on, Some(today()));

    // Reopened, the register is the same; the audit log holds no names.
    drop(store);
    let store = Store::open(dir.path(), PASS).unwrap();
    assert_eq!(store.rights_requests().unwrap().len(), 2);
    let conn = raw(dir.path());
    let kinds: Vec<String> = conn
        .prepare("SELECT kind FROM audit_log WHERE kind LIKE 'rights_%' ORDER BY seq")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(
        kinds,
        [
            "rights_request_registered",
            "rights_request_registered",
            "rights_request_extended",
            "rights_request_refused"
        ]
    );
    let dump: String = conn
        .query_row(
            "SELECT group_concat(coalesce(meeting_id, '') || kind || coalesce(decided_by, ''))
             FROM audit_log",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(!dump.to_lowercase().contains("vries"));
    assert!(!dump.contains("Petra"));
}

#[test]
fn r17_bad_requests_change_nothing() {
    let (_dir, mut store) = new_store();
    meeting(&mut store, (&texts("A", 1), &[]), false);
    let anna = key_of(&store, ANNA);
    let audit = store.audit_len().unwrap();
    let cases: Vec<(String, RequestInput, DomainError)> = vec![
        (
            "onbekend|2015-03-01".into(),
            request(RequestKind::Access, Requester::Subject, today()),
            DomainError::UnknownSubject {
                field: Field::RequestSubject,
            },
        ),
        (
            anna.clone(),
            request(
                RequestKind::Access,
                Requester::Subject,
                today() + Duration::days(1),
            ),
            DomainError::DateOutOfRange {
                field: Field::ReceivedOn,
            },
        ),
        (
            anna.clone(),
            RequestInput {
                requester_name: "  ".into(),
                ..request(RequestKind::Access, Requester::Guardian, today())
            },
            DomainError::Empty {
                field: Field::RequesterName,
            },
        ),
        (
            anna.clone(),
            RequestInput {
                received_on: String::new(),
                ..request(RequestKind::Access, Requester::Guardian, today())
            },
            DomainError::Empty {
                field: Field::ReceivedOn,
            },
        ),
    ];
    for (key, input, want) in cases {
        match store.register_request(&key, &input, now()) {
            Err(StoreError::Invalid(e)) => assert_eq!(e, want),
            other => panic!("expected {want:?}, got {other:?}"),
        }
    }
    // Anna is 11 or 12 (born 1 March 2015); a date when she was 10 makes it certain.
    let when_ten = NaiveDate::from_ymd_opt(2025, 6, 1).unwrap();
    let err = store
        .register_request(
            &anna,
            &request(RequestKind::Objection, Requester::Subject, when_ten),
            now(),
        )
        .unwrap_err();
    assert!(matches!(
        err,
        StoreError::Invalid(DomainError::RequesterNotEntitled)
    ));
    assert!(store.rights_requests().unwrap().is_empty());
    assert_eq!(store.audit_len().unwrap(), audit);
    let err = store.extend_request("geen-id", "x", now()).unwrap_err();
    assert!(matches!(
        err,
        StoreError::Invalid(DomainError::UnknownValue {
            field: Field::Request
        })
    ));
}

#[test]
fn r17_access_report_spans_meetings_and_holds_only_the_subjects_items() {
    let (_dir, mut store) = new_store();
    let m1 = meeting(&mut store, (&texts("ANNA-1", 2), &texts("BRAM-1", 2)), true);
    meeting(
        &mut store,
        (&texts("ANNA-2", 1), &texts("BRAM-2", 1)),
        false,
    );
    let report = store.access_report(&key_of(&store, ANNA), today()).unwrap();
    assert_eq!(report.meetings.len(), 2);
    assert!(report.meetings[0].finalized);
    let got: Vec<&str> = report.items().map(text_of).collect();
    assert_eq!(
        got,
        ["ANNA-1 gegeven 0", "ANNA-1 gegeven 1", "ANNA-2 gegeven 0"]
    );
    let first = report.items().next().unwrap();
    assert_eq!(first.contributor_organisation, "Wijkteam Zuid");
    assert_eq!(first.releases.len(), 1);
    assert_eq!(first.releases[0].recipient_organisation, "Jeugdteam Noord");
    assert_eq!(first.releases[0].purpose, "Hulp regelen");
    assert_eq!(
        first.basis,
        domain::AccessBasis::Legal(LegalBasis::JeugdwetArt2_3)
    );
    assert!(m1.items.iter().any(|(_, s)| *s == m1.bram));
}

#[test]
fn r17_granted_erasure_removes_the_subjects_items_in_finalized_meetings_too() {
    let (dir, mut store) = new_store();
    let m1 = meeting(
        &mut store,
        (&texts("WISMIJ-1", 2), &texts("BLIJF-1", 1)),
        true,
    );
    let m2 = meeting(
        &mut store,
        (&texts("WISMIJ-2", 1), &texts("BLIJF-2", 1)),
        false,
    );
    // What Anna said in the (draft) meeting is her data too.
    store
        .add_voice(
            m2.id,
            &domain::VoiceInput {
                subject: m2.anna,
                kind: domain::VoiceKind::Wish,
                channel: domain::VoiceChannel::InWriting,
                text: "WISMIJ-stem: ik wil zelf met school praten".into(),
                answer: String::new(),
            },
            now(),
        )
        .unwrap();
    let anna = key_of(&store, ANNA);
    let r = store
        .register_request(
            &anna,
            &request(
                RequestKind::Erasure,
                Requester::ParentWithAuthority,
                today(),
            ),
            now(),
        )
        .unwrap();
    let (r, outcome) = store.grant_request(&r.id, now()).unwrap();
    let outcome = outcome.unwrap();
    assert_eq!(r.request.status, RequestStatus::Granted);
    assert_eq!(outcome.items_removed, 3);
    assert_eq!(outcome.meetings, 2);
    assert_eq!(
        outcome.recipients_to_inform,
        vec![store::ErasureRecipient {
            name: "Lea Lead".to_owned(),
            organisation: "Jeugdteam Noord".to_owned()
        }]
    );
    // Anna is no longer known; Bram's items are all still there.
    assert!(store
        .known_subjects()
        .unwrap()
        .iter()
        .all(|s| s.key != anna));
    for m in [&m1, &m2] {
        let flow = store.meeting_flow(m.id).unwrap();
        let left: Vec<&str> = flow
            .record
            .items
            .iter()
            .map(|i| i.item.text.as_str())
            .collect();
        assert!(left.iter().all(|t| t.starts_with("BLIJF")), "{left:?}");
        assert_eq!(left.len(), 1);
        let row = flow
            .record
            .subjects
            .iter()
            .find(|s| s.subject.id == m.anna)
            .unwrap();
        assert_eq!(
            (row.subject.name.as_ref(), row.subject.birth_date),
            (None, None)
        );
    }
    assert!(store.meeting_flow(m2.id).unwrap().record.voices.is_empty());
    assert!(matches!(
        store.access_report(&anna, today()),
        Err(StoreError::Invalid(DomainError::UnknownSubject { .. }))
    ));
    // R18: one erasure entry per meeting, the chain still verifies; nothing of the text
    // is left in the store's pages (secure_delete).
    let conn = raw(dir.path());
    let erased: i64 = conn
        .query_row(
            "SELECT count(*) FROM audit_log WHERE kind = 'subject_data_erased'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(erased, 2);
    assert!(matches!(
        store.verify_audit().unwrap(),
        store::AuditVerdict::Intact { .. }
    ));
    let leftover: i64 = conn
        .query_row(
            "SELECT count(*) FROM items WHERE text LIKE 'WISMIJ%'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(leftover, 0);
    let store = store.complete_request(&r.id, now()).unwrap();
    assert_eq!(store.request.status, RequestStatus::Done);
}

#[test]
fn r17_granted_objection_blocks_new_items_and_leaves_extracts() {
    let (_dir, mut store) = new_store();
    let m1 = meeting(
        &mut store,
        (&texts("BEZWAAR", 1), &texts("GEWOON", 1)),
        true,
    );
    let m2 = meeting(&mut store, (&[], &[]), false);
    let anna = key_of(&store, ANNA);
    let lead = store
        .document_recipients(m1.id)
        .unwrap()
        .first()
        .copied()
        .unwrap();
    let before = store
        .recipient_extract(m1.id, lead, today())
        .unwrap()
        .items
        .len();
    assert_eq!(before, 2);
    let r = store
        .register_request(
            &anna,
            &request(
                RequestKind::Objection,
                Requester::ParentWithAuthority,
                today(),
            ),
            now(),
        )
        .unwrap();
    store.grant_request(&r.id, now()).unwrap();
    assert!(store
        .known_subjects()
        .unwrap()
        .iter()
        .any(|s| s.key == anna && s.objected));
    // Left out of the extract.
    let extract = store.recipient_extract(m1.id, lead, today()).unwrap();
    assert_eq!(extract.items.len(), 1);
    assert_eq!(extract.items[0].text, "GEWOON gegeven 0");
    // No new items about Anna, in the draft meeting or a meeting added later.
    let m3 = meeting(&mut store, (&[], &[]), false);
    for m in [&m2, &m3] {
        let audit = store.audit_len().unwrap();
        let err = store
            .add_item_about(m.id, &item_input(m.coach, "nieuw"), &[m.anna], now())
            .unwrap_err();
        assert!(matches!(
            err,
            StoreError::Invalid(DomainError::SubjectObjected)
        ));
        assert_eq!(store.audit_len().unwrap(), audit);
        // Bram is not affected.
        store
            .add_item_about(m.id, &item_input(m.coach, "over Bram"), &[m.bram], now())
            .unwrap();
    }
    let item = store
        .add_item(m2.id, &item_input(m2.coach, "los"), now())
        .unwrap()
        .id;
    let err = store
        .set_item_basis(
            m2.id,
            item,
            vec![m2.anna],
            Basis::Legal(LegalBasis::JeugdwetArt2_3),
            now(),
        )
        .unwrap_err();
    assert!(matches!(
        err,
        StoreError::Invalid(DomainError::SubjectObjected)
    ));
}

#[test]
fn r15_r17_answered_rights_records_are_destroyed_after_their_own_term() {
    let (dir, mut store) = new_store();
    meeting(&mut store, (&texts("A", 1), &texts("B", 1)), false);
    let anna = key_of(&store, ANNA);
    let bram = key_of(&store, BRAM);
    let objection = store
        .register_request(
            &anna,
            &request(
                RequestKind::Objection,
                Requester::ParentWithAuthority,
                today(),
            ),
            now(),
        )
        .unwrap();
    store.grant_request(&objection.id, now()).unwrap();
    let open = store
        .register_request(
            &bram,
            &request(
                RequestKind::Access,
                Requester::ThirdPartyWithConsent,
                today(),
            ),
            now(),
        )
        .unwrap();
    assert_eq!(store.settings().unwrap().rights_retention.get(), 12);

    // Twelve months after the answer it is still kept.
    let last = today().checked_add_months(chrono::Months::new(12)).unwrap();
    store.destroy_expired(last, now()).unwrap();
    assert_eq!(store.rights_requests().unwrap().len(), 2);

    // The day after, the answered request and its objection are gone; the open one stays.
    store
        .destroy_expired(last + Duration::days(1), now())
        .unwrap();
    let left: Vec<String> = store
        .rights_requests()
        .unwrap()
        .into_iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(left, vec![open.id.clone()]);
    drop(store);
    let conn = raw(dir.path());
    let objections: i64 = conn
        .query_row("SELECT count(*) FROM objections", [], |r| r.get(0))
        .unwrap();
    assert_eq!(objections, 0);
    // The audit keeps that it happened, without an id of the request.
    let (n, meeting): (i64, Option<String>) = conn
        .query_row(
            "SELECT count(*), max(meeting_id) FROM audit_log WHERE kind = 'rights_record_destroyed'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((n, meeting), (1, None));
}

#[test]
fn r17_access_report_withholds_the_text_of_an_item_also_about_someone_else() {
    let (_dir, mut store) = new_store();
    let m = meeting(&mut store, (&texts("ANNA", 1), &texts("BRAM", 1)), false);
    let coach = m.coach;
    let shared = store
        .add_item(
            m.id,
            &item_input(coach, "GEDEELD: ruzie tussen Anna en Bram"),
            now(),
        )
        .unwrap()
        .id;
    store
        .set_item_basis(
            m.id,
            shared,
            vec![m.anna, m.bram],
            Basis::Legal(LegalBasis::JeugdwetArt2_3),
            now(),
        )
        .unwrap();
    let report = store.access_report(&key_of(&store, BRAM), today()).unwrap();
    let items: Vec<_> = report.items().collect();
    assert_eq!(items.len(), 2, "Bram's own item and the shared one");
    assert_eq!(text_of(items[0]), "BRAM gegeven 0");
    assert_eq!(items[1].content, domain::AccessContent::AboutOthersToo);
    assert_eq!(items[1].contributor_organisation, "Wijkteam Zuid");
    assert!(
        !format!("{report:?}").contains("GEDEELD"),
        "nothing of the shared text is in Bram's report"
    );
}

#[test]
fn r17_two_people_with_the_same_name_and_no_birth_date_are_not_merged() {
    let (_dir, mut store) = new_store();
    let m1 = meeting(&mut store, (&texts("ANNA", 1), &[]), false);
    let m2 = meeting(&mut store, (&texts("ANNA", 1), &[]), false);
    let mut jans = Vec::new();
    for (m, text) in [(&m1, "JAN-EEN"), (&m2, "JAN-TWEE")] {
        let jan = subject(&mut store, m.id, "Jan de Vries", "");
        let item = store
            .add_item(m.id, &item_input(m.coach, text), now())
            .unwrap()
            .id;
        store
            .set_item_basis(
                m.id,
                item,
                vec![jan],
                Basis::Legal(LegalBasis::JeugdwetArt2_3),
                now(),
            )
            .unwrap();
        jans.push(jan);
    }
    let known: Vec<_> = store
        .known_subjects()
        .unwrap()
        .into_iter()
        .filter(|s| s.name == "Jan de Vries")
        .collect();
    assert_eq!(known.len(), 2, "two people, not one");
    for k in &known {
        assert_eq!(k.meetings, 1);
        let report = store.access_report(&k.key, today()).unwrap();
        let texts: Vec<&str> = report.items().map(text_of).collect();
        assert_eq!(texts.len(), 1, "{texts:?}");
    }
    // A key of the earlier form (name only) no longer reaches both.
    assert!(matches!(
        store.access_report("jan de vries|", today()),
        Err(StoreError::Invalid(DomainError::AmbiguousSubject))
    ));
}

/// R15 × R17: a destruction of rights records alone (no meeting expired) leaves no old page
/// image of them in the WAL either: the freed pages are reclaimed as after a meeting.
#[test]
fn r15_r17_destroying_only_rights_records_also_empties_the_wal() {
    let (dir, mut store) = new_store();
    let m = meeting(&mut store, (&texts("A", 1), &texts("B", 1)), false);
    for _ in 0..3 {
        store
            .extend_retention(
                m.id,
                "De hulp aan het gezin loopt nog door.",
                today(),
                now(),
            )
            .unwrap();
    }
    let anna = key_of(&store, ANNA);
    let objection = store
        .register_request(
            &anna,
            &request(
                RequestKind::Objection,
                Requester::ParentWithAuthority,
                today(),
            ),
            now(),
        )
        .unwrap();
    store.grant_request(&objection.id, now()).unwrap();
    let day = today().checked_add_months(chrono::Months::new(12)).unwrap() + Duration::days(1);
    assert!(
        store.destroy_expired(day, now()).unwrap().is_empty(),
        "the meeting is kept"
    );
    assert!(store.rights_requests().unwrap().is_empty());
    let wal = std::fs::metadata(dir.path().join(format!("{}-wal", store::STORE_FILE_NAME)))
        .map(|m| m.len())
        .unwrap_or(0);
    assert_eq!(wal, 0, "the WAL is truncated");
}
