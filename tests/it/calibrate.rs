//! `parksim calibrate` recovers what made a history: observations drawn from a synthetic
//! park with a known appeal are fitted from a wrong start, and the fit finds the appeal
//! again, in sample and out of it.

use std::path::Path;
use std::sync::Arc;

use crate::common;

use common::*;
use parksim::calibration::{self, Parameter};
use parksim::scenario::raw::*;

/// A park of 60 two-hectare plots that plastics firms fill at a rate set by their appeal.
fn park(appeal: f64) -> RawScenario {
    let mut raw = grid_park(10, 6, 2.0);
    set_arrivals(&mut raw, "plastics", 8.0, appeal);
    raw.simulation.months = 120;
    raw
}

const TRUE_APPEAL: f64 = -1.0;

#[test]
fn a_known_appeal_is_recovered_from_the_history_it_made() {
    let seeds: Vec<u64> = (1..=30).collect();
    // The history: medians of the true park at five dates, as a scene's observed points.
    let truth = Arc::new(validated(&park(TRUE_APPEAL)).as_ref().clone());
    let dates = ["2026-06", "2027-06", "2028-06", "2029-06", "2031-06"];
    let template: Vec<calibration::Point> = dates
        .iter()
        .map(|d| calibration::Point {
            date: parksim::scenario::YearMonth::parse(d).unwrap(),
            quantity: calibration::Quantity::Registered,
            observed: 1.0,
        })
        .collect();
    let history = calibration::score(&truth, &template, &seeds);
    assert!(
        history.windows(2).all(|w| w[0].median < w[1].median) && history[0].median > 0.0,
        "the history must rise for the appeal to show in it: {history:?}"
    );

    let mut raw = park(-3.0);
    raw.observed = history
        .iter()
        .map(|s| RawObservation {
            date: s.point.date.to_string(),
            registered_firms: Some(Num::plain(s.median)),
            operating_firms: None,
            investment_usd: None,
            portfolio_usd: None,
            jobs: None,
            land_let_ha: None,
            land_free_ha: None,
            output_usd_per_year: None,
            source: "synthetic: the park with appeal -1.0".into(),
        })
        .collect();
    let until = parksim::scenario::YearMonth::parse("2028-12");
    let fit = calibration::fit(
        &raw,
        Path::new("synthetic.ron"),
        &[Parameter::SectorAppeal("plastics".into())],
        until,
        &[],
        &seeds,
        60,
    )
    .unwrap();
    // Within a quarter of a unit of appeal (about 25 % in the arrival odds).
    assert!(
        (fit.values[0] - TRUE_APPEAL).abs() < 0.25,
        "fitted {} for a true {TRUE_APPEAL}",
        fit.values[0]
    );
    assert_eq!(fit.in_sample.len(), 3);
    assert_eq!(fit.out_of_sample.len(), 2);
    assert!(
        calibration::loss(&fit.in_sample) < 0.1,
        "{:?}",
        fit.in_sample
    );
    assert!(
        calibration::loss(&fit.out_of_sample) < 0.1,
        "{:?}",
        fit.out_of_sample
    );
    // The start was far off: the fit did move.
    let start = Arc::new(validated(&raw).as_ref().clone());
    let before = calibration::score(&start, &calibration::points(&start), &seeds);
    assert!(calibration::loss(&before) > 0.1, "{before:?}");
}

#[test]
fn a_parameter_that_is_not_there_is_refused_with_the_sectors_there_are() {
    let raw = park(TRUE_APPEAL);
    let refused = Parameter::parse("park_appeal:plastic", &raw).unwrap_err();
    assert!(refused.contains("plastics"), "{refused}");
    assert!(Parameter::parse("appeal", &raw).is_err());
    assert_eq!(
        Parameter::parse("rent_sensitivity", &raw),
        Ok(Parameter::RentSensitivity)
    );
}

#[test]
fn observed_portfolio_jobs_land_and_output_are_points_to_fit_and_columns_of_the_run() {
    let mut raw = park(TRUE_APPEAL);
    raw.observed = vec![RawObservation {
        date: "2027-06".into(),
        registered_firms: None,
        operating_firms: None,
        investment_usd: None,
        portfolio_usd: Some(Num::plain(3e8)),
        jobs: Some(Num::sourced(400.0, "synthetic")),
        land_let_ha: Some(Num::plain(20.0)),
        land_free_ha: Some(Num::plain(12.5)),
        output_usd_per_year: Some(Num::plain(5e7)),
        source: "synthetic".into(),
    }];
    let scene = validated(&raw);
    let quantities: Vec<calibration::Quantity> = calibration::points(&scene)
        .iter()
        .map(|p| p.quantity)
        .collect();
    assert_eq!(
        quantities,
        [
            calibration::Quantity::Portfolio,
            calibration::Quantity::Jobs,
            calibration::Quantity::LandLet,
            calibration::Quantity::LandFree,
            calibration::Quantity::OutputPerYear
        ]
    );
    let sim = run(&scene, 1, 36);
    let csv = parksim::report::timeseries_csv(sim.records(), &scene.observed).unwrap();
    let header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
    let row: Vec<&str> = csv
        .lines()
        .find(|l| l.split(',').nth(1) == Some("2027-06"))
        .unwrap()
        .split(',')
        .collect();
    let cell = |name: &str| row[header.iter().position(|h| *h == name).unwrap()];
    assert_eq!(cell("observed_jobs"), "400.0");
    assert_eq!(cell("observed_land_let_ha"), "20.000");
    assert_eq!(cell("observed_output_usd_per_year"), "50000000");
    assert_eq!(cell("observed_portfolio_usd"), "300000000");
    assert_eq!(cell("observed_land_free_ha"), "12.500");
    // What the model gives for them: the registered residents' committed investment, and
    // the open land not let.
    let record = sim
        .records()
        .iter()
        .find(|r| r.date.to_string() == "2027-06")
        .unwrap();
    let scored = calibration::score(&scene, &calibration::points(&scene), &[1]);
    let median = |q| {
        scored
            .iter()
            .find(|s| s.point.quantity == q)
            .unwrap()
            .median
    };
    assert_eq!(
        median(calibration::Quantity::Portfolio),
        record.investment_promised_usd
    );
    assert_eq!(
        median(calibration::Quantity::LandFree),
        record.land_open_ha - record.occupied_ha
    );
}
