//! Invariants that hold in every run, checked on random synthetic parks and seeds.

use crate::common;

use std::collections::HashSet;

use parksim::scenario::synthetic;
use parksim::sim::plots::{PlotStatus, PlotTenancy};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn runs_keep_the_park_consistent(plots in 5usize..300, layout_seed in 0u64..1000, seed in any::<u64>(), months in 1u32..96, busy in 0.5f64..6.0) {
        let mut raw = synthetic::park(plots, layout_seed);
        for a in &mut raw.demand.arrivals {
            a.prospects_per_year.value *= busy;
        }
        let scenario = common::validated(&raw);
        let mut sim = common::run(&scenario, seed, months);
        let total_ha = scenario.plot_area_ha();
        let records = sim.records().to_vec();
        prop_assert_eq!(records.len(), months as usize);
        let mut previous_registered = 0;
        for r in &records {
            // No metric is ever NaN or infinite.
            let mut numbers = vec![r.occupied_ha, r.occupancy_pct, r.jobs, r.investment_usd_cum, r.output_usd];
            for u in &r.utilities {
                numbers.extend([u.demand, u.capacity, u.unserved]);
            }
            for flows in [&r.ledger.month, &r.ledger.cumulative] {
                numbers.extend([flows.rent_usd, flows.taxes_paid_usd, flows.payroll_taxes_usd]);
                numbers.extend(flows.tax_expenditure_usd);
            }
            prop_assert!(numbers.iter().all(|v| v.is_finite()), "{:?}", r);
            prop_assert!(numbers.iter().all(|v| *v >= 0.0), "{:?}", r);
            // Occupied land never exceeds the park's plots.
            prop_assert!(r.occupied_ha <= total_ha + 1e-9);
            prop_assert!(r.occupancy_pct <= 100.0 + 1e-9);
            prop_assert_eq!(r.registered_firms, r.construction_firms + r.operating_firms);
            prop_assert!(r.registered_firms >= previous_registered);
            prop_assert!(r.prospects_lost <= r.prospects_arrived);
            for u in &r.utilities {
                prop_assert!(u.unserved <= u.demand + 1e-9);
            }
            previous_registered = r.registered_firms;
        }
        // A plot holds at most one firm, and its tenancy names that firm.
        let firms = sim.firms();
        let mut taken = HashSet::new();
        for (firm, activity, _) in &firms {
            prop_assert!(taken.insert(firm.plot), "plot {} holds two firms", firm.plot);
            prop_assert!(activity.investment_cum_usd <= firm.investment_usd * (1.0 + 1e-9));
            prop_assert!(firm.registered <= firm.first_output && firm.first_output <= firm.full_output);
        }
        let world = sim.app.world_mut();
        let mut tenancies = world.query::<&PlotTenancy>();
        let held: Vec<_> = tenancies.iter(world).filter(|t| t.firm.is_some()).collect();
        prop_assert_eq!(held.len(), firms.len());
        prop_assert!(held.iter().all(|t| t.status != PlotStatus::Free));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]

    /// With networks, daily profiles, diversity, curtailment priorities, the life cycle
    /// and negotiation all on, shares stay shares and the books stay consistent.
    #[test]
    fn operations_keep_shares_and_books_consistent(
        plots in 5usize..150,
        layout_seed in 0u64..1000,
        seed in any::<u64>(),
        months in 1u32..120,
        diversity in 0.0f64..1.0,
        squeeze in 0.05f64..1.5,
        profiles in proptest::collection::vec(0usize..3, 4),
        priorities in proptest::collection::vec(1u8..4, 4),
    ) {
        use parksim::scenario::raw::*;
        let mut raw = synthetic::park(plots, layout_seed);
        synthetic::add_networks(&mut raw);
        for a in &mut raw.demand.arrivals {
            a.prospects_per_year.value *= 4.0;
        }
        for (k, a) in raw.archetypes.iter_mut().enumerate() {
            a.load_profile = LoadProfile::ALL[profiles[k % profiles.len()]];
        }
        for u in &mut raw.utilities {
            u.diversity_factor = Num::plain(diversity);
            for s in &mut u.sources {
                s.capacity.value *= squeeze;
            }
        }
        raw.curtailment = Some(RawCurtailment {
            default_priority: 2,
            rules: raw
                .archetypes
                .iter()
                .enumerate()
                .map(|(k, a)| RawCurtailmentRule {
                    utility: None,
                    sector: None,
                    archetype: Some(a.id.clone()),
                    priority: priorities[k % priorities.len()],
                })
                .collect(),
            source: None,
        });
        raw.demand.negotiation_months = Some(RawMonthRange { min: 0, max: 4 });
        raw.lifecycle = Some(RawLifecycle {
            distress_below_share: Num::plain(0.6),
            downsize_after_months: 3,
            downsize_share: Num::plain(0.3),
            exit_after_months: 6,
            expand_after_years: Num::plain(1.0),
            expand_probability_per_year: Num::plain(0.5),
            expand_share: Num::plain(0.2),
            source: None,
        });
        let scenario = common::validated(&raw);
        let mut sim = common::run(&scenario, seed, months);
        for r in sim.records() {
            for u in &r.utilities {
                prop_assert!(u.peak + 1e-9 >= u.demand, "peak below average: {:?}", u);
                prop_assert!(u.unserved >= -1e-9 && u.unserved <= u.demand + 1e-9, "{:?}", u);
            }
            let c = &r.ledger.cumulative;
            prop_assert!(c.te_pv_usd >= 0.0 && c.induced_pv_usd >= 0.0);
            // More redundancy never makes the incentives look better.
            prop_assert!(c.net_pv_at(0.0) + 1e-6 >= c.net_pv_at(1.0));
            prop_assert!(r.prospects_lost <= r.prospects_arrived);
        }
        let firms = sim.firms();
        let mut held = HashSet::new();
        for (firm, activity, _) in &firms {
            prop_assert!((0.0..=1.0).contains(&activity.served_share), "{}", activity.served_share);
            prop_assert!((0.0..=1.0).contains(&activity.running_share));
            // A plot holds at most one firm that has not left.
            if activity.exited.is_none() {
                prop_assert!(held.insert(firm.plot), "plot {} held twice", firm.plot);
            }
        }
    }
}
