//! `parksim validate`: scene, tour and exercise files checked, each problem located; with
//! `--sources`, every value a scene marks as an estimate.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::report;
use crate::scenario::{self, Named};
use crate::tr;

pub(super) fn validate(scenes: &[PathBuf], sources: bool) -> ExitCode {
    let mut all_ok = true;
    for scene in scenes {
        // A tour file (written `Tour( … )`) or an exercise (`Exercise( … )`) is checked
        // with its scene.
        let text = scenario::read_scene_text(scene, scenario::MAX_SCENE_BYTES);
        if text.as_deref().is_ok_and(crate::exercise::is_exercise) {
            match crate::exercise::load(scene) {
                Ok(e) => out!(
                    "{}",
                    tr!(
                        "cli-valid-exercise",
                        file = scene.display().to_string(),
                        exercise = e.title(),
                        levers = e.raw.levers.len()
                    )
                ),
                Err(errors) => {
                    all_ok = false;
                    eprintln!("{errors}");
                }
            }
            continue;
        }
        let is_tour = text.is_ok_and(|text| crate::tour::is_tour(&text));
        if is_tour {
            match crate::tour::load(scene) {
                Ok(t) => out!(
                    "{}",
                    tr!(
                        "cli-valid-tour",
                        file = scene.display().to_string(),
                        tour = t.shown_name(),
                        steps = t.steps.len(),
                        park = t.scene.park.shown_name()
                    )
                ),
                Err(errors) => {
                    all_ok = false;
                    eprintln!("{errors}");
                }
            }
            continue;
        }
        match scenario::load(scene) {
            Ok(s) if sources => print_assumptions(scene, &s),
            Ok(s) => out!(
                "{}",
                tr!(
                    "cli-valid",
                    file = scene.display().to_string(),
                    park = s.park.shown_name(),
                    plots = s.plots.len(),
                    area_ha = report::shown::grouped(s.plot_area_ha(), 1),
                    utilities = s.utilities.len(),
                    archetypes = s.archetypes.len(),
                    anchors = s.anchors.len()
                )
            ),
            Err(errors) => {
                all_ok = false;
                eprintln!("{errors}");
            }
        }
    }
    if all_ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Every value and record the scene marks as an estimate, by section, with its source.
fn print_assumptions(scene: &Path, scenario: &scenario::Scenario) {
    use report::sources;
    let all = sources::assumptions(&scenario.raw);
    out!(
        "{}",
        tr!(
            "cli-sources-heading",
            file = scene.display().to_string(),
            count = all.len()
        )
    );
    for (section, items) in sources::by_section(&all) {
        out!();
        out!(
            "{}",
            tr!(
                "cli-sources-section",
                section = section,
                count = items.len()
            )
        );
        for a in items {
            match a.value {
                Some(v) => out!(
                    "  {} = {}: {}",
                    a.path,
                    report::shown::grouped(v, if v.fract() == 0.0 { 0 } else { 2 }),
                    a.source
                ),
                None => out!("  {}: {}", a.path, a.source),
            }
        }
    }
}
