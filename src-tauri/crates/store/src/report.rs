//! R19: the counts of the anonymous management report, gathered in one read transaction,
//! and its JSON and CSV forms. Only `count(*)` leaves SQL: no names, texts, dates of birth
//! or ids. The suppression of small cells is the domain's ([`ManagementReport::build`]).
//!
//! Rights requests (R17): counted from the register (`rights_requests`, migration 0008).

use crate::codec::date_to_db;
use crate::{Store, StoreError};
use domain::{ManagementReport, RawCounts, ReportPeriod, RequestCounts};
use rusqlite::{params, Transaction};

/// Meetings of the period (by meeting date; drafts included, R19 reports what is on this
/// laptop, and meetings destroyed under R15 are gone from it).
const IN_PERIOD: &str = "SELECT id FROM meetings WHERE meeting_date BETWEEN ?1 AND ?2";

impl Store {
    /// R19: the anonymous management report of `period`, small cells suppressed.
    pub fn management_report(&self, period: ReportPeriod) -> Result<ManagementReport, StoreError> {
        // One read transaction: every count sees the same state of the store.
        let tx = self.conn.unchecked_transaction()?;
        let raw = raw_counts(&tx, period)?;
        tx.finish()?;
        Ok(ManagementReport::build(period, &raw))
    }
}

/// Runs one aggregate query over the period and returns its columns as counts.
fn counts<const N: usize>(
    tx: &Transaction<'_>,
    sql: &str,
    period: ReportPeriod,
) -> Result<[u64; N], StoreError> {
    let row = tx.query_row(
        sql,
        params![date_to_db(period.from), date_to_db(period.to)],
        |r| {
            let mut out = [0u64; N];
            for (i, slot) in out.iter_mut().enumerate() {
                // sum() over no rows is NULL: no rows, no count.
                let n: Option<i64> = r.get(i)?;
                *slot = u64::try_from(n.unwrap_or(0)).unwrap_or(0);
            }
            Ok(out)
        },
    )?;
    Ok(row)
}

/// The report's sums (`meeting_counts` columns, by name).
const SUMS: &str = "sum(items_general), sum(items_special), sum(items_criminal),
    sum(basis_consent), sum(basis_legal), sum(basis_conflict), sum(basis_none),
    sum(releases_granted), sum(releases_kept), sum(notified_beforehand),
    sum(notified_afterwards), sum(notified_postponed), sum(decisions_with_dissent),
    sum(decisions_without_dissent)";

/// Three aggregate queries: the meetings themselves (from an index), the kept counts added
/// up per month (migration 0036: the months of the period, not its meetings), and the live
/// count of the period's meetings without kept counts (drafts, changed meetings).
fn raw_counts(tx: &Transaction<'_>, period: ReportPeriod) -> Result<RawCounts, StoreError> {
    let [finalized, draft, anonymous] = counts::<3>(
        tx,
        "SELECT sum(finalized_at IS NOT NULL), sum(finalized_at IS NULL), sum(anonymous = 1)
         FROM meetings WHERE meeting_date BETWEEN ?1 AND ?2",
        period,
    )?;
    let kept = counts::<14>(
        tx,
        &format!(
            "SELECT {SUMS} FROM month_counts
             WHERE month BETWEEN substr(?1, 1, 7) AND substr(?2, 1, 7)"
        ),
        period,
    )?;
    // The period's meetings without kept counts, found once (an index-only scan).
    let live = counts::<14>(
        tx,
        &format!(
            "WITH live(id) AS MATERIALIZED ({})
             SELECT {SUMS} FROM ({})",
            crate::counts::without_kept_counts(IN_PERIOD),
            crate::counts::report_counts_sql("SELECT id FROM live")
        ),
        period,
    )?;
    let mut sums = [0u64; 14];
    for (i, slot) in sums.iter_mut().enumerate() {
        *slot = kept[i] + live[i];
    }
    let [general, special, criminal, consent, legal, conflict, none, granted, kept, beforehand, afterwards, postponed, with_dissent, without_dissent] =
        sums;
    Ok(RawCounts {
        meetings_finalized: finalized,
        meetings_draft: draft,
        meetings_anonymous: anonymous,
        items_general: general,
        items_special: special,
        items_criminal: criminal,
        basis_consent: consent,
        basis_legal: legal,
        basis_conflict_of_duties: conflict,
        basis_none: none,
        releases_granted: granted,
        releases_kept: kept,
        notifications_beforehand: beforehand,
        notifications_afterwards: afterwards,
        notifications_postponed: postponed,
        decisions_with_dissent: with_dissent,
        decisions_without_dissent: without_dissent,
        requests: count_requests(tx, period)?,
    })
}

/// R17: rights requests received in the period: answered on or before their (possibly
/// extended) deadline, answered after it, and not answered yet. Dates are ISO text, so
/// text comparison is date comparison.
fn count_requests(
    tx: &Transaction<'_>,
    period: ReportPeriod,
) -> Result<Option<RequestCounts>, StoreError> {
    let [in_time, late, open] = counts::<3>(
        tx,
        "SELECT sum(answered_on IS NOT NULL AND answered_on <= deadline),
                sum(answered_on IS NOT NULL AND answered_on > deadline),
                sum(answered_on IS NULL)
         FROM rights_requests WHERE received_on BETWEEN ?1 AND ?2",
        period,
    )?;
    Ok(Some(RequestCounts {
        in_time,
        late,
        open,
    }))
}

/// The Dutch description of a report line (`row` `None`: the group's total).
pub use texts::reports::report_label;

/// R19: the report as JSON (counts as numbers, suppressed cells as "<5" / "x", missing as
/// "n.b."; codes, no labels).
pub fn report_to_json(report: &ManagementReport) -> Result<String, StoreError> {
    serde_json::to_string_pretty(report).map_err(|_| StoreError::Corrupt("report json"))
}

/// R19: the report as CSV: `groep,regel,omschrijving,aantal`, a total line per group
/// (`regel` = `totaal`), the period (R19: a month, quarter or year) in the first three
/// lines.
pub fn report_to_csv(report: &ManagementReport) -> Result<String, StoreError> {
    let failed = |_| StoreError::Corrupt("report csv");
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(["groep", "regel", "omschrijving", "aantal"])
        .map_err(failed)?;
    let from = date_to_db(report.period.from);
    let to = date_to_db(report.period.to);
    let code = report.period.code();
    w.write_record(["periode", "code", texts::reports::PERIOD, code.as_str()])
        .map_err(failed)?;
    w.write_record(["periode", "van", texts::reports::FIRST_DAY, from.as_str()])
        .map_err(failed)?;
    w.write_record([
        "periode",
        "tot_en_met",
        texts::reports::LAST_DAY,
        to.as_str(),
    ])
    .map_err(failed)?;
    for g in &report.groups {
        w.write_record([
            g.code,
            "totaal",
            report_label(g.code, None),
            &g.total.display(),
        ])
        .map_err(failed)?;
        for r in &g.rows {
            w.write_record([
                g.code,
                r.code,
                report_label(g.code, Some(r.code)),
                &r.value.display(),
            ])
            .map_err(failed)?;
        }
    }
    let bytes = w
        .into_inner()
        .map_err(|_| StoreError::Corrupt("report csv"))?;
    String::from_utf8(bytes).map_err(|_| StoreError::Corrupt("report csv"))
}
