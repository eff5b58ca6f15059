//! The range every number of a scene may take, and the checks that hold numbers to them.
//!
//! Each range is wide enough for any real park, for the scenes in `scenes/` and the tests,
//! and for the 100,000-plot synthetic park (`parksim synth`), and narrow enough that no
//! sum, product or random draw of the model overflows to infinity, hangs, or silently
//! loses its meaning. Ends are included.

use super::super::raw::Num;
use super::{Checker, Owner};
use crate::tr;

/// An accepted range of one kind of quantity, both ends included.
#[derive(Clone, Copy, Debug)]
pub(super) struct Range {
    pub min: f64,
    pub max: f64,
}

const fn range(min: f64, max: f64) -> Range {
    Range { min, max }
}

/// A share, a rate or a probability: 0 to 1.
pub(super) const SHARE: Range = range(0.0, 1.0);
/// Farthest a point may lie from the park's origin (0, 0) along either axis, metres:
/// 1,000 km. The 100,000-plot synthetic park spans about 60 km.
pub(super) const COORDINATE_M: f64 = 1e6;
/// A park's stated gross area, hectares: up to 100,000 km².
pub(super) const GROSS_AREA_HA: Range = range(0.0, 1e7);
/// US dollars per unit of the park's currency: from the weakest currency conceivable to
/// well beyond the strongest (the Kuwaiti dinar, about 3.3).
pub(super) const USD_PER_CURRENCY_UNIT: Range = range(1e-9, 1e4);
/// Land rent and land tax, park currency per hectare per year; room for currencies of
/// tens of thousands of units to the dollar.
pub(super) const CURRENCY_PER_HA_YEAR: Range = range(0.0, 1e12);
/// A utility's price, USD per unit-hour (USD/MWh, USD/m³, USD/t).
pub(super) const TARIFF_USD_PER_UNIT_HOUR: Range = range(0.0, 1e6);
/// Capacities and draws in the utility's unit (MW, m³/h, t/h), as the planner's editor
/// allows. The 100,000-plot synthetic park needs about 1.1e7 m³/h of gas. A capacity of
/// 0 is a source or line switched off or not built yet: the editor allows it and the
/// network tests use it, and the outputs show its loading as having no capacity.
pub(super) const CAPACITY: Range = range(0.0, 1e9);
/// Public or private spending per unit of capacity, USD per MW, m³/h or t/h.
pub(super) const USD_PER_CAPACITY_UNIT: Range = range(0.0, 1e9);
/// Nominal voltage, kV: from low-voltage distribution to the highest transmission lines.
pub(super) const VOLTAGE_KV: Range = range(0.1, 1000.0);
/// Mean time between random failures, years (a million years: never in practice).
pub(super) const MTBF_YEARS: Range = range(0.01, 1e6);
/// Mean repair time after a failure, hours: at most a year.
pub(super) const REPAIR_HOURS: Range = range(0.0, 8760.0);
/// Money of one firm or one project, USD (investment, yearly output, capital spending):
/// up to a trillion, several times the largest industrial complex ever built.
pub(super) const USD: Range = range(0.0, 1e12);
/// Observed investment of a whole park so far, USD.
pub(super) const PARK_USD: Range = range(0.0, 1e15);
/// Permanent jobs of one firm.
pub(super) const JOBS: Range = range(0.0, 1e6);
/// Average gross wage, USD per job per month.
pub(super) const WAGE_USD_PER_MONTH: Range = range(0.0, 1e6);
/// Land one firm needs, hectares (above 0: a plot must hold it).
pub(super) const LAND_HA: Range = range(1e-6, 1e5);
/// Taxable profit as a share of output: a loss of all of it to all of it.
pub(super) const PROFIT_MARGIN: Range = range(-1.0, 1.0);
/// A weight in a prospect's choice of site (sensitivities, share among a sector's
/// archetypes): the scenes use 0.3 to 6; above 1,000 the choice's exponentials overflow.
pub(super) const WEIGHT: Range = range(0.0, 1e3);
/// A value in a prospect's choice, on the logit's scale (appeal, outside option, the
/// value of a neighbour or a supplier): ±100 keeps every exponential finite.
pub(super) const VALUE: Range = range(-100.0, 100.0);
/// Mean prospective investors per year of one sector: the 100,000-plot synthetic park
/// brings about 2,100; each prospect is simulated, so millions would never finish.
pub(super) const PROSPECTS_PER_YEAR: Range = range(0.0, 1e4);
/// Years over which prospects value rents and incentives.
pub(super) const HORIZON_YEARS: Range = range(1.0, 200.0);
/// Largest plot a prospect considers, as a multiple of its land need.
pub(super) const PLOT_TO_NEED_RATIO: Range = range(1.0, 1e6);
/// A distance between plots, metres (a neighbourhood radius, a hazard buffer).
pub(super) const DISTANCE_M: Range = range(0.0, 1e6);
/// A span of years (exemptions, refunds, the wait before growing).
pub(super) const YEARS: Range = range(0.0, 1000.0);
/// Share of capacity and jobs a resident adds when it expands.
pub(super) const EXPAND_SHARE: Range = range(0.0, 10.0);
/// Days an outage lasts: at most ten years.
pub(super) const OUTAGE_DAYS: Range = range(0.0, 3660.0);
/// A count of firms in the observed history.
pub(super) const FIRM_COUNT: Range = range(0.0, 1e7);
/// The loading that triggers an expansion, percent of capacity (above 0).
pub(super) const LOADING_PCT: Range = range(1e-9, 1e4);
/// Longest span in months (runs, lead times, construction, distress): 12,000 months,
/// 1,000 years, as the command line's `--months`.
pub(super) const MONTHS: u32 = 12_000;

impl Checker<'_, '_> {
    /// Checks a number: finite and within `range`, reported at `key` of `owner`.
    pub(super) fn num(&mut self, owner: &Owner, key: &str, value: &Num, range: Range) -> f64 {
        let v = value.value;
        let o = || owner.shown();
        let message = if v.is_nan() {
            Some(tr!("scene-number-nan", owner = o(), key = key))
        } else if v.is_infinite() {
            Some(tr!("scene-number-infinite", owner = o(), key = key))
        } else if v < 0.0 && range.min == 0.0 {
            Some(tr!(
                "scene-number-negative",
                owner = o(),
                key = key,
                value = shown_value(v)
            ))
        } else if v < range.min || v > range.max {
            Some(tr!(
                "scene-number-out-of-range",
                owner = o(),
                key = key,
                value = shown_value(v),
                min = shown_bound(range.min),
                max = shown_bound(range.max),
            ))
        } else {
            None
        };
        if let Some(message) = message {
            self.sink.at_key_of(owner.place, key, message);
        }
        v
    }

    pub(super) fn share(&mut self, owner: &Owner, key: &str, value: &Num) -> f64 {
        self.num(owner, key, value, SHARE)
    }

    /// Checks a whole number of months: from `min` to [`MONTHS`].
    pub(super) fn months(&mut self, owner: &Owner, key: &str, value: u32, min: u32) -> u32 {
        if value < min || value > MONTHS {
            self.sink.at_key_of(
                owner.place,
                key,
                tr!(
                    "scene-months-out-of-range",
                    owner = owner.shown(),
                    key = key,
                    value = shown_bound(value as f64),
                    min = min,
                    max = shown_bound(MONTHS as f64),
                ),
            );
        }
        value.clamp(min, MONTHS)
    }
}

/// A number as the file may have written it: plain, or in exponent form when very large
/// or very small (1e308, not 309 digits).
pub(super) fn shown_value(v: f64) -> String {
    if v != 0.0 && !(1e-6..1e9).contains(&v.abs()) {
        format!("{v:e}")
    } else {
        v.to_string()
    }
}

/// An end of a range as people read it: whole numbers with thousands separators, as
/// the language shown writes them (12,000; 12 000), others as [`shown_value`].
pub(super) fn shown_bound(v: f64) -> String {
    if v.fract() != 0.0 || v.abs() >= 1e15 {
        return shown_value(v);
    }
    crate::report::shown::grouped(v, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_shown_as_people_write_them() {
        assert_eq!(shown_value(-656.25), "-656.25");
        assert_eq!(shown_value(1e308), "1e308");
        assert_eq!(shown_value(1e12), "1e12");
        assert_eq!(shown_bound(12_000.0), "12,000");
        assert_eq!(shown_bound(1e9), "1,000,000,000");
        assert_eq!(shown_bound(-100.0), "-100");
        assert_eq!(shown_bound(0.01), "0.01");
        assert_eq!(shown_bound(4_294_967_295.0), "4,294,967,295");
    }
}
