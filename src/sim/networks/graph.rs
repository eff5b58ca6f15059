//! A network as a graph, and its routing: each node fed over its shortest path from a
//! source in service, flows summed back along the paths, and the curtailment of plots
//! behind an overloaded link or source.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use crate::scenario::{Network, NodeRef, Scenario};
use crate::sim::load_profiles::UtilityShape;

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
    pub(super) parent: Vec<Option<(u32, u32)>>,
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

    pub(super) fn plot_node(&self, plot: usize) -> usize {
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
