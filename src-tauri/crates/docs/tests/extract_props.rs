#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! R9/R10/R14b as a property: for random meetings built and finalized in a real encrypted
//! store, every recipient's extract, read back out of the PDF by poppler, holds exactly the
//! items released to that recipient (not withdrawn) and none of the others; the plan and
//! the family letter hold no item text at all; every page is marked; qpdf accepts all; the
//! secret address of every consenting parent is in no document (R14).

mod common;
use common::*;
use domain::{Category, Kind, Role};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use std::cell::RefCell;
use std::collections::BTreeSet;
use store::Store;

fn role() -> impl Strategy<Value = Role> {
    prop_oneof![
        Just(Role::ContentRole),
        Just(Role::Expert),
        Just(Role::Informant),
        Just(Role::Other)
    ]
}

fn kind() -> impl Strategy<Value = Kind> {
    prop_oneof![Just(Kind::Fact), Just(Kind::Opinion)]
}

fn category() -> impl Strategy<Value = Category> {
    prop_oneof![
        Just(Category::General),
        Just(Category::Special),
        Just(Category::Criminal)
    ]
}

fn spec() -> impl Strategy<Value = Spec> {
    (prop::collection::vec(role(), 1..5), 0..7usize).prop_flat_map(|(others, n_items)| {
        let np = others.len() + 1;
        let item = (0..np, kind(), category(), any::<bool>(), any::<bool>()).prop_map(
            |(contributor, kind, category, consent, withdraw)| ItemSpec {
                contributor,
                kind,
                category,
                consent,
                withdraw: consent && withdraw,
            },
        );
        (
            Just(others),
            prop::collection::vec(any::<bool>(), np),
            prop::collection::vec(item, n_items),
            prop::collection::vec(prop::collection::vec(0u8..2, np), n_items),
        )
            .prop_map(|(others, has_action, items, decisions)| Spec {
                others,
                has_action,
                items,
                decisions,
                filler: 0,
            })
    })
}

fn check(store: &mut Store, n: usize, spec: &Spec) {
    let built = build(store, n, spec);
    let day = printed_on();

    // Who gets an extract: exactly the participants with something released to them.
    let with_items: Vec<_> = built
        .participants
        .iter()
        .zip(&built.expected)
        .filter(|(_, e)| !e.is_empty())
        .map(|(p, _)| *p)
        .collect();
    assert_eq!(store.document_recipients(built.id).unwrap(), with_items);

    let all: BTreeSet<String> = built.markers.iter().cloned().collect();
    for (r, p) in built.participants.iter().enumerate() {
        let extract = store.recipient_extract(built.id, *p, day).unwrap();
        assert_eq!(extract.items.len(), built.expected[r].len());
        let pdf = docs::render_extract(&extract).unwrap();
        let pages = pdf_pages(&pdf);
        assert_every_page_marked(&pages, &extract.header.meeting_ref);
        let found = markers(&pages.concat());
        assert_eq!(found, built.expected[r], "recipient {r} of meeting {n}");
        assert!(
            !pages.concat().contains(SECRET_ADDRESS_MARKER),
            "R14: secret address"
        );
        assert!(found.is_subset(&all));
        assert_qpdf_ok(&pdf);
    }

    let plan = store.plan_document(built.id, day).unwrap();
    let mut pdfs = vec![docs::render_plan(&plan).unwrap()];
    for (_, letter) in store.family_letters(built.id, day).unwrap() {
        pdfs.push(docs::render_family_letter(&letter.unwrap()).unwrap());
    }
    for pdf in pdfs {
        let pages = pdf_pages(&pdf);
        assert_every_page_marked(&pages, &plan.header.meeting_ref);
        assert_eq!(
            markers(&pages.concat()),
            BTreeSet::new(),
            "item text leaked"
        );
        assert!(
            !pages.concat().contains(SECRET_ADDRESS_MARKER),
            "R14: secret address"
        );
        assert_qpdf_ok(&pdf);
    }
}

#[test]
fn r9_r10_r14_every_extract_holds_exactly_the_released_items_of_its_recipient() {
    let dir = tempfile::tempdir().unwrap();
    // One store for all cases: unlocking costs ~0.1 s (engineering §2).
    let store = RefCell::new(Store::create(dir.path(), PASS).unwrap());
    let counter = RefCell::new(0usize);
    let cases = std::env::var("DOCS_PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200u32)
        .max(200);
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&spec(), |spec| {
            let n = {
                let mut c = counter.borrow_mut();
                *c += 1;
                *c
            };
            check(&mut store.borrow_mut(), n, &spec);
            Ok(())
        })
        .unwrap();
    assert!(*counter.borrow() >= 200);
}
