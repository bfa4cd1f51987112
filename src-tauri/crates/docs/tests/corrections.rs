#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! R14/R16: an extract printed after a correction shows the current version of the item
//! and never the old text (read back from the real PDF with poppler).

mod common;
use chrono::Utc;
use common::*;
use domain::{Category, CorrectionInput, Kind, Relation, Role};
use store::Store;

#[test]
fn r16_extract_printed_after_a_correction_shows_the_new_text_only() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(dir.path(), PASS).unwrap();
    let built = build(
        &mut store,
        5,
        &Spec {
            others: vec![Role::ContentRole],
            has_action: vec![true, true],
            items: vec![ItemSpec {
                contributor: 1,
                kind: Kind::Fact,
                category: Category::General,
                consent: true,
                withdraw: false,
            }],
            decisions: vec![vec![0, 0]],
            filler: 0,
        },
    );
    let lead = built.participants[0];
    let before = pdf_pages(
        &docs::render_extract(
            &store
                .recipient_extract(built.id, lead, printed_on())
                .unwrap(),
        )
        .unwrap(),
    )
    .concat();
    assert!(markers(&before).contains("Mk5i0x"), "{before}");
    let flow = store.meeting_flow(built.id).unwrap();
    let item = flow.record.items[0].item.id;
    let parent = flow
        .record
        .subjects
        .iter()
        .find(|s| s.subject.relation == Relation::Parent)
        .unwrap()
        .subject
        .id;
    let (_, inform) = store
        .correct_item(
            built.id,
            &CorrectionInput {
                item,
                text: "Gecorrigeerd Mk5i9x: het thuis is rustig.".into(),
                reason: "Onjuist weergegeven.".into(),
                reaction: "Ouder is het eens met de nieuwe tekst.".into(),
                requested_by: parent,
                competent: true,
                decision: domain::DecisionChoice::Granted,
                decided_on: Utc::now().date_naive().format("%Y-%m-%d").to_string(),
                motivation: String::new(),
            },
            Utc::now(),
        )
        .unwrap();
    assert_eq!(
        inform,
        store::CorrectionResult::Corrected { inform: vec![lead] }
    );
    let after_pdf = docs::render_extract(
        &store
            .recipient_extract(built.id, lead, printed_on())
            .unwrap(),
    )
    .unwrap();
    assert_qpdf_ok(&after_pdf);
    let after = pdf_pages(&after_pdf).concat();
    let found = markers(&after);
    assert!(found.contains("Mk5i9x"), "{after}");
    assert!(!found.contains("Mk5i0x"), "old text printed: {after}");
}
