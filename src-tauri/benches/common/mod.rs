//! What the benches share: the input of a meeting as a chair starts one, and one live
//! meeting run through the real command layer, every call timed and its answer serialized
//! to JSON as the IPC does.

#![allow(dead_code)]

use casusoverleg_lib::commands;
use casusoverleg_lib::dto::*;
use casusoverleg_lib::state::AppState;
use std::time::{Duration, Instant};

/// A new meeting on `date`; the family is not at the table and the reason is given.
pub fn new_meeting(case_label: String, date: &str) -> NewMeeting {
    NewMeeting {
        case_label,
        date: date.into(),
        purpose: "Samen afspreken wie het gezin helpt met school en wonen".into(),
        criteria: None,
        family_present: Some(false),
        anonymous: None,
        family_absence_reason: Some(
            "Moeder wil eerst zelf met de school praten, daarna sluit ze aan.".into(),
        ),
    }
}

/// Times each command and serializes its answer as the IPC does (so the optimizer cannot
/// drop the work, and the JSON is part of what is measured).
pub struct Calls<'a> {
    /// Called with the command's name and how long it took.
    pub record: &'a mut dyn FnMut(&'static str, Duration),
    /// Commands run so far.
    pub count: usize,
}

impl<'a> Calls<'a> {
    pub fn new(record: &'a mut dyn FnMut(&'static str, Duration)) -> Self {
        Calls { record, count: 0 }
    }

    /// Runs one command.
    pub fn run<T: serde::Serialize>(&mut self, name: &'static str, f: impl FnOnce() -> T) -> T {
        let t = Instant::now();
        let answer = f();
        std::hint::black_box(serde_json::to_vec(&answer).unwrap());
        (self.record)(name, t.elapsed());
        self.count += 1;
        answer
    }
}

/// A professional at the table of meeting `meeting_id`, with a long Dutch organisation
/// name, bound to secrecy.
pub fn new_participant(meeting_id: &str, name: String, role: Role) -> NewParticipant {
    NewParticipant {
        meeting_id: meeting_id.into(),
        name,
        organisation: "Stichting Jeugd- en Gezinsbescherming Noord-Holland".into(),
        function: "Jeugdbeschermer".into(),
        phone: String::new(),
        email: String::new(),
        role: role.into(),
        organisation_type: Some("wijkteam".into()),
        secrecy: Some(true),
        expertise_only: None,
    }
}

/// What a live meeting left behind, for the commands that read it afterwards.
pub struct LiveMeeting {
    pub id: String,
    pub items: Vec<String>,
    /// Every cell of the release matrix: item, recipient, and the recipient's action.
    pub cells: Vec<(String, String, String)>,
}

/// One live meeting as the chair runs it (R4–R13): 12 participants with long Dutch names who
/// pledge, 4 family members, 50 items, a basis for each (half legal, half consent with 25
/// consents), 12 agreements, every release decision of the 50 × 11 matrix, 5 notification
/// agreements, preparation and retention edits, the flow, detail and presentation views,
/// and the finalization. `round` makes the case label unique.
pub fn live_meeting(state: &AppState, round: usize, calls: &mut Calls<'_>) -> LiveMeeting {
    let meeting = live_draft(state, round, calls);
    calls.run("finalize_meeting", || {
        commands::finalize::finalize_meeting(state, &meeting.id).unwrap()
    });
    meeting
}

/// [`live_meeting`] up to its finalization: the meeting is still a draft.
pub fn live_draft(state: &AppState, round: usize, calls: &mut Calls<'_>) -> LiveMeeting {
    let m = calls
        .run("create_meeting", || {
            commands::meeting::create_meeting(
                state,
                new_meeting(
                    format!("Gezin Van Oosterhout-El Idrissi, ronde {round}"),
                    "2026-11-24",
                ),
            )
            .unwrap()
        })
        .id;
    let mut people = Vec::new();
    for i in 0..12 {
        let p = calls.run("add_participant", || {
            commands::participants::add_participant(
                state,
                new_participant(
                    &m,
                    format!("Alexandra van der Heijden-Bouwmeester {i}"),
                    match i {
                        0 => Role::CaseLead,
                        1 => Role::Expert,
                        2 => Role::Informant,
                        _ => Role::ContentRole,
                    },
                ),
            )
            .unwrap()
        });
        people.push(p.id);
    }
    for p in &people {
        calls.run("record_pledge", || {
            commands::participants::record_pledge(state, &m, p).unwrap()
        });
    }
    let mut subjects = Vec::new();
    for i in 0..4 {
        let f = calls.run("add_subject", || {
            commands::family::add_subject(
                state,
                NewSubject {
                    meeting_id: m.clone(),
                    relation: if i < 2 {
                        Relation::Parent
                    } else {
                        Relation::Youth
                    }
                    .into(),
                    name: format!("Fatima El Idrissi-van Oosterhout {i}"),
                    birth_date: if i < 2 { "1985-04-01" } else { "2014-11-24" }.into(),
                    present: false,
                    parental_authority: Some(i < 2),
                },
            )
            .unwrap()
        });
        subjects.push(f.subjects.last().unwrap().id.to_string());
    }
    let mut items = Vec::new();
    for i in 0..50 {
        let it = calls.run("add_item", || {
            commands::items::add_item(
                state,
                NewItem {
                    meeting_id: m.clone(),
                    contributor_id: people[i % people.len()].clone(),
                    text: format!(
                        "Inbreng {i}: de jeugdige gaat sinds de herfstvakantie weer naar \
                         school; moeder heeft contact met de huisarts en de \
                         schuldhulpverlening."
                    ),
                    kind: Kind::Fact.into(),
                    category: Category::General.into(),
                    source: SourceKind::OwnObservation.into(),
                    source_detail: None,
                    subject_ids: Some(vec![subjects[i % subjects.len()].clone()]),
                    basis: None,
                    consents: None,
                },
            )
            .unwrap()
        });
        items.push((it.id.to_string(), i % people.len()));
    }
    for (i, (item, _)) in items.iter().enumerate() {
        calls.run("set_item_basis", || {
            commands::items::set_item_basis(
                state,
                ItemBasisInput {
                    meeting_id: m.clone(),
                    item_id: item.clone(),
                    subject_ids: vec![subjects[i % subjects.len()].clone()],
                    basis: if i % 2 == 0 {
                        BasisInput::Legal {
                            legal_basis: "jeugdwet-2.3".into(),
                        }
                    } else {
                        BasisInput::Consent {
                            not_competent: vec![],
                        }
                    }
                    .into(),
                },
            )
            .unwrap()
        });
    }
    for n in (1..50).step_by(2) {
        calls.run("add_consent", || {
            commands::items::add_consent(
                state,
                NewConsent {
                    meeting_id: m.clone(),
                    item_id: items[n].0.clone(),
                    subject_id: subjects[n % subjects.len()].clone(),
                    given_by: ConsenterInput::Subject.into(),
                    method: ConsentMethod::Verbal.into(),
                    scope_recipients: people.clone(),
                    scope_purpose: "Hulp afstemmen".into(),
                },
            )
            .unwrap()
        });
    }
    let mut actions = Vec::new();
    for (i, who) in people.iter().enumerate() {
        let f = calls.run("add_action", || {
            commands::plan::add_action(
                state,
                NewAction {
                    meeting_id: m.clone(),
                    who: who.clone(),
                    what: format!("Afspraak {i}: contact met school en huisarts over de voortgang"),
                    due: "2026-12-24".into(),
                    relies_on: vec![],
                    condition: None,
                    decision_id: None,
                },
            )
            .unwrap()
        });
        actions.push(f.actions.last().unwrap().id.to_string());
    }
    // The release matrix: every item × every recipient but its contributor (50 × 11).
    let mut cell = 0;
    let mut cells = Vec::new();
    for (a, who) in people.iter().enumerate() {
        for (item, by) in &items {
            if *by == a {
                continue;
            }
            cells.push((item.clone(), who.clone(), actions[a].clone()));
            let choice = if cell % 3 == 0 {
                ReleaseChoice::Release {
                    action_id: actions[a].clone(),
                    motivation: "Nodig voor de afspraak".into(),
                }
            } else {
                ReleaseChoice::Stays
            };
            cell += 1;
            calls.run("decide_release", || {
                commands::releases::decide_release(
                    state,
                    ReleaseInput {
                        meeting_id: m.clone(),
                        item_id: item.clone(),
                        recipient_id: who.clone(),
                        choice: choice.into(),
                    },
                )
                .unwrap()
            });
        }
    }
    for i in 0..5 {
        calls.run("add_notification", || {
            commands::notification::add_notification(
                state,
                NewNotification {
                    meeting_id: m.clone(),
                    subject_ids: vec![subjects[i % subjects.len()].clone()],
                    informer: people[0].clone(),
                    method: NotificationMethod::Conversation.into(),
                    timing: NotificationTimingInput::Beforehand.into(),
                },
            )
            .unwrap()
        });
    }
    for _ in 0..5 {
        calls.run("update_preparation", || {
            commands::meeting::update_preparation(
                state,
                Preparation {
                    meeting_id: m.clone(),
                    purpose: "Samen afspreken wie het gezin helpt met school en wonen".into(),
                    criteria: "Zorgen over schoolverzuim en schulden".into(),
                    family_present: false,
                    anonymous: false,
                    family_absence_reason: Some(
                        "Moeder wil eerst zelf met de school praten, daarna sluit ze aan.".into(),
                    ),
                },
            )
            .unwrap()
        });
        calls.run("set_retention", || {
            commands::meeting::set_retention(state, &m, "2027-05-24").unwrap()
        });
    }
    for _ in 0..20 {
        calls.run("get_meeting_flow", || {
            commands::meeting::get_meeting_flow(state, &m).unwrap()
        });
        calls.run("get_meeting", || {
            commands::meeting::get_meeting(state, &m).unwrap()
        });
        calls.run("get_presentation", || {
            commands::meeting::get_presentation(state, &m).unwrap()
        });
    }
    LiveMeeting {
        id: m,
        items: items.into_iter().map(|(id, _)| id).collect(),
        cells,
    }
}
