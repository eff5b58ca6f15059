//! Incentive regimes as presets: the files of `scenes/regimes`, built into the binary, so
//! a scene can say `(preset: "tajikistan_fez", from: "2025-01")` instead of listing the
//! exemptions, and the planner can switch a regime to another with one pick.

use serde::Deserialize;

use super::raw::{Num, RawExemption, RawUtilityRefund};

/// Every preset: its id (the file's name) and its text.
pub const PRESETS: [(&str, &str); 5] = [
    (
        "az_industrial_park_10y",
        include_str!("../../scenes/regimes/az_industrial_park_10y.ron"),
    ),
    (
        "az_industrial_park_7y",
        include_str!("../../scenes/regimes/az_industrial_park_7y.ron"),
    ),
    (
        "alat_fez",
        include_str!("../../scenes/regimes/alat_fez.ron"),
    ),
    (
        "tajikistan_fez",
        include_str!("../../scenes/regimes/tajikistan_fez.ron"),
    ),
    (
        "no_incentives",
        include_str!("../../scenes/regimes/no_incentives.ron"),
    ),
];

/// A preset as its file gives it: a regime without its start month.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegimePreset {
    pub name: String,
    /// The name in other languages, by language code.
    #[serde(default)]
    pub names: super::Names,
    /// Where its rules come from.
    pub source: String,
    pub exemptions: Vec<RawExemption>,
    #[serde(default = "no_discount")]
    pub rent_discount_share: Num,
    #[serde(default)]
    pub utility_refund: Option<RawUtilityRefund>,
}

impl RegimePreset {
    /// The name in the language shown, else `name`.
    pub fn shown_name(&self) -> String {
        let language = crate::locale::language().to_string();
        super::names::name_in(&self.name, &self.names, &language).to_owned()
    }
}

fn no_discount() -> Num {
    Num::plain(0.0)
}

/// The preset with this id, if there is one.
pub fn preset(id: &str) -> Option<RegimePreset> {
    PRESETS
        .iter()
        .find(|(name, _)| *name == id)
        .map(|(_, text)| {
            super::ron_options()
                .from_str(text)
                .expect("the built-in regime presets are valid (tested)")
        })
}

/// The ids of every preset, in the order the planner lists them.
pub fn preset_ids() -> impl Iterator<Item = &'static str> {
    PRESETS.iter().map(|(id, _)| *id)
}

/// `raw` with the preset `id` as its only regime, from the start of its run (the same park
/// under another country's rules: `compare SCENE:PRESET`, a tour's baseline).
pub fn put_on(raw: &super::raw::RawScenario, id: &str) -> super::raw::RawScenario {
    let mut raw = raw.clone();
    raw.regimes = vec![super::raw::RawRegime {
        name: String::new(),
        names: Default::default(),
        preset: Some(id.to_owned()),
        from: raw.simulation.start.clone(),
        exemptions: Vec::new(),
        rent_discount_share: super::raw::Num::plain(0.0),
        utility_refund: None,
        source: None,
    }];
    raw
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_preset_reads() {
        for id in preset_ids() {
            let p = preset(id).unwrap();
            assert!(!p.name.is_empty() && !p.source.is_empty(), "{id}");
        }
    }
}
