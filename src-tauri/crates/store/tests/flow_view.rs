#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The meeting page's view (`FlowData::view`, issue 16): on a real encrypted store, a
//! meeting with a consent, a postponed notification, an open checklist point and (once
//! finalized) a withdrawal shows each of them with the ids and fields the domain decided;
//! presentation mode (`FlowData::presentation`) shows the item on the wall.

mod common;
use chrono::NaiveDate;
use common::*;
use domain::{
    ActionInput, Basis, ChecklistSection, ConsentMethod, Consenter, MeetingId, NotificationInput,
    NotificationMethod, NotificationScope, NotificationTiming, OrganisationType, ParticipantId,
    PostponeGround, Relation, ReleaseChoice, Role, SubjectId, SubjectInput, WithdrawalRequest,
};
use store::{AttendanceKind, NotificationStatus, ParticipantExtra, Store};

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// The ids of one meeting of the test.
struct Meeting {
    id: MeetingId,
    lead: ParticipantId,
    school: ParticipantId,
    ggz: ParticipantId,
    father: SubjectId,
    fact: domain::ItemId,
}

/// A draft meeting: the lead brings a fact about the father with his own consent, released
/// to the school for its action; informing the family is postponed. Everything is ready
/// to finalize except the pledge of GGZ, who receives nothing (R2).
fn meeting(store: &mut Store) -> Meeting {
    let id = store
        .create_meeting(&meeting_input("Gezin Zicht"), now())
        .unwrap()
        .id;
    let mut add = |name: &str, role, organisation_type| {
        store
            .add_participant_with(
                id,
                &participant_input(name, role),
                ParticipantExtra {
                    organisation_type,
                    secrecy: true,
                },
                now(),
            )
            .unwrap()
            .id
    };
    let lead = add("Lea de Regie", Role::CaseLead, OrganisationType::Wijkteam);
    let school = add("Juf Jansen", Role::ContentRole, OrganisationType::Onderwijs);
    let ggz = add("Dokter de Wit", Role::ContentRole, OrganisationType::Ggz);
    store.record_pledge(id, lead, now()).unwrap();
    store.record_pledge(id, school, now()).unwrap();
    let father = store
        .add_subject(
            id,
            &SubjectInput {
                relation: Relation::Parent,
                name: "Vader Zicht".into(),
                birth_date: "1980-03-07".into(),
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
    let fact = store
        .add_item_about(
            id,
            &item_input(lead, "Vader werkt nachtdiensten."),
            &[father],
            now(),
        )
        .unwrap()
        .id;
    let consent = Basis::Consent {
        records: vec![],
        not_competent: vec![],
    };
    store
        .set_item_basis(id, fact, vec![father], consent, now())
        .unwrap();
    let scope = scope_all(store, id);
    store
        .add_consent(
            id,
            fact,
            store::ConsentGiven {
                subject: father,
                given_by: Consenter::Subject,
                method: ConsentMethod::Written,
                scope,
            },
            now(),
        )
        .unwrap();
    let action = store
        .add_action(
            id,
            &ActionInput {
                who: school,
                what: "Gesprek met vader over verzuim".into(),
                due: "2026-12-15".into(),
                relies_on: vec![fact],
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
    store
        .decide_release(id, fact, school, release, now())
        .unwrap();
    let motivation = domain::Prose::parse(
        "De veiligheid van moeder gaat voor.",
        domain::Field::Motivation,
        500,
    )
    .unwrap();
    store
        .add_notification(
            id,
            NotificationInput {
                about: NotificationScope::WholeFamily,
                informer: lead,
                method: NotificationMethod::Conversation,
                timing: NotificationTiming::Postponed {
                    ground: PostponeGround::Safety,
                    motivation,
                    review_date: day("2027-01-15"),
                },
            },
            now(),
        )
        .unwrap();
    Meeting {
        id,
        lead,
        school,
        ggz,
        father,
        fact,
    }
}

#[test]
fn the_view_shows_the_consent_the_postponement_the_open_point_and_the_withdrawal() {
    let (_dir, mut store) = new_store();
    let m = meeting(&mut store);
    let view = store.meeting_flow(m.id).unwrap().view();

    // The meeting and who sits at the table.
    assert_eq!(view.id, m.id.to_string());
    assert_eq!(view.case_label, "Gezin Zicht");
    assert_eq!(view.date, "2026-11-24");
    assert_eq!(view.finalized_at, None);
    let people: Vec<_> = view.participants.iter().map(|p| p.id.clone()).collect();
    assert_eq!(
        people,
        [m.lead.to_string(), m.school.to_string(), m.ggz.to_string()]
    );
    let school = &view.profiles[1];
    assert_eq!(school.participant_id, m.school.to_string());
    assert_eq!(school.organisation_type, "onderwijs");
    assert_eq!(school.attendance, AttendanceKind::Present);
    assert!(school.pledged_at.is_some());
    assert_eq!(view.profiles[2].pledged_at, None);

    // The item rests on the father's own consent, with the consent's stored id.
    let profile = &view.item_profiles[0];
    assert_eq!(profile.item_id, m.fact.to_string());
    assert_eq!(profile.subject_ids, [m.father.to_string()]);
    let Some(store::Basis::Consent { records, .. }) = &profile.basis else {
        panic!("consent basis expected: {:?}", profile.basis);
    };
    assert_eq!(records.len(), 1);
    let consent_id = records[0].id.clone();
    assert!(!consent_id.is_empty());
    assert_eq!(records[0].subject_id, m.father.to_string());
    assert_eq!(records[0].given_by, Consenter::Subject);
    assert_eq!(records[0].withdrawn_at, None);
    assert_eq!(profile.basis_problem, None);
    assert!(profile.releasable && !profile.withdrawn);
    assert_eq!((profile.version, profile.corrected), (1, false));
    let released: Vec<_> = view
        .releases
        .iter()
        .filter(|c| c.decision.is_released())
        .map(|c| (c.item_id, c.recipient_id))
        .collect();
    assert_eq!(released, [(m.fact, m.school)]);

    // R12: the postponement in force may be lifted; the day told may not be recorded yet.
    let n = &view.notifications[0];
    assert!(matches!(n.status, NotificationStatus::Postponed));
    assert!(n.subject_ids.is_empty());
    assert_eq!(n.informer, m.lead.to_string());
    assert!(n.may_lift && !n.may_record_done);

    // R13: exactly the missing pledge of GGZ is open, in Dutch, pointing at GGZ.
    let codes: Vec<_> = view.checklist.iter().map(|p| p.code.as_str()).collect();
    assert_eq!(codes, ["pledge_missing"]);
    let point = &view.checklist[0];
    assert_eq!(point.section, ChecklistSection::Participants);
    assert_eq!(point.target_id, Some(m.ggz.to_string()));
    assert_eq!(
        point.message,
        "Dokter de Wit heeft de geheimhouding nog niet bevestigd."
    );
    assert_eq!(view.checklist_groups.len(), 1);
    assert_eq!(view.checklist_groups[0].count, 1);
    assert_eq!(
        view.checklist_groups[0].section,
        ChecklistSection::Participants
    );

    // R8: who may consent, per contributor and subject: the father himself.
    assert_eq!(view.consent_candidates.len(), 3);
    let c = &view.consent_candidates[0];
    assert_eq!(
        (c.contributor_id.as_str(), c.subject_id.as_str()),
        (m.lead.to_string().as_str(), m.father.to_string().as_str())
    );
    assert_eq!(c.people, [Consenter::Subject]);
    assert!(view.withdrawals.is_empty());

    // Presentation mode: the lead's item on the wall, the date as the page shows it.
    let wall = store.meeting_flow(m.id).unwrap().presentation();
    assert_eq!(wall.meeting_id, m.id.to_string());
    assert_eq!(wall.date, "2026-11-24");
    assert_eq!(wall.participants.len(), 3);
    let lead = &wall.contributions[0];
    assert_eq!(lead.contributor.name, "Lea de Regie");
    assert_eq!(lead.items[0].text, "Vader werkt nachtdiensten.");
    assert_eq!(lead.hidden, 0);

    // Finalized, the father withdraws his consent (R10): the school, which had the item,
    // is to be told.
    store.record_pledge(m.id, m.ggz, now()).unwrap();
    store.finalize_meeting(m.id, now()).unwrap();
    let request = WithdrawalRequest {
        by: Consenter::Subject,
        method: ConsentMethod::Verbal,
        on: day("2026-12-01"),
    };
    let data = store
        .record_consent_withdrawal(m.id, &consent_id, request, day("2026-12-06"), now())
        .unwrap();
    let view = data.view();
    assert!(view.finalized_at.is_some());
    assert!(view.checklist.is_empty() && view.checklist_groups.is_empty());
    let w = &view.withdrawals[0];
    assert_eq!(view.withdrawals.len(), 1);
    assert_eq!(w.subject_id, m.father.to_string());
    assert_eq!(w.withdrawn_by, Consenter::Subject);
    assert_eq!(w.method, ConsentMethod::Verbal);
    assert_eq!(w.withdrawn_on, "2026-12-01");
    assert_eq!(w.item_ids, [m.fact.to_string()]);
    assert_eq!(w.tasks.len(), 1);
    assert_eq!(w.tasks[0].recipient_id, m.school.to_string());
    assert_eq!(w.tasks[0].item_ids, [m.fact.to_string()]);
    assert_eq!(w.tasks[0].done_on, None);
    let profile = &view.item_profiles[0];
    assert!(profile.withdrawn && !profile.releasable);
    let Some(store::Basis::Consent { records, .. }) = &profile.basis else {
        panic!("consent basis expected: {:?}", profile.basis);
    };
    assert_eq!(records[0].id, consent_id);
    assert!(records[0].withdrawn_at.is_some());
    // The postponement still stands after finalizing.
    assert!(matches!(
        view.notifications[0].status,
        NotificationStatus::Postponed
    ));
}
