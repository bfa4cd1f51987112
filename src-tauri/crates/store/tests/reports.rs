#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! R19 anonymous management report, R20 breach impact and the standard exports (consent
//! records as ISO/IEC TS 27560 / DPV, the meeting outcome as SoH "uitkomst overleg"), on
//! real encrypted store files.

mod common;
use common::*;
use domain::{
    ActionInput, Basis, BreachScope, Category, Cell, ConsentMethod, Consenter, FourQuestions,
    LegalBasis, ManagementReport, MeetingId, NotificationInput, NotificationMethod,
    NotificationScope, NotificationTiming, OrganisationType, Relation, ReleaseChoice, ReportPeriod,
    Role, SubjectInput,
};
use store::{ParticipantExtra, Store};

/// Every string of the seeded data that identifies a family or a professional, or is free
/// text: none may appear in the anonymous report.
const MARKERS: &[&str] = &[
    "CASUSMARKER",
    "DOELMARKER",
    "VADERMARKER",
    "KINDMARKER",
    "1980-03-07",
    "2015-06-01",
    "LEADMARKER",
    "SCHOOLMARKER",
    "GGZMARKER",
    "FEITMARKER",
    "GEZONDMARKER",
    "STRAFMARKER",
    "AFSPRAAKMARKER",
    "MOTIVERINGMARKER",
    "Basisschool De Linde",
    "GGZ Delfland",
    "Wijkteam Zuid",
    "coach@wijkteam.example.nl",
    "020-1234567",
];

/// A finalized meeting on `date`: GGZ brings a general fact about the father (his own
/// consent) and a special item about the child (conflict of duties); the lead brings a
/// criminal item about both (legal basis). School gets the fact and the criminal item, the
/// lead gets the special item; two cells stay in the meeting.
fn family_meeting(store: &mut Store, date: &str, finalize: bool) -> MeetingId {
    let mut input = meeting_input("Gezin CASUSMARKER");
    input.date = date.into();
    input.purpose = "DOELMARKER hulp afstemmen".into();
    let m = store.create_meeting(&input, now()).unwrap().id;
    let mut add = |name: &str, org: &str, role: Role, t: OrganisationType| {
        let mut p = participant_input(name, role);
        p.organisation = org.into();
        store
            .add_participant_with(
                m,
                &p,
                ParticipantExtra {
                    organisation_type: t,
                    secrecy: true,
                },
                now(),
            )
            .unwrap()
            .id
    };
    let lead = add(
        "Lea LEADMARKER",
        "Wijkteam Zuid",
        Role::CaseLead,
        OrganisationType::Wijkteam,
    );
    let school = add(
        "Juf SCHOOLMARKER",
        "Basisschool De Linde",
        Role::ContentRole,
        OrganisationType::Onderwijs,
    );
    let ggz = add(
        "Dokter GGZMARKER",
        "GGZ Delfland",
        Role::ContentRole,
        OrganisationType::Ggz,
    );
    for p in [lead, school, ggz] {
        store.record_pledge(m, p, now()).unwrap();
    }
    let mut subject = |relation, name: &str, birth: &str, gezag| {
        let flow = store
            .add_subject(
                m,
                &SubjectInput {
                    relation,
                    name: name.into(),
                    birth_date: birth.into(),
                    parental_authority: gezag,
                },
                false,
                now(),
            )
            .unwrap();
        flow.record.subjects.last().unwrap().subject.id
    };
    let father = subject(Relation::Parent, "Vader VADERMARKER", "1980-03-07", true);
    let child = subject(Relation::Youth, "Kind KINDMARKER", "2015-06-01", false);
    let fact = store
        .add_item_about(m, &item_input(ggz, "FEITMARKER werk"), &[father], now())
        .unwrap()
        .id;
    let mut special = item_input(ggz, "GEZONDMARKER diagnose");
    special.category = Category::Special;
    let special = store
        .add_item_about(m, &special, &[child], now())
        .unwrap()
        .id;
    let mut criminal = item_input(lead, "STRAFMARKER aangifte");
    criminal.category = Category::Criminal;
    let criminal = store
        .add_item_about(m, &criminal, &[father, child], now())
        .unwrap()
        .id;
    store
        .set_item_basis(
            m,
            fact,
            vec![father],
            Basis::Consent {
                records: vec![],
                not_competent: vec![],
            },
            now(),
        )
        .unwrap();
    let scope = scope_all(store, m);
    store
        .add_consent(
            m,
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
    store
        .set_item_basis(
            m,
            special,
            vec![child],
            Basis::ConflictOfDuties {
                answers: FourQuestions {
                    legitimate_purpose: true,
                    only_way: true,
                    consent_asked_or_impossible: true,
                    child_interest_outweighs: true,
                },
                motivation: domain::Prose::parse(
                    "Veiligheid kind",
                    domain::Field::Motivation,
                    5000,
                )
                .unwrap(),
            },
            now(),
        )
        .unwrap();
    store
        .set_item_basis(
            m,
            criminal,
            vec![father, child],
            Basis::Legal(LegalBasis::JeugdwetArt2_3),
            now(),
        )
        .unwrap();
    let mut action = |who| {
        let flow = store
            .add_action(
                m,
                &ActionInput {
                    who,
                    what: "AFSPRAAKMARKER gesprek".into(),
                    due: "2026-12-15".into(),
                    relies_on: vec![],
                },
                now(),
            )
            .unwrap();
        flow.record.actions.last().unwrap().id
    };
    let lead_action = action(lead);
    let school_action = action(school);
    let release = |action| ReleaseChoice::Release {
        action,
        motivation: Some(
            domain::Prose::parse("MOTIVERINGMARKER nodig", domain::Field::Motivation, 5000)
                .unwrap(),
        ),
    };
    for (item, to, choice) in [
        (fact, school, release(school_action)),
        (fact, lead, ReleaseChoice::StayInMeeting),
        (special, lead, release(lead_action)),
        (special, school, ReleaseChoice::StayInMeeting),
        (criminal, school, release(school_action)),
    ] {
        store.decide_release(m, item, to, choice, now()).unwrap();
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
    if finalize {
        store.finalize_meeting(m, now()).unwrap();
    }
    m
}

fn period(from: &str, to: &str) -> ReportPeriod {
    ReportPeriod::parse(from, to).unwrap()
}

fn outputs(report: &ManagementReport) -> (String, String) {
    (
        store::report_to_json(report).unwrap(),
        store::report_to_csv(report).unwrap(),
    )
}

#[test]
fn r19_report_counts_and_contains_no_personal_data_or_free_text() {
    let (_dir, mut store) = new_store();
    let ids: Vec<MeetingId> = (1..=6)
        .map(|day| family_meeting(&mut store, &format!("2026-03-{day:02}"), true))
        .collect();
    // Outside the period: not counted.
    family_meeting(&mut store, "2026-05-01", true);
    let report = store
        .management_report(period("2026-03-01", "2026-03-31"))
        .unwrap();
    let c = |g: &str, r: Option<&str>| report.cell(g, r).unwrap();
    assert_eq!(c("meetings", None), Cell::Count(6));
    assert_eq!(c("meetings", Some("finalized")), Cell::Count(6));
    assert_eq!(c("meetings", Some("draft")), Cell::Count(0));
    assert_eq!(c("items_by_category", None), Cell::Count(18));
    assert_eq!(c("items_by_category", Some("special")), Cell::Count(6));
    assert_eq!(c("items_by_basis", Some("consent")), Cell::Count(6));
    assert_eq!(
        c("items_by_basis", Some("conflict_of_duties")),
        Cell::Count(6)
    );
    assert_eq!(c("items_by_basis", Some("legal")), Cell::Count(6));
    assert_eq!(c("releases", Some("granted")), Cell::Count(18));
    assert_eq!(c("releases", Some("kept")), Cell::Count(12));
    assert_eq!(c("notifications", Some("beforehand")), Cell::Count(6));
    assert_eq!(c("rights_requests", None), Cell::Count(0));
    let (json, csv) = outputs(&report);
    for marker in MARKERS {
        assert!(!json.contains(marker), "JSON contains {marker}");
        assert!(!csv.contains(marker), "CSV contains {marker}");
    }
    // No ids either.
    for id in &ids {
        assert!(!json.contains(&id.to_string()) && !csv.contains(&id.to_string()));
    }
    assert!(csv.starts_with("groep,regel,omschrijving,aantal\n"));
    assert!(csv.contains("items_by_category,special,Bijzondere persoonsgegevens,6\n"));
    assert!(csv.contains("rights_requests,in_time,Op tijd afgehandeld,0\n"));
}

#[test]
fn r19_small_cells_are_shown_as_less_than_five_and_totals_do_not_give_them_away() {
    let (_dir, mut store) = new_store();
    for day in 1..=6 {
        family_meeting(&mut store, &format!("2026-03-{day:02}"), true);
    }
    for day in 7..=8 {
        family_meeting(&mut store, &format!("2026-03-{day:02}"), false);
    }
    let report = store
        .management_report(period("2026-03-01", "2026-03-31"))
        .unwrap();
    assert_eq!(report.cell("meetings", None), Some(Cell::Count(8)));
    assert_eq!(report.cell("meetings", Some("draft")), Some(Cell::Small));
    // 8 - 6 = 2: the 6 is hidden too.
    assert_eq!(
        report.cell("meetings", Some("finalized")),
        Some(Cell::Hidden)
    );
    let (json, csv) = outputs(&report);
    assert!(
        csv.contains("meetings,draft,Nog niet afgerond,<5\n"),
        "{csv}"
    );
    assert!(csv.contains("meetings,finalized,Afgerond,x\n"), "{csv}");
    assert!(json.contains("\"<5\""));

    // A period with two meetings: every count is 2 or 4 (or 0) and shows as "<5".
    let small = store
        .management_report(period("2026-03-07", "2026-03-08"))
        .unwrap();
    let (json, csv) = outputs(&small);
    for n in 1..5 {
        let bare = format!(",{n}\n");
        assert!(!csv.contains(&bare), "CSV shows a count of {n}:\n{csv}");
        assert!(!json.contains(&format!(": {n}\n")) && !json.contains(&format!(": {n},")));
    }
    assert!(
        csv.contains("meetings,totaal,Casusoverleggen,<5\n"),
        "{csv}"
    );
    assert!(csv.contains("items_by_category,general,Gewone persoonsgegevens,<5\n"));
}

#[test]
fn r19_bad_period_is_refused() {
    assert!(ReportPeriod::parse("2026-04-01", "2026-03-01").is_err());
    assert!(ReportPeriod::parse("gisteren", "2026-03-01").is_err());
}

#[test]
fn r20_breach_impact_lists_exactly_the_receiving_organisations() {
    let (_dir, mut store) = new_store();
    let a = family_meeting(&mut store, "2026-03-01", true);
    let b = family_meeting(&mut store, "2026-03-02", true);
    // A meeting where nothing was released to anyone outside GGZ... still has releases;
    // a third meeting outside the chosen scope must not count.
    family_meeting(&mut store, "2026-03-03", false);

    let one = store
        .breach_impact(&BreachScope::Meetings(vec![a]))
        .unwrap();
    assert_eq!(one.meetings, 1);
    let names: Vec<&str> = one
        .organisations
        .iter()
        .map(|o| o.organisation.as_str())
        .collect();
    // GGZ brought items in but received nothing.
    assert_eq!(names, vec!["Basisschool De Linde", "Wijkteam Zuid"]);
    let school = &one.organisations[0];
    assert_eq!(school.organisation_type, OrganisationType::Onderwijs);
    assert_eq!(school.recipients, 1);
    assert_eq!(school.subjects, 2);
    let cats: Vec<(Category, u64, u64)> = school
        .categories
        .iter()
        .map(|c| (c.category, c.items, c.subjects))
        .collect();
    assert_eq!(
        cats,
        vec![(Category::General, 1, 1), (Category::Criminal, 1, 2)]
    );
    let lead = &one.organisations[1];
    assert_eq!(
        lead.categories
            .iter()
            .map(|c| (c.category, c.items, c.subjects))
            .collect::<Vec<_>>(),
        vec![(Category::Special, 1, 1)]
    );

    let two = store
        .breach_impact(&BreachScope::Meetings(vec![a, b]))
        .unwrap();
    assert_eq!(two.meetings, 2);
    assert_eq!(two.organisations[0].meetings, 2);
    assert_eq!(two.organisations[0].subjects, 4);
    assert_eq!(two.organisations[0].categories[1].subjects, 4);

    let all = store.breach_impact(&BreachScope::All).unwrap();
    assert_eq!(all.meetings, 3);
    assert_eq!(all.organisations[0].meetings, 3);
    let csv = store::breach_to_csv(&all).unwrap();
    assert!(
        csv.contains("Basisschool De Linde,onderwijs,3,3,criminal,3,6\n"),
        "{csv}"
    );
    let json = store::breach_to_json(&all).unwrap();
    // Organisations, categories and counts only: nothing about the family.
    for marker in [
        "VADERMARKER",
        "KINDMARKER",
        "FEITMARKER",
        "CASUSMARKER",
        "SCHOOLMARKER",
    ] {
        assert!(!json.contains(marker) && !csv.contains(marker), "{marker}");
    }
    // Unknown meetings match nothing.
    let none = store
        .breach_impact(&BreachScope::Meetings(vec![MeetingId::new()]))
        .unwrap();
    assert_eq!(none.meetings, 0);
    assert!(none.organisations.is_empty());
}

#[test]
fn consent_records_follow_iso_27560_in_dpv_terms() {
    let (_dir, mut store) = new_store();
    let m = family_meeting(&mut store, "2026-03-01", true);
    let v = store.consent_records_json(m).unwrap();
    let graph = v["@graph"].as_array().unwrap();
    assert_eq!(graph.len(), 1);
    let r = &graph[0];
    assert_eq!(r["@type"], "dpv:ConsentRecord");
    assert_eq!(r["dpv:hasDataSubject"]["dct:title"], "Vader VADERMARKER");
    assert_eq!(r["dpv:hasDataSubject"]["@type"], "dpv:Parent");
    assert_eq!(r["dpv:hasConsentStatus"], "dpv:ConsentGiven");
    assert_eq!(
        r["dpv:hasProcess"]["dpv:hasPurpose"]["dct:description"],
        "DOELMARKER hulp afstemmen"
    );
    assert_eq!(
        r["dpv:hasProcess"]["dpv:hasPersonalData"]["casus:category"],
        "general"
    );
    let to = r["dpv:hasProcess"]["dpv:hasRecipient"].as_array().unwrap();
    assert_eq!(to.len(), 1);
    assert_eq!(to[0]["casus:organisation"], "Basisschool De Linde");
    let given = &r["dpv:hasEvent"][0];
    assert_eq!(given["@type"], "dpv:ConsentGiven");
    assert_eq!(given["dpv:hasIndicationMethod"], "schriftelijk");
    assert_eq!(given["dpv:isIndicatedBy"]["@type"], "dpv:DataSubject");
    // The item text itself is not part of a consent record.
    assert!(!v.to_string().contains("FEITMARKER"));
}

#[test]
fn exports_need_a_finalized_meeting() {
    let (_dir, mut store) = new_store();
    let m = family_meeting(&mut store, "2026-03-01", false);
    assert!(matches!(
        store.consent_records_json(m),
        Err(store::StoreError::NotFinalized)
    ));
    assert!(matches!(
        store.meeting_outcome_json(m),
        Err(store::StoreError::NotFinalized)
    ));
}

#[test]
fn outcome_has_agreements_casusregisseur_and_family_informed() {
    let (_dir, mut store) = new_store();
    let m = family_meeting(&mut store, "2026-03-01", true);
    let v = store.meeting_outcome_json(m).unwrap();
    assert_eq!(v["type"], "uitkomst-overleg");
    assert_eq!(v["casusregisseur"]["naam"], "Lea LEADMARKER");
    assert_eq!(v["casusregisseur"]["organisatie"], "Wijkteam Zuid");
    let agreements = v["afspraken"].as_array().unwrap();
    assert_eq!(agreements.len(), 2);
    assert_eq!(agreements[1]["wie"], "Juf SCHOOLMARKER");
    assert_eq!(agreements[1]["wanneer"], "2026-12-15");
    let informed = &v["gezinGeinformeerd"][0];
    assert_eq!(informed["geinformeerd"], "ja, vooraf");
    assert_eq!(informed["hoe"], "gesprek");
    assert_eq!(informed["heleGezin"], true);
    assert_eq!(v["overleg"]["datum"], "2026-03-01");
}

/// Timing figure for docs (not a gate): `cargo test -p store --test reports -- --ignored
/// --nocapture`. 2,000 seeded meetings (100,000 items, 12 at the table).
#[test]
#[ignore]
fn r19_r20_timing_on_a_seeded_store() {
    let (_dir, mut store) = new_store();
    store
        .seed(
            store::SeedSpec {
                meetings: 2_000,
                ..store::SeedSpec::BIG
            },
            7,
        )
        .unwrap();
    let started = std::time::Instant::now();
    let report = store
        .management_report(period("2026-01-01", "2026-12-31"))
        .unwrap();
    let report_ms = started.elapsed().as_secs_f64() * 1000.0;
    assert_eq!(report.cell("meetings", None), Some(Cell::Count(2_000)));
    let started = std::time::Instant::now();
    let impact = store.breach_impact(&BreachScope::All).unwrap();
    let breach_ms = started.elapsed().as_secs_f64() * 1000.0;
    assert!(!impact.organisations.is_empty());
    eprintln!("management_report: {report_ms:.1} ms, breach_impact(all): {breach_ms:.1} ms");
}

/// R19 × R17: requests received in the period, answered in time / late / still open.
#[test]
fn r19_counts_rights_requests_handled_in_time() {
    use domain::{RequestInput, RequestKind, Requester};
    let (_dir, mut store) = new_store();
    family_meeting(&mut store, "2026-03-02", true);
    let key = store.known_subjects().unwrap()[0].key.clone();
    let today = now().date_naive();
    let register = |store: &mut Store, days_ago: i64| {
        let received = today - chrono::Duration::days(days_ago);
        let input = RequestInput {
            kind: RequestKind::Access,
            requester: Requester::ThirdPartyWithConsent,
            requester_name: "NAAMMARKER".into(),
            received_on: received.format("%Y-%m-%d").to_string(),
            competent: true,
        };
        store.register_request(&key, &input, now()).unwrap().id
    };
    // Six received 10 days ago (deadline ahead), five received 70 days ago (deadline passed).
    let in_time: Vec<_> = (0..6).map(|_| register(&mut store, 10)).collect();
    let late: Vec<_> = (0..5).map(|_| register(&mut store, 70)).collect();
    for id in in_time.iter().chain(&late) {
        store.refuse_request(id, "REDENMARKER", now()).unwrap();
    }
    let from = today - chrono::Duration::days(100);
    let report = store
        .management_report(ReportPeriod::new(from, today).unwrap())
        .unwrap();
    let c = |r: Option<&str>| report.cell("rights_requests", r).unwrap();
    assert_eq!(c(Some("in_time")), Cell::Count(6));
    assert_eq!(c(Some("late")), Cell::Count(5));
    assert_eq!(c(Some("open")), Cell::Count(0));
    let (json, csv) = outputs(&report);
    for marker in ["NAAMMARKER", "REDENMARKER"] {
        assert!(!json.contains(marker) && !csv.contains(marker), "{marker}");
    }
    // One more, still open: a count of 1 is never shown.
    register(&mut store, 1);
    let report = store
        .management_report(ReportPeriod::new(from, today).unwrap())
        .unwrap();
    assert_eq!(
        report.cell("rights_requests", Some("open")).unwrap(),
        Cell::Small
    );
}
