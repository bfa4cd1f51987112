//! R19: the anonymous management report. Counts only, per period: no names, no free text,
//! no ids. A count of 1 to 4 could point to one family, so it is shown as "<5" (seed 003
//! §4.4: management reports are anonymised); where a group of counts adds up to a shown
//! total, one more cell is hidden so the small one cannot be worked out by subtraction.

use crate::{parse_date, DomainError, Field};
use chrono::NaiveDate;
use serde::{Serialize, Serializer};

/// R19: counts below this are suppressed.
pub const SUPPRESSION_THRESHOLD: u64 = 5;

/// The period of a report: meetings whose date lies in `from..=to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ReportPeriod {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl ReportPeriod {
    /// Parses both dates (YYYY-MM-DD); `from` may not lie after `to`.
    pub fn parse(from: &str, to: &str) -> Result<Self, DomainError> {
        let from = parse_date(from, Field::PeriodFrom)?;
        let to = parse_date(to, Field::PeriodTo)?;
        Self::new(from, to)
    }

    pub fn new(from: NaiveDate, to: NaiveDate) -> Result<Self, DomainError> {
        if from > to {
            return Err(DomainError::PeriodReversed);
        }
        Ok(Self { from, to })
    }
}

/// One cell of the report as it may be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    /// 0 or at least 5.
    Count(u64),
    /// R19: 1 to 4, shown as "<5".
    Small,
    /// At least 5, hidden so a small cell of the same group cannot be recomputed from the
    /// total (secondary suppression).
    Hidden,
    /// No source for this count yet (e.g. the rights-requests register).
    NotAvailable,
}

impl Cell {
    /// What the chair and the CSV see.
    pub fn display(self) -> String {
        match self {
            Cell::Count(n) => n.to_string(),
            Cell::Small => "<5".into(),
            Cell::Hidden => "x".into(),
            Cell::NotAvailable => "n.b.".into(),
        }
    }

    /// R19: the primary rule for one raw count.
    pub fn of(count: u64) -> Self {
        if count > 0 && count < SUPPRESSION_THRESHOLD {
            Cell::Small
        } else {
            Cell::Count(count)
        }
    }
}

/// JSON: a shown count is a number, everything else the displayed string.
impl Serialize for Cell {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Cell::Count(n) => s.serialize_u64(*n),
            other => s.serialize_str(&other.display()),
        }
    }
}

/// One line of a group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReportRow {
    /// Stable code of the line, e.g. `special` in group `items_by_category`.
    pub code: &'static str,
    pub value: Cell,
}

/// A group of lines that add up to its total.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReportGroup {
    pub code: &'static str,
    pub total: Cell,
    pub rows: Vec<ReportRow>,
}

/// The raw counts the store gathers for a period (never leaves the store crate's callers
/// unsuppressed: build a [`ManagementReport`] from it).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RawCounts {
    pub meetings_finalized: u64,
    pub meetings_draft: u64,
    pub meetings_anonymous: u64,
    pub items_general: u64,
    pub items_special: u64,
    pub items_criminal: u64,
    pub basis_consent: u64,
    pub basis_legal: u64,
    pub basis_conflict_of_duties: u64,
    pub basis_none: u64,
    pub releases_granted: u64,
    pub releases_kept: u64,
    pub notifications_beforehand: u64,
    pub notifications_afterwards: u64,
    pub notifications_postponed: u64,
    /// R17: rights requests answered within the deadline / late. `None` until the
    /// rights-requests register exists in the store.
    pub requests: Option<RequestCounts>,
}

/// R17: rights requests of the period, by whether they were answered in time.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RequestCounts {
    pub in_time: u64,
    pub late: u64,
    pub open: u64,
}

/// R19: the anonymous management report of one period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ManagementReport {
    pub period: ReportPeriod,
    pub groups: Vec<ReportGroup>,
}

/// Group codes and row codes, in report order.
pub const GROUP_MEETINGS: &str = "meetings";
pub const GROUP_MEETINGS_MODE: &str = "meetings_mode";
pub const GROUP_ITEMS_BY_CATEGORY: &str = "items_by_category";
pub const GROUP_ITEMS_BY_BASIS: &str = "items_by_basis";
pub const GROUP_RELEASES: &str = "releases";
pub const GROUP_NOTIFICATIONS: &str = "notifications";
pub const GROUP_REQUESTS: &str = "rights_requests";

impl ManagementReport {
    /// Applies R19 to the raw counts: primary suppression of 1-4, then per group a second
    /// cell when exactly one is small and the total is shown.
    pub fn build(period: ReportPeriod, raw: &RawCounts) -> Self {
        let meetings = raw.meetings_finalized + raw.meetings_draft;
        let items = raw.items_general + raw.items_special + raw.items_criminal;
        let mut groups = vec![
            group(
                GROUP_MEETINGS,
                &[
                    ("finalized", raw.meetings_finalized),
                    ("draft", raw.meetings_draft),
                ],
            ),
            group(
                GROUP_MEETINGS_MODE,
                &[
                    ("anonymous", raw.meetings_anonymous),
                    ("named", meetings.saturating_sub(raw.meetings_anonymous)),
                ],
            ),
            group(
                GROUP_ITEMS_BY_CATEGORY,
                &[
                    ("general", raw.items_general),
                    ("special", raw.items_special),
                    ("criminal", raw.items_criminal),
                ],
            ),
            group(
                GROUP_ITEMS_BY_BASIS,
                &[
                    ("consent", raw.basis_consent),
                    ("legal", raw.basis_legal),
                    ("conflict_of_duties", raw.basis_conflict_of_duties),
                    // Drafts may still have items without a basis (R13 not yet met).
                    (
                        "none",
                        items.saturating_sub(
                            raw.basis_consent + raw.basis_legal + raw.basis_conflict_of_duties,
                        ),
                    ),
                ],
            ),
            group(
                GROUP_RELEASES,
                &[
                    ("granted", raw.releases_granted),
                    ("kept", raw.releases_kept),
                ],
            ),
            group(
                GROUP_NOTIFICATIONS,
                &[
                    ("beforehand", raw.notifications_beforehand),
                    ("afterwards", raw.notifications_afterwards),
                    ("postponed", raw.notifications_postponed),
                ],
            ),
        ];
        groups.push(match raw.requests {
            Some(r) => group(
                GROUP_REQUESTS,
                &[("in_time", r.in_time), ("late", r.late), ("open", r.open)],
            ),
            None => ReportGroup {
                code: GROUP_REQUESTS,
                total: Cell::NotAvailable,
                rows: ["in_time", "late", "open"]
                    .into_iter()
                    .map(|code| ReportRow {
                        code,
                        value: Cell::NotAvailable,
                    })
                    .collect(),
            },
        });
        Self { period, groups }
    }

    /// The value of `group`/`row` (`row` `None`: the total).
    pub fn cell(&self, group: &str, row: Option<&str>) -> Option<Cell> {
        let g = self.groups.iter().find(|g| g.code == group)?;
        match row {
            None => Some(g.total),
            Some(code) => g.rows.iter().find(|r| r.code == code).map(|r| r.value),
        }
    }
}

/// One group with R19 applied: primary suppression of every cell, then the secondary rule.
fn group(code: &'static str, rows: &[(&'static str, u64)]) -> ReportGroup {
    let total_raw: u64 = rows.iter().map(|(_, n)| n).sum();
    let total = Cell::of(total_raw);
    let mut cells: Vec<Cell> = rows.iter().map(|(_, n)| Cell::of(*n)).collect();
    let small = cells.iter().filter(|c| **c == Cell::Small).count();
    // With exactly one hidden cell and a shown total, total minus the shown cells gives
    // the small one back. Hide the smallest cell of at least 5 too (0 says nothing: a
    // hidden 0 would be worked out as 0 again from the other cells).
    if small == 1 && matches!(total, Cell::Count(_)) {
        let second = rows
            .iter()
            .enumerate()
            .filter(|(_, (_, n))| *n >= SUPPRESSION_THRESHOLD)
            .min_by_key(|(_, (_, n))| *n)
            .map(|(i, _)| i);
        if let Some(i) = second {
            if let Some(c) = cells.get_mut(i) {
                *c = Cell::Hidden;
            }
        }
    }
    ReportGroup {
        code,
        total,
        rows: rows
            .iter()
            .zip(cells)
            .map(|((code, _), value)| ReportRow { code, value })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn period() -> ReportPeriod {
        ReportPeriod::parse("2026-01-01", "2026-12-31").unwrap()
    }

    fn shown(c: Cell) -> Option<u64> {
        match c {
            Cell::Count(n) => Some(n),
            _ => None,
        }
    }

    #[test]
    fn r19_counts_one_to_four_are_shown_as_less_than_five() {
        for n in 1..5 {
            assert_eq!(Cell::of(n), Cell::Small);
            assert_eq!(Cell::of(n).display(), "<5");
        }
        assert_eq!(Cell::of(0), Cell::Count(0));
        assert_eq!(Cell::of(5), Cell::Count(5));
    }

    #[test]
    fn r19_a_lone_small_cell_is_not_recomputable_from_the_total() {
        let g = group("g", &[("a", 3), ("b", 20), ("c", 7)]);
        assert_eq!(g.total, Cell::Count(30));
        assert_eq!(g.rows[0].value, Cell::Small);
        // The smallest cell of at least 5 is hidden as well.
        assert_eq!(g.rows[2].value, Cell::Hidden);
        assert_eq!(g.rows[1].value, Cell::Count(20));
    }

    #[test]
    fn r19_two_small_cells_need_no_second_suppression() {
        let g = group("g", &[("a", 3), ("b", 2), ("c", 7)]);
        assert_eq!(
            g.rows.iter().map(|r| r.value).collect::<Vec<_>>(),
            vec![Cell::Small, Cell::Small, Cell::Count(7)]
        );
    }

    #[test]
    fn r19_a_small_total_is_suppressed_too() {
        let g = group("g", &[("a", 3), ("b", 0)]);
        assert_eq!(g.total, Cell::Small);
        assert_eq!(g.rows[1].value, Cell::Count(0));
    }

    #[test]
    fn r19_no_small_value_can_be_derived_in_any_group() {
        // Exhaustive over small groups: whenever the total is shown, the shown cells never
        // pin a hidden cell down to one value 1-4.
        for a in 0..12u64 {
            for b in 0..12u64 {
                for c in 0..12u64 {
                    let g = group("g", &[("a", a), ("b", b), ("c", c)]);
                    let Some(total) = shown(g.total) else {
                        continue;
                    };
                    let known: u64 = g.rows.iter().filter_map(|r| shown(r.value)).sum();
                    let hidden = g.rows.iter().filter(|r| shown(r.value).is_none()).count();
                    assert_ne!(
                        hidden,
                        1,
                        "{a} {b} {c}: one hidden cell is {}",
                        total - known
                    );
                }
            }
        }
    }

    #[test]
    fn r17_requests_are_not_available_until_the_register_exists() {
        let r = ManagementReport::build(period(), &RawCounts::default());
        assert_eq!(r.cell(GROUP_REQUESTS, None), Some(Cell::NotAvailable));
        assert_eq!(
            r.cell(GROUP_REQUESTS, Some("in_time")),
            Some(Cell::NotAvailable)
        );
    }

    #[test]
    fn r19_report_period_must_run_forward() {
        assert_eq!(
            ReportPeriod::parse("2026-05-01", "2026-04-30"),
            Err(DomainError::PeriodReversed)
        );
        assert!(matches!(
            ReportPeriod::parse("2026-13-01", "2026-04-30"),
            Err(DomainError::InvalidDate {
                field: Field::PeriodFrom
            })
        ));
        assert!(ReportPeriod::parse("2026-04-30", "2026-04-30").is_ok());
    }

    #[test]
    fn r19_json_shows_numbers_and_suppression_marks_only() {
        let raw = RawCounts {
            meetings_finalized: 6,
            meetings_draft: 2,
            ..RawCounts::default()
        };
        let r = ManagementReport::build(period(), &raw);
        assert_eq!(r.cell(GROUP_MEETINGS, Some("draft")), Some(Cell::Small));
        assert_eq!(
            r.cell(GROUP_MEETINGS, Some("finalized")),
            Some(Cell::Hidden)
        );
        assert_eq!(r.cell(GROUP_MEETINGS, None), Some(Cell::Count(8)));
    }
}
