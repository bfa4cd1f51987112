//! R12/R14c/R17: who gets a family letter, whether it may go out yet, and which rights
//! paragraphs it holds. The wording lives in the docs crate's editable templates
//! (`assets/documents/`); this module only decides which paragraphs apply.

use crate::{age_on, MeetingRecord, Relation, SubjectId, SubjectRecord};
use chrono::NaiveDate;

/// R14c: to whom one family letter is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Addressee {
    /// One family member of the meeting.
    Member(SubjectId),
    /// The family in general: the meeting records no family member who gets a letter of
    /// their own (e.g. an anonymous meeting without subjects).
    Family,
}

/// R12/R14c: one addressee and whether their letter may be made now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddresseeLetter {
    /// The letter can be made.
    Available(Addressee),
    /// Informing this addressee is postponed (seed 004 art. 7.6, AVG art. 23) and not
    /// lifted: no letter until it is; reviewed on `review_date`.
    Postponed {
        /// Who the letter is for.
        addressee: Addressee,
        /// R12: when the postponement is looked at again.
        review_date: NaiveDate,
    },
}

impl AddresseeLetter {
    /// Who the letter is for.
    pub fn addressee(&self) -> Addressee {
        match self {
            AddresseeLetter::Available(a) | AddresseeLetter::Postponed { addressee: a, .. } => *a,
        }
    }
}

/// R17: a young person's age band on the meeting date (seed 003 §5.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AgeBand {
    /// Under 12: no rights of their own; the parents exercise them (§5.1a).
    Under12,
    /// 12 up to 16: their own rights if able to judge their interests reasonably; the
    /// parents have the right of access (inzage) only (§5.1b).
    From12To15,
    /// 16 and older: their own rights; parents only with their consent (§5.1c–d).
    From16,
    /// No birth date on record (e.g. an anonymous meeting).
    Unknown,
}

/// R17: the age band of a young person on `on`.
pub fn age_band(birth: Option<NaiveDate>, on: NaiveDate) -> AgeBand {
    match birth.map(|b| age_on(b, on)) {
        None => AgeBand::Unknown,
        Some(a) if a < 12 => AgeBand::Under12,
        Some(a) if a < 16 => AgeBand::From12To15,
        Some(_) => AgeBand::From16,
    }
}

/// R14c/R17: one paragraph of the rights text of a letter. [`RightsParagraph::key`] names
/// its section in `assets/documents/rechten.txt`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RightsParagraph {
    /// The rights themselves (seed 004 art. 9.1: access, correction, erasure, restriction,
    /// objection, portability) and the term (9.3).
    Rights,
    /// To a parent: your child is under 12, you exercise the rights for them (§5.1a).
    ParentOfChildUnder12,
    /// To a parent: your child is 12–15: you may see the data (inzage); the child uses the
    /// other rights if able to judge their interests (§5.1b).
    ParentOfChild12To15,
    /// To a parent: your child is 16 or older: only with the child's consent (§5.1c–d).
    ParentOfChild16Plus,
    /// To a young person of 12–15 (§5.1b).
    Youth12To15,
    /// To a young person of 16 or older (§5.1c).
    Youth16Plus,
    /// The age rules in general, when an age is not known (§5.1).
    AgeRules,
    /// Consent can always be withdrawn (seed 004 art. 6.4c).
    ConsentWithdrawal,
    /// When rights can be limited for a time (seed 004 art. 7.5, 7.6).
    Limits,
    /// Independent client support (cliëntondersteuning, seed 004 art. 9.4).
    ClientSupport,
}

impl RightsParagraph {
    /// Every paragraph, for template checks.
    pub const ALL: [RightsParagraph; 10] = [
        RightsParagraph::Rights,
        RightsParagraph::ParentOfChildUnder12,
        RightsParagraph::ParentOfChild12To15,
        RightsParagraph::ParentOfChild16Plus,
        RightsParagraph::Youth12To15,
        RightsParagraph::Youth16Plus,
        RightsParagraph::AgeRules,
        RightsParagraph::ConsentWithdrawal,
        RightsParagraph::Limits,
        RightsParagraph::ClientSupport,
    ];

    /// The section name in the template file.
    pub fn key(self) -> &'static str {
        match self {
            RightsParagraph::Rights => "rechten",
            RightsParagraph::ParentOfChildUnder12 => "ouder-kind-onder-12",
            RightsParagraph::ParentOfChild12To15 => "ouder-kind-12-15",
            RightsParagraph::ParentOfChild16Plus => "ouder-kind-16-plus",
            RightsParagraph::Youth12To15 => "jongere-12-15",
            RightsParagraph::Youth16Plus => "jongere-16-plus",
            RightsParagraph::AgeRules => "leeftijd-algemeen",
            RightsParagraph::ConsentWithdrawal => "toestemming-intrekken",
            RightsParagraph::Limits => "beperking-rechten",
            RightsParagraph::ClientSupport => "clientondersteuning",
        }
    }
}

fn is_parent(r: Relation) -> bool {
    matches!(r, Relation::Parent | Relation::Carer | Relation::Guardian)
}

/// R12/R14c: whether a subject gets a letter of their own. A child under 12 has no rights
/// of their own (seed 003 §5.1a): their parents are written to.
fn gets_own_letter(s: &SubjectRecord, on: NaiveDate) -> bool {
    !(s.subject.relation == Relation::Youth
        && age_band(s.subject.birth_date, on) == AgeBand::Under12)
}

/// R12/AVG art. 23: the review date of a postponement in force that covers `subject`
/// (`None` = the family in general), if any. The earliest, when there are several.
fn postponed_for(record: &MeetingRecord, subject: Option<SubjectId>) -> Option<NaiveDate> {
    record
        .notifications
        .iter()
        .filter(|n| n.withholds())
        .filter(|n| match subject {
            Some(s) => n.covers(s),
            None => true,
        })
        .filter_map(|n| match &n.timing {
            crate::NotificationTiming::Postponed { review_date, .. } => Some(*review_date),
            _ => None,
        })
        .min()
}

/// R12/R14c: the letters of a meeting, one per addressee: every family member with a
/// letter of their own (everyone but a child under 12), or the family in general when
/// there is none. A letter whose addressee is covered by a postponement in force is
/// [`AddresseeLetter::Postponed`]: it is not made until the postponement is lifted.
pub fn letter_addressees(record: &MeetingRecord) -> Vec<AddresseeLetter> {
    let on = record.meeting.date;
    let members: Vec<SubjectId> = record
        .subjects
        .iter()
        .filter(|s| gets_own_letter(s, on))
        .map(|s| s.subject.id)
        .collect();
    let decide =
        |addressee: Addressee, subject: Option<SubjectId>| match postponed_for(record, subject) {
            Some(review_date) => AddresseeLetter::Postponed {
                addressee,
                review_date,
            },
            None => AddresseeLetter::Available(addressee),
        };
    if members.is_empty() {
        return vec![decide(Addressee::Family, None)];
    }
    members
        .into_iter()
        .map(|s| decide(Addressee::Member(s), Some(s)))
        .collect()
}

/// R14c/R17: the rights paragraphs for one addressee, by their relation and the young
/// people's ages on the meeting date (seed 003 §5.1; seed 004 art. 6.4c, 7.5, 9).
pub fn rights_paragraphs(record: &MeetingRecord, addressee: Addressee) -> Vec<RightsParagraph> {
    let on = record.meeting.date;
    let bands: Vec<AgeBand> = record
        .subjects
        .iter()
        .filter(|s| s.subject.relation == Relation::Youth)
        .map(|s| age_band(s.subject.birth_date, on))
        .collect();
    let mut age = Vec::new();
    let parent_view = |age: &mut Vec<RightsParagraph>| {
        if bands.is_empty() {
            age.push(RightsParagraph::AgeRules);
        }
        for b in &bands {
            age.push(match b {
                AgeBand::Under12 => RightsParagraph::ParentOfChildUnder12,
                AgeBand::From12To15 => RightsParagraph::ParentOfChild12To15,
                AgeBand::From16 => RightsParagraph::ParentOfChild16Plus,
                AgeBand::Unknown => RightsParagraph::AgeRules,
            });
        }
    };
    match addressee {
        Addressee::Family => parent_view(&mut age),
        Addressee::Member(id) => match record.subjects.iter().find(|s| s.subject.id == id) {
            Some(s) if s.subject.relation == Relation::Youth => {
                age.push(match age_band(s.subject.birth_date, on) {
                    AgeBand::From12To15 => RightsParagraph::Youth12To15,
                    AgeBand::From16 => RightsParagraph::Youth16Plus,
                    AgeBand::Under12 | AgeBand::Unknown => RightsParagraph::AgeRules,
                });
            }
            Some(s) if is_parent(s.subject.relation) => parent_view(&mut age),
            _ => {}
        },
    }
    age.sort();
    age.dedup();
    let mut out = vec![RightsParagraph::Rights];
    out.extend(age);
    out.extend([
        RightsParagraph::ConsentWithdrawal,
        RightsParagraph::Limits,
        RightsParagraph::ClientSupport,
    ]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::complete;
    use crate::{
        FamilyNotification, Field, NotificationId, NotificationMethod, NotificationScope,
        NotificationTiming, PostponeGround, Prose, Subject,
    };

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn child(record: &mut MeetingRecord, birth: NaiveDate) -> SubjectId {
        let s = Subject {
            id: SubjectId::new(),
            meeting_id: record.meeting.id,
            relation: Relation::Youth,
            name: None,
            birth_date: Some(birth),
            parental_authority: false,
            has_secret_address: false,
            language: crate::FamilyLanguage::default(),
        };
        let id = s.id;
        record.subjects.push(SubjectRecord {
            subject: s,
            present: false,
        });
        id
    }

    fn postponed(about: NotificationScope, informer: crate::ParticipantId) -> FamilyNotification {
        FamilyNotification {
            id: NotificationId::new(),
            about,
            informer,
            method: NotificationMethod::Letter,
            timing: NotificationTiming::Postponed {
                ground: PostponeGround::Safety,
                motivation: Prose::parse("Gevaar", Field::Motivation, 100).unwrap(),
                review_date: day(2027, 1, 5),
            },
            done_on: None,
            lifted_on: None,
        }
    }

    #[test]
    fn r12_no_letter_for_a_postponed_addressee_until_lifted() {
        let (mut record, lead, _, _, mother) = complete();
        // Meeting on 24-11-2026; a 14-year-old gets a letter of their own.
        let teen = child(&mut record, day(2012, 6, 1));
        record
            .notifications
            .push(postponed(NotificationScope::Subjects(vec![mother]), lead));
        assert_eq!(
            letter_addressees(&record),
            vec![
                AddresseeLetter::Postponed {
                    addressee: Addressee::Member(mother),
                    review_date: day(2027, 1, 5)
                },
                AddresseeLetter::Available(Addressee::Member(teen)),
            ]
        );
        record.notifications[1].lifted_on = Some(day(2026, 12, 1));
        assert_eq!(
            letter_addressees(&record),
            vec![
                AddresseeLetter::Available(Addressee::Member(mother)),
                AddresseeLetter::Available(Addressee::Member(teen)),
            ]
        );
    }

    #[test]
    fn r12_a_child_under_12_is_written_to_through_the_parents() {
        let (mut record, ..) = complete();
        let small = child(&mut record, day(2020, 1, 1));
        let addressees = letter_addressees(&record);
        assert_eq!(addressees.len(), 1);
        assert!(!addressees.contains(&AddresseeLetter::Available(Addressee::Member(small))));
        // No family member of their own: one letter to the family in general, withheld
        // by a whole-family postponement.
        let lead = record.participants[0].participant.id;
        record.subjects.clear();
        assert_eq!(
            letter_addressees(&record),
            vec![AddresseeLetter::Available(Addressee::Family)]
        );
        record
            .notifications
            .push(postponed(NotificationScope::WholeFamily, lead));
        assert!(matches!(
            letter_addressees(&record)[..],
            [AddresseeLetter::Postponed {
                addressee: Addressee::Family,
                ..
            }]
        ));
    }

    #[test]
    fn r17_parent_of_a_12_to_15_year_old_gets_access_only_paragraph() {
        let (mut record, _, _, _, mother) = complete();
        let teen = child(&mut record, day(2012, 11, 24)); // 14 on the meeting date
        let p = rights_paragraphs(&record, Addressee::Member(mother));
        assert!(p.contains(&RightsParagraph::ParentOfChild12To15), "{p:?}");
        assert!(!p.contains(&RightsParagraph::ParentOfChildUnder12));
        for always in [
            RightsParagraph::Rights,
            RightsParagraph::ConsentWithdrawal,
            RightsParagraph::Limits,
            RightsParagraph::ClientSupport,
        ] {
            assert!(p.contains(&always), "{always:?}");
        }
        let y = rights_paragraphs(&record, Addressee::Member(teen));
        assert!(y.contains(&RightsParagraph::Youth12To15), "{y:?}");
        assert!(!y.contains(&RightsParagraph::ParentOfChild12To15));
    }

    #[test]
    fn r17_age_bands_follow_the_meeting_date_to_the_day() {
        let on = day(2026, 11, 24);
        assert_eq!(age_band(Some(day(2014, 11, 24)), on), AgeBand::From12To15);
        assert_eq!(age_band(Some(day(2014, 11, 25)), on), AgeBand::Under12);
        assert_eq!(age_band(Some(day(2010, 11, 24)), on), AgeBand::From16);
        assert_eq!(age_band(None, on), AgeBand::Unknown);
        let (mut record, _, _, _, mother) = complete();
        child(&mut record, day(2010, 11, 24));
        let p = rights_paragraphs(&record, Addressee::Member(mother));
        assert!(p.contains(&RightsParagraph::ParentOfChild16Plus), "{p:?}");
    }
}
