//! Command benchmark (speed goals in BENCHMARKS.md): p50/p99 of every IPC command of the meeting flow,
//! measured through the real command layer (the functions the Tauri commands call) on a
//! big encrypted store: 10,000 meetings, 500,000 items. Goal: every command ≤ 16 ms p99.
//!
//! Run: `cargo bench -p casusoverleg --bench commands` (release). The seeded store is kept
//! in `<target>/bench-store-v1` between runs (seeding takes a while); delete it to re-seed.
//! `BENCH_SMALL=1` seeds 200 meetings instead (CI smoke run). Prints JSON lines.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::print_stdout,
    clippy::panic
)]

mod common;

use casusoverleg_lib::commands;
use casusoverleg_lib::dto::*;
use casusoverleg_lib::dto::{Category, Kind, NewItem, NewParticipant, Role};
use casusoverleg_lib::state::AppState;
use std::path::PathBuf;
use std::time::{Duration, Instant};

const PASS: &str = "benchmark-wachtwoord 2026";

fn store_dir(small: bool) -> PathBuf {
    // target/release/deps/commands-xxxx → target/
    let exe = std::env::current_exe().unwrap();
    let target = exe.ancestors().nth(3).unwrap().to_path_buf();
    target.join(if small {
        "bench-store-small-v1"
    } else {
        "bench-store-v1"
    })
}

fn pct(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1e3
}

struct Report {
    rows: Vec<(String, usize, f64, f64, f64)>,
}

impl Report {
    fn measure<T>(&mut self, name: &str, n: usize, mut f: impl FnMut(usize) -> T) {
        let mut times = Vec::with_capacity(n);
        for i in 0..n {
            let t = Instant::now();
            std::hint::black_box(f(i));
            times.push(t.elapsed());
        }
        times.sort();
        let (p50, p99, max) = (pct(&times, 0.5), pct(&times, 0.99), pct(&times, 1.0));
        println!(
            "{{\"bench\":\"command\",\"command\":\"{name}\",\"n\":{n},\"p50_ms\":{p50:.2},\"p99_ms\":{p99:.2},\"max_ms\":{max:.2},\"goal_p99_ms\":16,\"met\":{}}}",
            p99 <= 16.0
        );
        self.rows.push((name.into(), n, p50, p99, max));
    }
}

fn main() {
    // Measure what ships: the app's wiping heap, so SQLCipher's memory security is off.
    casusoverleg_lib::hardening::start_with_wiping_heap();
    let small = std::env::var("BENCH_SMALL").is_ok();
    let spec = if small {
        store::SeedSpec {
            meetings: 200,
            ..store::SeedSpec::BIG
        }
    } else {
        store::SeedSpec::BIG
    };
    let dir = store_dir(small);
    let marker = dir.join("seeded.ok");
    if !marker.exists() {
        let _ = std::fs::remove_dir_all(&dir);
        let t = Instant::now();
        let mut s = store::Store::create(&dir, PASS).unwrap();
        s.seed(spec, 42).unwrap();
        s.close().unwrap();
        std::fs::write(&marker, "ok").unwrap();
        println!(
            "{{\"bench\":\"seed\",\"meetings\":{},\"items\":{},\"seconds\":{:.1}}}",
            spec.meetings,
            spec.meetings * spec.items_per_meeting,
            t.elapsed().as_secs_f64()
        );
    }
    let size: u64 = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().metadata().unwrap().len())
        .sum();
    println!(
        "{{\"bench\":\"store\",\"meetings\":{},\"items\":{},\"bytes\":{size}}}",
        spec.meetings,
        spec.meetings * spec.items_per_meeting
    );

    let state = AppState::new(dir.clone());
    let t = Instant::now();
    commands::lock::unlock(&state, PASS).unwrap();
    println!(
        "{{\"bench\":\"unlock_big_store\",\"ms\":{:.1}}}",
        t.elapsed().as_secs_f64() * 1e3
    );

    let mut r = Report { rows: Vec::new() };
    r.measure("list_meetings", 50, |_| {
        commands::meeting::list_meetings(&state).unwrap()
    });

    // A fresh full-size meeting (12 participants, 4 subjects, 50 items), built through
    // the command layer, timing each command as it is used in a live meeting.
    let m = commands::meeting::create_meeting(
        &state,
        common::new_meeting("Benchmark-gezin".into(), "2026-11-24"),
    )
    .unwrap()
    .id;
    r.measure("create_meeting", 100, |i| {
        commands::meeting::create_meeting(
            &state,
            common::new_meeting(format!("Extra {i}"), "2026-11-25"),
        )
        .unwrap()
    });
    let mut people = Vec::new();
    r.measure("add_participant", 12, |i| {
        let p = commands::participants::add_participant(
            &state,
            NewParticipant {
                meeting_id: m.clone(),
                name: format!("Deelnemer {i}"),
                organisation: "Wijkteam".into(),
                function: String::new(),
                phone: String::new(),
                email: String::new(),
                role: match i {
                    0 => Role::CaseLead,
                    1 => Role::Expert,
                    2 => Role::Informant,
                    _ => Role::ContentRole,
                }
                .into(),
                organisation_type: Some("wijkteam".into()),
                secrecy: Some(true),
            },
        )
        .unwrap();
        people.push(p.id);
    });
    r.measure("record_pledge", 12, |i| {
        commands::participants::record_pledge(&state, &m, &people[i]).unwrap()
    });
    let mut subjects = Vec::new();
    r.measure("add_subject", 4, |i| {
        let f = commands::family::add_subject(
            &state,
            NewSubject {
                meeting_id: m.clone(),
                relation: if i < 2 {
                    Relation::Parent
                } else {
                    Relation::Youth
                }
                .into(),
                name: format!("Gezinslid {i}"),
                birth_date: if i < 2 {
                    "1985-04-01".into()
                } else {
                    "2014-11-24".into()
                },
                present: false,
                parental_authority: Some(i < 2),
            },
        )
        .unwrap();
        subjects.push(f.subjects.last().unwrap().id.clone());
    });
    let mut items = Vec::new();
    r.measure("add_item", 50, |i| {
        let it = commands::items::add_item(
            &state,
            NewItem {
                meeting_id: m.clone(),
                contributor_id: people[i % people.len()].clone(),
                text: format!("Inbreng {i}: de jeugdige gaat weer naar school en er is contact met de huisarts."),
                kind: Kind::Fact.into(),
                category: Category::General.into(),
                source: casusoverleg_lib::dto::SourceKind::OwnObservation.into(),
                source_detail: None,
                subject_ids: Some(vec![subjects[i % subjects.len()].clone()]),
                basis: None,
                consents: None,
            },
        )
        .unwrap();
        items.push((it.id, i % people.len()));
    });
    r.measure("set_item_basis", 50, |i| {
        commands::items::set_item_basis(
            &state,
            ItemBasisInput {
                meeting_id: m.clone(),
                item_id: items[i].0.clone(),
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
    r.measure("add_consent", 25, |i| {
        let n = 2 * i + 1;
        commands::items::add_consent(
            &state,
            NewConsent {
                meeting_id: m.clone(),
                item_id: items[n].0.clone(),
                subject_id: subjects[n % subjects.len()].clone(),
                given_by: Consenter::Subject.into(),
                method: ConsentMethod::Verbal.into(),
                scope_recipients: people.clone(),
                scope_purpose: "Hulp afstemmen".into(),
            },
        )
        .unwrap()
    });
    let mut actions = Vec::new();
    r.measure("add_action", 12, |i| {
        let f = commands::plan::add_action(
            &state,
            NewAction {
                meeting_id: m.clone(),
                who: people[i].clone(),
                what: format!("Afspraak {i}"),
                due: "2026-12-24".into(),
                relies_on: vec![],
            },
        )
        .unwrap();
        actions.push(f.actions.last().unwrap().id.clone());
    });
    // The release matrix: every item × every recipient with an action (50 × 11).
    let mut cells = Vec::new();
    for (a, who) in people.iter().enumerate() {
        for (item, by) in &items {
            if *by != a {
                cells.push((item.clone(), who.clone(), actions[a].clone()));
            }
        }
    }
    r.measure("decide_release", cells.len(), |i| {
        let (item, who, action) = &cells[i];
        commands::releases::decide_release(
            &state,
            ReleaseInput {
                meeting_id: m.clone(),
                item_id: item.clone(),
                recipient_id: who.clone(),
                choice: if i % 3 == 0 {
                    ReleaseChoice::Release {
                        action_id: action.clone(),
                        motivation: "Nodig voor de afspraak".into(),
                    }
                } else {
                    ReleaseChoice::Stays
                }
                .into(),
            },
        )
    });
    r.measure("add_notification", 5, |i| {
        commands::notification::add_notification(
            &state,
            NewNotification {
                meeting_id: m.clone(),
                subject_ids: vec![subjects[i % subjects.len()].clone()],
                informer: people[0].clone(),
                method: NotificationMethod::Conversation.into(),
                timing: NotificationTiming::Beforehand.into(),
            },
        )
        .unwrap()
    });
    r.measure("update_preparation", 20, |_| {
        commands::meeting::update_preparation(
            &state,
            Preparation {
                meeting_id: m.clone(),
                purpose: "Meten".into(),
                criteria: "Zorgen".into(),
                family_present: false,
                anonymous: false,
                family_absence_reason: Some(
                    "Moeder wil eerst zelf met de school praten, daarna sluit ze aan.".into(),
                ),
            },
        )
        .unwrap()
    });
    r.measure("set_retention", 20, |_| {
        commands::meeting::set_retention(&state, &m, "2027-05-24").unwrap()
    });
    r.measure("get_meeting_flow", 200, |_| {
        commands::meeting::get_meeting_flow(&state, &m).unwrap()
    });
    r.measure("get_meeting", 200, |_| {
        commands::meeting::get_meeting(&state, &m).unwrap()
    });
    r.measure("reference_data", 200, |_| {
        commands::meeting::reference_data()
    });
    r.measure("get_presentation", 200, |_| {
        casusoverleg_lib::commands::meeting::get_presentation(&state, &m).unwrap()
    });
    // Search (FTS5, one document per meeting, migration 0024): a word in 100 case labels, a
    // word the seeder puts in ~10 % of the 500,000 items (in nearly every meeting), three
    // common words that must all match, and a one-letter prefix (the most index terms).
    r.measure("search_meetings (rare word)", 200, |_| {
        casusoverleg_lib::commands::meeting::search_meetings(&state, "Extra").unwrap()
    });
    r.measure("search_meetings (common word)", 200, |_| {
        casusoverleg_lib::commands::meeting::search_meetings(&state, "zorgen").unwrap()
    });
    r.measure("search_meetings (3 words)", 200, |_| {
        casusoverleg_lib::commands::meeting::search_meetings(&state, "moeder zorgen school")
            .unwrap()
    });
    r.measure("search_meetings (1-letter prefix)", 200, |_| {
        casusoverleg_lib::commands::meeting::search_meetings(&state, "s").unwrap()
    });
    r.measure("finalize_meeting", 1, |_| {
        commands::finalize::finalize_meeting(&state, &m).unwrap()
    });
    // What the chair and the privacy officer open besides the meeting flow (R14, R16–R20,
    // R18 log, settings), on the same big store.
    r.measure("list_documents", 50, |_| {
        commands::documents::list_documents(&state, &m).unwrap()
    });
    r.measure("item_history", 50, |i| {
        commands::items::item_history(&state, &m, &items[i % items.len()].0).unwrap()
    });
    r.measure("known_subjects", 20, |_| {
        commands::rights::known_subjects(&state).unwrap()
    });
    r.measure("list_rights_requests", 50, |_| {
        commands::rights::list_rights_requests(&state).unwrap()
    });
    r.measure("management_report (a year)", 10, |_| {
        commands::reports::management_report(
            &state,
            ReportRequest {
                period: "2026".into(),
                format: None,
            },
        )
        .unwrap()
    });
    r.measure("breach_impact (every meeting)", 10, |_| {
        commands::reports::breach_impact(
            &state,
            BreachRequest {
                all: true,
                meeting_ids: vec![],
                format: None,
            },
        )
        .unwrap()
    });
    r.measure("list_breaches", 50, |_| {
        commands::reports::list_breaches(&state).unwrap()
    });
    r.measure("audit_log (one meeting)", 50, |_| {
        commands::reports::audit_log(
            &state,
            AuditLogRequest {
                meeting_id: m.clone(),
                from: String::new(),
                to: String::new(),
            },
        )
        .unwrap()
    });
    r.measure("get_settings", 50, |_| {
        commands::settings::get_settings(&state).unwrap()
    });

    println!("\n| command | n | p50 ms | p99 ms | max ms | goal p99 ≤ 16 ms |");
    println!("|---|---|---|---|---|---|");
    for (name, n, p50, p99, max) in &r.rows {
        println!(
            "| {name} | {n} | {p50:.2} | {p99:.2} | {max:.2} | {} |",
            if *p99 <= 16.0 { "met" } else { "**missed**" }
        );
    }
}
