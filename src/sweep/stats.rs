//! The statistics of a sweep: percentiles by linear interpolation between the closest
//! ranks (Hyndman and Fan's type 7, the default of R, NumPy and spreadsheets), and means,
//! over the values that are numbers (an empty cell of `timeseries.csv` is left out).

/// The `p`-th percentile (0–100) of `values`, sorted ascending, none when empty.
pub fn percentile(sorted: &[f64], p: f64) -> Option<f64> {
    let n = sorted.len();
    if n == 0 {
        return None;
    }
    let h = (n - 1) as f64 * (p / 100.0).clamp(0.0, 1.0);
    let below = h.floor() as usize;
    let above = (below + 1).min(n - 1);
    Some(sorted[below] + (h - below as f64) * (sorted[above] - sorted[below]))
}

/// p10, median, p90 and mean of the numbers among `values`, none when there are none.
pub fn band(values: impl IntoIterator<Item = f64>) -> Option<Band> {
    let mut v: Vec<f64> = values.into_iter().filter(|x| x.is_finite()).collect();
    if v.is_empty() {
        return None;
    }
    v.sort_by(f64::total_cmp);
    // Summed in sorted order: the same sum whatever order the seeds came in.
    let mean = v.iter().sum::<f64>() / v.len() as f64;
    Some(Band {
        p10: percentile(&v, 10.0)?,
        p50: percentile(&v, 50.0)?,
        p90: percentile(&v, 90.0)?,
        mean,
    })
}

/// What a set of runs says of one quantity.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Band {
    pub p10: f64,
    pub p50: f64,
    pub p90: f64,
    pub mean: f64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_interpolate_between_ranks_and_skip_empty_cells() {
        let v = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0];
        assert_eq!(percentile(&v, 50.0), Some(5.5));
        assert_eq!(percentile(&v, 10.0), Some(1.9));
        assert_eq!(percentile(&v, 90.0), Some(9.1));
        assert_eq!(percentile(&[4.0], 90.0), Some(4.0));
        assert_eq!(percentile(&[], 50.0), None);
        let b = band([3.0, f64::NAN, 1.0, 2.0]).unwrap();
        assert_eq!((b.p50, b.mean), (2.0, 2.0));
        assert_eq!(band([f64::NAN]), None);
    }
}
