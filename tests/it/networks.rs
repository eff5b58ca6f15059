//! Utility networks: load along a radial tree and around a ring, curtailment behind an
//! overloaded link, N-1 worked out by hand, and the scene checks of networks.

use crate::common;

use std::path::Path;
use std::sync::Arc;

use parksim::scenario::raw::{Num, RawJunction, RawLink, RawNetwork, RawScenario};
use parksim::scenario::{self, Scenario};
use parksim::sim::networks::{Asset, NetworkGraph, NetworkStates, n_minus_one};

fn small_raw() -> RawScenario {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/small_park.ron");
    scenario::load(&path).unwrap().raw
}

fn junction(id: &str, x: f64, y: f64) -> RawJunction {
    RawJunction {
        id: id.into(),
        location_m: (x, y),
        voltage_kv: Some(Num::plain(10.0)),
    }
}

fn link(id: &str, from: &str, to: &str, capacity: f64) -> RawLink {
    RawLink {
        id: id.into(),
        from: from.into(),
        to: to.into(),
        capacity: Num::plain(capacity),
        transformer: false,
        mtbf_years: None,
        repair_hours: None,
    }
}

fn with_power_network(junctions: Vec<RawJunction>, links: Vec<RawLink>) -> Scenario {
    scenario::from_raw(
        power_network_raw(junctions, links),
        Path::new("network.ron"),
    )
    .unwrap()
}

fn power_network_raw(junctions: Vec<RawJunction>, links: Vec<RawLink>) -> RawScenario {
    let mut raw = small_raw();
    // A source large enough that only the links limit what is delivered.
    raw.utilities[0].sources[0].capacity = Num::plain(100.0);
    for source in &mut raw.utilities[0].sources {
        source.voltage_kv = Some(Num::plain(10.0));
    }
    raw.networks = vec![RawNetwork {
        utility: "power".into(),
        junctions,
        links,
        source: None,
    }];
    raw
}

/// Power source 1 only (source 2 enters service in 2035).
const FIRST_SOURCE_ONLY: [bool; 2] = [true, false];

/// Demand of the six plots S000001..S000006, MW.
const DEMAND: [f64; 6] = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0];

#[test]
fn load_adds_up_along_a_radial_tree() {
    // power-1 → J1 → S1, S2;  J1 → J2 → S3..S6.
    let park = with_power_network(
        vec![junction("J1", 300.0, 0.0), junction("J2", 800.0, 0.0)],
        vec![
            link("trunk", "power-1", "J1", 30.0),
            link("to-s1", "J1", "S000001", 5.0),
            link("to-s2", "J1", "S000002", 5.0),
            link("j1-j2", "J1", "J2", 30.0),
            link("to-s3", "J2", "S000003", 5.0),
            link("to-s4", "J2", "S000004", 5.0),
            link("to-s5", "J2", "S000005", 5.0),
            link("to-s6", "J2", "S000006", 5.0),
        ],
    );
    let graph = NetworkGraph::new(&park, &park.networks[0]);
    let flows = graph.flows(&graph.route(&FIRST_SOURCE_ONLY, None), &DEMAND);
    assert_eq!(
        flows.link_flow,
        vec![21.0, 1.0, 2.0, 18.0, 3.0, 4.0, 5.0, 6.0]
    );
    assert_eq!(flows.source_output, vec![21.0, 0.0]);
    // S6 asks 6 MW of a 5 MW link: it gets 5/6; everyone else is served in full.
    let expected_served = [1.0, 1.0, 1.0, 1.0, 1.0, 5.0 / 6.0];
    for (got, want) in flows.plot_served.iter().zip(expected_served) {
        assert!((got - want).abs() < 1e-12, "{:?}", flows.plot_served);
    }
    assert!((flows.unserved - 1.0).abs() < 1e-12);

    // Headroom: what each plot could still take before something on its path is full.
    let mut states = NetworkStates::new(&park);
    let state = &mut states.0[0];
    state.load(FIRST_SOURCE_ONLY.to_vec(), DEMAND.to_vec());
    let s1 = state.headroom(0).unwrap();
    // S1's line has 5 − 1 = 4 MW spare; the trunk 30 − 21 = 9; the source 100 − 21 = 79.
    assert_eq!((s1.spare, s1.bottleneck_capacity, s1.links), (4.0, 5.0, 2));
    // S3: its line 5 − 3 = 2.
    assert_eq!(state.headroom(2).unwrap().spare, 2.0);
    // S6's line is already over: none.
    assert_eq!(state.headroom(5).unwrap().spare, 0.0);
    assert_eq!(state.path_links(5), vec![7, 3, 0]);
}

/// A ring J1–J2–J3–J4–J1 fed at J1, with plots S1 on J2, S2 on J3 and S3 on J4 (demand
/// 1, 2 and 4 MW). J1–J2–J3 is 202 m and J1–J4–J3 220 m, so J3 is fed through J2 and the
/// ring's open point is the link J3–J4.
fn ring() -> Scenario {
    with_power_network(
        vec![
            junction("J1", 0.0, 0.0),
            junction("J2", 100.0, 0.0),
            junction("J3", 120.0, 100.0),
            junction("J4", 0.0, 100.0),
        ],
        vec![
            link("feed", "power-1", "J1", 50.0),
            link("j1-j2", "J1", "J2", 10.0),
            link("j2-j3", "J2", "J3", 10.0),
            link("j3-j4", "J3", "J4", 10.0),
            link("j4-j1", "J4", "J1", 5.0),
            link("to-s1", "J2", "S000001", 10.0),
            link("to-s2", "J3", "S000002", 10.0),
            link("to-s3", "J4", "S000003", 10.0),
            // The other plots hang off J1 with no demand.
            link("to-s4", "J1", "S000004", 10.0),
            link("to-s5", "J1", "S000005", 10.0),
            link("to-s6", "J1", "S000006", 10.0),
        ],
    )
}

const RING_DEMAND: [f64; 6] = [1.0, 2.0, 4.0, 0.0, 0.0, 0.0];

#[test]
fn a_ring_is_fed_both_ways_with_its_open_point_where_the_paths_meet() {
    let park = ring();
    let graph = NetworkGraph::new(&park, &park.networks[0]);
    let flows = graph.flows(&graph.route(&FIRST_SOURCE_ONLY, None), &RING_DEMAND);
    // feed 7; J1–J2 carries S1 and S2 (3); J2–J3 carries S2 (2); J3–J4 is open (0);
    // J4–J1 carries S3 (4).
    assert_eq!(&flows.link_flow[..5], &[7.0, 3.0, 2.0, 0.0, 4.0]);
    assert_eq!(flows.unserved, 0.0);
}

#[test]
fn n_minus_one_on_the_ring_matches_the_hand_worked_table() {
    let park = ring();
    let graph = NetworkGraph::new(&park, &park.networks[0]);
    let table = n_minus_one(&park, &graph, &FIRST_SOURCE_ONLY, &RING_DEMAND);
    let unserved = |asset: Asset| {
        table
            .iter()
            .find(|c| c.asset == asset)
            .map(|c| c.unserved)
            .unwrap()
    };
    // The source or its feed out: all 7 MW.
    assert_eq!(unserved(Asset::Source(0)), 7.0);
    assert_eq!(unserved(Asset::Link(0)), 7.0);
    // J1–J2 out: all 7 MW go round through J4–J1, rated 5 MW, so 2 MW are not served.
    assert!((unserved(Asset::Link(1)) - 2.0).abs() < 1e-12);
    // J2–J3 out: S2 is fed through J4; J4–J1 then carries 6 MW of its 5: 1 MW short.
    assert!((unserved(Asset::Link(2)) - 1.0).abs() < 1e-12);
    // The open point out changes nothing; J4–J1 out: J1–J2 carries 7 of its 10 MW.
    assert_eq!(unserved(Asset::Link(3)), 0.0);
    assert_eq!(unserved(Asset::Link(4)), 0.0);
    // A plot's own service line out: that plot's demand.
    assert_eq!(unserved(Asset::Link(7)), 4.0);
    assert_eq!(unserved(Asset::Link(8)), 0.0);
    // Only the source in service is listed, then every link.
    assert_eq!(table.len(), 1 + 11);
    assert_eq!(table[0].flow, 7.0);
}

#[test]
fn a_plot_behind_an_overloaded_feeder_is_curtailed_in_the_run() {
    // Every plot on its own line from source 1; S000004's line carries nothing.
    let plots = [
        "S000001", "S000002", "S000003", "S000004", "S000005", "S000006",
    ];
    let links: Vec<RawLink> = plots
        .iter()
        .map(|p| {
            link(
                &format!("to-{p}"),
                "power-1",
                p,
                if *p == "S000004" { 0.0 } else { 100.0 },
            )
        })
        .collect();
    let mut raw = power_network_raw(Vec::new(), links);
    // Siting keeps prospects off S000004 (its line has no headroom); a named resident
    // placed there by the scene still comes, and gets no power.
    raw.anchors = vec![common::anchor(
        "on-s4",
        "food_processing",
        "S000004",
        "2025-01",
        "2025-06",
    )];
    let park = Arc::new(scenario::from_raw(raw, Path::new("network.ron")).unwrap());
    let mut sim = common::run(&park, 1, 240);
    let firms = sim.firms();
    let producing: Vec<_> = firms
        .iter()
        .filter(|(_, activity, _)| activity.capacity_share > 0.0)
        .collect();
    assert!(
        producing.iter().any(|(f, _, _)| f.plot == 3),
        "the test needs a producing firm on S000004: {:?}",
        firms.iter().map(|(f, _, _)| f.plot).collect::<Vec<_>>()
    );
    for (firm, activity, _) in producing {
        let uses_power = park.archetypes[firm.archetype]
            .uses
            .iter()
            .any(|u| u.utility == 0);
        if firm.plot == 3 && uses_power {
            assert_eq!(activity.served_share, 0.0, "no power reaches S000004");
        } else {
            assert!(activity.served_share > 0.0);
        }
    }
}

#[test]
fn networks_are_checked_with_clear_messages() {
    let mut raw = small_raw();
    raw.networks = vec![RawNetwork {
        utility: "power".into(),
        junctions: vec![junction("J1", 0.0, 0.0), junction("S000001", 1.0, 1.0)],
        links: vec![
            link("a", "power-1", "J1", 10.0),
            link("b", "J1", "S00002", 10.0),
            link("c", "J1", "J1", 10.0),
            link("d", "J1", "S000003", -1.0),
        ],
        source: None,
    }];
    let errors = scenario::from_raw(raw, Path::new("bad.ron"))
        .unwrap_err()
        .to_string();
    for expected in [
        "has the id of a source or a plot",
        "\"S00002\", which is not defined; did you mean \"S000002\"?",
        "runs from a point to itself",
        "link \"d\"",
        "does not reach",
    ] {
        assert!(errors.contains(expected), "no \"{expected}\" in:\n{errors}");
    }
}

#[test]
fn a_shared_feeder_peaks_at_midday_and_cuts_the_second_priority_first() {
    // power-1 → J1 (trunk, 7 MW) → S1 (light chemistry, 4 MW flat, priority 1) and
    // S2 (plastics, 2 MW on a day shift, priority 2).
    let mut raw = power_network_raw(
        vec![junction("J1", 300.0, 0.0)],
        vec![
            link("trunk", "power-1", "J1", 7.0),
            link("to-s1", "J1", "S000001", 10.0),
            link("to-s2", "J1", "S000002", 10.0),
            link("to-s3", "J1", "S000003", 10.0),
            link("to-s4", "J1", "S000004", 10.0),
            link("to-s5", "J1", "S000005", 10.0),
            link("to-s6", "J1", "S000006", 10.0),
        ],
    );
    for a in &mut raw.archetypes {
        if a.id == "plastics" {
            a.load_profile = scenario::LoadProfile::DayShift;
        }
    }
    raw.curtailment = Some(parksim::scenario::raw::RawCurtailment {
        default_priority: 1,
        rules: vec![parksim::scenario::raw::RawCurtailmentRule {
            utility: None,
            sector: None,
            archetype: Some("plastics".into()),
            priority: 2,
        }],
        source: None,
    });
    let park = scenario::from_raw(raw, Path::new("peak.ron")).unwrap();
    let graph = NetworkGraph::new(&park, &park.networks[0]);
    let key = |id: &str| {
        let k = park.archetypes.iter().position(|a| a.id == id).unwrap();
        graph.shape.archetype_key[k]
    };
    let demand = [4.0, 2.0, 0.0, 0.0, 0.0, 0.0];
    let keys = [key("light_chemistry"), key("plastics"), 0, 0, 0, 0];
    let flows = graph.flows_keyed(&graph.route(&FIRST_SOURCE_ONLY, None), &demand, &keys);
    // Averages add up as before; the peak is 4 + 2 × 2 = 8 MW from 08:00 to 17:00.
    assert_eq!(flows.link_flow[0], 6.0);
    assert!((graph.link_peak(&flows, 0) - 8.0).abs() < 1e-12);
    assert!((graph.link_peak(&flows, 2) - 4.0).abs() < 1e-12);
    // For those 9 hours the trunk's 7 MW go to S1's 4 MW first; S2 gets 3 of its 4 MW:
    // 9 MWh of its 48 MWh a day are missed.
    assert_eq!(flows.plot_served[0], 1.0);
    assert!((flows.plot_served[1] - (1.0 - 9.0 / 48.0)).abs() < 1e-12);
    assert!((flows.unserved - 9.0 / 24.0).abs() < 1e-12);
}
