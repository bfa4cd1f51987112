//! R19/R20: the texts of the management report (its CSV and the screen) and of the breach
//! overview: the Dutch description of each report line, by the line's code.

use domain::Category;

/// The Dutch description of a report line (`row` `None`: the group's total).
pub fn report_label(group: &str, row: Option<&str>) -> &'static str {
    match (group, row) {
        ("meetings", None) => "Casusoverleggen",
        ("meetings", Some("finalized")) => "Afgerond",
        ("meetings", Some("draft")) => "Nog niet afgerond",
        ("meetings_mode", None) => "Casusoverleggen",
        ("meetings_mode", Some("anonymous")) => crate::documents::ANONYMOUS,
        ("meetings_mode", Some("named")) => "Met namen besproken",
        ("items_by_category", None) => "Inbreng",
        ("items_by_category", Some("general")) => category(Category::General),
        ("items_by_category", Some("special")) => category(Category::Special),
        ("items_by_category", Some("criminal")) => category(Category::Criminal),
        ("items_by_basis", None) => "Inbreng",
        ("items_by_basis", Some("consent")) => "Op grond van toestemming",
        ("items_by_basis", Some("legal")) => "Op grond van de wet",
        ("items_by_basis", Some("conflict_of_duties")) => "Conflict van plichten",
        ("items_by_basis", Some("none")) => "Nog zonder grondslag",
        ("releases", None) => "Besluiten over vrijgave",
        ("releases", Some("granted")) => "Vrijgegeven",
        ("releases", Some("kept")) => "Blijft in het overleg",
        ("notifications", None) => "Afspraken over informeren van het gezin",
        ("notifications", Some("beforehand")) => "Afgesproken: vooraf informeren",
        ("notifications", Some("afterwards")) => "Afgesproken: achteraf informeren",
        ("notifications", Some("postponed")) => "Informeren uitgesteld",
        ("decisions", None) => "Besluiten van het overleg",
        ("decisions", Some("with_dissent")) => "Met verschil van inzicht",
        ("decisions", Some("without_dissent")) => "Zonder verschil van inzicht",
        ("rights_requests", None) => "Verzoeken van het gezin (inzage, correctie)",
        ("rights_requests", Some("in_time")) => "Op tijd afgehandeld",
        ("rights_requests", Some("late")) => "Te laat afgehandeld",
        ("rights_requests", Some("open")) => "Nog open",
        _ => "",
    }
}

/// R19: the CSV's description of the period's code line.
pub const PERIOD: &str = "Periode";
/// R19: the CSV's description of the period's first day.
pub const FIRST_DAY: &str = "Eerste dag";
/// R19: the CSV's description of the period's last day.
pub const LAST_DAY: &str = "Laatste dag";

/// R19/R20: a category of personal data, as the report and the breach overview name it.
pub fn category(c: Category) -> &'static str {
    match c {
        Category::General => "Gewone persoonsgegevens",
        Category::Special => "Bijzondere persoonsgegevens",
        Category::Criminal => "Strafrechtelijke gegevens",
    }
}
