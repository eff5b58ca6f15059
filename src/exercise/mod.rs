//! Training exercises (`exercises/*.ron`, written `Exercise( … )`): a problem a trainer
//! hands to teams — a starting scene, the levers a team may pull and their bounds, a
//! public capex budget, objectives scored over many seeds with thresholds that must hold,
//! events the trainer can release during the session, and the lesson for the debrief.
//! The file is checked like a scene: every problem is located by line and column.
//!
//! [`levers`] says whether a plan stays within the levers, [`scoring`] scores it over the
//! exercise's seeds, and [`submission`] writes and reads a team's submission.

pub mod allowed;
mod checks;
pub mod choices;
pub mod levers;
pub mod scoring;
pub mod submission;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::scenario::edit::{Edit, apply};
use crate::scenario::error::{ErrorSink, Place, ScenarioErrors};
use crate::scenario::raw::RawScenario;
use crate::scenario::{self, Scenario, YearMonth};
use crate::sweep::SeedRange;
use crate::tr;

pub use scoring::Figure;

/// The languages every text of an exercise is written in: the planner's.
pub const LANGUAGES: [&str; 4] = crate::tour::CAPTION_LANGUAGES;

/// Most seeds an exercise scores a plan on (the planner scores while a team works).
pub const MAX_SEEDS: usize = 500;

/// A text in each language, by language code (`en`, `ru`, `tg`, `az`).
pub type Texts = BTreeMap<String, String>;

/// The text in the language shown, else the English one.
pub fn shown(texts: &Texts) -> &str {
    let language = crate::locale::language().to_string();
    let primary = language.split('-').next().unwrap_or("en");
    texts
        .get(primary)
        .or_else(|| texts.get("en"))
        .map_or("", String::as_str)
}

/// An exercise as written.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(rename = "Exercise", deny_unknown_fields)]
pub struct RawExercise {
    /// Names the exercise in submissions (lower case, digits and `-`).
    pub id: String,
    pub title: Texts,
    /// What the teams are asked to do.
    pub brief: Texts,
    /// The starting scene, relative to the exercise file's folder, with `:PRESET` to put
    /// a regime preset on it.
    pub scene: String,
    /// The seeds every plan is scored on, "A..B".
    pub seeds: String,
    /// What a team may change.
    pub levers: Vec<Lever>,
    /// Public money for utility expansions, USD (none: expansions are not a lever).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget_usd: Option<f64>,
    /// The score of a seed: the sum of each objective's points.
    pub objectives: Vec<Objective>,
    /// Conditions a plan must meet (on the median over the seeds).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub thresholds: Vec<Threshold>,
    /// Changes the trainer can release during the session.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<RawEvent>,
    /// The author's notes for the debrief.
    pub lesson: Texts,
    /// The author's plan: edits that must score better than the starting scene.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reference: Vec<Edit>,
}

/// A lever a team may pull, with its bounds.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub enum Lever {
    /// An incentive regime (by its position, from 0): the presets it may be put on, and
    /// the bounds of its exemption years, the share of each tax it forgoes, and its rent
    /// discount (a part left out may not change).
    Regime {
        regime: usize,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        presets: Vec<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        exemption_years: Option<(f64, f64)>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        exemption_share: Option<(f64, f64)>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        rent_discount: Option<(f64, f64)>,
    },
    /// The rent of a schedule, the first hectare a year, in the park's currency.
    Rent {
        schedule: String,
        min: f64,
        max: f64,
    },
    /// New plots, in these zones only.
    NewPlots { zones: Vec<String> },
    /// The month a phase of the land opens, between two months.
    PhaseOpens {
        phase: String,
        earliest: String,
        latest: String,
    },
    /// Capacity expansions of a utility's sources or links (`assets`; all of them when
    /// empty), decided between two months, at a price per unit of capacity and a lead
    /// time; paid from the budget.
    Expansions {
        utility: String,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        assets: Vec<String>,
        usd_per_unit: f64,
        lead_months: u32,
        earliest: String,
        latest: String,
    },
}

/// Points for a figure of the run at a month: `points` for every `per` of it (negative
/// points: less is better).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Objective {
    pub figure: Figure,
    /// "YYYY-MM"
    pub at: String,
    pub points: f64,
    #[serde(default = "one")]
    pub per: f64,
}

fn one() -> f64 {
    1.0
}

/// A condition on a figure at a month, on its median over the seeds.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Threshold {
    pub figure: Figure,
    /// "YYYY-MM"
    pub at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_least: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_most: Option<f64>,
}

impl Threshold {
    /// Whether `value` meets the condition.
    pub fn holds(&self, value: f64) -> bool {
        value.is_finite()
            && self.at_least.is_none_or(|l| value >= l)
            && self.at_most.is_none_or(|m| value <= m)
    }

    /// The condition in words: "at least 15", "at most 0".
    pub fn condition(&self) -> String {
        let number =
            |v: f64| crate::report::shown::grouped(v, if v.fract() == 0.0 { 0 } else { 1 });
        match (self.at_least, self.at_most) {
            (Some(l), Some(m)) => tr!("exercise-between", low = number(l), high = number(m)),
            (Some(l), None) => tr!("exercise-at-least", value = number(l)),
            (None, Some(m)) => tr!("exercise-at-most", value = number(m)),
            (None, None) => String::new(),
        }
    }
}

/// A change the trainer can release during a session: a gas shortage, an investor's
/// offer, a change of law.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RawEvent {
    pub id: String,
    pub title: Texts,
    pub text: Texts,
    /// What it does to the starting scene.
    pub changes: Vec<Edit>,
}

/// A checked exercise, with its starting scene.
#[derive(Clone, Debug)]
pub struct Exercise {
    pub file: PathBuf,
    pub raw: RawExercise,
    /// The starting scene's file.
    pub scene_file: PathBuf,
    /// The starting scene as written (with the preset put on it, if the exercise names one).
    pub start: RawScenario,
    pub seeds: Vec<u64>,
    /// Each objective's month, then each threshold's, as positions in the run (0: the
    /// first month).
    pub objective_months: Vec<usize>,
    pub threshold_months: Vec<usize>,
    /// Names this exact exercise and starting scene in submissions (hexadecimal).
    pub digest: String,
}

impl Exercise {
    pub fn title(&self) -> &str {
        shown(&self.raw.title)
    }

    pub fn brief(&self) -> &str {
        shown(&self.raw.brief)
    }

    pub fn lesson(&self) -> &str {
        shown(&self.raw.lesson)
    }

    /// The starting scene with the events named released, in the exercise's order.
    pub fn start_with(&self, events: &[String]) -> Result<RawScenario, String> {
        let mut scene = self.start.clone();
        for id in events {
            let event = self
                .raw
                .events
                .iter()
                .find(|e| &e.id == id)
                .ok_or_else(|| tr!("exercise-no-event", id = id.clone()))?;
            for change in &event.changes {
                scene = apply(&scene, change)?;
            }
        }
        Ok(scene)
    }

    /// The scene checked for a run.
    pub fn scenario(&self, plan: &RawScenario) -> Result<Scenario, String> {
        scenario::from_raw(plan.clone(), &self.scene_file).map_err(|e| e.to_string())
    }

    /// The author's plan: the reference edits on the starting scene.
    pub fn reference_plan(&self) -> Result<RawScenario, String> {
        self.raw
            .reference
            .iter()
            .try_fold(self.start.clone(), |scene, edit| apply(&scene, edit))
    }
}

/// Whether `text` is written as an exercise (`Exercise( … )`).
pub fn is_exercise(text: &str) -> bool {
    scenario::referenced::first_word_is(text, "Exercise")
}

/// Reads and checks an exercise file and its scene.
pub fn load(path: &Path) -> Result<Exercise, ScenarioErrors> {
    let text = scenario::read_scene_text(path, scenario::MAX_SCENE_BYTES)?;
    parse(&text, path)
}

/// Checks exercise text; `file` names it in messages and places its scene.
pub fn parse(text: &str, file: &Path) -> Result<Exercise, ScenarioErrors> {
    let raw: RawExercise = scenario::referenced::read_ron(text, file)?;
    let (scene_file, scene) = scenario::referenced::scene_named(file, text, &raw.scene)?;
    let mut sink = ErrorSink::new(file, text);
    let checked = check(&raw, &scene, &mut sink);
    if !sink.errors.is_empty() {
        return Err(ScenarioErrors(sink.errors));
    }
    let (seeds, objective_months, threshold_months) = checked;
    let start = scene.raw.clone();
    let digest = digest_of(text, &start);
    let exercise = Exercise {
        file: file.to_path_buf(),
        raw,
        scene_file,
        start,
        seeds,
        objective_months,
        threshold_months,
        digest,
    };
    // Events and the reference plan, on the checked exercise.
    for (nth, event) in exercise.raw.events.iter().enumerate() {
        let place = Place::Record {
            list: "events",
            key: "id",
            value: &event.id,
            nth: exercise.raw.events[..nth]
                .iter()
                .filter(|e| e.id == event.id)
                .count(),
        };
        if let Err(why) = exercise.start_with(std::slice::from_ref(&event.id)) {
            sink.at_key_of(
                place,
                "changes",
                tr!(
                    "exercise-event-not-possible",
                    id = event.id.clone(),
                    why = why
                ),
            );
        }
    }
    if !exercise.raw.reference.is_empty() {
        let checked = exercise
            .reference_plan()
            .and_then(|plan| levers::check_plan(&exercise, &exercise.start, &plan).map(|_| ()));
        if let Err(why) = checked {
            sink.at_key(
                "reference",
                0,
                tr!("exercise-reference-not-possible", why = why),
            );
        }
    }
    if sink.errors.is_empty() {
        Ok(exercise)
    } else {
        Err(ScenarioErrors(sink.errors))
    }
}

/// A short fingerprint of the exercise's text and its starting scene (FNV-1a, 64 bits):
/// a submission made on another version of either is refused.
fn digest_of(text: &str, start: &RawScenario) -> String {
    use std::hash::Hasher;
    let mut h = fnv::FnvHasher::default();
    h.write(text.as_bytes());
    h.write(&[0]);
    h.write(scenario::to_ron(start).unwrap_or_default().as_bytes());
    format!("{:016x}", h.finish())
}

/// The checks of an exercise against its scene: the seeds, and the months of its
/// objectives and thresholds as positions in the run.
fn check(
    raw: &RawExercise,
    scene: &Scenario,
    sink: &mut ErrorSink,
) -> (Vec<u64>, Vec<usize>, Vec<usize>) {
    if raw.id.is_empty()
        || !raw
            .id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        sink.at_key("id", 0, tr!("exercise-bad-id", id = raw.id.clone()));
    }
    for (key, texts) in [
        ("title", &raw.title),
        ("brief", &raw.brief),
        ("lesson", &raw.lesson),
    ] {
        check_texts(key, texts, Place::Section(key), sink);
    }
    let seeds = match SeedRange::parse(&raw.seeds) {
        Ok(range) if range.seeds().len() <= MAX_SEEDS => range.seeds(),
        Ok(_) => {
            sink.at_key("seeds", 0, tr!("exercise-too-many-seeds", most = MAX_SEEDS));
            Vec::new()
        }
        Err(why) => {
            sink.at_key("seeds", 0, why);
            Vec::new()
        }
    };
    let start = scene.simulation.start;
    let end = start.plus_months(scene.simulation.months as i32 - 1);
    let month_at = |section: &'static str, text: &str, sink: &mut ErrorSink| -> usize {
        match YearMonth::parse(text) {
            Some(m) if m >= start && m <= end => m.months_since(start) as usize,
            Some(_) => {
                sink.at_reference(
                    Place::Section(section),
                    "at",
                    text,
                    tr!(
                        "exercise-month-outside",
                        month = text,
                        start = start.to_string(),
                        end = end.to_string()
                    ),
                );
                0
            }
            None => {
                sink.at_reference(
                    Place::Section(section),
                    "at",
                    text,
                    tr!("exercise-bad-month", text = text),
                );
                0
            }
        }
    };
    if raw.objectives.is_empty() {
        sink.at_key("objectives", 0, tr!("exercise-no-objectives"));
    }
    let mut objective_months = Vec::new();
    for (n, o) in raw.objectives.iter().enumerate() {
        objective_months.push(month_at("objectives", &o.at, sink));
        if !(o.per.is_finite() && o.per > 0.0 && o.points.is_finite()) || o.points == 0.0 {
            sink.at_key("points", n, tr!("exercise-bad-points"));
        }
    }
    let mut threshold_months = Vec::new();
    for t in &raw.thresholds {
        threshold_months.push(month_at("thresholds", &t.at, sink));
        let bad = |v: Option<f64>| v.is_some_and(|v| !v.is_finite());
        if (t.at_least.is_none() && t.at_most.is_none()) || bad(t.at_least) || bad(t.at_most) {
            sink.at_reference(
                Place::Section("thresholds"),
                "at",
                &t.at,
                tr!("exercise-threshold-empty"),
            );
        }
    }
    if let Some(b) = raw.budget_usd
        && !(b.is_finite() && b >= 0.0)
    {
        sink.at_key("budget_usd", 0, tr!("exercise-bad-budget"));
    }
    if raw.levers.is_empty() {
        sink.at_key("levers", 0, tr!("exercise-no-levers"));
    }
    checks::check_levers(raw, scene, sink);
    let mut seen = std::collections::BTreeSet::new();
    for (nth, event) in raw.events.iter().enumerate() {
        let place = Place::Record {
            list: "events",
            key: "id",
            value: &event.id,
            nth: raw.events[..nth]
                .iter()
                .filter(|e| e.id == event.id)
                .count(),
        };
        if !seen.insert(event.id.as_str()) || event.id.trim().is_empty() {
            sink.at_place(
                place,
                tr!(
                    "scene-duplicate-id",
                    kind = tr!("exercise-kind-event"),
                    id = event.id.clone()
                ),
            );
        }
        check_texts("title", &event.title, place, sink);
        check_texts("text", &event.text, place, sink);
    }
    (seeds, objective_months, threshold_months)
}

/// Every text in the four languages, none empty.
fn check_texts(key: &str, texts: &Texts, place: Place<'_>, sink: &mut ErrorSink) {
    let missing: Vec<&str> = LANGUAGES
        .iter()
        .copied()
        .filter(|l| texts.get(*l).is_none_or(|t| t.trim().is_empty()))
        .collect();
    let unknown: Vec<&str> = texts
        .keys()
        .map(String::as_str)
        .filter(|k| !LANGUAGES.contains(k))
        .collect();
    if !missing.is_empty() {
        sink.at_key_of(
            place,
            key,
            tr!(
                "exercise-text-missing",
                key = key,
                languages = missing.join(", ")
            ),
        );
    }
    if !unknown.is_empty() {
        sink.at_key_of(
            place,
            key,
            tr!(
                "exercise-text-unknown-language",
                key = key,
                languages = unknown.join(", "),
                known = LANGUAGES.join(", ")
            ),
        );
    }
}

#[cfg(test)]
mod tests;
