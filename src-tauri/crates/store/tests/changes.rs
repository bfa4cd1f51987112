#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Gezag and secret address per subject (R8, R14/R21) and removals before finalizing (R13)
//! on real encrypted store files: refused changes change nothing, done ones survive a
//! reopen, each leaves one audit entry without the changed value (R18).

mod common;
use common::*;
use domain::{
    ActionInput, Basis, Consenter, Dependency, DomainError, MeetingId, NotificationInput,
    NotificationMethod, NotificationScope, NotificationTiming, OrganisationType, ParticipantId,
    Relation, ReleaseChoice, Role, SecretAddress, SubjectId, SubjectInput,
};
use rusqlite::Connection;
use store::{ParticipantExtra, Store, StoreError, STORE_FILE_NAME};

const MARKER: &str = "Geheimstraat 77 MARKER-x9q";

fn raw(dir: &std::path::Path) -> Connection {
    common::open_raw(dir.join(STORE_FILE_NAME))
}

fn audit_kinds(dir: &std::path::Path) -> Vec<String> {
    let conn = raw(dir);
    let mut stmt = conn
        .prepare("SELECT kind FROM audit_log ORDER BY seq")
        .unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

fn subject(relation: Relation, birth: &str, gezag: bool) -> SubjectInput {
    SubjectInput {
        relation,
        name: String::new(),
        birth_date: birth.into(),
        parental_authority: gezag,
    }
}

struct Fixture {
    meeting: MeetingId,
    lead: ParticipantId,
    ggz: ParticipantId,
    youth: SubjectId,
    mother: SubjectId,
    father: SubjectId,
}

fn meeting(store: &mut Store) -> Fixture {
    let m = store
        .create_meeting(&meeting_input("Gezin"), now())
        .unwrap();
    let lead = store
        .add_participant_with(
            m.id,
            &participant_input("Lead", Role::CaseLead),
            ParticipantExtra {
                organisation_type: OrganisationType::Wijkteam,
                secrecy: true,
            },
            now(),
        )
        .unwrap()
        .id;
    let ggz = store
        .add_participant_with(
            m.id,
            &participant_input("Ggz", Role::ContentRole),
            ParticipantExtra {
                organisation_type: OrganisationType::Ggz,
                secrecy: true,
            },
            now(),
        )
        .unwrap()
        .id;
    for s in [
        subject(Relation::Youth, "2018-05-01", false),
        subject(Relation::Parent, "", true),
        subject(Relation::Parent, "", false),
    ] {
        store.add_subject(m.id, &s, false, now()).unwrap();
    }
    let d = store.meeting_flow(m.id).unwrap();
    let ids: Vec<SubjectId> = d.record.subjects.iter().map(|s| s.subject.id).collect();
    Fixture {
        meeting: m.id,
        lead,
        ggz,
        youth: ids[0],
        mother: ids[1],
        father: ids[2],
    }
}

#[test]
fn r8_gezag_is_stored_and_decides_whose_consent_counts() {
    let (dir, mut store) = new_store();
    let f = meeting(&mut store);
    let item = store
        .add_item_about(
            f.meeting,
            &item_input(f.ggz, "Behandeling"),
            &[f.youth],
            now(),
        )
        .unwrap()
        .id;
    store
        .set_item_basis(
            f.meeting,
            item,
            vec![f.youth],
            Basis::Consent {
                records: vec![],
                not_competent: vec![],
            },
            now(),
        )
        .unwrap();
    let before = store.meeting_flow(f.meeting).unwrap().record;
    // The father holds no gezag: his consent for the 8-year-old is refused, nothing changes.
    let err = store
        .add_consent(
            f.meeting,
            item,
            store::ConsentGiven {
                subject: f.youth,
                given_by: Consenter::Parent {
                    subject_id: f.father,
                },
                method: domain::ConsentMethod::Verbal,
                scope: scope_all(&store, f.meeting),
            },
            now(),
        )
        .unwrap_err();
    assert!(matches!(
        err,
        StoreError::Invalid(DomainError::NoParentalAuthority)
    ));
    assert_eq!(store.meeting_flow(f.meeting).unwrap().record, before);
    // A youth cannot hold gezag.
    assert!(matches!(
        store.set_parental_authority(f.meeting, f.youth, true, now()),
        Err(StoreError::Invalid(DomainError::AuthorityNotForRelation))
    ));
    store
        .set_parental_authority(f.meeting, f.father, true, now())
        .unwrap();
    store
        .add_consent(
            f.meeting,
            item,
            store::ConsentGiven {
                subject: f.youth,
                given_by: Consenter::Parent {
                    subject_id: f.father,
                },
                method: domain::ConsentMethod::Verbal,
                scope: scope_all(&store, f.meeting),
            },
            now(),
        )
        .unwrap();
    drop(store);
    let store = Store::open(dir.path(), PASS).unwrap();
    let d = store.meeting_flow(f.meeting).unwrap();
    let father = d
        .record
        .subjects
        .iter()
        .find(|s| s.subject.id == f.father)
        .unwrap();
    assert!(father.subject.parental_authority);
    let rec = d.record.items.iter().find(|i| i.item.id == item).unwrap();
    assert_eq!(d.record.check_item_basis(rec), Some(Ok(())));
    // Taking gezag away again reopens the consent on the checklist.
    let mut store = store;
    let d = store
        .set_parental_authority(f.meeting, f.father, false, now())
        .unwrap();
    let rec = d.record.items.iter().find(|i| i.item.id == item).unwrap();
    assert!(matches!(
        d.record.check_item_basis(rec),
        Some(Err(DomainError::ConsentIncomplete { .. }))
    ));
    assert!(audit_kinds(dir.path()).contains(&"authority_set".to_owned()));
}

#[test]
fn r8_a_consent_that_does_not_count_is_refused_and_nothing_is_stored() {
    let (dir, mut store) = new_store();
    let f = meeting(&mut store);
    let item = store
        .add_item_about(
            f.meeting,
            &item_input(f.ggz, "Behandeling"),
            &[f.youth],
            now(),
        )
        .unwrap()
        .id;
    let before = store.meeting_flow(f.meeting).unwrap().record;
    let audits = audit_kinds(dir.path()).len();
    // The youth is 8: their own consent does not count; the holders of gezag decide.
    let err = store
        .add_consent(
            f.meeting,
            item,
            store::ConsentGiven {
                subject: f.youth,
                given_by: Consenter::Subject,
                method: domain::ConsentMethod::Verbal,
                scope: scope_all(&store, f.meeting),
            },
            now(),
        )
        .unwrap_err();
    assert!(matches!(
        err,
        StoreError::Invalid(DomainError::ConsentNotEntitled(
            domain::NotEntitled::OwnConsentUnder12 { .. }
        ))
    ));
    assert_eq!(store.meeting_flow(f.meeting).unwrap().record, before);
    assert_eq!(audit_kinds(dir.path()).len(), audits);
}

#[test]
fn r8_item_basis_and_consents_in_one_step_are_stored_together_or_not_at_all() {
    let (dir, mut store) = new_store();
    let f = meeting(&mut store);
    let before = store.meeting_flow(f.meeting).unwrap().record;
    let audits = audit_kinds(dir.path()).len();
    let consent = |given_by: Consenter, store: &Store| store::ConsentGiven {
        subject: f.youth,
        given_by,
        method: domain::ConsentMethod::Verbal,
        scope: scope_all(store, f.meeting),
    };
    let consent_basis = || Basis::Consent {
        records: Vec::new(),
        not_competent: Vec::new(),
    };
    // The youth is 8: the mother (gezag) counts, the youth's own consent does not. One
    // refused consent refuses the whole step: no item, no basis, no consent, no audit.
    let err = store
        .add_item_with_basis(
            f.meeting,
            &item_input(f.ggz, "Behandeling bij de ggz"),
            &[f.youth],
            Some(consent_basis()),
            vec![
                consent(
                    Consenter::Parent {
                        subject_id: f.mother,
                    },
                    &store,
                ),
                consent(Consenter::Subject, &store),
            ],
            now(),
        )
        .unwrap_err();
    assert!(matches!(
        err,
        StoreError::Invalid(DomainError::ConsentNotEntitled(
            domain::NotEntitled::OwnConsentUnder12 { .. }
        ))
    ));
    assert_eq!(store.meeting_flow(f.meeting).unwrap().record, before);
    assert_eq!(audit_kinds(dir.path()).len(), audits);

    // With the mother's consent only, all three are stored and each step is audited.
    let item = store
        .add_item_with_basis(
            f.meeting,
            &item_input(f.ggz, "Behandeling bij de ggz"),
            &[f.youth],
            Some(consent_basis()),
            vec![consent(
                Consenter::Parent {
                    subject_id: f.mother,
                },
                &store,
            )],
            now(),
        )
        .unwrap();
    let flow = store.meeting_flow(f.meeting).unwrap();
    let rec = flow
        .record
        .items
        .iter()
        .find(|i| i.item.id == item.id)
        .unwrap();
    assert_eq!(rec.subjects, vec![f.youth]);
    let Some(Basis::Consent { records, .. }) = &rec.basis else {
        panic!("consent basis expected");
    };
    assert_eq!(records.len(), 1);
    assert_eq!(
        records[0].given_by,
        Consenter::Parent {
            subject_id: f.mother
        }
    );
    let kinds = audit_kinds(dir.path());
    assert_eq!(
        kinds[audits..],
        ["item_added", "basis_set", "consent_recorded"].map(str::to_owned)
    );
    // It survives a reopen.
    drop(store);
    let store = Store::open(dir.path(), PASS).unwrap();
    let again = store.meeting_flow(f.meeting).unwrap().record;
    assert_eq!(again.items.iter().find(|i| i.item.id == item.id), Some(rec));
}

#[test]
fn r14_r21_secret_address_is_stored_encrypted_and_audited_without_its_value() {
    let (dir, mut store) = new_store();
    let f = meeting(&mut store);
    store
        .set_secret_address(
            f.meeting,
            f.mother,
            Some(SecretAddress::parse(MARKER).unwrap()),
            now(),
        )
        .unwrap();
    drop(store);
    // Stored: the raw (decrypted) column holds it ...
    let stored: Option<String> = raw(dir.path())
        .query_row(
            "SELECT secret_address FROM subjects WHERE id = ?1",
            [f.mother.to_string()],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(stored.as_deref(), Some(MARKER));
    // ... but no file on disk shows it in plain text (R21), and the audit has no value.
    for (name, bytes) in all_file_bytes(dir.path()) {
        assert!(
            !bytes.windows(MARKER.len()).any(|w| w == MARKER.as_bytes()),
            "{name}"
        );
    }
    let kinds = audit_kinds(dir.path());
    assert_eq!(kinds.last().map(String::as_str), Some("secret_address_set"));
    let dump: String = raw(dir.path())
        .query_row(
            "SELECT group_concat(at || kind || coalesce(meeting_id, '') || coalesce(decided_by, ''), '|') FROM audit_log",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(!dump.contains("MARKER"));

    let mut store = Store::open(dir.path(), PASS).unwrap();
    let d = store.meeting_flow(f.meeting).unwrap();
    assert!(
        !format!("{d:?}").contains("MARKER"),
        "Debug shows the address"
    );
    let mother = d
        .record
        .subjects
        .iter()
        .find(|s| s.subject.id == f.mother)
        .unwrap();
    assert!(mother.subject.has_secret_address);
    // Clearing it removes the value from the store.
    store
        .set_secret_address(f.meeting, f.mother, None, now())
        .unwrap();
    drop(store);
    let stored: Option<String> = raw(dir.path())
        .query_row(
            "SELECT secret_address FROM subjects WHERE id = ?1",
            [f.mother.to_string()],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(stored, None);
    assert_eq!(
        audit_kinds(dir.path()).last().map(String::as_str),
        Some("secret_address_cleared")
    );
}

#[test]
fn r4_anonymous_meeting_refuses_a_secret_address() {
    let (_dir, mut store) = new_store();
    let mut input = meeting_input("Casus A-1");
    input.anonymous = true;
    let m = store.create_meeting(&input, now()).unwrap().id;
    let d = store
        .add_subject(m, &subject(Relation::Parent, "", true), false, now())
        .unwrap();
    let s = d.record.subjects[0].subject.id;
    let err = store
        .set_secret_address(m, s, Some(SecretAddress::parse(MARKER).unwrap()), now())
        .unwrap_err();
    assert!(matches!(
        err,
        StoreError::Invalid(DomainError::IdentifyingDataInAnonymousMeeting { .. })
    ));
}

#[test]
fn r13_removals_refuse_dependants_change_nothing_and_are_audited() {
    let (dir, mut store) = new_store();
    let f = meeting(&mut store);
    let item = store
        .add_item_about(f.meeting, &item_input(f.ggz, "Inbreng"), &[f.mother], now())
        .unwrap()
        .id;
    store
        .set_item_basis(
            f.meeting,
            item,
            vec![f.mother],
            Basis::ConflictOfDuties {
                answers: domain::FourQuestions {
                    legitimate_purpose: true,
                    only_way: true,
                    consent_asked_or_impossible: true,
                    child_interest_outweighs: true,
                },
                motivation: domain::Prose::parse(
                    "Acuut gevaar voor het kind thuis.",
                    domain::Field::Motivation,
                    100,
                )
                .unwrap(),
            },
            now(),
        )
        .unwrap();
    let d = store
        .add_action(
            f.meeting,
            &ActionInput {
                who: f.lead,
                what: "Gezinsplan".into(),
                due: "2026-12-01".into(),
                relies_on: vec![],
                condition: String::new(),
                decision: None,
            },
            now(),
        )
        .unwrap();
    let action = d.record.actions[0].id;
    let d = store
        .add_notification(
            f.meeting,
            NotificationInput {
                about: NotificationScope::Subjects(vec![f.father]),
                informer: f.lead,
                method: NotificationMethod::Letter,
                timing: NotificationTiming::Beforehand,
            },
            now(),
        )
        .unwrap();
    let notification = d.record.notifications[0].id;
    let before = store.meeting_flow(f.meeting).unwrap().record;
    let audit_before = store.audit_len().unwrap();
    for (result, dep) in [
        (
            store.remove_subject(f.meeting, f.mother, now()),
            Dependency::ItemsAboutSubject,
        ),
        (
            store.remove_subject(f.meeting, f.father, now()),
            Dependency::NotificationAboutSubject,
        ),
        (
            store.remove_participant(f.meeting, f.ggz, now()),
            Dependency::ItemsOfParticipant,
        ),
        (
            store.remove_participant(f.meeting, f.lead, now()),
            Dependency::ActionsOfParticipant,
        ),
    ] {
        match result {
            Err(StoreError::Invalid(DomainError::StillNeeded(d))) => assert_eq!(d, dep),
            other => panic!("{dep:?}: {other:?}"),
        }
    }
    assert_eq!(store.meeting_flow(f.meeting).unwrap().record, before);
    assert_eq!(store.audit_len().unwrap(), audit_before);

    // Released item: refused; after "stays" it can go, with its basis.
    // R2: the recipient confirmed confidentiality first.
    store.record_pledge(f.meeting, f.lead, now()).unwrap();
    store
        .decide_release(
            f.meeting,
            item,
            f.lead,
            ReleaseChoice::Release {
                action,
                motivation: None,
            },
            now(),
        )
        .unwrap();
    assert!(matches!(
        store.remove_item(f.meeting, item, now()),
        Err(StoreError::Invalid(DomainError::StillNeeded(
            Dependency::ItemReleased
        )))
    ));
    assert!(matches!(
        store.remove_action(f.meeting, action, now()),
        Err(StoreError::Invalid(DomainError::StillNeeded(
            Dependency::ReleasesForAction
        )))
    ));
    store
        .decide_release(f.meeting, item, f.lead, ReleaseChoice::StayInMeeting, now())
        .unwrap();
    store.remove_item(f.meeting, item, now()).unwrap();
    store.remove_action(f.meeting, action, now()).unwrap();
    store
        .remove_notification(f.meeting, notification, now())
        .unwrap();
    store.remove_subject(f.meeting, f.mother, now()).unwrap();
    store.remove_participant(f.meeting, f.ggz, now()).unwrap();
    drop(store);

    let mut store = Store::open(dir.path(), PASS).unwrap();
    let d = store.meeting_flow(f.meeting).unwrap();
    assert!(d.record.items.is_empty());
    assert!(d.record.actions.is_empty());
    assert!(d.record.notifications.is_empty());
    assert_eq!(d.record.subjects.len(), 2);
    assert_eq!(d.record.participants.len(), 1);
    assert_eq!(d.record.releases.cells().count(), 0);
    let kinds = audit_kinds(dir.path());
    for k in [
        "item_removed",
        "action_removed",
        "notification_removed",
        "subject_removed",
        "participant_removed",
    ] {
        assert_eq!(kinds.iter().filter(|x| *x == k).count(), 1, "{k}");
    }
    assert!(matches!(
        store.verify_audit().unwrap(),
        store::AuditVerdict::Intact { .. }
    ));

    // A removed participant as bad input: nothing changes (R11, R9).
    let before = store.meeting_flow(f.meeting).unwrap().record;
    let err = store
        .add_action(
            f.meeting,
            &ActionInput {
                who: f.ggz,
                what: "Bellen".into(),
                due: "2026-12-01".into(),
                relies_on: vec![],
                condition: String::new(),
                decision: None,
            },
            now(),
        )
        .unwrap_err();
    assert!(matches!(
        err,
        StoreError::Invalid(DomainError::ParticipantNotInMeeting { .. })
    ));
    assert!(store.remove_participant(f.meeting, f.ggz, now()).is_err());
    assert_eq!(store.meeting_flow(f.meeting).unwrap().record, before);
}

#[test]
fn r1_participant_correction_is_stored_and_checks_the_case_lead() {
    let (dir, mut store) = new_store();
    let f = meeting(&mut store);
    let mut input = participant_input("Ggz Gecorrigeerd", Role::CaseLead);
    let extra = ParticipantExtra {
        organisation_type: OrganisationType::Ggz,
        secrecy: false,
    };
    assert!(matches!(
        store.update_participant(f.meeting, f.ggz, &input, extra, now()),
        Err(StoreError::Invalid(DomainError::SecondCaseLead))
    ));
    input.role = Role::Expert;
    store
        .update_participant(f.meeting, f.ggz, &input, extra, now())
        .unwrap();
    drop(store);
    let store = Store::open(dir.path(), PASS).unwrap();
    let d = store.meeting_flow(f.meeting).unwrap();
    let p = d
        .record
        .participants
        .iter()
        .find(|p| p.participant.id == f.ggz)
        .unwrap();
    assert_eq!(p.participant.name.as_str(), "Ggz Gecorrigeerd");
    assert_eq!(p.participant.role, Role::Expert);
    assert!(!p.secrecy);
    assert!(audit_kinds(dir.path()).contains(&"participant_changed".to_owned()));
}

/// R1/R5/R9/R18 (seed 002 II.5): an expertise-only participant is stored, survives a
/// reopen, brings no item in, is audited when set on an existing participant, and the flag
/// is refused for who already brought an item in.
#[test]
fn r1_expertise_only_participant_is_stored_audited_and_brings_no_item_in() {
    let (dir, mut store) = new_store();
    let f = meeting(&mut store);
    let adviser = store
        .add_participant(
            f.meeting,
            &domain::ParticipantInput {
                expertise_only: true,
                ..participant_input("Adviseur", Role::Expert)
            },
            now(),
        )
        .unwrap();
    assert!(adviser.expertise_only);
    let before = store.meeting_flow(f.meeting).unwrap().record;
    let err = store
        .add_item(
            f.meeting,
            &item_input(adviser.id, "Advies over school"),
            now(),
        )
        .unwrap_err();
    assert!(matches!(
        err,
        StoreError::Invalid(DomainError::ExpertiseOnlyBringsNoItems)
    ));
    assert_eq!(store.meeting_flow(f.meeting).unwrap().record, before);
    // Not for an informant (R1: at the table to bring information in); nothing stored.
    assert!(matches!(
        store.add_participant(
            f.meeting,
            &domain::ParticipantInput {
                expertise_only: true,
                ..participant_input("Tweede", Role::Informant)
            },
            now(),
        ),
        Err(StoreError::Invalid(DomainError::ExpertiseOnlyRole))
    ));
    // The GGZ brings an item in, then cannot become expertise-only.
    store
        .add_item(f.meeting, &item_input(f.ggz, "In behandeling"), now())
        .unwrap();
    let extra = ParticipantExtra {
        organisation_type: OrganisationType::Ggz,
        secrecy: true,
    };
    let as_expert = domain::ParticipantInput {
        expertise_only: true,
        ..participant_input("Ggz", Role::Expert)
    };
    assert!(matches!(
        store.update_participant(f.meeting, f.ggz, &as_expert, extra, now()),
        Err(StoreError::Invalid(DomainError::ExpertiseOnlyButInvolved(
            Dependency::ItemsOfParticipant
        )))
    ));
    // The chair corrects a new expert: now expertise-only (R18: audited).
    let expert = store
        .add_participant(f.meeting, &participant_input("Expert", Role::Expert), now())
        .unwrap();
    let changes = audit_kinds(dir.path()).len();
    store
        .update_participant(
            f.meeting,
            expert.id,
            &domain::ParticipantInput {
                expertise_only: true,
                ..participant_input("Expert", Role::Expert)
            },
            ParticipantExtra::default(),
            now(),
        )
        .unwrap();
    assert_eq!(audit_kinds(dir.path()).len(), changes + 1);
    assert_eq!(
        audit_kinds(dir.path()).last().map(String::as_str),
        Some("participant_changed")
    );
    drop(store);
    let store = Store::open(dir.path(), PASS).unwrap();
    let flow = store.meeting_flow(f.meeting).unwrap();
    let only: Vec<&str> = flow
        .record
        .participants
        .iter()
        .filter(|p| p.participant.expertise_only)
        .map(|p| p.participant.name.as_str())
        .collect();
    assert_eq!(only, ["Adviseur", "Expert"]);
    assert!(!flow.record.release_columns().contains(&adviser.id));
    let detail = store.meeting_detail(f.meeting).unwrap();
    assert!(detail.participants.iter().any(|p| p.expertise_only));
}

#[test]
fn r13_finalized_meeting_refuses_every_change() {
    let (_dir, mut store) = new_store();
    let m = store
        .create_meeting(&meeting_input("Klaar"), now())
        .unwrap()
        .id;
    let lead = store
        .add_participant(m, &participant_input("Lead", Role::CaseLead), now())
        .unwrap()
        .id;
    store.record_pledge(m, lead, now()).unwrap();
    let d = store
        .add_subject(m, &subject(Relation::Parent, "", true), true, now())
        .unwrap();
    let s = d.record.subjects[0].subject.id;
    store
        .set_retention(
            m,
            chrono::NaiveDate::from_ymd_opt(2027, 5, 24).unwrap(),
            now(),
        )
        .unwrap();
    store.finalize_meeting(m, now()).unwrap();
    let finalized = |r: Result<store::FlowData, StoreError>| {
        matches!(r, Err(StoreError::Invalid(DomainError::MeetingFinalized)))
    };
    assert!(finalized(store.remove_subject(m, s, now())));
    assert!(finalized(store.remove_participant(m, lead, now())));
    assert!(finalized(store.set_parental_authority(m, s, false, now())));
    assert!(finalized(store.set_secret_address(
        m,
        s,
        Some(SecretAddress::parse(MARKER).unwrap()),
        now()
    )));
    assert!(finalized(store.update_participant(
        m,
        lead,
        &participant_input("Ander", Role::CaseLead),
        ParticipantExtra::default(),
        now()
    )));
    // R13: the expertise-only flag is no exception.
    assert!(finalized(store.update_participant(
        m,
        lead,
        &domain::ParticipantInput {
            expertise_only: true,
            ..participant_input("Lead", Role::Expert)
        },
        ParticipantExtra::default(),
        now()
    )));
    assert!(matches!(
        store.add_participant(
            m,
            &domain::ParticipantInput {
                expertise_only: true,
                ..participant_input("Laat", Role::Expert)
            },
            now()
        ),
        Err(StoreError::Invalid(DomainError::MeetingFinalized))
    ));
}

#[test]
fn r8_migration_0005_keeps_parents_as_holders_of_gezag() {
    let dir = tempfile::tempdir().unwrap();
    {
        let conn = raw(dir.path());
        conn.execute_batch(
            "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY NOT NULL,
                                             applied_at TEXT NOT NULL) STRICT;",
        )
        .unwrap();
        for (v, sql) in store::MIGRATIONS.iter().filter(|(v, _)| *v <= 4) {
            conn.execute_batch(sql).unwrap();
            conn.execute(
                "INSERT INTO schema_migrations VALUES (?1, '2026-11-01T00:00:00Z')",
                [v],
            )
            .unwrap();
        }
        let m = MeetingId::new().to_string();
        conn.execute(
            "INSERT INTO meetings (id, case_label, meeting_date, purpose, created_at)
             VALUES (?1, 'Oud', '2026-11-24', 'Doel', '2026-11-01T00:00:00Z')",
            [&m],
        )
        .unwrap();
        for rel in ["parent", "youth", "guardian"] {
            conn.execute(
                "INSERT INTO subjects (id, meeting_id, relation) VALUES (?1, ?2, ?3)",
                rusqlite::params![SubjectId::new().to_string(), m, rel],
            )
            .unwrap();
        }
    }
    let store = Store::open(dir.path(), PASS).unwrap();
    let conn_check = raw(dir.path());
    let rows: Vec<(String, bool)> = conn_check
        .prepare("SELECT relation, parental_authority FROM subjects ORDER BY relation")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(
        rows,
        vec![
            ("guardian".to_owned(), true),
            ("parent".to_owned(), true),
            ("youth".to_owned(), false)
        ]
    );
    drop(store);
}

/// Seed 004 art. 6.4b: a consent's scope survives a reopen; a release outside it is refused
/// and changes nothing; a consent as migration 0014 leaves an old row (no scope) covers no
/// release until it is recorded again.
#[test]
fn r9_no_release_outside_consent_scope_in_the_store() {
    let (dir, mut store) = new_store();
    let f = meeting(&mut store);
    // R2: the recipient has pledged, so only the consent scope can refuse the release.
    store.record_pledge(f.meeting, f.lead, now()).unwrap();
    let item = store
        .add_item_about(
            f.meeting,
            &item_input(f.ggz, "Behandeling"),
            &[f.mother],
            now(),
        )
        .unwrap()
        .id;
    store
        .set_item_basis(
            f.meeting,
            item,
            vec![f.mother],
            Basis::Consent {
                records: vec![],
                not_competent: vec![],
            },
            now(),
        )
        .unwrap();
    let ggz_only = domain::ConsentScope::Given {
        recipients: vec![f.ggz],
        purpose: domain::Prose::parse("Behandeling afstemmen", domain::Field::ConsentPurpose, 100)
            .unwrap(),
    };
    store
        .add_consent(
            f.meeting,
            item,
            store::ConsentGiven {
                subject: f.mother,
                given_by: Consenter::Subject,
                method: domain::ConsentMethod::Written,
                scope: ggz_only.clone(),
            },
            now(),
        )
        .unwrap();
    let action = store
        .add_action(
            f.meeting,
            &ActionInput {
                who: f.lead,
                what: "Gezinsplan".into(),
                due: "2026-12-01".into(),
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
    let release = ReleaseChoice::Release {
        action,
        motivation: None,
    };
    let before = store.meeting_flow(f.meeting).unwrap().record;
    let err = store
        .decide_release(f.meeting, item, f.lead, release.clone(), now())
        .unwrap_err();
    assert!(matches!(
        err,
        StoreError::Invalid(DomainError::OutsideConsentScope { .. })
    ));
    assert_eq!(store.meeting_flow(f.meeting).unwrap().record, before);
    store.close().unwrap();

    // The scope is stored.
    let store = Store::open(dir.path(), PASS).unwrap();
    let rec = store.meeting_flow(f.meeting).unwrap().record;
    let Some(Basis::Consent { records, .. }) = &rec.items[0].basis else {
        panic!("consent basis")
    };
    assert_eq!(records[0].scope, ggz_only);
    store.close().unwrap();

    // An old row, as migration 0014 leaves it: no purpose, no recipients.
    raw(dir.path())
        .execute_batch("UPDATE consents SET scope_purpose = NULL; DELETE FROM consent_recipients;")
        .unwrap();
    let mut store = Store::open(dir.path(), PASS).unwrap();
    let err = store
        .decide_release(f.meeting, item, f.lead, release.clone(), now())
        .unwrap_err();
    assert!(matches!(
        err,
        StoreError::Invalid(DomainError::ConsentScopeUnconfirmed { .. })
    ));
    // Re-confirmed with the case lead in scope: now it may go.
    let both = scope_all(&store, f.meeting);
    store
        .add_consent(
            f.meeting,
            item,
            store::ConsentGiven {
                subject: f.mother,
                given_by: Consenter::Subject,
                method: domain::ConsentMethod::Written,
                scope: both,
            },
            now(),
        )
        .unwrap();
    store
        .decide_release(f.meeting, item, f.lead, release, now())
        .unwrap();
}

/// R4: an anonymous meeting refuses a case label that is no code, and text with a BSN,
/// phone number, e-mail address, IBAN or a name the store knows from another meeting.
#[test]
fn r4_anonymous_meeting_refuses_identifying_text() {
    let (_dir, mut store) = new_store();
    // Another meeting, not anonymous, knows the family by name.
    let named = store
        .create_meeting(&meeting_input("Gezin Yilmaz"), now())
        .unwrap();
    store
        .add_subject(
            named.id,
            &SubjectInput {
                relation: Relation::Parent,
                name: "Ayla Yilmaz".into(),
                birth_date: String::new(),
                parental_authority: true,
            },
            true,
            now(),
        )
        .unwrap();
    let anonymous = |label: &str| domain::MeetingInput {
        anonymous: true,
        ..meeting_input(label)
    };
    let err = store
        .create_meeting(&anonymous("Gezin Yilmaz, Dorpsstraat"), now())
        .unwrap_err();
    assert!(matches!(
        err,
        StoreError::Invalid(DomainError::CaseLabelNotACode)
    ));
    let m = store
        .create_meeting(&anonymous("Casus A-7K2"), now())
        .unwrap()
        .id;
    let p = store
        .add_participant(m, &participant_input("Lead", Role::CaseLead), now())
        .unwrap()
        .id;
    for (text, found) in [
        (
            "Ayla slaapt slecht sinds de verhuizing.",
            domain::Identifying::KnownName,
        ),
        (
            "Moeder is bereikbaar op 06-12345678.",
            domain::Identifying::Phone,
        ),
    ] {
        let err = store.add_item(m, &item_input(p, text), now()).unwrap_err();
        assert!(
            matches!(
                err,
                StoreError::Invalid(DomainError::IdentifyingTextInAnonymousMeeting {
                    field: domain::Field::ItemText,
                    found: f,
                }) if f == found
            ),
            "{text}: {err:?}"
        );
    }
    assert!(store.meeting_flow(m).unwrap().record.items.is_empty());
    store
        .add_item(
            m,
            &item_input(p, "Moeder slaapt slecht sinds de verhuizing."),
            now(),
        )
        .unwrap();
}

/// R5/R9/R18: a bulk "stays in the meeting" is stored and audited per cell on behalf of the
/// item's contributor, never touches a cell an action needs, survives a reopen, and is
/// undone as one step (audited too).
#[test]
fn r5_bulk_stays_is_the_contributors_decision_per_cell_and_undoable() {
    let (dir, mut store) = new_store();
    let f = meeting(&mut store);
    let school = store
        .add_participant_with(
            f.meeting,
            &participant_input("School", Role::ContentRole),
            ParticipantExtra {
                organisation_type: OrganisationType::Onderwijs,
                secrecy: true,
            },
            now(),
        )
        .unwrap()
        .id;
    let item = store
        .add_item(f.meeting, &item_input(f.ggz, "Zorgen over slaap."), now())
        .unwrap()
        .id;
    for (who, relies_on) in [(f.lead, vec![item]), (school, vec![])] {
        store
            .add_action(
                f.meeting,
                &ActionInput {
                    who,
                    what: "Gesprek plannen".into(),
                    due: "2026-12-01".into(),
                    relies_on,
                    condition: String::new(),
                    decision: None,
                },
                now(),
            )
            .unwrap();
    }
    let audit_before = store.audit_len().unwrap();
    let (flow, cells) = store
        .bulk_release_stays(f.meeting, domain::BulkScope::Matrix, now())
        .unwrap();
    // The lead's action relies on the item: only the school's cell is decided.
    assert_eq!(cells.len(), 1);
    assert_eq!((cells[0].item, cells[0].recipient), (item, school));
    assert!(matches!(
        flow.record.releases.decision(item, school),
        domain::ReleaseDecision::StaysInMeeting { decided_by, .. } if *decided_by == f.ggz
    ));
    assert!(flow.record.releases.decision(item, f.lead).is_undecided());
    assert_eq!(store.audit_len().unwrap(), audit_before + 1);
    let last = store
        .audit_entries(&store::AuditFilter {
            meeting: Some(f.meeting),
            from: None,
            to: None,
        })
        .unwrap();
    let last = last.iter().max_by_key(|e| e.seq).unwrap();
    assert_eq!(last.kind, "release_decided");
    assert_eq!(last.decided_by, Some(f.ggz.to_string()));

    // Survives a reopen.
    drop(store);
    let mut store = Store::open(dir.path(), PASS).unwrap();
    let flow = store.meeting_flow(f.meeting).unwrap();
    assert!(!flow.record.releases.decision(item, school).is_undecided());

    // Undo: one step, audited, the cell counts again.
    let flow = store
        .undo_release_stays(f.meeting, &[(item, school)], now())
        .unwrap();
    assert!(flow.record.releases.decision(item, school).is_undecided());
    assert_eq!(store.audit_len().unwrap(), audit_before + 2);
    assert_eq!(audit_kinds(dir.path()).last().unwrap(), "release_undone");
    assert!(
        domain::checklist(&flow.record).contains(&domain::OpenPoint::ReleaseUndecided {
            item,
            recipient: school
        })
    );
}
