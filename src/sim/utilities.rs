//! Utilities (power, gas, water, wastewater, steam) as entities: capacity in service,
//! the demand of producing firms, and curtailment when demand exceeds capacity.
//!
//! A utility without a network in the scene takes the simple, park-wide form: its sources
//! pool their capacity, and a shortage curtails every firm on it by the same share. A
//! utility with a network loads it plot by plot (see [`networks`](super::networks)), and
//! each firm gets the share delivered to its plot.

use bevy::prelude::*;

use super::ScenarioRes;
use super::clock::SimClock;
use super::firms::{Firm, FirmActivity};
use super::networks::{NetworkStates, sources_in_service};

/// A utility; `index` points into [`Scenario::utilities`](crate::scenario::Scenario::utilities).
#[derive(Component, Clone, Copy, Debug)]
pub struct Utility {
    pub index: usize,
}

/// This month's balance of one utility, in its kind's unit (MW, m³/h, t/h).
#[derive(Component, Clone, Copy, Debug, Default)]
pub struct UtilityLoad {
    /// Capacity of the sources in service.
    pub capacity: f64,
    /// Demand of the producing firms before any curtailment.
    pub demand: f64,
    /// Share of demand delivered, 0–1.
    pub served_share: f64,
}

impl UtilityLoad {
    /// Demand as a share of capacity, percent (0 when there is no capacity and no demand).
    pub fn loading_pct(&self) -> f64 {
        if self.capacity > 0.0 {
            100.0 * self.demand / self.capacity
        } else if self.demand > 0.0 {
            f64::INFINITY
        } else {
            0.0
        }
    }
}

/// Sums demand per utility, compares it with capacity, and curtails firms on short utilities.
pub(super) fn balance_utilities(
    scenario: Res<ScenarioRes>,
    clock: Res<SimClock>,
    mut utilities: Query<(&Utility, &mut UtilityLoad)>,
    mut firms: Query<(&Firm, &mut FirmActivity)>,
    mut networks: ResMut<NetworkStates>,
) {
    let month = clock.current();
    let n = scenario.utilities.len();
    let mut demand = vec![0.0; n];
    // Per utility, its network's position in `networks` (if it has one).
    let mut network_of = vec![None; n];
    for (k, state) in networks.0.iter().enumerate() {
        network_of[state.graph.utility] = Some(k);
    }
    let mut plot_demand = vec![vec![0.0; scenario.plots.len()]; networks.0.len()];
    for (firm, activity) in &firms {
        if activity.capacity_share <= 0.0 {
            continue;
        }
        let a = &scenario.archetypes[firm.archetype];
        for u in &a.uses {
            let d = a.full_demand(u.utility) * activity.capacity_share;
            demand[u.utility] += d;
            if let Some(k) = network_of[u.utility] {
                plot_demand[k][firm.plot] += d;
            }
        }
    }
    for (state, plot_demand) in networks.0.iter_mut().zip(plot_demand) {
        let in_service = sources_in_service(&scenario, state.graph.utility, month);
        state.load(in_service, plot_demand);
    }
    let mut served = vec![1.0; n];
    for (utility, mut load) in &mut utilities {
        let spec = &scenario.utilities[utility.index];
        load.capacity = spec
            .sources
            .iter()
            .filter(|s| s.in_service_at(month))
            .map(|s| s.capacity)
            .sum();
        load.demand = demand[utility.index];
        load.served_share = match network_of[utility.index] {
            Some(k) if load.demand > 0.0 => 1.0 - networks.0[k].flows.unserved / load.demand,
            Some(_) => 1.0,
            None if load.demand > load.capacity => load.capacity / load.demand,
            None => 1.0,
        };
        served[utility.index] = load.served_share;
    }
    for (firm, mut activity) in &mut firms {
        let a = &scenario.archetypes[firm.archetype];
        activity.served_share = a
            .uses
            .iter()
            .filter(|u| a.full_demand(u.utility) > 0.0)
            .map(|u| match network_of[u.utility] {
                Some(k) => networks.0[k].flows.plot_served[firm.plot],
                None => served[u.utility],
            })
            .fold(1.0, f64::min);
    }
}
