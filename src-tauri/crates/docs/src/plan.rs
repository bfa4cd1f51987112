//! R14a: the agreed plan for the regiehouder's dossier.

use crate::layout::Layout;
use crate::templates::{self, PLAN_INTRO};
use crate::DocsError;
use domain::{FamilyMember, PersonLine, PlanDocument};
use texts::documents::{self as t, date};

pub(crate) fn person(p: &PersonLine) -> String {
    let mut s = format!("{} — {}", p.name, p.organisation);
    if let Some(f) = &p.function {
        s.push_str(&format!(", {f}"));
    }
    if p.expertise_only {
        // R1 (seed 002 II.5): at the table for their expertise only.
        s.push_str(&format!(" ({}, {})", t::role(p.role), t::EXPERTISE_ONLY));
    } else {
        s.push_str(&format!(" ({})", t::role(p.role)));
    }
    s
}

fn member(m: &FamilyMember) -> String {
    match &m.name {
        Some(n) => format!("{n} ({})", t::relation(m.relation)),
        None => t::relation(m.relation).to_owned(),
    }
}

fn refs(items: &[domain::ItemRef]) -> String {
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// R11: one action of the plan.
fn action(l: &mut Layout, a: &domain::PlanActionLine) {
    l.strong(&t::action_heading(
        a.number,
        &a.who,
        &a.organisation,
        &date(a.due),
    ));
    l.indented(&a.what);
    if let Some(c) = &a.condition {
        l.indented(&t::action_condition(c));
    }
    if !a.relies_on.is_empty() {
        l.indented(&t::relies_on(&refs(&a.relies_on)));
    }
    l.space(4.0);
}

pub(crate) fn render(plan: &PlanDocument) -> Result<Vec<u8>, DocsError> {
    let mut l = Layout::new()?;
    l.organisation(plan.header.organisation.as_ref());
    l.title(t::PLAN_TITLE);
    templates::render(&mut l, &templates::fill(PLAN_INTRO, &[])?);

    l.heading(t::MEETING_DETAILS);
    l.field(t::CASE, &plan.case_label);
    let (start, end) = (
        plan.minutes.start.map(domain::time_text),
        plan.minutes.end.map(domain::time_text),
    );
    l.field(
        t::DATE,
        &t::date_and_time(plan.header.meeting_date, start.as_deref(), end.as_deref()),
    );
    l.field(t::REFERENCE, &plan.header.meeting_ref);
    l.field(t::PURPOSE, &plan.purpose);
    if let Some(c) = &plan.criteria {
        l.field(t::CRITERIA, c);
    }
    if plan.anonymous {
        l.field(t::ANONYMOUS, t::yes_no(true));
    }
    if let Some(r) = plan.retention_until {
        l.field(t::RETAIN_UNTIL, &date(r));
    }

    // Seed 002 Feitenonderzoek 4: how the meeting went, as the table agreed it.
    l.heading(t::ACCOUNT);
    match &plan.minutes.account {
        None => l.paragraph(t::NO_ACCOUNT),
        Some(a) => {
            l.paragraph(a.as_str());
            l.paragraph(if plan.minutes.agreed {
                t::ACCOUNT_AGREED
            } else {
                t::ACCOUNT_NOT_AGREED
            });
        }
    }

    l.heading(t::PARTICIPANTS);
    for p in &plan.participants {
        l.bullet(&person(p));
    }

    l.heading(t::FAMILY);
    l.field(t::FAMILY_PRESENT, t::yes_no(plan.family_present));
    for f in &plan.family {
        let presence = if f.present { t::PRESENT } else { t::ABSENT };
        l.bullet(&format!("{}: {presence}", member(&f.member)));
    }

    // Issue 17 point 1: the family's own words and the meeting's answers.
    if !plan.voices.is_empty() {
        l.heading(t::FAMILY_VOICE);
        for v in &plan.voices {
            let who = v.member.as_ref().map(member).unwrap_or_default();
            l.strong(&t::voice_heading(
                t::voice_kind(v.kind),
                &who,
                t::voice_channel(v.channel),
            ));
            l.indented(&v.text);
            match &v.answer {
                Some(a) => l.indented(&t::voice_answer(a)),
                None => l.indented(t::VOICE_NOT_ANSWERED),
            }
            l.space(4.0);
        }
    }

    l.heading(t::PLAN);
    if plan.actions.is_empty() && plan.decisions.is_empty() {
        l.paragraph(t::NO_ACTIONS);
    }
    // R11/seed 002: each decision with its reason, the items it rests on, its actions
    // and who disagrees; then the actions under no decision.
    for d in &plan.decisions {
        l.strong(&t::decision_heading(d.number, &d.what));
        l.indented(&t::decision_why(&d.why));
        if !d.rests_on.is_empty() {
            l.indented(&t::rests_on(&refs(&d.rests_on)));
        }
        for x in &d.dissents {
            l.indented(&t::dissent(&x.name, &x.organisation, &x.why));
        }
        l.space(4.0);
        for a in plan.actions.iter().filter(|a| a.decision == Some(d.number)) {
            action(&mut l, a);
        }
    }
    let loose: Vec<_> = plan
        .actions
        .iter()
        .filter(|a| a.decision.is_none())
        .collect();
    if !plan.decisions.is_empty() && !loose.is_empty() {
        l.strong(t::ACTIONS_WITHOUT_DECISION);
        l.space(4.0);
    }
    for a in loose {
        action(&mut l, a);
    }

    l.heading(t::ITEMS);
    if plan.items.is_empty() {
        l.paragraph(t::NO_ITEMS);
    }
    for i in &plan.items {
        let mut line = t::plan_item(
            &i.item.to_string(),
            &i.contributor,
            t::kind(i.kind),
            t::category(i.category),
        );
        if i.withdrawn {
            line.push_str(t::ITEM_WITHDRAWN);
        }
        l.bullet(&line);
    }

    l.heading(t::RELEASES);
    if plan.releases.is_empty() {
        l.paragraph(t::NO_RELEASES);
    }
    for r in &plan.releases {
        let mut line = t::plan_release(&r.item.to_string(), &r.recipient, &r.action.to_string());
        if r.withdrawn {
            line.push_str(t::RELEASE_WITHDRAWN);
        }
        l.bullet(&line);
    }

    l.heading(t::NOTIFICATIONS);
    if plan.notifications.is_empty() {
        l.paragraph(t::NO_NOTIFICATIONS);
    }
    for n in &plan.notifications {
        let about = match &n.about {
            None => t::WHOLE_FAMILY.to_owned(),
            Some(members) => members.iter().map(member).collect::<Vec<_>>().join(", "),
        };
        let mut line = t::notification(
            &n.informer,
            &about,
            t::method(n.method),
            &t::timing(&n.timing),
        );
        for (m, language) in &n.languages {
            line.push(' ');
            line.push_str(&t::notification_language(&member(m), language));
        }
        l.bullet(&line);
    }
    l.finish(t::PLAN, &plan.header)
}
