//! Numbers as people read them in the planner and in messages: digits grouped in
//! thousands ("205,514 USD", "1,234.5 m³/h"), a fixed number of decimals, and no "-0".
//! One place, so that the languages of a later wave change them all at once.

/// `v` with `decimals` decimals and its whole part grouped in thousands with commas.
/// A value that rounds to zero is shown without a sign; inf and NaN as "–".
pub fn grouped(v: f64, decimals: usize) -> String {
    if !v.is_finite() {
        return "–".into();
    }
    let text = format!("{:.*}", decimals, v.abs());
    let (whole, fraction) = match text.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (text.as_str(), None),
    };
    let mut out = String::with_capacity(text.len() + whole.len() / 3 + 1);
    let negative = v < 0.0 && text.bytes().any(|b| b.is_ascii_digit() && b != b'0');
    if negative {
        out.push('-');
    }
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = fraction {
        out.push('.');
        out.push_str(f);
    }
    out
}

/// A quantity with sensible precision: 1 decimal below 100, whole numbers above, grouped.
pub fn quantity(v: f64) -> String {
    if v.abs() < 100.0 {
        grouped(v, 1)
    } else {
        grouped(v, 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_grouped_and_zero_has_no_sign() {
        assert_eq!(grouped(205_514.4, 0), "205,514");
        assert_eq!(grouped(1_234.56, 1), "1,234.6");
        assert_eq!(grouped(999.0, 0), "999");
        assert_eq!(grouped(1_000.0, 0), "1,000");
        assert_eq!(grouped(-1_234_567.0, 0), "-1,234,567");
        assert_eq!(grouped(3.0e9, 0), "3,000,000,000");
        assert_eq!(grouped(0.25, 2), "0.25");
        assert_eq!(grouped(-0.0, 1), "0.0");
        assert_eq!(grouped(-0.04, 1), "0.0");
        assert_eq!(grouped(f64::INFINITY, 0), "–");
        assert_eq!(quantity(42.25), "42.2");
        assert_eq!(quantity(12_345.6), "12,346");
    }
}
