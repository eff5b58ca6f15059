//! What incentives cost and bring: the regime presets' exemptions with their years, the
//! discounted ledger of a hand-worked firm, the two limiting cases of redundancy, and a
//! longer holiday never bringing fewer residents.

use crate::common;

use common::{anchor, archetype, grid_park, run, set_arrivals, validated};
use parksim::scenario::raw::*;
use parksim::scenario::regimes;
use parksim::sim::fiscal::{TAX_EXPENDITURE_LINES, discount_factor, line_of};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * b.abs().max(1.0)
}

/// One plastics converter producing from its first month, under `regime` alone.
fn one_firm_under(regime: RawRegime) -> RawScenario {
    let mut raw = grid_park(1, 1, 2.0);
    archetype(&mut raw, "plastics").ramp_up_months = 0;
    raw.anchors = vec![anchor("a", "plastics", "R0C0", "2025-01", "2025-01")];
    raw.regimes = vec![regime];
    raw
}

fn preset(id: &str) -> RawRegime {
    RawRegime {
        name: String::new(),
        names: Default::default(),
        preset: Some(id.into()),
        from: "2025-01".into(),
        exemptions: Vec::new(),
        rent_discount_share: Num::plain(0.0),
        utility_refund: None,
        source: None,
    }
}

#[test]
fn each_preset_exempts_its_taxes_for_its_years() {
    // (preset, instruments exempt, years)
    let expected: [(&str, &[Instrument], u32); 5] = [
        ("az_industrial_park_10y", &ALL, 10),
        ("az_industrial_park_7y", &ALL, 7),
        (
            "alat_fez",
            &[
                Instrument::ProfitTax,
                Instrument::ImportVat,
                Instrument::ImportDuty,
            ],
            30,
        ),
        ("tajikistan_fez", &ALL, 30),
        ("no_incentives", &[], 0),
    ];
    assert_eq!(regimes::preset_ids().count(), expected.len());
    for (id, exempt, years) in expected {
        let scenario = validated(&one_firm_under(preset(id)));
        let regime = &scenario.regimes[0];
        assert_eq!(regime.name, regimes::preset(id).unwrap().name);
        let last_exempt_month = (years * 12).saturating_sub(1);
        let sim = run(&scenario, 1, years * 12 + 1);
        let r = sim.records();
        for instrument in ALL {
            let line = line_of(instrument);
            let is_exempt = exempt.contains(&instrument);
            // The model's rule, month by month from registration.
            assert_eq!(
                regime.exempt_share(instrument, last_exempt_month as i32) > 0.0,
                is_exempt && years > 0,
                "{id} {instrument:?}"
            );
            assert_eq!(
                regime.exempt_share(instrument, (years * 12) as i32),
                0.0,
                "{id} {instrument:?} ends after {years} years"
            );
            // And the ledger: taxes due every month (profit, property, land) are forgone
            // until the last month of the holiday and paid from the month after.
            if matches!(
                instrument,
                Instrument::ProfitTax | Instrument::PropertyTax | Instrument::LandTax
            ) {
                let te_last = r[last_exempt_month as usize]
                    .ledger
                    .month
                    .tax_expenditure_usd[line];
                let te_after = r[(years * 12) as usize].ledger.month.tax_expenditure_usd[line];
                assert_eq!(te_last > 0.0, is_exempt && years > 0, "{id} {instrument:?}");
                assert_eq!(te_after, 0.0, "{id} {instrument:?}");
            }
            // Taxes on imported equipment fall due in the month it is bought (the first).
            if matches!(instrument, Instrument::ImportVat | Instrument::ImportDuty) {
                assert_eq!(
                    r[0].ledger.month.tax_expenditure_usd[line] > 0.0,
                    is_exempt,
                    "{id} {instrument:?}"
                );
            }
        }
    }
}

const ALL: [Instrument; 5] = [
    Instrument::ProfitTax,
    Instrument::PropertyTax,
    Instrument::LandTax,
    Instrument::ImportVat,
    Instrument::ImportDuty,
];

fn with_fiscal(mut raw: RawScenario, redundancy: f64) -> RawScenario {
    raw.fiscal = Some(RawFiscal {
        discount_rate: Num::plain(0.1),
        redundancy_share: Num::plain(redundancy),
        redundancy_range: (Num::plain(0.0), Num::plain(1.0)),
        supplier_taxes_per_usd_output: Num::plain(0.01),
    });
    raw
}

#[test]
fn the_discounted_ledger_of_a_hand_worked_firm() {
    // Profit tax exempt for 1 year, nothing else: the converter earns 18 M USD a year at
    // a 12 % margin from its first month.
    let mut regime = preset("no_incentives");
    regime.preset = None;
    regime.name = "Profit tax holiday, 1 year".into();
    regime.exemptions = vec![RawExemption {
        instrument: Instrument::ProfitTax,
        share: Num::plain(1.0),
        years: Num::plain(1.0),
    }];
    let raw = with_fiscal(one_firm_under(regime), 0.0);
    let scenario = validated(&raw);
    let sim = run(&scenario, 1, 24);
    let r = sim.records();
    let profit_tax = 0.12 * 18e6 / 12.0 * 0.2;
    let supplier = 18e6 / 12.0 * 0.01;
    // Month 13 (elapsed 12): the holiday is over; its flows are worth 1/1.1 of today's.
    let m = &r[12].ledger.month;
    assert!(close(m.tax_expenditure_usd[0], 0.0));
    assert!(close(m.supplier_taxes_usd, supplier));
    assert!(close(m.induced_taxes_usd(), m.taxes_paid_usd + supplier));
    assert!(close(m.induced_pv_usd, m.induced_taxes_usd() / 1.1));
    // Month 12 (elapsed 11): profit tax forgone, discounted by 11 months.
    let m = &r[11].ledger.month;
    assert!(close(m.tax_expenditure_usd[0], profit_tax));
    assert!(close(m.te_pv_usd, profit_tax * discount_factor(0.1, 11)));
    // Redundancy 0: the firm came because of the holiday, so its induced taxes count and
    // the holiday costs nothing real.
    let c = &r[23].ledger.cumulative;
    assert!(close(c.net_pv_usd, c.induced_pv_usd));
    assert_eq!(TAX_EXPENDITURE_LINES[0], "profit_tax");
}

#[test]
fn redundancy_zero_and_one_give_the_two_limits_of_the_net_fiscal_effect() {
    let mut raw = grid_park(4, 3, 2.0);
    for a in &mut raw.archetypes {
        a.ramp_up_months = 0;
    }
    set_arrivals(&mut raw, "plastics", 12.0, 2.0);
    set_arrivals(&mut raw, "light_chemistry", 6.0, 2.0);
    let run_with = |r: f64| {
        let scenario = validated(&with_fiscal(raw.clone(), r));
        run(&scenario, 4, 120)
            .records()
            .last()
            .unwrap()
            .ledger
            .cumulative
    };
    let (none, all) = (run_with(0.0), run_with(1.0));
    // The same residents either way (redundancy does not change who comes).
    assert!(close(none.te_pv_usd, all.te_pv_usd) && none.te_pv_usd > 0.0);
    assert!(close(none.induced_pv_usd, all.induced_pv_usd) && none.induced_pv_usd > 0.0);
    // r = 0: every resident is additional: the net effect is all the induced taxes.
    assert!(close(
        none.net_pv_usd,
        none.induced_pv_usd - none.infrastructure_pv_usd
    ));
    assert!(close(none.net_pv_at(0.0), none.net_pv_usd));
    // r = 1: every resident would have come anyway: the net effect is minus the whole
    // tax expenditure.
    assert!(close(
        all.net_pv_usd,
        -all.te_pv_usd - all.infrastructure_pv_usd
    ));
    assert!(close(all.net_pv_at(1.0), all.net_pv_usd));
    // In between, the expected effect moves linearly between them.
    let half = none.net_pv_at(0.5);
    assert!(close(half, 0.5 * none.net_pv_usd + 0.5 * all.net_pv_usd));
}

#[test]
fn a_longer_holiday_never_brings_fewer_residents() {
    // A park with room to spare (no plot runs out; checked below), prospects of every
    // sector.
    let mut raw = grid_park(14, 14, 3.0);
    for sector in ["plastics", "light_chemistry", "metals", "food_processing"] {
        set_arrivals(&mut raw, sector, 6.0, 0.0);
    }
    raw.demand.outside_option_value = Num::plain(3.0);
    let residents = |years: f64, seed: u64| {
        let mut raw = raw.clone();
        for e in &mut raw.regimes[0].exemptions {
            e.years = Num::plain(years);
        }
        let scenario = validated(&raw);
        run(&scenario, seed, 120)
            .records()
            .last()
            .unwrap()
            .registered_firms
    };
    let mut totals = [0u32; 4];
    for seed in 0..12 {
        let by_years: Vec<u32> = [0.0, 5.0, 7.0, 10.0]
            .iter()
            .map(|&y| residents(y, seed))
            .collect();
        // With the same draws, each longer holiday keeps or adds residents.
        assert!(by_years[3] < 196, "seed {seed}: the park filled up");
        for pair in by_years.windows(2) {
            assert!(pair[0] <= pair[1], "seed {seed}: {by_years:?}");
        }
        for (t, n) in totals.iter_mut().zip(&by_years) {
            *t += n;
        }
    }
    assert!(
        totals[3] > totals[0],
        "the holiday attracts someone: {totals:?}"
    );
}

/// A substation a resident builds at its own cost (Dangara's cement investor): its cost is
/// that resident's investment, spent while it builds, and no public spending; the source
/// says who owns it; a resident that is not in the scene is refused at its line.
#[test]
fn infrastructure_a_resident_builds_is_its_investment_not_public_spending() {
    let mut raw = grid_park(1, 1, 2.0);
    raw.anchors = vec![anchor("a", "plastics", "R0C0", "2025-01", "2026-01")];
    let power = raw
        .utilities
        .iter_mut()
        .find(|u| u.kind == UtilityKind::Power)
        .expect("the synthetic park has power");
    let mut own = power.sources[0].clone();
    own.id = "own_substation".into();
    own.name = "Substation built by resident a".into();
    own.built_by = Some(RawBuiltBy {
        resident: "a".into(),
        capex_usd: Num::sourced(5_000_000.0, "test"),
    });
    power.sources.push(own);
    let base = validated(&{
        let mut r = raw.clone();
        r.utilities
            .iter_mut()
            .for_each(|u| u.sources.retain(|s| s.built_by.is_none()));
        r
    });
    let with = validated(&raw);
    let invested = |scene| {
        let sim = run(scene, 1, 24);
        let last = sim.records().last().unwrap().clone();
        (
            last.investment_usd_cum,
            last.investment_promised_usd,
            last.ledger.cumulative.infrastructure_usd,
        )
    };
    let (base_cum, base_promised, base_public) = invested(&base);
    let (cum, promised, public) = invested(&with);
    assert!(close(cum - base_cum, 5_000_000.0), "{cum} vs {base_cum}");
    assert!(close(promised - base_promised, 5_000_000.0));
    assert_eq!(public, base_public, "not public spending");
    let facts = parksim::report::facts::source_facts(
        &with,
        with.utilities
            .iter()
            .position(|u| u.kind == UtilityKind::Power)
            .unwrap(),
        with.utilities
            .iter()
            .find(|u| u.kind == UtilityKind::Power)
            .unwrap()
            .sources
            .len()
            - 1,
        &Default::default(),
        with.simulation.start,
    );
    assert!(
        facts
            .iter()
            .any(|(_, v)| v.contains("Resident a") && v.contains("5.0")),
        "{facts:?}"
    );

    let text = parksim::scenario::to_ron(&raw)
        .unwrap()
        .replace("resident: \"a\"", "resident: \"nobody\"");
    let err = parksim::scenario::parse(&text, std::path::Path::new("t.ron")).unwrap_err();
    let line = text.lines().position(|l| l.contains("\"nobody\"")).unwrap() + 1;
    assert!(
        err.to_string().contains(&format!("t.ron:{line}:")) && err.to_string().contains("nobody"),
        "{err}"
    );
}
