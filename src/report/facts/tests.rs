//! Tests of the planner's facts on the small park, with and without a run.

use std::sync::Arc;

use super::*;
use crate::sim::Simulation;

fn small_park() -> Arc<Scenario> {
    Arc::new(crate::scenario::small_park_for_tests())
}

#[test]
fn months_and_chart_positions_round_trip() {
    for text in ["2011-12", "2016-04", "2021-01"] {
        let m = YearMonth::parse(text).unwrap();
        assert_eq!(x_month(month_x(m)), m);
    }
    assert_eq!(month_x(YearMonth::new(2016, 4)), 2016.25);
}

#[test]
fn quantities_keep_one_decimal_below_a_hundred() {
    assert_eq!(format_quantity(5.41), "5.4");
    assert_eq!(format_quantity(99.94), "99.9");
    assert_eq!(format_quantity(656.25), "656");
    assert_eq!(format_quantity(-1234.4), "-1,234");
}

#[test]
fn a_free_plot_and_a_reserved_one_say_what_they_are() {
    let park = small_park();
    let free = plot_facts(&park, 0, None, None, &[]);
    assert_eq!(free[0], (tr!("fact-plot"), "S000001".to_owned()));
    assert!(
        free.iter().any(|(label, value)| *label == tr!("fact-area")
            && *value == tr!("value-ha", ha = grouped(park.plots[0].area_ha, 2))),
        "{free:?}"
    );
    assert!(free.contains(&(tr!("fact-status"), tr!("status-free"))));
    assert!(
        !free
            .iter()
            .any(|(label, _)| *label == tr!("fact-reserved-for"))
    );
    // S000002 is held for the named resident until it registers.
    let reserved = plot_facts(&park, 1, None, None, &[]);
    assert!(
        reserved
            .iter()
            .any(|(label, value)| *label == tr!("fact-reserved-for")
                && value.contains("First Resident")),
        "{reserved:?}"
    );
}

#[test]
fn a_resident_plot_lists_its_firm_and_utility_needs() {
    let park = small_park();
    let mut sim = Simulation::new(park.clone(), 1);
    sim.run(24, |_| {});
    let firms = sim.firms();
    let (firm, activity, ledger) = firms
        .iter()
        .find(|(f, _, _)| f.name == "First Resident")
        .expect("the named resident registered in 2025-03");
    let tenancy = PlotTenancy {
        status: PlotStatus::UnderConstruction,
        firm: Some(firm.id),
    };
    let loads = vec![UtilityLoad::default(); park.utilities.len()];
    let facts = plot_facts(
        &park,
        firm.plot,
        Some(&tenancy),
        Some((firm, activity, ledger)),
        &loads,
    );
    assert!(facts.contains(&(tr!("fact-resident"), "First Resident".to_owned())));
    let archetype = &park.archetypes[firm.archetype];
    for u in &archetype.uses {
        let name = &park.utilities[u.utility].name;
        assert!(
            facts.iter().any(|(label, _)| label == name),
            "{name} missing from {facts:?}"
        );
    }
}

#[test]
fn a_source_says_its_capacity_and_the_plots_it_serves() {
    let park = small_park();
    let load = UtilityLoad {
        demand: 2.0,
        capacity: 5.41,
        ..Default::default()
    };
    let month = park.simulation.start;
    let facts = source_facts(&park, 0, 1, &load, month);
    assert_eq!(facts[0], (tr!("fact-source"), "Power source 2".to_owned()));
    assert!(
        facts.contains(&(tr!("fact-capacity"), "5.4 MW".to_owned())),
        "{facts:?}"
    );
    assert!(facts.contains(&(
        tr!("fact-in-service"),
        tr!("source-from", month = "January 2035")
    )));
    assert!(facts.contains(&(
        tr!("fact-plots-served"),
        tr!(
            "source-plots-served",
            plots = 6,
            ha = grouped(park.plot_area_ha(), 1)
        )
    )));
}

#[test]
fn chart_series_have_a_point_per_month_and_skip_absent_utilities() {
    let park = small_park();
    let mut sim = Simulation::new(park.clone(), 1);
    sim.run(30, |_| {});
    let records = sim.records();
    let (unit, series) = chart_series(Chart::Firms, records);
    assert_eq!(unit, tr!("unit-firms"));
    assert_eq!(series.len(), 2);
    for (_, points) in &series {
        assert_eq!(points.len(), 30);
        assert_eq!(points[0][0], month_x(records[0].date));
    }
    let (_, utilities) = chart_series(Chart::Utilities, records);
    let with_capacity = UtilityKind::ALL
        .iter()
        .enumerate()
        .filter(|(i, _)| records.iter().any(|r| r.utilities[*i].capacity > 0.0))
        .count();
    assert_eq!(utilities.len(), with_capacity);
    assert!(chart_series(Chart::N1, records).1.is_empty());

    let stages = pipeline_stages(records, &park);
    assert_eq!(stages.len(), 6);
    assert!(
        stages[0].1 >= stages[1].1,
        "prospects ≥ those who chose the park"
    );
    let named = park
        .anchors
        .iter()
        .filter(|a| a.registered <= records.last().unwrap().date)
        .count();
    assert_eq!(stages[PIPELINE_NAMED_STAGE].1, named as f64);
    assert_eq!(stages[3].1, records.last().unwrap().registered_firms as f64);
    // Registered residents come from the prospects who chose the park and the named ones.
    assert!(stages[3].1 <= stages[1].1 + stages[2].1, "{stages:?}");
    assert!(pipeline_stages(&[], &park).is_empty());
}

#[test]
fn a_chart_shows_the_whole_run_from_zero_and_an_empty_one_has_a_sensible_range() {
    let start = YearMonth::new(2011, 12);
    let end = YearMonth::new(2041, 11);
    // Nothing yet: the whole run on the time axis, 0 to 1 upwards (not −0.5 to 0.4).
    let (x, y) = chart_bounds(&[], &[], start, end);
    assert_eq!(x, [month_x(start), month_x(end)]);
    assert_eq!(y, [0.0, 1.0]);
    // Curves and observed points: from 0 to a little above the highest of either.
    let series = vec![("registered".to_owned(), vec![[2012.0, 3.0], [2013.0, 20.0]])];
    let observed = vec![("observed".to_owned(), vec![[2021.0, 40.0]], 0)];
    let (x, y) = chart_bounds(&series, &observed, start, end);
    assert_eq!(x, [month_x(start), month_x(end)]);
    assert_eq!(y, [0.0, 42.0]);
    // A run of one month still has a time axis that is not a point.
    let (x, _) = chart_bounds(&[], &[], start, start);
    assert!(x[1] > x[0]);
}

#[test]
fn the_time_axis_labels_years_at_even_intervals_that_fit() {
    let step = |marks: &[(f64, f64)], year: f64| marks.iter().find(|m| m.0 == year).unwrap().1;
    let labelled = |marks: &[(f64, f64)], px: f64| -> Vec<f64> {
        marks
            .iter()
            .filter(|m| m.1 * px >= 70.0)
            .map(|m| m.0)
            .collect()
    };
    // Thirty years at 25 px a year: every fifth year.
    let narrow = year_marks(2011.9, 2041.9, 25.0);
    assert_eq!(narrow.len(), 30, "{narrow:?}");
    assert_eq!(step(&narrow, 2013.0), 1.0);
    assert_eq!(step(&narrow, 2020.0), 10.0);
    assert_eq!(
        labelled(&narrow, 25.0),
        [2015.0, 2020.0, 2025.0, 2030.0, 2035.0, 2040.0]
    );
    // At 40 px a year: every second year, never a fifth one between them.
    let wider = year_marks(2011.9, 2026.9, 40.0);
    let shown = labelled(&wider, 40.0);
    assert_eq!(shown.first(), Some(&2012.0));
    assert!(shown.windows(2).all(|w| w[1] - w[0] == 2.0), "{shown:?}");
    // At 80 px a year: every year.
    assert_eq!(labelled(&year_marks(2012.0, 2016.0, 80.0), 80.0).len(), 5);
    // Zoomed in to under four years: quarters too, labelled by month.
    let close = year_marks(2016.0, 2017.0, 300.0);
    assert_eq!(close.len(), 5, "{close:?}");
    assert_eq!(year_mark_label(2016.0), "2016");
    assert_eq!(year_mark_label(2016.25), "2016-04");
    assert!(year_marks(f64::NEG_INFINITY, 2016.0, 25.0).is_empty());
}

#[test]
fn value_axes_are_labelled_at_one_two_or_five_times_a_power_of_ten() {
    let labelled = |marks: &[(f64, f64)], px: f64| -> Vec<f64> {
        marks
            .iter()
            .filter(|m| m.1 * px > 20.0)
            .map(|m| m.0)
            .collect()
    };
    // 0 to 700 million USD on 140 pixels (0.2 px a unit): lines every 50, labels every
    // 200 (100 would be only 20 pixels apart).
    let fiscal = value_marks(0.0, 700.0, 0.2);
    assert_eq!(fiscal.len(), 15, "{fiscal:?}");
    assert_eq!(labelled(&fiscal, 0.2), [0.0, 200.0, 400.0, 600.0]);
    // 0 to 35 firms on 140 pixels: labels every 10.
    assert_eq!(
        labelled(&value_marks(0.0, 35.0, 4.0), 4.0),
        [0.0, 10.0, 20.0, 30.0]
    );
    // Below zero too (a net fiscal effect).
    assert_eq!(
        labelled(&value_marks(-250.0, 50.0, 0.5), 0.5),
        [-200.0, -100.0, 0.0]
    );
    assert!(value_marks(0.0, f64::NAN, 1.0).is_empty());
    assert!(value_marks(5.0, 1.0, 1.0).is_empty());
}

#[test]
fn observed_points_are_drawn_in_the_colour_of_the_series_they_are_compared_with() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenes/sumgayit.ron");
    let sumgayit = crate::scenario::load(&path).unwrap();
    let (_, series) = chart_series(Chart::Firms, &[]);
    let observed = observed_series(Chart::Firms, &sumgayit);
    assert!(!observed.is_empty());
    for (name, _, compared_with) in &observed {
        let model = &series[*compared_with].0;
        // "Registered (observed)" goes with "Registered", "Operating (observed)" with
        // "Operating".
        assert!(
            name.to_lowercase().contains(&model.to_lowercase()),
            "{name} is drawn like {model}"
        );
    }
}

#[test]
fn the_n1_table_names_assets_as_people_know_them() {
    use crate::scenario::Asset;
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenes/sumgayit.ron");
    let sumgayit = crate::scenario::load(&path).unwrap();
    let gas = sumgayit
        .utilities
        .iter()
        .position(|u| u.sources.iter().any(|s| s.id == "grs_1"))
        .unwrap();
    let station = sumgayit.utilities[gas]
        .sources
        .iter()
        .position(|s| s.id == "grs_1")
        .unwrap();
    assert_eq!(
        asset_name(&sumgayit, gas, Asset::Source(station)),
        "Gas distribution station No. 1"
    );
    let network = sumgayit.network_of(gas).unwrap();
    let main = network
        .links
        .iter()
        .position(|l| l.id == "G-grs1-U0")
        .unwrap();
    assert_eq!(
        asset_name(&sumgayit, gas, Asset::Link(main)),
        format!(
            "Gas distribution station No. 1 → {}",
            tr!("n1-junction", id = "G-U0")
        )
    );
}

#[test]
fn headline_figures_are_the_last_months_with_units_and_grouped_digits() {
    let park = small_park();
    assert!(headline_figures(&[], &park).is_empty());
    let mut sim = Simulation::new(park.clone(), 1);
    sim.run(36, |_| {});
    let last = sim.records().last().unwrap().clone();
    let figures = headline_figures(sim.records(), &park);
    let labels: Vec<&str> = figures.iter().map(|(l, _)| l.as_str()).collect();
    assert_eq!(
        labels,
        [
            tr!("headline-residents"),
            tr!("headline-jobs"),
            tr!("headline-investment"),
            tr!("headline-net-fiscal")
        ]
    );
    assert_eq!(figures[0].1, last.registered_firms.to_string());
    assert_eq!(figures[1].1, crate::report::shown::grouped(last.jobs, 0));
    assert!(figures[2].1.contains("USD"), "{}", figures[2].1);
}
