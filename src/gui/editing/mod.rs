//! Editing in the planner: the scene being edited with its undo history, applying the
//! edits the panels and the map ask for (which restarts the run on the changed park and
//! catches up to the month that was shown), saving ([`save`]) and opening scenes. The
//! edit widgets are in the submodules, by what they edit.

mod parameters;
mod plot_controls;
pub mod save;
mod scene_controls;
mod source_controls;
#[cfg(test)]
pub(crate) mod tests;
mod zone_controls;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use bevy::prelude::*;

use super::time::TimeControls;
use super::{Message, PlannerState, PlannerSystems};
use crate::scenario::Scenario;
use crate::scenario::edit::{Edit, EditSession};
use crate::sim::clock::SimClock;
use crate::sim::start_run;
use crate::tr;

pub use parameters::{INSTRUMENTS, parameter_controls};
pub use plot_controls::{add_plot_controls, plot_controls};
pub use save::{OverwriteQuestion, SaveOutcome};
pub use scene_controls::scene_controls;
pub use source_controls::{expansion_form, source_controls};
pub use zone_controls::{ZONE_KINDS, zone_controls};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<PendingEdits>()
        .init_resource::<SceneGeneration>()
        .add_systems(
            Update,
            (
                (edit_shortcuts, ask_before_quitting).in_set(PlannerSystems::Input),
                (
                    process_edits,
                    window_title.run_if(resource_changed::<crate::sim::ScenarioRes>),
                )
                    .chain()
                    .in_set(PlannerSystems::Edits),
            ),
        );
}

/// The window's title names the park being planned, and follows a scene opened (or a park
/// renamed).
fn window_title(
    scenario: Res<crate::sim::ScenarioRes>,
    mut windows: Query<&mut Window, With<bevy::window::PrimaryWindow>>,
) {
    let title = super::window_title(&scenario.0);
    for mut window in &mut windows {
        if window.title != title {
            window.title = title.clone();
        }
    }
}

/// Quits at once when everything is saved; otherwise asks (the quit dialog, see
/// [`PlannerState::confirm_quit`]).
fn ask_before_quitting(
    mut requests: MessageReader<bevy::window::WindowCloseRequested>,
    editing: Res<Editing>,
    mut state: ResMut<PlannerState>,
    mut exit: MessageWriter<AppExit>,
    team: Option<Res<super::team_mode::TeamMode>>,
    generation: Res<SceneGeneration>,
) {
    if requests.read().count() == 0 {
        return;
    }
    // In an exercise, the team's work is kept by submitting it, not by saving the scene.
    let unkept = match &team {
        Some(team) => team.unsubmitted(generation.0) && editing.session.unsaved(),
        None => editing.session.unsaved(),
    };
    if unkept {
        state.confirm_quit = true;
    } else {
        exit.write(AppExit::Success);
    }
}

/// The scene being edited and where it is saved.
#[derive(Resource, Debug)]
pub struct Editing {
    pub session: EditSession,
    pub file: PathBuf,
    /// The save path as typed in its field.
    pub save_path: String,
    /// Why the save path is not the file opened, when it is not (saving over it would lose
    /// text, see [`save`]).
    pub save_note: Option<String>,
    /// A save waiting for the planner's answer: it would lose text or replace another file.
    pub overwrite: Option<OverwriteQuestion>,
    /// The planner asked to quit once the scene is saved (the quit dialog's Save).
    pub quit_after_save: bool,
    /// The files this scene was opened from or saved to in this session: saving over one
    /// of them replaces nothing else.
    own_files: Vec<PathBuf>,
    /// The seed as typed in its field.
    pub seed_text: String,
    /// Width and height typed for a resize, metres, and the plot they were filled from.
    pub resize_m: (f64, f64),
    pub resize_plot: Option<String>,
    /// Name, archetype and month typed for placing a named firm.
    pub firm_name: String,
    pub firm_archetype: usize,
    pub firm_month: String,
    /// The path typed to open another scene.
    pub open_path: String,
    /// A new plot typed in metres: x, y, width, depth; and its zone.
    pub new_plot_m: (f64, f64, f64, f64),
    pub new_plot_zone: usize,
    /// The phase new plots are drawn into (index into the park's phases; none: their
    /// zone's).
    pub new_plot_phase: Option<usize>,
    /// A rectangular site typed for the boundary: width and depth, metres.
    pub boundary_m: (f64, f64),
}

impl Editing {
    pub fn new(scenario: &Scenario) -> Self {
        // Never save over the empty template: a new park gets a name of its own. Nor over
        // a file the save would lose text from (its comments): an edited copy beside it.
        // A scene read from the program (no file where parksim was started) is saved to
        // a file of the planner's own in the current folder.
        let built_in = crate::scenario::built_in::is_used_for(&scenario.file);
        let (save_path, save_note) = if scenario.file.ends_with(TEMPLATE_SCENE) {
            let folder = if built_in { "" } else { "scenes" };
            (Path::new(folder).join("new-park.ron"), None)
        } else if built_in {
            let name = scenario
                .file
                .file_name()
                .map(PathBuf::from)
                .unwrap_or_default();
            let new = save::edited_name(&name);
            let note = tr!(
                "save-note-built-in",
                file = scenario.file.display().to_string(),
                new = new.display().to_string()
            );
            (new, Some(note))
        } else {
            save::default_save_path(&scenario.file)
        };
        Self {
            session: EditSession::new(scenario.raw.clone()),
            file: scenario.file.clone(),
            save_path: save_path.display().to_string(),
            save_note,
            overwrite: None,
            quit_after_save: false,
            own_files: vec![scenario.file.clone()],
            seed_text: scenario.simulation.seed.to_string(),
            resize_m: (100.0, 100.0),
            resize_plot: None,
            firm_name: String::new(),
            firm_archetype: 0,
            firm_month: scenario.simulation.start.to_string(),
            open_path: String::new(),
            new_plot_m: (0.0, 0.0, 100.0, 100.0),
            new_plot_zone: 0,
            new_plot_phase: None,
            boundary_m: {
                let (x0, y0, x1, y1) = crate::scenario::geometry::bounds(&scenario.park.boundary_m);
                (x1 - x0, y1 - y0)
            },
        }
    }
}

/// The empty park a new layout starts from.
pub const TEMPLATE_SCENE: &str = "scenes/template.ron";

/// What the planner asked for this frame.
#[derive(Clone, Debug, PartialEq)]
pub enum EditAction {
    Apply(Edit),
    Undo,
    Redo,
    /// Saves to the path typed; asks first when that would lose text or replace another
    /// file (see [`save`]).
    Save,
    /// Saves over this file whatever it loses: the planner's answer to an
    /// [`OverwriteQuestion`].
    Overwrite(PathBuf),
    /// Opens another scene file, replacing the one being edited.
    Open(PathBuf),
    /// Opens a scene already read (a tour's, with its regime preset put on).
    OpenScene(SceneRead),
    /// An exercise's event, released: its edits as one step that cannot be undone, and
    /// not checked against the exercise's levers; its title for the status line.
    Event {
        title: String,
        edits: Vec<Edit>,
    },
}

/// A scene already read, for [`EditAction::OpenScene`]; two are equal when they are the
/// same one.
#[derive(Clone, Debug)]
pub struct SceneRead(pub std::sync::Arc<crate::scenario::Scenario>);

impl PartialEq for SceneRead {
    fn eq(&self, other: &Self) -> bool {
        std::sync::Arc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Resource, Debug, Default)]
pub struct PendingEdits(pub Vec<EditAction>);

/// How many times the run has restarted on a changed or another scene: what is computed
/// from the model on request (the N-1 table) is kept for one generation and month.
#[derive(Resource, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SceneGeneration(pub u64);

fn edit_shortcuts(
    keys: Res<ButtonInput<KeyCode>>,
    state: Res<PlannerState>,
    mut pending: ResMut<PendingEdits>,
) {
    if state.typing {
        return;
    }
    let ctrl = super::input::ctrl_held(&keys);
    let shift = keys.any_pressed([KeyCode::ShiftLeft, KeyCode::ShiftRight]);
    if ctrl && keys.just_pressed(KeyCode::KeyZ) {
        pending.0.push(if shift {
            EditAction::Redo
        } else {
            EditAction::Undo
        });
    }
    if ctrl && keys.just_pressed(KeyCode::KeyY) {
        pending.0.push(EditAction::Redo);
    }
    if ctrl && keys.just_pressed(KeyCode::KeyS) {
        pending.0.push(EditAction::Save);
    }
}

/// Applies the planner's edits; a changed scene restarts the run and catches up.
fn process_edits(world: &mut World) {
    /// What one action did.
    enum Outcome {
        /// Whether the scene changed.
        Changed(bool),
        Save(SaveOutcome),
    }
    let actions = std::mem::take(&mut world.resource_mut::<PendingEdits>().0);
    if actions.is_empty() {
        return;
    }
    let mut changed = false;
    let mut reopened = false;
    // A boundary drawn on the map was taken: its draft is done with.
    let mut boundary_taken = false;
    // A zone's new outline was taken: its draft is done with, and the tool goes back to
    // inspecting (the next clicks must not draw the park's boundary).
    let mut zone_outline_taken = false;
    let mut quit = false;
    let mut message = None;
    // In an exercise, the team's edits are checked against its levers.
    let team = world
        .get_resource::<super::team_mode::TeamMode>()
        .map(|t| (t.exercise.clone(), t.start.clone()));
    {
        let mut editing = world.resource_mut::<Editing>();
        for action in actions {
            if team.is_some()
                && matches!(
                    action,
                    EditAction::Open(_)
                        | EditAction::OpenScene(_)
                        | EditAction::Save
                        | EditAction::Overwrite(_)
                )
            {
                message = Some(Message::refused(tr!("team-refused-file")));
                continue;
            }
            let result = match action {
                EditAction::Open(path) => match crate::scenario::load(&path) {
                    Ok(opened) => {
                        *editing = Editing::new(&opened);
                        reopened = true;
                        // A built-in scene says so: there is no such file to look for.
                        let shown = path.display().to_string();
                        message = Some(Message::done(
                            if crate::scenario::built_in::is_used_for(&path) {
                                tr!("msg-opened-built-in", path = shown)
                            } else {
                                tr!("msg-opened", path = shown)
                            },
                        ));
                        Ok(Outcome::Changed(true))
                    }
                    Err(errors) => Err(errors.to_string()),
                },
                EditAction::OpenScene(SceneRead(opened)) => {
                    *editing = Editing::new(&opened);
                    reopened = true;
                    message = Some(Message::done(tr!(
                        "msg-opened",
                        path = opened.file.display().to_string()
                    )));
                    Ok(Outcome::Changed(true))
                }
                EditAction::Apply(edit) => match &team {
                    Some((exercise, start)) => {
                        super::team_mode::admit(exercise, start, editing.session.scene(), edit)
                    }
                    None => Ok(edit),
                }
                .and_then(|edit| editing.session.apply(&edit).map(|_| edit))
                .map(|edit| {
                    boundary_taken |= matches!(edit, Edit::SetBoundary { .. });
                    zone_outline_taken |= matches!(edit, Edit::SetZoneOutline { .. });
                    Outcome::Changed(true)
                }),
                EditAction::Event { title, edits } => editing.session.apply_all(&edits).map(|_| {
                    editing.session.forget_history();
                    message = Some(Message::done(tr!("team-event-released", event = title)));
                    Outcome::Changed(true)
                }),
                EditAction::Undo => Ok(Outcome::Changed(editing.session.undo())),
                EditAction::Redo => Ok(Outcome::Changed(editing.session.redo())),
                EditAction::Save => save::save(&mut editing, None).map(Outcome::Save),
                EditAction::Overwrite(path) => {
                    save::save(&mut editing, Some(path.as_path())).map(Outcome::Save)
                }
            }
            .map(|outcome| match outcome {
                Outcome::Changed(c) => c,
                Outcome::Save(SaveOutcome::Saved(path)) => {
                    message = Some(Message::done(tr!(
                        "msg-saved",
                        path = path.display().to_string()
                    )));
                    quit |= editing.quit_after_save;
                    false
                }
                // The overwrite dialog asks; nothing was written.
                Outcome::Save(SaveOutcome::Asked) => false,
            });
            match result {
                Ok(c) => changed |= c,
                Err(refusal) => message = Some(Message::refused(refusal)),
            }
        }
    }
    if quit {
        world.write_message(AppExit::Success);
    }
    if changed {
        let (scenario, seed) = {
            let editing = world.resource::<Editing>();
            match editing.session.scenario(&editing.file) {
                Ok(s) => {
                    let seed = s.simulation.seed;
                    (Arc::new(s), seed)
                }
                Err(e) => {
                    // Every edit is validated before it is kept, so this is not expected.
                    world.resource_mut::<PlannerState>().message =
                        Some(Message::refused(e.to_string()));
                    return;
                }
            }
        };
        // A newly opened scene starts at its first month; an edited one catches up.
        let shown = if reopened {
            0
        } else {
            world.resource::<SimClock>().elapsed_months
        };
        let months = scenario.simulation.months;
        let start = scenario.simulation.start;
        start_run(world, scenario.clone(), seed);
        world.resource_mut::<SceneGeneration>().0 += 1;
        let mut controls = world.resource_mut::<TimeControls>();
        controls.end = start.plus_months(months.max(shown) as i32 - 1);
        controls.pending_months = shown;
        let mut state = world.resource_mut::<PlannerState>();
        // The selection is kept by id: it follows its plot or source, or goes with it.
        if reopened
            || state
                .selection
                .as_ref()
                .is_some_and(|s| !s.exists_in(&scenario))
        {
            state.selection = None;
        }
        state.hovered_plot = None;
        state.hovered_source = None;
        if reopened {
            // Nothing typed for the scene before stays: the month to jump to, the draft.
            state.jump_text.clear();
            state.n1 = None;
            state.draft = Default::default();
            state.fit_requested = true;
            state.view_touched = false;
        }
    }
    // What the planner did last is what the message line speaks of: a refusal or a save
    // is shown, and anything else clears an old message.
    let mut state = world.resource_mut::<PlannerState>();
    state.message = message;
    if boundary_taken || zone_outline_taken {
        state.draft = Default::default();
    }
    if zone_outline_taken {
        state.tool = super::tools::Tool::Inspect;
    }
}
