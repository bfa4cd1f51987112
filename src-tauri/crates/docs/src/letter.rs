//! R14c: the family letter in plain language (B1), in the addressee's letter language
//! (R12), from that language's template in `assets/documents/familiebrief/`. Every word the
//! letter prints comes from that one file.

use crate::layout::Layout;
use crate::templates;
use crate::DocsError;
use chrono::{Datelike, NaiveDate};
use domain::{FamilyLetterData, LetterCondition, Relation};

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

/// One language's letter template.
#[derive(Clone, Copy)]
struct Words(&'static str);

impl Words {
    /// A section, filled.
    fn said(self, key: &str, values: &[(&str, &str)]) -> Result<String, DocsError> {
        templates::fill(templates::section(self.0, key)?, values)
    }

    /// A date in this language (`datum`, with the month from `maanden`).
    fn date(self, d: NaiveDate) -> Result<String, DocsError> {
        let month = templates::section(self.0, "maanden")?
            .lines()
            .nth(d.month0() as usize)
            .ok_or(DocsError::Template)?
            .trim();
        self.said(
            "datum",
            &[
                ("dag", &d.day().to_string()),
                ("maand", month),
                ("jaar", &d.year().to_string()),
            ],
        )
    }

    /// A family member's relation, for an anonymous meeting.
    fn relation(self, r: Relation) -> Result<String, DocsError> {
        self.said(
            match r {
                Relation::Youth => "relatie-jeugdige",
                Relation::Parent => "relatie-ouder",
                Relation::Carer => "relatie-verzorger",
                Relation::Guardian => "relatie-voogd",
                Relation::Other => "relatie-anders",
            },
            &[],
        )
    }

    /// The name of a family member, or their relation in an anonymous meeting.
    fn member(self, m: &domain::FamilyMember) -> Result<String, DocsError> {
        match &m.name {
            Some(n) => Ok(one_line(n)),
            None => self.relation(m.relation),
        }
    }
}

pub(crate) fn render(letter: &FamilyLetterData) -> Result<Vec<u8>, DocsError> {
    let w = Words(texts::templates::family_letter(letter.language));
    let said = |key: &str, values: &[(&str, &str)]| w.said(key, values);
    let c = &letter.contact;
    let mut reach = Vec::new();
    if let Some(p) = &c.phone {
        reach.push(said("telefoon", &[("nummer", p)])?);
    }
    if let Some(e) = &c.email {
        reach.push(said("email", &[("adres", e)])?);
    }
    let reachable = if reach.is_empty() {
        String::new()
    } else {
        let or = format!(" {} ", said("of", &[])?);
        said(
            "bereikbaar",
            &[("naam", &c.name), ("manieren", &reach.join(&or))],
        )?
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
        Some(m) => said("aanhef-persoon", &[("naam", &w.member(m)?)])?,
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
                Ok(format!(
                    "- {}",
                    said(
                        "afspraak-regel",
                        &[("afspraak", &line), ("datum", &w.date(a.due)?)]
                    )?
                ))
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
                let who = match &v.member {
                    Some(m) => w.member(m)?,
                    None => String::new(),
                };
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
    let meeting_date = w.date(letter.header.meeting_date)?;
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
                Some(route) => said(
                    "klachtroute",
                    &[
                        ("organisatie", organisation.as_str()),
                        ("route", route.as_str()),
                    ],
                )?,
                None => {
                    let mut v = vec![("organisatie", organisation.as_str())];
                    v.extend(contact);
                    said("klachtroute-onbekend", &v)?
                }
            };
            Ok(format!("- {}", sentence(&line)))
        })
        .collect::<Result<Vec<_>, DocsError>>()?
        .join("\n");
    let mut rights_values = vec![("klachtroutes", routes.as_str())];
    rights_values.extend(contact);
    let title = said("titel", &[])?;
    let mut l = Layout::new()?;
    l.organisation(own);
    l.title(&title);
    l.field(&said("datum-kop", &[])?, &w.date(letter.header.printed_on)?);
    l.field(&said("kenmerk-kop", &[])?, &letter.header.meeting_ref);
    l.space(10.0);
    templates::render(&mut l, &said("brief", &values)?);
    // R17: the rights paragraphs the domain chose for this addressee, in its order.
    for p in &letter.rights {
        templates::render(&mut l, &said(p.key(), &rights_values)?);
    }
    // Issue 17 point 9: the privacy officer's contact, when the profile names one.
    if let Some((org, (name, reach))) = own.and_then(|o| o.privacy_officer.as_ref().map(|p| (o, p)))
    {
        l.heading(&said("privacy-kop", &[])?);
        let values = [
            ("organisatie", org.name.as_str()),
            ("naam", name.as_str()),
            ("contact", reach.as_str()),
        ];
        l.paragraph(&if reach.is_empty() {
            said("privacy", &values)?
        } else {
            said("privacy-contact", &values)?
        });
    }
    for key in ["klachten", "afsluiting"] {
        templates::render(&mut l, &said(key, &rights_values)?);
    }
    // The footer in the letter's language; filled up front so a faulty template fails
    // here, not halfway through the pages.
    let printed = w.date(letter.header.printed_on)?;
    let footer = said(
        "voettekst",
        &[
            ("kenmerk", letter.header.meeting_ref.as_str()),
            ("pagina", "{pagina}"),
            ("paginas", "{paginas}"),
            ("datum", printed.as_str()),
        ],
    )?;
    let footer = match letter.header.audit_position {
        Some(position) => said(
            "voettekst-logboek",
            &[
                ("voettekst", footer.as_str()),
                ("positie", &position.to_string()),
            ],
        )?,
        None => footer,
    };
    l.finish_with(&title, |page, pages| {
        footer
            .replace("{pagina}", &page.to_string())
            .replace("{paginas}", &pages.to_string())
    })
}
