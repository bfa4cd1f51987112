//! Presentation mode (R5/R9): what may be shown on a projected screen during the
//! meeting. Privacy by construction (design principle 2): the projection has no field for a
//! birth date, an address (the secret address of R14/R21 above all), a phone number or an
//! e-mail address, or the release matrix (R9: who takes what away is decided per
//! contributor, not in front of the room). Family members appear by their initials (R4:
//! least identifying), professionals by name, organisation and role. Items are grouped per
//! contributor, one topic of the wall each; an item off the wall (`crate::on_wall`) is
//! only counted, its text never enters the projection.

use crate::{
    CarriedStatus, Category, Kind, Label, MeetingRecord, Prose, Relation, Role, SubjectId,
};
use chrono::NaiveDate;

/// A family member on the projected screen: relation and initials only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PresentedSubject {
    /// The relation to the family.
    pub relation: Relation,
    /// `None` when no name is stored (anonymous meeting, R4).
    pub initials: Option<String>,
    /// Whether they are at the meeting.
    pub present: bool,
}

/// A professional at the table: no phone, no e-mail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PresentedParticipant {
    /// The name.
    pub name: Label,
    /// The organisation.
    pub organisation: Label,
    /// The role.
    pub role: Role,
    /// R1/R5/R9: takes part with expertise only (brings in nothing, receives nothing).
    pub expertise_only: bool,
}

/// One item as projected: its text and labels (R6), who brought it in (R5), and the
/// family members it is about by initials.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PresentedItem {
    /// The text.
    pub text: Prose,
    /// Fact or opinion.
    pub kind: Kind,
    /// Its category.
    pub category: Category,
    /// Who brought it in.
    pub contributor: Option<Label>,
    /// Whom it is about.
    pub about: Vec<PresentedSubject>,
}

/// The items of one contributor as projected (one topic of the wall).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PresentedContribution {
    /// Who brought them in.
    pub contributor: PresentedParticipant,
    /// The items on the wall.
    pub items: Vec<PresentedItem>,
    /// How many of their items are "niet op het scherm" (no text, no labels).
    pub hidden: usize,
}

/// One line of the plan (R11), without the items it relies on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PresentedAction {
    /// Who carries it out.
    pub who: Option<Label>,
    /// What is done.
    pub what: Prose,
    /// When it is due.
    pub due: NaiveDate,
    /// R11: the event that triggers it, if any.
    pub condition: Option<Prose>,
}

/// One action carried over from the previous meeting, with its status so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PresentedCarried {
    /// Who was to carry it out.
    pub who_name: Label,
    /// What was to be done.
    pub what: Prose,
    /// When it was due.
    pub due: NaiveDate,
    /// R11: the event that was to trigger it, if any.
    pub condition: Option<Prose>,
    /// Done or not done.
    pub status: CarriedStatus,
}

/// The whole projected view of a meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Presentation {
    /// The case label.
    pub case_label: Label,
    /// The day of the meeting.
    pub date: NaiveDate,
    /// The purpose.
    pub purpose: Prose,
    /// The family members.
    pub subjects: Vec<PresentedSubject>,
    /// The participants.
    pub participants: Vec<PresentedParticipant>,
    /// The items per contributor, in the order of the participants; only contributors
    /// with items.
    pub contributions: Vec<PresentedContribution>,
    /// The plan of action.
    pub actions: Vec<PresentedAction>,
    /// The actions carried over from the previous meeting.
    pub carried: Vec<PresentedCarried>,
}

/// Initials of a name: the first letter of each word, each followed by a dot. A word that
/// starts in lower case (a tussenvoegsel such as "de", "van") keeps its lower case:
/// "Anna de Vries" → "A.d.V.". Hyphenated parts count as words.
pub fn initials(name: &str) -> String {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter_map(|w| w.chars().find(|c| c.is_alphanumeric()))
        .map(|c| format!("{c}."))
        .collect()
}

fn subject_of(record: &MeetingRecord, id: SubjectId) -> Option<PresentedSubject> {
    record
        .subjects
        .iter()
        .find(|s| s.subject.id == id)
        .map(|s| PresentedSubject {
            relation: s.subject.relation,
            initials: s.subject.name.as_ref().map(|n| initials(n.as_str())),
            present: s.present,
        })
}

fn presented_participant(p: &crate::ParticipantRecord) -> PresentedParticipant {
    PresentedParticipant {
        name: p.participant.name.clone(),
        organisation: p.participant.organisation.clone(),
        role: p.participant.role,
        expertise_only: p.participant.expertise_only,
    }
}

/// The presentation-mode projection of a meeting.
pub fn present(record: &MeetingRecord) -> Presentation {
    let name_of = |id| {
        record
            .participants
            .iter()
            .find(|p| p.participant.id == id)
            .map(|p| p.participant.name.clone())
    };
    Presentation {
        case_label: record.meeting.case_label.clone(),
        date: record.meeting.date,
        purpose: record.meeting.purpose.clone(),
        subjects: record
            .subjects
            .iter()
            .filter_map(|s| subject_of(record, s.subject.id))
            .collect(),
        participants: record
            .participants
            .iter()
            .map(presented_participant)
            .collect(),
        contributions: record
            .participants
            .iter()
            .filter_map(|p| {
                let theirs = || {
                    record
                        .items
                        .iter()
                        .filter(|i| i.item.contributor == p.participant.id)
                };
                theirs().next()?;
                Some(PresentedContribution {
                    contributor: presented_participant(p),
                    items: theirs()
                        .filter(|i| crate::on_wall(i))
                        .map(|i| PresentedItem {
                            text: i.item.text.clone(),
                            kind: i.item.kind,
                            category: i.item.category,
                            contributor: Some(p.participant.name.clone()),
                            about: i
                                .subjects
                                .iter()
                                .filter_map(|s| subject_of(record, *s))
                                .collect(),
                        })
                        .collect(),
                    hidden: theirs().filter(|i| !crate::on_wall(i)).count(),
                })
            })
            .collect(),
        actions: record
            .actions
            .iter()
            .map(|a| PresentedAction {
                who: name_of(a.who),
                what: a.what.clone(),
                due: a.due,
                condition: a.condition.clone(),
            })
            .collect(),
        carried: record
            .carried_over
            .iter()
            .map(|c| PresentedCarried {
                who_name: c.who_name.clone(),
                what: c.what.clone(),
                due: c.due,
                condition: c.condition.clone(),
                status: c.status.clone(),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::complete;
    use crate::Field;

    #[test]
    fn initials_take_the_first_letter_of_each_word() {
        assert_eq!(initials("Moeder Jansen"), "M.J.");
        assert_eq!(initials("Anna de Vries"), "A.d.V.");
        assert_eq!(initials("Eva-Lotte  Bakker"), "E.L.B.");
        assert_eq!(initials("Zoë"), "Z.");
        assert_eq!(initials("  "), "");
    }

    #[test]
    fn r5_the_wall_says_who_takes_part_with_expertise_only() {
        let (mut record, ..) = complete();
        let adviser = record.participants.len() - 1;
        record.participants[adviser].participant.expertise_only = true;
        let shown = present(&record);
        let flags: Vec<bool> = shown
            .participants
            .iter()
            .map(|p| p.expertise_only)
            .collect();
        assert_eq!(flags.iter().filter(|f| **f).count(), 1);
        assert!(flags[adviser]);
    }

    #[test]
    fn presentation_shows_subjects_by_initials_and_never_personal_details() {
        let (mut record, ..) = complete();
        record.subjects[0].subject.name = Some(Label::parse("Marja Pieters", Field::Name).unwrap());
        record.subjects[0].subject.has_secret_address = true;
        record.participants[0].participant.phone =
            Some(Label::parse("0612345678", Field::Phone).unwrap());
        let shown = present(&record);
        assert_eq!(shown.subjects[0].initials.as_deref(), Some("M.P."));
        assert_eq!(
            shown.contributions[0].items[0].about[0].initials.as_deref(),
            Some("M.P.")
        );
        // The projection has no place for these; its debug print proves nothing leaked.
        let dump = format!("{shown:?}");
        for secret in ["Marja", "Pieters", "Verborgenlaan", "0612345678", "1985"] {
            assert!(!dump.contains(secret), "{secret} in presentation");
        }
    }

    #[test]
    fn wall_special_category_item_text_never_enters_the_projection_until_the_chair_shows_it() {
        let (mut record, ..) = complete();
        let text = "Moeder heeft een depressie en is opgenomen geweest";
        record.items[0].item.text = Prose::parse(text, Field::ItemText, 500).unwrap();
        record.items[0].item.category = Category::Special;
        let shown = present(&record);
        assert_eq!(shown.contributions.len(), 1);
        assert!(shown.contributions[0].items.is_empty());
        assert_eq!(shown.contributions[0].hidden, 1);
        let dump = format!("{shown:?}");
        assert!(!dump.contains("depressie"), "special item on the wall");

        let id = record.items[0].item.id;
        record.set_wall_mark(id, true).unwrap();
        let shown = present(&record);
        assert_eq!(shown.contributions[0].hidden, 0);
        assert_eq!(shown.contributions[0].items[0].text.as_str(), text);
    }
}
