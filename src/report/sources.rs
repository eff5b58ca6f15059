//! Where a scene's numbers come from: every value and record whose `source` says it is an
//! estimate (no public figure behind it, or one the scene's author had to assume), listed
//! by section with the path to it, so that a trainer can answer "where does that number
//! come from?" on the spot (`parksim validate --sources`, the planner's *Sources and
//! assumptions*).

use serde_json::Value;

use crate::scenario::raw::RawScenario;

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
}
