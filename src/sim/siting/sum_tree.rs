//! A sum tree: non-negative weights over positions, with range sums and sampling by
//! cumulative weight in O(log n), for drawing a plot from a prospect's feasible range.

/// Sums of non-negative weights over positions, with sampling by cumulative weight.
#[derive(Clone, Debug)]
pub struct SumTree {
    size: usize,
    nodes: Vec<f64>,
}

impl SumTree {
    pub fn new(weights: &[f64]) -> Self {
        let size = weights.len().next_power_of_two().max(1);
        let mut nodes = vec![0.0; 2 * size];
        nodes[size..size + weights.len()].copy_from_slice(weights);
        for i in (1..size).rev() {
            nodes[i] = nodes[2 * i] + nodes[2 * i + 1];
        }
        Self { size, nodes }
    }

    pub fn get(&self, i: usize) -> f64 {
        self.nodes[self.size + i]
    }

    pub fn set(&mut self, i: usize, w: f64) {
        let mut n = self.size + i;
        self.nodes[n] = w;
        while n > 1 {
            n /= 2;
            self.nodes[n] = self.nodes[2 * n] + self.nodes[2 * n + 1];
        }
    }

    /// Sum of weights at positions `lo..hi`.
    pub fn sum(&self, lo: usize, hi: usize) -> f64 {
        let (mut l, mut r) = (lo + self.size, hi + self.size);
        let (mut left, mut right) = (0.0, 0.0);
        while l < r {
            if l & 1 == 1 {
                left += self.nodes[l];
                l += 1;
            }
            if r & 1 == 1 {
                r -= 1;
                right += self.nodes[r];
            }
            l /= 2;
            r /= 2;
        }
        left + right
    }

    /// The position in `lo..hi` where the cumulative weight from `lo` first exceeds
    /// `u · sum(lo, hi)`, for `u` in [0, 1); `None` when the range has no weight.
    pub fn sample(&self, lo: usize, hi: usize, u: f64) -> Option<usize> {
        let total = self.sum(lo, hi);
        if total <= 0.0 {
            return None;
        }
        let target = self.sum(0, lo) + u * total;
        let mut n = 1;
        let mut acc = 0.0;
        while n < self.size {
            let left = self.nodes[2 * n];
            if acc + left > target {
                n *= 2;
            } else {
                acc += left;
                n = 2 * n + 1;
            }
        }
        let i = n - self.size;
        if (lo..hi).contains(&i) && self.get(i) > 0.0 {
            Some(i)
        } else {
            // Rounding put the draw just outside the range: take the nearest weighted one.
            let inside = i.clamp(lo, hi - 1);
            (inside..hi)
                .chain((lo..inside).rev())
                .find(|&j| self.get(j) > 0.0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Weights as the siting index has them: many zero (taken or unsuitable plots), the
    /// rest over six orders of magnitude.
    fn weights() -> impl Strategy<Value = Vec<f64>> {
        prop::collection::vec(prop_oneof![Just(0.0), 1e-3..1e3f64], 1..200)
    }

    proptest! {
        #[test]
        fn sums_and_samples_agree_with_a_linear_scan(
            mut w in weights(),
            updates in prop::collection::vec((any::<prop::sample::Index>(), prop_oneof![Just(0.0), 1e-3..1e3f64]), 0..20),
            range in (any::<prop::sample::Index>(), any::<prop::sample::Index>()),
            u in 0.0..1.0f64,
        ) {
            let mut tree = SumTree::new(&w);
            for (i, v) in updates {
                let i = i.index(w.len());
                w[i] = v;
                tree.set(i, v);
            }
            let (a, b) = (range.0.index(w.len() + 1), range.1.index(w.len() + 1));
            let (lo, hi) = (a.min(b), a.max(b));
            let linear: f64 = w[lo..hi].iter().sum();
            let tolerance = 1e-9 * w.iter().sum::<f64>().max(1.0);
            prop_assert!((tree.sum(lo, hi) - linear).abs() <= tolerance);
            match tree.sample(lo, hi, u) {
                None => prop_assert!(linear <= 0.0),
                Some(i) => {
                    prop_assert!((lo..hi).contains(&i) && w[i] > 0.0);
                    // The draw falls in i's share of the range's cumulative weight.
                    let target = u * linear;
                    let before: f64 = w[lo..i].iter().sum();
                    prop_assert!(before <= target + tolerance);
                    prop_assert!(before + w[i] >= target - tolerance);
                }
            }
        }
    }

    #[test]
    fn sum_tree_sums_and_samples_within_range() {
        let mut t = SumTree::new(&[1.0, 0.0, 2.0, 3.0, 4.0]);
        assert_eq!(t.sum(0, 5), 10.0);
        assert_eq!(t.sum(2, 4), 5.0);
        assert_eq!(t.sample(2, 4, 0.0), Some(2));
        assert_eq!(t.sample(2, 4, 0.39), Some(2));
        assert_eq!(t.sample(2, 4, 0.41), Some(3));
        assert_eq!(t.sample(2, 4, 0.999_999), Some(3));
        t.set(2, 0.0);
        t.set(3, 0.0);
        assert_eq!(t.sample(2, 4, 0.5), None);
        assert_eq!(t.sample(0, 5, 0.5), Some(4));
        assert_eq!(t.sample(1, 2, 0.5), None);
    }
}
