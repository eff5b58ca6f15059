//! Where a scene's numbers come from: every value and record whose `source` says it is an
//! estimate (no public figure behind it, or one the scene's author had to assume), listed
//! by section with the path to it, so that a trainer can answer "where does that number
//! come from?" on the spot (`parksim validate --sources`, the planner's *Sources and
//! assumptions*).

use serde_json::Value;

use crate::scenario::Scenario;
use crate::scenario::raw::RawScenario;
use crate::tr;

/// One value or record the scene marks as an estimate.
#[derive(Clone, Debug, PartialEq)]
pub struct Assumption {
    /// The scene's top-level section: `park`, `plots`, `utilities`, `archetypes`, …
    pub section: String,
    /// Where it is inside the section, ids rather than positions: `power › ss_1 › capacity`.
    pub path: String,
    /// The number, when it is one (a record's source has none).
    pub value: Option<f64>,
    /// The scene's words for where it comes from.
    pub source: String,
}

/// Whether a source marks its value as an estimate (wholly, "estimate: …", or in part,
/// "… position: estimate").
pub fn is_estimate(source: &str) -> bool {
    source.to_lowercase().contains("estimate")
}

/// Every estimate of the scene, in the file's order of sections and records.
pub fn assumptions(raw: &RawScenario) -> Vec<Assumption> {
    let mut found = Vec::new();
    let Ok(Value::Object(root)) = serde_json::to_value(raw) else {
        return found;
    };
    for (section, value) in &root {
        walk(section, &mut Vec::new(), value, &mut found);
    }
    found
}

/// The estimates grouped by section, each with its count, sections in file order.
pub fn by_section(assumptions: &[Assumption]) -> Vec<(String, Vec<&Assumption>)> {
    let mut groups: Vec<(String, Vec<&Assumption>)> = Vec::new();
    for a in assumptions {
        match groups.iter_mut().find(|(s, _)| *s == a.section) {
            Some((_, items)) => items.push(a),
            None => groups.push((a.section.clone(), vec![a])),
        }
    }
    groups
}

/// Where the values of a plot's inspector facts come from, by the fact's label: its zone,
/// rent, phase and, with a resident of `archetype` (the named resident `anchor`, if it is
/// one), the resident's kind, jobs and investment. A value the scene gives no source for
/// is left out.
pub fn plot_fact_sources(
    scenario: &Scenario,
    plot: usize,
    archetype: Option<usize>,
    anchor: Option<usize>,
) -> Vec<(String, String)> {
    let raw = &scenario.raw;
    let p = &scenario.plots[plot];
    let mut found = Vec::new();
    let mut add = |label: String, source: Option<&String>| {
        if let Some(source) = source {
            found.push((label, source.clone()));
        }
    };
    let zone = raw
        .park
        .zones
        .iter()
        .find(|z| z.id == scenario.zones[p.zone].id);
    add(tr!("fact-zone"), zone.and_then(|z| z.source.as_ref()));
    let rent = raw
        .rent_schedules
        .iter()
        .find(|r| r.id == scenario.rent_schedules[p.rent].id);
    add(
        tr!("fact-rent"),
        rent.and_then(|r| r.first_ha_per_year.source.as_ref().or(r.source.as_ref())),
    );
    if let Some(k) = p.phase {
        let phase = raw
            .park
            .phases
            .iter()
            .find(|ph| ph.id == scenario.park.phases[k].id);
        add(tr!("fact-phase"), phase.and_then(|ph| ph.source.as_ref()));
    }
    let kind = archetype.and_then(|a| {
        raw.archetypes
            .iter()
            .find(|ra| ra.id == scenario.archetypes[a].id)
    });
    let named = anchor.and_then(|a| {
        raw.anchors
            .iter()
            .find(|ra| ra.id == scenario.anchors[a].id)
    });
    add(tr!("fact-resident"), named.and_then(|a| a.source.as_ref()));
    add(tr!("fact-kind"), kind.and_then(|k| k.source.as_ref()));
    add(
        tr!("fact-jobs"),
        named
            .and_then(|a| a.jobs.as_ref())
            .and_then(|j| j.source.as_ref())
            .or_else(|| kind.and_then(|k| k.jobs.source.as_ref())),
    );
    add(
        tr!("fact-investment"),
        named
            .and_then(|a| a.investment_usd.as_ref())
            .and_then(|v| v.source.as_ref())
            .or_else(|| kind.and_then(|k| k.investment_usd.source.as_ref())),
    );
    found
}

/// Where the values of a utility source's inspector facts come from: its capacity's
/// source, and its utility's record (which says where the in-service dates come from).
pub fn source_fact_sources(
    scenario: &Scenario,
    utility: usize,
    source: usize,
) -> Vec<(String, String)> {
    let Some(u) = scenario
        .raw
        .utilities
        .iter()
        .find(|u| u.id == scenario.utilities[utility].id)
    else {
        return Vec::new();
    };
    let s = u
        .sources
        .iter()
        .find(|s| s.id == scenario.utilities[utility].sources[source].id);
    let mut found = Vec::new();
    if let Some(c) = s.and_then(|s| s.capacity.source.as_ref()) {
        found.push((tr!("fact-capacity"), c.clone()));
    }
    if let Some(c) = s.and_then(|s| s.built_by.as_ref()?.capex_usd.source.as_ref()) {
        found.push((tr!("fact-built-by"), c.clone()));
    }
    if let Some(r) = &u.source {
        found.push((tr!("fact-in-service"), r.clone()));
        found.push((tr!("fact-utility"), r.clone()));
    }
    found
}

fn walk(section: &str, path: &mut Vec<String>, value: &Value, found: &mut Vec<Assumption>) {
    match value {
        Value::Object(map) => {
            // A sourced number: (value: X, source: "…").
            if let (Some(v), Some(Value::String(source)), 2) = (
                map.get("value").and_then(Value::as_f64),
                map.get("source"),
                map.len(),
            ) {
                if is_estimate(source) {
                    found.push(Assumption {
                        section: section.to_owned(),
                        path: path.join(" › "),
                        value: Some(v),
                        source: source.clone(),
                    });
                }
                return;
            }
            if let Some(Value::String(source)) = map.get("source")
                && is_estimate(source)
            {
                found.push(Assumption {
                    section: section.to_owned(),
                    path: path.join(" › "),
                    value: None,
                    source: source.clone(),
                });
            }
            for (key, v) in map {
                if key == "source" {
                    continue;
                }
                path.push(key.clone());
                walk(section, path, v, found);
                path.pop();
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                // A record is named by its id (or name), else by its place in the list.
                let name = item
                    .get("id")
                    .or_else(|| item.get("name"))
                    .or_else(|| item.get("utility"))
                    .or_else(|| item.get("date"))
                    .and_then(Value::as_str)
                    .map_or_else(|| format!("#{}", i + 1), str::to_owned);
                path.push(name);
                walk(section, path, item, found);
                path.pop();
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn sumgayit_s_estimates_are_found_with_their_paths_and_nothing_else() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenes/sumgayit.ron");
        let raw = crate::scenario::load(&path)
            .expect("the shipped scene is valid")
            .raw;
        let found = assumptions(&raw);
        assert!(found.iter().all(|a| is_estimate(&a.source)));
        // The power tariff is an estimate (an industrial tariff converted), with its value.
        assert!(
            found.iter().any(|a| a.section == "utilities"
                && a.path == "power › tariff_usd_per_unit_hour"
                && a.value == Some(53.0)),
            "{found:#?}"
        );
        // A published figure is not listed: SCIP's rent for the first hectare.
        assert!(!found.iter().any(|a| a.path.contains("first_ha_per_year")));
        let groups = by_section(&found);
        assert!(
            groups
                .iter()
                .any(|(s, items)| s == "utilities" && items.len() > 5)
        );
        assert_eq!(
            groups.iter().map(|(_, items)| items.len()).sum::<usize>(),
            found.len()
        );
    }

    #[test]
    fn a_plot_s_facts_know_where_their_values_come_from() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenes/sumgayit.ron");
        let park = crate::scenario::load(&path).expect("the shipped scene is valid");
        let plot = park.plot_index("P03").unwrap();
        let anchor = park.anchors.iter().position(|a| a.plot == plot).unwrap();
        let found = plot_fact_sources(
            &park,
            plot,
            Some(park.anchors[anchor].archetype),
            Some(anchor),
        );
        let of = |label: &str| {
            found
                .iter()
                .find(|(l, _)| l == label)
                .map(|(_, s)| s.clone())
                .unwrap_or_else(|| panic!("no source for {label}: {found:?}"))
        };
        // SCIP's published rent, not an estimate; the block's position is one.
        assert!(
            !is_estimate(&of(&tr!("fact-rent"))),
            "{}",
            of(&tr!("fact-rent"))
        );
        assert!(is_estimate(&of(&tr!("fact-zone"))));
        assert!(
            of(&tr!("fact-resident")).contains("Aqrokimya")
                || of(&tr!("fact-resident")).contains("18.3 ha")
        );
        assert!(of(&tr!("fact-phase")).contains("founding decree"));
        // A utility source's capacity: no SCIP capacity is published.
        let power = park.utilities.iter().position(|u| u.id == "power").unwrap();
        let capacity = source_fact_sources(&park, power, 0);
        assert!(
            capacity
                .iter()
                .any(|(l, s)| *l == tr!("fact-capacity") && is_estimate(s))
        );
    }
}
