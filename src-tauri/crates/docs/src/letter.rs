//! R14c: the family letter in plain Dutch (B1), from the templates in `assets/documents/`.

use crate::labels::date;
use crate::layout::Layout;
use crate::templates::{self, FAMILY_LETTER, RIGHTS};
use crate::DocsError;
use domain::FamilyLetterData;

/// Multi-line texts typed by professionals go into one list item or sentence.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One line that ends like a sentence.
fn sentence(s: &str) -> String {
    let mut line = one_line(s);
    if !line.ends_with(['.', '!', '?']) {
        line.push('.');
    }
    line
}

pub(crate) fn render(letter: &FamilyLetterData) -> Result<Vec<u8>, DocsError> {
    let c = &letter.contact;
    let mut reach = Vec::new();
    if let Some(p) = &c.phone {
        reach.push(format!("telefoon {p}"));
    }
    if let Some(e) = &c.email {
        reach.push(format!("e-mail {e}"));
    }
    let reachable = if reach.is_empty() {
        String::new()
    } else {
        format!("U bereikt {} via {}.", c.name, reach.join(" of "))
    };
    let agreed = if letter.actions.is_empty() {
        "Er zijn geen nieuwe afspraken gemaakt.".to_owned()
    } else {
        letter
            .actions
            .iter()
            .map(|a| {
                format!(
                    "- {} ({}): {} Uiterlijk {}.",
                    a.who,
                    a.organisation,
                    sentence(&a.what),
                    date(a.due)
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    let presence = if letter.family_present {
        "U was zelf ook bij het overleg."
    } else {
        "U was zelf niet bij het overleg."
    };
    let meeting_date = date(letter.header.meeting_date);
    let purpose = sentence(&letter.purpose);
    let org = one_line(&c.organisation);
    let values = [
        ("datum_overleg", meeting_date.as_str()),
        ("aanwezigheid", presence),
        ("doel", purpose.as_str()),
        ("afspraken", agreed.as_str()),
        ("contact_naam", c.name.as_str()),
        ("contact_organisatie", org.as_str()),
        ("contact_bereikbaar", reachable.as_str()),
    ];
    let mut l = Layout::new()?;
    l.title("Brief over het casusoverleg");
    l.field("Datum", &date(letter.header.printed_on));
    l.field("Kenmerk", &letter.header.meeting_ref);
    l.space(10.0);
    templates::render(&mut l, &templates::fill(FAMILY_LETTER, &values)?);
    templates::render(&mut l, &templates::fill(RIGHTS, &values)?);
    l.finish("Brief over het casusoverleg", &letter.header)
}
