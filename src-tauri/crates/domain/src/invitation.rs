//! Issue 17 point 8: preparing the meeting on paper. Seed 002: "Het overleg is
//! vertrouwelijk: niemand neemt zomaar informatie mee uit het overleg"; seed 004 art. 6.1:
//! whoever learns personal data through the meeting keeps it secret. Each participant gets
//! an invitation with the date, the purpose and the confidentiality statement to read
//! beforehand; a meeting held on paper has an attendance sheet with the statement, which
//! the chair reads out and every attendee signs (the Marac practice).
//!
//! An invitation travels by e-mail before anything is released, so it carries the meeting's
//! reference and never a family member's name, birth date or address, and no items. The
//! purpose is printed only when it names no family member; otherwise a neutral sentence
//! stands in its place and the chair tells the purpose in person.

use crate::anonymous::mentions_any_name;
use crate::{DocumentHeader, MeetingRecord, ParticipantId, Role};
use chrono::{NaiveDate, NaiveTime};

/// What one participant is asked to bring, by what they take part for (seed 002: the role
/// decides why someone is at the table).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BringWhat {
    /// Only what is needed for the purpose of the meeting (they bring in items).
    WhatIsNeeded,
    /// Their expertise only: no data about the family (R1/R5/R9, issue 17 point 5).
    ExpertiseOnly,
    /// Nothing: they listen (observer, "overig" without items).
    Nothing,
}

/// A person on an invitation or the attendance sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvitedPerson {
    /// Their name.
    pub name: String,
    /// Their organisation.
    pub organisation: String,
    /// Their role at the table.
    pub role: Role,
}

/// One participant's invitation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvitationData {
    /// Reference and dates (the reference names no family member).
    pub header: DocumentHeader,
    /// The addressee.
    pub to: InvitedPerson,
    /// When the meeting starts, if the chair recorded it.
    pub start: Option<NaiveTime>,
    /// The purpose as the chair wrote it; `None` when it names a family member.
    pub purpose: Option<String>,
    /// What to bring.
    pub bring: BringWhat,
    /// Whom to ask (the case lead), if there is one.
    pub contact: Option<InvitedPerson>,
}

/// The attendance sheet of a meeting held on paper.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttendanceSheetData {
    /// Reference and dates.
    pub header: DocumentHeader,
    /// When the meeting starts, if recorded.
    pub start: Option<NaiveTime>,
    /// Every participant, in the meeting's order, each with a box to sign.
    pub rows: Vec<InvitedPerson>,
    /// Empty rows for attendees who were not expected.
    pub blank_rows: usize,
}

/// Empty rows at the end of the attendance sheet, for someone who joins unexpectedly.
pub const ATTENDANCE_BLANK_ROWS: usize = 3;

fn person(p: &crate::Participant) -> InvitedPerson {
    InvitedPerson {
        name: p.name.as_str().to_owned(),
        organisation: p.organisation.as_str().to_owned(),
        role: p.role,
    }
}

impl InvitationData {
    /// The invitation of `participant` (`None`: not a participant of this meeting).
    pub fn build(
        record: &MeetingRecord,
        participant: ParticipantId,
        printed_on: NaiveDate,
    ) -> Option<Self> {
        let p = record
            .participants
            .iter()
            .find(|p| p.participant.id == participant)?;
        let names: Vec<String> = record
            .subjects
            .iter()
            .filter_map(|s| s.subject.name.as_ref().map(|n| n.as_str().to_owned()))
            .collect();
        let purpose = record.meeting.purpose.as_str();
        let bring = if p.participant.expertise_only {
            BringWhat::ExpertiseOnly
        } else if record.is_observer(participant) {
            BringWhat::Nothing
        } else {
            BringWhat::WhatIsNeeded
        };
        Some(Self {
            header: DocumentHeader::new(&record.meeting, printed_on),
            to: person(&p.participant),
            start: record.minutes.start,
            purpose: (!mentions_any_name(purpose, &names)).then(|| purpose.to_owned()),
            bring,
            contact: record
                .participants
                .iter()
                .find(|x| x.participant.role == Role::CaseLead && x.participant.id != participant)
                .map(|x| person(&x.participant)),
        })
    }
}

impl AttendanceSheetData {
    /// The attendance sheet of the meeting: every participant, then empty rows.
    pub fn build(record: &MeetingRecord, printed_on: NaiveDate) -> Self {
        Self {
            header: DocumentHeader::new(&record.meeting, printed_on),
            start: record.minutes.start,
            rows: record
                .participants
                .iter()
                .map(|p| person(&p.participant))
                .collect(),
            blank_rows: ATTENDANCE_BLANK_ROWS,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{complete, day};
    use crate::{Field, Label, Prose};

    #[test]
    fn an_invitation_names_no_family_member_and_drops_a_purpose_that_does() {
        let (mut r, lead, ggz, ..) = complete();
        r.subjects[0].subject.name = Some(Label::parse("Marja Pieters", Field::Name).unwrap());
        let inv = InvitationData::build(&r, ggz, day(2026, 11, 20)).unwrap();
        assert_eq!(inv.purpose.as_deref(), Some("Afstemmen hulp"));
        assert_eq!(inv.bring, BringWhat::WhatIsNeeded);
        assert_eq!(inv.contact.as_ref().map(|c| c.role), Some(Role::CaseLead));
        assert!(!format!("{inv:?}").contains("Pieters"));
        r.meeting.purpose = Prose::parse("Hulp voor Marja afstemmen", Field::Purpose, 100).unwrap();
        let inv = InvitationData::build(&r, ggz, day(2026, 11, 20)).unwrap();
        assert_eq!(inv.purpose, None);
        assert!(!format!("{inv:?}").contains("Marja"));
        // The case lead's own invitation names no other contact than themselves.
        assert_eq!(
            InvitationData::build(&r, lead, day(2026, 11, 20))
                .unwrap()
                .contact,
            None
        );
        assert_eq!(
            InvitationData::build(&r, crate::ParticipantId::new(), day(2026, 11, 20)),
            None
        );
    }

    #[test]
    fn an_expert_brings_expertise_only_and_an_observer_nothing() {
        let (mut r, _, ggz, ..) = complete();
        r.participants[1].participant.expertise_only = true;
        let who = r.participants[1].participant.id;
        assert_eq!(
            InvitationData::build(&r, who, day(2026, 11, 20))
                .unwrap()
                .bring,
            BringWhat::ExpertiseOnly
        );
        r.participants[1].participant.expertise_only = false;
        r.participants[1].attendance = crate::Attendance::Observer;
        assert_eq!(
            InvitationData::build(&r, who, day(2026, 11, 20))
                .unwrap()
                .bring,
            BringWhat::Nothing
        );
        let _ = ggz;
    }

    #[test]
    fn the_attendance_sheet_lists_every_participant_and_blank_rows() {
        let (r, ..) = complete();
        let sheet = AttendanceSheetData::build(&r, day(2026, 11, 24));
        assert_eq!(sheet.rows.len(), r.participants.len());
        assert_eq!(sheet.blank_rows, ATTENDANCE_BLANK_ROWS);
        assert_eq!(sheet.header.meeting_date, r.meeting.date);
    }
}
