//! Exports read back: the GeoJSON is an RFC 7946 FeatureCollection whose features hold the
//! park's layout and networks; the EPANET file has every section EPANET needs, every pipe
//! between declared nodes, and the plots' water demand as base demands.

use std::collections::HashSet;
use std::path::Path;
use std::process::{Command, Output};

use geographiclib_rs::{Geodesic, InverseGeodesic};
use parksim::export::{ParkAtMonth, epanet, geojson};
use parksim::scenario::{UtilityKind, synthetic};
use serde_json::Value;

use crate::common;

const SCENE: &str = "tests/fixtures/network_park.ron";

fn parksim(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parksim"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("parksim runs")
}

fn export(format: &str, name: &str) -> String {
    let scratch = crate::common::scratch("export");
    let path = scratch.path().join(name);
    let o = parksim(&[
        "export",
        SCENE,
        "--format",
        format,
        "--month",
        "2045-01",
        "--out",
        path.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    std::fs::read_to_string(path).unwrap()
}

fn positions(geometry: &Value) -> Vec<(f64, f64)> {
    fn walk(v: &Value, out: &mut Vec<(f64, f64)>) {
        match v.as_array() {
            Some(a) if a.len() == 2 && a.iter().all(Value::is_number) => {
                out.push((a[0].as_f64().unwrap(), a[1].as_f64().unwrap()))
            }
            Some(a) => a.iter().for_each(|x| walk(x, out)),
            None => panic!("not a position: {v}"),
        }
    }
    let mut out = Vec::new();
    walk(&geometry["coordinates"], &mut out);
    out
}

#[test]
fn geojson_is_a_feature_collection_of_the_park_and_its_networks() {
    let text = export("geojson", "park.geojson");
    let doc: Value = serde_json::from_str(&text).expect("valid JSON");
    assert_eq!(doc["type"], "FeatureCollection");
    let features = doc["features"].as_array().unwrap();
    let mut layers = std::collections::HashMap::<String, usize>::new();
    for f in features {
        assert_eq!(f["type"], "Feature");
        assert!(f["properties"].is_object());
        let geometry = &f["geometry"];
        let kind = geometry["type"].as_str().unwrap();
        assert!(["Polygon", "LineString", "Point"].contains(&kind), "{kind}");
        for (lon, lat) in positions(geometry) {
            // Longitude first, then latitude, near the park's origin (38.56 N, 68.79 E).
            assert!(
                (68.7..68.9).contains(&lon) && (38.5..38.6).contains(&lat),
                "{lon} {lat}"
            );
        }
        if kind == "Polygon" {
            let ring: Vec<(f64, f64)> = positions(geometry);
            assert!(ring.len() >= 4);
            assert_eq!(ring.first(), ring.last(), "a closed ring");
            let twice_area: f64 = ring
                .windows(2)
                .map(|w| w[0].0 * w[1].1 - w[1].0 * w[0].1)
                .sum();
            assert!(twice_area > 0.0, "exterior rings run counter-clockwise");
        }
        if kind == "LineString" {
            assert!(positions(geometry).len() >= 2);
        }
        *layers
            .entry(f["properties"]["layer"].as_str().unwrap().to_owned())
            .or_default() += 1;
    }
    assert_eq!(layers["park"], 1);
    assert_eq!(layers["plot"], 6);
    assert_eq!(
        layers["source"], 10,
        "two sources of each of five utilities"
    );
    assert_eq!(layers["junction"], 4 + 2);
    assert_eq!(layers["link"], 12 + 9);
    let plot = features
        .iter()
        .find(|f| f["properties"]["id"] == "S000001")
        .unwrap();
    assert_eq!(plot["properties"]["layer"], "plot");
    assert!(plot["properties"]["area_ha"].as_f64().unwrap() > 0.0);
    assert!(plot["properties"]["status"].is_string());
    let link = features
        .iter()
        .find(|f| f["properties"]["id"] == "main-2")
        .unwrap();
    assert_eq!(link["properties"]["unit"], "m³/h");
    assert_eq!(link["properties"]["capacity"], 40.0);
}

/// The `.inp` sections as (section, rows without comments).
fn sections(text: &str) -> std::collections::HashMap<String, Vec<Vec<String>>> {
    let mut out = std::collections::HashMap::new();
    let mut current = String::new();
    for line in text.lines() {
        let line = line.split(';').next().unwrap().trim();
        if line.is_empty() {
            continue;
        }
        if line.starts_with('[') {
            current = line.trim_matches(|c| c == '[' || c == ']').to_owned();
            out.entry(current.clone()).or_insert_with(Vec::new);
            continue;
        }
        out.get_mut(&current)
            .unwrap()
            .push(line.split_whitespace().map(str::to_owned).collect());
    }
    out
}

#[test]
fn epanet_file_has_reservoirs_junctions_pipes_and_demands() {
    let text = export("epanet", "water.inp");
    let s = sections(&text);
    for needed in [
        "TITLE",
        "JUNCTIONS",
        "RESERVOIRS",
        "PIPES",
        "OPTIONS",
        "TIMES",
        "COORDINATES",
        "END",
    ] {
        assert!(s.contains_key(needed), "no [{needed}] in:\n{text}");
    }
    let junctions: HashSet<&str> = s["JUNCTIONS"].iter().map(|r| r[0].as_str()).collect();
    let reservoirs: HashSet<&str> = s["RESERVOIRS"].iter().map(|r| r[0].as_str()).collect();
    assert_eq!(junctions.len(), 2 + 6);
    assert_eq!(reservoirs.len(), 2);
    assert_eq!(s["PIPES"].len(), 9);
    for pipe in &s["PIPES"] {
        assert!(pipe[0].len() <= 31);
        for node in &pipe[1..3] {
            assert!(
                junctions.contains(node.as_str()) || reservoirs.contains(node.as_str()),
                "pipe {} ends at an undeclared node {node}",
                pipe[0]
            );
        }
        let length: f64 = pipe[3].parse().unwrap();
        let diameter_mm: f64 = pipe[4].parse().unwrap();
        assert!(length >= 1.0 && diameter_mm >= 50.0);
    }
    // Demands are the plots' water use in the month (m³/h, CMH).
    let demand: f64 = s["JUNCTIONS"]
        .iter()
        .map(|r| r[2].parse::<f64>().unwrap())
        .sum();
    assert!(demand > 0.0, "residents draw water by 2045");
    assert!(s["OPTIONS"].iter().any(|r| r == &["Units", "CMH"]));
    // Every node has coordinates.
    assert_eq!(s["COORDINATES"].len(), junctions.len() + reservoirs.len());
}

#[test]
fn exports_that_cannot_be_made_say_why() {
    let scratch = crate::common::scratch("export");
    let path = scratch.path().join("none.geojson");
    let o = parksim(&[
        "export",
        "scenes/sumgayit.ron",
        "--format",
        "epanet",
        "--out",
        path.to_str().unwrap(),
        "--utility",
        "power",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("not water"));
    let o = parksim(&[
        "export",
        "tests/fixtures/small_park.ron",
        "--format",
        "geojson",
        "--out",
        path.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("origin_lat_lon"));
    assert!(!Path::new(&path).exists());
}

#[test]
fn epanet_ids_that_clean_or_shorten_alike_stay_apart() {
    // "Plot A/1" and "Plot A;1" both clean to P-Plot_A_1; the two long ids share their
    // first 31 characters once prefixed, and so do their service lines' ids.
    let mut raw = synthetic::park(4, 3);
    let ids = [
        "Plot A/1",
        "Plot A;1",
        "industrial-zone-north-row-plot-0001",
        "industrial-zone-north-row-plot-0002",
    ];
    for (plot, id) in raw.plots.iter_mut().zip(ids) {
        plot.id = id.to_owned();
    }
    synthetic::add_networks(&mut raw);
    let scenario = common::validated(&raw);
    let water = scenario
        .utilities
        .iter()
        .position(|u| u.kind == UtilityKind::Water)
        .unwrap();
    let network = scenario.network_of(water).unwrap();
    let park = ParkAtMonth::simulate(scenario.clone(), scenario.simulation.start);
    let text = epanet::inp(&park, water).unwrap();
    let s = sections(&text);
    let nodes: Vec<&str> = s["JUNCTIONS"]
        .iter()
        .chain(&s["RESERVOIRS"])
        .map(|r| r[0].as_str())
        .collect();
    let distinct: HashSet<&str> = nodes.iter().copied().collect();
    assert_eq!(distinct.len(), nodes.len(), "node ids merged: {nodes:?}");
    assert_eq!(s["JUNCTIONS"].len(), network.junctions.len() + ids.len());
    let pipes: HashSet<&str> = s["PIPES"].iter().map(|r| r[0].as_str()).collect();
    assert_eq!(pipes.len(), network.links.len(), "pipe ids merged");
    for pipe in &s["PIPES"] {
        assert!(pipe[0].len() <= 31, "{}", pipe[0]);
        for node in &pipe[1..3] {
            assert!(
                distinct.contains(node.as_str()),
                "{} ends at {node}",
                pipe[0]
            );
        }
    }
    for id in &nodes {
        assert!(id.len() <= 31, "{id}");
    }
    assert_eq!(s["COORDINATES"].len(), nodes.len());
}

/// Geodesic distance (Karney's algorithm, WGS 84) between two GeoJSON positions, metres.
fn geodesic_m(a: (f64, f64), b: (f64, f64)) -> f64 {
    Geodesic::wgs84().inverse(a.1, a.0, b.1, b.0)
}

#[test]
fn geojson_positions_keep_the_parks_distances_on_the_wgs84_ellipsoid() {
    // Sumgayit's boundary (about 40.6 N): its perimeter measured on the ellipsoid between
    // the exported positions equals its perimeter in the scene's metres. A sphere of
    // 111,320 m per degree was off by about 2.5 m per km here.
    let scratch = crate::common::scratch("export");
    let path = scratch.path().join("sumgayit.geojson");
    let o = parksim(&[
        "export",
        "scenes/sumgayit.ron",
        "--format",
        "geojson",
        "--month",
        "2011-12",
        "--out",
        path.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let park = doc["features"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["properties"]["layer"] == "park")
        .unwrap();
    let ring = positions(&park["geometry"]);
    let mut on_earth_m: Vec<f64> = ring.windows(2).map(|w| geodesic_m(w[0], w[1])).collect();
    let scenario = common::sumgayit();
    let boundary = &scenario.park.boundary_m;
    let mut in_metres: Vec<f64> = (0..boundary.len())
        .map(|i| {
            let (a, b) = (boundary[i], boundary[(i + 1) % boundary.len()]);
            (b.0 - a.0).hypot(b.1 - a.1)
        })
        .collect();
    on_earth_m.sort_by(f64::total_cmp);
    in_metres.sort_by(f64::total_cmp);
    assert_eq!(on_earth_m.len(), in_metres.len());
    for (earth, metres) in on_earth_m.iter().zip(&in_metres) {
        // Tolerance: the 7-decimal rounding of degrees (about 1 cm at each end).
        assert!(
            (earth - metres).abs() < 0.02,
            "a side of the park: {earth:.3} m on the ellipsoid, {metres:.3} m in the scene"
        );
    }

    // Points kilometres apart, every way: geodesic distance = distance in metres (within
    // 1 mm and 1 mm per km; the placement is exact for distances from the origin).
    let earth = geojson::EarthPlacement::new(scenario.park.origin_lat_lon.unwrap());
    let points = [
        (0.0, 0.0),
        (4_000.0, 0.0),
        (0.0, 4_000.0),
        (-3_000.0, 2_500.0),
        (2_500.0, -3_500.0),
        (3_000.0, 3_000.0),
    ];
    for a in points {
        for b in points {
            let (pa, pb) = (earth.lat_lon(a), earth.lat_lon(b));
            let on_earth_m: f64 = Geodesic::wgs84().inverse(pa.0, pa.1, pb.0, pb.1);
            let in_metres = (b.0 - a.0).hypot(b.1 - a.1);
            assert!(
                (on_earth_m - in_metres).abs() < 1e-3 + 1e-6 * in_metres,
                "{a:?} to {b:?}: {on_earth_m:.4} m on the ellipsoid, {in_metres:.4} m in the park"
            );
        }
    }
}
