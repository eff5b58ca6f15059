//! `parksim exercise check` (an author's check of an exercise file: its problems located,
//! or the starting scene's and the reference plan's scores) and `parksim exercise score`
//! (the trainer's debrief of the teams' submissions, see [`crate::report::debrief`]).

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use crate::exercise::choices::choices;
use crate::exercise::levers::PlanCost;
use crate::exercise::scoring::{Scored, score_runs};
use crate::exercise::submission::{CheckedPlan, Submission};
use crate::exercise::{self, Exercise};
use crate::report::debrief::{self, Debrief, Plan};
use crate::report::handout::{Handout, Option_};
use crate::report::shown::grouped;
use crate::scenario::raw::RawScenario;
use crate::tr;

fn load(path: &Path) -> Result<Exercise, ExitCode> {
    exercise::load(path).map_err(|errors| {
        eprintln!("{errors}");
        ExitCode::FAILURE
    })
}

/// A plan run on the exercise's seeds (every month of the scene, for the charts) and scored.
fn run_plan(ex: &Exercise, label: &str, plan: &RawScenario) -> Result<(Option_, Scored), String> {
    let scenario = Arc::new(ex.scenario(plan)?);
    let option = Option_::run(label.to_owned(), scenario, &ex.seeds, &|| {});
    let scored = score_runs(ex, &option.runs);
    Ok((option, scored))
}

fn score_line(label: &str, s: &Scored) -> String {
    tr!(
        "cli-exercise-score-line",
        plan = label,
        median = grouped(s.score.p50, 2),
        p10 = grouped(s.score.p10, 2),
        p90 = grouped(s.score.p90, 2),
        met = s.thresholds.iter().filter(|t| t.holds).count(),
        thresholds = s.thresholds.len()
    )
}

/// `parksim exercise check FILE`.
pub fn check(path: &Path) -> ExitCode {
    let ex = match load(path) {
        Ok(e) => e,
        Err(code) => return code,
    };
    out!(
        "{}",
        tr!(
            "cli-exercise-checked",
            exercise = ex.title(),
            levers = ex.raw.levers.len(),
            objectives = ex.raw.objectives.len(),
            seeds = ex.seeds.len()
        )
    );
    let start = match run_plan(&ex, &tr!("debrief-start"), &ex.start) {
        Ok((_, s)) => s,
        Err(why) => {
            eprintln!("{why}");
            return ExitCode::FAILURE;
        }
    };
    out!("{}", score_line(&tr!("debrief-start"), &start));
    print_figures(&ex, &start);
    if ex.raw.reference.is_empty() {
        return ExitCode::SUCCESS;
    }
    let reference = ex
        .reference_plan()
        .and_then(|plan| run_plan(&ex, &tr!("debrief-reference"), &plan));
    match reference {
        Ok((_, s)) => {
            out!("{}", score_line(&tr!("debrief-reference"), &s));
            print_figures(&ex, &s);
            if s.score.p50 > start.score.p50 {
                ExitCode::SUCCESS
            } else {
                eprintln!("{}", tr!("cli-exercise-reference-not-better"));
                ExitCode::FAILURE
            }
        }
        Err(why) => {
            eprintln!("{why}");
            ExitCode::FAILURE
        }
    }
}

fn print_figures(ex: &Exercise, s: &Scored) {
    for (o, b) in ex.raw.objectives.iter().zip(&s.objectives) {
        out!(
            "  {} ({}): {} ({} … {})",
            o.figure.label(),
            o.at,
            o.figure.shown(b.p50),
            o.figure.shown(b.p10),
            o.figure.shown(b.p90)
        );
    }
    for (t, o) in ex.raw.thresholds.iter().zip(&s.thresholds) {
        out!(
            "  {} {} {} ({}): {} {}",
            if o.holds { "✓" } else { "✗" },
            t.figure.label(),
            t.condition(),
            t.at,
            t.figure.shown(o.median),
            tr!(
                "debrief-share-of-seeds",
                share = grouped(o.share_of_seeds * 100.0, 0)
            )
        );
    }
}

/// `parksim exercise score FILE SUBMISSION… --out DEBRIEF.html`: exit 0 when every
/// submission was scored, 1 when one was refused (the debrief has the others), 2 when
/// none could be.
pub fn score(path: &Path, submissions: &[PathBuf], out: &Path) -> ExitCode {
    let ex = match load(path) {
        Ok(e) => e,
        Err(code) => return code,
    };
    let start_label = tr!("debrief-start");
    let (start_option, start_scored) = match run_plan(&ex, &start_label, &ex.start) {
        Ok(r) => r,
        Err(why) => {
            eprintln!("{why}");
            return ExitCode::FAILURE;
        }
    };
    let start_plan = Plan {
        team: start_label.clone(),
        scenario: start_option.scenario.clone(),
        scored: start_scored,
        cost: PlanCost::default(),
        choices: choices(&ex, &ex.start, &ex.start),
        events: Vec::new(),
        claimed: None,
    };
    let mut refused = Vec::new();
    let mut scored: Vec<(Plan, Option_)> = Vec::new();
    for file in submissions {
        let shown = file.display().to_string();
        let plan = Submission::load(file).and_then(|s| {
            let CheckedPlan { start, plan, cost } = s.checked(&ex)?;
            if scored.iter().any(|(p, _)| p.team == s.team) {
                return Err(tr!("submission-team-twice", team = s.team.clone()));
            }
            let (option, result) = run_plan(&ex, &s.team, &plan)?;
            Ok((
                Plan {
                    team: s.team.clone(),
                    scenario: option.scenario.clone(),
                    scored: result,
                    cost,
                    choices: choices(&ex, &start, &plan),
                    events: s.events.clone(),
                    claimed: Some(s.score.median),
                },
                option,
            ))
        });
        match plan {
            Ok(p) => {
                out!("{}", score_line(&p.0.team, &p.0.scored));
                scored.push(p);
            }
            Err(why) => {
                eprintln!(
                    "{}",
                    tr!(
                        "cli-exercise-refused",
                        file = shown.clone(),
                        why = why.clone()
                    )
                );
                refused.push((shown, why));
            }
        }
    }
    if scored.is_empty() {
        eprintln!("{}", tr!("cli-exercise-nothing-to-score"));
        return ExitCode::from(2);
    }
    scored.sort_by(|(a, _), (b, _)| debrief::ranked_before(a, b));
    let (plans, options): (Vec<Plan>, Vec<Option_>) = scored.into_iter().unzip();
    let charts = std::iter::once(start_option).chain(options).collect();
    let d = Debrief {
        exercise: &ex,
        start: start_plan,
        plans,
        refused,
        charts: Handout {
            options: charts,
            seeds: ex.seeds.clone(),
            maps: Vec::new(),
        },
    };
    let written = debrief::html(&d).and_then(|html| {
        crate::atomic_file::write_atomically(out, html.as_bytes())
            .map_err(|e| format!("{}: {e}", out.display()))
    });
    match written {
        Ok(()) => {
            out!(
                "{}",
                tr!(
                    "cli-exercise-debrief-written",
                    path = out.display().to_string()
                )
            );
            if d.refused.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Err(why) => {
            eprintln!("{why}");
            ExitCode::from(2)
        }
    }
}

/// `parksim exercise FILE --team NAME` in a build without the planner: the exercise is
/// checked, and not opened.
pub fn without_planner(file: Option<&Path>) -> ExitCode {
    let Some(file) = file else {
        return ExitCode::from(2);
    };
    match crate::exercise::load(file) {
        Ok(e) => {
            eprintln!("{}", tr!("cli-exercise-no-planner", exercise = e.title()));
            ExitCode::FAILURE
        }
        Err(errors) => {
            eprintln!("{errors}");
            ExitCode::FAILURE
        }
    }
}
