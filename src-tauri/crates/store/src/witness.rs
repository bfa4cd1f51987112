//! R18 × R21: a witness of the audit log outside the store file.
//!
//! SQLCipher authenticates every page but not its freshness: an older copy of the whole
//! file, or of only the pages of `audit_log` and `audit_head`, passes every check inside
//! the file. So after every command that appended to the log, the chain position (sequence
//! number) and a keyed MAC over the store id, that position and the entry's hash are
//! written to two small files outside the store: `casusoverleg.db.witness` beside it and
//! `witness-<store id>` in the user's config dir (`$XDG_CONFIG_HOME/nl.casusoverleg.app`,
//! or `$CASUSOVERLEG_CONFIG_DIR`). The MAC key lives only inside the encrypted store, so a
//! witness can neither be forged nor lowered without the passphrase, and it binds the
//! chain to this store's id.
//!
//! At unlock and in `casus verify` the store must reach every witness: the entry at the
//! witnessed position must exist and carry the witnessed MAC. A store behind its witness
//! (rollback, spliced audit pages, a cut-off tail) or a witness that vanished is refused.
//! A store from before the witness (or a new one) gets its first witness then.
//! `casus restore` moves the witness to the restored store on purpose.

use crate::backup::with_suffix;
use crate::paths::APP_IDENTIFIER;
use crate::{Store, StoreError};
use hmac::{Hmac, Mac};
use rusqlite::OptionalExtension;
use sha2::Sha256;
use std::path::PathBuf;

/// Environment variable that puts the config-dir witness somewhere else (tests, portable use).
pub const CONFIG_DIR_ENV: &str = "CASUSOVERLEG_CONFIG_DIR";
/// Suffix of the witness file beside the store file.
pub const WITNESS_SUFFIX: &str = ".witness";
const MAGIC: &str = "casusoverleg-witness 1";

/// The config dir the second witness goes to: `$CASUSOVERLEG_CONFIG_DIR`, else the OS
/// config dir + the app identifier. `None` when the OS has none.
pub fn default_witness_dir() -> Option<PathBuf> {
    std::env::var_os(CONFIG_DIR_ENV)
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| dirs::config_dir().map(|d| d.join(APP_IDENTIFIER)))
}

/// What the witness check found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WitnessVerdict {
    /// No witness was written before (a new store, or one from before this check): the
    /// first one has been written now.
    Created { seq: i64 },
    /// The store reaches its witness; the witness now stands at `seq`.
    InStep { seq: i64 },
    /// The store's log ends before the witnessed position: an older copy was put back,
    /// or its tail was cut off.
    Behind { store_seq: i64, witness_seq: i64 },
    /// The entry at the witnessed position is not the witnessed one (audit pages replaced
    /// or the witness was changed).
    Diverged { witness_seq: i64 },
    /// A witness that had been written is gone.
    Missing,
}

impl WitnessVerdict {
    /// Whether the store may be opened.
    pub fn is_ok(self) -> bool {
        matches!(self, Self::Created { .. } | Self::InStep { .. })
    }
}

struct Parsed {
    store_id: String,
    seq: i64,
    mac: Vec<u8>,
}

fn parse(text: &str) -> Option<Parsed> {
    let mut lines = text.lines();
    if lines.next()? != MAGIC {
        return None;
    }
    let store_id = lines.next()?.to_owned();
    let seq = lines.next()?.parse().ok()?;
    let hex = lines.next()?;
    let mac = (0..hex.len())
        .step_by(2)
        .map(|i| {
            hex.get(i..i + 2)
                .and_then(|b| u8::from_str_radix(b, 16).ok())
        })
        .collect::<Option<Vec<u8>>>()?;
    Some(Parsed { store_id, seq, mac })
}

fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn mac_of(key: &[u8], store_id: &str, seq: i64, hash: &[u8]) -> Result<Vec<u8>, StoreError> {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key)
        .map_err(|_| StoreError::Corrupt("witness key"))?;
    mac.update(MAGIC.as_bytes());
    mac.update(&[0]);
    mac.update(store_id.as_bytes());
    mac.update(&[0]);
    mac.update(&seq.to_be_bytes());
    mac.update(hash);
    Ok(mac.finalize().into_bytes().to_vec())
}

impl Store {
    /// Where the witness files of this store go (beside it, and in the config dir).
    fn witness_places(&self, store_id: &str) -> Vec<PathBuf> {
        let mut places = vec![with_suffix(&self.path, WITNESS_SUFFIX)];
        if let Some(dir) = &self.witness_dir {
            places.push(dir.join(format!("witness-{store_id}")));
        }
        places
    }

    /// Puts the config-dir witness elsewhere (`None`: only the one beside the store).
    pub fn set_witness_dir(&mut self, dir: Option<PathBuf>) {
        self.witness_dir = dir;
    }

    fn witness_basics(&self) -> Result<(String, Vec<u8>, bool), StoreError> {
        let store_id =
            crate::backup::store_id_in(&self.conn)?.ok_or(StoreError::Corrupt("store id"))?;
        let (key, witnessed): (Vec<u8>, bool) = self.conn.query_row(
            "SELECT mac_key, witnessed FROM audit_witness WHERE id = 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok((store_id, key, witnessed))
    }

    fn audit_head(&self) -> Result<(i64, Vec<u8>), StoreError> {
        Ok(self
            .conn
            .query_row("SELECT seq, hash FROM audit_head WHERE id = 1", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()?
            .unwrap_or((0, Vec::new())))
    }

    /// The audit log's position (the last entry's sequence number), printed on every
    /// document ("Logboek #1234") so a paper copy proves how far the log had come.
    pub fn audit_position(&self) -> Result<i64, StoreError> {
        Ok(self.audit_head()?.0)
    }

    /// Writes the witness for the current chain head to every place, when it moved since
    /// the last write: computed here, written by the witness writer (a thread of this
    /// store) right after, so the command's answer does not wait for the files (see the
    /// module docs for the window). Cheap when nothing changed (one read of `audit_head`). Only a store
    /// that passed [`Store::check_witness`] (or was just created) moves its witness: an
    /// unchecked, possibly rolled-back store never lowers it.
    pub fn sync_witness(&self) -> Result<(), StoreError> {
        let Some(last) = self.witnessed_seq.get() else {
            return Ok(());
        };
        let (seq, hash) = self.audit_head()?;
        if seq == last {
            if let Some(writer) = self.witness_writer.get() {
                writer.retry_failed();
            }
            return Ok(());
        }
        self.write_witness(seq, &hash)
    }

    /// Hands the witness of `seq` to the writer (written off the command path).
    fn write_witness(&self, seq: i64, hash: &[u8]) -> Result<(), StoreError> {
        let (store_id, key, witnessed) = self.witness_basics()?;
        let mac = mac_of(&key, &store_id, seq, hash)?;
        let text = format!("{MAGIC}\n{store_id}\n{seq}\n{}\n", to_hex(&mac));
        let places = self.witness_places(&store_id);
        let writer = self.witness_writer.get_or_init(WitnessWriter::start);
        if !witnessed {
            // The first witness of this store: on disk before the store says it has one
            // (a missing witness is then refused).
            writer.submit(seq, text, places);
            writer.flush()?;
            self.conn
                .execute("UPDATE audit_witness SET witnessed = 1 WHERE id = 1", [])?;
        } else {
            writer.submit(seq, text, places);
        }
        self.witnessed_seq.set(Some(seq));
        Ok(())
    }

    /// Waits until the witness files stand where the last write put them (lock, close,
    /// and before the store is copied). A write that failed in the background is tried
    /// once more here; its error is returned.
    pub fn flush_witness(&self) -> Result<(), StoreError> {
        match self.witness_writer.get() {
            Some(writer) => writer.flush(),
            None => Ok(()),
        }
    }

    /// R18 × R21: whether the store reaches every witness (see the module docs). When it
    /// does, the witness moves up to the current head. Changes nothing when it does not.
    pub fn check_witness(&self) -> Result<WitnessVerdict, StoreError> {
        // What this store handed to its writer is on disk first (a failed write is
        // written again below, at the head).
        let _ = self.flush_witness();
        let (store_id, key, witnessed) = self.witness_basics()?;
        let (head_seq, head_hash) = self.audit_head()?;
        let mut seen = 0;
        let mut missing = false;
        for place in self.witness_places(&store_id) {
            let text = match std::fs::read_to_string(&place) {
                Ok(t) => t,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    missing = true;
                    continue;
                }
                Err(e) => return Err(StoreError::Io(e)),
            };
            let Some(w) = parse(&text) else {
                return Ok(WitnessVerdict::Diverged { witness_seq: 0 });
            };
            if w.store_id != store_id {
                // A witness of another store (the file beside was swapped): not ours.
                missing = true;
                continue;
            }
            seen += 1;
            if w.seq > head_seq {
                return Ok(WitnessVerdict::Behind {
                    store_seq: head_seq,
                    witness_seq: w.seq,
                });
            }
            let hash: Option<Vec<u8>> = self
                .conn
                .query_row("SELECT hash FROM audit_log WHERE seq = ?1", [w.seq], |r| {
                    r.get(0)
                })
                .optional()?;
            let Some(hash) = hash else {
                return Ok(WitnessVerdict::Behind {
                    store_seq: head_seq,
                    witness_seq: w.seq,
                });
            };
            if mac_of(&key, &store_id, w.seq, &hash)? != w.mac {
                return Ok(WitnessVerdict::Diverged { witness_seq: w.seq });
            }
        }
        if witnessed && missing {
            return Ok(WitnessVerdict::Missing);
        }
        self.write_witness(head_seq, &head_hash)?;
        self.flush_witness()?;
        Ok(if witnessed || seen > 0 {
            WitnessVerdict::InStep { seq: head_seq }
        } else {
            WitnessVerdict::Created { seq: head_seq }
        })
    }

    /// `casus restore` and a new store: this store becomes the witnessed one, on purpose.
    pub fn move_witness_here(&self) -> Result<(), StoreError> {
        let (seq, hash) = self.audit_head()?;
        self.write_witness(seq, &hash)?;
        self.flush_witness()
    }
}

/// One witness to write: its position, its text and the files it goes to.
struct Job {
    seq: i64,
    text: String,
    places: Vec<PathBuf>,
}

#[derive(Default)]
struct WriterState {
    /// The newest witness not yet taken by the thread (a newer one replaces it).
    pending: Option<Job>,
    /// The thread is writing a witness.
    busy: bool,
    /// The last witness whose write failed (kept until a newer one is written).
    failed: Option<Job>,
    /// Close: write what is pending, then end.
    stop: bool,
}

/// R18 × R21: writes the witness files on its own thread, newest first: while one
/// witness is written, further ones coalesce to the newest, so a burst of commands costs
/// one write. [`WitnessWriter::flush`] waits for the files; dropping it (close, drop of
/// the store) writes what is pending and ends the thread.
pub(crate) struct WitnessWriter {
    shared: std::sync::Arc<(std::sync::Mutex<WriterState>, std::sync::Condvar)>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl std::fmt::Debug for WitnessWriter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("WitnessWriter")
    }
}

fn write_job(job: &Job) -> Result<(), StoreError> {
    for place in &job.places {
        if let Some(dir) = place.parent() {
            crate::files::create_private_dir(dir)?;
        }
        crate::files::replace_private_file(place, job.text.as_bytes())?;
    }
    Ok(())
}

fn lock_state(m: &std::sync::Mutex<WriterState>) -> std::sync::MutexGuard<'_, WriterState> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl WitnessWriter {
    fn start() -> Self {
        let shared = std::sync::Arc::new((
            std::sync::Mutex::new(WriterState::default()),
            std::sync::Condvar::new(),
        ));
        let theirs = std::sync::Arc::clone(&shared);
        let thread = std::thread::Builder::new()
            .name("audit-witness".into())
            .spawn(move || Self::run(&theirs))
            .ok();
        Self { shared, thread }
    }

    fn run(shared: &(std::sync::Mutex<WriterState>, std::sync::Condvar)) {
        let (state, wake) = shared;
        let mut s = lock_state(state);
        loop {
            if let Some(job) = s.pending.take() {
                s.busy = true;
                drop(s);
                let written = write_job(&job);
                s = lock_state(state);
                s.busy = false;
                match written {
                    Ok(()) => {
                        if s.failed.as_ref().is_some_and(|f| f.seq <= job.seq) {
                            s.failed = None;
                        }
                    }
                    Err(_) => s.failed = Some(job),
                }
                wake.notify_all();
            } else if s.stop {
                return;
            } else {
                s = wake
                    .wait(s)
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
            }
        }
    }

    fn submit(&self, seq: i64, text: String, places: Vec<PathBuf>) {
        let job = Job { seq, text, places };
        if self.thread.is_none() {
            // No thread could be started: write on the command path, as before.
            let mut s = lock_state(&self.shared.0);
            match write_job(&job) {
                Ok(()) => s.failed = None,
                Err(_) => s.failed = Some(job),
            }
            return;
        }
        lock_state(&self.shared.0).pending = Some(job);
        self.shared.1.notify_all();
    }

    /// Hands a witness whose write failed to the thread again (unless a newer one waits).
    fn retry_failed(&self) {
        let mut s = lock_state(&self.shared.0);
        if s.pending.is_none() && !s.busy {
            if let Some(job) = s.failed.take() {
                if self.thread.is_none() {
                    if write_job(&job).is_err() {
                        s.failed = Some(job);
                    }
                    return;
                }
                s.pending = Some(job);
                self.shared.1.notify_all();
            }
        }
    }

    /// Waits until nothing is pending or being written; a failed write is tried again
    /// here (on this thread) and its error returned.
    fn flush(&self) -> Result<(), StoreError> {
        let (state, wake) = &*self.shared;
        let mut s = lock_state(state);
        while s.pending.is_some() || s.busy {
            s = wake
                .wait(s)
                .unwrap_or_else(std::sync::PoisonError::into_inner);
        }
        match s.failed.take() {
            Some(job) => {
                let again = write_job(&job);
                if again.is_err() {
                    s.failed = Some(job);
                }
                again
            }
            None => Ok(()),
        }
    }
}

impl Drop for WitnessWriter {
    fn drop(&mut self) {
        lock_state(&self.shared.0).stop = true;
        self.shared.1.notify_all();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
        let _ = self.flush();
    }
}
