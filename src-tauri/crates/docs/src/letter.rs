//! R14c: the family letter in plain Dutch (B1), from the templates in `assets/documents/`.

use crate::layout::Layout;
use crate::templates::{self, FAMILY_LETTER, LETTER_SENTENCES, RIGHTS};
use crate::DocsError;
use domain::{FamilyLetterData, LetterCondition};
use texts::documents::{self as t, date, relation};

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

/// A section of the letter's sentences template, filled.
fn said(key: &str, values: &[(&str, &str)]) -> Result<String, DocsError> {
    templates::fill(templates::section(LETTER_SENTENCES, key)?, values)
}

pub(crate) fn render(letter: &FamilyLetterData) -> Result<Vec<u8>, DocsError> {
    let c = &letter.contact;
    let mut reach = Vec::new();
    if let Some(p) = &c.phone {
        reach.push(t::by_phone(p));
    }
    if let Some(e) = &c.email {
        reach.push(t::by_email(e));
    }
    let reachable = if reach.is_empty() {
        String::new()
    } else {
        t::reachable(&c.name, &reach)
    };
    let org = one_line(&c.organisation);
    let contact = [
        ("contact_naam", c.name.as_str()),
        ("contact_organisatie", org.as_str()),
    ];
    // R14c: the salutation: the addressee by name, or by relation in an anonymous
    // meeting, or the family in general.
    let greeting = match &letter.to {
        None => said("aanhef-gezin", &[])?,
        Some(m) => {
            let name = m
                .name
                .clone()
                .unwrap_or_else(|| relation(m.relation).to_owned());
            said("aanhef-persoon", &[("naam", name.as_str())])?
        }
    };
    // R14c: an action's own words only where the chair checked them for the family;
    // actions marked not for the family never reach this view.
    let agreed = if letter.actions.is_empty() {
        said("geen-afspraken", &[])?
    } else {
        letter
            .actions
            .iter()
            .map(|a| {
                let line = match &a.what {
                    Some(what) => format!("{} ({}): {}", a.who, a.organisation, sentence(what)),
                    None => said(
                        "afspraak-algemeen",
                        &[
                            ("wie", a.who.as_str()),
                            ("organisatie", a.organisation.as_str()),
                        ],
                    )?,
                };
                let line = match &a.condition {
                    LetterCondition::None => line,
                    LetterCondition::Shown(c) => format!(
                        "{line} {}",
                        said("afspraak-voorwaarde", &[("voorwaarde", &sentence(c))])?
                    ),
                    LetterCondition::General => {
                        format!("{line} {}", said("afspraak-voorwaarde-algemeen", &[])?)
                    }
                };
                Ok(t::letter_action(&line, &date(a.due)))
            })
            .collect::<Result<Vec<_>, DocsError>>()?
            .join("\n")
    };
    // R14c/seed 002: the decisions and why, in the chair's checked words or as a neutral
    // sentence; decisions not for the family never reach this view.
    let decided = if letter.decisions.is_empty() {
        String::new()
    } else {
        let lines = letter
            .decisions
            .iter()
            .map(|d| {
                let line = match &d.checked {
                    Some((what, why)) => said(
                        "besluit",
                        &[("wat", &sentence(what)), ("waarom", &sentence(why))],
                    )?,
                    None => said("besluit-algemeen", &[])?,
                };
                Ok(format!("- {line}"))
            })
            .collect::<Result<Vec<_>, DocsError>>()?;
        format!("# {}\n\n{}", said("besluit-kop", &[])?, lines.join("\n"))
    };
    // Issue 17 point 1: what the addressee (or the family) said, and the answers.
    let voice = if letter.voices.is_empty() {
        String::new()
    } else {
        let own = letter.to.is_some();
        let heading = said(
            if own {
                "stem-kop-persoon"
            } else {
                "stem-kop-gezin"
            },
            &[],
        )?;
        let lines = letter
            .voices
            .iter()
            .map(|v| {
                let kind = match v.kind {
                    domain::VoiceKind::View => "mening",
                    domain::VoiceKind::Wish => "wens",
                    domain::VoiceKind::Objection => "bezwaar",
                };
                let whose = if own { "persoon" } else { "gezin" };
                let who = v
                    .member
                    .as_ref()
                    .map(|m| match &m.name {
                        Some(n) => one_line(n),
                        None => relation(m.relation).to_owned(),
                    })
                    .unwrap_or_default();
                let text = sentence(&v.text);
                let mut line = said(
                    &format!("stem-{kind}-{whose}"),
                    &[("wie", who.as_str()), ("tekst", text.as_str())],
                )?;
                if let Some(a) = &v.answer {
                    line.push(' ');
                    line.push_str(&said("stem-antwoord", &[("antwoord", &sentence(a))])?);
                }
                Ok(format!("- {line}"))
            })
            .collect::<Result<Vec<_>, DocsError>>()?;
        format!("# {heading}\n\n{}", lines.join("\n"))
    };
    let presence = said(
        if letter.present {
            "aanwezig"
        } else {
            "niet-aanwezig"
        },
        &[],
    )?;
    let purpose = match &letter.purpose {
        Some(p) => said("doel-gecontroleerd", &[("doel", sentence(p).as_str())])?,
        None => said("doel-algemeen", &[])?,
    };
    let meeting_date = date(letter.header.meeting_date);
    let values = [
        ("aanhef", greeting.as_str()),
        ("datum_overleg", meeting_date.as_str()),
        ("aanwezigheid", presence.as_str()),
        ("doel", purpose.as_str()),
        ("besluiten", decided.as_str()),
        ("afspraken", agreed.as_str()),
        ("stem", voice.as_str()),
        ("contact_naam", c.name.as_str()),
        ("contact_organisatie", org.as_str()),
        ("contact_bereikbaar", reachable.as_str()),
    ];
    // R14c/R17 (seed 004 art. 6): every organisation's own complaint route; issue 17
    // point 9: the chair's organisation with its own complaint procedure.
    let own = letter.header.organisation.as_ref();
    let mut complaints = letter.complaints.clone();
    if let Some((name, procedure)) =
        own.and_then(|o| o.complaint_procedure.as_ref().map(|p| (&o.name, p)))
    {
        match complaints.iter_mut().find(|c| c.organisation == *name) {
            Some(c) => c.route = Some(procedure.clone()),
            None => complaints.push(domain::ComplaintLine {
                organisation: name.clone(),
                route: Some(procedure.clone()),
            }),
        }
    }
    let routes = complaints
        .iter()
        .map(|k| {
            let organisation = one_line(&k.organisation);
            let line = match &k.route {
                Some(route) => templates::fill(
                    templates::section(RIGHTS, "klachtroute")?,
                    &[
                        ("organisatie", organisation.as_str()),
                        ("route", route.as_str()),
                    ],
                )?,
                None => {
                    let mut v = vec![("organisatie", organisation.as_str())];
                    v.extend(contact);
                    templates::fill(templates::section(RIGHTS, "klachtroute-onbekend")?, &v)?
                }
            };
            Ok(format!("- {}", sentence(&line)))
        })
        .collect::<Result<Vec<_>, DocsError>>()?
        .join("\n");
    let mut rights_values = vec![("klachtroutes", routes.as_str())];
    rights_values.extend(contact);
    let mut l = Layout::new()?;
    l.organisation(own);
    l.title(t::LETTER_TITLE);
    l.field(t::DATE, &date(letter.header.printed_on));
    l.field(t::REFERENCE, &letter.header.meeting_ref);
    l.space(10.0);
    templates::render(&mut l, &templates::fill(FAMILY_LETTER, &values)?);
    // R17: the rights paragraphs the domain chose for this addressee, in its order.
    for p in &letter.rights {
        let text = templates::fill(templates::section(RIGHTS, p.key())?, &rights_values)?;
        templates::render(&mut l, &text);
    }
    l.privacy_officer(own);
    for key in ["klachten", "afsluiting"] {
        let text = templates::fill(templates::section(RIGHTS, key)?, &rights_values)?;
        templates::render(&mut l, &text);
    }
    l.finish(t::LETTER_TITLE, &letter.header)
}
