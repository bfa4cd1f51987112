//! R14d/R17: the access report (inzageoverzicht) for one family member: per meeting the
//! items about them, with fact/opinion, category, the contributor's organisation, the
//! basis, the source (seed 003 §5.2.1d "herkomst"), to whom each was released and for
//! what, and corrections. An item also about someone else is listed without its text
//! (seed 003 §5.2.3b). Everything comes from
//! `domain::AccessReport`, which the store builds from the items linked to this one person.

use crate::labels::{self, date};
use crate::layout::Layout;
use crate::templates::{self, ACCESS_INTRO};
use crate::DocsError;
use domain::{AccessBasis, AccessContent, AccessReport, DocumentHeader, LegalBasis};

/// Seed 003 §5.2.3b: what the report says instead of the text of an item that is also
/// about someone else.
pub const ABOUT_OTHERS_TOO: &str = "Dit gegeven gaat ook over iemand anders. Daarom staat de tekst hier niet. Vraag de organisatie die het inbracht om inzage in het deel over u.";

/// The reference in the footer: no name, only the printing date.
pub fn access_reference(report: &AccessReport) -> String {
    format!("INZAGE-{}", report.printed_on.format("%Y%m%d"))
}

fn basis(b: &AccessBasis, legal: &dyn Fn(LegalBasis) -> &'static str) -> String {
    match b {
        AccessBasis::None => "nog niet vastgelegd".into(),
        AccessBasis::Consent => "toestemming".into(),
        AccessBasis::Legal(l) => format!("wettelijke grondslag: {}", legal(*l)),
        // R7b: a basis the chair added: the law and its article as typed.
        AccessBasis::CustomLegal { law, article } => {
            format!("wettelijke grondslag: {law}, {article}")
        }
        AccessBasis::ConflictOfDuties => "conflict van plichten".into(),
    }
}

pub(crate) fn render(
    report: &AccessReport,
    legal: &dyn Fn(LegalBasis) -> &'static str,
) -> Result<Vec<u8>, DocsError> {
    let mut l = Layout::new()?;
    l.title("Inzageoverzicht");
    templates::render(
        &mut l,
        &templates::fill(ACCESS_INTRO, &[("naam", &report.subject_name)])?,
    );
    l.heading("Over wie");
    l.field("Naam", &report.subject_name);
    if let Some(b) = report.birth_date {
        l.field("Geboortedatum", &date(b));
    }
    l.field("Datum overzicht", &date(report.printed_on));
    if report.objected {
        l.paragraph(
            "U heeft bezwaar gemaakt. Er worden geen nieuwe gegevens meer over u vastgelegd.",
        );
    }
    if report.meetings.is_empty() {
        l.paragraph("Er zijn geen gegevens over u vastgelegd.");
    }
    for m in &report.meetings {
        l.heading(&format!("Casusoverleg van {}", date(m.meeting_date)));
        l.field("Kenmerk", &m.meeting_ref);
        l.field("Doel", &m.purpose);
        l.field(
            "Status",
            if m.finalized {
                "afgerond"
            } else {
                "nog niet afgerond"
            },
        );
        if m.items.is_empty() {
            l.paragraph("In dit overleg is niets over u ingebracht.");
        }
        for i in &m.items {
            l.strong(&format!(
                "Gegeven {} — {}, {}",
                i.number,
                labels::kind(i.kind),
                labels::category(i.category)
            ));
            let (text, detail, versions) = match &i.content {
                AccessContent::Shown {
                    text,
                    source_detail,
                    versions,
                } => (text.as_str(), source_detail.as_deref(), versions.as_slice()),
                AccessContent::AboutOthersToo => (ABOUT_OTHERS_TOO, None, &[][..]),
            };
            l.indented(text);
            l.indented(&format!("Ingebracht door: {}", i.contributor_organisation));
            l.indented(&labels::source_line(i.source, detail));
            l.indented(&format!("Grond: {}", basis(&i.basis, legal)));
            if i.consent_withdrawn {
                l.indented("De toestemming is ingetrokken. Dit gegeven wordt niet meer gedeeld.");
            }
            if i.releases.is_empty() {
                l.indented("Niet doorgegeven aan anderen.");
            }
            for r in &i.releases {
                l.indented(&format!(
                    "Doorgegeven aan: {} ({}), voor: {} (uiterlijk {})",
                    r.recipient,
                    r.recipient_organisation,
                    r.purpose,
                    date(r.due)
                ));
            }
            for v in versions {
                let mut line = format!("Versie {} van {}: {}", v.version, date(v.on), v.text);
                if let Some(reason) = &v.reason {
                    line.push_str(&format!(" Reden van correctie: {reason}"));
                }
                if let Some(reaction) = &v.reaction {
                    line.push_str(&format!(" Uw reactie: {reaction}"));
                }
                l.indented(&line);
            }
            l.space(6.0);
        }
    }
    let header = DocumentHeader {
        meeting_ref: access_reference(report),
        meeting_date: report.printed_on,
        printed_on: report.printed_on,
    };
    l.finish("Inzageoverzicht", &header)
}
