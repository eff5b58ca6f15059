//! Utility networks at planning level: each month, the load of every plot travels over its
//! feeders and pipes to the source that feeds it, giving every link's flow and loading and
//! every source's output. A meshed ring is operated radially, as distribution rings are:
//! each node is fed over its shortest path (by length) from a source in service, which puts
//! the ring's open point where the paths from its sources meet. An overloaded link or
//! source curtails the plots behind it in proportion (capacity ÷ flow), so a plot's served
//! share is the smallest ratio on its path; a plot no source reaches is not served. The
//! same routing answers the N-1 question: what is left unserved if one asset fails.

use bevy::prelude::*;

use crate::scenario::{NodeRef, Scenario, YearMonth};

mod graph;
mod loads;
mod n_minus_one;

pub use crate::scenario::Asset;
pub use graph::{NetworkFlows, NetworkGraph, Routing};
pub use loads::{AssetLoad, asset_loads, loading_pct};
pub use n_minus_one::{Contingency, n_minus_one, n_minus_one_keyed, utility_n_minus_one};

/// Which sources of a utility are in service in a month.
pub fn sources_in_service(scenario: &Scenario, utility: usize, month: YearMonth) -> Vec<bool> {
    scenario.utilities[utility]
        .sources
        .iter()
        .map(|s| s.in_service_at(month))
        .collect()
}

/// The graphs of the scene's networks and their state in the last simulated month.
#[derive(Resource, Clone, Debug, Default)]
pub struct NetworkStates(pub Vec<NetworkState>);

#[derive(Clone, Debug)]
pub struct NetworkState {
    pub graph: NetworkGraph,
    /// The sources in service the routing was built for.
    routed_for: Vec<bool>,
    routing: Routing,
    /// Each plot's demand this month, the utility's unit (daily average).
    pub plot_demand: Vec<f64>,
    /// Each plot's load key (profile and curtailment class, see [`UtilityShape`]).
    pub plot_key: Vec<u16>,
    /// Flows this month: links and sources as loaded intact; served shares and unserved
    /// demand with this month's outages weighed in.
    pub flows: NetworkFlows,
    /// Assets out of service this month and their hours out.
    pub out_now: Vec<(Asset, f64)>,
}

impl NetworkStates {
    pub fn new(scenario: &Scenario) -> Self {
        Self(
            scenario
                .networks
                .iter()
                .map(|network| {
                    // Routed for the first month, so siting can look at paths before any load.
                    let graph = NetworkGraph::new(scenario, network);
                    let in_service =
                        sources_in_service(scenario, network.utility, scenario.simulation.start);
                    let routing = graph.route(&in_service, None);
                    let plot_demand = vec![0.0; scenario.plots.len()];
                    let flows = graph.flows(&routing, &plot_demand);
                    NetworkState {
                        graph,
                        routed_for: in_service,
                        routing,
                        plot_demand,
                        plot_key: Vec::new(),
                        flows,
                        out_now: Vec::new(),
                    }
                })
                .collect(),
        )
    }

    /// The state of a utility's network, if it has one.
    pub fn of(&self, utility: usize) -> Option<&NetworkState> {
        self.0.iter().find(|s| s.graph.utility == utility)
    }
}

/// How much more load a plot can take from a network this month without overloading any
/// link on its path or the source feeding it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Headroom {
    /// The utility's unit; 0 when something on the path is already full.
    pub spare: f64,
    /// The capacity of the asset that limits it (the bottleneck).
    pub bottleneck_capacity: f64,
    /// The asset that limits it.
    pub bottleneck: Asset,
    /// The source feeding the plot (index into the utility's sources).
    pub source: usize,
    /// Links between the plot and its source.
    pub links: usize,
}

impl NetworkState {
    /// The plot's headroom, or `None` when no source in service reaches it.
    pub fn headroom(&self, plot: usize) -> Option<Headroom> {
        let node = self.graph.plot_node(plot);
        let source = *self.routing.source_of.get(node)?.as_ref()? as usize;
        let mut best = Headroom {
            spare: f64::INFINITY,
            bottleneck_capacity: f64::INFINITY,
            bottleneck: Asset::Source(source),
            source,
            links: 0,
        };
        let mut consider = |asset: Asset, capacity: f64, flow: f64| {
            let spare = (capacity - flow).max(0.0);
            if spare < best.spare {
                best.spare = spare;
                best.bottleneck_capacity = capacity;
                best.bottleneck = asset;
            }
        };
        let mut links = 0;
        for link in self.path_links(plot) {
            consider(
                Asset::Link(link),
                self.graph.link_capacity[link],
                self.graph.link_peak(&self.flows, link),
            );
            links += 1;
        }
        consider(
            Asset::Source(source),
            self.graph.source_capacity[source],
            self.graph.source_peak(&self.flows, source),
        );
        best.links = links;
        Some(best)
    }

    /// The links (indices) over which a plot is fed this month, plot first.
    pub fn path_links(&self, plot: usize) -> Vec<usize> {
        let mut links = Vec::new();
        let mut node = self.graph.plot_node(plot);
        while let Some((link, up)) = self.routing.parent.get(node).copied().flatten() {
            links.push(link as usize);
            node = up as usize;
        }
        links
    }

    /// Routes (again, if the sources in service changed) and loads the network with this
    /// month's demand per plot.
    pub fn load(&mut self, in_service: Vec<bool>, plot_demand: Vec<f64>) {
        self.load_keyed(in_service, plot_demand, Vec::new());
    }

    /// Like [`NetworkState::load`], each plot's load shaped by its key.
    pub fn load_keyed(&mut self, in_service: Vec<bool>, plot_demand: Vec<f64>, plot_key: Vec<u16>) {
        if in_service != self.routed_for {
            self.routing = self.graph.route(&in_service, None);
            self.routed_for = in_service;
        }
        self.flows = self
            .graph
            .flows_keyed(&self.routing, &plot_demand, &plot_key);
        self.plot_demand = plot_demand;
        self.plot_key = plot_key;
    }

    /// Takes the capacities in force.
    pub fn set_capacities(&mut self, sources: &[f64], links: &[f64]) {
        self.graph.source_capacity.copy_from_slice(sources);
        self.graph.link_capacity.copy_from_slice(links);
    }

    /// Weighs this month's outages into the served shares: each asset out for `hours`
    /// serves the plots as the network without it would, for that share of the month.
    pub fn apply_outages(&mut self, outages: Vec<(Asset, f64)>) {
        let mut weight_left = 1.0;
        let mut served: Vec<f64> = Vec::new();
        let mut unserved = 0.0;
        for &(asset, hours) in &outages {
            let f = (hours / crate::scenario::HOURS_PER_MONTH).clamp(0.0, 1.0);
            if f <= 0.0 {
                continue;
            }
            let without = self.flows_without(asset);
            if served.is_empty() {
                served = vec![0.0; without.plot_served.len()];
            }
            for (s, w) in served.iter_mut().zip(&without.plot_served) {
                *s += f * w;
            }
            unserved += f * without.unserved;
            weight_left -= f;
        }
        if !served.is_empty() {
            // Overlapping outages can add up to more than the month: scale them to it.
            let norm = (1.0 - weight_left).max(1.0);
            let w = weight_left.max(0.0);
            for (s, intact) in served.iter_mut().zip(&self.flows.plot_served) {
                *s = (*s + w * intact) / norm;
            }
            self.flows.unserved = (unserved + w * self.flows.unserved) / norm;
            self.flows.plot_served = served;
        }
        self.out_now = outages;
    }

    /// Hours an asset is out of service this month.
    pub fn hours_out(&self, asset: Asset) -> f64 {
        self.out_now
            .iter()
            .filter(|(a, _)| *a == asset)
            .fold(0.0, |sum, (_, h)| sum + h)
    }

    /// This month's flows with one asset out of service.
    pub fn flows_without(&self, failed: Asset) -> NetworkFlows {
        let routing = self.graph.route(&self.routed_for, Some(failed));
        self.graph
            .flows_keyed(&routing, &self.plot_demand, &self.plot_key)
    }

    /// Link flows and source outputs for another load per plot, over this month's routing
    /// (for example the full demand every resident has committed to).
    pub fn flows_for(&self, plot_load: &[f64]) -> (Vec<f64>, Vec<f64>) {
        self.graph.totals(&self.routing, plot_load)
    }

    /// The source feeding a plot this month, if any.
    pub fn source_of_plot(&self, plot: usize) -> Option<usize> {
        let node = self.graph.plot_node(plot);
        self.routing
            .source_of
            .get(node)
            .copied()
            .flatten()
            .map(|s| s as usize)
    }
}
