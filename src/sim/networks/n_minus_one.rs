//! The N-1 table: for every source in service and every link, what its failure alone
//! would leave unserved with a month's demand.

use super::*;

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
