//! Names in several languages: a park, zone, sector, kind of firm, named resident or
//! utility may carry `names: {"ru": "…", "tg": "…", "az": "…"}` beside its `name`; the
//! planner and the messages show the one of the language shown, else `name`.

use std::collections::BTreeMap;

/// A record's name in other languages, by language code (`ru`, `tg`, `az`, `en-GB`…).
pub type Names = BTreeMap<String, String>;

/// The name to show in `language` (a code such as `ru` or `tg-TJ`): the name for that
/// very code, else for its language (`ru` for `ru-RU`), else `name`.
pub fn name_in<'a>(name: &'a str, names: &'a Names, language: &str) -> &'a str {
    let primary = language.split('-').next().unwrap_or_default();
    names
        .get(language)
        .or_else(|| names.get(primary))
        .map_or(name, String::as_str)
}

/// A record with a name and names in other languages.
pub trait Named {
    fn name(&self) -> &str;
    fn names(&self) -> &Names;

    /// The name in the language shown (see [`crate::locale`]).
    fn shown_name(&self) -> &str {
        name_in(
            self.name(),
            self.names(),
            &crate::locale::language().to_string(),
        )
    }
}

macro_rules! named {
    ($($t:ty),*) => {$(
        impl Named for $t {
            fn name(&self) -> &str {
                &self.name
            }
            fn names(&self) -> &Names {
                &self.names
            }
        }
    )*};
}
named!(
    super::Park,
    super::Zone,
    super::Sector,
    super::Archetype,
    super::Anchor,
    super::Utility,
    super::Phase,
    super::Regime
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_found_by_language_code_or_falls_back() {
        let names: Names = [("ru".to_owned(), "Сумгаит".to_owned())].into();
        assert_eq!(name_in("Sumgayit", &names, "ru"), "Сумгаит");
        assert_eq!(name_in("Sumgayit", &names, "ru-RU"), "Сумгаит");
        assert_eq!(name_in("Sumgayit", &names, "tg"), "Sumgayit");
        assert_eq!(name_in("Sumgayit", &Names::new(), "ru"), "Sumgayit");
    }
}
