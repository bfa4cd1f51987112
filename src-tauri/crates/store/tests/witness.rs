//! R18 × R21: the audit witness outside the store file catches every way of putting back
//! an older log on the real store file: the whole file, only its audit pages, a cut-off
//! tail, and a deleted witness. Before the witness, each of these opened without a word
//! (`verify_audit` says Intact on all of them, see the asserts).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::*;
use std::path::{Path, PathBuf};
use store::{
    store_path, AuditVerdict, FailedUnlocks, Store, StoreError, WitnessVerdict, WITNESS_SUFFIX,
};

struct Setup {
    dir: tempfile::TempDir,
    config: tempfile::TempDir,
}

impl Setup {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let config = tempfile::tempdir().unwrap();
        let mut store = Store::create(dir.path(), PASS).unwrap();
        store.set_witness_dir(Some(config.path().to_path_buf()));
        store.move_witness_here().unwrap();
        store.close().unwrap();
        Self { dir, config }
    }

    /// Opens like the app and `casus` do: the witness check first.
    fn open(&self) -> (Store, WitnessVerdict) {
        let mut store = Store::open(self.dir.path(), PASS).unwrap();
        store.set_witness_dir(Some(self.config.path().to_path_buf()));
        let verdict = store.check_witness().unwrap();
        (store, verdict)
    }

    /// Adds `n` meetings (one audit entry each) and closes, which writes the witness.
    fn add_meetings(&self, n: usize) {
        let (mut store, verdict) = self.open();
        assert!(verdict.is_ok(), "{verdict:?}");
        for i in 0..n {
            store
                .create_meeting(
                    &meeting_input(&format!("Gezin Van den Berg-Ouédraogo {i}")),
                    now(),
                )
                .unwrap();
        }
        store.close().unwrap();
    }

    fn file(&self) -> PathBuf {
        store_path(self.dir.path())
    }

    fn beside(&self) -> PathBuf {
        let mut s = self.file().into_os_string();
        s.push(WITNESS_SUFFIX);
        PathBuf::from(s)
    }

    fn in_config(&self) -> PathBuf {
        let entries: Vec<_> = std::fs::read_dir(self.config.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| {
                p.file_name()
                    .unwrap()
                    .to_string_lossy()
                    .starts_with("witness-")
            })
            .collect();
        assert_eq!(entries.len(), 1, "one witness in the config dir");
        entries[0].clone()
    }

    /// The verdict of a plain open (no witness): what every check inside the file says.
    fn inside_checks_pass(&self) {
        let store = Store::open(self.dir.path(), PASS).unwrap();
        assert!(matches!(
            store.verify_audit().unwrap(),
            AuditVerdict::Intact { .. }
        ));
        assert!(store.integrity_check().unwrap().is_clean());
        drop(store);
    }
}

fn raw(path: &Path) -> rusqlite::Connection {
    common::open_raw(path)
}

#[test]
fn a_store_in_step_with_its_witness_opens_and_moves_it_up() {
    let s = Setup::new();
    s.add_meetings(3);
    assert!(s.beside().is_file());
    let config_witness = s.in_config();
    let before = std::fs::read_to_string(&config_witness).unwrap();
    let (store, verdict) = s.open();
    assert_eq!(verdict, WitnessVerdict::InStep { seq: 4 });
    assert_eq!(store.audit_position().unwrap(), 4);
    store.close().unwrap();
    assert_eq!(std::fs::read_to_string(&config_witness).unwrap(), before);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for f in [s.beside(), config_witness] {
            assert_eq!(
                std::fs::metadata(f).unwrap().permissions().mode() & 0o777,
                0o600
            );
        }
    }
}

#[test]
fn whole_file_rollback_is_refused() {
    let s = Setup::new();
    s.add_meetings(2);
    let old = std::fs::read(s.file()).unwrap();
    s.add_meetings(2);
    std::fs::write(s.file(), old).unwrap();
    s.inside_checks_pass();
    let (_store, verdict) = s.open();
    assert_eq!(
        verdict,
        WitnessVerdict::Behind {
            store_seq: 3,
            witness_seq: 5
        }
    );
}

#[test]
fn spliced_audit_pages_from_an_older_copy_are_refused() {
    let s = Setup::new();
    s.add_meetings(2);
    let old = std::fs::read(s.file()).unwrap();
    s.add_meetings(3);
    // The pages of audit_log and audit_head, found through their root page numbers.
    let (pages, page_size) = {
        let conn = raw(&s.file());
        let pages: Vec<i64> = conn
            .prepare("SELECT rootpage FROM sqlite_master WHERE name IN ('audit_log', 'audit_head')")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let size: String = conn
            .query_row("PRAGMA cipher_page_size", [], |r| r.get(0))
            .unwrap();
        (pages, size.parse::<usize>().unwrap())
    };
    assert_eq!(pages.len(), 2);
    let mut new = std::fs::read(s.file()).unwrap();
    for p in pages {
        let at = (usize::try_from(p).unwrap() - 1) * page_size;
        new[at..at + page_size].copy_from_slice(&old[at..at + page_size]);
    }
    std::fs::write(s.file(), new).unwrap();
    s.inside_checks_pass();
    let (store, verdict) = s.open();
    assert_eq!(store.audit_len().unwrap(), 3, "the older log is back");
    assert_eq!(
        verdict,
        WitnessVerdict::Behind {
            store_seq: 3,
            witness_seq: 6
        }
    );
}

#[test]
fn a_cut_off_tail_is_refused() {
    let s = Setup::new();
    s.add_meetings(4);
    {
        let conn = raw(&s.file());
        conn.execute_batch(
            "DROP TRIGGER audit_log_no_delete;
             DELETE FROM audit_log WHERE seq > 3;
             UPDATE audit_head SET seq = 3, hash = (SELECT hash FROM audit_log WHERE seq = 3);",
        )
        .unwrap();
    }
    s.inside_checks_pass();
    let (_store, verdict) = s.open();
    assert_eq!(
        verdict,
        WitnessVerdict::Behind {
            store_seq: 3,
            witness_seq: 5
        }
    );
}

#[test]
fn a_deleted_witness_is_refused_in_either_place() {
    let s = Setup::new();
    s.add_meetings(1);
    let beside = std::fs::read(s.beside()).unwrap();
    std::fs::remove_file(s.beside()).unwrap();
    let (store, verdict) = s.open();
    assert_eq!(verdict, WitnessVerdict::Missing);
    drop(store);
    assert!(!s.beside().exists(), "a refused store writes no witness");
    std::fs::write(s.beside(), beside).unwrap();
    std::fs::remove_file(s.in_config()).unwrap();
    let (_store, verdict) = s.open();
    assert_eq!(verdict, WitnessVerdict::Missing);
}

#[test]
fn a_store_from_before_the_witness_gets_one_at_first_open() {
    let s = Setup::new();
    s.add_meetings(1);
    std::fs::remove_file(s.beside()).unwrap();
    std::fs::remove_file(s.in_config()).unwrap();
    raw(&s.file())
        .execute("UPDATE audit_witness SET witnessed = 0", [])
        .unwrap();
    let (store, verdict) = s.open();
    assert_eq!(verdict, WitnessVerdict::Created { seq: 2 });
    store.close().unwrap();
    assert!(s.beside().is_file());
    let _ = s.in_config();
}

#[test]
fn a_forged_or_changed_witness_is_refused() {
    let s = Setup::new();
    s.add_meetings(2);
    let text = std::fs::read_to_string(s.beside()).unwrap();
    // Lower the witnessed position without the key: the MAC no longer fits.
    std::fs::write(s.beside(), text.replacen("\n3\n", "\n2\n", 1)).unwrap();
    let (_store, verdict) = s.open();
    assert_eq!(verdict, WitnessVerdict::Diverged { witness_seq: 2 });
}

#[test]
fn restore_moves_the_witness_on_purpose_and_unlock_refuses_a_rollback() {
    // Store::unlock (the app's path) uses the default config dir ($CASUSOVERLEG_CONFIG_DIR).
    let dir = tempfile::tempdir().unwrap();
    let backup = dir.path().join("kopie.casus");
    let data = dir.path().join("data");
    let mut store = Store::create(&data, PASS).unwrap();
    store.backup_to(&backup, PASS, now()).unwrap();
    store
        .create_meeting(&meeting_input("Gezin Ouédraogo"), now())
        .unwrap();
    store.close().unwrap();
    let old = std::fs::read(store_path(&data)).unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 4).unwrap();
    Store::unlock(&data, PASS, &mut FailedUnlocks::default(), today, now())
        .unwrap()
        .store
        .create_meeting(&meeting_input("Gezin Ouédraogo 2"), now())
        .unwrap();
    let u = Store::unlock(&data, PASS, &mut FailedUnlocks::default(), today, now()).unwrap();
    u.store.close().unwrap();
    std::fs::write(store_path(&data), &old).unwrap();
    assert!(matches!(
        Store::unlock(&data, PASS, &mut FailedUnlocks::default(), today, now()),
        Err(StoreError::BehindWitness(WitnessVerdict::Behind { .. }))
    ));
    store::restore(&data, &backup, PASS, false, now()).unwrap();
    let u = Store::unlock(&data, PASS, &mut FailedUnlocks::default(), today, now()).unwrap();
    u.store.close().unwrap();
}

#[cfg(unix)]
#[test]
fn r21_the_data_folder_is_0700_and_every_store_file_0600_also_for_an_older_store() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let s = Setup::new();
    let data = s.dir.path();
    assert_eq!(mode(data), 0o700);
    let (store, _) = s.open();
    for suffix in ["", "-wal", "-shm", ".lock", WITNESS_SUFFIX] {
        let mut f = s.file().into_os_string();
        f.push(suffix);
        assert_eq!(mode(Path::new(&f)), 0o600, "{suffix}");
    }
    let backup = s.config.path().join("kopie.casus");
    let mut store = store;
    store.backup_to(&backup, PASS, now()).unwrap();
    assert_eq!(mode(&backup), 0o600);
    store.close().unwrap();
    // A store made by an older version with 0755/0644 is tightened at open.
    std::fs::set_permissions(data, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(s.file(), std::fs::Permissions::from_mode(0o644)).unwrap();
    let (store, _) = s.open();
    assert_eq!(mode(data), 0o700);
    assert_eq!(mode(&s.file()), 0o600);
    drop(store);
}

/// The witnessed position in a witness file (third line).
fn witnessed_seq_in(path: &Path) -> i64 {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .nth(2)
        .unwrap()
        .parse()
        .unwrap()
}

/// The witness is written off the command path (issue 19): a burst of commands coalesces
/// to the newest head. A close (the lock) and a drop leave both witness files at the head,
/// and a flush does so while the store stays open.
#[test]
fn r18_r21_lock_close_and_drop_leave_the_witness_at_the_head_after_coalesced_writes() {
    let s = Setup::new();
    for way in ["flush", "close", "drop"] {
        let (mut store, verdict) = s.open();
        assert!(verdict.is_ok(), "{verdict:?}");
        for i in 0..40 {
            store
                .create_meeting(&meeting_input(&format!("Gezin Bakker {i}")), now())
                .unwrap();
            // As the shell does after every command.
            store.sync_witness().unwrap();
        }
        let head = store.audit_position().unwrap();
        match way {
            "flush" => {
                store.flush_witness().unwrap();
                assert_eq!(witnessed_seq_in(&s.beside()), head, "{way}");
                assert_eq!(witnessed_seq_in(&s.in_config()), head, "{way}");
                store.close().unwrap();
            }
            "close" => store.close().unwrap(),
            _ => drop(store),
        }
        assert_eq!(witnessed_seq_in(&s.beside()), head, "{way}");
        assert_eq!(witnessed_seq_in(&s.in_config()), head, "{way}");
        // And the store reaches it.
        let (store, verdict) = s.open();
        assert_eq!(verdict, WitnessVerdict::InStep { seq: head }, "{way}");
        store.close().unwrap();
    }
}

/// Figure for the report: the cost of one witness write (both files, fsync'd) and of the
/// check at unlock. `cargo test -p store --test witness -- --ignored --nocapture`.
#[test]
#[ignore = "measurement"]
fn measure_witness_cost() {
    let s = Setup::new();
    s.add_meetings(20);
    let (store, _) = s.open();
    let n: u32 = 200;
    let t = std::time::Instant::now();
    for _ in 0..n {
        store.move_witness_here().unwrap();
    }
    let write = t.elapsed() / n;
    let t = std::time::Instant::now();
    for _ in 0..n {
        assert!(store.check_witness().unwrap().is_ok());
    }
    let check = t.elapsed() / n;
    let t = std::time::Instant::now();
    for _ in 0..n {
        store.sync_witness().unwrap();
    }
    let unchanged = t.elapsed() / n;
    println!("witness write {write:?}, check {check:?}, sync without change {unchanged:?}");
}
