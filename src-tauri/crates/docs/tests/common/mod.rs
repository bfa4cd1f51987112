#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, dead_code)]
//! Shared helpers of the docs tests: real PDF readers (poppler's `pdftotext`/`pdffonts`,
//! `qpdf`), and meetings built through the real store API in a real encrypted store.

use chrono::{NaiveDate, Utc};
use domain::{
    Basis, Category, ConsentMethod, Consenter, ItemId, ItemInput, Kind, LegalBasis, MeetingId,
    MeetingInput, NotificationInput, NotificationMethod, NotificationScope, NotificationTiming,
    OrganisationType, ParticipantId, ParticipantInput, Relation, ReleaseChoice, Role, SubjectInput,
};
use std::collections::BTreeSet;
use std::io::Write;
use std::process::Command;
use store::{ParticipantExtra, Store};

pub const PASS: &str = "een lang genoeg wachtwoord voor de documenten";

/// Part of every generated secret address (R14: never in any document).
pub const SECRET_ADDRESS_MARKER: &str = "GEHEIMADRESMARKER";

pub fn printed_on() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

fn tool(name: &str, args: &[&str], pdf: &[u8]) -> (i32, String, String) {
    let mut file = tempfile::Builder::new().suffix(".pdf").tempfile().unwrap();
    file.write_all(pdf).unwrap();
    file.flush().unwrap();
    let path = file.path().to_str().unwrap().to_owned();
    let mut all: Vec<&str> = args.to_vec();
    all.push(&path);
    if name == "pdftotext" {
        all.push("-");
    }
    let out = Command::new(name).args(&all).output().unwrap_or_else(|e| {
        panic!("`{name}` is needed for this test (apt-get install poppler-utils qpdf): {e}")
    });
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The text of every page, read back by poppler (an independent PDF reader).
pub fn pdf_pages(pdf: &[u8]) -> Vec<String> {
    let (code, text, err) = tool("pdftotext", &["-enc", "UTF-8"], pdf);
    assert_eq!(code, 0, "pdftotext failed: {err}");
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_owned).collect();
    // pdftotext ends the last page with a form feed too.
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

/// The images in the PDF as `pdfimages -list` sees them: (page, width, height, color).
pub fn pdf_images(pdf: &[u8]) -> Vec<(u32, u32, u32, String)> {
    let (code, out, err) = tool("pdfimages", &["-list"], pdf);
    assert_eq!(code, 0, "pdfimages: {err}");
    out.lines()
        .skip(2)
        .map(|l| {
            let c: Vec<&str> = l.split_whitespace().collect();
            (
                c[0].parse().unwrap(),
                c[3].parse().unwrap(),
                c[4].parse().unwrap(),
                c[5].to_owned(),
            )
        })
        .collect()
}

/// `qpdf --check` accepts the file without errors or warnings.
pub fn assert_qpdf_ok(pdf: &[u8]) {
    let (code, out, err) = tool("qpdf", &["--check"], pdf);
    assert_eq!(code, 0, "qpdf --check: {out}\n{err}");
}

/// Every embedded font is embedded, subset and has a ToUnicode map.
pub fn assert_fonts_subset(pdf: &[u8]) {
    let (code, out, err) = tool("pdffonts", &[], pdf);
    assert_eq!(code, 0, "pdffonts: {err}");
    let fonts: Vec<&str> = out.lines().skip(2).collect();
    assert!(!fonts.is_empty(), "no fonts: {out}");
    for f in fonts {
        let cols: Vec<&str> = f.split_whitespace().collect();
        // name type... emb sub uni object ID
        let n = cols.len();
        assert!(n >= 7, "{f}");
        assert_eq!(
            &cols[n - 5..n - 2],
            &["yes", "yes", "yes"],
            "emb/sub/uni: {f}"
        );
        assert!(cols[0].contains('+'), "subset prefix: {f}");
    }
}

/// R14: every page says "Vertrouwelijk", "pagina x van y" and the printing date.
pub fn assert_every_page_marked(pages: &[String], meeting_ref: &str) {
    let total = pages.len();
    assert!(total > 0);
    for (n, page) in pages.iter().enumerate() {
        let flat = flatten(page);
        assert!(flat.contains("Vertrouwelijk"), "page {}: {flat}", n + 1);
        assert!(flat.contains(meeting_ref), "page {} lacks the ref", n + 1);
        assert!(
            flat.contains(&format!("pagina {} van {total}", n + 1)),
            "page {}: {flat}",
            n + 1
        );
        assert!(flat.contains("afgedrukt op 25-11-2026"), "page {}", n + 1);
    }
}

/// Whitespace (line breaks from the word wrap) collapsed to single spaces.
pub fn flatten(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every `Mk<digits>i<digits>x` marker in `text`.
pub fn markers(text: &str) -> BTreeSet<String> {
    let b = text.as_bytes();
    let mut out = BTreeSet::new();
    let mut i = 0;
    while i + 2 < b.len() {
        if b[i] == b'M' && b[i + 1] == b'k' {
            let mut j = i + 2;
            let digits = |j: &mut usize| {
                let s = *j;
                while *j < b.len() && b[*j].is_ascii_digit() {
                    *j += 1;
                }
                *j > s
            };
            if digits(&mut j) && j < b.len() && b[j] == b'i' {
                j += 1;
                if digits(&mut j) && j < b.len() && b[j] == b'x' {
                    out.insert(text[i..=j].to_owned());
                    i = j;
                }
            }
        }
        i += 1;
    }
    out
}

/// What one random meeting looks like.
#[derive(Debug, Clone)]
pub struct Spec {
    /// Roles of participants after the case lead.
    pub others: Vec<Role>,
    /// Per participant (incl. the case lead at 0): carries out an action.
    pub has_action: Vec<bool>,
    pub items: Vec<ItemSpec>,
    /// Decision per (item, participant): 0 released, 1 stays in the meeting. Only used
    /// where the participant has an action and is not the contributor; everyone else
    /// stays undecided (no row).
    pub decisions: Vec<Vec<u8>>,
    /// Extra words of ordinary text per item (benchmarks: realistic item lengths).
    pub filler: usize,
}

#[derive(Debug, Clone)]
pub struct ItemSpec {
    pub contributor: usize,
    pub kind: Kind,
    pub category: Category,
    /// On consent of its own (adult) subject instead of a legal ground.
    pub consent: bool,
    /// That consent is withdrawn after the meeting was finalized (R10).
    pub withdraw: bool,
}

#[derive(Debug)]
pub struct Built {
    pub id: MeetingId,
    pub participants: Vec<ParticipantId>,
    pub markers: Vec<String>,
    /// Per participant: markers of the items that must be in their extract.
    pub expected: Vec<BTreeSet<String>>,
}

fn wijkteam(name: &str, role: Role) -> ParticipantInput {
    ParticipantInput {
        name: name.into(),
        organisation: "Wijkteam Zuid".into(),
        function: "Gezinscoach".into(),
        phone: "020-1234567".into(),
        email: "coach@wijkteam.example.nl".into(),
        role,
        expertise_only: false,
    }
}

/// Builds, decides and finalizes one meeting through the store API; consents marked
/// `withdraw` are withdrawn after finalizing.
pub fn build(store: &mut Store, n: usize, spec: &Spec) -> Built {
    let now = Utc::now();
    let m = store
        .create_meeting(
            &MeetingInput {
                case_label: format!("Casus {n}"),
                date: "2026-11-24".into(),
                purpose: "Afstemmen van de hulp aan het gezin".into(),
                criteria: "Zorgen over de veiligheid thuis; meerdere hulpverleners betrokken."
                    .into(),
                family_present: false,
                family_absence_reason: "Moeder wil eerst zelf met de school praten.".into(),
                anonymous: false,
            },
            now,
        )
        .unwrap()
        .id;
    let extra = ParticipantExtra {
        organisation_type: OrganisationType::Wijkteam,
        secrecy: true,
    };
    let mut participants = vec![
        store
            .add_participant_with(m, &wijkteam("Anna Regie", Role::CaseLead), extra, now)
            .unwrap()
            .id,
    ];
    for (k, role) in spec.others.iter().enumerate() {
        let name = format!("Deelnemer {k} Zoë");
        participants.push(
            store
                .add_participant_with(m, &wijkteam(&name, *role), extra, now)
                .unwrap()
                .id,
        );
    }
    for p in &participants {
        store.record_pledge(m, *p, now).unwrap();
    }
    let mut items: Vec<(ItemId, String)> = Vec::new();
    let mut consents: Vec<(usize, domain::SubjectId)> = Vec::new();
    for (k, it) in spec.items.iter().enumerate() {
        let marker = format!("Mk{n}i{k}x");
        let by = participants[it.contributor % participants.len()];
        let input = ItemInput {
            contributor: by,
            text: format!(
                "Inbreng {marker} over school en thuis, één café.{}",
                " Moeder vertelt dat het thuis onrustig is.".repeat(spec.filler)
            ),
            kind: it.kind,
            category: it.category,
            source: domain::SourceKind::ThirdParty,
            source_detail: "mentor op school".into(),
        };
        let item = if it.consent {
            let flow = store
                .add_subject(
                    m,
                    &SubjectInput {
                        relation: Relation::Parent,
                        name: format!("Ouder {k}"),
                        birth_date: "1980-05-01".into(),
                        parental_authority: true,
                    },
                    k % 2 == 0,
                    now,
                )
                .unwrap();
            let subject = flow.record.subjects.last().unwrap().subject.id;
            // R14: a secret address that no document may ever show.
            store
                .set_secret_address(
                    m,
                    subject,
                    Some(
                        domain::SecretAddress::parse(&format!(
                            "Geheimstraat {k}, {SECRET_ADDRESS_MARKER}"
                        ))
                        .unwrap(),
                    ),
                    now,
                )
                .unwrap();
            let item = store.add_item_about(m, &input, &[subject], now).unwrap().id;
            store
                .set_item_basis(
                    m,
                    item,
                    vec![subject],
                    Basis::Consent {
                        records: vec![],
                        not_competent: vec![],
                    },
                    now,
                )
                .unwrap();
            let scope = scope_all(store, m);
            store
                .add_consent(
                    m,
                    item,
                    store::ConsentGiven {
                        subject,
                        given_by: Consenter::Subject,
                        method: ConsentMethod::Written,
                        scope,
                    },
                    now,
                )
                .unwrap();
            if it.withdraw {
                consents.push((k, subject));
            }
            item
        } else {
            let item = store.add_item(m, &input, now).unwrap().id;
            store
                .set_item_basis(
                    m,
                    item,
                    vec![],
                    Basis::Legal(LegalBasis::JeugdwetArt2_3),
                    now,
                )
                .unwrap();
            item
        };
        items.push((item, marker));
    }
    let mut actions = vec![None; participants.len()];
    for (k, p) in participants.iter().enumerate() {
        if spec.has_action.get(k).copied().unwrap_or(false) {
            let flow = store
                .add_action(
                    m,
                    &domain::ActionInput {
                        who: *p,
                        what: format!("Afspraak voor deelnemer {k}"),
                        due: "2026-12-15".into(),
                        relies_on: vec![],
                        // The first action is conditional (R11).
                        condition: if k == 0 {
                            "Het verzuim loopt weer op".into()
                        } else {
                            String::new()
                        },
                        decision: None,
                    },
                    now,
                )
                .unwrap();
            actions[k] = Some(flow.record.actions.last().unwrap().id);
        }
    }
    let mut expected = vec![BTreeSet::new(); participants.len()];
    for (k, (item, marker)) in items.iter().enumerate() {
        let contributor = spec.items[k].contributor % participants.len();
        for (r, p) in participants.iter().enumerate() {
            let Some(action) = actions[r] else { continue };
            if r == contributor {
                continue;
            }
            let release = spec.decisions[k][r % spec.decisions[k].len()] == 0;
            let choice = if release {
                if !spec.items[k].withdraw {
                    expected[r].insert(marker.clone());
                }
                ReleaseChoice::Release {
                    action,
                    motivation: Some(
                        domain::Prose::parse(
                            "Nodig voor de afspraak",
                            domain::Field::Motivation,
                            100,
                        )
                        .unwrap(),
                    ),
                }
            } else {
                ReleaseChoice::StayInMeeting
            };
            store.decide_release(m, *item, *p, choice, now).unwrap();
        }
    }
    store
        .add_notification(
            m,
            NotificationInput {
                about: NotificationScope::WholeFamily,
                informer: participants[0],
                method: NotificationMethod::Conversation,
                timing: NotificationTiming::Beforehand,
            },
            now,
        )
        .unwrap();
    if let Err(e) = store.finalize_meeting(m, now) {
        panic!("generator made an unfinishable meeting: {e:?}");
    }
    // R10: withdrawal after finalizing.
    for (k, _) in consents {
        let flow = store.meeting_flow(m).unwrap();
        let id = flow.consent_ids[&items[k].0][0].clone();
        store.withdraw_consent(m, &id, Utc::now()).unwrap();
    }
    Built {
        id: m,
        participants,
        markers: items.into_iter().map(|(_, mk)| mk).collect(),
        expected,
    }
}

/// Seed 004 art. 6.4b: a consent scope reaching every participant of the meeting.
pub fn scope_all(store: &store::Store, meeting: domain::MeetingId) -> domain::ConsentScope {
    let record = store.meeting_flow(meeting).unwrap().record;
    domain::ConsentScope::Given {
        recipients: record
            .participants
            .iter()
            .map(|p| p.participant.id)
            .collect(),
        purpose: domain::Prose::parse("Hulp afstemmen", domain::Field::ConsentPurpose, 100)
            .unwrap(),
    }
}
