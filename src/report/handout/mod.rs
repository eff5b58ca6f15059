//! The handout a delegation takes home (`parksim report`): one self-contained HTML file —
//! CSS inline, charts and maps as inline SVG drawn with `plotters`, no request to anywhere
//! — that can be emailed, opened offline and printed to A4. It shows the park's layout by
//! plot status at two or three months, the residents, jobs, investment, utilities' peak
//! loading and fiscal ledger as bands over many seeds (p10–p90 and the median), with
//! `--compare` both options and their paired differences, the ledger by instrument, the
//! model in one page, and every value the scene marks as an estimate. The same charts can
//! be written as PNG for slides.

pub(crate) mod draw;
pub(crate) mod page;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::report::facts::{Chart, chart_series};
use crate::scenario::{Scenario, YearMonth};
use crate::sim::Simulation;
use crate::sim::metrics::MonthRecord;
use crate::sim::plots::{ParkPlot, PlotStatus, PlotTenancy};
use crate::sweep::stats::{Band, band};

/// One option of the handout: a scene (with its regime) and its runs, one per seed.
pub struct Option_ {
    /// What the handout calls it: the park, and its regime.
    pub label: String,
    pub scenario: Arc<Scenario>,
    /// Each seed's months, in seed order.
    pub runs: Vec<Vec<MonthRecord>>,
}

/// A series of a chart over the seeds: its median and p10–p90, month by month.
#[derive(Clone, Debug)]
pub struct SeriesBands {
    pub name: String,
    /// Positions on the time axis (years).
    pub xs: Vec<f64>,
    pub bands: Vec<Option<Band>>,
}

/// The plots' statuses at a month of the scene's own seed: (plot, status, land released).
pub type MapAt = (YearMonth, Vec<(usize, PlotStatus, bool)>);

/// Everything the page shows, computed.
pub struct Handout {
    pub options: Vec<Option_>,
    pub seeds: Vec<u64>,
    pub maps: Vec<MapAt>,
}

impl Option_ {
    /// Runs `scenario` for every seed (in parallel; the runs are kept in seed order).
    pub fn run(
        label: String,
        scenario: Arc<Scenario>,
        seeds: &[u64],
        done: &(dyn Fn() + Sync),
    ) -> Self {
        let months = scenario.simulation.months;
        let runs = seeds
            .par_iter()
            .map(|&seed| {
                let mut sim = Simulation::new(scenario.clone(), seed);
                sim.run(months, |_| {});
                done();
                sim.records().to_vec()
            })
            .collect();
        Self {
            label,
            scenario,
            runs,
        }
    }

    /// The bands of each series of `chart` over the seeds, and the chart's unit.
    pub fn bands(&self, chart: Chart) -> (String, Vec<SeriesBands>) {
        let per_seed: Vec<(String, Vec<(String, Vec<[f64; 2]>)>)> = self
            .runs
            .iter()
            .map(|records| chart_series(chart, records))
            .collect();
        let Some((unit, first)) = per_seed.first() else {
            return (String::new(), Vec::new());
        };
        let series = first
            .iter()
            .enumerate()
            .map(|(s, (name, points))| SeriesBands {
                name: name.clone(),
                xs: points.iter().map(|p| p[0]).collect(),
                bands: (0..points.len())
                    .map(|m| {
                        band(
                            per_seed
                                .iter()
                                .filter_map(|(_, series)| series.get(s)?.1.get(m).map(|p| p[1])),
                        )
                    })
                    .collect(),
            })
            .collect();
        (unit.clone(), series)
    }

    /// A figure of each seed's last month.
    pub fn at_end(&self, figure: fn(&MonthRecord) -> f64) -> Vec<f64> {
        self.runs
            .iter()
            .map(|r| r.last().map_or(f64::NAN, figure))
            .collect()
    }
}

/// The months the maps show when none are asked for: a third of the way, two thirds, and
/// the run's last month.
pub fn default_map_months(scenario: &Scenario) -> Vec<YearMonth> {
    let months = scenario.simulation.months as i32;
    let start = scenario.simulation.start;
    let mut shown: Vec<YearMonth> = [months / 3, 2 * months / 3, months]
        .iter()
        .map(|m| start.plus_months((m - 1).max(0)))
        .collect();
    shown.dedup();
    shown
}

/// The plots' statuses at each of `months` (in order) in the run of the scene's own seed.
pub fn maps(scenario: &Arc<Scenario>, months: &[YearMonth]) -> Vec<MapAt> {
    let mut sorted = months.to_vec();
    sorted.sort();
    let mut sim = Simulation::new(scenario.clone(), scenario.simulation.seed);
    let mut done = 0u32;
    let mut maps = Vec::new();
    for month in sorted {
        let through = (month.months_since(scenario.simulation.start) + 1).max(0) as u32;
        sim.run(through.saturating_sub(done), |_| {});
        done = done.max(through);
        let world = sim.app.world_mut();
        let mut statuses: Vec<(usize, PlotStatus, bool)> = world
            .query::<(&ParkPlot, &PlotTenancy)>()
            .iter(world)
            .map(|(p, t)| (p.index, t.status, scenario.plot_open(p.index, month)))
            .collect();
        statuses.sort_by_key(|(p, _, _)| *p);
        maps.push((month, statuses));
    }
    maps
}

/// What `parksim report` was asked for.
pub struct Request {
    pub base: (String, Arc<Scenario>),
    pub other: Option<(String, Arc<Scenario>)>,
    pub seeds: Vec<u64>,
    pub map_months: Vec<YearMonth>,
    pub out: PathBuf,
    pub png: Option<PathBuf>,
}

impl Handout {
    /// Runs every option on the seeds, and the maps.
    pub fn make(request: &Request, done: &(dyn Fn() + Sync)) -> Self {
        let mut options = vec![Option_::run(
            request.base.0.clone(),
            request.base.1.clone(),
            &request.seeds,
            done,
        )];
        if let Some((label, scenario)) = &request.other {
            options.push(Option_::run(
                label.clone(),
                scenario.clone(),
                &request.seeds,
                done,
            ));
        }
        let shown = options.last().map_or(&request.base.1, |o| &o.scenario);
        let maps = maps(shown, &request.map_months);
        Self {
            options,
            seeds: request.seeds.clone(),
            maps,
        }
    }

    /// The page, as HTML.
    pub fn html(&self) -> Result<String, String> {
        page::html(self)
    }

    /// Each chart as a PNG file in `dir` (`firms.png`, …): the files written.
    pub fn pngs(&self, dir: &Path) -> Result<Vec<PathBuf>, String> {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let mut written = Vec::new();
        for chart in page::CHARTS {
            let png = draw::chart_png(self, chart)?;
            let path = dir.join(format!("{}.png", chart.slug()));
            crate::atomic_file::write_atomically(&path, &png)
                .map_err(|e| format!("{}: {e}", path.display()))?;
            written.push(path);
        }
        Ok(written)
    }
}
