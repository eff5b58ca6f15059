//! How the park's utilities and firms are operated month by month: capacity in force
//! (the scene's, expansions and paid reinforcements), outages (random failures drawn from
//! each asset's MTBF and repair time, and the scene's scheduled or scripted ones), and
//! couplings that carry a stop from a supplier to the firms that depend on it.
//!
//! Time inside a month is counted in hours on a clock of [`HOURS_PER_MONTH`]-hour months
//! from the start of the run. An outage that spills over a month's end continues in the
//! next. Within a month, outages of different assets are taken one at a time: each
//! weighs the month by its hours (they rarely overlap at planning level).

use bevy::prelude::*;
use rand::RngExt;
use rand_distr::{Distribution, Exp};

use super::ScenarioRes;
use super::clock::SimClock;
use super::firms::{Firm, FirmActivity};
use super::networks::NetworkStates;
use super::rng::{SimSeed, Stream, StreamKeys, month_key};
use super::utilities::{ParkUtility, UtilityLoad};
use crate::scenario::{
    Asset, HOURS_PER_MONTH, OutageTarget, Scenario, Supplier, Trigger, YearMonth,
};

/// Hours in a year (the unit of MTBF is years).
const HOURS_PER_YEAR: f64 = 8760.0;

/// Capacity to add to an asset once a month comes.
#[derive(Clone, Debug, PartialEq)]
pub struct PendingCapacity {
    pub utility: usize,
    pub asset: Asset,
    pub add: f64,
    pub ready: YearMonth,
    /// The expansion it comes from (index into [`Scenario::expansions`]), or `None` for a
    /// reinforcement a firm paid for.
    pub expansion: Option<usize>,
}

/// Where each expansion stands.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ExpansionStatus {
    /// Month the expansion was decided, once it is.
    pub decided: Option<YearMonth>,
    /// Months in a row its asset's peak loading has been above the trigger.
    pub months_above: u32,
}

/// Capacities in force and the work under way.
#[derive(Resource, Clone, Debug, Default)]
pub struct Capacities {
    /// Per utility, per source: capacity in force.
    pub source: Vec<Vec<f64>>,
    /// Per utility, per network link (empty without a network): capacity in force.
    pub link: Vec<Vec<f64>>,
    pub pending: Vec<PendingCapacity>,
    pub expansions: Vec<ExpansionStatus>,
    /// Public spending on expansions this month, USD.
    pub capex_month_usd: f64,
    /// Whether a capacity changed this month (networks take the new figures).
    pub changed: bool,
}

impl Capacities {
    pub fn new(scenario: &Scenario) -> Self {
        Self {
            source: scenario
                .utilities
                .iter()
                .map(|u| u.sources.iter().map(|s| s.capacity).collect())
                .collect(),
            link: (0..scenario.utilities.len())
                .map(|u| {
                    scenario
                        .network_of(u)
                        .map(|n| n.links.iter().map(|l| l.capacity).collect())
                        .unwrap_or_default()
                })
                .collect(),
            pending: Vec::new(),
            expansions: vec![ExpansionStatus::default(); scenario.expansions.len()],
            capex_month_usd: 0.0,
            changed: true,
        }
    }

    /// An asset's capacity in force.
    pub fn of(&self, utility: usize, asset: Asset) -> f64 {
        match asset {
            Asset::Source(s) => self.source[utility][s],
            Asset::Link(l) => self.link[utility][l],
        }
    }

    fn add(&mut self, utility: usize, asset: Asset, add: f64) {
        match asset {
            Asset::Source(s) => self.source[utility][s] += add,
            Asset::Link(l) => self.link[utility][l] += add,
        }
        self.changed = true;
    }
}

/// What is out of service this month, and for how many hours.
#[derive(Resource, Clone, Debug, Default)]
pub struct OutagesNow {
    /// (utility, asset, hours out this month).
    pub assets: Vec<(usize, Asset, f64)>,
    /// Per named resident, hours stopped by its own outage this month.
    pub firms: Vec<f64>,
    /// Per outside supplier, hours stopped this month.
    pub suppliers: Vec<f64>,
}

impl OutagesNow {
    /// Hours an asset is out this month.
    pub fn asset_hours(&self, utility: usize, asset: Asset) -> f64 {
        self.assets
            .iter()
            .filter(|(u, a, _)| *u == utility && *a == asset)
            .fold(0.0, |sum, (_, _, h)| sum + h)
    }
}

/// Random failures still under repair: (utility, asset, last hour out).
#[derive(Resource, Clone, Debug, Default)]
pub struct Repairs(pub Vec<(usize, Asset, f64)>);

/// Decides expansions (planned, or on loading), completes work due this month and books
/// the month's capital spending.
pub(super) fn plan_capacity(
    scenario: Res<ScenarioRes>,
    clock: Res<SimClock>,
    networks: Res<NetworkStates>,
    utilities: Query<(&ParkUtility, &UtilityLoad)>,
    mut capacities: ResMut<Capacities>,
) {
    let month = clock.current();
    capacities.changed = false;
    capacities.capex_month_usd = 0.0;
    // Peak loading of each utility last month, for pooled sources.
    let mut utility_loading = vec![0.0; scenario.utilities.len()];
    for (utility, load) in &utilities {
        utility_loading[utility.index] = load.loading_pct();
    }
    for (e, expansion) in scenario.expansions.iter().enumerate() {
        let status = capacities.expansions[e];
        if status.decided.is_some() {
            continue;
        }
        let decide = match expansion.trigger {
            Trigger::Planned(when) => when == month,
            Trigger::Loading { above_pct, months } => {
                let loading = match networks.of(expansion.utility) {
                    Some(state) if clock.elapsed_months > 0 => {
                        let (peak, capacity) =
                            state.graph.asset_peak(&state.flows, expansion.asset);
                        if capacity > 0.0 {
                            100.0 * peak / capacity
                        } else {
                            0.0
                        }
                    }
                    Some(_) => 0.0,
                    None => utility_loading[expansion.utility],
                };
                let above = if loading > above_pct {
                    status.months_above + 1
                } else {
                    0
                };
                capacities.expansions[e].months_above = above;
                above >= months
            }
        };
        if decide {
            capacities.expansions[e].decided = Some(month);
            capacities.pending.push(PendingCapacity {
                utility: expansion.utility,
                asset: expansion.asset,
                add: expansion.add_capacity,
                ready: month.plus_months(expansion.lead_months as i32),
                expansion: Some(e),
            });
        }
    }
    // Spending: each decided expansion spreads its capex over its lead time.
    let mut spent = 0.0;
    for (e, expansion) in scenario.expansions.iter().enumerate() {
        if let Some(decided) = capacities.expansions[e].decided {
            let since = month.months_since(decided);
            let lead = expansion.lead_months.max(1) as i32;
            if (0..lead).contains(&since) {
                spent += expansion.capex_usd / lead as f64;
            }
        }
    }
    capacities.capex_month_usd = spent;
    let (due, waiting): (Vec<_>, Vec<_>) = std::mem::take(&mut capacities.pending)
        .into_iter()
        .partition(|p| p.ready <= month);
    capacities.pending = waiting;
    for p in due {
        capacities.add(p.utility, p.asset, p.add);
    }
}

/// Hours of `[from, to)` that fall in the month starting at hour `month_start`.
fn overlap(from: f64, to: f64, month_start: f64) -> f64 {
    (to.min(month_start + HOURS_PER_MONTH) - from.max(month_start)).max(0.0)
}

/// Draws this month's random failures and gathers the scene's outages.
pub(super) fn draw_outages(
    scenario: Res<ScenarioRes>,
    clock: Res<SimClock>,
    seed: Res<SimSeed>,
    keys: Res<StreamKeys>,
    mut repairs: ResMut<Repairs>,
    mut now: ResMut<OutagesNow>,
) {
    let month_start = clock.elapsed_months as f64 * HOURS_PER_MONTH;
    let month_end = month_start + HOURS_PER_MONTH;
    let month = clock.current();
    now.assets.clear();
    now.firms = vec![0.0; scenario.anchors.len()];
    now.suppliers = vec![0.0; scenario.outside_suppliers.len()];
    // Repairs carried over from earlier months.
    repairs.0.retain(|&(_, _, until)| until > month_start);
    for &(u, asset, until) in &repairs.0 {
        now.assets
            .push((u, asset, overlap(month_start, until, month_start)));
    }
    // New random failures of assets in service.
    for (u, utility) in scenario.utilities.iter().enumerate() {
        let sources = utility
            .sources
            .iter()
            .enumerate()
            .filter_map(|(s, source)| {
                (source.in_service_at(month))
                    .then_some(source.failures.map(|f| (Asset::Source(s), f)))
                    .flatten()
            });
        let links = scenario.network_of(u).into_iter().flat_map(|n| {
            n.links
                .iter()
                .enumerate()
                .filter_map(|(l, link)| link.failures.map(|f| (Asset::Link(l), f)))
        });
        for (asset, failures) in sources.chain(links).collect::<Vec<_>>() {
            if repairs.0.iter().any(|&(ru, ra, _)| ru == u && ra == asset) {
                continue;
            }
            let mut rng = seed.stream(Stream::Failure, &[keys.asset(u, asset), month_key(month)]);
            let p_fail = 1.0 - (-HOURS_PER_MONTH / (failures.mtbf_years * HOURS_PER_YEAR)).exp();
            if rng.random::<f64>() >= p_fail {
                continue;
            }
            let start = month_start + rng.random::<f64>() * HOURS_PER_MONTH;
            // Exponential repair time with the scene's mean (0 to 8,760 h, validated).
            let repair = match Exp::new(1.0 / failures.repair_hours) {
                Ok(exp) if failures.repair_hours > 0.0 => exp.sample(&mut rng),
                _ => 0.0,
            };
            let until = start + repair;
            now.assets
                .push((u, asset, overlap(start, until, month_start)));
            if until > month_end {
                repairs.0.push((u, asset, until));
            }
        }
    }
    // The scene's outages.
    for outage in &scenario.outages {
        let hours = overlap(
            outage.start_hour,
            outage.start_hour + outage.hours,
            month_start,
        );
        if hours <= 0.0 {
            continue;
        }
        match outage.target {
            OutageTarget::Asset { utility, asset } => now.assets.push((utility, asset, hours)),
            OutageTarget::Firm(anchor) => now.firms[anchor] += hours,
            OutageTarget::Supplier(s) => now.suppliers[s] += hours,
        }
    }
    for (_, _, hours) in &mut now.assets {
        *hours = hours.min(HOURS_PER_MONTH);
    }
}

/// Share of the month a named resident runs, by its own outages alone.
pub fn own_running_share(now: &OutagesNow, firm: &Firm) -> f64 {
    firm.anchor
        .and_then(|a| now.firms.get(a))
        .map_or(1.0, |h| 1.0 - (h / HOURS_PER_MONTH).min(1.0))
}

/// Sets each firm's running share: its own outages, then its suppliers' stops carried
/// along the couplings (each coupling after those that feed its supplier).
pub(super) fn couple_firms(
    scenario: Res<ScenarioRes>,
    now: Res<OutagesNow>,
    mut firms: Query<(&Firm, &mut FirmActivity)>,
) {
    // Per named resident, the share of full output it reaches (served × running).
    let mut output_share = vec![None; scenario.anchors.len()];
    for (firm, mut activity) in &mut firms {
        activity.running_share = own_running_share(&now, firm);
        if let Some(a) = firm.anchor {
            output_share[a] = Some(activity.running_share * activity.served_share);
        }
    }
    if scenario.couplings.is_empty() {
        return;
    }
    // Per named resident, the factor its suppliers leave it.
    let mut factor = vec![1.0; scenario.anchors.len()];
    for coupling in &scenario.couplings {
        let supplier_share = match coupling.supplier {
            // A supplier not yet registered or producing supplies nothing to stop.
            Supplier::Firm(a) => output_share[a].map(|s| s * factor[a]).unwrap_or(1.0),
            Supplier::Outside(s) => 1.0 - (now.suppliers[s] / HOURS_PER_MONTH).min(1.0),
        };
        let left = 1.0 - coupling.share * (1.0 - supplier_share);
        factor[coupling.consumer] = f64::min(factor[coupling.consumer], left);
    }
    for (firm, mut activity) in &mut firms {
        if let Some(a) = firm.anchor {
            activity.running_share *= factor[a];
        }
    }
}
