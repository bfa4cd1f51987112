//! `casus verify`, `rekey` and `purge` (R15, R18, R21) through the real binary against
//! real encrypted stores.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::*;
use store::Store;

const NEW_PASS: &str = "paars konijn drinkt koude thee";

#[test]
fn r18_verify_reports_an_intact_store_with_exit_code_0() {
    let dir = seeded_store();
    let run = casus(dir.path(), &["verify"], &[PASS]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("Versleuteling: in orde"), "{run:?}");
    assert!(run.stdout.contains("Database: in orde"), "{run:?}");
    assert!(run.stdout.contains("Logboek: in orde (6 regels"), "{run:?}");
    // No personal data: the seeded case labels never show.
    assert!(!run.stdout.contains("Casus 0"), "{run:?}");
}

#[test]
fn r18_verify_finds_a_changed_audit_entry_with_exit_code_1() {
    let dir = seeded_store();
    {
        // An attacker with the passphrase rewrites an entry (the triggers dropped first).
        store::sqlcipher_ready();
        let conn = rusqlite::Connection::open(store_file(dir.path())).unwrap();
        conn.pragma_update(None, "key", PASS).unwrap();
        conn.execute_batch(
            "DROP TRIGGER audit_log_no_update;
             UPDATE audit_log SET kind = 'meeting_created' WHERE seq = 3;",
        )
        .unwrap();
    }
    let run = casus(dir.path(), &["verify"], &[PASS]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stdout.contains("Logboek: NIET in orde bij regel 3"),
        "{run:?}"
    );
    assert!(run.stderr.contains("probleem"), "{run:?}");
}

#[test]
fn r21_verify_with_a_wrong_passphrase_is_exit_code_2_and_changes_nothing() {
    let dir = seeded_store();
    let bytes = store_bytes(dir.path());
    let run = casus(dir.path(), &["verify"], &["niet het wachtwoord"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("Onjuist wachtwoord"), "{run:?}");
    assert!(
        !run.stderr.contains("niet het wachtwoord"),
        "passphrase echoed"
    );
    assert_eq!(store_bytes(dir.path()), bytes);
    // Wrong use: an unknown subcommand is exit code 2 as well, in Dutch, and the argument
    // is not repeated (it could be a passphrase typed on the command line by mistake).
    let run = casus(dir.path(), &["mijn-geheime-zin"], &[PASS]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("Onbekende opdracht"), "{run:?}");
    assert!(!run.stderr.contains("mijn-geheime-zin"), "{run:?}");
    let run = casus(dir.path(), &["backup"], &[PASS]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("ontbreekt een argument"), "{run:?}");
    // No store in the directory: refused before a passphrase is asked.
    let empty = tempfile::tempdir().unwrap();
    let run = casus(empty.path(), &["verify"], &[]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("geen opslag"), "{run:?}");
}

#[test]
fn r21_rekey_takes_old_then_new_twice_and_the_old_one_stops_working() {
    let dir = seeded_store();
    let run = casus(dir.path(), &["rekey"], &[PASS, NEW_PASS, NEW_PASS]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stdout.contains("Het wachtwoord is gewijzigd"),
        "{run:?}"
    );
    assert!(opens_with(dir.path(), NEW_PASS));
    assert!(!opens_with(dir.path(), PASS));
    let kinds = audit_kinds(&store_file(dir.path()), NEW_PASS);
    assert_eq!(kinds.last().map(String::as_str), Some("passphrase_changed"));
}

#[test]
fn r21_rekey_refusals_are_dutch_and_keep_the_old_passphrase() {
    let dir = seeded_store();
    let bytes = store_bytes(dir.path());
    let cases: [(&[&str], &str); 4] = [
        (&["fout", NEW_PASS, NEW_PASS], "Onjuist wachtwoord"),
        (&[PASS, "kort", "kort"], "te kort"),
        (&[PASS, NEW_PASS, "iets anders dan dat"], "niet gelijk"),
        (&[PASS, PASS, PASS], "hetzelfde als het oude"),
    ];
    for (lines, needle) in cases {
        let run = casus(dir.path(), &["rekey"], lines);
        assert_eq!(run.code, 2, "{lines:?}: {run:?}");
        assert!(run.stderr.contains(needle), "{lines:?}: {run:?}");
        assert_eq!(store_bytes(dir.path()), bytes, "{lines:?}");
    }
    assert!(opens_with(dir.path(), PASS));
}

#[test]
fn r15_purge_destroys_expired_meetings_now_and_prints_the_count() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(dir.path(), PASS).unwrap();
    for date in ["2020-01-06", "2020-02-03", "2099-01-05"] {
        let input = domain::MeetingInput {
            case_label: format!("Casus van {date}"),
            date: date.into(),
            purpose: "Afstemmen".into(),
            ..domain::MeetingInput::default()
        };
        store.create_meeting(&input, chrono::Utc::now()).unwrap();
    }
    store.close().unwrap();
    let run = casus(dir.path(), &["purge"], &[PASS]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("2 overleggen vernietigd"), "{run:?}");
    assert!(!run.stdout.contains("Casus van"), "{run:?}");
    let store = Store::open(dir.path(), PASS).unwrap();
    assert_eq!(store.list_meetings().unwrap().len(), 1);
    store.close().unwrap();
    let run = casus(dir.path(), &["purge"], &[PASS]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("0 overleggen vernietigd"), "{run:?}");
}

#[test]
fn r21_verify_finds_changed_bytes_in_the_store_file_with_exit_code_1() {
    let dir = seeded_store();
    let file = store_file(dir.path());
    let mut bytes = std::fs::read(&file).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x20;
    std::fs::write(&file, bytes).unwrap();
    let run = casus(dir.path(), &["verify"], &[PASS]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stdout.contains("Versleuteling: NIET in orde") || run.stderr.contains("beschadigd"),
        "{run:?}"
    );
}

#[test]
fn r19_report_only_for_a_fixed_month_quarter_or_year_counts_only_as_json_and_csv() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(dir.path(), PASS).unwrap();
    for day in 1..=6 {
        let input = domain::MeetingInput {
            case_label: format!("Gezin RAPPORTMARKER {day}"),
            date: format!("2026-03-0{day}"),
            purpose: "DOELMARKER".into(),
            ..domain::MeetingInput::default()
        };
        store.create_meeting(&input, chrono::Utc::now()).unwrap();
    }
    store.close().unwrap();
    let period = ["--period", "2026-03"];

    let run = casus(
        dir.path(),
        &[&["report"][..], &period[..]].concat(),
        &[PASS],
    );
    assert_eq!(run.code, 0, "{run:?}");
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert!(json.is_object(), "{run:?}");
    let csv = casus(
        dir.path(),
        &[&["report"][..], &period[..], &["--format", "csv"][..]].concat(),
        &[PASS],
    );
    assert_eq!(csv.code, 0, "{csv:?}");
    assert!(
        csv.stdout.starts_with("groep,regel,omschrijving,aantal\n"),
        "{csv:?}"
    );
    assert!(csv.stdout.contains("meetings,draft,"), "{csv:?}");
    for out in [&run.stdout, &csv.stdout] {
        assert!(!out.contains("RAPPORTMARKER") && !out.contains("DOELMARKER"));
    }

    // R19: a quarter and a year work too.
    for p in ["2026-Q1", "2026"] {
        let ok = casus(dir.path(), &["report", "--period", p], &[PASS]);
        assert_eq!(ok.code, 0, "{ok:?}");
    }
    // A day range, a free from/to, a bad quarter, a non-date, no period at all: a Dutch
    // usage error, exit 2, nothing read or changed.
    let before = store_bytes(dir.path());
    for args in [
        &["report", "--period", "2026-03-01"][..],
        &["report", "--period", "2026-Q5"][..],
        &["report", "--period", "maart"][..],
        &["report"][..],
        &["report", "--from", "2026-03-01", "--to", "2026-03-31"][..],
    ] {
        let bad = casus(dir.path(), args, &[PASS]);
        assert_eq!(bad.code, 2, "{bad:?}");
        assert!(
            bad.stderr.contains("hele maand, een kwartaal of"),
            "{bad:?}"
        );
    }
    assert_eq!(
        store_bytes(dir.path()),
        before,
        "a report changed the store file"
    );
}

/// R21: `casus` holds the store's key as the app does, so it turns core dumps off at start
/// (soft and hard limit 0), seen in `/proc` while it waits for the passphrase.
#[test]
fn r21_casus_runs_without_core_dumps() {
    use command_fds::{CommandFdExt, FdMapping};
    use std::io::Write;
    let dir = seeded_store();
    let (reader, mut writer) = std::io::pipe().unwrap();
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_casus"));
    cmd.arg("--data-dir").arg(dir.path());
    cmd.args(["--passphrase-fd", "3", "verify"]);
    cmd.stdout(std::process::Stdio::null());
    cmd.fd_mappings(vec![FdMapping {
        parent_fd: reader.into(),
        child_fd: 3,
    }])
    .unwrap();
    let mut child = cmd.spawn().unwrap();
    let limits = format!("/proc/{}/limits", child.id());
    let core_off = |text: &str| {
        text.lines()
            .find(|l| l.starts_with("Max core file size"))
            .is_some_and(|l| l.split_whitespace().skip(4).take(2).all(|v| v == "0"))
    };
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let mut off = false;
    while !off && std::time::Instant::now() < deadline {
        off = core_off(&std::fs::read_to_string(&limits).unwrap_or_default());
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    writeln!(writer, "{PASS}").unwrap();
    drop(writer);
    assert!(child.wait().unwrap().success());
    assert!(off, "core dumps are still allowed for casus");
}
