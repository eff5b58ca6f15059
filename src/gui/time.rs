//! The planner's clock controls: play, pause, step, speed, jump to a month. The model's
//! schedule is ticked from here, within a time budget per frame so the window never stalls.

use std::time::{Duration, Instant};

use bevy::prelude::*;

use crate::scenario::YearMonth;
use crate::sim::clock::SimClock;
use crate::sim::rng::SimSeed;
use crate::sim::{ScenarioRes, SimSchedule, start_run};
use crate::tr;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<TimeControls>().add_systems(
        Update,
        tick_simulation.in_set(super::PlannerSystems::ModelTick),
    );
}

/// Speeds offered, months per second; the last is "as fast as the machine allows".
pub const SPEEDS: [f32; 6] = [1.0, 2.0, 6.0, 12.0, 60.0, f32::INFINITY];

/// A speed (months per second) as the planner reads it.
pub fn speed_name(months_per_second: f32) -> String {
    if months_per_second.is_infinite() {
        tr!("speed-fastest")
    } else {
        tr!("speed-months-per-second", months = months_per_second as u32)
    }
}

/// The month whose state the map shows: the last one simulated, or the first before any.
pub fn month_of_map(clock: &SimClock) -> YearMonth {
    if clock.elapsed_months == 0 {
        clock.current()
    } else {
        clock.current().plus_months(-1)
    }
}

/// The month the planner shows: the last one simulated, or "before" the first.
pub fn month_shown(clock: &SimClock) -> String {
    if clock.elapsed_months == 0 {
        tr!(
            "time-before",
            month = crate::report::shown::month(clock.current())
        )
    } else {
        crate::report::shown::month(clock.current().plus_months(-1))
    }
}

/// Longest the model may run in one frame.
pub const FRAME_BUDGET: Duration = Duration::from_millis(12);

/// What the time controls ask of the model.
#[derive(Resource, Clone, Debug)]
pub struct TimeControls {
    pub playing: bool,
    /// Index into [`SPEEDS`].
    pub speed: usize,
    /// Months owed to the model but not yet simulated.
    pub owed_months: f32,
    /// Months to simulate at once, e.g. a step or a jump.
    pub pending_months: u32,
    /// Stop after this month has been simulated, if set.
    pub stop_after: Option<YearMonth>,
    /// The last month of the run (the scene's length, or what the user asked for).
    pub end: YearMonth,
    /// Show this earlier month: the run starts again and catches up to it (a run is
    /// replayed exactly from its seed, and costs milliseconds a month).
    pub rewind_to: Option<YearMonth>,
}

impl Default for TimeControls {
    fn default() -> Self {
        Self {
            playing: false,
            speed: 1,
            owed_months: 0.0,
            pending_months: 0,
            stop_after: None,
            end: YearMonth::new(9999, 12),
            rewind_to: None,
        }
    }
}

impl TimeControls {
    pub fn months_per_second(&self) -> f32 {
        SPEEDS[self.speed.min(SPEEDS.len() - 1)]
    }

    /// Human-readable speed.
    pub fn speed_label(&self) -> String {
        speed_name(self.months_per_second())
    }

    pub fn faster(&mut self) {
        self.speed = (self.speed + 1).min(SPEEDS.len() - 1);
    }

    pub fn slower(&mut self) {
        self.speed = self.speed.saturating_sub(1);
    }

    /// Asks for the months up to and including `month`, from the clock's position.
    pub fn jump_to(&mut self, clock: &SimClock, month: YearMonth) {
        let months = month.months_since(clock.current()) + 1;
        if months > 0 {
            self.pending_months = months as u32;
            self.playing = false;
        }
    }

    /// Shows `month` as the last month simulated, forwards or backwards: later months are
    /// simulated, an earlier one is reached by running again from the start. Play stops.
    /// Says why not when the month is outside the run.
    pub fn show_month(&mut self, clock: &SimClock, month: YearMonth) -> Result<(), String> {
        if month < clock.start {
            return Err(tr!(
                "msg-before-start",
                month = crate::report::shown::month(month),
                start = crate::report::shown::month(clock.start)
            ));
        }
        if month > self.end {
            return Err(tr!(
                "msg-after-end",
                month = crate::report::shown::month(month),
                end = crate::report::shown::month(self.end)
            ));
        }
        self.playing = false;
        let shown = clock.current().plus_months(-1);
        if month > shown {
            self.rewind_to = None;
            self.jump_to(clock, month);
        } else if month < shown {
            self.pending_months = 0;
            self.rewind_to = Some(month);
        }
        Ok(())
    }

    /// How many months to simulate this frame, given `dt` seconds since the last one.
    pub fn months_due(&mut self, dt: f32, clock: &SimClock) -> u32 {
        let left_in_run = (self.end.months_since(clock.current()) + 1).max(0) as u32;
        let mut due = std::mem::take(&mut self.pending_months);
        if self.playing {
            let speed = self.months_per_second();
            if speed.is_infinite() {
                due = due.max(left_in_run);
            } else {
                self.owed_months += dt * speed;
                let whole = self.owed_months.floor();
                self.owed_months -= whole;
                due += whole as u32;
            }
        }
        if left_in_run == 0 {
            self.playing = false;
        }
        due.min(left_in_run)
    }
}

/// Runs the months due this frame, stopping at the frame budget (the rest waits). A month
/// to go back to starts the run again first, and the months up to it are due.
fn tick_simulation(world: &mut World) {
    if let Some(month) = world.resource_mut::<TimeControls>().rewind_to.take() {
        let scenario = world.resource::<ScenarioRes>().0.clone();
        let seed = world.resource::<SimSeed>().0;
        start_run(world, scenario, seed);
        let start = world.resource::<SimClock>().start;
        let months = (month.months_since(start) + 1).max(0) as u32;
        world.resource_mut::<TimeControls>().pending_months = months;
    }
    let dt = world.resource::<Time>().delta_secs();
    let clock = *world.resource::<SimClock>();
    let due = world.resource_mut::<TimeControls>().months_due(dt, &clock);
    let started = Instant::now();
    for done in 0..due {
        world.run_schedule(SimSchedule);
        if started.elapsed() > FRAME_BUDGET {
            let rest = due - done - 1;
            let mut controls = world.resource_mut::<TimeControls>();
            if !controls.playing || controls.months_per_second().is_finite() {
                controls.pending_months += rest;
            }
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clock() -> SimClock {
        SimClock::new(YearMonth::new(2011, 12))
    }

    #[test]
    fn playing_accumulates_months_at_the_chosen_speed() {
        let mut t = TimeControls {
            playing: true,
            speed: 0,
            ..default()
        };
        assert_eq!(t.months_due(0.6, &clock()), 0);
        assert_eq!(t.months_due(0.6, &clock()), 1);
        t.speed = 3; // 12 months per second
        assert_eq!(t.months_due(0.5, &clock()), 6);
    }

    #[test]
    fn steps_and_jumps_stop_at_the_end_of_the_run() {
        let mut t = TimeControls {
            end: YearMonth::new(2012, 2),
            ..default()
        };
        t.jump_to(&clock(), YearMonth::new(2013, 1));
        assert_eq!(t.months_due(0.0, &clock()), 3);
        t.pending_months = 1;
        assert_eq!(t.months_due(0.0, &clock()), 1);
        t.playing = true;
        t.speed = SPEEDS.len() - 1;
        assert_eq!(t.months_due(0.0, &clock()), 3);
        assert!(t.playing);
        let mut done = clock();
        done.elapsed_months = 3;
        assert_eq!(t.months_due(0.0, &done), 0);
        assert!(!t.playing, "the run ended, so play stops");
    }
}
