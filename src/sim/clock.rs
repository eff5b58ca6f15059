//! The simulated calendar: one tick is one month; systems read this clock, never wall time.

use bevy::prelude::*;

use crate::scenario::YearMonth;

/// The month being simulated and how many have passed.
#[derive(Resource, Clone, Copy, Debug)]
pub struct SimClock {
    /// First month of the run.
    pub start: YearMonth,
    /// Months completed so far (0 before the first tick).
    pub elapsed_months: u32,
}

impl SimClock {
    pub fn new(start: YearMonth) -> Self {
        Self {
            start,
            elapsed_months: 0,
        }
    }

    /// The month the next tick simulates.
    pub fn current(&self) -> YearMonth {
        self.start.plus_months(self.elapsed_months as i32)
    }
}

/// Moves the calendar on by one month; the last phase of every tick.
pub(super) fn advance_clock(mut clock: ResMut<SimClock>) {
    clock.elapsed_months += 1;
}
