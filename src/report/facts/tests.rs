//! Tests of the planner's facts on the small park, with and without a run.

use std::sync::Arc;

use super::*;
use crate::sim::Simulation;

fn small_park() -> Arc<Scenario> {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/small_park.ron");
    Arc::new(crate::scenario::load(&path).unwrap())
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
    assert_eq!(format_quantity(-1234.4), "-1234");
}

#[test]
fn a_free_plot_and_a_reserved_one_say_what_they_are() {
    let park = small_park();
    let free = plot_facts(&park, 0, None, None, &[]);
    assert_eq!(free[0], (tr!("fact-plot"), "S000001".to_owned()));
    assert!(
        free.iter().any(|(label, value)| *label == tr!("fact-area")
            && *value == tr!("value-ha", ha = format!("{:.2}", park.plots[0].area_ha))),
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
        tr!("source-from", month = "2035-01")
    )));
    assert!(facts.contains(&(
        tr!("fact-plots-served"),
        tr!(
            "source-plots-served",
            plots = 6,
            ha = format!("{:.1}", park.plot_area_ha())
        )
    )));
}

#[test]
fn chart_series_have_a_point_per_month_and_skip_absent_utilities() {
    let park = small_park();
    let mut sim = Simulation::new(park, 1);
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

    let stages = pipeline_stages(records);
    assert_eq!(stages.len(), 5);
    assert!(
        stages[0].1 >= stages[1].1,
        "prospects ≥ those who chose the park"
    );
    assert_eq!(stages[2].1, records.last().unwrap().registered_firms as f64);
    assert!(pipeline_stages(&[]).is_empty());
}
