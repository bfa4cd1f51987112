#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! NEN 7513: reads and session events are logged too (ids and kinds only), in the same
//! chain as the changes, and the privacy officer can list them by meeting and period.

mod common;
use chrono::{TimeZone, Utc};
use common::*;
use domain::LockReason;
use store::{AuditFilter, AuditKind, AuditVerdict};

#[test]
fn reads_and_session_events_join_the_chain_and_can_be_filtered() {
    let (_dir, mut store) = new_store();
    let a = store
        .create_meeting(&meeting_input("Gezin A"), now())
        .unwrap();
    let b = store
        .create_meeting(&meeting_input("Gezin B"), now())
        .unwrap();
    let day1 = Utc.with_ymd_and_hms(2026, 3, 1, 23, 59, 59).unwrap();
    let day2 = Utc.with_ymd_and_hms(2026, 3, 2, 0, 0, 0).unwrap();
    let failed = Utc.with_ymd_and_hms(2026, 3, 1, 8, 0, 0).unwrap();
    store.log_unlock(&[failed], day1).unwrap();
    store
        .log_access(AuditKind::MeetingOpened, Some(a.id), day1)
        .unwrap();
    store
        .log_access(AuditKind::PresentationOpened, Some(b.id), day2)
        .unwrap();
    store.log_access(AuditKind::SearchRun, None, day2).unwrap();
    store
        .log_access(AuditKind::Locked(LockReason::Sleep), None, day2)
        .unwrap();
    let n = store.audit_len().unwrap();
    assert_eq!(
        store.verify_audit().unwrap(),
        AuditVerdict::Intact { entries: n }
    );

    let kinds = |f: AuditFilter| -> Vec<String> {
        store
            .audit_entries(&f)
            .unwrap()
            .into_iter()
            .map(|e| e.kind)
            .collect()
    };
    let all = kinds(AuditFilter::default());
    assert_eq!(all.len() as u64, n);
    assert_eq!(
        &all[all.len() - 6..],
        [
            "unlock_failed",
            "unlocked",
            "meeting_opened",
            "presentation_opened",
            "search_run",
            "locked_sleep"
        ]
    );
    let only_a = kinds(AuditFilter {
        meeting: Some(a.id),
        ..AuditFilter::default()
    });
    assert_eq!(only_a, ["meeting_created", "meeting_opened"]);
    let march_first = chrono::NaiveDate::from_ymd_opt(2026, 3, 1);
    assert_eq!(
        kinds(AuditFilter {
            from: march_first,
            to: march_first,
            ..AuditFilter::default()
        }),
        ["unlock_failed", "unlocked", "meeting_opened"]
    );
    assert_eq!(
        kinds(AuditFilter {
            meeting: Some(b.id),
            from: chrono::NaiveDate::from_ymd_opt(2026, 3, 2),
            to: chrono::NaiveDate::from_ymd_opt(2026, 3, 2),
        }),
        ["presentation_opened"]
    );
}

#[test]
fn every_kind_code_is_distinct_and_carries_no_text() {
    let reasons = [
        LockReason::ByHand,
        LockReason::Idle,
        LockReason::Sleep,
        LockReason::ScreenLock,
    ];
    let mut codes: Vec<&str> = reasons
        .iter()
        .map(|r| AuditKind::Locked(*r).code())
        .collect();
    codes.extend(
        [
            AuditKind::Unlocked,
            AuditKind::UnlockFailed,
            AuditKind::MeetingOpened,
            AuditKind::PresentationOpened,
            AuditKind::SearchRun,
            AuditKind::HistoryViewed,
            AuditKind::RightsRegisterViewed,
            AuditKind::ReportViewed,
            AuditKind::BreachViewed,
        ]
        .map(AuditKind::code),
    );
    let unique: std::collections::HashSet<_> = codes.iter().collect();
    assert_eq!(unique.len(), codes.len());
    assert!(codes
        .iter()
        .all(|c| c.chars().all(|ch| ch.is_ascii_lowercase() || ch == '_')));
}

/// The log screen: the newest entries first, at most `limit`, with how many the filter
/// selects, and the meeting's case label and the deciding participant while they exist.
#[test]
fn r18_the_log_screen_pages_newest_first_with_the_meeting_and_a_total() {
    let (_dir, mut store) = new_store();
    let a = store
        .create_meeting(&meeting_input("Gezin Ouwehand-Bakker"), now())
        .unwrap();
    let p = store
        .add_participant(
            a.id,
            &participant_input("Mirjam de Vries", domain::Role::CaseLead),
            now(),
        )
        .unwrap();
    let item = store
        .add_item(
            a.id,
            &item_input(p.id, "Zorgen over het schoolverzuim."),
            now(),
        )
        .unwrap();
    store.remove_item(a.id, item.id, now()).unwrap();
    for _ in 0..5 {
        store
            .log_access(AuditKind::MeetingOpened, Some(a.id), now())
            .unwrap();
    }
    let only_a = AuditFilter {
        meeting: Some(a.id),
        ..AuditFilter::default()
    };
    let (page, total) = store.audit_page(&only_a, 3).unwrap();
    assert_eq!(
        total, 9,
        "created, participant, item added and removed, 5 opened"
    );
    assert_eq!(page.len(), 3);
    assert!(
        page.windows(2).all(|w| w[0].entry.seq > w[1].entry.seq),
        "newest first"
    );
    assert!(page
        .iter()
        .all(|e| e.case_label.as_deref() == Some("Gezin Ouwehand-Bakker")));
    let (all, _) = store.audit_page(&only_a, 100).unwrap();
    let removed = all.iter().find(|l| l.entry.kind == "item_removed").unwrap();
    assert_eq!(removed.decided_by_name.as_deref(), Some("Mirjam de Vries"));
    // The same entries as the oldest-first list, reversed; the entries themselves hold
    // ids and codes only (the names are beside them, for the screen).
    let mut oldest_first = store.audit_entries(&only_a).unwrap();
    oldest_first.reverse();
    let entries: Vec<_> = all.iter().map(|l| l.entry.clone()).collect();
    assert_eq!(oldest_first, entries);
    assert!(oldest_first
        .iter()
        .all(|e| !format!("{e:?}").contains("Ouwehand") && !format!("{e:?}").contains("Mirjam")));
}
