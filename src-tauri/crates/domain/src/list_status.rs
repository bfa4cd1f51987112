//! R11/R13/R15: the status a meeting shows in the meeting list, decided from its state.
//! The nearest deadline wins: a meeting about to be destroyed says so first (R15), then a
//! finalized meeting whose follow-up is still being prepared (R11), then finalized or draft.

use crate::{MeetingState, EXPIRY_NOTICE_DAYS};
use chrono::NaiveDate;

/// What the meeting list shows for one meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase", tag = "kind")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum ListStatus {
    /// Concept: still being prepared or held.
    Draft,
    /// Afgerond (R13).
    Finalized,
    /// Vervolg open: finalized, and its follow-up meeting is still a draft (R11).
    FollowUpOpen,
    /// Te vernietigen op: the destroy-after date is within the notice period (R15).
    DestroySoon {
        /// The destroy-after date.
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        on: NaiveDate,
    },
}

/// R11/R13/R15: the list status of a meeting on `today`: its state, its destroy-after date,
/// and whether a follow-up of it is still a draft.
pub fn list_status(
    state: MeetingState,
    retention_until: Option<NaiveDate>,
    follow_up_draft: bool,
    today: NaiveDate,
) -> ListStatus {
    let notice = chrono::Days::new(u64::from(EXPIRY_NOTICE_DAYS));
    if let Some(on) = retention_until {
        if today
            .checked_add_days(notice)
            .is_some_and(|limit| on <= limit)
        {
            return ListStatus::DestroySoon { on };
        }
    }
    match state {
        MeetingState::Draft => ListStatus::Draft,
        MeetingState::Finalized { .. } if follow_up_draft => ListStatus::FollowUpOpen,
        MeetingState::Finalized { .. } => ListStatus::Finalized,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::day;
    use chrono::Utc;

    fn finalized() -> MeetingState {
        MeetingState::Finalized { at: Utc::now() }
    }

    #[test]
    fn r13_a_draft_is_concept_and_a_finalized_meeting_afgerond() {
        let today = day(2026, 12, 1);
        let later = Some(day(2027, 6, 1));
        assert_eq!(
            list_status(MeetingState::Draft, later, false, today),
            ListStatus::Draft
        );
        assert_eq!(
            list_status(finalized(), later, false, today),
            ListStatus::Finalized
        );
        assert_eq!(
            list_status(finalized(), None, false, today),
            ListStatus::Finalized
        );
    }

    #[test]
    fn r11_a_finalized_meeting_with_a_draft_follow_up_shows_vervolg_open() {
        let today = day(2026, 12, 1);
        let later = Some(day(2027, 6, 1));
        assert_eq!(
            list_status(finalized(), later, true, today),
            ListStatus::FollowUpOpen
        );
        // A draft's own follow-up cannot exist; a draft stays a concept.
        assert_eq!(
            list_status(MeetingState::Draft, later, true, today),
            ListStatus::Draft
        );
    }

    #[test]
    fn r15_destroy_soon_wins_within_the_notice_period_to_the_day() {
        let today = day(2026, 12, 1);
        let edge = day(2026, 12, 31); // today + 30 days
        assert_eq!(
            list_status(finalized(), Some(edge), true, today),
            ListStatus::DestroySoon { on: edge }
        );
        assert_eq!(
            list_status(MeetingState::Draft, Some(edge), false, today),
            ListStatus::DestroySoon { on: edge }
        );
        let after = day(2027, 1, 1);
        assert_eq!(
            list_status(finalized(), Some(after), false, today),
            ListStatus::Finalized
        );
    }
}
