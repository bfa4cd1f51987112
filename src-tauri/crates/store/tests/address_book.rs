#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The chair's address book of organisations on a real encrypted store: a participant adds
//! their organisation (name and type, nothing of the person), the chair saves one with a
//! department and removes one; the list survives reopening.

mod common;
use common::*;
use domain::{AddressBookId, OrganisationEntry, OrganisationType, Role};
use store::{ParticipantExtra, Store, StoreError};

#[test]
fn r21_a_participant_adds_their_organisation_and_nothing_of_themselves() {
    let (dir, mut store) = new_store();
    let m = store
        .create_meeting(&meeting_input("Gezin Adresboek"), now())
        .unwrap()
        .id;
    for name in ["Anna Regie", "Bert Tweede"] {
        store
            .add_participant_with(
                m,
                &participant_input(name, Role::ContentRole),
                ParticipantExtra {
                    organisation_type: OrganisationType::Wijkteam,
                    secrecy: true,
                },
                now(),
            )
            .unwrap();
    }
    let book = store.address_book().unwrap();
    assert_eq!(book.len(), 1, "one organisation, used twice");
    assert_eq!(book[0].name.as_str(), "Wijkteam Zuid");
    assert_eq!(book[0].organisation_type, OrganisationType::Wijkteam);
    assert_eq!(book[0].department, None);
    assert!(!format!("{book:?}").contains("Anna"));

    // The chair saves one with a department, then removes the first.
    let saved = OrganisationEntry::parse(
        AddressBookId::new(),
        "GGZ Centraal",
        OrganisationType::Ggz,
        "Team Jeugd en Gezin",
    )
    .unwrap();
    let book = store.save_organisation(&saved, now()).unwrap();
    assert_eq!(book.len(), 2);
    let book = store.forget_organisation(book[1].id, now()).unwrap();
    assert_eq!(book.len(), 1);
    assert_eq!(book[0].name.as_str(), "GGZ Centraal");
    assert!(matches!(
        store.forget_organisation(AddressBookId::new(), now()),
        Err(StoreError::NotFound(_))
    ));

    drop(store);
    let store = Store::open(dir.path(), PASS).unwrap();
    let book = store.address_book().unwrap();
    assert_eq!(book.len(), 1);
    assert_eq!(
        book[0].department.as_ref().unwrap().as_str(),
        "Team Jeugd en Gezin"
    );
}
