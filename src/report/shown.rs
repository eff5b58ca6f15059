//! Numbers as people read them in the planner and in messages, in the language shown:
//! digits grouped in thousands and the decimal separator as the language writes them
//! ("205,514 USD" and "1,234.5 m³/h" in English, "1 234,5" in Russian and Tajik,
//! "1.234,5" in Azerbaijani), a fixed number of decimals, and no "-0". The separators are
//! CLDR's, through ICU4X (`icu_decimal`, its data compiled in). One place, so that every
//! number on screen follows the language. Months likewise: "November 2021", "ноябрь
//! 2021 г.", "Ноябр 2021", "noyabr 2021", CLDR's month names through ICU4X
//! (`icu_datetime`). Files keep "YYYY-MM"; only what people read is named.

use std::cell::RefCell;

use icu_calendar::{Date, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::YM;
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;

use crate::scenario::YearMonth;

thread_local! {
    /// The formatter of the language last used on this thread, by its code.
    static FORMATTER: RefCell<Option<(String, Option<DecimalFormatter>)>> =
        const { RefCell::new(None) };
}

/// `digits` (an unsigned decimal such as "1234.5") as `language` writes it; as it is when
/// the language has no number data.
fn localised(language: String, digits: &str) -> String {
    FORMATTER.with(|cell| {
        let mut cell = cell.borrow_mut();
        if cell.as_ref().is_none_or(|(l, _)| *l != language) {
            let formatter = icu_locale_core::Locale::try_from_str(&language)
                .ok()
                .and_then(|l| DecimalFormatter::try_new((&l).into(), Default::default()).ok());
            *cell = Some((language, formatter));
        }
        match (
            cell.as_ref().and_then(|(_, f)| f.as_ref()),
            digits.parse::<Decimal>(),
        ) {
            (Some(f), Ok(d)) => f.format(&d).to_string(),
            _ => digits.to_owned(),
        }
    })
}

/// `v` with `decimals` decimals and its whole part grouped in thousands, as the current
/// language writes numbers. A value that rounds to zero is shown without a sign; inf and
/// NaN as "–".
pub fn grouped(v: f64, decimals: usize) -> String {
    grouped_in(&crate::locale::language().to_string(), v, decimals)
}

/// [`grouped`] in the language with this code (e.g. `ru`).
pub fn grouped_in(language: &str, v: f64, decimals: usize) -> String {
    if !v.is_finite() {
        return "–".into();
    }
    let text = format!("{:.*}", decimals, v.abs());
    let negative = v < 0.0 && text.bytes().any(|b| b.is_ascii_digit() && b != b'0');
    let shown = localised(language.to_owned(), &text);
    if negative { format!("-{shown}") } else { shown }
}

thread_local! {
    /// The month formatter of the language last used on this thread, by its code.
    static MONTHS: RefCell<Option<(String, Option<FixedCalendarDateTimeFormatter<Gregorian, YM>>)>> =
        const { RefCell::new(None) };
}

/// `month` as the current language names it, with its year: "November 2021" (CLDR's
/// month-and-year pattern, the month standing alone: "ноябрь 2021 г." in Russian).
pub fn month(month: YearMonth) -> String {
    month_in(&crate::locale::language().to_string(), month)
}

/// [`month`] in the language with this code; "YYYY-MM" when it has no calendar data.
pub fn month_in(language: &str, month: YearMonth) -> String {
    MONTHS.with(|cell| {
        let mut cell = cell.borrow_mut();
        if cell.as_ref().is_none_or(|(l, _)| l != language) {
            let formatter = icu_locale_core::Locale::try_from_str(language)
                .ok()
                .and_then(|l| {
                    FixedCalendarDateTimeFormatter::try_new((&l).into(), YM::long()).ok()
                });
            *cell = Some((language.to_owned(), formatter));
        }
        let date = u8::try_from(month.month())
            .ok()
            .and_then(|m| Date::try_new_gregorian(month.year(), m, 1).ok());
        match (cell.as_ref().and_then(|(_, f)| f.as_ref()), date) {
            (Some(f), Some(d)) => f.format(&d).to_string(),
            _ => month.to_string(),
        }
    })
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
        // Each language's own separators (CLDR): a narrow no-break space groups Russian
        // and Tajik thousands; Azerbaijani groups with a dot; both take a decimal comma.
        assert_eq!(grouped_in("ru", 1_234.5, 1), "1\u{a0}234,5");
        assert_eq!(grouped_in("tg", 1_234.5, 1), "1\u{a0}234,5");
        assert_eq!(grouped_in("az", 1_234.5, 1), "1.234,5");
        assert_eq!(grouped_in("en-US", 1_234.5, 1), "1,234.5");
        assert_eq!(grouped_in("ru", -1_234_567.0, 0), "-1\u{a0}234\u{a0}567");
        assert_eq!(grouped_in("az", -0.04, 1), "0,0");
        assert_eq!(quantity(12_345.6), "12,346");
    }

    #[test]
    fn months_are_named_as_each_language_names_them() {
        let november = YearMonth::new(2021, 11);
        assert_eq!(month_in("en-US", november), "November 2021");
        // CLDR puts a narrow no-break space before Russian "г." (year).
        assert_eq!(month_in("ru", november), "ноябрь 2021\u{202f}г.");
        assert_eq!(month_in("tg", november), "Ноябр 2021");
        assert_eq!(month_in("az", november), "noyabr 2021");
        assert_eq!(
            month_in("ru", YearMonth::new(2011, 12)),
            "декабрь 2011\u{202f}г."
        );
        assert_eq!(month_in("az", YearMonth::new(2025, 7)), "iyul 2025");
        // The current language's (English in tests that set none).
        assert_eq!(month(YearMonth::new(2035, 1)), "January 2035");
    }
}
