//! Shared helpers for the integration tests: small, controlled parks built in code.
#![allow(dead_code)]

use std::path::Path;
use std::sync::Arc;

use parksim::scenario::raw::*;
use parksim::scenario::{self, Scenario, synthetic};
use parksim::sim::Simulation;

/// Validates a raw scene through the same text path as a file on disk.
pub fn validated(raw: &RawScenario) -> Arc<Scenario> {
    let text = scenario::to_ron(raw).expect("serialises");
    match scenario::parse(&text, Path::new("test.ron")) {
        Ok(s) => Arc::new(s),
        Err(e) => panic!("test scene is invalid:\n{e}\n{text}"),
    }
}

/// A park of `cols` × `rows` plots of `plot_ha` hectares each (square, 20 m apart), one
/// industrial zone, the synthetic park's utilities, archetypes and regime, no arrivals.
pub fn grid_park(cols: usize, rows: usize, plot_ha: f64) -> RawScenario {
    let mut raw = synthetic::park(1, 7);
    let side = (plot_ha * 10_000.0).sqrt();
    let pitch = side + 20.0;
    let (w, h) = (cols as f64 * pitch + 200.0, rows as f64 * pitch + 200.0);
    raw.park.boundary_m = vec![(0.0, 0.0), (w, 0.0), (w, h), (0.0, h)];
    raw.park.gross_area_ha = Num::plain(w * h / 10_000.0);
    raw.park.zones = vec![RawZone {
        id: "industrial".into(),
        name: "Industrial zone".into(),
        names: Default::default(),
        kind: ZoneKind::Industrial,
        polygon_m: vec![
            (50.0, 50.0),
            (w - 50.0, 50.0),
            (w - 50.0, h - 50.0),
            (50.0, h - 50.0),
        ],
        phase: None,
        source: None,
    }];
    raw.park.roads.clear();
    raw.park.rail.clear();
    raw.plots = (0..rows)
        .flat_map(|r| (0..cols).map(move |c| (r, c)))
        .map(|(r, c)| RawPlot {
            id: format!("R{r}C{c}"),
            zone: "industrial".into(),
            shape: RawShape::Rect {
                x_m: 100.0 + c as f64 * pitch,
                y_m: 100.0 + r as f64 * pitch,
                width_m: side,
                height_m: side,
            },
            serviced: true,
            rent: "standard".into(),
            phase: None,
        })
        .collect();
    for a in &mut raw.demand.arrivals {
        a.prospects_per_year = Num::plain(0.0);
        a.park_appeal = Num::plain(0.0);
    }
    for u in &mut raw.utilities {
        for s in &mut u.sources {
            s.capacity = Num::plain(1e6);
        }
    }
    raw.simulation.start = "2025-01".into();
    raw
}

/// Sets the yearly prospects and appeal of one sector (the synthetic park's sectors are
/// `light_chemistry`, `plastics`, `metals` and `food_processing`, one archetype each).
pub fn set_arrivals(raw: &mut RawScenario, sector: &str, per_year: f64, appeal: f64) {
    let a = raw
        .demand
        .arrivals
        .iter_mut()
        .find(|a| a.sector == sector)
        .expect("sector exists");
    a.prospects_per_year = Num::plain(per_year);
    a.park_appeal = Num::plain(appeal);
}

/// The archetype with this id.
pub fn archetype<'a>(raw: &'a mut RawScenario, id: &str) -> &'a mut RawArchetype {
    raw.archetypes
        .iter_mut()
        .find(|a| a.id == id)
        .expect("archetype exists")
}

/// A named resident on `plot` with fixed dates.
pub fn anchor(
    id: &str,
    archetype: &str,
    plot: &str,
    registered: &str,
    operating: &str,
) -> RawAnchor {
    RawAnchor {
        id: id.into(),
        name: format!("Resident {id}"),
        names: Default::default(),
        archetype: archetype.into(),
        plot: plot.into(),
        registered: registered.into(),
        operating: Some(operating.into()),
        investment_usd: None,
        jobs: None,
        source: None,
    }
}

/// Runs a scene for `months` with `seed`.
pub fn run(scenario: &Arc<Scenario>, seed: u64, months: u32) -> Simulation {
    let mut sim = Simulation::new(scenario.clone(), seed);
    sim.run(months, |_| {});
    sim
}

/// The Sumgayit scene shipped with parksim.
pub fn sumgayit() -> Arc<Scenario> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenes/sumgayit.ron");
    match scenario::load(&path) {
        Ok(s) => Arc::new(s),
        Err(e) => panic!("scenes/sumgayit.ron is invalid:\n{e}"),
    }
}

/// A fresh folder for one test's files, named after it, under the system's temporary
/// folder. It is removed when the value is dropped, even when the test fails, so test runs
/// leave nothing behind.
pub fn scratch(name: &str) -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix(&format!("parksim-{name}-"))
        .tempdir()
        .expect("a temporary folder")
}
