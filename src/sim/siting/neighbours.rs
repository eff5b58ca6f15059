//! Who is near whom: same-sector neighbours attract (agglomeration) and a high-hazard
//! process next to a low-hazard one repels, within radii from the scene; plots are
//! bucketed in a grid so that only the plots around a change are looked at.

use crate::scenario::Scenario;

/// The value a resident of archetype `other` adds to a plot `distance_m` away for a
/// prospect of archetype `k`: same-sector neighbours attract (agglomeration), a
/// high-hazard process next to a low-hazard one repels.
pub(super) fn neighbour_term(scenario: &Scenario, k: usize, other: usize, distance_m: f64) -> f64 {
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
pub(super) struct NeighbourGrid {
    cell_m: f64,
    origin: (f64, f64),
    cols: usize,
    rows: usize,
    cells: Vec<Vec<u32>>,
}

impl NeighbourGrid {
    pub(super) fn new(scenario: &Scenario, cell_m: f64) -> Self {
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
    pub(super) fn near(
        &self,
        scenario: &Scenario,
        p: (f64, f64),
        radius_m: f64,
    ) -> Vec<(usize, f64)> {
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

/// How far a resident's presence reaches (the larger of the agglomeration radius and the
/// hazard buffer, where their values are not zero).
pub(super) fn neighbour_reach_m(scenario: &Scenario) -> f64 {
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
