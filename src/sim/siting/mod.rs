//! Prospects arrive and choose a site: a conditional logit over the feasible free plots
//! and the outside option ("invest elsewhere or not at all").
//!
//! The value of plot j to a prospect of archetype k is
//! `V_kj = appeal_sector + β_inc,k · incentives_kj / I_k − β_rent · rent_j / I_k − β_short · shortage_k`,
//! present values in USD over the horizon, `I_k` the investment. The plot-dependent part
//! is static while a regime is in force, so `exp(V_kj)` is kept per archetype in a sum
//! tree over plots sorted by area: a prospect's feasible plots (area from its need up to
//! `max_plot_to_need_ratio` times it) are one contiguous range, whose total weight and a
//! draw within it cost O(log n). The choice is exact, and a park of 100,000 plots costs
//! the same per prospect as one of 100.

mod headroom;
mod index;
mod neighbours;
mod sum_tree;

pub use headroom::{shortage_share, utility_headroom};
pub use index::{SitingIndex, plot_suits};
pub use sum_tree::SumTree;

use bevy::prelude::*;
use rand::RngExt;

use super::MonthTally;
use super::demand::Prospects;
use super::firms::{Firm, FirmActivity, FirmStage, Registrar};
use super::networks::NetworkStates;
use super::operations::{Capacities, PendingCapacity};
use super::rng::{Stream, month_key, prospect_key};
use super::utilities::UtilityShapes;
use headroom::{Committed, reinforcement};

/// Times a prospect looks for another plot when its first choice has no network headroom.
const HEADROOM_RETRIES: usize = 20;

/// Each prospect, in order, takes a plot or the outside option.
pub(super) fn choose_sites(
    mut registrar: Registrar,
    prospects: Res<Prospects>,
    mut index: ResMut<SitingIndex>,
    mut tally: ResMut<MonthTally>,
    firms: Query<(&Firm, &FirmActivity)>,
    networks: Res<NetworkStates>,
    shapes: Res<UtilityShapes>,
    mut capacities: ResMut<Capacities>,
) {
    let scenario = registrar.scenario.0.clone();
    let clock = *registrar.clock;
    let seed = *registrar.seed;
    let month = clock.current();
    let regime = scenario.regime_index_at(month);
    // A new regime, or land released: every weight is worked out again.
    if regime != index.regime || scenario.phases_open(month) != index.phases_open {
        let free: Vec<bool> = (0..scenario.plots.len())
            .map(|plot| registrar.is_free(plot))
            .collect();
        let residents: Vec<(usize, usize)> = firms
            .iter()
            .sort_unstable_by_key::<&Firm, _>(|f| f.id)
            .filter(|(_, a)| a.stage != FirmStage::Exited)
            .map(|(f, _)| (f.plot, f.archetype))
            .collect();
        *index = SitingIndex::build(&scenario, regime, month, &free, &residents);
    }
    if prospects.0.is_empty() {
        return;
    }
    let (capacity, mut committed) = utility_headroom(&scenario, month, &capacities, &firms);
    let mut on_networks =
        (!networks.0.is_empty()).then(|| Committed::new(&scenario, &networks, &shapes, &firms));
    let d = &scenario.demand;
    for prospect in &prospects.0 {
        let k = prospect.archetype;
        let a = &scenario.archetypes[k];
        let appeal = d
            .arrivals
            .iter()
            .find(|ar| ar.sector == prospect.sector)
            .map_or(0.0, |ar| ar.park_appeal);
        let investment = a.investment_usd.max(1.0);
        let feedstock = if a.feedstock_from.iter().any(|&s| index.is_present(s)) {
            d.site_factors.feedstock_supplier_value
        } else {
            0.0
        };
        let alpha = appeal + a.incentive_sensitivity * index.incentive_value_usd[k] / investment
            - d.shortage_sensitivity * shortage_share(&scenario, k, &capacity, &committed)
            + feedstock;
        let (lo, hi) = index.area_range(&scenario, a.land_ha);
        let total = index.trees[k].sum(lo, hi);
        let sector_key = registrar.keys.sectors[prospect.sector];
        let mut rng = seed.stream(
            Stream::ProspectChoice,
            &[sector_key, month_key(month), prospect.number as u64],
        );
        let u_stay: f64 = rng.random();
        let u_plot: f64 = rng.random();
        if total <= 0.0 {
            tally.prospects_lost += 1;
            tally.prospects_without_plot += 1;
            continue;
        }
        // P(inside) = 1 / (1 + exp(V0 − α − ln Σ w)).
        let p_inside = 1.0 / (1.0 + (d.outside_option_value - alpha - total.ln()).exp());
        if u_stay >= p_inside {
            tally.prospects_lost += 1;
            continue;
        }
        let Some(mut pos) = index.trees[k].sample(lo, hi, u_plot) else {
            tally.prospects_lost += 1;
            continue;
        };
        // The plot's networks must take the new load: if they cannot, the prospect looks
        // again elsewhere (Refuse), or pays for reinforcement and waits (Reinforce).
        let mut connection = None;
        if let Some(on) = &on_networks {
            let mut set_aside = Vec::new();
            let mut fitted = false;
            for _ in 0..=HEADROOM_RETRIES {
                let plot = index.by_area[pos];
                let short = on.shortfalls(&scenario, &networks, &shapes, &capacities, k, plot);
                let reinforce = short
                    .as_ref()
                    .and_then(|s| reinforcement(&scenario, s, month));
                match (short, reinforce) {
                    (Some(s), _) if s.is_empty() => {
                        fitted = true;
                        break;
                    }
                    (Some(s), Some((ready, cost_usd))) => {
                        for &(utility, asset, add) in &s {
                            capacities.pending.push(PendingCapacity {
                                utility,
                                asset,
                                add,
                                ready,
                                expansion: None,
                            });
                        }
                        connection = Some((ready, cost_usd));
                        fitted = true;
                        break;
                    }
                    _ => {}
                }
                set_aside.push((pos, index.trees[k].get(pos)));
                index.trees[k].set(pos, 0.0);
                match index.trees[k].sample(lo, hi, rng.random()) {
                    Some(next) => pos = next,
                    None => break,
                }
            }
            for (p, w) in set_aside {
                index.trees[k].set(p, w);
            }
            if !fitted {
                tally.prospects_lost += 1;
                tally.prospects_refused_headroom += 1;
                continue;
            }
        }
        let plot = index.by_area[pos];
        if let Some(on) = &mut on_networks {
            on.add(&scenario, &networks, &shapes, k, plot);
        }
        index.occupy(&scenario, plot, k);
        for u in &a.uses {
            committed[u.utility] += a.full_demand(u.utility);
        }
        registrar.register_connected(
            k,
            plot,
            prospect_key(sector_key, month, prospect.number),
            None,
            connection,
        );
        tally.registrations += 1;
    }
}
