#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! R15: an expired meeting is destroyed, not hidden. The proof reads the raw bytes of the
//! store file and its WAL and decrypts every page and every WAL frame itself (independent
//! of SQLCipher): a marker written into the meeting is there before and gone after, while a
//! marker in a meeting that has not expired stays readable.

mod common;
use aes::cipher::{BlockModeDecrypt, KeyIvInit};
use chrono::NaiveDate;
use common::*;
use domain::{MeetingId, ParticipantId, Relation, Role, SubjectId, SubjectInput};
use store::{AuditVerdict, Store, StoreError, STORE_FILE_NAME};

/// A raw 256-bit key (SQLCipher's `x'…'` form skips the key derivation), so the test can
/// decrypt the pages itself.
const RAW_KEY: &str = "2dd29ca851e7b56e4697b0e1f08507293d761a05ce4d1b628663f411a8086d99";
const PAGE: usize = 4096;
/// SQLCipher 4 default: 16 bytes IV + 64 bytes HMAC-SHA512 at the end of every page.
const RESERVE: usize = 80;

fn raw_key_passphrase() -> String {
    format!("x'{RAW_KEY}'")
}

fn key_bytes() -> [u8; 32] {
    let mut k = [0u8; 32];
    for (i, b) in k.iter_mut().enumerate() {
        *b = u8::from_str_radix(&RAW_KEY[2 * i..2 * i + 2], 16).unwrap();
    }
    k
}

/// Decrypts one page (AES-256-CBC, IV stored in the page's reserved tail); page 1 starts
/// with the 16-byte salt in the clear.
fn decrypt_page(pgno: u32, page: &[u8]) -> Vec<u8> {
    assert_eq!(page.len(), PAGE);
    let start = if pgno == 1 { 16 } else { 0 };
    let iv = &page[PAGE - RESERVE..PAGE - RESERVE + 16];
    let mut body = page[start..PAGE - RESERVE].to_vec();
    let mut dec = cbc::Decryptor::<aes::Aes256>::new(&key_bytes().into(), iv.try_into().unwrap());
    for chunk in body.chunks_exact_mut(16) {
        dec.decrypt_block(chunk.try_into().unwrap());
    }
    body
}

/// The plaintext of every page in the store file and of every frame in the WAL.
fn decrypted(dir: &std::path::Path) -> (Vec<u8>, Vec<u8>) {
    let main = std::fs::read(dir.join(STORE_FILE_NAME)).unwrap();
    assert_eq!(main.len() % PAGE, 0);
    let mut plain_main = Vec::new();
    for (i, page) in main.chunks_exact(PAGE).enumerate() {
        let plain = decrypt_page(i as u32 + 1, page);
        if i == 0 {
            // Sanity: the decrypted header continues with page size 4096 (bytes 16-17 of
            // the SQLite header), so the decryption is right and a miss means "gone".
            assert_eq!(&plain[..2], &[0x10, 0x00], "page 1 did not decrypt");
        }
        plain_main.extend(plain);
    }
    let wal = std::fs::read(dir.join(format!("{STORE_FILE_NAME}-wal"))).unwrap_or_default();
    let mut plain_wal = Vec::new();
    if wal.len() > 32 {
        for frame in wal[32..].chunks_exact(24 + PAGE) {
            let pgno = u32::from_be_bytes(frame[..4].try_into().unwrap());
            plain_wal.extend(decrypt_page(pgno, &frame[24..]));
        }
    }
    (plain_main, plain_wal)
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// A meeting on `date` with a participant and an item, the marker in its label, the
/// participant's name and the item's text.
fn meeting_with_marker(store: &mut Store, date: &str, marker: &str) -> domain::MeetingId {
    let mut input = meeting_input(&format!("Casus {marker}"));
    input.date = date.into();
    let m = store.create_meeting(&input, now()).unwrap();
    let p = store
        .add_participant(m.id, &participant_input(marker, Role::CaseLead), now())
        .unwrap();
    store
        .add_item(
            m.id,
            &item_input(p.id, &format!("Zorgen over {marker}")),
            now(),
        )
        .unwrap();
    m.id
}

fn destruction_case(store_without_auto_vacuum: bool) {
    const GONE: &str = "MARKER-VERLOPEN-7f3a9c";
    const KEPT: &str = "MARKER-BEWAARD-41bd02";
    let dir = tempfile::tempdir().unwrap();
    let pass = raw_key_passphrase();
    let mut store = Store::create(dir.path(), &pass).unwrap();
    if store_without_auto_vacuum {
        // As a store created before auto-vacuum was switched on.
        store.close().unwrap();
        let conn = common::open_raw_with(dir.path().join(STORE_FILE_NAME), &pass);
        conn.execute_batch("PRAGMA auto_vacuum = NONE; VACUUM;")
            .unwrap();
        let mode: i64 = conn
            .query_row("PRAGMA auto_vacuum", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, 0);
        drop(conn);
        store = Store::open(dir.path(), &pass).unwrap();
    }
    // Destroy-after dates: 2026-07-10 (expired on 2026-08-01) and 2027-01-20 (kept).
    let gone = meeting_with_marker(&mut store, "2026-01-10", GONE);
    let kept = meeting_with_marker(&mut store, "2026-07-20", KEPT);
    let audit_before = store.audit_len().unwrap();

    let (main, wal) = decrypted(dir.path());
    assert!(contains(&main, GONE.as_bytes()) || contains(&wal, GONE.as_bytes()));
    assert!(contains(&main, KEPT.as_bytes()) || contains(&wal, KEPT.as_bytes()));
    for (_, bytes) in all_file_bytes(dir.path()) {
        assert!(!contains(&bytes, GONE.as_bytes()), "encrypted at rest");
    }

    let destroyed = store.destroy_expired(day("2026-08-01"), now()).unwrap();
    assert_eq!(destroyed, vec![gone]);

    let (main, wal) = decrypted(dir.path());
    assert!(
        !contains(&main, GONE.as_bytes()),
        "marker left in the store file"
    );
    assert!(!contains(&wal, GONE.as_bytes()), "marker left in the WAL");
    // The search index (FTS5, migration 0009) keeps tokens lower-cased and split at the
    // hyphens: the marker's own token must be gone too, not only the text.
    let token = GONE.rsplit('-').next().unwrap().to_lowercase();
    assert!(
        !contains(&main, token.as_bytes()),
        "search token left in the store file"
    );
    assert!(
        !contains(&wal, token.as_bytes()),
        "search token left in the WAL"
    );
    assert!(contains(&main, KEPT.as_bytes()) || contains(&wal, KEPT.as_bytes()));
    for (name, bytes) in all_file_bytes(dir.path()) {
        assert!(!contains(&bytes, GONE.as_bytes()), "{name}");
    }
    let wal_len = std::fs::metadata(dir.path().join(format!("{STORE_FILE_NAME}-wal")))
        .map(|m| m.len())
        .unwrap_or(0);
    assert_eq!(wal_len, 0, "the WAL is truncated");

    // The other meeting is intact; the destroyed one is gone from every table.
    let detail = store.meeting_detail(kept).unwrap();
    assert_eq!(detail.items[0].text.as_str(), format!("Zorgen over {KEPT}"));
    assert!(matches!(
        store.meeting_detail(gone),
        Err(StoreError::NotFound("meeting"))
    ));
    // R18: the chain still holds, with one entry more (only the id).
    assert_eq!(store.audit_len().unwrap(), audit_before + 1);
    assert!(matches!(
        store.verify_audit().unwrap(),
        AuditVerdict::Intact { .. }
    ));
    assert!(store.integrity_check().unwrap().is_clean());
    // Running again destroys nothing more.
    assert!(store
        .destroy_expired(day("2026-08-01"), now())
        .unwrap()
        .is_empty());
    store.close().unwrap();

    let conn = common::open_raw_with(dir.path().join(STORE_FILE_NAME), &pass);
    let tables: Vec<String> = conn
        .prepare(
            "SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c
             WHERE m.type = 'table' AND c.name = 'meeting_id' AND m.name <> 'audit_log'",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(tables.len() >= 6, "{tables:?}");
    for t in tables {
        let n: i64 = conn
            .query_row(
                &format!("SELECT count(*) FROM {t} WHERE meeting_id = ?1"),
                [gone.to_string()],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(n, 0, "{t}");
    }
    let kinds: Vec<String> = conn
        .prepare("SELECT kind FROM audit_log WHERE meeting_id = ?1 ORDER BY seq")
        .unwrap()
        .query_map([gone.to_string()], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(
        kinds,
        [
            "meeting_created",
            "participant_added",
            "item_added",
            "meeting_destroyed"
        ]
    );
    let auto_vacuum: i64 = conn
        .query_row("PRAGMA auto_vacuum", [], |r| r.get(0))
        .unwrap();
    assert_eq!(auto_vacuum, 2, "incremental auto-vacuum from now on");
    let free: i64 = conn
        .query_row("PRAGMA freelist_count", [], |r| r.get(0))
        .unwrap();
    assert_eq!(free, 0, "freed pages are given back");
}

#[test]
fn r15_expired_meeting_is_gone_from_the_bytes_of_the_store_and_its_wal() {
    destruction_case(false);
}

#[test]
fn r15_destruction_also_reclaims_pages_in_a_store_made_without_auto_vacuum() {
    destruction_case(true);
}

/// After `step`, `marker` is in neither the decrypted store file nor its WAL, and the WAL
/// is truncated (R9, R17: a removal or erasure does what a destruction does). Before it,
/// the marker is readable in one of them, so a miss means "gone".
fn gone_from_the_bytes(dir: &std::path::Path, marker: &str, step: impl FnOnce()) {
    let (main, wal) = decrypted(dir);
    assert!(contains(&main, marker.as_bytes()) || contains(&wal, marker.as_bytes()));
    step();
    let (main, wal) = decrypted(dir);
    assert!(
        !contains(&main, marker.as_bytes()),
        "left in the store file"
    );
    assert!(!contains(&wal, marker.as_bytes()), "left in the WAL");
    let wal_len = std::fs::metadata(dir.join(format!("{STORE_FILE_NAME}-wal")))
        .map(|m| m.len())
        .unwrap_or(0);
    assert_eq!(wal_len, 0, "the WAL is truncated");
}

/// A draft meeting with one participant, and a subject whose name carries `marker`.
fn draft_with_subject(store: &mut Store, marker: &str) -> (MeetingId, ParticipantId, SubjectId) {
    let m = store
        .create_meeting(&meeting_input("Casus wissen"), now())
        .unwrap()
        .id;
    let p = store
        .add_participant(m, &participant_input("Pia Pieters", Role::CaseLead), now())
        .unwrap()
        .id;
    let flow = store
        .add_subject(
            m,
            &SubjectInput {
                relation: Relation::Youth,
                name: format!("Anna {marker}"),
                birth_date: "2016-05-06".into(),
                parental_authority: false,
            },
            false,
            now(),
        )
        .unwrap();
    (m, p, flow.record.subjects.last().unwrap().subject.id)
}

#[test]
fn r9_a_removed_item_leaves_no_old_page_image_in_the_store_or_its_wal() {
    const GONE: &str = "MARKER-VERWIJDERD-5c1e77";
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(dir.path(), &raw_key_passphrase()).unwrap();
    let (m, p, _) = draft_with_subject(&mut store, "Bakker");
    let item = store
        .add_item(m, &item_input(p, &format!("Zorgen over {GONE}")), now())
        .unwrap()
        .id;
    gone_from_the_bytes(dir.path(), GONE, || {
        store.remove_item(m, item, now()).unwrap();
    });
}

#[test]
fn r21_a_cleared_secret_address_leaves_no_old_page_image_in_the_store_or_its_wal() {
    const GONE: &str = "Geheimstraat 7c1d";
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(dir.path(), &raw_key_passphrase()).unwrap();
    let (m, _, s) = draft_with_subject(&mut store, "Bakker");
    let address = domain::SecretAddress::parse(GONE).unwrap();
    store
        .set_secret_address(m, s, Some(address), now())
        .unwrap();
    gone_from_the_bytes(dir.path(), GONE, || {
        store.set_secret_address(m, s, None, now()).unwrap();
    });
}

#[test]
fn r17_a_granted_erasure_leaves_no_old_page_image_in_the_store_or_its_wal() {
    // In the item only: the register keeps the request with the person's name (R17).
    const GONE: &str = "MARKER-GEWIST-90ab3e";
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(dir.path(), &raw_key_passphrase()).unwrap();
    let (m, p, s) = draft_with_subject(&mut store, "Wisselink");
    store
        .add_item_about(
            m,
            &item_input(p, &format!("Over {GONE} thuis")),
            &[s],
            now(),
        )
        .unwrap();
    let key = store
        .known_subjects()
        .unwrap()
        .into_iter()
        .find(|k| k.name.contains("Wisselink"))
        .unwrap()
        .key;
    let request = store
        .register_request(
            &key,
            &domain::RequestInput {
                kind: domain::RequestKind::Erasure,
                requester: domain::Requester::ParentWithAuthority,
                requester_name: "Petra Bakker".into(),
                received_on: chrono::Utc::now()
                    .date_naive()
                    .format("%Y-%m-%d")
                    .to_string(),
                competent: true,
            },
            now(),
        )
        .unwrap();
    gone_from_the_bytes(dir.path(), GONE, || {
        let (_, outcome) = store.grant_request(&request.id, now()).unwrap();
        assert_eq!(outcome.unwrap().items_removed, 1);
    });
}

/// Every table's row count, by name (the FTS5 shadow tables included).
fn row_counts(conn: &rusqlite::Connection) -> Vec<(String, i64)> {
    let names: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    names
        .into_iter()
        .filter(|n| !n.starts_with("sqlite_") && n != "audit_log" && n != "audit_head")
        .map(|n| {
            let c = conn
                .query_row(&format!("SELECT count(*) FROM \"{n}\""), [], |r| r.get(0))
                .unwrap();
            (n, c)
        })
        .collect()
}

fn triggers(conn: &rusqlite::Connection) -> Vec<(String, String)> {
    conn.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// A store with 4 seeded full meetings (finalized, with kept report counts) and one later
/// draft that does not expire with them.
fn store_to_destroy(dir: &std::path::Path) -> MeetingId {
    let mut store = Store::create(dir, PASS).unwrap();
    store
        .seed(
            store::SeedSpec {
                meetings: 4,
                finalized: true,
                ..store::SeedSpec::BIG
            },
            3,
        )
        .unwrap();
    let mut input = meeting_input("Gezin dat blijft");
    input.date = "2036-12-01".into();
    let kept = store.create_meeting(&input, now()).unwrap().id;
    let p = store
        .add_participant(
            kept,
            &participant_input("Noor Blijft", Role::CaseLead),
            now(),
        )
        .unwrap()
        .id;
    store
        .add_item(kept, &item_input(p, "Blijft bewaard"), now())
        .unwrap();
    store.close().unwrap();
    kept
}

/// R15 at unlock: all expired meetings go in one statement per table, with the foreign
/// keys off and the derived rows' triggers dropped for the transaction. The oracle is
/// SQLite's own cascade: the same store, the same meetings deleted with foreign keys on,
/// must leave exactly the same rows in every table.
#[test]
fn r15_destroying_in_bulk_removes_exactly_what_the_cascade_removes() {
    let (ours, oracle) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let kept = store_to_destroy(ours.path());
    store_to_destroy(oracle.path());
    let before = triggers(&open_raw(ours.path().join(STORE_FILE_NAME)));

    let mut store = Store::open(ours.path(), PASS).unwrap();
    let destroyed = store.destroy_expired(day("2037-01-01"), now()).unwrap();
    assert_eq!(destroyed.len(), 4);
    assert!(store.meeting_detail(kept).is_ok());
    assert!(store.integrity_check().unwrap().is_clean());
    store.close().unwrap();

    let conn = open_raw(oracle.path().join(STORE_FILE_NAME));
    conn.execute_batch(
        "PRAGMA foreign_keys = ON;
         DELETE FROM meetings WHERE retention_until < '2037-01-01';",
    )
    .unwrap();
    let expected = row_counts(&conn);
    drop(conn);

    let conn = open_raw(ours.path().join(STORE_FILE_NAME));
    let violations: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(violations, 0, "no row points to a destroyed one");
    assert_eq!(
        triggers(&conn),
        before,
        "the triggers are back as they were"
    );
    let got = row_counts(&conn);
    // The FTS5 shadow tables hold index pages, not rows per meeting: compared through the
    // documents table (`meeting_search_docs_docsize`, one row per document).
    let rows = |v: &[(String, i64)]| -> Vec<(String, i64)> {
        v.iter()
            .filter(|(n, _)| !n.starts_with("meeting_search_docs_") || n.ends_with("_docsize"))
            .cloned()
            .collect()
    };
    assert_eq!(rows(&got), rows(&expected));
    assert!(got.iter().any(|(n, c)| n == "releases" && *c == 0));
    assert!(got.iter().any(|(n, c)| n == "items" && *c == 1));
}
