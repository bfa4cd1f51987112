#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! R7b: legal bases the chair adds per organisation type, on real encrypted store files:
//! stored and offered for their type only, audited without their text, refused for
//! another type, kept while items rest on them, and still there after a reopen.

mod common;
use common::*;
use domain::{Basis, Dependency, DomainError, Field, OrganisationType, Role, SubjectInput};
use store::{ParticipantExtra, Store, StoreError, STORE_FILE_NAME};

fn audit_kinds(dir: &std::path::Path) -> Vec<String> {
    let conn = common::open_raw(dir.join(STORE_FILE_NAME));
    let mut stmt = conn
        .prepare("SELECT kind FROM audit_log ORDER BY seq")
        .unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn r7b_custom_basis_is_stored_offered_audited_and_survives_reopen() {
    let (dir, mut store) = new_store();
    let wpo = store
        .add_custom_basis(
            OrganisationType::Onderwijs,
            "Wet op het primair onderwijs",
            "art. 10b",
            "zorgplicht passend onderwijs",
            now(),
        )
        .unwrap();
    // Bad input: the error names the field, nothing is stored or audited.
    let err = store
        .add_custom_basis(
            OrganisationType::Politie,
            "Politiewet 2012",
            "artikel",
            "",
            now(),
        )
        .unwrap_err();
    assert!(matches!(
        err,
        StoreError::Invalid(DomainError::CustomArticleWithoutNumber)
    ));
    assert_eq!(store.custom_bases().unwrap(), vec![wpo.clone()]);
    assert_eq!(
        audit_kinds(dir.path())
            .iter()
            .filter(|k| k.as_str() == "custom_basis_added")
            .count(),
        1
    );

    // A meeting with a school and a wijkteam contributor.
    let m = store
        .create_meeting(&meeting_input("Gezin"), now())
        .unwrap()
        .id;
    let mut add = |name: &str, role: Role, org: OrganisationType| {
        store
            .add_participant_with(
                m,
                &participant_input(name, role),
                ParticipantExtra {
                    organisation_type: org,
                    secrecy: false,
                },
                now(),
            )
            .unwrap()
            .id
    };
    let _lead = add("Lead", Role::CaseLead, OrganisationType::Wijkteam);
    let school = add(
        "Intern begeleider",
        Role::ContentRole,
        OrganisationType::Onderwijs,
    );
    let coach = add("Coach", Role::ContentRole, OrganisationType::Wijkteam);
    let youth = store
        .add_subject(
            m,
            &SubjectInput {
                relation: domain::Relation::Youth,
                name: String::new(),
                birth_date: "2016-03-01".into(),
                parental_authority: false,
            },
            false,
            now(),
        )
        .unwrap()
        .record
        .subjects[0]
        .subject
        .id;
    let by_school = store
        .add_item(
            m,
            &item_input(school, "Verzuim loopt op sinds oktober."),
            now(),
        )
        .unwrap()
        .id;
    let by_coach = store
        .add_item(m, &item_input(coach, "Gezin heeft schulden."), now())
        .unwrap()
        .id;
    let basis = Basis::CustomLegal(store.custom_basis(wpo.id).unwrap());
    // R7b: not for the wijkteam's item.
    let err = store
        .set_item_basis(m, by_coach, vec![youth], basis.clone(), now())
        .unwrap_err();
    assert!(matches!(
        err,
        StoreError::Invalid(DomainError::LegalBasisNotForOrganisation)
    ));
    store
        .set_item_basis(m, by_school, vec![youth], basis.clone(), now())
        .unwrap();

    // R7b: removing it while the school's item rests on it is refused.
    let err = store.remove_custom_basis(wpo.id, now()).unwrap_err();
    assert!(matches!(
        err,
        StoreError::Invalid(DomainError::StillNeeded(Dependency::ItemsRestOnBasis))
    ));
    // An unknown basis is refused next to its field.
    let err = store
        .remove_custom_basis(domain::CustomBasisId::new(), now())
        .unwrap_err();
    assert!(matches!(
        err,
        StoreError::Invalid(DomainError::UnknownValue {
            field: Field::CustomBasis
        })
    ));
    drop(store);

    // Survives a reopen, with the item still resting on it; the text is not in the audit.
    let mut store = Store::open(dir.path(), PASS).unwrap();
    assert_eq!(store.custom_bases().unwrap(), vec![wpo.clone()]);
    let flow = store.meeting_flow(m).unwrap();
    let item = flow
        .record
        .items
        .iter()
        .find(|i| i.item.id == by_school)
        .unwrap();
    assert_eq!(item.basis, Some(basis));
    let bytes = all_file_bytes(dir.path());
    assert!(bytes
        .iter()
        .all(|(_, b)| !contains(b, b"Wet op het primair onderwijs")));

    // Once the item rests on something else, the basis can go; audited.
    store
        .set_item_basis(
            m,
            by_school,
            vec![youth],
            Basis::Legal(domain::LegalBasis::Wpo),
            now(),
        )
        .unwrap();
    store.remove_custom_basis(wpo.id, now()).unwrap();
    assert!(store.custom_bases().unwrap().is_empty());
    assert_eq!(
        audit_kinds(dir.path()).last().map(String::as_str),
        Some("custom_basis_removed")
    );
}
