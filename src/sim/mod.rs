//! The model: plots, firms and utilities as ECS entities, advanced one month per tick by
//! one simulation schedule. Everything here runs without a window (the planner only
//! reads this state and sends edits back).
//!
//! A run is a pure function of (scenario, seed): the schedule is single-threaded, its
//! phases are chained, and every random draw comes from a stream keyed by stable ids.

pub mod clock;
pub mod demand;
pub mod fingerprint;
pub mod firms;
pub mod fiscal;
pub mod incentives;
pub mod load_profiles;
pub mod metrics;
pub mod networks;
pub mod operations;
pub mod plots;
pub mod rng;
pub mod siting;
pub mod utilities;

use std::sync::Arc;

use bevy::ecs::schedule::{LogLevel, ScheduleBuildSettings, ScheduleLabel, SingleThreadedExecutor};
use bevy::prelude::*;

use crate::scenario::Scenario;
use clock::SimClock;
use demand::Prospects;
use fiscal::ParkLedger;
use metrics::{Metrics, MonthRecord};
use plots::{ParkPlot, PlotEntities, PlotStatus, PlotTenancy};
use rng::SimSeed;
use siting::SitingIndex;
use utilities::{ParkUtility, UtilityLoad};

/// The validated scenario the model runs on.
#[derive(Resource, Clone, Debug, Deref)]
pub struct ScenarioRes(pub Arc<Scenario>);

/// Counts of this month's prospects.
#[derive(Resource, Clone, Copy, Debug, Default)]
pub struct MonthTally {
    pub prospects_arrived: u32,
    /// Prospects that went elsewhere (outside option or no suitable plot).
    pub prospects_lost: u32,
    /// The part of `prospects_lost` that found no suitable free plot at all.
    pub prospects_without_plot: u32,
    /// The part of `prospects_lost` whose plots' networks had no headroom for them.
    pub prospects_refused_headroom: u32,
    pub registrations: u32,
}

/// The schedule that simulates one month; run it once per tick.
#[derive(ScheduleLabel, Clone, Debug, PartialEq, Eq, Hash)]
pub struct SimSchedule;

/// The phases of a simulated month, in order. Add new systems to one of these; add a
/// phase only here, where they are chained.
#[derive(SystemSet, Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SimSystems {
    /// The month starts: its prospects and counts begin empty.
    BeginMonth,
    /// Prospective investors arrive (Poisson per sector).
    Demand,
    /// Named residents register on their dates; then each prospect chooses a plot or the
    /// outside option, seeing this month's regime and utility headroom.
    Siting,
    /// Firms move from construction to ramp-up to operation and spend their investment.
    /// After siting, so a firm registered this month starts building this month.
    Construction,
    /// Demand per utility against capacity; shortage sets each firm's served share.
    /// After construction (it needs this month's producing firms) and before production
    /// (a shortage curtails this month's output).
    UtilityLoad,
    /// Output and jobs, after curtailment.
    Production,
    /// Rent, taxes paid and tax expenditure of every resident.
    Fiscal,
    /// One row of the time series, once the month's state is final.
    Metrics,
    /// The calendar moves on; always last.
    AdvanceClock,
}

/// Adds the model to an app: the schedule, its resources and the park's entities.
pub struct SimPlugin {
    pub scenario: Arc<Scenario>,
    pub seed: u64,
}

impl Plugin for SimPlugin {
    fn build(&self, app: &mut App) {
        let scenario = self.scenario.clone();
        let mut schedule = Schedule::new(SimSchedule);
        schedule.set_executor(SingleThreadedExecutor::new());
        schedule.set_build_settings(ScheduleBuildSettings {
            ambiguity_detection: LogLevel::Error,
            ..default()
        });
        app.add_schedule(schedule);
        app.configure_sets(
            SimSchedule,
            (
                SimSystems::BeginMonth,
                SimSystems::Demand,
                SimSystems::Siting,
                SimSystems::Construction,
                SimSystems::UtilityLoad,
                SimSystems::Production,
                SimSystems::Fiscal,
                SimSystems::Metrics,
                SimSystems::AdvanceClock,
            )
                .chain(),
        );
        app.add_systems(
            SimSchedule,
            (
                demand::begin_month.in_set(SimSystems::BeginMonth),
                demand::arrive_prospects.in_set(SimSystems::Demand),
                (firms::register_anchors, siting::choose_sites)
                    .chain()
                    .in_set(SimSystems::Siting),
                firms::advance_life_cycle.in_set(SimSystems::Construction),
                (
                    operations::plan_capacity,
                    operations::draw_outages,
                    utilities::balance_utilities,
                    operations::couple_firms,
                )
                    .chain()
                    .in_set(SimSystems::UtilityLoad),
                (firms::produce, firms::review_residents)
                    .chain()
                    .in_set(SimSystems::Production),
                fiscal::book_fiscal_flows.in_set(SimSystems::Fiscal),
                metrics::record_month.in_set(SimSystems::Metrics),
                clock::advance_clock.in_set(SimSystems::AdvanceClock),
            ),
        );

        start_run(app.world_mut(), scenario, self.seed);
    }
}

/// Puts the park at the start of a run of `scenario` with `seed`: removes any plots, firms
/// and utilities of an earlier run and sets every model resource afresh. The planner calls
/// this to restart after an edit or with a new seed.
pub fn start_run(world: &mut World, scenario: Arc<Scenario>, seed: u64) {
    let old: Vec<Entity> = world
        .query_filtered::<Entity, Or<(With<ParkPlot>, With<firms::Firm>, With<ParkUtility>)>>()
        .iter(world)
        .collect();
    for entity in old {
        world.despawn(entity);
    }
    let start = scenario.simulation.start;
    let mut free = vec![true; scenario.plots.len()];
    for anchor in &scenario.anchors {
        free[anchor.plot] = false;
    }
    let regime = scenario.regime_index_at(start);
    world.insert_resource(SitingIndex::build(&scenario, regime, start, &free, &[]));
    let plot_entities = scenario
        .plots
        .iter()
        .enumerate()
        .map(|(index, plot)| {
            world
                .spawn((
                    Name::new(format!("Plot {}", plot.id)),
                    ParkPlot { index },
                    PlotTenancy {
                        status: if free[index] {
                            PlotStatus::Free
                        } else {
                            PlotStatus::Reserved
                        },
                        firm: None,
                    },
                ))
                .id()
        })
        .collect();
    for (index, utility) in scenario.utilities.iter().enumerate() {
        world.spawn((
            Name::new(utility.name.clone()),
            ParkUtility { index },
            UtilityLoad::default(),
        ));
    }
    let scenario_for_networks = scenario.clone();
    world.insert_resource(PlotEntities(plot_entities));
    world.insert_resource(SimClock::new(start));
    world.insert_resource(SimSeed(seed));
    world.insert_resource(rng::StreamKeys::new(&scenario));
    world.insert_resource(demand::ArrivalModel::new(&scenario));
    world.insert_resource(ScenarioRes(scenario));
    world.insert_resource(Prospects::default());
    world.insert_resource(MonthTally::default());
    world.insert_resource(ParkLedger::default());
    world.insert_resource(Metrics::default());
    world.insert_resource(networks::NetworkStates::new(&scenario_for_networks));
    world.insert_resource(utilities::UtilityShapes::new(&scenario_for_networks));
    world.insert_resource(operations::Capacities::new(&scenario_for_networks));
    world.insert_resource(operations::OutagesNow::default());
    world.insert_resource(operations::Repairs::default());
    world.insert_resource(firms::NextFirmId::default());
}

/// A headless run: an [`App`] with [`MinimalPlugins`] and the model, ticked by hand.
pub struct Simulation {
    pub app: App,
}

impl Simulation {
    /// A new run of `scenario` with `seed`, before its first month.
    pub fn new(scenario: Arc<Scenario>, seed: u64) -> Self {
        let mut app = App::new();
        app.add_plugins(MinimalPlugins)
            .add_plugins(SimPlugin { scenario, seed });
        app.finish();
        app.cleanup();
        Self { app }
    }

    /// Simulates one month.
    pub fn step(&mut self) {
        self.app.world_mut().run_schedule(SimSchedule);
    }

    /// Simulates `months` months, calling `progress` after each.
    pub fn run(&mut self, months: u32, mut progress: impl FnMut(u32)) {
        for m in 0..months {
            self.step();
            progress(m + 1);
        }
    }

    /// Starts again from the scene's first month with another seed, keeping the app, its
    /// schedule and the parsed scene (what does not change between the seeds of a sweep).
    pub fn restart(&mut self, seed: u64) {
        let scenario = self.app.world().resource::<ScenarioRes>().0.clone();
        start_run(self.app.world_mut(), scenario, seed);
    }

    /// A hash of the model's whole state now (see [`fingerprint`]).
    pub fn state_hash(&mut self) -> u64 {
        fingerprint::state_hash(self.app.world_mut())
    }

    /// The months recorded so far.
    pub fn records(&self) -> &[MonthRecord] {
        &self.app.world().resource::<Metrics>().0
    }

    pub fn scenario(&self) -> &Scenario {
        &self.app.world().resource::<ScenarioRes>().0
    }

    pub fn clock(&self) -> SimClock {
        *self.app.world().resource::<SimClock>()
    }

    /// Every resident with its life-cycle state and ledger, in firm-id order.
    pub fn firms(&mut self) -> Vec<(firms::Firm, firms::FirmActivity, fiscal::FirmLedger)> {
        let world = self.app.world_mut();
        let mut query = world.query::<(&firms::Firm, &firms::FirmActivity, &fiscal::FirmLedger)>();
        let mut all: Vec<_> = query
            .iter(world)
            .map(|(f, a, l)| (f.clone(), a.clone(), *l))
            .collect();
        all.sort_by_key(|(f, _, _)| f.id);
        all
    }
}
