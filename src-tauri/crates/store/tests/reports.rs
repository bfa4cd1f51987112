#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! R19 anonymous management report, R20 breach impact and the standard exports (consent
//! records as ISO/IEC TS 27560 / DPV, the meeting outcome as SoH "uitkomst overleg"), on
//! real encrypted store files.

mod common;
use chrono::Datelike;
use common::*;
use domain::{
    ActionInput, Basis, BreachInput, BreachScope, Category, Cell, ConsentMethod, Consenter,
    FourQuestions, LegalBasis, ManagementReport, MeetingId, NotificationInput, NotificationMethod,
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
    "BESLUITMARKER",
    "REDENMARKER",
    "ONEENSMARKER",
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
                    "Veiligheid van het kind gaat voor.",
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
    // R11/seed 002: two decisions, one with a participant's dissent (count only, R19).
    let mut decide = |what: &str| {
        let flow = store
            .add_decision(
                m,
                &domain::DecisionInput {
                    what: format!("BESLUITMARKER {what}"),
                    why: "REDENMARKER het kind heeft steun nodig".into(),
                    rests_on: vec![fact],
                },
                now(),
            )
            .unwrap();
        flow.record.decisions.last().unwrap().id
    };
    let disputed = decide("gezinscoach");
    decide("school volgt verzuim");
    store
        .add_dissent(m, disputed, school, "ONEENSMARKER te vroeg", now())
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
                    condition: String::new(),
                    decision: None,
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
            domain::Prose::parse(
                "MOTIVERINGMARKER nodig voor de afspraak",
                domain::Field::Motivation,
                5000,
            )
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

/// R19: a calendar month, quarter or year (`2026-03`, `2026-Q2`, `2026`).
fn period(code: &str) -> ReportPeriod {
    ReportPeriod::parse(code).unwrap()
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
    let report = store.management_report(period("2026-03")).unwrap();
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
    assert_eq!(c("decisions", None), Cell::Count(12));
    assert_eq!(c("decisions", Some("with_dissent")), Cell::Count(6));
    assert_eq!(c("decisions", Some("without_dissent")), Cell::Count(6));
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
    assert!(csv.contains("decisions,with_dissent,Met verschil van inzicht,6\n"));
}

#[test]
fn r19_small_cells_are_shown_as_less_than_five_and_totals_do_not_give_them_away() {
    let (_dir, mut store) = new_store();
    for day in 1..=6 {
        family_meeting(&mut store, &format!("2026-04-{day:02}"), true);
    }
    for day in 7..=8 {
        family_meeting(&mut store, &format!("2026-05-{day:02}"), false);
    }
    let report = store.management_report(period("2026-Q2")).unwrap();
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
    let small = store.management_report(period("2026-05")).unwrap();
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
    // R19: only whole months, quarters or years; a day range is refused.
    assert!(ReportPeriod::parse("2026-03-01").is_err());
    assert!(ReportPeriod::parse("gisteren").is_err());
    assert!(ReportPeriod::parse("2026-Q5").is_err());
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
    // DPV 2.3 has no dpv:Parent: a parent is a data subject and a parent of one.
    assert_eq!(
        r["dpv:hasDataSubject"]["@type"],
        serde_json::json!(["dpv:DataSubject", "dpv:ParentOfDataSubject"])
    );
    // The guide's history of consent states (not dpv:hasEvent, no DPV term): given, not
    // withdrawn.
    let history = r["dpv:hasConsentStatus"].as_array().unwrap();
    assert_eq!(history.len(), 1);
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
    let given = &history[0];
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
    // The agreements are the SoH model's actions (Zaak.heeftActie, tests/exports.rs).
    let agreements = v["betreft"]["heeftActie"].as_array().unwrap();
    assert_eq!(agreements.len(), 2);
    assert_eq!(agreements[1]["uitvoerder"]["naam"], "Juf SCHOOLMARKER");
    assert_eq!(agreements[1]["uiterlijk"], "2026-12-15");
    let informed = &v["gezinGeinformeerd"][0];
    // R12 (seed 003 §3.6c): an agreement is not "informed" until it was done.
    assert_eq!(informed["status"], "afgesproken");
    assert_eq!(informed["geinformeerdOp"], serde_json::Value::Null);
    assert_eq!(informed["aankondiging"], "vooraf");
    assert!(informed.get("geinformeerd").is_none());
    assert_eq!(informed["hoe"], "gesprek");
    assert_eq!(informed["heleGezin"], true);
    assert_eq!(v["datum"], "2026-03-01");
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
    let report = store.management_report(period("2026")).unwrap();
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
    // R19: a report covers a whole year, so the requests lie in last year: received,
    // then answered (refused) at a chosen moment.
    let year = now().date_naive().year() - 1;
    let register = |store: &mut Store, received: &str| {
        let input = RequestInput {
            kind: RequestKind::Access,
            requester: Requester::ThirdPartyWithConsent,
            requester_name: "NAAMMARKER".into(),
            received_on: format!("{year}-{received}"),
            competent: true,
        };
        store.register_request(&key, &input, now()).unwrap().id
    };
    let at = |md: &str| {
        chrono::DateTime::parse_from_rfc3339(&format!("{year}-{md}T10:00:00Z"))
            .unwrap()
            .with_timezone(&chrono::Utc)
    };
    // Six answered four days after receipt, five answered after the month had passed.
    let in_time: Vec<_> = (0..6).map(|_| register(&mut store, "02-01")).collect();
    let late: Vec<_> = (0..5).map(|_| register(&mut store, "03-01")).collect();
    for id in &in_time {
        store
            .refuse_request(
                id,
                "REDENMARKER: inzage schaadt het belang van de jongere.",
                at("02-05"),
            )
            .unwrap();
    }
    for id in &late {
        store
            .refuse_request(
                id,
                "REDENMARKER: inzage schaadt het belang van de jongere.",
                at("05-15"),
            )
            .unwrap();
    }
    let whole_year = ReportPeriod::of(domain::PeriodKind::Year { year }).unwrap();
    let report = store.management_report(whole_year).unwrap();
    let c = |r: Option<&str>| report.cell("rights_requests", r).unwrap();
    assert_eq!(c(Some("in_time")), Cell::Count(6));
    assert_eq!(c(Some("late")), Cell::Count(5));
    assert_eq!(c(Some("open")), Cell::Count(0));
    let (json, csv) = outputs(&report);
    for marker in ["NAAMMARKER", "REDENMARKER"] {
        assert!(!json.contains(marker) && !csv.contains(marker), "{marker}");
    }
    // One more, still open: a count of 1 is never shown.
    register(&mut store, "06-01");
    let report = store.management_report(whole_year).unwrap();
    assert_eq!(
        report.cell("rights_requests", Some("open")).unwrap(),
        Cell::Small
    );
}

fn breach_input(
    discovered: chrono::DateTime<chrono::Utc>,
    meeting: Option<MeetingId>,
) -> BreachInput {
    BreachInput {
        discovered_at: discovered.to_rfc3339(),
        description: "Laptop OMSCHRIJVINGMARKER kwijt".into(),
        meeting,
    }
}

/// R20: after a lost laptop every organisation that brought data in is affected, not only
/// the ones that received data, and so is every family member (seed 004 art. 8.4, 8.6).
#[test]
fn r20_breach_lists_contributors_recipients_and_family_per_meeting() {
    let (_dir, mut store) = new_store();
    let a = family_meeting(&mut store, "2026-03-01", true);
    let b = family_meeting(&mut store, "2026-03-02", false);
    // The old impact list only knew the receiving organisations: GGZ (brought two items
    // in, received nothing) was missing.
    let impact = store.breach_impact(&BreachScope::All).unwrap();
    assert!(!impact
        .organisations
        .iter()
        .any(|o| o.organisation == "GGZ Delfland"));

    let discovered = now() - chrono::Duration::hours(2);
    let whole = store
        .register_breach(&breach_input(discovered, None), now())
        .unwrap();
    let lists = store.breach_lists(whole.id).unwrap();
    assert_eq!(
        lists.iter().map(|l| l.meeting).collect::<Vec<_>>(),
        vec![a, b]
    );
    for l in &lists {
        let orgs: Vec<_> = l
            .organisations
            .iter()
            .map(|o| (o.organisation.as_str(), o.contributed, o.received))
            .collect();
        assert_eq!(
            orgs,
            vec![
                ("Basisschool De Linde", false, true),
                ("GGZ Delfland", true, false),
                ("Wijkteam Zuid", true, true),
            ]
        );
        let family: Vec<_> = l.family.iter().map(|f| f.name.as_deref()).collect();
        assert_eq!(
            family,
            vec![Some("Vader VADERMARKER"), Some("Kind KINDMARKER")]
        );
        assert!(l.reference.starts_with("CO-2026030"));
    }
    // One meeting only.
    let one = store
        .register_breach(&breach_input(discovered, Some(b)), now())
        .unwrap();
    let lists = store.breach_lists(one.id).unwrap();
    assert_eq!(lists.len(), 1);
    assert_eq!(lists[0].meeting, b);
    // A meeting that is not on this laptop: refused, nothing written.
    assert!(matches!(
        store.register_breach(&breach_input(discovered, Some(MeetingId::new())), now()),
        Err(store::StoreError::NotFound("meeting"))
    ));
    assert_eq!(store.breaches().unwrap().len(), 2);
}

/// R20: the register keeps the discovery moment and when the partners were told; the
/// audit log gets kinds only.
#[test]
fn r20_breach_register_records_discovery_and_partners_informed() {
    let (_dir, mut store) = new_store();
    family_meeting(&mut store, "2026-03-01", true);
    let discovered = now() - chrono::Duration::hours(30);
    let b = store
        .register_breach(&breach_input(discovered, None), now())
        .unwrap();
    let stored = &store.breaches().unwrap()[0];
    assert_eq!(stored.discovered_at, b.discovered_at);
    assert!(matches!(
        stored.clock(now()),
        domain::PartnerClock::Overdue { .. }
    ));
    // In the future: refused with the field named, nothing stored.
    let future = store.register_breach(
        &breach_input(now() + chrono::Duration::hours(1), None),
        now(),
    );
    assert!(matches!(
        future,
        Err(store::StoreError::Invalid(
            domain::DomainError::MomentInFuture { .. }
        ))
    ));
    assert_eq!(store.breaches().unwrap().len(), 1);
    let at = now();
    let informed = store.mark_partners_informed(b.id, "", at).unwrap();
    assert_eq!(informed.partners_informed_at, Some(at));
    assert_eq!(store.breaches().unwrap()[0].partners_informed_at, Some(at));
    assert!(store.mark_partners_informed(b.id, "", now()).is_err());
    let verdict = store.verify_audit().unwrap();
    assert!(
        matches!(verdict, store::AuditVerdict::Intact { .. }),
        "{verdict:?}"
    );
}

/// R20 × R15: a breach record outlives the meetings it names (a destroyed meeting takes
/// its tables with it, not the register) and is destroyed after five years.
#[test]
fn r20_breach_record_outlives_its_meeting_and_is_destroyed_after_five_years() {
    let (_dir, mut store) = new_store();
    let m = family_meeting(&mut store, "2026-03-01", true);
    let b = store
        .register_breach(
            &breach_input(now() - chrono::Duration::hours(1), Some(m)),
            now(),
        )
        .unwrap();
    let far = chrono::NaiveDate::from_ymd_opt(2030, 1, 1).unwrap();
    store.destroy_expired(far, now()).unwrap();
    assert_eq!(store.breaches().unwrap().len(), 1, "the record stays");
    assert!(
        store.breach_lists(b.id).unwrap().is_empty(),
        "the meeting is gone"
    );
    assert_eq!(store.destroy_expired_breaches(now()).unwrap(), 0);
    let later = b.destroy_after() + chrono::Duration::minutes(1);
    assert_eq!(store.destroy_expired_breaches(later).unwrap(), 1);
    assert!(store.breaches().unwrap().is_empty());
}

/// R19/R20 at scale (migration 0025): the counts kept per finalized meeting give the same
/// report and breach view as counting every meeting live, and any change to a meeting's
/// items, basis, releases, subjects, agreements or recipients forgets its kept counts.
#[test]
fn r19_r20_kept_counts_give_what_counting_live_gives() {
    let (dir, mut store) = new_store();
    store
        .seed(
            store::SeedSpec {
                meetings: 6,
                finalized: true,
                ..store::SeedSpec::BIG
            },
            5,
        )
        .unwrap();
    family_meeting(&mut store, "2026-03-02", true);
    family_meeting(&mut store, "2026-04-02", false);
    let views = |store: &Store| {
        let impact = store.breach_impact(&BreachScope::All).unwrap();
        format!(
            "{:?} {} {:?}",
            store.management_report(period("2026")).unwrap(),
            impact.meetings,
            impact.organisations
        )
    };
    let with_kept = views(&store);
    assert!(with_kept.contains("Organisatie 1"), "{with_kept}");
    store.close().unwrap();

    let file = dir.path().join(store::STORE_FILE_NAME);
    let conn = open_raw(&file);
    let kept = |conn: &rusqlite::Connection| -> (i64, i64) {
        conn.query_row(
            "SELECT (SELECT count(*) FROM meeting_counts),
                    (SELECT count(DISTINCT meeting_id) FROM meeting_breach_counts)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap()
    };
    // Six seeded meetings and the finalized family meeting; not the draft.
    assert_eq!(kept(&conn).0, 7);
    // A change after finalizing forgets that meeting's counts, both kinds.
    conn.execute(
        "UPDATE releases SET decision = 'stays', action_id = NULL
         WHERE rowid = (SELECT min(rowid) FROM releases WHERE decision = 'released')",
        [],
    )
    .unwrap();
    assert_eq!(kept(&conn).0, 6);
    assert!(kept(&conn).1 <= 6);
    drop(conn);
    let store = Store::open(dir.path(), PASS).unwrap();
    let after_change = views(&store);
    assert_ne!(after_change, with_kept, "one release fewer");
    store.close().unwrap();

    // Seed 002 × R19: a dissent removed after finalizing forgets the kept counts too.
    let conn = open_raw(&file);
    let before = kept(&conn).0;
    conn.execute(
        "DELETE FROM dissents WHERE rowid = (SELECT min(rowid) FROM dissents)",
        [],
    )
    .unwrap();
    assert_eq!(kept(&conn).0, before - 1);
    drop(conn);
    let store = Store::open(dir.path(), PASS).unwrap();
    let after_change = views(&store);
    assert!(after_change.contains("with_dissent"), "{after_change}");
    store.close().unwrap();

    // Everything counted live gives the same.
    let conn = open_raw(&file);
    conn.execute_batch("DELETE FROM meeting_counts; DELETE FROM meeting_breach_counts;")
        .unwrap();
    drop(conn);
    let store = Store::open(dir.path(), PASS).unwrap();
    assert_eq!(views(&store), after_change);
}
