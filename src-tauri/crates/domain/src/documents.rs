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

/// The family's contact: the regiehouder with their business contact details.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactLine {
    /// The contact person's name.
    pub name: String,
    /// Their organisation.
    pub organisation: String,
    /// Their function, if entered.
    pub function: Option<String>,
    /// Their phone number, if entered.
    pub phone: Option<String>,
    /// Their e-mail address, if entered.
    pub email: Option<String>,
}

/// R14c: an agreed action as the family letter tells it. `what` is `None` when the chair
/// has not checked that the professional's text reads well for the family: the letter then
/// shows a neutral general sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LetterAction {
    /// Who carries it out.
    pub who: String,
    /// Their organisation.
    pub organisation: String,
    /// R14c: the action's words checked for the family; `None`: a general sentence.
    pub what: Option<String>,
    /// When it is due.
    pub due: NaiveDate,
    /// R11/R14c: whether it happens only if something occurs.
    pub condition: LetterCondition,
}

/// R14c/seed 002 ("Als we een besluit nemen, leggen we uit waarom"): a decision in the
/// family letter: what was decided and why, in the chair's words where the chair checked
/// them for the family; `None`: a neutral sentence that the contact person explains it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LetterDecision {
    /// What was decided and why, checked for the family.
    pub checked: Option<(String, String)>,
}

/// R11/R14c: what the family letter says of an action's condition. The condition is the
/// chair's words like the action's, so it is shown only where the chair checked the action
/// for the family.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LetterCondition {
    /// The action is carried out anyway.
    None,
    /// The condition in the chair's checked words.
    Shown(String),
    /// A conditional action whose words were not checked: a general sentence.
    General,
}

/// R14c/R17: where a complaint about one organisation goes (seed 004 art. 6: to the
/// partner it concerns, under its own complaints procedure). `route` is `None` when
/// nobody entered one: the letter then says to ask the contact person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ComplaintLine {
    /// The organisation.
    pub organisation: String,
    /// Where to complain; `None` when not entered.
    pub route: Option<String>,
}

/// R14c: the family notification letter for one addressee: what the meeting was about in
/// general terms, what was agreed (without the actions marked not for the family), who
/// the contact is, the rights that apply to this addressee (R17) and where to complain.
/// No item texts, no other professionals' contact details.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FamilyLetterData {
    /// Reference and dates.
    pub header: DocumentHeader,
    /// `None`: the family in general.
    pub to: Option<FamilyMember>,
    /// R12/R14c: the language the letter is written in.
    pub language: crate::LetterLanguage,
    /// Whether this addressee was at the meeting.
    pub present: bool,
    /// `None`: not checked for the family; a neutral sentence is shown.
    pub purpose: Option<String>,
    /// The actions the family reads about.
    pub actions: Vec<LetterAction>,
    /// R14c/seed 002: the decisions not marked "not for the family", in the order taken.
    pub decisions: Vec<LetterDecision>,
    /// Issue 17 point 1: what the addressee said (all of the family in a letter to the
    /// family), with the meeting's answers.
    pub voices: Vec<VoiceLine>,
    /// Whom the family can contact.
    pub contact: ContactLine,
    /// R17: the family's rights.
    pub rights: Vec<crate::RightsParagraph>,
    /// Where to complain, per organisation.
    pub complaints: Vec<ComplaintLine>,
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

impl FamilyLetterData {
    /// R12/R14c: the letter of a (finalized) meeting for one addressee. `None` without a
    /// case lead (R1, the family's contact), for someone who is not an addressee, or while
    /// informing this addressee is postponed (AVG art. 23): no letter may exist then.
    pub fn build(
        record: &MeetingRecord,
        to: crate::Addressee,
        printed_on: NaiveDate,
    ) -> Option<Self> {
        if !crate::letter_addressees(record).contains(&crate::AddresseeLetter::Available(to)) {
            return None;
        }
        let who = names(record);
        let lead = record
            .participants
            .iter()
            .map(|p| &p.participant)
            .find(|p| p.role == Role::CaseLead)?;
        let text = |l: &Option<crate::Label>| l.as_ref().map(|v| v.as_str().to_owned());
        let (member, present) = match to {
            crate::Addressee::Family => (None, record.meeting.family_present),
            crate::Addressee::Member(id) => (
                Some(family_member(record, id)?),
                record
                    .subjects
                    .iter()
                    .any(|s| s.subject.id == id && s.present),
            ),
        };
        let mut complaints: Vec<ComplaintLine> = Vec::new();
        for p in &record.participants {
            let org = p.participant.organisation.as_str();
            let route = p.complaint_route.as_ref().map(|r| r.as_str().to_owned());
            match complaints.iter_mut().find(|c| c.organisation == org) {
                Some(c) => {
                    if c.route.is_none() {
                        c.route = route;
                    }
                }
                None => complaints.push(ComplaintLine {
                    organisation: org.to_owned(),
                    route,
                }),
            }
        }
        let voices = match to {
            crate::Addressee::Family => voice_lines(record, None, true),
            crate::Addressee::Member(id) => voice_lines(record, Some(id), false),
        };
        Some(Self {
            header: DocumentHeader::new(&record.meeting, printed_on),
            to: member,
            language: crate::letter_language(record, to),
            voices,
            present,
            purpose: record
                .purpose_for_family
                .then(|| record.meeting.purpose.as_str().to_owned()),
            decisions: record
                .decisions
                .iter()
                .filter(|d| !matches!(d.for_family, crate::ForFamily::NotForFamily { .. }))
                .map(|d| LetterDecision {
                    checked: matches!(d.for_family, crate::ForFamily::Checked)
                        .then(|| (d.what.as_str().to_owned(), d.why.as_str().to_owned())),
                })
                .collect(),
            actions: record
                .actions
                .iter()
                .filter(|a| !matches!(a.for_family, crate::ForFamily::NotForFamily { .. }))
                .map(|a| LetterAction {
                    who: who
                        .get(&a.who)
                        .map(|p| p.name.as_str().to_owned())
                        .unwrap_or_default(),
                    organisation: who
                        .get(&a.who)
                        .map(|p| p.organisation.as_str().to_owned())
                        .unwrap_or_default(),
                    what: matches!(a.for_family, crate::ForFamily::Checked)
                        .then(|| a.what.as_str().to_owned()),
                    due: a.due,
                    condition: match (&a.condition, &a.for_family) {
                        (None, _) => LetterCondition::None,
                        (Some(c), crate::ForFamily::Checked) => {
                            LetterCondition::Shown(c.as_str().to_owned())
                        }
                        (Some(_), _) => LetterCondition::General,
                    },
                })
                .collect(),
            contact: ContactLine {
                name: lead.name.as_str().to_owned(),
                organisation: lead.organisation.as_str().to_owned(),
                function: text(&lead.function),
                phone: text(&lead.phone),
                email: text(&lead.email),
            },
            rights: crate::rights_paragraphs(record, to),
            complaints,
        })
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

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn person(meeting: MeetingId, name: &str, role: Role) -> ParticipantRecord {
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

    fn record() -> MeetingRecord {
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
    fn r14_family_letter_names_the_case_lead_as_contact() {
        let r = record();
        let mother = crate::Addressee::Member(r.subjects[0].subject.id);
        let letter = FamilyLetterData::build(&r, mother, day(2026, 11, 25)).unwrap();
        assert_eq!(letter.contact.name, "Anna Regie");
        assert_eq!(letter.contact.phone.as_deref(), Some("020-1234567"));
        assert_eq!(letter.actions.len(), 1);
        assert!(!format!("{letter:?}").contains("geheime tekst"));
        let mut no_lead = r.clone();
        no_lead.participants.remove(0);
        assert_eq!(
            FamilyLetterData::build(&no_lead, mother, day(2026, 11, 25)),
            None
        );
    }

    #[test]
    fn r14c_action_not_for_the_family_and_unchecked_texts_stay_out_of_the_letter() {
        let mut r = record();
        let mother = crate::Addressee::Member(r.subjects[0].subject.id);
        let mut secret = r.actions[0].clone();
        secret.id = ActionId::new();
        secret.what = Prose::parse("VT onderzoekt vader", Field::ActionWhat, 100).unwrap();
        secret.relies_on = vec![];
        secret.for_family = crate::ForFamily::NotForFamily {
            motivation: Prose::parse("Onderzoek loopt", Field::Motivation, 100).unwrap(),
        };
        r.actions.push(secret);
        let letter = FamilyLetterData::build(&r, mother, day(2026, 11, 25)).unwrap();
        assert_eq!(letter.actions.len(), 1);
        // Unchecked: neither the purpose nor the action's own words.
        assert_eq!(letter.purpose, None);
        assert_eq!(letter.actions[0].what, None);
        assert!(!format!("{letter:?}").contains("onderzoekt vader"));
        r.purpose_for_family = true;
        r.actions[0].for_family = crate::ForFamily::Checked;
        let letter = FamilyLetterData::build(&r, mother, day(2026, 11, 25)).unwrap();
        assert_eq!(letter.purpose.as_deref(), Some("Afstemmen hulp"));
        assert_eq!(
            letter.actions[0].what.as_deref(),
            Some("Gezinsplan opstellen")
        );
        assert!(!letter.present);
        // Every organisation at the table is listed for complaints.
        assert_eq!(letter.complaints.len(), 1);
    }

    #[test]
    fn r14c_a_decision_reaches_the_letter_as_checked_words_a_neutral_sentence_or_not_at_all() {
        let mut r = record();
        let mother = crate::Addressee::Member(r.subjects[0].subject.id);
        let input = |what: &str| crate::DecisionInput {
            what: what.into(),
            why: format!("Reden bij {what}"),
            rests_on: vec![],
        };
        let shown = crate::DecisionId::new();
        let neutral = crate::DecisionId::new();
        let hidden = crate::DecisionId::new();
        r.add_decision(shown, &input("Gezinscoach inzetten"))
            .unwrap();
        r.add_decision(neutral, &input("Hulp blijft")).unwrap();
        r.add_decision(hidden, &input("VT onderzoekt vader"))
            .unwrap();
        r.set_decision_for_family(shown, crate::ForFamily::Checked)
            .unwrap();
        r.set_decision_for_family(
            hidden,
            crate::ForFamily::NotForFamily {
                motivation: Prose::parse("Onderzoek loopt", Field::Motivation, 100).unwrap(),
            },
        )
        .unwrap();
        let letter = FamilyLetterData::build(&r, mother, day(2026, 11, 25)).unwrap();
        assert_eq!(
            letter.decisions,
            vec![
                LetterDecision {
                    checked: Some((
                        "Gezinscoach inzetten".into(),
                        "Reden bij Gezinscoach inzetten".into()
                    ))
                },
                LetterDecision { checked: None },
            ]
        );
        let all = format!("{letter:?}");
        assert!(
            !all.contains("onderzoekt vader") && !all.contains("Hulp blijft"),
            "{all}"
        );
        assert_eq!(
            r.set_decision_for_family(crate::DecisionId::new(), crate::ForFamily::Checked),
            Err(crate::DomainError::UnknownDecision)
        );
    }

    fn child(r: &MeetingRecord, name: &str, language: crate::FamilyLanguage) -> SubjectRecord {
        SubjectRecord {
            subject: Subject {
                id: SubjectId::new(),
                meeting_id: r.meeting.id,
                relation: Relation::Youth,
                name: Some(Label::parse(name, Field::Name).unwrap()),
                birth_date: Some(day(2020, 1, 1)),
                parental_authority: false,
                has_secret_address: false,
                language,
            },
            present: false,
        }
    }

    fn english(interpreter: Option<&str>) -> crate::FamilyLanguage {
        crate::FamilyLanguage::parse(&crate::FamilyLanguageInput {
            letter: crate::LetterLanguage::En,
            interpreter_needed: interpreter.is_some(),
            spoken_language: interpreter.unwrap_or_default().into(),
        })
        .unwrap()
    }

    #[test]
    fn r12_letter_is_in_the_addressees_own_language() {
        let mut r = record();
        let mother = crate::Addressee::Member(r.subjects[0].subject.id);
        let letter = FamilyLetterData::build(&r, mother, day(2026, 11, 25)).unwrap();
        assert_eq!(letter.language, crate::LetterLanguage::Nl);
        r.subjects[0].subject.language = english(None);
        let letter = FamilyLetterData::build(&r, mother, day(2026, 11, 25)).unwrap();
        assert_eq!(letter.language, crate::LetterLanguage::En);
    }

    #[test]
    fn r12_family_letter_is_english_only_when_every_member_chose_english() {
        // Only children under 12: the letter goes to the family in general.
        let mut r = record();
        r.subjects = vec![
            child(&r, "Sam", english(None)),
            child(&r, "Noor", crate::FamilyLanguage::default()),
        ];
        let family = crate::Addressee::Family;
        let letter = FamilyLetterData::build(&r, family, day(2026, 11, 25)).unwrap();
        assert_eq!(letter.to, None);
        assert_eq!(letter.language, crate::LetterLanguage::Nl);
        r.subjects[1].subject.language = english(Some("Arabisch"));
        let letter = FamilyLetterData::build(&r, family, day(2026, 11, 25)).unwrap();
        assert_eq!(letter.language, crate::LetterLanguage::En);
    }

    #[test]
    fn r12_notification_agreement_names_the_language_of_the_members_it_covers() {
        let mut r = record();
        let sam = child(&r, "Sam", english(Some("Arabisch")));
        let noor = child(&r, "Noor", crate::FamilyLanguage::default());
        let (sam_id, noor_id) = (sam.subject.id, noor.subject.id);
        r.subjects.push(sam);
        r.subjects.push(noor);
        let informer = r.participants[0].participant.id;
        let agreement = |about| crate::FamilyNotification {
            id: crate::NotificationId::new(),
            about,
            informer,
            method: crate::NotificationMethod::Conversation,
            timing: crate::NotificationTiming::Beforehand,
            done_on: None,
            lifted_on: None,
        };
        // The whole family: only Sam needs a mention (Dutch without interpreter does not).
        r.notifications = vec![
            agreement(crate::NotificationScope::WholeFamily),
            agreement(crate::NotificationScope::Subjects(vec![noor_id])),
        ];
        let plan = PlanDocument::build(&r, day(2026, 11, 25));
        let first = &plan.notifications[0].languages;
        assert_eq!(first.len(), 1);
        assert_eq!(first[0].0.name.as_deref(), Some("Sam"));
        assert_eq!(first[0].1.letter, crate::LetterLanguage::En);
        assert_eq!(
            first[0].1.spoken_language.as_ref().map(|l| l.as_str()),
            Some("Arabisch")
        );
        assert!(plan.notifications[1].languages.is_empty());
        assert_eq!(
            crate::notification_languages(&r, &r.notifications[0])
                .iter()
                .map(|(id, _)| *id)
                .collect::<Vec<_>>(),
            vec![sam_id]
        );
        // Dutch with an interpreter is mentioned too.
        r.subjects[2].subject.language.interpreter_needed = true;
        assert_eq!(
            crate::notification_languages(&r, &r.notifications[1]).len(),
            1
        );
    }

    #[test]
    fn r14_no_document_view_has_a_field_for_an_address() {
        // Privacy by construction: a secret address (geheim adres) cannot reach a PDF if
        // no view type can hold an address. Guards against someone adding one.
        let fields: Vec<&str> = include_str!("documents.rs")
            .lines()
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
