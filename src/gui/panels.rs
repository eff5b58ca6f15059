//! The planner's panels (egui): the time bar, layers and legend, the inspector, the
//! charts, and the labels and tooltip drawn over the map.

use bevy::prelude::*;
use bevy::window::PrimaryWindow;
use bevy_egui::{EguiContexts, egui};
use egui_plot::{Legend, Line, MarkerShape, PlotPoints, Points};

use super::PlannerState;
use super::editing::{self, Editing, PendingEdits};
use super::layers::{self, MapLayer, Rgb};
use super::time::{SPEEDS, TimeControls};
use super::tools::Tool;
use super::view::MapView;
use crate::scenario::{Scenario, UtilityKind, YearMonth};
use crate::sim::ScenarioRes;
use crate::sim::clock::SimClock;
use crate::sim::firms::{Firm, FirmActivity, FirmStage};
use crate::sim::fiscal::{FirmLedger, TAX_EXPENDITURE_LINES};
use crate::sim::metrics::{Metrics, MonthRecord};
use crate::sim::networks::{Asset, Contingency, NetworkStates, utility_n_minus_one};
use crate::sim::plots::{ParkPlot, PlotStatus, PlotTenancy};
use crate::sim::utilities::{ParkUtility, UtilityLoad};
use crate::tr;

/// The charts the planner can show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Chart {
    #[default]
    Firms,
    Occupancy,
    Jobs,
    Investment,
    Utilities,
    Fiscal,
    /// Not a chart: what the incentives cost and brought, per resident and for the park.
    Incentives,
    /// The firm pipeline as a funnel: prospects, lost, registered, building, operating.
    Pipeline,
    /// Not a chart: the N-1 table of the month shown.
    N1,
}

impl Chart {
    pub const ALL: [Chart; 9] = [
        Chart::Firms,
        Chart::Occupancy,
        Chart::Jobs,
        Chart::Investment,
        Chart::Utilities,
        Chart::Fiscal,
        Chart::Incentives,
        Chart::Pipeline,
        Chart::N1,
    ];

    pub fn label(self) -> String {
        match self {
            Chart::Firms => tr!("chart-firms"),
            Chart::Occupancy => tr!("chart-occupancy"),
            Chart::Jobs => tr!("chart-jobs"),
            Chart::Investment => tr!("chart-investment"),
            Chart::Utilities => tr!("chart-utilities"),
            Chart::Fiscal => tr!("chart-fiscal"),
            Chart::Incentives => tr!("chart-incentives"),
            Chart::Pipeline => tr!("chart-pipeline"),
            Chart::N1 => tr!("chart-n1"),
        }
    }
}

fn egui_colour(c: Rgb) -> egui::Color32 {
    egui::Color32::from_rgb(
        (c[0] * 255.0) as u8,
        (c[1] * 255.0) as u8,
        (c[2] * 255.0) as u8,
    )
}

/// A month as a position on the charts' time axis (years, e.g. 2016.25 for April 2016).
pub fn month_x(m: YearMonth) -> f64 {
    m.year() as f64 + (m.month() as f64 - 1.0) / 12.0
}

/// The month at a position of the time axis.
pub fn x_month(x: f64) -> YearMonth {
    let months = (x * 12.0).round() as i32;
    YearMonth::new(months.div_euclid(12), months.rem_euclid(12) as u32 + 1)
}

/// A utility kind's name as the planner reads it.
pub fn utility_name(kind: UtilityKind) -> String {
    match kind {
        UtilityKind::Power => tr!("utility-power"),
        UtilityKind::Gas => tr!("utility-gas"),
        UtilityKind::Water => tr!("utility-water"),
        UtilityKind::Wastewater => tr!("utility-wastewater"),
        UtilityKind::Steam => tr!("utility-steam"),
    }
}

/// A tax instrument as the planner reads it.
pub fn instrument_name(instrument: crate::scenario::raw::Instrument) -> String {
    use crate::scenario::raw::Instrument;
    match instrument {
        Instrument::ProfitTax => tr!("ledger-profit-tax"),
        Instrument::PropertyTax => tr!("ledger-property-tax"),
        Instrument::LandTax => tr!("ledger-land-tax"),
        Instrument::ImportVat => tr!("ledger-import-vat"),
        Instrument::ImportDuty => tr!("ledger-import-duty"),
    }
}

/// A line of the fiscal ledger (see [`TAX_EXPENDITURE_LINES`]) as the planner reads it.
pub fn ledger_line_name(line: &str) -> String {
    match line {
        "profit_tax" => tr!("ledger-profit-tax"),
        "property_tax" => tr!("ledger-property-tax"),
        "land_tax" => tr!("ledger-land-tax"),
        "import_vat" => tr!("ledger-import-vat"),
        "import_duty" => tr!("ledger-import-duty"),
        "utility_refund" => tr!("ledger-utility-refund"),
        other => other.replace('_', " "),
    }
}

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
            vec![series(tr!("series-investment-cum"), &|r| {
                r.investment_usd_cum / 1e6
            })],
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
                            unit = kind.unit()
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

/// The scene's observed points that belong on a chart, as named point series.
pub fn observed_series(chart: Chart, scenario: &Scenario) -> Vec<(String, Vec<[f64; 2]>)> {
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
            ),
            (
                tr!("series-observed-operating"),
                points(&|o| o.operating_firms),
            ),
        ],
        Chart::Investment => vec![(
            tr!("series-observed-investment"),
            points(&|o| o.investment_usd.map(|v| v / 1e6)),
        )],
        _ => Vec::new(),
    };
    series.into_iter().filter(|(_, p)| !p.is_empty()).collect()
}

/// The firm pipeline at the last month: (stage, count), widest first.
pub fn pipeline_stages(records: &[MonthRecord]) -> Vec<(String, f64)> {
    let Some(last) = records.last() else {
        return Vec::new();
    };
    let arrived: f64 = records.iter().map(|r| r.prospects_arrived as f64).sum();
    let lost: f64 = records.iter().map(|r| r.prospects_lost as f64).sum();
    vec![
        (tr!("pipeline-prospects"), arrived),
        (tr!("pipeline-chose-park"), arrived - lost),
        (tr!("pipeline-registered"), last.registered_firms as f64),
        (tr!("pipeline-building"), last.construction_firms as f64),
        (tr!("pipeline-operating"), last.operating_firms as f64),
    ]
}

/// Draws the firm pipeline as horizontal bars, one per stage.
fn pipeline_funnel(ui: &mut egui::Ui, records: &[MonthRecord], scenario: &Scenario) {
    let stages = pipeline_stages(records);
    let widest = stages.iter().map(|s| s.1).fold(1.0, f64::max);
    let named = scenario.anchors.len();
    ui.label(egui::RichText::new(tr!("pipeline-note", named = named)).small());
    for (k, (stage, n)) in stages.iter().enumerate() {
        ui.horizontal(|ui| {
            ui.add_sized([190.0, 18.0], egui::Label::new(stage.as_str()));
            let full = (ui.available_width() - 60.0).max(50.0);
            let (rect, _) = ui.allocate_exact_size(egui::vec2(full, 18.0), egui::Sense::hover());
            let w = (full as f64 * n / widest) as f32;
            let bar = egui::Rect::from_center_size(rect.center(), egui::vec2(w.max(2.0), 16.0));
            let shade = 230 - 30 * k as u8;
            ui.painter()
                .rect_filled(bar, 2.0, egui::Color32::from_rgb(47, 111, shade.max(120)));
            ui.label(format!("{n:.0}"));
        });
    }
}

/// What the incentives cost and brought so far: the park's figures (with the redundancy
/// band), tax expenditure by instrument, and the ledger of every resident.
fn incentives_panel(
    ui: &mut egui::Ui,
    scenario: &Scenario,
    records: &[MonthRecord],
    firms: &Query<(&Firm, &FirmActivity, &FirmLedger)>,
) {
    let Some(last) = records.last() else {
        ui.label(tr!("incentives-none-yet"));
        return;
    };
    let c = &last.ledger.cumulative;
    let f = &scenario.fiscal;
    let musd = |v: f64| format!("{:.1}", v / 1e6);
    let te = c.tax_expenditure_total_usd();
    let per_job = |v: f64| {
        if last.jobs > 0.0 {
            format!("{:.0}", v / last.jobs)
        } else {
            "—".to_owned()
        }
    };
    let r = f.redundancy_share;
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.label(tr!(
            "incentives-net",
            net = musd(c.net_pv_at(r)),
            low = musd(c.net_pv_at(f.redundancy_range.1)),
            high = musd(c.net_pv_at(f.redundancy_range.0)),
            r = format!("{:.0}", 100.0 * r),
            r_low = format!("{:.0}", 100.0 * f.redundancy_range.0),
            r_high = format!("{:.0}", 100.0 * f.redundancy_range.1),
            rate = format!("{:.0}", 100.0 * f.discount_rate)
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
            jobs = format!("{:.0}", last.jobs),
            jobs_promised = format!("{:.0}", last.jobs_promised),
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
        let mut rows: Vec<_> = firms.iter().collect();
        rows.sort_by_key(|(f, _, _)| f.id);
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
                for (firm, activity, ledger) in rows {
                    let l = &ledger.0;
                    ui.label(&firm.name);
                    ui.label(if firm.redundant {
                        tr!("yes")
                    } else {
                        tr!("no")
                    });
                    ui.label(format!("{:.0} / {:.0}", activity.jobs_now, firm.jobs));
                    ui.label(format!(
                        "{} / {}",
                        musd(activity.investment_cum_usd),
                        musd(firm.investment_usd)
                    ));
                    ui.label(musd(l.taxes_paid_usd));
                    ui.label(musd(l.tax_expenditure_total_usd()));
                    ui.label(if activity.jobs_now > 0.0 {
                        format!("{:.0}", l.tax_expenditure_total_usd() / activity.jobs_now)
                    } else {
                        "—".to_owned()
                    });
                    ui.label(musd(l.net_pv_usd));
                    ui.end_row();
                }
            });
    });
}

/// Networks with more links than this are too large for the planner's N-1 table (every
/// asset is taken out in turn); `parksim n1` computes it.
pub const N1_MAX_LINKS: usize = 3_000;

/// What the planner's N-1 table shows: (utility, asset's failure), worst first.
pub fn n1_rows(
    scenario: &Scenario,
    networks: &NetworkStates,
    loads: &[UtilityLoad],
    month: YearMonth,
) -> Vec<(usize, Contingency)> {
    let mut rows: Vec<(usize, Contingency)> = (0..scenario.utilities.len())
        .flat_map(|u| {
            let load = loads.get(u).copied().unwrap_or_default();
            utility_n_minus_one(scenario, networks, u, month, load.demand, load.capacity)
                .into_iter()
                .map(move |c| (u, c))
        })
        .collect();
    rows.sort_by(|a, b| b.1.unserved.total_cmp(&a.1.unserved));
    rows
}

/// How each network that reaches a plot feeds it this month, as (label, value) lines.
pub fn network_facts(
    scenario: &Scenario,
    networks: &NetworkStates,
    plot: usize,
) -> Vec<(String, String)> {
    let mut facts = Vec::new();
    for state in &networks.0 {
        let u = state.graph.utility;
        let utility = &scenario.utilities[u];
        let p = &scenario.plots[plot];
        if !utility.sources.iter().any(|s| s.serves_plot(plot, p)) {
            continue;
        }
        let unit = utility.kind.unit();
        let value = match state.headroom(plot) {
            None => tr!("network-not-reached"),
            Some(h) => tr!(
                "network-fed",
                source = &utility.sources[h.source].name,
                links = tr!("network-links", n = h.links),
                spare = format_quantity(h.spare),
                bottleneck = format_quantity(h.bottleneck_capacity),
                unit = unit,
                pct = format!(
                    "{:.0}",
                    100.0 * state.flows.plot_served.get(plot).copied().unwrap_or(1.0)
                )
            ),
        };
        facts.push((utility.name.clone(), value));
    }
    facts
}

/// Everything the inspector shows about one plot, as (label, value) lines.
pub fn plot_facts(
    scenario: &Scenario,
    plot: usize,
    tenancy: Option<&PlotTenancy>,
    firm: Option<(&Firm, &FirmActivity, &FirmLedger)>,
    loads: &[UtilityLoad],
) -> Vec<(String, String)> {
    let p = &scenario.plots[plot];
    let zone = &scenario.zones[p.zone];
    let currency = &scenario.park.currency;
    let rent = scenario.rent_schedules[p.rent].rent_per_year(p.area_ha);
    let mut facts = vec![
        (tr!("fact-plot"), p.id.clone()),
        (
            tr!("fact-area"),
            tr!("value-ha", ha = format!("{:.2}", p.area_ha)),
        ),
        (
            tr!("fact-zone"),
            format!("{} ({})", zone.name, layers::zone_kind_name(zone.kind)),
        ),
        (
            tr!("fact-serviced"),
            if p.serviced { tr!("yes") } else { tr!("no") },
        ),
        (
            tr!("fact-rent"),
            tr!(
                "value-rent-per-year",
                rent = format!("{rent:.0}"),
                currency = currency,
                usd = format!("{:.0}", rent * scenario.park.usd_per_currency_unit)
            ),
        ),
        (
            tr!("fact-status"),
            layers::status_name(tenancy.map_or(PlotStatus::Free, |t| t.status)),
        ),
    ];
    if let Some(anchor) = scenario.anchors.iter().find(|a| a.plot == plot)
        && firm.is_none()
    {
        facts.push((
            tr!("fact-reserved-for"),
            tr!(
                "value-reserved-for",
                name = &anchor.name,
                month = anchor.registered.to_string()
            ),
        ));
    }
    if let Some((firm, activity, ledger)) = firm {
        let a = &scenario.archetypes[firm.archetype];
        let musd = |v: f64| tr!("value-million-usd", amount = format!("{:.2}", v / 1e6));
        facts.extend([
            (tr!("fact-resident"), firm.name.clone()),
            (
                tr!("fact-kind"),
                format!("{} — {}", a.name, scenario.sectors[a.sector].name),
            ),
            (tr!("fact-registered"), firm.registered.to_string()),
            (tr!("fact-first-output"), firm.first_output.to_string()),
            (tr!("fact-full-output"), firm.full_output.to_string()),
            (
                tr!("fact-stage"),
                match activity.stage {
                    FirmStage::UnderConstruction => tr!("status-under-construction"),
                    FirmStage::RampUp => tr!(
                        "value-ramping-up",
                        pct = format!("{:.0}", 100.0 * activity.capacity_share)
                    ),
                    FirmStage::Operating => tr!("status-operating"),
                    FirmStage::Negotiating => tr!("status-negotiating"),
                    FirmStage::Exited => tr!(
                        "status-exited",
                        month = activity.exited.map(|m| m.to_string()).unwrap_or_default()
                    ),
                },
            ),
            (
                tr!("fact-jobs"),
                tr!(
                    "value-jobs-of",
                    now = format!("{:.0}", activity.jobs_now),
                    promised = format!("{:.0}", firm.jobs)
                ),
            ),
            (
                tr!("fact-investment"),
                tr!(
                    "value-x-of-y",
                    x = musd(activity.investment_cum_usd),
                    y = musd(firm.investment_usd)
                ),
            ),
            (tr!("fact-output-month"), musd(activity.output_usd)),
            (
                tr!("fact-utilities-delivered"),
                tr!(
                    "value-pct-of-needs",
                    pct = format!("{:.0}", 100.0 * activity.served_share)
                ),
            ),
            (
                tr!("fact-running"),
                tr!(
                    "value-running",
                    pct = format!("{:.0}", 100.0 * activity.running_share)
                ),
            ),
            (tr!("fact-rent-paid"), musd(ledger.0.rent_usd)),
            (tr!("fact-taxes-paid"), musd(ledger.0.taxes_paid_usd)),
            (
                tr!("fact-incentives-received"),
                musd(ledger.0.tax_expenditure_total_usd()),
            ),
        ]);
        for (line, v) in TAX_EXPENDITURE_LINES
            .iter()
            .zip(ledger.0.tax_expenditure_usd)
        {
            if v > 0.0 {
                facts.push((tr!("fact-of-which", line = ledger_line_name(line)), musd(v)));
            }
        }
        for u in &a.uses {
            let spec = &scenario.utilities[u.utility];
            let need = a.full_demand(u.utility);
            let load = loads.get(u.utility).copied().unwrap_or_default();
            facts.push((
                spec.name.clone(),
                tr!(
                    "value-utility-need",
                    need = format!("{need:.1}"),
                    demand = format!("{:.1}", load.demand),
                    capacity = format!("{:.1}", load.capacity),
                    unit = spec.kind.unit()
                ),
            ));
        }
    }
    facts
}

/// Everything the inspector shows about one utility source, as (label, value) lines.
/// `load` is its utility's park-wide load in the last simulated month.
pub fn source_facts(
    scenario: &Scenario,
    utility: usize,
    source: usize,
    load: &UtilityLoad,
    month: YearMonth,
) -> Vec<(String, String)> {
    let u = &scenario.utilities[utility];
    let s = &u.sources[source];
    let unit = u.kind.unit();
    let served: Vec<usize> = (0..scenario.plots.len())
        .filter(|&j| s.serves_plot(j, &scenario.plots[j]))
        .collect();
    let served_ha: f64 = served.iter().map(|&j| scenario.plots[j].area_ha).sum();
    let serves = match &s.serves {
        crate::scenario::Serves::All => tr!("source-serves-all"),
        crate::scenario::Serves::Zones(zones) => zones
            .iter()
            .map(|&z| scenario.zones[z].name.as_str())
            .collect::<Vec<_>>()
            .join("; "),
        crate::scenario::Serves::Plots(_) => tr!("source-serves-listed"),
    };
    let (x, y) = s.location_m;
    let mut facts = vec![
        (tr!("fact-source"), s.name.clone()),
        (
            tr!("fact-utility"),
            if u.name == utility_name(u.kind) {
                u.name.clone()
            } else {
                format!("{} ({})", u.name, utility_name(u.kind))
            },
        ),
        (
            tr!("fact-capacity"),
            format!("{} {unit}", format_quantity(s.capacity)),
        ),
        (
            tr!("fact-in-service"),
            match s.in_service {
                None => tr!("source-from-start"),
                Some(m) if m <= month => tr!("source-since", month = m.to_string()),
                Some(m) => tr!("source-from", month = m.to_string()),
            },
        ),
        (tr!("fact-serves"), serves),
        (
            tr!("fact-plots-served"),
            tr!(
                "source-plots-served",
                plots = served.len(),
                ha = format!("{served_ha:.1}")
            ),
        ),
        (
            tr!("fact-location"),
            if s.location_given {
                tr!("source-at", x = format!("{x:.0}"), y = format!("{y:.0}"))
            } else {
                tr!("source-placed")
            },
        ),
        (
            tr!("fact-network-now"),
            tr!(
                "source-network",
                demand = format_quantity(load.demand),
                capacity = format_quantity(load.capacity),
                unit = unit,
                pct = format!("{:.0}", load.loading_pct().min(999.0))
            ),
        ),
    ];
    if load.demand > 0.0 && load.served_share < 1.0 {
        facts.push((
            tr!("fact-shortage"),
            tr!(
                "source-shortage",
                pct = format!("{:.0}", 100.0 * (1.0 - load.served_share))
            ),
        ));
    }
    facts
}

/// A quantity with sensible precision: 1 decimal below 100, whole numbers above.
pub fn format_quantity(v: f64) -> String {
    if v.abs() < 100.0 {
        format!("{v:.1}")
    } else {
        format!("{v:.0}")
    }
}

/// The N-1 table in the bottom panel: computed on request for the month shown, kept
/// until the month changes.
fn n1_table(
    ui: &mut egui::Ui,
    state: &mut PlannerState,
    scenario: &Scenario,
    networks: Option<&NetworkStates>,
    utilities: &Query<(&ParkUtility, &UtilityLoad)>,
    month: YearMonth,
    elapsed: u32,
) {
    let Some(networks) = networks else {
        return;
    };
    let links: usize = networks.0.iter().map(|n| n.graph.links()).sum();
    if links > N1_MAX_LINKS {
        ui.label(tr!(
            "n1-too-large",
            links = links,
            month = month.to_string()
        ));
        return;
    }
    let fresh = state.n1.as_ref().is_some_and(|(at, _)| *at == elapsed);
    if !fresh {
        if ui
            .button(tr!("n1-compute", month = month.to_string()))
            .clicked()
        {
            let mut loads = vec![UtilityLoad::default(); scenario.utilities.len()];
            for (u, load) in utilities {
                loads[u.index] = *load;
            }
            state.n1 = Some((elapsed, n1_rows(scenario, networks, &loads, month)));
        }
        return;
    }
    let Some((_, rows)) = &state.n1 else {
        return;
    };
    ui.label(egui::RichText::new(tr!("n1-heading", month = month.to_string())).strong());
    let mut demand = vec![0.0; scenario.utilities.len()];
    for (u, load) in utilities {
        demand[u.index] = load.demand;
    }
    egui::ScrollArea::vertical().show(ui, |ui| {
        egui::Grid::new("n1")
            .striped(true)
            .num_columns(6)
            .show(ui, |ui| {
                for h in [
                    tr!("n1-asset"),
                    tr!("n1-utility"),
                    tr!("n1-capacity"),
                    tr!("n1-flow"),
                    tr!("n1-unserved"),
                    tr!("n1-share"),
                ] {
                    ui.label(egui::RichText::new(h).strong());
                }
                ui.end_row();
                for (u, c) in rows.iter().take(40) {
                    let utility = &scenario.utilities[*u];
                    let unit = utility.kind.unit();
                    let kind = match c.asset {
                        Asset::Source(_) => tr!("n1-source"),
                        Asset::Link(_) => tr!("n1-link"),
                    };
                    ui.label(format!("{} ({kind})", c.id));
                    ui.label(&utility.name);
                    ui.label(format!("{} {unit}", format_quantity(c.capacity)));
                    ui.label(format!("{} {unit}", format_quantity(c.flow)));
                    let colour = if c.unserved > 0.0 {
                        egui::Color32::from_rgb(200, 40, 40)
                    } else {
                        ui.visuals().text_color()
                    };
                    ui.colored_label(colour, format!("{} {unit}", format_quantity(c.unserved)));
                    let share = if demand[*u] > 0.0 {
                        100.0 * c.unserved / demand[*u]
                    } else {
                        0.0
                    };
                    ui.label(format!("{share:.0} %"));
                    ui.end_row();
                }
            });
    });
}

/// The time bar, layers, inspector and charts; records where the map area is.
pub(super) fn planner_ui(
    mut contexts: EguiContexts,
    mut state: ResMut<PlannerState>,
    mut controls: ResMut<TimeControls>,
    mut view: ResMut<MapView>,
    clock: Res<SimClock>,
    scenario: Res<ScenarioRes>,
    metrics: Res<Metrics>,
    window: Query<&Window, With<PrimaryWindow>>,
    plots: Query<(&ParkPlot, &PlotTenancy)>,
    firms: Query<(&Firm, &FirmActivity, &FirmLedger)>,
    utilities: Query<(&ParkUtility, &UtilityLoad)>,
    mut editing: ResMut<Editing>,
    mut pending: ResMut<PendingEdits>,
    networks: Option<Res<NetworkStates>>,
    outages: Option<Res<crate::sim::operations::OutagesNow>>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    // Only text fields keep the keyboard: a clicked button must not also take the space bar
    // from the planner's shortcuts.
    if !ctx.text_edit_focused() {
        ctx.memory_mut(|m| {
            if let Some(id) = m.focused() {
                m.surrender_focus(id);
            }
        });
    }
    let mut root = egui::Ui::new(
        ctx.clone(),
        "planner".into(),
        egui::UiBuilder::new()
            .layer_id(egui::LayerId::background())
            .max_rect(ctx.viewport_rect()),
    );
    let month = clock.current();
    let last_simulated = month.plus_months(-1);

    egui::Panel::top("time").show(&mut root, |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.heading(&scenario.park.name);
            ui.separator();
            let shown = if clock.elapsed_months == 0 {
                tr!("time-before", month = month.to_string())
            } else {
                last_simulated.to_string()
            };
            ui.label(
                egui::RichText::new(tr!("time-month", month = shown))
                    .strong()
                    .size(18.0),
            );
            ui.separator();
            let play = if controls.playing {
                tr!("time-pause")
            } else {
                tr!("time-play")
            };
            if ui.button(play).on_hover_text(tr!("key-space")).clicked() {
                controls.playing = !controls.playing;
            }
            if ui
                .button(tr!("time-step"))
                .on_hover_text(tr!("key-right"))
                .clicked()
            {
                controls.pending_months += 1;
            }
            ui.label(tr!("time-speed"));
            let mut speed = controls.speed;
            egui::ComboBox::from_id_salt("speed")
                .selected_text(controls.speed_label())
                .show_ui(ui, |ui| {
                    for (i, s) in SPEEDS.iter().enumerate() {
                        let label = super::time::speed_name(*s);
                        ui.selectable_value(&mut speed, i, label);
                    }
                });
            controls.speed = speed;
            ui.separator();
            ui.label(tr!("time-jump-to"));
            let response =
                ui.add(egui::TextEdit::singleline(&mut state.jump_text).desired_width(70.0));
            if response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter))
                || ui.button(tr!("time-go")).clicked()
            {
                match YearMonth::parse(state.jump_text.trim()) {
                    Some(target) if target >= month => {
                        controls.jump_to(&clock, target);
                        state.message = None;
                    }
                    Some(target) => {
                        state.message =
                            Some(tr!("msg-already-simulated", month = target.to_string()));
                    }
                    None => state.message = Some(tr!("msg-month-format")),
                }
            }
            ui.label(tr!("time-run-ends", month = controls.end.to_string()));
        });
        if let Some(message) = &state.message {
            ui.colored_label(egui::Color32::from_rgb(180, 60, 0), message);
        }
    });

    egui::Panel::left("layers")
        .default_size(250.0)
        .show(&mut root, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                ui.heading(tr!("panel-tool"));
                for tool in Tool::ALL {
                    ui.radio_value(&mut state.tool, tool, tool.label());
                }
                ui.label(egui::RichText::new(state.tool.hint()).small());
                if state.tool != Tool::DrawBoundary && !state.draft.corners_m.is_empty() {
                    state.draft = Default::default();
                }
                if state.tool == Tool::DrawBoundary {
                    ui.horizontal(|ui| {
                        let n = state.draft.corners_m.len();
                        ui.label(tr!("tool-corners", n = n));
                        if ui
                            .add_enabled(n >= 3, egui::Button::new(tr!("tool-finish")))
                            .clicked()
                            && let Some(edit) = state.draft.finish()
                        {
                            pending.0.push(editing::EditAction::Apply(edit));
                        }
                        if ui
                            .add_enabled(n > 0, egui::Button::new(tr!("tool-cancel")))
                            .clicked()
                        {
                            state.draft = Default::default();
                        }
                    });
                }
                ui.separator();
                ui.heading(tr!("panel-map-layer"));
                for layer in MapLayer::ALL {
                    ui.radio_value(&mut state.layer, layer, layer.label());
                }
                ui.separator();
                ui.label(egui::RichText::new(tr!("panel-legend")).strong());
                for (colour, text) in layers::legend(state.layer, &scenario) {
                    ui.horizontal(|ui| {
                        let (rect, _) =
                            ui.allocate_exact_size(egui::vec2(16.0, 12.0), egui::Sense::hover());
                        ui.painter().rect_filled(rect, 2.0, egui_colour(colour));
                        ui.label(text);
                    });
                }
                ui.label(egui::RichText::new(tr!("panel-sources")).strong());
                for kind in UtilityKind::ALL {
                    if scenario.utilities.iter().any(|u| u.kind == kind) {
                        ui.horizontal(|ui| {
                            let (rect, _) = ui
                                .allocate_exact_size(egui::vec2(16.0, 12.0), egui::Sense::hover());
                            ui.painter().circle_filled(
                                rect.center(),
                                5.0,
                                egui_colour(layers::utility_colour(kind)),
                            );
                            ui.label(utility_name(kind));
                        });
                    }
                }
                ui.label(egui::RichText::new(tr!("panel-operations")).strong());
                for (colour, text) in [
                    (layers::CURTAILED_RGB, tr!("legend-curtailed")),
                    (layers::STOPPED_RGB, tr!("legend-stopped")),
                    (layers::OUT_OF_SERVICE_RGB, tr!("legend-out-of-service")),
                ] {
                    ui.horizontal(|ui| {
                        let (rect, _) =
                            ui.allocate_exact_size(egui::vec2(16.0, 12.0), egui::Sense::hover());
                        ui.painter().rect_stroke(
                            rect,
                            1.0,
                            egui::Stroke::new(2.0, egui_colour(colour)),
                            egui::StrokeKind::Inside,
                        );
                        ui.label(text);
                    });
                }
                ui.separator();
                ui.label(egui::RichText::new(tr!("panel-network-shown")).strong());
                egui::ComboBox::from_id_salt("network-utility")
                    .selected_text(match state.network_utility {
                        Some(u) => scenario
                            .utilities
                            .get(u)
                            .map_or_else(|| tr!("network-all"), |x| x.name.clone()),
                        None => tr!("network-all"),
                    })
                    .show_ui(ui, |ui| {
                        ui.selectable_value(&mut state.network_utility, None, tr!("network-all"));
                        for (u, utility) in scenario.utilities.iter().enumerate() {
                            ui.selectable_value(&mut state.network_utility, Some(u), &utility.name);
                        }
                    });
                ui.separator();
                if ui.button(tr!("panel-fit")).clicked() {
                    state.fit_requested = true;
                }
                ui.label(tr!("panel-map-hint"));
                ui.separator();
                if let Some(r) = metrics.0.last() {
                    ui.label(egui::RichText::new(tr!("panel-park-now")).strong());
                    ui.label(tr!(
                        "now-firms",
                        registered = r.registered_firms,
                        operating = r.operating_firms
                    ));
                    ui.label(tr!(
                        "now-let",
                        let_ha = format!("{:.1}", r.occupied_ha),
                        total_ha = format!("{:.1}", scenario.plot_area_ha()),
                        pct = format!("{:.1}", r.occupancy_pct)
                    ));
                    ui.label(tr!("now-jobs", jobs = format!("{:.0}", r.jobs)));
                    ui.label(tr!(
                        "now-power",
                        demand = format!("{:.1}", r.utilities[0].demand),
                        capacity = format!("{:.1}", r.utilities[0].capacity)
                    ));
                }
                ui.separator();
                editing::scene_controls(ui, &mut editing, &mut pending);
                editing::add_plot_controls(ui, &scenario, &mut editing, &mut pending);
                editing::parameter_controls(ui, &scenario, &mut pending);
            });
        });

    egui::Panel::right("inspector")
        .default_size(330.0)
        .show(&mut root, |ui| {
            ui.heading(tr!("panel-inspector"));
            if let Some((u, s)) = state.selected_source
                && s < scenario.utilities.get(u).map_or(0, |x| x.sources.len())
            {
                let load = utilities
                    .iter()
                    .find(|(x, _)| x.index == u)
                    .map(|(_, l)| *l)
                    .unwrap_or_default();
                egui::ScrollArea::vertical().show(ui, |ui| {
                    egui::Grid::new("source-facts")
                        .striped(true)
                        .num_columns(2)
                        // Long labels wrap rather than squeeze the values.
                        .max_col_width(170.0)
                        .show(ui, |ui| {
                            for (label, value) in
                                source_facts(&scenario, u, s, &load, last_simulated)
                            {
                                ui.label(label);
                                ui.add(egui::Label::new(value).wrap());
                                ui.end_row();
                            }
                        });
                    editing::source_controls(ui, &scenario, u, s, month, &mut pending);
                });
                return;
            }
            let Some(j) = state.selected_plot else {
                ui.label(tr!("panel-inspector-hint"));
                return;
            };
            let tenancy = plots.iter().find(|(p, _)| p.index == j).map(|(_, t)| *t);
            let firm = tenancy
                .and_then(|t| t.firm)
                .and_then(|id| firms.iter().find(|(f, _, _)| f.id == id));
            let mut loads = vec![UtilityLoad::default(); scenario.utilities.len()];
            for (u, load) in &utilities {
                loads[u.index] = *load;
            }
            egui::ScrollArea::vertical().show(ui, |ui| {
                egui::Grid::new("facts")
                    .striped(true)
                    .num_columns(2)
                    // Long labels wrap rather than squeeze the values.
                    .max_col_width(170.0)
                    .show(ui, |ui| {
                        for (label, value) in
                            plot_facts(&scenario, j, tenancy.as_ref(), firm, &loads)
                        {
                            ui.add(egui::Label::new(label).wrap());
                            ui.add(egui::Label::new(value).wrap());
                            ui.end_row();
                        }
                    });
                let network_lines = networks
                    .as_deref()
                    .map(|n| network_facts(&scenario, n, j))
                    .unwrap_or_default();
                if !network_lines.is_empty() {
                    ui.separator();
                    ui.label(egui::RichText::new(tr!("panel-networks")).strong());
                    for (utility, how) in network_lines {
                        ui.add(egui::Label::new(format!("{utility}: {how}")).wrap());
                    }
                    // Each network's bottleneck for this plot, with a form to expand it
                    // (short labels: a collapsing header does not wrap, and would widen
                    // the panel).
                    egui::CollapsingHeader::new(tr!("expansion-bottlenecks"))
                        .id_salt(("bottlenecks", j))
                        .show(ui, |ui| {
                            for state in networks.as_deref().map_or(&[][..], |n| &n.0[..]) {
                                let u = state.graph.utility;
                                let Some(h) = state.headroom(j) else {
                                    continue;
                                };
                                let asset_id = match h.bottleneck {
                                    Asset::Source(s) => scenario.utilities[u].sources[s].id.clone(),
                                    Asset::Link(l) => scenario
                                        .network_of(u)
                                        .and_then(|n| n.links.get(l))
                                        .map_or_else(String::new, |l| l.id.clone()),
                                };
                                ui.add(
                                    egui::Label::new(tr!(
                                        "expansion-of-bottleneck",
                                        utility = &scenario.utilities[u].name,
                                        asset = asset_id.clone()
                                    ))
                                    .wrap(),
                                );
                                egui::CollapsingHeader::new(asset_id)
                                    .id_salt(("bottleneck", u, j))
                                    .show(ui, |ui| {
                                        editing::expansion_form(
                                            ui,
                                            &scenario,
                                            u,
                                            h.bottleneck,
                                            month,
                                            &mut pending,
                                        );
                                    });
                            }
                        });
                }
                editing::plot_controls(ui, &scenario, j, &mut editing, &mut pending);
            });
        });

    egui::Panel::bottom("charts")
        .default_size(230.0)
        .show(&mut root, |ui| {
            // Keep the panel's height whatever it shows (the N-1 table starts as a button).
            ui.set_min_height(200.0);
            ui.horizontal(|ui| {
                for chart in Chart::ALL {
                    ui.selectable_value(&mut state.chart, chart, chart.label());
                }
            });
            if state.chart == Chart::Incentives {
                incentives_panel(ui, &scenario, &metrics.0, &firms);
                return;
            }
            if state.chart == Chart::Pipeline {
                pipeline_funnel(ui, &metrics.0, &scenario);
                return;
            }
            if state.chart == Chart::N1 {
                n1_table(
                    ui,
                    &mut state,
                    &scenario,
                    networks.as_deref(),
                    &utilities,
                    last_simulated,
                    clock.elapsed_months,
                );
                return;
            }
            let (unit, series) = chart_series(state.chart, &metrics.0);
            let observed = observed_series(state.chart, &scenario);
            let unit_for_label = unit.clone();
            egui_plot::Plot::new("chart")
                .legend(Legend::default())
                .y_axis_label(unit)
                .label_formatter(move |hover| match hover {
                    egui_plot::HoverPosition::NearDataPoint {
                        plot_name,
                        position,
                        ..
                    } => Some(format!(
                        "{}\n{}: {:.1} {}",
                        x_month(position.x),
                        plot_name,
                        position.y,
                        unit_for_label
                    )),
                    _ => None,
                })
                .show(ui, |plot| {
                    for (name, points) in series {
                        plot.line(Line::new(name, PlotPoints::from(points)));
                    }
                    // The park's observed history, as points over the simulated curves.
                    for (name, points) in observed {
                        plot.points(
                            Points::new(name, PlotPoints::from(points))
                                .shape(MarkerShape::Diamond)
                                .radius(5.0)
                                .filled(true),
                        );
                    }
                });
        });

    // What is left is the map.
    let map_rect = root.available_rect_before_wrap();
    state.map_rect = Some((
        Vec2::new(map_rect.min.x, map_rect.min.y),
        Vec2::new(map_rect.max.x, map_rect.max.y),
    ));
    if let Ok(window) = window.single() {
        view.window_px = Vec2::new(window.width(), window.height());
    }

    // Plot labels, where a plot is wide enough on screen to hold one.
    let painter = root.painter().with_clip_rect(map_rect);
    let font = egui::FontId::proportional(12.0);
    let mut drawn = 0;
    for p in &scenario.plots {
        let (x0, y0, x1, y1) = crate::scenario::geometry::bounds(&p.polygon_m);
        let width_px = (x1 - x0) as f32 / view.metres_per_px;
        let height_px = (y1 - y0) as f32 / view.metres_per_px;
        if width_px < 8.0 * p.id.len() as f32 || height_px < 16.0 {
            continue;
        }
        let at = view.world_to_screen(Vec2::new(p.centroid_m.0 as f32, p.centroid_m.1 as f32));
        if !map_rect.contains(egui::pos2(at.x, at.y)) {
            continue;
        }
        painter.text(
            egui::pos2(at.x, at.y),
            egui::Align2::CENTER_CENTER,
            &p.id,
            font.clone(),
            egui::Color32::BLACK,
        );
        drawn += 1;
        if drawn > 2_000 {
            break;
        }
    }

    // Utility sources: a disc in the utility's colour, hollow before it enters service,
    // its area in proportion to its capacity among the utility's sources.
    for (u, utility) in scenario.utilities.iter().enumerate() {
        if state.network_utility.is_some_and(|x| x != u) {
            continue;
        }
        let colour = egui_colour(layers::utility_colour(utility.kind));
        let largest = utility
            .sources
            .iter()
            .map(|s| s.capacity)
            .fold(0.0, f64::max);
        for (s, source) in utility.sources.iter().enumerate() {
            let (x, y) = source.location_m;
            let at = view.world_to_screen(Vec2::new(x as f32, y as f32));
            let at = egui::pos2(at.x, at.y);
            if !map_rect.expand(10.0).contains(at) {
                continue;
            }
            let selected = state.selected_source == Some((u, s));
            let size = if largest > 0.0 {
                (source.capacity / largest).sqrt() as f32
            } else {
                1.0
            };
            let radius = 4.0 + 5.0 * size + if selected { 1.5 } else { 0.0 };
            let outline = if selected {
                egui::Stroke::new(2.5, egui::Color32::from_rgb(230, 25, 25))
            } else {
                egui::Stroke::new(1.2, egui::Color32::BLACK)
            };
            let out = outages
                .as_ref()
                .is_some_and(|o| o.asset_hours(u, crate::scenario::Asset::Source(s)) > 0.0);
            if out {
                // Out of service this month: a black cross over the disc.
                let r = radius + 4.0;
                let stroke = egui::Stroke::new(3.0, egui_colour(layers::OUT_OF_SERVICE_RGB));
                painter.circle(at, radius, egui::Color32::WHITE, outline);
                painter.line_segment([at + egui::vec2(-r, -r), at + egui::vec2(r, r)], stroke);
                painter.line_segment([at + egui::vec2(-r, r), at + egui::vec2(r, -r)], stroke);
            } else if source.in_service_at(last_simulated) {
                painter.circle(at, radius, colour, outline);
            } else {
                painter.circle(
                    at,
                    radius,
                    egui::Color32::WHITE,
                    egui::Stroke::new(2.0, colour),
                );
            }
        }
    }

    // Tooltip for the source under the pointer.
    if let (Some((u, s)), Some(pos)) = (state.hovered_source, ctx.pointer_hover_pos())
        && map_rect.contains(pos)
        && let Some(utility) = scenario.utilities.get(u)
        && let Some(source) = utility.sources.get(s)
    {
        egui::Area::new(egui::Id::new("source-tooltip"))
            .order(egui::Order::Tooltip)
            .fixed_pos(pos + egui::vec2(14.0, 14.0))
            .show(&ctx, |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.label(egui::RichText::new(&source.name).strong());
                    ui.label(format!(
                        "{}: {} {}",
                        utility.name,
                        format_quantity(source.capacity),
                        utility.kind.unit()
                    ));
                    if let Some(m) = source.in_service.filter(|m| *m > last_simulated) {
                        ui.label(tr!("source-from", month = m.to_string()));
                    }
                    let hours = outages
                        .as_ref()
                        .map_or(0.0, |o| o.asset_hours(u, crate::scenario::Asset::Source(s)));
                    if hours > 0.0 {
                        ui.colored_label(
                            egui::Color32::from_rgb(200, 40, 40),
                            tr!("source-out-hours", hours = format!("{hours:.0}")),
                        );
                    }
                });
            });
    } else if let (Some(j), Some(pos)) = (state.hovered_plot, ctx.pointer_hover_pos())
        && map_rect.contains(pos)
    {
        let p = &scenario.plots[j];
        let status = plots
            .iter()
            .find(|(pl, _)| pl.index == j)
            .map_or(PlotStatus::Free, |(_, t)| t.status);
        let tenant = plots
            .iter()
            .find(|(pl, _)| pl.index == j)
            .and_then(|(_, t)| t.firm)
            .and_then(|id| firms.iter().find(|(f, _, _)| f.id == id))
            .map(|(f, a, _)| {
                (
                    f.name.clone(),
                    a.served_share,
                    a.capacity_share,
                    a.running_share,
                )
            });
        egui::Area::new(egui::Id::new("plot-tooltip"))
            .order(egui::Order::Tooltip)
            .fixed_pos(pos + egui::vec2(14.0, 14.0))
            .show(&ctx, |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.label(egui::RichText::new(tr!("plot-tooltip-title", id = &p.id)).strong());
                    ui.label(tr!(
                        "plot-tooltip-area",
                        ha = format!("{:.2}", p.area_ha),
                        zone = &scenario.zones[p.zone].name
                    ));
                    ui.label(layers::status_name(status));
                    if let Some((name, served, producing, running)) = tenant {
                        ui.label(name);
                        if producing > 0.0 && served < 0.999 {
                            ui.colored_label(
                                egui::Color32::from_rgb(200, 40, 40),
                                format!(
                                    "{}: {}",
                                    tr!("fact-curtailed"),
                                    tr!("value-curtailed", pct = format!("{:.0}", 100.0 * served))
                                ),
                            );
                        }
                        if producing > 0.0 && running < 0.999 {
                            ui.colored_label(
                                egui::Color32::from_rgb(200, 110, 0),
                                tr!(
                                    "value-stopped",
                                    pct = format!("{:.0}", 100.0 * (1.0 - running))
                                ),
                            );
                        }
                    }
                });
            });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_and_chart_positions_round_trip() {
        for text in ["2011-12", "2016-04", "2021-01"] {
            let m = YearMonth::parse(text).unwrap();
            assert_eq!(x_month(month_x(m)), m);
        }
        assert_eq!(month_x(YearMonth::new(2016, 4)), 2016.25);
    }
}
