//! Land released in phases: no plot of a phase is let before it opens, the land open
//! steps up when it does, its site preparation is public spending over its lead time, and
//! the scene checks catch a phase that does not exist or a resident who comes too early.

use std::path::Path;

use crate::common;

use common::*;
use parksim::scenario::raw::*;
use parksim::scenario::{self, YearMonth};

/// Four columns of two 2-ha plots; the east half (columns 2 and 3) is a phase opening in
/// January 2027, two years into the run, after a year of site preparation at
/// 100,000 USD per hectare.
fn phased_park() -> RawScenario {
    let mut raw = grid_park(4, 2, 2.0);
    set_arrivals(&mut raw, "plastics", 24.0, 3.0);
    raw.park.phases = vec![RawPhase {
        id: "east".into(),
        name: "East half".into(),
        names: Default::default(),
        opens: "2027-01".into(),
        site_prep_usd_per_ha: Some(Num::plain(100_000.0)),
        lead_months: 12,
        park_area_ha: None,
        extension_m: Vec::new(),
        source: None,
    }];
    for plot in &mut raw.plots {
        if plot.id.ends_with("C2") || plot.id.ends_with("C3") {
            plot.phase = Some("east".into());
        }
    }
    raw
}

#[test]
fn no_plot_of_a_phase_is_let_before_it_opens_and_its_land_opens_with_it() {
    let scenario = validated(&phased_park());
    let opens = YearMonth::new(2027, 1);
    let east = |plot: usize| scenario.plots[plot].phase.is_some();
    let mut east_taken = 0;
    for seed in 0..12 {
        let mut sim = run(&scenario, seed, 60);
        for (firm, _, _) in sim.firms() {
            if east(firm.plot) {
                assert!(
                    firm.registered >= opens,
                    "seed {seed}: {} registered {} on plot {} of a phase opening {opens}",
                    firm.name,
                    firm.registered,
                    scenario.plots[firm.plot].id
                );
                east_taken += 1;
            }
        }
        for r in sim.records() {
            let expected = if r.date < opens { 8.0 } else { 16.0 };
            assert!(
                (r.land_open_ha - expected).abs() < 1e-6,
                "seed {seed}, {}: {} ha open",
                r.date,
                r.land_open_ha
            );
            assert!(r.occupied_ha <= r.land_open_ha + 1e-9);
        }
    }
    // The test can fail the other way too: once open, the east half is let.
    assert!(east_taken > 0, "no resident ever took an east plot");
}

#[test]
fn site_preparation_is_public_spending_over_the_lead_months() {
    let scenario = validated(&phased_park());
    let sim = run(&scenario, 1, 36);
    let spent_by = |date: YearMonth| {
        sim.records()
            .iter()
            .find(|r| r.date == date)
            .map(|r| r.ledger.cumulative.infrastructure_usd)
            .unwrap()
    };
    // Nothing in the first year; 8 ha × 100,000 USD spread over 2026; nothing after.
    assert_eq!(spent_by(YearMonth::new(2025, 12)), 0.0);
    let year = spent_by(YearMonth::new(2026, 12));
    assert!((year - 800_000.0).abs() < 1e-3, "{year}");
    let mid = spent_by(YearMonth::new(2026, 6));
    assert!((mid - 400_000.0).abs() < 1e-3, "{mid}");
    assert_eq!(spent_by(YearMonth::new(2027, 12)), year);
}

/// The checks' messages for a scene, or none when it is valid.
fn problems(raw: &RawScenario) -> String {
    let text = scenario::to_ron(raw).expect("serialises");
    match scenario::parse(&text, Path::new("phases.ron")) {
        Ok(_) => String::new(),
        Err(e) => e.to_string(),
    }
}

#[test]
fn the_checks_catch_unknown_phases_early_residents_and_phases_out_of_order() {
    assert_eq!(problems(&phased_park()), "");

    let mut raw = phased_park();
    raw.plots[0].phase = Some("est".into());
    let message = problems(&raw);
    assert!(
        message.contains("\"est\"") && message.contains("east"),
        "{message}"
    );

    let mut raw = phased_park();
    raw.anchors = vec![anchor("A1", "plastics", "R0C3", "2026-03", "2027-06")];
    let message = problems(&raw);
    assert!(
        message.contains("R0C3") && message.contains("2027-01") && message.contains("east"),
        "{message}"
    );

    let mut raw = phased_park();
    let mut earlier = raw.park.phases[0].clone();
    earlier.id = "west".into();
    earlier.opens = "2026-01".into();
    raw.park.phases.push(earlier);
    let message = problems(&raw);
    assert!(
        message.contains("2026-01") && message.contains("order"),
        "{message}"
    );
}
