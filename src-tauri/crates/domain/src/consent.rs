//! R8: who may consent, at the age on the meeting date (seed 003 §3.2), and whether the
//! recorded consents cover it (seed 004 art. 6.4b–d).

use crate::{DomainError, Field, Label, ParticipantId, Prose, Relation, Subject, SubjectId};

use chrono::{DateTime, Datelike, NaiveDate, Utc};

/// Age in whole years on a date, exact to the day (R8): the 12th birthday on the meeting
/// date counts as 12. Someone born on 29 February turns a year older on 1 March in a
/// non-leap year (our choice: the birthday has not yet come on 28 February). A date before
/// the birth date gives 0.
pub fn age_on(birth: NaiveDate, on: NaiveDate) -> u32 {
    if on <= birth {
        return 0;
    }
    let years = on.year() - birth.year();
    let had_birthday = (on.month(), on.day()) >= (birth.month(), birth.day());
    let age = if had_birthday { years } else { years - 1 };
    u32::try_from(age).unwrap_or(0)
}

/// R8: whether a young person of 12 up to 16 is able to judge their interests reasonably
/// (seed 003 §3.2b), as judged by the professional who asks for consent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Competence {
    /// Able to judge their own interests reasonably.
    Competent,
    /// Judged not able to (R8: parents with authority consent instead).
    NotCompetent,
}

/// R8: whose consent is needed for data about one subject (`RequiredConsent` on the wire).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(
    feature = "ts",
    derive(ts_rs::TS),
    ts(export, rename = "RequiredConsent")
)]
pub enum Consenters {
    /// The subject alone: a young person of 16 or older, a competent 12–15-year-old outside
    /// the WGBO, or an adult family member (a parent consents for themself).
    Subject,
    /// The parents or holders of parental authority (gezag): under 12, or 12–15 and not
    /// competent.
    Parents,
    /// Both: 12–15 and competent where the WGBO applies (double consent), or a young person
    /// whose birth date is unknown (covers every age rule).
    SubjectAndParents,
}

impl Consenters {
    /// Whether the subject's own consent is needed.
    pub fn needs_subject(self) -> bool {
        matches!(self, Consenters::Subject | Consenters::SubjectAndParents)
    }
    /// Whether consent of the parents with authority is needed.
    pub fn needs_parents(self) -> bool {
        matches!(self, Consenters::Parents | Consenters::SubjectAndParents)
    }
}

/// R8: who must consent for a subject, by age on the meeting date (seed 003 §3.2).
///
/// With a known birth date the age rules apply whatever the relation (a 15-year-old mother
/// is a minor). Without one, a `Youth` needs both the young person and the parents (the
/// strictest reading, which satisfies every age rule; enter the birth date to relax it),
/// and any other family member is presumed adult and consents for themself.
pub fn entitled_to_consent(
    relation: Relation,
    birth: Option<NaiveDate>,
    meeting_date: NaiveDate,
    wgbo: bool,
    competence: Competence,
) -> Consenters {
    let Some(birth) = birth else {
        return match relation {
            Relation::Youth => Consenters::SubjectAndParents,
            _ => Consenters::Subject,
        };
    };
    match age_on(birth, meeting_date) {
        0..=11 => Consenters::Parents,
        12..=15 => match (competence, wgbo) {
            (Competence::NotCompetent, _) => Consenters::Parents,
            (Competence::Competent, true) => Consenters::SubjectAndParents,
            (Competence::Competent, false) => Consenters::Subject,
        },
        _ => Consenters::Subject,
    }
}

/// R8: whether the chair may record that this subject is not able to judge their interests
/// reasonably: a young person of 12 up to 16 on the meeting date; without a birth date, a
/// young person (the age is unknown, so it may be 12–15).
pub fn may_be_judged_not_competent(
    relation: Relation,
    birth: Option<NaiveDate>,
    meeting_date: NaiveDate,
) -> bool {
    match birth {
        Some(birth) => (12..=15).contains(&age_on(birth, meeting_date)),
        None => relation == Relation::Youth,
    }
}

/// Who gave a consent. On the wire it is tagged by `kind` (`{kind: "parent", subjectId}`,
/// `{kind: "otherAuthority", name}`, ...), both ways: the domain sends it as it is, and the
/// UI sends it back with the name not yet checked (`Consenter<String>`, which
/// [`Consenter::parse`] checks, so an empty name keeps its own Dutch error).
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[cfg_attr(
    feature = "ts",
    derive(ts_rs::TS),
    ts(export, concrete(Name = Label))
)]
pub enum Consenter<Name = Label> {
    /// The subject the consent is about, for themself.
    Subject,
    /// A parent, carer or guardian who is a subject of this meeting.
    #[serde(rename_all = "camelCase")]
    Parent {
        /// The subject id of the parent.
        subject_id: SubjectId,
    },
    /// A holder of parental authority who is not a subject of this meeting (e.g. a voogd).
    OtherAuthority {
        /// Their name.
        name: Name,
    },
    /// R4: the same, recorded by relation only (parent, carer or guardian), without a name:
    /// the only way in an anonymous meeting (seed 004 art. 3.3).
    AuthorityByRelation {
        /// Their relation.
        relation: Relation,
    },
}

impl Consenter<String> {
    /// The consenter as the chair chose it, with the name checked; `field` names it in an
    /// error.
    pub fn parse(self, field: Field) -> Result<Consenter, DomainError> {
        Ok(match self {
            Consenter::Subject => Consenter::Subject,
            Consenter::Parent { subject_id } => Consenter::Parent { subject_id },
            Consenter::OtherAuthority { name } => Consenter::OtherAuthority {
                name: Label::parse(&name, field)?,
            },
            Consenter::AuthorityByRelation { relation } => {
                Consenter::AuthorityByRelation { relation }
            }
        })
    }
}

/// How a consent was given (seed 004 art. 6.4c: recorded by the party that obtained it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum ConsentMethod {
    /// Said in a conversation.
    Verbal,
    /// On paper, signed.
    Written,
    /// Through a digital form or message.
    Digital,
}

/// Longest purpose of a consent, in characters.
pub const CONSENT_PURPOSE_MAX_CHARS: usize = 1_000;

/// Seed 004 art. 6.4b: data go out only "voor zover" explicit consent was given. What one
/// consent covers: to whom the item may go, and for which purpose.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase", tag = "kind")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum ConsentScope {
    /// Recorded before the app asked for a scope (store migration 0014). It still counts
    /// for bringing the item in (R7a), but covers no release: which recipients the family
    /// agreed to was never written down, so it must be re-confirmed first (seed 004 art.
    /// 6.4b–c: explicit and written).
    Unconfirmed,
    /// The participants of this meeting the data may go to, and the purpose in the
    /// family's own terms.
    Given {
        /// The participants it may be shared with.
        #[cfg_attr(feature = "ts", ts(as = "Vec<String>"))]
        recipients: Vec<ParticipantId>,
        /// What it may be used for.
        #[cfg_attr(feature = "ts", ts(as = "String"))]
        purpose: Prose,
    },
}

impl ConsentScope {
    /// Seed 004 art. 6.4b: the consent covers a release to `recipient`.
    pub fn covers(&self, recipient: ParticipantId) -> bool {
        match self {
            ConsentScope::Unconfirmed => false,
            ConsentScope::Given { recipients, .. } => recipients.contains(&recipient),
        }
    }
}

/// R7a: one consent: about whom, given by whom, how and when, what it covers; revocable
/// (R10).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentRecord {
    /// The subject the consent is about.
    pub subject: SubjectId,
    /// Who gave it.
    pub given_by: Consenter,
    /// How it was given.
    pub method: ConsentMethod,
    /// When it was given.
    pub at: DateTime<Utc>,
    /// R10: when it was withdrawn, if it was.
    pub withdrawn: Option<DateTime<Utc>>,
    /// Seed 004 art. 6.4b: to whom and for what.
    pub scope: ConsentScope,
}

impl ConsentRecord {
    /// R10: whether the consent was withdrawn.
    pub fn is_withdrawn(&self) -> bool {
        self.withdrawn.is_some()
    }
}

/// The state of consent for one subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ConsentStatus {
    /// Every required party consented and none withdrew.
    Complete,
    /// A required party has not consented.
    Missing,
    /// A required party withdrew (R10).
    Withdrawn,
}

/// R8/R10: the consent state for `subject` given the records. A parent's consent counts only
/// when given by a subject of this meeting who holds parental authority (gezag: a parent,
/// carer or guardian marked as holder), or by a named other holder of authority; one
/// holder's consent suffices (seed 003 §3.2a: "ouders of gezaghebbende … is voldoende").
/// A withdrawal by any required party counts.
pub fn consent_status(
    required: Consenters,
    subject: SubjectId,
    records: &[ConsentRecord],
    subjects: &[Subject],
) -> ConsentStatus {
    let tally = tally(required, subject, records, subjects);
    if tally.withdrawn {
        ConsentStatus::Withdrawn
    } else if missing_parties(required, tally).is_none() {
        ConsentStatus::Complete
    } else {
        ConsentStatus::Missing
    }
}

/// R8: whose consent is still missing for `subject` (withdrawn consents do not count);
/// `None` when every required party consented.
pub fn missing_consenters(
    required: Consenters,
    subject: SubjectId,
    records: &[ConsentRecord],
    subjects: &[Subject],
) -> Option<Consenters> {
    missing_parties(required, tally(required, subject, records, subjects))
}

/// Which required parties gave a standing consent, and whether one withdrew.
#[derive(Debug, Clone, Copy)]
struct Tally {
    by_subject: bool,
    by_parent: bool,
    withdrawn: bool,
}

fn missing_parties(required: Consenters, t: Tally) -> Option<Consenters> {
    let subject_missing = required.needs_subject() && !t.by_subject;
    let parents_missing = required.needs_parents() && !t.by_parent;
    match (subject_missing, parents_missing) {
        (true, true) => Some(Consenters::SubjectAndParents),
        (true, false) => Some(Consenters::Subject),
        (false, true) => Some(Consenters::Parents),
        (false, false) => None,
    }
}

/// R8/R10: counts the consents of the required parties for `subject` (see
/// [`consent_status`]).
fn tally(
    required: Consenters,
    subject: SubjectId,
    records: &[ConsentRecord],
    subjects: &[Subject],
) -> Tally {
    let is_parent = |id: &SubjectId| {
        *id != subject
            && subjects
                .iter()
                .any(|s| s.id == *id && s.relation.can_hold_authority() && s.parental_authority)
    };
    let relevant = records.iter().filter(|r| r.subject == subject);
    let mut t = Tally {
        by_subject: false,
        by_parent: false,
        withdrawn: false,
    };
    for r in relevant {
        let (counts_as_subject, counts_as_parent) = match &r.given_by {
            Consenter::Subject => (true, false),
            Consenter::Parent { subject_id: id } => (false, is_parent(id)),
            Consenter::OtherAuthority { .. } => (false, true),
            Consenter::AuthorityByRelation { relation: r } => (false, r.can_hold_authority()),
        };
        let required_party = (counts_as_subject && required.needs_subject())
            || (counts_as_parent && required.needs_parents());
        if !required_party {
            continue;
        }
        if r.is_withdrawn() {
            t.withdrawn = true;
        } else {
            t.by_subject |= counts_as_subject;
            t.by_parent |= counts_as_parent;
        }
    }
    t
}

/// R8: the family members of the meeting whose consent counts as the parents' consent for
/// `about` (seed 003 §3.2a: "ouders of gezaghebbende"): a parent, carer or guardian holding
/// parental authority, other than `about` themself.
pub fn holders_of_authority(about: SubjectId, subjects: &[Subject]) -> Vec<SubjectId> {
    subjects
        .iter()
        .filter(|s| s.id != about && s.relation.can_hold_authority() && s.parental_authority)
        .map(|s| s.id)
        .collect()
}

/// R8: the people whose consent counts for one subject of a new item, as the item form
/// offers them (seed 003 §3.2, at the age on the meeting date).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentCandidates {
    /// Whose consent is needed.
    pub required: Consenters,
    /// The subject themself (when their own consent is needed), then every holder of
    /// parental authority among the family members (when the parents' is needed).
    pub people: Vec<Consenter>,
    /// The parents' consent is needed but no family member of this meeting holds parental
    /// authority: it can only be recorded by name (another holder of gezag).
    pub no_holder_known: bool,
}

/// R8: who may consent for `about` for a new item of a contributor from `organisation`
/// (the WGBO decides double consent for 12–15), on the meeting date. A young person of 12
/// up to 16 is taken as able to judge their interests; judging otherwise is done in the
/// basis editor, which then asks the parents instead.
pub fn consent_candidates(
    about: &Subject,
    subjects: &[Subject],
    organisation: crate::OrganisationType,
    meeting_date: NaiveDate,
) -> ConsentCandidates {
    let required = entitled_to_consent(
        about.relation,
        about.birth_date,
        meeting_date,
        organisation.wgbo_applies(),
        Competence::Competent,
    );
    let mut people = Vec::new();
    if required.needs_subject() {
        people.push(Consenter::Subject);
    }
    let holders = if required.needs_parents() {
        holders_of_authority(about.id, subjects)
    } else {
        Vec::new()
    };
    people.extend(holders.iter().map(|h| Consenter::Parent { subject_id: *h }));
    ConsentCandidates {
        required,
        people,
        no_holder_known: required.needs_parents() && holders.is_empty(),
    }
}

/// R8: why a consent does not count for a subject (seed 003 §3.2 a–c and the WGBO
/// exception). The age is the age on the meeting date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NotEntitled {
    /// Seed 003 §3.2a: under 12 the child's own consent is not asked; the holders of
    /// parental authority decide.
    OwnConsentUnder12 {
        /// Age on the meeting date.
        age: u32,
    },
    /// Seed 003 §3.2b: 12 up to 16 and judged unable to weigh their interests reasonably:
    /// the holders of parental authority decide.
    OwnConsentNotCompetent {
        /// Age on the meeting date.
        age: u32,
    },
    /// Seed 003 §3.2c: from 16 the young person decides alone; a parent's consent does not
    /// count.
    ParentFor16Plus {
        /// Age on the meeting date.
        age: u32,
    },
    /// Seed 003 §3.2b: 12 up to 16, able to weigh their interests, and the contributor's
    /// organisation is not under the WGBO: the young person decides alone.
    ParentForCompetentYouth {
        /// Age on the meeting date.
        age: u32,
    },
    /// An adult family member without a birth date consents for themself.
    ParentForAdult,
}

/// R8: whether a consent given by `given_by` can count for a subject that needs
/// `required`, with `age` the subject's age on the meeting date (if the birth date is
/// known). Refused consents are never recorded: counting them silently would claim a
/// consent the law does not accept (seed 003 §3.2).
pub fn check_entitled(
    required: Consenters,
    given_by: &Consenter,
    age: Option<u32>,
) -> Result<(), NotEntitled> {
    let by_subject = matches!(given_by, Consenter::Subject);
    if by_subject && !required.needs_subject() {
        return match age {
            Some(age) if age < 12 => Err(NotEntitled::OwnConsentUnder12 { age }),
            Some(age) => Err(NotEntitled::OwnConsentNotCompetent { age }),
            // Without a birth date a youth needs both and an adult consents alone, so the
            // own consent always counts.
            None => Ok(()),
        };
    }
    if !by_subject && !required.needs_parents() {
        return match age {
            Some(age) if age >= 16 => Err(NotEntitled::ParentFor16Plus { age }),
            Some(age) => Err(NotEntitled::ParentForCompetentYouth { age }),
            None => Err(NotEntitled::ParentForAdult),
        };
    }
    Ok(())
}

/// Seed 004 art. 6.4b with R8: the consents for `subject` cover a release to `recipient`:
/// counting only the records whose scope names the recipient, every required party
/// consented. A withdrawal by a required party still counts, whatever its scope (R10).
pub fn consent_covers(
    required: Consenters,
    subject: SubjectId,
    records: &[ConsentRecord],
    subjects: &[Subject],
    recipient: ParticipantId,
) -> bool {
    let in_scope: Vec<ConsentRecord> = records
        .iter()
        .filter(|r| r.is_withdrawn() || r.scope.covers(recipient))
        .cloned()
        .collect();
    consent_status(required, subject, &in_scope, subjects) == ConsentStatus::Complete
}

/// R8: every required party consented for `subject`, and none withdrew.
pub fn consent_complete(
    required: Consenters,
    subject: SubjectId,
    records: &[ConsentRecord],
    subjects: &[Subject],
) -> bool {
    consent_status(required, subject, records, subjects) == ConsentStatus::Complete
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::MeetingId;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn born_on_meeting_day_minus(years: i32) -> Option<NaiveDate> {
        Some(day(2026 - years, 11, 1))
    }

    #[test]
    fn r8_a_consenter_from_the_ui_comes_back_in_its_wire_form_and_its_name_is_checked() {
        let mother = subject(Relation::Parent);
        let read = |json: serde_json::Value| {
            serde_json::from_value::<Consenter<String>>(json)
                .unwrap()
                .parse(crate::Field::Consent)
        };
        assert_eq!(
            read(serde_json::json!({"kind": "parent", "subjectId": mother.id.to_string()})),
            Ok(Consenter::Parent {
                subject_id: mother.id
            })
        );
        assert_eq!(
            read(serde_json::json!({"kind": "otherAuthority", "name": " J. Voogd "})),
            Ok(Consenter::OtherAuthority {
                name: Label::parse("J. Voogd", crate::Field::Consent).unwrap()
            })
        );
        assert_eq!(
            read(serde_json::json!({"kind": "otherAuthority", "name": "  "})),
            Err(DomainError::Empty {
                field: crate::Field::Consent
            })
        );
        assert!(serde_json::from_value::<Consenter<String>>(
            serde_json::json!({"kind": "parent", "subjectId": "geen-id"})
        )
        .is_err());
    }

    #[test]
    fn r8_a_consenter_goes_on_the_wire_tagged_by_kind() {
        let mother = subject(Relation::Parent);
        let wire = |c: Consenter| serde_json::to_value(c).unwrap();
        assert_eq!(
            wire(Consenter::Subject),
            serde_json::json!({"kind": "subject"})
        );
        assert_eq!(
            wire(Consenter::Parent {
                subject_id: mother.id
            }),
            serde_json::json!({"kind": "parent", "subjectId": mother.id.to_string()})
        );
        let voogd = Label::parse("J. Voogd", crate::Field::Consent).unwrap();
        assert_eq!(
            wire(Consenter::OtherAuthority { name: voogd }),
            serde_json::json!({"kind": "otherAuthority", "name": "J. Voogd"})
        );
        assert_eq!(
            wire(Consenter::AuthorityByRelation {
                relation: Relation::Guardian
            }),
            serde_json::json!({"kind": "authorityByRelation", "relation": "guardian"})
        );
    }

    #[test]
    fn r8_the_subject_view_says_what_the_ui_may_offer_on_the_meeting_date() {
        let mut youth = subject(Relation::Youth);
        youth.birth_date = born_on_meeting_day_minus(14);
        let record = crate::SubjectRecord {
            subject: youth,
            present: true,
        };
        let v = record.view(day(2026, 11, 24));
        assert_eq!(v.age, Some(14));
        assert!(!v.may_hold_authority, "a youth holds no gezag");
        assert!(v.may_be_judged_not_competent, "12-15 on the meeting date");
        assert!(!v.may_consent_for_another);
        let older = record.view(day(2028, 11, 24));
        assert_eq!(older.age, Some(16));
        assert!(
            !older.may_be_judged_not_competent,
            "16 on that meeting date"
        );
        let json = serde_json::to_value(&v).unwrap();
        assert_eq!(json["birthDate"], "2012-11-01");
        assert_eq!(json["mayBeJudgedNotCompetent"], true);
        assert!(json.get("secretAddress").is_none() && json.get("address").is_none());
    }

    #[test]
    fn r8_candidates_for_a_child_under_12_are_the_holders_of_gezag_only() {
        let mut child = subject(Relation::Youth);
        child.birth_date = born_on_meeting_day_minus(8);
        let mother = subject(Relation::Parent);
        let mut father = subject(Relation::Parent);
        father.parental_authority = false;
        let subjects = [child.clone(), mother.clone(), father];
        let c = consent_candidates(
            &child,
            &subjects,
            crate::OrganisationType::Wijkteam,
            day(2026, 11, 24),
        );
        assert_eq!(c.required, Consenters::Parents);
        assert_eq!(
            c.people,
            vec![Consenter::Parent {
                subject_id: mother.id
            }]
        );
        assert!(!c.no_holder_known);
    }

    #[test]
    fn r8_candidates_for_a_16_year_old_are_only_themself() {
        let mut youth = subject(Relation::Youth);
        youth.birth_date = born_on_meeting_day_minus(16);
        let subjects = [youth.clone(), subject(Relation::Parent)];
        let c = consent_candidates(
            &youth,
            &subjects,
            crate::OrganisationType::Ggz,
            day(2026, 11, 24),
        );
        assert_eq!(c.people, vec![Consenter::Subject]);
    }

    #[test]
    fn r8_candidates_for_a_14_year_old_follow_the_wgbo() {
        let mut youth = subject(Relation::Youth);
        youth.birth_date = born_on_meeting_day_minus(14);
        let mother = subject(Relation::Parent);
        let subjects = [youth.clone(), mother.clone()];
        let on = day(2026, 11, 24);
        let health = consent_candidates(&youth, &subjects, crate::OrganisationType::Ggz, on);
        assert_eq!(
            health.people,
            vec![
                Consenter::Subject,
                Consenter::Parent {
                    subject_id: mother.id
                }
            ]
        );
        let school = consent_candidates(&youth, &subjects, crate::OrganisationType::Onderwijs, on);
        assert_eq!(school.people, vec![Consenter::Subject]);
    }

    #[test]
    fn r8_no_holder_known_when_the_parents_must_consent_and_none_is_in_the_meeting() {
        let mut child = subject(Relation::Youth);
        child.birth_date = born_on_meeting_day_minus(5);
        let subjects = [child.clone()];
        let c = consent_candidates(
            &child,
            &subjects,
            crate::OrganisationType::Wijkteam,
            day(2026, 11, 24),
        );
        assert!(c.people.is_empty());
        assert!(c.no_holder_known);
    }

    fn subject(relation: Relation) -> Subject {
        Subject {
            id: SubjectId::new(),
            meeting_id: MeetingId::new(),
            relation,
            name: None,
            birth_date: None,
            parental_authority: relation.can_hold_authority(),
            has_secret_address: false,
            language: crate::FamilyLanguage::default(),
        }
    }

    fn record(subject: SubjectId, given_by: Consenter) -> ConsentRecord {
        ConsentRecord {
            subject,
            given_by,
            method: ConsentMethod::Written,
            at: Utc::now(),
            withdrawn: None,
            scope: ConsentScope::Unconfirmed,
        }
    }

    #[test]
    fn r8_only_12_to_15_year_olds_may_be_judged_not_competent() {
        let on = day(2026, 11, 24);
        let born = |age: i32| Some(day(2026 - age, 11, 24));
        for (age, expected) in [
            (11, false),
            (12, true),
            (15, true),
            (16, false),
            (40, false),
        ] {
            assert_eq!(
                may_be_judged_not_competent(Relation::Youth, born(age), on),
                expected,
                "{age}"
            );
        }
        // The 12th birthday on the meeting date counts; the day before does not.
        assert!(!may_be_judged_not_competent(
            Relation::Youth,
            Some(day(2014, 11, 25)),
            on
        ));
        // A 15-year-old mother is a minor too (the age rule holds whatever the relation).
        assert!(may_be_judged_not_competent(Relation::Parent, born(15), on));
    }

    #[test]
    fn r8_unknown_birth_date_only_a_youth_may_be_judged_not_competent() {
        let on = day(2026, 11, 24);
        assert!(may_be_judged_not_competent(Relation::Youth, None, on));
        for relation in [
            Relation::Parent,
            Relation::Carer,
            Relation::Guardian,
            Relation::Other,
        ] {
            assert!(
                !may_be_judged_not_competent(relation, None, on),
                "{relation:?}"
            );
        }
    }

    #[test]
    fn r8_age_is_exact_to_the_day() {
        assert_eq!(age_on(day(2014, 11, 24), day(2026, 11, 23)), 11);
        assert_eq!(age_on(day(2014, 11, 24), day(2026, 11, 24)), 12);
        assert_eq!(age_on(day(2026, 11, 24), day(2026, 11, 24)), 0);
        assert_eq!(age_on(day(2027, 1, 1), day(2026, 11, 24)), 0);
    }

    #[test]
    fn r8_leap_day_birthday_counts_from_first_of_march() {
        let birth = day(2012, 2, 29);
        assert_eq!(age_on(birth, day(2025, 2, 28)), 12);
        assert_eq!(age_on(birth, day(2026, 2, 28)), 13);
        assert_eq!(age_on(birth, day(2026, 3, 1)), 14);
        assert_eq!(age_on(birth, day(2028, 2, 29)), 16);
        assert_eq!(age_on(birth, day(2028, 2, 28)), 15);
    }

    #[test]
    fn r8_twelfth_birthday_on_meeting_day_consents_self() {
        let on = day(2026, 11, 24);
        let c = Competence::Competent;
        assert_eq!(
            entitled_to_consent(Relation::Youth, Some(day(2014, 11, 24)), on, false, c),
            Consenters::Subject
        );
        assert_eq!(
            entitled_to_consent(Relation::Youth, Some(day(2014, 11, 25)), on, false, c),
            Consenters::Parents
        );
    }

    #[test]
    fn r8_age_table() {
        use Competence::*;
        let on = day(2026, 11, 24);
        let born = |age: i32| Some(day(2026 - age, 11, 24));
        for (age, wgbo, comp, expected) in [
            (0, false, Competent, Consenters::Parents),
            (11, true, Competent, Consenters::Parents),
            (12, false, Competent, Consenters::Subject),
            (12, false, NotCompetent, Consenters::Parents),
            (12, true, Competent, Consenters::SubjectAndParents),
            (15, true, NotCompetent, Consenters::Parents),
            (15, true, Competent, Consenters::SubjectAndParents),
            (16, true, Competent, Consenters::Subject),
            (16, false, NotCompetent, Consenters::Subject),
            (40, true, NotCompetent, Consenters::Subject),
        ] {
            assert_eq!(
                entitled_to_consent(Relation::Youth, born(age), on, wgbo, comp),
                expected,
                "{age} {wgbo} {comp:?}"
            );
        }
    }

    #[test]
    fn r8_unknown_birth_date_youth_needs_both_adult_consents_for_self() {
        let on = day(2026, 11, 24);
        let c = Competence::Competent;
        assert_eq!(
            entitled_to_consent(Relation::Youth, None, on, false, c),
            Consenters::SubjectAndParents
        );
        for r in [
            Relation::Parent,
            Relation::Carer,
            Relation::Guardian,
            Relation::Other,
        ] {
            assert_eq!(
                entitled_to_consent(r, None, on, false, c),
                Consenters::Subject
            );
        }
    }

    #[test]
    fn r8_wgbo_double_consent_needs_youth_and_a_parent() {
        let youth = subject(Relation::Youth);
        let mother = subject(Relation::Parent);
        let subjects = [youth.clone(), mother.clone()];
        let req = Consenters::SubjectAndParents;
        let only_youth = [record(youth.id, Consenter::Subject)];
        assert!(!consent_complete(req, youth.id, &only_youth, &subjects));
        let both = [
            record(youth.id, Consenter::Subject),
            record(
                youth.id,
                Consenter::Parent {
                    subject_id: mother.id,
                },
            ),
        ];
        assert!(consent_complete(req, youth.id, &both, &subjects));
    }

    #[test]
    fn r8_parent_consent_counts_only_from_a_parent_subject() {
        let youth = subject(Relation::Youth);
        let sibling = subject(Relation::Youth);
        let subjects = [youth.clone(), sibling.clone()];
        let records = [record(
            youth.id,
            Consenter::Parent {
                subject_id: sibling.id,
            },
        )];
        assert!(!consent_complete(
            Consenters::Parents,
            youth.id,
            &records,
            &subjects
        ));
        let voogd = Label::parse("Voogd GI", crate::Field::Name).unwrap();
        let records = [record(youth.id, Consenter::OtherAuthority { name: voogd })];
        assert!(consent_complete(
            Consenters::Parents,
            youth.id,
            &records,
            &subjects
        ));
    }

    #[test]
    fn r10_withdrawn_consent_is_not_complete() {
        let parent = subject(Relation::Parent);
        let mut r = record(parent.id, Consenter::Subject);
        r.withdrawn = Some(Utc::now());
        let subjects = [parent.clone()];
        assert_eq!(
            consent_status(Consenters::Subject, parent.id, &[r.clone()], &subjects),
            ConsentStatus::Withdrawn
        );
        // A later fresh consent does not undo a standing withdrawal by the same party.
        let fresh = record(parent.id, Consenter::Subject);
        assert_eq!(
            consent_status(Consenters::Subject, parent.id, &[r, fresh], &subjects),
            ConsentStatus::Withdrawn
        );
    }

    #[test]
    fn r8_consent_for_another_subject_does_not_count() {
        let a = subject(Relation::Parent);
        let b = subject(Relation::Parent);
        let subjects = [a.clone(), b.clone()];
        let records = [record(a.id, Consenter::Subject)];
        assert!(!consent_complete(
            Consenters::Subject,
            b.id,
            &records,
            &subjects
        ));
    }

    #[test]
    fn r8_only_holders_of_gezag_consent_under_12() {
        let youth = subject(Relation::Youth);
        let mother = subject(Relation::Parent);
        let mut father = subject(Relation::Parent);
        father.parental_authority = false;
        let subjects = [youth.clone(), mother.clone(), father.clone()];
        let required = entitled_to_consent(
            Relation::Youth,
            Some(day(2018, 1, 1)),
            day(2026, 11, 24),
            false,
            Competence::Competent,
        );
        assert_eq!(required, Consenters::Parents);
        let by_father = [record(
            youth.id,
            Consenter::Parent {
                subject_id: father.id,
            },
        )];
        assert_eq!(
            consent_status(required, youth.id, &by_father, &subjects),
            ConsentStatus::Missing
        );
        let by_mother = [record(
            youth.id,
            Consenter::Parent {
                subject_id: mother.id,
            },
        )];
        assert!(consent_complete(required, youth.id, &by_mother, &subjects));
    }

    #[test]
    fn r8_a_non_competent_12_to_15_year_old_needs_a_holder_of_gezag() {
        let youth = subject(Relation::Youth);
        let mut carer = subject(Relation::Carer);
        let subjects_without = {
            carer.parental_authority = false;
            [youth.clone(), carer.clone()]
        };
        let required = Consenters::Parents;
        let records = [record(
            youth.id,
            Consenter::Parent {
                subject_id: carer.id,
            },
        )];
        assert!(!consent_complete(
            required,
            youth.id,
            &records,
            &subjects_without
        ));
        carer.parental_authority = true;
        let subjects_with = [youth.clone(), carer.clone()];
        assert!(consent_complete(
            required,
            youth.id,
            &records,
            &subjects_with
        ));
    }

    #[test]
    fn r8_missing_consenters_names_who_still_has_to_consent() {
        let youth = subject(Relation::Youth);
        let mother = subject(Relation::Parent);
        let subjects = [youth.clone(), mother.clone()];
        let both = Consenters::SubjectAndParents;
        assert_eq!(
            missing_consenters(both, youth.id, &[], &subjects),
            Some(Consenters::SubjectAndParents)
        );
        let own = record(youth.id, Consenter::Subject);
        assert_eq!(
            missing_consenters(both, youth.id, std::slice::from_ref(&own), &subjects),
            Some(Consenters::Parents)
        );
        let parent = record(
            youth.id,
            Consenter::Parent {
                subject_id: mother.id,
            },
        );
        assert_eq!(
            missing_consenters(both, youth.id, &[own, parent], &subjects),
            None
        );
    }

    #[test]
    fn r8_check_entitled_follows_seed_003_by_age() {
        let parent = Consenter::AuthorityByRelation {
            relation: Relation::Parent,
        };
        // Under 12: own consent refused, parents count.
        assert_eq!(
            check_entitled(Consenters::Parents, &Consenter::Subject, Some(11)),
            Err(NotEntitled::OwnConsentUnder12 { age: 11 })
        );
        assert_eq!(
            check_entitled(Consenters::Parents, &parent, Some(11)),
            Ok(())
        );
        // 12–15 judged not competent: own consent refused.
        assert_eq!(
            check_entitled(Consenters::Parents, &Consenter::Subject, Some(13)),
            Err(NotEntitled::OwnConsentNotCompetent { age: 13 })
        );
        // 12–15 under the WGBO: both count.
        let both = Consenters::SubjectAndParents;
        assert_eq!(check_entitled(both, &Consenter::Subject, Some(14)), Ok(()));
        assert_eq!(check_entitled(both, &parent, Some(14)), Ok(()));
        // 12–15 competent outside the WGBO: the young person alone.
        assert_eq!(
            check_entitled(Consenters::Subject, &parent, Some(14)),
            Err(NotEntitled::ParentForCompetentYouth { age: 14 })
        );
        // 16 and older: the young person alone.
        assert_eq!(
            check_entitled(Consenters::Subject, &parent, Some(16)),
            Err(NotEntitled::ParentFor16Plus { age: 16 })
        );
        assert_eq!(
            check_entitled(Consenters::Subject, &Consenter::Subject, Some(16)),
            Ok(())
        );
        // An adult without a birth date consents for themself.
        assert_eq!(
            check_entitled(Consenters::Subject, &parent, None),
            Err(NotEntitled::ParentForAdult)
        );
    }

    #[test]
    fn r8_holders_of_authority_are_the_parents_with_gezag() {
        let youth = subject(Relation::Youth);
        let mother = subject(Relation::Parent);
        let mut father = subject(Relation::Parent);
        father.parental_authority = false;
        let subjects = [youth.clone(), mother.clone(), father];
        assert_eq!(holders_of_authority(youth.id, &subjects), vec![mother.id]);
        assert_eq!(holders_of_authority(mother.id, &subjects), vec![]);
    }
}
