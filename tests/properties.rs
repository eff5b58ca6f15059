//! Invariants that hold in every run, checked on random synthetic parks and seeds.

mod common;

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
