//! R20: data breaches. The breach register records when a breach was discovered and
//! what it concerns; the partners must be told within 24 hours of that moment (seed 004
//! art. 8.6). Per meeting concerned the chair sees whom to inform: every organisation that
//! brought data in or received data, and the family members (seed 004 art. 8.4: the
//! responsible partner informs the people concerned). The impact per organisation (which
//! categories of data about how many family members it received through releases, R9)
//! stays available for the short list to the partners.

use crate::{BreachId, Category, DomainError, Field, MeetingId, OrganisationType, Prose, Relation};
use chrono::{DateTime, Duration, Months, NaiveDate, Utc};
use serde::Serialize;

/// R20: partners hear of a breach within 24 hours of its discovery (seed 004 art. 8.6).
pub const PARTNER_DEADLINE_HOURS: i64 = 24;
/// R20: the short description of a breach.
pub const BREACH_DESCRIPTION_MAX_CHARS: usize = 500;
/// R20: a breach record is kept this many years after its discovery, then destroyed like
/// an expired meeting (R15). The register is the chair's accountability (AVG art. 33.5),
/// so it outlives the meetings it names.
pub const BREACH_RECORD_YEARS: u32 = 5;
/// A laptop clock may run a little behind the chair's watch.
const CLOCK_SKEW_MINUTES: i64 = 5;

/// R20: what the chair types when registering a breach.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BreachInput {
    /// When the breach was discovered, RFC 3339 with offset (`2026-12-04T09:30:00+01:00`).
    pub discovered_at: String,
    /// What happened, in a few words (no need for names: the lists come from the store).
    pub description: String,
    /// `None`: the whole store (e.g. a lost laptop); else the one meeting concerned.
    pub meeting: Option<MeetingId>,
}

/// R20: one entry of the breach register.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BreachRecord {
    /// Its id.
    pub id: BreachId,
    /// When the breach was discovered.
    pub discovered_at: DateTime<Utc>,
    /// A short description, without personal data.
    pub description: Prose,
    /// `None`: every meeting in the store.
    pub meeting: Option<MeetingId>,
    /// When the chair told the partners (R20, seed 004 art. 8.6).
    pub partners_informed_at: Option<DateTime<Utc>>,
}

/// R20: where the 24-hour term to tell the partners stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartnerClock {
    /// Still open: this many whole minutes left.
    Running {
        /// Whole minutes left.
        minutes_left: i64,
    },
    /// Not told and the 24 hours have passed, by this many whole minutes.
    Overdue {
        /// Whole minutes past the 24 hours.
        minutes_over: i64,
    },
    /// Told, within the 24 hours or after them.
    Informed {
        /// When the partners were told.
        at: DateTime<Utc>,
        /// Whether that was within the 24 hours.
        in_time: bool,
    },
}

fn parse_moment(raw: &str, field: Field) -> Result<DateTime<Utc>, DomainError> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err(DomainError::Empty { field });
    }
    let at = DateTime::parse_from_rfc3339(raw)
        .map_err(|_| DomainError::InvalidDate { field })?
        .with_timezone(&Utc);
    let first = NaiveDate::from_ymd_opt(2000, 1, 1)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|d| d.and_utc());
    if first.is_some_and(|f| at < f) {
        return Err(DomainError::DateOutOfRange { field });
    }
    Ok(at)
}

/// Not after `now` (allowing a few minutes of clock skew).
fn not_in_future(at: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    at <= now + Duration::minutes(CLOCK_SKEW_MINUTES)
}

impl BreachRecord {
    /// R20: a new breach: the discovery moment is required and may not lie in the future;
    /// the description is short plain text.
    pub fn register(input: &BreachInput, now: DateTime<Utc>) -> Result<Self, DomainError> {
        let discovered_at = parse_moment(&input.discovered_at, Field::DiscoveredAt)?;
        if !not_in_future(discovered_at, now) {
            return Err(DomainError::MomentInFuture {
                field: Field::DiscoveredAt,
            });
        }
        let description = Prose::parse(
            input.description.trim(),
            Field::BreachDescription,
            BREACH_DESCRIPTION_MAX_CHARS,
        )?;
        Ok(Self {
            id: BreachId::new(),
            discovered_at,
            description,
            meeting: input.meeting,
            partners_informed_at: None,
        })
    }

    /// R20: discovery + 24 hours (seed 004 art. 8.6).
    pub fn deadline(&self) -> DateTime<Utc> {
        self.discovered_at + Duration::hours(PARTNER_DEADLINE_HOURS)
    }

    /// R20: where the term stands at `now`.
    pub fn clock(&self, now: DateTime<Utc>) -> PartnerClock {
        let deadline = self.deadline();
        match self.partners_informed_at {
            Some(at) => PartnerClock::Informed {
                at,
                in_time: at <= deadline,
            },
            None if now <= deadline => PartnerClock::Running {
                minutes_left: (deadline - now).num_minutes(),
            },
            None => PartnerClock::Overdue {
                minutes_over: (now - deadline).num_minutes(),
            },
        }
    }

    /// R20: the chair told the partners at `raw` (RFC 3339; empty: now). Once only; not
    /// before the discovery and not in the future.
    pub fn partners_informed(&mut self, raw: &str, now: DateTime<Utc>) -> Result<(), DomainError> {
        if self.partners_informed_at.is_some() {
            return Err(DomainError::PartnersAlreadyInformed);
        }
        let at = if raw.trim().is_empty() {
            now
        } else {
            parse_moment(raw, Field::PartnersInformedAt)?
        };
        if !not_in_future(at, now) {
            return Err(DomainError::MomentInFuture {
                field: Field::PartnersInformedAt,
            });
        }
        if at < self.discovered_at {
            return Err(DomainError::InformedBeforeDiscovery);
        }
        self.partners_informed_at = Some(at);
        Ok(())
    }

    /// The meetings concerned.
    pub fn scope(&self) -> BreachScope {
        match self.meeting {
            None => BreachScope::All,
            Some(m) => BreachScope::Meetings(vec![m]),
        }
    }

    /// R20 × R15: the moment after which this record is destroyed.
    pub fn destroy_after(&self) -> DateTime<Utc> {
        self.discovered_at
            .checked_add_months(Months::new(12 * BREACH_RECORD_YEARS))
            .unwrap_or(DateTime::<Utc>::MAX_UTC)
    }
}

/// R20: one participant of a meeting as the breach lists need it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BreachParticipantFact {
    /// The organisation as entered.
    pub organisation: String,
    /// Its type.
    pub organisation_type: OrganisationType,
    /// Brought at least one item into the meeting (R5).
    pub contributed: bool,
    /// Received at least one released item (R9).
    pub received: bool,
}

/// R20: one family member of a meeting (no name in an anonymous meeting, R4).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BreachSubjectFact {
    /// The name; `None` in an anonymous meeting.
    pub name: Option<String>,
    /// The relation to the family.
    pub relation: Relation,
}

/// R20: what the store knows of one meeting concerned by a breach.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BreachMeetingFacts {
    /// The meeting's id.
    pub meeting: MeetingId,
    /// The meeting's reference.
    pub reference: String,
    /// The case label as the chair typed it (this list is for the chair only).
    pub case_label: String,
    /// The day of the meeting.
    pub date: NaiveDate,
    /// Whether it was held anonymously (R4).
    pub anonymous: bool,
    /// Its participants.
    pub participants: Vec<BreachParticipantFact>,
    /// Its family members.
    pub subjects: Vec<BreachSubjectFact>,
}

/// R20: an organisation to tell, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OrganisationToInform {
    /// The organisation as entered.
    pub organisation: String,
    #[serde(serialize_with = "org_type_code")]
    /// Its type.
    pub organisation_type: OrganisationType,
    /// Its people brought data into the meeting.
    pub contributed: bool,
    /// Its people received data from the meeting.
    pub received: bool,
}

/// R20: a family member to inform (seed 004 art. 8.4).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FamilyMemberToInform {
    /// `None` in an anonymous meeting: no name is on this laptop.
    pub name: Option<String>,
    /// The relation to the family.
    pub relation: Relation,
}

/// R20: per meeting, whom to inform.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MeetingToInform {
    /// The meeting's id.
    pub meeting: MeetingId,
    /// The meeting's reference.
    pub reference: String,
    /// The case label as the chair typed it.
    pub case_label: String,
    /// The day of the meeting.
    pub date: NaiveDate,
    /// Whether it was held anonymously (R4).
    pub anonymous: bool,
    /// The organisations to tell.
    pub organisations: Vec<OrganisationToInform>,
    /// The family members to inform.
    pub family: Vec<FamilyMemberToInform>,
}

/// R20: whom to inform about one meeting on a breached store: every organisation whose
/// people brought data in (seed 002: the contributor keeps control, so their data leaked)
/// or took data out (R9), once per organisation with both roles marked; and every family
/// member the meeting is about (seed 004 art. 8.4). Organisations only at the table are
/// not listed: none of their data was brought in.
pub fn who_to_inform(facts: &BreachMeetingFacts) -> MeetingToInform {
    let mut organisations: Vec<OrganisationToInform> = Vec::new();
    for p in facts
        .participants
        .iter()
        .filter(|p| p.contributed || p.received)
    {
        match organisations.iter_mut().find(|o| {
            o.organisation == p.organisation && o.organisation_type == p.organisation_type
        }) {
            Some(o) => {
                o.contributed |= p.contributed;
                o.received |= p.received;
            }
            None => organisations.push(OrganisationToInform {
                organisation: p.organisation.clone(),
                organisation_type: p.organisation_type,
                contributed: p.contributed,
                received: p.received,
            }),
        }
    }
    organisations.sort_by(|a, b| {
        (a.organisation.to_lowercase(), a.organisation_type)
            .cmp(&(b.organisation.to_lowercase(), b.organisation_type))
    });
    let family = facts
        .subjects
        .iter()
        .map(|s| FamilyMemberToInform {
            name: if facts.anonymous {
                None
            } else {
                s.name.clone()
            },
            relation: s.relation,
        })
        .collect();
    MeetingToInform {
        meeting: facts.meeting,
        reference: facts.reference.clone(),
        case_label: facts.case_label.clone(),
        date: facts.date,
        anonymous: facts.anonymous,
        organisations,
        family,
    }
}

/// Which meetings a breach concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BreachScope {
    /// Every meeting in the store.
    All,
    /// These meetings (unknown ids simply match nothing).
    Meetings(Vec<crate::MeetingId>),
}

/// One category of data an organisation received.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CategoryImpact {
    /// The category.
    pub category: Category,
    /// Released items of this category (each item counted once per organisation).
    pub items: u64,
    /// Distinct family members those items are about.
    pub subjects: u64,
}

/// Everything one partner organisation received.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OrganisationImpact {
    /// The organisation as entered for its participants.
    pub organisation: String,
    #[serde(serialize_with = "org_type_code")]
    /// Its type.
    pub organisation_type: OrganisationType,
    /// Meetings in which it received something.
    pub meetings: u64,
    /// Participants of that organisation who received something.
    pub recipients: u64,
    /// Distinct family members over all categories.
    pub subjects: u64,
    /// Only categories with at least one item, in the order general, special, criminal.
    pub categories: Vec<CategoryImpact>,
}

/// R20: the list to send to the partners.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BreachImpact {
    /// Meetings looked at.
    pub meetings: u64,
    /// Organisations that received released items, by name.
    pub organisations: Vec<OrganisationImpact>,
    /// R18: how far the audit log had come when the list was made ("Logboek #N" on the
    /// PDF; not part of the list the partners receive as data).
    #[serde(skip)]
    pub audit_position: i64,
}

/// The stable code of a category (JSON, CSV).
pub fn category_code_of(c: Category) -> &'static str {
    match c {
        Category::General => "general",
        Category::Special => "special",
        Category::Criminal => "criminal",
    }
}

fn org_type_code<S: serde::Serializer>(t: &OrganisationType, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(t.code())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(raw: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(raw)
            .unwrap()
            .with_timezone(&Utc)
    }

    fn input(discovered: &str) -> BreachInput {
        BreachInput {
            discovered_at: discovered.into(),
            description: "Laptop kwijt in de trein".into(),
            meeting: None,
        }
    }

    #[test]
    fn r20_partners_must_hear_within_24_hours_of_discovery() {
        let now = at("2026-12-04T12:00:00+01:00");
        let b = BreachRecord::register(&input("2026-12-04T09:30:00+01:00"), now).unwrap();
        assert_eq!(b.deadline(), at("2026-12-05T09:30:00+01:00"));
        assert_eq!(
            b.clock(now),
            PartnerClock::Running {
                minutes_left: 21 * 60 + 30
            }
        );
        assert_eq!(
            b.clock(at("2026-12-05T10:30:00+01:00")),
            PartnerClock::Overdue { minutes_over: 60 }
        );
        assert_eq!(b.scope(), BreachScope::All);
    }

    #[test]
    fn r20_discovery_is_required_and_not_in_the_future() {
        let now = at("2026-12-04T12:00:00Z");
        assert_eq!(
            BreachRecord::register(&input(""), now),
            Err(DomainError::Empty {
                field: Field::DiscoveredAt
            })
        );
        assert_eq!(
            BreachRecord::register(&input("gisteren"), now),
            Err(DomainError::InvalidDate {
                field: Field::DiscoveredAt
            })
        );
        assert_eq!(
            BreachRecord::register(&input("2026-12-04T13:00:00Z"), now),
            Err(DomainError::MomentInFuture {
                field: Field::DiscoveredAt
            })
        );
        // A few minutes of clock skew are allowed.
        assert!(BreachRecord::register(&input("2026-12-04T12:03:00Z"), now).is_ok());
        let mut no_text = input("2026-12-04T11:00:00Z");
        no_text.description = "  ".into();
        assert_eq!(
            BreachRecord::register(&no_text, now),
            Err(DomainError::Empty {
                field: Field::BreachDescription
            })
        );
        no_text.description = "x".repeat(BREACH_DESCRIPTION_MAX_CHARS + 1);
        assert!(matches!(
            BreachRecord::register(&no_text, now),
            Err(DomainError::TooLong {
                field: Field::BreachDescription,
                ..
            })
        ));
    }

    #[test]
    fn r20_partners_informed_once_after_discovery_and_in_time_or_late() {
        let now = at("2026-12-04T12:00:00Z");
        let mut b = BreachRecord::register(&input("2026-12-04T09:00:00Z"), now).unwrap();
        assert_eq!(
            b.partners_informed("2026-12-04T08:00:00Z", now),
            Err(DomainError::InformedBeforeDiscovery)
        );
        assert_eq!(
            b.partners_informed("2026-12-05T08:00:00Z", now),
            Err(DomainError::MomentInFuture {
                field: Field::PartnersInformedAt
            })
        );
        b.partners_informed("", now).unwrap();
        assert_eq!(
            b.clock(at("2026-12-09T00:00:00Z")),
            PartnerClock::Informed {
                at: now,
                in_time: true
            }
        );
        assert_eq!(
            b.partners_informed("", now),
            Err(DomainError::PartnersAlreadyInformed)
        );
        let later = at("2026-12-06T12:00:00Z");
        let mut late = BreachRecord::register(&input("2026-12-04T09:00:00Z"), later).unwrap();
        late.partners_informed("", later).unwrap();
        assert!(matches!(
            late.clock(later),
            PartnerClock::Informed { in_time: false, .. }
        ));
    }

    #[test]
    fn r20_breach_record_is_kept_five_years() {
        let now = at("2026-12-04T12:00:00Z");
        let b = BreachRecord::register(&input("2026-12-04T09:00:00Z"), now).unwrap();
        assert_eq!(b.destroy_after(), at("2031-12-04T09:00:00Z"));
    }

    fn participant(org: &str, t: OrganisationType, c: bool, r: bool) -> BreachParticipantFact {
        BreachParticipantFact {
            organisation: org.into(),
            organisation_type: t,
            contributed: c,
            received: r,
        }
    }

    #[test]
    fn r20_lists_contributing_and_receiving_organisations_and_every_family_member() {
        use OrganisationType as O;
        let facts = BreachMeetingFacts {
            meeting: MeetingId::new(),
            reference: "CO-20260310-abcdef".into(),
            case_label: "Gezin El Amrani".into(),
            date: NaiveDate::from_ymd_opt(2026, 3, 10).unwrap(),
            anonymous: false,
            participants: vec![
                // Brought data in, received nothing: affected too.
                participant("Basisschool De Regenboog", O::Onderwijs, true, false),
                participant("Wijkteam Noord", O::Wijkteam, false, true),
                // A second person of the same organisation: one line, both roles.
                participant("Wijkteam Noord", O::Wijkteam, true, false),
                // Only at the table: none of its data is in the meeting.
                participant("Politie Haaglanden", O::Politie, false, false),
            ],
            subjects: vec![
                BreachSubjectFact {
                    name: Some("Fatima El Amrani-Verhoeven".into()),
                    relation: Relation::Parent,
                },
                BreachSubjectFact {
                    name: Some("Noah El Amrani".into()),
                    relation: Relation::Youth,
                },
            ],
        };
        let list = who_to_inform(&facts);
        assert_eq!(
            list.organisations,
            vec![
                OrganisationToInform {
                    organisation: "Basisschool De Regenboog".into(),
                    organisation_type: O::Onderwijs,
                    contributed: true,
                    received: false,
                },
                OrganisationToInform {
                    organisation: "Wijkteam Noord".into(),
                    organisation_type: O::Wijkteam,
                    contributed: true,
                    received: true,
                },
            ]
        );
        assert_eq!(
            list.family
                .iter()
                .map(|f| f.name.as_deref())
                .collect::<Vec<_>>(),
            [Some("Fatima El Amrani-Verhoeven"), Some("Noah El Amrani")]
        );
        // Anonymous meeting (R4): the family is counted by relation, never named.
        let anonymous = who_to_inform(&BreachMeetingFacts {
            anonymous: true,
            ..facts
        });
        assert!(anonymous.family.iter().all(|f| f.name.is_none()));
        assert_eq!(anonymous.family.len(), 2);
    }
}
