//! The interactive planner: the park on a map, its clock, charts and inspector.
//!
//! The planner only reads the model's state and ticks its schedule; nothing in `sim` or
//! `scenario` depends on this module, and no simulation entity is given render components
//! by the model (the map draws plots from one mesh it builds here).

pub mod editing;
pub mod fonts;
pub mod frame_timing;
pub mod input;
pub mod layers;
pub mod map;
pub mod panels;
pub mod screenshot;
pub mod time;
pub mod tools;
pub mod view;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use bevy::log::{Level, LogPlugin};
use bevy::prelude::*;
use bevy::window::WindowResolution;
use bevy_egui::{EguiContexts, EguiPlugin, EguiPrimaryContextPass, egui};

use crate::locale;
use crate::scenario::{self, Scenario};
use crate::sim::SimPlugin;
use crate::tr;

/// Window size when the planner opens, logical pixels.
pub const WINDOW_SIZE: (u32, u32) = (1280, 800);

/// What the planner's panels and map share.
#[derive(Resource, Debug, Default)]
pub struct PlannerState {
    pub layer: layers::MapLayer,
    pub chart: panels::Chart,
    pub selected_plot: Option<usize>,
    pub hovered_plot: Option<usize>,
    /// A utility source, as (utility, source) indices.
    pub selected_source: Option<(usize, usize)>,
    /// The one utility whose network and sources the map shows, or all when `None`.
    pub network_utility: Option<usize>,
    pub hovered_source: Option<(usize, usize)>,
    /// What a press and drag on the map does.
    pub tool: tools::Tool,
    /// The press on the map being followed, if any.
    pub gesture: Option<tools::Gesture>,
    /// Corners of a boundary being drawn.
    pub draft: tools::BoundaryDraft,
    /// The park point under the pointer, metres, when it is over the map.
    pub pointer_m: Option<Vec2>,
    /// The N-1 table, computed on request, and the month (elapsed months) it is for.
    pub n1: Option<(u32, Vec<(usize, crate::sim::networks::Contingency)>)>,
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
    /// A message for the planner (e.g. why a jump is impossible).
    pub message: Option<String>,
}

/// Opens the planner on a scene; with `screenshot`, runs its months, saves a picture and
/// exits; with `frame_times`, measures that many frames per phase of the frame benchmark
/// (see [`frame_timing`]), prints the figures and exits.
pub fn run_planner(
    scene: PathBuf,
    screenshot: Option<(PathBuf, u32)>,
    frame_times: Option<u32>,
) -> ExitCode {
    let scenario = match scenario::load(&scene) {
        Ok(s) => Arc::new(s),
        Err(errors) => {
            eprintln!("{errors}");
            return ExitCode::FAILURE;
        }
    };
    let mut app = planner_app(scenario, screenshot);
    if let Some(frames) = frame_times {
        app.add_plugins(frame_timing::plugin(frames));
    }
    match app.run() {
        AppExit::Success => ExitCode::SUCCESS,
        AppExit::Error(code) => ExitCode::from(code.get()),
    }
}

/// The planner as a Bevy app, ready to run.
pub fn planner_app(scenario: Arc<Scenario>, screenshot: Option<(PathBuf, u32)>) -> App {
    let mut app = App::new();
    let title = format!("parksim — {}", scenario.park.name);
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
        .insert_resource(PlannerState {
            fit_requested: true,
            ..default()
        })
        .init_resource::<view::MapView>()
        .insert_resource(editing::Editing::new(&scenario))
        .add_plugins((
            time::plugin,
            map::plugin,
            input::plugin,
            screenshot::plugin,
            editing::plugin,
            fonts::plugin,
        ))
        .add_systems(Startup, spawn_camera)
        .add_systems(
            EguiPrimaryContextPass,
            (panels::planner_ui, help_overlay).chain(),
        );
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

fn spawn_camera(mut commands: Commands) {
    commands.spawn((
        Name::new("Map camera"),
        Camera2d,
        Projection::Orthographic(OrthographicProjection::default_2d()),
    ));
}

/// Every shortcut, shown with F1: the Fluent ids of the key and of what it does.
pub const SHORTCUTS: [(&str, &str); 19] = [
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
    ("key-b", "help-tool-draw-boundary"),
    ("key-enter", "help-finish-boundary"),
    ("key-backspace", "help-undo-corner"),
    ("key-esc", "help-cancel"),
    ("key-ctrl-z", "help-undo"),
    ("key-ctrl-shift-z", "help-redo"),
    ("key-ctrl-s", "help-save"),
    ("key-f1", "help-help"),
];

fn help_overlay(
    mut contexts: EguiContexts,
    mut state: ResMut<PlannerState>,
    mut editing: ResMut<editing::Editing>,
    mut exit: MessageWriter<AppExit>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    editing::quit_dialog(ctx, &mut editing, &mut state, &mut exit);
    state.typing = ctx.text_edit_focused();
    let mut open = state.show_help;
    egui::Window::new(tr!("help-title"))
        .open(&mut open)
        .collapsible(false)
        .show(ctx, |ui| {
            egui::Grid::new("shortcuts").num_columns(2).show(ui, |ui| {
                for (key, what) in SHORTCUTS {
                    ui.label(egui::RichText::new(locale::text(key)).strong());
                    ui.label(locale::text(what));
                    ui.end_row();
                }
            });
        });
    state.show_help = open;
    Ok(())
}
