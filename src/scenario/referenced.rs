//! Files that name a scene — tours (`Tour( … )`) and exercises (`Exercise( … )`), and
//! submissions that name an exercise: what they are written as, reading them with located
//! parse errors, and the scene they name (beside them, or built into the program).

use std::path::{Path, PathBuf};

use super::Scenario;
use super::error::{ErrorSink, ScenarioError, ScenarioErrors};
use crate::tr;

/// Whether `text`, past its comments, starts `WORD(`: a tour, an exercise or a
/// submission rather than a scene.
pub(crate) fn first_word_is(text: &str, word: &str) -> bool {
    let mut rest = text;
    loop {
        rest = rest.trim_start();
        if let Some(after) = rest.strip_prefix("//") {
            rest = after.split_once('\n').map_or("", |(_, r)| r);
        } else if let Some(after) = rest.strip_prefix("/*") {
            rest = after.split_once("*/").map_or("", |(_, r)| r);
        } else {
            return rest
                .strip_prefix(word)
                .is_some_and(|after| after.trim_start().starts_with('('));
        }
    }
}

/// A file written in RON as `T`, or the parse error located in it.
pub(crate) fn read_ron<T: serde::de::DeserializeOwned>(
    text: &str,
    file: &Path,
) -> Result<T, ScenarioErrors> {
    super::ron_options().from_str(text).map_err(|e| {
        ScenarioErrors(vec![ScenarioError {
            file: file.to_path_buf(),
            location: Some((e.span.start.line, e.span.start.col)),
            message: super::describe_parse_error(&e.code, text.is_empty()),
        }])
    })
}

/// The scene a tour or an exercise (`file`, whose text is `text`) names as
/// `SCENE[:PRESET]` (see [`scene_path`]): its file, and the scene read with the preset put
/// on it; if it cannot be read, one error located at the file's `scene:`, with the
/// scene's first problem.
pub(crate) fn scene_named(
    file: &Path,
    text: &str,
    scene: &str,
) -> Result<(PathBuf, Scenario), ScenarioErrors> {
    let (written, preset) = split_preset(scene);
    let path = scene_path(file, written);
    let loaded = super::load(&path).and_then(|s| match preset {
        Some(id) => super::from_raw(super::regimes::put_on(&s.raw, id), &path),
        None => Ok(s),
    });
    loaded.map(|s| (path, s)).map_err(|e| {
        let mut sink = ErrorSink::new(file, text);
        sink.at_key(
            "scene",
            0,
            tr!(
                "tour-scene-invalid",
                scene = scene,
                errors = e.0.len(),
                first = e.0.first().map(|e| e.to_string()).unwrap_or_default()
            ),
        );
        ScenarioErrors(sink.errors)
    })
}

/// `PATH:PRESET` split where the part after the colon is a regime preset's id.
fn split_preset(text: &str) -> (&str, Option<&str>) {
    match text.rsplit_once(':') {
        Some((path, id)) if super::regimes::preset(id).is_some() => (path, Some(id)),
        _ => (text, None),
    }
}

/// The scene a file names: a built-in one as written, else relative to the file's folder.
pub(crate) fn scene_path(tour_file: &Path, scene: &str) -> PathBuf {
    let written = Path::new(scene);
    if written.is_absolute() || super::built_in::is_used_for(written) {
        return written.to_path_buf();
    }
    let beside = tour_file.parent().unwrap_or(Path::new("")).join(written);
    if beside.exists() {
        return beside;
    }
    if written.exists() {
        return written.to_path_buf();
    }
    // A built-in tour names its scene beside it (`../scenes/sumgayit.ron`): without the
    // files, the built-in scene.
    let inside: PathBuf = written
        .components()
        .skip_while(|c| matches!(c, std::path::Component::ParentDir))
        .collect();
    if super::built_in::is_used_for(&inside) {
        inside
    } else {
        beside
    }
}
