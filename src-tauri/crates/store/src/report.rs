//! R19: the counts of the anonymous management report, gathered in one read transaction,
//! and its JSON and CSV forms. Only `count(*)` leaves SQL: no names, texts, dates of birth
//! or ids. The suppression of small cells is the domain's ([`ManagementReport::build`]).
//!
//! Rights requests (R17): [`RawCounts::requests`] stays `None` ("n.b.") until the
//! rights-requests register exists in this store; fill it in [`count_requests`].

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

fn count(tx: &Transaction<'_>, sql: &str, period: ReportPeriod) -> Result<u64, StoreError> {
    let n: i64 = tx.query_row(
        sql,
        params![date_to_db(period.from), date_to_db(period.to)],
        |r| r.get(0),
    )?;
    Ok(u64::try_from(n).unwrap_or(0))
}

fn raw_counts(tx: &Transaction<'_>, period: ReportPeriod) -> Result<RawCounts, StoreError> {
    let meetings = |cond: &str| {
        format!("SELECT count(*) FROM meetings WHERE meeting_date BETWEEN ?1 AND ?2 AND {cond}")
    };
    let items = |cond: &str| {
        format!("SELECT count(*) FROM items i WHERE i.meeting_id IN ({IN_PERIOD}) AND {cond}")
    };
    let basis = |kind: &str| {
        format!(
            "SELECT count(*) FROM item_basis b JOIN items i ON i.id = b.item_id
             WHERE i.meeting_id IN ({IN_PERIOD}) AND b.kind = '{kind}'"
        )
    };
    let releases = |decision: &str| {
        format!(
            "SELECT count(*) FROM releases r JOIN items i ON i.id = r.item_id
             WHERE i.meeting_id IN ({IN_PERIOD}) AND r.decision = '{decision}'"
        )
    };
    let notifications = |timing: &str| {
        format!(
            "SELECT count(*) FROM notifications n
             WHERE n.meeting_id IN ({IN_PERIOD}) AND n.timing = '{timing}'"
        )
    };
    Ok(RawCounts {
        meetings_finalized: count(tx, &meetings("finalized_at IS NOT NULL"), period)?,
        meetings_draft: count(tx, &meetings("finalized_at IS NULL"), period)?,
        meetings_anonymous: count(tx, &meetings("anonymous = 1"), period)?,
        items_general: count(tx, &items("i.category = 'general'"), period)?,
        items_special: count(tx, &items("i.category = 'special'"), period)?,
        items_criminal: count(tx, &items("i.category = 'criminal'"), period)?,
        basis_consent: count(tx, &basis("consent"), period)?,
        basis_legal: count(tx, &basis("legal"), period)?,
        basis_conflict_of_duties: count(tx, &basis("conflict_of_duties"), period)?,
        basis_none: count(
            tx,
            &items("NOT EXISTS (SELECT 1 FROM item_basis b WHERE b.item_id = i.id)"),
            period,
        )?,
        releases_granted: count(tx, &releases("released"), period)?,
        releases_kept: count(tx, &releases("stays"), period)?,
        notifications_beforehand: count(tx, &notifications("beforehand"), period)?,
        notifications_afterwards: count(tx, &notifications("afterwards"), period)?,
        notifications_postponed: count(tx, &notifications("postponed"), period)?,
        requests: count_requests(tx, period)?,
    })
}

/// R17: rights requests of the period answered in time / late / still open. The register
/// (migration 0008, another branch) is not in this store yet: "not available". To fill it:
/// count the requests received in the period by whether the answer date lies on or before
/// the (possibly extended) deadline, and return `Some`.
fn count_requests(
    _tx: &Transaction<'_>,
    _period: ReportPeriod,
) -> Result<Option<RequestCounts>, StoreError> {
    Ok(None)
}

/// The Dutch description of a report line (`row` `None`: the group's total).
pub fn report_label(group: &str, row: Option<&str>) -> &'static str {
    match (group, row) {
        ("meetings", None) => "Casusoverleggen",
        ("meetings", Some("finalized")) => "Afgerond",
        ("meetings", Some("draft")) => "Nog niet afgerond",
        ("meetings_mode", None) => "Casusoverleggen",
        ("meetings_mode", Some("anonymous")) => "Anoniem besproken",
        ("meetings_mode", Some("named")) => "Met namen besproken",
        ("items_by_category", None) => "Inbreng",
        ("items_by_category", Some("general")) => "Gewone persoonsgegevens",
        ("items_by_category", Some("special")) => "Bijzondere persoonsgegevens",
        ("items_by_category", Some("criminal")) => "Strafrechtelijke gegevens",
        ("items_by_basis", None) => "Inbreng",
        ("items_by_basis", Some("consent")) => "Op grond van toestemming",
        ("items_by_basis", Some("legal")) => "Op grond van de wet",
        ("items_by_basis", Some("conflict_of_duties")) => "Conflict van plichten",
        ("items_by_basis", Some("none")) => "Nog zonder grondslag",
        ("releases", None) => "Besluiten over delen",
        ("releases", Some("granted")) => "Vrijgegeven",
        ("releases", Some("kept")) => "Blijft in het overleg",
        ("notifications", None) => "Afspraken over informeren van het gezin",
        ("notifications", Some("beforehand")) => "Vooraf geïnformeerd",
        ("notifications", Some("afterwards")) => "Achteraf geïnformeerd",
        ("notifications", Some("postponed")) => "Informeren uitgesteld",
        ("rights_requests", None) => "Verzoeken van het gezin (inzage, correctie)",
        ("rights_requests", Some("in_time")) => "Op tijd afgehandeld",
        ("rights_requests", Some("late")) => "Te laat afgehandeld",
        ("rights_requests", Some("open")) => "Nog open",
        _ => "",
    }
}

/// R19: the report as JSON (counts as numbers, suppressed cells as "<5" / "x", missing as
/// "n.b."; codes, no labels).
pub fn report_to_json(report: &ManagementReport) -> Result<String, StoreError> {
    serde_json::to_string_pretty(report).map_err(|_| StoreError::Corrupt("report json"))
}

/// R19: the report as CSV: `groep,regel,omschrijving,aantal`, a total line per group
/// (`regel` = `totaal`), the period in the first two lines.
pub fn report_to_csv(report: &ManagementReport) -> Result<String, StoreError> {
    let failed = |_| StoreError::Corrupt("report csv");
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(["groep", "regel", "omschrijving", "aantal"])
        .map_err(failed)?;
    let from = date_to_db(report.period.from);
    let to = date_to_db(report.period.to);
    w.write_record(["periode", "van", "Eerste dag", from.as_str()])
        .map_err(failed)?;
    w.write_record(["periode", "tot_en_met", "Laatste dag", to.as_str()])
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
