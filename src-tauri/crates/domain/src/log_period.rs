//! NEN 7513 × R18: which days of the audit log the privacy officer asks to see. Both ends
//! are optional (an open end); a given end is a valid date, and the last day is not
//! before the first.

use crate::{parse_date, DomainError, Field};
use chrono::NaiveDate;

/// A period of whole days, both ends inclusive; `None` is an open end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LogPeriod {
    /// The first day, if any.
    pub from: Option<NaiveDate>,
    /// The last day, if any.
    pub to: Option<NaiveDate>,
}

impl LogPeriod {
    /// Parses the two ends as typed (`YYYY-MM-DD`, empty for open). A wrong date names
    /// its field; a last day before the first is `PeriodReversed` at the last day.
    pub fn parse(from: &str, to: &str) -> Result<Self, DomainError> {
        let end = |raw: &str, field| {
            if raw.trim().is_empty() {
                Ok(None)
            } else {
                parse_date(raw, field).map(Some)
            }
        };
        let period = Self {
            from: end(from, Field::PeriodFrom)?,
            to: end(to, Field::PeriodTo)?,
        };
        if let (Some(f), Some(t)) = (period.from, period.to) {
            if t < f {
                return Err(DomainError::PeriodReversed);
            }
        }
        Ok(period)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Option<NaiveDate> {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
    }

    #[test]
    fn r18_log_period_ends_are_optional_and_inclusive() {
        assert_eq!(LogPeriod::parse("", " "), Ok(LogPeriod::default()));
        assert_eq!(
            LogPeriod::parse("2026-11-01", "2026-11-01"),
            Ok(LogPeriod {
                from: day("2026-11-01"),
                to: day("2026-11-01")
            })
        );
        assert_eq!(
            LogPeriod::parse("", "2026-11-30").map(|p| p.to),
            Ok(day("2026-11-30"))
        );
    }

    #[test]
    fn r18_log_period_refuses_a_wrong_date_at_its_field_and_a_reversed_period() {
        assert_eq!(
            LogPeriod::parse("31-11-2026", ""),
            Err(DomainError::InvalidDate {
                field: Field::PeriodFrom
            })
        );
        assert_eq!(
            LogPeriod::parse("2026-11-01", "2026-13-01"),
            Err(DomainError::InvalidDate {
                field: Field::PeriodTo
            })
        );
        let reversed = LogPeriod::parse("2026-11-30", "2026-11-01");
        assert_eq!(reversed, Err(DomainError::PeriodReversed));
        assert_eq!(
            reversed.unwrap_err().field(),
            Some(Field::PeriodTo),
            "shown at the last day"
        );
    }
}
