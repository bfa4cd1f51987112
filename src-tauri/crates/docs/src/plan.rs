//! R14a: the agreed plan for the regiehouder's dossier.

use crate::labels::{self, date};
use crate::layout::Layout;
use crate::templates::{self, PLAN_INTRO};
use crate::DocsError;
use domain::{FamilyMember, PersonLine, PlanDocument};

pub(crate) fn person(p: &PersonLine) -> String {
    let mut s = format!("{} — {}", p.name, p.organisation);
    if let Some(f) = &p.function {
        s.push_str(&format!(", {f}"));
    }
    s.push_str(&format!(" ({})", labels::role(p.role)));
    s
}

fn member(m: &FamilyMember) -> String {
    match &m.name {
        Some(n) => format!("{n} ({})", labels::relation(m.relation)),
        None => labels::relation(m.relation).to_owned(),
    }
}

pub(crate) fn render(plan: &PlanDocument) -> Result<Vec<u8>, DocsError> {
    let mut l = Layout::new()?;
    l.title("Plan van aanpak casusoverleg");
    templates::render(&mut l, &templates::fill(PLAN_INTRO, &[])?);

    l.heading("Gegevens van het overleg");
    l.field("Casus", &plan.case_label);
    l.field("Datum", &date(plan.header.meeting_date));
    l.field("Kenmerk", &plan.header.meeting_ref);
    l.field("Doel", &plan.purpose);
    if let Some(c) = &plan.criteria {
        l.field("Waarom dit overleg", c);
    }
    if plan.anonymous {
        l.field("Anoniem besproken", "ja");
    }
    if let Some(r) = plan.retention_until {
        l.field("Bewaren tot", &date(r));
    }

    l.heading("Deelnemers");
    for p in &plan.participants {
        l.bullet(&person(p));
    }

    l.heading("Het gezin");
    l.field(
        "Gezin aanwezig bij het overleg",
        labels::yes_no(plan.family_present),
    );
    for f in &plan.family {
        let presence = if f.present {
            "aanwezig"
        } else {
            "niet aanwezig"
        };
        l.bullet(&format!("{}: {presence}", member(&f.member)));
    }

    l.heading("Plan van aanpak");
    if plan.actions.is_empty() {
        l.paragraph("Er zijn geen afspraken gemaakt.");
    }
    for a in &plan.actions {
        l.strong(&format!(
            "Afspraak {}: {} ({}), uiterlijk {}",
            a.number,
            a.who,
            a.organisation,
            date(a.due)
        ));
        l.indented(&a.what);
        if !a.relies_on.is_empty() {
            let refs: Vec<String> = a.relies_on.iter().map(ToString::to_string).collect();
            l.indented(&format!("Gebruikt: {}", refs.join(", ")));
        }
        l.space(4.0);
    }

    l.heading("Ingebrachte gegevens");
    if plan.items.is_empty() {
        l.paragraph("Er zijn geen gegevens ingebracht.");
    }
    for i in &plan.items {
        let mut line = format!(
            "{}: ingebracht door {}; {}, {}",
            i.item,
            i.contributor,
            labels::kind(i.kind),
            labels::category(i.category)
        );
        if i.withdrawn {
            line.push_str("; toestemming ingetrokken");
        }
        l.bullet(&line);
    }

    l.heading("Vrijgegeven gegevens");
    if plan.releases.is_empty() {
        l.paragraph("Er zijn geen gegevens vrijgegeven: alles blijft in het overleg.");
    }
    for r in &plan.releases {
        let mut line = format!("{} aan {} voor afspraak {}", r.item, r.recipient, r.action);
        if r.withdrawn {
            line.push_str(" (toestemming later ingetrokken: ontvanger informeren)");
        }
        l.bullet(&line);
    }

    l.heading("Informeren van het gezin");
    if plan.notifications.is_empty() {
        l.paragraph("Het gezin was aanwezig; er is niets apart afgesproken.");
    }
    for n in &plan.notifications {
        let about = match &n.about {
            None => "het hele gezin".to_owned(),
            Some(members) => members.iter().map(member).collect::<Vec<_>>().join(", "),
        };
        l.bullet(&format!(
            "{} informeert {} {}, {}.",
            n.informer,
            about,
            labels::method(n.method),
            labels::timing(&n.timing)
        ));
    }
    l.finish("Plan van aanpak", &plan.header)
}
