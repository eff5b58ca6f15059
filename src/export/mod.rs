//! Exports for engineers and GIS: the layout and its networks as GeoJSON (for QGIS and
//! other GIS tools) and a water network as an EPANET input file (for hydraulic models).
//! Both carry the state of one simulated month: plot status and tenants, network flows,
//! and the plots' water demand as EPANET base demands.

pub mod epanet;
pub mod geojson;

use std::collections::HashMap;
use std::sync::Arc;

use crate::scenario::{Scenario, YearMonth};
use crate::sim::Simulation;
use crate::sim::firms::FirmId;
use crate::sim::networks::NetworkStates;
use crate::sim::plots::{ParkPlot, PlotStatus, PlotTenancy};

/// What the exports know about the park in one month.
pub struct ParkAtMonth {
    pub scenario: Arc<Scenario>,
    pub month: YearMonth,
    pub networks: NetworkStates,
    /// Per plot: status and, if let, the resident's name and archetype index.
    pub plots: Vec<(PlotStatus, Option<(String, usize)>)>,
}

impl ParkAtMonth {
    /// Simulates the scene (its own seed) up to and including `month`.
    pub fn simulate(scenario: Arc<Scenario>, month: YearMonth) -> Self {
        Self::simulate_with_progress(scenario, month, |_| {})
    }

    /// [`ParkAtMonth::simulate`], calling `progress` with the months done after each.
    pub fn simulate_with_progress(
        scenario: Arc<Scenario>,
        month: YearMonth,
        progress: impl FnMut(u32),
    ) -> Self {
        let start = scenario.simulation.start;
        let mut sim = Simulation::new(scenario.clone(), scenario.simulation.seed);
        sim.run((month.months_since(start) + 1).max(0) as u32, progress);
        let firms = sim.firms();
        let firm_at: HashMap<FirmId, usize> = firms
            .iter()
            .enumerate()
            .map(|(i, (f, _, _))| (f.id, i))
            .collect();
        let world = sim.app.world_mut();
        let mut plots = vec![(PlotStatus::Free, None); scenario.plots.len()];
        for (plot, tenancy) in world.query::<(&ParkPlot, &PlotTenancy)>().iter(world) {
            let tenant = tenancy
                .firm
                .and_then(|id| firm_at.get(&id))
                .map(|&i| (firms[i].0.name.clone(), firms[i].0.archetype));
            plots[plot.index] = (tenancy.status, tenant);
        }
        let networks = world.resource::<NetworkStates>().clone();
        Self {
            scenario,
            month,
            networks,
            plots,
        }
    }
}

/// A plot status as written in exported attributes.
pub fn status_name(status: PlotStatus) -> &'static str {
    match status {
        PlotStatus::Free => "free",
        PlotStatus::Reserved => "reserved",
        PlotStatus::UnderConstruction => "under construction",
        PlotStatus::Dormant => "registered, not building",
        PlotStatus::Operating => "operating",
    }
}
