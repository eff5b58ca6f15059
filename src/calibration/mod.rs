//! Fitting a scene to what its park really did (`parksim calibrate`): chosen parameters
//! (the common or one sector's `park_appeal`, the `rent_sensitivity`, a sector's
//! `prospects_per_year`, the `dormant_share`) are moved by Nelder–Mead (argmin's) to bring the scene's
//! `observed` points up to a month within reach, every candidate run on the same seeds
//! (common random numbers, so candidates differ by their parameters, not by luck). The
//! points after that month are the backtest: how well a fit on the past foretells what
//! came next.

use std::path::Path;
use std::sync::Arc;

use argmin::core::{CostFunction, Executor, State};
use argmin::solver::neldermead::NelderMead;
use rayon::prelude::*;

use crate::scenario::raw::{Num, RawScenario};
use crate::scenario::{self, Scenario, YearMonth};
use crate::sim::Simulation;

/// A parameter of the scene that can be fitted.
#[derive(Clone, Debug, PartialEq)]
pub enum Parameter {
    /// Every sector's `park_appeal`, moved together (one number: the common appeal).
    ParkAppeal,
    /// One sector's `park_appeal`.
    SectorAppeal(String),
    /// `demand.rent_sensitivity`.
    RentSensitivity,
    /// One sector's `prospects_per_year`.
    ProspectsPerYear(String),
    /// `demand.dormant_share`: residents that register and never produce.
    DormantShare,
}

impl Parameter {
    /// Reads `park_appeal`, `park_appeal:SECTOR`, `rent_sensitivity` or
    /// `prospects_per_year:SECTOR`, checked against the scene.
    pub fn parse(text: &str, raw: &RawScenario) -> Result<Self, String> {
        let sector = |id: &str| {
            if raw.demand.arrivals.iter().any(|a| a.sector == id) {
                Ok(id.to_owned())
            } else {
                let known: Vec<&str> = raw
                    .demand
                    .arrivals
                    .iter()
                    .map(|a| a.sector.as_str())
                    .collect();
                Err(crate::tr!(
                    "cli-calibrate-no-sector",
                    sector = id,
                    sectors = known.join(", ")
                ))
            }
        };
        match text.trim().split_once(':') {
            None if text.trim() == "park_appeal" => Ok(Self::ParkAppeal),
            None if text.trim() == "rent_sensitivity" => Ok(Self::RentSensitivity),
            None if text.trim() == "dormant_share" => Ok(Self::DormantShare),
            Some(("park_appeal", s)) => Ok(Self::SectorAppeal(sector(s)?)),
            Some(("prospects_per_year", s)) => Ok(Self::ProspectsPerYear(sector(s)?)),
            _ => Err(crate::tr!("cli-calibrate-bad-parameter", text = text)),
        }
    }

    /// Its value in the scene (the common appeal: the mean over sectors).
    pub fn get(&self, raw: &RawScenario) -> f64 {
        let arrivals = &raw.demand.arrivals;
        match self {
            Self::ParkAppeal => {
                arrivals.iter().map(|a| a.park_appeal.value).sum::<f64>()
                    / arrivals.len().max(1) as f64
            }
            Self::SectorAppeal(s) => arrival(raw, s).map_or(0.0, |a| a.park_appeal.value),
            Self::RentSensitivity => raw.demand.rent_sensitivity.value,
            Self::ProspectsPerYear(s) => {
                arrival(raw, s).map_or(0.0, |a| a.prospects_per_year.value)
            }
            Self::DormantShare => raw.demand.dormant_share.as_ref().map_or(0.0, |v| v.value),
        }
    }

    /// Sets it to `value`, with `source` saying where the value comes from (the common
    /// appeal moves every sector's by the same amount).
    pub fn set(&self, raw: &mut RawScenario, value: f64, source: &str) {
        let sourced = |v: f64| Num::sourced(v, source);
        match self {
            Self::ParkAppeal => {
                let shift = value - self.get(raw);
                for a in &mut raw.demand.arrivals {
                    a.park_appeal = sourced(a.park_appeal.value + shift);
                }
            }
            Self::SectorAppeal(s) => {
                if let Some(a) = raw.demand.arrivals.iter_mut().find(|a| &a.sector == s) {
                    a.park_appeal = sourced(value);
                }
            }
            Self::RentSensitivity => raw.demand.rent_sensitivity = sourced(value),
            Self::ProspectsPerYear(s) => {
                if let Some(a) = raw.demand.arrivals.iter_mut().find(|a| &a.sector == s) {
                    a.prospects_per_year = sourced(value.max(0.0));
                }
            }
            Self::DormantShare => raw.demand.dormant_share = Some(sourced(value.clamp(0.0, 0.95))),
        }
    }

    /// How far the first simplex reaches from the scene's value.
    fn step(&self, value: f64) -> f64 {
        match self {
            Self::ParkAppeal | Self::SectorAppeal(_) => 0.5,
            Self::RentSensitivity | Self::ProspectsPerYear(_) => (0.3 * value.abs()).max(0.2),
            Self::DormantShare => 0.15,
        }
    }

    /// As the command line names it.
    pub fn name(&self) -> String {
        match self {
            Self::ParkAppeal => "park_appeal".into(),
            Self::SectorAppeal(s) => format!("park_appeal:{s}"),
            Self::RentSensitivity => "rent_sensitivity".into(),
            Self::ProspectsPerYear(s) => format!("prospects_per_year:{s}"),
            Self::DormantShare => "dormant_share".into(),
        }
    }
}

fn arrival<'a>(raw: &'a RawScenario, sector: &str) -> Option<&'a crate::scenario::raw::RawArrival> {
    raw.demand.arrivals.iter().find(|a| a.sector == sector)
}

/// What an observed point measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quantity {
    Registered,
    Operating,
    Investment,
    /// The registered residents' committed investment.
    Portfolio,
    Jobs,
    LandLet,
    /// Open land not let.
    LandFree,
    /// A year's output: the month's times twelve.
    OutputPerYear,
}

impl Quantity {
    /// Every kind, with the word `calibrate --on` takes for it.
    pub const NAMED: [(&'static str, Quantity); 8] = [
        ("registered", Self::Registered),
        ("operating", Self::Operating),
        ("investment", Self::Investment),
        ("portfolio", Self::Portfolio),
        ("jobs", Self::Jobs),
        ("land_let", Self::LandLet),
        ("land_free", Self::LandFree),
        ("output", Self::OutputPerYear),
    ];

    /// The kind named `word` (see [`Quantity::NAMED`]).
    pub fn parse(word: &str) -> Option<Self> {
        Self::NAMED
            .iter()
            .find(|(w, _)| *w == word.trim())
            .map(|(_, q)| *q)
    }

    /// Its column in the time series.
    pub fn column(self) -> &'static str {
        match self {
            Self::Registered => "registered_firms",
            Self::Operating => "operating_firms",
            Self::Investment => "investment_usd_cum",
            Self::Portfolio => "investment_promised_usd",
            Self::Jobs => "jobs",
            Self::LandLet => "occupied_ha",
            Self::LandFree => "land_open_ha - occupied_ha",
            Self::OutputPerYear => "output_usd_per_year",
        }
    }

    fn of(self, r: &crate::sim::metrics::MonthRecord) -> f64 {
        match self {
            Self::Registered => r.registered_firms as f64,
            Self::Operating => r.operating_firms as f64,
            Self::Investment => r.investment_usd_cum,
            Self::Portfolio => r.investment_promised_usd,
            Self::Jobs => r.jobs,
            Self::LandLet => r.occupied_ha,
            Self::LandFree => (r.land_open_ha - r.occupied_ha).max(0.0),
            Self::OutputPerYear => 12.0 * r.output_usd,
        }
    }
}

/// One observed figure of the scene.
#[derive(Clone, Debug, PartialEq)]
pub struct Point {
    pub date: YearMonth,
    pub quantity: Quantity,
    pub observed: f64,
}

/// A point with the median over the seeds of what the scene gives there.
#[derive(Clone, Debug, PartialEq)]
pub struct Scored {
    pub point: Point,
    pub median: f64,
}

impl Scored {
    /// |median − observed| ÷ observed.
    pub fn relative_error(&self) -> f64 {
        (self.median - self.point.observed).abs() / self.point.observed.abs().max(1e-9)
    }
}

/// Every observed figure of the scene (zero ones left out: no relative error).
pub fn points(scenario: &Scenario) -> Vec<Point> {
    let mut found = Vec::new();
    for o in &scenario.observed {
        for (quantity, value) in [
            (Quantity::Registered, o.registered_firms),
            (Quantity::Operating, o.operating_firms),
            (Quantity::Investment, o.investment_usd),
            (Quantity::Portfolio, o.portfolio_usd),
            (Quantity::Jobs, o.jobs),
            (Quantity::LandLet, o.land_let_ha),
            (Quantity::LandFree, o.land_free_ha),
            (Quantity::OutputPerYear, o.output_usd_per_year),
        ] {
            if let Some(observed) = value.filter(|v| *v != 0.0) {
                found.push(Point {
                    date: o.date,
                    quantity,
                    observed,
                });
            }
        }
    }
    found
}

/// The median over `seeds` of the scene at each point.
pub fn score(scenario: &Arc<Scenario>, points: &[Point], seeds: &[u64]) -> Vec<Scored> {
    let Some(last) = points.iter().map(|p| p.date).max() else {
        return Vec::new();
    };
    let months = (last.months_since(scenario.simulation.start) + 1).max(1) as u32;
    let per_seed: Vec<Vec<f64>> = seeds
        .par_iter()
        .map(|&seed| {
            let mut sim = Simulation::new(scenario.clone(), seed);
            sim.run(months, |_| {});
            let records = sim.records();
            points
                .iter()
                .map(|p| {
                    records
                        .iter()
                        .find(|r| r.date == p.date)
                        .map_or(0.0, |r| p.quantity.of(r))
                })
                .collect()
        })
        .collect();
    points
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let mut values: Vec<f64> = per_seed.iter().map(|v| v[i]).collect();
            values.sort_by(f64::total_cmp);
            Scored {
                point: p.clone(),
                median: median(&values),
            }
        })
        .collect()
}

fn median(sorted: &[f64]) -> f64 {
    match sorted.len() {
        0 => f64::NAN,
        n if n % 2 == 1 => sorted[n / 2],
        n => 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]),
    }
}

/// The mean relative error of the medians: what the fit makes small.
pub fn loss(scored: &[Scored]) -> f64 {
    if scored.is_empty() {
        return 0.0;
    }
    scored.iter().map(Scored::relative_error).sum::<f64>() / scored.len() as f64
}

/// The result of a fit.
#[derive(Clone, Debug)]
pub struct Fit {
    /// The fitted value of each parameter, in the order asked for.
    pub values: Vec<f64>,
    /// The scene with them.
    pub raw: RawScenario,
    /// The points up to the month, with the fitted scene's medians.
    pub in_sample: Vec<Scored>,
    /// The points after it: the backtest.
    pub out_of_sample: Vec<Scored>,
    /// Candidates tried.
    pub evaluations: u64,
}

/// The problem Nelder–Mead sees: parameter values in, loss out.
struct Problem<'a> {
    raw: &'a RawScenario,
    parameters: &'a [Parameter],
    points: &'a [Point],
    seeds: &'a [u64],
    file: &'a Path,
}

impl Problem<'_> {
    fn scene(&self, values: &[f64]) -> Result<Arc<Scenario>, String> {
        let mut raw = self.raw.clone();
        for (p, v) in self.parameters.iter().zip(values) {
            p.set(&mut raw, *v, "fitted");
        }
        scenario::from_raw(raw, self.file)
            .map(Arc::new)
            .map_err(|e| e.to_string())
    }
}

impl CostFunction for Problem<'_> {
    type Param = Vec<f64>;
    type Output = f64;

    fn cost(&self, values: &Self::Param) -> Result<f64, argmin::core::Error> {
        // A candidate the scene's checks refuse (a negative rate) is as bad as can be.
        Ok(match self.scene(values) {
            Ok(scene) => loss(&score(&scene, self.points, self.seeds)),
            Err(_) => f64::MAX,
        })
    }
}

/// Fits `parameters` of `raw` to its observed points up to `until` (all of them when
/// `None`) of the kinds `on` (all kinds when empty), over `seeds`; scores every point with
/// the fit, the ones not fitted apart.
pub fn fit(
    raw: &RawScenario,
    file: &Path,
    parameters: &[Parameter],
    until: Option<YearMonth>,
    on: &[Quantity],
    seeds: &[u64],
    max_iterations: u64,
) -> Result<Fit, String> {
    let scene = scenario::from_raw(raw.clone(), file).map_err(|e| e.to_string())?;
    let all = points(&scene);
    let (in_sample, out_of_sample): (Vec<Point>, Vec<Point>) = all.into_iter().partition(|p| {
        until.is_none_or(|u| p.date <= u) && (on.is_empty() || on.contains(&p.quantity))
    });
    if in_sample.is_empty() {
        return Err(crate::tr!("cli-calibrate-no-points"));
    }
    let start: Vec<f64> = parameters.iter().map(|p| p.get(raw)).collect();
    let mut simplex = vec![start.clone()];
    for (i, p) in parameters.iter().enumerate() {
        let mut vertex = start.clone();
        vertex[i] += p.step(start[i]);
        simplex.push(vertex);
    }
    let problem = Problem {
        raw,
        parameters,
        points: &in_sample,
        seeds,
        file,
    };
    let solver = NelderMead::new(simplex)
        // The loss is a step function of the parameters (counts, medians over fixed seeds):
        // equal losses at every vertex are a plateau, not the minimum, so the search runs
        // its iterations rather than stop there.
        .with_sd_tolerance(0.0)
        .map_err(|e| e.to_string())?;
    let result = Executor::new(problem, solver)
        .configure(|state| state.max_iters(max_iterations))
        .run()
        .map_err(|e| e.to_string())?;
    let values = result.state().get_best_param().cloned().unwrap_or(start);
    let evaluations = result
        .state()
        .get_func_counts()
        .get("cost_count")
        .copied()
        .unwrap_or(0);
    let mut fitted = raw.clone();
    let source = crate::tr!(
        "cli-calibrate-source",
        until = until
            .or_else(|| in_sample.iter().map(|p| p.date).max())
            .map_or_else(|| "—".to_owned(), |u| u.to_string()),
        seeds = seeds.len()
    );
    for (p, v) in parameters.iter().zip(&values) {
        p.set(&mut fitted, *v, &source);
    }
    let scene = Arc::new(scenario::from_raw(fitted.clone(), file).map_err(|e| e.to_string())?);
    Ok(Fit {
        values,
        raw: fitted,
        in_sample: score(&scene, &in_sample, seeds),
        out_of_sample: score(&scene, &out_of_sample, seeds),
        evaluations,
    })
}
