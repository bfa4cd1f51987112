//! The app's state: where the store lives, the open store while unlocked, the idle clock
//! (R21) and what happens after a lock.

use crate::dto::ApiError;
use std::path::{Path, PathBuf};
// No poisoning: a panic elsewhere must not lock the chair out; the store itself stays
// consistent because every write is one transaction.
use parking_lot::{Mutex, MutexGuard};
use std::time::Duration;
use store::Store;

/// What the shell does after a lock (set once at start).
pub struct OnLock(pub(crate) Box<dyn Fn(domain::LockReason) + Send + Sync>);

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
    pub(crate) on_lock: std::sync::OnceLock<OnLock>,
    /// When a wrong passphrase was tried since the last unlock (times only, no input);
    /// written to the audit log at the next unlock (NEN 7513).
    failed_unlocks: Mutex<store::FailedUnlocks>,
    /// R21: the idle time: the chair's setting from the store, unless `idle_override`.
    idle: Mutex<domain::IdlePolicy>,
    /// Set by `--idle-seconds`/`CASUSOVERLEG_IDLE_SECONDS` (tests): wins over the setting.
    idle_override: bool,
    /// R21: where the chair was in a meeting (ids only), kept across a lock that came over
    /// it, handed back once at unlock.
    place: Mutex<Option<crate::dto::Place>>,
    /// R15: expired meetings hidden at unlock still wait for their rows to be destroyed
    /// ([`AppState::destroy_pending_chunk`], run by the `destroyer` thread).
    destroying: std::sync::atomic::AtomicBool,
    /// Issue 19: the meeting page last sent to the window, numbered, so the next release
    /// decision answers with what changed since (`store::flow_changes`). It holds what the
    /// window shows; it goes at lock, when meetings are destroyed, when the chair goes back
    /// to the overview, and when a change answers with a page another way.
    sent: Mutex<Option<store::MeetingFlow>>,
    /// The number of the last page sent (`MeetingFlow::revision`).
    revisions: std::sync::atomic::AtomicU64,
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
            failed_unlocks: Mutex::new(store::FailedUnlocks::default()),
            on_lock: std::sync::OnceLock::new(),
            idle: Mutex::new(idle.unwrap_or_default()),
            idle_override: idle.is_some(),
            place: Mutex::new(None),
            destroying: std::sync::atomic::AtomicBool::new(false),
            sent: Mutex::new(None),
            revisions: std::sync::atomic::AtomicU64::new(0),
        }
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    pub fn idle_policy(&self) -> domain::IdlePolicy {
        *self.idle.lock()
    }

    /// Whether the idle time comes from the command line instead of the settings.
    pub fn idle_overridden(&self) -> bool {
        self.idle_override
    }

    /// R21: applies the chair's idle setting, unless overridden.
    pub(crate) fn apply_idle_setting(&self, policy: domain::IdlePolicy) {
        if !self.idle_override {
            *self.idle.lock() = policy;
        }
    }

    /// Records activity: every command counts, and the UI reports typing and clicks.
    pub fn touch(&self) {
        *self.last_activity.lock() = (self.clock)();
    }

    /// How long the chair has been idle, suspend included.
    pub fn idle_for(&self) -> Duration {
        let last = *self.last_activity.lock();
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

    /// R21: the chair's place in a meeting (`None`: not in a meeting).
    pub(crate) fn set_place(&self, place: Option<crate::dto::Place>) {
        *self.place.lock() = place;
    }

    /// R21: whether a place is kept.
    pub(crate) fn has_place(&self) -> bool {
        self.place.lock().is_some()
    }

    /// R21: the kept place, once.
    pub(crate) fn take_place(&self) -> Option<crate::dto::Place> {
        self.place.lock().take()
    }

    pub fn is_unlocked(&self) -> bool {
        self.store_slot().is_some()
    }

    pub(crate) fn store_slot(&self) -> MutexGuard<'_, Option<Store>> {
        self.store.lock()
    }

    /// The store slot, for a command: counts as activity.
    pub(crate) fn slot(&self) -> MutexGuard<'_, Option<Store>> {
        self.touch();
        self.store_slot()
    }

    /// The failed unlock tries not yet logged ([`store::Store::unlock`] notes and logs them).
    pub(crate) fn failed_unlocks(&self) -> MutexGuard<'_, store::FailedUnlocks> {
        self.failed_unlocks.lock()
    }

    /// How many audit entries the store holds (R18), or `None` when locked. Every change
    /// appends one, so tests use it to see that a refused command changed nothing.
    pub fn audit_len(&self) -> Option<u64> {
        self.store_slot().as_ref().and_then(|s| s.audit_len().ok())
    }

    /// Whether a copy of a meeting is kept between commands: the page last sent to the
    /// window or the store's flow of the last change (issue 19). Tests use it to see that
    /// going back to the meeting list and a lock leave none.
    pub fn keeps_a_meeting(&self) -> bool {
        // One lock at a time: `send_page` takes the page's lock while the store is held.
        let page = self.sent.lock().is_some();
        page || self.store_slot().as_ref().is_some_and(|s| s.keeps_a_flow())
    }

    /// R15: notes whether hidden meetings wait for their rows to be destroyed.
    pub(crate) fn set_destroying(&self, waiting: bool) {
        self.destroying
            .store(waiting, std::sync::atomic::Ordering::SeqCst);
    }

    /// R15: whether hidden meetings wait for their rows to be destroyed.
    pub fn destroying(&self) -> bool {
        self.destroying.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// R15: destroys the rows of the next chunk of meetings hidden at unlock
    /// ([`Store::destroy_pending_chunk`]: at most [`store::DESTROY_CHUNK`] meetings, one
    /// transaction), between commands: it holds the store as a command does, so a command
    /// waits for at most one chunk. Not activity (R21: it does not keep the store from locking). Returns whether
    /// more wait. A locked store, or a chunk that fails, stops it: what is left stays in
    /// the store and the next unlock destroys it first.
    pub fn destroy_pending_chunk(&self) -> bool {
        if !self.destroying() {
            return false;
        }
        let mut slot = self.store_slot();
        let more = match slot.as_mut() {
            Some(store) => matches!(store.destroy_pending_chunk(), Ok(left) if left > 0),
            None => false,
        };
        // R15: no copy of a page stays while meetings are destroyed.
        self.forget_sent_page();
        self.set_destroying(more);
        more
    }

    /// Migration 0041: writes the next search document a new participant or item left
    /// stale, once the chair has been still for `still` (a live meeting adds an item every
    /// few seconds; each write is a few ms, and a waiting command waits for at most one).
    /// Like [`AppState::destroy_pending_chunk`]: not activity, nothing while locked, and a
    /// failure leaves the document for the next search, which writes what is stale first.
    /// Returns whether more wait.
    pub fn index_stale_search_doc(&self, still: Duration) -> bool {
        if self.idle_for() < still {
            return false;
        }
        let mut slot = self.store_slot();
        match slot.as_mut() {
            Some(store) => matches!(store.refresh_stale_search_docs(1), Ok(true)),
            None => false,
        }
    }

    /// Issue 19: `page` numbered and kept as the page the window holds, answered with the
    /// steps from the page sent before when that was this meeting's, else whole. Call it
    /// with the store held (in [`AppState::with_store`]), so pages are numbered in the
    /// order of the changes.
    pub(crate) fn send_page(&self, mut page: store::MeetingFlow) -> store::FlowAnswer {
        page.revision = self
            .revisions
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst)
            + 1;
        let mut sent = self.sent.lock();
        let ops = match sent.as_ref() {
            Some(old) if old.id == page.id => store::flow_changes(old, &page).ok(),
            _ => None,
        };
        let answer = match ops {
            Some(ops) => store::FlowAnswer::Changed { ops },
            None => store::FlowAnswer::Whole {
                flow: Box::new(page.clone()),
            },
        };
        *sent = Some(page);
        answer
    }

    /// Issue 19: no page is kept (the window got one that is not numbered, the store
    /// locks, or meetings are destroyed). Public for the benches: the next release decision
    /// answers whole, as every change did before session 26.
    pub fn forget_sent_page(&self) {
        *self.sent.lock() = None;
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
