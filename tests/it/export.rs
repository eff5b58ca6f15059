//! Exports read back: the GeoJSON is an RFC 7946 FeatureCollection whose features hold the
//! park's layout and networks; the EPANET file has every section EPANET needs, every pipe
//! between declared nodes, and the plots' water demand as base demands.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

const SCENE: &str = "tests/fixtures/network_park.ron";

fn parksim(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parksim"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("parksim runs")
}

fn out_file(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("parksim-export-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

fn export(format: &str, name: &str) -> String {
    let path = out_file(name);
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
    let path = out_file("none.geojson");
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
