//! Seed 002 Feitenonderzoek 4 ("We spreken af wat en hoe wordt opgenomen"), R13: the time and the
//! record of the meeting. The chair records when the meeting started and ended (a time of
//! day on the meeting date) and a short, neutral account of how the meeting went: who
//! spoke, what was discussed in general terms, how it ended. Not the items: what was
//! brought in is recorded item by item, with its contributor and basis (R5–R7). The table
//! agrees the account at the end; the chair records that it did.
//!
//! Both times and the account are optional while the meeting is a draft. The finalize
//! checklist (R13) asks for them only once the chair started to use them: a start time
//! without an end time (or the reverse), or an account the table has not agreed. A meeting
//! without times or account still finalizes; [`minutes_hints`] then names what is missing,
//! as a hint.

use crate::hints::{detect_hints, HintKind};
use crate::{DomainError, Field, FieldErrors, Prose};
use chrono::{NaiveDate, NaiveDateTime, NaiveTime, Timelike};

/// Longest account of the course of the meeting, in characters: a short account, not
/// minutes of every item.
pub const ACCOUNT_MAX_CHARS: usize = 2_000;

/// What the chair types for the time and the record of the meeting, unparsed.
#[derive(Debug, Clone, Default)]
pub struct MinutesInput {
    /// The start time, `HH:MM` (also `H:MM`, `H.MM`); empty: not recorded.
    pub start_time: String,
    /// The end time, same notation; empty: not recorded.
    pub end_time: String,
    /// The short account of the course of the meeting; empty: none.
    pub account: String,
    /// The table agreed the account at the end of the meeting.
    pub agreed: bool,
}

/// The time and the record of one meeting.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Minutes {
    /// When the meeting started, on the meeting date.
    pub start: Option<NaiveTime>,
    /// When it ended, on the meeting date; always after `start` when both are known.
    pub end: Option<NaiveTime>,
    /// The short, neutral account of the course of the meeting (not the items).
    pub account: Option<Prose>,
    /// The table agreed the account; never true without an account.
    pub agreed: bool,
}

impl Minutes {
    /// Seed 002 Feitenonderzoek 4: parses the form, reporting every fault at once: times as hours and
    /// minutes, the end after the start, an account of at most [`ACCOUNT_MAX_CHARS`]
    /// characters, and no agreement without an account.
    pub fn parse(input: &MinutesInput) -> Result<Self, DomainError> {
        let mut errors = FieldErrors::new();
        let start = errors.check(parse_time_of_day(&input.start_time, Field::StartTime));
        let end = errors.check(parse_time_of_day(&input.end_time, Field::EndTime));
        if let (Some(Some(s)), Some(Some(e))) = (start, end) {
            if e <= s {
                errors.push(DomainError::EndNotAfterStart);
            }
        }
        let account = if input.account.trim().is_empty() {
            Some(None)
        } else {
            errors
                .check(Prose::parse(
                    &input.account,
                    Field::Account,
                    ACCOUNT_MAX_CHARS,
                ))
                .map(Some)
        };
        if input.agreed && matches!(account, Some(None)) {
            errors.push(DomainError::AgreedWithoutAccount);
        }
        errors.finish_with(
            start
                .zip(end)
                .zip(account)
                .map(|((start, end), account)| Self {
                    start,
                    end,
                    account,
                    agreed: input.agreed,
                }),
        )
    }

    /// Seed 002 Feitenonderzoek 4: the account only once the table agreed it (what goes out of the app as
    /// the meeting's record, e.g. `notulen` in the Samen onder Handbereik export).
    pub fn agreed_account(&self) -> Option<&Prose> {
        self.account.as_ref().filter(|_| self.agreed)
    }

    /// The start as a local date and time on `date` (the meeting date); no time zone: the
    /// chair typed the time as it was in the room.
    pub fn start_on(&self, date: NaiveDate) -> Option<NaiveDateTime> {
        self.start.map(|t| date.and_time(t))
    }

    /// The end as a local date and time on `date`; see [`Minutes::start_on`].
    pub fn end_on(&self, date: NaiveDate) -> Option<NaiveDateTime> {
        self.end.map(|t| date.and_time(t))
    }
}

/// A time of day as the app shows and stores it: `HH:MM`.
pub fn time_text(t: NaiveTime) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

/// Parses a time of day of `field`: hours 0–23 and minutes 00–59, separated by `:` or `.`
/// (`9:30`, `09:30`, `9.30`); blank means "not recorded". Seconds are not recorded.
pub fn parse_time_of_day(raw: &str, field: Field) -> Result<Option<NaiveTime>, DomainError> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    let invalid = DomainError::InvalidTime { field };
    let (h, m) = raw.split_once([':', '.']).ok_or(invalid.clone())?;
    let digits = |s: &str, max_len: usize| {
        (!s.is_empty() && s.len() <= max_len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let (Some(hour), Some(minute)) = (digits(h, 2), digits(m, 2)) else {
        return Err(invalid);
    };
    if m.len() != 2 {
        return Err(invalid);
    }
    NaiveTime::from_hms_opt(hour, minute, 0)
        .map(Some)
        .ok_or(invalid)
}

/// Seed 002 Feitenonderzoek 4, not blocking: what the chair may still want to record before finalizing,
/// and identifying data in the account (the minimisation scanner, as for items: the
/// account is about the course of the meeting, not the items).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum MinutesHint {
    /// Neither a start nor an end time is recorded.
    TimesNotRecorded,
    /// No account of the course of the meeting is written.
    NoAccount,
    /// The account holds data that identifies someone (BSN, phone, e-mail, IBAN): is it
    /// needed? A hint only; in an anonymous meeting the store refuses it (R4).
    IdentifyingData {
        /// The kinds found, sorted, each once.
        found: Vec<HintKind>,
    },
}

impl MinutesHint {
    /// Stable code for the UI.
    pub fn code(&self) -> &'static str {
        match self {
            MinutesHint::TimesNotRecorded => "times_not_recorded",
            MinutesHint::NoAccount => "no_account",
            MinutesHint::IdentifyingData { .. } => "identifying_data",
        }
    }
}

/// Seed 002 Feitenonderzoek 4: the hints about the time and the record of a meeting, in form order.
pub fn minutes_hints(minutes: &Minutes) -> Vec<MinutesHint> {
    let mut hints = Vec::new();
    if minutes.start.is_none() && minutes.end.is_none() {
        hints.push(MinutesHint::TimesNotRecorded);
    }
    match &minutes.account {
        None => hints.push(MinutesHint::NoAccount),
        Some(a) => {
            let found = detect_hints(a.as_str());
            if !found.is_empty() {
                hints.push(MinutesHint::IdentifyingData { found });
            }
        }
    }
    hints
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(start: &str, end: &str, account: &str, agreed: bool) -> MinutesInput {
        MinutesInput {
            start_time: start.into(),
            end_time: end.into(),
            account: account.into(),
            agreed,
        }
    }

    fn hm(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    #[test]
    fn r13_times_are_hours_and_minutes() {
        for (raw, want) in [
            ("09:30", hm(9, 30)),
            ("9:30", hm(9, 30)),
            (" 9.30 ", hm(9, 30)),
            ("0:00", hm(0, 0)),
            ("23:59", hm(23, 59)),
        ] {
            assert_eq!(
                parse_time_of_day(raw, Field::StartTime),
                Ok(Some(want)),
                "{raw}"
            );
        }
        for raw in [
            "24:00", "9:60", "930", "9", "9:3", "09:30:15", "-1:30", "+9:30", "9:30u", "a:bc",
            ":30", "9:", "٩:٣٠", "123:00",
        ] {
            assert_eq!(
                parse_time_of_day(raw, Field::StartTime),
                Err(DomainError::InvalidTime {
                    field: Field::StartTime
                }),
                "{raw}"
            );
        }
        assert_eq!(parse_time_of_day("  ", Field::EndTime), Ok(None));
        assert_eq!(time_text(hm(9, 5)), "09:05");
    }

    #[test]
    fn r13_end_before_start_is_refused() {
        for end in ["09:00", "09:30"] {
            assert_eq!(
                Minutes::parse(&input("09:30", end, "", false)),
                Err(DomainError::EndNotAfterStart),
                "{end}"
            );
        }
        assert_eq!(DomainError::EndNotAfterStart.field(), Some(Field::EndTime));
        let m = Minutes::parse(&input("9:30", "11.15", "", false)).unwrap();
        assert_eq!((m.start, m.end), (Some(hm(9, 30)), Some(hm(11, 15))));
    }

    #[test]
    fn r13_times_and_account_are_optional_while_draft() {
        assert_eq!(
            Minutes::parse(&input("", "", " \n ", false)),
            Ok(Minutes::default())
        );
        let only_end = Minutes::parse(&input("", "10:00", "", false)).unwrap();
        assert_eq!((only_end.start, only_end.end), (None, Some(hm(10, 0))));
    }

    #[test]
    fn r13_agreed_needs_an_account() {
        assert_eq!(
            Minutes::parse(&input("", "", "  ", true)),
            Err(DomainError::AgreedWithoutAccount)
        );
        assert_eq!(
            DomainError::AgreedWithoutAccount.field(),
            Some(Field::AccountAgreed)
        );
        let m = Minutes::parse(&input(
            "",
            "",
            "Open gesprek, iedereen kwam aan het woord.",
            true,
        ))
        .unwrap();
        assert!(m.agreed);
        assert_eq!(
            m.agreed_account().map(Prose::as_str),
            Some("Open gesprek, iedereen kwam aan het woord.")
        );
        let not_agreed = Minutes { agreed: false, ..m };
        assert_eq!(not_agreed.agreed_account(), None);
    }

    #[test]
    fn r13_account_is_short_and_plain_text() {
        let long = "a".repeat(ACCOUNT_MAX_CHARS + 1);
        assert_eq!(
            Minutes::parse(&input("", "", &long, false)),
            Err(DomainError::TooLong {
                field: Field::Account,
                max: ACCOUNT_MAX_CHARS
            })
        );
        assert!(Minutes::parse(&input("", "", &"é".repeat(ACCOUNT_MAX_CHARS), false)).is_ok());
        assert_eq!(
            Minutes::parse(&input("", "", "a\u{0}b", false)),
            Err(DomainError::ControlCharacters {
                field: Field::Account
            })
        );
    }

    #[test]
    fn r13_every_fault_of_the_form_at_once() {
        let err = Minutes::parse(&input("25:00", "x", &"a".repeat(2_001), false)).unwrap_err();
        let fields: Vec<_> = err.each().iter().map(|e| e.field()).collect();
        assert_eq!(
            fields,
            [
                Some(Field::StartTime),
                Some(Field::EndTime),
                Some(Field::Account)
            ]
        );
    }

    #[test]
    fn r13_the_times_lie_on_the_meeting_date() {
        let m = Minutes::parse(&input("09:30", "11:00", "", false)).unwrap();
        let date = NaiveDate::from_ymd_opt(2026, 12, 5).unwrap();
        assert_eq!(
            m.start_on(date).map(|t| t.to_string()),
            Some("2026-12-05 09:30:00".into())
        );
        assert_eq!(
            m.end_on(date).map(|t| t.to_string()),
            Some("2026-12-05 11:00:00".into())
        );
    }

    #[test]
    fn r13_hints_name_what_is_missing_and_identifying_data() {
        assert_eq!(
            minutes_hints(&Minutes::default()),
            vec![MinutesHint::TimesNotRecorded, MinutesHint::NoAccount]
        );
        let m = Minutes::parse(&input(
            "09:30",
            "",
            "Moeder belde tussendoor met 06-12345678; BSN 111222333 genoemd.",
            false,
        ))
        .unwrap();
        assert_eq!(
            minutes_hints(&m),
            vec![MinutesHint::IdentifyingData {
                found: vec![HintKind::Bsn, HintKind::Phone]
            }]
        );
        let clean = Minutes::parse(&input("09:30", "", "Rustig overleg.", false)).unwrap();
        assert_eq!(minutes_hints(&clean), vec![]);
    }
}
