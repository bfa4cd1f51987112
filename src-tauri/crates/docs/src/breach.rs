//! R20: the short breach list to send to the partners within 24 hours (seed 004 art. 8.6):
//! per organisation which categories of data about how many family members it received.
//! Organisation names and counts only, from `domain::BreachImpact`.

use crate::layout::Layout;
use crate::DocsError;
use chrono::NaiveDate;
use domain::{BreachImpact, DocumentHeader};
use texts::documents::{self as t, category, date};

/// The reference in the footer of the breach list (it belongs to no single meeting).
pub use texts::documents::BREACH_REFERENCE;

pub(crate) fn render(impact: &BreachImpact, printed_on: NaiveDate) -> Result<Vec<u8>, DocsError> {
    let mut l = Layout::new()?;
    l.title(t::BREACH_TITLE);
    l.paragraph(&t::breach_intro(impact.meetings, &date(printed_on)));
    if impact.organisations.is_empty() {
        l.paragraph(t::NO_ORGANISATION);
    }
    for o in &impact.organisations {
        l.heading(&o.organisation);
        l.field(t::MEETINGS, &o.meetings.to_string());
        l.field(t::RECIPIENTS, &o.recipients.to_string());
        l.field(t::MEMBERS, &o.subjects.to_string());
        for c in &o.categories {
            l.bullet(&t::breach_category(
                category(c.category),
                c.items,
                c.subjects,
            ));
        }
    }
    let header = DocumentHeader {
        meeting_ref: BREACH_REFERENCE.into(),
        meeting_date: printed_on,
        printed_on,
        audit_position: Some(impact.audit_position),
        organisation: None,
    };
    l.finish(BREACH_REFERENCE, &header)
}
