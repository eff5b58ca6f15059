//! The interactive planner: the park on a map, its clock, charts and inspector.
//!
//! The planner only reads the model's state and ticks its schedule; nothing in `sim` or
//! `scenario` depends on this module, and no simulation entity is given render components
//! by the model (the map draws plots from one mesh it builds here).
//!
//! Every planner system runs in one step of [`PlannerSystems`], chained in one place
//! ([`PlannerPlugin`]): input, then edits, then the model's tick, then the map, then the
//! panels. A test checks that no system is left outside.

pub mod editing;
pub mod fonts;
pub mod frame_timing;
pub mod input;
pub mod layers;
pub mod many_runs;
pub mod map;
pub mod panels;
pub mod presentation;
pub mod screenshot;
pub mod selection;
pub mod settings;
pub mod team_mode;
pub mod text_scale;
pub mod time;
pub mod tools;
pub mod tour_player;
pub mod view;

use crate::scenario::Named;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use bevy::log::{Level, LogPlugin};
use bevy::prelude::*;
use bevy::window::WindowResolution;
use bevy_egui::{EguiPlugin, EguiPrimaryContextPass};

use crate::scenario::{self, Scenario};
use crate::sim::SimPlugin;
use selection::Selection;

/// The steps of a planner frame, in the order they run. Every planner system belongs to
/// one of them (a test checks it): add a new system to the step it belongs to, and a new
/// step only here and in the chain of [`PlannerPlugin`].
#[derive(SystemSet, Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlannerSystems {
    /// Mouse and keyboard (`Update`): hover, selection, pan and zoom, the tools' gestures,
    /// shortcuts, the window's close button. Edits asked for are queued in
    /// [`editing::PendingEdits`]. First, so the whole frame sees this frame's input.
    Input,
    /// The queued edits are applied, and scenes saved or opened (`Update`); a changed scene
    /// restarts the run, which then catches up. After input, so a gesture's edit applies in
    /// the frame it ends; before the tick, so the catch-up starts in the same frame.
    Edits,
    /// The model's schedule runs the months due this frame: playing, a step, a jump or a
    /// catch-up (`Update`). After edits, so it runs on the scene as edited.
    ModelTick,
    /// The map follows the model (`Update`): the mesh rebuilt for a new scene, plot
    /// colours, lines and networks, the camera; a screenshot once the window has settled.
    /// After the tick, so the map shows the month just simulated.
    Map,
    /// The egui panels and dialogs, in `EguiPrimaryContextPass`, which bevy_egui runs in
    /// `PostUpdate`, after every step above: they show this frame's state, and the edits
    /// they queue are applied by the next frame's `Edits` step.
    Panels,
}

impl PlannerSystems {
    /// Every step, in order.
    pub const ALL: [PlannerSystems; 5] = [
        PlannerSystems::Input,
        PlannerSystems::Edits,
        PlannerSystems::ModelTick,
        PlannerSystems::Map,
        PlannerSystems::Panels,
    ];
}

/// Window size when the planner opens, logical pixels.
pub const WINDOW_SIZE: (u32, u32) = (1280, 800);

/// What the planner's panels and map share.
#[derive(Resource, Debug, Default)]
pub struct PlannerState {
    pub layer: layers::MapLayer,
    /// The map's colours (see [`layers::Palette`]).
    pub palette: layers::Palette,
    pub chart: panels::Chart,
    /// The plot or utility source selected, by its ids (see [`Selection`]).
    pub selection: Option<Selection>,
    /// The plot under the pointer, by its position in the scene (found again each frame).
    pub hovered_plot: Option<usize>,
    /// The one utility whose network and sources the map shows, or all when `None`.
    pub network_utility: Option<usize>,
    /// The utility source under the pointer, as (utility, source) positions.
    pub hovered_source: Option<(usize, usize)>,
    /// What a press and drag on the map does.
    pub tool: tools::Tool,
    /// The press on the map being followed, if any.
    pub gesture: Option<tools::Gesture>,
    /// Corners of a boundary being drawn.
    pub draft: tools::BoundaryDraft,
    /// The park point under the pointer, metres, when it is over the map.
    pub pointer_m: Option<Vec2>,
    /// The N-1 table, computed on request, with the scene and month it is for.
    pub n1: Option<panels::N1Table>,
    /// The map area of the window, logical pixels (min, max), once the panels are laid out.
    pub map_rect: Option<(Vec2, Vec2)>,
    pub fit_requested: bool,
    /// The map area the park was last fitted to.
    pub fitted_rect: Option<(Vec2, Vec2)>,
    /// The user has panned or zoomed: the map no longer follows the panels' sizes.
    pub view_touched: bool,
    /// A text field has the keyboard: shortcuts are off.
    pub typing: bool,
    pub show_help: bool,
    /// The window was asked to close while edits are unsaved.
    pub confirm_quit: bool,
    pub jump_text: String,
    /// What the planner did last, for the status line (e.g. a save, or why a jump is
    /// impossible).
    pub message: Option<Message>,
    /// The *Sources and assumptions* window is open.
    pub sources_open: bool,
}

/// A message for the planner, shown in the status line at the bottom of the window (a
/// fixed place: it never moves the panels).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub kind: MessageKind,
}

/// Whether a message reports something done or something refused: they are shown in
/// different colours (and with a sign, for those who do not tell the colours apart).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MessageKind {
    /// Done as asked: a save, a scene opened.
    Done,
    /// Not done, and why: an impossible edit, a month that cannot be read.
    Refused,
}

impl Message {
    pub fn done(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            kind: MessageKind::Done,
        }
    }

    pub fn refused(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            kind: MessageKind::Refused,
        }
    }
}

impl PlannerState {
    /// Where the selected plot is in `scenario`, if a plot is selected and still there.
    pub fn selected_plot(&self, scenario: &Scenario) -> Option<usize> {
        self.selection.as_ref()?.plot_index(scenario)
    }

    /// Where the selected source is in `scenario`, as (utility, source) positions.
    pub fn selected_source(&self, scenario: &Scenario) -> Option<(usize, usize)> {
        self.selection.as_ref()?.source_index(scenario)
    }

    /// Where the selected zone is in `scenario`, if a zone is selected and still there.
    pub fn selected_zone(&self, scenario: &Scenario) -> Option<usize> {
        self.selection.as_ref()?.zone_index(scenario)
    }
}

/// How the planner opens, besides its scene.
#[derive(Clone, Debug, Default)]
pub struct PlannerOptions {
    /// Run this many months, save a picture of the window to this file and exit.
    pub screenshot: Option<(PathBuf, u32)>,
    /// Measure this many frames per phase of the frame benchmark (see [`frame_timing`]),
    /// print the figures and exit.
    pub frame_times: Option<u32>,
    /// Open in presentation mode (see [`presentation`]).
    pub present: bool,
    /// With a screenshot: the plot to select first, by id.
    pub select: Option<String>,
    /// With a screenshot: one picture per tab of the charts panel.
    pub each_tab: bool,
    /// A scene to pin as the baseline from the start.
    pub baseline: Option<Arc<Scenario>>,
    /// With a baseline: the map split from the start.
    pub split_map: bool,
    /// Seeds of the bands (default [`many_runs::DEFAULT_SEEDS`]).
    pub band_seeds: Option<u32>,
    /// The map layer to open on (default: plot status).
    pub layer: Option<layers::MapLayer>,
    /// Open with the *Sources and assumptions* window shown.
    pub sources: bool,
    /// Play this tour (its scene is the one opened).
    pub tour: Option<Arc<crate::tour::Tour>>,
    /// With a tour: play every step forward and back, checking each comes back, and exit;
    /// with a file, a picture of each step beside it.
    pub tour_check: Option<Option<PathBuf>>,
    /// Open an exercise for a team (its scene is the one opened).
    pub team: Option<team_mode::TeamOpen>,
}

/// Opens the planner on a scene, as `options` say.
pub fn run_planner(scene: PathBuf, options: PlannerOptions) -> ExitCode {
    let PlannerOptions {
        screenshot,
        frame_times,
        present,
        select,
        each_tab,
        baseline,
        split_map,
        band_seeds,
        layer,
        sources,
        tour,
        tour_check,
        team,
    } = options;
    let team = match team.map(team_mode::TeamOpen::mode).transpose() {
        Ok(t) => t,
        Err(why) => {
            eprintln!("{why}");
            return ExitCode::FAILURE;
        }
    };
    let opened = team
        .as_ref()
        .map(|t| t.exercise.scenario(&t.start).map(Arc::new));
    let scenario = match (&tour, opened) {
        (_, Some(Ok(s))) => s,
        (_, Some(Err(why))) => {
            eprintln!("{why}");
            return ExitCode::FAILURE;
        }
        (Some(tour), None) => Arc::new(tour.scene.clone()),
        (None, None) => match scenario::load(&scene) {
            Ok(s) => Arc::new(s),
            Err(errors) => {
                eprintln!("{errors}");
                return ExitCode::FAILURE;
            }
        },
    };
    let mut app = planner_app(scenario, screenshot);
    if let Some(team) = team {
        app.insert_resource(team);
    }
    if let Some(tour) = tour {
        app.insert_resource(tour_player::TourPlayer::new(tour));
    }
    if let Some(pictures) = tour_check {
        app.insert_resource(tour_player::TourScript::new(pictures));
    }
    if let Some(frames) = frame_times {
        app.add_plugins(frame_timing::plugin(frames));
    }
    if present {
        app.add_systems(Startup, start_presenting);
    }
    {
        let mut many = app.world_mut().resource_mut::<many_runs::ManyRuns>();
        if let Some(seeds) = band_seeds {
            many.seeds = seeds;
            many.seeds_typed = seeds;
        }
        if let Some(baseline) = baseline {
            let seeds = many.seeds;
            many.baseline = Some(many_runs::Baseline::pin(baseline, None, seeds));
            many.split_map = split_map;
        }
    }
    {
        let mut state = app.world_mut().resource_mut::<PlannerState>();
        if let Some(layer) = layer {
            state.layer = layer;
        }
        state.sources_open = sources;
    }
    if let Some(mut plan) = app
        .world_mut()
        .get_resource_mut::<screenshot::ScreenshotPlan>()
    {
        plan.select = select;
        plan.each_tab = each_tab;
    }
    match app.run() {
        AppExit::Success => ExitCode::SUCCESS,
        AppExit::Error(code) => ExitCode::from(code.get()),
    }
}

/// The planner as a Bevy app, ready to run: the window, egui, the model, and the planner
/// itself ([`PlannerPlugin`]).
pub fn planner_app(scenario: Arc<Scenario>, screenshot: Option<(PathBuf, u32)>) -> App {
    let mut app = App::new();
    let title = window_title(&scenario);
    app.insert_resource(ClearColor(Color::srgb(0.86, 0.87, 0.85)))
        .add_plugins(
            DefaultPlugins
                .set(WindowPlugin {
                    primary_window: Some(Window {
                        title,
                        resolution: WindowResolution::new(WINDOW_SIZE.0, WINDOW_SIZE.1),
                        ..default()
                    }),
                    // Closing the window asks first when there are unsaved edits.
                    close_when_requested: false,
                    ..default()
                })
                .set(LogPlugin {
                    level: Level::WARN,
                    filter: "wgpu=error,naga=error".into(),
                    ..default()
                }),
        )
        .add_plugins(EguiPlugin::default())
        .add_plugins(SimPlugin {
            seed: scenario.simulation.seed,
            scenario: scenario.clone(),
        })
        .add_plugins(PlannerPlugin {
            scenario: scenario.clone(),
        });
    let months = match &screenshot {
        Some((_, months)) => *months,
        None => scenario.simulation.months,
    };
    app.insert_resource(time::TimeControls {
        end: scenario.simulation.start.plus_months(months as i32 - 1),
        ..default()
    });
    if let Some((path, months)) = screenshot {
        app.insert_resource(screenshot::ScreenshotPlan::new(path, months));
    }
    app
}

/// Width of a field for a month or a seed ("2021-11"), growing with the text size.
pub fn month_field_width(ui: &bevy_egui::egui::Ui) -> f32 {
    5.5 * ui.text_style_height(&bevy_egui::egui::TextStyle::Body)
}

/// The window's title for a scene: the park's name.
pub fn window_title(scenario: &Scenario) -> String {
    format!("parksim — {}", scenario.park.shown_name())
}

/// The planner's own systems and resources for a scene: everything but the window, the
/// renderer, egui and the model, which [`planner_app`] adds (so a test can build and
/// inspect the planner's schedules without a window).
pub struct PlannerPlugin {
    pub scenario: Arc<Scenario>,
}

impl Plugin for PlannerPlugin {
    fn build(&self, app: &mut App) {
        order_the_steps(app);
        app.configure_sets(EguiPrimaryContextPass, PlannerSystems::Panels)
            .insert_resource(PlannerState {
                fit_requested: true,
                ..default()
            })
            .init_resource::<view::MapView>()
            .insert_resource(editing::Editing::new(&self.scenario))
            .add_plugins((
                input::plugin,
                editing::plugin,
                time::plugin,
                map::plugin,
                many_runs::plugin,
                panels::plugin,
                screenshot::plugin,
                text_scale::plugin,
                presentation::plugin,
                tour_player::plugin,
                team_mode::plugin,
            ))
            .add_systems(Startup, spawn_camera);
    }
}

/// The one place the steps of a frame are ordered in `Update` (see each step's comment).
pub(crate) fn order_the_steps(app: &mut App) {
    app.configure_sets(
        Update,
        (
            PlannerSystems::Input,
            PlannerSystems::Edits,
            PlannerSystems::ModelTick,
            PlannerSystems::Map,
        )
            .chain(),
    );
}

/// Opens in presentation mode (`--present`).
fn start_presenting(
    mut presentation: ResMut<presentation::Presentation>,
    mut scale: ResMut<text_scale::TextScale>,
    mut state: ResMut<PlannerState>,
) {
    presentation.start(&mut scale, &mut state);
}

fn spawn_camera(mut commands: Commands) {
    commands.spawn((
        Name::new("Map camera"),
        Camera2d,
        Projection::Orthographic(OrthographicProjection::default_2d()),
    ));
}

/// Every shortcut, shown with F1: the Fluent ids of the key and of what it does.
pub const SHORTCUTS: [(&str, &str); 25] = [
    ("key-space", "help-play-pause"),
    ("key-right", "help-step-month"),
    ("key-up", "help-step-year"),
    ("key-plus-minus", "help-speed"),
    ("key-f", "help-fit"),
    ("key-drag", "help-pan"),
    ("key-wheel", "help-zoom"),
    ("key-click", "help-inspect"),
    ("key-i", "help-tool-inspect"),
    ("key-m", "help-tool-move"),
    ("key-p", "help-tool-draw-plot"),
    ("key-z", "help-tool-draw-zone"),
    ("key-b", "help-tool-draw-boundary"),
    ("key-enter", "help-finish-boundary"),
    ("key-backspace", "help-undo-corner"),
    ("key-esc", "help-cancel"),
    ("key-ctrl-z", "help-undo"),
    ("key-ctrl-shift-z", "help-redo"),
    ("key-ctrl-s", "help-save"),
    ("key-ctrl-plus-minus", "help-text-size"),
    ("key-ctrl-0", "help-text-size-normal"),
    ("key-f1", "help-help"),
    ("key-f5", "help-present"),
    ("key-page-up-down", "help-present-chart"),
    ("key-b", "help-present-blank"),
];

#[cfg(test)]
mod tests {
    use bevy::ecs::schedule::{ScheduleLabel, SystemKey};
    use bevy::platform::collections::HashSet;

    use super::*;

    /// The planner's systems, without window, renderer or egui: [`PlannerPlugin`] and the
    /// frame benchmark's script, on the small park.
    fn planner_without_window() -> App {
        let scenario = Arc::new(scenario::small_park_for_tests());
        let mut app = App::new();
        app.add_plugins(PlannerPlugin { scenario })
            .add_plugins(frame_timing::plugin(1));
        app
    }

    /// The systems of `label` that belong to no step of [`PlannerSystems`], by name.
    fn outside_the_steps(app: &mut App, label: impl ScheduleLabel) -> Vec<String> {
        let label = label.intern();
        app.world_mut().schedule_scope(label, |world, schedule| {
            schedule.initialize(world).expect("the schedule builds");
            let inside: HashSet<SystemKey> = PlannerSystems::ALL
                .iter()
                .filter_map(|step| schedule.graph().systems_in_set(step.intern()).ok())
                .flatten()
                .copied()
                .collect();
            schedule
                .systems()
                .expect("initialised")
                .filter(|(key, _)| !inside.contains(key))
                .map(|(_, system)| system.name().to_string())
                // Sync points Bevy inserts itself between steps.
                .filter(|name| !name.ends_with("apply_deferred"))
                .collect()
        })
    }

    #[test]
    fn every_planner_system_is_in_a_step_of_the_frame() {
        let mut app = planner_without_window();
        for label in [Update.intern(), EguiPrimaryContextPass.intern()] {
            let outside = outside_the_steps(&mut app, label);
            assert!(
                outside.is_empty(),
                "systems in {label:?} outside PlannerSystems: {outside:?}"
            );
        }

        // The check can fail: a system added without a step is named.
        fn stray() {}
        let mut app = planner_without_window();
        app.add_systems(Update, stray);
        let outside = outside_the_steps(&mut app, Update);
        assert_eq!(outside.len(), 1, "{outside:?}");
        assert!(outside[0].ends_with("stray"), "{outside:?}");
    }
}
