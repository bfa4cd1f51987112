#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Issue 17 point 8: the invitation and the attendance sheet, built by the domain from a
//! real store meeting and read back with poppler: the statement, the purpose, every
//! participant on the sheet over several pages, and never a family member's name.

mod common;
use common::*;
use domain::{Relation, Role, SubjectInput};
use store::{ParticipantExtra, Store};

const CHILD: &str = "Noah Oosterhout-Bakker";

fn meeting(store: &mut Store, participants: usize, purpose: &str) -> domain::MeetingId {
    let mut input = domain::MeetingInput {
        case_label: "Gezin Oosterhout".into(),
        date: "2026-11-24".into(),
        purpose: purpose.into(),
        criteria: String::new(),
        family_present: true,
        family_absence_reason: String::new(),
        anonymous: false,
    };
    input.purpose = purpose.into();
    let m = store.create_meeting(&input, chrono::Utc::now()).unwrap().id;
    for n in 0..participants {
        let role = if n == 0 {
            Role::CaseLead
        } else {
            Role::ContentRole
        };
        store
            .add_participant_with(
                m,
                &domain::ParticipantInput {
                    name: format!("Wilhelmina van der Heijden-Schoonhoven {n}"),
                    organisation: format!("Stichting Jeugdbescherming Noord-Holland {n}"),
                    function: String::new(),
                    phone: String::new(),
                    email: String::new(),
                    role,
                    expertise_only: false,
                },
                ParticipantExtra {
                    organisation_type: domain::OrganisationType::Wijkteam,
                    secrecy: true,
                },
                chrono::Utc::now(),
            )
            .unwrap();
    }
    store
        .add_subject(
            m,
            &SubjectInput {
                relation: Relation::Youth,
                name: CHILD.into(),
                birth_date: "2013-04-02".into(),
                parental_authority: false,
            },
            true,
            chrono::Utc::now(),
        )
        .unwrap();
    m
}

#[test]
fn an_invitation_has_date_purpose_and_statement_and_no_family_name() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(dir.path(), PASS).unwrap();
    let m = meeting(
        &mut store,
        3,
        "Afstemmen van de hulp rond het schoolverzuim",
    );
    let invitations = store.invitations(m, printed_on()).unwrap();
    assert_eq!(invitations.len(), 3);
    let pdf = docs::render_invitation(&invitations[1]).unwrap();
    assert_qpdf_ok(&pdf);
    assert_fonts_subset(&pdf);
    let text = flatten(&pdf_pages(&pdf).concat());
    for s in [
        "Uitnodiging casusoverleg",
        "Beste Wilhelmina van der Heijden-Schoonhoven 1,",
        "U bent uitgenodigd voor een casusoverleg op 24-11-2026.",
        "U doet mee als inhoudelijke rol namens Stichting Jeugdbescherming Noord-Holland 1.",
        "Afstemmen van de hulp rond het schoolverzuim",
        "Neem alleen de informatie mee die nodig is",
        "Geheimhoudingsverklaring",
        "Wat in het overleg wordt besproken, blijft in het overleg.",
        "Neem dan contact op met Wilhelmina van der Heijden-Schoonhoven 0",
    ] {
        assert!(text.contains(s), "{s} in {text}");
    }
    for secret in ["Noah", "Oosterhout-Bakker", "2013"] {
        assert!(!text.contains(secret), "{secret} in an invitation");
    }
    assert!(!text.contains('{'), "unfilled placeholder: {text}");

    // A purpose that names the child stays out; a neutral sentence stands in its place.
    let m = meeting(&mut store, 2, "Hulp voor Noah afstemmen");
    let (place, inv) = store
        .invitation(
            m,
            store.meeting_flow(m).unwrap().record.participants[1]
                .participant
                .id,
            printed_on(),
        )
        .unwrap();
    assert_eq!(place, 2);
    let text = flatten(&pdf_pages(&docs::render_invitation(&inv).unwrap()).concat());
    assert!(!text.contains("Noah"), "{text}");
    assert!(
        text.contains("Het doel van het overleg hoort u van de voorzitter."),
        "{text}"
    );
}

#[test]
fn the_attendance_sheet_has_the_statement_and_a_row_to_sign_for_every_participant() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(dir.path(), PASS).unwrap();
    let m = meeting(&mut store, 14, "Afstemmen van de hulp");
    let sheet = store.attendance_sheet(m, printed_on()).unwrap();
    let pdf = docs::render_attendance_sheet(&sheet).unwrap();
    assert_qpdf_ok(&pdf);
    let pages = pdf_pages(&pdf);
    assert!(
        pages.len() >= 2,
        "14 participants and the statement span pages"
    );
    assert_every_page_marked(&pages, &sheet.header.meeting_ref);
    let text = flatten(&pages.concat());
    assert!(text.contains("Presentielijst casusoverleg"));
    assert!(text.contains("Geheimhoudingsverklaring"));
    assert!(
        text.contains("lees de geheimhoudingsverklaring voor")
            || text.contains("De voorzitter leest de geheimhoudingsverklaring voor.")
    );
    for n in 0..14 {
        assert!(
            text.contains(&format!("Wilhelmina van der Heijden-Schoonhoven {n}")),
            "participant {n} on the sheet"
        );
    }
    assert!(!text.contains("Noah"));
}
