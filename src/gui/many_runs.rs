//! Many runs in the planner. After every change of the scene (an edit, a regime, a seed,
//! another scene opened), a sweep of its seeds runs in the background, off the frame, and
//! every line chart draws the p10–p90 band and the median behind the current run's line,
//! filling in as seeds finish; a newer change cancels the sweep and starts another.
//! "Pin as baseline" keeps the scene as it is then: its band and line stay on every chart
//! beside the current ones, the incentives view compares the two seed by seed, and the map
//! can be split to show both parks at the same month.
//!
//! The sweep always runs seeds 1 to N, whatever the scene's own seed: a baseline and the
//! current scene are then run on the same seeds (common random numbers), and their
//! difference seed by seed is the options' doing, not luck's.

use crate::scenario::Named;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bevy::prelude::*;
use rayon::prelude::*;

use super::PlannerSystems;
use super::editing::SceneGeneration;
use crate::report::facts::{Chart, chart_series};
use crate::scenario::Scenario;
use crate::sim::clock::SimClock;
use crate::sim::firms::Firm;
use crate::sim::metrics::MonthRecord;
use crate::sim::plots::{ParkPlot, PlotTenancy};
use crate::sim::utilities::{ParkUtility, UtilityLoad};
use crate::sim::{ScenarioRes, SimSchedule, Simulation, start_run};
use crate::sweep::stats::band;

/// Seeds of the planner's bands when it opens.
pub const DEFAULT_SEEDS: u32 = 100;

/// Fewest and most seeds the planner's bands can be set to.
pub const SEED_LIMITS: (u32, u32) = (10, 1_000);

/// Least time between two recomputations of the bands while seeds come in: the band
/// fills in a few times a second, without sorting every seed's values every frame.
const BANDS_EVERY: Duration = Duration::from_millis(200);

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<ManyRuns>().add_systems(
        Update,
        (follow_the_scene, gather_seeds)
            .chain()
            .in_set(PlannerSystems::ModelTick),
    );
}

/// One seed's line charts: for each of [`Chart::LINES`], each series' name and its value
/// month by month (as the chart draws it), and the months' places on the time axis.
#[derive(Clone, Debug, PartialEq)]
pub struct SeedCharts {
    pub xs: Vec<f64>,
    pub charts: Vec<Vec<(String, Vec<f64>)>>,
}

impl SeedCharts {
    pub fn of(records: &[MonthRecord]) -> Self {
        let xs = records
            .iter()
            .map(|r| crate::report::facts::month_x(r.date))
            .collect();
        let charts = Chart::LINES
            .iter()
            .map(|&chart| {
                chart_series(chart, records)
                    .1
                    .into_iter()
                    .map(|(name, points)| (name, points.into_iter().map(|p| p[1]).collect()))
                    .collect()
            })
            .collect();
        Self { xs, charts }
    }

    /// The values of `chart`'s series named `name`, month by month.
    pub fn series(&self, chart: Chart, name: &str) -> Option<&[f64]> {
        let c = Chart::LINES.iter().position(|&l| l == chart)?;
        self.charts[c]
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_slice())
    }
}

/// A series' band: month by month, the p10, median and p90 over the seeds done.
#[derive(Clone, Debug, PartialEq)]
pub struct SeriesBand {
    pub name: String,
    /// The months' places on the time axis.
    pub xs: Vec<f64>,
    pub p10: Vec<f64>,
    pub p50: Vec<f64>,
    pub p90: Vec<f64>,
}

/// A sweep of one scene's seeds 1 to N, run in the background.
pub struct BandSweep {
    pub scenario: Arc<Scenario>,
    pub seeds: u32,
    /// Each seed's charts once it has finished, by position (seed 1 first).
    runs: Vec<Option<SeedCharts>>,
    /// Seeds finished so far.
    pub done: u32,
    receiver: Option<Mutex<Receiver<(usize, SeedCharts)>>>,
    /// Set to stop the sweep: its threads finish the month they are in and stop.
    cancel: Arc<AtomicBool>,
    /// For each of [`Chart::LINES`], the bands of its series over the seeds done when they
    /// were last computed.
    pub bands: Vec<Vec<SeriesBand>>,
    bands_from: u32,
    bands_at: Option<Instant>,
    pub started: Instant,
    /// How long the whole sweep took, once every seed is in.
    pub took: Option<Duration>,
}

impl BandSweep {
    /// Starts the seeds 1 to `seeds` of `scenario`, `months` months each, on background
    /// threads (as many as there are cores).
    pub fn start(scenario: Arc<Scenario>, seeds: u32, months: u32) -> Self {
        let (sender, receiver) = channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let stop = cancel.clone();
        let of = scenario.clone();
        let sender = Mutex::new(sender);
        let spawned = std::thread::Builder::new()
            .name("parksim bands".into())
            .spawn(move || {
                let Ok(pool) = rayon::ThreadPoolBuilder::new()
                    .num_threads(band_threads())
                    .thread_name(|i| format!("parksim bands {i}"))
                    .build()
                else {
                    return;
                };
                pool.install(|| {
                    (0..seeds as usize).into_par_iter().for_each_init(
                        || {
                            (
                                Simulation::new(of.clone(), 0),
                                sender.lock().map(|s| s.clone()),
                            )
                        },
                        |(sim, sender), r| {
                            if stop.load(Ordering::Relaxed) {
                                return;
                            }
                            sim.restart(r as u64 + 1);
                            for _ in 0..months {
                                if stop.load(Ordering::Relaxed) {
                                    return;
                                }
                                sim.step();
                            }
                            if let Ok(sender) = sender {
                                let _ = sender.send((r, SeedCharts::of(sim.records())));
                            }
                        },
                    );
                });
            });
        Self {
            scenario,
            seeds,
            runs: vec![None; seeds as usize],
            done: 0,
            receiver: spawned.ok().map(|_| Mutex::new(receiver)),
            cancel,
            bands: Vec::new(),
            bands_from: 0,
            bands_at: None,
            started: Instant::now(),
            took: None,
        }
    }

    /// Every seed is in.
    pub fn complete(&self) -> bool {
        self.done == self.seeds
    }

    /// The flag that stops this sweep (for tests: whether it was cancelled).
    pub fn cancel_flag(&self) -> Arc<AtomicBool> {
        self.cancel.clone()
    }

    /// Takes the seeds finished since the last call, and computes the bands again when
    /// the last computation is old enough or the sweep is complete. Whether the bands
    /// changed.
    pub fn gather(&mut self) -> bool {
        if let Some(receiver) = self.receiver.as_ref().and_then(|r| r.lock().ok()) {
            for (r, charts) in receiver.try_iter() {
                if self.runs[r].is_none() {
                    self.done += 1;
                }
                self.runs[r] = Some(charts);
            }
        }
        if self.complete() && self.took.is_none() {
            self.took = Some(self.started.elapsed());
            self.receiver = None;
        }
        let due = self.complete() || self.bands_at.is_none_or(|t| t.elapsed() >= BANDS_EVERY);
        if self.done == self.bands_from || !due {
            return false;
        }
        self.bands = self.compute_bands();
        self.bands_from = self.done;
        self.bands_at = Some(Instant::now());
        true
    }

    /// The bands of every series over the seeds finished.
    fn compute_bands(&self) -> Vec<Vec<SeriesBand>> {
        let done: Vec<&SeedCharts> = self.runs.iter().flatten().collect();
        let Some(first) = done.first() else {
            return Vec::new();
        };
        Chart::LINES
            .iter()
            .enumerate()
            .map(|(c, &chart)| {
                first.charts[c]
                    .iter()
                    .map(|(name, values)| {
                        let runs: Vec<&[f64]> =
                            done.iter().filter_map(|s| s.series(chart, name)).collect();
                        let mut b = SeriesBand {
                            name: name.clone(),
                            xs: first.xs.clone(),
                            p10: Vec::with_capacity(values.len()),
                            p50: Vec::with_capacity(values.len()),
                            p90: Vec::with_capacity(values.len()),
                        };
                        for m in 0..values.len() {
                            let at = band(runs.iter().filter_map(|v| v.get(m).copied()));
                            let (p10, p50, p90) = at
                                .map_or((f64::NAN, f64::NAN, f64::NAN), |x| (x.p10, x.p50, x.p90));
                            b.p10.push(p10);
                            b.p50.push(p50);
                            b.p90.push(p90);
                        }
                        b
                    })
                    .collect()
            })
            .collect()
    }

    /// The bands of `chart`, once any seed is in.
    pub fn bands_of(&self, chart: Chart) -> &[SeriesBand] {
        Chart::LINES
            .iter()
            .position(|&c| c == chart)
            .and_then(|c| self.bands.get(c))
            .map_or(&[], Vec::as_slice)
    }

    /// Seed `r`'s (from 0) value of `chart`'s series `name` in month `m` (from 0), once
    /// that seed is in.
    pub fn value(&self, r: usize, chart: Chart, name: &str, m: usize) -> Option<f64> {
        self.runs
            .get(r)?
            .as_ref()?
            .series(chart, name)?
            .get(m)
            .copied()
    }

    /// A copy of a complete sweep (to pin it as a baseline without running it again).
    fn copy_if_complete(&self) -> Option<Self> {
        self.complete().then(|| Self {
            scenario: self.scenario.clone(),
            seeds: self.seeds,
            runs: self.runs.clone(),
            done: self.done,
            receiver: None,
            cancel: Arc::new(AtomicBool::new(false)),
            bands: self.bands.clone(),
            bands_from: self.bands_from,
            bands_at: self.bands_at,
            started: self.started,
            took: self.took,
        })
    }
}

/// Threads of a band: every core but one, which is left to the frame (at least one).
fn band_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get().saturating_sub(1).max(1))
}

impl Drop for BandSweep {
    fn drop(&mut self) {
        self.cancel.store(true, Ordering::Relaxed);
    }
}

/// The scene pinned as a baseline.
pub struct Baseline {
    /// What the planner calls it: the park and its regime when pinned.
    pub label: String,
    pub scenario: Arc<Scenario>,
    /// Its run with the scene's own seed, whole (the line beside the current run's).
    pub line: SeedCharts,
    pub sweep: BandSweep,
    /// Its run with the scene's seed, stepped to the month the planner shows, for the
    /// split map: the model's world of a headless run, without its app.
    map_run: World,
    /// The utilities that reach each plot (see [`crate::gui::map::reach`]).
    pub reach: Vec<Vec<usize>>,
    /// The triangles of the park's ground, then of each zone, then of each plot, for the
    /// split map (worked out once: the baseline's layout does not change).
    pub triangles: Vec<Vec<u32>>,
}

impl Baseline {
    /// Pins `scenario` (whose sweep may be done already: `sweep` then is a copy of it).
    pub fn pin(scenario: Arc<Scenario>, sweep: Option<BandSweep>, seeds: u32) -> Self {
        let months = scenario.simulation.months;
        let mut whole = Simulation::new(scenario.clone(), scenario.simulation.seed);
        whole.run(months, |_| {});
        let regime = scenario
            .regimes
            .iter()
            .map(|r| r.shown_name())
            .collect::<Vec<_>>()
            .join(" → ");
        Self {
            label: if regime.is_empty() {
                scenario.park.shown_name().to_owned()
            } else {
                format!("{} — {regime}", scenario.park.shown_name())
            },
            line: SeedCharts::of(whole.records()),
            sweep: sweep.unwrap_or_else(|| BandSweep::start(scenario.clone(), seeds, months)),
            map_run: std::mem::take(
                Simulation::new(scenario.clone(), scenario.simulation.seed)
                    .app
                    .world_mut(),
            ),
            reach: crate::gui::map::reach(&scenario),
            triangles: std::iter::once(&scenario.park.boundary_m)
                .chain(scenario.zones.iter().map(|z| &z.polygon_m))
                .chain(scenario.plots.iter().map(|p| &p.polygon_m))
                .map(|polygon| crate::gui::map::triangulate(polygon))
                .collect(),
            scenario,
        }
    }

    /// The state of every plot of the baseline's run at `months` months from its start
    /// (restarted when the planner went back in time), and the month it shows.
    pub fn plots_at(&mut self, months: u32) -> (Vec<crate::gui::layers::PlotState>, String) {
        let world = &mut self.map_run;
        if world.resource::<SimClock>().elapsed_months > months {
            start_run(world, self.scenario.clone(), self.scenario.simulation.seed);
        }
        while world.resource::<SimClock>().elapsed_months < months {
            world.run_schedule(SimSchedule);
        }
        let mut plots = world.query::<(&ParkPlot, &PlotTenancy)>();
        let mut firms = world.query::<&Firm>();
        let mut utilities = world.query::<(&ParkUtility, &UtilityLoad)>();
        let states = crate::gui::map::plot_states(
            &self.scenario,
            crate::gui::time::month_of_map(world.resource::<SimClock>()),
            &self.reach,
            plots.iter(world),
            firms.iter(world),
            utilities.iter(world),
            world.get_resource::<crate::sim::networks::NetworkStates>(),
        );
        (
            states,
            crate::gui::time::month_shown(world.resource::<SimClock>()),
        )
    }
}

/// The planner's many runs: the band of the scene being edited, and the pinned baseline.
#[derive(Resource)]
pub struct ManyRuns {
    /// Seeds of a band.
    pub seeds: u32,
    /// Seeds as set in the charts panel, taken once the field is let go.
    pub seeds_typed: u32,
    /// The band of the scene as it is now.
    pub current: Option<BandSweep>,
    pub baseline: Option<Baseline>,
    /// The map split in two: the baseline's park on the left, the current one on the right.
    pub split_map: bool,
    /// Asked by the panels: pin the current scene as the baseline, or unpin it.
    pub pin_requested: bool,
    pub unpin_requested: bool,
    /// The scene generation and seeds the current band was started for.
    started_for: Option<(u64, u32)>,
    /// Sweeps started since the planner opened.
    pub sweeps_started: u64,
}

impl Default for ManyRuns {
    fn default() -> Self {
        Self {
            seeds: DEFAULT_SEEDS,
            seeds_typed: DEFAULT_SEEDS,
            current: None,
            baseline: None,
            split_map: false,
            pin_requested: false,
            unpin_requested: false,
            started_for: None,
            sweeps_started: 0,
        }
    }
}

impl ManyRuns {
    /// The sweep of the scene as it is now, and how far it is.
    pub fn progress(&self) -> Option<(u32, u32)> {
        self.current.as_ref().map(|s| (s.done, s.seeds))
    }
}

/// A figure of the incentives view compared between the baseline and the current scene
/// at one month, over the seeds both bands have finished.
#[derive(Clone, Debug, PartialEq)]
pub struct PairedFigure {
    /// The series' name, as its chart shows it.
    pub name: String,
    /// Its unit, as its chart shows it.
    pub unit: String,
    pub baseline_median: f64,
    pub current_median: f64,
    /// The difference current − baseline, seed by seed: p10, median, p90.
    pub difference: crate::sweep::stats::Band,
    /// Share (0–1) of the seeds in which the current scene does better.
    pub current_better: f64,
    pub seeds: usize,
}

/// The incentives' figures and what they brought (the fiscal chart's series, jobs,
/// investment, residents), compared seed by seed at month `m` (from 0): empty until both
/// bands have a seed in common.
pub fn paired_figures(many: &ManyRuns, m: usize) -> Vec<PairedFigure> {
    let (Some(current), Some(baseline)) = (&many.current, &many.baseline) else {
        return Vec::new();
    };
    let baseline = &baseline.sweep;
    // (chart, position of the series, whether less is better).
    const FIGURES: [(Chart, usize, bool); 7] = [
        (Chart::Fiscal, 1, true),
        (Chart::Fiscal, 0, false),
        (Chart::Fiscal, 2, false),
        (Chart::Fiscal, 3, true),
        (Chart::Jobs, 0, false),
        (Chart::Investment, 0, false),
        (Chart::Firms, 0, false),
    ];
    let seeds = current.seeds.min(baseline.seeds) as usize;
    FIGURES
        .iter()
        .filter_map(|&(chart, i, lower_better)| {
            let name = &current.bands_of(chart).get(i)?.name;
            let pairs: Vec<(f64, f64)> = (0..seeds)
                .filter_map(|r| {
                    Some((
                        baseline.value(r, chart, name, m)?,
                        current.value(r, chart, name, m)?,
                    ))
                })
                .collect();
            let difference = band(pairs.iter().map(|(b, c)| c - b))?;
            let better = pairs
                .iter()
                .filter(|(b, c)| if lower_better { c < b } else { c > b })
                .count();
            Some(PairedFigure {
                name: name.clone(),
                unit: chart_series(chart, &[]).0,
                baseline_median: band(pairs.iter().map(|p| p.0))?.p50,
                current_median: band(pairs.iter().map(|p| p.1))?.p50,
                difference,
                current_better: better as f64 / pairs.len() as f64,
                seeds: pairs.len(),
            })
        })
        .collect()
}

/// Starts a new band when the scene changed (or the number of seeds), which cancels the
/// one running; pins and unpins the baseline as asked.
fn follow_the_scene(
    mut many: ResMut<ManyRuns>,
    generation: Res<SceneGeneration>,
    scenario: Res<ScenarioRes>,
) {
    let key = (generation.0, many.seeds);
    if many.started_for != Some(key) {
        let seeds = many.seeds;
        let months = scenario.simulation.months;
        // Dropping the old sweep stops it.
        many.current = Some(BandSweep::start(scenario.0.clone(), seeds, months));
        many.started_for = Some(key);
        many.sweeps_started += 1;
    }
    if std::mem::take(&mut many.pin_requested) {
        let copy = many.current.as_ref().and_then(BandSweep::copy_if_complete);
        let seeds = many.seeds;
        many.baseline = Some(Baseline::pin(scenario.0.clone(), copy, seeds));
    }
    if std::mem::take(&mut many.unpin_requested) {
        many.baseline = None;
        many.split_map = false;
    }
    // A baseline of another number of seeds is run again with as many as the current band.
    let seeds = many.seeds;
    if let Some(baseline) = &mut many.baseline
        && baseline.sweep.seeds != seeds
    {
        let months = baseline.scenario.simulation.months;
        baseline.sweep = BandSweep::start(baseline.scenario.clone(), seeds, months);
    }
}

/// Takes the seeds finished since the last frame into the bands.
fn gather_seeds(mut many: ResMut<ManyRuns>) {
    let many = &mut *many;
    if let Some(current) = &mut many.current {
        current.gather();
    }
    if let Some(baseline) = &mut many.baseline {
        baseline.sweep.gather();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gui::editing::{EditAction, PendingEdits};
    use crate::scenario::edit::Edit;

    /// The model and the planner's editing (as the editing tests have them) and bands.
    fn app() -> App {
        let scenario = Arc::new(crate::scenario::small_park_for_tests());
        let mut app = crate::gui::editing::tests::app_of(scenario);
        app.add_plugins(plugin);
        app
    }

    fn edit(app: &mut App, seed: u64) {
        app.world_mut()
            .resource_mut::<PendingEdits>()
            .0
            .push(EditAction::Apply(Edit::SetSeed { seed }));
        app.update();
    }

    /// Updates the app until the current band is complete (at most a minute).
    fn until_complete(app: &mut App) {
        let began = Instant::now();
        while !app
            .world()
            .resource::<ManyRuns>()
            .current
            .as_ref()
            .is_some_and(|s| s.complete() && s.bands_from == s.seeds)
        {
            assert!(
                began.elapsed() < Duration::from_secs(60),
                "the band never completed"
            );
            std::thread::sleep(Duration::from_millis(5));
            app.update();
        }
    }

    #[test]
    fn an_edit_starts_a_background_band_a_newer_edit_cancels_it_and_the_bands_reach_the_charts() {
        let mut app = app();
        app.world_mut().resource_mut::<ManyRuns>().seeds = 20;
        app.update();
        assert_eq!(app.world().resource::<ManyRuns>().sweeps_started, 1);
        until_complete(&mut app);

        edit(&mut app, 7);
        let many = app.world().resource::<ManyRuns>();
        assert_eq!(many.sweeps_started, 2, "an edit starts a sweep");
        let first = many.current.as_ref().unwrap().cancel_flag();
        assert!(!first.load(Ordering::Relaxed));
        edit(&mut app, 8);
        assert_eq!(app.world().resource::<ManyRuns>().sweeps_started, 3);
        assert!(
            first.load(Ordering::Relaxed),
            "a newer edit cancels the sweep still running"
        );
        // The frame never waits for the sweep: it runs on other threads.
        until_complete(&mut app);

        let many = app.world().resource::<ManyRuns>();
        let sweep = many.current.as_ref().unwrap();
        let months = app.world().resource::<ScenarioRes>().simulation.months as usize;
        for chart in Chart::LINES {
            let bands = sweep.bands_of(chart);
            assert!(!bands.is_empty(), "{chart:?} has no band");
            for b in bands {
                assert_eq!(b.p50.len(), months, "{chart:?} {}", b.name);
                for m in 0..months {
                    assert!(
                        b.p10[m] <= b.p50[m] && b.p50[m] <= b.p90[m],
                        "{chart:?} {} month {m}",
                        b.name
                    );
                }
            }
        }
        // The seeds differ: the band of jobs has width by the end.
        let jobs = &sweep.bands_of(Chart::Jobs)[0];
        assert!(jobs.p90[months - 1] > jobs.p10[months - 1], "{jobs:?}");
        // What the chart draws is this band.
        let drawn = crate::gui::panels::charts::bands_drawn(Chart::Jobs, many);
        assert_eq!(drawn.len(), 1);
        assert_eq!(drawn[0].band, jobs);
    }

    #[test]
    fn a_pinned_baseline_keeps_its_band_and_pairs_seed_by_seed() {
        let mut app = app();
        app.world_mut().resource_mut::<ManyRuns>().seeds = 12;
        app.update();
        until_complete(&mut app);
        app.world_mut().resource_mut::<ManyRuns>().pin_requested = true;
        app.update();
        let many = app.world().resource::<ManyRuns>();
        let baseline = many.baseline.as_ref().expect("pinned");
        assert!(
            baseline.sweep.complete(),
            "a complete band is pinned as it is"
        );
        assert_eq!(baseline.sweep.bands, many.current.as_ref().unwrap().bands);

        // The scene changes: the baseline stays, the current band is run again.
        edit(&mut app, 99);
        until_complete(&mut app);
        let many = app.world().resource::<ManyRuns>();
        let baseline = many.baseline.as_ref().unwrap();
        assert_ne!(
            baseline.scenario.simulation.seed, 99,
            "the baseline is the scene as pinned"
        );
        let drawn = crate::gui::panels::charts::bands_drawn(Chart::Firms, many);
        assert_eq!(
            drawn.len(),
            4,
            "two series, each with the current and the baseline band"
        );
        // Only the seed of the single run changed: the bands (seeds 1 to N) are the same.
        assert_eq!(baseline.sweep.bands, many.current.as_ref().unwrap().bands);

        // The incentives view pairs the seeds: no difference in any of them here.
        let m = app.world().resource::<ScenarioRes>().simulation.months as usize - 1;
        let same = paired_figures(many, m);
        assert!(!same.is_empty());
        for f in &same {
            assert_eq!(f.current_better, 0.0, "the same bands: {f:?}");
            assert_eq!((f.difference.p10, f.difference.p90), (0.0, 0.0), "{f:?}");
        }

        app.world_mut().resource_mut::<ManyRuns>().unpin_requested = true;
        app.update();
        assert!(app.world().resource::<ManyRuns>().baseline.is_none());
    }
}
