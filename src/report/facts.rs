//! What the planner shows, as plain text and numbers: the facts of a plot or a utility
//! source, the series of each chart, the firm pipeline and the N-1 table's rows. Pure
//! functions of the scene and the model's state, outside the `gui` feature, so the
//! headless build tests them; the planner's panels only lay them out.

use super::shown::grouped;
use crate::scenario::Named;
use crate::scenario::{Scenario, UtilityKind, YearMonth, ZoneKind};
use crate::sim::firms::{Firm, FirmActivity, FirmStage};
use crate::sim::fiscal::{FirmLedger, TAX_EXPENDITURE_LINES};
use crate::sim::metrics::MonthRecord;
use crate::sim::networks::{Contingency, NetworkStates, utility_n_minus_one};
use crate::sim::plots::{PlotStatus, PlotTenancy};
use crate::sim::utilities::UtilityLoad;
use crate::tr;

mod charts;

pub use charts::{
    chart_bounds, chart_series, observed_series, value_marks, year_mark_label, year_marks,
};

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
    /// Its name in files: screenshots, tours.
    pub fn slug(self) -> &'static str {
        match self {
            Chart::Firms => "firms",
            Chart::Occupancy => "occupancy",
            Chart::Jobs => "jobs",
            Chart::Investment => "investment",
            Chart::Utilities => "utilities",
            Chart::Fiscal => "fiscal",
            Chart::Incentives => "incentives",
            Chart::Pipeline => "pipeline",
            Chart::N1 => "n1",
        }
    }
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

    /// The charts drawn as lines over time (the others are tables and a funnel).
    pub const LINES: [Chart; 6] = [
        Chart::Firms,
        Chart::Occupancy,
        Chart::Jobs,
        Chart::Investment,
        Chart::Utilities,
        Chart::Fiscal,
    ];

    /// The line charts in the order a story tells them: presentation mode steps through
    /// them, and the handout shows them, in this order.
    pub const STORY: [Chart; 6] = [
        Chart::Firms,
        Chart::Jobs,
        Chart::Investment,
        Chart::Occupancy,
        Chart::Utilities,
        Chart::Fiscal,
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

/// A plot status's colour on maps, 0xRRGGBB: the planner's status layer and the handout.
pub const fn status_hex(status: PlotStatus) -> u32 {
    match status {
        PlotStatus::Free => 0xc9d6c2,
        PlotStatus::Reserved => 0xf2c94c,
        PlotStatus::UnderConstruction => 0xf2994a,
        // Held by a resident that registered and does not build.
        PlotStatus::Dormant => 0xa89f91,
        PlotStatus::Operating => 0x2f6fd6,
    }
}

/// The colour of a plot whose land is not released yet (its phase has not opened).
pub const NOT_YET_OPEN_HEX: u32 = 0xf1ecf7;

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

/// A plot status as the planner reads it.
pub fn status_name(status: PlotStatus) -> String {
    match status {
        PlotStatus::Free => tr!("status-free"),
        PlotStatus::Reserved => tr!("status-reserved"),
        PlotStatus::UnderConstruction => tr!("status-under-construction"),
        PlotStatus::Dormant => tr!("status-dormant"),
        PlotStatus::Operating => tr!("status-operating"),
    }
}

/// A zone kind as the planner reads it.
pub fn zone_kind_name(kind: ZoneKind) -> String {
    match kind {
        ZoneKind::Industrial => tr!("zone-industrial"),
        ZoneKind::Social => tr!("zone-social"),
        ZoneKind::Logistics => tr!("zone-logistics"),
        ZoneKind::Utility => tr!("zone-utility"),
        ZoneKind::GreenBuffer => tr!("zone-green-buffer"),
    }
}

/// The firm pipeline at the last month, as (stage, count): prospects the model drew and
/// those who chose the park since the start, the scene's named residents registered so
/// far (they come on their real dates, not as prospects), then the residents registered,
/// building and operating now. Registered residents are those who chose the park and the
/// named ones, less any who have left, so that bar can be wider than "chose this park".
pub fn pipeline_stages(records: &[MonthRecord], scenario: &Scenario) -> Vec<(String, f64)> {
    let Some(last) = records.last() else {
        return Vec::new();
    };
    let arrived: f64 = records.iter().map(|r| r.prospects_arrived as f64).sum();
    let lost: f64 = records.iter().map(|r| r.prospects_lost as f64).sum();
    let named = scenario
        .anchors
        .iter()
        .filter(|a| a.registered <= last.date)
        .count() as f64;
    vec![
        (tr!("pipeline-prospects"), arrived),
        (tr!("pipeline-chose-park"), arrived - lost),
        (tr!("pipeline-named"), named),
        (tr!("pipeline-registered"), last.registered_firms as f64),
        (tr!("pipeline-building"), last.construction_firms as f64),
        (tr!("pipeline-operating"), last.operating_firms as f64),
    ]
}

/// The headline figures of the month shown, as (label, value): residents registered,
/// permanent jobs, investment so far and the net fiscal effect so far (discounted, at the
/// scene's share of residents who would have come anyway). Nothing before the first month.
pub fn headline_figures(records: &[MonthRecord], scenario: &Scenario) -> Vec<(String, String)> {
    let Some(last) = records.last() else {
        return Vec::new();
    };
    let musd = |v: f64| tr!("value-million-usd", amount = grouped(v / 1e6, 0));
    let net = last
        .ledger
        .cumulative
        .net_pv_at(scenario.fiscal.redundancy_share);
    vec![
        (
            tr!("headline-residents"),
            grouped(last.registered_firms as f64, 0),
        ),
        (tr!("headline-jobs"), grouped(last.jobs, 0)),
        (tr!("headline-investment"), musd(last.investment_usd_cum)),
        (tr!("headline-net-fiscal"), musd(net)),
    ]
}

/// Where the named residents' bar is among [`pipeline_stages`] (drawn in its own colour).
pub const PIPELINE_NAMED_STAGE: usize = 2;

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

/// What an asset of a utility is called where people read it: a source by its name, a
/// link by its two ends ("Gas distribution station No. 1 → junction G-U0"). Its id is
/// in the scene file, for those who look there.
pub fn asset_name(scenario: &Scenario, utility: usize, asset: crate::scenario::Asset) -> String {
    use crate::scenario::{Asset, NodeRef};
    let sources = &scenario.utilities[utility].sources;
    match asset {
        Asset::Source(s) => sources[s].name.clone(),
        Asset::Link(l) => {
            let Some(network) = scenario.network_of(utility) else {
                return String::new();
            };
            let end = |node: NodeRef| match node {
                NodeRef::Source(s) => sources[s].name.clone(),
                NodeRef::Junction(j) => tr!("n1-junction", id = &network.junctions[j].id),
                NodeRef::Plot(p) => tr!("n1-plot", id = &scenario.plots[p].id),
            };
            let link = &network.links[l];
            format!("{} → {}", end(link.from), end(link.to))
        }
    }
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
        let unit = utility.kind.unit_shown();
        let value = match state.headroom(plot) {
            None => tr!("network-not-reached"),
            Some(h) => tr!(
                "network-fed",
                source = &utility.sources[h.source].name,
                links = tr!("network-links", n = h.links),
                spare = format_quantity(h.spare),
                bottleneck = format_quantity(h.bottleneck_capacity),
                unit = unit,
                pct = grouped(
                    100.0 * state.flows.plot_served.get(plot).copied().unwrap_or(1.0),
                    0
                )
            ),
        };
        facts.push((utility.shown_name().to_owned(), value));
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
            tr!("value-ha", ha = grouped(p.area_ha, 2)),
        ),
        (
            tr!("fact-zone"),
            format!("{} ({})", zone.shown_name(), zone_kind_name(zone.kind)),
        ),
        (
            tr!("fact-serviced"),
            if p.serviced { tr!("yes") } else { tr!("no") },
        ),
    ];
    if let Some(ph) = p.phase.map(|k| &scenario.park.phases[k]) {
        facts.push((
            tr!("fact-phase"),
            tr!(
                "legend-phase",
                phase = ph.shown_name(),
                month = super::shown::month(ph.opens)
            ),
        ));
    }
    facts.extend([
        (
            tr!("fact-rent"),
            tr!(
                "value-rent-per-year",
                rent = grouped(rent, 0),
                currency = currency,
                usd = grouped(rent * scenario.park.usd_per_currency_unit, 0)
            ),
        ),
        (
            tr!("fact-status"),
            status_name(tenancy.map_or(PlotStatus::Free, |t| t.status)),
        ),
    ]);
    if let Some(anchor) = scenario.anchors.iter().find(|a| a.plot == plot)
        && firm.is_none()
    {
        facts.push((
            tr!("fact-reserved-for"),
            tr!(
                "value-reserved-for",
                name = anchor.shown_name(),
                month = super::shown::month(anchor.registered)
            ),
        ));
    }
    if let Some((firm, activity, ledger)) = firm {
        let a = &scenario.archetypes[firm.archetype];
        let musd = |v: f64| tr!("value-million-usd", amount = grouped(v / 1e6, 2));
        facts.extend([
            (
                tr!("fact-resident"),
                // A named resident in the language shown; a firm of the model by its name.
                firm.anchor
                    .and_then(|i| scenario.anchors.get(i))
                    .map_or_else(|| firm.name.clone(), |a| a.shown_name().to_owned()),
            ),
            (
                tr!("fact-kind"),
                format!(
                    "{} — {}",
                    a.shown_name(),
                    scenario.sectors[a.sector].shown_name()
                ),
            ),
            (tr!("fact-registered"), super::shown::month(firm.registered)),
            (
                tr!("fact-first-output"),
                if firm.dormant {
                    tr!("value-not-building")
                } else {
                    super::shown::month(firm.first_output)
                },
            ),
            (
                tr!("fact-full-output"),
                if firm.dormant {
                    tr!("value-not-building")
                } else {
                    super::shown::month(firm.full_output)
                },
            ),
            (
                tr!("fact-stage"),
                match activity.stage {
                    FirmStage::UnderConstruction if firm.dormant => tr!("status-dormant"),
                    FirmStage::UnderConstruction => tr!("status-under-construction"),
                    FirmStage::RampUp => tr!(
                        "value-ramping-up",
                        pct = grouped(100.0 * activity.capacity_share, 0)
                    ),
                    FirmStage::Operating => tr!("status-operating"),
                    FirmStage::Negotiating => tr!("status-negotiating"),
                    FirmStage::Exited => tr!(
                        "status-exited",
                        month = activity.exited.map(super::shown::month).unwrap_or_default()
                    ),
                },
            ),
            (
                tr!("fact-jobs"),
                tr!(
                    "value-jobs-of",
                    now = grouped(activity.jobs_now, 0),
                    promised = grouped(firm.jobs, 0)
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
                match activity.short_of {
                    Some(u) if activity.served_share < 1.0 => tr!(
                        "value-pct-of-needs-short",
                        pct = grouped(100.0 * activity.served_share, 0),
                        utility = scenario.utilities[u].shown_name()
                    ),
                    _ => tr!(
                        "value-pct-of-needs",
                        pct = grouped(100.0 * activity.served_share, 0)
                    ),
                },
            ),
            (
                tr!("fact-running"),
                tr!(
                    "value-running",
                    pct = grouped(100.0 * activity.running_share, 0)
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
                    need = grouped(need, 1),
                    demand = grouped(load.demand, 1),
                    capacity = grouped(load.capacity, 1),
                    unit = spec.kind.unit_shown()
                ),
            ));
        }
    }
    facts
}

/// What the inspector shows about one zone, as (label, value) lines: its name and kind,
/// its area, and the plots in it.
pub fn zone_facts(scenario: &Scenario, zone: usize) -> Vec<(String, String)> {
    let z = &scenario.zones[zone];
    let area_ha =
        crate::scenario::geometry::area_m2(&z.polygon_m) / crate::scenario::geometry::M2_PER_HA;
    let (plots, plots_ha) = scenario
        .plots
        .iter()
        .filter(|p| p.zone == zone)
        .fold((0, 0.0), |(n, ha), p| (n + 1, ha + p.area_ha));
    vec![
        (tr!("fact-zone"), z.shown_name().to_owned()),
        (tr!("fact-zone-kind"), zone_kind_name(z.kind)),
        (tr!("fact-area"), tr!("value-ha", ha = grouped(area_ha, 2))),
        (
            tr!("fact-zone-plots"),
            tr!("value-zone-plots", plots = plots, ha = grouped(plots_ha, 2)),
        ),
    ]
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
    let unit = u.kind.unit_shown();
    let served: Vec<usize> = (0..scenario.plots.len())
        .filter(|&j| s.serves_plot(j, &scenario.plots[j]))
        .collect();
    let served_ha: f64 = served.iter().map(|&j| scenario.plots[j].area_ha).sum();
    let serves = match &s.serves {
        crate::scenario::Serves::All => tr!("source-serves-all"),
        crate::scenario::Serves::Zones(zones) => zones
            .iter()
            .map(|&z| scenario.zones[z].shown_name())
            .collect::<Vec<_>>()
            .join("; "),
        crate::scenario::Serves::Plots(_) => tr!("source-serves-listed"),
    };
    let (x, y) = s.location_m;
    let mut facts = vec![
        (tr!("fact-source"), s.name.clone()),
        (
            tr!("fact-utility"),
            if u.shown_name() == utility_name(u.kind) {
                u.shown_name().to_owned()
            } else {
                format!("{} ({})", u.shown_name(), utility_name(u.kind))
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
                Some(m) if m <= month => tr!("source-since", month = super::shown::month(m)),
                Some(m) => tr!("source-from", month = super::shown::month(m)),
            },
        ),
        (tr!("fact-serves"), serves),
    ];
    if let Some(b) = &s.built_by {
        facts.push((
            tr!("fact-built-by"),
            tr!(
                "source-built-by",
                resident = scenario.anchors[b.anchor].shown_name(),
                amount = grouped(b.capex_usd / 1e6, 1)
            ),
        ));
    }
    facts.extend([
        (
            tr!("fact-plots-served"),
            tr!(
                "source-plots-served",
                plots = served.len(),
                ha = grouped(served_ha, 1)
            ),
        ),
        (
            tr!("fact-location"),
            if s.location_given {
                tr!("source-at", x = grouped(x, 0), y = grouped(y, 0))
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
                pct = grouped(load.loading_pct().min(999.0), 0)
            ),
        ),
    ]);
    if load.demand > 0.0 && load.served_share < 1.0 {
        facts.push((
            tr!("fact-shortage"),
            tr!(
                "source-shortage",
                pct = grouped(100.0 * (1.0 - load.served_share), 0)
            ),
        ));
    }
    facts
}

/// A quantity with sensible precision: 1 decimal below 100, whole numbers above.
pub fn format_quantity(v: f64) -> String {
    super::shown::quantity(v)
}

#[cfg(test)]
mod tests;
