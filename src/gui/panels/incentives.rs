//! The incentives' balance: what the tax holidays and rent discounts cost and what they
//! brought so far, for the park (with the band of firms that would have come anyway) and
//! for each resident.

use crate::report::shown::grouped;
use bevy_egui::egui;

use crate::gui::many_runs::{ManyRuns, paired_figures};
use crate::report::facts::ledger_line_name;
use crate::scenario::Scenario;
use crate::sim::firms::{Firm, FirmActivity};
use crate::sim::fiscal::{FirmLedger, TAX_EXPENDITURE_LINES};
use crate::sim::metrics::MonthRecord;
use crate::tr;

/// What the incentives cost and brought so far: the park's figures (with the redundancy
/// band), tax expenditure by instrument, and the ledger of every resident (`residents` in
/// the order of their ids).
pub(super) fn incentives(
    ui: &mut egui::Ui,
    scenario: &Scenario,
    records: &[MonthRecord],
    residents: &[(&Firm, &FirmActivity, &FirmLedger)],
    many: &ManyRuns,
    shown_months: usize,
) {
    let Some(last) = records.last() else {
        ui.label(tr!("incentives-none-yet"));
        return;
    };
    let c = &last.ledger.cumulative;
    let f = &scenario.fiscal;
    let musd = |v: f64| grouped(v / 1e6, 1);
    let te = c.tax_expenditure_total_usd();
    let per_job = |v: f64| {
        if last.jobs > 0.0 {
            grouped(v / last.jobs, 0)
        } else {
            "—".to_owned()
        }
    };
    let r = f.redundancy_share;
    egui::ScrollArea::vertical().show(ui, |ui| {
        if many.baseline.is_some() {
            baseline_comparison(ui, many, shown_months.saturating_sub(1));
            ui.separator();
        }
        ui.label(tr!(
            "incentives-net",
            net = musd(c.net_pv_at(r)),
            low = musd(c.net_pv_at(f.redundancy_range.1)),
            high = musd(c.net_pv_at(f.redundancy_range.0)),
            r = grouped(100.0 * r, 0),
            r_low = grouped(100.0 * f.redundancy_range.0, 0),
            r_high = grouped(100.0 * f.redundancy_range.1, 0),
            rate = grouped(100.0 * f.discount_rate, 0)
        ));
        ui.label(tr!(
            "incentives-per-job",
            gross = per_job(te),
            real = if r < 1.0 {
                per_job(r * te / (1.0 - r))
            } else {
                "—".to_owned()
            }
        ));
        ui.label(tr!(
            "incentives-promised",
            jobs = grouped(last.jobs, 0),
            jobs_promised = grouped(last.jobs_promised, 0),
            invested = musd(last.investment_usd_cum),
            promised = musd(last.investment_promised_usd)
        ));
        ui.label(tr!(
            "incentives-totals",
            te = musd(te),
            paid = musd(c.taxes_paid_usd),
            induced = musd(c.induced_taxes_usd()),
            rent = musd(c.rent_usd),
            capex = musd(c.infrastructure_usd)
        ));
        let by_line: Vec<String> = TAX_EXPENDITURE_LINES
            .iter()
            .zip(c.tax_expenditure_usd)
            .map(|(line, v)| format!("{} {}", ledger_line_name(line), musd(v)))
            .collect();
        ui.label(tr!("incentives-by-instrument", lines = by_line.join(" · ")));
        ui.separator();
        // The ledger is a table: its cells keep their words whole, and it scrolls
        // sideways if it is wider than the panel.
        egui::ScrollArea::horizontal().show(ui, |ui| {
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
            egui::Grid::new("ledger-table")
                .striped(true)
                .num_columns(8)
                .show(ui, |ui| {
                    for h in [
                        tr!("ledger-resident"),
                        tr!("ledger-anyway"),
                        tr!("ledger-jobs"),
                        tr!("ledger-investment"),
                        tr!("ledger-taxes-paid"),
                        tr!("ledger-te"),
                        tr!("ledger-te-per-job"),
                        tr!("ledger-net"),
                    ] {
                        ui.label(egui::RichText::new(h).strong());
                    }
                    ui.end_row();
                    for (firm, activity, ledger) in residents {
                        let l = &ledger.0;
                        ui.label(&firm.name);
                        ui.label(if firm.redundant {
                            tr!("yes")
                        } else {
                            tr!("no")
                        });
                        ui.label(format!(
                            "{} / {}",
                            grouped(activity.jobs_now, 0),
                            grouped(firm.jobs, 0)
                        ));
                        ui.label(format!(
                            "{} / {}",
                            musd(activity.investment_cum_usd),
                            musd(firm.investment_usd)
                        ));
                        ui.label(musd(l.taxes_paid_usd));
                        ui.label(musd(l.tax_expenditure_total_usd()));
                        ui.label(if activity.jobs_now > 0.0 {
                            grouped(l.tax_expenditure_total_usd() / activity.jobs_now, 0)
                        } else {
                            "—".to_owned()
                        });
                        ui.label(musd(l.net_pv_usd));
                        ui.end_row();
                    }
                });
        });
    });
}

/// The baseline and the current scene side by side at month `m` (from 0): each figure's
/// median over the seeds in both columns, and their paired difference seed by seed.
fn baseline_comparison(ui: &mut egui::Ui, many: &ManyRuns, m: usize) {
    let figures = paired_figures(many, m);
    let Some(baseline) = &many.baseline else {
        return;
    };
    ui.label(
        egui::RichText::new(tr!("incentives-compared", name = baseline.label.clone())).strong(),
    );
    let Some(first) = figures.first() else {
        ui.label(tr!("incentives-compared-waiting"));
        return;
    };
    ui.label(tr!("incentives-compared-seeds", seeds = first.seeds as i64));
    egui::ScrollArea::horizontal()
        .id_salt("paired-table")
        .show(ui, |ui| {
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
            egui::Grid::new("paired-table-grid")
                .striped(true)
                .num_columns(5)
                .show(ui, |ui| {
                    for h in [
                        tr!("compared-figure"),
                        tr!("compared-baseline"),
                        tr!("compared-current"),
                        tr!("compared-difference"),
                        tr!("compared-better"),
                    ] {
                        ui.label(egui::RichText::new(h).strong());
                    }
                    ui.end_row();
                    // The fiscal ledger's unit is said once, above the table.
                    let money = crate::report::facts::chart_series(
                        crate::report::facts::Chart::Fiscal,
                        &[],
                    )
                    .0;
                    for f in &figures {
                        let n = |v: f64| grouped(v, if v.abs() < 100.0 { 1 } else { 0 });
                        ui.label(if f.unit == money {
                            f.name.clone()
                        } else {
                            format!("{} ({})", f.name, f.unit)
                        });
                        ui.label(n(f.baseline_median));
                        ui.label(n(f.current_median));
                        ui.label(format!(
                            "{} ({} … {})",
                            n(f.difference.p50),
                            n(f.difference.p10),
                            n(f.difference.p90)
                        ));
                        ui.label(format!("{} %", grouped(100.0 * f.current_better, 0)));
                        ui.end_row();
                    }
                });
        });
}
