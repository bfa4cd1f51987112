//! Helpers: real encrypted stores made with the store crate, and the real `casus` binary
//! with its passphrases written into a pipe that it inherits as fd 3.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
#![allow(dead_code)]

use command_fds::{CommandFdExt, FdMapping};
use rusqlite::types::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use store::{SeedSpec, Store, STORE_FILE_NAME};

pub const PASS: &str = "correct horse battery staple";

/// What `casus` did.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `casus --data-dir <dir> --passphrase-fd 3 <args>` with `lines` (one per line) on
/// fd 3.
pub fn casus(dir: &Path, args: &[&str], lines: &[&str]) -> Run {
    let (reader, mut writer) = std::io::pipe().unwrap();
    for l in lines {
        writeln!(writer, "{l}").unwrap();
    }
    drop(writer);
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_casus"));
    cmd.arg("--data-dir")
        .arg(dir)
        .arg("--passphrase-fd")
        .arg("3")
        .args(args)
        // The default dir must never be touched by a test.
        .env_remove(store::DATA_DIR_ENV);
    cmd.fd_mappings(vec![FdMapping {
        parent_fd: reader.into(),
        child_fd: 3,
    }])
    .unwrap();
    let out = cmd.output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// A closed store in a fresh temp dir, with meetings, participants, subjects, items,
/// actions, releases and notifications in it (the seed fills every table of the flow).
pub fn seeded_store() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(dir.path(), PASS).unwrap();
    store
        .seed(
            SeedSpec {
                meetings: 3,
                participants_per_meeting: 4,
                subjects_per_meeting: 2,
                items_per_meeting: 5,
                actions_per_meeting: 2,
                finalized: false,
            },
            7,
        )
        .unwrap();
    store.seed_audit(5).unwrap();
    store.close().unwrap();
    dir
}

pub fn store_file(dir: &Path) -> PathBuf {
    dir.join(STORE_FILE_NAME)
}

/// Every row of every table of an encrypted file, sorted, by table name.
pub fn dump(file: &Path, pass: &str) -> Vec<(String, Vec<Vec<Value>>)> {
    store::sqlcipher_ready();
    let conn =
        rusqlite::Connection::open_with_flags(file, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap();
    conn.pragma_update(None, "key", pass).unwrap();
    let tables: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table'
             AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    tables
        .into_iter()
        .map(|t| {
            let mut stmt = conn.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
            let n = stmt.column_count();
            let mut rows: Vec<Vec<Value>> = stmt
                .query_map([], |r| (0..n).map(|i| r.get::<_, Value>(i)).collect())
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            rows.sort_by(|a, b| format!("{a:?}").cmp(&format!("{b:?}")));
            (t, rows)
        })
        .collect()
}

/// The store file's bytes (the WAL and SHM must be absent: the store is closed).
pub fn store_bytes(dir: &Path) -> Vec<u8> {
    for side in ["-wal", "-shm"] {
        let mut p = store_file(dir).into_os_string();
        p.push(side);
        let p = PathBuf::from(p);
        assert!(
            !p.exists() || std::fs::metadata(&p).unwrap().len() == 0,
            "{side} left behind"
        );
    }
    std::fs::read(store_file(dir)).unwrap()
}

/// Whether `pass` still opens the store in `dir`.
pub fn opens_with(dir: &Path, pass: &str) -> bool {
    match Store::open(dir, pass) {
        Ok(s) => {
            s.close().unwrap();
            true
        }
        Err(_) => false,
    }
}

/// The kinds of the audit log, in order.
pub fn audit_kinds(file: &Path, pass: &str) -> Vec<String> {
    store::sqlcipher_ready();
    let conn =
        rusqlite::Connection::open_with_flags(file, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap();
    conn.pragma_update(None, "key", pass).unwrap();
    let kinds = conn
        .prepare("SELECT kind FROM audit_log ORDER BY seq")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    kinds
}

/// A file's names in `dir`, sorted (to prove nothing was added or left behind).
/// The audit witness beside the store (R18 × R21) is expected there and not listed.
pub fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.ends_with(store::WITNESS_SUFFIX))
        .collect();
    v.sort();
    v
}
