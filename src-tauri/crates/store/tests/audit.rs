#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! R18: the audit log is append-only and hash-chained; any flipped byte, removed entry or
//! swapped pair is reported by verify, every time.

mod common;
use common::*;
use domain::Role;
use rusqlite::Connection;
use store::{verify_audit_log, AuditProblem, AuditVerdict, Store, STORE_FILE_NAME};

/// A store with a few meetings, participants and items: an audit log of `n` entries.
fn store_with_history() -> (tempfile::TempDir, u64) {
    let (dir, mut store) = new_store();
    for label in ["Gezin A", "Gezin B"] {
        let m = store.create_meeting(&meeting_input(label), now()).unwrap();
        let p = store
            .add_participant(m.id, &participant_input("Lead", Role::CaseLead), now())
            .unwrap();
        store
            .add_item(m.id, &item_input(p.id, "inbreng"), now())
            .unwrap();
    }
    let n = store.audit_len().unwrap();
    assert_eq!(
        store.verify_audit().unwrap(),
        AuditVerdict::Intact { entries: n }
    );
    store.close().unwrap();
    (dir, n)
}

/// A raw connection to the store, with the append-only triggers dropped, as an attacker
/// holding the passphrase could do. Each tamper runs in a transaction that is rolled back.
fn raw(dir: &std::path::Path) -> Connection {
    let conn = common::open_raw(dir.join(STORE_FILE_NAME));
    conn.execute_batch("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;")
        .unwrap();
    conn
}

fn verdict_after(conn: &mut Connection, tamper: &str) -> AuditVerdict {
    let tx = conn.transaction().unwrap();
    tx.execute_batch(tamper).unwrap();
    let v = verify_audit_log(&tx).unwrap();
    tx.rollback().unwrap();
    v
}

#[test]
fn r18_intact_log_verifies_and_counts_every_change() {
    let (_dir, n) = store_with_history();
    // store created + 2 × (meeting, participant, item)
    assert_eq!(n, 7);
}

#[test]
fn r18_log_refuses_update_and_delete() {
    let (dir, _) = store_with_history();
    let conn = common::open_raw(dir.path().join(STORE_FILE_NAME));
    assert!(conn
        .execute("UPDATE audit_log SET kind = 'x' WHERE seq = 1", [])
        .is_err());
    assert!(conn
        .execute("DELETE FROM audit_log WHERE seq = 1", [])
        .is_err());
}

#[test]
fn r18_flipping_one_byte_anywhere_is_detected() {
    let (dir, n) = store_with_history();
    let mut conn = raw(dir.path());
    for seq in 1..=n as i64 {
        // one bit of the stored hash
        let hash: Vec<u8> = conn
            .query_row("SELECT hash FROM audit_log WHERE seq = ?1", [seq], |r| {
                r.get(0)
            })
            .unwrap();
        let mut flipped = hash.clone();
        flipped[4] ^= 0x01;
        let hex: String = flipped.iter().map(|b| format!("{b:02x}")).collect();
        for tamper in [
            format!("UPDATE audit_log SET hash = x'{hex}' WHERE seq = {seq}"),
            // one character of the kind
            format!("UPDATE audit_log SET kind = kind || 'x' WHERE seq = {seq}"),
            // the time
            format!("UPDATE audit_log SET at = replace(at, '2', '3') WHERE seq = {seq}"),
            // whose decision
            format!("UPDATE audit_log SET decided_by = 'someone' WHERE seq = {seq}"),
        ] {
            let v = verdict_after(&mut conn, &tamper);
            assert!(
                matches!(v, AuditVerdict::Broken { .. }),
                "seq {seq}: {tamper}: {v:?}"
            );
        }
    }
}

#[test]
fn r18_removing_any_entry_is_detected() {
    let (dir, n) = store_with_history();
    let mut conn = raw(dir.path());
    for seq in 1..=n as i64 {
        let v = verdict_after(
            &mut conn,
            &format!("DELETE FROM audit_log WHERE seq = {seq}"),
        );
        assert!(matches!(v, AuditVerdict::Broken { .. }), "seq {seq}: {v:?}");
    }
    // Removing the tail and moving the anchor back is still caught: the anchor keeps the
    // hash of the true last entry.
    let v = verdict_after(
        &mut conn,
        &format!(
            "DELETE FROM audit_log WHERE seq = {n}; UPDATE audit_head SET seq = {};",
            n - 1
        ),
    );
    assert!(
        matches!(
            v,
            AuditVerdict::Broken {
                problem: AuditProblem::HeadMismatch,
                ..
            }
        ),
        "{v:?}"
    );
}

#[test]
fn r18_swapping_two_entries_is_detected() {
    let (dir, n) = store_with_history();
    let mut conn = raw(dir.path());
    for a in 1..=n as i64 {
        for b in (a + 1)..=n as i64 {
            // Exchange the two entries' positions (their content moves, sequence stays).
            let v = verdict_after(
                &mut conn,
                &format!(
                    "UPDATE audit_log SET seq = -1 WHERE seq = {a};
                     UPDATE audit_log SET seq = {a} WHERE seq = {b};
                     UPDATE audit_log SET seq = {b} WHERE seq = -1;"
                ),
            );
            assert!(
                matches!(v, AuditVerdict::Broken { .. }),
                "swap {a},{b}: {v:?}"
            );
        }
    }
}

#[test]
fn r18_audit_holds_no_personal_data() {
    let (dir, _) = store_with_history();
    let store = Store::open(dir.path(), PASS).unwrap();
    drop(store);
    let conn = common::open_raw(dir.path().join(STORE_FILE_NAME));
    let dump: String = conn
        .query_row(
            "SELECT group_concat(at || kind || coalesce(meeting_id, '') || coalesce(decided_by, ''), '|') FROM audit_log",
            [],
            |r| r.get(0),
        )
        .unwrap();
    for personal in ["Gezin", "Lead", "inbreng", "Wijkteam"] {
        assert!(!dump.contains(personal), "{personal} in audit log");
    }
}
