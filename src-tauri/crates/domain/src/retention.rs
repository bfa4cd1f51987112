//! R15: how long a meeting's personal data is kept. Every meeting has a destroy-after date:
//! by default a configurable number of months after the meeting (6, seed 003 §4.2),
//! extendable by 6 months at a time with a written reason. The destroy-after date is the
//! last day the data is kept; from the day after, the meeting is expired and is destroyed
//! when the store is opened.

use crate::{DomainError, Field, Prose};
use chrono::{Days, Months, NaiveDate};

/// R15: one extension adds this many months (seed 003 §4.2).
pub const RETENTION_EXTENSION_MONTHS: u32 = 6;
/// Shortest default retention the chair can configure, in months.
pub const RETENTION_MIN_MONTHS: u32 = 1;
/// Longest default retention the chair can configure, in months.
pub const RETENTION_MAX_MONTHS: u32 = 24;
/// R15: the chair sees beforehand which meetings expire within this many days.
pub const EXPIRY_NOTICE_DAYS: u32 = 30;
/// Longest reason for an extension, in characters.
pub const RETENTION_REASON_MAX_CHARS: usize = 2000;

/// The default retention period for new meetings, within the configurable bounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetentionMonths(u32);

impl RetentionMonths {
    /// R15: a period between [`RETENTION_MIN_MONTHS`] and [`RETENTION_MAX_MONTHS`].
    pub fn new(months: u32) -> Result<Self, DomainError> {
        if (RETENTION_MIN_MONTHS..=RETENTION_MAX_MONTHS).contains(&months) {
            Ok(Self(months))
        } else {
            Err(DomainError::OutOfRange {
                field: Field::RetentionMonths,
                min: RETENTION_MIN_MONTHS,
                max: RETENTION_MAX_MONTHS,
            })
        }
    }

    pub fn get(self) -> u32 {
        self.0
    }

    /// R15: the destroy-after date of a meeting held on `meeting_date`.
    pub fn destroy_after(self, meeting_date: NaiveDate) -> Option<NaiveDate> {
        meeting_date.checked_add_months(Months::new(self.0))
    }
}

impl Default for RetentionMonths {
    fn default() -> Self {
        Self(crate::RETENTION_DEFAULT_MONTHS)
    }
}

/// R15: an extension of the destroy-after date by 6 months, with the chair's reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetentionExtension {
    pub from: NaiveDate,
    pub until: NaiveDate,
    pub reason: Prose,
}

/// R15: extends `current` by 6 months; the reason is required. An expired meeting cannot
/// be extended any more: it is destroyed at the next unlock.
pub fn extend_retention(
    current: NaiveDate,
    today: NaiveDate,
    reason: &str,
) -> Result<RetentionExtension, DomainError> {
    let reason = Prose::parse(reason, Field::RetentionReason, RETENTION_REASON_MAX_CHARS)?;
    if is_expired(current, today) {
        return Err(DomainError::RetentionExpired);
    }
    let until = current
        .checked_add_months(Months::new(RETENTION_EXTENSION_MONTHS))
        .ok_or(DomainError::DateOutOfRange {
            field: Field::RetentionUntil,
        })?;
    Ok(RetentionExtension {
        from: current,
        until,
        reason,
    })
}

/// R15: the destroy-after date has passed: the meeting must be destroyed.
pub fn is_expired(destroy_after: NaiveDate, today: NaiveDate) -> bool {
    today > destroy_after
}

/// R15: the meeting is not expired yet, but will be within `days` days from `today`
/// (a destroy-after date of today or of `today + days` counts).
pub fn expires_within(destroy_after: NaiveDate, today: NaiveDate, days: u32) -> bool {
    !is_expired(destroy_after, today)
        && today
            .checked_add_days(Days::new(u64::from(days)))
            .is_none_or(|last| destroy_after <= last)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn r15_default_period_is_six_months_and_configurable_within_bounds() {
        assert_eq!(RetentionMonths::default().get(), 6);
        assert_eq!(
            RetentionMonths::default().destroy_after(day(2026, 11, 24)),
            Some(day(2027, 5, 24))
        );
        assert_eq!(
            RetentionMonths::new(3).map(|m| m.destroy_after(day(2026, 11, 30))),
            Ok(Some(day(2027, 2, 28)))
        );
        assert!(RetentionMonths::new(1).is_ok());
        assert!(RetentionMonths::new(24).is_ok());
        for bad in [0, 25, u32::MAX] {
            assert_eq!(
                RetentionMonths::new(bad),
                Err(DomainError::OutOfRange {
                    field: Field::RetentionMonths,
                    min: 1,
                    max: 24
                })
            );
        }
    }

    #[test]
    fn r15_extension_adds_six_months_and_needs_a_reason() {
        let today = day(2027, 5, 1);
        let ext = extend_retention(day(2027, 5, 24), today, "Hulp loopt nog").unwrap();
        assert_eq!(ext.from, day(2027, 5, 24));
        assert_eq!(ext.until, day(2027, 11, 24));
        assert_eq!(ext.reason.as_str(), "Hulp loopt nog");
        assert_eq!(
            extend_retention(day(2027, 5, 24), today, "  \n"),
            Err(DomainError::Empty {
                field: Field::RetentionReason
            })
        );
        assert!(matches!(
            extend_retention(day(2027, 5, 24), today, &"x".repeat(2001)),
            Err(DomainError::TooLong { .. })
        ));
    }

    #[test]
    fn r15_an_expired_meeting_cannot_be_extended() {
        assert_eq!(
            extend_retention(day(2027, 5, 24), day(2027, 5, 25), "te laat"),
            Err(DomainError::RetentionExpired)
        );
        // On the destroy-after date itself it still can.
        assert!(extend_retention(day(2027, 5, 24), day(2027, 5, 24), "net op tijd").is_ok());
    }

    #[test]
    fn r15_expired_from_the_day_after_the_destroy_after_date() {
        let until = day(2027, 5, 24);
        assert!(!is_expired(until, day(2027, 5, 23)));
        assert!(!is_expired(until, until));
        assert!(is_expired(until, day(2027, 5, 25)));
        assert!(is_expired(until, day(2030, 1, 1)));
    }

    #[test]
    fn r15_expires_within_thirty_days_includes_both_boundaries() {
        let today = day(2027, 4, 24);
        let days = EXPIRY_NOTICE_DAYS;
        assert!(expires_within(today, today, days), "today itself");
        assert!(expires_within(day(2027, 5, 24), today, days), "day 30");
        assert!(!expires_within(day(2027, 5, 25), today, days), "day 31");
        assert!(!expires_within(day(2027, 4, 23), today, days), "expired");
        assert!(expires_within(NaiveDate::MAX, NaiveDate::MAX, days));
    }
}
