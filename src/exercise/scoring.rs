//! A plan's score, which luck cannot decide: the plan is run on every seed of the
//! exercise, each seed's score is the sum of the objectives' points from that seed's run,
//! and the plan's score is the median over the seeds, shown with its p10–p90. Runs are
//! kept in seed order and the statistics sort their values, so the score is the same
//! whatever the number of threads.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use super::Exercise;
use crate::scenario::{Scenario, UtilityKind};
use crate::sim::Simulation;
use crate::sim::metrics::MonthRecord;
use crate::sweep::stats::{Band, band};
use crate::tr;

/// A figure of a run at a month, as objectives and thresholds name it.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
pub enum Figure {
    /// Residents producing (ramping up or at full output).
    ProducingResidents,
    /// Residents registered (building or producing).
    Residents,
    /// Permanent jobs filled.
    Jobs,
    /// Investment spent since the start, USD.
    InvestmentUsd,
    /// Net fiscal effect since the start, discounted, USD.
    NetFiscalUsd,
    /// Tax expenditure since the start, USD.
    TaxExpenditureUsd,
    /// Taxes the residents paid since the start, USD.
    TaxesPaidUsd,
    /// Tax expenditure since the start per job filled at the month, USD.
    TaxExpenditurePerJobUsd,
    /// Electricity not delivered since the start, MWh.
    UnservedEnergyMwh,
    /// Gas not delivered since the start, m³.
    UnservedGasM3,
    /// Steam not delivered since the start, t.
    UnservedSteamT,
    /// Public spending on utility expansions since the start, USD.
    PublicCapexUsd,
    /// Land let to residents, hectares.
    OccupiedHa,
}

impl Figure {
    /// Its value in a run whose months are `records`, at month `m` (0: the first).
    pub fn of(self, records: &[MonthRecord], m: usize) -> f64 {
        let Some(r) = records.get(m) else {
            return f64::NAN;
        };
        let c = &r.ledger.cumulative;
        let unserved = |kind: UtilityKind| -> f64 {
            let k = UtilityKind::ALL
                .iter()
                .position(|&u| u == kind)
                .unwrap_or(0);
            records[..=m]
                .iter()
                .map(|r| r.utilities[k].unserved_quantity())
                .sum()
        };
        match self {
            Figure::ProducingResidents => r.operating_firms as f64,
            Figure::Residents => r.registered_firms as f64,
            Figure::Jobs => r.jobs,
            Figure::InvestmentUsd => r.investment_usd_cum,
            Figure::NetFiscalUsd => c.net_pv_usd,
            Figure::TaxExpenditureUsd => c.tax_expenditure_total_usd(),
            Figure::TaxesPaidUsd => c.taxes_paid_usd,
            Figure::TaxExpenditurePerJobUsd => c.tax_expenditure_total_usd() / r.jobs.max(1.0),
            Figure::UnservedEnergyMwh => unserved(UtilityKind::Power),
            Figure::UnservedGasM3 => unserved(UtilityKind::Gas),
            Figure::UnservedSteamT => unserved(UtilityKind::Steam),
            Figure::PublicCapexUsd => c.infrastructure_usd,
            Figure::OccupiedHa => r.occupied_ha,
        }
    }

    /// Its name in the language shown.
    pub fn label(self) -> String {
        match self {
            Figure::ProducingResidents => tr!("figure-producing-residents"),
            Figure::Residents => tr!("figure-residents"),
            Figure::Jobs => tr!("figure-jobs"),
            Figure::InvestmentUsd => tr!("figure-investment"),
            Figure::NetFiscalUsd => tr!("figure-net-fiscal"),
            Figure::TaxExpenditureUsd => tr!("figure-tax-expenditure"),
            Figure::TaxesPaidUsd => tr!("figure-taxes-paid"),
            Figure::TaxExpenditurePerJobUsd => tr!("figure-te-per-job"),
            Figure::UnservedEnergyMwh => tr!("figure-unserved-energy"),
            Figure::UnservedGasM3 => tr!("figure-unserved-gas"),
            Figure::UnservedSteamT => tr!("figure-unserved-steam"),
            Figure::PublicCapexUsd => tr!("figure-public-capex"),
            Figure::OccupiedHa => tr!("figure-occupied"),
        }
    }

    /// Its unit.
    pub fn unit(self) -> &'static str {
        match self {
            Figure::ProducingResidents | Figure::Residents | Figure::Jobs => "",
            Figure::InvestmentUsd
            | Figure::NetFiscalUsd
            | Figure::TaxExpenditureUsd
            | Figure::TaxesPaidUsd
            | Figure::TaxExpenditurePerJobUsd
            | Figure::PublicCapexUsd => "USD",
            Figure::UnservedEnergyMwh => "MWh",
            Figure::UnservedGasM3 => "m³",
            Figure::UnservedSteamT => "t",
            Figure::OccupiedHa => "ha",
        }
    }

    /// A value of it in words: millions for money, with its unit.
    pub fn shown(self, v: f64) -> String {
        use crate::report::shown::grouped;
        if !v.is_finite() {
            return "—".into();
        }
        match self.unit() {
            "USD" if v.abs() >= 1e6 => tr!("exercise-million-usd", value = grouped(v / 1e6, 1)),
            "" => grouped(v, 0),
            unit => format!("{} {unit}", grouped(v, 0)),
        }
    }
}

/// A threshold's outcome over the seeds.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ThresholdOutcome {
    /// The figure's median over the seeds; the threshold holds when it meets it.
    pub median: f64,
    pub holds: bool,
    /// Share (0–1) of the seeds in which the figure meets it.
    pub share_of_seeds: f64,
}

/// A plan's score over the exercise's seeds.
#[derive(Clone, Debug, PartialEq)]
pub struct Scored {
    /// Each seed's score, in seed order.
    pub per_seed: Vec<f64>,
    /// The score: median, with p10–p90.
    pub score: Band,
    /// Each objective's figure over the seeds.
    pub objectives: Vec<Band>,
    pub thresholds: Vec<ThresholdOutcome>,
}

impl Scored {
    /// Whether every threshold holds.
    pub fn all_hold(&self) -> bool {
        self.thresholds.iter().all(|t| t.holds)
    }
}

/// Runs `scenario` on every seed of the exercise, far enough for its latest month, in
/// parallel, kept in seed order; `None` if `cancel` was set on the way.
pub fn run_seeds(
    exercise: &Exercise,
    scenario: &Arc<Scenario>,
    cancel: Option<&AtomicBool>,
) -> Option<Vec<Vec<MonthRecord>>> {
    let months = exercise
        .objective_months
        .iter()
        .chain(&exercise.threshold_months)
        .max()
        .map_or(scenario.simulation.months, |m| *m as u32 + 1);
    let cancelled = || cancel.is_some_and(|c| c.load(Ordering::Relaxed));
    let runs: Vec<Option<Vec<MonthRecord>>> = exercise
        .seeds
        .par_iter()
        .map(|&seed| {
            let mut sim = Simulation::new(scenario.clone(), seed);
            for _ in 0..months {
                if cancelled() {
                    return None;
                }
                sim.step();
            }
            Some(sim.records().to_vec())
        })
        .collect();
    runs.into_iter().collect()
}

/// The score of the runs of a plan (each seed's months, in seed order).
pub fn score_runs(exercise: &Exercise, runs: &[Vec<MonthRecord>]) -> Scored {
    let objectives = &exercise.raw.objectives;
    let per_seed: Vec<f64> = runs
        .iter()
        .map(|records| {
            objectives
                .iter()
                .zip(&exercise.objective_months)
                .map(|(o, &m)| o.points * o.figure.of(records, m) / o.per)
                .sum()
        })
        .collect();
    let figure_band = |figure: super::Figure, m: usize| {
        band(runs.iter().map(|r| figure.of(r, m))).unwrap_or(Band {
            p10: f64::NAN,
            p50: f64::NAN,
            p90: f64::NAN,
            mean: f64::NAN,
        })
    };
    let thresholds = exercise
        .raw
        .thresholds
        .iter()
        .zip(&exercise.threshold_months)
        .map(|(t, &m)| {
            let median = figure_band(t.figure, m).p50;
            let meeting = runs.iter().filter(|r| t.holds(t.figure.of(r, m))).count();
            ThresholdOutcome {
                median,
                holds: t.holds(median),
                share_of_seeds: meeting as f64 / runs.len().max(1) as f64,
            }
        })
        .collect();
    Scored {
        score: band(per_seed.iter().copied()).unwrap_or(Band {
            p10: f64::NAN,
            p50: f64::NAN,
            p90: f64::NAN,
            mean: f64::NAN,
        }),
        objectives: objectives
            .iter()
            .zip(&exercise.objective_months)
            .map(|(o, &m)| figure_band(o.figure, m))
            .collect(),
        per_seed,
        thresholds,
    }
}

/// The score of a plan: run on every seed of the exercise, then scored.
pub fn score(
    exercise: &Exercise,
    scenario: &Arc<Scenario>,
    cancel: Option<&AtomicBool>,
) -> Option<Scored> {
    run_seeds(exercise, scenario, cancel).map(|runs| score_runs(exercise, &runs))
}
