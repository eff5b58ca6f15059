//! The siting index: per archetype, the weight of every free plot it could take, kept
//! in a sum tree over plots sorted by area, and re-weighted around a plot when a
//! resident arrives or leaves.

use bevy::prelude::*;

use super::neighbours::{NeighbourGrid, neighbour_reach_m, neighbour_term};
use super::sum_tree::SumTree;
use crate::scenario::Scenario;
use crate::sim::incentives;

/// Per archetype, the weight `exp(V_kj − plot-independent part)` of every plot it could
/// take, over plots sorted by area; zero where the plot is taken or unsuitable.
#[derive(Resource, Debug)]
pub struct SitingIndex {
    /// Plot indices in ascending order of area (ties by plot id).
    pub by_area: Vec<usize>,
    /// Position of each plot in `by_area`.
    pub position: Vec<usize>,
    pub trees: Vec<SumTree>,
    /// Per archetype, the present value (USD) of the incentives that do not depend on the plot.
    pub incentive_value_usd: Vec<f64>,
    /// Index of the regime the weights were computed for.
    pub regime: usize,
    /// How many of the land's phases were open when the weights were computed: plots of
    /// a phase not yet open weigh nothing.
    pub phases_open: usize,
    /// Per plot, the archetype of the resident on it (registered or negotiating).
    resident: Vec<Option<usize>>,
    /// Per archetype, how many of its residents are in the park.
    present: Vec<u32>,
    grid: NeighbourGrid,
    /// Per plot, its static site value (see `site_term`).
    site: Vec<f64>,
}

/// Whether a plot suits an archetype regardless of who holds it.
pub fn plot_suits(scenario: &Scenario, archetype: usize, plot: usize) -> bool {
    let a = &scenario.archetypes[archetype];
    let p = &scenario.plots[plot];
    p.serviced
        && a.zones.contains(&scenario.zones[p.zone].kind)
        && a.uses.iter().all(|u| {
            scenario.utilities[u.utility]
                .sources
                .iter()
                .any(|s| s.serves_plot(plot, p))
        })
}

/// `exp` of the plot-dependent part of the value of free plot `j` to archetype `k` under
/// regime `r` (0 where the plot does not suit it), before its neighbours: its land tax
/// incentive and rent (present values per USD invested) and `site_term`, its static
/// site value (rail and road distance).
fn plot_weight(
    scenario: &Scenario,
    r: &crate::scenario::Regime,
    k: usize,
    j: usize,
    rent_value_usd: f64,
    site_term: f64,
) -> f64 {
    if !plot_suits(scenario, k, j) {
        return 0.0;
    }
    let a = &scenario.archetypes[k];
    let investment = a.investment_usd.max(1.0);
    let land = incentives::land_tax_value_usd(scenario, r, scenario.plots[j].area_ha);
    let v = a.incentive_sensitivity * land / investment
        - scenario.demand.rent_sensitivity * rent_value_usd / investment
        + site_term;
    v.exp()
}

/// A plot's static site value: minus the scene's sensitivities times its distances (km)
/// to the nearest railway and road (0 where the park has none).
fn site_term(scenario: &Scenario, j: usize) -> f64 {
    let f = &scenario.demand.site_factors;
    let c = scenario.plots[j].centroid_m;
    let nearest_km = |lines: &[crate::scenario::Line]| {
        lines
            .iter()
            .map(|l| crate::scenario::geometry::distance_to_polyline(c, &l.points_m))
            .fold(f64::INFINITY, f64::min)
            / 1000.0
    };
    let mut term = 0.0;
    if f.rail_km_sensitivity > 0.0 && !scenario.park.rail.is_empty() {
        term -= f.rail_km_sensitivity * nearest_km(&scenario.park.rail);
    }
    if f.road_km_sensitivity > 0.0 && !scenario.park.roads.is_empty() {
        term -= f.road_km_sensitivity * nearest_km(&scenario.park.roads);
    }
    term
}

impl SitingIndex {
    /// Builds the index for the regime at `regime` in `month`, with the plots in `free`
    /// whose land is released then available, and `residents` (plot, archetype) in place.
    pub fn build(
        scenario: &Scenario,
        regime: usize,
        month: crate::scenario::YearMonth,
        free: &[bool],
        residents: &[(usize, usize)],
    ) -> Self {
        let n = scenario.plots.len();
        let mut by_area: Vec<usize> = (0..n).collect();
        by_area.sort_by(|&i, &j| {
            scenario.plots[i]
                .area_ha
                .total_cmp(&scenario.plots[j].area_ha)
                .then_with(|| scenario.plots[i].id.cmp(&scenario.plots[j].id))
        });
        let mut position = vec![0; n];
        for (pos, &plot) in by_area.iter().enumerate() {
            position[plot] = pos;
        }
        let r = &scenario.regimes[regime];
        let rent_values: Vec<f64> = (0..n)
            .map(|j| incentives::rent_value_usd(scenario, r, j))
            .collect();
        let site: Vec<f64> = (0..n).map(|j| site_term(scenario, j)).collect();
        let mut trees = Vec::with_capacity(scenario.archetypes.len());
        let mut incentive_value_usd = Vec::with_capacity(scenario.archetypes.len());
        for (k, a) in scenario.archetypes.iter().enumerate() {
            let weights: Vec<f64> = by_area
                .iter()
                .map(|&j| {
                    if free[j] && scenario.plot_open(j, month) {
                        plot_weight(scenario, r, k, j, rent_values[j], site[j])
                    } else {
                        0.0
                    }
                })
                .collect();
            trees.push(SumTree::new(&weights));
            incentive_value_usd.push(incentives::plot_independent_value_usd(scenario, r, a));
        }
        let reach_m = neighbour_reach_m(scenario);
        let mut index = Self {
            by_area,
            position,
            trees,
            incentive_value_usd,
            regime,
            phases_open: scenario.phases_open(month),
            resident: vec![None; n],
            present: vec![0; scenario.archetypes.len()],
            grid: NeighbourGrid::new(scenario, reach_m),
            site,
        };
        for &(plot, archetype) in residents {
            index.occupy(scenario, plot, archetype);
        }
        index
    }

    /// Positions (in `by_area`) of plots whose area suits a need of `land_ha`.
    pub fn area_range(&self, scenario: &Scenario, land_ha: f64) -> (usize, usize) {
        let max_ha = land_ha * scenario.demand.max_plot_to_need_ratio;
        let area = |pos: usize| scenario.plots[self.by_area[pos]].area_ha;
        let lo = self
            .by_area
            .partition_point(|&j| scenario.plots[j].area_ha < land_ha);
        let hi = lo + self.by_area[lo..].partition_point(|&j| scenario.plots[j].area_ha <= max_ha);
        debug_assert!(hi == lo || area(hi - 1) <= max_ha);
        (lo, hi)
    }

    /// A resident of `archetype` takes `plot`: the plot leaves every choice set, and the
    /// free plots around it gain or lose value for each archetype by its presence.
    pub fn occupy(&mut self, scenario: &Scenario, plot: usize, archetype: usize) {
        self.take(plot);
        if self.resident[plot].replace(archetype).is_none() {
            self.present[archetype] += 1;
        }
        self.reweigh_around(scenario, plot, archetype, 1.0);
    }

    /// Its resident has left: the plot is free again, valued with its neighbours as they
    /// are, and its former resident's pull or push on the plots around it ends.
    pub fn release(&mut self, scenario: &Scenario, plot: usize) {
        let Some(archetype) = self.resident[plot].take() else {
            return;
        };
        self.present[archetype] = self.present[archetype].saturating_sub(1);
        self.reweigh_around(scenario, plot, archetype, -1.0);
        let r = &scenario.regimes[self.regime];
        let rent = incentives::rent_value_usd(scenario, r, plot);
        let pos = self.position[plot];
        let around = self.grid.near(
            scenario,
            scenario.plots[plot].centroid_m,
            neighbour_reach_m(scenario),
        );
        for k in 0..self.trees.len() {
            let neighbours: f64 = around
                .iter()
                .filter(|(q, _)| *q != plot)
                .filter_map(|&(q, d)| self.resident[q].map(|a| neighbour_term(scenario, k, a, d)))
                .sum();
            let w = plot_weight(scenario, r, k, plot, rent, self.site[plot]) * neighbours.exp();
            self.trees[k].set(pos, w);
        }
    }

    /// Multiplies the weights of the free plots around `plot` by the presence (`sign` 1)
    /// or absence (−1) of a resident of `archetype` there.
    fn reweigh_around(&mut self, scenario: &Scenario, plot: usize, archetype: usize, sign: f64) {
        let reach_m = neighbour_reach_m(scenario);
        if reach_m <= 0.0 {
            return;
        }
        let p = scenario.plots[plot].centroid_m;
        for (q, d) in self.grid.near(scenario, p, reach_m) {
            if q == plot || self.resident[q].is_some() {
                continue;
            }
            let pos = self.position[q];
            for (k, tree) in self.trees.iter_mut().enumerate() {
                let term = neighbour_term(scenario, k, archetype, d);
                let w = tree.get(pos);
                if term != 0.0 && w > 0.0 {
                    tree.set(pos, w * (sign * term).exp());
                }
            }
        }
    }

    /// Whether a resident of the archetype is in the park (registered or negotiating).
    pub fn is_present(&self, archetype: usize) -> bool {
        self.present.get(archetype).is_some_and(|&n| n > 0)
    }

    /// Takes a plot out of every archetype's choice set.
    pub fn take(&mut self, plot: usize) {
        let pos = self.position[plot];
        for tree in &mut self.trees {
            tree.set(pos, 0.0);
        }
    }
}
