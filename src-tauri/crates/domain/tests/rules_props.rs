//! Property tests of the rules that are invariants: R8 (age and consent), R9/R10 (the
//! release matrix), R13 (finalize exactly when the checklist is empty).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use chrono::{Datelike, NaiveDate, Utc};
use domain::*;
use proptest::prelude::*;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Independent oracle for the age: count the anniversaries that have come by `on`. An
/// anniversary that does not exist (29 February in a non-leap year) falls on 1 March.
fn oracle_age(birth: NaiveDate, on: NaiveDate) -> u32 {
    (1..=150)
        .filter(|n| {
            let y = birth.year() + n;
            let anniversary = NaiveDate::from_ymd_opt(y, birth.month(), birth.day())
                .unwrap_or_else(|| day(y, 3, 1));
            anniversary <= on
        })
        .count() as u32
}

fn oracle_consenters(age: u32, wgbo: bool, competent: bool) -> Consenters {
    if age < 12 {
        Consenters::Parents
    } else if age >= 16 {
        Consenters::Subject
    } else if !competent {
        Consenters::Parents
    } else if wgbo {
        Consenters::SubjectAndParents
    } else {
        Consenters::Subject
    }
}

/// Birth dates incl. 29 February; meeting dates anywhere, or exactly on (or next to) the
/// 12th or 16th birthday.
fn birth_and_meeting() -> impl Strategy<Value = (NaiveDate, NaiveDate)> {
    let birth = prop_oneof![
        (1990i32..2026, 1u32..=12, 1u32..=31)
            .prop_filter_map("valid date", |(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
        (0i32..9).prop_map(|k| day(1992 + 4 * k, 2, 29)),
    ];
    (birth, 0u8..4, -1i64..=1, 0i64..15_000).prop_map(|(birth, mode, nudge, days)| {
        let meeting = match mode {
            0 | 1 => {
                let years = if mode == 0 { 12 } else { 16 };
                let y = birth.year() + years;
                let anniversary = NaiveDate::from_ymd_opt(y, birth.month(), birth.day())
                    .unwrap_or_else(|| day(y, 3, 1));
                anniversary + chrono::Duration::days(nudge)
            }
            _ => birth + chrono::Duration::days(days),
        };
        (birth, meeting)
    })
}

proptest! {
    #[test]
    fn r8_age_and_consenters_match_the_oracle(
        (birth, meeting) in birth_and_meeting(),
        wgbo in any::<bool>(),
        competent in any::<bool>(),
    ) {
        let age = age_on(birth, meeting);
        prop_assert_eq!(age, oracle_age(birth, meeting));
        let competence = if competent { Competence::Competent } else { Competence::NotCompetent };
        for relation in [Relation::Youth, Relation::Parent, Relation::Other] {
            prop_assert_eq!(
                entitled_to_consent(relation, Some(birth), meeting, wgbo, competence),
                oracle_consenters(age, wgbo, competent)
            );
        }
        // WGBO double consent exactly for competent 12- to 15-year-olds.
        let double = entitled_to_consent(Relation::Youth, Some(birth), meeting, wgbo, competence)
            == Consenters::SubjectAndParents;
        prop_assert_eq!(double, wgbo && competent && (12..16).contains(&age));
    }
}

/// Reads choices from a random byte stream: simple to generate, shrinks towards zeros.
struct Dice<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Dice<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Self { bytes, at: 0 }
    }
    fn roll(&mut self, n: usize) -> usize {
        let b = self.bytes.get(self.at).copied().unwrap_or(0);
        self.at += 1;
        if n == 0 {
            0
        } else {
            b as usize % n
        }
    }
    /// True with probability about `percent`%.
    fn chance(&mut self, percent: usize) -> bool {
        self.roll(100) < percent
    }
}

fn motivation() -> Prose {
    Prose::parse(
        "Nodig voor de afspraak.",
        Field::Motivation,
        MOTIVATION_MAX_CHARS,
    )
    .unwrap()
}

const ROLES: [Role; 5] = Role::ALL;
const CATEGORIES: [Category; 3] = [Category::General, Category::Special, Category::Criminal];

#[derive(Debug, Clone)]
enum Op {
    Decide(ReleaseRequest),
    Withdraw(ItemId),
}

proptest! {
    #[test]
    fn r9_r10_only_the_contributor_releases_and_withdrawn_items_are_never_returned(
        bytes in prop::collection::vec(any::<u8>(), 32..400)
    ) {
        let mut dice = Dice::new(&bytes);
        let participants: Vec<(ParticipantId, Role)> = (0..4)
            .map(|_| (ParticipantId::new(), ROLES[dice.roll(ROLES.len())]))
            .collect();
        let stranger = ParticipantId::new();
        let people: Vec<ParticipantId> = participants
            .iter()
            .map(|(p, _)| *p)
            .chain([stranger])
            .collect();
        let items: Vec<ReleaseItem> = (0..3)
            .map(|_| ReleaseItem {
                id: ItemId::new(),
                contributor: participants[dice.roll(4)].0,
                category: CATEGORIES[dice.roll(3)],
                basis_valid: dice.chance(80),
            })
            .collect();
        let actions: Vec<(ActionId, ParticipantId)> = (0..4)
            .map(|_| (ActionId::new(), participants[dice.roll(4)].0))
            .collect();
        let ctx = ReleaseContext { participants: participants.clone(), items: items.clone(), actions: actions.clone() };
        let mut matrix = ReleaseMatrix::new();
        let mut withdrawn: Vec<ItemId> = Vec::new();

        while dice.at < bytes.len() {
            let item = items[dice.roll(items.len())];
            let op = if dice.chance(10) {
                Op::Withdraw(item.id)
            } else {
                // Mostly the contributor decides, sometimes anyone else (or a stranger).
                let decided_by = if dice.chance(60) { item.contributor } else { people[dice.roll(people.len())] };
                let recipient = people[dice.roll(people.len())];
                let choice = if dice.chance(30) {
                    ReleaseChoice::StayInMeeting
                } else {
                    // Mostly an action of the recipient, sometimes someone else's or none.
                    let action = match dice.roll(4) {
                        0 => ActionId::new(),
                        1 => actions[dice.roll(actions.len())].0,
                        _ => actions.iter().find(|(_, w)| *w == recipient).map(|(a, _)| *a).unwrap_or_else(ActionId::new),
                    };
                    ReleaseChoice::Release { action, motivation: dice.chance(50).then(motivation) }
                };
                Op::Decide(ReleaseRequest { item: item.id, recipient, decided_by, at: Utc::now(), choice })
            };

            let before = matrix.clone();
            let accepted = match &op {
                Op::Decide(req) => matrix.decide(req.clone(), &ctx).is_ok(),
                Op::Withdraw(id) => {
                    let received = matrix.withdraw_consent([*id]);
                    withdrawn.push(*id);
                    for (i, r) in &received {
                        prop_assert_eq!(i, id);
                        prop_assert!(before.decision(*i, *r).is_released());
                    }
                    true
                }
            };

            for it in &items {
                for r in &people {
                    let (old, new) = (before.decision(it.id, *r), matrix.decision(it.id, *r));
                    if old == new {
                        continue;
                    }
                    // A cell only changes through an accepted decide on that very cell by
                    // the item's contributor.
                    match &op {
                        Op::Decide(req) => {
                            prop_assert!(accepted);
                            prop_assert_eq!((req.item, req.recipient), (it.id, *r));
                            prop_assert_eq!(req.decided_by, it.contributor);
                            prop_assert_ne!(*r, it.contributor);
                            if let ReleaseDecision::Released { action, decided_by, motivation, .. } = new {
                                prop_assert_eq!(*decided_by, it.contributor);
                                prop_assert!(it.basis_valid);
                                prop_assert!(!withdrawn.contains(&it.id));
                                prop_assert!(actions.contains(&(*action, *r)));
                                let role = participants.iter().find(|(p, _)| p == r).map(|(_, role)| *role);
                                if matches!(role, Some(Role::Expert | Role::Informant))
                                    || it.category != Category::General
                                {
                                    prop_assert!(motivation.is_some());
                                }
                            }
                        }
                        Op::Withdraw(_) => prop_assert!(false, "withdrawal changed a cell"),
                    }
                    // A released cell of a withdrawn item is never rewritten.
                    if old.is_released() {
                        prop_assert!(!withdrawn.contains(&it.id));
                    }
                }
            }
            for r in &people {
                for i in matrix.released_to(*r) {
                    prop_assert!(!withdrawn.contains(&i));
                    prop_assert!(matrix.decision(i, *r).is_released());
                }
            }
            // Who already received a withdrawn item stays on record.
            for (i, r) in before.received_before_withdrawal() {
                prop_assert!(matrix.received_before_withdrawal().contains(&(i, r)));
            }
        }
    }
}

/// Seed 004 art. 6.4b: mostly a scope naming some participants; sometimes a consent
/// recorded before scopes existed.
fn random_scope(dice: &mut Dice, pids: &[ParticipantId]) -> ConsentScope {
    if dice.chance(10) {
        return ConsentScope::Unconfirmed;
    }
    ConsentScope::Given {
        recipients: pids.iter().copied().filter(|_| dice.chance(75)).collect(),
        purpose: Prose::parse("Hulp afstemmen", Field::ConsentPurpose, 100).unwrap(),
    }
}

/// Seed 004 art. 6.4b, an oracle independent of `check_release_scope`: a release of an item
/// on consent to `recipient` needs, for every subject of the item, a standing consent whose
/// scope names the recipient.
fn within_consent_scope(item: &ItemRecord, recipient: ParticipantId) -> bool {
    match &item.basis {
        Some(Basis::Consent { records, .. }) => item.subjects.iter().all(|s| {
            records
                .iter()
                .any(|r| r.subject == *s && r.withdrawn.is_none() && r.scope.covers(recipient))
        }),
        _ => true,
    }
}

fn label(s: &str) -> Label {
    Label::parse(s, Field::Name).unwrap()
}

/// A random meeting: mostly sensible so that both outcomes of `finalize` occur.
fn random_record(bytes: &[u8]) -> MeetingRecord {
    let mut dice = Dice::new(bytes);
    let date = day(2026, 11, 24);
    let meeting = Meeting {
        id: MeetingId::new(),
        case_label: label("Casus"),
        date,
        purpose: Prose::parse("Doel", Field::Purpose, 100).unwrap(),
        criteria: Some(
            Prose::parse(
                "Zorgen over de veiligheid thuis; meerdere hulpverleners.",
                Field::Criteria,
                100,
            )
            .unwrap(),
        ),
        family_present: false,
        family_absence_reason: Some(
            Prose::parse(
                "De moeder wil eerst zelf met de school praten.",
                Field::FamilyAbsenceReason,
                100,
            )
            .unwrap(),
        ),
        anonymous: false,
        created_at: Utc::now(),
    };
    let n_participants = 1 + dice.roll(4);
    let participants: Vec<ParticipantRecord> = (0..n_participants)
        .map(|i| {
            let lead = if i == 0 {
                dice.chance(85)
            } else {
                dice.chance(5)
            };
            let role = if lead {
                Role::CaseLead
            } else {
                ROLES[1 + dice.roll(4)]
            };
            ParticipantRecord {
                participant: Participant {
                    id: ParticipantId::new(),
                    meeting_id: meeting.id,
                    name: label("Deelnemer"),
                    organisation: label("Organisatie"),
                    function: None,
                    phone: None,
                    email: None,
                    role,
                    expertise_only: false,
                },
                organisation_type: OrganisationType::ALL[dice.roll(OrganisationType::ALL.len())],
                secrecy: dice.chance(70),
                pledged_at: dice.chance(92).then(Utc::now),
                attendance: domain::Attendance::Present,
                complaint_route: None,
            }
        })
        .collect();
    let relations = [
        Relation::Youth,
        Relation::Parent,
        Relation::Guardian,
        Relation::Other,
    ];
    let subjects: Vec<SubjectRecord> = (0..dice.roll(3))
        .map(|_| {
            let relation = relations[dice.roll(relations.len())];
            SubjectRecord {
                subject: Subject {
                    id: SubjectId::new(),
                    meeting_id: meeting.id,
                    relation,
                    name: None,
                    birth_date: dice
                        .chance(70)
                        .then(|| date - chrono::Duration::days(dice.roll(50 * 365) as i64)),
                    parental_authority: relation.can_hold_authority() && dice.chance(80),
                    has_secret_address: false,
                    language: domain::FamilyLanguage::default(),
                },
                present: dice.chance(50),
            }
        })
        .collect();
    let pids: Vec<ParticipantId> = participants.iter().map(|p| p.participant.id).collect();
    let sids: Vec<SubjectId> = subjects.iter().map(|s| s.subject.id).collect();
    let items: Vec<ItemRecord> = (0..dice.roll(4))
        .map(|_| {
            let contributor = &participants[dice.roll(participants.len())];
            let about: Vec<SubjectId> = sids.iter().copied().filter(|_| dice.chance(40)).collect();
            let basis = match dice.roll(5) {
                0 => None,
                1 => {
                    let own = contributor.organisation_type.legal_bases();
                    Some(Basis::Legal(if !own.is_empty() && dice.chance(80) {
                        own[dice.roll(own.len())]
                    } else {
                        LegalBasis::ALL[dice.roll(LegalBasis::ALL.len())]
                    }))
                }
                2 => Some(Basis::ConflictOfDuties {
                    answers: FourQuestions {
                        legitimate_purpose: dice.chance(90),
                        only_way: dice.chance(90),
                        consent_asked_or_impossible: dice.chance(90),
                        child_interest_outweighs: dice.chance(90),
                    },
                    motivation: motivation(),
                }),
                _ => {
                    let mut records = Vec::new();
                    for s in &about {
                        if dice.chance(85) {
                            records.push(ConsentRecord {
                                subject: *s,
                                given_by: Consenter::Subject,
                                method: ConsentMethod::Verbal,
                                at: Utc::now(),
                                withdrawn: dice.chance(10).then(Utc::now),
                                scope: random_scope(&mut dice, &pids),
                            });
                        }
                        if dice.chance(60) {
                            records.push(ConsentRecord {
                                subject: *s,
                                given_by: Consenter::OtherAuthority {
                                    name: label("Voogd"),
                                },
                                method: ConsentMethod::Written,
                                at: Utc::now(),
                                withdrawn: None,
                                scope: random_scope(&mut dice, &pids),
                            });
                        }
                    }
                    Some(Basis::Consent {
                        records,
                        not_competent: vec![],
                    })
                }
            };
            ItemRecord {
                item: Item {
                    id: ItemId::new(),
                    meeting_id: meeting.id,
                    contributor: contributor.participant.id,
                    text: Prose::parse("Inbreng", Field::ItemText, 100).unwrap(),
                    kind: Kind::Fact,
                    category: CATEGORIES[dice.roll(3)],
                    source: domain::Source::unknown(),
                    created_at: Utc::now(),
                },
                subjects: about,
                basis,
                wall: None,
            }
        })
        .collect();
    let iids: Vec<ItemId> = items.iter().map(|i| i.item.id).collect();
    let actions: Vec<Action> = (0..dice.roll(3))
        .map(|_| Action {
            id: ActionId::new(),
            who: if dice.chance(95) {
                pids[dice.roll(pids.len())]
            } else {
                ParticipantId::new()
            },
            what: Prose::parse("Actie", Field::ActionWhat, 100).unwrap(),
            due: date + chrono::Duration::days(dice.roll(60) as i64 - 3),
            relies_on: iids.iter().copied().filter(|_| dice.chance(30)).collect(),
            for_family: match dice.roll(3) {
                0 => ForFamily::Unchecked,
                1 => ForFamily::Checked,
                _ => ForFamily::NotForFamily {
                    motivation: motivation(),
                },
            },
            condition: None,
            decision: None,
        })
        .collect();
    let notifications: Vec<FamilyNotification> = (0..dice.roll(3))
        .map(|_| FamilyNotification {
            id: NotificationId::new(),
            about: if dice.chance(50) {
                NotificationScope::WholeFamily
            } else {
                NotificationScope::Subjects(
                    sids.iter().copied().filter(|_| dice.chance(60)).collect(),
                )
            },
            informer: if dice.chance(95) {
                pids[dice.roll(pids.len())]
            } else {
                ParticipantId::new()
            },
            method: NotificationMethod::Letter,
            timing: if dice.chance(30) {
                NotificationTiming::Postponed {
                    ground: PostponeGround::Safety,
                    motivation: motivation(),
                    review_date: date + chrono::Duration::days(40),
                }
            } else {
                NotificationTiming::Beforehand
            },
            done_on: None,
            lifted_on: dice.chance(30).then_some(date),
        })
        .collect();
    let retention_until = match dice.roll(10) {
        0 => None,
        1 => Some(date),
        _ => default_retention(date),
    };
    let mut record = MeetingRecord {
        meeting,
        subjects,
        participants,
        items,
        actions,
        releases: ReleaseMatrix::new(),
        notifications,
        retention_until,
        carried_over: vec![],
        decisions: vec![],
        dissents: vec![],
        purpose_for_family: dice.chance(50),
        voices: Vec::new(),
        minutes: domain::Minutes::default(),
    };
    // Answer most cells the way the chair would, through `decide` (errors are fine).
    let cells: Vec<(ItemRecord, Action)> = record
        .items
        .iter()
        .flat_map(|i| record.actions.iter().map(move |a| (i.clone(), a.clone())))
        .collect();
    for (item, action) in cells {
        if !dice.chance(85) {
            continue;
        }
        let choice = if dice.chance(50) {
            ReleaseChoice::Release {
                action: action.id,
                motivation: Some(motivation()),
            }
        } else {
            ReleaseChoice::StayInMeeting
        };
        let _ = record.decide_release(ReleaseRequest {
            item: item.item.id,
            recipient: action.who,
            decided_by: item.item.contributor,
            at: Utc::now(),
            choice,
        });
    }
    record
}

proptest! {
    #[test]
    fn r13_finalize_is_ok_exactly_when_the_checklist_is_empty(
        bytes in prop::collection::vec(any::<u8>(), 0..300)
    ) {
        let record = random_record(&bytes);
        let open = checklist(&record);
        match finalize(&record, Utc::now()) {
            Ok(done) => {
                prop_assert!(open.is_empty());
                prop_assert_eq!(done.record(), &record);
                prop_assert_eq!(ensure_editable(done.state()), Err(DomainError::MeetingFinalized));
                // What the checklist promised holds for the finalized meeting.
                let leads = record.participants.iter().filter(|p| p.participant.role == Role::CaseLead).count();
                prop_assert_eq!(leads, 1);
                prop_assert!(record.participants.iter().all(|p| p.pledged_at.is_some()));
                prop_assert!(record.items.iter().all(|i| i.basis.is_some()));
                prop_assert!(record.retention_until.is_some_and(|d| d > record.meeting.date));
                // Seed 004 art. 6.4b: no release outside consent scope.
                for item in &record.items {
                    for to in record.releases.recipients_of(item.item.id) {
                        prop_assert!(within_consent_scope(item, to), "release outside consent scope");
                    }
                }
                // R7/R8: no item rests on consent without the entitled consents on record:
                // it is about at least one subject, and for each of them every party R8
                // entitles on the meeting date consented and none withdrew.
                for item in &record.items {
                    if let Some(Basis::Consent { records, not_competent }) = &item.basis {
                        prop_assert!(!item.subjects.is_empty(), "consent about nobody");
                        let contributor = record.participants.iter()
                            .find(|p| p.participant.id == item.item.contributor).unwrap();
                        let subjects: Vec<Subject> =
                            record.subjects.iter().map(|s| s.subject.clone()).collect();
                        for id in &item.subjects {
                            let s = subjects.iter().find(|s| s.id == *id).unwrap();
                            let competence = if not_competent.contains(id) {
                                Competence::NotCompetent
                            } else {
                                Competence::Competent
                            };
                            let required = entitled_to_consent(
                                s.relation, s.birth_date, record.meeting.date,
                                contributor.organisation_type.wgbo_applies(), competence);
                            prop_assert!(consent_complete(required, *id, records, &subjects));
                        }
                    }
                }
            }
            Err(points) => {
                prop_assert!(!open.is_empty());
                prop_assert_eq!(points, open);
            }
        }
    }
}

proptest! {
    /// R12/AVG art. 23 and R14c: no letter exists for an addressee whose notification is
    /// postponed (and not lifted), and an action marked "niet voor het gezin" is in no
    /// letter.
    #[test]
    fn r12_r14c_no_letter_for_postponed_and_no_hidden_action_in_any_letter(
        bytes in prop::collection::vec(any::<u8>(), 0..300)
    ) {
        let record = random_record(&bytes);
        let printed = record.meeting.date;
        for decision in letter_addressees(&record) {
            let to = decision.addressee();
            let letter = FamilyLetterData::build(&record, to, printed);
            let withheld = match to {
                Addressee::Member(s) => record.notifications.iter().any(|n| n.withholds() && n.covers(s)),
                Addressee::Family => record.notifications.iter().any(|n| n.withholds()),
            };
            prop_assert_eq!(withheld, matches!(decision, AddresseeLetter::Postponed { .. }));
            if withheld {
                prop_assert!(letter.is_none());
            }
            if let Some(letter) = letter {
                let shown = record.actions.iter().filter(|a| !matches!(a.for_family, ForFamily::NotForFamily { .. })).count();
                prop_assert_eq!(letter.actions.len(), shown);
                for (a, l) in record.actions.iter().filter(|a| !matches!(a.for_family, ForFamily::NotForFamily { .. })).zip(&letter.actions) {
                    prop_assert_eq!(l.what.is_some(), a.for_family == ForFamily::Checked);
                }
            }
        }
    }
}

/// Seed 004 art. 6.4b: a small meeting where consent scopes decide: a contributor, three
/// possible recipients each with an action, adult family members who consent for
/// themselves; the consents name random recipients (or none: recorded before scopes).
fn scoped_record(bytes: &[u8]) -> MeetingRecord {
    let mut dice = Dice::new(bytes);
    let mut record = random_record(&[]);
    record.items.clear();
    record.actions.clear();
    record.subjects.clear();
    record.participants.clear();
    let meeting_id = record.meeting.id;
    for i in 0..4 {
        record.participants.push(ParticipantRecord {
            participant: Participant {
                id: ParticipantId::new(),
                meeting_id,
                name: label("Deelnemer"),
                organisation: label("Organisatie"),
                function: None,
                phone: None,
                email: None,
                role: if i == 1 {
                    Role::CaseLead
                } else {
                    Role::ContentRole
                },
                expertise_only: false,
            },
            organisation_type: OrganisationType::Wijkteam,
            secrecy: true,
            pledged_at: Some(Utc::now()),
            attendance: domain::Attendance::Present,
            complaint_route: None,
        });
    }
    let pids: Vec<ParticipantId> = record
        .participants
        .iter()
        .map(|p| p.participant.id)
        .collect();
    for _ in 0..2 {
        record.subjects.push(SubjectRecord {
            subject: Subject {
                id: SubjectId::new(),
                meeting_id,
                relation: Relation::Parent,
                name: None,
                birth_date: None,
                parental_authority: true,
                has_secret_address: false,
                language: domain::FamilyLanguage::default(),
            },
            present: true,
        });
    }
    let sids: Vec<SubjectId> = record.subjects.iter().map(|s| s.subject.id).collect();
    let about: Vec<SubjectId> = if dice.chance(50) {
        sids.clone()
    } else {
        vec![sids[0]]
    };
    let mut records = Vec::new();
    for s in &about {
        for _ in 0..1 + dice.roll(2) {
            records.push(ConsentRecord {
                subject: *s,
                given_by: Consenter::Subject,
                method: ConsentMethod::Written,
                at: Utc::now(),
                withdrawn: dice.chance(5).then(Utc::now),
                scope: random_scope(&mut dice, &pids),
            });
        }
    }
    let item = ItemId::new();
    record.items.push(ItemRecord {
        item: Item {
            id: item,
            meeting_id,
            contributor: pids[0],
            text: Prose::parse("Inbreng", Field::ItemText, 100).unwrap(),
            kind: Kind::Fact,
            category: Category::General,
            created_at: Utc::now(),
            source: domain::Source::unknown(),
        },
        subjects: about,
        basis: Some(Basis::Consent {
            records,
            not_competent: vec![],
        }),
        wall: None,
    });
    for who in &pids[1..] {
        let action = Action {
            id: ActionId::new(),
            who: *who,
            what: Prose::parse("Actie", Field::ActionWhat, 100).unwrap(),
            due: record.meeting.date + chrono::Duration::days(7),
            relies_on: vec![],
            for_family: ForFamily::Unchecked,
            condition: None,
            decision: None,
        };
        record.actions.push(action.clone());
        let _ = record.decide_release(ReleaseRequest {
            item,
            recipient: *who,
            decided_by: pids[0],
            at: Utc::now(),
            choice: ReleaseChoice::Release {
                action: action.id,
                motivation: None,
            },
        });
    }
    record
}

proptest! {
    #[test]
    fn r9_no_release_outside_consent_scope(
        bytes in prop::collection::vec(any::<u8>(), 0..64)
    ) {
        // Every release was attempted through `decide_release`: none lies outside scope,
        // and whoever the consents do reach got the item.
        let record = scoped_record(&bytes);
        let item = &record.items[0];
        let released = record.releases.recipients_of(item.item.id);
        let basis_holds = matches!(record.check_item_basis(item), Some(Ok(())));
        for p in &record.participants[1..] {
            let to = p.participant.id;
            if released.contains(&to) {
                prop_assert!(within_consent_scope(item, to), "release outside consent scope");
            } else if basis_holds {
                prop_assert!(!within_consent_scope(item, to), "release within scope refused");
            }
        }
    }
}

/// Both outcomes of `finalize` actually occur among the random records.
#[test]
fn r13_random_records_cover_both_outcomes() {
    let mut ok = 0;
    let mut err = 0;
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    for _ in 0..400 {
        let bytes: Vec<u8> = (0..300)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                (state >> 24) as u8
            })
            .collect();
        match finalize(&random_record(&bytes), Utc::now()) {
            Ok(_) => ok += 1,
            Err(_) => err += 1,
        }
    }
    assert!(ok > 0 && err > 0, "ok {ok}, err {err}");
}
