//! A resident's life after choosing a plot: negotiating before it registers, downsizing
//! and leaving after persistent distress (its plot free again), expanding when calm.

use crate::common;

use common::{anchor, archetype, grid_park, run, set_arrivals, validated};
use parksim::scenario::raw::*;
use parksim::sim::firms::FirmStage;

fn rules(expand_probability: f64) -> RawLifecycle {
    RawLifecycle {
        distress_below_share: Num::plain(0.5),
        downsize_after_months: 3,
        downsize_share: Num::plain(0.25),
        exit_after_months: 6,
        expand_after_years: Num::plain(1.0),
        expand_probability_per_year: Num::plain(expand_probability),
        expand_share: Num::plain(0.5),
        source: None,
    }
}

#[test]
fn a_resident_short_of_power_downsizes_then_leaves_and_its_plot_is_free_again() {
    let mut raw = grid_park(1, 1, 2.0);
    archetype(&mut raw, "plastics").ramp_up_months = 0;
    raw.anchors = vec![anchor("a", "plastics", "R0C0", "2025-01", "2025-01")];
    // 3 MW asked of 1 MW: a third of its output, below the distress line of a half.
    let power = raw.utilities.iter_mut().find(|u| u.id == "power").unwrap();
    power.sources[0].capacity = Num::plain(1.0);
    raw.lifecycle = Some(rules(0.0));
    let scenario = validated(&raw);
    let mut sim = run(&scenario, 1, 8);
    let r = sim.records().to_vec();
    // Months 1–3 at full size; the third month of distress cuts it by a quarter, so from
    // month 4 it asks 2.25 MW; the sixth month of distress, it leaves.
    assert_eq!(r[0].utilities[0].demand, 3.0);
    assert!((r[3].utilities[0].demand - 2.25).abs() < 1e-9);
    assert!((r[3].jobs - 60.0 * 0.75).abs() < 1e-9);
    assert_eq!(r[5].registered_firms, 0);
    assert_eq!(r[5].exited_firms, 1);
    assert_eq!(r[6].utilities[0].demand, 0.0);
    let firms = sim.firms();
    assert_eq!(firms[0].1.stage, FirmStage::Exited);
    assert_eq!(firms[0].1.exited.unwrap().to_string(), "2025-06");
    // Its spent investment stays in the park's total.
    assert!(r[7].investment_usd_cum > 0.0);
}

#[test]
fn prospects_negotiate_before_they_register_and_calm_residents_expand() {
    let mut raw = grid_park(3, 3, 2.0);
    for a in &mut raw.archetypes {
        a.ramp_up_months = 0;
        a.construction_months = RawMonthRange { min: 1, max: 1 };
    }
    set_arrivals(&mut raw, "plastics", 12.0, 3.0);
    raw.demand.negotiation_months = Some(RawMonthRange { min: 4, max: 4 });
    raw.lifecycle = Some(rules(1.0));
    let scenario = validated(&raw);
    let mut sim = run(&scenario, 2, 48);
    let r = sim.records().to_vec();
    // Nobody registers in the first four months: those who chose are negotiating.
    assert!(r[..4].iter().all(|m| m.registered_firms == 0));
    assert!(r[3].negotiating_firms > 0);
    assert!(r[6].registered_firms > 0);
    for (firm, activity, _) in sim.firms() {
        // Four months of negotiation, then one of building.
        assert_eq!(firm.first_output.months_since(firm.registered), 1);
        // Operating a year and calm a year, with a sure chance a year: each has grown.
        if firm.full_output.months_since(scenario.simulation.start) < 20 {
            assert!(activity.scale > 1.0, "{}: {}", firm.name, activity.scale);
        }
    }
}
