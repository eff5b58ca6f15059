//! Saving without losing text. The planner writes a scene's values, not the comments
//! and layout of a hand-written file (Sumgayit's scene keeps its sources and notes in 229
//! comment lines). So it never overwrites a file it would lose text from without saying
//! so: a scene whose file would lose text is saved by default to an edited copy beside it
//! (`NAME-edited.ron`), with a note saying why, and a save over such a file, or over a
//! file that is not this scene's, waits for the planner's answer to an
//! [`OverwriteQuestion`] that names what would be lost.

use std::path::{Path, PathBuf};

use super::Editing;
use crate::scenario::edit::{Refusal, TextLoss, overwrite_loss};
use crate::tr;

/// A save held back until the planner answers: it would lose text of the file, or replace
/// a file that is not this scene's.
#[derive(Clone, Debug, PartialEq)]
pub struct OverwriteQuestion {
    /// The file the save would overwrite.
    pub path: PathBuf,
    /// What of its text would be lost.
    pub loss: TextLoss,
    /// The file is not the one this scene was opened from or saved to: the save replaces
    /// another file.
    pub other_file: bool,
    /// Where to save instead: the file last saved here, or a free name beside this one.
    pub instead: PathBuf,
}

/// What a save did.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveOutcome {
    /// The scene was written to this file.
    Saved(PathBuf),
    /// Nothing was written: the planner is asked first (see [`Editing::overwrite`]).
    Asked,
}

/// A free name beside `file` for an edited copy of it: `NAME-edited.ron`, else
/// `NAME-edited-2.ron`, `NAME-edited-3.ron`, …
pub fn edited_name(file: &Path) -> PathBuf {
    let stem = file
        .file_stem()
        .map_or_else(|| "scene".into(), |s| s.to_string_lossy());
    let extension = file
        .extension()
        .map_or_else(|| "ron".into(), |e| e.to_string_lossy());
    (1..)
        .map(|n| {
            let suffix = if n == 1 {
                String::new()
            } else {
                format!("-{n}")
            };
            file.with_file_name(format!("{stem}-edited{suffix}.{extension}"))
        })
        .find(|candidate| !candidate.exists())
        .expect("a free name")
}

/// Where a scene opened from `file` is saved by default, and why when that is not `file`
/// itself: saving over it would lose text.
pub fn default_save_path(file: &Path) -> (PathBuf, Option<String>) {
    let loss = overwrite_loss(file);
    if loss.is_nothing() {
        return (file.to_path_buf(), None);
    }
    let new = edited_name(file);
    let note = tr!(
        "save-note-new-name",
        file = file.display().to_string(),
        new = new.display().to_string(),
        lost = loss.describe()
    );
    (new, Some(note))
}

/// Whether two paths name the same file (as written, or once resolved).
fn same_file(a: &Path, b: &Path) -> bool {
    a == b
        || matches!(
            (a.canonicalize(), b.canonicalize()),
            (Ok(a), Ok(b)) if a == b
        )
}

/// Saves the scene to the path typed in the save field; or, when `overwrite` is given,
/// over that file whatever it loses (the planner's answer to the question). A save that
/// would lose text or replace another file is held back and asked about instead.
pub fn save(editing: &mut Editing, overwrite: Option<&Path>) -> Result<SaveOutcome, Refusal> {
    let path = match overwrite {
        Some(path) => path.to_path_buf(),
        None => PathBuf::from(editing.save_path.trim()),
    };
    if path.as_os_str().is_empty() {
        return Err(tr!("save-no-path"));
    }
    if overwrite.is_none() && path.exists() {
        let loss = overwrite_loss(&path);
        let other_file = !editing.own_files.iter().any(|f| same_file(f, &path));
        if !loss.is_nothing() || other_file {
            // Instead: the file last saved here, if it is another that loses nothing;
            // else a new name beside this one.
            let instead = editing
                .own_files
                .iter()
                .rev()
                .find(|f| !same_file(f, &path) && f.exists() && overwrite_loss(f).is_nothing())
                .cloned()
                .unwrap_or_else(|| edited_name(&path));
            editing.overwrite = Some(OverwriteQuestion {
                instead,
                path,
                loss,
                other_file,
            });
            return Ok(SaveOutcome::Asked);
        }
    }
    editing.overwrite = None;
    editing.session.save(&path)?;
    if !editing.own_files.iter().any(|f| same_file(f, &path)) {
        editing.own_files.push(path.clone());
    }
    // The scene's own file now: later saves go on here, and need no note.
    if editing.save_path.trim() != path.display().to_string() {
        editing.save_path = path.display().to_string();
    }
    editing.save_note = None;
    Ok(SaveOutcome::Saved(path))
}
