//! Guided tours for delegations: a tour file (`tours/*.ron`, written `Tour( … )`) tells a
//! park's story as an ordered list of steps, each setting the month shown, the camera,
//! the map layer, a selection, the chart, a baseline and a caption in each language. The
//! file is checked against its scene like a scene file is: every problem is located by
//! line and column, and an id that is not there is answered with the nearest one.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::cli::LayerArg;
use crate::report::facts::Chart;
use crate::scenario::error::{ErrorSink, Place, ScenarioErrors};
use crate::scenario::{self, Scenario, YearMonth};
use crate::tr;

/// The languages a caption may be written in: the planner's.
pub const CAPTION_LANGUAGES: [&str; 4] = ["en", "ru", "tg", "az"];

/// The longest automatic advance, seconds.
pub const MAX_ADVANCE_SECONDS: u32 = 600;

/// A tour as written.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(rename = "Tour", deny_unknown_fields)]
pub struct RawTour {
    /// The tour's title, in English.
    pub name: String,
    /// The title in other languages, by language code (`ru`, `tg`, `az`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub names: BTreeMap<String, String>,
    /// The scene it tells, relative to the tour file's folder (or a built-in scene), with
    /// `:PRESET` to put a regime preset on it (`../scenes/sumgayit.ron:tajikistan_fez`).
    pub scene: String,
    pub steps: Vec<RawStep>,
}

/// One step of a tour: what it shows, and what the presenter reads.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawStep {
    /// Names the step (stable, for messages and for recording).
    pub id: String,
    /// The month to show, "YYYY-MM" (the run goes forward or back to it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub month: Option<String>,
    /// What the camera frames, with a margin.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub camera: Option<Framing>,
    /// The map layer, as `--layer` names it (`status`, `phase`, `utility-loading`, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layer: Option<String>,
    /// The networks drawn: `"all"`, or one utility's id (`"gas"`); `true` is read as
    /// `"all"` (as tours were first written).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "networks_written"
    )]
    pub networks: Option<String>,
    /// The plot or source whose inspector opens.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub select: Option<Framing>,
    /// The chart or tab shown: `firms`, `occupancy`, `jobs`, `investment`, `utilities`,
    /// `fiscal`, `incentives`, `pipeline`, `n1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tab: Option<String>,
    /// A baseline to pin: `"SCENE[:PRESET]"`, or `":PRESET"` for the tour's own scene
    /// under a regime preset.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<String>,
    /// The caption by language code; English (`en`) is required.
    pub caption: BTreeMap<String, Caption>,
    /// Wait for the presenter (the default), or go on by itself.
    #[serde(default)]
    pub advance: Advance,
}

/// A step's `networks`: a name, or `true` / `false` as first written (`false`: all the
/// same, since every network is always drawn in its layer).
fn networks_written<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Written {
        Name(String),
        // Read to accept the form; either value means every network.
        Flag(#[allow(dead_code)] bool),
    }
    Ok(Option::<Written>::deserialize(d)?.map(|w| match w {
        Written::Name(n) => n,
        Written::Flag(_) => NETWORKS_ALL.to_owned(),
    }))
}

/// What a step frames or selects: ids of the tour's scene.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
pub enum Framing {
    /// The whole park.
    Park,
    Zone(String),
    Plot(String),
    Source(String),
    /// A rectangle of the park, metres (west, south, east, north), as a recorded view
    /// keeps it: framed without a margin.
    Area(f32, f32, f32, f32),
}

/// A step's caption in one language.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Caption {
    pub title: String,
    /// Two or three sentences.
    pub text: String,
}

/// How a step gives way to the next.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
pub enum Advance {
    /// The presenter goes on (PageDown or →).
    #[default]
    Wait,
    /// After this many seconds.
    After(u32),
}

/// A checked tour: its scene loaded, every step's month and ids resolved.
#[derive(Clone, Debug)]
pub struct Tour {
    pub file: PathBuf,
    pub raw: RawTour,
    pub scene: Scenario,
    pub steps: Vec<Step>,
}

/// A checked step.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub id: String,
    pub month: Option<YearMonth>,
    pub camera: Option<Framing>,
    pub layer: Option<LayerArg>,
    /// The networks drawn: `Some(None)` all, `Some(Some(id))` one utility's.
    pub networks: Option<Option<String>>,
    pub select: Option<Framing>,
    pub tab: Option<Chart>,
    /// The baseline's scene file (`None`: the tour's scene) and regime preset.
    pub baseline: Option<(Option<PathBuf>, Option<String>)>,
    pub caption: BTreeMap<String, Caption>,
    pub advance: Advance,
}

impl Tour {
    /// The tour's title in the language shown, else in English.
    pub fn shown_name(&self) -> &str {
        let language = crate::locale::language().to_string();
        scenario::names::name_in(&self.raw.name, &self.raw.names, &language)
    }
}

impl Step {
    /// The caption in the language shown, else in its primary language, else English
    /// (every step has one).
    pub fn shown_caption(&self) -> Option<&Caption> {
        let language = crate::locale::language().to_string();
        let primary = language.split('-').next().unwrap_or_default();
        self.caption
            .get(&language)
            .or_else(|| self.caption.get(primary))
            .or_else(|| self.caption.get("en"))
    }
}

/// The word for "every network" in a step's `networks`.
pub const NETWORKS_ALL: &str = "all";

/// The tours that travel inside the program (the planner's *Tours* menu): the path each
/// answers to when no file is there, and its text.
pub const BUILT_IN: [(&str, &str); 2] = [
    (
        "tours/sumgayit_2011_2025.ron",
        include_str!("../../tours/sumgayit_2011_2025.ron"),
    ),
    (
        "tours/two_regimes.ron",
        include_str!("../../tours/two_regimes.ron"),
    ),
];

/// What the planner shows at a step of a tour: each field as the last step up to it set
/// it, else as the tour starts (the whole park, plot status, the residents chart, every
/// network, no baseline, the run's first month); the selection is the step's own (a step
/// without `select` shows none). Stepping back shows exactly this again, whatever was
/// seen in between.
#[derive(Clone, Debug, PartialEq)]
pub struct View {
    pub month: YearMonth,
    pub camera: Framing,
    pub layer: LayerArg,
    /// One utility's networks, or all (`None`).
    pub networks: Option<String>,
    pub select: Option<Framing>,
    pub tab: Chart,
    pub baseline: Option<(Option<PathBuf>, Option<String>)>,
}

impl Tour {
    /// What the planner shows at step `at` (counted from 0; past the end, the last).
    pub fn view_at(&self, at: usize) -> View {
        let mut view = View {
            month: self.scene.simulation.start,
            camera: Framing::Park,
            layer: LayerArg::Status,
            networks: None,
            select: None,
            tab: Chart::Firms,
            baseline: None,
        };
        for step in self.steps.iter().take(at + 1) {
            if let Some(m) = step.month {
                view.month = m;
            }
            if let Some(c) = &step.camera {
                view.camera = c.clone();
            }
            if let Some(l) = step.layer {
                view.layer = l;
            }
            if let Some(n) = &step.networks {
                view.networks = n.clone();
            }
            // A selection is the step's own: a step without one shows none.
            view.select = step.select.clone();
            if let Some(t) = step.tab {
                view.tab = t;
            }
            if let Some(b) = &step.baseline {
                view.baseline = Some(b.clone());
            }
        }
        view
    }

    /// The scene of a step's baseline: its file (else the tour's scene) with its preset.
    pub fn baseline_scene(
        &self,
        baseline: &(Option<PathBuf>, Option<String>),
    ) -> Result<Scenario, ScenarioErrors> {
        let (file, preset) = baseline;
        let scene = match file {
            Some(path) => scenario::load(path)?,
            None => scenario::load(&self.scene.file)?,
        };
        match preset {
            Some(id) => scenario::from_raw(scenario::regimes::put_on(&scene.raw, id), &scene.file),
            None => Ok(scene),
        }
    }
}

/// The title of the tour written in `text`, in the language shown (for a menu; `None` if
/// the text is not a tour).
pub fn parse_name(text: &str) -> Option<String> {
    let raw: RawTour = scenario::ron_options().from_str(text).ok()?;
    let language = crate::locale::language().to_string();
    Some(scenario::names::name_in(&raw.name, &raw.names, &language).to_owned())
}

impl RawTour {
    /// The tour as a file's text, written `Tour( … )` as [`is_tour`] knows it.
    pub fn to_ron(&self) -> Result<String, ron::Error> {
        let config = ron::ser::PrettyConfig::new()
            .depth_limit(4)
            .indentor("  ".to_owned());
        let text = scenario::ron_options().to_string_pretty(self, config)?;
        Ok(format!(
            "// A tour recorded in the parksim planner: fill in each step's caption.\nTour{text}\n"
        ))
    }

    /// Writes the tour to `path` (a temporary file, then renamed: an earlier file of that
    /// name is whole until the new one is).
    pub fn save(&self, path: &Path) -> Result<(), String> {
        let text = self.to_ron().map_err(|e| e.to_string())?;
        crate::atomic_file::write_atomically(path, text.as_bytes())
            .map_err(|e| format!("{}: {e}", path.display()))
    }
}

/// Whether `text` is written as a tour (`Tour( … )`) rather than a scene.
pub fn is_tour(text: &str) -> bool {
    scenario::referenced::first_word_is(text, "Tour")
}

/// Reads and checks a tour file, and the scene it names.
/// A built-in tour (`tours/NAME.ron`) is read from the program when no file is there.
pub fn load(path: &Path) -> Result<Tour, ScenarioErrors> {
    if !path.exists()
        && let Some((_, text)) = BUILT_IN.iter().find(|(name, _)| Path::new(name) == path)
    {
        return parse(text, path);
    }
    let text = scenario::read_scene_text(path, scenario::MAX_SCENE_BYTES)?;
    parse(&text, path)
}

/// Checks tour text; `file` names it in messages and places its scene.
pub fn parse(text: &str, file: &Path) -> Result<Tour, ScenarioErrors> {
    let raw: RawTour = scenario::referenced::read_ron(text, file)?;
    let (_, scene) = scenario::referenced::scene_named(file, text, &raw.scene)?;
    let mut sink = ErrorSink::new(file, text);
    let steps = check_steps(&raw, &scene, file, &mut sink);
    if sink.errors.is_empty() {
        Ok(Tour {
            file: file.to_path_buf(),
            raw,
            scene,
            steps,
        })
    } else {
        Err(ScenarioErrors(sink.errors))
    }
}

fn check_steps(raw: &RawTour, scene: &Scenario, file: &Path, sink: &mut ErrorSink) -> Vec<Step> {
    if raw.steps.is_empty() {
        sink.at_key("steps", 0, tr!("tour-no-steps"));
    }
    let start = scene.simulation.start;
    let end = start.plus_months(scene.simulation.months as i32 - 1);
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    let mut steps = Vec::new();
    for rs in &raw.steps {
        let nth = *seen
            .entry(rs.id.as_str())
            .and_modify(|n| *n += 1)
            .or_insert(0);
        let place = Place::Record {
            list: "steps",
            key: "id",
            value: &rs.id,
            nth,
        };
        let step = || tr!("tour-owner-step", id = rs.id.clone());
        if rs.id.trim().is_empty() {
            sink.at_place(place, tr!("scene-empty-id", kind = tr!("tour-kind-step")));
        } else if nth > 0 {
            sink.at_place(
                place,
                tr!(
                    "scene-duplicate-id",
                    kind = tr!("tour-kind-step"),
                    id = rs.id.clone()
                ),
            );
        }
        let month = rs.month.as_deref().and_then(|m| match YearMonth::parse(m) {
            Some(ym) if ym < start || ym > end => {
                sink.at_key_of(
                    place,
                    "month",
                    tr!(
                        "tour-month-outside",
                        owner = step(),
                        month = m,
                        start = start.to_string(),
                        end = end.to_string()
                    ),
                );
                None
            }
            Some(ym) => Some(ym),
            None => {
                sink.at_key_of(
                    place,
                    "month",
                    tr!("tour-bad-month", owner = step(), text = m),
                );
                None
            }
        });
        for (key, framing) in [("camera", &rs.camera), ("select", &rs.select)] {
            let Some(framing) = framing else { continue };
            if key == "select"
                && matches!(
                    framing,
                    Framing::Park | Framing::Zone(_) | Framing::Area(..)
                )
            {
                sink.at_key_of(
                    place,
                    key,
                    tr!("tour-select-plot-or-source", owner = step()),
                );
                continue;
            }
            check_framing(framing, scene, place, key, &step(), sink);
        }
        let layers: Vec<(String, LayerArg)> = <LayerArg as clap::ValueEnum>::value_variants()
            .iter()
            .filter_map(|v| {
                Some((
                    clap::ValueEnum::to_possible_value(v)?.get_name().to_owned(),
                    *v,
                ))
            })
            .collect();
        let layer = rs.layer.as_deref().and_then(|l| {
            one_of(l, &layers)
                .map_err(|names| {
                    let message = tr!("tour-bad-layer", owner = step(), layer = l, layers = names);
                    sink.at_key_of(place, "layer", message);
                })
                .ok()
        });
        let tabs: Vec<(String, Chart)> = Chart::ALL
            .iter()
            .map(|c| (c.slug().to_owned(), *c))
            .collect();
        let tab = rs.tab.as_deref().and_then(|t| {
            one_of(t, &tabs)
                .map_err(|names| {
                    let message = tr!("tour-bad-tab", owner = step(), tab = t, tabs = names);
                    sink.at_key_of(place, "tab", message);
                })
                .ok()
        });
        let networks = rs.networks.as_deref().and_then(|n| {
            if n == NETWORKS_ALL {
                return Some(None);
            }
            let known = scene.utilities.iter().map(|u| u.id.as_str());
            if scene.utilities.iter().any(|u| u.id == n) {
                Some(Some(n.to_owned()))
            } else {
                sink.at_quoted(
                    place,
                    n,
                    tr!(
                        "tour-bad-networks",
                        owner = step(),
                        networks = n,
                        hint = scenario::did_you_mean(known, n)
                    ),
                );
                None
            }
        });
        let baseline = rs
            .baseline
            .as_deref()
            .and_then(|b| check_baseline(b, file, place, &step(), sink));
        if !rs.caption.contains_key("en") {
            sink.at_key_of(place, "caption", tr!("tour-no-english", owner = step()));
        }
        for language in rs.caption.keys() {
            if !CAPTION_LANGUAGES.contains(&language.as_str()) {
                sink.at_quoted(
                    place,
                    language,
                    tr!(
                        "tour-unknown-language",
                        owner = step(),
                        language = language.clone(),
                        languages = CAPTION_LANGUAGES.join(", ")
                    ),
                );
            }
        }
        if let Advance::After(seconds) = rs.advance
            && !(1..=MAX_ADVANCE_SECONDS).contains(&seconds)
        {
            sink.at_key_of(
                place,
                "advance",
                tr!(
                    "tour-bad-advance",
                    owner = step(),
                    seconds = seconds,
                    most = MAX_ADVANCE_SECONDS
                ),
            );
        }
        steps.push(Step {
            id: rs.id.clone(),
            month,
            camera: rs.camera.clone(),
            layer,
            networks,
            select: rs.select.clone(),
            tab,
            baseline,
            caption: rs.caption.clone(),
            advance: rs.advance,
        });
    }
    steps
}

/// The choice named `name`, else the names there are, comma-separated.
fn one_of<T: Copy>(name: &str, choices: &[(String, T)]) -> Result<T, String> {
    choices
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| *v)
        .ok_or_else(|| {
            let names: Vec<&str> = choices.iter().map(|(n, _)| n.as_str()).collect();
            names.join(", ")
        })
}

/// A zone, plot or source the scene has, else a message with the nearest id.
fn check_framing(
    framing: &Framing,
    scene: &Scenario,
    place: Place<'_>,
    key: &str,
    owner: &str,
    sink: &mut ErrorSink,
) {
    let (kind, id, known): (String, &str, Vec<&str>) = match framing {
        Framing::Park => return,
        Framing::Area(x0, y0, x1, y1) => {
            if !(x0 < x1 && y0 < y1 && [x0, y0, x1, y1].iter().all(|v| v.is_finite())) {
                sink.at_key_of(place, key, tr!("tour-bad-area", owner = owner));
            }
            return;
        }
        Framing::Zone(id) => (
            tr!("scene-kind-zone"),
            id,
            scene.zones.iter().map(|z| z.id.as_str()).collect(),
        ),
        Framing::Plot(id) => (
            tr!("scene-kind-plot"),
            id,
            scene.plots.iter().map(|p| p.id.as_str()).collect(),
        ),
        Framing::Source(id) => (
            tr!("scene-kind-source"),
            id,
            scene
                .utilities
                .iter()
                .flat_map(|u| u.sources.iter().map(|s| s.id.as_str()))
                .collect(),
        ),
    };
    if !known.contains(&id) {
        sink.at_quoted(
            place,
            id,
            tr!(
                "tour-not-defined",
                owner = owner,
                kind = kind,
                id = id,
                hint = scenario::did_you_mean(known.into_iter(), id)
            ),
        );
    }
}

/// `SCENE[:PRESET]` or `:PRESET`: the scene must load and the preset exist.
fn check_baseline(
    text: &str,
    file: &Path,
    place: Place<'_>,
    owner: &str,
    sink: &mut ErrorSink,
) -> Option<(Option<PathBuf>, Option<String>)> {
    let (scene, preset) = match text.rsplit_once(':') {
        Some((scene, preset)) => (scene, Some(preset)),
        None => (text, None),
    };
    if let Some(preset) = preset
        && scenario::regimes::preset(preset).is_none()
    {
        let presets: Vec<&str> = scenario::regimes::preset_ids().collect();
        sink.at_key_of(
            place,
            "baseline",
            tr!(
                "tour-bad-preset",
                owner = owner,
                preset = preset,
                presets = presets.join(", ")
            ),
        );
        return None;
    }
    let scene = if scene.is_empty() {
        None
    } else {
        let path = scenario::referenced::scene_path(file, scene);
        if let Err(e) = scenario::load(&path) {
            sink.at_key_of(
                place,
                "baseline",
                tr!(
                    "tour-baseline-invalid",
                    owner = owner,
                    scene = scene,
                    first = e.0.first().map(|e| e.to_string()).unwrap_or_default()
                ),
            );
            return None;
        }
        Some(path)
    };
    Some((scene, preset.map(str::to_owned)))
}
