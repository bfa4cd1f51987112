//! R14: what each printed document may show, as plain view types. A document is rendered
//! from exactly one of these and nothing else, so what is not a field here cannot end up
//! on paper (privacy by construction).
//!
//! By construction none of these types has a field for a subject's address, so a secret
//! address (geheim adres, R14) has no path into any document. A recipient's extract is
//! built by the store from a query that only returns items released to that recipient
//! (R9), never one resting on withdrawn consent (R10); it carries nothing about other
//! items: not their text, not their reference, not their count.

use crate::{
    ActionId, Category, FamilyNotification, ItemId, Kind, Meeting, MeetingRecord,
    NotificationMethod, NotificationScope, NotificationTiming, Participant, ParticipantId,
    Relation, Role, SubjectId,
};
use chrono::NaiveDate;
use std::collections::HashMap;
use std::fmt;

mod family_letter;
pub use family_letter::{
    ComplaintLine, ContactLine, FamilyLetterData, LetterAction, LetterCondition, LetterDecision,
};

/// R14: the reference printed on every page: `CO-<meeting date>-<tail of the meeting id>`.
/// It never contains the case label or a name, so a lost page does not identify the family.
pub fn meeting_reference(meeting: &Meeting) -> String {
    reference_of(meeting.id, meeting.date)
}

/// The family member a meeting's actions are about, for exports that name one person per
/// action (the SoH "uitkomst overleg" `Actie.heeftBetrekkingOp`, docs/exports.md): the app
/// does not link actions to family members, and the meeting is held in the interest of the
/// child (seed 002), so it is the first young person entered; without one, the first
/// family member; `None` when no family member was entered.
pub fn subject_of_the_case(record: &MeetingRecord) -> Option<&crate::Subject> {
    let subjects = || record.subjects.iter().map(|s| &s.subject);
    subjects()
        .find(|s| s.relation == Relation::Youth)
        .or_else(|| subjects().next())
}

/// The family member an action is about, for the same exports: the app does not link
/// actions to family members directly, but the items an action relies on (R11) say whom
/// their information is about. Of those, the first young person, else the first entered;
/// an action that relies on no item about anyone is about [`subject_of_the_case`].
pub fn subject_of_action<'a>(
    record: &'a MeetingRecord,
    action: &crate::Action,
) -> Option<&'a crate::Subject> {
    let about: Vec<SubjectId> = record
        .items
        .iter()
        .filter(|i| action.relies_on.contains(&i.item.id))
        .flat_map(|i| i.subjects.iter().copied())
        .collect();
    let concerned = || {
        record
            .subjects
            .iter()
            .map(|s| &s.subject)
            .filter(|s| about.contains(&s.id))
    };
    concerned()
        .find(|s| s.relation == Relation::Youth)
        .or_else(|| concerned().next())
        .or_else(|| subject_of_the_case(record))
}

/// [`meeting_reference`] from the id and date alone (lists that load no whole meeting).
pub fn reference_of(id: crate::MeetingId, date: chrono::NaiveDate) -> String {
    let simple = id.as_uuid().simple().to_string();
    let tail = simple.get(simple.len().saturating_sub(6)..).unwrap_or("");
    format!("CO-{}-{tail}", date.format("%Y%m%d"))
}

/// What every page shows besides the content (R14): meeting reference and dates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentHeader {
    /// The meeting's reference.
    pub meeting_ref: String,
    /// The day of the meeting.
    pub meeting_date: NaiveDate,
    /// The day the document is printed.
    pub printed_on: NaiveDate,
    /// R18: how far the audit log had come when the document was made ("Logboek #1234" in
    /// the footer), so a paper copy proves the log reached that point.
    pub audit_position: Option<i64>,
    /// Issue 17 point 9: the chair's organisation, when its profile is kept.
    pub organisation: Option<crate::DocumentOrganisation>,
}

impl DocumentHeader {
    /// The header of a document of `meeting`, printed on `printed_on`.
    pub fn new(meeting: &Meeting, printed_on: NaiveDate) -> Self {
        Self {
            meeting_ref: meeting_reference(meeting),
            audit_position: None,
            organisation: None,
            meeting_date: meeting.date,
            printed_on,
        }
    }
}

/// A stable reference to an item within its meeting: its ordinal by creation order,
/// starting at 1 ("Punt 3"). Used in the plan instead of the item's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ItemRef(pub u32);

impl fmt::Display for ItemRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Punt {}", self.0)
    }
}

/// R14: item references of a meeting, by creation order (the order of `record.items`,
/// which the store loads in insertion order).
pub fn item_refs(record: &MeetingRecord) -> HashMap<ItemId, ItemRef> {
    record
        .items
        .iter()
        .enumerate()
        .map(|(n, i)| (i.item.id, ItemRef(u32::try_from(n + 1).unwrap_or(u32::MAX))))
        .collect()
}

/// A professional as a document shows them: name, organisation, function, role.
/// No phone or e-mail: those appear only as the family's contact (see [`ContactLine`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonLine {
    /// The participant's name.
    pub name: String,
    /// Their organisation.
    pub organisation: String,
    /// Their function, if entered.
    pub function: Option<String>,
    /// Their role in the meeting.
    pub role: Role,
    /// R1/R5/R9: takes part with expertise only (brings in and receives no items).
    pub expertise_only: bool,
}

impl PersonLine {
    /// The line of one participant.
    pub fn of(p: &Participant) -> Self {
        Self {
            name: p.name.as_str().to_owned(),
            organisation: p.organisation.as_str().to_owned(),
            function: p.function.as_ref().map(|f| f.as_str().to_owned()),
            role: p.role,
            expertise_only: p.expertise_only,
        }
    }
}

/// A family member as the plan shows them: relation and (unless anonymous, R4) name.
/// Deliberately no address field (R14: a secret address never appears).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FamilyMember {
    /// The relation to the family.
    pub relation: Relation,
    /// The name; `None` in an anonymous meeting.
    pub name: Option<String>,
}

/// R4/R12: a family member and whether they were present.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FamilyMemberLine {
    /// The family member.
    pub member: FamilyMember,
    /// Whether they were at the meeting.
    pub present: bool,
}

/// Issue 17 point 1: a family member's view, wish or objection with the meeting's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoiceLine {
    /// Whose words they are; `None` in the addressee's own letter (it is them).
    pub member: Option<FamilyMember>,
    /// View, wish or objection.
    pub kind: crate::VoiceKind,
    /// How it reached the meeting.
    pub channel: crate::VoiceChannel,
    /// What they said.
    pub text: String,
    /// How the meeting answered it, if it did.
    pub answer: Option<String>,
}

fn voice_lines(
    record: &MeetingRecord,
    of: Option<crate::SubjectId>,
    named: bool,
) -> Vec<VoiceLine> {
    record
        .voices_of(of)
        .map(|v| VoiceLine {
            member: if named {
                family_member(record, v.subject)
            } else {
                None
            },
            kind: v.kind,
            channel: v.channel,
            text: v.text.as_str().to_owned(),
            answer: v.answer.as_ref().map(|a| a.as_str().to_owned()),
        })
        .collect()
}

/// R6: an item in the plan, by reference and labels only: never its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanItemLine {
    /// The item's reference ("Punt n").
    pub item: ItemRef,
    /// Who brought it in.
    pub contributor: String,
    /// Fact or opinion.
    pub kind: Kind,
    /// Its category.
    pub category: Category,
    /// R10: the consent it rested on was withdrawn.
    pub withdrawn: bool,
}

/// R11: one action of the plan, numbered from 1 in the order of the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanActionLine {
    /// Number of the action in the plan.
    pub number: u32,
    /// Who carries it out.
    pub who: String,
    /// Their organisation.
    pub organisation: String,
    /// What is done.
    pub what: String,
    /// When it is due.
    pub due: NaiveDate,
    /// The items it relies on.
    pub relies_on: Vec<ItemRef>,
    /// R11: the event that triggers it; `None` when it is carried out anyway.
    pub condition: Option<String>,
    /// R11: the number of the decision it hangs under ([`PlanDecisionLine::number`]).
    pub decision: Option<u32>,
}

/// R11/seed 002: one decision of the meeting with its reason, the items it rests on (by
/// reference) and who disagrees and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanDecisionLine {
    /// Number of the decision, from 1 in the order recorded.
    pub number: u32,
    /// What was decided.
    pub what: String,
    /// Why.
    pub why: String,
    /// The items it rests on.
    pub rests_on: Vec<ItemRef>,
    /// Seed 002: who disagrees, and why.
    pub dissents: Vec<DissentLine>,
}

/// Seed 002: a participant who disagrees with a decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DissentLine {
    /// Their name.
    pub name: String,
    /// Their organisation.
    pub organisation: String,
    /// Why they disagree.
    pub why: String,
}

/// R9: which item went to whom for which action (by reference, not by text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReleaseLine {
    /// The item's reference.
    pub item: ItemRef,
    /// The recipient's name.
    pub recipient: String,
    /// The number of the action in the plan ([`PlanActionLine::number`]).
    pub action: u32,
    /// R10: released before the consent was withdrawn; the recipient must be told.
    pub withdrawn: bool,
}

/// R12: who informs the family, about whom, how and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotificationLine {
    /// Who informs the family.
    pub informer: String,
    /// `None`: the whole family.
    pub about: Option<Vec<FamilyMember>>,
    /// How.
    pub method: NotificationMethod,
    /// When (R12).
    pub timing: NotificationTiming,
    /// R12 (seed 004 art. 1.2): the covered members whose letter language or interpreter
    /// must be mentioned.
    pub languages: Vec<(FamilyMember, crate::FamilyLanguage)>,
}

/// R14a: the agreed plan for the regiehouder's dossier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanDocument {
    /// Reference and dates.
    pub header: DocumentHeader,
    /// The case label.
    pub case_label: String,
    /// The purpose of the meeting.
    pub purpose: String,
    /// R3: why the case is in a casusoverleg.
    pub criteria: Option<String>,
    /// Whether the family was at the meeting.
    pub family_present: bool,
    /// Whether the meeting was held anonymously (R4).
    pub anonymous: bool,
    /// The family members and their presence.
    pub family: Vec<FamilyMemberLine>,
    /// Issue 17 point 1: what the family members said, wished or objected to.
    pub voices: Vec<VoiceLine>,
    /// The participants.
    pub participants: Vec<PersonLine>,
    /// The items, without their text.
    pub items: Vec<PlanItemLine>,
    /// The plan of action.
    pub actions: Vec<PlanActionLine>,
    /// R11/seed 002: the decisions with their reasons; actions refer to them by number.
    pub decisions: Vec<PlanDecisionLine>,
    /// The releases (R9).
    pub releases: Vec<ReleaseLine>,
    /// The agreements about informing the family (R12).
    pub notifications: Vec<NotificationLine>,
    /// R15: the retention date.
    pub retention_until: Option<NaiveDate>,
    /// Seed 002 Feitenonderzoek 4: start and end time and the account of the course of the
    /// meeting, with whether the table agreed it.
    pub minutes: crate::Minutes,
}

/// R14b: one item released to the recipient of an extract.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExtractItem {
    /// Numbered 1..n within this extract only: the meeting's item reference would tell
    /// how many other items there are.
    pub number: u32,
    /// The item's text.
    pub text: String,
    /// Fact or opinion.
    pub kind: Kind,
    /// Its category.
    pub category: Category,
    /// Who brought it in.
    pub contributor: String,
    /// Their organisation.
    pub contributor_organisation: String,
    /// R6: from whom the contributor has it, with its short text.
    pub source: crate::Source,
    /// R9: the action of the plan the item was released for (the purpose).
    pub action: String,
    /// When that action is due.
    pub due: NaiveDate,
    /// R9: the motivation given with the release, if any.
    pub motivation: Option<String>,
}

/// R14b: an extract for one recipient: only the items released to them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecipientExtract {
    /// Reference and dates.
    pub header: DocumentHeader,
    /// The case label.
    pub case_label: String,
    /// The recipient.
    pub recipient: PersonLine,
    /// Only the items released to the recipient (R9/R10).
    pub items: Vec<ExtractItem>,
}

fn names(record: &MeetingRecord) -> HashMap<ParticipantId, &Participant> {
    record
        .participants
        .iter()
        .map(|p| (p.participant.id, &p.participant))
        .collect()
}

fn family_member(record: &MeetingRecord, id: SubjectId) -> Option<FamilyMember> {
    record
        .subjects
        .iter()
        .find(|s| s.subject.id == id)
        .map(|s| FamilyMember {
            relation: s.subject.relation,
            name: s.subject.name.as_ref().map(|n| n.as_str().to_owned()),
        })
}

fn notification_line(
    record: &MeetingRecord,
    n: &FamilyNotification,
    who: &HashMap<ParticipantId, &Participant>,
) -> NotificationLine {
    NotificationLine {
        informer: who
            .get(&n.informer)
            .map(|p| p.name.as_str().to_owned())
            .unwrap_or_default(),
        about: match &n.about {
            NotificationScope::WholeFamily => None,
            NotificationScope::Subjects(ids) => Some(
                ids.iter()
                    .filter_map(|id| family_member(record, *id))
                    .collect(),
            ),
        },
        method: n.method,
        timing: n.timing.clone(),
        languages: crate::notification_languages(record, n)
            .into_iter()
            .filter_map(|(id, language)| family_member(record, id).map(|m| (m, language)))
            .collect(),
    }
}

impl PlanDocument {
    /// R14a: the plan of a (finalized) meeting. Item texts are left out: the plan refers to
    /// items by [`ItemRef`].
    pub fn build(record: &MeetingRecord, printed_on: NaiveDate) -> Self {
        let who = names(record);
        let refs = item_refs(record);
        let name_of = |id: &ParticipantId| {
            who.get(id)
                .map(|p| p.name.as_str().to_owned())
                .unwrap_or_default()
        };
        let withdrawn: Vec<ItemId> = record.releases.withdrawn_items().copied().collect();
        let action_numbers: HashMap<ActionId, u32> = record
            .actions
            .iter()
            .enumerate()
            .map(|(n, a)| (a.id, u32::try_from(n + 1).unwrap_or(u32::MAX)))
            .collect();
        let mut releases: Vec<ReleaseLine> = record
            .releases
            .cells()
            .filter_map(|((item, to), d)| match d {
                crate::ReleaseDecision::Released { action, .. } => Some(ReleaseLine {
                    item: *refs.get(item)?,
                    recipient: name_of(to),
                    action: *action_numbers.get(action)?,
                    withdrawn: withdrawn.contains(item),
                }),
                _ => None,
            })
            .collect();
        releases.sort_by(|a, b| (a.item, &a.recipient).cmp(&(b.item, &b.recipient)));
        let decision_numbers: HashMap<crate::DecisionId, u32> = record
            .decisions
            .iter()
            .enumerate()
            .map(|(n, d)| (d.id, u32::try_from(n + 1).unwrap_or(u32::MAX)))
            .collect();
        let decisions = record
            .decisions
            .iter()
            .enumerate()
            .map(|(n, d)| {
                let mut rests_on: Vec<ItemRef> = d
                    .rests_on
                    .iter()
                    .filter_map(|i| refs.get(i).copied())
                    .collect();
                rests_on.sort();
                PlanDecisionLine {
                    number: u32::try_from(n + 1).unwrap_or(u32::MAX),
                    what: d.what.as_str().to_owned(),
                    why: d.why.as_str().to_owned(),
                    rests_on,
                    dissents: record
                        .dissents_with(d.id)
                        .map(|x| DissentLine {
                            name: name_of(&x.participant),
                            organisation: who
                                .get(&x.participant)
                                .map(|p| p.organisation.as_str().to_owned())
                                .unwrap_or_default(),
                            why: x.why.as_str().to_owned(),
                        })
                        .collect(),
                }
            })
            .collect();
        Self {
            header: DocumentHeader::new(&record.meeting, printed_on),
            case_label: record.meeting.case_label.as_str().to_owned(),
            purpose: record.meeting.purpose.as_str().to_owned(),
            criteria: record
                .meeting
                .criteria
                .as_ref()
                .map(|c| c.as_str().to_owned()),
            family_present: record.meeting.family_present,
            anonymous: record.meeting.anonymous,
            family: record
                .subjects
                .iter()
                .filter_map(|s| {
                    Some(FamilyMemberLine {
                        member: family_member(record, s.subject.id)?,
                        present: s.present,
                    })
                })
                .collect(),
            voices: voice_lines(record, None, true),
            participants: record
                .participants
                .iter()
                .map(|p| PersonLine::of(&p.participant))
                .collect(),
            items: record
                .items
                .iter()
                .filter_map(|i| {
                    Some(PlanItemLine {
                        item: *refs.get(&i.item.id)?,
                        contributor: name_of(&i.item.contributor),
                        kind: i.item.kind,
                        category: i.item.category,
                        withdrawn: withdrawn.contains(&i.item.id),
                    })
                })
                .collect(),
            actions: record
                .actions
                .iter()
                .enumerate()
                .map(|(n, a)| {
                    let mut relies_on: Vec<ItemRef> = a
                        .relies_on
                        .iter()
                        .filter_map(|i| refs.get(i).copied())
                        .collect();
                    relies_on.sort();
                    PlanActionLine {
                        number: u32::try_from(n + 1).unwrap_or(u32::MAX),
                        who: name_of(&a.who),
                        organisation: who
                            .get(&a.who)
                            .map(|p| p.organisation.as_str().to_owned())
                            .unwrap_or_default(),
                        what: a.what.as_str().to_owned(),
                        due: a.due,
                        relies_on,
                        condition: a.condition.as_ref().map(|c| c.as_str().to_owned()),
                        decision: a.decision.and_then(|d| decision_numbers.get(&d).copied()),
                    }
                })
                .collect(),
            decisions,
            releases,
            notifications: record
                .notifications
                .iter()
                .map(|n| notification_line(record, n, &who))
                .collect(),
            retention_until: record.retention_until,
            minutes: record.minutes.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        Action, Field, Item, ItemRecord, Label, LegalBasis, MeetingId, OrganisationType,
        ParticipantRecord, Prose, ReleaseChoice, ReleaseMatrix, ReleaseRequest, Subject,
        SubjectRecord,
    };
    use chrono::Utc;

    pub(super) fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    pub(super) fn person(meeting: MeetingId, name: &str, role: Role) -> ParticipantRecord {
        ParticipantRecord {
            participant: Participant {
                id: ParticipantId::new(),
                meeting_id: meeting,
                name: Label::parse(name, Field::Name).unwrap(),
                organisation: Label::parse("Wijkteam Zuid", Field::Organisation).unwrap(),
                function: None,
                phone: Some(Label::parse("020-1234567", Field::Phone).unwrap()),
                email: None,
                role,
                expertise_only: false,
            },
            organisation_type: OrganisationType::Wijkteam,
            secrecy: true,
            pledged_at: Some(Utc::now()),
            attendance: crate::Attendance::Present,
            complaint_route: None,
        }
    }

    #[test]
    fn the_subject_of_the_case_is_the_first_young_person_else_the_first_family_member() {
        let mut r = record();
        assert_eq!(r.subjects.len(), 1);
        let mother = r.subjects[0].subject.id;
        assert_eq!(subject_of_the_case(&r).map(|s| s.id), Some(mother));
        let child = |name: &str| {
            let mut s = r.subjects[0].clone();
            s.subject.id = SubjectId::new();
            s.subject.relation = Relation::Youth;
            s.subject.parental_authority = false;
            s.subject.name = Some(Label::parse(name, Field::Name).unwrap());
            s
        };
        let (first, second) = (child("Eerste kind"), child("Tweede kind"));
        let first_id = first.subject.id;
        r.subjects.push(first);
        r.subjects.push(second);
        assert_eq!(subject_of_the_case(&r).map(|s| s.id), Some(first_id));
        // The action relies on an item about the mother: it is about her, not the child.
        assert_eq!(
            subject_of_action(&r, &r.actions[0]).map(|s| s.id),
            Some(first_id)
        );
        r.items[1].subjects = vec![mother];
        assert_eq!(
            subject_of_action(&r, &r.actions[0]).map(|s| s.id),
            Some(mother)
        );
        r.subjects.clear();
        assert!(subject_of_the_case(&r).is_none());
        assert!(subject_of_action(&r, &r.actions[0]).is_none());
    }

    pub(super) fn record() -> MeetingRecord {
        let meeting = Meeting {
            id: MeetingId::new(),
            case_label: Label::parse("Gezin Jansen", Field::CaseLabel).unwrap(),
            date: day(2026, 11, 24),
            purpose: Prose::parse("Afstemmen hulp", Field::Purpose, 100).unwrap(),
            criteria: None,
            family_present: false,
            family_absence_reason: None,
            anonymous: false,
            created_at: Utc::now(),
        };
        let lead = person(meeting.id, "Anna Regie", Role::CaseLead);
        let other = person(meeting.id, "Bert Inbreng", Role::ContentRole);
        let items = ["Eerste geheime tekst", "Tweede geheime tekst"]
            .iter()
            .map(|t| ItemRecord {
                item: Item {
                    id: ItemId::new(),
                    meeting_id: meeting.id,
                    contributor: other.participant.id,
                    text: Prose::parse(t, Field::ItemText, 100).unwrap(),
                    kind: Kind::Fact,
                    category: Category::General,
                    source: crate::Source::unknown(),
                    created_at: Utc::now(),
                },
                subjects: vec![],
                basis: Some(crate::Basis::Legal(LegalBasis::JeugdwetArt2_3)),
                wall: None,
            })
            .collect::<Vec<_>>();
        let action = Action {
            id: ActionId::new(),
            who: lead.participant.id,
            what: Prose::parse("Gezinsplan opstellen", Field::ActionWhat, 100).unwrap(),
            due: day(2026, 12, 15),
            relies_on: vec![items[1].item.id],
            for_family: crate::ForFamily::Unchecked,
            condition: None,
            decision: None,
        };
        let mut record = MeetingRecord {
            subjects: vec![SubjectRecord {
                subject: Subject {
                    id: SubjectId::new(),
                    meeting_id: meeting.id,
                    relation: Relation::Parent,
                    name: Some(Label::parse("Moeder", Field::Name).unwrap()),
                    birth_date: None,
                    parental_authority: true,
                    has_secret_address: true,
                    language: crate::FamilyLanguage::default(),
                },
                present: false,
            }],
            meeting,
            participants: vec![lead, other],
            items,
            actions: vec![action],
            releases: ReleaseMatrix::new(),
            notifications: vec![],
            retention_until: None,
            carried_over: vec![],
            decisions: vec![],
            dissents: vec![],
            purpose_for_family: false,
            voices: Vec::new(),
            minutes: crate::Minutes::default(),
        };
        let (item, to, by, act) = (
            record.items[1].item.id,
            record.participants[0].participant.id,
            record.participants[1].participant.id,
            record.actions[0].id,
        );
        record
            .decide_release(ReleaseRequest {
                item,
                recipient: to,
                decided_by: by,
                at: Utc::now(),
                choice: ReleaseChoice::Release {
                    action: act,
                    motivation: None,
                },
            })
            .unwrap();
        record
    }

    #[test]
    fn r14_meeting_reference_has_no_case_label_and_is_stable() {
        let r = record();
        let reference = meeting_reference(&r.meeting);
        assert!(reference.starts_with("CO-20261124-"), "{reference}");
        assert_eq!(reference.len(), "CO-20261124-".len() + 6);
        assert!(!reference.contains("Jansen"));
        assert_eq!(reference, meeting_reference(&r.meeting));
    }

    #[test]
    fn r14_plan_refers_to_items_by_ordinal_never_by_text() {
        let r = record();
        let plan = PlanDocument::build(&r, day(2026, 11, 25));
        assert_eq!(plan.items.len(), 2);
        assert_eq!(plan.items[1].item, ItemRef(2));
        assert_eq!(ItemRef(2).to_string(), "Punt 2");
        assert_eq!(plan.actions[0].relies_on, vec![ItemRef(2)]);
        assert_eq!(
            plan.releases,
            vec![ReleaseLine {
                item: ItemRef(2),
                recipient: "Anna Regie".into(),
                action: 1,
                withdrawn: false
            }]
        );
        let all = format!("{plan:?}");
        assert!(!all.contains("geheime tekst"), "{all}");
    }

    #[test]
    fn r14_no_document_view_has_a_field_for_an_address() {
        // Privacy by construction: a secret address (geheim adres) cannot reach a PDF if
        // no view type can hold an address. Guards against someone adding one.
        let fields: Vec<&str> = [include_str!("mod.rs"), include_str!("family_letter.rs")]
            .into_iter()
            .flat_map(str::lines)
            .map(str::trim)
            .filter(|l| l.starts_with("pub ") && l.ends_with(',') && l.contains(':'))
            .collect();
        assert!(fields.len() > 30, "{fields:?}");
        for f in fields {
            let lower = f.to_lowercase();
            assert!(
                !lower.contains("address") && !lower.contains("adres"),
                "{f}"
            );
        }
    }
}
