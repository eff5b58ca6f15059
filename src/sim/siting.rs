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

use bevy::prelude::*;
use rand::RngExt;
use rand_distr::{Distribution, Poisson};

use super::clock::SimClock;
use super::firms::{Firm, FirmActivity, FirmStage, Registrar};
use super::incentives;
use super::networks::NetworkStates;
use super::operations::{Capacities, PendingCapacity};
use super::rng::{SimSeed, Stream};
use super::utilities::UtilityShapes;
use super::{MonthTally, ScenarioRes};
use crate::scenario::{Asset, Connection, Scenario, YearMonth};

/// Times a prospect looks for another plot when its first choice has no network headroom.
const HEADROOM_RETRIES: usize = 20;

/// Per network, the peak load every registered resident has committed to each source and
/// link (full output, whether it produces yet or not), kept up to date within the month.
struct Committed {
    /// Per network (in [`NetworkStates`] order): per source, per link.
    sources: Vec<Vec<f64>>,
    links: Vec<Vec<f64>>,
}

/// An archetype's peak draw on utility `u` at full output, if it draws on it at all.
fn peak_need(
    scenario: &Scenario,
    shapes: &UtilityShapes,
    archetype: usize,
    u: usize,
) -> Option<f64> {
    let average = scenario.archetypes[archetype].full_demand(u);
    (average > 0.0).then(|| {
        let key = shapes.0[u].archetype_key[archetype] as usize;
        shapes.0[u].peak_of(key, average)
    })
}

/// A short asset on a plot's path: (utility, asset, shortfall in the utility's unit).
type Shortfall = (usize, Asset, f64);

impl Committed {
    fn new(
        scenario: &Scenario,
        networks: &NetworkStates,
        shapes: &UtilityShapes,
        firms: &Query<(&Firm, &FirmActivity)>,
    ) -> Self {
        let mut sources = Vec::new();
        let mut links = Vec::new();
        for state in &networks.0 {
            let u = state.graph.utility;
            let mut plot_load = vec![0.0; scenario.plots.len()];
            for (firm, activity) in firms {
                if activity.stage == FirmStage::Exited {
                    continue;
                }
                if let Some(need) = peak_need(scenario, shapes, firm.archetype, u) {
                    plot_load[firm.plot] += need;
                }
            }
            let (to_sources, to_links) = state.flows_for(&plot_load);
            sources.push(to_sources);
            links.push(to_links);
        }
        Self { sources, links }
    }

    /// What the archetype's load on the plot would overload, network by network: empty
    /// when it fits. `None` when no source in service reaches the plot.
    fn shortfalls(
        &self,
        scenario: &Scenario,
        networks: &NetworkStates,
        shapes: &UtilityShapes,
        capacities: &Capacities,
        archetype: usize,
        plot: usize,
    ) -> Option<Vec<Shortfall>> {
        let mut short = Vec::new();
        for (k, state) in networks.0.iter().enumerate() {
            let u = state.graph.utility;
            let Some(need) = peak_need(scenario, shapes, archetype, u) else {
                continue;
            };
            let source = state.source_of_plot(plot)?;
            let pending = |asset: Asset| -> f64 {
                capacities
                    .pending
                    .iter()
                    .filter(|p| p.utility == u && p.asset == asset)
                    .map(|p| p.add)
                    .sum()
            };
            let mut check = |asset: Asset, committed: f64| {
                let room = capacities.of(u, asset) + pending(asset) - committed;
                if need > room + 1e-9 {
                    short.push((u, asset, need - room.max(0.0)));
                }
            };
            for link in state.path_links(plot) {
                check(Asset::Link(link), self.links[k][link]);
            }
            check(Asset::Source(source), self.sources[k][source]);
        }
        Some(short)
    }

    /// Adds a new resident's load along its plot's paths.
    fn add(
        &mut self,
        scenario: &Scenario,
        networks: &NetworkStates,
        shapes: &UtilityShapes,
        archetype: usize,
        plot: usize,
    ) {
        for (k, state) in networks.0.iter().enumerate() {
            let u = state.graph.utility;
            let Some(need) = peak_need(scenario, shapes, archetype, u) else {
                continue;
            };
            for link in state.path_links(plot) {
                self.links[k][link] += need;
            }
            if let Some(s) = state.source_of_plot(plot) {
                self.sources[k][s] += need;
            }
        }
    }
}

/// Sums of non-negative weights over positions, with sampling by cumulative weight.
#[derive(Clone, Debug)]
pub struct SumTree {
    size: usize,
    nodes: Vec<f64>,
}

impl SumTree {
    pub fn new(weights: &[f64]) -> Self {
        let size = weights.len().next_power_of_two().max(1);
        let mut nodes = vec![0.0; 2 * size];
        nodes[size..size + weights.len()].copy_from_slice(weights);
        for i in (1..size).rev() {
            nodes[i] = nodes[2 * i] + nodes[2 * i + 1];
        }
        Self { size, nodes }
    }

    pub fn get(&self, i: usize) -> f64 {
        self.nodes[self.size + i]
    }

    pub fn set(&mut self, i: usize, w: f64) {
        let mut n = self.size + i;
        self.nodes[n] = w;
        while n > 1 {
            n /= 2;
            self.nodes[n] = self.nodes[2 * n] + self.nodes[2 * n + 1];
        }
    }

    /// Sum of weights at positions `lo..hi`.
    pub fn sum(&self, lo: usize, hi: usize) -> f64 {
        let (mut l, mut r) = (lo + self.size, hi + self.size);
        let (mut left, mut right) = (0.0, 0.0);
        while l < r {
            if l & 1 == 1 {
                left += self.nodes[l];
                l += 1;
            }
            if r & 1 == 1 {
                r -= 1;
                right += self.nodes[r];
            }
            l /= 2;
            r /= 2;
        }
        left + right
    }

    /// The position in `lo..hi` where the cumulative weight from `lo` first exceeds
    /// `u · sum(lo, hi)`, for `u` in [0, 1); `None` when the range has no weight.
    pub fn sample(&self, lo: usize, hi: usize, u: f64) -> Option<usize> {
        let total = self.sum(lo, hi);
        if total <= 0.0 {
            return None;
        }
        let target = self.sum(0, lo) + u * total;
        let mut n = 1;
        let mut acc = 0.0;
        while n < self.size {
            let left = self.nodes[2 * n];
            if acc + left > target {
                n *= 2;
            } else {
                acc += left;
                n = 2 * n + 1;
            }
        }
        let i = n - self.size;
        if (lo..hi).contains(&i) && self.get(i) > 0.0 {
            Some(i)
        } else {
            // Rounding put the draw just outside the range: take the nearest weighted one.
            let inside = i.clamp(lo, hi - 1);
            (inside..hi)
                .chain((lo..inside).rev())
                .find(|&j| self.get(j) > 0.0)
        }
    }
}

/// Per archetype, the weight `exp(V_kj − plot-independent part)` of every plot it could
/// take, over plots sorted by area; zero where the plot is taken or unsuitable.
#[derive(Resource, Debug)]
pub struct SitingIndex {
    /// Plot indices in ascending order of area (ties by index).
    pub by_area: Vec<usize>,
    /// Position of each plot in `by_area`.
    pub position: Vec<usize>,
    pub trees: Vec<SumTree>,
    /// Per archetype, the present value (USD) of the incentives that do not depend on the plot.
    pub incentive_value_usd: Vec<f64>,
    /// Index of the regime the weights were computed for.
    pub regime: usize,
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

/// The value a resident of archetype `other` adds to a plot `distance_m` away for a
/// prospect of archetype `k`: same-sector neighbours attract (agglomeration), a
/// high-hazard process next to a low-hazard one repels.
fn neighbour_term(scenario: &Scenario, k: usize, other: usize, distance_m: f64) -> f64 {
    use crate::scenario::Hazard;
    let f = &scenario.demand.site_factors;
    let (a, b) = (&scenario.archetypes[k], &scenario.archetypes[other]);
    let mut term = 0.0;
    if distance_m <= f.neighbour_radius_m && a.sector == b.sector {
        term += f.same_sector_neighbour_value;
    }
    let clash = matches!(
        (a.hazard, b.hazard),
        (Hazard::High, Hazard::Low) | (Hazard::Low, Hazard::High)
    );
    if clash && distance_m <= f.hazard_buffer_m {
        term -= f.hazard_neighbour_penalty;
    }
    term
}

/// Plots bucketed in square cells, for "who is within r metres" questions.
#[derive(Debug, Default)]
struct NeighbourGrid {
    cell_m: f64,
    origin: (f64, f64),
    cols: usize,
    rows: usize,
    cells: Vec<Vec<u32>>,
}

impl NeighbourGrid {
    fn new(scenario: &Scenario, cell_m: f64) -> Self {
        if cell_m <= 0.0 || scenario.plots.is_empty() {
            return Self::default();
        }
        let xs = scenario.plots.iter().map(|p| p.centroid_m.0);
        let ys = scenario.plots.iter().map(|p| p.centroid_m.1);
        let (x0, x1) = xs.fold((f64::MAX, f64::MIN), |(a, b), x| (a.min(x), b.max(x)));
        let (y0, y1) = ys.fold((f64::MAX, f64::MIN), |(a, b), y| (a.min(y), b.max(y)));
        let cols = (((x1 - x0) / cell_m) as usize + 1).min(4096);
        let rows = (((y1 - y0) / cell_m) as usize + 1).min(4096);
        let cell_m = cell_m
            .max((x1 - x0) / cols as f64)
            .max((y1 - y0) / rows as f64);
        let mut grid = Self {
            cell_m,
            origin: (x0, y0),
            cols,
            rows,
            cells: vec![Vec::new(); cols * rows],
        };
        for (j, p) in scenario.plots.iter().enumerate() {
            let (c, r) = grid.cell(p.centroid_m);
            grid.cells[r * cols + c].push(j as u32);
        }
        grid
    }

    fn cell(&self, p: (f64, f64)) -> (usize, usize) {
        let c = ((p.0 - self.origin.0) / self.cell_m).max(0.0) as usize;
        let r = ((p.1 - self.origin.1) / self.cell_m).max(0.0) as usize;
        (c.min(self.cols - 1), r.min(self.rows - 1))
    }

    /// Plots whose centroid lies within `radius_m` of `p` (with their distance).
    fn near(&self, scenario: &Scenario, p: (f64, f64), radius_m: f64) -> Vec<(usize, f64)> {
        let mut found = Vec::new();
        if self.cells.is_empty() {
            return found;
        }
        let reach = (radius_m / self.cell_m).ceil() as usize;
        let (c, r) = self.cell(p);
        for row in r.saturating_sub(reach)..=(r + reach).min(self.rows - 1) {
            for col in c.saturating_sub(reach)..=(c + reach).min(self.cols - 1) {
                for &j in &self.cells[row * self.cols + col] {
                    let q = scenario.plots[j as usize].centroid_m;
                    let d = ((q.0 - p.0).powi(2) + (q.1 - p.1).powi(2)).sqrt();
                    if d <= radius_m {
                        found.push((j as usize, d));
                    }
                }
            }
        }
        found
    }
}

impl SitingIndex {
    /// Builds the index for the regime at `regime` with the plots in `free` available and
    /// `residents` (plot, archetype) in place.
    pub fn build(
        scenario: &Scenario,
        regime: usize,
        free: &[bool],
        residents: &[(usize, usize)],
    ) -> Self {
        let n = scenario.plots.len();
        let mut by_area: Vec<usize> = (0..n).collect();
        by_area.sort_by(|&i, &j| {
            scenario.plots[i]
                .area_ha
                .total_cmp(&scenario.plots[j].area_ha)
                .then(i.cmp(&j))
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
                    if free[j] {
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

/// How far a resident's presence reaches (the larger of the agglomeration radius and the
/// hazard buffer, where their values are not zero).
fn neighbour_reach_m(scenario: &Scenario) -> f64 {
    let f = &scenario.demand.site_factors;
    let mut reach: f64 = 0.0;
    if f.same_sector_neighbour_value != 0.0 {
        reach = reach.max(f.neighbour_radius_m);
    }
    if f.hazard_neighbour_penalty != 0.0 {
        reach = reach.max(f.hazard_buffer_m);
    }
    reach
}

/// Prospective investors that arrived this month, in a stable order.
#[derive(Resource, Debug, Default)]
pub struct Prospects(pub Vec<Prospect>);

#[derive(Clone, Copy, Debug)]
pub struct Prospect {
    pub sector: usize,
    pub archetype: usize,
    /// Number of the prospect among its sector's arrivals this month.
    pub number: u32,
}

/// Draws this month's prospects: a Poisson number per sector, each of an archetype
/// drawn by the archetypes' shares in the sector.
pub(super) fn arrive_prospects(
    scenario: Res<ScenarioRes>,
    clock: Res<SimClock>,
    seed: Res<SimSeed>,
    mut prospects: ResMut<Prospects>,
    mut tally: ResMut<MonthTally>,
) {
    let month = clock.current();
    let month_key = clock.elapsed_months as u64;
    prospects.0.clear();
    *tally = MonthTally::default();
    for arrival in &scenario.demand.arrivals {
        if arrival.from.is_some_and(|from| month < from) || arrival.prospects_per_year <= 0.0 {
            continue;
        }
        let mean = arrival.prospects_per_year / 12.0;
        let mut rng = seed.stream(Stream::Arrivals, [arrival.sector as u64, month_key, 0]);
        let count = Poisson::new(mean)
            .map(|p| p.sample(&mut rng) as u32)
            .unwrap_or(0);
        let candidates: Vec<(usize, f64)> = scenario
            .archetypes
            .iter()
            .enumerate()
            .filter(|(_, a)| a.sector == arrival.sector && a.share_of_sector > 0.0)
            .map(|(k, a)| (k, a.share_of_sector))
            .collect();
        let total: f64 = candidates.iter().map(|(_, w)| w).sum();
        for number in 0..count {
            let mut rng = seed.stream(
                Stream::Prospect,
                [arrival.sector as u64, month_key, number as u64],
            );
            let mut u = rng.random::<f64>() * total;
            let mut archetype = candidates[candidates.len() - 1].0;
            for &(k, w) in &candidates {
                if u < w {
                    archetype = k;
                    break;
                }
                u -= w;
            }
            prospects.0.push(Prospect {
                sector: arrival.sector,
                archetype,
                number,
            });
        }
    }
    tally.prospects_arrived += prospects.0.len() as u32;
}

/// Utility capacity in service this month and demand committed by residents, per utility.
pub(super) fn utility_headroom(
    scenario: &Scenario,
    month: crate::scenario::YearMonth,
    firms: &Query<(&Firm, &FirmActivity)>,
) -> (Vec<f64>, Vec<f64>) {
    let capacity: Vec<f64> = scenario
        .utilities
        .iter()
        .map(|u| {
            u.sources
                .iter()
                .filter(|s| s.in_service_at(month))
                .map(|s| s.capacity)
                .sum()
        })
        .collect();
    let mut committed = vec![0.0; scenario.utilities.len()];
    for (firm, activity) in firms {
        if activity.stage == FirmStage::Exited {
            continue;
        }
        for u in &scenario.archetypes[firm.archetype].uses {
            committed[u.utility] += scenario.archetypes[firm.archetype].full_demand(u.utility);
        }
    }
    (capacity, committed)
}

/// Share (0–1) of the archetype's largest utility need that headroom cannot cover.
pub fn shortage_share(
    scenario: &Scenario,
    archetype: usize,
    capacity: &[f64],
    committed: &[f64],
) -> f64 {
    let a = &scenario.archetypes[archetype];
    a.uses
        .iter()
        .map(|u| {
            let need = a.full_demand(u.utility);
            if need <= 0.0 {
                return 0.0;
            }
            let headroom = (capacity[u.utility] - committed[u.utility]).max(0.0);
            ((need - headroom) / need).clamp(0.0, 1.0)
        })
        .fold(0.0, f64::max)
}

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
    if regime != index.regime {
        let free: Vec<bool> = (0..scenario.plots.len())
            .map(|plot| registrar.is_free(plot))
            .collect();
        let residents: Vec<(usize, usize)> = firms
            .iter()
            .filter(|(_, a)| a.stage != FirmStage::Exited)
            .map(|(f, _)| (f.plot, f.archetype))
            .collect();
        *index = SitingIndex::build(&scenario, regime, &free, &residents);
    }
    if prospects.0.is_empty() {
        return;
    }
    let (capacity, mut committed) = utility_headroom(&scenario, month, &firms);
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
        let mut rng = seed.stream(
            Stream::Prospect,
            [
                prospect.sector as u64,
                clock.elapsed_months as u64,
                prospect.number as u64,
            ],
        );
        // Skip the archetype draw made from this stream in `arrive_prospects`.
        let _: f64 = rng.random();
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
        registrar.register_connected(k, plot, None, connection);
        tally.registrations += 1;
    }
}

/// When the short assets' utilities all reinforce for a fee: the month the work is done
/// and its cost, USD. `None` when one of them refuses new load it cannot carry.
fn reinforcement(
    scenario: &Scenario,
    short: &[Shortfall],
    month: YearMonth,
) -> Option<(YearMonth, f64)> {
    let mut ready = month;
    let mut cost_usd = 0.0;
    for &(utility, _, add) in short {
        match scenario.utilities[utility].connection {
            Connection::Refuse => return None,
            Connection::Reinforce {
                capex_usd_per_unit,
                lead_months,
            } => {
                ready = ready.max(month.plus_months(lead_months as i32));
                cost_usd += add * capex_usd_per_unit;
            }
        }
    }
    Some((ready, cost_usd))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sum_tree_sums_and_samples_within_range() {
        let mut t = SumTree::new(&[1.0, 0.0, 2.0, 3.0, 4.0]);
        assert_eq!(t.sum(0, 5), 10.0);
        assert_eq!(t.sum(2, 4), 5.0);
        assert_eq!(t.sample(2, 4, 0.0), Some(2));
        assert_eq!(t.sample(2, 4, 0.39), Some(2));
        assert_eq!(t.sample(2, 4, 0.41), Some(3));
        assert_eq!(t.sample(2, 4, 0.999_999), Some(3));
        t.set(2, 0.0);
        t.set(3, 0.0);
        assert_eq!(t.sample(2, 4, 0.5), None);
        assert_eq!(t.sample(0, 5, 0.5), Some(4));
        assert_eq!(t.sample(1, 2, 0.5), None);
    }
}
