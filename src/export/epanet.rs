//! A water network as an EPANET input file (`.inp`), for engineers to take the hydraulics
//! further (EPANET itself, or Python's `wntr`). Sources become reservoirs, junctions stay
//! junctions, plots become junctions whose base demand is their water demand in the
//! exported month (m³/h; flow units CMH), and links become pipes whose diameter is sized
//! from the link's capacity at 1.5 m/s. Elevations, the reservoirs' head and the pipes'
//! roughness are planning assumptions stated in the file's title; a hydraulic engineer
//! replaces them with survey data.

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
        "the scene has no water utility to export".to_owned()
    } else {
        format!(
            "no network is given for the water utilities of the scene ({}); EPANET needs pipes",
            water.join(", ")
        )
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
                .ok_or_else(|| format!("there is no utility \"{id}\""))?;
            if s.utilities[u].kind != UtilityKind::Water {
                return Err(format!(
                    "utility \"{id}\" is not water; EPANET models water networks"
                ));
            }
            if s.network_of(u).is_none() {
                return Err(format!("utility \"{id}\" has no network in the scene"));
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

/// An EPANET id: at most 31 characters, no spaces or semicolons.
fn epanet_id(prefix: &str, id: &str) -> String {
    let clean: String = format!("{prefix}{id}")
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "-_.".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    clean.chars().take(31).collect()
}

/// The `.inp` text of water utility `utility` (which must have a network).
pub fn inp(park: &ParkAtMonth, utility: usize) -> String {
    let s = &park.scenario;
    let spec = &s.utilities[utility];
    let network = s
        .network_of(utility)
        .expect("a water utility with a network");
    let state = park.networks.of(utility);
    let node_id = |n: NodeRef| match n {
        NodeRef::Source(k) => epanet_id("R-", &spec.sources[k].id),
        NodeRef::Junction(j) => epanet_id("J-", &network.junctions[j].id),
        NodeRef::Plot(p) => epanet_id("P-", &s.plots[p].id),
    };
    // The plots and sources the network links (others are left out).
    let mut plots: Vec<usize> = Vec::new();
    let mut sources: Vec<usize> = Vec::new();
    for link in &network.links {
        for end in [link.from, link.to] {
            match end {
                NodeRef::Plot(p) if !plots.contains(&p) => plots.push(p),
                NodeRef::Source(k) if !sources.contains(&k) => sources.push(k),
                _ => {}
            }
        }
    }
    plots.sort_unstable();
    sources.sort_unstable();

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
    for (j, _) in network.junctions.iter().enumerate() {
        let _ = writeln!(out, "{}\t0\t0\t;", node_id(NodeRef::Junction(j)));
    }
    for &p in &plots {
        let demand = state
            .and_then(|st| st.plot_demand.get(p))
            .copied()
            .unwrap_or(0.0);
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
    for link in &network.links {
        // D = sqrt(4 Q / (pi v)), Q in m³/s, D in mm.
        let q_m3_s = link.capacity / 3600.0;
        let diameter_mm = (1000.0
            * (4.0 * q_m3_s / (std::f64::consts::PI * DESIGN_VELOCITY_M_S)).sqrt())
        .max(MIN_DIAMETER_MM);
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{:.2}\t{:.1}\t{ROUGHNESS_HW}\t0\tOpen\t;",
            epanet_id("L-", &link.id),
            node_id(link.from),
            node_id(link.to),
            link.length_m.max(1.0),
            diameter_mm
        );
    }

    let _ = writeln!(out, "\n[OPTIONS]");
    let _ = writeln!(out, "Units\tCMH");
    let _ = writeln!(out, "Headloss\tH-W");
    let _ = writeln!(out, "Demand Multiplier\t1.0");
    let _ = writeln!(out, "\n[TIMES]\nDuration\t0:00\nHydraulic Timestep\t1:00");
    let _ = writeln!(out, "\n[REPORT]\nStatus\tNo\nSummary\tNo");

    let _ = writeln!(out, "\n[COORDINATES]\n;Node\tX-Coord\tY-Coord");
    let mut coordinate = |n: NodeRef| {
        let (x, y) = s.node_location(network, n);
        let _ = writeln!(out, "{}\t{x:.2}\t{y:.2}", node_id(n));
    };
    for (j, _) in network.junctions.iter().enumerate() {
        coordinate(NodeRef::Junction(j));
    }
    for &p in &plots {
        coordinate(NodeRef::Plot(p));
    }
    for &k in &sources {
        coordinate(NodeRef::Source(k));
    }
    out.push_str("\n[END]\n");
    out
}
