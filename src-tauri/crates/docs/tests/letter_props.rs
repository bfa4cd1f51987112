#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! R12/R14c as a property, read back out of the PDFs by poppler: for random meetings built,
//! finalized and (partly) lifted in a real encrypted store, no letter exists for an
//! addressee whose notification is postponed (AVG art. 23); an action marked "niet voor
//! het gezin" is in no letter; an action's own words appear only where the chair checked
//! them for the family; each letter is addressed to its own family member.

mod common;
use chrono::{NaiveDate, Utc};
use common::*;
use domain::{
    Addressee, AddresseeLetter, Field, ForFamily, MeetingInput, NotificationInput,
    NotificationMethod, NotificationScope, NotificationTiming, OrganisationType, ParticipantInput,
    PostponeGround, Prose, Relation, Role, SubjectInput,
};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use std::cell::RefCell;
use store::{ParticipantExtra, Store};

#[derive(Debug, Clone)]
struct LetterSpec {
    /// Per family member: relation (0 parent, 1 youth 14, 2 youth 17, 3 youth 8),
    /// postponed, postponement lifted after finalizing.
    members: Vec<(u8, bool, bool)>,
    /// Per action: 0 unchecked, 1 checked, 2 not for the family.
    actions: Vec<u8>,
    purpose_checked: bool,
}

fn spec() -> impl Strategy<Value = LetterSpec> {
    (
        prop::collection::vec((0u8..4, any::<bool>(), any::<bool>()), 0..4),
        prop::collection::vec(0u8..3, 0..4),
        any::<bool>(),
    )
        .prop_map(|(members, actions, purpose_checked)| LetterSpec {
            members,
            actions,
            purpose_checked,
        })
}

fn motivation(s: &str) -> Prose {
    Prose::parse(s, Field::Motivation, 200).unwrap()
}

fn check(store: &mut Store, n: usize, spec: &LetterSpec) {
    let now = Utc::now();
    let m = store
        .create_meeting(
            &MeetingInput {
                case_label: format!("Brief {n}"),
                date: "2026-11-24".into(),
                purpose: format!("Doelmarker{n}x afstemmen"),
                criteria: "Zorgen over de veiligheid thuis; meerdere hulpverleners betrokken."
                    .into(),
                family_present: false,
                anonymous: false,
                family_absence_reason:
                    "Het gezin is uitgenodigd maar kon vandaag niet komen vanwege werk.".into(),
            },
            now,
        )
        .unwrap()
        .id;
    let lead = store
        .add_participant_with(
            m,
            &ParticipantInput {
                name: "Anna Regie".into(),
                organisation: "Wijkteam Zuid".into(),
                function: String::new(),
                phone: "020-1234567".into(),
                email: String::new(),
                role: Role::CaseLead,
                expertise_only: false,
            },
            ParticipantExtra {
                organisation_type: OrganisationType::Wijkteam,
                secrecy: true,
            },
            now,
        )
        .unwrap()
        .id;
    store.record_pledge(m, lead, now).unwrap();
    let mut members = Vec::new();
    for (k, (rel, _, _)) in spec.members.iter().enumerate() {
        let (relation, birth) = match rel {
            0 => (Relation::Parent, "1980-05-01"),
            1 => (Relation::Youth, "2012-05-01"),
            2 => (Relation::Youth, "2009-05-01"),
            _ => (Relation::Youth, "2018-05-01"),
        };
        let flow = store
            .add_subject(
                m,
                &SubjectInput {
                    relation,
                    name: format!("Lid{k}naam"),
                    birth_date: birth.into(),
                    parental_authority: relation == Relation::Parent,
                },
                false,
                now,
            )
            .unwrap();
        members.push(flow.record.subjects.last().unwrap().subject.id);
    }
    let mut action_ids = Vec::new();
    for (k, _) in spec.actions.iter().enumerate() {
        let flow = store
            .add_action(
                m,
                &domain::ActionInput {
                    who: lead,
                    what: format!("Actiemarker{k}x gesprek"),
                    due: "2026-12-15".into(),
                    relies_on: vec![],
                    condition: String::new(),
                    decision: None,
                },
                now,
            )
            .unwrap();
        action_ids.push(flow.record.actions.last().unwrap().id);
    }
    for (k, mark) in spec.actions.iter().enumerate() {
        let f = match mark {
            0 => ForFamily::Unchecked,
            1 => ForFamily::Checked,
            _ => ForFamily::NotForFamily {
                motivation: motivation(
                    "Het onderzoek van Veilig Thuis loopt nog en mag niet worden verstoord",
                ),
            },
        };
        store
            .set_action_for_family(m, action_ids[k], f, now)
            .unwrap();
    }
    store
        .set_purpose_for_family(m, spec.purpose_checked, now)
        .unwrap();
    // Every member is covered: postponed ones by their own postponement, the rest (and an
    // empty family) by one agreement for the whole family.
    let mut postponements = Vec::new();
    for (k, (_, postponed, _)) in spec.members.iter().enumerate() {
        if *postponed {
            let flow = store
                .add_notification(
                    m,
                    NotificationInput {
                        about: NotificationScope::Subjects(vec![members[k]]),
                        informer: lead,
                        method: NotificationMethod::Letter,
                        timing: NotificationTiming::Postponed {
                            ground: PostponeGround::Safety,
                            motivation: motivation(
                                "Informeren brengt de veiligheid van moeder nu in gevaar",
                            ),
                            review_date: NaiveDate::from_ymd_opt(2027, 1, 5).unwrap(),
                        },
                    },
                    now,
                )
                .unwrap();
            postponements.push((k, flow.record.notifications.last().unwrap().id));
        }
    }
    let unpostponed: Vec<_> = spec
        .members
        .iter()
        .enumerate()
        .filter(|(_, (_, p, _))| !p)
        .map(|(k, _)| members[k])
        .collect();
    if !unpostponed.is_empty() || members.is_empty() {
        store
            .add_notification(
                m,
                NotificationInput {
                    about: if members.is_empty() {
                        NotificationScope::WholeFamily
                    } else {
                        NotificationScope::Subjects(unpostponed)
                    },
                    informer: lead,
                    method: NotificationMethod::Letter,
                    timing: NotificationTiming::Beforehand,
                },
                now,
            )
            .unwrap();
    }
    if let Err(e) = store.finalize_meeting(m, now) {
        panic!("unfinishable: {e:?}");
    }
    // Lifting is a later event of the finalized meeting.
    let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let mut lifted = vec![false; members.len()];
    for (k, id) in &postponements {
        if spec.members[*k].2 {
            store.lift_postponement(m, *id, today, today, now).unwrap();
            lifted[*k] = true;
        }
    }

    let letters = store.family_letters(m, printed_on()).unwrap();
    let own: Vec<usize> = (0..members.len())
        .filter(|k| spec.members[*k].0 != 3)
        .collect();
    if own.is_empty() {
        assert_eq!(letters.len(), 1);
        assert_eq!(letters[0].0.addressee(), Addressee::Family);
    } else {
        assert_eq!(letters.len(), own.len(), "one letter per addressee");
    }
    for (decision, letter) in &letters {
        let member = match decision.addressee() {
            Addressee::Member(s) => members.iter().position(|x| *x == s),
            Addressee::Family => None,
        };
        let withheld = match member {
            Some(k) => spec.members[k].1 && !lifted[k],
            // The family in general: withheld by any postponement in force.
            None => (0..members.len()).any(|k| spec.members[k].1 && !lifted[k]),
        };
        assert_eq!(
            matches!(decision, AddresseeLetter::Postponed { .. }),
            withheld
        );
        let Some(letter) = letter else {
            assert!(withheld, "R12: an available letter is missing");
            continue;
        };
        assert!(!withheld, "R12: a letter exists for a postponed addressee");
        let pdf = docs::render_family_letter(letter).unwrap();
        let pages = pdf_pages(&pdf);
        assert_every_page_marked(&pages, &letter.header.meeting_ref);
        let text = flatten(&pages.concat());
        if let Some(k) = member {
            assert!(text.contains(&format!("Beste Lid{k}naam,")), "{text}");
            for j in 0..members.len() {
                if j != k {
                    assert!(!text.contains(&format!("Lid{j}naam")), "{text}");
                }
            }
        }
        for (k, mark) in spec.actions.iter().enumerate() {
            let shown = text.contains(&format!("Actiemarker{k}x"));
            assert_eq!(shown, *mark == 1, "action {k} ({mark}) in {text}");
        }
        assert_eq!(
            text.contains(&format!("Doelmarker{n}x")),
            spec.purpose_checked
        );
        let neutral = spec.actions.iter().filter(|a| **a == 0).count();
        assert_eq!(
            text.matches("gaat iets doen voor uw gezin").count(),
            neutral
        );
        assert!(!text.contains('{'), "unfilled placeholder: {text}");
    }
}

#[test]
fn r12_r14c_no_letter_for_a_postponed_addressee_and_no_hidden_action_in_any_letter() {
    let dir = tempfile::tempdir().unwrap();
    let store = RefCell::new(Store::create(dir.path(), PASS).unwrap());
    let counter = RefCell::new(0usize);
    let mut runner = TestRunner::new(Config {
        cases: 40,
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&spec(), |spec| {
            let n = {
                let mut c = counter.borrow_mut();
                *c += 1;
                *c
            };
            check(&mut store.borrow_mut(), n, &spec);
            Ok(())
        })
        .unwrap();
}
