//! R15: how long a meeting's personal data is kept. Every meeting has a destroy-after date:
//! by default a configurable number of months after the meeting (6, seed 003 §4.2),
//! extendable by 6 months at a time with a written reason. The destroy-after date is the
//! last day the data is kept; from the day after, the meeting is expired and is destroyed
//! when the store is opened.
//!
//! Decisions (R15, seed 003 §4.2, seed 004 art. 10.1 "niet langer bewaard dan nodig"):
//! - The chair may set an earlier destroy-after date, never a later one than the default
//!   term (or than the date an extension already reached): keeping longer is only possible
//!   by extending, 6 months at a time, each time with a written reason (a motivation).
//! - Extensions stop at a maximum the settings hold: by default 24 months after the
//!   meeting (the 6-month term plus three extensions), configurable from 6 to 60 months.
//!   Seed 003 §4.2 lets an organisation agree another standard term; 24 months covers a
//!   typical help trajectory of a youth-care plan without keeping data indefinitely.
//! - The rights register (requests and granted objections, with names and birth dates,
//!   R17) is the chair's proof that a request was answered in time. It is kept for a fixed
//!   term after the answer, by default 12 months (configurable 1–60): long enough to cover
//!   a complaint or an objection procedure about that answer (seed 004 art. 9; a complaint
//!   to the Autoriteit Persoonsgegevens follows the answer), then destroyed like a
//!   meeting. An open request is never destroyed.

use crate::{parse_motivation, DomainError, Field, Prose};
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
/// R15: the default maximum retention, in months after the meeting (term + extensions).
pub const RETENTION_CEILING_DEFAULT_MONTHS: u32 = 24;
/// Lowest maximum the chair can configure: one default term of 6 months.
pub const RETENTION_CEILING_MIN_MONTHS: u32 = 6;
/// Highest maximum the chair can configure, in months.
pub const RETENTION_CEILING_MAX_MONTHS: u32 = 60;
/// R15/R17: the rights register is kept this many months after a request was answered.
pub const RIGHTS_RETENTION_DEFAULT_MONTHS: u32 = 12;
/// Shortest configurable retention of the rights register, in months after the answer.
pub const RIGHTS_RETENTION_MIN_MONTHS: u32 = 1;
/// Longest configurable retention of the rights register, in months after the answer.
pub const RIGHTS_RETENTION_MAX_MONTHS: u32 = 60;

/// R15: the maximum retention of a meeting, in months after the meeting date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetentionCeiling(u32);

impl RetentionCeiling {
    /// Between [`RETENTION_CEILING_MIN_MONTHS`] and [`RETENTION_CEILING_MAX_MONTHS`].
    pub fn new(months: u32) -> Result<Self, DomainError> {
        if (RETENTION_CEILING_MIN_MONTHS..=RETENTION_CEILING_MAX_MONTHS).contains(&months) {
            Ok(Self(months))
        } else {
            Err(DomainError::OutOfRange {
                field: Field::RetentionCeiling,
                min: RETENTION_CEILING_MIN_MONTHS,
                max: RETENTION_CEILING_MAX_MONTHS,
            })
        }
    }

    /// The number of months.
    pub fn get(self) -> u32 {
        self.0
    }

    /// The last destroy-after date a meeting held on `meeting_date` can reach.
    pub fn last_date(self, meeting_date: NaiveDate) -> Option<NaiveDate> {
        meeting_date.checked_add_months(Months::new(self.0))
    }
}

impl Default for RetentionCeiling {
    fn default() -> Self {
        Self(RETENTION_CEILING_DEFAULT_MONTHS)
    }
}

/// R15: the default term never exceeds the maximum: a meeting could otherwise be kept
/// longer than the maximum without any extension. Refuses the value being changed.
pub fn check_retention_settings(
    term: RetentionMonths,
    ceiling: RetentionCeiling,
    changed: Field,
) -> Result<(), DomainError> {
    if term.get() <= ceiling.get() {
        Ok(())
    } else if changed == Field::RetentionCeiling {
        Err(DomainError::OutOfRange {
            field: Field::RetentionCeiling,
            min: term.get().max(RETENTION_CEILING_MIN_MONTHS),
            max: RETENTION_CEILING_MAX_MONTHS,
        })
    } else {
        Err(DomainError::OutOfRange {
            field: Field::RetentionMonths,
            min: RETENTION_MIN_MONTHS,
            max: ceiling.get().min(RETENTION_MAX_MONTHS),
        })
    }
}

/// R15/R17: how long an answered rights request (and a granted objection) is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RightsRetentionMonths(u32);

impl RightsRetentionMonths {
    /// Between [`RIGHTS_RETENTION_MIN_MONTHS`] and [`RIGHTS_RETENTION_MAX_MONTHS`].
    pub fn new(months: u32) -> Result<Self, DomainError> {
        if (RIGHTS_RETENTION_MIN_MONTHS..=RIGHTS_RETENTION_MAX_MONTHS).contains(&months) {
            Ok(Self(months))
        } else {
            Err(DomainError::OutOfRange {
                field: Field::RightsRetentionMonths,
                min: RIGHTS_RETENTION_MIN_MONTHS,
                max: RIGHTS_RETENTION_MAX_MONTHS,
            })
        }
    }

    /// The number of months.
    pub fn get(self) -> u32 {
        self.0
    }
}

impl Default for RightsRetentionMonths {
    fn default() -> Self {
        Self(RIGHTS_RETENTION_DEFAULT_MONTHS)
    }
}

/// R15/R17: a request answered on `answered_on` is kept through `answered_on + months`
/// and destroyed from the day after. An unanswered request is never expired.
pub fn rights_record_expired(
    answered_on: Option<NaiveDate>,
    today: NaiveDate,
    months: RightsRetentionMonths,
) -> bool {
    answered_on
        .and_then(|d| d.checked_add_months(Months::new(months.get())))
        .is_some_and(|last| is_expired(last, today))
}

/// R15: a destroy-after date the chair chooses: after the meeting, and not later than the
/// default term or than the date an extension already reached (`extended_to`). Keeping
/// longer goes through [`extend_retention`] only.
pub fn check_destroy_after(
    until: NaiveDate,
    meeting_date: NaiveDate,
    term: RetentionMonths,
    extended_to: Option<NaiveDate>,
) -> Result<(), DomainError> {
    let latest = term.destroy_after(meeting_date).max(extended_to);
    if until <= meeting_date {
        return Err(DomainError::RetentionNotAfterMeeting {
            meeting_date,
            latest,
        });
    }
    if latest.is_some_and(|latest| until <= latest) {
        Ok(())
    } else {
        Err(DomainError::RetentionBeyondTerm { months: term.get() })
    }
}

/// R15: a destroy-after date as typed (`jjjj-mm-dd`). Only its form is checked here; its
/// range (after the meeting, within the term) is [`check_destroy_after`]'s, so a wrong
/// year is told the real range instead of the general 2000–2100 one.
pub fn parse_destroy_after(raw: &str) -> Result<NaiveDate, DomainError> {
    let field = Field::RetentionUntil;
    let raw = raw.trim();
    if raw.is_empty() {
        return Err(DomainError::Empty { field });
    }
    NaiveDate::parse_from_str(raw, "%Y-%m-%d").map_err(|_| DomainError::InvalidDate { field })
}

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

    /// The number of months.
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
    /// The retention date before.
    pub from: NaiveDate,
    /// The new retention date.
    pub until: NaiveDate,
    /// Why it is kept longer.
    pub reason: Prose,
}

/// R15: extends `current` by 6 months; the reason is a required motivation. An expired
/// meeting cannot be extended any more: it is destroyed at the next unlock. The new date
/// may not pass the maximum (`ceiling` months after `meeting_date`).
pub fn extend_retention(
    current: NaiveDate,
    today: NaiveDate,
    reason: &str,
    meeting_date: NaiveDate,
    ceiling: RetentionCeiling,
) -> Result<RetentionExtension, DomainError> {
    let reason = parse_motivation(reason, Field::RetentionReason, RETENTION_REASON_MAX_CHARS)?;
    if is_expired(current, today) {
        return Err(DomainError::RetentionExpired);
    }
    let until = current
        .checked_add_months(Months::new(RETENTION_EXTENSION_MONTHS))
        .ok_or(DomainError::DateOutOfRange {
            field: Field::RetentionUntil,
        })?;
    if ceiling
        .last_date(meeting_date)
        .is_none_or(|last| until > last)
    {
        return Err(DomainError::RetentionMaximumReached {
            months: ceiling.get(),
        });
    }
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

/// R13/R15: what the meeting list says about one meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase", tag = "kind")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum MeetingListStatus {
    /// Not finalized yet: it can still be changed (R13).
    Draft,
    /// Finalized (R13); destroyed after its retention date (R15).
    Finalized,
    /// Finalized, and its follow-up meeting is still a draft (R11): "Vervolg open".
    FollowUpOpen,
    /// Finalized or not, its retention ends within [`EXPIRY_NOTICE_DAYS`] days (R15).
    ExpiresSoon {
        /// The last day it is kept.
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        on: NaiveDate,
    },
}

/// R11/R13/R15: the status the meeting list shows. The nearest deadline wins: a retention
/// ending within [`EXPIRY_NOTICE_DAYS`] days comes first (R15), then a finalized meeting whose
/// follow-up is still a draft (R11), then whether it is finalized (R13).
pub fn meeting_list_status(
    finalized: bool,
    destroy_after: Option<NaiveDate>,
    follow_up_draft: bool,
    today: NaiveDate,
) -> MeetingListStatus {
    match destroy_after {
        Some(on) if expires_within(on, today, EXPIRY_NOTICE_DAYS) => {
            MeetingListStatus::ExpiresSoon { on }
        }
        _ if finalized && follow_up_draft => MeetingListStatus::FollowUpOpen,
        _ if finalized => MeetingListStatus::Finalized,
        _ => MeetingListStatus::Draft,
    }
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

    const REASON: &str = "De hulp aan het gezin loopt nog een half jaar door.";

    fn extend(
        current: NaiveDate,
        today: NaiveDate,
        reason: &str,
    ) -> Result<RetentionExtension, DomainError> {
        extend_retention(
            current,
            today,
            reason,
            day(2026, 11, 24),
            RetentionCeiling::default(),
        )
    }

    #[test]
    fn r15_extension_adds_six_months_and_needs_a_reason() {
        let today = day(2027, 5, 1);
        let ext = extend(day(2027, 5, 24), today, REASON).unwrap();
        assert_eq!(ext.from, day(2027, 5, 24));
        assert_eq!(ext.until, day(2027, 11, 24));
        assert_eq!(ext.reason.as_str(), REASON);
        assert_eq!(
            extend(day(2027, 5, 24), today, "  \n"),
            Err(DomainError::Empty {
                field: Field::RetentionReason
            })
        );
        assert!(matches!(
            extend(day(2027, 5, 24), today, &"x ".repeat(1001)),
            Err(DomainError::TooLong { .. })
        ));
    }

    #[test]
    fn r15_extension_reason_is_a_real_sentence() {
        assert_eq!(
            extend(day(2027, 5, 24), day(2027, 5, 1), "."),
            Err(DomainError::MotivationTooShort {
                field: Field::RetentionReason
            })
        );
    }

    #[test]
    fn r15_extensions_stop_at_the_maximum_of_the_settings() {
        let meeting = day(2026, 11, 24);
        // 6 + 6 + 6 + 6 = 24 months: the default maximum is reached, not passed.
        let mut until = day(2027, 5, 24);
        for expected in [day(2027, 11, 24), day(2028, 5, 24), day(2028, 11, 24)] {
            until = extend(until, day(2027, 5, 1), REASON).unwrap().until;
            assert_eq!(until, expected);
        }
        assert_eq!(
            extend(until, day(2027, 5, 1), REASON),
            Err(DomainError::RetentionMaximumReached { months: 24 })
        );
        let ceiling = RetentionCeiling::new(12).unwrap();
        assert_eq!(
            extend_retention(day(2027, 11, 24), day(2027, 5, 1), REASON, meeting, ceiling),
            Err(DomainError::RetentionMaximumReached { months: 12 })
        );
        assert!(RetentionCeiling::new(5).is_err() && RetentionCeiling::new(61).is_err());
    }

    #[test]
    fn r15_chosen_date_cannot_pass_the_default_term() {
        let meeting = day(2026, 11, 24);
        let term = RetentionMonths::default();
        // The hole: 2100-12-31 was accepted for any meeting.
        assert_eq!(
            check_destroy_after(day(2100, 12, 31), meeting, term, Some(day(2027, 5, 24))),
            Err(DomainError::RetentionBeyondTerm { months: 6 })
        );
        assert_eq!(
            check_destroy_after(day(2027, 5, 25), meeting, term, None),
            Err(DomainError::RetentionBeyondTerm { months: 6 })
        );
        assert!(check_destroy_after(day(2027, 5, 24), meeting, term, None).is_ok());
        // Shorter is always fine (seed 004 art. 10.1: not longer than needed).
        assert!(
            check_destroy_after(day(2027, 1, 1), meeting, term, Some(day(2027, 5, 24))).is_ok()
        );
        // Up to a date an extension already reached.
        assert!(
            check_destroy_after(day(2027, 11, 24), meeting, term, Some(day(2027, 11, 24))).is_ok()
        );
        // R15: a date on or before the meeting says which date it must pass, not the
        // general 2000–2100 range.
        assert_eq!(
            check_destroy_after(meeting, meeting, term, None),
            Err(DomainError::RetentionNotAfterMeeting {
                meeting_date: meeting,
                latest: Some(day(2027, 5, 24)),
            })
        );
        // A date typed before the year 2000 gets the same real range, not 2000–2100.
        let typo = parse_destroy_after("0026-11-24").unwrap();
        assert_eq!(
            check_destroy_after(typo, meeting, term, None),
            Err(DomainError::RetentionNotAfterMeeting {
                meeting_date: meeting,
                latest: Some(day(2027, 5, 24)),
            })
        );
        assert_eq!(
            DomainError::RetentionNotAfterMeeting {
                meeting_date: meeting,
                latest: None,
            }
            .field(),
            Some(Field::RetentionUntil)
        );
    }

    #[test]
    fn r15_default_term_stays_within_the_maximum() {
        let ceiling = RetentionCeiling::new(12).unwrap();
        assert!(check_retention_settings(
            RetentionMonths::new(12).unwrap(),
            ceiling,
            Field::RetentionMonths
        )
        .is_ok());
        assert_eq!(
            check_retention_settings(
                RetentionMonths::new(13).unwrap(),
                ceiling,
                Field::RetentionMonths
            ),
            Err(DomainError::OutOfRange {
                field: Field::RetentionMonths,
                min: 1,
                max: 12
            })
        );
        assert_eq!(
            check_retention_settings(
                RetentionMonths::new(13).unwrap(),
                ceiling,
                Field::RetentionCeiling
            ),
            Err(DomainError::OutOfRange {
                field: Field::RetentionCeiling,
                min: 13,
                max: 60
            })
        );
    }

    #[test]
    fn r15_r17_answered_rights_records_expire_after_their_term() {
        let months = RightsRetentionMonths::default();
        assert_eq!(months.get(), 12);
        let answered = Some(day(2026, 1, 15));
        assert!(!rights_record_expired(answered, day(2027, 1, 15), months));
        assert!(rights_record_expired(answered, day(2027, 1, 16), months));
        // An open request is never destroyed.
        assert!(!rights_record_expired(None, day(2099, 1, 1), months));
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
    fn r13_r15_the_meeting_list_says_draft_finalized_or_when_it_is_destroyed() {
        let today = day(2026, 12, 4);
        let far = day(2027, 6, 4);
        let soon = day(2026, 12, 20);
        assert_eq!(
            meeting_list_status(false, Some(far), false, today),
            MeetingListStatus::Draft
        );
        assert_eq!(
            meeting_list_status(false, None, false, today),
            MeetingListStatus::Draft
        );
        assert_eq!(
            meeting_list_status(true, Some(far), false, today),
            MeetingListStatus::Finalized
        );
        assert_eq!(
            meeting_list_status(true, Some(soon), false, today),
            MeetingListStatus::ExpiresSoon { on: soon }
        );
        assert_eq!(
            meeting_list_status(false, Some(soon), false, today),
            MeetingListStatus::ExpiresSoon { on: soon }
        );
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

    #[test]
    fn r13_a_draft_is_concept_and_a_finalized_meeting_afgerond() {
        let today = day(2026, 12, 1);
        let later = Some(day(2027, 6, 1));
        assert_eq!(
            meeting_list_status(false, later, false, today),
            MeetingListStatus::Draft
        );
        assert_eq!(
            meeting_list_status(true, later, false, today),
            MeetingListStatus::Finalized
        );
        assert_eq!(
            meeting_list_status(true, None, false, today),
            MeetingListStatus::Finalized
        );
    }

    #[test]
    fn r11_a_finalized_meeting_with_a_draft_follow_up_shows_vervolg_open() {
        let today = day(2026, 12, 1);
        let later = Some(day(2027, 6, 1));
        assert_eq!(
            meeting_list_status(true, later, true, today),
            MeetingListStatus::FollowUpOpen
        );
        // A draft's own follow-up cannot exist; a draft stays a concept.
        assert_eq!(
            meeting_list_status(false, later, true, today),
            MeetingListStatus::Draft
        );
    }

    #[test]
    fn r15_destroy_soon_wins_within_the_notice_period_to_the_day() {
        let today = day(2026, 12, 1);
        let edge = day(2026, 12, 31); // today + 30 days
        assert_eq!(
            meeting_list_status(true, Some(edge), true, today),
            MeetingListStatus::ExpiresSoon { on: edge }
        );
        assert_eq!(
            meeting_list_status(false, Some(edge), false, today),
            MeetingListStatus::ExpiresSoon { on: edge }
        );
        let after = day(2027, 1, 1);
        assert_eq!(
            meeting_list_status(true, Some(after), false, today),
            MeetingListStatus::Finalized
        );
    }
}
