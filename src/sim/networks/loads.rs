//! Every asset's load in a month, as `networks.csv` lists it.

use super::*;

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
