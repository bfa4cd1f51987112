//! The encrypted store (R21): one SQLCipher file per installation.
//!
//! Opening needs the chair's passphrase; a wrong one is a typed error, never a crash and
//! never SQLCipher noise on stderr. Migrations run in one transaction at open. Writes ask
//! the `domain` crate first and run in a transaction, so a refused write changes nothing.

mod access_json;
mod address_book;
mod anonymous;
mod audit;
mod backup;
mod breach;
mod cascade;
mod codec;
mod counts;
mod custom_basis;
mod document_list;
mod documents;
mod error;
mod exports;
mod files;
mod flow;
mod flow_view;
mod fts_aux;
mod lock;
mod migrate;
mod organisation_profile;
mod pages;
mod paths;
mod profile_file;
mod reference_data;
mod rekey;
mod repo;
mod report;
mod report_inputs;
mod report_screens;
mod report_views;
mod restore;
mod retention;
mod rights;
mod search;
mod seed;
mod settings_views;
mod ui_prefs;
mod unlock;
mod witness;

pub use access_json::{
    AccessBasisJson, AccessItemJson, AccessMeetingJson, AccessReleaseJson, AccessReportJson,
    AccessVersionJson,
};
pub use audit::{
    verify_audit_log, AuditEntry, AuditFilter, AuditKind, AuditLine, AuditProblem, AuditVerdict,
    DecidedBy,
};
pub use backup::{backup_part_path, verify_backup, BackupCheck, BackupDamage, BackupError};
pub use document_list::{slug, DocumentInfo, DocumentKey, DocumentToSave, MeetingExport};
pub use documents::{ExportKind, MeetingDocument, MeetingDocuments};
pub use error::StoreError;
pub use exports::{breach_to_csv, breach_to_json};
pub use files::{create_private_dir, create_private_file, make_private, save_private_file};
pub use flow::{
    checklist_of, ConsentGiven, CorrectionResult, FlowData, ItemVersion, PreparationInput,
    ReceivedItem, RefusedCorrectionRow, StoredWithdrawal,
};
pub use flow_view::{
    custom_basis_code, flow_changes, AttendanceKind, Basis, CarriedAction, CarriedAnswerView,
    Consent, ConsentCandidatesView, ConsentWithdrawalView, Decision, FlowAnswer, FlowOp,
    InformTaskView, ItemProfile, MeetingFlow, MeetingMinutes, Notification, NotificationStatus,
    OpenPoint, OpenPointGroup, Participant, ParticipantProfile, Presentation, PresentedAction,
    PresentedCarried, PresentedContribution, PresentedItem, PresentedParticipant, PresentedSubject,
    ReleaseCell, ReleaseNeed, ReleaseNeedKind,
};
/// What a change answers besides the meeting page (R5/R9, R10, R16).
pub use flow_view::{CorrectionOutcome, InformRecipient, ReleaseBulkResult, WithdrawalOutcome};
pub use lock::{lock_path, StoreLock};
pub use migrate::{LATEST_SCHEMA_VERSION, MIGRATIONS};

/// SQLite's page cache per open store, in KiB. SQLCipher decrypts and checks (HMAC) every
/// page it reads from the file; a page found in this cache costs nothing. SQLite's default
/// is 2 MiB; what the bigger one saves is measured by the workload bench (BENCHMARKS.md,
/// the cache lever). The cache is freed, and wiped by the app's heap, when
/// the store closes at a lock (R21).
pub const CACHE_KIB: i64 = 16 * 1024;
/// How many prepared statements the connection keeps (`prepare_cached`). rusqlite keeps
/// 16; loading one meeting's flow alone prepares more than that, so with 16 every load
/// parsed and planned its queries again (the cache is least-recently-used and the load
/// walks them in the same order). Measured by the `statements` bench (BENCHMARKS.md).
pub const STATEMENT_CACHE: usize = 256;

/// A write through the connection's statement cache ([`STATEMENT_CACHE`]): the same SQL is
/// parsed and planned once per open store, not on every call. For SQL with a fixed text
/// (a bounded set of table names at most), never for SQL that grows with its input.
pub(crate) trait ExecuteCached {
    /// `Connection::execute`, cached.
    fn execute_cached<P: rusqlite::Params>(&self, sql: &str, params: P) -> rusqlite::Result<usize>;
}

impl ExecuteCached for Connection {
    fn execute_cached<P: rusqlite::Params>(&self, sql: &str, params: P) -> rusqlite::Result<usize> {
        self.prepare_cached(sql)?.execute(params)
    }
}
pub use paths::{default_data_dir, resolve_data_dir, APP_IDENTIFIER, DATA_DIR_ARG, DATA_DIR_ENV};
pub use profile_file::{
    read_logo_file, read_profile_file, CheckedProfileFile, PROFILE_FILE_MAX_BYTES,
};
pub use reference_data::{BasisProposal, LegalBasisInfo, OrganisationTypeInfo, ReferenceData};
pub use rekey::IntegrityReport;
pub use repo::{MeetingDetail, MeetingSummary, ParticipantExtra};
pub use report::{report_label, report_to_csv, report_to_json};
pub use report_inputs::{
    breach_id, meeting_id, AuditLogRequest, BreachRequest, NewBreach, PartnersInformed,
    ReportRequest,
};
pub use report_screens::AUDIT_LOG_PAGE;
pub use report_views::{
    AuditLogLine, AuditLogView, BreachCategory, BreachEntry, BreachListsView, BreachOrganisation,
    BreachView, FamilyMemberToInformView, MeetingToInformView, OrganisationToInformView,
    ReportLine, ReportSection, ReportView,
};
pub use restore::{restore, RestoreOutcome, ASIDE_SUFFIX};
pub use retention::{ExpiringMeeting, Settings, DESTROY_CHUNK};
pub use rights::{
    ErasureOutcome, ErasureRecipient, KnownSubject, RightsRequestView, StoredRequest,
};
pub use search::{SearchHit, SearchSource, SEARCH_LIMIT};
pub use seed::{copy_synced, SeedSpec, Seeded};
pub use settings_views::{
    AuditCheck, CustomBasisView, OrganisationSettings, ProfileImported, SettingsView,
};
pub use ui_prefs::{read_ui_prefs, write_ui_prefs, Theme, UiPrefs, UI_PREFS_FILE};
pub use unlock::{FailedUnlocks, Unlocked};
pub use witness::{default_witness_dir, WitnessVerdict, CONFIG_DIR_ENV, WITNESS_SUFFIX};

use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};
use std::sync::Once;

/// File name of the store inside the data directory. SQLCipher adds `-wal` and `-shm`.
pub const STORE_FILE_NAME: &str = "casusoverleg.db";

/// An open, unlocked store. Dropping it closes the connection; SQLCipher wipes its copy of
/// the key when the connection closes.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    /// The store file, for the key checks of a passphrase change.
    path: PathBuf,
    /// Shared lock beside the store file (`None` only inside a restore, which holds the
    /// exclusive one): the admin tool does not replace a store that is open.
    _lock: Option<StoreLock>,
    /// The config dir of the second audit witness (see `witness`).
    witness_dir: Option<PathBuf>,
    /// The chain position last handed to the witness writer (written, or being written).
    witnessed_seq: std::cell::Cell<Option<i64>>,
    /// Writes the witness files off the command path (see `witness`); started at the
    /// first witness write, finished (pending write done) at close and drop.
    witness_writer: std::cell::OnceCell<witness::WitnessWriter>,
    /// R15: the statements of a destruction in bulk, read from the schema at the first
    /// chunk (`cascade::meeting_rows`).
    meeting_rows: std::cell::OnceCell<cascade::MeetingRows>,
    /// Issue 19: the flow the last change of a meeting answered with, while nothing has
    /// been written since (`flow::FlowCache`); the next change starts from it instead of
    /// loading the meeting again.
    flow_cache: Option<flow::FlowCache>,
}

/// The path of the store file in a data directory.
pub fn store_path(data_dir: &Path) -> PathBuf {
    data_dir.join(STORE_FILE_NAME)
}

/// Whether a store has been created in this data directory.
pub fn store_exists(data_dir: &Path) -> bool {
    store_path(data_dir).is_file()
}

impl Store {
    /// Creates a new store in `data_dir` (made if missing) and opens it.
    pub fn create(data_dir: &Path, passphrase: &str) -> Result<Self, StoreError> {
        files::create_private_dir(data_dir)?;
        let path = store_path(data_dir);
        if path.exists() {
            return Err(StoreError::AlreadyExists);
        }
        let lock = StoreLock::shared(&path)?;
        let result =
            Self::open_path(&path, Some(passphrase), true, Some(lock)).and_then(|mut store| {
                let tx = store.conn.transaction()?;
                audit::append(
                    &tx,
                    AuditKind::StoreCreated,
                    None,
                    DecidedBy::Chair,
                    chrono::Utc::now(),
                )?;
                tx.commit()?;
                store.move_witness_here()?;
                Ok(store)
            });
        if result.is_err() {
            // Leave nothing half-made behind; the chair can simply try again.
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
            }
            let _ = std::fs::remove_file(backup::with_suffix(&path, witness::WITNESS_SUFFIX));
        }
        result
    }

    /// Opens the existing store in `data_dir`. A wrong passphrase gives
    /// [`StoreError::WrongPassphrase`] and leaves the file untouched.
    pub fn open(data_dir: &Path, passphrase: &str) -> Result<Self, StoreError> {
        let path = store_path(data_dir);
        if !path.is_file() {
            return Err(StoreError::NoStore);
        }
        if passphrase.is_empty() {
            // SQLCipher treats an empty key as "no encryption" (API misuse on this file).
            return Err(StoreError::WrongPassphrase);
        }
        let lock = StoreLock::shared(&path)?;
        Self::open_path(&path, Some(passphrase), false, Some(lock))
    }

    /// Benchmark baseline only (BENCHMARKS.md): the same store, schema and pragmas on the same
    /// SQLite build, but without a key, so the cost of encryption can be measured as a
    /// ratio. Behind the `bench-plain` feature, which the app never enables (`./x test`
    /// checks that); nothing else can create an unencrypted store.
    #[cfg(feature = "bench-plain")]
    pub fn create_unencrypted_baseline(data_dir: &Path) -> Result<Self, StoreError> {
        std::fs::create_dir_all(data_dir).map_err(StoreError::Io)?;
        let path = store_path(data_dir);
        if path.exists() {
            return Err(StoreError::AlreadyExists);
        }
        Self::open_path(&path, None, true, None)
    }

    /// Benchmarks only: sets SQLite's page cache to `kib` KiB, to measure the cache size
    /// against the one the app ships ([`CACHE_KIB`]).
    #[cfg(feature = "bench-plain")]
    pub fn set_cache_kib_for_bench(&self, kib: i64) -> Result<(), StoreError> {
        self.conn
            .execute_batch(&format!("PRAGMA cache_size = -{kib};"))?;
        Ok(())
    }

    /// Benchmarks only: keeps `n` prepared statements instead of [`STATEMENT_CACHE`], to
    /// measure the cache against rusqlite's default (16).
    #[cfg(feature = "bench-plain")]
    pub fn set_statement_cache_for_bench(&self, n: usize) {
        self.conn.flush_prepared_statement_cache();
        self.conn.set_prepared_statement_cache_capacity(n);
    }

    /// Reopens the benchmark baseline made by [`Store::create_unencrypted_baseline`].
    #[cfg(feature = "bench-plain")]
    pub fn open_unencrypted_baseline(data_dir: &Path) -> Result<Self, StoreError> {
        Self::open_path(&store_path(data_dir), None, false, None)
    }

    /// Opens `path`; `passphrase` is `None` only for the benchmark baseline.
    pub(crate) fn open_path(
        path: &Path,
        passphrase: Option<&str>,
        create: bool,
        lock: Option<StoreLock>,
    ) -> Result<Self, StoreError> {
        sqlcipher_ready();
        let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        if create {
            flags |= OpenFlags::SQLITE_OPEN_CREATE;
        }
        if create {
            // R21: the store file is the user's only (0600), made new before SQLite opens it.
            drop(files::create_private_file(path)?);
        }
        let mut conn = match passphrase {
            Some(passphrase) => open_keyed(path, flags, passphrase)?,
            None => Connection::open_with_flags(path, flags)?,
        };
        check_key(&conn)?;
        conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
        if create {
            // R15: freed pages of destroyed meetings can be given back to the file system
            // page by page; must be set before the first table exists.
            conn.execute_batch("PRAGMA auto_vacuum = INCREMENTAL;")?;
        }
        let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(StoreError::Corrupt("journal mode"));
        }
        // temp_store = MEMORY: sorts and temporary tables never reach an (unencrypted) temp
        // file (R21; the build's SQLITE_TEMP_STORE=2 already defaults to memory, this
        // makes it explicit). synchronous = FULL: in WAL mode, NORMAL does not fsync the WAL
        // at a commit, so a power cut loses commits the app already reported as saved (R21;
        // the power-cut harness in src-tauri/crates/powercut, docs/engineering.md §5).
        conn.execute_batch(&format!(
            "PRAGMA foreign_keys = ON;
             PRAGMA secure_delete = ON;
             PRAGMA synchronous = FULL;
             PRAGMA temp_store = MEMORY;
             PRAGMA busy_timeout = 5000;
             PRAGMA cache_size = -{CACHE_KIB};"
        ))?;
        migrate::migrate(&mut conn)?;
        fts_aux::register(&conn)?;
        // R21: the store and the WAL/SHM SQLite made are the user's only (also for stores
        // made by older versions with 0644).
        for suffix in ["", "-wal", "-shm"] {
            files::make_private(&backup::with_suffix(path, suffix))?;
        }
        if let Some(dir) = path.parent() {
            if !dir.as_os_str().is_empty() {
                files::create_private_dir(dir)?;
            }
        }
        Ok(Self {
            conn,
            path: path.to_path_buf(),
            _lock: lock,
            witness_dir: witness::default_witness_dir(),
            witnessed_seq: std::cell::Cell::new(None),
            witness_writer: std::cell::OnceCell::new(),
            meeting_rows: std::cell::OnceCell::new(),
            flow_cache: None,
        })
    }

    /// The schema version recorded in the store.
    pub fn schema_version(&self) -> Result<u32, StoreError> {
        migrate::current_version(&self.conn)
    }

    /// Negative control of the power-cut harness only (src-tauri/crates/powercut): commits
    /// no longer wait for the disk, so a power cut loses them. Behind the
    /// `harness-sync-off` feature, which the app never enables (`./x test` checks that).
    #[cfg(feature = "harness-sync-off")]
    pub fn set_synchronous_off_for_harness(&self) -> Result<(), StoreError> {
        self.conn.execute_batch("PRAGMA synchronous = OFF;")?;
        Ok(())
    }

    /// Closes the store explicitly (R21: lock).
    /// The audit witness is brought up to date first (see `witness`).
    pub fn close(self) -> Result<(), StoreError> {
        let synced = self.sync_witness().and_then(|()| self.flush_witness());
        self.conn.close().map_err(|(_, e)| StoreError::Sqlite(e))?;
        synced
    }
}

/// Opens `path` and sets the key, as every keyed open in this crate does.
///
/// R21: SQLCipher wipes every allocation it frees (and locks its key pages), so nothing of a
/// closed store stays readable in freed heap; cost in BENCHMARKS.md. Process-wide in
/// SQLCipher; set on every open, before the key.
///
/// A key that SQLCipher refuses with a bare `SQLITE_ERROR` (its set-up failed: not yet
/// initialised, or no random bytes for the provider) leaves that connection read-only, so it
/// is tried again on a fresh connection, three times at most. A wrong key is not such an
/// error: that shows only at the first read ([`check_key`]).
pub(crate) fn open_keyed(
    path: &Path,
    flags: OpenFlags,
    passphrase: &str,
) -> Result<Connection, StoreError> {
    sqlcipher_ready();
    let mut attempt = 0;
    loop {
        attempt += 1;
        let conn = Connection::open_with_flags(path, flags)?;
        if !HEAP_WIPES.load(std::sync::atomic::Ordering::Relaxed) {
            conn.execute_batch("PRAGMA cipher_memory_security = ON;")?;
        }
        match set_key(&conn, passphrase) {
            Ok(()) => return Ok(conn),
            Err(StoreError::Sqlite(rusqlite::Error::SqliteFailure(e, _)))
                if e.extended_code == rusqlite::ffi::SQLITE_ERROR && attempt < 3 =>
            {
                drop(conn);
                std::thread::sleep(std::time::Duration::from_millis(10));
            }
            Err(e) => return Err(e),
        }
    }
}

/// Hands the passphrase to SQLCipher through `sqlite3_key`, so it never becomes part of a
/// SQL string that rusqlite would keep around unwiped (engineering §2).
#[allow(unsafe_code)]
pub(crate) fn set_key(conn: &Connection, passphrase: &str) -> Result<(), StoreError> {
    let len = i32::try_from(passphrase.len()).map_err(|_| StoreError::WrongPassphrase)?;
    // SAFETY: `handle()` is the live connection owned by `conn`; the pointer and length
    // describe `passphrase`, which outlives the call; SQLCipher copies the key material.
    let rc = unsafe { rusqlite::ffi::sqlite3_key(conn.handle(), passphrase.as_ptr().cast(), len) };
    if rc == rusqlite::ffi::SQLITE_OK {
        Ok(())
    } else {
        Err(StoreError::Sqlite(rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rc),
            None,
        )))
    }
}

/// The key is checked only at the first read (engineering §2): a wrong one is
/// [`StoreError::WrongPassphrase`].
pub(crate) fn check_key(conn: &Connection) -> Result<(), StoreError> {
    match conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    }) {
        Ok(_) => Ok(()),
        Err(e) if is_not_a_database(&e) => Err(StoreError::WrongPassphrase),
        Err(e) => Err(e.into()),
    }
}

fn is_not_a_database(e: &rusqlite::Error) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::NotADatabase)
}

/// Set once by a process whose heap overwrites every freed block (the app: see
/// the `hardening` crate); see [`rely_on_wiping_heap`].
static HEAP_WIPES: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// R21: the process tells the store that its heap overwrites every freed block (glibc's
/// `perturb` with the per-thread cache off). SQLCipher's `cipher_memory_security` then
/// stays off: it wipes what SQLite frees, which that heap already does, and it `mlock`s and
/// `munlock`s every single allocation, a system call pair that made each command 4–12
/// times slower (BENCHMARKS.md, 2026-12-05) while the same texts sit unlocked in the
/// web view's and the Rust heap anyway. Without this call (the `casus` tool, tests) the
/// store keeps switching it on. Process-wide, like the SQLCipher setting itself.
pub fn rely_on_wiping_heap() {
    HEAP_WIPES.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// Makes SQLCipher ready for keys, once per process, before any store file is opened; every
/// store entry point calls it. Also silences SQLCipher's log ("hmac check failed" on a wrong
/// key goes to stderr otherwise; the setting is process-wide).
///
/// Why waiting is needed: SQLite marks itself initialised *before* it runs SQLCipher's extra
/// initialisation. A second thread that opens a connection in that window sees SQLite as
/// ready, and its `sqlite3_key` fails with a bare `SQLITE_ERROR` because SQLCipher is not.
/// This happened in CI when two tests opened their first connections at the same moment.
/// So this waits (at most 5 s) until a key can be set on a throwaway in-memory connection.
/// Code that opens raw `rusqlite` connections on store files (tests, benchmarks) calls it too.
pub fn sqlcipher_ready() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
        loop {
            if let Ok(conn) = Connection::open_in_memory() {
                if set_key(&conn, "ready").is_ok() {
                    let _ = conn.query_row("PRAGMA cipher_log_level = NONE", [], |_| Ok(()));
                    return;
                }
            }
            if std::time::Instant::now() >= deadline {
                // Leave it to the real open to report the error it gets.
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
    });
}
