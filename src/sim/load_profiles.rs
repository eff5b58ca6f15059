//! Daily load: from the firms' average draws to an asset's peak, and who is cut when the
//! peak does not fit.
//!
//! Scene demands are daily averages. Each firm draws them through the day by its load
//! profile (continuous, two shifts, day shift), and the utility's diversity factor says
//! how much of the firms' swings coincide: the load of a group in hour h is
//! `average × (1 + diversity × (profile[h] − 1))`, which keeps the energy and lowers the
//! peak. An asset's loads are kept per *key*, a (profile, curtailment class) pair, so its
//! peak is the largest hour of their sum. When the peak exceeds capacity, each hour's
//! capacity goes to the classes in priority order (class 0 first); what a class misses
//! over the day is its unserved share at that asset.

use crate::scenario::{LoadProfile, Scenario};

/// Hours in the daily profile.
pub const HOURS: usize = 24;

/// How loads on one utility are shaped and ranked: the keys (profile × class) with their
/// diversified hourly multiples, and each archetype's key.
#[derive(Clone, Debug)]
pub struct UtilityShape {
    /// Per key, the multiple of the average drawn in each hour, after diversity.
    hourly: Vec<[f64; HOURS]>,
    /// Per key, its largest hourly multiple.
    peak_factor: Vec<f64>,
    /// Number of curtailment classes (distinct priorities on this utility).
    pub classes: usize,
    /// Per archetype, its key on this utility.
    pub archetype_key: Vec<u16>,
    /// Per class, the scene's priority it stands for (1 = served first).
    pub class_priority: Vec<u8>,
}

impl Default for UtilityShape {
    /// One flat key, one class: every load is a constant average.
    fn default() -> Self {
        Self::with(1.0, vec![1], Vec::new())
    }
}

impl UtilityShape {
    fn with(diversity: f64, class_priority: Vec<u8>, archetype_key: Vec<u16>) -> Self {
        let classes = class_priority.len().max(1);
        let mut hourly = Vec::new();
        for profile in LoadProfile::ALL {
            let shape = profile.hourly();
            for _ in 0..classes {
                hourly.push(shape.map(|m| 1.0 + diversity * (m - 1.0)));
            }
        }
        let peak_factor = hourly
            .iter()
            .map(|h| h.iter().copied().fold(0.0, f64::max))
            .collect();
        Self {
            hourly,
            peak_factor,
            classes,
            archetype_key,
            class_priority,
        }
    }

    /// The shape of the utility at index `utility` in the scene.
    pub fn new(scenario: &Scenario, utility: usize) -> Self {
        let mut priorities: Vec<u8> = scenario
            .curtailment_priority
            .iter()
            .filter_map(|per_utility| per_utility.get(utility).copied())
            .collect();
        priorities.sort_unstable();
        priorities.dedup();
        if priorities.is_empty() {
            priorities.push(1);
        }
        let classes = priorities.len();
        let archetype_key = scenario
            .archetypes
            .iter()
            .enumerate()
            .map(|(k, a)| {
                let priority = scenario
                    .curtailment_priority
                    .get(k)
                    .and_then(|p| p.get(utility))
                    .copied()
                    .unwrap_or(1);
                let class = priorities.iter().position(|&p| p == priority).unwrap_or(0);
                (a.profile_on(utility).index() * classes + class) as u16
            })
            .collect();
        Self::with(
            scenario.utilities[utility].diversity_factor,
            priorities,
            archetype_key,
        )
    }

    /// Number of keys (profiles × classes).
    pub fn keys(&self) -> usize {
        self.hourly.len()
    }

    /// The curtailment class of a key.
    pub fn class_of(&self, key: usize) -> usize {
        key % self.classes
    }

    /// A firm's contribution to the peak of any asset that feeds it (its key's peak hour).
    pub fn peak_of(&self, key: usize, average: f64) -> f64 {
        average * self.peak_factor[key]
    }

    /// A bound on the peak that needs no hourly sum: every key at its own peak hour.
    pub fn peak_bound(&self, loads: &[f64]) -> f64 {
        loads
            .iter()
            .zip(&self.peak_factor)
            .map(|(l, f)| l * f)
            .sum()
    }

    /// The largest hourly load, for average loads per key.
    pub fn peak(&self, loads: &[f64]) -> f64 {
        if loads.iter().filter(|&&l| l > 0.0).count() <= 1 {
            return self.peak_bound(loads);
        }
        (0..HOURS)
            .map(|h| {
                loads
                    .iter()
                    .zip(&self.hourly)
                    .map(|(l, m)| l * m[h])
                    .sum::<f64>()
            })
            .fold(0.0, f64::max)
    }

    /// Curtails average loads per key to `capacity`, hour by hour in class order. Writes
    /// each class's served share (0–1) into `served` and returns the unserved load as a
    /// daily average (the utility's unit).
    pub fn curtail(&self, loads: &[f64], capacity: f64, served: &mut [f64]) -> f64 {
        served.fill(1.0);
        if self.peak_bound(loads) <= capacity {
            return 0.0;
        }
        let mut unserved = vec![0.0; self.classes];
        let mut average = vec![0.0; self.classes];
        for (key, l) in loads.iter().enumerate() {
            average[self.class_of(key)] += l;
        }
        for h in 0..HOURS {
            let mut left = capacity.max(0.0);
            for (class, missed) in unserved.iter_mut().enumerate() {
                let load: f64 = (class..loads.len())
                    .step_by(self.classes)
                    .map(|key| loads[key] * self.hourly[key][h])
                    .sum();
                let got = load.min(left);
                left -= got;
                *missed += load - got;
            }
        }
        let mut total = 0.0;
        for class in 0..self.classes {
            let missed = unserved[class] / HOURS as f64;
            total += missed;
            if average[class] > 0.0 {
                served[class] = (1.0 - missed / average[class]).clamp(0.0, 1.0);
            }
        }
        total
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_shift_load_peaks_at_1_3_times_its_average_and_diversity_flattens_it() {
        let full = UtilityShape::with(1.0, vec![1], Vec::new());
        let two_shifts = LoadProfile::TwoShifts.index();
        let mut loads = vec![0.0; full.keys()];
        loads[two_shifts] = 10.0;
        assert!((full.peak(&loads) - 13.0).abs() < 1e-9);
        let half = UtilityShape::with(0.5, vec![1], Vec::new());
        assert!((half.peak(&loads) - 11.5).abs() < 1e-9);
    }

    #[test]
    fn day_and_night_loads_share_a_peak_lower_than_their_peaks_summed() {
        let shape = UtilityShape::with(1.0, vec![1], Vec::new());
        let mut loads = vec![0.0; shape.keys()];
        loads[LoadProfile::Continuous.index()] = 10.0;
        loads[LoadProfile::DayShift.index()] = 5.0;
        // 10 flat + 5 × 2 at midday.
        assert!((shape.peak(&loads) - 20.0).abs() < 1e-9);
        assert!((shape.peak_bound(&loads) - 20.0).abs() < 1e-9);
    }

    #[test]
    fn the_first_class_is_served_before_the_second() {
        // Two classes, flat loads 6 (class 0) and 6 (class 1), capacity 9.
        let shape = UtilityShape::with(1.0, vec![1, 2], Vec::new());
        let mut loads = vec![0.0; shape.keys()];
        loads[0] = 6.0;
        loads[1] = 6.0;
        let mut served = vec![0.0; 2];
        let unserved = shape.curtail(&loads, 9.0, &mut served);
        assert!((unserved - 3.0).abs() < 1e-9);
        assert_eq!(served[0], 1.0);
        assert!((served[1] - 0.5).abs() < 1e-9);
    }
}
