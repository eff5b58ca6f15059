//! Tests of exercise files, plans against levers, scoring and submissions, on the four
//! exercises shipped in `exercises/`.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::allowed::Allowed;
use super::choices::choices;
use super::levers::{admit, check_plan};
use super::scoring::{Scored, score};
use super::submission::Submission;
use super::*;
use crate::scenario::edit::Edit;

fn path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(name)
}

fn exercise(name: &str) -> Exercise {
    load(&path(&format!("exercises/{name}.ron"))).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn scored(ex: &Exercise, plan: &RawScenario) -> Scored {
    let scenario = Arc::new(ex.scenario(plan).expect("a valid plan"));
    score(ex, &scenario, None).expect("not cancelled")
}

const EXERCISES: [&str; 4] = [
    "sughd_incentives",
    "dangara_power",
    "new_park_anchor",
    "copy_sumgayit",
];

#[test]
fn an_exercise_refuses_edits_outside_its_levers_and_bounds() {
    let ex = exercise("sughd_incentives");
    let start = &ex.start;
    let years = |y: f64| Edit::SetExemptionYears {
        regime: 0,
        years: y,
    };
    // Within the levers: exemption years, a preset the exercise lists, then its years.
    let ten = admit(&ex, start, start, years(10.0)).expect("10 years is within 0–30");
    let plan = crate::scenario::edit::apply(start, &ten).unwrap();
    let preset = Edit::SetRegimePreset {
        regime: 0,
        preset: "az_industrial_park_7y".into(),
    };
    let plan =
        crate::scenario::edit::apply(&plan, &admit(&ex, start, &plan, preset).unwrap()).unwrap();
    admit(&ex, start, &plan, years(12.0)).expect("years on the preset chosen");
    // Out of bounds, with the bounds in the reason.
    let refused = admit(&ex, start, start, years(40.0)).unwrap_err();
    assert!(
        refused.contains("40") && refused.contains("0–30"),
        "{refused}"
    );
    let refused = admit(
        &ex,
        start,
        start,
        Edit::SetRentDiscount {
            regime: 0,
            share: 0.8,
        },
    )
    .unwrap_err();
    assert!(
        refused.contains("80 %") && refused.contains("50 %"),
        "{refused}"
    );
    // Alat's regime is Tajikistan's without the property and land tax holidays: within
    // the shares this exercise opens, so it may be chosen though it is not listed.
    let alat = Edit::SetRegimePreset {
        regime: 0,
        preset: "alat_fez".into(),
    };
    admit(&ex, start, start, alat.clone()).expect("the shares are a lever");
    // Where the regime is no lever, no preset may be put on it.
    let power = exercise("dangara_power");
    let refused = admit(&power, &power.start, &power.start, alat).unwrap_err();
    assert!(refused.contains("lets you change only"), "{refused}");
    // Anything that is not a lever: the levers are named.
    for edit in [
        Edit::MovePlot {
            id: "S01".into(),
            dx_m: 5.0,
            dy_m: 0.0,
        },
        Edit::SetSourceCapacity {
            source: "power-1".into(),
            capacity: 80.0,
        },
        Edit::SetArrivalRate {
            sector: "assembly".into(),
            prospects_per_year: 9.0,
        },
    ] {
        let refused = admit(&ex, start, start, edit.clone()).unwrap_err();
        assert!(
            refused.contains("lets you change only") && refused.contains("exemption years 0–30"),
            "{edit:?}: {refused}"
        );
    }
    // The scene's own seed is not the team's to game: plans are scored on the exercise's.
    admit(&ex, start, start, Edit::SetSeed { seed: 7 }).expect("the seed is free");

    // Expansions: priced at the exercise's price and lead time, within months and budget.
    let ex = exercise("dangara_power");
    let start = &ex.start;
    let expansion = |mw: f64, capex: f64, decided: &str| Edit::AddExpansion {
        utility: "power".into(),
        asset: "grid_35kv".into(),
        add_capacity: mw,
        capex_usd: capex,
        lead_months: 3,
        decided: decided.into(),
    };
    match admit(&ex, start, start, expansion(10.0, 0.0, "2016-01")).unwrap() {
        Edit::AddExpansion {
            capex_usd,
            lead_months,
            ..
        } => assert_eq!((capex_usd, lead_months), (2_850_000.0, 24)),
        other => panic!("{other:?}"),
    }
    let refused = admit(&ex, start, start, expansion(40.0, 0.0, "2016-01")).unwrap_err();
    assert!(refused.contains("budget"), "{refused}");
    let refused = admit(&ex, start, start, expansion(10.0, 0.0, "2010-01")).unwrap_err();
    assert!(refused.contains("2012-01"), "{refused}");
    // A plan made by hand with a cheap expansion is refused as the edit would be.
    let cheap = crate::scenario::edit::apply(start, &expansion(10.0, 1.0, "2016-01")).unwrap();
    let refused = check_plan(&ex, start, &cheap).unwrap_err();
    assert!(refused.contains("285,000"), "{refused}");
}

#[test]
fn scoring_is_the_same_whatever_the_thread_count() {
    let ex = exercise("copy_sumgayit");
    let plan = ex.reference_plan().unwrap();
    let in_pool = |threads: usize| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap()
            .install(|| scored(&ex, &plan))
    };
    let one = in_pool(1);
    assert_eq!(one.per_seed.len(), 50);
    for threads in [2, 3, 8] {
        let other = in_pool(threads);
        assert_eq!(one, other, "{threads} threads");
        // Bit for bit, not only equal as numbers.
        assert_eq!(one.score.p50.to_bits(), other.score.p50.to_bits());
    }
}

#[test]
fn each_reference_solution_scores_above_its_starting_scene() {
    for name in EXERCISES {
        let ex = exercise(name);
        assert!(!ex.raw.reference.is_empty(), "{name} has a reference plan");
        let start = scored(&ex, &ex.start);
        let reference = scored(&ex, &ex.reference_plan().unwrap());
        assert!(
            reference.score.p50 > start.score.p50,
            "{name}: reference {:?} against start {:?}",
            reference.score,
            start.score
        );
        assert!(
            reference.all_hold(),
            "{name}: the reference meets every threshold"
        );
        // Every text in the four languages, none left to translate.
        for texts in [&ex.raw.title, &ex.raw.brief, &ex.raw.lesson] {
            for l in LANGUAGES {
                assert!(
                    texts.get(l).is_some_and(|t| !t.is_empty() && t != "TODO"),
                    "{name}: {l}"
                );
            }
        }
    }
}

#[test]
fn a_submission_round_trips() {
    let ex = exercise("new_park_anchor");
    let plan = ex.reference_plan().unwrap();
    let s = scored(&ex, &plan);
    let submission = Submission::make(&ex, "Team Dushanbe", &[], &plan, &s).unwrap();
    assert_eq!(submission.exercise, "new-park-anchor");
    assert_eq!(submission.parksim, env!("CARGO_PKG_VERSION"));
    assert_eq!(submission.score.median, s.score.p50);
    let dir = tempfile::tempdir().unwrap();
    let file = dir
        .path()
        .join("submissions")
        .join(submission::file_name("Team Dushanbe"));
    submission.save(&file).unwrap();
    assert!(file.ends_with("submissions/Team-Dushanbe.ron"));
    let read = Submission::load(&file).unwrap();
    assert_eq!(read, submission);
    let back = read.plan(&ex).unwrap();
    let text = |s: &RawScenario| crate::scenario::to_ron(s).unwrap();
    assert_eq!(text(&back), text(&plan));
    assert_eq!(scored(&ex, &back), s);
    // The choices show what changed, and only that.
    let chosen = choices(&ex, &ex.start, &back);
    let before = choices(&ex, &ex.start, &ex.start);
    assert_eq!(chosen.len(), before.len());
    let changed: Vec<&str> = chosen
        .iter()
        .zip(&before)
        .filter(|(a, b)| a.value != b.value)
        .map(|(a, _)| a.what.as_str())
        .collect();
    // The regime (now "… (changed)"), its years, and the expansions.
    assert_eq!(changed.len(), 3, "{changed:?}");
    assert!(changed[1].ends_with("exemption years"), "{changed:?}");

    // With an event released, the plan is a diff against the start with the event.
    let events = vec!["law-change".to_owned()];
    let start = ex.start_with(&events).unwrap();
    let with_event = crate::scenario::edit::apply(
        &start,
        &Edit::SetExemptionYears {
            regime: 0,
            years: 3.0,
        },
    )
    .unwrap();
    let s = Submission::make(
        &ex,
        "Team Khorog",
        &events,
        &with_event,
        &scored(&ex, &with_event),
    )
    .unwrap();
    assert_eq!(text(&s.plan(&ex).unwrap()), text(&with_event));
}

#[test]
fn a_submission_for_another_exercise_or_version_is_refused() {
    let sughd = exercise("sughd_incentives");
    let plan = sughd.reference_plan().unwrap();
    let submission =
        Submission::make(&sughd, "Team A", &[], &plan, &scored(&sughd, &plan)).unwrap();
    let other = exercise("copy_sumgayit");
    let refused = submission.plan(&other).unwrap_err();
    assert!(
        refused.contains("sughd-incentives") && refused.contains("copy-sumgayit"),
        "{refused}"
    );
    // The same exercise, changed since: its digest differs.
    let text = std::fs::read_to_string(&sughd.file).unwrap();
    let changed = parse(
        &text.replace("at_least: 20.0", "at_least: 21.0"),
        &sughd.file,
    )
    .unwrap();
    let refused = submission.plan(&changed).unwrap_err();
    assert!(refused.contains("another version"), "{refused}");
    // Another parksim's model.
    let mut old = submission.clone();
    old.parksim = "0.0.9".into();
    let refused = old.plan(&sughd).unwrap_err();
    assert!(refused.contains("0.0.9"), "{refused}");
    // A diff edited by hand to go beyond the levers.
    let mut forged = submission.clone();
    let start = crate::scenario::to_ron(&sughd.start).unwrap();
    let mut beyond = sughd.start.clone();
    beyond.utilities[0].sources[0].capacity.value = 400.0;
    forged.scene_diff =
        diffy::create_patch(&start, &crate::scenario::to_ron(&beyond).unwrap()).to_string();
    let refused = forged.plan(&sughd).unwrap_err();
    assert!(
        refused.contains("beyond the exercise's levers"),
        "{refused}"
    );
}

#[test]
fn broken_exercise_files_give_located_messages() {
    let file = path("tests/fixtures/exercises/broken.ron");
    let located = |text: &str, expect: &[(usize, &str)]| {
        let errors = parse(text, &file).unwrap_err();
        let shown: Vec<String> = errors.0.iter().map(|e| e.to_string()).collect();
        for (line, part) in expect {
            assert!(
                shown
                    .iter()
                    .any(|m| m.contains(&format!("broken.ron:{line}:")) && m.contains(part)),
                "line {line}, {part:?} in:\n{}",
                shown.join("\n")
            );
        }
    };
    let text = std::fs::read_to_string(&file).unwrap();
    located(
        &text,
        &[
            (3, "lower-case letters"),
            (4, "missing ru, tg, az"),
            (10, "\"1..x\""),
            (14, "from 0 to 50"),
            (15, "no regime preset \"tajikistan_fz\""),
            (15, "tajikistan_fez"),
            (18, "no zone \"nowhere\""),
            (20, "no rent schedule \"cheap\""),
            (24, "2040-01 is outside the scene's run"),
            (25, "\"2024-13\" is not a month"),
            (28, "at_least, at_most or both"),
        ],
    );
    // Once the rest is right, the events and the reference plan are tried on the scene.
    let mended = text
        .replace("\"Broken Exercise\"", "\"broken\"")
        .replace(
            "{\"en\": \"Broken\"}",
            "{\"en\": \"B\", \"ru\": \"B\", \"tg\": \"B\", \"az\": \"B\"}",
        )
        .replace("1..x", "1..5")
        .replace("99.0", "30.0")
        .replace("tajikistan_fz", "tajikistan_fez")
        .replace("nowhere", "industrial")
        .replace("\"cheap\"", "\"sughd\"")
        .replace("2040-01", "2024-12")
        .replace("2024-13", "2024-12")
        .replace("at: \"2024-12\")", "at: \"2024-12\", at_least: 1.0)");
    located(
        &mended,
        &[
            (35, "event \"blackout\" cannot be released"),
            (38, "reference plan is not a plan a team could make"),
        ],
    );
    // A syntax error is located too.
    let errors = parse("Exercise(id: \"x\", title: {", &file).unwrap_err();
    assert!(errors.0[0].location.is_some(), "{errors}");
}

#[test]
fn only_the_levers_controls_are_enabled() {
    let sughd = Allowed::of(&exercise("sughd_incentives"));
    assert!(sughd.regime_preset(0) && sughd.exemption_years(0));
    assert!(sughd.exemption_share(0) && sughd.rent_discount(0));
    assert!(!sughd.regime_preset(1) && !sughd.rent("sughd") && !sughd.new_plots());
    assert!(!sughd.plot("S01") && !sughd.expansion("power") && !sughd.scene());
    let anchor = Allowed::of(&exercise("new_park_anchor"));
    assert!(anchor.new_plots() && anchor.plot("N01") && !anchor.plot("A01"));
    assert!(anchor.expansion("steam") && !anchor.expansion("water"));
    assert!(anchor.exemption_years(0) && !anchor.rent_discount(0));
    use super::allowed::MapTool;
    assert!(sughd.tool(MapTool::Inspect) && !sughd.tool(MapTool::DrawPlot));
    assert!(anchor.tool(MapTool::MovePlots) && !anchor.tool(MapTool::DrawZoneOrBoundary));
    let all = Allowed::everything();
    assert!(all.scene() && all.plot("S01") && all.expansion("power") && all.rent("x"));
}

#[test]
fn an_event_released_after_the_teams_expansions_keeps_the_plan_within_its_levers() {
    // The donor's expansion is numbered after the team's in the plan, and first in the
    // start with the event: it is matched by what it is, not by its id.
    let ex = exercise("copy_sumgayit");
    let pumping = Edit::AddExpansion {
        utility: "water".into(),
        asset: "pumping".into(),
        add_capacity: 200.0,
        capex_usd: 1_964_200.0,
        lead_months: 24,
        decided: "2010-01".into(),
    };
    let plan = admit(&ex, &ex.start, &ex.start, pumping).unwrap();
    let plan = crate::scenario::edit::apply(&ex.start, &plan).unwrap();
    let events = vec!["donor-grant".to_owned()];
    let start = ex.start_with(&events).unwrap();
    let released = ex.raw.events[0]
        .changes
        .iter()
        .fold(plan, |p, e| crate::scenario::edit::apply(&p, e).unwrap());
    let cost = check_plan(&ex, &start, &released).expect("within the levers");
    assert_eq!(
        cost.capex_usd, 1_964_200.0,
        "the donor's expansion costs the team nothing"
    );
    let chosen = choices(&ex, &start, &released);
    let expansions = chosen.iter().find(|c| c.what == "Expansions").unwrap();
    assert!(
        expansions.value.starts_with("pumping +200") && !expansions.value.contains("wastewater"),
        "{expansions:?}"
    );
    let s = Submission::make(&ex, "Panj", &events, &released, &scored(&ex, &released)).unwrap();
    let text = |s: &RawScenario| crate::scenario::to_ron(s).unwrap();
    assert_eq!(text(&s.plan(&ex).unwrap()), text(&released));
}
