//! R17: requests of family members to exercise their rights (seed 004 art. 9; seed 003
//! §5): who may make one (the age rules of seed 003 §5.1), the deadline (one month,
//! extendable once by two months with a notice, art. 9.3), the status of a request, and how
//! a family member is recognised across meetings.

use crate::consent::age_on;
use crate::{DomainError, Field, Label, Prose, Relation, SubjectId};
use chrono::{Months, NaiveDate};

/// Longest notice of an extension or reason of a refusal, in characters.
pub const RIGHTS_TEXT_MAX_CHARS: usize = 2000;

/// What a family member asks for (seed 004 art. 9).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum RequestKind {
    /// Inzage.
    Access,
    /// Correctie (carried out through R16).
    Correction,
    /// Verwijdering of beperking.
    Erasure,
    /// Verzet.
    Objection,
    /// Overdraagbaarheid (the access report as JSON).
    Portability,
}

impl RequestKind {
    /// Every kind, in the order the UI lists them.
    pub const ALL: [RequestKind; 5] = [
        RequestKind::Access,
        RequestKind::Correction,
        RequestKind::Erasure,
        RequestKind::Objection,
        RequestKind::Portability,
    ];

    /// Seed 003 §5.1b: parents of a 12–15-year-old have a right of access of their own; the
    /// other rights belong to the young person unless they cannot judge their interests.
    fn is_access(self) -> bool {
        matches!(self, RequestKind::Access | RequestKind::Portability)
    }
}

/// Who makes the request, in relation to the family member it is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum Requester {
    /// The family member themself.
    Subject,
    /// A parent with parental authority (gezag).
    ParentWithAuthority,
    /// A guardian (voogd).
    Guardian,
    /// Anyone else, with the consent of the young person and/or the parents (§5.1d).
    ThirdPartyWithConsent,
}

impl Requester {
    /// Every requester, in the order the UI lists them.
    pub const ALL: [Requester; 4] = [
        Requester::Subject,
        Requester::ParentWithAuthority,
        Requester::Guardian,
        Requester::ThirdPartyWithConsent,
    ];
}

/// R17: whether `requester` may make a request of `kind` about a family member, on the day
/// it was received (seed 003 §5.1):
/// - under 12: not the child; the parents with gezag or the guardian;
/// - 12 up to 16: the young person if able to judge their interests reasonably; the parents
///   (or guardian) for access always, and for the other rights only when the young person
///   cannot judge their interests;
/// - 16 and older: the young person alone; parents count as third parties (§5.1c);
/// - a third party only with consent (§5.1d), which the chair confirms by choosing it.
///
/// Without a birth date the age rules cannot be applied: an adult family member (anyone but
/// a youth) acts for themself, and for a youth the birth date must be entered first.
pub fn may_request(
    requester: Requester,
    kind: RequestKind,
    relation: Relation,
    birth: Option<NaiveDate>,
    received_on: NaiveDate,
    competent: bool,
) -> Result<(), DomainError> {
    if requester == Requester::ThirdPartyWithConsent {
        return Ok(());
    }
    let parental = matches!(
        requester,
        Requester::ParentWithAuthority | Requester::Guardian
    );
    let Some(birth) = birth else {
        return match (relation, requester) {
            (Relation::Youth, _) => Err(DomainError::BirthDateNeededForRights),
            (_, Requester::Subject) => Ok(()),
            _ => Err(DomainError::RequesterNotEntitled),
        };
    };
    let allowed = match age_on(birth, received_on) {
        0..=11 => parental,
        12..=15 if requester == Requester::Subject => competent,
        12..=15 => kind.is_access() || !competent,
        _ => requester == Requester::Subject,
    };
    if allowed {
        Ok(())
    } else {
        Err(DomainError::RequesterNotEntitled)
    }
}

/// R17: a request must be answered within one month of receipt (seed 004 art. 9.3). Month
/// ends clamp: received 31 January → 28 (or 29) February.
pub fn deadline(received_on: NaiveDate) -> Option<NaiveDate> {
    received_on.checked_add_months(Months::new(1))
}

/// R17: the deadline after the one extension: two more months. Counted from the day of
/// receipt (three months in all), so a month end clamps only once: received 31 January →
/// 28 February → 30 April.
pub fn extended_deadline(received_on: NaiveDate) -> Option<NaiveDate> {
    received_on.checked_add_months(Months::new(3))
}

/// Where a request stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RequestStatus {
    /// Registered, within its term.
    Open,
    /// The term was extended once, with a notice to the requester.
    Extended {
        /// The notice sent to the requester.
        notice: Prose,
    },
    /// Granted, not yet carried out.
    Granted,
    /// Refused, with the reason.
    Refused {
        /// Why.
        reason: Prose,
    },
    /// Granted and carried out.
    Done,
}

/// R17: the name of a request's status as the register shows it; the notice of an
/// extension and the reason of a refusal travel beside it ([`RequestStatus::notice`],
/// [`RequestStatus::refusal_reason`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(
    feature = "ts",
    derive(ts_rs::TS),
    ts(export, rename = "RequestStatus")
)]
pub enum RequestStatusName {
    /// Registered, within its term.
    Open,
    /// The term was extended once.
    Extended,
    /// Granted, not yet carried out.
    Granted,
    /// Refused.
    Refused,
    /// Granted and carried out.
    Done,
}

impl RequestStatus {
    /// The status by name, without its texts.
    pub fn name(&self) -> RequestStatusName {
        match self {
            RequestStatus::Open => RequestStatusName::Open,
            RequestStatus::Extended { .. } => RequestStatusName::Extended,
            RequestStatus::Granted => RequestStatusName::Granted,
            RequestStatus::Refused { .. } => RequestStatusName::Refused,
            RequestStatus::Done => RequestStatusName::Done,
        }
    }

    /// The notice sent with an extension.
    pub fn notice(&self) -> Option<&Prose> {
        match self {
            RequestStatus::Extended { notice } => Some(notice),
            _ => None,
        }
    }

    /// Why the request was refused.
    pub fn refusal_reason(&self) -> Option<&Prose> {
        match self {
            RequestStatus::Refused { reason } => Some(reason),
            _ => None,
        }
    }
}

/// R17: what the chair may do with a request in its current status (what the status
/// allows; an extension past the deadline is still refused by [`RightsRequest::extend`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct RequestActions {
    /// Extend the term once (only while open).
    pub extend: bool,
    /// Grant (while pending: open or extended).
    pub grant: bool,
    /// Refuse with a reason (while pending).
    pub refuse: bool,
    /// Record a granted request as carried out.
    pub complete: bool,
}

/// R17: one registered request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RightsRequest {
    /// What is asked.
    pub kind: RequestKind,
    /// Who asks.
    pub requester: Requester,
    /// The name of who asks.
    pub requester_name: Label,
    /// The day it was received.
    pub received_on: NaiveDate,
    /// When it must be answered.
    pub deadline: NaiveDate,
    /// Where it stands.
    pub status: RequestStatus,
}

/// What the chair types to register a request, unparsed.
#[derive(Debug, Clone)]
pub struct RequestInput {
    /// What is asked.
    pub kind: RequestKind,
    /// Who asks.
    pub requester: Requester,
    /// The name of who asks, unparsed.
    pub requester_name: String,
    /// ISO date `YYYY-MM-DD`.
    pub received_on: String,
    /// R17/§5.1b: a 12–15-year-old is able to judge their interests reasonably.
    pub competent: bool,
}

impl RightsRequest {
    /// R17: registers a request about a family member with the given relation and birth
    /// date. The day of receipt may not lie after `today`.
    pub fn register(
        input: &RequestInput,
        relation: Relation,
        birth: Option<NaiveDate>,
        today: NaiveDate,
    ) -> Result<Self, DomainError> {
        let requester_name = Label::parse(&input.requester_name, Field::RequesterName)?;
        let raw = input.received_on.trim();
        if raw.is_empty() {
            return Err(DomainError::Empty {
                field: Field::ReceivedOn,
            });
        }
        let received_on =
            NaiveDate::parse_from_str(raw, "%Y-%m-%d").map_err(|_| DomainError::InvalidDate {
                field: Field::ReceivedOn,
            })?;
        let too_old = today.checked_sub_months(Months::new(12 * 10));
        if received_on > today || too_old.is_some_and(|t| received_on < t) {
            return Err(DomainError::DateOutOfRange {
                field: Field::ReceivedOn,
            });
        }
        may_request(
            input.requester,
            input.kind,
            relation,
            birth,
            received_on,
            input.competent,
        )?;
        let deadline = deadline(received_on).ok_or(DomainError::DateOutOfRange {
            field: Field::ReceivedOn,
        })?;
        Ok(Self {
            kind: input.kind,
            requester: input.requester,
            requester_name,
            received_on,
            deadline,
            status: RequestStatus::Open,
        })
    }

    /// Not yet answered: open or extended.
    pub fn is_pending(&self) -> bool {
        matches!(
            self.status,
            RequestStatus::Open | RequestStatus::Extended { .. }
        )
    }

    /// Still on the chair's list: pending, or granted and not yet carried out.
    pub fn is_on_list(&self) -> bool {
        self.is_pending() || self.status == RequestStatus::Granted
    }

    /// R17: the actions the current status allows (mirrors the checks of [`Self::extend`],
    /// [`Self::grant`], [`Self::refuse`] and [`Self::complete`]).
    pub fn allowed_actions(&self) -> RequestActions {
        let pending = self.is_pending();
        RequestActions {
            extend: self.status == RequestStatus::Open,
            grant: pending,
            refuse: pending,
            complete: self.status == RequestStatus::Granted,
        }
    }

    /// R17: past the deadline without an answer.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.is_pending() && today > self.deadline
    }

    /// R17: extends the term once by two months, with a notice to the requester, and only
    /// while the first term runs (seed 004 art. 9.3).
    pub fn extend(&mut self, notice: &str, today: NaiveDate) -> Result<(), DomainError> {
        match self.status {
            RequestStatus::Open => {}
            RequestStatus::Extended { .. } => return Err(DomainError::AlreadyExtended),
            _ => return Err(DomainError::RequestClosed),
        }
        if today > self.deadline {
            return Err(DomainError::ExtensionAfterDeadline);
        }
        let notice = Prose::parse(notice, Field::Notice, RIGHTS_TEXT_MAX_CHARS)?;
        self.deadline = extended_deadline(self.received_on).ok_or(DomainError::DateOutOfRange {
            field: Field::ReceivedOn,
        })?;
        self.status = RequestStatus::Extended { notice };
        Ok(())
    }

    /// R17: grants a pending request. What granting an erasure or objection does to the
    /// stored data is up to the store (see `store::rights`).
    pub fn grant(&mut self) -> Result<(), DomainError> {
        if !self.is_pending() {
            return Err(DomainError::RequestClosed);
        }
        self.status = RequestStatus::Granted;
        Ok(())
    }

    /// R17: refuses a pending request, with a reason (seed 003 §5.2.3).
    pub fn refuse(&mut self, reason: &str) -> Result<(), DomainError> {
        if !self.is_pending() {
            return Err(DomainError::RequestClosed);
        }
        // A refusal is motivated (seed 003 §5.3.3): a real sentence, see `check_motivation`.
        let reason = crate::parse_motivation(reason, Field::RefusalReason, RIGHTS_TEXT_MAX_CHARS)?;
        self.status = RequestStatus::Refused { reason };
        Ok(())
    }

    /// R17: a granted request has been carried out.
    pub fn complete(&mut self) -> Result<(), DomainError> {
        if self.status != RequestStatus::Granted {
            return Err(DomainError::RequestNotGranted);
        }
        self.status = RequestStatus::Done;
        Ok(())
    }
}

/// R17: how one family member is recognised across meetings. Subjects are stored per
/// meeting. Two subject rows are the same person only when their names are equal after
/// normalising (trimmed, inner white space collapsed, lower case) **and** both have the
/// same birth date. A name alone never joins two rows: without a birth date a subject row
/// is a person of its own (its identity is anchored to that one row), so two people with
/// the same name and no birth date are never merged by access, erasure or objection
/// (seed 003 §5.2.3b: no data of others; seed 004 art. 9: the data "over hem of haar").
/// To join such a person across meetings, the chair enters the birth date. A subject
/// without a name (an anonymous meeting, R4) has no identity: nothing identifying was
/// stored, so there is nothing to report.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SubjectIdentity {
    /// The normalised name.
    pub name_key: String,
    /// The birth date, or the one subject row.
    pub anchor: IdentityAnchor,
}

/// What, besides the name, makes a subject row this person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IdentityAnchor {
    /// Name + birth date: the same person in every meeting.
    BirthDate(NaiveDate),
    /// No birth date: only this one subject row (one meeting).
    Row(SubjectId),
}

impl SubjectIdentity {
    /// The identity of a subject row; `None` without a name.
    pub fn of(name: Option<&str>, birth_date: Option<NaiveDate>, row: SubjectId) -> Option<Self> {
        let name_key = name?
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        if name_key.is_empty() {
            return None;
        }
        let anchor = match birth_date {
            Some(d) => IdentityAnchor::BirthDate(d),
            None => IdentityAnchor::Row(row),
        };
        Some(Self { name_key, anchor })
    }

    /// The birth date, when the identity is anchored to one.
    pub fn birth_date(&self) -> Option<NaiveDate> {
        match self.anchor {
            IdentityAnchor::BirthDate(d) => Some(d),
            IdentityAnchor::Row(_) => None,
        }
    }

    /// A stable text key, as the store keeps it: `name|YYYY-MM-DD`, or `name|#<row id>`
    /// without a birth date.
    pub fn key(&self) -> String {
        match self.anchor {
            IdentityAnchor::BirthDate(d) => format!("{}|{}", self.name_key, d.format("%Y-%m-%d")),
            IdentityAnchor::Row(id) => format!("{}|#{}", self.name_key, id),
        }
    }
}

/// R17: the subject rows of the person with `key`, among all identified rows. A key of
/// the earlier form `name|` (name without birth date, which joined everyone of that name)
/// still resolves when exactly one row without a birth date has that name; when several
/// do, the chair must pick the person again ([`DomainError::AmbiguousSubject`]).
pub fn resolve_identity<'a, T>(
    key: &str,
    rows: &'a [(SubjectIdentity, T)],
) -> Result<Vec<&'a T>, DomainError> {
    let found: Vec<&T> = rows
        .iter()
        .filter(|(i, _)| i.key() == key)
        .map(|(_, r)| r)
        .collect();
    if !found.is_empty() {
        return Ok(found);
    }
    let legacy: Vec<&T> = match key.strip_suffix('|') {
        Some(name) => rows
            .iter()
            .filter(|(i, _)| i.name_key == name && i.birth_date().is_none())
            .map(|(_, r)| r)
            .collect(),
        None => Vec::new(),
    };
    match legacy.len() {
        0 => Err(DomainError::UnknownSubject {
            field: Field::RequestSubject,
        }),
        1 => Ok(legacy),
        _ => Err(DomainError::AmbiguousSubject),
    }
}

/// R17: how many people the rights register's search shows at most. The chair types part
/// of a name; a longer list helps nobody pick the right person.
pub const SUBJECT_SEARCH_LIMIT: usize = 50;

/// The words of a name as the register's search finds them: the name normalised as in
/// [`SubjectIdentity`] (spaces collapsed, lower case), split at spaces, and the parts of a
/// double name (`jansen-de`) besides the whole word; no duplicates.
pub fn name_words(name: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for word in name.to_lowercase().split_whitespace() {
        for w in std::iter::once(word).chain(word.split('-').filter(|p| !p.is_empty())) {
            if !out.iter().any(|o| o == w) {
                out.push(w.to_string());
            }
        }
    }
    out
}

/// R17: what the chair typed to find a family member in the rights register: every word
/// must start a word of the person's name (`name_words`), in any order. Nothing typed
/// finds nobody (the register never lists every family member of the store).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubjectSearch {
    words: Vec<String>,
}

impl SubjectSearch {
    /// At most this many words of what was typed count (the rest narrows nothing useful).
    pub const MAX_WORDS: usize = 5;

    /// The search for `typed`; `None` when nothing but spaces or hyphens was typed.
    pub fn parse(typed: &str) -> Option<Self> {
        let mut words: Vec<String> = typed
            .to_lowercase()
            .split(|c: char| c.is_whitespace() || c == '-')
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        words.dedup();
        words.truncate(Self::MAX_WORDS);
        (!words.is_empty()).then_some(Self { words })
    }

    /// The word an index is searched by: the longest typed word (the fewest names start
    /// with it).
    pub fn leading_word(&self) -> &str {
        self.words
            .iter()
            .max_by_key(|w| w.chars().count())
            .map(String::as_str)
            .unwrap_or_default()
    }

    /// Whether the person with this name is found: every typed word starts a word of it.
    pub fn matches(&self, name: &str) -> bool {
        let words = name_words(name);
        self.words
            .iter()
            .all(|t| words.iter().any(|w| w.starts_with(t.as_str())))
    }
}

/// R17: once an objection is granted, no new items are added about that family member.
pub fn check_not_objected(objected: bool) -> Result<(), DomainError> {
    if objected {
        Err(DomainError::SubjectObjected)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn r17_status_name_and_texts_follow_the_status() {
        use super::{RequestStatus as S, RequestStatusName as N};
        use crate::{Field, Prose};
        let notice = Prose::parse("Meer tijd nodig.", Field::Notice, 100).unwrap();
        let reason = Prose::parse("Geen gegevens.", Field::RefusalReason, 100).unwrap();
        let extended = S::Extended {
            notice: notice.clone(),
        };
        let refused = S::Refused {
            reason: reason.clone(),
        };
        assert_eq!(S::Open.name(), N::Open);
        assert_eq!(extended.name(), N::Extended);
        assert_eq!(S::Granted.name(), N::Granted);
        assert_eq!(refused.name(), N::Refused);
        assert_eq!(S::Done.name(), N::Done);
        assert_eq!(extended.notice(), Some(&notice));
        assert_eq!(extended.refusal_reason(), None);
        assert_eq!(refused.refusal_reason(), Some(&reason));
        assert_eq!(refused.notice(), None);
        assert_eq!(serde_json::to_value(N::Extended).unwrap(), "extended");
    }

    #[test]
    fn r17_subject_search_finds_by_the_start_of_any_word() {
        let q = super::SubjectSearch::parse("  VRIES an ").unwrap();
        assert!(q.matches("Anna de Vries"));
        assert!(q.matches("Anneke  van der Vriesema"));
        assert!(!q.matches("Bram de Vries"));
        assert!(!q.matches("Anna Vos"));
        assert_eq!(q.leading_word(), "vries");
    }

    #[test]
    fn r17_subject_search_of_nothing_finds_nobody() {
        assert_eq!(super::SubjectSearch::parse(""), None);
        assert_eq!(super::SubjectSearch::parse(" - "), None);
    }

    #[test]
    fn r17_subject_search_finds_a_part_of_a_double_name() {
        assert_eq!(
            super::name_words("Sanne Jansen-de Wit"),
            ["sanne", "jansen-de", "jansen", "de", "wit"]
        );
        assert!(super::SubjectSearch::parse("de wit")
            .unwrap()
            .matches("Sanne Jansen-de Wit"));
        assert!(super::SubjectSearch::parse("jansen-de")
            .unwrap()
            .matches("Sanne Jansen-de Wit"));
        assert!(super::SubjectSearch::parse("Öz")
            .unwrap()
            .matches("Mehmet Özdemir"));
    }

    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn input(requester: Requester, kind: RequestKind, received: &str) -> RequestInput {
        RequestInput {
            kind,
            requester,
            requester_name: "Anna de Vries".into(),
            received_on: received.into(),
            competent: true,
        }
    }

    fn open_request(received: NaiveDate) -> RightsRequest {
        RightsRequest {
            kind: RequestKind::Access,
            requester: Requester::Subject,
            requester_name: Label::parse("Anna", Field::RequesterName).unwrap(),
            received_on: received,
            deadline: deadline(received).unwrap(),
            status: RequestStatus::Open,
        }
    }

    #[test]
    fn r17_allowed_actions_follow_the_status() {
        let mut r = open_request(NaiveDate::from_ymd_opt(2026, 11, 2).unwrap());
        let all_pending = RequestActions {
            extend: true,
            grant: true,
            refuse: true,
            complete: false,
        };
        assert_eq!(r.allowed_actions(), all_pending);
        r.status = RequestStatus::Extended {
            notice: Prose::parse("Meer tijd nodig.", Field::Notice, 100).unwrap(),
        };
        assert_eq!(
            r.allowed_actions(),
            RequestActions {
                extend: false,
                ..all_pending
            }
        );
        r.status = RequestStatus::Granted;
        assert_eq!(
            r.allowed_actions(),
            RequestActions {
                complete: true,
                ..RequestActions::default()
            }
        );
        for closed in [
            RequestStatus::Done,
            RequestStatus::Refused {
                reason: Prose::parse("Geen gegevens.", Field::RefusalReason, 100).unwrap(),
            },
        ] {
            r.status = closed;
            assert_eq!(r.allowed_actions(), RequestActions::default());
        }
    }

    #[test]
    fn r17_deadline_31_january_is_end_of_february() {
        assert_eq!(deadline(day(2026, 1, 31)), Some(day(2026, 2, 28)));
        assert_eq!(deadline(day(2028, 1, 31)), Some(day(2028, 2, 29)));
        assert_eq!(deadline(day(2026, 3, 31)), Some(day(2026, 4, 30)));
        assert_eq!(deadline(day(2026, 12, 15)), Some(day(2027, 1, 15)));
    }

    #[test]
    fn r17_extension_adds_two_months_clamped_once() {
        let mut r = open_request(day(2026, 1, 31));
        r.extend("Het verzoek is groot.", day(2026, 2, 20)).unwrap();
        assert_eq!(r.deadline, day(2026, 4, 30));
        assert!(matches!(r.status, RequestStatus::Extended { .. }));
        assert_eq!(extended_deadline(day(2026, 11, 30)), Some(day(2027, 2, 28)));
    }

    #[test]
    fn r17_extension_only_once_only_before_deadline_with_notice() {
        let mut r = open_request(day(2026, 1, 10));
        assert_eq!(
            r.extend("  ", day(2026, 1, 20)),
            Err(DomainError::Empty {
                field: Field::Notice
            })
        );
        assert_eq!(r.status, RequestStatus::Open);
        let mut late = r.clone();
        assert_eq!(
            late.extend("Te laat", day(2026, 2, 11)),
            Err(DomainError::ExtensionAfterDeadline)
        );
        assert_eq!(late, r);
        // On the deadline itself it is still in time.
        r.extend("Nodig", day(2026, 2, 10)).unwrap();
        assert_eq!(
            r.extend("Nog eens", day(2026, 2, 11)),
            Err(DomainError::AlreadyExtended)
        );
    }

    #[test]
    fn r17_overdue_only_while_unanswered() {
        let mut r = open_request(day(2026, 1, 10));
        assert!(!r.is_overdue(day(2026, 2, 10)));
        assert!(r.is_overdue(day(2026, 2, 11)));
        r.grant().unwrap();
        assert!(!r.is_overdue(day(2026, 5, 1)));
        assert!(r.is_on_list());
        r.complete().unwrap();
        assert!(!r.is_on_list());
    }

    #[test]
    fn r17_status_transitions() {
        let mut r = open_request(day(2026, 1, 10));
        assert_eq!(r.complete(), Err(DomainError::RequestNotGranted));
        assert_eq!(
            r.refuse(""),
            Err(DomainError::Empty {
                field: Field::RefusalReason
            })
        );
        assert_eq!(
            r.refuse("Belang"),
            Err(DomainError::MotivationTooShort {
                field: Field::RefusalReason
            })
        );
        r.refuse("Inzage schaadt het belang van de jongere.")
            .unwrap();
        assert_eq!(r.grant(), Err(DomainError::RequestClosed));
        assert_eq!(
            r.extend("x", day(2026, 1, 11)),
            Err(DomainError::RequestClosed)
        );
        assert!(!r.is_on_list());
    }

    #[test]
    fn r17_age_rules_seed_003_5_1() {
        use RequestKind::*;
        use Requester::*;
        let received = day(2026, 6, 1);
        let born = |age: i32| Some(day(2026 - age, 6, 1));
        let ok = |who, kind, age, competent| {
            may_request(who, kind, Relation::Youth, born(age), received, competent).is_ok()
        };
        // a. under 12: not the child, the parents and guardian.
        assert!(!ok(Subject, Access, 11, true));
        assert!(ok(ParentWithAuthority, Objection, 11, true));
        assert!(ok(Guardian, Erasure, 0, true));
        // b. 12 (birthday on the day counts) up to 16: the competent young person; parents
        // for access, and for the rest only when the young person is not competent.
        assert!(ok(Subject, Objection, 12, true));
        assert!(!ok(Subject, Access, 12, false));
        assert!(ok(ParentWithAuthority, Access, 15, true));
        assert!(ok(ParentWithAuthority, Portability, 15, true));
        assert!(!ok(ParentWithAuthority, Correction, 15, true));
        assert!(ok(ParentWithAuthority, Correction, 15, false));
        // c. 16 and older: the young person alone; parents are third parties.
        assert!(ok(Subject, Erasure, 16, false));
        assert!(!ok(ParentWithAuthority, Access, 16, true));
        assert!(!ok(Guardian, Access, 40, true));
        // d. third parties with consent, at any age.
        assert!(ok(ThirdPartyWithConsent, Access, 5, true));
        assert!(ok(ThirdPartyWithConsent, Objection, 17, true));
    }

    #[test]
    fn r17_without_birth_date_adults_act_for_themselves_youths_need_one() {
        let d = day(2026, 6, 1);
        assert!(may_request(
            Requester::Subject,
            RequestKind::Access,
            Relation::Parent,
            None,
            d,
            false
        )
        .is_ok());
        assert_eq!(
            may_request(
                Requester::Guardian,
                RequestKind::Access,
                Relation::Parent,
                None,
                d,
                false
            ),
            Err(DomainError::RequesterNotEntitled)
        );
        assert_eq!(
            may_request(
                Requester::ParentWithAuthority,
                RequestKind::Access,
                Relation::Youth,
                None,
                d,
                false
            ),
            Err(DomainError::BirthDateNeededForRights)
        );
    }

    #[test]
    fn r17_register_refuses_future_and_empty_and_not_entitled() {
        let today = day(2026, 6, 1);
        let birth = Some(day(2020, 1, 1));
        let reg = |i: &RequestInput| RightsRequest::register(i, Relation::Youth, birth, today);
        let mut i = input(
            Requester::ParentWithAuthority,
            RequestKind::Access,
            "2026-06-02",
        );
        assert_eq!(
            reg(&i),
            Err(DomainError::DateOutOfRange {
                field: Field::ReceivedOn
            })
        );
        i.received_on = " ".into();
        assert_eq!(
            reg(&i),
            Err(DomainError::Empty {
                field: Field::ReceivedOn
            })
        );
        i.received_on = "1-6-2026".into();
        assert_eq!(
            reg(&i),
            Err(DomainError::InvalidDate {
                field: Field::ReceivedOn
            })
        );
        i.received_on = "2026-05-31".into();
        i.requester_name = "".into();
        assert_eq!(
            reg(&i),
            Err(DomainError::Empty {
                field: Field::RequesterName
            })
        );
        i.requester_name = "Piet".into();
        let r = reg(&i).unwrap();
        assert_eq!(r.deadline, day(2026, 6, 30));
        assert_eq!(r.status, RequestStatus::Open);
        i.requester = Requester::Subject;
        assert_eq!(reg(&i), Err(DomainError::RequesterNotEntitled));
    }

    #[test]
    fn r17_identity_normalises_name_and_keeps_birth_date() {
        let b = Some(day(2015, 3, 1));
        let (r1, r2) = (SubjectId::new(), SubjectId::new());
        let a = SubjectIdentity::of(Some("  Anna   de Vries "), b, r1).unwrap();
        assert_eq!(
            a,
            SubjectIdentity::of(Some("anna de vries"), b, r2).unwrap()
        );
        assert_ne!(
            a,
            SubjectIdentity::of(Some("Anna de Vries"), None, r1).unwrap()
        );
        assert_eq!(a.key(), "anna de vries|2015-03-01");
        assert_eq!(SubjectIdentity::of(None, b, r1), None);
        assert_eq!(SubjectIdentity::of(Some("  "), b, r1), None);
    }

    #[test]
    fn r17_same_name_without_birth_date_is_not_the_same_person() {
        // Two meetings, each with a "Jan de Vries" without birth date: two people.
        let (r1, r2) = (SubjectId::new(), SubjectId::new());
        let jan1 = SubjectIdentity::of(Some("Jan de Vries"), None, r1).unwrap();
        let jan2 = SubjectIdentity::of(Some("jan  de vries"), None, r2).unwrap();
        assert_ne!(jan1, jan2);
        assert_ne!(jan1.key(), jan2.key());
        let rows = vec![(jan1.clone(), "row 1"), (jan2, "row 2")];
        assert_eq!(resolve_identity(&jan1.key(), &rows), Ok(vec![&"row 1"]));
        // A key of the earlier form (name only) no longer joins them.
        assert_eq!(
            resolve_identity("jan de vries|", &rows),
            Err(DomainError::AmbiguousSubject)
        );
        assert_eq!(
            resolve_identity("jan de vries|", &rows[..1]),
            Ok(vec![&"row 1"])
        );
        assert_eq!(
            resolve_identity("piet|", &rows),
            Err(DomainError::UnknownSubject {
                field: Field::RequestSubject
            })
        );
        // With a birth date the rows of one person are joined across meetings.
        let b = Some(day(2015, 3, 1));
        let both = vec![
            (SubjectIdentity::of(Some("Jan de Vries"), b, r1).unwrap(), 1),
            (SubjectIdentity::of(Some("Jan de Vries"), b, r2).unwrap(), 2),
        ];
        assert_eq!(
            resolve_identity("jan de vries|2015-03-01", &both),
            Ok(vec![&1, &2])
        );
    }

    #[test]
    fn r17_objection_blocks_new_items() {
        assert_eq!(check_not_objected(true), Err(DomainError::SubjectObjected));
        assert!(check_not_objected(false).is_ok());
    }
}
