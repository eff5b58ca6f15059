//! Calendar months: the simulation's unit of time, written "YYYY-MM" in scene files.

use std::fmt;

/// A calendar month, stored as months since January of year 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth(i32);

impl YearMonth {
    /// The month `month` (1–12) of `year`.
    pub fn new(year: i32, month: u32) -> Self {
        Self(year * 12 + month as i32 - 1)
    }

    /// Parses "YYYY-MM"; `None` when the text is not such a month.
    pub fn parse(text: &str) -> Option<Self> {
        let (year, month) = text.split_once('-')?;
        if year.len() != 4 || month.len() != 2 {
            return None;
        }
        let year: i32 = year.parse().ok()?;
        let month: u32 = month.parse().ok()?;
        (1..=12).contains(&month).then(|| Self::new(year, month))
    }

    pub fn year(self) -> i32 {
        self.0.div_euclid(12)
    }

    /// 1 = January.
    pub fn month(self) -> u32 {
        self.0.rem_euclid(12) as u32 + 1
    }

    /// The month `n` months later (earlier when negative).
    pub fn plus_months(self, n: i32) -> Self {
        Self(self.0 + n)
    }

    /// Whole months from `earlier` to `self` (negative if `self` is earlier).
    pub fn months_since(self, earlier: YearMonth) -> i32 {
        self.0 - earlier.0
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year(), self.month())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_months() {
        let m = YearMonth::parse("2011-12").unwrap();
        assert_eq!((m.year(), m.month()), (2011, 12));
        assert_eq!(m.plus_months(1).to_string(), "2012-01");
        assert_eq!(YearMonth::parse("2021-11").unwrap().months_since(m), 119);
        for bad in ["2011-13", "2011-00", "11-12", "2011/12", "", "2011-1"] {
            assert!(YearMonth::parse(bad).is_none(), "{bad} should be rejected");
        }
    }
}
