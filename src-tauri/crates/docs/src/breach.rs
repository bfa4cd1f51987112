//! R20: the short breach list to send to the partners within 24 hours (seed 004 art. 8.6):
//! per organisation which categories of data about how many family members it received.
//! Organisation names and counts only, from `domain::BreachImpact`.

use crate::labels::{category, date};
use crate::layout::Layout;
use crate::DocsError;
use chrono::NaiveDate;
use domain::{BreachImpact, DocumentHeader};

/// The reference in the footer of the breach list (it belongs to no single meeting).
pub const BREACH_REFERENCE: &str = "Datalek-overzicht";

pub(crate) fn render(impact: &BreachImpact, printed_on: NaiveDate) -> Result<Vec<u8>, DocsError> {
    let mut l = Layout::new()?;
    l.title("Datalek: welke organisaties kregen gegevens?");
    l.paragraph(&format!(
        "Overzicht van {} casusoverleg(gen), gemaakt op {}. Informeer deze partners binnen 24 uur.",
        impact.meetings,
        date(printed_on)
    ));
    if impact.organisations.is_empty() {
        l.paragraph("Geen enkele organisatie kreeg gegevens uit deze overleggen.");
    }
    for o in &impact.organisations {
        l.heading(&o.organisation);
        l.field("Overleggen", &o.meetings.to_string());
        l.field("Ontvangers", &o.recipients.to_string());
        l.field("Gezinsleden", &o.subjects.to_string());
        for c in &o.categories {
            l.bullet(&format!(
                "{}: {} gegevens over {} gezinsleden",
                category(c.category),
                c.items,
                c.subjects
            ));
        }
    }
    let header = DocumentHeader {
        meeting_ref: BREACH_REFERENCE.into(),
        meeting_date: printed_on,
        printed_on,
    };
    l.finish("Datalek-overzicht", &header)
}
