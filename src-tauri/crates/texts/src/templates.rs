//! The longer fixed texts of the documents (R14), kept in editable template files under
//! `assets/documents/` (plain Dutch, B1). A template is plain text: paragraphs separated by
//! a blank line, `# ` starts a heading, `- ` a list item, `[[key]]` starts a section, and
//! `{name}` is replaced by a value (the `docs` crate fills and lays them out).

/// R12/R14c/R17: the family letter in one language: one sectioned file per language under
/// `assets/documents/familiebrief/` holding the letter (`brief`), its sentences, the rights
/// and complaint routes, and the words around them (title, dates, footer). Adding a
/// language is adding its file, a [`domain::LetterLanguage`] and one line here; the docs
/// crate's test checks the file has every section and placeholder of the Dutch one.
pub fn family_letter(language: domain::LetterLanguage) -> &'static str {
    match language {
        domain::LetterLanguage::Nl => {
            include_str!("../../../../assets/documents/familiebrief/nl.txt")
        }
        domain::LetterLanguage::En => {
            include_str!("../../../../assets/documents/familiebrief/en.txt")
        }
    }
}
/// R14b: the opening of an extract.
pub const EXTRACT_INTRO: &str =
    include_str!("../../../../assets/documents/uittreksel-inleiding.txt");
/// R14d: the opening of the access report.
pub const ACCESS_INTRO: &str = include_str!("../../../../assets/documents/inzage-inleiding.txt");
/// R14a: the opening of the plan.
pub const PLAN_INTRO: &str = include_str!("../../../../assets/documents/plan-inleiding.txt");
/// Issue 17 point 8: the confidentiality statement every participant confirms (seed 002:
/// "Het overleg is vertrouwelijk"; seed 004 art. 6.1), on the invitation and the
/// attendance sheet.
pub const CONFIDENTIALITY_STATEMENT: &str =
    include_str!("../../../../assets/documents/geheimhoudingsverklaring.txt");
/// Issue 17 point 8: the invitation to one participant.
pub const INVITATION: &str = include_str!("../../../../assets/documents/uitnodiging.txt");
/// Issue 17 point 8: the sentences of the invitation and the attendance sheet, by section.
pub const INVITATION_SENTENCES: &str =
    include_str!("../../../../assets/documents/uitnodiging-zinnen.txt");
