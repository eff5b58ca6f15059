//! Utilities (power, gas, water, wastewater, steam) as entities: capacity in service,
//! the demand of producing firms, and curtailment when demand exceeds capacity.
//!
//! This is the simple, park-wide form: each utility's sources pool their capacity, and a
//! shortage curtails every firm on that utility by the same share.

use bevy::prelude::*;

use super::ScenarioRes;
use super::clock::SimClock;
use super::firms::{Firm, FirmActivity};

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
) {
    let month = clock.current();
    let n = scenario.utilities.len();
    let mut demand = vec![0.0; n];
    for (firm, activity) in &firms {
        if activity.capacity_share <= 0.0 {
            continue;
        }
        let a = &scenario.archetypes[firm.archetype];
        for u in &a.uses {
            demand[u.utility] += a.full_demand(u.utility) * activity.capacity_share;
        }
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
        load.served_share = if load.demand > load.capacity {
            load.capacity / load.demand
        } else {
            1.0
        };
        served[utility.index] = load.served_share;
    }
    for (firm, mut activity) in &mut firms {
        let a = &scenario.archetypes[firm.archetype];
        activity.served_share = a
            .uses
            .iter()
            .filter(|u| a.full_demand(u.utility) > 0.0)
            .map(|u| served[u.utility])
            .fold(1.0, f64::min);
    }
}
