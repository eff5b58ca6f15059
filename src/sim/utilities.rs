//! Utilities (power, gas, water, wastewater, steam) as entities: capacity in service,
//! the demand of producing firms, its daily peak, and curtailment when the peak exceeds
//! capacity.
//!
//! Demands are daily averages; each firm's load profile and the utility's diversity factor
//! give the peak (see [`load_profiles`](super::load_profiles)). A utility without a network
//! in the scene takes the simple, park-wide form: its sources pool their capacity. A
//! utility with a network loads it plot by plot (see [`networks`](super::networks)), and
//! each firm gets the share delivered to its plot. Either way the scene's curtailment
//! priorities decide who is cut first, and outages of sources and links are weighed in
//! by their hours.

use bevy::prelude::*;

use super::ScenarioRes;
use super::clock::SimClock;
use super::firms::{Firm, FirmActivity};
use super::load_profiles::UtilityShape;
use super::networks::{NetworkStates, sources_in_service};
use super::operations::{Capacities, OutagesNow, own_running_share};
use crate::scenario::{Asset, HOURS_PER_MONTH};

/// A utility; `index` points into [`Scenario::utilities`](crate::scenario::Scenario::utilities).
#[derive(Component, Clone, Copy, Debug)]
pub struct ParkUtility {
    pub index: usize,
}

/// Per utility, how its loads peak over a day and who is cut first.
#[derive(Resource, Clone, Debug, Default)]
pub struct UtilityShapes(pub Vec<UtilityShape>);

impl UtilityShapes {
    pub fn new(scenario: &crate::scenario::Scenario) -> Self {
        Self(
            (0..scenario.utilities.len())
                .map(|u| UtilityShape::new(scenario, u))
                .collect(),
        )
    }
}

/// This month's balance of one utility, in its kind's unit (MW, m³/h, t/h).
#[derive(Component, Clone, Copy, Debug, Default)]
pub struct UtilityLoad {
    /// Capacity of the sources in service (expansions included).
    pub capacity: f64,
    /// Demand of the producing firms before any curtailment, daily average.
    pub demand: f64,
    /// The park's coincident peak hour of that demand.
    pub peak: f64,
    /// Share of demand delivered, 0–1.
    pub served_share: f64,
    /// Demand not delivered, average over the month (outages included).
    pub unserved: f64,
}

impl UtilityLoad {
    /// Peak demand as a share of capacity, percent (0 when there is no capacity and no demand).
    pub fn loading_pct(&self) -> f64 {
        if self.capacity > 0.0 {
            100.0 * self.peak / self.capacity
        } else if self.peak > 0.0 {
            f64::INFINITY
        } else {
            0.0
        }
    }

    /// Quantity not delivered this month: MWh, m³ or t.
    pub fn unserved_quantity(&self) -> f64 {
        self.unserved * HOURS_PER_MONTH
    }
}

/// Sums demand per utility, compares its peak with capacity, and curtails firms on short
/// utilities or behind short network assets.
pub(super) fn balance_utilities(
    scenario: Res<ScenarioRes>,
    clock: Res<SimClock>,
    capacities: Res<Capacities>,
    outages: Res<OutagesNow>,
    shapes: Res<UtilityShapes>,
    mut utilities: Query<(&ParkUtility, &mut UtilityLoad)>,
    mut firms: Query<(&Firm, &mut FirmActivity)>,
    mut networks: ResMut<NetworkStates>,
) {
    let month = clock.current();
    let n = scenario.utilities.len();
    let shapes = &shapes.0;
    // Per utility, its demand per key, and its network's position in `networks`.
    let mut keyed: Vec<Vec<f64>> = shapes.iter().map(|s| vec![0.0; s.keys()]).collect();
    let mut network_of = vec![None; n];
    for (k, state) in networks.0.iter().enumerate() {
        network_of[state.graph.utility] = Some(k);
    }
    let mut plot_demand = vec![vec![0.0; scenario.plots.len()]; networks.0.len()];
    let mut plot_key = vec![vec![0u16; scenario.plots.len()]; networks.0.len()];
    // Summed in id order, so the totals never depend on how the ECS stores firms.
    for (firm, activity) in firms.iter().sort_unstable_by_key::<&Firm, _>(|f| f.id) {
        if activity.capacity_share <= 0.0 {
            continue;
        }
        // A firm stopped by its own outage draws nothing while it is stopped.
        let running = own_running_share(&outages, firm);
        let a = &scenario.archetypes[firm.archetype];
        for u in &a.uses {
            let d = a.full_demand(u.utility) * activity.capacity_share * running;
            let key = shapes[u.utility].archetype_key[firm.archetype];
            keyed[u.utility][key as usize] += d;
            if let Some(k) = network_of[u.utility] {
                plot_demand[k][firm.plot] += d;
                plot_key[k][firm.plot] = key;
            }
        }
    }
    for ((state, demand), key) in networks.0.iter_mut().zip(plot_demand).zip(plot_key) {
        let u = state.graph.utility;
        if capacities.changed || state.graph.source_capacity != capacities.source[u] {
            state.set_capacities(&capacities.source[u], &capacities.link[u]);
        }
        let in_service = sources_in_service(&scenario, u, month);
        state.load_keyed(in_service, demand, key);
        let out: Vec<(Asset, f64)> = outages
            .assets
            .iter()
            .filter(|(ou, _, _)| *ou == u)
            .map(|&(_, asset, hours)| (asset, hours))
            .collect();
        state.apply_outages(out);
    }
    // Per pooled utility, each class's served share.
    let mut class_served: Vec<Vec<f64>> = vec![Vec::new(); n];
    for (utility, mut load) in &mut utilities {
        let u = utility.index;
        let shape = &shapes[u];
        let spec = &scenario.utilities[u];
        let in_service: Vec<usize> = (0..spec.sources.len())
            .filter(|&s| spec.sources[s].in_service_at(month))
            .collect();
        load.capacity = in_service.iter().map(|&s| capacities.source[u][s]).sum();
        load.demand = keyed[u].iter().sum();
        load.peak = shape.peak(&keyed[u]);
        load.unserved = match network_of[u] {
            Some(k) => networks.0[k].flows.unserved,
            None => {
                let mut served = vec![1.0; shape.classes];
                let intact = shape.curtail(&keyed[u], load.capacity, &mut served);
                let mut unserved = 0.0;
                let mut weight_left = 1.0;
                let mut blended = vec![0.0; served.len()];
                let mut without = vec![1.0; served.len()];
                for &(ou, asset, hours) in &outages.assets {
                    let (true, Asset::Source(s)) = (ou == u, asset) else {
                        continue;
                    };
                    if !in_service.contains(&s) {
                        continue;
                    }
                    let f = (hours / HOURS_PER_MONTH).clamp(0.0, 1.0);
                    let left = load.capacity - capacities.source[u][s];
                    unserved += f * shape.curtail(&keyed[u], left, &mut without);
                    for (b, w) in blended.iter_mut().zip(&without) {
                        *b += f * w;
                    }
                    weight_left -= f;
                }
                let norm = (1.0 - weight_left).max(1.0);
                let w = weight_left.max(0.0);
                for (b, s) in blended.iter_mut().zip(&served) {
                    *b = (*b + w * s) / norm;
                }
                class_served[u] = blended;
                (unserved + w * intact) / norm
            }
        };
        load.served_share = if load.demand > 0.0 {
            (1.0 - load.unserved / load.demand).clamp(0.0, 1.0)
        } else {
            1.0
        };
    }
    for (firm, mut activity) in &mut firms {
        let a = &scenario.archetypes[firm.archetype];
        // The share of each utility it uses that was delivered; the smallest is what it
        // could run on, and its utility is the one it was short of.
        let (served, short_of) = a
            .uses
            .iter()
            .filter(|u| a.full_demand(u.utility) > 0.0)
            .map(|u| {
                let share = match network_of[u.utility] {
                    Some(k) => networks.0[k].flows.plot_served[firm.plot],
                    None => {
                        let s = &shapes[u.utility];
                        let class = s.class_of(s.archetype_key[firm.archetype] as usize);
                        class_served[u.utility].get(class).copied().unwrap_or(1.0)
                    }
                };
                (share, u.utility)
            })
            .fold((1.0, None), |(least, short), (share, utility)| {
                if share < least {
                    (share, Some(utility))
                } else {
                    (least, short)
                }
            });
        activity.served_share = served;
        activity.short_of = short_of;
    }
}
