//! R14d/R17: the access report (inzageoverzicht) for one family member: per meeting the
//! items about them, with fact/opinion, category, the contributor's organisation, the
//! basis, the source (seed 003 §5.2.1d "herkomst"), to whom each was released and for
//! what, and corrections. An item also about someone else is listed without its text
//! (seed 003 §5.2.3b). Everything comes from
//! `domain::AccessReport`, which the store builds from the items linked to this one person.

use crate::layout::Layout;
use crate::templates::{self, ACCESS_INTRO};
use crate::DocsError;
use domain::{AccessBasis, AccessContent, AccessReport, DocumentHeader, LegalBasis};
use texts::documents::{self as t, date};

/// Seed 003 §5.2.3b: what the report says instead of the text of an item that is also
/// about someone else.
pub use texts::documents::ABOUT_OTHERS_TOO;

/// The reference in the footer: no name, only the printing date.
pub fn access_reference(report: &AccessReport) -> String {
    t::access_reference(report.printed_on)
}

fn basis(b: &AccessBasis, legal: &dyn Fn(LegalBasis) -> &'static str) -> String {
    match b {
        AccessBasis::None => t::BASIS_NONE.into(),
        AccessBasis::Consent => t::BASIS_CONSENT.into(),
        AccessBasis::Legal(l) => t::legal_basis(legal(*l)),
        // R7b: a basis the chair added: the law and its article as typed.
        AccessBasis::CustomLegal { law, article } => {
            t::legal_basis(&texts::labels::custom_basis(law, article))
        }
        AccessBasis::ConflictOfDuties => t::BASIS_CONFLICT_OF_DUTIES.into(),
    }
}

pub(crate) fn render(
    report: &AccessReport,
    legal: &dyn Fn(LegalBasis) -> &'static str,
) -> Result<Vec<u8>, DocsError> {
    let mut l = Layout::new()?;
    l.organisation(report.organisation.as_ref());
    l.title(t::ACCESS_TITLE);
    templates::render(
        &mut l,
        &templates::fill(ACCESS_INTRO, &[("naam", &report.subject_name)])?,
    );
    l.heading(t::ABOUT_WHOM);
    l.field(t::NAME, &report.subject_name);
    if let Some(b) = report.birth_date {
        l.field(t::BIRTH_DATE, &date(b));
    }
    l.field(t::ACCESS_DATE, &date(report.printed_on));
    if report.objected {
        l.paragraph(t::OBJECTED);
    }
    if report.meetings.is_empty() {
        l.paragraph(t::NOTHING_ABOUT_YOU);
    }
    for m in &report.meetings {
        l.heading(&t::meeting_of(&date(m.meeting_date)));
        l.field(t::REFERENCE, &m.meeting_ref);
        l.field(t::PURPOSE, &m.purpose);
        l.field(t::STATUS, if m.finalized { t::FINALIZED } else { t::DRAFT });
        if m.items.is_empty() {
            l.paragraph(t::NOTHING_IN_MEETING);
        }
        for i in &m.items {
            l.strong(&t::item_heading(
                i.number,
                t::kind(i.kind),
                t::category(i.category),
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
            l.indented(&t::contributed_by_organisation(&i.contributor_organisation));
            l.indented(&t::source_line(i.source, detail));
            l.indented(&t::ground(&basis(&i.basis, legal)));
            if i.consent_withdrawn {
                l.indented(t::CONSENT_WITHDRAWN);
            }
            if i.releases.is_empty() {
                l.indented(t::NOT_PASSED_ON);
            }
            for r in &i.releases {
                l.indented(&t::passed_on(
                    &r.recipient,
                    &r.recipient_organisation,
                    &r.purpose,
                    &date(r.due),
                ));
            }
            for v in versions {
                let mut line = t::version(v.version, &date(v.on), &v.text);
                if let Some(reason) = &v.reason {
                    line.push_str(&t::correction_reason(reason));
                }
                if let Some(reaction) = &v.reaction {
                    line.push_str(&t::your_reaction(reaction));
                }
                l.indented(&line);
            }
            l.space(6.0);
        }
    }
    l.privacy_officer(report.organisation.as_ref());
    let header = DocumentHeader {
        meeting_ref: access_reference(report),
        meeting_date: report.printed_on,
        printed_on: report.printed_on,
        audit_position: Some(report.audit_position),
        organisation: None,
    };
    l.finish(t::ACCESS_TITLE, &header)
}
