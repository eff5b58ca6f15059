//! Model tests on a headless App: arrivals, siting, construction, curtailment, ledger.

use crate::common;

use common::*;
use parksim::scenario::YearMonth;
use parksim::scenario::raw::*;
use parksim::sim::firms::FirmStage;

#[test]
fn prospects_arrive_at_the_scene_rate_and_only_for_active_sectors() {
    let mut raw = grid_park(20, 20, 2.0);
    set_arrivals(&mut raw, "plastics", 120.0, 0.0);
    let scenario = validated(&raw);
    let mut totals = Vec::new();
    for seed in 0..20 {
        let mut sim = run(&scenario, seed, 12);
        totals.push(
            sim.records()
                .iter()
                .map(|r| r.prospects_arrived)
                .sum::<u32>() as f64,
        );
        assert!(
            sim.firms().iter().all(|(f, _, _)| f.archetype == 1),
            "only plastics prospects arrive"
        );
    }
    let mean = totals.iter().sum::<f64>() / totals.len() as f64;
    // Poisson(120) a year; the mean of 20 years has a standard deviation of about 2.4.
    assert!(
        (mean - 120.0).abs() < 10.0,
        "mean arrivals per year {mean}, expected about 120"
    );

    let mut none = grid_park(5, 5, 2.0);
    set_arrivals(&mut none, "plastics", 0.0, 0.0);
    let sim = run(&validated(&none), 1, 24);
    assert!(
        sim.records()
            .iter()
            .all(|r| r.prospects_arrived == 0 && r.registered_firms == 0)
    );
}

#[test]
fn siting_respects_plot_size_and_zone() {
    // Four rows of ten cells of 200 m; each row's plots are cut to a different size, and
    // the largest (4 ha) lie in a social zone.
    let mut raw = grid_park(10, 4, 4.0);
    let (w, h) = (10.0 * 220.0 + 200.0, 4.0 * 220.0 + 200.0);
    raw.park.zones = vec![
        RawZone {
            id: "industrial".into(),
            name: "Industrial".into(),
            names: Default::default(),
            kind: ZoneKind::Industrial,
            polygon_m: vec![
                (50.0, 50.0),
                (w - 50.0, 50.0),
                (w - 50.0, 750.0),
                (50.0, 750.0),
            ],
            phase: None,
            source: None,
        },
        RawZone {
            id: "social".into(),
            name: "Social".into(),
            names: Default::default(),
            kind: ZoneKind::Social,
            polygon_m: vec![
                (50.0, 750.0),
                (w - 50.0, 750.0),
                (w - 50.0, h - 50.0),
                (50.0, h - 50.0),
            ],
            phase: None,
            source: None,
        },
    ];
    let widths = [25.0, 50.0, 100.0, 200.0]; // × 200 m deep: 0.5, 1, 2 and 4 ha
    for plot in &mut raw.plots {
        let row: usize = plot.id[1..2].parse().unwrap();
        if let RawShape::Rect { width_m, .. } = &mut plot.shape {
            *width_m = widths[row];
        }
        if row == 3 {
            plot.zone = "social".into();
        }
    }
    // Plastics need 1 ha (plots of 1–3 ha suit); metal works need 3 ha (3–9 ha) but may
    // only locate in industrial zones, where no plot is that large.
    set_arrivals(&mut raw, "plastics", 24.0, 3.0);
    set_arrivals(&mut raw, "metals", 24.0, 3.0);
    let scenario = validated(&raw);
    let mut sim = run(&scenario, 3, 120);
    let firms = sim.firms();
    assert!(firms.len() >= 10, "plastics firms came ({})", firms.len());
    for (firm, _, _) in &firms {
        let plot = &scenario.plots[firm.plot];
        assert_eq!(scenario.archetypes[firm.archetype].id, "plastics");
        assert!(
            (1.0..=3.0).contains(&plot.area_ha),
            "plot {} of {} ha",
            plot.id,
            plot.area_ha
        );
        assert_eq!(scenario.zones[plot.zone].id, "industrial");
    }
    let arrived: u32 = sim.records().iter().map(|r| r.prospects_arrived).sum();
    assert!(
        arrived as usize > firms.len() + 10,
        "metal works arrived and were lost"
    );
}

#[test]
fn construction_lag_delays_output() {
    let mut raw = grid_park(5, 5, 2.0);
    let a = archetype(&mut raw, "light_chemistry");
    a.construction_months = RawMonthRange { min: 18, max: 18 };
    a.ramp_up_months = 5;
    set_arrivals(&mut raw, "light_chemistry", 6.0, 5.0);
    raw.anchors = vec![anchor("a1", "plastics", "R0C0", "2025-03", "2026-01")];
    let scenario = validated(&raw);
    let mut sim = run(&scenario, 11, 60);
    let firms = sim.firms();
    assert!(firms.len() > 3);
    for (firm, activity, _) in &firms {
        if firm.anchor.is_some() {
            assert_eq!(firm.registered, YearMonth::parse("2025-03").unwrap());
            assert_eq!(firm.first_output, YearMonth::parse("2026-01").unwrap());
        } else {
            assert_eq!(firm.construction_months(), 18, "{}", firm.name);
            assert_eq!(firm.full_output.months_since(firm.first_output), 5);
        }
        let end = sim.clock().current().plus_months(-1);
        let expected = if end < firm.first_output {
            FirmStage::UnderConstruction
        } else if end < firm.full_output {
            FirmStage::RampUp
        } else {
            FirmStage::Operating
        };
        assert_eq!(activity.stage, expected, "{}", firm.name);
    }
    // Nothing produces in the first 10 months: the anchor starts in 2026-01, the others
    // build for 18 months.
    for r in &sim.records()[..10] {
        assert_eq!(r.operating_firms, 0, "{}", r.date);
        assert_eq!(r.output_usd, 0.0);
    }
    let jan_2026 = &sim.records()[12];
    assert_eq!(jan_2026.date.to_string(), "2026-01");
    assert!(jan_2026.operating_firms >= 1 && jan_2026.output_usd > 0.0);
}

#[test]
fn shortage_curtails_output_in_proportion() {
    let mut raw = grid_park(3, 2, 2.0);
    archetype(&mut raw, "plastics").ramp_up_months = 0;
    raw.anchors = ["R0C0", "R0C1", "R0C2", "R1C0", "R1C1"]
        .iter()
        .enumerate()
        .map(|(i, p)| anchor(&format!("a{i}"), "plastics", p, "2025-01", "2025-01"))
        .collect();
    let power = raw.utilities.iter_mut().find(|u| u.id == "power").unwrap();
    power.sources[0].capacity = Num::plain(7.5);
    power.sources[1].capacity = Num::plain(7.5);
    power.sources[1].in_service = Some("2025-07".into());
    let scenario = validated(&raw);
    let sim = run(&scenario, 1, 8);
    let r = &sim.records();
    // Five plants of 3 MW each: 15 MW against 7.5 MW, so half their output until the
    // second source arrives in July.
    let full_month = 5.0 * 18e6 / 12.0;
    assert_eq!(r[0].utilities[0].demand, 15.0);
    assert_eq!(r[0].utilities[0].capacity, 7.5);
    assert_eq!(r[0].utilities[0].unserved, 7.5);
    assert!(
        (r[0].output_usd - 0.5 * full_month).abs() < 1e-6,
        "{}",
        r[0].output_usd
    );
    assert_eq!(r[0].jobs, 300.0, "curtailment cuts output, not jobs");
    assert_eq!(r[6].date.to_string(), "2025-07");
    assert_eq!(r[6].utilities[0].unserved, 0.0);
    assert!((r[6].output_usd - full_month).abs() < 1e-6);
}

#[test]
fn ledger_matches_a_hand_worked_firm() {
    let mut raw = grid_park(2, 2, 2.0);
    let a = archetype(&mut raw, "plastics");
    a.ramp_up_months = 0;
    // Plastics: 12 million USD, 60 % imported equipment, 60 jobs at 700 USD, output
    // 18 million USD a year at a 12 % margin; 3 MW, 100 m³/h gas, 10 m³/h water,
    // 7 m³/h wastewater, 4 t/h steam.
    raw.anchors = vec![anchor("a", "plastics", "R0C0", "2025-01", "2025-11")];
    raw.regimes[0]
        .exemptions
        .retain(|e| e.instrument == Instrument::ProfitTax);
    let scenario = validated(&raw);
    let sim = run(&scenario, 1, 11);
    let r = sim.records();

    // Month 1, building: 1.2 million USD spent.
    let m = &r[0].ledger.month;
    let rent = (1_600.0 + 3_200.0) / 12.0 * 0.588; // 2 ha on the tiered rent
    let land_tax = 100.0 * 2.0 / 12.0 * 0.588;
    let vat = 1.2e6 * 0.6 * 0.18;
    let duty = 1.2e6 * 0.6 * 0.05;
    let property = 1.2e6 * 0.01 / 12.0;
    assert_close(m.rent_usd, rent);
    assert_close(m.taxes_paid_usd, land_tax + vat + duty + property);
    assert_close(m.tax_expenditure_total_usd(), 0.0);

    // Month 11, first output at full capacity: profit tax exempt, the rest paid.
    let m = &r[10].ledger.month;
    let profit_tax = 0.12 * 18e6 / 12.0 * 0.2;
    let payroll = 60.0 * 700.0 * (0.22 + 0.14);
    let property = 12e6 * 0.01 / 12.0;
    assert_close(m.tax_expenditure_usd[0], profit_tax);
    assert_close(m.tax_expenditure_total_usd(), profit_tax);
    assert_close(m.payroll_taxes_usd, payroll);
    assert_close(m.taxes_paid_usd, property + land_tax + payroll);
    assert_close(r[10].investment_usd_cum, 12e6);

    // The same firm with a 20 % utility bill refund.
    raw.regimes[0].utility_refund = Some(RawUtilityRefund {
        share: Num::plain(0.2),
        years: Num::plain(10.0),
    });
    let sim = run(&validated(&raw), 1, 11);
    let bill = 730.0 * (3.0 * 50.0 + 100.0 * 0.12 + 10.0 * 0.5 + 7.0 * 0.3 + 4.0 * 20.0);
    assert_close(
        sim.records()[10].ledger.month.tax_expenditure_usd[5],
        0.2 * bill,
    );
    // Cumulative lines add up month by month.
    let sum: f64 = sim
        .records()
        .iter()
        .map(|r| r.ledger.month.taxes_paid_usd)
        .sum();
    assert_close(sim.records()[10].ledger.cumulative.taxes_paid_usd, sum);
}

fn assert_close(actual: f64, expected: f64) {
    assert!(
        (actual - expected).abs() <= 1e-6 * expected.abs().max(1.0),
        "got {actual}, expected {expected}"
    );
}

/// A new park from the template runs twenty years without a shortage: its sources feed
/// whatever firm takes its starter plot (the gas source once fed 17 % of one).
#[test]
fn a_new_park_from_the_template_runs_twenty_years_without_shortage() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenes/template.ron");
    let scenario = match parksim::scenario::load(&path) {
        Ok(s) => std::sync::Arc::new(s),
        Err(e) => panic!("scenes/template.ron is invalid:\n{e}"),
    };
    let mut residents = 0;
    for seed in 0..10 {
        let mut sim = run(&scenario, seed, 240);
        for r in sim.records() {
            for (k, u) in r.utilities.iter().enumerate() {
                assert!(
                    u.unserved <= 1e-9,
                    "seed {seed}, {}: {} short of utility kind {k} (demand {}, capacity {})",
                    r.date,
                    u.unserved,
                    u.demand,
                    u.capacity
                );
            }
        }
        residents += sim.firms().len();
    }
    assert!(residents > 0, "no firm ever came, so nothing was tested");
}

/// A dormant subject registers, holds its plot and never builds or invests; the scene's
/// `dormant_share` of the residents are.
#[test]
fn dormant_subjects_hold_their_plots_and_never_produce_or_invest() {
    let mut raw = grid_park(20, 10, 2.0);
    set_arrivals(&mut raw, "plastics", 24.0, 2.0);
    raw.demand.dormant_share = Some(Num::plain(0.4));
    let scenario = validated(&raw);
    let (mut dormant, mut all) = (0, 0);
    for seed in 0..8 {
        let mut sim = run(&scenario, seed, 96);
        for (firm, activity, _) in sim.firms() {
            // Registered in the first four years: a live firm has built by the end.
            if firm.registered > YearMonth::new(2028, 12) {
                continue;
            }
            all += 1;
            if activity.stage == FirmStage::UnderConstruction {
                dormant += 1;
                assert!(firm.dormant, "{} is still building", firm.name);
                assert_eq!(activity.investment_cum_usd, 0.0, "{}", firm.name);
                assert_eq!(activity.jobs_now, 0.0);
            } else {
                assert!(activity.investment_cum_usd > 0.0);
            }
        }
        // The map shows a dormant subject's plot as held, not as a building site.
        let firms = sim.firms();
        let world = sim.app.world_mut();
        let mut tenancies = world.query::<&parksim::sim::plots::PlotTenancy>();
        for t in tenancies.iter(world) {
            let Some(id) = t.firm else { continue };
            let (firm, activity, _) = firms.iter().find(|(f, _, _)| f.id == id).unwrap();
            if firm.dormant && activity.stage == FirmStage::UnderConstruction {
                assert_eq!(t.status, parksim::sim::plots::PlotStatus::Dormant);
            } else {
                assert_ne!(t.status, parksim::sim::plots::PlotStatus::Dormant);
            }
        }
    }
    let share = dormant as f64 / all as f64;
    assert!(all > 100, "{all} residents");
    assert!((share - 0.4).abs() < 0.08, "{dormant} of {all} dormant");
}
