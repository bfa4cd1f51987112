#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! R19 × R20 at scale (issue 19, migration 0036): the kept counts added up per month and
//! per receiving organisation stay exactly the sum of the per-meeting kept counts through
//! finalizing, a change after it, R15 destruction and a meeting's removal; and the report
//! and the breach view read from them equal the same views counted live.

mod common;
use chrono::NaiveDate;
use common::*;
use domain::{BreachScope, ReportPeriod};
use store::{SeedSpec, Store, STORE_FILE_NAME};

/// The totals as kept, and as the per-meeting rows add up (both sorted).
fn totals(conn: &rusqlite::Connection) -> [(Vec<String>, Vec<String>); 2] {
    let rows = |sql: &str| -> Vec<String> {
        conn.prepare(sql)
            .unwrap()
            .query_map([], |r| {
                let n = r.as_ref().column_count();
                let mut v = Vec::new();
                for i in 0..n {
                    v.push(format!("{:?}", r.get::<_, rusqlite::types::Value>(i)?));
                }
                Ok(v.join(","))
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    let sums = "sum(items_general), sum(items_special), sum(items_criminal), sum(basis_consent),
        sum(basis_legal), sum(basis_conflict), sum(basis_none), sum(releases_granted),
        sum(releases_kept), sum(notified_beforehand), sum(notified_afterwards),
        sum(notified_postponed), sum(decisions_with_dissent), sum(decisions_without_dissent)";
    [
        (
            rows("SELECT * FROM month_counts ORDER BY month"),
            rows(&format!(
                "SELECT month, count(*), {sums} FROM meeting_counts GROUP BY month ORDER BY month"
            )),
        ),
        (
            rows("SELECT * FROM breach_totals ORDER BY 1, 2, 3"),
            rows(
                "SELECT organisation, organisation_type, coalesce(category, ''), count(*),
                        sum(items), sum(recipients), sum(subjects)
                 FROM meeting_breach_counts GROUP BY 1, 2, 3 ORDER BY 1, 2, 3",
            ),
        ),
    ]
}

fn assert_in_step(dir: &std::path::Path, when: &str) -> usize {
    let conn = open_raw(dir.join(STORE_FILE_NAME));
    let [(months, by_meeting), (orgs, by_line)] = totals(&conn);
    assert_eq!(months, by_meeting, "month totals {when}");
    assert_eq!(orgs, by_line, "organisation totals {when}");
    months.len()
}

fn views(store: &Store) -> String {
    let mut out = String::new();
    for code in ["2026", "2026-03", "2026-Q2", "2026-10", "2027"] {
        let p = ReportPeriod::parse(code).unwrap();
        out += &format!("{:?}\n", store.management_report(p).unwrap());
    }
    let all = store.breach_impact(&BreachScope::All).unwrap();
    format!("{out}{} {:?}", all.meetings, all.organisations)
}

#[test]
fn r19_r20_kept_totals_stay_the_sum_of_the_kept_counts() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(dir.path(), PASS).unwrap();
    let seeded = store
        .seed(
            SeedSpec {
                meetings: 60,
                participants_per_meeting: 4,
                subjects_per_meeting: 2,
                items_per_meeting: 6,
                actions_per_meeting: 2,
                finalized: true,
            },
            7,
        )
        .unwrap();
    // Two drafts, counted live.
    store
        .seed(
            SeedSpec {
                meetings: 2,
                participants_per_meeting: 4,
                subjects_per_meeting: 2,
                items_per_meeting: 6,
                actions_per_meeting: 2,
                finalized: false,
            },
            8,
        )
        .unwrap();
    let first = views(&store);
    assert!(first.contains("Organisatie 1"), "{first}");
    store.close().unwrap();
    assert!(assert_in_step(dir.path(), "after finalizing") >= 2);

    // A change after finalizing forgets one meeting's counts (counted live after).
    let conn = open_raw(dir.path().join(STORE_FILE_NAME));
    conn.execute(
        "UPDATE releases SET decision = 'stays', action_id = NULL
         WHERE rowid = (SELECT min(rowid) FROM releases WHERE decision = 'released')",
        [],
    )
    .unwrap();
    // A meeting whose date moves is counted in its new month.
    conn.execute(
        "UPDATE meetings SET meeting_date = '2026-10-15' WHERE id = ?1",
        [&seeded.meeting_ids[3]],
    )
    .unwrap();
    // A removed meeting takes its counts with it (the cascade).
    conn.execute(
        "DELETE FROM meetings WHERE id = ?1",
        [&seeded.meeting_ids[5]],
    )
    .unwrap();
    drop(conn);
    assert_in_step(dir.path(), "after changes and a removal");

    // R15: the meetings of the first months expire (the seeder keeps them ten years).
    let mut store = Store::open(dir.path(), PASS).unwrap();
    let destroyed = store
        .destroy_expired(NaiveDate::from_ymd_opt(2036, 3, 1).unwrap(), now())
        .unwrap();
    assert!(
        !destroyed.is_empty() && destroyed.len() < 60,
        "{}",
        destroyed.len()
    );
    let with_totals = views(&store);
    store.close().unwrap();
    assert_in_step(dir.path(), "after R15 destruction");

    // Everything counted live gives the same views, and nothing is left in the totals.
    let conn = open_raw(dir.path().join(STORE_FILE_NAME));
    conn.execute_batch("DELETE FROM meeting_counts; DELETE FROM meeting_breach_counts;")
        .unwrap();
    let left: i64 = conn
        .query_row(
            "SELECT (SELECT count(*) FROM month_counts) + (SELECT count(*) FROM breach_totals)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(left, 0);
    drop(conn);
    let store = Store::open(dir.path(), PASS).unwrap();
    assert_eq!(views(&store), with_totals);
}

#[test]
fn the_kept_number_of_meetings_is_the_number_of_meetings() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(dir.path(), PASS).unwrap();
    let seeded = store
        .seed(
            SeedSpec {
                meetings: 30,
                participants_per_meeting: 2,
                subjects_per_meeting: 1,
                items_per_meeting: 2,
                actions_per_meeting: 1,
                finalized: false,
            },
            3,
        )
        .unwrap();
    store
        .create_meeting(&meeting_input("Gezin Nieuw"), now())
        .unwrap();
    assert_eq!(store.recent_meetings(10).unwrap().1, 31);
    store
        .destroy_expired(NaiveDate::from_ymd_opt(2036, 3, 1).unwrap(), now())
        .unwrap();
    store.close().unwrap();
    let conn = open_raw(dir.path().join(STORE_FILE_NAME));
    conn.execute(
        "DELETE FROM meetings WHERE id = ?1",
        [&seeded.meeting_ids[29]],
    )
    .unwrap();
    let (kept, counted): (u32, u32) = conn
        .query_row(
            "SELECT (SELECT meetings FROM meeting_total), (SELECT count(*) FROM meetings)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert!(counted < 30, "{counted}");
    assert_eq!(kept, counted);
    drop(conn);
    let store = Store::open(dir.path(), PASS).unwrap();
    assert_eq!(store.recent_meetings(10).unwrap().1, counted);
}
