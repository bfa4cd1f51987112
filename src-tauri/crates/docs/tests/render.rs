#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! R14: the documents, rendered from real store data and read back with poppler: marking
//! and page numbers on every page, Dutch diacritics, long and many items, emoji, and the
//! refusals (only finalized meetings, only participants of the meeting).

mod common;
use chrono::Utc;
use common::*;
use domain::{
    Category, ComplaintLine, ContactLine, DocumentHeader, ExtractItem, FamilyLetterData,
    FamilyMember, Kind, LetterAction, LetterCondition, MeetingId, ParticipantId, PersonLine,
    RecipientExtract, RightsParagraph, Role, VoiceLine,
};
use store::{Store, StoreError};

fn header() -> DocumentHeader {
    DocumentHeader {
        meeting_ref: "CO-20261124-3f9a1c".into(),
        meeting_date: chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(),
        printed_on: printed_on(),
        audit_position: None,
        organisation: None,
    }
}

fn extract_with(texts: Vec<String>) -> RecipientExtract {
    RecipientExtract {
        header: header(),
        case_label: "Gezin Zoë".into(),
        recipient: PersonLine {
            name: "Jeroen Üzümcü".into(),
            organisation: "GGZ Café-Noord".into(),
            function: None,
            role: Role::ContentRole,
            expertise_only: false,
        },
        items: texts
            .into_iter()
            .enumerate()
            .map(|(n, text)| ExtractItem {
                number: n as u32 + 1,
                text,
                kind: Kind::Opinion,
                category: Category::Special,
                contributor: "Zoë de Vries".into(),
                contributor_organisation: "Wijkteam Zuid".into(),
                source: domain::Source::parse(domain::SourceKind::Document, "verslag van school")
                    .unwrap(),
                action: "Gesprek met de ouders voeren".into(),
                due: chrono::NaiveDate::from_ymd_opt(2026, 12, 15).unwrap(),
                motivation: Some("Nodig voor het gesprek".into()),
            })
            .collect(),
    }
}

fn read(pdf: &[u8]) -> Vec<String> {
    assert_qpdf_ok(pdf);
    assert_fonts_subset(pdf);
    let pages = pdf_pages(pdf);
    assert_every_page_marked(&pages, &header().meeting_ref);
    pages
}

#[test]
fn r14_dutch_diacritics_round_trip_through_the_pdf() {
    let pdf =
        docs::render_extract(&extract_with(vec!["één café, Zoë en ĳsjes: naïef".into()])).unwrap();
    let text = flatten(&read(&pdf).concat());
    for s in [
        "één café, Zoë en ĳsjes: naïef",
        "Jeroen Üzümcü",
        "GGZ Café-Noord",
    ] {
        assert!(text.contains(s), "{s} in {text}");
    }
    assert!(text.contains("mening, bijzonder persoonsgegeven"));
    assert!(text.contains("Alleen te gebruiken voor: Gesprek met de ouders voeren"));
}

#[test]
fn r14_an_item_of_50_kb_wraps_and_spans_pages_without_losing_words() {
    let words: Vec<String> = (0..6_000).map(|n| format!("w{n:04}")).collect();
    let text = words.join(" ");
    assert!(text.len() >= 35_000);
    let long = format!("{text} {}", "ä".repeat(8_000)); // a word far longer than a line
    assert!(long.len() >= 50_000);
    let pdf = docs::render_extract(&extract_with(vec![long])).unwrap();
    let pages = read(&pdf);
    assert!(pages.len() >= 5, "{} pages", pages.len());
    let all = pages.concat();
    for w in [&words[0], &words[2_999], &words[5_999]] {
        assert!(all.contains(w.as_str()), "{w}");
    }
    let umlauts = all.chars().filter(|c| *c == 'ä').count();
    assert_eq!(umlauts, 8_000);
}

#[test]
fn r14_five_hundred_items_render_on_numbered_pages() {
    let texts = (0..500)
        .map(|n| format!("Gegeven nummer Mk1i{n}x."))
        .collect();
    let pdf = docs::render_extract(&extract_with(texts)).unwrap();
    let pages = read(&pdf);
    assert!(pages.len() > 20);
    assert_eq!(markers(&pages.concat()).len(), 500);
}

#[test]
fn r14_emoji_print_as_a_visible_placeholder() {
    let pdf =
        docs::render_extract(&extract_with(vec!["Het gaat goed 🙂 met 👨‍👩‍👧 thuis.".into()])).unwrap();
    let text = flatten(&read(&pdf).concat());
    let p = docs::PLACEHOLDER;
    assert!(
        text.contains(&format!("Het gaat goed {p} met {p}{p}{p} thuis.")),
        "{text}"
    );
}

fn letter(rights: Vec<RightsParagraph>) -> FamilyLetterData {
    FamilyLetterData {
        header: header(),
        to: Some(FamilyMember {
            relation: domain::Relation::Parent,
            name: Some("Fatima El Amrani".into()),
        }),
        language: domain::LetterLanguage::Nl,
        present: false,
        purpose: Some("Samen kijken hoe school en thuis beter kunnen.".into()),
        actions: vec![
            LetterAction {
                who: "Anna Regie".into(),
                organisation: "Wijkteam Zuid".into(),
                what: Some("Een gesprek plannen met de ouders.".into()),
                due: chrono::NaiveDate::from_ymd_opt(2026, 12, 15).unwrap(),
                condition: LetterCondition::Shown("Noah verzuimt weer een dag".into()),
            },
            LetterAction {
                who: "Bert Bakker".into(),
                organisation: "GGZ Café-Noord".into(),
                what: None,
                due: chrono::NaiveDate::from_ymd_opt(2026, 12, 20).unwrap(),
                condition: LetterCondition::General,
            },
        ],
        decisions: vec![
            domain::LetterDecision {
                checked: Some((
                    "Noah gaat naar de naschoolse opvang".into(),
                    "Zo is hij na school niet alleen thuis".into(),
                )),
            },
            domain::LetterDecision { checked: None },
        ],
        voices: vec![
            VoiceLine {
                member: None,
                kind: domain::VoiceKind::Objection,
                channel: domain::VoiceChannel::InWriting,
                text: "Ik wil niet dat de huisarts alles hoort".into(),
                answer: Some("De huisarts krijgt alleen wat nodig is voor de afspraak".into()),
            },
            VoiceLine {
                member: None,
                kind: domain::VoiceKind::Wish,
                channel: domain::VoiceChannel::InPerson,
                text: "Ik wil op dezelfde school blijven.".into(),
                answer: None,
            },
        ],
        contact: ContactLine {
            name: "Anna Regie".into(),
            organisation: "Wijkteam Zuid".into(),
            function: Some("Gezinscoach".into()),
            phone: Some("020-1234567".into()),
            email: Some("anna@wijkteam.example.nl".into()),
        },
        rights,
        complaints: vec![
            ComplaintLine {
                organisation: "Wijkteam Zuid".into(),
                route: Some("klachtenfunctionaris, klachten@wijkteam.example.nl".into()),
            },
            ComplaintLine {
                organisation: "GGZ Café-Noord".into(),
                route: None,
            },
        ],
    }
}

#[test]
fn r14_family_letter_is_plain_dutch_with_rights_and_complaints() {
    let pdf = docs::render_family_letter(&letter(vec![
        RightsParagraph::Rights,
        RightsParagraph::ConsentWithdrawal,
    ]))
    .unwrap();
    let text = flatten(&read(&pdf).concat());
    for s in [
        "Beste Fatima El Amrani,",
        "Samen kijken hoe school en thuis beter kunnen.",
        "Een gesprek plannen met de ouders.",
        // Unchecked text: a neutral sentence instead of the professional's words.
        "Bert Bakker (GGZ Café-Noord) gaat iets doen voor uw gezin.",
        // R11: a checked condition in the chair's words, an unchecked one in general.
        "Dit gebeurt alleen onder deze voorwaarde: Noah verzuimt weer een dag.",
        "Dit gebeurt alleen als het nodig is.",
        // Seed 002: a decision and why in checked words, an unchecked one in general.
        "Wat heeft het overleg besloten?",
        "Noah gaat naar de naschoolse opvang. Waarom: Zo is hij na school niet alleen thuis.",
        "Het overleg heeft ook een besluit genomen. Uw contactpersoon legt u uit wat dat is en waarom.",
        // Issue 17 point 1: the addressee's own words and the meeting's answer.
        "Wat u zelf liet weten",
        "Uw bezwaar: Ik wil niet dat de huisarts alles hoort. Het antwoord van het overleg: De huisarts krijgt alleen wat nodig is voor de afspraak.",
        "Uw wens: Ik wil op dezelfde school blijven.",
        "Uiterlijk 15-12-2026",
        "Uw contactpersoon is Anna Regie van Wijkteam Zuid.",
        "telefoon 020-1234567",
        "Dit heet inzage.",
        "Dit heet correctie.",
        "Dit heet beperking.",
        "Dit heet bezwaar.",
        "binnen één maand antwoord",
        "toestemming altijd weer intrekken",
        "Autoriteit Persoonsgegevens",
        "U was zelf niet bij het overleg.",
        // R17 (seed 004 art. 6): every organisation's own complaint route.
        "Wijkteam Zuid: klachtenfunctionaris, klachten@wijkteam.example.nl.",
        "GGZ Café-Noord: vraag Anna Regie hoe u daar een klacht indient.",
    ] {
        assert!(text.contains(s), "{s} in {text}");
    }
    assert!(!text.contains('{'), "unfilled placeholder: {text}");
}

/// R12: a letter in English is English from the title to the footer: every fixed word
/// comes from the English template, the professionals' and family's own words stay as
/// typed, and no Dutch sentence of the letter slips through.
#[test]
fn r12_family_letter_in_english_prints_every_fixed_word_in_english() {
    let mut l = letter(vec![
        RightsParagraph::Rights,
        RightsParagraph::ParentOfChild12To15,
        RightsParagraph::ConsentWithdrawal,
    ]);
    l.language = domain::LetterLanguage::En;
    l.header.audit_position = Some(42);
    l.header.organisation = Some(domain::DocumentOrganisation {
        name: "Wijkteam Zuid".into(),
        address: vec!["Stationsplein 1".into()],
        privacy_officer: Some((
            "Pieter Privacy".into(),
            "privacy@wijkteam.example.nl".into(),
        )),
        complaint_procedure: None,
        logo: None,
    });
    let pdf = docs::render_family_letter(&l).unwrap();
    assert_qpdf_ok(&pdf);
    assert_fonts_subset(&pdf);
    let pages = pdf_pages(&pdf);
    assert!(pages.len() >= 2);
    for (n, page) in pages.iter().enumerate() {
        let footer = format!(
            "Confidential · CO-20261124-3f9a1c · page {} of {} · printed on 25 November 2026 · Log #42",
            n + 1,
            pages.len()
        );
        assert!(flatten(page).contains(&footer), "page {}: {page}", n + 1);
    }
    let text = flatten(&pages.concat());
    for s in [
        "Letter about the case conference",
        "Date: 25 November 2026",
        "Reference: CO-20261124-3f9a1c",
        "Dear Fatima El Amrani,",
        "What was the meeting about?",
        "The aim of the meeting was: Samen kijken hoe school en thuis beter kunnen.",
        "Bert Bakker (GGZ Café-Noord) is going to do something for your family.",
        "This only happens under this condition: Noah verzuimt weer een dag.",
        "This only happens if it is needed.",
        "By 15 December 2026 at the latest.",
        "What did the meeting decide?",
        "Noah gaat naar de naschoolse opvang. Why: Zo is hij na school niet alleen thuis.",
        "What you told the meeting",
        "Your objection: Ik wil niet dat de huisarts alles hoort.",
        "You were not at the meeting yourself.",
        "Your contact person is Anna Regie of Wijkteam Zuid.",
        "You can reach Anna Regie by phone 020-1234567 or e-mail anna@wijkteam.example.nl.",
        "Your rights",
        "Is your child 12, 13, 14 or 15 years old?",
        "you may always take that permission back",
        "The privacy officer of Wijkteam Zuid is Pieter Privacy.",
        "GGZ Café-Noord: ask Anna Regie how to make a complaint there.",
        "Autoriteit Persoonsgegevens",
        "Kind regards,",
        "Confidential",
        "page 1 of",
        "Log #42",
    ] {
        assert!(text.contains(s), "{s} in {text}");
    }
    for dutch in [
        "Beste",
        "Uiterlijk",
        "Uw rechten",
        "Waarom:",
        "Vertrouwelijk",
        "pagina",
        "afgedrukt",
        "Logboek",
        "Met vriendelijke groet",
        "Kenmerk",
        "Datum",
        "Privacyfunctionaris",
    ] {
        assert!(!text.contains(dutch), "Dutch '{dutch}' in {text}");
    }
    assert!(!text.contains('{'), "unfilled placeholder: {text}");
}

#[test]
fn r17_parent_of_a_12_to_15_year_old_is_told_access_only() {
    let pdf = docs::render_family_letter(&letter(vec![
        RightsParagraph::Rights,
        RightsParagraph::ParentOfChild12To15,
        RightsParagraph::ConsentWithdrawal,
        RightsParagraph::Limits,
        RightsParagraph::ClientSupport,
    ]))
    .unwrap();
    let text = flatten(&read(&pdf).concat());
    // Seed 003 §5.1b: the parents of a 12–15-year-old have the right of access only.
    assert!(!text.contains("en u als ouder ook"), "{text}");
    for s in [
        "Dan mag u als ouder zien welke gegevens over uw kind zijn besproken. Dat heet inzage.",
        "De andere rechten gebruikt uw kind zelf.",
        // Seed 004 art. 7.5: when rights can be limited.
        "Soms kunnen uw rechten een tijdje beperkt worden.",
        // Seed 004 art. 9.4: independent client support.
        "onafhankelijke cliëntondersteuner",
    ] {
        assert!(text.contains(s), "{s} in {text}");
    }
    // Paragraphs the domain did not choose are not printed.
    assert!(!text.contains("Is uw kind jonger dan 12 jaar?"), "{text}");
    assert!(!text.contains("U bent 16 jaar of ouder."), "{text}");
}

fn complete_meeting(store: &mut Store, n: usize) -> Built {
    build(
        store,
        n,
        &Spec {
            others: vec![Role::ContentRole, Role::Expert],
            has_action: vec![true, true, false],
            items: (0..4)
                .map(|k| ItemSpec {
                    contributor: k % 3,
                    kind: Kind::Fact,
                    category: Category::General,
                    consent: k == 3,
                    withdraw: k == 3,
                })
                .collect(),
            decisions: vec![vec![0, 0, 0]; 4],
            filler: 0,
        },
    )
}

#[test]
fn r14_plan_shows_meeting_people_plan_and_releases_by_reference_only() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(dir.path(), PASS).unwrap();
    let built = complete_meeting(&mut store, 1);
    let plan = store.plan_document(built.id, printed_on()).unwrap();
    let pdf = docs::render_plan(&plan).unwrap();
    let pages = pdf_pages(&pdf);
    assert_qpdf_ok(&pdf);
    assert_fonts_subset(&pdf);
    assert_every_page_marked(&pages, &plan.header.meeting_ref);
    let text = flatten(&pages.concat());
    for s in [
        "Plan van aanpak casusoverleg",
        "Casus 1",
        "Afstemmen van de hulp aan het gezin",
        "Anna Regie — Wijkteam Zuid, Gezinscoach (regiehouder)",
        "(adviseur/expert)",
        "Afspraak 1: Anna Regie (Wijkteam Zuid), uiterlijk 15-12-2026",
        "Voorwaarde: Het verzuim loopt weer op",
        "Punt 2 aan Anna Regie voor afspraak 1",
        "toestemming later ingetrokken",
        "Anna Regie informeert het hele gezin in een gesprek, vooraf.",
    ] {
        assert!(text.contains(s), "{s} in {text}");
    }
    assert!(markers(&text).is_empty(), "the plan shows no item text");
    assert!(!plan.header.meeting_ref.contains("Casus"));
}

/// R11/seed 002: each decision with its reason, the items it rests on (by reference), the
/// actions under it and who disagrees; the other actions after it.
#[test]
fn r11_plan_prints_decisions_with_reason_items_actions_and_dissent() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(dir.path(), PASS).unwrap();
    let built = complete_meeting(&mut store, 1);
    let mut plan = store.plan_document(built.id, printed_on()).unwrap();
    let item = plan.items[1].item;
    plan.decisions = vec![domain::PlanDecisionLine {
        number: 1,
        what: "Gezinscoach inzetten".into(),
        why: "Ouders vragen om steun bij de opvoeding".into(),
        rests_on: vec![item],
        dissents: vec![domain::DissentLine {
            name: "Bram Ggz".into(),
            organisation: "GGZ Noord".into(),
            why: "Eerst behandeling afronden".into(),
        }],
    }];
    plan.actions[1].decision = Some(1);
    let pdf = docs::render_plan(&plan).unwrap();
    let text = flatten(&pdf_pages(&pdf).concat());
    let order = [
        "Besluit 1: Gezinscoach inzetten",
        "Waarom: Ouders vragen om steun bij de opvoeding",
        &format!("Berust op inbreng: {item}"),
        "Bram Ggz (GGZ Noord) is het niet eens: Eerst behandeling afronden",
        "Afspraak 2:",
        "Afspraken zonder besluit",
        "Afspraak 1:",
    ];
    let mut from = 0;
    for s in order {
        let at = text[from..]
            .find(s)
            .unwrap_or_else(|| panic!("{s} after {from} in {text}"));
        from += at + s.len();
    }
    assert!(markers(&text).is_empty(), "the plan shows no item text");
}

#[test]
fn r14_plan_prints_the_time_and_the_agreed_account_of_the_meeting() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(dir.path(), PASS).unwrap();
    let built = complete_meeting(&mut store, 1);
    let mut plan = store.plan_document(built.id, printed_on()).unwrap();
    // Without times or account: the date alone, and the plan says no account was recorded.
    let text = flatten(&read_plan(&plan).concat());
    assert!(text.contains("Datum: 24-11-2026 "), "{text}");
    assert!(text.contains("Er is geen verloop van het overleg vastgelegd."));
    // Seed 002 Feitenonderzoek 4: date with start–end time, the account and its agreement.
    plan.minutes = domain::Minutes::parse(&domain::MinutesInput {
        start_time: "9:30".into(),
        end_time: "11:05".into(),
        account: "Iedereen kwam aan het woord; Zoë's school en het wijkteam vulden elkaar aan.\n\
                  Het overleg eindigde met een gedragen plan."
            .into(),
        agreed: true,
    })
    .unwrap();
    let text = flatten(&read_plan(&plan).concat());
    for s in [
        "Datum: 24-11-2026, 09:30–11:05 uur",
        "Verloop van het overleg",
        "Iedereen kwam aan het woord; Zoë's school en het wijkteam vulden elkaar aan.",
        "Het overleg eindigde met een gedragen plan.",
        "Het overleg is akkoord gegaan met dit verslag van het verloop.",
    ] {
        assert!(text.contains(s), "{s} in {text}");
    }
    plan.minutes.agreed = false;
    let text = flatten(&read_plan(&plan).concat());
    assert!(
        text.contains("Het overleg is nog niet akkoord gegaan met dit verslag van het verloop.")
    );
}

fn read_plan(plan: &domain::PlanDocument) -> Vec<String> {
    let pdf = docs::render_plan(plan).unwrap();
    assert_qpdf_ok(&pdf);
    let pages = pdf_pages(&pdf);
    assert_every_page_marked(&pages, &plan.header.meeting_ref);
    pages
}

#[test]
fn r13_r14_documents_only_for_a_finalized_meeting_and_its_own_participants() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(dir.path(), PASS).unwrap();
    let draft = store
        .create_meeting(
            &domain::MeetingInput {
                case_label: "Concept".into(),
                date: "2026-11-24".into(),
                purpose: "Nog bezig".into(),
                ..domain::MeetingInput::default()
            },
            Utc::now(),
        )
        .unwrap()
        .id;
    let day = printed_on();
    assert!(matches!(
        store.plan_document(draft, day),
        Err(StoreError::NotFinalized)
    ));
    assert!(matches!(
        store.family_letters(draft, day),
        Err(StoreError::NotFinalized)
    ));
    assert!(matches!(
        store.document_recipients(draft),
        Err(StoreError::NotFinalized)
    ));
    assert!(matches!(
        store.recipient_extract(draft, ParticipantId::new(), day),
        Err(StoreError::NotFinalized)
    ));
    assert!(matches!(
        store.plan_document(MeetingId::new(), day),
        Err(StoreError::NotFound("meeting"))
    ));
    let built = complete_meeting(&mut store, 2);
    assert!(matches!(
        store.recipient_extract(built.id, ParticipantId::new(), day),
        Err(StoreError::NotFound("participant"))
    ));
    // A participant of another meeting is not a recipient here either.
    let other = complete_meeting(&mut store, 3);
    assert!(matches!(
        store.recipient_extract(built.id, other.participants[0], day),
        Err(StoreError::NotFound("participant"))
    ));
}

#[test]
fn r10_item_whose_consent_was_withdrawn_after_finalizing_is_in_no_extract() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(dir.path(), PASS).unwrap();
    let built = complete_meeting(&mut store, 4);
    // Item 3 (by the case lead) rests on consent and was released to participant 1, who
    // carries out an action; the consent was withdrawn after finalizing.
    let extract = store
        .recipient_extract(built.id, built.participants[1], printed_on())
        .unwrap();
    let text = pdf_pages(&docs::render_extract(&extract).unwrap()).concat();
    let found = markers(&text);
    assert_eq!(found, built.expected[1]);
    assert!(
        found.contains("Mk4i0x") && found.contains("Mk4i2x"),
        "{found:?}"
    );
    assert!(!found.contains("Mk4i3x"));
    // The domain agrees: the withdrawn item is not released to anyone any more.
    let flow = store.meeting_flow(built.id).unwrap();
    assert_eq!(flow.record.released_to(built.participants[1]).len(), 2);
}

/// Writes the sample documents to `$DOCS_SAMPLE_DIR` for a human look (not a check).
#[test]
fn sample_documents_for_review() {
    let Ok(out) = std::env::var("DOCS_SAMPLE_DIR") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(dir.path(), PASS).unwrap();
    let built = complete_meeting(&mut store, 5);
    let day = printed_on();
    let out = std::path::Path::new(&out);
    std::fs::write(
        out.join("plan.pdf"),
        docs::render_plan(&store.plan_document(built.id, day).unwrap()).unwrap(),
    )
    .unwrap();
    let mut with_logo = store.plan_document(built.id, day).unwrap();
    with_logo.header.organisation = Some(zaanstad_with_logo(LOGO_PNG));
    std::fs::write(
        out.join("plan-logo.pdf"),
        docs::render_plan(&with_logo).unwrap(),
    )
    .unwrap();
    std::fs::write(
        out.join("brief.pdf"),
        docs::render_family_letter(
            store.family_letters(built.id, day).unwrap()[0]
                .1
                .as_ref()
                .unwrap(),
        )
        .unwrap(),
    )
    .unwrap();
    let e = store
        .recipient_extract(built.id, built.participants[1], day)
        .unwrap();
    std::fs::write(
        out.join("uittreksel.pdf"),
        docs::render_extract(&e).unwrap(),
    )
    .unwrap();
}

#[test]
fn r6_extract_prints_the_source_of_each_item() {
    let pages = read(&docs::render_extract(&extract_with(vec!["Eerste gegeven".into()])).unwrap());
    let text = flatten(&pages.join("\n"));
    assert!(
        text.contains("Bron: een document of register — verslag van school"),
        "{text}"
    );
}

fn access_item(number: u32, content: domain::AccessContent) -> domain::AccessItem {
    domain::AccessItem {
        number,
        content,
        kind: Kind::Fact,
        category: Category::General,
        source: domain::SourceKind::Family,
        contributor_organisation: "Wijkteam Zuid".into(),
        basis: domain::AccessBasis::Consent,
        consent_withdrawn: false,
        releases: vec![],
    }
}

#[test]
fn r17_access_report_prints_the_origin_and_withholds_text_about_others() {
    let report = domain::AccessReport {
        subject_name: "Gerrit-Jan van den Berg".into(),
        birth_date: None,
        printed_on: printed_on(),
        objected: false,
        audit_position: 4321,
        organisation: None,
        meetings: vec![domain::AccessMeeting {
            meeting_ref: "CO-20261124-3f9a1c".into(),
            meeting_date: chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(),
            purpose: "Afstemmen hulp".into(),
            finalized: true,
            items: vec![
                access_item(
                    1,
                    domain::AccessContent::Shown {
                        text: "Vader werkt weer sinds oktober.".into(),
                        source_detail: Some("gesprek met vader".into()),
                        versions: vec![],
                    },
                ),
                access_item(2, domain::AccessContent::AboutOthersToo),
            ],
        }],
    };
    let pages = read(&docs::render_access_report(&report, &|_| "Jeugdwet").unwrap());
    let text = flatten(&pages.join("\n"));
    assert!(text.contains("Vader werkt weer sinds oktober."), "{text}");
    assert!(
        text.contains("Bron: het gezin — gesprek met vader"),
        "{text}"
    );
    assert!(
        text.contains("Deze inbreng gaat ook over iemand anders"),
        "{text}"
    );
    assert!(text.contains("Gegevens over andere mensen staan niet in dit overzicht"));
    // R18: the paper copy proves how far the audit log had come.
    assert!(text.contains("Logboek #4321"), "{text}");

    // Issue 17 point 9: with a profile, the chair's organisation and its privacy officer.
    let report = domain::AccessReport {
        organisation: Some(zaanstad()),
        ..report
    };
    let text =
        flatten(&read(&docs::render_access_report(&report, &|_| "Jeugdwet").unwrap()).join("\n"));
    for s in [
        "Gemeente Zaanstad, Team Veilig Opgroeien",
        "Stadhuisplein 100",
        "De privacyfunctionaris van Gemeente Zaanstad, Team Veilig Opgroeien is Jolanda de Vries. U bereikt deze persoon via privacy@zaanstad.example.nl, 075 655 1234.",
    ] {
        assert!(text.contains(s), "{s} in {text}");
    }
}

/// The example profile of `docs/organisatieprofiel-voorbeeld.json`, for the documents.
fn zaanstad() -> domain::DocumentOrganisation {
    let file: domain::ProfileFile = serde_json::from_str(include_str!(
        "../../../../docs/organisatieprofiel-voorbeeld.json"
    ))
    .unwrap();
    domain::validate_profile_file(&file)
        .unwrap()
        .profile
        .for_documents()
}

#[test]
fn organisation_profile_heads_the_letter_with_the_privacy_officer_and_complaint_procedure() {
    let mut l = letter(vec![RightsParagraph::Rights]);
    l.header.organisation = Some(zaanstad());
    let pages = read(&docs::render_family_letter(&l).unwrap());
    let first = flatten(&pages[0]);
    assert!(
        first.starts_with(
            "Gemeente Zaanstad, Team Veilig Opgroeien Stadhuisplein 100 1506 MZ Zaandam"
        ),
        "{first}"
    );
    let text = flatten(&pages.concat());
    for s in [
        "Heeft u een vraag over privacy? De privacyfunctionaris van Gemeente Zaanstad, Team Veilig Opgroeien is Jolanda de Vries.",
        // The chair's own complaint procedure next to the partners' routes.
        "Gemeente Zaanstad, Team Veilig Opgroeien: Bent u niet tevreden over de gemeente? Dien uw klacht in via zaanstad.example.nl/klacht",
        "Wijkteam Zuid: klachtenfunctionaris, klachten@wijkteam.example.nl.",
    ] {
        assert!(text.contains(s), "{s} in {text}");
    }
    assert!(!text.contains('{'), "unfilled placeholder: {text}");
}

#[test]
fn organisation_profile_heads_the_plan() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(dir.path(), PASS).unwrap();
    let built = complete_meeting(&mut store, 1);
    let mut plan = store.plan_document(built.id, printed_on()).unwrap();
    plan.header.organisation = Some(zaanstad());
    let pages = pdf_pages(&docs::render_plan(&plan).unwrap());
    let first = flatten(&pages[0]);
    assert!(
        first.starts_with("Gemeente Zaanstad, Team Veilig Opgroeien Stadhuisplein 100 1506 MZ Zaandam Plan van aanpak casusoverleg"),
        "{first}"
    );
}

const LOGO_PNG: &[u8] = include_bytes!("../../../../docs/logo-voorbeeld.png");
const LOGO_JPEG: &[u8] = include_bytes!("../../../../docs/logo-voorbeeld.jpg");

fn zaanstad_with_logo(bytes: &[u8]) -> domain::DocumentOrganisation {
    domain::DocumentOrganisation {
        logo: Some(domain::Logo::parse(bytes.to_vec()).unwrap()),
        ..zaanstad()
    }
}

/// Issue 17 point 9: the logo is an image in the head of the plan's first page (and only
/// there), the text still reads back the same, and a plan without a logo has no image.
#[test]
fn organisation_logo_heads_the_plan_as_an_image_and_the_text_still_reads() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(dir.path(), PASS).unwrap();
    let built = complete_meeting(&mut store, 3);
    let mut plan = store.plan_document(built.id, printed_on()).unwrap();
    plan.header.organisation = Some(zaanstad());
    let without = docs::render_plan(&plan).unwrap();
    assert!(pdf_images(&without).is_empty());
    plan.header.organisation = Some(zaanstad_with_logo(LOGO_PNG));
    let with = docs::render_plan(&plan).unwrap();
    assert_eq!(pdf_images(&with), vec![(1, 360, 120, "rgb".to_owned())]);
    assert_qpdf_ok(&with);
    assert_fonts_subset(&with);
    let (a, b) = (pdf_pages(&without), pdf_pages(&with));
    assert_every_page_marked(&b, &plan.header.meeting_ref);
    let head = "Gemeente Zaanstad, Team Veilig Opgroeien Stadhuisplein 100 1506 MZ Zaandam Plan van aanpak casusoverleg";
    assert!(flatten(&a[0]).starts_with(head), "{}", a[0]);
    assert!(flatten(&b[0]).starts_with(head), "{}", b[0]);
    let words = |pages: &[String]| {
        flatten(&pages.concat())
            .split(' ')
            .filter(|w| !w.contains("pagina") && !w.chars().all(|c| c.is_ascii_digit()))
            .count()
    };
    assert_eq!(words(&a), words(&b));
}

/// Issue 17 point 9: a JPEG logo decodes too; the letter, invitation and attendance sheet
/// carry it like the plan.
#[test]
fn organisation_logo_jpeg_heads_the_letter_invitation_and_attendance_sheet() {
    let logo = domain::Logo::parse(LOGO_JPEG.to_vec()).unwrap();
    assert!(docs::logo_decodes(&logo));
    for other in [
        &include_bytes!("fixtures/logo-progressive.jpg")[..],
        &include_bytes!("fixtures/logo-grey.jpg")[..],
    ] {
        let logo = domain::Logo::parse(other.to_vec()).unwrap();
        assert_eq!((logo.width(), logo.height()), (360, 120));
        assert!(docs::logo_decodes(&logo), "{logo:?}");
    }
    let mut l = letter(vec![RightsParagraph::Rights]);
    l.header.organisation = Some(zaanstad_with_logo(LOGO_JPEG));
    let pdf = docs::render_family_letter(&l).unwrap();
    assert_eq!(pdf_images(&pdf), vec![(1, 360, 120, "rgb".to_owned())]);
    assert!(flatten(&read(&pdf)[0]).starts_with("Gemeente Zaanstad, Team Veilig Opgroeien"));

    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(dir.path(), PASS).unwrap();
    let built = complete_meeting(&mut store, 1);
    let (_, mut inv) = store
        .invitation(built.id, built.participants[0], printed_on())
        .unwrap();
    inv.header.organisation = Some(zaanstad_with_logo(LOGO_PNG));
    let pdf = docs::render_invitation(&inv).unwrap();
    assert_eq!(pdf_images(&pdf).len(), 1);
    let mut sheet = store.attendance_sheet(built.id, printed_on()).unwrap();
    sheet.header.organisation = Some(zaanstad_with_logo(LOGO_PNG));
    let pdf = docs::render_attendance_sheet(&sheet).unwrap();
    assert_eq!(pdf_images(&pdf).len(), 1);
    assert_qpdf_ok(&pdf);
    assert!(flatten(&pdf_pages(&pdf)[0]).starts_with("Gemeente Zaanstad, Team Veilig Opgroeien"));
}

/// Issue 17 point 9: a file whose header passed the domain but whose picture is broken is
/// refused by the settings and, if kept anyway, left out of the document.
#[test]
fn organisation_logo_that_does_not_decode_is_left_out() {
    let mut broken = LOGO_PNG[..60].to_vec();
    broken.extend_from_slice(&[0; 40]);
    let logo = domain::Logo::parse(broken.clone()).unwrap();
    assert!(!docs::logo_decodes(&logo));
    let mut l = letter(vec![RightsParagraph::Rights]);
    l.header.organisation = Some(zaanstad_with_logo(&broken));
    let pdf = docs::render_family_letter(&l).unwrap();
    assert!(pdf_images(&pdf).is_empty());
    assert!(flatten(&read(&pdf)[0]).starts_with("Gemeente Zaanstad, Team Veilig Opgroeien"));
}

/// R18: a paper copy proves how far the audit log had come: every page says it.
#[test]
fn r18_every_page_carries_the_audit_log_position() {
    let mut extract = extract_with(
        (0..120)
            .map(|n| format!("Gegeven {n} over school."))
            .collect(),
    );
    extract.header.audit_position = Some(1234);
    let pages = read(&docs::render_extract(&extract).unwrap());
    assert!(pages.len() >= 2, "{} pages", pages.len());
    for page in pages.iter().filter(|p| !p.trim().is_empty()) {
        assert!(flatten(page).contains("Logboek #1234"), "{page}");
    }
    extract.header.audit_position = None;
    let without = read(&docs::render_extract(&extract).unwrap()).concat();
    assert!(!without.contains("Logboek #"));
}

/// R1/R14a/R14b (seed 002 II.5): the plan lists who took part with expertise only as such;
/// they receive nothing, so they get no extract (not even an empty one).
#[test]
fn r14_expertise_only_participant_is_listed_in_the_plan_and_gets_no_extract() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(dir.path(), PASS).unwrap();
    let now = Utc::now();
    let m = store
        .create_meeting(
            &domain::MeetingInput {
                case_label: "Casus Advies".into(),
                date: "2026-11-24".into(),
                purpose: "Afstemmen van de hulp aan het gezin".into(),
                criteria: "Zorgen over de veiligheid thuis; meerdere hulpverleners betrokken."
                    .into(),
                family_present: true,
                ..domain::MeetingInput::default()
            },
            now,
        )
        .unwrap()
        .id;
    let person = |name: &str, role: Role, expertise_only: bool| domain::ParticipantInput {
        name: name.into(),
        organisation: "Wijkteam Zuid".into(),
        function: String::new(),
        phone: String::new(),
        email: String::new(),
        role,
        expertise_only,
    };
    let lead = store
        .add_participant(m, &person("Anna Regie", Role::CaseLead, false), now)
        .unwrap()
        .id;
    let school = store
        .add_participant_with(
            m,
            &person("Sam School", Role::ContentRole, false),
            store::ParticipantExtra {
                organisation_type: domain::OrganisationType::Wijkteam,
                secrecy: true,
            },
            now,
        )
        .unwrap()
        .id;
    let adviser = store
        .add_participant(m, &person("Ada Advies", Role::Expert, true), now)
        .unwrap()
        .id;
    for p in [lead, school, adviser] {
        store.record_pledge(m, p, now).unwrap();
    }
    let mut input = item_input_for(school);
    input.text = "Inbreng MkAdv1x over school.".into();
    let item = store.add_item(m, &input, now).unwrap().id;
    store
        .set_item_basis(
            m,
            item,
            vec![],
            domain::Basis::Legal(domain::LegalBasis::JeugdwetArt2_3),
            now,
        )
        .unwrap();
    let action = |who, relies_on: Vec<domain::ItemId>| domain::ActionInput {
        who,
        what: "Geeft advies aan de regiehouder over de aanpak op school.".into(),
        due: "2026-12-15".into(),
        relies_on,
        condition: String::new(),
        decision: None,
    };
    let flow = store.add_action(m, &action(lead, vec![item]), now).unwrap();
    let lead_action = flow.record.actions[0].id;
    store.add_action(m, &action(adviser, vec![]), now).unwrap();
    store
        .decide_release(
            m,
            item,
            lead,
            domain::ReleaseChoice::Release {
                action: lead_action,
                motivation: None,
            },
            now,
        )
        .unwrap();
    // R13: no release decision is asked for the adviser; the meeting finalizes.
    store.finalize_meeting(m, now).unwrap();
    let text = flatten(
        &pdf_pages(&docs::render_plan(&store.plan_document(m, printed_on()).unwrap()).unwrap())
            .concat(),
    );
    assert!(
        text.contains("Ada Advies — Wijkteam Zuid (adviseur/expert, alleen deskundigheid)"),
        "{text}"
    );
    assert!(text.contains("Sam School — Wijkteam Zuid (inhoudelijke rol)"));
    assert_eq!(store.document_recipients(m).unwrap(), [lead]);
}

fn item_input_for(contributor: ParticipantId) -> domain::ItemInput {
    domain::ItemInput {
        contributor,
        text: String::new(),
        kind: Kind::Fact,
        category: Category::General,
        source: domain::SourceKind::ThirdParty,
        source_detail: "mentor op school".into(),
    }
}
