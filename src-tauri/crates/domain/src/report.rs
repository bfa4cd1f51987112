//! R19: the anonymous management report. Counts only, per period: no names, no free text,
//! no ids. A count of 1 to 4 could point to one family, so it is shown as "<5" (seed 003
//! §4.4: management reports are anonymised; seed 000 point 8: accountability in annual
//! reports). Secondary suppression then hides more cells (or the total) until every hidden
//! cell is ambiguous given everything shown: at least two values of it fit all shown
//! counts, totals and "<5"/"x" marks. Periods are fixed and never overlap (a calendar
//! month, quarter or year), so two reports cannot be subtracted from each other.

use crate::{DomainError, Field};
use chrono::{Datelike, NaiveDate};
use serde::{Serialize, Serializer};

/// R19: counts below this are suppressed.
pub const SUPPRESSION_THRESHOLD: u64 = 5;

/// First and last year a report can be asked for (the dates the app accepts at all).
const FIRST_YEAR: i32 = 2000;
const LAST_YEAR: i32 = 2100;

/// R19: the only periods a report covers: whole calendar months, quarters or years.
/// Arbitrary from/to ranges would let two overlapping reports be subtracted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum PeriodKind {
    /// One calendar month.
    Month {
        /// The year.
        year: i32,
        /// The month (1–12).
        month: u32,
    },
    /// One quarter (1–4).
    Quarter {
        /// The year.
        year: i32,
        /// The quarter (1–4).
        quarter: u32,
    },
    /// One calendar year.
    Year {
        /// The year.
        year: i32,
    },
}

/// The period of a report: meetings whose date lies in `from..=to`. Only built from a
/// [`PeriodKind`], so `from..=to` is always one whole month, quarter or year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ReportPeriod {
    /// Month, quarter or year.
    pub kind: PeriodKind,
    /// First day.
    pub from: NaiveDate,
    /// Last day.
    pub to: NaiveDate,
}

impl ReportPeriod {
    /// R19: parses `2026` (year), `2026-Q3` (quarter) or `2026-07` (month). Anything else,
    /// a day range included, is refused.
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Err(DomainError::Empty {
                field: Field::Period,
            });
        }
        let bad = DomainError::InvalidPeriod;
        let (year, rest) = match raw.split_once('-') {
            Some((y, r)) => (y, Some(r)),
            None => (raw, None),
        };
        if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad);
        }
        let year: i32 = year.parse().map_err(|_| DomainError::InvalidPeriod)?;
        let kind = match rest {
            None => PeriodKind::Year { year },
            Some(r) if r.len() == 2 && (r.starts_with('Q') || r.starts_with('q')) => {
                let quarter = r[1..].parse().map_err(|_| DomainError::InvalidPeriod)?;
                PeriodKind::Quarter { year, quarter }
            }
            Some(r) if r.len() == 2 && r.bytes().all(|b| b.is_ascii_digit()) => {
                let month = r.parse().map_err(|_| DomainError::InvalidPeriod)?;
                PeriodKind::Month { year, month }
            }
            Some(_) => return Err(bad),
        };
        Self::of(kind)
    }

    /// The period of `kind`; refuses a month outside 1-12, a quarter outside 1-4 and years
    /// outside 2000-2100.
    pub fn of(kind: PeriodKind) -> Result<Self, DomainError> {
        let (year, first_month, months) = match kind {
            PeriodKind::Month { year, month } if (1..=12).contains(&month) => (year, month, 1),
            PeriodKind::Quarter { year, quarter } if (1..=4).contains(&quarter) => {
                (year, (quarter - 1) * 3 + 1, 3)
            }
            PeriodKind::Year { year } => (year, 1, 12),
            _ => return Err(DomainError::InvalidPeriod),
        };
        if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
            return Err(DomainError::InvalidPeriod);
        }
        let from =
            NaiveDate::from_ymd_opt(year, first_month, 1).ok_or(DomainError::InvalidPeriod)?;
        let last_month = first_month + months - 1;
        let next = if last_month == 12 {
            NaiveDate::from_ymd_opt(year + 1, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(year, last_month + 1, 1)
        };
        let to = next
            .and_then(|d| d.pred_opt())
            .ok_or(DomainError::InvalidPeriod)?;
        Ok(Self { kind, from, to })
    }

    /// The period as typed: `2026`, `2026-Q3`, `2026-07` (file names, CSV).
    pub fn code(&self) -> String {
        match self.kind {
            PeriodKind::Month { year, month } => format!("{year}-{month:02}"),
            PeriodKind::Quarter { year, quarter } => format!("{year}-Q{quarter}"),
            PeriodKind::Year { year } => format!("{year}"),
        }
    }

    /// The calendar month, quarter and year that contain `day` (what the UI offers first).
    pub fn containing(day: NaiveDate) -> [PeriodKind; 3] {
        let (year, month) = (day.year(), day.month());
        [
            PeriodKind::Month { year, month },
            PeriodKind::Quarter {
                year,
                quarter: (month - 1) / 3 + 1,
            },
            PeriodKind::Year { year },
        ]
    }
}

/// One cell of the report as it may be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
    /// Any count, 0 included: the last resort when a whole family of groups is so small
    /// that even "<5" per cell would give the cells away (four "<5" cells under a "<5"
    /// total are all 1). Shown as "x" like [`Cell::Hidden`].
    Suppressed,
}

impl Cell {
    /// What the chair and the CSV see.
    pub fn display(self) -> String {
        match self {
            Cell::Count(n) => n.to_string(),
            Cell::Small => "<5".into(),
            Cell::Hidden | Cell::Suppressed => "x".into(),
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
    /// The count, or why it is suppressed.
    pub value: Cell,
}

/// A group of lines that add up to its total.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReportGroup {
    /// Stable code of the group, e.g. `items_by_category`.
    pub code: &'static str,
    /// The group's total.
    pub total: Cell,
    /// Its lines.
    pub rows: Vec<ReportRow>,
}

/// The raw counts the store gathers for a period (never leaves the store crate's callers
/// unsuppressed: build a [`ManagementReport`] from it).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RawCounts {
    /// Finalized meetings.
    pub meetings_finalized: u64,
    /// Meetings not finalized.
    pub meetings_draft: u64,
    /// Meetings held anonymously (R4).
    pub meetings_anonymous: u64,
    /// Items of ordinary personal data.
    pub items_general: u64,
    /// Items of special personal data.
    pub items_special: u64,
    /// Items of criminal-law data.
    pub items_criminal: u64,
    /// Items on consent.
    pub basis_consent: u64,
    /// Items on a statutory basis.
    pub basis_legal: u64,
    /// Items on a conflict of duties.
    pub basis_conflict_of_duties: u64,
    /// Items without a basis.
    pub basis_none: u64,
    /// Release decisions: released.
    pub releases_granted: u64,
    /// Release decisions: stays in the meeting.
    pub releases_kept: u64,
    /// Family informed beforehand.
    pub notifications_beforehand: u64,
    /// Family informed afterwards.
    pub notifications_afterwards: u64,
    /// Informing the family postponed.
    pub notifications_postponed: u64,
    /// Seed 002: decisions with at least one recorded dissent.
    pub decisions_with_dissent: u64,
    /// R11: decisions without recorded dissent.
    pub decisions_without_dissent: u64,
    /// R17: rights requests answered within the deadline / late. `None` until the
    /// rights-requests register exists in the store.
    pub requests: Option<RequestCounts>,
}

/// R17: rights requests of the period, by whether they were answered in time.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RequestCounts {
    /// Answered within the deadline.
    pub in_time: u64,
    /// Answered late.
    pub late: u64,
    /// Not answered yet.
    pub open: u64,
}

/// R19: the anonymous management report of one period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ManagementReport {
    /// The period.
    pub period: ReportPeriod,
    /// The groups, in report order.
    pub groups: Vec<ReportGroup>,
}

/// Group codes and row codes, in report order.
pub const GROUP_MEETINGS: &str = "meetings";
/// Meetings by held anonymously or with names.
pub const GROUP_MEETINGS_MODE: &str = "meetings_mode";
/// Items by category.
pub const GROUP_ITEMS_BY_CATEGORY: &str = "items_by_category";
/// Items by basis.
pub const GROUP_ITEMS_BY_BASIS: &str = "items_by_basis";
/// Release decisions.
pub const GROUP_RELEASES: &str = "releases";
/// Agreements about informing the family.
pub const GROUP_NOTIFICATIONS: &str = "notifications";
/// R11/seed 002: decisions, by whether a participant recorded dissent (count only).
pub const GROUP_DECISIONS: &str = "decisions";
/// R17: rights requests.
pub const GROUP_REQUESTS: &str = "rights_requests";

impl ManagementReport {
    /// Applies R19 to the raw counts: primary suppression of 1-4, then secondary
    /// suppression per family of groups that share a total (the meetings by status and by
    /// mode; the items by category and by basis) until no hidden cell can be worked out.
    pub fn build(period: ReportPeriod, raw: &RawCounts) -> Self {
        let meetings = raw.meetings_finalized + raw.meetings_draft;
        let items = raw.items_general + raw.items_special + raw.items_criminal;
        let mut groups = family(&[
            (
                GROUP_MEETINGS,
                &[
                    ("finalized", raw.meetings_finalized),
                    ("draft", raw.meetings_draft),
                ],
            ),
            (
                GROUP_MEETINGS_MODE,
                &[
                    ("anonymous", raw.meetings_anonymous),
                    ("named", meetings.saturating_sub(raw.meetings_anonymous)),
                ],
            ),
        ]);
        groups.extend(family(&[
            (
                GROUP_ITEMS_BY_CATEGORY,
                &[
                    ("general", raw.items_general),
                    ("special", raw.items_special),
                    ("criminal", raw.items_criminal),
                ],
            ),
            (
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
        ]));
        groups.push(group(
            GROUP_RELEASES,
            &[
                ("granted", raw.releases_granted),
                ("kept", raw.releases_kept),
            ],
        ));
        groups.push(group(
            GROUP_NOTIFICATIONS,
            &[
                ("beforehand", raw.notifications_beforehand),
                ("afterwards", raw.notifications_afterwards),
                ("postponed", raw.notifications_postponed),
            ],
        ));
        groups.push(group(
            GROUP_DECISIONS,
            &[
                ("with_dissent", raw.decisions_with_dissent),
                ("without_dissent", raw.decisions_without_dissent),
            ],
        ));
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

/// The values a shown cell can still have, as the reader of the report sees it: a count
/// is itself, "<5" is 1-4, "x" is at least 5 (only counts of 5 or more are ever hidden).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Span {
    lo: u64,
    /// `None`: no upper bound.
    hi: Option<u64>,
}

impl Span {
    fn of(cell: Cell) -> Self {
        match cell {
            Cell::Count(n) => Span { lo: n, hi: Some(n) },
            Cell::Small => Span {
                lo: 1,
                hi: Some(SUPPRESSION_THRESHOLD - 1),
            },
            Cell::Hidden => Span {
                lo: SUPPRESSION_THRESHOLD,
                hi: None,
            },
            Cell::NotAvailable | Cell::Suppressed => Span { lo: 0, hi: None },
        }
    }

    fn sum(cells: impl Iterator<Item = Cell>) -> Self {
        cells
            .map(Span::of)
            .fold(Span { lo: 0, hi: Some(0) }, |a, b| Span {
                lo: a.lo.saturating_add(b.lo),
                hi: a.hi.zip(b.hi).map(|(x, y)| x.saturating_add(y)),
            })
    }

    /// Both at once; `None` when they exclude each other.
    fn meet(self, other: Span) -> Option<Span> {
        let lo = self.lo.max(other.lo);
        let hi = match (self.hi, other.hi) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        match hi {
            Some(h) if h < lo => None,
            _ => Some(Span { lo, hi }),
        }
    }

    /// Every `t - s` with `t` in `self` and `s` in `other` (counts are never negative).
    fn minus(self, other: Span) -> Span {
        Span {
            lo: other.hi.map_or(0, |h| self.lo.saturating_sub(h)),
            hi: self.hi.map(|h| h.saturating_sub(other.lo)),
        }
    }

    /// At least two values fit.
    fn ambiguous(self) -> bool {
        self.hi.is_none_or(|h| h > self.lo)
    }
}

/// A hidden value of a family that the shown ones pin down to a single value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pinned {
    Total,
    Cell(usize),
}

/// R19: the first hidden value (the total or a cell of group `g`) that everything shown
/// pins down to one value; `None` when every hidden value is ambiguous. All groups of a
/// family add up to the same total, so each group bounds the total for the others; the
/// groups share nothing else, so intervals give the exact set of fitting values.
fn pinned(total: Cell, groups: &[Vec<Cell>]) -> Option<(usize, Pinned)> {
    let t = Span::of(total);
    if !matches!(total, Cell::Count(_)) {
        let fits = groups
            .iter()
            .try_fold(t, |acc, g| acc.meet(Span::sum(g.iter().copied())));
        if !fits.is_some_and(Span::ambiguous) {
            return Some((0, Pinned::Total));
        }
    }
    for (gi, g) in groups.iter().enumerate() {
        // What the other groups (and the shown total) leave for this group's total.
        let Some(room) = groups
            .iter()
            .enumerate()
            .filter(|(hi, _)| *hi != gi)
            .try_fold(t, |acc, (_, h)| acc.meet(Span::sum(h.iter().copied())))
        else {
            return Some((gi, Pinned::Total));
        };
        for (ci, cell) in g.iter().enumerate() {
            if matches!(cell, Cell::Count(_)) {
                continue;
            }
            let rest = Span::sum(
                g.iter()
                    .enumerate()
                    .filter(|(i, _)| *i != ci)
                    .map(|(_, c)| *c),
            );
            let fits = Span::of(*cell).meet(room.minus(rest));
            if !fits.is_some_and(Span::ambiguous) {
                return Some((gi, Pinned::Cell(ci)));
            }
        }
    }
    None
}

/// One group on its own (its total shared with no other group).
fn group(code: &'static str, rows: &[(&'static str, u64)]) -> ReportGroup {
    family(&[(code, rows)]).pop().unwrap_or(ReportGroup {
        code,
        total: Cell::NotAvailable,
        rows: Vec::new(),
    })
}

/// R19: groups with the same total, suppressed together. Primary: every count 1-4 is
/// "<5". Secondary, while a hidden value can be worked out: hide the smallest shown count
/// of at least 5 in the group concerned, else the total, else the smallest shown count of
/// at least 5 in another group of the family, else every cell ([`Cell::Suppressed`]).
/// A 0 is never hidden on its own: it says nothing about a
/// family, and a hidden 0 would be worked out as 0 again. Groups whose raw totals differ
/// (should not happen) are suppressed one by one.
fn family(groups: &[(&'static str, &[(&'static str, u64)])]) -> Vec<ReportGroup> {
    let sums: Vec<u64> = groups
        .iter()
        .map(|(_, rows)| rows.iter().map(|(_, n)| n).sum())
        .collect();
    if sums.windows(2).any(|w| w[0] != w[1]) {
        return groups.iter().flat_map(|g| family(&[*g])).collect();
    }
    let total_raw = sums.first().copied().unwrap_or(0);
    let mut total = Cell::of(total_raw);
    let mut cells: Vec<Vec<Cell>> = groups
        .iter()
        .map(|(_, rows)| rows.iter().map(|(_, n)| Cell::of(*n)).collect())
        .collect();
    // Smallest shown count of at least 5 in group `g`.
    let smallest = |cells: &[Vec<Cell>], g: usize| -> Option<(u64, usize, usize)> {
        groups.get(g).and_then(|(_, rows)| {
            rows.iter()
                .enumerate()
                .filter(|(i, (_, n))| {
                    *n >= SUPPRESSION_THRESHOLD
                        && cells.get(g).and_then(|c| c.get(*i)) == Some(&Cell::Count(*n))
                })
                .map(|(i, (_, n))| (*n, g, i))
                .min()
        })
    };
    let budget = cells.iter().map(Vec::len).sum::<usize>() + 1;
    for _ in 0..budget {
        let Some((g, _)) = pinned(total, &cells) else {
            break;
        };
        let pick = smallest(&cells, g);
        let pick = match pick {
            Some(p) => Some(p),
            None if matches!(total, Cell::Count(n) if n >= SUPPRESSION_THRESHOLD) => {
                total = Cell::Hidden;
                continue;
            }
            None => (0..groups.len()).filter_map(|h| smallest(&cells, h)).min(),
        };
        match pick.and_then(|(_, g, i)| cells.get_mut(g).and_then(|c| c.get_mut(i))) {
            Some(c) => *c = Cell::Hidden,
            None => {
                // Nothing left to hide one by one: suppress every cell of the family.
                for c in cells.iter_mut().flatten() {
                    *c = Cell::Suppressed;
                }
                break;
            }
        }
    }
    groups
        .iter()
        .zip(cells)
        .map(|((code, rows), values)| ReportGroup {
            code,
            total,
            rows: rows
                .iter()
                .zip(values)
                .map(|((code, _), value)| ReportRow { code, value })
                .collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::BTreeSet;

    fn period() -> ReportPeriod {
        ReportPeriod::parse("2026").unwrap()
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

    /// Brute force, independent of the interval reasoning in [`pinned`]: for every hidden
    /// value (each group's cells, and the shared total) the values it can take over all
    /// raw counts in `0..=cap` that fit what is shown: a count is itself, "<5" is 1-4, "x"
    /// at least 5, and every group adds up to the (shown or hidden) total.
    fn fitting_values(total: Cell, groups: &[Vec<Cell>], cap: u64) -> Vec<BTreeSet<u64>> {
        let options = |c: Cell| -> Vec<u64> {
            match c {
                Cell::Count(n) => vec![n],
                Cell::Small => (1..SUPPRESSION_THRESHOLD).collect(),
                Cell::Hidden => (SUPPRESSION_THRESHOLD..=cap).collect(),
                Cell::NotAvailable | Cell::Suppressed => (0..=cap).collect(),
            }
        };
        let flat: Vec<Cell> = groups.iter().flatten().copied().collect();
        let mut seen = vec![BTreeSet::new(); flat.len() + 1];
        for t in options(total) {
            // Per group, every assignment that adds up to `t`.
            let mut per_group: Vec<Vec<Vec<u64>>> = Vec::new();
            for g in groups {
                let mut partial: Vec<Vec<u64>> = vec![vec![]];
                for c in g {
                    partial = partial
                        .into_iter()
                        .flat_map(|p| {
                            options(*c).into_iter().filter_map(move |v| {
                                let mut q = p.clone();
                                q.push(v);
                                (q.iter().sum::<u64>() <= t).then_some(q)
                            })
                        })
                        .collect();
                }
                partial.retain(|p| p.iter().sum::<u64>() == t);
                per_group.push(partial);
            }
            if per_group.iter().any(Vec::is_empty) {
                continue;
            }
            seen[0].insert(t);
            let mut offset = 1;
            for (g, fits) in groups.iter().zip(&per_group) {
                for fit in fits {
                    for (i, v) in fit.iter().enumerate() {
                        seen[offset + i].insert(*v);
                    }
                }
                offset += g.len();
            }
        }
        seen
    }

    /// Every hidden value of the shown family has at least two fitting values. Values are
    /// tried up to the raw total plus `slack`: a lower cap can only find fewer values, so
    /// passing with it is passing without it.
    fn assert_ambiguous(raw: &[Vec<u64>], shown: &[ReportGroup], slack: u64) {
        let cap = raw.first().map_or(0, |g| g.iter().sum::<u64>()) + slack;
        let total = shown[0].total;
        let cells: Vec<Vec<Cell>> = shown
            .iter()
            .map(|g| g.rows.iter().map(|r| r.value).collect())
            .collect();
        let seen = fitting_values(total, &cells, cap);
        let flat: Vec<Cell> = std::iter::once(total)
            .chain(cells.iter().flatten().copied())
            .collect();
        for (i, c) in flat.iter().enumerate() {
            if !matches!(c, Cell::Count(_)) {
                assert!(
                    seen[i].len() >= 2,
                    "{raw:?} shown as {flat:?}: value {i} can only be {:?}",
                    seen[i]
                );
            }
        }
    }

    fn vectors(k: usize, max: u64) -> Vec<Vec<u64>> {
        let mut out = vec![vec![]];
        for _ in 0..k {
            out = out
                .into_iter()
                .flat_map(|v| {
                    (0..=max).map(move |n| {
                        let mut w = v.clone();
                        w.push(n);
                        w
                    })
                })
                .collect();
        }
        out
    }

    fn named(raw: &[u64]) -> Vec<(&'static str, u64)> {
        raw.iter().map(|n| ("c", *n)).collect()
    }

    #[test]
    fn r19_every_hidden_cell_stays_ambiguous_in_every_small_group() {
        // Exhaustive over groups of 2-4 cells with values 0..=12 (the total shared by the
        // cells): no shown report lets a hidden cell, or a hidden total, be worked out.
        for k in 2..=4 {
            for v in vectors(k, 12) {
                let g = group("g", &named(&v));
                assert_ambiguous(std::slice::from_ref(&v), &[g], 10);
            }
        }
    }

    #[test]
    fn r19_groups_sharing_a_total_stay_ambiguous_together() {
        // The meetings by status and by mode (2 + 2 cells), and the items by category and
        // by basis (3 + 4 cells, smaller values): one group must not reveal the total the
        // other one hid.
        for a in vectors(2, 12) {
            let t: u64 = a.iter().sum();
            for x in 0..=t {
                let b = vec![x, t - x];
                let shown = family(&[("a", &named(&a)), ("b", &named(&b))]);
                assert_ambiguous(&[a.clone(), b], &shown, 10);
            }
        }
        for a in vectors(3, 6) {
            let t: u64 = a.iter().sum();
            for b in vectors(3, t) {
                let rest: u64 = b.iter().sum();
                if rest > t {
                    continue;
                }
                let mut b = b;
                b.push(t - rest);
                let shown = family(&[("a", &named(&a)), ("b", &named(&b))]);
                assert_ambiguous(&[a.clone(), b], &shown, 6);
            }
        }
    }

    #[test]
    fn r19_ten_one_one_does_not_give_away_the_two_ones() {
        // Shown total 12, a shown 10 and two "<5" left exactly 1 and 1.
        let g = group("g", &[("a", 10), ("b", 1), ("c", 1)]);
        let shown: Vec<Cell> = std::iter::once(g.total)
            .chain(g.rows.iter().map(|r| r.value))
            .collect();
        assert_ne!(
            shown,
            vec![Cell::Count(12), Cell::Count(10), Cell::Small, Cell::Small]
        );
        assert_ambiguous(&[vec![10, 1, 1]], &[g], 10);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        /// R19 invariant: no shown report lets a hidden cell be computed, also for larger
        /// counts than the exhaustive tests cover.
        #[test]
        fn r19_no_shown_report_lets_a_hidden_cell_be_computed(
            raw in proptest::collection::vec(
                prop_oneof![0u64..5, 0u64..40],
                2..=4,
            )
        ) {
            let g = group("g", &named(&raw));
            assert_ambiguous(std::slice::from_ref(&raw), &[g], 10);
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
    fn r19_report_periods_are_whole_months_quarters_or_years() {
        let q = ReportPeriod::parse("2026-Q3").unwrap();
        assert_eq!(
            (q.from.to_string(), q.to.to_string()),
            ("2026-07-01".into(), "2026-09-30".into())
        );
        assert_eq!(q.code(), "2026-Q3");
        let m = ReportPeriod::parse("2028-02").unwrap();
        assert_eq!(m.to.to_string(), "2028-02-29");
        assert_eq!(m.code(), "2028-02");
        let y = ReportPeriod::parse(" 2026 ").unwrap();
        assert_eq!(
            (y.from.to_string(), y.to.to_string()),
            ("2026-01-01".into(), "2026-12-31".into())
        );
        let d = ReportPeriod::parse("2026-12").unwrap();
        assert_eq!(d.to.to_string(), "2026-12-31");
        assert_eq!(ReportPeriod::parse("2026-q4").unwrap().code(), "2026-Q4");
        for bad in [
            "2026-01-01",
            "2026-01-01..2026-03-31",
            "2026-Q5",
            "2026-Q0",
            "2026-13",
            "2026-00",
            "26",
            "1999",
            "2101",
            "gisteren",
            "2026-7",
            "2026-H1",
        ] {
            assert_eq!(
                ReportPeriod::parse(bad),
                Err(DomainError::InvalidPeriod),
                "{bad}"
            );
        }
        assert_eq!(
            ReportPeriod::parse(""),
            Err(DomainError::Empty {
                field: Field::Period
            })
        );
    }

    #[test]
    fn r19_report_periods_of_one_kind_never_overlap() {
        // Two different periods are either disjoint or one contains the other, so no two
        // reports differ by a few days that could be subtracted.
        let mut all = Vec::new();
        for year in [2025, 2026] {
            all.push(ReportPeriod::of(PeriodKind::Year { year }).unwrap());
            for quarter in 1..=4 {
                all.push(ReportPeriod::of(PeriodKind::Quarter { year, quarter }).unwrap());
            }
            for month in 1..=12 {
                all.push(ReportPeriod::of(PeriodKind::Month { year, month }).unwrap());
            }
        }
        for a in &all {
            for b in &all {
                let disjoint = a.to < b.from || b.to < a.from;
                let nested =
                    (a.from <= b.from && b.to <= a.to) || (b.from <= a.from && a.to <= b.to);
                assert!(disjoint || nested, "{a:?} {b:?}");
            }
        }
        let day = NaiveDate::from_ymd_opt(2026, 8, 15).unwrap();
        assert_eq!(
            ReportPeriod::containing(day),
            [
                PeriodKind::Month {
                    year: 2026,
                    month: 8
                },
                PeriodKind::Quarter {
                    year: 2026,
                    quarter: 3
                },
                PeriodKind::Year { year: 2026 }
            ]
        );
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
