//! R14d/R17: the access report (inzageoverzicht) for one family member: everything the
//! store holds about them, across meetings. Built per meeting by [`access_meeting`], which
//! keeps only the items linked to the subject rows of that one person, so items about
//! other family members cannot come out (privacy by construction, as for extracts).
//!
//! An item about this person *and* someone else is listed (date, kind, category, source,
//! contributor, recipients: seed 003 §5.2.1b–d), but its text, source text and versions are
//! withheld ([`AccessContent::AboutOthersToo`]): seed 003 §5.2.3b lets access be refused
//! "voor zover" needed for the rights and freedoms of others, and the report promises that
//! data about other people is not in it. The requester can ask the contributor for the part
//! about them.
use crate::{
    meeting_reference, Basis, Category, ItemId, Kind, LegalBasis, MeetingRecord, ReleaseDecision,
    SourceKind, SubjectId,
};
use chrono::NaiveDate;
use std::collections::HashMap;

/// The report for one family member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessReport {
    /// The family member's name as entered.
    pub subject_name: String,
    /// Their date of birth, when entered.
    pub birth_date: Option<NaiveDate>,
    /// The day the report is printed.
    pub printed_on: NaiveDate,
    /// R17: an objection was granted: no new items are added about them.
    pub objected: bool,
    /// Meetings with at least one subject row of this person, by date.
    pub meetings: Vec<AccessMeeting>,
    /// R18: how far the audit log had come when the report was made ("Logboek #N").
    pub audit_position: i64,
    /// Issue 17 point 9: the chair's organisation, with its privacy officer.
    pub organisation: Option<crate::DocumentOrganisation>,
}

impl AccessReport {
    /// All items of the report, over all meetings.
    pub fn items(&self) -> impl Iterator<Item = &AccessItem> {
        self.meetings.iter().flat_map(|m| m.items.iter())
    }
}

/// One meeting in the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessMeeting {
    /// The meeting's reference (e.g. `CO-2026-001`).
    pub meeting_ref: String,
    /// The day of the meeting.
    pub meeting_date: NaiveDate,
    /// The purpose of the meeting.
    pub purpose: String,
    /// Whether the meeting is finalized (R13).
    pub finalized: bool,
    /// The items about this person, in meeting order.
    pub items: Vec<AccessItem>,
}

/// The basis an item was brought in on (R7), as the report names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AccessBasis {
    /// No basis recorded (a draft meeting).
    None,
    /// R8: consent.
    Consent,
    /// R7: a statutory basis of seed 004 art. 5.2.
    Legal(LegalBasis),
    /// R7b: a basis the chair added: the law and its article, as typed.
    CustomLegal {
        /// The name of the law, as typed.
        law: String,
        /// The article, as typed.
        article: String,
    },
    /// R7: a conflict of duties.
    ConflictOfDuties,
}

/// What the report shows of an item's content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AccessContent {
    /// The item is about this person only: everything.
    Shown {
        /// The current text of the item.
        text: String,
        /// R6: the short text of the source (who, which document).
        source_detail: Option<String>,
        /// R16: earlier versions and corrections, oldest first; empty when never corrected.
        versions: Vec<AccessVersion>,
    },
    /// Seed 003 §5.2.3b: the item is also about another family member; its text, source
    /// text and versions are withheld.
    AboutOthersToo,
}

/// One item about the family member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessItem {
    /// Position within its meeting, by creation order ("Punt 3").
    pub number: u32,
    /// The text, or why it is left out.
    pub content: AccessContent,
    /// Fact or opinion (R5).
    pub kind: Kind,
    /// General, special or criminal data.
    pub category: Category,
    /// R6 / seed 003 §5.2.1d: the origin of the item (herkomst).
    pub source: SourceKind,
    /// The organisation of the contributor.
    pub contributor_organisation: String,
    /// The basis it was brought in on.
    pub basis: AccessBasis,
    /// R10: consent was withdrawn; no longer released or printed.
    pub consent_withdrawn: bool,
    /// To whom it was released (R9).
    pub releases: Vec<AccessRelease>,
}

/// R9: to whom an item was released, and for what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessRelease {
    /// The recipient's name.
    pub recipient: String,
    /// The recipient's organisation.
    pub recipient_organisation: String,
    /// The action of the plan it was released for.
    pub purpose: String,
    /// When that action is due.
    pub due: NaiveDate,
}

/// R16: one version of a corrected item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessVersion {
    /// Version number, 1 for the original text.
    pub version: u32,
    /// The text of this version.
    pub text: String,
    /// The day this version was made.
    pub on: NaiveDate,
    /// R16: why it was corrected (none for the original).
    pub reason: Option<String>,
    /// R16: the family's reaction, if given.
    pub reaction: Option<String>,
}

/// R17: the part of one meeting's record that is about the given subject rows (the rows of
/// one person in this meeting). `None` when none of them is a subject of this meeting.
/// Only items whose subjects include one of `subjects` are kept; an item also about a
/// subject row outside `subjects` keeps only its labels (seed 003 §5.2.3b). `versions`
/// holds the version history of corrected items.
pub fn access_meeting(
    record: &MeetingRecord,
    finalized: bool,
    subjects: &[SubjectId],
    versions: &HashMap<ItemId, Vec<AccessVersion>>,
) -> Option<AccessMeeting> {
    if !record
        .subjects
        .iter()
        .any(|s| subjects.contains(&s.subject.id))
    {
        return None;
    }
    let org_of = |p| {
        record
            .participants
            .iter()
            .find(|r| r.participant.id == p)
            .map(|r| r.participant.organisation.as_str().to_owned())
            .unwrap_or_default()
    };
    let withdrawn: Vec<ItemId> = record.releases.withdrawn_items().copied().collect();
    let mut items = Vec::new();
    for (n, rec) in record.items.iter().enumerate() {
        if !rec.subjects.iter().any(|s| subjects.contains(s)) {
            continue;
        }
        let releases = record
            .releases
            .cells()
            .filter(|((item, _), _)| *item == rec.item.id)
            .filter_map(|((_, to), d)| match d {
                ReleaseDecision::Released { action, .. } => {
                    let a = record.actions.iter().find(|a| a.id == *action)?;
                    let p = record
                        .participants
                        .iter()
                        .find(|p| p.participant.id == *to)?;
                    Some(AccessRelease {
                        recipient: p.participant.name.as_str().to_owned(),
                        recipient_organisation: p.participant.organisation.as_str().to_owned(),
                        purpose: a.what.as_str().to_owned(),
                        due: a.due,
                    })
                }
                _ => None,
            })
            .collect();
        let about_others = rec.subjects.iter().any(|s| !subjects.contains(s));
        let content = if about_others {
            AccessContent::AboutOthersToo
        } else {
            AccessContent::Shown {
                text: rec.item.text.as_str().to_owned(),
                source_detail: rec
                    .item
                    .source
                    .detail
                    .as_ref()
                    .map(|d| d.as_str().to_owned()),
                versions: versions.get(&rec.item.id).cloned().unwrap_or_default(),
            }
        };
        items.push(AccessItem {
            number: u32::try_from(n + 1).unwrap_or(u32::MAX),
            content,
            kind: rec.item.kind,
            category: rec.item.category,
            source: rec.item.source.kind,
            contributor_organisation: org_of(rec.item.contributor),
            basis: match &rec.basis {
                None => AccessBasis::None,
                Some(Basis::Consent { .. }) => AccessBasis::Consent,
                Some(Basis::Legal(l)) => AccessBasis::Legal(*l),
                Some(Basis::CustomLegal(c)) => AccessBasis::CustomLegal {
                    law: c.law.to_string(),
                    article: c.article.to_string(),
                },
                Some(Basis::ConflictOfDuties { .. }) => AccessBasis::ConflictOfDuties,
            },
            consent_withdrawn: withdrawn.contains(&rec.item.id),
            releases,
        });
    }
    Some(AccessMeeting {
        meeting_ref: meeting_reference(&record.meeting),
        meeting_date: record.meeting.date,
        purpose: record.meeting.purpose.as_str().to_owned(),
        finalized,
        items,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::complete;
    use crate::{Relation, Subject};

    #[test]
    fn r17_access_report_withholds_text_of_items_also_about_others() {
        let (mut record, _lead, _ggz, _item, mother) = complete();
        let father = Subject {
            id: SubjectId::new(),
            relation: Relation::Parent,
            ..record.subjects[0].subject.clone()
        };
        let father_id = father.id;
        record.subjects.push(crate::SubjectRecord {
            subject: father,
            ..record.subjects[0].clone()
        });
        // Item 1 is about the mother only; item 2 about mother and father.
        record.items[0].subjects = vec![mother];
        let mut shared = record.items[0].clone();
        shared.item.id = ItemId::new();
        shared.item.text =
            crate::Prose::parse("Ruzie tussen vader en moeder.", crate::Field::ItemText, 100)
                .unwrap();
        shared.subjects = vec![mother, father_id];
        record.items.push(shared);

        let report = access_meeting(&record, true, &[father_id], &HashMap::new()).unwrap();
        assert_eq!(
            report.items.len(),
            1,
            "only the shared item is about the father"
        );
        let item = &report.items[0];
        assert_eq!(item.number, 2);
        assert_eq!(item.content, AccessContent::AboutOthersToo);
        assert_eq!(item.category, record.items[1].item.category);

        let report = access_meeting(&record, true, &[mother], &HashMap::new()).unwrap();
        assert_eq!(report.items.len(), 2);
        assert!(matches!(
            &report.items[0].content,
            AccessContent::Shown { text, .. } if text == "In behandeling."
        ));
        assert_eq!(report.items[1].content, AccessContent::AboutOthersToo);
        // Both subject rows of one person (never the case in practice) see it whole.
        let both = access_meeting(&record, true, &[mother, father_id], &HashMap::new()).unwrap();
        assert!(matches!(both.items[1].content, AccessContent::Shown { .. }));
    }
}
