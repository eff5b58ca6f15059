//! Run outputs: the monthly time series as CSV, a JSON summary, and a short table for
//! the terminal. Files are written atomically (see [`crate::atomic_file`]).

pub mod facts;
pub mod ledger;

pub use crate::atomic_file::write_atomically;

use serde_json::json;

use crate::scenario::{Observation, Scenario, UtilityKind};
use crate::sim::fiscal::TAX_EXPENDITURE_LINES;
use crate::sim::metrics::MonthRecord;

/// Column names of `timeseries.csv`, in order.
pub fn timeseries_header() -> Vec<String> {
    let mut h: Vec<String> = [
        "month",
        "date",
        "prospects_arrived",
        "prospects_lost",
        "negotiating_firms",
        "registered_firms",
        "construction_firms",
        "operating_firms",
        "exited_firms",
        "occupied_ha",
        "occupancy_pct",
        "jobs",
        "jobs_promised",
        "jobs_delivered",
        "investment_promised_usd",
        "investment_usd_cum",
        "output_usd",
    ]
    .map(String::from)
    .to_vec();
    for kind in UtilityKind::ALL {
        let (k, u) = (kind.slug(), kind.unit_slug());
        h.push(format!("{k}_demand_{u}"));
        h.push(format!("{k}_peak_{u}"));
        h.push(format!("{k}_capacity_{u}"));
        h.push(format!("{k}_loading_pct"));
        h.push(format!("{k}_unserved_{}", kind.quantity_slug()));
    }
    h.extend(["asset_outage_hours", "firms_stopped"].map(String::from));
    h.extend(
        [
            "tax_expenditure_usd",
            "taxes_paid_usd",
            "payroll_taxes_usd",
            "rent_usd",
        ]
        .map(String::from),
    );
    for line in TAX_EXPENDITURE_LINES {
        h.push(format!("te_{line}_usd"));
    }
    h.extend(
        [
            "tax_expenditure_usd_cum",
            "taxes_paid_usd_cum",
            "rent_usd_cum",
            "infrastructure_capex_usd",
            "infrastructure_capex_usd_cum",
            "supplier_taxes_usd",
            "induced_taxes_usd",
            "induced_taxes_usd_cum",
            "net_fiscal_usd_cum",
            "observed_registered_firms",
            "observed_operating_firms",
            "observed_investment_usd",
        ]
        .map(String::from),
    );
    h
}

fn row(r: &MonthRecord, observed: &[Observation]) -> Vec<String> {
    let money = |v: f64| format!("{v:.0}");
    let qty = |v: f64| format!("{v:.3}");
    let mut row = vec![
        r.month.to_string(),
        r.date.to_string(),
        r.prospects_arrived.to_string(),
        r.prospects_lost.to_string(),
        r.negotiating_firms.to_string(),
        r.registered_firms.to_string(),
        r.construction_firms.to_string(),
        r.operating_firms.to_string(),
        r.exited_firms.to_string(),
        qty(r.occupied_ha),
        format!("{:.2}", r.occupancy_pct),
        format!("{:.1}", r.jobs),
        format!("{:.1}", r.jobs_promised),
        format!("{:.1}", r.jobs),
        money(r.investment_promised_usd),
        money(r.investment_usd_cum),
        money(r.output_usd),
    ];
    for load in &r.utilities {
        row.push(qty(load.demand));
        row.push(qty(load.peak));
        row.push(qty(load.capacity));
        let loading = load.loading_pct();
        row.push(if loading.is_finite() {
            format!("{loading:.1}")
        } else {
            "inf".to_owned()
        });
        row.push(qty(load.unserved_quantity()));
    }
    row.push(format!("{:.1}", r.asset_outage_hours));
    row.push(r.firms_stopped.to_string());
    let m = &r.ledger.month;
    row.push(money(m.tax_expenditure_total_usd()));
    row.push(money(m.taxes_paid_usd));
    row.push(money(m.payroll_taxes_usd));
    row.push(money(m.rent_usd));
    row.extend(m.tax_expenditure_usd.iter().map(|v| money(*v)));
    let c = &r.ledger.cumulative;
    row.push(money(c.tax_expenditure_total_usd()));
    row.push(money(c.taxes_paid_usd));
    row.push(money(c.rent_usd));
    row.push(money(m.infrastructure_usd));
    row.push(money(c.infrastructure_usd));
    row.push(money(m.supplier_taxes_usd));
    row.push(money(m.induced_taxes_usd()));
    row.push(money(c.induced_taxes_usd()));
    row.push(money(c.net_pv_usd));
    let point = observed.iter().find(|o| o.date == r.date);
    let shown =
        |v: Option<f64>, decimals: usize| v.map_or(String::new(), |v| format!("{v:.decimals$}"));
    row.push(shown(point.and_then(|o| o.registered_firms), 1));
    row.push(shown(point.and_then(|o| o.operating_firms), 1));
    row.push(shown(point.and_then(|o| o.investment_usd), 0));
    row
}

/// The time series as CSV text, one row per simulated month.
/// `observed` points fill the `observed_*` columns in their months (blank elsewhere).
pub fn timeseries_csv(
    records: &[MonthRecord],
    observed: &[Observation],
) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(timeseries_header())?;
    for r in records {
        w.write_record(row(r, observed))?;
    }
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// The run's summary: what was simulated and where the park stands at the end.
pub fn summary_json(scenario: &Scenario, seed: u64, records: &[MonthRecord]) -> serde_json::Value {
    let last = records.last();
    let first = records.first();
    let cumulative = last.map(|r| r.ledger.cumulative).unwrap_or_default();
    let by_line: serde_json::Map<String, serde_json::Value> = TAX_EXPENDITURE_LINES
        .iter()
        .zip(cumulative.tax_expenditure_usd)
        .map(|(line, v)| (line.to_string(), json!(v.round())))
        .collect();
    let peak = |f: fn(&MonthRecord) -> f64| records.iter().map(f).fold(0.0, f64::max);
    let utilities: serde_json::Map<String, serde_json::Value> = UtilityKind::ALL
        .iter()
        .enumerate()
        .map(|(i, kind)| {
            let max_of = |f: fn(&KindLoadRef) -> f64| {
                records
                    .iter()
                    .map(|r| f(&r.utilities[i]))
                    .filter(|v| v.is_finite())
                    .fold(0.0, f64::max)
            };
            let unserved: f64 = records
                .iter()
                .map(|r| r.utilities[i].unserved_quantity())
                .sum();
            let final_capacity = last.map_or(0.0, |r| r.utilities[i].capacity);
            let shortage_months = records
                .iter()
                .filter(|r| r.utilities[i].unserved > 1e-9)
                .count();
            (
                kind.slug().to_owned(),
                json!({
                    "unit": kind.unit(),
                    "max_average_demand": round3(max_of(|l| l.demand)),
                    "max_peak_demand": round3(max_of(|l| l.peak)),
                    "max_loading_pct": round3(max_of(|l| l.loading_pct())),
                    "unserved_total": round3(unserved),
                    "unserved_unit": kind.quantity_unit(),
                    "final_capacity": round3(final_capacity),
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
        "plot_area_ha": round3(scenario.plot_area_ha()),
        "final": last.map(|r| json!({
            "registered_firms": r.registered_firms,
            "operating_firms": r.operating_firms,
            "construction_firms": r.construction_firms,
            "occupied_ha": round3(r.occupied_ha),
            "occupancy_pct": (r.occupancy_pct * 100.0).round() / 100.0,
            "jobs": r.jobs.round(),
            "investment_usd_cum": r.investment_usd_cum.round(),
        })),
        "peak_jobs": peak(|r| r.jobs).round(),
        "prospects_arrived": records.iter().map(|r| r.prospects_arrived as u64).sum::<u64>(),
        "prospects_lost": records.iter().map(|r| r.prospects_lost as u64).sum::<u64>(),
        "fiscal_usd_cum": {
            "taxes_paid": cumulative.taxes_paid_usd.round(),
            "payroll_taxes": cumulative.payroll_taxes_usd.round(),
            "rent": cumulative.rent_usd.round(),
            "tax_expenditure": cumulative.tax_expenditure_total_usd().round(),
            "tax_expenditure_by_instrument": by_line,
            "infrastructure_capex": cumulative.infrastructure_usd.round(),
            "induced_taxes": cumulative.induced_taxes_usd().round(),
        },
        "incentives": incentive_summary(scenario, last),
        "utilities": utilities,
    })
}

type KindLoadRef = crate::sim::metrics::KindLoad;

/// What the incentives bought and cost by the end of the run (models.md's formulas).
pub fn incentive_summary(scenario: &Scenario, last: Option<&MonthRecord>) -> serde_json::Value {
    let Some(r) = last else {
        return serde_json::Value::Null;
    };
    let c = &r.ledger.cumulative;
    let f = &scenario.fiscal;
    let te = c.tax_expenditure_total_usd();
    let per_job = |v: f64| {
        if r.jobs > 0.0 {
            json!((v / r.jobs).round())
        } else {
            serde_json::Value::Null
        }
    };
    let rr = f.redundancy_share;
    json!({
        "discount_rate": f.discount_rate,
        "redundancy_share": rr,
        "redundancy_range": [f.redundancy_range.0, f.redundancy_range.1],
        "jobs_promised": r.jobs_promised.round(),
        "jobs_delivered": r.jobs.round(),
        "investment_promised_usd": r.investment_promised_usd.round(),
        "investment_delivered_usd": r.investment_usd_cum.round(),
        "gross_tax_expenditure_per_job_usd": per_job(te),
        "real_revenue_loss_per_additional_job_usd": if rr < 1.0 { per_job(rr * te / (1.0 - rr)) } else { serde_json::Value::Null },
        "net_fiscal_pv_usd": c.net_pv_usd.round(),
        "net_fiscal_pv_expected_usd": c.net_pv_at(rr).round(),
        "net_fiscal_pv_band_usd": [c.net_pv_at(f.redundancy_range.1).round(), c.net_pv_at(f.redundancy_range.0).round()],
    })
}

fn round3(v: f64) -> f64 {
    (v * 1000.0).round() / 1000.0
}

/// A few lines for the terminal: where the park stands at the end of the run.
pub fn summary_table(scenario: &Scenario, records: &[MonthRecord]) -> String {
    let Some(last) = records.last() else {
        return "no months simulated\n".to_owned();
    };
    let first = &records[0];
    let c = &last.ledger.cumulative;
    let power = &last.utilities[0];
    let musd = |v: f64| format!("{:.1} million USD", v / 1e6);
    let lines = [
        ("Park", scenario.park.name.clone()),
        (
            "Period",
            format!("{} – {} ({} months)", first.date, last.date, records.len()),
        ),
        (
            "Residents",
            format!(
                "{} registered, {} operating, {} under construction",
                last.registered_firms, last.operating_firms, last.construction_firms
            ),
        ),
        (
            "Land",
            format!(
                "{:.1} ha of {:.1} ha let ({:.1} %)",
                last.occupied_ha,
                scenario.plot_area_ha(),
                last.occupancy_pct
            ),
        ),
        ("Jobs", format!("{:.0} permanent", last.jobs)),
        ("Investment", musd(last.investment_usd_cum)),
        (
            "Power",
            format!(
                "{:.1} MW demand of {:.1} MW capacity",
                power.demand, power.capacity
            ),
        ),
        ("Taxes paid", musd(c.taxes_paid_usd)),
        ("Tax expenditure", musd(c.tax_expenditure_total_usd())),
        ("Rent collected", musd(c.rent_usd)),
    ];
    let width = lines.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
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
    for (month, assets) in rows {
        for a in assets {
            let unit = scenario
                .utilities
                .iter()
                .find(|u| u.id == a.utility)
                .map_or("", |u| u.kind.unit());
            let loading = a.loading_pct();
            w.write_record([
                month.to_string(),
                a.utility.clone(),
                unit.to_owned(),
                a.asset.clone(),
                a.kind.to_owned(),
                format!("{:.3}", a.capacity),
                format!("{:.3}", a.flow),
                format!("{:.3}", a.peak),
                if loading.is_finite() {
                    format!("{loading:.1}")
                } else {
                    "inf".to_owned()
                },
                format!("{:.1}", a.hours_out),
            ])?;
        }
    }
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8(bytes).unwrap_or_default())
}
