#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! R20: the breach list PDF, read back with poppler: every organisation with its
//! categories and counts, marked "Vertrouwelijk" on every page.

mod common;
use common::*;
use domain::{BreachImpact, Category, CategoryImpact, OrganisationImpact, OrganisationType};

#[test]
fn r20_breach_list_pdf_names_each_organisation_with_categories_and_counts() {
    let impact = BreachImpact {
        meetings: 3,
        organisations: vec![
            OrganisationImpact {
                organisation: "Basisschool Één".into(),
                organisation_type: OrganisationType::Onderwijs,
                meetings: 2,
                recipients: 1,
                subjects: 4,
                categories: vec![
                    CategoryImpact {
                        category: Category::General,
                        items: 3,
                        subjects: 2,
                    },
                    CategoryImpact {
                        category: Category::Criminal,
                        items: 1,
                        subjects: 4,
                    },
                ],
            },
            OrganisationImpact {
                organisation: "GGZ Delfland".into(),
                organisation_type: OrganisationType::Ggz,
                meetings: 1,
                recipients: 2,
                subjects: 1,
                categories: vec![CategoryImpact {
                    category: Category::Special,
                    items: 5,
                    subjects: 1,
                }],
            },
        ],
        audit_position: 5150,
    };
    let pdf = docs::render_breach_impact(&impact, printed_on()).unwrap();
    assert_qpdf_ok(&pdf);
    let pages = pdf_pages(&pdf);
    assert_every_page_marked(&pages, docs::BREACH_REFERENCE);
    let text = flatten(&pages.join("\n"));
    assert!(text.contains("3 casusoverleg(gen)"), "{text}");
    assert!(text.contains("Basisschool Één"), "{text}");
    assert!(text.contains("GGZ Delfland"), "{text}");
    assert!(text.contains("3 keer inbreng over 2 betrokkenen"), "{text}");
    assert!(text.contains("1 keer inbreng over 4 betrokkenen"), "{text}");
    assert!(text.contains("5 keer inbreng over 1 betrokkene"), "{text}");
    // R18: the paper list proves how far the audit log had come.
    assert!(text.contains("Logboek #5150"), "{text}");
}
