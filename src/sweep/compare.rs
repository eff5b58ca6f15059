//! Paired comparison: two options run on the same seeds (common random numbers), so the
//! difference for each seed is the options' doing, not luck's. Per month and column, the
//! bands of the paired difference OTHER − BASE; per end-of-run figure, both medians, the
//! median paired difference with its p10–p90, and the share of seeds in which OTHER does
//! better.

use super::gathered::Gathered;
use super::stats::{Band, band};
use super::{SeedRun, Sweep};

/// The paired difference OTHER − BASE of every value, seed by seed, as a sweep (its bands
/// are the bands of the difference). Refused unless both ran the same seeds, months and
/// columns.
pub fn difference(base: &Sweep, other: &Sweep) -> Result<Sweep, String> {
    if base.columns != other.columns || base.dates != other.dates {
        return Err("the two options did not run the same months and columns".into());
    }
    let seeds = |s: &Sweep| s.runs.iter().map(|r| r.seed).collect::<Vec<_>>();
    if seeds(base) != seeds(other) {
        return Err("the two options did not run the same seeds".into());
    }
    Ok(Sweep {
        columns: base.columns.clone(),
        dates: base.dates.clone(),
        runs: base
            .runs
            .iter()
            .zip(&other.runs)
            .map(|(b, o)| SeedRun {
                seed: b.seed,
                values: b.values.iter().zip(&o.values).map(|(b, o)| o - b).collect(),
            })
            .collect(),
    })
}

/// One end-of-run figure compared.
#[derive(Clone, Debug, PartialEq)]
pub struct Compared {
    pub figure: String,
    pub base_median: Option<f64>,
    pub other_median: Option<f64>,
    /// The paired difference OTHER − BASE over the seeds.
    pub difference: Option<Band>,
    /// Share (0–1) of the seeds in which OTHER does better: more of a good (residents,
    /// jobs, investment, taxes, net fiscal effect), less of a cost (tax expenditure,
    /// unserved utilities, loading, months short).
    pub other_better: f64,
}

/// Whether less of a figure is better.
pub fn lower_is_better(figure: &str) -> bool {
    figure == "tax_expenditure_usd"
        || figure == "months_short"
        || figure.contains("_unserved_")
        || figure.ends_with("_max_loading_pct")
}

/// Every end-of-run figure of the two options, compared seed by seed.
pub fn compare(base: &Gathered, other: &Gathered) -> Vec<Compared> {
    base.figures
        .iter()
        .zip(&other.figures)
        .map(|((figure, bv), (_, ov))| {
            let diffs: Vec<f64> = bv.iter().zip(ov).map(|(b, o)| o - b).collect();
            let lower = lower_is_better(figure);
            let better = diffs
                .iter()
                .filter(|d| d.is_finite() && if lower { **d < 0.0 } else { **d > 0.0 })
                .count();
            Compared {
                base_median: band(bv.iter().copied()).map(|x| x.p50),
                other_median: band(ov.iter().copied()).map(|x| x.p50),
                difference: band(diffs),
                other_better: better as f64 / bv.len().max(1) as f64,
                figure: figure.clone(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn costs_are_better_lower_and_goods_higher() {
        assert!(lower_is_better("tax_expenditure_usd"));
        assert!(lower_is_better("gas_unserved_m3_total"));
        assert!(lower_is_better("power_max_loading_pct"));
        assert!(!lower_is_better("net_fiscal_usd"));
        assert!(!lower_is_better("residents"));
    }
}
