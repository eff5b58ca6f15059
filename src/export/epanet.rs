//! A water network as an EPANET input file (`.inp`), for engineers to take the hydraulics
//! further (EPANET itself, or Python's `wntr`). Sources become reservoirs, junctions stay
//! junctions, plots become junctions whose base demand is their water demand in the
//! exported month (m³/h; flow units CMH), and links become pipes whose diameter is sized
//! from the link's capacity at 1.5 m/s. Elevations, the reservoirs' head and the pipes'
//! roughness are planning assumptions stated in the file's title; a hydraulic engineer
//! replaces them with survey data.

use std::collections::{HashMap, HashSet};
use std::fmt::Write;

use super::ParkAtMonth;
use crate::scenario::{NodeRef, UtilityKind};

/// Head of every reservoir (source), metres above the flat site.
pub const SOURCE_HEAD_M: f64 = 50.0;
/// Velocity a pipe is sized for at its capacity, m/s.
pub const DESIGN_VELOCITY_M_S: f64 = 1.5;
/// Hazen-Williams roughness of every pipe.
pub const ROUGHNESS_HW: f64 = 130.0;
/// Smallest pipe diameter written, mm.
pub const MIN_DIAMETER_MM: f64 = 50.0;

/// Why no EPANET file can be written for a utility of the scene.
pub fn no_water_network_message(scenario: &crate::scenario::Scenario) -> String {
    let water: Vec<&str> = scenario
        .utilities
        .iter()
        .filter(|u| u.kind == UtilityKind::Water)
        .map(|u| u.id.as_str())
        .collect();
    if water.is_empty() {
        crate::tr!("cli-no-water-utility")
    } else {
        crate::tr!("cli-no-water-network", utilities = water.join(", "))
    }
}

/// The water utility to export: the one asked for, else the first water utility that has
/// a network.
pub fn water_utility(park: &ParkAtMonth, asked: Option<&str>) -> Result<usize, String> {
    let s = &park.scenario;
    match asked {
        Some(id) => {
            let u = s
                .utilities
                .iter()
                .position(|u| u.id == id)
                .ok_or_else(|| crate::tr!("cli-no-utility", id = id))?;
            if s.utilities[u].kind != UtilityKind::Water {
                return Err(crate::tr!("cli-not-water", id = id));
            }
            if s.network_of(u).is_none() {
                return Err(crate::tr!("cli-no-network", id = id));
            }
            Ok(u)
        }
        None => s
            .utilities
            .iter()
            .enumerate()
            .find(|(u, x)| x.kind == UtilityKind::Water && s.network_of(*u).is_some())
            .map(|(u, _)| u)
            .ok_or_else(|| no_water_network_message(s)),
    }
}

/// Longest id EPANET reads.
const MAX_ID_CHARS: usize = 31;

/// An id cleaned for EPANET: letters, digits, `-`, `_` and `.` (others become `_`).
fn clean_id(prefix: &str, id: &str) -> String {
    format!("{prefix}{id}")
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "-_.".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// The ids written to one `.inp` file: each at most 31 characters, no two alike. Cleaning
/// and shortening can make two ids meet (`P-a b` and `P-a_b`, or two long ids that share
/// their first 31 characters); the later one then ends in `_2` (or `_3`, …), shortened to
/// keep within 31 characters.
#[derive(Default)]
struct UniqueIds {
    taken: HashSet<String>,
}

impl UniqueIds {
    fn give(&mut self, prefix: &str, id: &str) -> String {
        let clean = clean_id(prefix, id);
        let first: String = clean.chars().take(MAX_ID_CHARS).collect();
        if self.taken.insert(first.clone()) {
            return first;
        }
        (2..)
            .map(|n| {
                let suffix = format!("_{n}");
                let kept: String = clean.chars().take(MAX_ID_CHARS - suffix.len()).collect();
                kept + &suffix
            })
            .find(|candidate| self.taken.insert(candidate.clone()))
            .unwrap_or_default()
    }
}

/// `value` if it is a finite number, else the message that the file cannot be written.
fn finite(value: f64, what: impl FnOnce() -> String) -> Result<f64, String> {
    if value.is_finite() {
        Ok(value)
    } else {
        Err(crate::tr!(
            "cli-not-finite",
            what = what(),
            value = value.to_string()
        ))
    }
}

/// The `.inp` text of water utility `utility` (which must have a network); an error (to
/// show) when a number to write is not finite.
pub fn inp(park: &ParkAtMonth, utility: usize) -> Result<String, String> {
    let s = &park.scenario;
    let spec = &s.utilities[utility];
    let network = s
        .network_of(utility)
        .ok_or_else(|| crate::tr!("cli-no-network", id = &spec.id))?;
    let state = park.networks.of(utility);
    // The plots and sources the network links (others are left out), in index order.
    let mut linked_plots = vec![false; s.plots.len()];
    let mut linked_sources = vec![false; spec.sources.len()];
    for link in &network.links {
        for end in [link.from, link.to] {
            match end {
                NodeRef::Plot(p) => linked_plots[p] = true,
                NodeRef::Source(k) => linked_sources[k] = true,
                NodeRef::Junction(_) => {}
            }
        }
    }
    let linked = |flags: &[bool]| -> Vec<usize> {
        flags
            .iter()
            .enumerate()
            .filter_map(|(i, &on)| on.then_some(i))
            .collect()
    };
    let (plots, sources) = (linked(&linked_plots), linked(&linked_sources));

    let mut ids = UniqueIds::default();
    let junction_ids: Vec<String> = network
        .junctions
        .iter()
        .map(|j| ids.give("J-", &j.id))
        .collect();
    let mut plot_ids: HashMap<usize, String> = HashMap::with_capacity(plots.len());
    for &p in &plots {
        plot_ids.insert(p, ids.give("P-", &s.plots[p].id));
    }
    let mut source_ids: HashMap<usize, String> = HashMap::with_capacity(sources.len());
    for &k in &sources {
        source_ids.insert(k, ids.give("R-", &spec.sources[k].id));
    }
    let link_ids: Vec<String> = network
        .links
        .iter()
        .map(|l| ids.give("L-", &l.id))
        .collect();
    let node_id = |n: NodeRef| -> &str {
        match n {
            NodeRef::Source(k) => &source_ids[&k],
            NodeRef::Junction(j) => &junction_ids[j],
            NodeRef::Plot(p) => &plot_ids[&p],
        }
    };

    let mut out = String::new();
    let _ = writeln!(out, "[TITLE]");
    let _ = writeln!(
        out,
        "{} - {} ({}), demand of {}",
        s.park.name, spec.name, spec.id, park.month
    );
    let _ = writeln!(
        out,
        "Exported by parksim. Planning assumptions: flat site (elevation 0 m), reservoirs at {SOURCE_HEAD_M} m head,"
    );
    let _ = writeln!(
        out,
        "pipes sized for {DESIGN_VELOCITY_M_S} m/s at their capacity, Hazen-Williams C {ROUGHNESS_HW}. Replace with survey data."
    );

    let _ = writeln!(out, "\n[JUNCTIONS]\n;ID\tElev\tDemand\tPattern");
    for id in &junction_ids {
        let _ = writeln!(out, "{id}\t0\t0\t;");
    }
    for &p in &plots {
        let demand = state
            .and_then(|st| st.plot_demand.get(p))
            .copied()
            .unwrap_or(0.0);
        let demand = finite(demand, || {
            crate::tr!("cli-what-plot-water", id = &s.plots[p].id)
        })?;
        let _ = writeln!(out, "{}\t0\t{demand:.4}\t;", node_id(NodeRef::Plot(p)));
    }

    let _ = writeln!(out, "\n[RESERVOIRS]\n;ID\tHead\tPattern");
    for &k in &sources {
        let _ = writeln!(out, "{}\t{SOURCE_HEAD_M}\t;", node_id(NodeRef::Source(k)));
    }

    let _ = writeln!(
        out,
        "\n[PIPES]\n;ID\tNode1\tNode2\tLength\tDiameter\tRoughness\tMinorLoss\tStatus"
    );
    for (link, id) in network.links.iter().zip(&link_ids) {
        // D = sqrt(4 Q / (pi v)), Q in m³/s, D in mm.
        let q_m3_s = link.capacity / 3600.0;
        let diameter_mm = (1000.0
            * (4.0 * q_m3_s / (std::f64::consts::PI * DESIGN_VELOCITY_M_S)).sqrt())
        .max(MIN_DIAMETER_MM);
        let diameter_mm = finite(diameter_mm, || {
            crate::tr!("cli-what-link-diameter", id = &link.id)
        })?;
        let length_m = finite(link.length_m.max(1.0), || {
            crate::tr!("cli-what-link-length", id = &link.id)
        })?;
        let _ = writeln!(
            out,
            "{id}\t{}\t{}\t{length_m:.2}\t{diameter_mm:.1}\t{ROUGHNESS_HW}\t0\tOpen\t;",
            node_id(link.from),
            node_id(link.to),
        );
    }

    let _ = writeln!(out, "\n[OPTIONS]");
    let _ = writeln!(out, "Units\tCMH");
    let _ = writeln!(out, "Headloss\tH-W");
    let _ = writeln!(out, "Demand Multiplier\t1.0");
    let _ = writeln!(out, "\n[TIMES]\nDuration\t0:00\nHydraulic Timestep\t1:00");
    let _ = writeln!(out, "\n[REPORT]\nStatus\tNo\nSummary\tNo");

    let _ = writeln!(out, "\n[COORDINATES]\n;Node\tX-Coord\tY-Coord");
    let nodes = (0..network.junctions.len())
        .map(NodeRef::Junction)
        .chain(plots.iter().map(|&p| NodeRef::Plot(p)))
        .chain(sources.iter().map(|&k| NodeRef::Source(k)));
    for n in nodes {
        let (x, y) = s.node_location(network, n);
        if !(x.is_finite() && y.is_finite()) {
            return Err(crate::tr!("cli-node-not-finite", id = node_id(n)));
        }
        let _ = writeln!(out, "{}\t{x:.2}\t{y:.2}", node_id(n));
    }
    out.push_str("\n[END]\n");
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::UniqueIds;

    #[test]
    fn ids_that_clean_or_shorten_alike_stay_apart() {
        let mut ids = UniqueIds::default();
        let long = "a-very-long-plot-identifier-of-the-park";
        let given = [
            ids.give("P-", "a b"),
            ids.give("P-", "a_b"),
            ids.give("P-", "a;b"),
            ids.give("P-", &format!("{long}-north")),
            ids.give("P-", &format!("{long}-south")),
            ids.give("P-", "a_b_2"),
        ];
        assert_eq!(given[..3], ["P-a_b", "P-a_b_2", "P-a_b_3"]);
        assert_eq!(given[3].chars().count(), 31);
        assert_eq!(given[4].chars().count(), 31);
        assert!(given[4].ends_with("_2"), "{}", given[4]);
        assert_eq!(given[5], "P-a_b_2_2");
        let distinct: std::collections::HashSet<&String> = given.iter().collect();
        assert_eq!(distinct.len(), given.len());
    }
}
