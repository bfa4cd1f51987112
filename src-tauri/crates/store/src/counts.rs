//! Counts kept per finalized meeting (migration 0025) for the R19 management report and the
//! R20 breach view, so both add up one row per meeting instead of reading every item and
//! release decision of the store. One SQL definition per kind of count serves both the
//! kept counts (written when a meeting is finalized) and the live count of meetings that
//! have none (drafts, or a meeting changed after finalizing: the triggers of migration 0025
//! forget its counts).

use crate::StoreError;
use rusqlite::Connection;

/// The report's counts per meeting (`meeting_counts` columns, in order and by name, the
/// meeting's month last) for the meetings `meetings` (an SQL subquery yielding meeting ids).
pub(crate) fn report_counts_sql(meetings: &str) -> String {
    format!(
        "SELECT m.id AS meeting_id,
                COALESCE(i.general, 0) AS items_general,
                COALESCE(i.special, 0) AS items_special,
                COALESCE(i.criminal, 0) AS items_criminal,
                COALESCE(i.consent, 0) AS basis_consent,
                COALESCE(i.legal, 0) AS basis_legal,
                COALESCE(i.conflict, 0) AS basis_conflict,
                COALESCE(i.none, 0) AS basis_none,
                COALESCE(r.granted, 0) AS releases_granted,
                COALESCE(r.kept, 0) AS releases_kept,
                COALESCE(n.beforehand, 0) AS notified_beforehand,
                COALESCE(n.afterwards, 0) AS notified_afterwards,
                COALESCE(n.postponed, 0) AS notified_postponed,
                COALESCE(d.with_dissent, 0) AS decisions_with_dissent,
                COALESCE(d.without_dissent, 0) AS decisions_without_dissent,
                substr(m.meeting_date, 1, 7) AS month
         FROM meetings m
         LEFT JOIN (
             SELECT i.meeting_id,
                    sum(i.category = 'general') AS general,
                    sum(i.category = 'special') AS special,
                    sum(i.category = 'criminal') AS criminal,
                    sum(b.kind = 'consent') AS consent,
                    sum(b.kind = 'legal') AS legal,
                    sum(b.kind = 'conflict_of_duties') AS conflict,
                    sum(b.item_id IS NULL) AS none
             FROM items i LEFT JOIN item_basis b ON b.item_id = i.id
             WHERE i.meeting_id IN ({meetings})
             GROUP BY i.meeting_id
         ) i ON i.meeting_id = m.id
         LEFT JOIN (
             SELECT i.meeting_id,
                    sum(r.decision = 'released') AS granted,
                    sum(r.decision = 'stays') AS kept
             FROM items i JOIN releases r ON r.item_id = i.id
             WHERE i.meeting_id IN ({meetings})
             GROUP BY i.meeting_id
         ) r ON r.meeting_id = m.id
         LEFT JOIN (
             SELECT meeting_id,
                    sum(timing = 'beforehand') AS beforehand,
                    sum(timing = 'afterwards') AS afterwards,
                    sum(timing = 'postponed') AS postponed
             FROM notifications
             WHERE meeting_id IN ({meetings})
             GROUP BY meeting_id
         ) n ON n.meeting_id = m.id
         LEFT JOIN (
             SELECT d.meeting_id,
                    sum(EXISTS (SELECT 1 FROM dissents x WHERE x.decision_id = d.id))
                        AS with_dissent,
                    sum(NOT EXISTS (SELECT 1 FROM dissents x WHERE x.decision_id = d.id))
                        AS without_dissent
             FROM decisions d
             WHERE d.meeting_id IN ({meetings})
             GROUP BY d.meeting_id
         ) d ON d.meeting_id = m.id
         WHERE m.id IN ({meetings})"
    )
}

/// The breach view's lines per meeting and receiving organisation (`meeting_breach_counts`
/// columns, in order): one per category released, and one with category NULL over all
/// categories, for the meetings `meetings` (an SQL subquery yielding meeting ids).
pub(crate) fn breach_counts_sql(meetings: &str) -> String {
    let from = format!(
        "FROM releases r
         JOIN items i        ON i.id = r.item_id
         JOIN participants p ON p.id = r.recipient_id
         LEFT JOIN item_subjects s ON s.item_id = i.id
         WHERE r.decision = 'released' AND i.meeting_id IN ({meetings})"
    );
    format!(
        "SELECT i.meeting_id AS meeting_id, p.organisation AS organisation,
                p.organisation_type AS organisation_type, i.category AS category,
                count(DISTINCT i.id) AS items, count(DISTINCT p.id) AS recipients,
                count(DISTINCT s.subject_id) AS subjects
         {from}
         GROUP BY i.meeting_id, p.organisation, p.organisation_type, i.category
         UNION ALL
         SELECT i.meeting_id, p.organisation, p.organisation_type, NULL,
                count(DISTINCT i.id), count(DISTINCT p.id), count(DISTINCT s.subject_id)
         {from}
         GROUP BY i.meeting_id, p.organisation, p.organisation_type"
    )
}

/// Meetings among `meetings` (an SQL subquery) that have no kept counts: counted live.
pub(crate) fn without_kept_counts(meetings: &str) -> String {
    format!(
        "SELECT id FROM meetings WHERE id IN ({meetings})
         AND id NOT IN (SELECT meeting_id FROM meeting_counts)"
    )
}

/// Keeps the counts of the meetings `meetings` (an SQL subquery over `params`), replacing
/// what was kept. Called when a meeting is finalized, after its last change.
pub(crate) fn keep(
    conn: &Connection,
    meetings: &str,
    params: impl rusqlite::Params + Clone,
) -> Result<(), StoreError> {
    conn.execute(
        &format!("DELETE FROM meeting_breach_counts WHERE meeting_id IN ({meetings})"),
        params.clone(),
    )?;
    conn.execute(
        &format!("DELETE FROM meeting_counts WHERE meeting_id IN ({meetings})"),
        params.clone(),
    )?;
    conn.execute(
        &format!(
            "INSERT INTO meeting_breach_counts (meeting_id, organisation, organisation_type,
                 category, items, recipients, subjects) {}",
            breach_counts_sql(meetings)
        ),
        params.clone(),
    )?;
    conn.execute(
        &format!("INSERT INTO meeting_counts {}", report_counts_sql(meetings)),
        params,
    )?;
    Ok(())
}
