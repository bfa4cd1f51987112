//! R21: the store locks itself when the chair is idle. The policy is pure: given how long
//! nothing happened, say whether to keep going, warn (so unsaved input is not lost
//! silently) or lock.

use crate::{DomainError, Field};
use std::time::Duration;

/// Default idle time before the store locks (R21).
pub const DEFAULT_IDLE_TIMEOUT: Duration = Duration::from_secs(5 * 60);
/// Shortest idle time the chair can configure; tests use it too.
pub const MIN_IDLE_TIMEOUT: Duration = Duration::from_secs(2);
/// Longest idle time the chair can configure.
pub const MAX_IDLE_TIMEOUT: Duration = Duration::from_secs(60 * 60);
/// Shortest idle time the chair can choose in the settings, in minutes.
pub const IDLE_MIN_MINUTES: u32 = 1;
/// Longest idle time the chair can choose in the settings, in minutes.
pub const IDLE_MAX_MINUTES: u32 = 60;
/// How long before the lock the chair is warned, at most.
const WARN_AHEAD: Duration = Duration::from_secs(30);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
/// R21: how long the app may stay idle before it locks.
pub struct IdlePolicy {
    timeout: Duration,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
/// R21: what the app does after a period without input.
pub enum IdleDecision {
    /// Nothing: the chair is active.
    Active,
    /// Lock follows after `remaining` unless the chair does something.
    Warn {
        /// Time left until the lock.
        remaining: Duration,
    },
    /// Lock now.
    Lock,
}

impl IdlePolicy {
    /// A policy with the timeout clamped to the configurable range.
    pub fn new(timeout: Duration) -> Self {
        Self {
            timeout: timeout.clamp(MIN_IDLE_TIMEOUT, MAX_IDLE_TIMEOUT),
        }
    }

    /// R21: the chair's setting, in whole minutes between [`IDLE_MIN_MINUTES`] and
    /// [`IDLE_MAX_MINUTES`]; anything else is refused, not clamped.
    pub fn from_minutes(minutes: u32) -> Result<Self, DomainError> {
        if (IDLE_MIN_MINUTES..=IDLE_MAX_MINUTES).contains(&minutes) {
            Ok(Self::new(Duration::from_secs(u64::from(minutes) * 60)))
        } else {
            Err(DomainError::OutOfRange {
                field: Field::IdleMinutes,
                min: IDLE_MIN_MINUTES,
                max: IDLE_MAX_MINUTES,
            })
        }
    }

    /// The idle time after which the app locks.
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// Warn at most 30 s ahead, and never in the first half of the idle time.
    fn warn_ahead(&self) -> Duration {
        WARN_AHEAD.min(self.timeout / 2)
    }

    /// What to do after `idle` without input: nothing, warn, or lock.
    pub fn decide(&self, idle: Duration) -> IdleDecision {
        if idle >= self.timeout {
            IdleDecision::Lock
        } else if idle >= self.timeout - self.warn_ahead() {
            IdleDecision::Warn {
                remaining: self.timeout - idle,
            }
        } else {
            IdleDecision::Active
        }
    }
}

/// R21: why the store was locked; the audit log records it (NEN 7513), never more.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LockReason {
    /// The chair locked it (button or shortcut).
    ByHand,
    /// The idle time passed (counted with a clock that includes suspend).
    Idle,
    /// The computer is about to sleep (logind `PrepareForSleep`).
    Sleep,
    /// The desktop session or its screensaver locked the screen.
    ScreenLock,
}

impl LockReason {
    /// Stable code for the audit log.
    pub fn code(self) -> &'static str {
        match self {
            LockReason::ByHand => "by_hand",
            LockReason::Idle => "idle",
            LockReason::Sleep => "sleep",
            LockReason::ScreenLock => "screen_lock",
        }
    }

    /// R21: whether the chair comes back to the same place after unlocking. A lock that
    /// came over a running meeting (idle, sleep, screen lock) keeps where the chair was (ids
    /// only, never data); a lock by hand ends the session's place.
    pub fn keeps_place(self) -> bool {
        !matches!(self, LockReason::ByHand)
    }
}

/// R21: what the desktop tells about the session (logind and the screensaver, over D-Bus).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionSignal {
    /// logind `PrepareForSleep(start)`: `true` just before suspend, `false` on resume.
    PrepareForSleep(bool),
    /// logind's session `Lock` (e.g. `loginctl lock-session`).
    SessionLock,
    /// The screensaver's `ActiveChanged(active)` (freedesktop or GNOME).
    ScreenSaverActive(bool),
}

impl SessionSignal {
    /// R21: going to sleep or locking the screen locks the store at once; waking up or the
    /// screensaver ending changes nothing (the chair unlocks with the passphrase).
    pub fn lock_reason(self) -> Option<LockReason> {
        match self {
            SessionSignal::PrepareForSleep(true) => Some(LockReason::Sleep),
            SessionSignal::SessionLock | SessionSignal::ScreenSaverActive(true) => {
                Some(LockReason::ScreenLock)
            }
            SessionSignal::PrepareForSleep(false) | SessionSignal::ScreenSaverActive(false) => None,
        }
    }
}

impl Default for IdlePolicy {
    fn default() -> Self {
        Self::new(DEFAULT_IDLE_TIMEOUT)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const fn s(n: u64) -> Duration {
        Duration::from_secs(n)
    }

    #[test]
    fn r21_default_locks_after_five_idle_minutes_with_a_warning_before() {
        let p = IdlePolicy::default();
        assert_eq!(p.decide(s(0)), IdleDecision::Active);
        assert_eq!(p.decide(s(269)), IdleDecision::Active);
        assert_eq!(p.decide(s(270)), IdleDecision::Warn { remaining: s(30) });
        assert_eq!(p.decide(s(299)), IdleDecision::Warn { remaining: s(1) });
        assert_eq!(p.decide(s(300)), IdleDecision::Lock);
        assert_eq!(p.decide(s(10_000)), IdleDecision::Lock);
    }

    #[test]
    fn r21_short_timeouts_warn_in_the_second_half() {
        let p = IdlePolicy::new(s(4));
        assert_eq!(p.decide(s(1)), IdleDecision::Active);
        assert_eq!(p.decide(s(2)), IdleDecision::Warn { remaining: s(2) });
        assert_eq!(p.decide(s(4)), IdleDecision::Lock);
    }

    #[test]
    fn r21_idle_minutes_setting_is_bounded() {
        assert_eq!(IdlePolicy::from_minutes(5).unwrap(), IdlePolicy::default());
        assert_eq!(IdlePolicy::from_minutes(1).unwrap().timeout(), s(60));
        assert_eq!(IdlePolicy::from_minutes(60).unwrap().timeout(), s(3600));
        for bad in [0, 61, u32::MAX] {
            assert_eq!(
                IdlePolicy::from_minutes(bad),
                Err(DomainError::OutOfRange {
                    field: Field::IdleMinutes,
                    min: 1,
                    max: 60
                })
            );
        }
    }

    #[test]
    fn r21_lock_reasons_have_distinct_codes() {
        let all = [
            LockReason::ByHand,
            LockReason::Idle,
            LockReason::Sleep,
            LockReason::ScreenLock,
        ];
        let codes: std::collections::HashSet<_> = all.iter().map(|r| r.code()).collect();
        assert_eq!(codes.len(), all.len());
    }

    #[test]
    fn r21_sleep_and_screen_lock_lock_at_once_waking_does_not_unlock() {
        use SessionSignal::*;
        assert_eq!(PrepareForSleep(true).lock_reason(), Some(LockReason::Sleep));
        assert_eq!(SessionLock.lock_reason(), Some(LockReason::ScreenLock));
        assert_eq!(
            ScreenSaverActive(true).lock_reason(),
            Some(LockReason::ScreenLock)
        );
        assert_eq!(PrepareForSleep(false).lock_reason(), None);
        assert_eq!(ScreenSaverActive(false).lock_reason(), None);
    }

    #[test]
    fn r21_timeout_is_clamped_to_the_configurable_range() {
        assert_eq!(IdlePolicy::new(s(0)).timeout(), MIN_IDLE_TIMEOUT);
        assert_eq!(IdlePolicy::new(s(86_400)).timeout(), MAX_IDLE_TIMEOUT);
    }

    #[test]
    fn r21_a_lock_over_a_running_meeting_keeps_the_place_a_lock_by_hand_does_not() {
        assert!(!LockReason::ByHand.keeps_place());
        for r in [LockReason::Idle, LockReason::Sleep, LockReason::ScreenLock] {
            assert!(r.keeps_place(), "{r:?}");
        }
    }
}
