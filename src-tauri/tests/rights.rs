#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! R17/R14d: the access report for one family member never contains an item of another
//! family member. Property test on a real encrypted store: random meetings with items
//! about A and about B, the report for A rendered exactly as the app saves it (PDF through
//! the docs crate and JSON through the DTO), the PDF read back with poppler's `pdftotext`
//! (an independent reader) and the JSON parsed back.

use casusoverleg_lib::commands::render_access_report;
use chrono::{NaiveDate, Utc};
use domain::{
    ActionInput, Basis, Category, ItemInput, Kind, LegalBasis, MeetingInput, OrganisationType,
    ParticipantInput, Relation, ReleaseChoice, Role, SubjectInput,
};
use proptest::prelude::*;
use std::cell::{Cell, RefCell};
use std::io::Write;
use store::{ParticipantExtra, Store};

const PASS: &str = "een lang genoeg wachtwoord voor inzage";

fn pdftotext(pdf: &[u8]) -> String {
    let mut file = tempfile::Builder::new().suffix(".pdf").tempfile().unwrap();
    file.write_all(pdf).unwrap();
    file.flush().unwrap();
    let out = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(file.path())
        .arg("-")
        .output()
        .expect("pdftotext is needed (apt-get install poppler-utils)");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

/// One meeting: for each of A and B a list of item texts; whether B is in it at all.
#[derive(Debug, Clone)]
struct MeetingSpec {
    a_items: Vec<String>,
    b_items: Vec<String>,
    with_a: bool,
}

fn words() -> impl Strategy<Value = String> {
    prop::collection::vec("[a-zéëï]{2,9}", 1..6).prop_map(|w| w.join(" "))
}

fn meeting_spec() -> impl Strategy<Value = MeetingSpec> {
    (
        prop::collection::vec(words(), 0..4),
        prop::collection::vec(words(), 0..4),
        any::<bool>(),
    )
        .prop_map(|(a_items, b_items, with_a)| MeetingSpec {
            a_items,
            b_items,
            with_a,
        })
}

/// Builds the meetings; every item text starts with a unique marker (`AX<case>N<n>` for
/// A, `BX<case>N<n>` for B) and B's items are released to a recipient too.
fn build(store: &mut Store, case: u32, specs: &[MeetingSpec], same_text: bool) -> Vec<String> {
    let mut a_markers = Vec::new();
    let mut n = 0;
    let a_name = format!("Anna Case{case}");
    let b_name = format!("Bram Case{case}");
    for spec in specs {
        let m = store
            .create_meeting(
                &MeetingInput {
                    case_label: format!("Gezin {case}"),
                    date: "2026-11-24".into(),
                    purpose: "Hulp afstemmen".into(),
                    ..MeetingInput::default()
                },
                Utc::now(),
            )
            .unwrap()
            .id;
        let mut person = |name: &str, role: Role| {
            store
                .add_participant_with(
                    m,
                    &ParticipantInput {
                        name: name.into(),
                        organisation: format!("Organisatie {name}"),
                        function: String::new(),
                        phone: String::new(),
                        email: String::new(),
                        role,
                        expertise_only: false,
                    },
                    ParticipantExtra {
                        organisation_type: OrganisationType::Wijkteam,
                        secrecy: true,
                    },
                    Utc::now(),
                )
                .unwrap()
                .id
        };
        let lead = person("Lea", Role::CaseLead);
        let coach = person("Coco", Role::ContentRole);
        // R2: a recipient confirmed confidentiality before anything is released to them.
        store.record_pledge(m, lead, Utc::now()).unwrap();
        let mut subject = |name: &str, birth: &str| {
            store
                .add_subject(
                    m,
                    &SubjectInput {
                        relation: Relation::Youth,
                        name: name.into(),
                        birth_date: birth.into(),
                        parental_authority: false,
                    },
                    false,
                    Utc::now(),
                )
                .unwrap()
                .record
                .subjects
                .last()
                .unwrap()
                .subject
                .id
        };
        let a = spec.with_a.then(|| subject(&a_name, "2012-04-04"));
        let b = subject(&b_name, "2013-05-05");
        let action = store
            .add_action(
                m,
                &ActionInput {
                    who: lead,
                    what: "Hulp regelen".into(),
                    due: "2026-12-20".into(),
                    relies_on: vec![],
                    condition: String::new(),
                    decision: None,
                },
                Utc::now(),
            )
            .unwrap()
            .record
            .actions[0]
            .id;
        let lists = [(a, &spec.a_items, "A"), (Some(b), &spec.b_items, "B")];
        for (who, texts, tag) in lists {
            let Some(who) = who else { continue };
            for t in texts.iter() {
                n += 1;
                let marker = format!("{tag}X{case}N{n}");
                // With `same_text`, B's items say word for word what A's could say.
                let body = if same_text {
                    "zelfde tekst"
                } else {
                    t.as_str()
                };
                let item = store
                    .add_item_about(
                        m,
                        &ItemInput {
                            contributor: coach,
                            text: format!("{marker} {body}"),
                            kind: Kind::Fact,
                            category: Category::General,
                            source: domain::SourceKind::Family,
                            source_detail: String::new(),
                        },
                        &[who],
                        Utc::now(),
                    )
                    .unwrap()
                    .id;
                store
                    .set_item_basis(
                        m,
                        item,
                        vec![who],
                        Basis::Legal(LegalBasis::JeugdwetArt2_3),
                        Utc::now(),
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
                        Utc::now(),
                    )
                    .unwrap();
                if tag == "A" {
                    a_markers.push(marker);
                }
            }
        }
    }
    a_markers
}

#[test]
fn r17_access_report_for_a_never_contains_b_items_pdf_and_json() {
    let dir = tempfile::tempdir().unwrap();
    // One store for all cases (a keyed open costs ~0.1 s); each case has its own people.
    let store = RefCell::new(Store::create(dir.path(), PASS).unwrap());
    let case = Cell::new(0u32);
    let printed = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let cases = std::env::var("RIGHTS_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(24);
    proptest!(ProptestConfig::with_cases(cases), |(
        specs in prop::collection::vec(meeting_spec(), 1..4),
        same_text in any::<bool>(),
    )| {
        case.set(case.get() + 1);
        let c = case.get();
        let mut store = store.borrow_mut();
        let a_markers = build(&mut store, c, &specs, same_text);
        let anna = format!("anna case{c}|2012-04-04");
        let report = match store.access_report(&anna, printed) {
            Ok(r) => r,
            // A was in none of the meetings: not a known person.
            Err(_) => {
                prop_assert!(specs.iter().all(|s| !s.with_a));
                return Ok(());
            }
        };
        let files = render_access_report(&report, "0193aaaa-bbbb-7ccc-8ddd-eeeeeeffffff").unwrap();
        prop_assert_eq!(&files[0].0, "inzageoverzicht-20261125-ffffff.pdf");
        prop_assert_eq!(&files[1].0, "inzageoverzicht-20261125-ffffff.json");
        let text = pdftotext(&files[0].1);
        let json: serde_json::Value = serde_json::from_slice(&files[1].1).unwrap();
        let json_text = json.to_string();
        let b_marker = format!("BX{c}N");
        prop_assert!(!text.contains(&b_marker), "B's item in the PDF");
        prop_assert!(!json_text.contains(&b_marker), "B's item in the JSON");
        let bram = format!("Bram Case{c}");
        prop_assert!(!text.contains(&bram));
        prop_assert!(!json_text.contains(&bram));
        // All of A's items are there, in both.
        for m in &a_markers {
            prop_assert!(text.contains(m.as_str()), "{} missing from the PDF", m);
            prop_assert!(json_text.contains(m.as_str()), "{} missing from the JSON", m);
        }
        let items: Vec<&serde_json::Value> = json["meetings"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|m| m["items"].as_array().unwrap())
            .collect();
        prop_assert_eq!(items.len(), a_markers.len());
        for i in &items {
            let a_marker = format!("AX{c}N");
            prop_assert!(i["text"].as_str().unwrap().starts_with(&a_marker));
            prop_assert_eq!(i["contributorOrganisation"].as_str(), Some("Organisatie Coco"));
            prop_assert_eq!(i["releases"][0]["organisation"].as_str(), Some("Organisatie Lea"));
            prop_assert_eq!(i["basis"]["legalBasis"].as_str(), Some("jeugdwet-2.3"));
        }
        prop_assert!(text.contains("Inzageoverzicht"));
        prop_assert!(text.contains("Vertrouwelijk"));
        let anna_name = format!("Anna Case{c}");
        prop_assert_eq!(json["name"].as_str(), Some(anna_name.as_str()));
    });
}
