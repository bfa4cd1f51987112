#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The two standard exports of a finalized meeting, checked against what they claim to
//! follow (docs/exports.md):
//! - the meeting outcome against the published logical model "JZV – Uitkomst Overleg" of
//!   Samen onder Handbereik (`tests/schemas/soh/UitkomstOverleg.yaml`, OpenAPI 3.0.1,
//!   version 0.1, W3C Software Notice and License: see `tests/schemas/soh/`), validated with
//!   the `jsonschema` crate;
//! - the consent records (ISO/IEC TS 27560 in DPV terms) against the term lists of W3C DPV
//!   2.3 (`tests/schemas/dpv/terms-2.3.txt`, W3C licence: see `tests/schemas/dpv/`).

mod common;
use common::*;
use domain::{
    ActionInput, Basis, ConsentMethod, ConsentScope, Consenter, Field, ForFamily, MeetingId,
    NotificationInput, NotificationMethod, NotificationScope, NotificationTiming, OrganisationType,
    ParticipantId, PostponeGround, Prose, Relation, ReleaseChoice, Role, SubjectId, SubjectInput,
};
use serde_json::{json, Value};
use std::collections::BTreeSet;
use store::{ParticipantExtra, Store};

// ---------------------------------------------------------------------------------------
// The published SoH schema and the requirements the test relaxes
// ---------------------------------------------------------------------------------------

const SOH_YAML: &str = include_str!("schemas/soh/UitkomstOverleg.yaml");

/// Requirements of the published model the app cannot meet, relaxed in the test and
/// listed with the reason in docs/exports.md ("Relaxed requirements"). Everything else of
/// `Casusoverleg` and the schemas it refers to is validated as published.
///
/// - `Betrokkene.burgerservicenummer`, `Betrokkene.adres`: the app deliberately holds no
///   BSN and no address (minimal data); a secret address never leaves the app (R14).
const RELAXED: &[(&str, &str)] = &[
    ("Betrokkene", "burgerservicenummer"),
    ("Betrokkene", "adres"),
];

/// Seed 002 Feitenonderzoek 4: start and end time and the account are optional in the app
/// (R13); a meeting without them leaves the fields out rather than filling them with
/// made-up values, so they are relaxed only for such a meeting.
const RELAXED_WITHOUT_TIMES: &[(&str, &str)] =
    &[("Casusoverleg", "startTijd"), ("Casusoverleg", "eindTijd")];
/// Seed 002 Feitenonderzoek 4: `notulen` only carries an account the table agreed.
const RELAXED_WITHOUT_ACCOUNT: &[(&str, &str)] = &[("Casusoverleg", "notulen")];

/// R4: in an anonymous meeting (and for a family member entered without a name) there is
/// no name to give; `Betrokkene.naam` is relaxed only for those exports.
const RELAXED_WITHOUT_NAMES: &[(&str, &str)] = &[("Betrokkene", "naam")];

/// The model's `components/schemas` as a JSON Schema document whose root is
/// `Casusoverleg`, with `relaxed` removed from the `required` lists.
fn soh_schema(relaxed: &[(&str, &str)]) -> Value {
    let openapi: Value = serde_norway::from_str(SOH_YAML).unwrap();
    assert_eq!(openapi["info"]["title"], "JZV - Uitkomst Overleg");
    assert_eq!(openapi["info"]["version"], "0.1");
    let mut schemas = openapi["components"]["schemas"].clone();
    for (schema, property) in relaxed {
        let required = schemas[*schema]["required"].as_array_mut().unwrap();
        let before = required.len();
        required.retain(|r| r != property);
        assert_eq!(
            required.len(),
            before - 1,
            "{schema}.{property} is not required in the published schema"
        );
    }
    json!({
        "$schema": "http://json-schema.org/draft-07/schema#",
        "components": { "schemas": schemas },
        "$ref": "#/components/schemas/Casusoverleg",
    })
}

fn errors(schema: &Value, instance: &Value) -> Vec<String> {
    let validator = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft7)
        .should_validate_formats(true)
        .build(schema)
        .unwrap();
    validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

/// The export validates against the published model with exactly the relaxations listed,
/// and, against the unmodified model, fails only on those.
/// What the meeting recorded of its time and course (seed 002 Feitenonderzoek 4).
#[derive(Debug, Clone, Copy)]
struct Recorded {
    times: bool,
    account: bool,
}

const NOTHING_RECORDED: Recorded = Recorded {
    times: false,
    account: false,
};

fn assert_valid_outcome(v: &Value, names: bool, recorded: Recorded) {
    let mut relaxed = RELAXED.to_vec();
    if !names {
        relaxed.extend_from_slice(RELAXED_WITHOUT_NAMES);
    }
    if !recorded.times {
        relaxed.extend_from_slice(RELAXED_WITHOUT_TIMES);
    }
    if !recorded.account {
        relaxed.extend_from_slice(RELAXED_WITHOUT_ACCOUNT);
    }
    let errs = errors(&soh_schema(&relaxed), v);
    assert!(errs.is_empty(), "{errs:#?}\n{v:#}");
    let strict = errors(&soh_schema(&[]), v);
    for e in &strict {
        assert!(
            relaxed
                .iter()
                .any(|(_, p)| e.contains(&format!("\"{p}\" is a required property"))),
            "not a relaxed requirement: {e}"
        );
    }
    // What the app deliberately does not hold never appears; what was not recorded is
    // left out, not made up.
    let text = v.to_string();
    let mut absent = vec!["burgerservicenummer", "adres"];
    if !recorded.times {
        absent.extend(["startTijd", "eindTijd", "begintijd", "eindtijd"]);
    }
    if !recorded.account {
        absent.push("notulen");
    }
    for key in absent {
        assert!(!text.contains(&format!("\"{key}\"")), "{key} in export");
    }
}

// ---------------------------------------------------------------------------------------
// The DPV vocabulary
// ---------------------------------------------------------------------------------------

const DPV_TERMS: &str = include_str!("schemas/dpv/terms-2.3.txt");

/// The DPV namespaces whose terms are checked, with the IRIs the export must declare.
const DPV_PREFIXES: &[(&str, &str)] = &[
    ("dpv", "https://w3id.org/dpv#"),
    ("eu-gdpr", "https://w3id.org/dpv/legal/eu/gdpr#"),
    ("legal-eu", "https://w3id.org/dpv/legal/eu#"),
    ("loc", "https://w3id.org/dpv/loc#"),
];

/// Every `prefix:Term` string (keys and values) of the document.
fn curies(v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::String(s) => {
            out.insert(s.clone());
        }
        Value::Array(a) => a.iter().for_each(|x| curies(x, out)),
        Value::Object(o) => {
            for (k, x) in o {
                out.insert(k.clone());
                curies(x, out);
            }
        }
        _ => {}
    }
}

/// Every term of a DPV namespace the export uses exists in DPV 2.3, and every prefix of
/// such a term is declared in `@context` with the namespace's IRI.
fn assert_dpv_terms_exist(v: &Value) {
    let known: BTreeSet<&str> = DPV_TERMS
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .collect();
    assert!(known.contains("dpv:ConsentRecord") && known.contains("loc:NL"));
    let mut all = BTreeSet::new();
    curies(v, &mut all);
    let used: Vec<&String> = all
        .iter()
        .filter(|s| {
            s.split_once(':').is_some_and(|(prefix, term)| {
                DPV_PREFIXES.iter().any(|(p, _)| *p == prefix) && !term.starts_with("//")
            })
        })
        .collect();
    let unknown: Vec<&&String> = used
        .iter()
        .filter(|s| !known.contains(s.as_str()))
        .collect();
    assert!(unknown.is_empty(), "not DPV 2.3 terms: {unknown:?}");
    assert!(used.len() > 10, "only {} DPV terms checked", used.len());
    for (prefix, iri) in DPV_PREFIXES {
        assert_eq!(v["@context"][*prefix], *iri, "@context {prefix}");
    }
}

// ---------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------

fn prose(s: &str, field: Field) -> Prose {
    Prose::parse(s, field, 5000).unwrap()
}

fn add_participant(
    store: &mut Store,
    m: MeetingId,
    name: &str,
    org: &str,
    role: Role,
    t: OrganisationType,
) -> ParticipantId {
    let mut p = participant_input(name, role);
    p.organisation = org.into();
    let id = store
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
        .id;
    store.record_pledge(m, id, now()).unwrap();
    id
}

fn add_subject(
    store: &mut Store,
    m: MeetingId,
    relation: Relation,
    name: &str,
    birth: &str,
    gezag: bool,
) -> SubjectId {
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
}

fn add_action(
    store: &mut Store,
    m: MeetingId,
    who: ParticipantId,
    what: &str,
    relies_on: Vec<domain::ItemId>,
    condition: &str,
) -> domain::ActionId {
    let flow = store
        .add_action(
            m,
            &ActionInput {
                who,
                what: what.into(),
                due: "2027-01-31".into(),
                relies_on,
                condition: condition.into(),
                decision: None,
            },
            now(),
        )
        .unwrap();
    flow.record.actions.last().unwrap().id
}

fn release(action: domain::ActionId) -> ReleaseChoice {
    ReleaseChoice::Release {
        action,
        motivation: Some(prose(
            "Nodig om de afspraak uit te voeren.",
            Field::Motivation,
        )),
    }
}

fn scope(recipients: Vec<ParticipantId>, purpose: &str) -> ConsentScope {
    ConsentScope::Given {
        recipients,
        purpose: prose(purpose, Field::ConsentPurpose),
    }
}

fn today() -> chrono::NaiveDate {
    now().date_naive()
}

struct Realistic {
    m: MeetingId,
    lead: ParticipantId,
    school: ParticipantId,
}

/// A realistic finalized meeting: four professionals, four family members (two children,
/// two parents with gezag), two items with consent (one given by the parents for the young
/// child, one of which is later withdrawn), three actions (one not for the family), and
/// three notification agreements: one done after the meeting, one agreed, one postponed.
fn realistic_meeting(store: &mut Store) -> Realistic {
    let mut input = meeting_input("Gezin El Amrani-van der Berg");
    input.purpose =
        "Samen afspreken hoe de kinderen weer veilig en elke dag naar school gaan".into();
    let m = store.create_meeting(&input, now()).unwrap().id;
    let lead = add_participant(
        store,
        m,
        "Annemarie van der Heijden-Bakker",
        "Wijkteam Delft-Zuid",
        Role::CaseLead,
        OrganisationType::Wijkteam,
    );
    let school = add_participant(
        store,
        m,
        "Jeroen de Vries",
        "Basisschool De Regenboog",
        Role::ContentRole,
        OrganisationType::Onderwijs,
    );
    let ggz = add_participant(
        store,
        m,
        "Sanne Visser-Oudshoorn",
        "GGZ Delfland",
        Role::ContentRole,
        OrganisationType::Ggz,
    );
    let leerplicht = add_participant(
        store,
        m,
        "Mohammed Ouali",
        "Gemeente Delft, leerplicht",
        Role::ContentRole,
        OrganisationType::Gemeente,
    );
    let mother = add_subject(
        store,
        m,
        Relation::Parent,
        "Khadija El Amrani-Bouzidi",
        "1985-02-11",
        true,
    );
    let father = add_subject(
        store,
        m,
        Relation::Parent,
        "Mark van der Berg",
        "1983-09-30",
        true,
    );
    let yasmina = add_subject(
        store,
        m,
        Relation::Youth,
        "Yasmina El Amrani",
        "2009-05-04",
        false,
    );
    let noah = add_subject(
        store,
        m,
        Relation::Youth,
        "Noah van der Berg",
        "2018-01-20",
        false,
    );
    // R14: a secret address never leaves the app.
    store
        .set_secret_address(
            m,
            yasmina,
            Some(domain::SecretAddress::parse("Geheimstraat 12, 2611 AB Delft").unwrap()),
            now(),
        )
        .unwrap();

    // Item 1: GGZ about the mother, her own consent for the lead and the school.
    let about_mother = store
        .add_item_about(
            m,
            &item_input(
                ggz,
                "Moeder is in behandeling en wil hulp bij de ochtenden.",
            ),
            &[mother],
            now(),
        )
        .unwrap()
        .id;
    store
        .set_item_basis(
            m,
            about_mother,
            vec![mother],
            Basis::Consent {
                records: vec![],
                not_competent: vec![],
            },
            now(),
        )
        .unwrap();
    store
        .add_consent(
            m,
            about_mother,
            store::ConsentGiven {
                subject: mother,
                given_by: Consenter::Subject,
                method: ConsentMethod::Written,
                scope: scope(vec![lead, school], "Hulp bij de ochtenden afstemmen"),
            },
            now(),
        )
        .unwrap();
    // Item 2: the school about Noah (8): both parents consent for him (R8).
    let about_noah = store
        .add_item_about(
            m,
            &item_input(school, "Noah mist vaak het eerste uur."),
            &[noah],
            now(),
        )
        .unwrap()
        .id;
    store
        .set_item_basis(
            m,
            about_noah,
            vec![noah],
            Basis::Consent {
                records: vec![],
                not_competent: vec![],
            },
            now(),
        )
        .unwrap();
    for parent in [mother, father] {
        store
            .add_consent(
                m,
                about_noah,
                store::ConsentGiven {
                    subject: noah,
                    given_by: Consenter::Parent { subject_id: parent },
                    method: ConsentMethod::Verbal,
                    scope: scope(vec![lead, leerplicht], "Schoolverzuim van Noah bespreken"),
                },
                now(),
            )
            .unwrap();
    }

    let lead_action = add_action(
        store,
        m,
        lead,
        "Een gesprek plannen met beide ouders over de ochtendroutine",
        vec![about_mother],
        "",
    );
    let school_action = add_action(
        store,
        m,
        school,
        "Yasmina elke ochtend bij binnenkomst even spreken",
        vec![],
        "",
    );
    let leerplicht_action = add_action(
        store,
        m,
        leerplicht,
        "Het verzuim van Noah vier weken volgen",
        vec![about_noah],
        "Als Noah weer een dag zonder bericht verzuimt",
    );
    // R11/seed 002: a decision with its reason, exported as `Besluit` with `reden`.
    store
        .add_decision(
            m,
            &domain::DecisionInput {
                what: "Noah krijgt begeleiding bij het naar school gaan".into(),
                why: "Het verzuim loopt op en de ouders vragen om hulp".into(),
                rests_on: vec![about_noah],
            },
            now(),
        )
        .unwrap();
    for (item, to, choice) in [
        (about_mother, lead, release(lead_action)),
        (about_mother, school, release(school_action)),
        (about_mother, leerplicht, ReleaseChoice::StayInMeeting),
        (about_noah, lead, release(lead_action)),
        (about_noah, leerplicht, release(leerplicht_action)),
    ] {
        store.decide_release(m, item, to, choice, now()).unwrap();
    }
    store
        .set_action_for_family(
            m,
            leerplicht_action,
            ForFamily::NotForFamily {
                motivation: prose(
                    "De ouders horen dit zelf van de leerplichtambtenaar.",
                    Field::Motivation,
                ),
            },
            now(),
        )
        .unwrap();
    let notify = |store: &mut Store, about, informer, method, timing| {
        let flow = store
            .add_notification(
                m,
                NotificationInput {
                    about,
                    informer,
                    method,
                    timing,
                },
                now(),
            )
            .unwrap();
        flow.record.notifications.last().unwrap().id
    };
    let parents = notify(
        store,
        NotificationScope::Subjects(vec![mother, father]),
        lead,
        NotificationMethod::Conversation,
        NotificationTiming::Beforehand,
    );
    notify(
        store,
        NotificationScope::Subjects(vec![noah]),
        school,
        NotificationMethod::Letter,
        NotificationTiming::Afterwards {
            motivation: prose(
                "Noah is acht; de ouders vertellen het hem samen met de school.",
                Field::Motivation,
            ),
        },
    );
    notify(
        store,
        NotificationScope::Subjects(vec![yasmina]),
        lead,
        NotificationMethod::Conversation,
        NotificationTiming::Postponed {
            ground: PostponeGround::Safety,
            motivation: prose(
                "Informeren nu brengt Yasmina in gevaar; eerst is een veilige plek nodig.",
                Field::Motivation,
            ),
            review_date: chrono::NaiveDate::from_ymd_opt(2027, 1, 15).unwrap(),
        },
    );
    // Seed 002 Feitenonderzoek 4: the time and the agreed account of the meeting.
    store
        .set_minutes(
            m,
            &domain::MinutesInput {
                start_time: "9:30".into(),
                end_time: "11.05".into(),
                account: ACCOUNT.into(),
                agreed: true,
            },
            now(),
        )
        .unwrap();
    store.finalize_meeting(m, now()).unwrap();
    // Later events beside the finalized meeting (R13): informed, and a withdrawal (R10).
    store
        .record_notification_done(m, parents, today(), today(), now())
        .unwrap();
    let flow = store.meeting_flow(m).unwrap();
    let father_consent = flow.consent_ids[&about_noah][1].clone();
    store.withdraw_consent(m, &father_consent, now()).unwrap();
    Realistic { m, lead, school }
}

/// Seed 002 Feitenonderzoek 4: a short, neutral account of the course of the meeting.
const ACCOUNT: &str = "Alle deelnemers kwamen aan het woord. De school en het wijkteam \
                       vulden elkaar aan; de zorgen over de veiligheid zijn apart besproken. \
                       Het overleg eindigde met een plan dat iedereen steunt.";

/// R4: an anonymous meeting: a code instead of a label, family members by relation only,
/// a holder of gezag recorded by relation (seed 004 art. 3.3).
fn anonymous_meeting(store: &mut Store) -> MeetingId {
    let mut input = meeting_input("");
    input.anonymous = true;
    let m = store.create_meeting(&input, now()).unwrap().id;
    let lead = add_participant(
        store,
        m,
        "Annemarie van der Heijden-Bakker",
        "Wijkteam Delft-Zuid",
        Role::CaseLead,
        OrganisationType::Wijkteam,
    );
    let ggz = add_participant(
        store,
        m,
        "Sanne Visser-Oudshoorn",
        "GGZ Delfland",
        Role::ContentRole,
        OrganisationType::Ggz,
    );
    let youth = add_subject(store, m, Relation::Youth, "", "", false);
    let item = store
        .add_item_about(
            m,
            &item_input(ggz, "Jongere slaapt slecht sinds de verhuizing."),
            &[youth],
            now(),
        )
        .unwrap()
        .id;
    store
        .set_item_basis(
            m,
            item,
            vec![youth],
            Basis::Consent {
                records: vec![],
                not_competent: vec![],
            },
            now(),
        )
        .unwrap();
    // A young person without a birth date: both the young person and the gezag (R8).
    for given_by in [
        Consenter::Subject,
        Consenter::AuthorityByRelation {
            relation: Relation::Guardian,
        },
    ] {
        store
            .add_consent(
                m,
                item,
                store::ConsentGiven {
                    subject: youth,
                    given_by,
                    method: ConsentMethod::Digital,
                    scope: scope(vec![lead], "Zorg rond slapen afstemmen"),
                },
                now(),
            )
            .unwrap();
    }
    let action = add_action(
        store,
        m,
        lead,
        "Slaapadvies bespreken met de jongere",
        vec![item],
        "",
    );
    store
        .decide_release(m, item, lead, release(action), now())
        .unwrap();
    store
        .add_notification(
            m,
            NotificationInput {
                about: NotificationScope::WholeFamily,
                informer: lead,
                method: NotificationMethod::Folder,
                timing: NotificationTiming::Beforehand,
            },
            now(),
        )
        .unwrap();
    // Times only, no account.
    store
        .set_minutes(
            m,
            &domain::MinutesInput {
                start_time: "14:00".into(),
                end_time: "15:30".into(),
                ..Default::default()
            },
            now(),
        )
        .unwrap();
    store.finalize_meeting(m, now()).unwrap();
    m
}

/// A meeting that ends without actions or consents (an empty plan).
fn empty_plan_meeting(store: &mut Store) -> MeetingId {
    let m = store
        .create_meeting(&meeting_input("Gezin Jansen"), now())
        .unwrap()
        .id;
    let lead = add_participant(
        store,
        m,
        "Annemarie van der Heijden-Bakker",
        "Wijkteam Delft-Zuid",
        Role::CaseLead,
        OrganisationType::Wijkteam,
    );
    add_subject(
        store,
        m,
        Relation::Youth,
        "Lotte Jansen",
        "2012-08-08",
        false,
    );
    store
        .add_notification(
            m,
            NotificationInput {
                about: NotificationScope::WholeFamily,
                informer: lead,
                method: NotificationMethod::Letter,
                timing: NotificationTiming::Beforehand,
            },
            now(),
        )
        .unwrap();
    store.finalize_meeting(m, now()).unwrap();
    m
}

// ---------------------------------------------------------------------------------------
// Meeting outcome: SoH "uitkomst overleg"
// ---------------------------------------------------------------------------------------

#[test]
fn outcome_of_a_realistic_meeting_validates_against_the_soh_model() {
    let (_dir, mut store) = new_store();
    let r = realistic_meeting(&mut store);
    let v = store.meeting_outcome_json(r.m).unwrap();
    assert_valid_outcome(
        &v,
        true,
        Recorded {
            times: true,
            account: true,
        },
    );
    // The validator is live: a missing description, a bad URI, a bad date and a Betrokkene
    // without name each fail.
    let schema = soh_schema(RELAXED);
    for (path, bad) in [
        ("/startTijd", Value::Null),
        ("/notulen", Value::Null),
        ("/eindTijd/url", json!("geen uri")),
        ("/betreft/heeftActie/0/omschrijving", Value::Null),
        ("/betreft/heeftActie/0/belegdBij/url", json!("geen uri")),
        ("/datum", json!("24-11-2026")),
        ("/betreft/heeftActie/0/heeftBetrekkingOp/naam", Value::Null),
    ] {
        let mut broken = v.clone();
        let (parent, key) = path.rsplit_once('/').unwrap();
        let obj = broken.pointer_mut(parent).unwrap().as_object_mut().unwrap();
        if bad.is_null() {
            obj.remove(key);
        } else {
            obj.insert(key.into(), bad);
        }
        assert!(!errors(&schema, &broken).is_empty(), "{path} not checked");
    }

    assert_eq!(v["id"], r.m.to_string());
    assert_eq!(v["url"], format!("urn:uuid:{}", r.m));
    assert_eq!(v["datum"], "2026-11-24");
    // Seed 002 Feitenonderzoek 4: the times as `Time` (id: local date and time) and the
    // agreed account as `notulen`; the plain times as the app's own fields.
    assert_eq!(
        v["startTijd"],
        json!({ "id": "2026-11-24T09:30:00", "url": format!("urn:uuid:{}#start", r.m) })
    );
    assert_eq!(
        v["eindTijd"],
        json!({ "id": "2026-11-24T11:05:00", "url": format!("urn:uuid:{}#eind", r.m) })
    );
    assert_eq!(
        (&v["begintijd"], &v["eindtijd"]),
        (&json!("09:30"), &json!("11:05"))
    );
    assert_eq!(v["notulen"], ACCOUNT);
    let zaak = &v["betreft"];
    assert_eq!(zaak["startDatum"], "2026-11-24");
    let besluiten = zaak["heeftBesluit"].as_array().unwrap();
    assert_eq!(besluiten.len(), 1);
    assert_eq!(
        besluiten[0]["omschrijving"],
        "Noah krijgt begeleiding bij het naar school gaan"
    );
    assert_eq!(
        besluiten[0]["reden"],
        "Het verzuim loopt op en de ouders vragen om hulp"
    );
    assert_eq!(besluiten[0]["idCasusoverleg"], r.m.to_string());
    let acties = zaak["heeftActie"].as_array().unwrap();
    assert_eq!(acties.len(), 3);
    let first = &acties[0];
    assert_eq!(
        first["omschrijving"],
        "Een gesprek plannen met beide ouders over de ochtendroutine"
    );
    assert_eq!(first["idCasusoverleg"], r.m.to_string());
    assert_eq!(first["belegdBij"]["naam"], "Wijkteam Delft-Zuid");
    assert_eq!(first["belegdBij"]["url"], format!("urn:uuid:{}", r.lead));
    // An unconditional action has an empty condition; a conditional one its event.
    assert_eq!(first["conditie"], "");
    assert_eq!(
        acties[2]["conditie"],
        "Als Noah weer een dag zonder bericht verzuimt"
    );
    assert_eq!(
        acties[1]["belegdBij"]["url"],
        format!("urn:uuid:{}", r.school)
    );
    // Who each action concerns: whom the items it relies on are about (R11), else the
    // child the meeting is about (the first young person entered).
    let naam = |i: usize| &acties[i]["heeftBetrekkingOp"]["naam"];
    assert_eq!(naam(0)["voornamen"], "Khadija");
    assert_eq!(naam(0)["geslachtsnaam"], "El Amrani-Bouzidi");
    assert_eq!(naam(1)["voornamen"], "Yasmina");
    assert_eq!(naam(2)["voornamen"], "Noah");
    assert_eq!(naam(2)["voorvoegsel"], "van der");
    assert_eq!(naam(2)["geslachtsnaam"], "Berg");
    // R12 for that family member: informed on a day, postponed (with the ground and the
    // review date) or only agreed.
    let informering = |i: usize| acties[i]["informering"].as_str().unwrap().to_owned();
    assert!(
        informering(0).starts_with(&format!("Geïnformeerd op {}", today())),
        "{}",
        informering(0)
    );
    assert!(informering(1).starts_with("Uitgesteld (veiligheid):"));
    assert!(informering(1).contains("Heroverwegen op 2027-01-15."));
    assert!(
        informering(2).starts_with("Afgesproken: Jeroen de Vries (Basisschool De Regenboog)"),
        "{}",
        informering(2)
    );
    // R14c: an action not for the family says so, with the motivation.
    assert!(
        informering(2).ends_with(
            "Deze actie staat niet in de brief aan het gezin: De ouders horen dit zelf van de \
             leerplichtambtenaar."
        ),
        "{}",
        informering(2)
    );
    // The app's own additions: casusregisseur and the notification agreements.
    assert_eq!(
        v["casusregisseur"]["naam"],
        "Annemarie van der Heijden-Bakker"
    );
    let informed = v["gezinGeinformeerd"].as_array().unwrap();
    let statuses: Vec<&str> = informed
        .iter()
        .map(|n| n["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["gedaan", "afgesproken", "uitgesteld"]);
    // No secret address, no item texts, no releases.
    let text = v.to_string();
    for secret in [
        "Geheimstraat",
        "in behandeling",
        "eerste uur.",
        "Nodig om de afspraak",
    ] {
        assert!(!text.contains(secret), "{secret} in export");
    }
}

#[test]
fn outcome_of_an_anonymous_meeting_validates_and_holds_no_family_names() {
    let (_dir, mut store) = new_store();
    let m = anonymous_meeting(&mut store);
    let v = store.meeting_outcome_json(m).unwrap();
    assert_valid_outcome(
        &v,
        false,
        Recorded {
            times: true,
            account: false,
        },
    );
    assert_eq!(v["begintijd"], "14:00");
    let action = &v["betreft"]["heeftActie"][0];
    // R4: the family member by relation only.
    assert!(action["heeftBetrekkingOp"].get("naam").is_none());
    assert!(action["heeftBetrekkingOp"]["url"]
        .as_str()
        .unwrap()
        .starts_with("urn:uuid:"));
}

#[test]
fn outcome_of_an_empty_plan_validates() {
    let (_dir, mut store) = new_store();
    let m = empty_plan_meeting(&mut store);
    let v = store.meeting_outcome_json(m).unwrap();
    assert_valid_outcome(&v, true, NOTHING_RECORDED);
    assert_eq!(v["betreft"]["heeftActie"], json!([]));
}

// ---------------------------------------------------------------------------------------
// Consent records: ISO/IEC TS 27560 in DPV terms
// ---------------------------------------------------------------------------------------

fn record_of<'a>(v: &'a Value, subject_name: &str, given_by: &str) -> &'a Value {
    v["@graph"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| {
            r["dpv:hasDataSubject"]["dct:title"] == subject_name
                && r["dpv:hasConsentStatus"][0]["dpv:isIndicatedBy"]["@type"] == given_by
        })
        .unwrap_or_else(|| panic!("no record for {subject_name} by {given_by}:\n{v:#}"))
}

#[test]
fn consent_records_use_only_dpv_terms_and_the_guides_fields() {
    let (_dir, mut store) = new_store();
    let r = realistic_meeting(&mut store);
    let v = store.consent_records_json(r.m).unwrap();
    assert_dpv_terms_exist(&v);
    let graph = v["@graph"].as_array().unwrap();
    assert_eq!(graph.len(), 3);

    let mother = record_of(&v, "Khadija El Amrani-Bouzidi", "dpv:DataSubject");
    assert_eq!(
        mother["dct:conformsTo"],
        "https://w3id.org/dpv/schema/dpv-27560#record"
    );
    assert_eq!(
        mother["dpv:hasDataSubject"]["@type"],
        json!(["dpv:DataSubject", "dpv:ParentOfDataSubject"])
    );
    assert_eq!(mother["dpv:hasApplicableLaw"], "legal-eu:law-GDPR");
    // History, with the duration of the given consent: the meeting's retention date (R15).
    let given = &mother["dpv:hasConsentStatus"][0];
    assert_eq!(given["@type"], "dpv:ConsentGiven");
    assert_eq!(given["dpv:hasIndicationMethod"], "schriftelijk");
    assert_eq!(given["dpv:hasDuration"]["@type"], "dpv:UntilTimeDuration");
    assert_eq!(given["dpv:hasDuration"]["rdf:value"], "2027-05-24");
    assert_eq!(mother["dpv:hasConsentStatus"].as_array().unwrap().len(), 1);
    // The scope the family agreed to (seed 004 art. 6.4b): recipients and purpose.
    let scope = &mother["dpv:hasProcess"]["dpv:hasScope"];
    assert_eq!(scope["@type"], "dpv:Scope");
    assert_eq!(scope["dct:description"], "Hulp bij de ochtenden afstemmen");
    let scope_to: Vec<&str> = scope["dpv:hasRecipient"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["casus:organisation"].as_str().unwrap())
        .collect();
    assert_eq!(
        scope_to,
        ["Wijkteam Delft-Zuid", "Basisschool De Regenboog"]
    );
    // The notice (the family letter), the right to withdraw and how to do it.
    assert_eq!(mother["dpv:hasNotice"]["@type"], "dpv:ConsentNotice");
    assert_eq!(mother["dpv:hasNotice"]["dct:language"], "nl");
    assert_eq!(
        mother["dpv:hasRight"]["@type"],
        json!(["dpv:DataSubjectRight", "eu-gdpr:A7-3"])
    );
    assert_eq!(
        mother["dpv:hasConsentControl"]["@type"],
        "dpv:WithdrawConsent"
    );
    assert!(mother["dpv:hasConsentControl"]["dpv:isExercisedAt"]
        .as_str()
        .unwrap()
        .contains("GGZ Delfland"));

    // Given by a parent for the child (R8): who, and a withdrawal afterwards (R10).
    let by_father = graph
        .iter()
        .filter(|x| x["dpv:hasDataSubject"]["dct:title"] == "Noah van der Berg")
        .find(|x| x["dpv:hasConsentStatus"].as_array().unwrap().len() == 2)
        .unwrap();
    assert_eq!(
        by_father["dpv:hasDataSubject"]["@type"],
        json!(["dpv:DataSubject", "dpv:Child"])
    );
    let given = &by_father["dpv:hasConsentStatus"][0];
    assert_eq!(
        given["dpv:isIndicatedBy"]["@type"],
        "dpv:ParentOfDataSubject"
    );
    assert_eq!(given["dpv:isIndicatedBy"]["dct:title"], "Mark van der Berg");
    assert_eq!(
        by_father["dpv:hasConsentStatus"][1]["@type"],
        "dpv:ConsentWithdrawn"
    );
    assert!(!v.to_string().contains("Geheimstraat"));
}

#[test]
fn consent_records_of_an_anonymous_meeting_use_dpv_terms_and_no_names() {
    let (_dir, mut store) = new_store();
    let m = anonymous_meeting(&mut store);
    let v = store.consent_records_json(m).unwrap();
    assert_dpv_terms_exist(&v);
    let graph = v["@graph"].as_array().unwrap();
    assert_eq!(graph.len(), 2);
    let by_guardian = graph
        .iter()
        .find(|x| x["dpv:hasConsentStatus"][0]["dpv:isIndicatedBy"]["@type"] != "dpv:DataSubject")
        .unwrap();
    let who = &by_guardian["dpv:hasConsentStatus"][0]["dpv:isIndicatedBy"];
    assert_eq!(who["@type"], "dpv:GuardianOfDataSubject");
    assert!(who.get("dct:title").is_none_or(Value::is_null));
    for r in graph {
        assert!(r["dpv:hasDataSubject"]["dct:title"].is_null());
    }
}

#[test]
fn consent_records_of_an_empty_plan_are_an_empty_graph() {
    let (_dir, mut store) = new_store();
    let m = empty_plan_meeting(&mut store);
    let v = store.consent_records_json(m).unwrap();
    assert_dpv_terms_exist_or_empty(&v);
    assert_eq!(v["@graph"], json!([]));
}

fn assert_dpv_terms_exist_or_empty(v: &Value) {
    for (prefix, iri) in DPV_PREFIXES {
        assert_eq!(v["@context"][*prefix], *iri, "@context {prefix}");
    }
}

/// R10/R8 on a finalized meeting: the mother's consent withdrawn by someone not entitled
/// is refused and changes nothing; by the mother, it is recorded with its day and method,
/// the item loses its basis, each recipient who had it gets an inform task, and marking a
/// task done is dated and audited.
#[test]
fn r10_withdrawal_after_finalize_records_whom_to_inform_and_when_done() {
    let (_dir, mut store) = new_store();
    let r = realistic_meeting(&mut store);
    let flow = store.meeting_flow(r.m).unwrap();
    let (about_mother, mother) = flow
        .record
        .items
        .iter()
        .find_map(|i| match &i.basis {
            Some(Basis::Consent { records, .. })
                if records.iter().any(|c| c.given_by == Consenter::Subject) =>
            {
                Some((i.item.id, records[0].subject))
            }
            _ => None,
        })
        .unwrap();
    let consent = flow.consent_ids[&about_mother][0].clone();
    let other = flow
        .record
        .subjects
        .iter()
        .find(|s| s.subject.id != mother && s.subject.parental_authority)
        .unwrap()
        .subject
        .id;
    let request = |by| domain::WithdrawalRequest {
        by,
        method: ConsentMethod::Written,
        on: today(),
    };
    // The mother is an adult: the father may not withdraw her consent (R8).
    assert!(matches!(
        store.record_consent_withdrawal(
            r.m,
            &consent,
            request(Consenter::Parent { subject_id: other }),
            today(),
            now()
        ),
        Err(store::StoreError::Invalid(
            domain::DomainError::WithdrawerNotEntitled
        ))
    ));
    assert!(store.meeting_flow(r.m).unwrap().withdrawals.is_empty());
    let flow = store
        .record_consent_withdrawal(r.m, &consent, request(Consenter::Subject), today(), now())
        .unwrap();
    let w = &flow.withdrawals[0];
    assert_eq!(w.withdrawal.subject, mother);
    assert_eq!(w.withdrawal.on, today());
    assert_eq!(w.withdrawal.method, ConsentMethod::Written);
    assert!(w.withdrawal.items.contains(&about_mother));
    let informed: BTreeSet<ParticipantId> =
        w.withdrawal.tasks.iter().map(|t| t.recipient).collect();
    assert_eq!(informed, BTreeSet::from([r.lead, r.school]));
    // R10/R14b: no new extract carries the item.
    assert!(!flow.record.released_to(r.school).contains(&about_mother));
    // Marking done: dated from the withdrawal up to today, audited.
    let task = w.task_ids[0].clone();
    let tomorrow = today().succ_opt().unwrap();
    assert!(matches!(
        store.record_withdrawal_informed(r.m, &task, tomorrow, today(), now()),
        Err(store::StoreError::Invalid(
            domain::DomainError::DateOutOfRange { .. }
        ))
    ));
    let flow = store
        .record_withdrawal_informed(r.m, &task, today(), today(), now())
        .unwrap();
    assert_eq!(
        flow.withdrawals[0].withdrawal.tasks[0].done_on,
        Some(today())
    );
    let kinds: Vec<String> = store
        .audit_entries(&store::AuditFilter::default())
        .unwrap()
        .into_iter()
        .map(|e| e.kind)
        .collect();
    assert!(
        kinds.iter().any(|k| k == "withdrawal_inform_done"),
        "{kinds:?}"
    );
}

#[test]
fn an_export_file_is_named_after_its_reference_and_holds_the_same_json() {
    let (_dir, mut store) = new_store();
    let id = seeded_meeting(&mut store, true, 7);
    assert_eq!(store::MeetingExport::parse("bank"), None);
    let consent = store::MeetingExport::parse("consent").unwrap();
    let (name, text) = store.meeting_export_file(id, consent).unwrap();
    let value = store.consent_records_json(id).unwrap();
    let reference = value["casus:meetingReference"].as_str().unwrap();
    assert_eq!(name, format!("{reference}-toestemmingen-iso27560.json"));
    assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), value);
    // The outcome names no top-level reference: the meeting's id stands in (as pinned
    // in the shell's wire tests).
    let outcome = store::MeetingExport::parse("outcome").unwrap();
    let (name, _) = store.meeting_export_file(id, outcome).unwrap();
    assert_eq!(
        name,
        format!("overleg-{}-uitkomst-overleg.json", id.as_uuid().simple())
    );
}
