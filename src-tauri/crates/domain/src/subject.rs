use crate::meeting::parse_date;
use crate::{DomainError, Field, Label, MeetingId, SubjectId};
use chrono::NaiveDate;

/// How a family member relates to the case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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

/// What the chair types to add a subject, unparsed.
#[derive(Debug, Clone)]
pub struct SubjectInput {
    pub relation: Relation,
    pub name: String,
    /// ISO date `YYYY-MM-DD`, or empty when unknown.
    pub birth_date: String,
}

/// A family member (betrokkene) the data is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subject {
    pub id: SubjectId,
    pub meeting_id: MeetingId,
    pub relation: Relation,
    pub name: Option<Label>,
    pub birth_date: Option<NaiveDate>,
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
        let name = Label::parse_optional(&input.name, Field::Name)?;
        let birth_date = if input.birth_date.trim().is_empty() {
            None
        } else {
            Some(
                parse_date(&input.birth_date, Field::BirthDate).or_else(|e| match e {
                    // Birth dates before 2000 are normal for parents.
                    DomainError::DateOutOfRange { .. } => parse_birth_date(&input.birth_date),
                    other => Err(other),
                })?,
            )
        };
        if anonymous && name.is_some() {
            return Err(DomainError::IdentifyingDataInAnonymousMeeting { field: Field::Name });
        }
        if anonymous && birth_date.is_some() {
            return Err(DomainError::IdentifyingDataInAnonymousMeeting {
                field: Field::BirthDate,
            });
        }
        if birth_date.is_some_and(|b| b > meeting_date) {
            return Err(DomainError::DateOutOfRange {
                field: Field::BirthDate,
            });
        }
        Ok(Self {
            id,
            meeting_id,
            relation: input.relation,
            name,
            birth_date,
        })
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
}
