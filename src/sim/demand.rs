//! Demand: prospective investors arrive, a Poisson number per sector and month, each of
//! an archetype drawn by the archetypes' shares in its sector.

use bevy::prelude::*;
use rand_distr::weighted::WeightedIndex;
use rand_distr::{Distribution, Poisson};

use super::clock::SimClock;
use super::rng::{SimSeed, Stream, StreamKeys, month_key};
use super::{MonthTally, ScenarioRes};
use crate::scenario::Scenario;

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

/// One stream of arrivals, ready to draw from: the scene's rate and the archetypes of its
/// sector with their shares.
#[derive(Debug)]
struct ArrivalStream {
    /// Index into the scene's arrivals.
    arrival: usize,
    per_month: Poisson<f64>,
    archetypes: Vec<usize>,
    pick: WeightedIndex<f64>,
}

/// The scene's arrivals as distributions, built once per run.
#[derive(Resource, Debug, Default)]
pub struct ArrivalModel(Vec<ArrivalStream>);

impl ArrivalModel {
    /// The arrivals that bring anyone: those with a rate above 0. The validator keeps
    /// rates finite and within range, and refuses a sector that receives prospects
    /// without an archetype that has a share.
    pub fn new(scenario: &Scenario) -> Self {
        let streams = scenario
            .demand
            .arrivals
            .iter()
            .enumerate()
            .filter_map(|(i, arrival)| {
                if arrival.prospects_per_year <= 0.0 {
                    return None;
                }
                let per_month = Poisson::new(arrival.prospects_per_year / 12.0)
                    .expect("the validator keeps prospects_per_year finite and within range");
                let (archetypes, shares): (Vec<usize>, Vec<f64>) = scenario
                    .archetypes
                    .iter()
                    .enumerate()
                    .filter(|(_, a)| a.sector == arrival.sector && a.share_of_sector > 0.0)
                    .map(|(k, a)| (k, a.share_of_sector))
                    .unzip();
                let pick = WeightedIndex::new(&shares)
                    .expect("the validator refuses arrivals in a sector without a share");
                Some(ArrivalStream {
                    arrival: i,
                    per_month,
                    archetypes,
                    pick,
                })
            });
        Self(streams.collect())
    }
}

/// Starts the month: this month's prospects and counts begin empty.
pub(super) fn begin_month(mut prospects: ResMut<Prospects>, mut tally: ResMut<MonthTally>) {
    prospects.0.clear();
    *tally = MonthTally::default();
}

/// Draws this month's prospects: a Poisson number per sector, each of an archetype
/// drawn by the archetypes' shares in the sector.
pub(super) fn arrive_prospects(
    scenario: Res<ScenarioRes>,
    model: Res<ArrivalModel>,
    keys: Res<StreamKeys>,
    clock: Res<SimClock>,
    seed: Res<SimSeed>,
    mut prospects: ResMut<Prospects>,
    mut tally: ResMut<MonthTally>,
) {
    let month = clock.current();
    for stream in &model.0 {
        let arrival = &scenario.demand.arrivals[stream.arrival];
        if arrival.from.is_some_and(|from| month < from) {
            continue;
        }
        let sector = keys.sectors[arrival.sector];
        let mut rng = seed.stream(Stream::Arrivals, &[sector, month_key(month)]);
        let count = stream.per_month.sample(&mut rng) as u32;
        for number in 0..count {
            let mut rng = seed.stream(
                Stream::ProspectArchetype,
                &[sector, month_key(month), number as u64],
            );
            prospects.0.push(Prospect {
                sector: arrival.sector,
                archetype: stream.archetypes[stream.pick.sample(&mut rng)],
                number,
            });
        }
    }
    tally.prospects_arrived += prospects.0.len() as u32;
}
