//! PDF documents (R14): the agreed plan, an extract per recipient, the family letter and
//! the access report of one family member (R14d/R17). A4, DejaVu Sans embedded and subset, "Vertrouwelijk", the meeting
//! reference, "pagina x van y" and the printing date on every page.
//!
//! Must never: read the store itself, or print anything that is not in the view type it
//! is given (`domain::PlanDocument`, `RecipientExtract`, `FamilyLetterData`). Those views
//! hold only what each document may show; an extract receives only what the store's
//! release query returned (R9/R10), and no view has a field for an address (R14).

mod access;
mod breach;
mod extract;
mod fonts;
mod invitation;
mod layout;
mod letter;
mod logo;
mod plan;
mod templates;

pub use access::access_reference;
pub use breach::BREACH_REFERENCE;
pub use fonts::PLACEHOLDER;
pub use logo::logo_decodes;

use domain::{
    AccessReport, BreachImpact, FamilyLetterData, LegalBasis, PlanDocument, RecipientExtract,
};

/// Every page of every document carries this marking (R14).
pub use texts::documents::CONFIDENTIAL_MARK;

/// Why a document could not be made. Carries no personal data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum DocsError {
    /// The embedded font does not parse (a broken build).
    #[error("the embedded font cannot be read")]
    Font,
    /// A document template has an unknown or unclosed placeholder.
    #[error("a document template has an unknown placeholder")]
    Template,
    /// printpdf produced no output.
    #[error("the PDF could not be written")]
    Pdf,
}

/// The footer line of a page: marking, meeting reference and page x of y (R14).
pub use texts::documents::page_footer;

/// R14a: the agreed plan for the regiehouder's dossier, as PDF bytes.
pub fn render_plan(plan: &PlanDocument) -> Result<Vec<u8>, DocsError> {
    plan::render(plan)
}

/// R14b: the extract for one recipient, as PDF bytes.
pub fn render_extract(extract: &RecipientExtract) -> Result<Vec<u8>, DocsError> {
    extract::render(extract)
}

/// R20: the breach list per partner organisation, as PDF bytes.
pub fn render_breach_impact(
    impact: &BreachImpact,
    printed_on: chrono::NaiveDate,
) -> Result<Vec<u8>, DocsError> {
    breach::render(impact, printed_on)
}

/// R14c: the family letter, as PDF bytes.
pub fn render_family_letter(letter: &FamilyLetterData) -> Result<Vec<u8>, DocsError> {
    letter::render(letter)
}

/// Issue 17 point 8: one participant's invitation with the confidentiality statement.
pub fn render_invitation(invitation: &domain::InvitationData) -> Result<Vec<u8>, DocsError> {
    invitation::render_invitation(invitation)
}

/// Issue 17 point 8: the attendance sheet with the statement and a row to sign per
/// participant.
pub fn render_attendance_sheet(sheet: &domain::AttendanceSheetData) -> Result<Vec<u8>, DocsError> {
    invitation::render_attendance_sheet(sheet)
}

/// R14d/R17: the access report for one family member, as PDF bytes. `legal_basis` names a
/// legal basis in Dutch (the app's label table).
pub fn render_access_report(
    report: &AccessReport,
    legal_basis: &dyn Fn(LegalBasis) -> &'static str,
) -> Result<Vec<u8>, DocsError> {
    access::render(report, legal_basis)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn r14_footer_is_marked_confidential_with_page_numbers() {
        assert_eq!(
            page_footer("CO-2026-001", 2, 3),
            "Vertrouwelijk · CO-2026-001 · pagina 2 van 3"
        );
    }
}
