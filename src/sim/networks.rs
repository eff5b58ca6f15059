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
    pub link_capacity: Vec<f64>,
    pub source_capacity: Vec<f64>,
}

/// An asset that can fail: a source or a link of the network (by index).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Asset {
    Source(usize),
    Link(usize),
}

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

    /// Flows, outputs and served shares for the plots' demand (`plot_demand[p]` in the
    /// utility's unit), with the link and source capacities given.
    pub fn flows(&self, routing: &Routing, plot_demand: &[f64]) -> NetworkFlows {
        let n = self.adjacency.len();
        let mut carried = vec![0.0; n];
        let mut flows = NetworkFlows {
            link_flow: vec![0.0; self.links()],
            source_output: vec![0.0; self.sources],
            plot_served: vec![1.0; plot_demand.len()],
            ..Default::default()
        };
        for (p, &demand) in plot_demand.iter().enumerate() {
            let node = self.plot_node(p);
            if routing.source_of[node].is_some() {
                carried[node] = demand;
            } else if demand > 0.0 {
                flows.unreached_demand += demand;
                flows.plot_served[p] = 0.0;
            }
        }
        // Farthest first: each node hands what it carries to the node that feeds it.
        for &node in routing.order.iter().rev() {
            let u = node as usize;
            match routing.parent[u] {
                Some((link, up)) => {
                    flows.link_flow[link as usize] += carried[u];
                    carried[up as usize] += carried[u];
                }
                None if u < self.sources => flows.source_output[u] = carried[u],
                None => {}
            }
        }
        // Nearest first: a node's share is its feeder's, limited by its own link.
        let ratio = |capacity: f64, flow: f64| {
            if flow > capacity {
                capacity / flow
            } else {
                1.0
            }
        };
        let mut share = vec![0.0f64; n];
        for &node in &routing.order {
            let u = node as usize;
            share[u] = match routing.parent[u] {
                Some((link, up)) => share[up as usize].min(ratio(
                    self.link_capacity[link as usize],
                    flows.link_flow[link as usize],
                )),
                None if u < self.sources => ratio(self.source_capacity[u], flows.source_output[u]),
                None => 0.0,
            };
        }
        for (p, &demand) in plot_demand.iter().enumerate() {
            let node = self.plot_node(p);
            if routing.source_of[node].is_some() {
                flows.plot_served[p] = share[node];
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
    let network = scenario
        .network_of(graph.utility)
        .expect("the graph was built from this network");
    let intact = graph.flows(&graph.route(in_service, None), plot_demand);
    let mut table = Vec::new();
    let sources = &scenario.utilities[graph.utility].sources;
    let assets = (0..graph.sources)
        .filter(|&s| in_service.get(s).copied().unwrap_or(true))
        .map(Asset::Source)
        .chain((0..graph.links()).map(Asset::Link));
    for asset in assets {
        let out = graph.flows(&graph.route(in_service, Some(asset)), plot_demand);
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
    /// Each plot's demand this month, the utility's unit.
    pub plot_demand: Vec<f64>,
    pub flows: NetworkFlows,
}

impl NetworkStates {
    pub fn new(scenario: &Scenario) -> Self {
        Self(
            scenario
                .networks
                .iter()
                .map(|network| NetworkState {
                    graph: NetworkGraph::new(scenario, network),
                    routed_for: Vec::new(),
                    routing: Routing::default(),
                    plot_demand: vec![0.0; scenario.plots.len()],
                    flows: NetworkFlows::default(),
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
            source,
            links: 0,
        };
        let mut consider = |capacity: f64, flow: f64| {
            let spare = (capacity - flow).max(0.0);
            if spare < best.spare {
                best.spare = spare;
                best.bottleneck_capacity = capacity;
            }
        };
        for link in self.path_links(plot) {
            consider(self.graph.link_capacity[link], self.flows.link_flow[link]);
            best.links += 1;
        }
        consider(
            self.graph.source_capacity[source],
            self.flows.source_output[source],
        );
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
        if in_service != self.routed_for {
            self.routing = self.graph.route(&in_service, None);
            self.routed_for = in_service;
        }
        self.flows = self.graph.flows(&self.routing, &plot_demand);
        self.plot_demand = plot_demand;
    }
}

/// One asset's load in one month, as `networks.csv` lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct AssetLoad {
    pub utility: String,
    pub asset: String,
    /// "source", "link" (between sources and junctions) or "service line" (to a plot).
    pub kind: &'static str,
    /// The utility's unit (MW, m³/h, t/h).
    pub capacity: f64,
    pub flow: f64,
}

impl AssetLoad {
    /// Flow as a share of capacity, percent (0 with no flow; infinite with no capacity).
    pub fn loading_pct(&self) -> f64 {
        if self.flow <= 0.0 {
            0.0
        } else if self.capacity > 0.0 {
            100.0 * self.flow / self.capacity
        } else {
            f64::INFINITY
        }
    }
}

/// Every source and link of every network with its load in the last simulated month.
pub fn asset_loads(scenario: &Scenario, states: &NetworkStates) -> Vec<AssetLoad> {
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
                capacity: source.capacity,
                flow: state.flows.source_output.get(s).copied().unwrap_or(0.0),
            });
        }
        for (l, link) in network.links.iter().enumerate() {
            let to_plot =
                matches!(link.from, NodeRef::Plot(_)) || matches!(link.to, NodeRef::Plot(_));
            rows.push(AssetLoad {
                utility: utility.id.clone(),
                asset: link.id.clone(),
                kind: if to_plot { "service line" } else { "link" },
                capacity: link.capacity,
                flow: state.flows.link_flow.get(l).copied().unwrap_or(0.0),
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
        return n_minus_one(scenario, &state.graph, &in_service, &state.plot_demand);
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
