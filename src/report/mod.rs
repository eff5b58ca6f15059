//! Run outputs: the monthly time series as CSV, a JSON summary, and a short table for
//! the terminal. Files are written atomically (see [`crate::atomic_file`]); every number
//! goes through [`numbers`], so none is written as `inf` or `NaN`.

pub mod debrief;
pub mod facts;
pub mod handout;
pub mod ledger;
pub mod numbers;
pub mod shown;
pub mod sources;
mod timeseries;

pub use crate::atomic_file::write_atomically;

/// The font of every text the program draws (the planner's and the handout's charts):
/// DejaVu Sans, which has the Tajik and Azerbaijani letters.
pub const DEJAVU_SANS: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
pub use timeseries::{timeseries_csv, timeseries_header};

use serde_json::{Value, json};

use crate::scenario::{Scenario, UtilityKind};
use crate::sim::fiscal::TAX_EXPENDITURE_LINES;
use crate::sim::metrics::MonthRecord;
use numbers::{cell, json as num};

/// The run's summary: what was simulated and where the park stands at the end. A number
/// that cannot be given (see [`numbers`]) is `null`: `max_loading_pct` is `null` when, in
/// some month, the kind had load and no capacity in service.
pub fn summary_json(scenario: &Scenario, seed: u64, records: &[MonthRecord]) -> Value {
    let last = records.last();
    let first = records.first();
    let cumulative = last.map(|r| r.ledger.cumulative).unwrap_or_default();
    let by_line: serde_json::Map<String, Value> = TAX_EXPENDITURE_LINES
        .iter()
        .zip(cumulative.tax_expenditure_usd)
        .map(|(line, v)| (line.to_string(), num(v, 0)))
        .collect();
    let largest = |values: &mut dyn Iterator<Item = f64>, decimals: i32| {
        numbers::max_of(values).map_or(Value::Null, |v| num(v, decimals))
    };
    let utilities: serde_json::Map<String, Value> = UtilityKind::ALL
        .iter()
        .enumerate()
        .map(|(i, kind)| {
            let of_kind =
                |f: fn(&KindLoadRef) -> f64| records.iter().map(move |r| f(&r.utilities[i]));
            let unserved: f64 = of_kind(KindLoadRef::unserved_quantity).sum();
            let final_capacity = last.map_or(0.0, |r| r.utilities[i].capacity);
            let shortage_months = records
                .iter()
                .filter(|r| r.utilities[i].unserved > 1e-9)
                .count();
            (
                kind.slug().to_owned(),
                json!({
                    "unit": kind.unit(),
                    "max_average_demand": largest(&mut of_kind(|l| l.demand), 3),
                    "max_peak_demand": largest(&mut of_kind(|l| l.peak), 3),
                    "max_loading_pct": largest(&mut of_kind(KindLoadRef::loading_pct), 3),
                    "unserved_total": num(unserved, 3),
                    "unserved_unit": kind.quantity_unit(),
                    "final_capacity": num(final_capacity, 3),
                    "months_with_shortage": shortage_months,
                }),
            )
        })
        .collect();
    json!({
        "scenario": scenario.park.name,
        "file": scenario.file.display().to_string(),
        "seed": seed,
        "months": records.len(),
        "first_month": first.map(|r| r.date.to_string()),
        "last_month": last.map(|r| r.date.to_string()),
        "plots": scenario.plots.len(),
        "plot_area_ha": num(scenario.plot_area_ha(), 3),
        "final": last.map(|r| json!({
            "registered_firms": r.registered_firms,
            "operating_firms": r.operating_firms,
            "construction_firms": r.construction_firms,
            "occupied_ha": num(r.occupied_ha, 3),
            "land_open_ha": num(r.land_open_ha, 3),
            "occupancy_pct": num(r.occupancy_pct, 2),
            "jobs": num(r.jobs, 0),
            "investment_usd_cum": num(r.investment_usd_cum, 0),
        })),
        "peak_jobs": largest(&mut records.iter().map(|r| r.jobs), 0),
        "prospects_arrived": records.iter().map(|r| r.prospects_arrived as u64).sum::<u64>(),
        "prospects_lost": records.iter().map(|r| r.prospects_lost as u64).sum::<u64>(),
        "fiscal_usd_cum": {
            "taxes_paid": num(cumulative.taxes_paid_usd, 0),
            "payroll_taxes": num(cumulative.payroll_taxes_usd, 0),
            "rent": num(cumulative.rent_usd, 0),
            "tax_expenditure": num(cumulative.tax_expenditure_total_usd(), 0),
            "tax_expenditure_by_instrument": by_line,
            "infrastructure_capex": num(cumulative.infrastructure_usd, 0),
            "induced_taxes": num(cumulative.induced_taxes_usd(), 0),
        },
        "incentives": incentive_summary(scenario, last),
        "utilities": utilities,
    })
}

type KindLoadRef = crate::sim::metrics::KindLoad;

/// What the incentives bought and cost by the end of the run (models.md's formulas).
pub fn incentive_summary(scenario: &Scenario, last: Option<&MonthRecord>) -> Value {
    let Some(r) = last else {
        return Value::Null;
    };
    let c = &r.ledger.cumulative;
    let f = &scenario.fiscal;
    let te = c.tax_expenditure_total_usd();
    let per_job = |v: f64| {
        if r.jobs > 0.0 {
            num(v / r.jobs, 0)
        } else {
            Value::Null
        }
    };
    let rr = f.redundancy_share;
    let exact = numbers::exact;
    json!({
        "discount_rate": exact(f.discount_rate),
        "redundancy_share": exact(rr),
        "redundancy_range": [exact(f.redundancy_range.0), exact(f.redundancy_range.1)],
        "jobs_promised": num(r.jobs_promised, 0),
        "jobs_delivered": num(r.jobs, 0),
        "investment_promised_usd": num(r.investment_promised_usd, 0),
        "investment_delivered_usd": num(r.investment_usd_cum, 0),
        "gross_tax_expenditure_per_job_usd": per_job(te),
        "real_revenue_loss_per_additional_job_usd": if rr < 1.0 { per_job(rr * te / (1.0 - rr)) } else { Value::Null },
        "net_fiscal_pv_usd": num(c.net_pv_usd, 0),
        "net_fiscal_pv_expected_usd": num(c.net_pv_at(rr), 0),
        "net_fiscal_pv_band_usd": [num(c.net_pv_at(f.redundancy_range.1), 0), num(c.net_pv_at(f.redundancy_range.0), 0)],
    })
}

/// A few lines for the terminal: where the park stands at the end of the run.
pub fn summary_table(scenario: &Scenario, records: &[MonthRecord]) -> String {
    use crate::scenario::Named;
    use crate::tr;
    use shown::grouped;
    let Some(last) = records.last() else {
        return tr!("cli-summary-none") + "\n";
    };
    let first = &records[0];
    let c = &last.ledger.cumulative;
    let power = &last.utilities[0];
    let musd = |v: f64| tr!("cli-million-usd", amount = grouped(v / 1e6, 1));
    let lines = [
        (
            tr!("cli-summary-park"),
            scenario.park.shown_name().to_owned(),
        ),
        (
            tr!("cli-summary-period"),
            tr!(
                "cli-summary-period-value",
                first = shown::month(first.date),
                last = shown::month(last.date),
                months = records.len()
            ),
        ),
        (
            tr!("cli-summary-residents"),
            tr!(
                "cli-summary-residents-value",
                registered = last.registered_firms,
                operating = last.operating_firms,
                building = last.construction_firms
            ),
        ),
        (
            tr!("cli-summary-land"),
            tr!(
                "cli-summary-land-value",
                let_ha = grouped(last.occupied_ha, 1),
                area_ha = grouped(scenario.plot_area_ha(), 1),
                pct = grouped(last.occupancy_pct, 1)
            ),
        ),
        (
            tr!("cli-summary-jobs"),
            tr!("cli-summary-jobs-value", jobs = grouped(last.jobs, 0)),
        ),
        (tr!("cli-summary-investment"), musd(last.investment_usd_cum)),
        (
            tr!("cli-summary-power"),
            tr!(
                "cli-summary-power-value",
                demand = grouped(power.demand, 1),
                capacity = grouped(power.capacity, 1)
            ),
        ),
        (tr!("cli-summary-taxes"), musd(c.taxes_paid_usd)),
        (
            tr!("cli-summary-tax-expenditure"),
            musd(c.tax_expenditure_total_usd()),
        ),
        (tr!("cli-summary-rent"), musd(c.rent_usd)),
    ];
    let width = lines
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0);
    lines
        .iter()
        .map(|(k, v)| format!("{k:<width$}  {v}\n"))
        .collect()
}

/// `networks.csv`: per month, every source and link of the scene's networks with its
/// capacity, flow and loading, in the utility's unit.
pub fn networks_csv(
    rows: &[(
        crate::scenario::YearMonth,
        Vec<crate::sim::networks::AssetLoad>,
    )],
    scenario: &Scenario,
) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "month",
        "utility",
        "unit",
        "asset",
        "kind",
        "capacity",
        "flow",
        "peak",
        "loading_pct",
        "hours_out",
    ])?;
    let units: std::collections::HashMap<&str, &str> = scenario
        .utilities
        .iter()
        .map(|u| (u.id.as_str(), u.kind.unit()))
        .collect();
    for (month, assets) in rows {
        for a in assets {
            let unit = units.get(a.utility.as_str()).copied().unwrap_or("");
            w.write_record([
                month.to_string(),
                a.utility.clone(),
                unit.to_owned(),
                a.asset.clone(),
                a.kind.to_owned(),
                cell(a.capacity, 3),
                cell(a.flow, 3),
                cell(a.peak, 3),
                cell(a.loading_pct(), 1),
                cell(a.hours_out, 1),
            ])?;
        }
    }
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8(bytes).unwrap_or_default())
}
