//! Where prospects settle beyond rent and incentives: near same-sector residents
//! (agglomeration), away from incompatible hazards, near the railway, and sooner when a
//! feedstock supplier is already in the park.

use crate::common;

use common::{anchor, archetype, grid_park, run, set_arrivals, validated};
use parksim::scenario::Hazard;
use parksim::scenario::raw::*;

fn factors() -> RawSiteFactors {
    RawSiteFactors {
        rail_km_sensitivity: Num::plain(0.0),
        road_km_sensitivity: Num::plain(0.0),
        same_sector_neighbour_value: Num::plain(0.0),
        neighbour_radius_m: Num::plain(0.0),
        hazard_neighbour_penalty: Num::plain(0.0),
        hazard_buffer_m: Num::plain(0.0),
        feedstock_supplier_value: Num::plain(0.0),
    }
}

/// A row of ten 1-ha plots (120 m apart) with a named plastics converter on the first;
/// plastics prospects only. Returns, per seed, the plot the first prospect took.
fn first_choices(site: RawSiteFactors, tweak: impl Fn(&mut RawScenario)) -> Vec<usize> {
    let mut raw = grid_park(10, 1, 1.0);
    set_arrivals(&mut raw, "plastics", 12.0, 5.0);
    raw.anchors = vec![anchor("a", "plastics", "R0C0", "2025-01", "2026-01")];
    raw.demand.site_factors = Some(site);
    tweak(&mut raw);
    let scenario = validated(&raw);
    (0..40)
        .filter_map(|seed| {
            let mut sim = run(&scenario, seed, 12);
            sim.firms()
                .into_iter()
                .find(|(f, _, _)| f.anchor.is_none())
                .map(|(f, _, _)| f.plot)
        })
        .collect()
}

fn share_near(choices: &[usize]) -> f64 {
    choices.iter().filter(|&&p| p <= 2).count() as f64 / choices.len() as f64
}

#[test]
fn same_sector_neighbours_attract_and_incompatible_hazards_repel() {
    let neutral = share_near(&first_choices(factors(), |_| {}));
    // Two of the nine free plots lie within 250 m of the converter.
    assert!(neutral < 0.5, "without site factors: {neutral}");
    let mut cluster = factors();
    cluster.same_sector_neighbour_value = Num::plain(4.0);
    cluster.neighbour_radius_m = Num::plain(250.0);
    let clustered = share_near(&first_choices(cluster, |_| {}));
    assert!(clustered > 0.8, "with agglomeration: {clustered}");
    // The converter made a high-hazard process, the prospects low-hazard ones: they keep
    // out of its 250 m buffer.
    let mut hazard = factors();
    hazard.hazard_neighbour_penalty = Num::plain(4.0);
    hazard.hazard_buffer_m = Num::plain(250.0);
    let choices = first_choices(hazard, |raw| {
        // The named resident is a light-chemistry plant (high hazard), prospects plastics
        // (low hazard).
        raw.anchors[0].archetype = "light_chemistry".into();
        archetype(raw, "light_chemistry").hazard = Hazard::High;
        archetype(raw, "light_chemistry").land_ha = Num::plain(1.0);
        archetype(raw, "plastics").hazard = Hazard::Low;
    });
    assert!(share_near(&choices) < 0.1, "{choices:?}");
}

#[test]
fn the_railway_draws_prospects_to_the_plots_beside_it() {
    let mut site = factors();
    site.rail_km_sensitivity = Num::plain(5.0);
    let choices = first_choices(site, |raw| {
        // A railway along the west end of the row.
        raw.park.rail = vec![RawLine {
            id: "rail".into(),
            name: "Railway".into(),
            points_m: vec![(60.0, 0.0), (60.0, 400.0)],
            source: None,
        }];
    });
    assert!(share_near(&choices) > 0.6, "{choices:?}");
}

#[test]
fn a_feedstock_supplier_in_the_park_brings_its_consumers_sooner() {
    let mut raw = grid_park(6, 6, 2.0);
    set_arrivals(&mut raw, "plastics", 3.0, 0.0);
    raw.demand.outside_option_value = Num::plain(2.0);
    archetype(&mut raw, "plastics").feedstock_from = vec!["light_chemistry".into()];
    raw.anchors = vec![anchor("s", "light_chemistry", "R0C0", "2025-01", "2026-01")];
    let mut site = factors();
    site.feedstock_supplier_value = Num::plain(2.0);
    let count = |raw: &RawScenario| -> u32 {
        let scenario = validated(raw);
        (0..20)
            .map(|seed| {
                run(&scenario, seed, 60)
                    .records()
                    .last()
                    .unwrap()
                    .registered_firms
            })
            .sum()
    };
    let without = count(&raw);
    raw.demand.site_factors = Some(site);
    let with = count(&raw);
    assert!(
        with > without,
        "with a supplier valued: {with}, without: {without}"
    );
}
