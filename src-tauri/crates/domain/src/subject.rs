use crate::meeting::parse_date;
use crate::{DomainError, Field, Label, MeetingId, Prose, SubjectId};
use chrono::NaiveDate;
use std::fmt;

/// Longest secret address, in characters (street, number, postcode, town; a few lines).
pub const SECRET_ADDRESS_MAX_CHARS: usize = 500;

/// How a family member relates to the case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum Relation {
    /// Jeugdige.
    Youth,
    /// Ouder.
    Parent,
    /// Verzorger.
    Carer,
    /// Voogd.
    Guardian,
    /// Overig.
    Other,
}

impl Relation {
    /// R8: only a parent, carer or guardian can hold parental authority (gezag) over the
    /// youths of the case (seed 003 §3.2a: "ouders of gezaghebbende (voogd of verzorger)").
    pub fn can_hold_authority(self) -> bool {
        matches!(
            self,
            Relation::Parent | Relation::Carer | Relation::Guardian
        )
    }

    /// R8: who may be recorded as consenting on behalf of another subject: any family
    /// member but the young person. Whether such a consent counts is decided by
    /// [`crate::consent_status`] (only a holder of gezag).
    pub fn may_consent_for_another(self) -> bool {
        self != Relation::Youth
    }
}

/// R14/R21: a subject's secret address (geheim adres). Write-only towards the UI: it has no
/// `Display`, no `Serialize`, and its `Debug` is masked, so it cannot end up in a DTO, log,
/// error message or document by accident. Only the store reads it back ([`Self::expose`]).
#[derive(Clone, PartialEq, Eq)]
pub struct SecretAddress(String);

impl SecretAddress {
    /// Validates like any multi-line text; the value itself never appears in the error.
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        let prose = Prose::parse(raw, Field::SecretAddress, SECRET_ADDRESS_MAX_CHARS)?;
        Ok(Self(prose.as_str().to_owned()))
    }

    /// The plain value, for the encrypted store only.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for SecretAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretAddress(••••)")
    }
}

/// What the chair types to add a subject, unparsed.
#[derive(Debug, Clone)]
pub struct SubjectInput {
    /// The relation to the family.
    pub relation: Relation,
    /// The name, unparsed (may be empty in an anonymous meeting).
    pub name: String,
    /// ISO date `YYYY-MM-DD`, or empty when unknown.
    pub birth_date: String,
    /// R8: holds parental authority (gezag) over the youths of the case.
    pub parental_authority: bool,
}

/// A family member (betrokkene) the data is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subject {
    /// Its id.
    pub id: SubjectId,
    /// The meeting it belongs to.
    pub meeting_id: MeetingId,
    /// The relation to the family.
    pub relation: Relation,
    /// The name; `None` in an anonymous meeting.
    pub name: Option<Label>,
    /// The date of birth, if entered.
    pub birth_date: Option<NaiveDate>,
    /// R8: holds parental authority (gezag) over the youths of this case; only a parent,
    /// carer or guardian can. Under-16s' consent comes from the holders (seed 003 §3.2).
    pub parental_authority: bool,
    /// R14/R21: whether a secret address is stored. The address itself lives only in the
    /// encrypted store: it is written when set and never read back (never shown, never in
    /// a document), so no loaded meeting holds it in memory.
    pub has_secret_address: bool,
    /// R12: the language of this member's letter and whether an interpreter is needed;
    /// Dutch and no interpreter until the chair says otherwise.
    pub language: crate::FamilyLanguage,
}

impl Subject {
    /// Validates the input. In an anonymous meeting (R4) no name or birth date is stored;
    /// a birth date after the meeting date is a typo.
    pub fn create(
        id: SubjectId,
        meeting_id: MeetingId,
        input: &SubjectInput,
        anonymous: bool,
        meeting_date: NaiveDate,
    ) -> Result<Self, DomainError> {
        // Every fault of the form at once, each at its field.
        let mut errors = crate::FieldErrors::new();
        let name = errors.check(Label::parse_optional(&input.name, Field::Name));
        let birth_date = if input.birth_date.trim().is_empty() {
            Some(None)
        } else {
            errors
                .check(
                    parse_date(&input.birth_date, Field::BirthDate).or_else(|e| match e {
                        // Birth dates before 2000 are normal for parents.
                        DomainError::DateOutOfRange { .. } => parse_birth_date(&input.birth_date),
                        other => Err(other),
                    }),
                )
                .map(Some)
        };
        if anonymous && matches!(name, Some(Some(_))) {
            errors.push(DomainError::IdentifyingDataInAnonymousMeeting { field: Field::Name });
        }
        if anonymous && matches!(birth_date, Some(Some(_))) {
            errors.push(DomainError::IdentifyingDataInAnonymousMeeting {
                field: Field::BirthDate,
            });
        }
        if matches!(birth_date, Some(Some(b)) if b > meeting_date) {
            errors.push(DomainError::DateOutOfRange {
                field: Field::BirthDate,
            });
        }
        errors.check(check_authority(input.relation, input.parental_authority));
        let (name, birth_date) = errors.finish_with(name.zip(birth_date))?;
        Ok(Self {
            id,
            meeting_id,
            relation: input.relation,
            name,
            birth_date,
            parental_authority: input.parental_authority,
            has_secret_address: false,
            language: crate::FamilyLanguage::default(),
        })
    }

    /// R8: sets whether this subject holds parental authority (gezag).
    pub fn set_parental_authority(&mut self, holds: bool) -> Result<(), DomainError> {
        check_authority(self.relation, holds)?;
        self.parental_authority = holds;
        Ok(())
    }

    /// R4/R14: sets or clears the secret address. An anonymous meeting stores no address.
    pub fn set_secret_address(
        &mut self,
        address: Option<SecretAddress>,
        anonymous: bool,
    ) -> Result<(), DomainError> {
        if anonymous && address.is_some() {
            return Err(DomainError::IdentifyingDataInAnonymousMeeting {
                field: Field::SecretAddress,
            });
        }
        self.has_secret_address = address.is_some();
        Ok(())
    }
}

/// R8: a youth or "other" family member cannot hold gezag over the youths of the case.
fn check_authority(relation: Relation, holds: bool) -> Result<(), DomainError> {
    if holds && !relation.can_hold_authority() {
        Err(DomainError::AuthorityNotForRelation)
    } else {
        Ok(())
    }
}

fn parse_birth_date(raw: &str) -> Result<NaiveDate, DomainError> {
    let field = Field::BirthDate;
    let date = NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d")
        .map_err(|_| DomainError::InvalidDate { field })?;
    if date >= NaiveDate::from_ymd_opt(1900, 1, 1).ok_or(DomainError::InvalidDate { field })? {
        Ok(date)
    } else {
        Err(DomainError::DateOutOfRange { field })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn input(name: &str, birth: &str) -> SubjectInput {
        SubjectInput {
            relation: Relation::Parent,
            name: name.into(),
            birth_date: birth.into(),
            parental_authority: false,
        }
    }

    #[test]
    fn r8_everyone_but_the_young_person_may_be_recorded_consenting_for_another() {
        assert!(!Relation::Youth.may_consent_for_another());
        for r in [
            Relation::Parent,
            Relation::Carer,
            Relation::Guardian,
            Relation::Other,
        ] {
            assert!(r.may_consent_for_another(), "{r:?}");
        }
    }

    #[test]
    fn parents_born_before_2000_are_accepted() {
        let s = Subject::create(
            SubjectId::new(),
            MeetingId::new(),
            &input("Anna", "1985-03-01"),
            false,
            day(2026, 11, 24),
        )
        .unwrap();
        assert_eq!(s.birth_date, Some(day(1985, 3, 1)));
    }

    #[test]
    fn r4_anonymous_meeting_refuses_names_and_birth_dates() {
        let m = MeetingId::new();
        assert_eq!(
            Subject::create(
                SubjectId::new(),
                m,
                &input("Anna", ""),
                true,
                day(2026, 11, 24)
            ),
            Err(DomainError::IdentifyingDataInAnonymousMeeting { field: Field::Name })
        );
        assert_eq!(
            Subject::create(
                SubjectId::new(),
                m,
                &input("", "2015-01-01"),
                true,
                day(2026, 11, 24)
            ),
            Err(DomainError::IdentifyingDataInAnonymousMeeting {
                field: Field::BirthDate
            })
        );
        assert!(Subject::create(
            SubjectId::new(),
            m,
            &input(" ", ""),
            true,
            day(2026, 11, 24)
        )
        .is_ok());
    }

    #[test]
    fn birth_date_after_meeting_date_is_refused() {
        assert_eq!(
            Subject::create(
                SubjectId::new(),
                MeetingId::new(),
                &input("", "2026-11-25"),
                false,
                day(2026, 11, 24)
            ),
            Err(DomainError::DateOutOfRange {
                field: Field::BirthDate
            })
        );
        assert_eq!(
            Subject::create(
                SubjectId::new(),
                MeetingId::new(),
                &input("", "1899-12-31"),
                false,
                day(2026, 11, 24)
            ),
            Err(DomainError::DateOutOfRange {
                field: Field::BirthDate
            })
        );
    }

    #[test]
    fn r8_only_parents_carers_and_guardians_hold_gezag() {
        let m = MeetingId::new();
        let on = day(2026, 11, 24);
        for (relation, ok) in [
            (Relation::Parent, true),
            (Relation::Carer, true),
            (Relation::Guardian, true),
            (Relation::Youth, false),
            (Relation::Other, false),
        ] {
            let mut i = input("", "");
            i.relation = relation;
            i.parental_authority = true;
            let made = Subject::create(SubjectId::new(), m, &i, false, on);
            assert_eq!(made.is_ok(), ok, "{relation:?}");
            if !ok {
                assert_eq!(made, Err(DomainError::AuthorityNotForRelation));
            }
        }
        let mut s = Subject::create(SubjectId::new(), m, &input("", ""), false, on).unwrap();
        assert!(!s.parental_authority);
        s.set_parental_authority(true).unwrap();
        assert!(s.parental_authority);
    }

    #[test]
    fn r14_secret_address_is_masked_in_debug_output() {
        let a = SecretAddress::parse("Geheimstraat 1, 1234 AB Ergens").unwrap();
        let mut s = Subject::create(
            SubjectId::new(),
            MeetingId::new(),
            &input("Anna", ""),
            false,
            day(2026, 11, 24),
        )
        .unwrap();
        let debug = format!("{a:?}");
        assert!(!debug.contains("Geheimstraat"), "{debug}");
        s.set_secret_address(Some(a), false).unwrap();
        assert!(s.has_secret_address);
        assert!(!format!("{s:?}").contains("Geheimstraat"));
        let err = SecretAddress::parse("   ").unwrap_err();
        assert_eq!(
            err,
            DomainError::Empty {
                field: Field::SecretAddress
            }
        );
    }

    #[test]
    fn r4_anonymous_meeting_stores_no_secret_address() {
        let mut s = Subject::create(
            SubjectId::new(),
            MeetingId::new(),
            &input("", ""),
            true,
            day(2026, 11, 24),
        )
        .unwrap();
        assert_eq!(
            s.set_secret_address(Some(SecretAddress::parse("Straat 1").unwrap()), true),
            Err(DomainError::IdentifyingDataInAnonymousMeeting {
                field: Field::SecretAddress
            })
        );
        assert!(!s.has_secret_address);
        assert!(s.set_secret_address(None, true).is_ok());
    }
}
