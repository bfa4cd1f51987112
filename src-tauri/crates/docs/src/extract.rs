//! R14b: the extract for one recipient: only the items released to them, each with the
//! purpose (action), contributor, source (R6), fact/opinion label and category. Nothing about other
//! items: the view type carries none.

use crate::labels::{self, date};
use crate::layout::Layout;
use crate::plan::person;
use crate::templates::{self, EXTRACT_INTRO};
use crate::DocsError;
use domain::RecipientExtract;

pub(crate) fn render(extract: &RecipientExtract) -> Result<Vec<u8>, DocsError> {
    let mut l = Layout::new()?;
    l.title("Uittreksel casusoverleg");
    templates::render(
        &mut l,
        &templates::fill(EXTRACT_INTRO, &[("ontvanger", &extract.recipient.name)])?,
    );
    l.heading("Gegevens van het overleg");
    l.field("Casus", &extract.case_label);
    l.field("Datum", &date(extract.header.meeting_date));
    l.field("Kenmerk", &extract.header.meeting_ref);
    l.field("Ontvanger", &person(&extract.recipient));

    l.heading("Aan u vrijgegeven gegevens");
    if extract.items.is_empty() {
        l.paragraph("Er zijn geen gegevens aan u vrijgegeven.");
    }
    for i in &extract.items {
        l.strong(&format!(
            "Gegeven {} — {}, {}",
            i.number,
            labels::kind(i.kind),
            labels::category(i.category)
        ));
        l.indented(&i.text);
        l.indented(&format!(
            "Ingebracht door: {} ({})",
            i.contributor, i.contributor_organisation
        ));
        l.indented(&labels::source_line(
            i.source.kind,
            i.source.detail.as_ref().map(|d| d.as_str()),
        ));
        l.indented(&format!(
            "Alleen te gebruiken voor: {} (uiterlijk {})",
            i.action,
            date(i.due)
        ));
        if let Some(m) = &i.motivation {
            l.indented(&format!("Reden van vrijgave: {m}"));
        }
        l.space(6.0);
    }
    l.finish("Uittreksel casusoverleg", &extract.header)
}
