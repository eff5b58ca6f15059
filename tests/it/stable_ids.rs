//! Random draws follow stable ids, not positions: a change to one part of the park leaves
//! the draws of every other part alone, so paired comparisons compare like with like.
//! Each test changes one thing and checks that nothing else moved.

use crate::common;

use std::collections::BTreeMap;

use common::{grid_park, set_arrivals, validated};
use parksim::report;
use parksim::scenario::raw::*;
use parksim::sim::Simulation;
use parksim::sim::operations::OutagesNow;

const MONTHS: u32 = 180;
const SEED: u64 = 11;

/// A 10 × 10 park with prospects in two sectors and every source failing now and then
/// (two years between failures, three days to repair); capacities never bind.
fn failing_park() -> RawScenario {
    let mut raw = grid_park(10, 10, 2.0);
    set_arrivals(&mut raw, "plastics", 12.0, 2.0);
    set_arrivals(&mut raw, "light_chemistry", 8.0, 2.0);
    for u in &mut raw.utilities {
        for s in &mut u.sources {
            s.mtbf_years = Some(Num::plain(2.0));
            s.repair_hours = Some(Num::plain(72.0));
        }
    }
    raw
}

/// A source of power put first in the list, so that every other source moves one place.
fn extra_power_source(in_service: Option<&str>) -> RawSource {
    RawSource {
        id: "spare".into(),
        name: "Spare substation".into(),
        capacity: Num::plain(50.0),
        in_service: in_service.map(str::to_owned),
        serves: RawServes::All,
        location_m: None,
        voltage_kv: None,
        mtbf_years: Some(Num::plain(0.5)),
        repair_hours: Some(Num::plain(48.0)),
        built_by: None,
    }
}

fn power(raw: &mut RawScenario) -> &mut RawUtility {
    raw.utilities.iter_mut().find(|u| u.id == "power").unwrap()
}

/// A run's time series as written to timeseries.csv, its residents, and per month the
/// hours each asset (utility id, asset id) was out.
struct Run {
    csv: String,
    firms: String,
    outages: Vec<BTreeMap<(String, String), f64>>,
}

fn run(raw: &RawScenario) -> Run {
    let scenario = validated(raw);
    let mut sim = Simulation::new(scenario.clone(), SEED);
    let mut outages = Vec::new();
    for _ in 0..MONTHS {
        sim.step();
        let now = sim.app.world().resource::<OutagesNow>();
        let mut month = BTreeMap::new();
        for &(u, asset, hours) in &now.assets {
            let utility = &scenario.utilities[u];
            let id = match asset {
                parksim::scenario::Asset::Source(s) => utility.sources[s].id.clone(),
                parksim::scenario::Asset::Link(l) => {
                    scenario.network_of(u).unwrap().links[l].id.clone()
                }
            };
            *month.entry((utility.id.clone(), id)).or_insert(0.0) += hours;
        }
        outages.push(month);
    }
    let csv = report::timeseries_csv(sim.records(), &scenario.observed).unwrap();
    let firms = format!("{:?}", sim.firms());
    Run {
        csv,
        firms,
        outages,
    }
}

/// The park is busy enough for the tests to mean something: residents come, and sources fail.
fn assert_eventful(run: &Run) {
    assert!(
        run.firms.matches("FirmId(").count() >= 20,
        "too few residents"
    );
    let failures: usize = run.outages.iter().map(BTreeMap::len).sum();
    assert!(failures >= 20, "too few failures: {failures}");
}

#[test]
fn a_source_never_in_service_leaves_the_run_byte_identical() {
    let raw = failing_park();
    let before = run(&raw);
    assert_eventful(&before);
    let mut with_spare = raw.clone();
    power(&mut with_spare)
        .sources
        .insert(0, extra_power_source(Some("2100-01")));
    let after = run(&with_spare);
    assert!(
        after.csv == before.csv,
        "a source that never enters service changed the time series"
    );
    assert_eq!(after.firms, before.firms);
    assert_eq!(after.outages, before.outages);
}

#[test]
fn a_capacity_that_never_binds_changes_only_its_own_columns() {
    let raw = failing_park();
    let before = run(&raw);
    let mut larger = raw.clone();
    for s in &mut power(&mut larger).sources {
        s.capacity = Num::plain(3e6);
    }
    let after = run(&larger);
    assert_eq!(after.firms, before.firms);
    assert_eq!(after.outages, before.outages);
    // Every column but power's capacity and loading is the same, byte for byte.
    let header: Vec<&str> = before.csv.lines().next().unwrap().split(',').collect();
    let own = |name: &str| name == "power_capacity_mw" || name == "power_loading_pct";
    for (b, a) in before.csv.lines().zip(after.csv.lines()).skip(1) {
        let (b, a): (Vec<&str>, Vec<&str>) = (b.split(',').collect(), a.split(',').collect());
        for (i, name) in header.iter().enumerate() {
            if !own(name) {
                assert_eq!(a[i], b[i], "column {name} changed");
            }
        }
    }
    assert_ne!(after.csv, before.csv, "the capacity columns should differ");
}

#[test]
fn an_asset_with_its_own_failures_leaves_the_others_outages_unchanged() {
    let raw = failing_park();
    let before = run(&raw);
    let mut with_spare = raw.clone();
    power(&mut with_spare)
        .sources
        .insert(0, extra_power_source(None));
    let after = run(&with_spare);
    let spare = ("power".to_owned(), "spare".to_owned());
    let mut spare_failures = 0;
    for (month, (b, a)) in before.outages.iter().zip(&after.outages).enumerate() {
        let mut a = a.clone();
        spare_failures += usize::from(a.remove(&spare).is_some());
        assert_eq!(
            &a,
            b,
            "other assets' outages changed in month {}",
            month + 1
        );
    }
    assert!(
        spare_failures >= 5,
        "the spare failed only {spare_failures} times"
    );
}
