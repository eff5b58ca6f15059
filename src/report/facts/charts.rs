//! The charts' data, outside the `gui` feature so the headless build tests it: each
//! chart's series from the run's records, the scene's observed points beside them, the
//! area a chart shows, and the marks and labels of its time axis.

use super::{Chart, month_x, utility_name, x_month};
use crate::scenario::{Scenario, UtilityKind, YearMonth};
use crate::sim::metrics::MonthRecord;
use crate::tr;

/// Series of one chart: (name, unit, points).
pub fn chart_series(
    chart: Chart,
    records: &[MonthRecord],
) -> (String, Vec<(String, Vec<[f64; 2]>)>) {
    let series = |name: String, f: &dyn Fn(&MonthRecord) -> f64| {
        (
            name,
            records
                .iter()
                .map(|r| [month_x(r.date), f(r)])
                .collect::<Vec<_>>(),
        )
    };
    match chart {
        Chart::Firms => (
            tr!("unit-firms"),
            vec![
                series(tr!("series-registered"), &|r| r.registered_firms as f64),
                series(tr!("series-operating"), &|r| r.operating_firms as f64),
            ],
        ),
        Chart::Occupancy => (
            tr!("unit-pct-plot-area"),
            vec![series(tr!("series-occupancy"), &|r| r.occupancy_pct)],
        ),
        Chart::Jobs => (
            tr!("unit-permanent-jobs"),
            vec![series(tr!("series-jobs"), &|r| r.jobs)],
        ),
        Chart::Investment => (
            tr!("unit-million-usd"),
            vec![
                series(tr!("series-investment-cum"), &|r| {
                    r.investment_usd_cum / 1e6
                }),
                series(tr!("series-investment-portfolio"), &|r| {
                    r.investment_promised_usd / 1e6
                }),
            ],
        ),
        Chart::Utilities => (
            tr!("unit-pct-capacity"),
            UtilityKind::ALL
                .iter()
                .enumerate()
                .filter(|(i, _)| records.iter().any(|r| r.utilities[*i].capacity > 0.0))
                .map(|(i, kind)| {
                    (
                        tr!(
                            "series-utility-demand",
                            utility = utility_name(*kind),
                            unit = kind.unit_shown()
                        ),
                        records
                            .iter()
                            .map(|r| {
                                let u = &r.utilities[i];
                                let pct = u.loading_pct();
                                [month_x(r.date), if pct.is_finite() { pct } else { 0.0 }]
                            })
                            .collect(),
                    )
                })
                .collect(),
        ),
        Chart::Fiscal => (
            tr!("unit-million-usd-cum"),
            vec![
                series(tr!("series-taxes-paid"), &|r| {
                    r.ledger.cumulative.taxes_paid_usd / 1e6
                }),
                series(tr!("series-tax-expenditure"), &|r| {
                    r.ledger.cumulative.tax_expenditure_total_usd() / 1e6
                }),
                series(tr!("series-rent"), &|r| r.ledger.cumulative.rent_usd / 1e6),
                series(tr!("series-infrastructure"), &|r| {
                    r.ledger.cumulative.infrastructure_usd / 1e6
                }),
            ],
        ),
        Chart::N1 | Chart::Incentives | Chart::Pipeline => (String::new(), Vec::new()),
    }
}

/// The scene's observed points that belong on a chart, as named point series, each with
/// the position of the model's series it is to be compared with in [`chart_series`] (it
/// is drawn in that series' colour).
pub fn observed_series(chart: Chart, scenario: &Scenario) -> Vec<(String, Vec<[f64; 2]>, usize)> {
    let points = |f: &dyn Fn(&crate::scenario::Observation) -> Option<f64>| -> Vec<[f64; 2]> {
        scenario
            .observed
            .iter()
            .filter_map(|o| f(o).map(|v| [month_x(o.date), v]))
            .collect()
    };
    let series = match chart {
        Chart::Firms => vec![
            (
                tr!("series-observed-registered"),
                points(&|o| o.registered_firms),
                0,
            ),
            (
                tr!("series-observed-operating"),
                points(&|o| o.operating_firms),
                1,
            ),
        ],
        Chart::Investment => vec![
            (
                tr!("series-observed-investment"),
                points(&|o| o.investment_usd.map(|v| v / 1e6)),
                0,
            ),
            (
                tr!("series-observed-portfolio"),
                points(&|o| o.portfolio_usd.map(|v| v / 1e6)),
                1,
            ),
        ],
        Chart::Jobs => vec![(tr!("series-observed-jobs"), points(&|o| o.jobs), 0)],
        _ => Vec::new(),
    };
    series
        .into_iter()
        .filter(|(_, p, _)| !p.is_empty())
        .collect()
}

/// The area a chart shows at first, as ([x from, x to], [y from, y to]): the whole run on
/// the time axis, from its first month to `end` (so the axis stays put while the run
/// plays), and from 0 (or the lowest point) to a little above the highest point, or to 1
/// while there is nothing to show.
pub fn chart_bounds(
    series: &[(String, Vec<[f64; 2]>)],
    observed: &[(String, Vec<[f64; 2]>, usize)],
    start: YearMonth,
    end: YearMonth,
) -> ([f64; 2], [f64; 2]) {
    let values = || {
        series
            .iter()
            .flat_map(|(_, p)| p)
            .chain(observed.iter().flat_map(|(_, p, _)| p))
            .map(|p| p[1])
            .filter(|v| v.is_finite())
    };
    let highest = values().fold(0.0, f64::max);
    let lowest = values().fold(0.0, f64::min);
    let top = if highest > 0.0 { highest * 1.05 } else { 1.0 };
    (
        [month_x(start), month_x(end.max(start.plus_months(1)))],
        [lowest * 1.05, top],
    )
}

/// Grid marks for a value axis between `from` and `to`, drawn at `px_per_unit` pixels a
/// unit, as (value, step): lines at the finest of the steps 1, 2 and 5 times a power of
/// ten that leaves at least 8 pixels between them, and labels (the marks whose step is
/// wider) at the finest such step that leaves 30 pixels. A chart labels a mark whose step
/// spans more than 20 pixels, so a short chart of 0 to 700 is labelled every 200, where
/// steps of powers of ten alone would leave only 0 (100 being too close and 1,000 off the
/// chart).
pub fn value_marks(from: f64, to: f64, px_per_unit: f64) -> Vec<(f64, f64)> {
    if !(from.is_finite() && to.is_finite() && px_per_unit > 0.0) || to <= from {
        return Vec::new();
    }
    let nice = |least: f64| -> f64 {
        let power = 10f64.powf(least.log10().floor());
        [1.0, 2.0, 5.0, 10.0]
            .iter()
            .map(|m| m * power)
            .find(|s| *s >= least)
            .unwrap_or(10.0 * power)
    };
    let fine = nice(8.0 / px_per_unit);
    let labelled = nice(30.0 / px_per_unit);
    if (to - from) / fine > 2_000.0 {
        return Vec::new();
    }
    let first = (from / fine).ceil() as i64;
    let last = (to / fine).floor() as i64;
    (first..=last)
        .map(|k| {
            let value = k as f64 * fine;
            let on_label = (value / labelled - (value / labelled).round()).abs() < 1e-6;
            (value, if on_label { labelled } else { fine })
        })
        .collect()
}

/// Grid marks for a time axis between chart positions `from` and `to`, drawn at
/// `px_per_year` pixels a year, as (position, step): a mark a year, whose step says which
/// marks are labelled (a chart labels the marks whose step spans about 70 pixels). The
/// steps nest, so the labels fall at even intervals: every year when a year is 70 pixels
/// wide, else every second year (and tens), else every fifth (and tens). Quarters are
/// marked too (step 0.25) when fewer than four years are shown.
pub fn year_marks(from: f64, to: f64, px_per_year: f64) -> Vec<(f64, f64)> {
    if !(from.is_finite() && to.is_finite()) || to < from || to - from > 2_000.0 {
        return Vec::new();
    }
    let labelled = |years: f64| years * px_per_year >= 70.0;
    let steps: &[i64] = if labelled(1.0) {
        &[1]
    } else if labelled(2.0) {
        &[10, 2, 1]
    } else {
        &[10, 5, 1]
    };
    let quarters = to - from < 4.0;
    let mut marks = Vec::new();
    for year in from.floor() as i64..=to.ceil() as i64 {
        let step = steps
            .iter()
            .find(|s| year.rem_euclid(**s) == 0)
            .copied()
            .unwrap_or(1);
        marks.push((year as f64, step as f64));
        if quarters {
            marks.extend((1..4).map(|q| (year as f64 + q as f64 * 0.25, 0.25)));
        }
    }
    marks.retain(|(x, _)| (from..=to).contains(x));
    marks
}

/// A time axis label: the year at a year's mark, the month otherwise ("2016-04").
pub fn year_mark_label(x: f64) -> String {
    if x.fract() == 0.0 {
        format!("{x:.0}")
    } else {
        x_month(x).to_string()
    }
}
