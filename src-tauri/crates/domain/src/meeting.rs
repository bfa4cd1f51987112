use crate::{DomainError, Field, Label, MeetingId, Prose};
use chrono::{DateTime, NaiveDate, Utc};

/// Longest purpose text, in characters.
pub const PURPOSE_MAX_CHARS: usize = 5_000;

/// Meeting dates the app accepts: anything else is a typo.
const FIRST_DATE: (i32, u32, u32) = (2000, 1, 1);
const LAST_DATE: (i32, u32, u32) = (2100, 12, 31);

/// What the chair types to create a meeting, unparsed.
#[derive(Debug, Clone, Default)]
pub struct MeetingInput {
    /// The case label, unparsed.
    pub case_label: String,
    /// ISO date, `YYYY-MM-DD`.
    pub date: String,
    /// The purpose, unparsed.
    pub purpose: String,
    /// R3: why the case meets the criteria for a casusoverleg; empty when not yet known.
    pub criteria: String,
    /// R4: the family takes part in the meeting.
    pub family_present: bool,
    /// R3/R4: why the family is not at the meeting (seed 001 position 4); ignored when the
    /// family is present; empty when not yet known.
    pub family_absence_reason: String,
    /// R4: no identifying data about the family is stored at all.
    pub anonymous: bool,
}

/// R3/R4: the preparation fields of a meeting, unparsed.
#[derive(Debug, Clone, Default)]
pub struct PreparationInput {
    /// The purpose, unparsed.
    pub purpose: String,
    /// R3: why the case meets the criteria, unparsed; empty when not yet known.
    pub criteria: String,
    /// R4: the family takes part in the meeting.
    pub family_present: bool,
    /// R3/R4: why the family is not at the meeting; ignored when it is.
    pub family_absence_reason: String,
    /// R4: no identifying data about the family is stored at all.
    pub anonymous: bool,
}

/// One casusoverleg about one case on one date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meeting {
    /// Its id.
    pub id: MeetingId,
    /// How the chair refers to the case; may be a code in an anonymous meeting (R4).
    pub case_label: Label,
    /// The day of the meeting.
    pub date: NaiveDate,
    /// R3: why the meeting is held.
    pub purpose: Prose,
    /// R3: why the case meets the criteria for discussion in a casusoverleg.
    pub criteria: Option<Prose>,
    /// R4: the family takes part in the meeting (per-subject presence for R12 is recorded
    /// in `SubjectRecord::present`).
    pub family_present: bool,
    /// R3/R4: why the family is not at the meeting, a motivation (seed 001 position 4:
    /// "moet altijd gemotiveerd worden"). Always `None` when the family is present.
    pub family_absence_reason: Option<Prose>,
    /// R4: anonymous meeting: no names, birth dates or addresses of subjects.
    pub anonymous: bool,
    /// When it was created.
    pub created_at: DateTime<Utc>,
}

impl Meeting {
    /// Validates the input (R3: a purpose is required) and creates the meeting.
    pub fn create(
        id: MeetingId,
        input: &MeetingInput,
        now: DateTime<Utc>,
    ) -> Result<Self, DomainError> {
        // R4: an anonymous meeting without a label gets a generated code.
        let case_label = if input.anonymous && input.case_label.trim().is_empty() {
            Label::parse(&crate::case_code(id), Field::CaseLabel)?
        } else {
            Label::parse(&input.case_label, Field::CaseLabel)?
        };
        // R4: an anonymous meeting refers to the case by a code.
        crate::check_case_label(input.anonymous, case_label.as_str())?;
        Ok(Self {
            id,
            case_label,
            date: parse_date(&input.date, Field::MeetingDate)?,
            purpose: Prose::parse(&input.purpose, Field::Purpose, PURPOSE_MAX_CHARS)?,
            criteria: if input.criteria.trim().is_empty() {
                None
            } else {
                Some(Prose::parse(
                    &input.criteria,
                    Field::Criteria,
                    PURPOSE_MAX_CHARS,
                )?)
            },
            family_present: input.family_present,
            family_absence_reason: family_absence_reason(
                input.family_present,
                &input.family_absence_reason,
            )?,
            anonymous: input.anonymous,
            created_at: now,
        })
    }
}

/// R3/R4: the reason the family is not at the meeting: a motivation when given, `None`
/// when the family is present or the reason is not written yet (the checklist then asks
/// for it, R13).
pub fn family_absence_reason(
    family_present: bool,
    raw: &str,
) -> Result<Option<Prose>, DomainError> {
    if family_present || raw.trim().is_empty() {
        Ok(None)
    } else {
        crate::parse_motivation(raw, Field::FamilyAbsenceReason, PURPOSE_MAX_CHARS).map(Some)
    }
}

/// R3/R4: the texts of the preparation form, every fault at once: the purpose, the
/// criteria (`None` while not written) and the reason the family is absent
/// ([`family_absence_reason`]).
pub type PreparationTexts = (Prose, Option<Prose>, Option<Prose>);

/// R3/R4: parses the preparation form's texts, reporting every fault at once.
pub fn preparation_texts(
    purpose: &str,
    criteria: &str,
    family_present: bool,
    absence_reason: &str,
) -> Result<PreparationTexts, DomainError> {
    let mut errors = crate::FieldErrors::new();
    let purpose = errors.check(Prose::parse(purpose, Field::Purpose, PURPOSE_MAX_CHARS));
    let criteria = if criteria.trim().is_empty() {
        Some(None)
    } else {
        errors
            .check(Prose::parse(criteria, Field::Criteria, PURPOSE_MAX_CHARS))
            .map(Some)
    };
    let reason = errors.check(family_absence_reason(family_present, absence_reason));
    errors.finish_with(
        purpose
            .zip(criteria)
            .zip(reason)
            .map(|((p, c), r)| (p, c, r)),
    )
}

/// Parses an ISO date (`YYYY-MM-DD`) within the accepted range.
pub fn parse_date(raw: &str, field: Field) -> Result<NaiveDate, DomainError> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err(DomainError::Empty { field });
    }
    let date = NaiveDate::parse_from_str(raw, "%Y-%m-%d")
        .map_err(|_| DomainError::InvalidDate { field })?;
    let (fy, fm, fd) = FIRST_DATE;
    let (ly, lm, ld) = LAST_DATE;
    let in_range = NaiveDate::from_ymd_opt(fy, fm, fd)
        .zip(NaiveDate::from_ymd_opt(ly, lm, ld))
        .is_some_and(|(first, last)| (first..=last).contains(&date));
    if in_range {
        Ok(date)
    } else {
        Err(DomainError::DateOutOfRange { field })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn r3_r4_every_fault_of_the_preparation_form_at_once() {
        let err =
            preparation_texts("", &"x".repeat(PURPOSE_MAX_CHARS + 1), false, "nee").unwrap_err();
        let fields: Vec<_> = err.each().iter().map(|e| e.field()).collect();
        assert_eq!(
            fields,
            [
                Some(Field::Purpose),
                Some(Field::Criteria),
                Some(Field::FamilyAbsenceReason)
            ]
        );
        assert!(preparation_texts("Afstemmen hulp", "", true, "").is_ok());
    }

    fn input(label: &str, date: &str, purpose: &str) -> MeetingInput {
        MeetingInput {
            case_label: label.into(),
            date: date.into(),
            purpose: purpose.into(),
            ..MeetingInput::default()
        }
    }

    #[test]
    fn creates_a_valid_meeting() {
        let m = Meeting::create(
            MeetingId::new(),
            &input(" Gezin J. ", "2026-11-24", "Afstemmen hulp"),
            Utc::now(),
        )
        .unwrap();
        assert_eq!(m.case_label.as_str(), "Gezin J.");
        assert_eq!(m.date, NaiveDate::from_ymd_opt(2026, 11, 24).unwrap());
    }

    #[test]
    fn r3_purpose_is_required() {
        let err = Meeting::create(
            MeetingId::new(),
            &input("Gezin J.", "2026-11-24", "  "),
            Utc::now(),
        )
        .unwrap_err();
        assert_eq!(
            err,
            DomainError::Empty {
                field: Field::Purpose
            }
        );
        assert_eq!(err.field(), Some(Field::Purpose));
    }

    #[test]
    fn refuses_bad_dates() {
        for (raw, expected) in [
            (
                "",
                DomainError::Empty {
                    field: Field::MeetingDate,
                },
            ),
            (
                "24-11-2026",
                DomainError::InvalidDate {
                    field: Field::MeetingDate,
                },
            ),
            (
                "2026-02-30",
                DomainError::InvalidDate {
                    field: Field::MeetingDate,
                },
            ),
            (
                "1999-12-31",
                DomainError::DateOutOfRange {
                    field: Field::MeetingDate,
                },
            ),
            (
                "2101-01-01",
                DomainError::DateOutOfRange {
                    field: Field::MeetingDate,
                },
            ),
        ] {
            assert_eq!(
                Meeting::create(MeetingId::new(), &input("x", raw, "doel"), Utc::now()),
                Err(expected),
                "{raw}"
            );
        }
    }

    #[test]
    fn r3_r4_criteria_presence_and_anonymity_are_recorded() {
        let mut i = input("Casus 12", "2026-11-24", "Afstemmen hulp");
        let m = Meeting::create(MeetingId::new(), &i, Utc::now()).unwrap();
        assert_eq!(m.criteria, None);
        assert!(!m.anonymous && !m.family_present);
        i.criteria = "Meerdere hulpverleners, geen voortgang.".into();
        i.anonymous = true;
        i.family_present = true;
        let m = Meeting::create(MeetingId::new(), &i, Utc::now()).unwrap();
        assert_eq!(
            m.criteria.as_ref().map(Prose::as_str),
            Some("Meerdere hulpverleners, geen voortgang.")
        );
        assert!(m.anonymous && m.family_present);
        i.criteria = "a\u{0}b".into();
        assert_eq!(
            Meeting::create(MeetingId::new(), &i, Utc::now()),
            Err(DomainError::ControlCharacters {
                field: Field::Criteria
            })
        );
    }

    #[test]
    fn r3_r4_family_absence_reason_is_a_motivation_and_only_when_absent() {
        let mut i = input("Casus 12", "2026-11-24", "Afstemmen hulp");
        i.family_absence_reason =
            "Moeder wil eerst zelf met de school praten, daarna sluit ze aan.".into();
        let m = Meeting::create(MeetingId::new(), &i, Utc::now()).unwrap();
        assert!(m.family_absence_reason.is_some());
        i.family_present = true;
        let m = Meeting::create(MeetingId::new(), &i, Utc::now()).unwrap();
        assert_eq!(m.family_absence_reason, None);
        i.family_present = false;
        i.family_absence_reason = ".".into();
        assert_eq!(
            Meeting::create(MeetingId::new(), &i, Utc::now()),
            Err(DomainError::MotivationTooShort {
                field: Field::FamilyAbsenceReason
            })
        );
    }

    #[test]
    fn accepts_leap_day() {
        assert!(Meeting::create(
            MeetingId::new(),
            &input("x", "2028-02-29", "doel"),
            Utc::now()
        )
        .is_ok());
    }
}
