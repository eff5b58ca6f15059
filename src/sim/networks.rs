//! Utility networks at planning level: each month, the load of every plot travels over its
//! feeders and pipes to the source that feeds it, giving every link's flow and loading and
//! every source's output. A meshed ring is operated radially, as distribution rings are:
//! each node is fed over its shortest path (by length) from a source in service, which puts
//! the ring's open point where the paths from its sources meet. An overloaded link or
//! source curtails the plots behind it in proportion (capacity ÷ flow), so a plot's served
//! share is the smallest ratio on its path; a plot no source reaches is not served. The
//! same routing answers the N-1 question: what is left unserved if one asset fails.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use bevy::prelude::*;

use super::load_profiles::UtilityShape;
use crate::scenario::{Network, NodeRef, Scenario, YearMonth};

/// A network as a graph: nodes are the utility's sources, then its junctions, then every
/// plot of the scene; links keep their order.
#[derive(Clone, Debug)]
pub struct NetworkGraph {
    pub utility: usize,
    pub sources: usize,
    pub junctions: usize,
    /// Per node, its (neighbour, link) pairs.
    adjacency: Vec<Vec<(u32, u32)>>,
    pub link_length_m: Vec<f64>,
    /// Capacities in force (the scene's, plus expansions completed).
    pub link_capacity: Vec<f64>,
    pub source_capacity: Vec<f64>,
    /// How loads on the utility peak over a day and who is cut first.
    pub shape: UtilityShape,
}

pub use crate::scenario::Asset;

/// Which way every node is fed: built once per set of sources in service (and failure).
#[derive(Clone, Debug, Default)]
pub struct Routing {
    /// Per node, the link toward its source and the node at its other end.
    parent: Vec<Option<(u32, u32)>>,
    /// Nodes reached, nearest first (each node after the node that feeds it).
    order: Vec<u32>,
    /// Per node, the source feeding it.
    pub source_of: Vec<Option<u32>>,
}

/// One month's state of a network.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NetworkFlows {
    /// Flow on each link, the utility's unit.
    pub link_flow: Vec<f64>,
    /// Output asked of each source.
    pub source_output: Vec<f64>,
    /// Share of each plot's demand delivered, 0–1 (1 where nothing is asked).
    pub plot_served: Vec<f64>,
    /// Demand of plots that no source reaches.
    pub unreached_demand: f64,
    /// Demand not delivered, unreached plots included.
    pub unserved: f64,
    /// Per link, its load per key (see [`UtilityShape`]), `links × keys`.
    pub link_keyed: Vec<f64>,
    /// Per source, its load per key, `sources × keys`.
    pub source_keyed: Vec<f64>,
}

#[derive(PartialEq)]
struct Candidate {
    distance_m: f64,
    node: u32,
}

impl Eq for Candidate {}

impl Ord for Candidate {
    fn cmp(&self, other: &Self) -> Ordering {
        // A min-heap on distance; ties by node for a deterministic order.
        other
            .distance_m
            .total_cmp(&self.distance_m)
            .then_with(|| other.node.cmp(&self.node))
    }
}

impl PartialOrd for Candidate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl NetworkGraph {
    pub fn new(scenario: &Scenario, network: &Network) -> Self {
        let utility = &scenario.utilities[network.utility];
        let sources = utility.sources.len();
        let junctions = network.junctions.len();
        let nodes = sources + junctions + scenario.plots.len();
        let mut adjacency = vec![Vec::new(); nodes];
        let index = |n: NodeRef| match n {
            NodeRef::Source(s) => s,
            NodeRef::Junction(j) => sources + j,
            NodeRef::Plot(p) => sources + junctions + p,
        } as u32;
        for (l, link) in network.links.iter().enumerate() {
            let (a, b) = (index(link.from), index(link.to));
            adjacency[a as usize].push((b, l as u32));
            adjacency[b as usize].push((a, l as u32));
        }
        Self {
            utility: network.utility,
            sources,
            junctions,
            adjacency,
            link_length_m: network.links.iter().map(|l| l.length_m).collect(),
            link_capacity: network.links.iter().map(|l| l.capacity).collect(),
            source_capacity: utility.sources.iter().map(|s| s.capacity).collect(),
            shape: UtilityShape::new(scenario, network.utility),
        }
    }

    /// A link's peak load in these flows.
    pub fn link_peak(&self, flows: &NetworkFlows, link: usize) -> f64 {
        let k = self.shape.keys();
        flows
            .link_keyed
            .get(link * k..(link + 1) * k)
            .map_or(0.0, |loads| self.shape.peak(loads))
    }

    /// A source's peak output in these flows.
    pub fn source_peak(&self, flows: &NetworkFlows, source: usize) -> f64 {
        let k = self.shape.keys();
        flows
            .source_keyed
            .get(source * k..(source + 1) * k)
            .map_or(0.0, |loads| self.shape.peak(loads))
    }

    /// An asset's peak load and capacity in these flows.
    pub fn asset_peak(&self, flows: &NetworkFlows, asset: Asset) -> (f64, f64) {
        match asset {
            Asset::Source(s) => (self.source_peak(flows, s), self.source_capacity[s]),
            Asset::Link(l) => (self.link_peak(flows, l), self.link_capacity[l]),
        }
    }

    fn plot_node(&self, plot: usize) -> usize {
        self.sources + self.junctions + plot
    }

    pub fn links(&self) -> usize {
        self.link_capacity.len()
    }

    /// Feeds every node over its shortest path from a source in service, leaving out a
    /// failed asset if one is given.
    pub fn route(&self, in_service: &[bool], failed: Option<Asset>) -> Routing {
        let n = self.adjacency.len();
        let mut distance = vec![f64::INFINITY; n];
        let mut routing = Routing {
            parent: vec![None; n],
            order: Vec::new(),
            source_of: vec![None; n],
        };
        let mut heap = BinaryHeap::new();
        let feeding = (0..self.sources).filter(|&s| {
            in_service.get(s).copied().unwrap_or(true) && failed != Some(Asset::Source(s))
        });
        for s in feeding {
            distance[s] = 0.0;
            routing.source_of[s] = Some(s as u32);
            heap.push(Candidate {
                distance_m: 0.0,
                node: s as u32,
            });
        }
        let mut done = vec![false; n];
        while let Some(Candidate { distance_m, node }) = heap.pop() {
            let u = node as usize;
            if std::mem::replace(&mut done[u], true) {
                continue;
            }
            routing.order.push(node);
            // Plots take power; they do not pass it on to other plots.
            if u >= self.sources + self.junctions {
                continue;
            }
            for &(v, link) in &self.adjacency[u] {
                if failed == Some(Asset::Link(link as usize)) {
                    continue;
                }
                let d = distance_m + self.link_length_m[link as usize];
                if d < distance[v as usize] {
                    distance[v as usize] = d;
                    routing.parent[v as usize] = Some((link, node));
                    routing.source_of[v as usize] = routing.source_of[u];
                    heap.push(Candidate {
                        distance_m: d,
                        node: v,
                    });
                }
            }
        }
        routing
    }

    /// Per source and per link, the sum of the plots' loads behind it over this routing
    /// (no curtailment, no profiles): (source totals, link totals).
    pub fn totals(&self, routing: &Routing, plot_load: &[f64]) -> (Vec<f64>, Vec<f64>) {
        let mut carried = vec![0.0; self.adjacency.len()];
        let mut sources = vec![0.0; self.sources];
        let mut links = vec![0.0; self.links()];
        for (p, &load) in plot_load.iter().enumerate() {
            carried[self.plot_node(p)] = load;
        }
        for &node in routing.order.iter().rev() {
            let u = node as usize;
            if carried[u] == 0.0 {
                continue;
            }
            match routing.parent[u] {
                Some((link, up)) => {
                    links[link as usize] += carried[u];
                    carried[up as usize] += carried[u];
                }
                None if u < self.sources => sources[u] = carried[u],
                None => {}
            }
        }
        (sources, links)
    }

    /// Flows, outputs and served shares for the plots' demand (`plot_demand[p]` in the
    /// utility's unit, a daily average), every plot on the first key (a flat load).
    pub fn flows(&self, routing: &Routing, plot_demand: &[f64]) -> NetworkFlows {
        self.flows_keyed(routing, plot_demand, &[])
    }

    /// Flows, outputs and served shares for the plots' average demand, each plot's load
    /// shaped by its key (`plot_key[p]`, see [`UtilityShape`]; key 0 where the slice is
    /// short). An asset whose peak exceeds its capacity curtails the plots behind it,
    /// lower priorities first; a plot's share is the smallest on its path.
    pub fn flows_keyed(
        &self,
        routing: &Routing,
        plot_demand: &[f64],
        plot_key: &[u16],
    ) -> NetworkFlows {
        let n = self.adjacency.len();
        let keys = self.shape.keys();
        let classes = self.shape.classes;
        let mut carried = vec![0.0; n * keys];
        let mut flows = NetworkFlows {
            link_flow: vec![0.0; self.links()],
            source_output: vec![0.0; self.sources],
            plot_served: vec![1.0; plot_demand.len()],
            link_keyed: vec![0.0; self.links() * keys],
            source_keyed: vec![0.0; self.sources * keys],
            ..Default::default()
        };
        let key_of = |p: usize| plot_key.get(p).map_or(0, |&k| k as usize);
        for (p, &demand) in plot_demand.iter().enumerate() {
            let node = self.plot_node(p);
            if routing.source_of[node].is_some() {
                carried[node * keys + key_of(p)] = demand;
            } else if demand > 0.0 {
                flows.unreached_demand += demand;
                flows.plot_served[p] = 0.0;
            }
        }
        let first_plot = self.sources + self.junctions;
        let idle_plot =
            |u: usize| u >= first_plot && plot_demand.get(u - first_plot).is_none_or(|&d| d <= 0.0);
        // Farthest first: each node hands what it carries to the node that feeds it.
        for &node in routing.order.iter().rev() {
            let u = node as usize;
            if idle_plot(u) {
                continue;
            }
            let (from, to) = match routing.parent[u] {
                Some((link, up)) => {
                    for k in 0..keys {
                        let c = carried[u * keys + k];
                        flows.link_keyed[link as usize * keys + k] += c;
                        carried[up as usize * keys + k] += c;
                    }
                    continue;
                }
                None if u < self.sources => (u * keys, u * keys + keys),
                None => continue,
            };
            flows.source_keyed[from..to].copy_from_slice(&carried[from..to]);
        }
        for (l, flow) in flows.link_flow.iter_mut().enumerate() {
            *flow = flows.link_keyed[l * keys..(l + 1) * keys].iter().sum();
        }
        for (s, output) in flows.source_output.iter_mut().enumerate() {
            *output = flows.source_keyed[s * keys..(s + 1) * keys].iter().sum();
        }
        // Nearest first: a node's share per class is its feeder's, limited by its own link.
        let mut share = vec![0.0f64; n * classes];
        let mut at_asset = vec![1.0; classes];
        for &node in &routing.order {
            let u = node as usize;
            if idle_plot(u) {
                // Nothing flows to it: it would get what its feeder gets.
                if let Some((_, up)) = routing.parent[u] {
                    let up = up as usize;
                    share.copy_within(up * classes..(up + 1) * classes, u * classes);
                }
                continue;
            }
            let (loads, capacity, up) = match routing.parent[u] {
                Some((link, up)) => (
                    &flows.link_keyed[link as usize * keys..(link as usize + 1) * keys],
                    self.link_capacity[link as usize],
                    Some(up as usize),
                ),
                None if u < self.sources => (
                    &flows.source_keyed[u * keys..(u + 1) * keys],
                    self.source_capacity[u],
                    None,
                ),
                None => continue,
            };
            self.shape.curtail(loads, capacity, &mut at_asset);
            for c in 0..classes {
                let above = up.map_or(1.0, |up| share[up * classes + c]);
                share[u * classes + c] = above.min(at_asset[c]);
            }
        }
        for (p, &demand) in plot_demand.iter().enumerate() {
            let node = self.plot_node(p);
            if routing.source_of[node].is_some() {
                flows.plot_served[p] = share[node * classes + self.shape.class_of(key_of(p))];
            }
            flows.unserved += demand * (1.0 - flows.plot_served[p]);
        }
        flows
    }
}

/// Which sources of a utility are in service in a month.
pub fn sources_in_service(scenario: &Scenario, utility: usize, month: YearMonth) -> Vec<bool> {
    scenario.utilities[utility]
        .sources
        .iter()
        .map(|s| s.in_service_at(month))
        .collect()
}

/// One line of the N-1 table: an asset, and what its failure leaves unserved.
#[derive(Clone, Debug, PartialEq)]
pub struct Contingency {
    pub asset: Asset,
    pub id: String,
    /// Its capacity and what it carries now, the utility's unit.
    pub capacity: f64,
    pub flow: f64,
    /// Demand left unserved with the asset out (beyond what is unserved intact).
    pub unserved: f64,
}

/// The N-1 table of a network for the plots' demand: every source in service and every
/// link, each taken out alone.
pub fn n_minus_one(
    scenario: &Scenario,
    graph: &NetworkGraph,
    in_service: &[bool],
    plot_demand: &[f64],
) -> Vec<Contingency> {
    n_minus_one_keyed(scenario, graph, in_service, plot_demand, &[])
}

/// The N-1 table with each plot's load shaped by its key (see [`NetworkGraph::flows_keyed`]).
pub fn n_minus_one_keyed(
    scenario: &Scenario,
    graph: &NetworkGraph,
    in_service: &[bool],
    plot_demand: &[f64],
    plot_key: &[u16],
) -> Vec<Contingency> {
    let network = scenario
        .network_of(graph.utility)
        .expect("the graph was built from this network");
    let intact = graph.flows_keyed(&graph.route(in_service, None), plot_demand, plot_key);
    let mut table = Vec::new();
    let sources = &scenario.utilities[graph.utility].sources;
    let assets = (0..graph.sources)
        .filter(|&s| in_service.get(s).copied().unwrap_or(true))
        .map(Asset::Source)
        .chain((0..graph.links()).map(Asset::Link));
    for asset in assets {
        let out = graph.flows_keyed(&graph.route(in_service, Some(asset)), plot_demand, plot_key);
        let (id, capacity, flow) = match asset {
            Asset::Source(s) => (
                sources[s].id.clone(),
                graph.source_capacity[s],
                intact.source_output[s],
            ),
            Asset::Link(l) => (
                network.links[l].id.clone(),
                graph.link_capacity[l],
                intact.link_flow[l],
            ),
        };
        table.push(Contingency {
            asset,
            id,
            capacity,
            flow,
            unserved: (out.unserved - intact.unserved).max(0.0),
        });
    }
    table
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

/// One asset's load in one month, as `networks.csv` lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct AssetLoad {
    pub utility: String,
    pub asset: String,
    /// "source", "link" (between sources and junctions) or "service line" (to a plot).
    pub kind: &'static str,
    /// The utility's unit (MW, m³/h, t/h); capacity in force, expansions included.
    pub capacity: f64,
    /// Daily average flow.
    pub flow: f64,
    /// Peak hour's flow (the daily profiles and diversity applied).
    pub peak: f64,
    /// Hours out of service this month (failures and scheduled outages).
    pub hours_out: f64,
}

impl AssetLoad {
    /// Peak as a share of capacity, percent (0 with no flow; infinite with no capacity).
    pub fn loading_pct(&self) -> f64 {
        loading_pct(self.peak, self.capacity)
    }
}

/// A peak as a share of a capacity, percent: 0 with no load, infinite with load and no
/// capacity.
pub fn loading_pct(peak: f64, capacity: f64) -> f64 {
    if peak <= 0.0 {
        0.0
    } else if capacity > 0.0 {
        100.0 * peak / capacity
    } else {
        f64::INFINITY
    }
}

/// Every source and link of every network with its load in the last simulated month;
/// the service lines to plots only with `service_lines`.
pub fn asset_loads(
    scenario: &Scenario,
    states: &NetworkStates,
    service_lines: bool,
) -> Vec<AssetLoad> {
    let mut rows = Vec::new();
    for state in &states.0 {
        let utility = &scenario.utilities[state.graph.utility];
        let network = scenario
            .network_of(state.graph.utility)
            .expect("a state per network");
        for (s, source) in utility.sources.iter().enumerate() {
            rows.push(AssetLoad {
                utility: utility.id.clone(),
                asset: source.id.clone(),
                kind: "source",
                capacity: state.graph.source_capacity[s],
                flow: state.flows.source_output.get(s).copied().unwrap_or(0.0),
                peak: state.graph.source_peak(&state.flows, s),
                hours_out: state.hours_out(Asset::Source(s)),
            });
        }
        for (l, link) in network.links.iter().enumerate() {
            let to_plot =
                matches!(link.from, NodeRef::Plot(_)) || matches!(link.to, NodeRef::Plot(_));
            if to_plot && !service_lines {
                continue;
            }
            rows.push(AssetLoad {
                utility: utility.id.clone(),
                asset: link.id.clone(),
                kind: if to_plot { "service line" } else { "link" },
                capacity: state.graph.link_capacity[l],
                flow: state.flows.link_flow.get(l).copied().unwrap_or(0.0),
                peak: state.graph.link_peak(&state.flows, l),
                hours_out: state.hours_out(Asset::Link(l)),
            });
        }
    }
    rows
}

/// The N-1 table of one utility in a month: its network's assets, or, for a utility
/// without a network, each source in service against the pooled capacity.
/// `demand` and `capacity` are the utility's park-wide demand and capacity in service.
pub fn utility_n_minus_one(
    scenario: &Scenario,
    states: &NetworkStates,
    utility: usize,
    month: YearMonth,
    demand: f64,
    capacity: f64,
) -> Vec<Contingency> {
    let in_service = sources_in_service(scenario, utility, month);
    if let Some(state) = states.of(utility) {
        return n_minus_one_keyed(
            scenario,
            &state.graph,
            &in_service,
            &state.plot_demand,
            &state.plot_key,
        );
    }
    let short_now = (demand - capacity).max(0.0);
    scenario.utilities[utility]
        .sources
        .iter()
        .enumerate()
        .filter(|(k, _)| in_service[*k])
        .map(|(k, s)| Contingency {
            asset: Asset::Source(k),
            id: s.id.clone(),
            capacity: s.capacity,
            flow: if capacity > 0.0 {
                demand.min(capacity) * s.capacity / capacity
            } else {
                0.0
            },
            unserved: (demand - (capacity - s.capacity)).max(0.0) - short_now,
        })
        .collect()
}
