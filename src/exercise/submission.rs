//! A team's submission (`submissions/TEAM.ron`, written `Submission( … )`): the exercise
//! it answers (its id and digest), the team, the events released, the plan as a unified
//! diff of the scene against the exercise's start, the score the team saw, and the parksim
//! version. The trainer's side reads it back, refuses one made for another exercise or
//! version, applies the diff, and checks the plan against the levers again.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::Exercise;
use super::levers::check_plan;
use super::scoring::Scored;
use crate::scenario::raw::RawScenario;
use crate::scenario::{self};
use crate::tr;

/// The parksim version that writes submissions.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// A score as a submission keeps it.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct WrittenScore {
    pub median: f64,
    pub p10: f64,
    pub p90: f64,
    /// Whether every threshold held.
    pub thresholds_met: bool,
}

/// A submission's plan, read back and checked against the levers.
#[derive(Clone, Debug)]
pub struct CheckedPlan {
    /// The exercise's scene with the submission's events.
    pub start: RawScenario,
    pub plan: RawScenario,
    pub cost: super::levers::PlanCost,
}

#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(rename = "Submission", deny_unknown_fields)]
pub struct Submission {
    /// The exercise's id.
    pub exercise: String,
    /// The exercise's digest: its text and its starting scene, as the team had them.
    pub digest: String,
    pub team: String,
    /// The parksim version that wrote it.
    pub parksim: String,
    /// The events released when the team submitted, in the exercise's order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<String>,
    /// The score the team's planner showed.
    pub score: WrittenScore,
    /// The levers' values, for a reader of the file (the debrief computes its own).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<String>,
    /// The plan: the scene as a unified diff against the start with the events.
    pub scene_diff: String,
}

/// The scene's text, as the diff is made and applied against it.
fn text(scene: &RawScenario) -> Result<String, String> {
    scenario::to_ron(scene).map_err(|e| e.to_string())
}

impl Submission {
    /// A team's submission of `plan`.
    pub fn make(
        exercise: &Exercise,
        team: &str,
        events: &[String],
        plan: &RawScenario,
        scored: &Scored,
    ) -> Result<Self, String> {
        let start = exercise.start_with(events)?;
        check_plan(exercise, &start, plan)?;
        let (from, to) = (text(&start)?, text(plan)?);
        let mut options = diffy::DiffOptions::new();
        options
            .set_original_filename("start")
            .set_modified_filename("plan");
        let diff = options.create_patch(&from, &to).to_string();
        let choices = super::choices::choices(exercise, &start, plan)
            .into_iter()
            .map(|c| format!("{}: {}", c.what, c.value))
            .collect();
        Ok(Self {
            exercise: exercise.raw.id.clone(),
            digest: exercise.digest.clone(),
            team: team.to_owned(),
            parksim: VERSION.to_owned(),
            events: events.to_vec(),
            score: WrittenScore {
                median: scored.score.p50,
                p10: scored.score.p10,
                p90: scored.score.p90,
                thresholds_met: scored.all_hold(),
            },
            choices,
            scene_diff: diff,
        })
    }

    /// Whether it answers this exercise, as it is now, with this parksim's model.
    pub fn check_for(&self, exercise: &Exercise) -> Result<(), String> {
        if self.exercise != exercise.raw.id {
            return Err(tr!(
                "submission-other-exercise",
                team = self.team.clone(),
                theirs = self.exercise.clone(),
                ours = exercise.raw.id.clone()
            ));
        }
        if self.digest != exercise.digest {
            return Err(tr!(
                "submission-other-version",
                team = self.team.clone(),
                exercise = exercise.raw.id.clone()
            ));
        }
        if major_minor(&self.parksim) != major_minor(VERSION) {
            return Err(tr!(
                "submission-other-parksim",
                team = self.team.clone(),
                theirs = self.parksim.clone(),
                ours = VERSION
            ));
        }
        Ok(())
    }

    /// The team's plan: the diff applied to the start with its events, checked against
    /// the levers again.
    pub fn plan(&self, exercise: &Exercise) -> Result<RawScenario, String> {
        self.checked(exercise).map(|c| c.plan)
    }

    /// [`Self::plan`], with the start it is a plan on and what it spends.
    pub fn checked(&self, exercise: &Exercise) -> Result<CheckedPlan, String> {
        self.check_for(exercise)?;
        let start = exercise.start_with(&self.events)?;
        let from = text(&start)?;
        let broken = |why: String| tr!("submission-bad-diff", team = self.team.clone(), why = why);
        let patch = diffy::Patch::from_str(&self.scene_diff).map_err(|e| broken(e.to_string()))?;
        let to = diffy::apply(&from, &patch).map_err(|e| broken(e.to_string()))?;
        let plan: RawScenario = scenario::ron_options()
            .from_str(&to)
            .map_err(|e| broken(e.to_string()))?;
        let cost = check_plan(exercise, &start, &plan).map_err(|why| {
            tr!(
                "submission-outside-levers",
                team = self.team.clone(),
                why = why
            )
        })?;
        Ok(CheckedPlan { start, plan, cost })
    }

    /// The file's text.
    pub fn to_ron(&self) -> Result<String, String> {
        let config = ron::ser::PrettyConfig::new()
            .depth_limit(2)
            .indentor("  ".to_owned());
        let text = scenario::ron_options()
            .to_string_pretty(self, config)
            .map_err(|e| e.to_string())?;
        Ok(format!(
            "// A team's plan for a parksim exercise: `parksim exercise score` reads it.\nSubmission{text}\n"
        ))
    }

    /// Writes it (a temporary file, then renamed), making its folder if needed.
    pub fn save(&self, path: &Path) -> Result<(), String> {
        let text = self.to_ron()?;
        if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        }
        crate::atomic_file::write_atomically(path, text.as_bytes())
            .map_err(|e| format!("{}: {e}", path.display()))
    }

    /// Reads a submission file.
    pub fn load(path: &Path) -> Result<Self, String> {
        let text = scenario::read_scene_text(path, scenario::MAX_SCENE_BYTES)
            .map_err(|e| e.to_string())?;
        if !crate::scenario::referenced::first_word_is(&text, "Submission") {
            return Err(tr!("submission-not-one", path = path.display().to_string()));
        }
        scenario::ron_options().from_str(&text).map_err(|e| {
            format!(
                "{}:{}:{}: {}",
                path.display(),
                e.span.start.line,
                e.span.start.col,
                scenario::describe_parse_error(&e.code, text.is_empty())
            )
        })
    }
}

/// "0.1" of "0.1.0".
fn major_minor(version: &str) -> &str {
    match version.match_indices('.').nth(1) {
        Some((at, _)) => &version[..at],
        None => version,
    }
}

/// A team's name as a file name: letters and digits kept, the rest `-`.
pub fn file_name(team: &str) -> String {
    let mut name: String = team
        .trim()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    while name.contains("--") {
        name = name.replace("--", "-");
    }
    let name = name.trim_matches('-');
    format!("{}.ron", if name.is_empty() { "team" } else { name })
}
