#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! R16: corrections after finalization on real encrypted store files: a new version, the
//! old text still readable, every recipient of the old version listed, one audit entry
//! without personal data; a refused correction changes nothing; everything else of a
//! finalized meeting stays refused (R13).

mod common;
use common::*;
use domain::{
    ActionInput, Basis, CorrectionInput, DomainError, ItemId, Kind, LegalBasis, MeetingId,
    NotificationInput, NotificationMethod, NotificationScope, NotificationTiming, OrganisationType,
    ParticipantId, Relation, ReleaseChoice, Role, SubjectId, SubjectInput,
};
use rusqlite::Connection;
use store::{ParticipantExtra, Store, StoreError, STORE_FILE_NAME};

const OLD: &str = "Vader werkt sinds 2024 niet. OUDMARKER-q7";
const NEW: &str = "Vader werkt sinds maart 2025 weer. NIEUWMARKER-z3";

fn raw(dir: &std::path::Path) -> Connection {
    common::open_raw(dir.join(STORE_FILE_NAME))
}

struct Fixture {
    meeting: MeetingId,
    lead: ParticipantId,
    school: ParticipantId,
    item: ItemId,
    opinion: ItemId,
    father: SubjectId,
    /// An 8-year-old at the meeting the items are not about.
    child: SubjectId,
}

/// A finalized meeting: the GGZ participant brings a fact and an opinion; the fact is
/// released to the lead and to school, the opinion stays in the meeting.
fn finalized(store: &mut Store) -> Fixture {
    let m = store
        .create_meeting(&meeting_input("Gezin"), now())
        .unwrap()
        .id;
    let mut add = |name: &str, role: Role, org: OrganisationType| {
        store
            .add_participant_with(
                m,
                &participant_input(name, role),
                ParticipantExtra {
                    organisation_type: org,
                    secrecy: true,
                },
                now(),
            )
            .unwrap()
            .id
    };
    let lead = add("Lead", Role::CaseLead, OrganisationType::Wijkteam);
    let ggz = add("Coach", Role::ContentRole, OrganisationType::Wijkteam);
    let school = add("School", Role::ContentRole, OrganisationType::Wijkteam);
    for p in [lead, ggz, school] {
        store.record_pledge(m, p, now()).unwrap();
    }
    let father = store
        .add_subject(
            m,
            &SubjectInput {
                relation: Relation::Parent,
                name: String::new(),
                birth_date: String::new(),
                parental_authority: true,
            },
            false,
            now(),
        )
        .unwrap()
        .record
        .subjects[0]
        .subject
        .id;
    let child = store
        .add_subject(
            m,
            &SubjectInput {
                relation: Relation::Youth,
                name: String::new(),
                birth_date: "2018-05-01".into(),
                parental_authority: false,
            },
            false,
            now(),
        )
        .unwrap()
        .record
        .subjects[1]
        .subject
        .id;
    let item = store.add_item(m, &item_input(ggz, OLD), now()).unwrap().id;
    let mut op = item_input(ggz, "Ggz denkt dat vader overbelast is.");
    op.kind = Kind::Opinion;
    let opinion = store.add_item(m, &op, now()).unwrap().id;
    for i in [item, opinion] {
        store
            .set_item_basis(
                m,
                i,
                vec![father],
                Basis::Legal(LegalBasis::JeugdwetArt2_3),
                now(),
            )
            .unwrap();
    }
    let mut actions = Vec::new();
    for who in [lead, school] {
        let flow = store
            .add_action(
                m,
                &ActionInput {
                    who,
                    what: "Gesprek voeren".into(),
                    due: "2026-12-15".into(),
                    relies_on: vec![],
                    condition: String::new(),
                    decision: None,
                },
                now(),
            )
            .unwrap();
        actions.push(flow.record.actions.last().unwrap().id);
    }
    for (who, action) in [(lead, actions[0]), (school, actions[1])] {
        store
            .decide_release(
                m,
                item,
                who,
                ReleaseChoice::Release {
                    action,
                    motivation: None,
                },
                now(),
            )
            .unwrap();
        store
            .decide_release(m, opinion, who, ReleaseChoice::StayInMeeting, now())
            .unwrap();
    }
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
    Fixture {
        meeting: m,
        lead,
        school,
        item,
        opinion,
        father,
        child,
    }
}

fn correction(item: ItemId, by: SubjectId, text: &str, reaction: &str) -> CorrectionInput {
    CorrectionInput {
        item,
        text: text.into(),
        reason: "Vader wijst op een onjuist jaartal.".into(),
        reaction: reaction.into(),
        requested_by: by,
        competent: true,
        decision: domain::DecisionChoice::Granted,
        decided_on: chrono::Utc::now()
            .date_naive()
            .format("%Y-%m-%d")
            .to_string(),
        motivation: String::new(),
    }
}

fn informed(r: store::CorrectionResult) -> Vec<ParticipantId> {
    match r {
        store::CorrectionResult::Corrected { inform } => inform,
        store::CorrectionResult::Refused => panic!("refused"),
    }
}

#[test]
fn r16_correction_is_a_new_version_keeps_the_old_and_lists_recipients() {
    let (dir, mut store) = new_store();
    let f = finalized(&mut store);
    let (flow, inform) = store
        .correct_item(
            f.meeting,
            &correction(f.item, f.father, NEW, "Vader is blij met de correctie."),
            now(),
        )
        .unwrap();
    assert_eq!(informed(inform), vec![f.lead, f.school]);
    assert_eq!(flow.version_of(f.item), 2);
    assert_eq!(flow.version_of(f.opinion), 1);
    let item = flow
        .record
        .items
        .iter()
        .find(|i| i.item.id == f.item)
        .unwrap();
    assert_eq!(item.item.text.as_str(), NEW);
    // Survives a reopen; the old version stays readable.
    drop(store);
    let store = Store::open(dir.path(), PASS).unwrap();
    let history = store.item_history(f.meeting, f.item).unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!((history[0].version, history[0].text.as_str()), (1, OLD));
    assert_eq!((history[1].version, history[1].text.as_str()), (2, NEW));
    assert_eq!(
        history[1].reaction.as_deref(),
        Some("Vader is blij met de correctie.")
    );
    assert_eq!(history[1].requested_by, Some(f.father));
    assert_eq!(
        history[1].reason.as_deref(),
        Some("Vader wijst op een onjuist jaartal.")
    );
    assert_eq!(store.meeting_flow(f.meeting).unwrap().version_of(f.item), 2);
    // R18: one audit entry, no personal data in the log.
    let conn = raw(dir.path());
    let kinds: Vec<String> = conn
        .prepare("SELECT kind FROM audit_log ORDER BY seq")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(kinds.last().map(String::as_str), Some("item_corrected"));
    let dump: String = conn
        .prepare("SELECT * FROM audit_log")
        .unwrap()
        .query_map([], |r| {
            let n = r.as_ref().column_count();
            Ok((0..n)
                .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                .collect::<Vec<_>>()
                .join("|"))
        })
        .unwrap()
        .map(Result::unwrap)
        .collect();
    for secret in ["OUDMARKER", "NIEUWMARKER", "jaartal", "blij"] {
        assert!(!dump.contains(secret), "{secret} in the audit log");
    }
    assert!(matches!(
        store.verify_audit().unwrap(),
        store::AuditVerdict::Intact { .. }
    ));
}

#[test]
fn r16_second_correction_makes_version_three_and_keeps_every_text() {
    let (_dir, mut store) = new_store();
    let f = finalized(&mut store);
    store
        .correct_item(f.meeting, &correction(f.item, f.father, NEW, ""), now())
        .unwrap();
    let (flow, _) = store
        .correct_item(
            f.meeting,
            &correction(f.item, f.father, "", "Vader vindt het nu goed."),
            now(),
        )
        .unwrap();
    assert_eq!(flow.version_of(f.item), 3);
    let h = store.item_history(f.meeting, f.item).unwrap();
    let texts: Vec<&str> = h.iter().map(|v| v.text.as_str()).collect();
    assert_eq!(texts, vec![OLD, NEW, NEW]);
    assert_eq!(h[1].reaction, None);
}

#[test]
fn r16_opinion_gets_a_reaction_and_nobody_to_inform_when_not_released() {
    let (_dir, mut store) = new_store();
    let f = finalized(&mut store);
    assert!(matches!(
        store.correct_item(
            f.meeting,
            &correction(f.opinion, f.father, "Andere mening.", "Klopt niet."),
            now()
        ),
        Err(StoreError::Invalid(DomainError::OpinionNotCorrectable))
    ));
    let (flow, inform) = store
        .correct_item(
            f.meeting,
            &correction(f.opinion, f.father, "", "Vader ziet het anders."),
            now(),
        )
        .unwrap();
    assert!(informed(inform).is_empty());
    assert_eq!(flow.version_of(f.opinion), 2);
    let h = store.item_history(f.meeting, f.opinion).unwrap();
    assert_eq!(h[0].text, h[1].text);
}

#[test]
fn r16_refused_corrections_change_nothing() {
    let (dir, mut store) = new_store();
    let f = finalized(&mut store);
    let before = store.meeting_flow(f.meeting).unwrap();
    let audit_count = |dir: &std::path::Path| -> i64 {
        raw(dir)
            .query_row("SELECT count(*) FROM audit_log", [], |r| r.get(0))
            .unwrap()
    };
    let entries = audit_count(dir.path());
    let mut no_reason = correction(f.item, f.father, NEW, "");
    no_reason.reason = " ".into();
    for (input, code) in [
        (no_reason, "empty"),
        (
            correction(f.item, SubjectId::new(), NEW, ""),
            "unknown_subject",
        ),
        (correction(ItemId::new(), f.father, NEW, ""), "unknown_item"),
        (correction(f.item, f.father, OLD, ""), "unchanged"),
    ] {
        assert!(
            matches!(
                store.correct_item(f.meeting, &input, now()),
                Err(StoreError::Invalid(_))
            ),
            "{code}"
        );
    }
    let after = store.meeting_flow(f.meeting).unwrap();
    assert_eq!(after.record, before.record);
    assert!(after.versions.is_empty());
    assert_eq!(audit_count(dir.path()), entries);
    assert!(matches!(
        store.correct_item(
            MeetingId::new(),
            &correction(f.item, f.father, NEW, ""),
            now()
        ),
        Err(StoreError::NotFound("meeting"))
    ));
    assert!(matches!(
        store.item_history(MeetingId::new(), f.item),
        Err(StoreError::NotFound("item"))
    ));
}

#[test]
fn r16_r13_draft_is_not_corrected_and_finalized_stays_closed_to_edits() {
    let (_dir, mut store) = new_store();
    let m = store
        .create_meeting(&meeting_input("Concept"), now())
        .unwrap()
        .id;
    let p = store
        .add_participant(m, &participant_input("Lead", Role::CaseLead), now())
        .unwrap()
        .id;
    let s = store
        .add_subject(
            m,
            &SubjectInput {
                relation: Relation::Youth,
                name: String::new(),
                birth_date: String::new(),
                parental_authority: false,
            },
            false,
            now(),
        )
        .unwrap()
        .record
        .subjects[0]
        .subject
        .id;
    let item = store.add_item(m, &item_input(p, OLD), now()).unwrap().id;
    assert!(matches!(
        store.correct_item(m, &correction(item, s, NEW, ""), now()),
        Err(StoreError::Invalid(DomainError::CorrectionBeforeFinalize))
    ));
    // After a correction the finalized meeting still refuses every other edit (R13).
    let (_d2, mut store) = new_store();
    let f = finalized(&mut store);
    store
        .correct_item(f.meeting, &correction(f.item, f.father, NEW, ""), now())
        .unwrap();
    assert!(matches!(
        store.record_pledge(f.meeting, f.lead, now()),
        Err(StoreError::Invalid(DomainError::MeetingFinalized))
    ));
    assert!(matches!(
        store.decide_release(
            f.meeting,
            f.opinion,
            f.lead,
            ReleaseChoice::StayInMeeting,
            now()
        ),
        Err(StoreError::Invalid(DomainError::MeetingFinalized))
    ));
}

#[test]
fn r15_r16_versions_are_destroyed_with_the_meeting() {
    let (dir, mut store) = new_store();
    let f = finalized(&mut store);
    store
        .correct_item(f.meeting, &correction(f.item, f.father, NEW, ""), now())
        .unwrap();
    let later = chrono::NaiveDate::from_ymd_opt(2030, 1, 1).unwrap();
    let destroyed = store.destroy_expired(later, now()).unwrap();
    assert_eq!(destroyed, vec![f.meeting]);
    let n: i64 = raw(dir.path())
        .query_row("SELECT count(*) FROM item_versions", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 0);
}

#[test]
fn r16_contributor_refusal_is_recorded_and_audited_and_changes_nothing() {
    let (dir, mut store) = new_store();
    let f = finalized(&mut store);
    let before = store.meeting_flow(f.meeting).unwrap();
    let mut input = correction(f.item, f.father, NEW, "");
    input.decision = domain::DecisionChoice::Refused;
    input.motivation = "WEIGERMARKER het jaartal staat in het dossier.".into();
    let (flow, result) = store.correct_item(f.meeting, &input, now()).unwrap();
    assert_eq!(result, store::CorrectionResult::Refused);
    assert_eq!(flow.record, before.record, "a refusal does not take effect");
    assert_eq!(flow.version_of(f.item), 1);
    let refused = store.refused_corrections(f.meeting, f.item).unwrap();
    assert_eq!(refused.len(), 1);
    assert_eq!(refused[0].proposed_text.as_deref(), Some(NEW));
    assert_eq!(refused[0].requested_by, f.father);
    assert_eq!(refused[0].decided_on, chrono::Utc::now().date_naive());
    assert!(refused[0].motivation.starts_with("WEIGERMARKER"));
    let conn = raw(dir.path());
    let (kind, by): (String, String) = conn
        .query_row(
            "SELECT kind, decided_by FROM audit_log ORDER BY seq DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(kind, "correction_refused");
    assert_ne!(by, "chair", "recorded on the contributor's decision");
    let dump: String = conn
        .query_row(
            "SELECT group_concat(kind || decided_by) FROM audit_log",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(!dump.contains("WEIGERMARKER"));
}

#[test]
fn r16_a_family_member_the_item_is_not_about_may_not_ask_for_its_correction() {
    let (_dir, mut store) = new_store();
    let f = finalized(&mut store);
    let before = store.meeting_flow(f.meeting).unwrap();
    assert!(matches!(
        store.correct_item(f.meeting, &correction(f.item, f.child, NEW, ""), now()),
        Err(StoreError::Invalid(
            DomainError::CorrectionRequesterNotEntitled
        ))
    ));
    assert_eq!(store.meeting_flow(f.meeting).unwrap().record, before.record);
    assert!(store
        .refused_corrections(f.meeting, f.item)
        .unwrap()
        .is_empty());
}
