//! Command bodies as plain functions over [`AppState`], testable against a temp store
//! without a window. They only translate: DTO → domain input → store → DTO. Every rule is
//! decided in `domain` (called by `store` inside the write transaction).

use crate::dto::{
    ApiError, Item, MeetingDetail, MeetingList, MeetingSummary, NewItem, NewMeeting,
    NewParticipant, Participant, StoreState, Unlocked,
};
use domain::{ItemInput, MeetingId, MeetingInput, ParticipantId, ParticipantInput};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Duration;
use store::Store;
use uuid::Uuid;

/// What the shell does after a lock (set once at start).
pub struct OnLock(Box<dyn Fn(domain::LockReason) + Send + Sync>);

impl std::fmt::Debug for OnLock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("OnLock")
    }
}

/// The app's state: where the store lives and, while unlocked, the open store.
#[derive(Debug)]
pub struct AppState {
    data_dir: PathBuf,
    store: Mutex<Option<Store>>,
    /// When the chair last did something (R21 auto-lock), on `CLOCK_BOOTTIME` so time
    /// spent in suspend counts as idle ([`crate::hardening::boot_time`]).
    last_activity: Mutex<Duration>,
    /// The clock the idle time is measured on; a test can put a fake one in.
    clock: fn() -> Duration,
    /// Called after every lock (R21: the shell ends the web view's process).
    on_lock: std::sync::OnceLock<OnLock>,
    /// When a wrong passphrase was tried since the last unlock (times only, no input);
    /// written to the audit log at the next unlock (NEN 7513).
    failed_unlocks: Mutex<Vec<chrono::DateTime<chrono::Utc>>>,
    /// R21: the idle time: the chair's setting from the store, unless `idle_override`.
    idle: Mutex<domain::IdlePolicy>,
    /// Set by `--idle-seconds`/`CASUSOVERLEG_IDLE_SECONDS` (tests): wins over the setting.
    idle_override: bool,
}

impl AppState {
    /// The idle time follows the chair's setting once the store is unlocked.
    pub fn new(data_dir: PathBuf) -> Self {
        Self::with_idle_override(data_dir, None)
    }

    pub fn with_idle_policy(data_dir: PathBuf, idle: domain::IdlePolicy) -> Self {
        Self::with_idle_override(data_dir, Some(idle))
    }

    /// `Some`: this idle policy always (command-line/environment override); `None`: the
    /// chair's setting from the store once it is unlocked, the default before.
    pub fn with_idle_override(data_dir: PathBuf, idle: Option<domain::IdlePolicy>) -> Self {
        Self {
            data_dir,
            store: Mutex::new(None),
            last_activity: Mutex::new(crate::hardening::boot_time()),
            clock: crate::hardening::boot_time,
            failed_unlocks: Mutex::new(Vec::new()),
            on_lock: std::sync::OnceLock::new(),
            idle: Mutex::new(idle.unwrap_or_default()),
            idle_override: idle.is_some(),
        }
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    pub fn idle_policy(&self) -> domain::IdlePolicy {
        *self.idle.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Whether the idle time comes from the command line instead of the settings.
    pub fn idle_overridden(&self) -> bool {
        self.idle_override
    }

    /// R21: applies the chair's idle setting, unless overridden.
    pub(crate) fn apply_idle_setting(&self, policy: domain::IdlePolicy) {
        if !self.idle_override {
            *self.idle.lock().unwrap_or_else(PoisonError::into_inner) = policy;
        }
    }

    /// Records activity: every command counts, and the UI reports typing and clicks.
    pub fn touch(&self) {
        *self
            .last_activity
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = (self.clock)();
    }

    /// How long the chair has been idle, suspend included.
    pub fn idle_for(&self) -> Duration {
        let last = *self
            .last_activity
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        (self.clock)().saturating_sub(last)
    }

    /// R21: `f` runs after every lock that closed the store (by hand, idle, sleep, screen
    /// lock); set once.
    pub fn set_on_lock(&self, f: impl Fn(domain::LockReason) + Send + Sync + 'static) {
        let _ = self.on_lock.set(OnLock(Box::new(f)));
    }

    /// Measures idle time on `clock` instead of `CLOCK_BOOTTIME` (tests).
    pub fn with_clock(mut self, clock: fn() -> Duration) -> Self {
        self.clock = clock;
        self.last_activity = Mutex::new(clock());
        self
    }

    pub fn is_unlocked(&self) -> bool {
        self.store_slot().is_some()
    }

    fn store_slot(&self) -> MutexGuard<'_, Option<Store>> {
        // A panic elsewhere must not lock the chair out: the store itself stays consistent
        // because every write is one transaction.
        self.store.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The store slot, for a command: counts as activity.
    fn slot(&self) -> MutexGuard<'_, Option<Store>> {
        self.touch();
        self.store_slot()
    }

    /// Most failed tries kept for the log until the next unlock.
    const FAILED_UNLOCKS_KEPT: usize = 1000;

    fn note_failed_unlock(&self, at: chrono::DateTime<chrono::Utc>) {
        let mut failed = self
            .failed_unlocks
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if failed.len() < Self::FAILED_UNLOCKS_KEPT {
            failed.push(at);
        }
    }

    fn failed_unlocks(&self) -> Vec<chrono::DateTime<chrono::Utc>> {
        self.failed_unlocks
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    fn clear_failed_unlocks(&self, logged: usize) {
        let mut failed = self
            .failed_unlocks
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let n = logged.min(failed.len());
        failed.drain(..n);
    }

    /// How many audit entries the store holds (R18), or `None` when locked. Every change
    /// appends one, so tests use it to see that a refused command changed nothing.
    pub fn audit_len(&self) -> Option<u64> {
        self.store_slot().as_ref().and_then(|s| s.audit_len().ok())
    }

    pub(crate) fn with_store<T>(
        &self,
        f: impl FnOnce(&mut Store) -> Result<T, store::StoreError>,
    ) -> Result<T, ApiError> {
        let mut slot = self.slot();
        let store = slot.as_mut().ok_or_else(ApiError::locked)?;
        let result = f(store).map_err(ApiError::from);
        // R18 × R21: the audit witness follows every command that appended to the log. A
        // failed witness write is retried after the next command and at lock.
        let _ = store.sync_witness();
        result
    }
}

pub fn store_state(state: &AppState) -> StoreState {
    StoreState {
        exists: store::store_exists(state.data_dir()),
        unlocked: state.slot().is_some(),
        passphrase_min_chars: u32::try_from(domain::PASSPHRASE_MIN_CHARS).unwrap_or(u32::MAX),
    }
}

/// First start: checks the passphrase policy (R21), creates the store and unlocks it.
pub fn create_store(
    state: &AppState,
    passphrase: &str,
    confirmation: &str,
) -> Result<(), ApiError> {
    domain::check_new_passphrase(passphrase, confirmation)?;
    let mut slot = state.slot();
    let store = Store::create(state.data_dir(), passphrase)?;
    state.apply_idle_setting(store.settings()?.idle);
    *slot = Some(store);
    Ok(())
}

/// Opens the store with the passphrase. Wrong: "Onjuist wachtwoord", and the chair may
/// simply try again. R15: expired meetings are destroyed before anything is shown; if that
/// fails the store stays locked. R21: the chair's idle time applies from now on.
pub fn unlock(state: &AppState, passphrase: &str) -> Result<Unlocked, ApiError> {
    let mut slot = state.slot();
    if let Some(store) = slot.as_ref() {
        // R21: an open store still checks the passphrase (a real key check).
        store.check_passphrase(passphrase)?;
        return Ok(Unlocked { destroyed: 0 });
    }
    let now = chrono::Utc::now();
    let mut unlocked = match Store::unlock(state.data_dir(), passphrase, crate::trust::today(), now)
    {
        Ok(unlocked) => unlocked,
        Err(e) => {
            if matches!(e, store::StoreError::WrongPassphrase) {
                state.note_failed_unlock(now);
            }
            return Err(e.into());
        }
    };
    // NEN 7513: the failed tries since the last unlock, then this unlock.
    let failed = state.failed_unlocks();
    if let Err(e) = unlocked.store.log_unlock(&failed, now) {
        let _ = unlocked.store.close();
        return Err(e.into());
    }
    state.clear_failed_unlocks(failed.len());
    state.apply_idle_setting(unlocked.settings.idle);
    *slot = Some(unlocked.store);
    Ok(Unlocked {
        destroyed: u32::try_from(unlocked.destroyed.len()).unwrap_or(u32::MAX),
    })
}

/// The chair locks the store by hand (R21).
pub fn lock(state: &AppState) -> Result<(), ApiError> {
    lock_for(state, domain::LockReason::ByHand)
}

/// Closes the store (R21); SQLCipher wipes its key when the connection closes. The audit
/// log records why (NEN 7513); a failing log entry never keeps the store open.
pub fn lock_for(state: &AppState, reason: domain::LockReason) -> Result<(), ApiError> {
    let store = state.store_slot().take();
    match store {
        Some(mut store) => {
            let _ = store.log_access(store::AuditKind::Locked(reason), None, chrono::Utc::now());
            let closed = store.close().map_err(ApiError::from);
            if let Some(OnLock(f)) = state.on_lock.get() {
                f(reason);
            }
            closed
        }
        None => Ok(()),
    }
}

/// Logs a read (NEN 7513) for a command body that already has the store: ids and kinds
/// only. A read that cannot be logged is not shown.
pub(crate) fn log_read(
    store: &mut Store,
    kind: store::AuditKind,
    meeting: Option<MeetingId>,
) -> Result<(), store::StoreError> {
    store.log_access(kind, meeting, chrono::Utc::now())
}

/// The UI reports that the chair is typing or clicking (R21: not idle).
pub fn touch_activity(state: &AppState) {
    state.touch();
}

/// How many meetings the list shows at most (newest first); search finds the others.
pub const MEETING_LIST_LIMIT: u32 = 100;

pub fn list_meetings(state: &AppState) -> Result<MeetingList, ApiError> {
    state
        .with_store(|s| s.recent_meetings(MEETING_LIST_LIMIT))
        .map(|(list, total)| MeetingList {
            meetings: list.into_iter().map(Into::into).collect(),
            total,
        })
}

pub fn create_meeting(state: &AppState, input: NewMeeting) -> Result<MeetingSummary, ApiError> {
    let input = MeetingInput {
        case_label: input.case_label,
        date: input.date,
        purpose: input.purpose,
        criteria: input.criteria.unwrap_or_default(),
        family_present: input.family_present.unwrap_or(false),
        family_absence_reason: input.family_absence_reason.unwrap_or_default(),
        anonymous: input.anonymous.unwrap_or(false),
    };
    state
        .with_store(|s| s.create_meeting(&input, chrono::Utc::now()))
        .map(Into::into)
}

pub fn get_meeting(state: &AppState, id: &str) -> Result<MeetingDetail, ApiError> {
    let id = meeting_id(id)?;
    state
        .with_store(|s| {
            let detail = s.meeting_detail(id)?;
            log_read(s, store::AuditKind::MeetingOpened, Some(id))?;
            Ok(detail)
        })
        .map(Into::into)
}

/// R7/R8: the organisation type code (absent or empty = "overig") and secrecy.
pub(crate) fn participant_extra(
    organisation_type: Option<&str>,
    secrecy: Option<bool>,
) -> Result<store::ParticipantExtra, ApiError> {
    Ok(store::ParticipantExtra {
        organisation_type: match organisation_type {
            None | Some("") => domain::OrganisationType::Overig,
            Some(code) => domain::OrganisationType::from_code(code).ok_or(
                domain::DomainError::UnknownValue {
                    field: domain::Field::Organisation,
                },
            )?,
        },
        secrecy: secrecy.unwrap_or(false),
    })
}

pub fn add_participant(state: &AppState, input: NewParticipant) -> Result<Participant, ApiError> {
    let meeting = meeting_id(&input.meeting_id)?;
    let extra = participant_extra(input.organisation_type.as_deref(), input.secrecy)?;
    let input = ParticipantInput {
        role: input.role.parse(domain::Field::Role)?,
        name: input.name,
        organisation: input.organisation,
        function: input.function,
        phone: input.phone,
        email: input.email,
    };
    state
        .with_store(|s| s.add_participant_with(meeting, &input, extra, chrono::Utc::now()))
        .map(Into::into)
}

pub fn add_item(state: &AppState, input: NewItem) -> Result<Item, ApiError> {
    let meeting = meeting_id(&input.meeting_id)?;
    // An id that does not parse cannot be anyone at this table (R5).
    let contributor = Uuid::parse_str(&input.contributor_id)
        .map(ParticipantId::from_uuid)
        .map_err(|_| ApiError::from(domain::DomainError::ContributorNotInMeeting))?;
    let subjects = input
        .subject_ids
        .unwrap_or_default()
        .iter()
        .map(|s| {
            Uuid::parse_str(s)
                .map(domain::SubjectId::from_uuid)
                .map_err(|_| {
                    ApiError::from(domain::DomainError::UnknownSubject {
                        field: domain::Field::Subjects,
                    })
                })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let input = ItemInput {
        contributor,
        text: input.text,
        kind: input.kind.parse(domain::Field::Kind)?,
        category: input.category.parse(domain::Field::Category)?,
        source: input.source.parse(domain::Field::Source)?,
        source_detail: input.source_detail.unwrap_or_default(),
    };
    state
        .with_store(|s| s.add_item_about(meeting, &input, &subjects, chrono::Utc::now()))
        .map(Into::into)
}

pub(crate) fn meeting_id(raw: &str) -> Result<MeetingId, ApiError> {
    Uuid::parse_str(raw)
        .map(MeetingId::from_uuid)
        .map_err(|_| ApiError::from(store::StoreError::NotFound("meeting")))
}
