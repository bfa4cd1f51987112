//! R14b: the extract for one recipient: only the items released to them, each with the
//! purpose (action), contributor, source (R6), fact/opinion label and category. Nothing about other
//! items: the view type carries none.

use crate::layout::Layout;
use crate::plan::person;
use crate::templates::{self, EXTRACT_INTRO};
use crate::DocsError;
use domain::RecipientExtract;
use texts::documents::{self as t, date};

pub(crate) fn render(extract: &RecipientExtract) -> Result<Vec<u8>, DocsError> {
    let mut l = Layout::new()?;
    l.title(t::EXTRACT_TITLE);
    templates::render(
        &mut l,
        &templates::fill(EXTRACT_INTRO, &[("ontvanger", &extract.recipient.name)])?,
    );
    l.heading(t::MEETING_DETAILS);
    l.field(t::CASE, &extract.case_label);
    l.field(t::DATE, &date(extract.header.meeting_date));
    l.field(t::REFERENCE, &extract.header.meeting_ref);
    l.field(t::RECIPIENT, &person(&extract.recipient));

    l.heading(t::RELEASED_TO_YOU);
    if extract.items.is_empty() {
        l.paragraph(t::NOTHING_RELEASED_TO_YOU);
    }
    for i in &extract.items {
        l.strong(&t::item_heading(
            i.number,
            t::kind(i.kind),
            t::category(i.category),
        ));
        l.indented(&i.text);
        l.indented(&t::contributed_by(
            &i.contributor,
            &i.contributor_organisation,
        ));
        l.indented(&t::source_line(
            i.source.kind,
            i.source.detail.as_ref().map(|d| d.as_str()),
        ));
        l.indented(&t::only_for(&i.action, &date(i.due)));
        if let Some(m) = &i.motivation {
            l.indented(&t::release_reason(m));
        }
        l.space(6.0);
    }
    l.finish(t::EXTRACT_TITLE, &extract.header)
}
