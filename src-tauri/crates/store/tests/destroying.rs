#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! R15 at unlock in two steps (issue 19, migration 0038): `hide_expired` makes the expired
//! meetings unreachable in one short transaction and leaves their child rows for the
//! chunks (`destroy_pending_chunk`). Between the two steps no read of the store may show
//! anything of such a meeting; after the chunks nothing of it is left in any table.

mod common;
use chrono::NaiveDate;
use common::*;
use domain::{BreachInput, BreachScope, MeetingId, ReportPeriod, SearchQuery};
use store::{AuditFilter, FailedUnlocks, Store, StoreError, STORE_FILE_NAME};

const MARK: &str = "VERDWIJNT";

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// A store with a draft meeting to expire (every name and text carries [`MARK`], a
/// family member with a birth date so the rights register knows the person) and a kept
/// finalized one, and a breach naming the meeting to expire. The meeting to expire's id
/// and every id of its rows, as text.
fn store_with_meeting_to_expire() -> (tempfile::TempDir, MeetingId, Vec<String>) {
    let (dir, mut store) = new_store();
    let gone = seeded_meeting(&mut store, false, 7);
    let _kept = seeded_meeting(&mut store, true, 8);
    store
        .register_breach(
            &BreachInput {
                discovered_at: now().to_rfc3339(),
                description: "Laptop kwijt".into(),
                meeting: Some(gone),
            },
            now(),
        )
        .unwrap();
    // An audit entry decided by one of its participants (the audit view shows the name).
    let who = store.meeting_detail(gone).unwrap().participants[0].id;
    store.record_pledge(gone, who, now()).unwrap();
    store.close().unwrap();
    let conn = open_raw_with(dir.path().join(STORE_FILE_NAME), PASS);
    let g = gone.to_string();
    conn.execute_batch(&format!(
        "UPDATE participants SET name = '{MARK} Deelnemer ' || rowid WHERE meeting_id = '{g}';
         UPDATE subjects SET name = '{MARK} Kind ' || rowid, birth_date = '2012-03-04',
             identity_key = lower('{MARK} Kind ' || rowid) || '|2012-03-04'
             WHERE meeting_id = '{g}';
         UPDATE items SET text = '{MARK} zorgen ' || rowid WHERE meeting_id = '{g}';
         UPDATE actions SET what = '{MARK} actie' WHERE meeting_id = '{g}';
         UPDATE meetings SET retention_until = '2026-02-01' WHERE id = '{g}';
         INSERT OR IGNORE INTO subject_words (word, subject_id)
             SELECT 'verdwijnt', id FROM subjects WHERE meeting_id = '{g}';"
    ))
    .unwrap();
    let mut ids = vec![g.clone()];
    for table in ["participants", "subjects", "items", "actions"] {
        let mut stmt = conn
            .prepare(&format!("SELECT id FROM {table} WHERE meeting_id = ?1"))
            .unwrap();
        let rows = stmt.query_map([&g], |r| r.get::<_, String>(0)).unwrap();
        ids.extend(rows.map(Result::unwrap));
    }
    drop(conn);
    assert!(ids.len() > 5, "{ids:?}");
    (dir, gone, ids)
}

/// Every read of the store, by name, with what it shows (its `Debug` text; an error
/// shows only its kind).
fn every_read(store: &mut Store, gone: MeetingId, ids: &[String]) -> Vec<(String, String)> {
    let today = day("2026-12-05");
    let mut out: Vec<(String, String)> = Vec::new();
    let mut put = |name: &str, shown: String| out.push((name.into(), shown));
    let participants: Vec<domain::ParticipantId> = ids
        .iter()
        .filter_map(|s| s.parse().ok().map(domain::ParticipantId::from_uuid))
        .collect();
    let items: Vec<domain::ItemId> = ids
        .iter()
        .filter_map(|s| s.parse().ok().map(domain::ItemId::from_uuid))
        .collect();
    put("list_meetings", format!("{:?}", store.list_meetings()));
    put(
        "recent_meetings",
        format!("{:?}", store.recent_meetings(100)),
    );
    put(
        "meeting_detail",
        format!("{:?}", store.meeting_detail(gone)),
    );
    put(
        "meeting_flow",
        format!(
            "{:?}",
            store.meeting_flow(gone).map(|f| format!("{:?}", f.record))
        ),
    );
    put(
        "meeting_documents",
        format!("{:?}", store.meeting_documents(gone, today)),
    );
    put(
        "invitations",
        format!("{:?}", store.invitations(gone, today)),
    );
    put(
        "attendance_sheet",
        format!("{:?}", store.attendance_sheet(gone, today)),
    );
    put(
        "plan_document",
        format!("{:?}", store.plan_document(gone, today)),
    );
    put(
        "family_letters",
        format!("{:?}", store.family_letters(gone, today)),
    );
    put(
        "document_recipients",
        format!("{:?}", store.document_recipients(gone)),
    );
    for p in &participants {
        put(
            "invitation",
            format!("{:?}", store.invitation(gone, *p, today)),
        );
        put(
            "recipient_extract",
            format!("{:?}", store.recipient_extract(gone, *p, today)),
        );
    }
    for i in &items {
        put(
            "item_history",
            format!("{:?}", store.item_history(gone, *i)),
        );
        put(
            "refused_corrections",
            format!("{:?}", store.refused_corrections(gone, *i)),
        );
    }
    put(
        "consent_records_json",
        format!("{:?}", store.consent_records_json(gone)),
    );
    put(
        "meeting_outcome_json",
        format!("{:?}", store.meeting_outcome_json(gone)),
    );
    put(
        "breach_impact all",
        format!("{:?}", store.breach_impact(&BreachScope::All)),
    );
    put(
        "breach_impact meeting",
        format!(
            "{:?}",
            store.breach_impact(&BreachScope::Meetings(vec![gone]))
        ),
    );
    let breaches = store.breaches().unwrap();
    put("breaches", format!("{breaches:?}"));
    for b in &breaches {
        put("breach_lists", format!("{:?}", store.breach_lists(b.id)));
    }
    for q in [MARK, "zorgen", "casus", "deelnemer", "kind", "actie"] {
        put(
            "search_meetings",
            format!(
                "{:?}",
                store.search_meetings(&SearchQuery::parse(q).unwrap())
            ),
        );
    }
    let known = store.known_subjects().unwrap();
    put("known_subjects", format!("{known:?}"));
    // The register's search (migration 0036), as the chair types the name.
    for typed in ["verdwijnt", "verdwijnt kind", "v"] {
        put("find_subjects", format!("{:?}", store.find_subjects(typed)));
    }
    for k in &known {
        put(
            "access_report",
            format!("{:?}", store.access_report(&k.key, today)),
        );
    }
    put("rights_requests", format!("{:?}", store.rights_requests()));
    for p in ["2026", "2026-01", "2026-Q1"] {
        put(
            "management_report",
            format!(
                "{:?}",
                store.management_report(ReportPeriod::parse(p).unwrap())
            ),
        );
    }
    put("address_book", format!("{:?}", store.address_book()));
    put(
        "audit_page",
        format!("{:?}", store.audit_page(&AuditFilter::default(), 10_000)),
    );
    put(
        "follow_up_offer",
        format!("{:?}", store.follow_up_offer(gone)),
    );
    put("last_time", format!("{:?}", store.last_time(gone)));
    put(
        "expiring_within",
        format!("{:?}", store.expiring_within(day("2026-01-01"), 400)),
    );
    out
}

/// Whether `shown` holds a name or text of the meeting or an id of it or its rows. The
/// breach register and the audit log keep the ids after a whole destruction too (plain
/// references, no content; migrations 0002, 0018): there only names and texts count.
fn shows_anything_of(read: &str, shown: &str, ids: &[String]) -> bool {
    let keeps_ids = matches!(read, "breaches" | "audit_page");
    let ids = if keeps_ids { &[] } else { ids };
    shown.to_uppercase().contains(MARK) || ids.iter().any(|id| shown.contains(id.as_str()))
}

/// Between the two steps every read leaves the meeting out (and before the first step the
/// core reads do show it, so a miss means "left out", not "never there").
#[test]
fn r15_a_meeting_being_destroyed_is_shown_by_no_read() {
    let (dir, gone, ids) = store_with_meeting_to_expire();
    let mut store = Store::open(dir.path(), PASS).unwrap();
    let before = every_read(&mut store, gone, &ids);
    for must in [
        "list_meetings",
        "meeting_detail",
        "meeting_flow",
        "search_meetings",
        "known_subjects",
        "find_subjects",
        "breach_lists",
        "item_history",
        "audit_page",
    ] {
        assert!(
            before
                .iter()
                .any(|(n, s)| n == must && shows_anything_of(n, s, &ids)),
            "{must} shows the meeting before"
        );
    }
    let hidden = store.hide_expired(day("2026-12-05"), now()).unwrap();
    assert_eq!(hidden, vec![gone]);
    assert_eq!(store.destroying_left().unwrap(), 1);
    for (name, shown) in every_read(&mut store, gone, &ids) {
        assert!(
            !shows_anything_of(&name, &shown, &ids),
            "{name} shows a meeting being destroyed: {shown}"
        );
    }
    assert!(matches!(
        store.meeting_detail(gone),
        Err(StoreError::NotFound(_))
    ));
    // The child rows are still there (only the first step ran)...
    store.close().unwrap();
    let conn = open_raw_with(dir.path().join(STORE_FILE_NAME), PASS);
    let items: i64 = conn
        .query_row(
            "SELECT count(*) FROM items WHERE meeting_id = ?1",
            [gone.to_string()],
            |r| r.get(0),
        )
        .unwrap();
    assert!(items > 0);
    drop(conn);
    // ...and the next unlock finishes them first (a lock, close or crash in between).
    let mut u = Store::unlock(
        dir.path(),
        PASS,
        &mut FailedUnlocks::default(),
        day("2026-12-05"),
        now(),
    )
    .unwrap();
    assert!(u.destroyed.is_empty());
    assert_eq!(u.destroying_left, 0);
    for (name, shown) in every_read(&mut u.store, gone, &ids) {
        assert!(!shows_anything_of(&name, &shown, &ids), "{name}: {shown}");
    }
    u.store.close().unwrap();
    assert_nothing_left(dir.path(), gone);
}

/// The unlock only hides; the chunks then destroy every row, and nothing of the meeting is
/// left in any table.
#[test]
fn r15_unlock_hides_and_the_chunks_destroy_every_row() {
    let (dir, gone, ids) = store_with_meeting_to_expire();
    let mut u = Store::unlock(
        dir.path(),
        PASS,
        &mut FailedUnlocks::default(),
        day("2026-12-05"),
        now(),
    )
    .unwrap();
    assert_eq!(u.destroyed, vec![gone]);
    assert_eq!(u.destroying_left, 1);
    for (name, shown) in every_read(&mut u.store, gone, &ids) {
        assert!(!shows_anything_of(&name, &shown, &ids), "{name}: {shown}");
    }
    assert_eq!(u.store.destroy_pending_chunk().unwrap(), 0);
    assert_eq!(u.store.destroying_left().unwrap(), 0);
    // Nothing waits: a chunk does nothing.
    assert_eq!(u.store.destroy_pending_chunk().unwrap(), 0);
    assert!(u.store.integrity_check().unwrap().is_clean());
    u.store.close().unwrap();
    assert_nothing_left(dir.path(), gone);
}

/// Many meetings go in several chunks; the kept meeting stays whole.
#[test]
fn r15_chunks_destroy_many_meetings_and_keep_the_rest() {
    let (dir, mut store) = new_store();
    let kept = seeded_meeting(&mut store, true, 3);
    let seeded = store
        .seed(
            store::SeedSpec {
                meetings: 120,
                participants_per_meeting: 3,
                subjects_per_meeting: 1,
                items_per_meeting: 4,
                actions_per_meeting: 1,
                finalized: true,
            },
            5,
        )
        .unwrap();
    store.close().unwrap();
    let conn = open_raw_with(dir.path().join(STORE_FILE_NAME), PASS);
    conn.execute(
        "UPDATE meetings SET retention_until = '2026-02-01' WHERE id <> ?1",
        [kept.to_string()],
    )
    .unwrap();
    drop(conn);
    let mut u = Store::unlock(
        dir.path(),
        PASS,
        &mut FailedUnlocks::default(),
        day("2026-12-05"),
        now(),
    )
    .unwrap();
    assert_eq!(u.destroyed.len(), 120);
    assert_eq!(u.destroying_left, 120);
    assert_eq!(u.store.list_meetings().unwrap().len(), 1);
    let mut chunks = 0;
    while u.store.destroy_pending_chunk().unwrap() > 0 {
        chunks += 1;
    }
    let per_chunk = usize::try_from(store::DESTROY_CHUNK).unwrap();
    assert_eq!(
        chunks + 1,
        120_usize.div_ceil(per_chunk),
        "{per_chunk} per chunk"
    );
    assert!(u.store.meeting_detail(kept).is_ok());
    assert!(u.store.integrity_check().unwrap().is_clean());
    u.store.close().unwrap();
    for id in &seeded.meeting_ids {
        assert_nothing_left(dir.path(), MeetingId::from_uuid(id.parse().unwrap()));
    }
}

/// No table holds a row of `gone` (but the audit log, by id only), and no foreign key
/// points nowhere.
fn assert_nothing_left(dir: &std::path::Path, gone: MeetingId) {
    let conn = open_raw_with(dir.join(STORE_FILE_NAME), PASS);
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
    let dangling: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(dangling, 0, "rows whose parent is gone");
    let free: i64 = conn
        .query_row("PRAGMA freelist_count", [], |r| r.get(0))
        .unwrap();
    assert_eq!(free, 0, "freed pages are given back");
}
