//! A scene being edited in the planner: the scene as it is now, its undo and redo history,
//! whether it has unsaved changes, and its atomic save.

use super::{Edit, Refusal, apply};
use crate::scenario::raw::RawScenario;
use crate::scenario::{Scenario, ScenarioErrors, from_raw};
use crate::tr;

/// A scene as the text it is saved as (empty if it cannot be written).
fn scene_text(raw: &RawScenario) -> String {
    crate::scenario::to_ron(raw).unwrap_or_default()
}

/// A scene being edited, with its undo and redo history.
#[derive(Clone, Debug)]
pub struct EditSession {
    current: RawScenario,
    undo: Vec<RawScenario>,
    redo: Vec<RawScenario>,
    /// The scene as it was last opened or saved, as scene text: edits are unsaved while
    /// the scene's text differs from it, so undoing every edit leaves nothing unsaved.
    saved_text: String,
    /// Whether the scene differs from `saved_text`, found again after every change.
    unsaved: bool,
}

impl EditSession {
    pub fn new(raw: RawScenario) -> Self {
        Self {
            saved_text: scene_text(&raw),
            current: raw,
            undo: Vec::new(),
            redo: Vec::new(),
            unsaved: false,
        }
    }

    /// Compares the scene with the one last opened or saved.
    fn refresh_unsaved(&mut self) {
        self.unsaved = scene_text(&self.current) != self.saved_text;
    }

    pub fn scene(&self) -> &RawScenario {
        &self.current
    }

    /// Whether the scene differs from the one last opened or saved (edits undone to the
    /// saved state are not unsaved).
    pub fn unsaved(&self) -> bool {
        self.unsaved
    }

    /// The validated scene for a new run.
    pub fn scenario(&self, file: &std::path::Path) -> Result<Scenario, ScenarioErrors> {
        from_raw(self.current.clone(), file)
    }

    /// Applies an edit, or leaves everything as it was and says why not.
    pub fn apply(&mut self, edit: &Edit) -> Result<(), Refusal> {
        let next = apply(&self.current, edit)?;
        self.undo.push(std::mem::replace(&mut self.current, next));
        self.redo.clear();
        self.refresh_unsaved();
        Ok(())
    }

    /// Applies edits as one step (an exercise's event), or none of them and says why not.
    pub fn apply_all(&mut self, edits: &[Edit]) -> Result<(), Refusal> {
        let next = edits
            .iter()
            .try_fold(self.current.clone(), |scene, edit| apply(&scene, edit))?;
        self.undo.push(std::mem::replace(&mut self.current, next));
        self.redo.clear();
        self.refresh_unsaved();
        Ok(())
    }

    /// Forgets the undo and redo history: what was done cannot be taken back (an
    /// exercise's event, once released).
    pub fn forget_history(&mut self) {
        self.undo.clear();
        self.redo.clear();
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Takes the last edit back; false when there is none.
    pub fn undo(&mut self) -> bool {
        match self.undo.pop() {
            Some(previous) => {
                self.redo
                    .push(std::mem::replace(&mut self.current, previous));
                self.refresh_unsaved();
                true
            }
            None => false,
        }
    }

    /// Does again the last edit taken back; false when there is none.
    pub fn redo(&mut self) -> bool {
        match self.redo.pop() {
            Some(next) => {
                self.undo.push(std::mem::replace(&mut self.current, next));
                self.refresh_unsaved();
                true
            }
            None => false,
        }
    }

    /// Writes the scene to `path` atomically (a temporary file, then a rename), whatever
    /// was there: the planner asks first when that would lose text (see [`overwrite_loss`]).
    pub fn save(&mut self, path: &std::path::Path) -> Result<(), String> {
        let text = crate::scenario::to_ron(&self.current)
            .map_err(|e| tr!("edit-cannot-write", reason = e.to_string()))?;
        crate::atomic_file::write_atomically(path, text.as_bytes()).map_err(|e| {
            tr!(
                "edit-cannot-save",
                path = path.display().to_string(),
                reason = e.to_string()
            )
        })?;
        self.saved_text = text;
        self.unsaved = false;
        Ok(())
    }
}
