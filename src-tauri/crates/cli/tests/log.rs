//! `casus log` (NEN 7513): the privacy officer lists the audit log, by meeting and period,
//! ids and kinds only; listing it is logged too.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use chrono::{TimeZone, Utc};
use common::*;
use store::{AuditKind, Store};

#[test]
fn nen7513_log_lists_reads_filtered_by_meeting_and_period_without_personal_data() {
    let dir = seeded_store();
    let meeting = {
        let mut store = Store::open(dir.path(), PASS).unwrap();
        let (list, _) = store.recent_meetings(10).unwrap();
        let m = list[0].id;
        let day = Utc.with_ymd_and_hms(2030, 5, 17, 12, 0, 0).unwrap();
        store
            .log_access(AuditKind::MeetingOpened, Some(m), day)
            .unwrap();
        store.log_access(AuditKind::SearchRun, None, day).unwrap();
        store.close().unwrap();
        m.to_string()
    };
    let all = casus(dir.path(), &["log"], &[PASS]);
    assert_eq!(all.code, 0, "{all:?}");
    assert!(all.stdout.contains("\tmeeting_opened\t"), "{all:?}");
    assert!(all.stdout.contains("\tsearch_run\t-\t"), "{all:?}");
    assert!(!all.stdout.contains("Casus 0"), "personal data: {all:?}");

    let one = casus(dir.path(), &["log", "--meeting", &meeting], &[PASS]);
    assert_eq!(one.code, 0, "{one:?}");
    let rows: Vec<&str> = one
        .stdout
        .lines()
        .skip(1)
        .filter(|l| l.contains('\t'))
        .collect();
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|r| r.contains(&meeting)), "{one:?}");
    assert!(!one.stdout.contains("search_run"), "{one:?}");

    let day = casus(
        dir.path(),
        &["log", "--from", "2030-05-17", "--to", "2030-05-17"],
        &[PASS],
    );
    assert_eq!(day.code, 0, "{day:?}");
    assert!(day.stdout.contains("meeting_opened"), "{day:?}");
    assert!(day.stdout.contains("search_run"), "{day:?}");
    assert!(day.stdout.contains("2 regels."), "{day:?}");

    // Listing the log is itself in the log (the three listings before this one).
    let again = casus(dir.path(), &["log"], &[PASS]);
    assert_eq!(
        again.stdout.matches("audit_log_viewed").count(),
        3,
        "{again:?}"
    );
}

#[test]
fn nen7513_log_refuses_bad_filters_before_asking_for_the_passphrase() {
    let dir = seeded_store();
    let bytes = store_bytes(dir.path());
    for args in [
        &["log", "--meeting", "Jansen"][..],
        &["log", "--from", "17-05-2030"],
        &["log", "--from", "2030-05-18", "--to", "2030-05-17"],
    ] {
        let run = casus(dir.path(), args, &[]);
        assert_eq!(run.code, 2, "{run:?}");
        assert!(!run.stderr.contains("Jansen"), "{run:?}");
        assert!(run.stderr.starts_with("casus: "), "{run:?}");
    }
    assert_eq!(store_bytes(dir.path()), bytes);
}
