//! R13: the meeting as a whole, its finalize checklist, and the finalized state.

use crate::basis::{check_basis, check_release_scope, ContributorProfile};
use crate::{
    Action, ActionId, Basis, CarriedAction, CarriedActionId, Consenter, DomainError,
    FamilyNotification, Item, ItemId, Meeting, NotificationId, OrganisationType, Participant,
    ParticipantId, ReleaseContext, ReleaseItem, ReleaseMatrix, ReleaseRequest, Role, Subject,
    SubjectId,
};
use chrono::{DateTime, Months, NaiveDate, Utc};

/// R15: default retention, in months after the meeting date (seed 003 §4.2).
pub const RETENTION_DEFAULT_MONTHS: u32 = 6;

/// R15: the default destroy-after date: six months after the meeting.
pub fn default_retention(meeting_date: NaiveDate) -> Option<NaiveDate> {
    meeting_date.checked_add_months(Months::new(RETENTION_DEFAULT_MONTHS))
}

/// A subject with their presence at the meeting (R12).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubjectRecord {
    /// The subject.
    pub subject: Subject,
    /// The subject took part in the meeting; if not, they must be informed (R12).
    pub present: bool,
}

impl SubjectRecord {
    /// The family member as the meeting page shows them, on the meeting date.
    pub fn view(&self, meeting_date: NaiveDate) -> SubjectView {
        let s = &self.subject;
        SubjectView {
            id: s.id,
            relation: s.relation,
            name: s.name.clone(),
            birth_date: s.birth_date,
            age: s.birth_date.map(|b| crate::age_on(b, meeting_date)),
            present: self.present,
            parental_authority: s.parental_authority,
            has_secret_address: s.has_secret_address,
            letter_language: s.language.letter,
            interpreter_needed: s.language.interpreter_needed,
            spoken_language: s.language.spoken_language.clone(),
            may_hold_authority: s.relation.can_hold_authority(),
            may_be_judged_not_competent: crate::may_be_judged_not_competent(
                s.relation,
                s.birth_date,
                meeting_date,
            ),
            may_consent_for_another: s.relation.may_consent_for_another(),
        }
    }
}

/// A family member (betrokkene) as the meeting page shows them (`Subject` in TypeScript),
/// with what the UI may offer for them, decided here (R8). `age` is on the meeting date.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, rename = "Subject"))]
pub struct SubjectView {
    /// Their id.
    pub id: SubjectId,
    /// Their relation to the case.
    pub relation: crate::Relation,
    /// Their name (never in an anonymous meeting, R4).
    pub name: Option<crate::Label>,
    /// `YYYY-MM-DD`.
    pub birth_date: Option<NaiveDate>,
    /// Age on the meeting date (R8).
    pub age: Option<u32>,
    /// At the meeting (R12).
    pub present: bool,
    /// R8: holds parental authority (gezag) over the youths of the case.
    pub parental_authority: bool,
    /// R14/R21: whether a secret address is stored. The address itself never leaves the
    /// store: no view carries it.
    pub has_secret_address: bool,
    /// R12: the language of this member's family letter.
    pub letter_language: crate::LetterLanguage,
    /// R12: the meeting needs an interpreter to talk with this member.
    pub interpreter_needed: bool,
    /// R12: the language the interpreter speaks, when one is needed and it was given.
    pub spoken_language: Option<crate::Label>,
    /// R8 (`Relation::can_hold_authority`): the UI may offer the gezag checkbox.
    pub may_hold_authority: bool,
    /// R8 (`may_be_judged_not_competent`, on the meeting date): the UI may offer "not
    /// able to judge their interests reasonably".
    pub may_be_judged_not_competent: bool,
    /// R8 (`Relation::may_consent_for_another`): the UI may offer this subject as the one
    /// who gave a consent for another subject.
    pub may_consent_for_another: bool,
}

/// A participant with what the rules need to know about them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParticipantRecord {
    /// The participant.
    pub participant: Participant,
    /// The type of their organisation.
    pub organisation_type: OrganisationType,
    /// Bound by professional secrecy (R7); recorded, not derived from the organisation.
    pub secrecy: bool,
    /// R2: when they confirmed the meeting is confidential.
    pub pledged_at: Option<DateTime<Utc>>,
    /// Present, apologies (afgemeld) or observer; see [`crate::Attendance`].
    pub attendance: crate::Attendance,
    /// R14c/R17: where the family can complain about this participant's organisation
    /// (seed 004 art. 6: the complaint goes to the partner it concerns).
    pub complaint_route: Option<crate::Label>,
}

/// An item with its subjects (R6) and basis (R7).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemRecord {
    /// The item.
    pub item: Item,
    /// The subjects it is about.
    pub subjects: Vec<SubjectId>,
    /// Its basis, once chosen (R7).
    pub basis: Option<Basis>,
    /// The chair's mark for the wall (presentation mode); `None`: the default applies.
    pub wall: Option<crate::WallMark>,
}

/// Everything about one meeting the finalize checklist looks at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingRecord {
    /// The meeting.
    pub meeting: Meeting,
    /// Its subjects.
    pub subjects: Vec<SubjectRecord>,
    /// Its participants.
    pub participants: Vec<ParticipantRecord>,
    /// Its items.
    pub items: Vec<ItemRecord>,
    /// The plan of action.
    pub actions: Vec<Action>,
    /// R11/seed 002: the decisions with their reasons; actions may hang under them.
    pub decisions: Vec<crate::Decision>,
    /// Seed 002: recorded disagreements with decisions.
    pub dissents: Vec<crate::Dissent>,
    /// Every release decision (R9).
    pub releases: ReleaseMatrix,
    /// The agreements about informing the family (R12).
    pub notifications: Vec<FamilyNotification>,
    /// R15: destroy-after date.
    pub retention_until: Option<NaiveDate>,
    /// R11: the open actions of the previous meeting of the same case (follow-up).
    pub carried_over: Vec<CarriedAction>,
    /// R14c: the chair checked that the purpose reads well for the family (B1); until then
    /// the letter shows a neutral general sentence instead.
    pub purpose_for_family: bool,
    /// Issue 17 point 1: what family members said, wished or objected to, and the answers.
    pub voices: Vec<crate::FamilyVoice>,
    /// Seed 002 Feitenonderzoek 4: start and end time and the agreed account of the course of the meeting.
    pub minutes: crate::Minutes,
}

impl MeetingRecord {
    fn all_subjects(&self) -> Vec<Subject> {
        self.subjects.iter().map(|s| s.subject.clone()).collect()
    }

    /// The ids of its participants, in their order.
    pub fn participant_ids(&self) -> Vec<ParticipantId> {
        self.participants.iter().map(|p| p.participant.id).collect()
    }

    /// R7: `None` when the item has no basis, else the outcome of [`check_basis`].
    pub fn check_item_basis(&self, item: &ItemRecord) -> Option<Result<(), DomainError>> {
        let basis = item.basis.as_ref()?;
        let Some(contributor) = self
            .participants
            .iter()
            .find(|p| p.participant.id == item.item.contributor)
        else {
            return Some(Err(DomainError::ContributorNotInMeeting));
        };
        let profile = ContributorProfile {
            secrecy: contributor.secrecy,
            organisation: contributor.organisation_type,
        };
        Some(check_basis(
            basis,
            profile,
            &item.subjects,
            &self.all_subjects(),
            self.meeting.date,
        ))
    }

    /// Seed 004 art. 6.4b: whether the item's consent reaches `recipient` (always, for an
    /// item on another basis). Only meaningful for an item whose basis holds.
    pub fn check_release_scope(
        &self,
        item: &ItemRecord,
        recipient: ParticipantId,
    ) -> Result<(), DomainError> {
        let Some(basis) = item.basis.as_ref() else {
            return Ok(());
        };
        let Some(contributor) = self
            .participants
            .iter()
            .find(|p| p.participant.id == item.item.contributor)
        else {
            return Err(DomainError::ContributorNotInMeeting);
        };
        let profile = ContributorProfile {
            secrecy: contributor.secrecy,
            organisation: contributor.organisation_type,
        };
        check_release_scope(
            basis,
            profile,
            &item.subjects,
            &self.all_subjects(),
            self.meeting.date,
            recipient,
        )
    }

    /// What [`ReleaseMatrix::decide`] needs to know about this meeting.
    pub fn release_context(&self) -> ReleaseContext {
        ReleaseContext {
            participants: self
                .participants
                .iter()
                .map(|p| (p.participant.id, p.participant.role))
                .collect(),
            items: self
                .items
                .iter()
                .map(|i| ReleaseItem {
                    id: i.item.id,
                    contributor: i.item.contributor,
                    category: i.item.category,
                    basis_valid: matches!(self.check_item_basis(i), Some(Ok(()))),
                })
                .collect(),
            actions: self.actions.iter().map(|a| (a.id, a.who)).collect(),
        }
    }

    /// R9: records a release decision, checked against this meeting.
    pub fn decide_release(&mut self, request: ReleaseRequest) -> Result<(), DomainError> {
        // R9: need to know: an observer takes nothing away.
        if matches!(request.choice, crate::ReleaseChoice::Release { .. })
            && self.is_observer(request.recipient)
        {
            return Err(DomainError::ObserverHasNoPart);
        }
        // R9: who takes part with expertise only receives nothing: no cell to decide.
        if self.is_expertise_only(request.recipient) {
            return Err(DomainError::ExpertiseOnlyReceivesNoItems {
                field: crate::Field::Recipient,
            });
        }
        // R2/R9: nothing leaves the meeting to someone who has not confirmed
        // confidentiality; who sent apologies can confirm afterwards, with its date.
        if matches!(request.choice, crate::ReleaseChoice::Release { .. })
            && self
                .participants
                .iter()
                .any(|p| p.participant.id == request.recipient && p.pledged_at.is_none())
        {
            return Err(DomainError::RecipientWithoutPledge);
        }
        let ctx = self.release_context();
        let mut releases = self.releases.clone();
        let (item, recipient) = (request.item, request.recipient);
        let releasing = matches!(request.choice, crate::ReleaseChoice::Release { .. });
        releases.decide(request, &ctx)?;
        // Seed 004 art. 6.4b: an item on consent goes out only as far as the consent reaches.
        if releasing {
            if let Some(i) = self.items.iter().find(|i| i.item.id == item) {
                self.check_release_scope(i, recipient)?;
            }
        }
        self.releases = releases;
        Ok(())
    }

    /// R9/R14b: items released to `recipient`, never one resting on withdrawn consent.
    pub fn released_to(&self, recipient: ParticipantId) -> Vec<ItemId> {
        self.releases.released_to(recipient)
    }

    /// R10: `by` withdraws their consent about `subject`: every such consent record is marked
    /// withdrawn, every item resting on one is no longer releasable. Returns who already
    /// received those items. Conservative: an item is marked even when the withdrawing party
    /// was not required for it.
    pub fn withdraw_consent(
        &mut self,
        subject: SubjectId,
        by: &Consenter,
        at: DateTime<Utc>,
    ) -> Vec<(ItemId, ParticipantId)> {
        let mut affected = Vec::new();
        for item in &mut self.items {
            if let Some(Basis::Consent { records, .. }) = &mut item.basis {
                let mut hit = false;
                for r in records.iter_mut() {
                    if r.subject == subject && r.given_by == *by && r.withdrawn.is_none() {
                        r.withdrawn = Some(at);
                        hit = true;
                    }
                }
                if hit {
                    affected.push(item.item.id);
                }
            }
        }
        self.releases.withdraw_consent(affected)
    }
}

/// R13: one open point of the finalize checklist, with the ids the UI needs to link to the
/// place where it can be fixed. The UI names it in plain Dutch via [`OpenPoint::code`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenPoint {
    /// R1: no case lead.
    NoCaseLead,
    /// R1: more than one case lead.
    MoreThanOneCaseLead,
    /// R2: this participant has not confirmed confidentiality.
    PledgeMissing(ParticipantId),
    /// R7: this item has no basis.
    BasisMissing(ItemId),
    /// R7/R8/R10: this item's basis does not hold, and why.
    BasisInvalid(ItemId, DomainError),
    /// R11: this action no longer fits the meeting, and why.
    ActionInvalid(ActionId, DomainError),
    /// R9: no answer for this item and this recipient, who carries out an action.
    ReleaseUndecided {
        /// The item.
        item: ItemId,
        /// The recipient.
        recipient: ParticipantId,
    },
    /// R9/R11: the action relies on an item not released to whoever carries it out.
    ReliesOnUnreleased {
        /// The action.
        action: ActionId,
        /// The item it relies on.
        item: ItemId,
    },
    /// R12: this notification agreement no longer fits the meeting, and why.
    NotificationInvalid(NotificationId, DomainError),
    /// R12: these subjects were not present and nobody is agreed to inform them: one
    /// missing agreement, one point, however many family members it concerns.
    NotificationMissing(Vec<SubjectId>),
    /// R12: the family was not present, no family member is entered, and nobody is agreed
    /// to inform the family.
    FamilyNotificationMissing,
    /// R15: no retention date.
    RetentionMissing,
    /// R15: the retention date is not after the meeting date.
    RetentionNotAfterMeeting,
    /// R11/R13: this action of the previous meeting has no status yet (done / not done).
    CarriedActionUnsettled(CarriedActionId),
    /// Seed 001 position 2 / seed 002: a family member objected and the meeting has not
    /// recorded its answer yet.
    ObjectionUnanswered(crate::VoiceId),
    /// R3: why the case meets the criteria for a casusoverleg is not written down.
    CriteriaMissing,
    /// R3/R4: the family is not at the meeting and the reason why is not written down
    /// (seed 001 position 4: "moet altijd gemotiveerd worden").
    FamilyAbsenceReasonMissing,
    /// R2/R9: this participant sent apologies and has not confirmed confidentiality, yet
    /// carries out an action or has something released to them.
    RecipientWithoutPledge(ParticipantId),
    /// Seed 004 art. 6.4b: this item is released to a recipient its consent does not
    /// reach (e.g. a consent recorded before scopes existed), and why.
    ReleaseOutsideConsentScope {
        /// The item.
        item: ItemId,
        /// The recipients the consent does not reach (one consent, one point).
        recipients: Vec<ParticipantId>,
        /// Why the consent does not reach them (for the first of them).
        error: DomainError,
    },
    /// Seed 002 Feitenonderzoek 4: a start time is recorded without an end time, or the reverse.
    TimesIncomplete,
    /// Seed 002 Feitenonderzoek 4: an account of the course of the meeting is written, but the table has
    /// not agreed it.
    AccountNotAgreed,
}

/// R13: the section of the meeting page where an open point is fixed, in page order; the
/// checklist is grouped and counted by it.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, rename = "Section"))]
pub enum ChecklistSection {
    /// Criteria and why the family is absent (R3/R4).
    Preparation,
    /// The family members (R6).
    Subjects,
    /// Who sits at the table (R1/R2).
    Participants,
    /// The items and their basis (R7).
    Items,
    /// The plan of action (R11).
    Plan,
    /// The release decisions (R9).
    Releases,
    /// Informing the family (R12).
    Family,
    /// Retention and finalizing (R13/R15).
    Finalize,
}

/// R13: the open points of one section, in checklist order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenPointGroup<'a> {
    /// Where they are fixed.
    pub section: ChecklistSection,
    /// The points, never empty.
    pub points: Vec<&'a OpenPoint>,
}

/// R13: the checklist grouped per section of the meeting page, in page order, each group
/// with its points (its count is their number); sections without open points are left out.
pub fn checklist_groups(points: &[OpenPoint]) -> Vec<OpenPointGroup<'_>> {
    let mut groups: Vec<OpenPointGroup<'_>> = Vec::new();
    for point in points {
        let section = point.section();
        match groups.iter_mut().find(|g| g.section == section) {
            Some(group) => group.points.push(point),
            None => groups.push(OpenPointGroup {
                section,
                points: vec![point],
            }),
        }
    }
    groups.sort_by_key(|g| g.section);
    groups
}

impl OpenPoint {
    /// R13: the section of the meeting page where this point is fixed.
    pub fn section(&self) -> ChecklistSection {
        match self {
            OpenPoint::CriteriaMissing | OpenPoint::FamilyAbsenceReasonMissing => {
                ChecklistSection::Preparation
            }
            OpenPoint::NoCaseLead
            | OpenPoint::MoreThanOneCaseLead
            | OpenPoint::PledgeMissing(_)
            | OpenPoint::RecipientWithoutPledge(_) => ChecklistSection::Participants,
            OpenPoint::BasisMissing(_) | OpenPoint::BasisInvalid(..) => ChecklistSection::Items,
            OpenPoint::ActionInvalid(..) | OpenPoint::CarriedActionUnsettled(_) => {
                ChecklistSection::Plan
            }
            OpenPoint::ReleaseUndecided { .. }
            | OpenPoint::ReliesOnUnreleased { .. }
            | OpenPoint::ReleaseOutsideConsentScope { .. } => ChecklistSection::Releases,
            OpenPoint::NotificationInvalid(..)
            | OpenPoint::NotificationMissing(_)
            | OpenPoint::FamilyNotificationMissing => ChecklistSection::Family,
            OpenPoint::ObjectionUnanswered(_) => ChecklistSection::Subjects,
            OpenPoint::RetentionMissing
            | OpenPoint::RetentionNotAfterMeeting
            | OpenPoint::TimesIncomplete
            | OpenPoint::AccountNotAgreed => ChecklistSection::Finalize,
        }
    }

    /// Stable code for the UI's Dutch message catalog.
    pub fn code(&self) -> &'static str {
        match self {
            OpenPoint::NoCaseLead => "no_case_lead",
            OpenPoint::MoreThanOneCaseLead => "more_than_one_case_lead",
            OpenPoint::PledgeMissing(_) => "pledge_missing",
            OpenPoint::BasisMissing(_) => "basis_missing",
            OpenPoint::BasisInvalid(..) => "basis_invalid",
            OpenPoint::ActionInvalid(..) => "action_invalid",
            OpenPoint::ReleaseUndecided { .. } => "release_undecided",
            OpenPoint::ReliesOnUnreleased { .. } => "relies_on_unreleased",
            OpenPoint::NotificationInvalid(..) => "notification_invalid",
            OpenPoint::NotificationMissing(_) => "notification_missing",
            OpenPoint::FamilyNotificationMissing => "family_notification_missing",
            OpenPoint::RetentionMissing => "retention_missing",
            OpenPoint::RetentionNotAfterMeeting => "retention_not_after_meeting",
            OpenPoint::CarriedActionUnsettled(_) => "carried_action_unsettled",
            OpenPoint::ObjectionUnanswered(_) => "objection_unanswered",
            OpenPoint::CriteriaMissing => "criteria_missing",
            OpenPoint::FamilyAbsenceReasonMissing => "family_absence_reason_missing",
            OpenPoint::RecipientWithoutPledge(_) => "recipient_without_pledge",
            OpenPoint::ReleaseOutsideConsentScope { .. } => "release_outside_consent_scope",
            OpenPoint::TimesIncomplete => "times_incomplete",
            OpenPoint::AccountNotAgreed => "account_not_agreed",
        }
    }
}

/// R13: every open point that stands between this meeting and finalizing it, in the order
/// of the meeting: people, items, plan and releases, family, retention.
///
/// "An answer for every item × recipient with an action" counts only the cells that need a
/// decision ([`MeetingRecord::release_needs`]): not an own item, not an expert's cell their
/// actions do not rely on, not an item no action relies on.
pub fn checklist(record: &MeetingRecord) -> Vec<OpenPoint> {
    let mut open = Vec::new();
    let participants = record.participant_ids();
    let item_ids: Vec<ItemId> = record.items.iter().map(|i| i.item.id).collect();
    let subject_ids: Vec<SubjectId> = record.subjects.iter().map(|s| s.subject.id).collect();
    let date = record.meeting.date;

    // R3/R4: why this case, and why without the family.
    if record.meeting.criteria.is_none() {
        open.push(OpenPoint::CriteriaMissing);
    }
    if !record.meeting.family_present && record.meeting.family_absence_reason.is_none() {
        open.push(OpenPoint::FamilyAbsenceReasonMissing);
    }

    // R1, R2.
    let leads = record
        .participants
        .iter()
        .filter(|p| p.participant.role == Role::CaseLead)
        .count();
    match leads {
        0 => open.push(OpenPoint::NoCaseLead),
        1 => {}
        _ => open.push(OpenPoint::MoreThanOneCaseLead),
    }
    for p in &record.participants {
        // R2: everyone at the table; who sent apologies was not there.
        if p.pledged_at.is_none() && p.attendance.at_table() {
            open.push(OpenPoint::PledgeMissing(p.participant.id));
        }
    }

    // R7.
    for item in &record.items {
        match record.check_item_basis(item) {
            None => open.push(OpenPoint::BasisMissing(item.item.id)),
            Some(Err(e)) => open.push(OpenPoint::BasisInvalid(item.item.id, e)),
            Some(Ok(())) => {}
        }
    }

    // R11/R13: every action carried over from the previous meeting has a status.
    for c in &record.carried_over {
        if !c.status.is_settled() {
            open.push(OpenPoint::CarriedActionUnsettled(c.id));
        }
    }

    // R11.
    for a in &record.actions {
        if let Err(e) = a.check(&participants, &item_ids, date) {
            open.push(OpenPoint::ActionInvalid(a.id, e.into_first()));
        }
    }

    // R9/R13: every cell that needs a decision (`release_needs`: the recipient carries out
    // an action and the plan relies on the item) has one; the rest stays in the meeting.
    for (item, recipient, need) in record.release_needs() {
        if need.is_needed() && record.releases.decision(item, recipient).is_undecided() {
            open.push(OpenPoint::ReleaseUndecided { item, recipient });
        }
    }
    // Seed 004 art. 6.4b: every release of an item on consent lies within its scope.
    for item in &record.items {
        if !matches!(record.check_item_basis(item), Some(Ok(()))) {
            continue;
        }
        // One consent that does not reach its recipients is one point, not one per recipient.
        let mut outside = Vec::new();
        let mut first_error = None;
        for recipient in record.releases.recipients_of(item.item.id) {
            if let Err(error) = record.check_release_scope(item, recipient) {
                outside.push(recipient);
                first_error.get_or_insert(error);
            }
        }
        if let Some(error) = first_error {
            open.push(OpenPoint::ReleaseOutsideConsentScope {
                item: item.item.id,
                recipients: outside,
                error,
            });
        }
    }
    // R11: an action relies on items released to whoever carries it out.
    for a in &record.actions {
        let released = record.releases.released_to(a.who);
        for item_id in &a.relies_on {
            let own = record
                .items
                .iter()
                .any(|i| i.item.id == *item_id && i.item.contributor == a.who);
            // An undecided cell is already one open point (ReleaseUndecided): the same
            // missing decision is not counted twice.
            let undecided = record.releases.decision(*item_id, a.who).is_undecided();
            if item_ids.contains(item_id) && !own && !released.contains(item_id) && !undecided {
                open.push(OpenPoint::ReliesOnUnreleased {
                    action: a.id,
                    item: *item_id,
                });
            }
        }
    }

    // R2/R9: someone who sent apologies pledges (later, with its date) before taking part
    // in the plan or receiving anything; who was at the table is covered by PledgeMissing.
    for p in &record.participants {
        let id = p.participant.id;
        let involved = record.actions.iter().any(|a| a.who == id)
            || record
                .releases
                .cells()
                .any(|((_, to), d)| *to == id && d.is_released());
        if p.pledged_at.is_none() && !p.attendance.at_table() && involved {
            open.push(OpenPoint::RecipientWithoutPledge(id));
        }
    }

    // R12.
    let mut valid_notifications = Vec::new();
    for n in &record.notifications {
        match n.check(&participants, &subject_ids, date) {
            Ok(()) => valid_notifications.push(n),
            Err(e) => open.push(OpenPoint::NotificationInvalid(n.id, e.into_first())),
        }
    }
    // One missing agreement is one point, naming every absent family member it concerns.
    let uninformed: Vec<SubjectId> = record
        .subjects
        .iter()
        .filter(|s| !s.present && !valid_notifications.iter().any(|n| n.covers(s.subject.id)))
        .map(|s| s.subject.id)
        .collect();
    if !uninformed.is_empty() {
        open.push(OpenPoint::NotificationMissing(uninformed));
    }
    // R12: an absent family without entered members still has to be informed.
    if !record.meeting.family_present
        && record.subjects.is_empty()
        && valid_notifications.is_empty()
    {
        open.push(OpenPoint::FamilyNotificationMissing);
    }
    // Seed 001 position 2: an objection of the family gets the meeting's answer.
    for v in record.voices.iter().filter(|v| v.is_unanswered_objection()) {
        open.push(OpenPoint::ObjectionUnanswered(v.id));
    }

    // R15.
    match record.retention_until {
        None => open.push(OpenPoint::RetentionMissing),
        Some(d) if d <= date => open.push(OpenPoint::RetentionNotAfterMeeting),
        Some(_) => {}
    }

    // Seed 002 Feitenonderzoek 4: once the chair records the time or writes an account, it is complete
    // and agreed at the end; a meeting without them finalizes (`minutes_hints` names them).
    let m = &record.minutes;
    if m.start.is_some() != m.end.is_some() {
        open.push(OpenPoint::TimesIncomplete);
    }
    if m.account.is_some() && !m.agreed {
        open.push(OpenPoint::AccountNotAgreed);
    }
    open
}

/// R13: whether a meeting can still be edited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeetingState {
    /// Still being prepared or held: it can be changed.
    Draft,
    /// Finalized (R13): only corrections and withdrawals remain.
    Finalized {
        /// When it was finalized.
        at: DateTime<Utc>,
    },
}

impl MeetingState {
    /// R13: the points the chair still sees open: the checklist of a draft; nothing once
    /// the meeting is finalized (what remains then are corrections and withdrawals).
    pub fn open_points(self, record: &MeetingRecord) -> Vec<OpenPoint> {
        match self {
            MeetingState::Finalized { .. } => Vec::new(),
            MeetingState::Draft => checklist(record),
        }
    }
}

/// R13: every edit of a meeting first asks this; a finalized meeting is immutable and a
/// later correction is a new version (R16).
pub fn ensure_editable(state: MeetingState) -> Result<(), DomainError> {
    match state {
        MeetingState::Draft => Ok(()),
        MeetingState::Finalized { .. } => Err(DomainError::MeetingFinalized),
    }
}

/// R13: a meeting whose checklist held when it was finalized. Only [`finalize`] makes one;
/// its record cannot be changed, except that consent can still be withdrawn (R10: a
/// withdrawal must take effect whenever it comes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FinalizedMeeting {
    record: MeetingRecord,
    finalized_at: DateTime<Utc>,
}

impl FinalizedMeeting {
    /// A stored finalized meeting, for its later events (R10, R12). A draft is refused:
    /// what happens after the meeting needs the meeting to be finalized first (R13).
    pub fn restore(record: MeetingRecord, state: MeetingState) -> Result<Self, DomainError> {
        match state {
            MeetingState::Finalized { at } => Ok(Self {
                record,
                finalized_at: at,
            }),
            MeetingState::Draft => Err(DomainError::NotYetFinalized),
        }
    }

    /// Everything the meeting holds.
    pub fn record(&self) -> &MeetingRecord {
        &self.record
    }
    /// When it was finalized.
    pub fn finalized_at(&self) -> DateTime<Utc> {
        self.finalized_at
    }
    /// Its state (always finalized).
    pub fn state(&self) -> MeetingState {
        MeetingState::Finalized {
            at: self.finalized_at,
        }
    }
    /// R10: see [`MeetingRecord::withdraw_consent`].
    pub fn withdraw_consent(
        &mut self,
        subject: SubjectId,
        by: &Consenter,
        at: DateTime<Utc>,
    ) -> Vec<(ItemId, ParticipantId)> {
        self.record.withdraw_consent(subject, by, at)
    }

    fn notification_mut(
        &mut self,
        id: NotificationId,
    ) -> Result<&mut FamilyNotification, DomainError> {
        self.record
            .notifications
            .iter_mut()
            .find(|n| n.id == id)
            .ok_or(DomainError::UnknownNotification)
    }

    /// R12/AVG art. 23: lifting a postponement is a later event of a finalized meeting;
    /// afterwards the letter for the people it covers becomes available.
    pub fn lift_postponement(
        &mut self,
        id: NotificationId,
        on: NaiveDate,
        today: NaiveDate,
    ) -> Result<(), DomainError> {
        let date = self.record.meeting.date;
        self.notification_mut(id)?
            .lift_postponement(on, date, today)
    }

    /// R12 (seed 003 §3.6c): the outcome was told on `on`.
    pub fn record_notification_done(
        &mut self,
        id: NotificationId,
        on: NaiveDate,
        today: NaiveDate,
    ) -> Result<(), DomainError> {
        let date = self.record.meeting.date;
        self.notification_mut(id)?.record_done(on, date, today)
    }
}

/// R13: finalizes the meeting exactly when the checklist is empty; otherwise returns the
/// open points.
pub fn finalize(
    record: &MeetingRecord,
    at: DateTime<Utc>,
) -> Result<FinalizedMeeting, Vec<OpenPoint>> {
    let open = checklist(record);
    if open.is_empty() {
        Ok(FinalizedMeeting {
            record: record.clone(),
            finalized_at: at,
        })
    } else {
        Err(open)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{complete, day};
    use crate::{
        Field, LegalBasis, NotificationMethod, NotificationScope, NotificationTiming,
        ReleaseChoice, ReleaseDecision,
    };

    #[test]
    fn r13_complete_meeting_finalizes_and_becomes_immutable() {
        let (record, ..) = complete();
        assert_eq!(checklist(&record), vec![]);
        let done = finalize(&record, Utc::now()).unwrap();
        assert_eq!(done.record(), &record);
        assert_eq!(
            ensure_editable(done.state()),
            Err(DomainError::MeetingFinalized)
        );
        assert_eq!(ensure_editable(MeetingState::Draft), Ok(()));
    }

    #[test]
    fn r13_a_finalized_meeting_shows_no_open_points_a_draft_its_checklist() {
        let (mut record, ..) = complete();
        record.participants[1].pledged_at = None;
        assert_eq!(MeetingState::Draft.open_points(&record), checklist(&record));
        assert!(!MeetingState::Draft.open_points(&record).is_empty());
        let finalized = MeetingState::Finalized { at: Utc::now() };
        assert_eq!(finalized.open_points(&record), vec![]);
    }

    #[test]
    fn r13_r1_case_lead_exactly_once() {
        let (mut record, ..) = complete();
        record.participants[0].participant.role = Role::ContentRole;
        assert!(checklist(&record).contains(&OpenPoint::NoCaseLead));
        record.participants[0].participant.role = Role::CaseLead;
        record.participants[1].participant.role = Role::CaseLead;
        assert!(checklist(&record).contains(&OpenPoint::MoreThanOneCaseLead));
    }

    #[test]
    fn r13_r2_every_participant_pledges() {
        let (mut record, _, ggz, ..) = complete();
        record.participants[1].pledged_at = None;
        assert_eq!(checklist(&record), vec![OpenPoint::PledgeMissing(ggz)]);
        assert_eq!(
            finalize(&record, Utc::now()).unwrap_err(),
            vec![OpenPoint::PledgeMissing(ggz)]
        );
    }

    #[test]
    fn r13_r7_every_item_has_a_valid_basis() {
        let (mut record, _, _, item, _) = complete();
        record.items[0].basis = None;
        assert!(checklist(&record).contains(&OpenPoint::BasisMissing(item)));
        // The GGZ has no legal basis of its own in seed 004 art. 5.2.
        record.items[0].basis = Some(Basis::Legal(LegalBasis::JeugdwetArt2_3));
        assert!(checklist(&record).contains(&OpenPoint::BasisInvalid(
            item,
            DomainError::LegalBasisNotForOrganisation
        )));
    }

    #[test]
    fn r7_consent_basis_about_nobody_blocks_finalize() {
        // A huisarts's special-category item "on consent" about nobody: whose consent?
        let (mut record, ..) = complete();
        let mut item = record.items[0].clone();
        item.item.id = ItemId::new();
        item.item.category = crate::Category::Special;
        item.subjects = vec![];
        item.basis = Some(Basis::Consent {
            records: vec![],
            not_competent: vec![],
        });
        let id = item.item.id;
        record.items.push(item);
        assert!(finalize(&record, Utc::now())
            .unwrap_err()
            .contains(&OpenPoint::BasisInvalid(
                id,
                DomainError::ConsentWithoutSubject
            )));
    }

    /// The fixture plus a school participant with an action of their own.
    fn with_school() -> (MeetingRecord, ParticipantId, ActionId) {
        let (mut record, ..) = complete();
        let school = crate::fixtures::participant(
            record.meeting.id,
            Role::ContentRole,
            OrganisationType::Onderwijs,
        );
        let school_id = school.participant.id;
        record.participants.push(school);
        let mut action = record.actions[0].clone();
        action.id = ActionId::new();
        action.who = school_id;
        action.relies_on = vec![];
        let action_id = action.id;
        record.actions.push(action);
        (record, school_id, action_id)
    }

    #[test]
    fn r9_no_release_outside_consent_scope() {
        // The mother consented to sharing with the case lead and the GGZ, not the school.
        let (mut record, school, action) = with_school();
        let (item, ggz) = (record.items[0].item.id, record.items[0].item.contributor);
        let before = record.clone();
        let release = ReleaseRequest {
            item,
            recipient: school,
            decided_by: ggz,
            at: Utc::now(),
            choice: ReleaseChoice::Release {
                action,
                motivation: None,
            },
        };
        let err = record.decide_release(release.clone()).unwrap_err();
        assert_eq!(
            err,
            DomainError::OutsideConsentScope {
                subject: record.subjects[0].subject.id
            }
        );
        assert_eq!(err.field(), Some(Field::Recipient));
        assert_eq!(record, before, "nothing changed");
        // "Stays in the meeting" is always allowed.
        record
            .decide_release(ReleaseRequest {
                choice: ReleaseChoice::StayInMeeting,
                ..release
            })
            .unwrap();
        assert_eq!(checklist(&record), vec![]);
    }

    #[test]
    fn r9_consent_without_scope_must_be_reconfirmed_before_release() {
        // A consent recorded before scopes existed (migrated store): the release made back
        // then is flagged, and no new release rests on it until the scope is re-confirmed.
        let (mut record, school, action) = with_school();
        let (item, ggz, lead) = (
            record.items[0].item.id,
            record.items[0].item.contributor,
            record.participants[0].participant.id,
        );
        let mother = record.subjects[0].subject.id;
        if let Some(Basis::Consent { records, .. }) = &mut record.items[0].basis {
            records[0].scope = crate::ConsentScope::Unconfirmed;
        }
        let open = checklist(&record);
        assert!(open
            .iter()
            .any(|p| matches!(p, OpenPoint::ReleaseOutsideConsentScope {
            item: i,
            recipients,
            error: DomainError::ConsentScopeUnconfirmed { subject },
        } if *i == item && recipients.contains(&lead) && *subject == mother)));
        assert!(finalize(&record, Utc::now()).is_err());
        let release = ReleaseRequest {
            item,
            recipient: school,
            decided_by: ggz,
            at: Utc::now(),
            choice: ReleaseChoice::Release {
                action,
                motivation: None,
            },
        };
        assert_eq!(
            record.decide_release(release.clone()),
            Err(DomainError::ConsentScopeUnconfirmed { subject: mother })
        );
        // Re-confirmed with a scope that names the school.
        let scope = crate::fixtures::scope_all(&record);
        record
            .add_consent(
                item,
                crate::ConsentRecord {
                    subject: mother,
                    given_by: Consenter::Subject,
                    method: crate::ConsentMethod::Written,
                    at: Utc::now(),
                    withdrawn: None,
                    scope,
                },
            )
            .unwrap();
        record.decide_release(release).unwrap();
        assert_eq!(checklist(&record), vec![]);
    }

    #[test]
    fn r9_a_new_consent_names_its_recipients() {
        let (mut record, _, _, item, mother) = complete();
        let consent = |scope| crate::ConsentRecord {
            subject: mother,
            given_by: Consenter::Subject,
            method: crate::ConsentMethod::Verbal,
            at: Utc::now(),
            withdrawn: None,
            scope,
        };
        let purpose = crate::Prose::parse("Hulp", Field::ConsentPurpose, 100).unwrap();
        for (scope, err) in [
            (
                crate::ConsentScope::Unconfirmed,
                DomainError::Empty {
                    field: Field::ConsentRecipients,
                },
            ),
            (
                crate::ConsentScope::Given {
                    recipients: vec![],
                    purpose: purpose.clone(),
                },
                DomainError::Empty {
                    field: Field::ConsentRecipients,
                },
            ),
            (
                crate::ConsentScope::Given {
                    recipients: vec![ParticipantId::new()],
                    purpose: purpose.clone(),
                },
                DomainError::ParticipantNotInMeeting {
                    field: Field::ConsentRecipients,
                },
            ),
        ] {
            assert_eq!(record.add_consent(item, consent(scope)), Err(err));
        }
    }

    #[test]
    fn r4_anonymous_meeting_records_a_holder_of_gezag_by_relation_only() {
        let (mut record, _, _, item, mother) = complete();
        // R8: a holder of gezag consents for a child under 12, so the item is about one.
        crate::fixtures::make_young_child(&mut record.subjects[0].subject);
        record.meeting.anonymous = true;
        let scope = crate::fixtures::scope_all(&record);
        let consent = |given_by| crate::ConsentRecord {
            subject: mother,
            given_by,
            method: crate::ConsentMethod::Written,
            at: Utc::now(),
            withdrawn: None,
            scope: scope.clone(),
        };
        let voogd = crate::Label::parse("Mevr. Jansen", Field::Consent).unwrap();
        let before = record.clone();
        assert_eq!(
            record.add_consent(
                item,
                consent(Consenter::OtherAuthority {
                    name: voogd.clone()
                })
            ),
            Err(DomainError::IdentifyingDataInAnonymousMeeting {
                field: Field::Consent
            })
        );
        assert_eq!(record, before);
        assert_eq!(
            record.add_consent(
                item,
                consent(Consenter::AuthorityByRelation {
                    relation: crate::Relation::Youth
                })
            ),
            Err(DomainError::AuthorityNotForRelation)
        );
        record
            .add_consent(
                item,
                consent(Consenter::AuthorityByRelation {
                    relation: crate::Relation::Guardian,
                }),
            )
            .unwrap();
        // Switching a meeting with a named holder to anonymous is refused too.
        let (mut named, _, _, item, mother) = complete();
        named.subjects[0].subject.birth_date = None;
        // R8: without a birth date a youth needs the holders of gezag too.
        named.subjects[0].subject.relation = crate::Relation::Youth;
        named.subjects[0].subject.parental_authority = false;
        let scope = crate::fixtures::scope_all(&named);
        named
            .add_consent(
                item,
                crate::ConsentRecord {
                    subject: mother,
                    given_by: Consenter::OtherAuthority { name: voogd },
                    method: crate::ConsentMethod::Written,
                    at: Utc::now(),
                    withdrawn: None,
                    scope,
                },
            )
            .unwrap();
        assert_eq!(
            named.check_anonymous(true),
            Err(DomainError::IdentifyingDataInAnonymousMeeting {
                field: Field::Consent
            })
        );
    }

    #[test]
    fn r4_switching_to_anonymous_gives_a_case_code_and_needs_clean_texts() {
        let (mut record, ..) = complete();
        record.subjects[0].subject.birth_date = None;
        record.meeting.case_label =
            crate::Label::parse("Gezin Yilmaz, Dorpsstraat", Field::CaseLabel).unwrap();
        // The name-like label is replaced by a generated code.
        assert_eq!(record.check_anonymous(true), Ok(()));
        let code = record.anonymous_case_label(true).unwrap();
        assert!(crate::is_case_code(code.as_str()));
        assert_eq!(record.anonymous_case_label(false), None);
        record.meeting.case_label = crate::Label::parse("Casus 7", Field::CaseLabel).unwrap();
        assert_eq!(record.anonymous_case_label(true), None);
        record.items[0].item.text =
            crate::Prose::parse("Ayla slaapt slecht.", Field::ItemText, 100).unwrap();
        let names = crate::KnownNames::of_names(&["Ayla Yilmaz"]);
        assert_eq!(
            record.check_anonymous_texts(true, &names),
            Err(DomainError::IdentifyingTextInAnonymousMeeting {
                field: Field::ItemText,
                found: crate::Identifying::KnownName
            })
        );
        assert_eq!(record.check_anonymous_texts(false, &names), Ok(()));
    }

    #[test]
    fn r13_r9_every_item_times_recipient_with_an_action_is_answered() {
        let (mut record, lead, ggz, _, _) = complete();
        // A second item by the case lead: the GGZ participant has no action, so no answer
        // is needed for them; the case lead's own item needs none for the case lead.
        let mut own = record.items[0].clone();
        own.item.id = ItemId::new();
        own.item.contributor = lead;
        own.basis = Some(Basis::Legal(LegalBasis::JeugdwetArt2_3));
        // R9/R13: only an item the plan relies on needs an answer (`release_needs`).
        record.actions[0].relies_on.push(own.item.id);
        record.items.push(own);
        assert_eq!(checklist(&record), vec![]);
        // Give the GGZ participant an action: both items now need an answer for them,
        // except their own.
        let mut action = record.actions[0].clone();
        action.id = ActionId::new();
        action.who = ggz;
        action.relies_on = vec![];
        record.actions.push(action);
        let own_id = record.items[1].item.id;
        assert_eq!(
            checklist(&record),
            vec![OpenPoint::ReleaseUndecided {
                item: own_id,
                recipient: ggz
            }]
        );
        record
            .decide_release(ReleaseRequest {
                item: own_id,
                recipient: ggz,
                decided_by: lead,
                at: Utc::now(),
                choice: ReleaseChoice::StayInMeeting,
            })
            .unwrap();
        assert_eq!(checklist(&record), vec![]);
    }

    #[test]
    fn r13_r11_action_relies_on_released_items_only() {
        let (mut record, lead, ggz, item, _) = complete();
        record
            .decide_release(ReleaseRequest {
                item,
                recipient: lead,
                decided_by: ggz,
                at: Utc::now(),
                choice: ReleaseChoice::StayInMeeting,
            })
            .unwrap();
        let action = record.actions[0].id;
        assert_eq!(
            checklist(&record),
            vec![OpenPoint::ReliesOnUnreleased { action, item }]
        );
        record.actions[0].due = day(2026, 11, 1);
        assert!(checklist(&record).contains(&OpenPoint::ActionInvalid(
            action,
            DomainError::DateOutOfRange { field: Field::Due }
        )));
    }

    #[test]
    fn r13_one_missing_fact_is_one_open_point() {
        // An undecided release an action relies on: one decision is missing, so one point
        // (not also "the action relies on an unreleased item").
        let (mut record, lead, _, item, _) = complete();
        record.releases = crate::ReleaseMatrix::new();
        assert_eq!(
            checklist(&record),
            vec![OpenPoint::ReleaseUndecided {
                item,
                recipient: lead
            }]
        );
        // Two absent family members and no agreement to inform them: one agreement is
        // missing, so one point naming both.
        let (mut record, _, _, _, mother) = complete();
        let mut child = record.subjects[0].clone();
        child.subject.id = SubjectId::new();
        let child_id = child.subject.id;
        record.subjects.push(child);
        record.notifications.clear();
        let open = checklist(&record);
        assert_eq!(open.len(), 1, "{open:?}");
        assert_eq!(
            open[0].section(),
            ChecklistSection::Family,
            "grouped under the family section"
        );
        assert_eq!(
            open[0],
            OpenPoint::NotificationMissing(vec![mother, child_id])
        );
    }

    #[test]
    fn r13_open_points_are_grouped_per_section_in_page_order() {
        let (mut record, ..) = complete();
        record.meeting.criteria = None;
        record.retention_until = None;
        record.releases = crate::ReleaseMatrix::new();
        let open = checklist(&record);
        let groups = checklist_groups(&open);
        let sections: Vec<_> = groups.iter().map(|g| (g.section, g.points.len())).collect();
        assert_eq!(
            sections,
            [
                (ChecklistSection::Preparation, 1),
                (ChecklistSection::Releases, 1),
                (ChecklistSection::Finalize, 1)
            ]
        );
    }

    #[test]
    fn r12_absent_subject_must_be_informed() {
        let (mut record, lead, _, _, mother) = complete();
        record.notifications.clear();
        assert_eq!(
            checklist(&record),
            vec![OpenPoint::NotificationMissing(vec![mother])]
        );
        record.subjects[0].present = true;
        assert_eq!(checklist(&record), vec![]);
        record.subjects[0].present = false;
        record.notifications.push(FamilyNotification {
            id: NotificationId::new(),
            about: NotificationScope::Subjects(vec![mother]),
            informer: ParticipantId::new(),
            method: NotificationMethod::Letter,
            timing: NotificationTiming::Beforehand,
            done_on: None,
            lifted_on: None,
        });
        let open = checklist(&record);
        assert!(matches!(open[0], OpenPoint::NotificationInvalid(..)));
        assert!(open.contains(&OpenPoint::NotificationMissing(vec![mother])));
        record.notifications[0].informer = lead;
        assert_eq!(checklist(&record), vec![]);
    }

    #[test]
    fn r12_family_absent_without_members_must_still_be_informed() {
        let (mut record, lead, ..) = complete();
        // No family member entered, the family not present, nobody to inform them.
        record.subjects.clear();
        record.items.clear();
        record.actions[0].relies_on.clear();
        record.releases = ReleaseMatrix::new();
        record.notifications.clear();
        record.meeting.family_present = false;
        assert_eq!(
            checklist(&record),
            vec![OpenPoint::FamilyNotificationMissing]
        );
        assert_eq!(
            OpenPoint::FamilyNotificationMissing.code(),
            "family_notification_missing"
        );
        // The family was there: nothing to agree.
        record.meeting.family_present = true;
        assert_eq!(checklist(&record), vec![]);
        // Absent, with an agreement for the whole family.
        record.meeting.family_present = false;
        record.notifications.push(FamilyNotification {
            id: NotificationId::new(),
            about: NotificationScope::WholeFamily,
            informer: lead,
            method: NotificationMethod::Letter,
            timing: NotificationTiming::Beforehand,
            done_on: None,
            lifted_on: None,
        });
        assert_eq!(checklist(&record), vec![]);
    }

    #[test]
    fn r13_started_times_must_be_complete_to_finalize() {
        let (mut record, ..) = complete();
        assert_eq!(checklist(&record), vec![]);
        record.minutes = crate::Minutes::parse(&crate::MinutesInput {
            start_time: "09:30".into(),
            ..Default::default()
        })
        .unwrap();
        assert_eq!(checklist(&record), vec![OpenPoint::TimesIncomplete]);
        assert_eq!(
            OpenPoint::TimesIncomplete.section(),
            ChecklistSection::Finalize
        );
        record.minutes.start = None;
        record.minutes.end = chrono::NaiveTime::from_hms_opt(11, 0, 0);
        assert_eq!(checklist(&record), vec![OpenPoint::TimesIncomplete]);
        record.minutes.start = chrono::NaiveTime::from_hms_opt(9, 30, 0);
        assert_eq!(checklist(&record), vec![]);
    }

    #[test]
    fn r13_a_written_account_must_be_agreed_to_finalize() {
        let (mut record, ..) = complete();
        let mut input = crate::MinutesInput {
            account: "Open gesprek; de school en de GGZ vullen elkaar aan.".into(),
            ..Default::default()
        };
        record.minutes = crate::Minutes::parse(&input).unwrap();
        assert_eq!(
            finalize(&record, Utc::now()).unwrap_err(),
            vec![OpenPoint::AccountNotAgreed]
        );
        input.agreed = true;
        record.minutes = crate::Minutes::parse(&input).unwrap();
        assert!(finalize(&record, Utc::now()).is_ok());
    }

    #[test]
    fn r13_r15_retention_date_after_the_meeting() {
        let (mut record, ..) = complete();
        assert_eq!(record.retention_until, Some(day(2027, 5, 24)));
        record.retention_until = None;
        assert_eq!(checklist(&record), vec![OpenPoint::RetentionMissing]);
        record.retention_until = Some(record.meeting.date);
        assert_eq!(
            checklist(&record),
            vec![OpenPoint::RetentionNotAfterMeeting]
        );
    }

    #[test]
    fn r3_criteria_are_required_to_finalize() {
        let (mut record, ..) = complete();
        record.meeting.criteria = None;
        assert_eq!(checklist(&record), vec![OpenPoint::CriteriaMissing]);
        assert!(finalize(&record, Utc::now()).is_err());
    }

    #[test]
    fn r3_r4_absent_family_needs_a_reason_to_finalize() {
        let (mut record, ..) = complete();
        record.meeting.family_absence_reason = None;
        assert_eq!(
            checklist(&record),
            vec![OpenPoint::FamilyAbsenceReasonMissing]
        );
        record.meeting.family_present = true;
        assert_eq!(checklist(&record), vec![]);
    }

    #[test]
    fn r2_absent_recipient_without_pledge_receives_nothing() {
        use crate::Attendance;
        let (mut record, lead, ggz, item, _) = complete();
        // The case lead sent apologies and never pledged, yet the item was released to
        // them and they carry out the action: an open point.
        record
            .set_attendance(lead, Attendance::Apologies { info_sent: false })
            .unwrap();
        record.participants[0].pledged_at = None;
        assert_eq!(
            checklist(&record),
            vec![OpenPoint::RecipientWithoutPledge(lead)]
        );
        // A new release to them is refused.
        let action = record.actions[0].id;
        let release = ReleaseRequest {
            item,
            recipient: lead,
            decided_by: ggz,
            at: Utc::now(),
            choice: ReleaseChoice::Release {
                action,
                motivation: None,
            },
        };
        assert_eq!(
            record.decide_release(release.clone()),
            Err(DomainError::RecipientWithoutPledge)
        );
        // A dated pledge is only for who sent apologies, and lies between the meeting
        // and today.
        assert_eq!(
            record.record_pledge_on(ggz, day(2026, 11, 26), day(2026, 11, 27)),
            Err(DomainError::PledgeDateNotForPresent)
        );
        for bad in [day(2026, 11, 23), day(2026, 11, 28)] {
            assert_eq!(
                record.record_pledge_on(lead, bad, day(2026, 11, 27)),
                Err(DomainError::DateOutOfRange {
                    field: Field::PledgeDate
                })
            );
        }
        // After a later pledge, with its date, all is well.
        record
            .record_pledge_on(lead, day(2026, 11, 26), day(2026, 11, 27))
            .unwrap();
        assert_eq!(record.decide_release(release), Ok(()));
        assert_eq!(checklist(&record), vec![]);
    }

    #[test]
    fn r10_withdrawal_on_the_record_lists_recipients_and_blocks_finalize() {
        let (mut record, lead, _, item, mother) = complete();
        let received = record.withdraw_consent(mother, &Consenter::Subject, Utc::now());
        assert_eq!(received, vec![(item, lead)]);
        assert!(record.released_to(lead).is_empty());
        assert!(checklist(&record).contains(&OpenPoint::BasisInvalid(
            item,
            DomainError::ConsentWithdrawn { subject: mother }
        )));
        assert!(matches!(
            record.releases.decision(item, lead),
            ReleaseDecision::Released { .. }
        ));
    }

    #[test]
    fn r10_consent_can_be_withdrawn_after_finalizing() {
        let (record, lead, _, item, mother) = complete();
        let mut done = finalize(&record, Utc::now()).unwrap();
        let received = done.withdraw_consent(mother, &Consenter::Subject, Utc::now());
        assert_eq!(received, vec![(item, lead)]);
        assert!(done.record().released_to(lead).is_empty());
    }
}
