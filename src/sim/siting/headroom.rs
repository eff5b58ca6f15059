//! Headroom for a new resident: utility capacity against the demand residents have
//! committed, park-wide per utility and asset by asset on the networks, and what a
//! reinforcement would cost when a utility sells one.

use bevy::prelude::*;

use crate::scenario::{Asset, Connection, Scenario, YearMonth};
use crate::sim::firms::{Firm, FirmActivity, FirmStage};
use crate::sim::networks::NetworkStates;
use crate::sim::operations::Capacities;
use crate::sim::utilities::UtilityShapes;

/// Per network, the peak load every registered resident has committed to each source and
/// link (full output, whether it produces yet or not), kept up to date within the month.
pub(super) struct Committed {
    /// Per network (in [`NetworkStates`] order): per source, per link.
    sources: Vec<Vec<f64>>,
    links: Vec<Vec<f64>>,
}

/// An archetype's peak draw on utility `u` at full output, if it draws on it at all.
fn peak_need(
    scenario: &Scenario,
    shapes: &UtilityShapes,
    archetype: usize,
    u: usize,
) -> Option<f64> {
    let average = scenario.archetypes[archetype].full_demand(u);
    (average > 0.0).then(|| {
        let key = shapes.0[u].archetype_key[archetype] as usize;
        shapes.0[u].peak_of(key, average)
    })
}

/// A short asset on a plot's path: (utility, asset, shortfall in the utility's unit).
pub(super) type Shortfall = (usize, Asset, f64);

impl Committed {
    pub(super) fn new(
        scenario: &Scenario,
        networks: &NetworkStates,
        shapes: &UtilityShapes,
        firms: &Query<(&Firm, &FirmActivity)>,
    ) -> Self {
        let mut sources = Vec::new();
        let mut links = Vec::new();
        for state in &networks.0 {
            let u = state.graph.utility;
            let mut plot_load = vec![0.0; scenario.plots.len()];
            for (firm, activity) in firms.iter().sort_unstable_by_key::<&Firm, _>(|f| f.id) {
                if activity.stage == FirmStage::Exited {
                    continue;
                }
                if let Some(need) = peak_need(scenario, shapes, firm.archetype, u) {
                    plot_load[firm.plot] += need;
                }
            }
            let (to_sources, to_links) = state.flows_for(&plot_load);
            sources.push(to_sources);
            links.push(to_links);
        }
        Self { sources, links }
    }

    /// What the archetype's load on the plot would overload, network by network: empty
    /// when it fits. `None` when no source in service reaches the plot.
    pub(super) fn shortfalls(
        &self,
        scenario: &Scenario,
        networks: &NetworkStates,
        shapes: &UtilityShapes,
        capacities: &Capacities,
        archetype: usize,
        plot: usize,
    ) -> Option<Vec<Shortfall>> {
        let mut short = Vec::new();
        for (k, state) in networks.0.iter().enumerate() {
            let u = state.graph.utility;
            let Some(need) = peak_need(scenario, shapes, archetype, u) else {
                continue;
            };
            let source = state.source_of_plot(plot)?;
            let pending = |asset: Asset| -> f64 {
                capacities
                    .pending
                    .iter()
                    .filter(|p| p.utility == u && p.asset == asset)
                    .map(|p| p.add)
                    .sum()
            };
            let mut check = |asset: Asset, committed: f64| {
                let room = capacities.of(u, asset) + pending(asset) - committed;
                if need > room + 1e-9 {
                    short.push((u, asset, need - room.max(0.0)));
                }
            };
            for link in state.path_links(plot) {
                check(Asset::Link(link), self.links[k][link]);
            }
            check(Asset::Source(source), self.sources[k][source]);
        }
        Some(short)
    }

    /// Adds a new resident's load along its plot's paths.
    pub(super) fn add(
        &mut self,
        scenario: &Scenario,
        networks: &NetworkStates,
        shapes: &UtilityShapes,
        archetype: usize,
        plot: usize,
    ) {
        for (k, state) in networks.0.iter().enumerate() {
            let u = state.graph.utility;
            let Some(need) = peak_need(scenario, shapes, archetype, u) else {
                continue;
            };
            for link in state.path_links(plot) {
                self.links[k][link] += need;
            }
            if let Some(s) = state.source_of_plot(plot) {
                self.sources[k][s] += need;
            }
        }
    }
}

/// Utility capacity in service this month and demand committed by residents, per utility.
pub fn utility_headroom(
    scenario: &Scenario,
    month: YearMonth,
    capacities: &Capacities,
    firms: &Query<(&Firm, &FirmActivity)>,
) -> (Vec<f64>, Vec<f64>) {
    // The capacity in force: what expansions and paid reinforcements have added counts as
    // much as what the scene started with.
    let capacity: Vec<f64> = scenario
        .utilities
        .iter()
        .enumerate()
        .map(|(k, u)| {
            u.sources
                .iter()
                .enumerate()
                .filter(|(_, s)| s.in_service_at(month))
                .map(|(j, s)| {
                    capacities
                        .source
                        .get(k)
                        .and_then(|c| c.get(j))
                        .copied()
                        .unwrap_or(s.capacity)
                })
                .sum()
        })
        .collect();
    let mut committed = vec![0.0; scenario.utilities.len()];
    for (firm, activity) in firms.iter().sort_unstable_by_key::<&Firm, _>(|f| f.id) {
        if activity.stage == FirmStage::Exited {
            continue;
        }
        for u in &scenario.archetypes[firm.archetype].uses {
            committed[u.utility] += scenario.archetypes[firm.archetype].full_demand(u.utility);
        }
    }
    (capacity, committed)
}

/// Share (0–1) of the archetype's largest utility need that headroom cannot cover.
pub fn shortage_share(
    scenario: &Scenario,
    archetype: usize,
    capacity: &[f64],
    committed: &[f64],
) -> f64 {
    let a = &scenario.archetypes[archetype];
    a.uses
        .iter()
        .map(|u| {
            let need = a.full_demand(u.utility);
            if need <= 0.0 {
                return 0.0;
            }
            let headroom = (capacity[u.utility] - committed[u.utility]).max(0.0);
            ((need - headroom) / need).clamp(0.0, 1.0)
        })
        .fold(0.0, f64::max)
}

/// When the short assets' utilities all reinforce for a fee: the month the work is done
/// and its cost, USD. `None` when one of them refuses new load it cannot carry.
pub(super) fn reinforcement(
    scenario: &Scenario,
    short: &[Shortfall],
    month: YearMonth,
) -> Option<(YearMonth, f64)> {
    let mut ready = month;
    let mut cost_usd = 0.0;
    for &(utility, _, add) in short {
        match scenario.utilities[utility].connection {
            Connection::Refuse => return None,
            Connection::Reinforce {
                capex_usd_per_unit,
                lead_months,
            } => {
                ready = ready.max(month.plus_months(lead_months as i32));
                cost_usd += add * capex_usd_per_unit;
            }
        }
    }
    Some((ready, cost_usd))
}
