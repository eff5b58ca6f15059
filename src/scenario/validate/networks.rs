//! Checks the utility networks: one per utility at most, junctions with ids of their own,
//! links between known ends with a capacity and matching voltages, and every plot the
//! utility's sources serve reached from a source.

use std::collections::HashMap;

use petgraph::graph::{NodeIndex, UnGraph};
use petgraph::visit::Dfs;

use super::super::error::Place;
use super::super::raw::*;
use super::super::*;
use super::park::Site;
use super::ranges;
use super::{Checker, Ids, Owner, Shown};
use crate::tr;

impl Checker<'_, '_> {
    pub(super) fn networks(
        &mut self,
        utility_ids: &Ids,
        site: &Site,
        utilities: &[Utility],
    ) -> Vec<Network> {
        let raw = self.raw;
        let link_ids = self.ids(
            "links",
            || tr!("scene-kind-link"),
            raw.networks
                .iter()
                .flat_map(|n| n.links.iter().map(|l| l.id.as_str())),
        );
        let mut link_nth = link_ids.nth.iter().copied();
        let mut seen: HashMap<&str, usize> = HashMap::new();
        let mut junction_nth: HashMap<&str, usize> = HashMap::new();
        let mut networks: Vec<Network> = Vec::new();
        for rn in &raw.networks {
            let nth = seen.entry(rn.utility.as_str()).or_insert(0);
            let owner = Owner {
                place: Place::Record {
                    list: "networks",
                    key: "utility",
                    value: &rn.utility,
                    nth: *nth,
                },
                shown: Shown::Word("networks"),
            };
            *nth += 1;
            let links_nth: Vec<usize> = rn
                .links
                .iter()
                .map(|_| link_nth.next().unwrap_or(0))
                .collect();
            let junctions_nth: Vec<usize> = rn
                .junctions
                .iter()
                .map(|j| {
                    let n = junction_nth.entry(j.id.as_str()).or_insert(0);
                    *n += 1;
                    *n - 1
                })
                .collect();
            let Some(utility) = self.resolve(utility_ids, "utility", &rn.utility, &owner) else {
                continue;
            };
            let Some(spec) = utilities.get(utility) else {
                continue;
            };
            if networks.iter().any(|n| n.utility == utility) {
                self.sink.at_place(
                    owner.place,
                    tr!("scene-network-twice", utility = &rn.utility),
                );
                continue;
            }
            let network = self.network(rn, utility, spec, site, &junctions_nth, &links_nth);
            // Every plot a source of the utility serves must be reached from a source.
            let plots = &site.plots;
            let reached = reachable_plots(&network, spec.sources.len(), plots.len());
            let unreached: Vec<&str> = plots
                .iter()
                .enumerate()
                .filter(|(j, p)| !reached[*j] && spec.sources.iter().any(|s| s.serves_plot(*j, p)))
                .map(|(_, p)| p.id.as_str())
                .collect();
            if !unreached.is_empty() {
                let shown: Vec<String> = unreached
                    .iter()
                    .take(5)
                    .map(|id| format!("\"{id}\""))
                    .collect();
                self.sink.at_place(
                    owner.place,
                    tr!(
                        "scene-network-unreached",
                        utility = &rn.utility,
                        count = unreached.len(),
                        plots = shown.join(", ")
                    ),
                );
            }
            networks.push(network);
        }
        networks
    }

    /// One network's junctions and links; `junctions_nth` and `links_nth` tell which of
    /// the records with the same id each one is (0 unless ids repeat).
    fn network(
        &mut self,
        rn: &RawNetwork,
        utility: usize,
        spec: &Utility,
        site: &Site,
        junctions_nth: &[usize],
        links_nth: &[usize],
    ) -> Network {
        // Ends a link may name: the utility's sources, the junctions, the plots.
        let mut ends: Vec<NodeRef> = Vec::new();
        let mut index = HashMap::new();
        for (s, source) in spec.sources.iter().enumerate() {
            index.insert(source.id.clone(), ends.len());
            ends.push(NodeRef::Source(s));
        }
        let mut junctions = Vec::new();
        for (rj, &nth) in rn.junctions.iter().zip(junctions_nth) {
            let j_owner = Owner::thing("junctions", &rj.id, nth, |id| {
                tr!("scene-owner-junction", id = id)
            });
            if index.contains_key(&rj.id) || site.plot_ids.index.contains_key(&rj.id) {
                // Reported and left out: the junctions after it take its place in the list.
                self.sink
                    .at_place(j_owner.place, tr!("scene-junction-id-taken", id = &rj.id));
                continue;
            }
            self.points(&j_owner, "location_m", &[rj.location_m], 1);
            let voltage_kv = rj
                .voltage_kv
                .as_ref()
                .map(|v| self.num(&j_owner, "voltage_kv", v, ranges::VOLTAGE_KV));
            match (voltage_kv, spec.kind == UtilityKind::Power) {
                (Some(_), false) => self.sink.at_key_of(
                    j_owner.place,
                    "voltage_kv",
                    tr!("scene-voltage-not-power", owner = j_owner.shown()),
                ),
                (None, true) => self.sink.at_place(
                    j_owner.place,
                    tr!("scene-voltage-missing", owner = j_owner.shown()),
                ),
                _ => {}
            }
            index.insert(rj.id.clone(), ends.len());
            ends.push(NodeRef::Junction(junctions.len()));
            junctions.push(Junction {
                id: rj.id.clone(),
                location_m: rj.location_m,
                voltage_kv,
            });
        }
        for (id, &p) in &site.plot_ids.index {
            index.entry(id.clone()).or_insert_with(|| {
                ends.push(NodeRef::Plot(p));
                ends.len() - 1
            });
        }
        let end_ids = Ids {
            kind: || tr!("scene-kind-network-end"),
            index,
            nth: Vec::new(),
        };
        let location = |node: NodeRef| match node {
            NodeRef::Source(s) => spec.sources[s].location_m,
            NodeRef::Junction(j) => junctions[j].location_m,
            NodeRef::Plot(p) => site.plots[p].centroid_m,
        };
        let mut links = Vec::new();
        for (rl, &nth) in rn.links.iter().zip(links_nth) {
            let l_owner = Owner::thing("links", &rl.id, nth, |id| tr!("scene-owner-link", id = id));
            let capacity = self.num(&l_owner, "capacity", &rl.capacity, ranges::CAPACITY);
            let from = self.resolve(&end_ids, "from", &rl.from, &l_owner);
            let to = self.resolve(&end_ids, "to", &rl.to, &l_owner);
            let (Some(from), Some(to)) = (from.map(|i| ends[i]), to.map(|i| ends[i])) else {
                continue;
            };
            if from == to {
                self.sink
                    .at_place(l_owner.place, tr!("scene-link-loop", id = &rl.id));
                continue;
            }
            if let Some(message) = voltage_problem(rl, from, to, spec, &junctions) {
                self.sink.at_place(l_owner.place, message);
            }
            let failures = self.failures(&l_owner, &rl.mtbf_years, &rl.repair_hours);
            let ((x0, y0), (x1, y1)) = (location(from), location(to));
            links.push(Link {
                id: rl.id.clone(),
                from,
                to,
                capacity,
                length_m: ((x1 - x0).powi(2) + (y1 - y0).powi(2)).sqrt(),
                transformer: rl.transformer,
                failures,
            });
        }
        Network {
            utility,
            junctions,
            links,
        }
    }
}

/// What is wrong with a link's voltages, if anything: a link of a power network joins
/// equal voltages unless it is a transformer, which joins two different ones.
fn voltage_problem(
    rl: &RawLink,
    from: NodeRef,
    to: NodeRef,
    spec: &Utility,
    junctions: &[Junction],
) -> Option<String> {
    let voltage = |node: NodeRef| match node {
        NodeRef::Source(s) => spec.sources[s].voltage_kv,
        NodeRef::Junction(j) => junctions[j].voltage_kv,
        NodeRef::Plot(_) => None,
    };
    let power = spec.kind == UtilityKind::Power;
    match (voltage(from), voltage(to)) {
        _ if rl.transformer && !power => Some(tr!("scene-transformer-not-power", id = &rl.id)),
        (Some(a), Some(b)) if power && !rl.transformer && a != b => Some(tr!(
            "scene-link-voltage-mismatch",
            id = &rl.id,
            from = a.to_string(),
            to = b.to_string()
        )),
        (Some(a), Some(b)) if rl.transformer && a == b => {
            Some(tr!("scene-transformer-one-level", id = &rl.id))
        }
        (None, _) | (_, None) if rl.transformer => {
            Some(tr!("scene-transformer-one-level", id = &rl.id))
        }
        (None, _) if power && matches!(from, NodeRef::Source(_)) => Some(tr!(
            "scene-voltage-missing",
            owner = tr!("scene-owner-source", id = &rl.from)
        )),
        (_, None) if power && matches!(to, NodeRef::Source(_)) => Some(tr!(
            "scene-voltage-missing",
            owner = tr!("scene-owner-source", id = &rl.to)
        )),
        _ => None,
    }
}

/// Which plots a network links to one of its sources (whatever their dates of service),
/// by a depth-first search from every source.
fn reachable_plots(network: &Network, sources: usize, plots: usize) -> Vec<bool> {
    let junctions = network.junctions.len();
    let node = |n: NodeRef| {
        NodeIndex::new(match n {
            NodeRef::Source(s) => s,
            NodeRef::Junction(j) => sources + j,
            NodeRef::Plot(p) => sources + junctions + p,
        })
    };
    let mut graph =
        UnGraph::<(), ()>::with_capacity(sources + junctions + plots, network.links.len());
    for _ in 0..sources + junctions + plots {
        graph.add_node(());
    }
    for link in &network.links {
        graph.add_edge(node(link.from), node(link.to), ());
    }
    let mut reached = vec![false; plots];
    let mut search = Dfs::empty(&graph);
    for s in 0..sources {
        search.move_to(NodeIndex::new(s));
        while let Some(n) = search.next(&graph) {
            if let Some(plot) = n.index().checked_sub(sources + junctions) {
                reached[plot] = true;
            }
        }
    }
    reached
}
