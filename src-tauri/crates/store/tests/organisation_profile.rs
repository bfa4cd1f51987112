#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Issue 17 point 9 on a real encrypted store: a realistic profile file is imported in one
//! go (profile, partners with complaint routes, their legal bases per type), a re-import
//! updates by name, a broken file changes nothing, and the family letter and plan carry the
//! chair's organisation and the partner's complaint route.

mod common;
use common::*;
use domain::{validate_profile_file, OrganisationType, ProfileFile, Role};
use store::Store;

const EXAMPLE: &str = include_str!("../../../../docs/organisatieprofiel-voorbeeld.json");

fn file(json: &str) -> ProfileFile {
    serde_json::from_str(json).unwrap()
}

fn import(store: &mut Store, json: &str) {
    let checked = validate_profile_file(&file(json)).unwrap();
    store.import_organisation_profile(&checked, now()).unwrap();
}

#[test]
fn profile_file_import_keeps_profile_partners_and_bases_and_reimport_updates_by_name() {
    let (dir, mut store) = new_store();
    let audit_before = store.verify_audit().unwrap();
    import(&mut store, EXAMPLE);
    let p = store.organisation_profile().unwrap().unwrap();
    assert_eq!(p.name.as_str(), "Gemeente Zaanstad, Team Veilig Opgroeien");
    let book = store.address_book().unwrap();
    assert_eq!(book.len(), 4);
    let gi = book
        .iter()
        .find(|e| e.organisation_type == OrganisationType::GecertificeerdeInstelling)
        .unwrap();
    assert!(gi
        .complaint_route
        .as_ref()
        .unwrap()
        .as_str()
        .contains("jbnh.example.nl"));
    let bases = store.custom_bases().unwrap();
    assert_eq!(bases.len(), 3);
    assert!(format!("{audit_before:?}") != format!("{:?}", store.verify_audit().unwrap()));

    // Re-import: the same partner by name gets the new route, no duplicates of bases.
    let changed = EXAMPLE.replace("vtzw.example.nl/klachten", "vtzw.example.nl/nieuw");
    import(&mut store, &changed);
    let book = store.address_book().unwrap();
    assert_eq!(book.len(), 4);
    assert_eq!(store.custom_bases().unwrap().len(), 3);
    let vt = book
        .iter()
        .find(|e| e.organisation_type == OrganisationType::VeiligThuis)
        .unwrap();
    assert_eq!(
        vt.complaint_route.as_ref().unwrap().as_str(),
        "vtzw.example.nl/nieuw"
    );

    drop(store);
    let store = Store::open(dir.path(), PASS).unwrap();
    assert!(store.organisation_profile().unwrap().is_some());
    assert_eq!(store.address_book().unwrap().len(), 4);
}

#[test]
fn profile_file_broken_file_changes_nothing() {
    let (_dir, mut store) = new_store();
    import(&mut store, EXAMPLE);
    let before = (
        store.organisation_profile().unwrap(),
        store.address_book().unwrap(),
        store.custom_bases().unwrap(),
    );
    // A good first partner, then a fault further on: refused as a whole.
    let broken = EXAMPLE
        .replace("Gemeente Zaanstad, Team Veilig Opgroeien", "Nieuwe naam")
        .replace("\"type\": \"rvdk\"", "\"type\": \"bank\"");
    let faults = validate_profile_file(&file(&broken)).unwrap_err();
    assert_eq!(faults[0].place, "partners[4].type");
    let after = (
        store.organisation_profile().unwrap(),
        store.address_book().unwrap(),
        store.custom_bases().unwrap(),
    );
    assert_eq!(before, after);
}

#[test]
fn r14c_the_letter_carries_the_chair_organisation_and_the_partner_complaint_route() {
    let (_dir, mut store) = new_store();
    import(&mut store, EXAMPLE);
    let m = store
        .create_meeting(&meeting_input("Gezin Profiel"), now())
        .unwrap()
        .id;
    let lead = store
        .add_participant(m, &participant_input("Anna Regie", Role::CaseLead), now())
        .unwrap()
        .id;
    store.record_pledge(m, lead, now()).unwrap();
    store
        .add_action(
            m,
            &domain::ActionInput {
                who: lead,
                what: "Gezinsplan opstellen".into(),
                due: "2026-12-15".into(),
                relies_on: vec![],
                condition: String::new(),
                decision: None,
            },
            now(),
        )
        .unwrap();
    store
        .add_notification(
            m,
            domain::NotificationInput {
                about: domain::NotificationScope::WholeFamily,
                informer: lead,
                method: domain::NotificationMethod::Letter,
                timing: domain::NotificationTiming::Beforehand,
            },
            now(),
        )
        .unwrap();
    store.finalize_meeting(m, now()).expect("finalize");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let docs = store.meeting_documents(m, today).unwrap();
    let org = docs.plan.header.organisation.as_ref().unwrap();
    assert_eq!(org.name, "Gemeente Zaanstad, Team Veilig Opgroeien");
    let letter = docs.letters[0].1.as_ref().unwrap();
    assert_eq!(letter.header.organisation.as_ref(), Some(org));
    let zuid = letter
        .complaints
        .iter()
        .find(|c| c.organisation == "Wijkteam Zuid")
        .unwrap();
    assert!(zuid
        .route
        .as_deref()
        .unwrap()
        .contains("wijkteamzuid.example.nl/klachten"));
}

const LOGO: &[u8] = include_bytes!("../../../../docs/logo-voorbeeld.png");

fn with_logo(json: &str, logo: &str) -> String {
    json.replacen(
        "\"organisatie\": {",
        &format!("\"organisatie\": {{\n    \"logo\": \"{logo}\","),
        1,
    )
}

fn audit_len(store: &Store) -> String {
    format!("{:?}", store.verify_audit().unwrap())
}

#[test]
fn organisation_logo_set_replace_remove_is_kept_encrypted_and_audited() {
    let (dir, mut store) = new_store();
    assert_eq!(store.organisation_logo().unwrap(), None);
    let logo = domain::Logo::parse(LOGO.to_vec()).unwrap();
    let before = audit_len(&store);
    store.set_organisation_logo(&logo, now()).unwrap();
    let after_set = audit_len(&store);
    assert_ne!(before, after_set);
    assert_eq!(store.organisation_logo().unwrap().as_ref(), Some(&logo));
    // Without a profile no document head: the logo waits for the profile.
    assert_eq!(store.document_organisation().unwrap(), None);
    import(&mut store, EXAMPLE);
    let org = store.document_organisation().unwrap().unwrap();
    assert_eq!(org.logo.as_ref(), Some(&logo));

    drop(store);
    let mut store = Store::open(dir.path(), PASS).unwrap();
    assert_eq!(store.organisation_logo().unwrap().as_ref(), Some(&logo));
    let before = audit_len(&store);
    store.remove_organisation_logo(now()).unwrap();
    assert_ne!(before, audit_len(&store));
    assert_eq!(store.organisation_logo().unwrap(), None);
    assert_eq!(store.document_organisation().unwrap().unwrap().logo, None);
    // Removing again changes nothing.
    let before = audit_len(&store);
    store.remove_organisation_logo(now()).unwrap();
    assert_eq!(before, audit_len(&store));
}

#[test]
fn profile_file_with_logo_imports_it_and_a_file_without_keeps_it() {
    let (_dir, mut store) = new_store();
    let url = domain::Logo::parse(LOGO.to_vec()).unwrap().data_url();
    import(&mut store, &with_logo(EXAMPLE, &url));
    let logo = store.organisation_logo().unwrap().unwrap();
    assert_eq!(logo.bytes(), LOGO);
    assert_eq!((logo.width(), logo.height()), (360, 120));
    import(&mut store, EXAMPLE);
    assert_eq!(store.organisation_logo().unwrap().unwrap().bytes(), LOGO);
}

#[test]
fn profile_file_with_invalid_logo_changes_nothing() {
    let (_dir, mut store) = new_store();
    import(&mut store, EXAMPLE);
    let before = (
        store.organisation_profile().unwrap(),
        store.address_book().unwrap(),
        store.organisation_logo().unwrap(),
    );
    // A GIF, in base64: the whole file is refused at its place.
    let broken = with_logo(
        &EXAMPLE.replace("Gemeente Zaanstad, Team Veilig Opgroeien", "Nieuwe naam"),
        "R0lGODlhAQABAAAAACw=",
    );
    let faults = validate_profile_file(&file(&broken)).unwrap_err();
    assert_eq!(faults.len(), 1);
    assert_eq!(faults[0].place, "organisatie.logo");
    let after = (
        store.organisation_profile().unwrap(),
        store.address_book().unwrap(),
        store.organisation_logo().unwrap(),
    );
    assert_eq!(before, after);
}
