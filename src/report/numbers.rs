//! Every number parksim writes to a file passes here. A number that cannot be given — a
//! loading with load but no capacity in service, an overflow from absurd inputs — is
//! written as an empty CSV cell or a JSON `null`, never as `inf` or `NaN`.

use serde::{Serialize, Serializer};

/// A number as a CSV cell with `decimals` decimals; empty when it is not finite.
pub fn cell(value: f64, decimals: usize) -> String {
    if value.is_finite() {
        format!("{value:.decimals$}")
    } else {
        String::new()
    }
}

/// A number as JSON, rounded to `decimals` decimals; `null` when it is not finite.
pub fn json(value: f64, decimals: i32) -> serde_json::Value {
    let scale = 10f64.powi(decimals);
    let rounded = (value * scale).round() / scale;
    if rounded.is_finite() {
        serde_json::Value::from(rounded)
    } else {
        serde_json::Value::Null
    }
}

/// A number as JSON as it is (a scene's input, such as a rate); `null` when it is not
/// finite.
pub fn exact(value: f64) -> serde_json::Value {
    if value.is_finite() {
        serde_json::Value::from(value)
    } else {
        serde_json::Value::Null
    }
}

/// The largest of `values`, or `None` when any of them is not finite (the maximum is then
/// not a number either); 0 for none.
pub fn max_of(values: impl IntoIterator<Item = f64>) -> Option<f64> {
    values.into_iter().try_fold(0.0, |max: f64, v| {
        if v.is_finite() {
            Some(max.max(v))
        } else {
            None
        }
    })
}

/// A CSV cell of a number with `D` decimals, written through [`cell`].
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Fixed<const D: usize>(pub f64);

impl<const D: usize> Serialize for Fixed<D> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&cell(self.0, D))
    }
}

/// Money in whole US dollars (a CSV cell with no decimals).
pub type Usd = Fixed<0>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_that_are_not_finite_are_empty_or_null() {
        assert_eq!(cell(12.345, 1), "12.3");
        assert_eq!(cell(f64::INFINITY, 1), "");
        assert_eq!(cell(f64::NAN, 3), "");
        assert_eq!(json(12.34567, 3), serde_json::json!(12.346));
        assert_eq!(json(f64::NEG_INFINITY, 0), serde_json::Value::Null);
        assert_eq!(
            json(1e308, 3),
            serde_json::Value::Null,
            "overflows when rounded"
        );
        assert_eq!(max_of([1.0, 3.0, 2.0]), Some(3.0));
        assert_eq!(max_of([1.0, f64::INFINITY]), None);
        assert_eq!(max_of([f64::NAN, 1.0]), None);
        assert_eq!(max_of([]), Some(0.0));
    }
}
