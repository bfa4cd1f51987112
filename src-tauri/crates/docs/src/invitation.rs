//! Issue 17 point 8: the invitation of one participant and the attendance sheet, from the
//! templates in `assets/documents/` (`uitnodiging.txt`, `uitnodiging-zinnen.txt`,
//! `geheimhoudingsverklaring.txt`). They print only what their view holds: the meeting's
//! reference, date, start time and (when it names no family member) purpose, and people at
//! the table; never a family member.

use crate::layout::Layout;
use crate::templates::{self, CONFIDENTIALITY_STATEMENT, INVITATION, INVITATION_SENTENCES};
use crate::DocsError;
use domain::{AttendanceSheetData, BringWhat, InvitationData};
use texts::documents::{self as t, date, role};

fn said(key: &str, values: &[(&str, &str)]) -> Result<String, DocsError> {
    templates::fill(templates::section(INVITATION_SENTENCES, key)?, values)
}

fn time(start: Option<chrono::NaiveTime>) -> Result<String, DocsError> {
    match start {
        Some(at) => said("tijd", &[("tijd", &at.format("%H:%M").to_string())]),
        None => Ok(String::new()),
    }
}

pub(crate) fn render_invitation(inv: &InvitationData) -> Result<Vec<u8>, DocsError> {
    let purpose = match &inv.purpose {
        Some(p) => p.clone(),
        None => said("doel-algemeen", &[])?,
    };
    let bring = said(
        match inv.bring {
            BringWhat::WhatIsNeeded => "meenemen-nodig",
            BringWhat::ExpertiseOnly => "meenemen-deskundigheid",
            BringWhat::Nothing => "meenemen-niets",
        },
        &[],
    )?;
    let contact = match &inv.contact {
        Some(c) => said(
            "contact",
            &[
                ("contact_naam", c.name.as_str()),
                ("contact_organisatie", c.organisation.as_str()),
            ],
        )?,
        None => String::new(),
    };
    let meeting_date = date(inv.header.meeting_date);
    let at = time(inv.start)?;
    let text = templates::fill(
        INVITATION,
        &[
            ("naam", inv.to.name.as_str()),
            ("datum", meeting_date.as_str()),
            ("tijd", at.as_str()),
            ("kenmerk", inv.header.meeting_ref.as_str()),
            ("rol", role(inv.to.role)),
            ("organisatie", inv.to.organisation.as_str()),
            ("doel", purpose.as_str()),
            ("meenemen", bring.as_str()),
            ("contact", contact.as_str()),
        ],
    )?;
    let mut l = Layout::new()?;
    l.organisation(inv.header.organisation.as_ref());
    l.title(t::INVITATION_TITLE);
    l.field(t::DATE, &date(inv.header.printed_on));
    l.field(t::REFERENCE, &inv.header.meeting_ref);
    l.space(10.0);
    templates::render(&mut l, &text);
    templates::render(&mut l, CONFIDENTIALITY_STATEMENT);
    l.finish(t::INVITATION_TITLE, &inv.header)
}

pub(crate) fn render_attendance_sheet(sheet: &AttendanceSheetData) -> Result<Vec<u8>, DocsError> {
    let meeting_date = date(sheet.header.meeting_date);
    let at = time(sheet.start)?;
    let intro = said(
        "presentielijst",
        &[
            ("kenmerk", sheet.header.meeting_ref.as_str()),
            ("datum", meeting_date.as_str()),
            ("tijd", at.as_str()),
        ],
    )?;
    let mut l = Layout::new()?;
    l.organisation(sheet.header.organisation.as_ref());
    l.title(t::ATTENDANCE_TITLE);
    l.field(t::REFERENCE, &sheet.header.meeting_ref);
    l.space(10.0);
    templates::render(&mut l, &intro);
    templates::render(&mut l, CONFIDENTIALITY_STATEMENT);
    l.heading(t::ATTENDANCE_SIGN);
    for p in &sheet.rows {
        l.signature_row(
            &p.name,
            &t::attendance_detail(&p.organisation, role(p.role)),
        );
    }
    for _ in 0..sheet.blank_rows {
        l.signature_row("", "");
    }
    l.finish(t::ATTENDANCE_TITLE, &sheet.header)
}
