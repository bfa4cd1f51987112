#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Issue 16: the JSON the UI gets of a realistic meeting (and of the rights register, the
//! reports and the settings), with ids and moments normalised, written to
//! `$WIRE_SNAPSHOT_DIR` when set, so a change of the wire types can be compared before and
//! after. Inputs are built from JSON, as the UI sends them.

use casusoverleg_lib::commands;
use casusoverleg_lib::state::AppState;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};
use std::collections::HashMap;

const PASS: &str = "een lang genoeg wachtwoord";

fn de<T: DeserializeOwned>(v: Value) -> T {
    serde_json::from_value(v).unwrap()
}

fn is_uuid(s: &[u8]) -> bool {
    s.len() == 36
        && s.iter().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => *c == b'-',
            _ => c.is_ascii_hexdigit(),
        })
}

/// Ids become `id-N` in order of first appearance; moments (`YYYY-MM-DDTHH:MM:SSZ`) keep
/// their shape with every digit 0.
fn normalise(v: &mut Value, ids: &mut HashMap<String, usize>) {
    match v {
        Value::String(s) => {
            let b = s.as_bytes();
            if b.len() == 20 && b[10] == b'T' && b[19] == b'Z' {
                *s = s
                    .chars()
                    .map(|c| if c.is_ascii_digit() { '0' } else { c })
                    .collect();
                return;
            }
            let mut out = String::new();
            let mut i = 0;
            while i < b.len() {
                if i + 36 <= b.len() && is_uuid(&b[i..i + 36]) {
                    let id = s[i..i + 36].to_owned();
                    let n = ids.len();
                    let n = *ids.entry(id).or_insert(n);
                    out.push_str(&format!("id-{n}"));
                    i += 36;
                } else {
                    let c = s[i..].chars().next().unwrap();
                    out.push(c);
                    i += c.len_utf8();
                }
            }
            *s = out;
        }
        Value::Array(a) => a.iter_mut().for_each(|x| normalise(x, ids)),
        Value::Object(o) => o.values_mut().for_each(|x| normalise(x, ids)),
        _ => {}
    }
}

fn dump(name: &str, value: &impl Serialize, ids: &mut HashMap<String, usize>) {
    let mut v = serde_json::to_value(value).unwrap();
    normalise(&mut v, ids);
    let text = serde_json::to_string_pretty(&v).unwrap();
    if let Ok(dir) = std::env::var("WIRE_SNAPSHOT_DIR") {
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(format!("{dir}/{name}.json"), text).unwrap();
    }
}

struct M<'a> {
    s: &'a AppState,
    m: String,
}

impl M<'_> {
    fn participant(&self, name: &str, role: &str, org: &str, extra: Value) -> String {
        let mut v = json!({
            "meetingId": self.m, "name": name, "organisation": format!("{org} Den Haag"),
            "function": "", "phone": "", "email": "", "role": role,
            "organisationType": org, "secrecy": true,
        });
        for (k, x) in extra.as_object().unwrap() {
            v[k] = x.clone();
        }
        commands::participants::add_participant(self.s, de(v))
            .unwrap()
            .id
    }
    fn subject(&self, relation: &str, name: &str, birth: &str, authority: bool) -> String {
        let f = commands::family::add_subject(
            self.s,
            de(
                json!({"meetingId": self.m, "relation": relation, "name": name,
                "birthDate": birth, "present": false, "parentalAuthority": authority}),
            ),
        )
        .unwrap();
        f.subjects.last().unwrap().id.clone()
    }
    fn item(&self, by: &str, text: &str, category: &str, about: &[&str]) -> String {
        commands::items::add_item(
            self.s,
            de(
                json!({"meetingId": self.m, "contributorId": by, "text": text, "kind": "fact",
                "category": category, "source": "own", "subjectIds": about}),
            ),
        )
        .unwrap()
        .id
    }
    fn basis(&self, item: &str, about: &[&str], basis: Value) {
        commands::items::set_item_basis(
            self.s,
            de(json!({"meetingId": self.m, "itemId": item, "subjectIds": about, "basis": basis})),
        )
        .unwrap();
    }
    fn action(&self, who: &str, what: &str, relies: &[&str], extra: Value) -> String {
        let mut v = json!({"meetingId": self.m, "who": who, "what": what, "due": "2026-12-20",
            "reliesOn": relies});
        for (k, x) in extra.as_object().unwrap() {
            v[k] = x.clone();
        }
        let f = commands::plan::add_action(self.s, de(v)).unwrap();
        f.actions.last().unwrap().id.to_string()
    }
    fn release(&self, item: &str, to: &str, choice: Value) {
        commands::releases::decide_release(
            self.s,
            de(json!({"meetingId": self.m, "itemId": item, "recipientId": to, "choice": choice})),
        )
        .unwrap();
    }
    fn notify(&self, about: &[&str], informer: &str, method: &str, timing: Value) -> String {
        let f = commands::notification::add_notification(
            self.s,
            de(
                json!({"meetingId": self.m, "subjectIds": about, "informer": informer,
                "method": method, "timing": timing}),
            ),
        )
        .unwrap();
        f.notifications.last().unwrap().id.clone()
    }
}

#[test]
fn the_wire_json_of_a_realistic_meeting_can_be_dumped() {
    let dir = tempfile::tempdir().unwrap();
    let state = AppState::new(dir.path().to_path_buf());
    commands::lock::create_store(&state, PASS, PASS).unwrap();
    let mut ids = HashMap::new();
    let s = &state;
    let m = commands::meeting::create_meeting(
        s,
        de(
            json!({"caseLabel": "Gezin Draad", "date": "2026-11-24", "purpose": "Veiligheid",
            "criteria": "Meerdere hulpverleners", "familyPresent": false,
            "familyAbsenceReason": "Moeder wil eerst zelf met school praten."}),
        ),
    )
    .unwrap()
    .id;
    let mt = M { s, m: m.clone() };
    let lead = mt.participant("Anna Regie", "caseLead", "wijkteam", json!({}));
    let gp = mt.participant(
        "Dokter Bos",
        "contentRole",
        "huisarts",
        json!({"function": "Huisarts", "phone": "070 123 4567", "email": "bos@example.nl"}),
    );
    let school = mt.participant(
        "Meester Jan",
        "informant",
        "onderwijs",
        json!({"secrecy": false}),
    );
    let expert = mt.participant("Vera Veilig", "expert", "veilig_thuis", json!({}));
    let mother = mt.subject("parent", "Moeder", "1988-03-01", true);
    let father = mt.subject("parent", "Vader", "1986-07-12", true);
    let youth = mt.subject("youth", "Kind", "2014-11-24", false);
    for p in [&lead, &gp, &school, &expert] {
        commands::participants::record_pledge(s, &m, p).unwrap();
    }
    let i_consent = mt.item(&lead, "Kind verzuimt school", "general", &[&youth]);
    mt.basis(
        &i_consent,
        &[&youth],
        json!({"kind": "consent", "notCompetent": []}),
    );
    commands::items::add_consent(
        s,
        de(
            json!({"meetingId": m, "itemId": i_consent, "subjectId": youth,
            "givenBy": {"kind": "subject"}, "method": "verbal",
            "scopeRecipients": [lead, gp], "scopePurpose": "Hulp afstemmen"}),
        ),
    )
    .unwrap();
    let legal = commands::meeting::reference_data()
        .organisation_types
        .into_iter()
        .find(|t| t.code == "wijkteam")
        .unwrap()
        .legal_bases[0]
        .code
        .clone();
    let i_legal = mt.item(&lead, "Schuldhulp loopt", "general", &[&mother]);
    mt.basis(
        &i_legal,
        &[&mother],
        json!({"kind": "legal", "legalBasis": legal}),
    );
    let i_conflict = mt.item(&gp, "Moeder is onder behandeling", "special", &[&mother]);
    mt.basis(
        &i_conflict,
        &[&mother],
        json!({"kind": "conflictOfDuties", "motivation": "De veiligheid van het kind gaat voor",
            "answers": {"legitimatePurpose": true, "onlyWay": true,
                "consentAskedOrImpossible": true, "childInterestOutweighs": true}}),
    );
    let i_school = mt.item(&school, "Kind komt vaak te laat", "general", &[&youth]);
    let school_basis = commands::meeting::reference_data()
        .organisation_types
        .into_iter()
        .find(|t| t.code == "onderwijs")
        .unwrap()
        .legal_bases[0]
        .code
        .clone();
    let a_lead = mt.action(&lead, "Gesprek met school", &[&i_conflict], json!({}));
    let a_gp = mt.action(
        &gp,
        "Doorverwijzen naar jeugd-GGZ",
        &[&i_consent],
        json!({"condition": "Als moeder instemt"}),
    );
    let f = commands::plan::add_decision(
        s,
        de(json!({"meetingId": m, "what": "Hulp via wijkteam", "why": "Het wijkteam staat dicht bij het gezin",
            "restsOn": [i_legal]})),
    )
    .unwrap();
    let d = f.decisions.last().unwrap().decision.id.to_string();
    commands::plan::add_dissent(
        s,
        de(
            json!({"meetingId": m, "decisionId": d, "participantId": school,
            "why": "De school ziet het probleem heel anders"}),
        ),
    )
    .unwrap();
    let _a_dec = mt.action(
        &expert,
        "Veiligheidsplan maken",
        &[],
        json!({"decisionId": d, "condition": ""}),
    );
    commands::plan::set_action_for_family(s, &m, &a_lead, de(json!({"kind": "checked"}))).unwrap();
    commands::plan::set_action_for_family(
        s,
        &m,
        &a_gp,
        de(json!({"kind": "notForFamily", "motivation": "Dit is nog niet met de familie besproken"})),
    )
    .unwrap();
    commands::plan::set_decision_for_family(s, &m, &d, de(json!({"kind": "checked"}))).unwrap();
    mt.release(
        &i_consent,
        &gp,
        json!({"kind": "release", "actionId": a_gp, "motivation": ""}),
    );
    mt.release(
        &i_conflict,
        &lead,
        json!({"kind": "release", "actionId": a_lead, "motivation": "Nodig voor het gesprek met de school"}),
    );
    mt.release(&i_legal, &gp, json!({"kind": "stays"}));
    mt.notify(&[], &lead, "conversation", json!({"kind": "beforehand"}));
    mt.notify(
        &[&mother],
        &gp,
        "letter",
        json!({"kind": "afterwards", "motivation": "Eerst moet de uitslag van het onderzoek er zijn"}),
    );
    let postponed = mt.notify(
        &[&youth, &father],
        &lead,
        "folder",
        json!({"kind": "postponed", "ground": "safety", "motivation": "Er is gevaar voor het kind thuis als dit bekend wordt",
            "reviewDate": "2027-03-01"}),
    );
    commands::participants::set_complaint_route(s, &m, &gp, "Klachtenfunctionaris huisartsen")
        .unwrap();
    commands::family::add_voice(
        s,
        de(
            json!({"meetingId": m, "voiceSubject": mother, "voiceKind": "view",
            "voiceChannel": "byCaseLead", "voiceText": "Moeder wil rust",
            "voiceAnswer": "Daar houden we rekening mee"}),
        ),
    )
    .unwrap();
    commands::family::add_voice(
        s,
        de(
            json!({"meetingId": m, "voiceSubject": youth, "voiceKind": "wish",
            "voiceChannel": "inWriting", "voiceText": "Bij oma logeren"}),
        ),
    )
    .unwrap();
    let draft = commands::meeting::get_meeting_flow(s, &m).unwrap();
    dump("draft", &draft, &mut ids);

    // Attendance (its own meeting copy: apologies and an observer open points).
    let observer = mt.participant(
        "Olga Oog",
        "expert",
        "overig",
        json!({"expertiseOnly": true, "secrecy": false}),
    );
    commands::participants::set_attendance(
        s,
        de(
            json!({"meetingId": m, "participantId": school, "attendance": "apologies",
            "infoSent": true}),
        ),
    )
    .unwrap();
    let f = commands::participants::set_attendance(
        s,
        de(json!({"meetingId": m, "participantId": observer, "attendance": "observer"})),
    )
    .unwrap();
    dump("attendance", &f, &mut ids);
    commands::participants::set_attendance(
        s,
        de(json!({"meetingId": m, "participantId": school, "attendance": "present"})),
    )
    .unwrap();
    commands::participants::remove_participant(s, &m, &observer).unwrap();
    let bulk = commands::releases::decide_releases_bulk(
        s,
        de(json!({"meetingId": m, "scope": {"kind": "matrix"}})),
    )
    .unwrap();
    dump("bulk", &bulk, &mut ids);

    mt.basis(
        &i_school,
        &[&youth],
        json!({"kind": "legal", "legalBasis": school_basis}),
    );
    // Finalized: notifications done and lifted, then the follow-up with carried actions.
    let fin = commands::finalize::finalize_meeting(s, &m);
    if let Ok(fin) = fin {
        dump("finalized", &fin, &mut ids);
        let n0 = fin.notifications[0].id.clone();
        commands::notification::record_notification_done(s, &m, &n0, "2026-12-01").unwrap();
        let f = commands::notification::lift_postponement(s, &m, &postponed, "2026-12-02").unwrap();
        dump("finalized-after", &f, &mut ids);
        let follow = commands::meeting::create_follow_up(
            s,
            de(json!({"previousMeetingId": m, "date": "2026-12-10",
                "participantIds": [lead, gp], "subjectIds": [mother, youth]})),
        )
        .unwrap();
        if let Some(c) = follow.carried_actions.first() {
            commands::plan::set_carried_status(
                s,
                de(
                    json!({"meetingId": follow.id, "carriedId": c.id, "done": false,
                    "reason": "notActedUpon", "note": "Geen tijd"}),
                ),
            )
            .unwrap();
        }
        let follow = commands::meeting::get_meeting_flow(s, &follow.id).unwrap();
        dump("follow-up", &follow, &mut ids);
        let last = commands::meeting::last_time(s, &follow.id).unwrap();
        dump("last-time", &last, &mut ids);
    } else {
        dump("finalize-refused", &format!("{fin:?}"), &mut ids);
    }

    // Rights register.
    let known = commands::rights::known_subjects(s, "Moeder").unwrap();
    dump("known-subjects", &known, &mut ids);
    let key = known[0].key.clone();
    let r1 = commands::rights::register_rights_request(
        s,
        de(
            json!({"subjectKey": key, "kind": "access", "requester": "subject",
            "requesterName": "Moeder", "receivedOn": "2026-12-01"}),
        ),
    )
    .unwrap();
    let r2 = commands::rights::register_rights_request(
        s,
        de(
            json!({"subjectKey": key, "kind": "objection", "requester": "subject",
            "requesterName": "Moeder", "receivedOn": "2026-11-01"}),
        ),
    )
    .unwrap();
    commands::rights::extend_rights_request(
        s,
        &r1.id,
        "Wij hebben meer tijd nodig voor een goed antwoord",
    )
    .unwrap();
    commands::rights::refuse_rights_request(
        s,
        &r2.id,
        "Er is een zwaarwegend belang van een ander",
    )
    .unwrap();
    let r3 = commands::rights::register_rights_request(
        s,
        de(
            json!({"subjectKey": key, "kind": "access", "requester": "subject",
            "requesterName": "Moeder", "receivedOn": "2026-12-02"}),
        ),
    )
    .unwrap();
    let g = commands::rights::grant_rights_request(s, &r3.id).unwrap();
    dump("grant", &g, &mut ids);
    let list = commands::rights::list_rights_requests(s).unwrap();
    dump("rights", &list, &mut ids);

    // Reports and settings.
    let report = commands::reports::management_report(s, de(json!({"period": "2026"}))).unwrap();
    dump("report", &report, &mut ids);
    let breach = commands::reports::register_breach(
        s,
        de(json!({"discoveredAt": "2026-12-01T10:00:00Z", "description": "Laptop van de voorzitter is kwijt in de trein",
            "meetingId": m})),
    )
    .unwrap();
    let lists = commands::reports::breach_lists(s, &breach.id).unwrap();
    dump("breach-lists", &lists, &mut ids);
    let impact = commands::reports::breach_impact(s, de(json!({"all": true}))).unwrap();
    dump("breach-impact", &impact, &mut ids);
    let log = commands::reports::audit_log(s, de(json!({}))).unwrap();
    dump("audit-log-total", &log.total, &mut ids);
    dump(
        "settings",
        &commands::settings::get_settings(s).unwrap(),
        &mut ids,
    );
    dump(
        "organisation",
        &commands::settings::organisation_settings(s).unwrap(),
        &mut ids,
    );
    dump(
        "documents",
        &commands::documents::list_documents(s, &m).unwrap(),
        &mut ids,
    );
    dump("store-state", &commands::lock::store_state(s), &mut ids);
}
