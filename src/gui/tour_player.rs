//! Playing a guided tour (a [`Tour`] file, see [`crate::tour`]) in the planner, in
//! presentation mode, and recording one from the planner.
//!
//! A step's view is [`Tour::view_at`]: every field as the last step up to it set it, so
//! going back shows exactly what was shown there (the run goes back by replaying from its
//! seed). Page Down or → goes on, Page Up or ← back (what presenters' clickers send), Esc
//! leaves the tour for the free planner at the view shown. The camera eases to each
//! step's framing. A step can go on by itself after some seconds.
//!
//! *Add this view as a step* keeps the month, the map's visible area, the layer, the
//! networks shown, the selection and the tab as a step of a tour being written, saved as
//! a tour file (a temporary file, then renamed).

use std::path::PathBuf;
use std::sync::Arc;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured};
use bevy_egui::{EguiContexts, egui};

use super::editing::{EditAction, Editing, PendingEdits, SceneGeneration, SceneRead};
use super::layers::MapLayer;
use super::many_runs::{Baseline, ManyRuns};
use super::panels::layout::{FreeArea, in_free_area};
use super::presentation::Presentation;
use super::selection::Selection;
use super::text_scale::TextScale;
use super::time::TimeControls;
use super::view::{FIT_MARGIN, MapView};
use super::{Message, PlannerState, PlannerSystems};
use crate::report::facts::Chart;
use crate::scenario::{Scenario, YearMonth};
use crate::sim::ScenarioRes;
use crate::sim::clock::SimClock;
use crate::tour::{Advance, Caption, Framing, NETWORKS_ALL, RawStep, RawTour, Tour, View};
use crate::tr;

/// Seconds a camera move takes.
pub const EASE_SECONDS: f32 = 0.9;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<TourMenu>().add_systems(
        Update,
        (
            (
                menu_requests,
                tour_keys,
                apply_step,
                follow_camera,
                auto_advance,
                reframe_after_leaving,
            )
                .chain()
                .in_set(PlannerSystems::Input)
                .after(super::input::map_mouse)
                .before(super::input::shortcuts)
                .before(super::presentation::presentation_keys),
            script.in_set(PlannerSystems::Map),
        ),
    );
}

/// The baseline a view pins: a scene file (else the tour's scene) and a regime preset.
type BaselineKey = (Option<PathBuf>, Option<String>);

/// A tour being played.
#[derive(Resource)]
pub struct TourPlayer {
    pub tour: Arc<Tour>,
    /// The step shown, from 0.
    pub at: usize,
    /// The step whose view was last put on the planner.
    applied: Option<usize>,
    /// The tour's scene is opened by an edit: the player waits for this scene generation.
    wait_for_generation: Option<u64>,
    camera: Option<CameraMove>,
    /// Seconds the step has been shown whole (for an automatic advance).
    shown_for_s: f32,
    /// The baseline the tour has put on the planner: `None` until its first step is
    /// shown (then a baseline pinned before the tour is replaced or unpinned).
    baseline: Option<Option<BaselineKey>>,
    /// The presenter asked to leave (a button of the caption).
    leave_requested: bool,
}

impl TourPlayer {
    /// Plays `tour` from its first step on the scene the planner has open.
    pub fn new(tour: Arc<Tour>) -> Self {
        Self {
            tour,
            at: 0,
            applied: None,
            wait_for_generation: None,
            camera: None,
            shown_for_s: 0.0,
            baseline: None,
            leave_requested: false,
        }
    }

    /// The view of the step shown.
    pub fn view(&self) -> View {
        self.tour.view_at(self.at)
    }

    /// Goes `by` steps on (back when negative), within the tour.
    pub fn step_by(&mut self, by: i32) {
        let last = self.tour.steps.len().saturating_sub(1) as i32;
        self.at = (self.at as i32 + by).clamp(0, last) as usize;
    }

    /// Whether the step shown is whole: its view put on, its month simulated, the camera
    /// arrived.
    pub fn settled(&self, controls: &TimeControls, clock: &SimClock) -> bool {
        self.applied == Some(self.at)
            && controls.pending_months == 0
            && controls.rewind_to.is_none()
            && shown_month(clock) == self.view().month
            && self
                .camera
                .as_ref()
                .is_none_or(|c| c.elapsed_s >= EASE_SECONDS)
    }
}

/// The month the planner shows (the last simulated, or the first before any).
fn shown_month(clock: &SimClock) -> YearMonth {
    super::time::month_of_map(clock)
}

/// An eased move of the camera to a framing, followed while the map area settles, until
/// the presenter moves the map themselves.
#[derive(Clone, Debug)]
struct CameraMove {
    framing: Framing,
    from: (Vec2, f32),
    elapsed_s: f32,
    /// The view last set, to notice a pan or zoom by hand.
    last_set: Option<(Vec2, f32)>,
}

/// The rectangle a framing shows, metres, and the margin around it.
pub fn framing_rect(scenario: &Scenario, framing: &Framing) -> Option<(Vec2, Vec2, f32)> {
    let bounds = |points: &[crate::scenario::PointM]| {
        let (x0, y0, x1, y1) = crate::scenario::geometry::bounds(points);
        (
            Vec2::new(x0 as f32, y0 as f32),
            Vec2::new(x1 as f32, y1 as f32),
        )
    };
    // A plot or a source is shown with its surroundings: at least this wide, metres.
    const CONTEXT_M: f32 = 400.0;
    let at_least = |(min, max): (Vec2, Vec2)| {
        let centre = (min + max) / 2.0;
        let half = ((max - min) / 2.0).max(Vec2::splat(CONTEXT_M / 2.0));
        (centre - half, centre + half)
    };
    Some(match framing {
        Framing::Park => {
            let (min, max) = super::input::park_extent_m(scenario);
            (min, max, FIT_MARGIN)
        }
        Framing::Zone(id) => {
            let zone = scenario.zones.iter().find(|z| z.id == *id)?;
            let (min, max) = bounds(&zone.polygon_m);
            (min, max, 1.25)
        }
        Framing::Plot(id) => {
            let plot = scenario.plots.iter().find(|p| p.id == *id)?;
            let (min, max) = at_least(bounds(&plot.polygon_m));
            (min, max, 1.5)
        }
        Framing::Source(id) => {
            let source = scenario
                .utilities
                .iter()
                .flat_map(|u| &u.sources)
                .find(|s| s.id == *id)?;
            let p = Vec2::new(source.location_m.0 as f32, source.location_m.1 as f32);
            let (min, max) = at_least((p, p));
            (min, max, 1.5)
        }
        Framing::Area(x0, y0, x1, y1) => (Vec2::new(*x0, *y0), Vec2::new(*x1, *y1), 1.0),
    })
}

/// The park rectangle the map shows now, as a recorded step keeps it.
pub fn visible_area(view: &MapView, map_rect: (Vec2, Vec2)) -> Framing {
    let (min_px, max_px) = map_rect;
    let a = view.screen_to_world(Vec2::new(min_px.x, max_px.y));
    let b = view.screen_to_world(Vec2::new(max_px.x, min_px.y));
    Framing::Area(a.x, a.y, b.x, b.y)
}

/// The selection a step names.
fn selection_of(scenario: &Scenario, framing: &Framing) -> Option<Selection> {
    match framing {
        Framing::Plot(id) => Some(Selection::Plot(id.clone())),
        Framing::Source(id) => scenario.utilities.iter().find_map(|u| {
            u.sources
                .iter()
                .any(|s| s.id == *id)
                .then(|| Selection::Source {
                    utility: u.id.clone(),
                    source: id.clone(),
                })
        }),
        _ => None,
    }
}

/// Leaves the tour: the planner keeps the view shown, and stops presenting.
fn leave(
    commands: &mut Commands,
    presentation: &mut Presentation,
    scale: &mut TextScale,
    state: &mut PlannerState,
    view: &MapView,
) {
    commands.remove_resource::<TourPlayer>();
    // The park's area on the map is kept, framed again in the planner's map area once
    // its panels are back.
    if let Some(Framing::Area(x0, y0, x1, y1)) = state.map_rect.map(|r| visible_area(view, r)) {
        commands.insert_resource(Reframe {
            min: Vec2::new(x0, y0),
            max: Vec2::new(x1, y1),
            frames: REFRAME_FRAMES,
        });
    }
    presentation.stop(scale, state);
    // Stopping asks for a fit; the planner keeps the tour's framing instead.
    state.fit_requested = false;
    state.view_touched = true;
    state.message = Some(Message::done(tr!("tour-left")));
}

/// Frames during which the area shown when a tour was left is framed again, while the
/// planner's panels come back and settle.
const REFRAME_FRAMES: u32 = 12;

/// The park area to keep on the map after leaving a tour, for a few frames.
#[derive(Resource, Clone, Copy, Debug)]
struct Reframe {
    min: Vec2,
    max: Vec2,
    frames: u32,
}

fn reframe_after_leaving(
    mut commands: Commands,
    reframe: Option<ResMut<Reframe>>,
    mut view: ResMut<MapView>,
    mut state: ResMut<PlannerState>,
) {
    let Some(mut reframe) = reframe else {
        return;
    };
    if let Some((min_px, max_px)) = state.map_rect {
        view.fit_with_margin(reframe.min, reframe.max, min_px, max_px, 1.0);
        state.view_touched = true;
        state.fit_requested = false;
    }
    reframe.frames = reframe.frames.saturating_sub(1);
    if reframe.frames == 0 {
        commands.remove_resource::<Reframe>();
    }
}

/// Page Down / → on, Page Up / ← back, Esc or F5 leaves. The keys are taken: presentation
/// mode does not also change its chart, nor the clock step a month; Space and ↑ / ↓,
/// which would move the clock, do nothing during a tour.
fn tour_keys(
    mut commands: Commands,
    player: Option<ResMut<TourPlayer>>,
    mut keys: ResMut<ButtonInput<KeyCode>>,
    mut presentation: ResMut<Presentation>,
    mut scale: ResMut<TextScale>,
    mut state: ResMut<PlannerState>,
    view: Res<MapView>,
) {
    let Some(mut player) = player else {
        return;
    };
    // Esc, and F5 (presentation off: what a clicker's "slideshow" button sends), leave
    // the tour.
    let leaving = !state.typing && keys.any_just_pressed([KeyCode::Escape, KeyCode::F5]);
    if player.leave_requested || leaving {
        keys.clear_just_pressed(KeyCode::Escape);
        keys.clear_just_pressed(KeyCode::F5);
        leave(
            &mut commands,
            &mut presentation,
            &mut scale,
            &mut state,
            &view,
        );
        return;
    }
    if state.typing {
        return;
    }
    // The clock is the tour's: Space (play) and ↑ / ↓ would move it off the step's month.
    for key in [KeyCode::Space, KeyCode::ArrowUp, KeyCode::ArrowDown] {
        keys.clear_just_pressed(key);
    }
    for (key, by) in [
        (KeyCode::PageDown, 1),
        (KeyCode::ArrowRight, 1),
        (KeyCode::PageUp, -1),
        (KeyCode::ArrowLeft, -1),
    ] {
        if keys.clear_just_pressed(key) {
            player.step_by(by);
        }
    }
}

/// Puts the step's view on the planner when the step changes: month, layer, networks,
/// selection, tab, baseline, and a camera move to its framing.
fn apply_step(
    player: Option<ResMut<TourPlayer>>,
    scenario: Res<ScenarioRes>,
    clock: Res<SimClock>,
    generation: Res<SceneGeneration>,
    view: Res<MapView>,
    mut controls: ResMut<TimeControls>,
    mut state: ResMut<PlannerState>,
    mut presentation: ResMut<Presentation>,
    mut scale: ResMut<TextScale>,
    mut many: ResMut<ManyRuns>,
) {
    let Some(mut player) = player else {
        return;
    };
    if player.wait_for_generation.is_some_and(|g| generation.0 < g) {
        return;
    }
    player.wait_for_generation = None;
    if player.applied == Some(player.at) {
        return;
    }
    if !presentation.on {
        presentation.start(&mut scale, &mut state);
    }
    let shown = player.view();
    if let Err(why) = controls.show_month(&clock, shown.month) {
        state.message = Some(Message::refused(why));
    }
    state.layer = MapLayer::from_arg(shown.layer);
    state.network_utility = shown
        .networks
        .as_ref()
        .and_then(|id| scenario.utilities.iter().position(|u| u.id == *id));
    state.selection = shown
        .select
        .as_ref()
        .and_then(|s| selection_of(&scenario, s));
    state.chart = shown.tab;
    presentation.chart = shown.tab;
    if player.baseline.as_ref() != Some(&shown.baseline) {
        match &shown.baseline {
            Some(key) => match player.tour.baseline_scene(key) {
                Ok(s) => {
                    let seeds = many.seeds;
                    many.baseline = Some(Baseline::pin(Arc::new(s), None, seeds));
                }
                Err(e) => state.message = Some(Message::refused(e.to_string())),
            },
            None => {
                many.baseline = None;
                many.split_map = false;
            }
        }
        player.baseline = Some(shown.baseline.clone());
    }
    player.camera = Some(CameraMove {
        framing: shown.camera,
        from: (view.centre_m, view.metres_per_px),
        elapsed_s: 0.0,
        last_set: None,
    });
    player.shown_for_s = 0.0;
    player.applied = Some(player.at);
}

/// Eases the camera to the step's framing (smoothstep in position, and in the logarithm
/// of the zoom, so zooming feels even), then keeps it framed while the panels settle.
fn follow_camera(
    player: Option<ResMut<TourPlayer>>,
    scenario: Res<ScenarioRes>,
    time: Res<Time>,
    mut view: ResMut<MapView>,
    mut state: ResMut<PlannerState>,
) {
    let Some(mut player) = player else {
        return;
    };
    let Some(map_rect) = state.map_rect else {
        return;
    };
    let Some(camera) = player.camera.as_mut() else {
        return;
    };
    if camera
        .last_set
        .is_some_and(|set| set != (view.centre_m, view.metres_per_px))
    {
        // Panned or zoomed by hand: the presenter has the map until the next step.
        player.camera = None;
        return;
    }
    let Some((min, max, margin)) = framing_rect(&scenario, &camera.framing) else {
        player.camera = None;
        return;
    };
    let mut target = *view;
    target.fit_with_margin(min, max, map_rect.0, map_rect.1, margin);
    camera.elapsed_s += time.delta_secs();
    let t = (camera.elapsed_s / EASE_SECONDS).clamp(0.0, 1.0);
    let s = t * t * (3.0 - 2.0 * t);
    let (from_centre, from_zoom) = camera.from;
    view.centre_m = from_centre.lerp(target.centre_m, s);
    view.metres_per_px = (from_zoom.ln() + (target.metres_per_px.ln() - from_zoom.ln()) * s).exp();
    camera.last_set = Some((view.centre_m, view.metres_per_px));
    state.view_touched = true;
    state.fit_requested = false;
}

/// A step written `advance: After(N)` goes on by itself N seconds after it is whole.
fn auto_advance(
    player: Option<ResMut<TourPlayer>>,
    controls: Res<TimeControls>,
    clock: Res<SimClock>,
    time: Res<Time>,
) {
    let Some(mut player) = player else {
        return;
    };
    let Advance::After(seconds) = player.tour.steps[player.at].advance else {
        return;
    };
    if !player.settled(&controls, &clock) {
        return;
    }
    player.shown_for_s += time.delta_secs();
    if player.shown_for_s >= seconds as f32 && player.at + 1 < player.tour.steps.len() {
        player.step_by(1);
    }
}

/// The caption under the map while a tour plays: the step's title and text in the
/// language shown, where the tour is, and the buttons for those without a clicker.
pub(super) fn caption(
    mut contexts: EguiContexts,
    mut free: ResMut<FreeArea>,
    player: Option<ResMut<TourPlayer>>,
    controls: Res<TimeControls>,
    clock: Res<SimClock>,
) -> Result {
    let Some(mut player) = player else {
        return Ok(());
    };
    let ctx = contexts.ctx_mut()?.clone();
    let steps = player.tour.steps.len();
    let at = player.at;
    let settled = player.settled(&controls, &clock);
    in_free_area(&ctx, &mut free, "tour-caption", |root| {
        egui::Panel::bottom("tour-caption").show(root, |ui| {
            let heading = ui.text_style_height(&egui::TextStyle::Heading);
            let step = &player.tour.steps[at];
            let (title, text) = step
                .shown_caption()
                .map(|c| (c.title.clone(), c.text.clone()))
                .unwrap_or_default();
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    egui::RichText::new(tr!("tour-step-of", at = at + 1, steps = steps)).weak(),
                );
                ui.label(egui::RichText::new(title).size(1.25 * heading).strong());
                if !settled {
                    ui.spinner();
                }
            });
            ui.add(egui::Label::new(text).wrap());
            ui.horizontal_wrapped(|ui| {
                if ui
                    .add_enabled(at > 0, egui::Button::new(tr!("tour-back")))
                    .clicked()
                {
                    player.step_by(-1);
                }
                if ui
                    .add_enabled(at + 1 < steps, egui::Button::new(tr!("tour-next")))
                    .clicked()
                {
                    player.step_by(1);
                }
                if ui.button(tr!("tour-leave")).clicked() {
                    player.leave_requested = true;
                }
                ui.label(
                    egui::RichText::new(tr!("tour-keys", tour = player.tour.shown_name()))
                        .small()
                        .weak(),
                );
            });
        });
    });
    Ok(())
}

/// Whether a tour plays with a plot or source selected: its inspector shows while
/// presenting.
pub fn touring_with_selection(player: Option<Res<TourPlayer>>, state: Res<PlannerState>) -> bool {
    player.is_some() && state.selection.is_some()
}

/// What the *Tours* menu asked for, handled in the next frame's input step.
#[derive(Resource, Default)]
pub struct TourMenu {
    /// Play this tour (a built-in one's path, or a file).
    pub play: Option<PathBuf>,
    /// The tour being recorded, if any.
    pub recording: Option<Recording>,
    /// Start recording a new tour.
    pub start_recording: bool,
    /// Add the view shown as a step of the tour being recorded.
    pub add_view: bool,
    /// Save the tour being recorded.
    pub save_recording: bool,
}

/// A tour being recorded from the planner.
#[derive(Clone, Debug)]
pub struct Recording {
    pub tour: RawTour,
    /// The title of the next step, as typed.
    pub title: String,
    /// The file to save to, as typed.
    pub path: String,
}

impl Recording {
    /// A new tour of the scene open in the planner: its file, and the regime preset put
    /// on it when it runs under one its file does not have (a tour of another regime).
    pub fn new(scenario: &Scenario) -> Self {
        let file = if crate::scenario::built_in::is_used_for(&scenario.file) {
            scenario.file.clone()
        } else {
            std::path::absolute(&scenario.file).unwrap_or_else(|_| scenario.file.clone())
        };
        let names = |s: &Scenario| s.regimes.iter().map(|r| r.name.clone()).collect::<Vec<_>>();
        let preset = match (
            scenario.regimes.as_slice(),
            crate::scenario::load(&scenario.file),
        ) {
            ([regime], Ok(on_disk)) if names(&on_disk) != names(scenario) => regime.preset.clone(),
            _ => None,
        };
        let scene = match preset {
            Some(id) => format!("{}:{id}", file.display()),
            None => file.display().to_string(),
        };
        Self {
            tour: RawTour {
                name: tr!("tour-recorded-name", park = scenario.park.name.clone()),
                names: Default::default(),
                scene,
                steps: Vec::new(),
            },
            title: String::new(),
            path: "my_tour.ron".into(),
        }
    }
}

/// The step that shows what the planner shows now: the month, the map's visible area,
/// the layer, the networks, the selection and the tab, with `title` as its caption.
pub fn step_of_view(
    id: String,
    title: String,
    clock: &SimClock,
    state: &PlannerState,
    view: &MapView,
    scenario: &Scenario,
    chart: Chart,
) -> RawStep {
    let select = match &state.selection {
        Some(Selection::Plot(id)) => Some(Framing::Plot(id.clone())),
        Some(Selection::Source { source, .. }) => Some(Framing::Source(source.clone())),
        _ => None,
    };
    let networks = match state.network_utility {
        Some(u) => scenario.utilities.get(u).map(|u| u.id.clone()),
        None => Some(NETWORKS_ALL.to_owned()),
    };
    RawStep {
        id,
        month: Some(shown_month(clock).to_string()),
        camera: state.map_rect.map(|r| visible_area(view, r)),
        layer: Some(state.layer.arg_name()),
        networks,
        select,
        tab: Some(chart.slug().to_owned()),
        baseline: None,
        caption: [(
            "en".to_owned(),
            Caption {
                title,
                text: String::new(),
            },
        )]
        .into(),
        advance: Advance::Wait,
    }
}

/// The menu's requests: play a tour (its scene opened first), record, save.
fn menu_requests(
    mut commands: Commands,
    mut menu: ResMut<TourMenu>,
    mut state: ResMut<PlannerState>,
    mut pending: ResMut<PendingEdits>,
    scenario: Res<ScenarioRes>,
    generation: Res<SceneGeneration>,
    editing: Res<Editing>,
    clock: Res<SimClock>,
    view: Res<MapView>,
    presentation: Res<Presentation>,
) {
    if let Some(path) = menu.play.take() {
        if editing.session.unsaved() {
            state.message = Some(Message::refused(tr!("scene-save-first")));
        } else {
            match crate::tour::load(&path) {
                Ok(tour) => {
                    pending.0.push(EditAction::OpenScene(SceneRead(Arc::new(
                        tour.scene.clone(),
                    ))));
                    let mut player = TourPlayer::new(Arc::new(tour));
                    player.wait_for_generation = Some(generation.0 + 1);
                    commands.insert_resource(player);
                }
                Err(errors) => state.message = Some(Message::refused(errors.to_string())),
            }
        }
    }
    if std::mem::take(&mut menu.start_recording) {
        // A tour names a scene file: edits not saved would not be in it.
        if editing.session.unsaved() {
            state.message = Some(Message::refused(tr!("scene-save-first")));
        } else {
            menu.recording = Some(Recording::new(&scenario));
        }
    }
    if std::mem::take(&mut menu.add_view)
        && let Some(recording) = menu.recording.as_mut()
    {
        let n = recording.tour.steps.len() + 1;
        let title = match recording.title.trim() {
            "" => tr!("tour-recorded-step", n = n),
            typed => typed.to_owned(),
        };
        let chart = if presentation.on {
            presentation.chart
        } else {
            state.chart
        };
        let step = step_of_view(
            format!("step_{n}"),
            title,
            &clock,
            &state,
            &view,
            &scenario,
            chart,
        );
        recording.tour.steps.push(step);
        recording.title.clear();
    }
    if std::mem::take(&mut menu.save_recording)
        && let Some(recording) = menu.recording.as_ref()
    {
        let path = PathBuf::from(recording.path.trim());
        state.message = Some(match recording.tour.save(&path) {
            Ok(()) => Message::done(tr!(
                "tour-saved",
                path = path.display().to_string(),
                steps = recording.tour.steps.len()
            )),
            Err(e) => Message::refused(tr!("tour-not-saved", reason = e)),
        });
    }
}

/// The *Tours* menu of the top bar: the tours that come with the program, and recording.
pub fn tours_menu(ui: &mut egui::Ui, menu: &mut TourMenu) {
    ui.menu_button(tr!("tours-menu"), |ui| {
        for (path, text) in crate::tour::BUILT_IN {
            let name = crate::tour::parse_name(text).unwrap_or_else(|| path.to_owned());
            if ui.button(name).on_hover_text(path).clicked() {
                menu.play = Some(PathBuf::from(path));
                ui.close();
            }
        }
        ui.separator();
        if ui.button(tr!("tour-record-new")).clicked() {
            menu.start_recording = true;
            ui.close();
        }
    });
}

/// The window of a tour being recorded: the next step's title, *Add this view as a
/// step*, the steps so far, and where to save.
pub(super) fn recording_window(
    mut contexts: EguiContexts,
    mut menu: ResMut<TourMenu>,
    presentation: Res<Presentation>,
) -> Result {
    if menu.recording.is_none() || presentation.on {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?.clone();
    let mut open = true;
    let mut add = false;
    let mut save = false;
    egui::Window::new(tr!("tour-record-title"))
        .open(&mut open)
        .default_pos(egui::pos2(300.0, 120.0))
        .show(&ctx, |ui| {
            let Some(recording) = menu.recording.as_mut() else {
                return;
            };
            ui.label(tr!("tour-record-hint"));
            ui.horizontal(|ui| {
                ui.label(tr!("tour-record-step-title"));
                ui.text_edit_singleline(&mut recording.title);
            });
            add = ui.button(tr!("tour-record-add")).clicked();
            ui.separator();
            for (k, step) in recording.tour.steps.iter().enumerate() {
                let title = step
                    .caption
                    .get("en")
                    .map(|c| c.title.as_str())
                    .unwrap_or_default();
                ui.label(format!(
                    "{}. {} — {}",
                    k + 1,
                    step.month.as_deref().unwrap_or_default(),
                    title
                ));
            }
            ui.separator();
            ui.horizontal(|ui| {
                ui.label(tr!("tour-record-file"));
                ui.text_edit_singleline(&mut recording.path);
                save = ui
                    .add_enabled(
                        !recording.tour.steps.is_empty(),
                        egui::Button::new(tr!("tour-record-save")),
                    )
                    .clicked();
            });
        });
    menu.add_view |= add;
    menu.save_recording |= save;
    if !open {
        menu.recording = None;
    }
    Ok(())
}

/// Playing a tour to check it (`parksim tour FILE --screenshot FILE.png`): every step in
/// turn, a picture of each (`FILE-01-site.png`, …), then back to the first step, checking
/// that each view and the model's state come back exactly as they were; then the program
/// exits (with an error if one did not).
#[derive(Resource, Debug)]
pub struct TourScript {
    /// Pictures of each step beside this file's name; none when `None`.
    pub pictures: Option<PathBuf>,
    going_back: bool,
    frames: u32,
    in_flight: bool,
    /// The step last pictured.
    pictured: Option<usize>,
    /// Each step's view and state hash, as first shown.
    seen: Vec<Option<(Shown, u64)>>,
}

impl TourScript {
    pub fn new(pictures: Option<PathBuf>) -> Self {
        Self {
            pictures,
            going_back: false,
            frames: 0,
            in_flight: false,
            pictured: None,
            seen: Vec::new(),
        }
    }
}

/// What the planner shows, as the check compares it: the month, the layer, the networks,
/// the selection, the tab, the map's view (to 0.1 m and 10⁻⁴ m per pixel) and the
/// baseline pinned.
#[derive(Clone, Debug, PartialEq)]
struct Shown {
    month: YearMonth,
    layer: MapLayer,
    network_utility: Option<usize>,
    selection: Option<Selection>,
    chart: Chart,
    view: [i64; 3],
    baseline: Option<String>,
}

impl Shown {
    /// Whether this is what the step's view asks for (the camera aside, which the check
    /// compares with its first showing).
    fn is_what(&self, view: &View) -> bool {
        self.month == view.month
            && self.layer == MapLayer::from_arg(view.layer)
            && self.chart == view.tab
            && self.selection.is_some() == view.select.is_some()
            && self.baseline.is_some() == view.baseline.is_some()
    }
}

fn shown(world: &World) -> Shown {
    let state = world.resource::<PlannerState>();
    let view = world.resource::<MapView>();
    Shown {
        month: shown_month(world.resource::<SimClock>()),
        layer: state.layer,
        network_utility: state.network_utility,
        selection: state.selection.clone(),
        chart: world.resource::<Presentation>().chart,
        view: [
            (view.centre_m.x * 10.0).round() as i64,
            (view.centre_m.y * 10.0).round() as i64,
            (view.metres_per_px * 1e4).round() as i64,
        ],
        baseline: world
            .resource::<ManyRuns>()
            .baseline
            .as_ref()
            .map(|b| b.label.clone()),
    }
}

/// Frames drawn once a step is whole, before its picture.
const SCRIPT_SETTLE_FRAMES: u32 = 12;

fn script(world: &mut World) {
    let Some(mut script) = world.remove_resource::<TourScript>() else {
        return;
    };
    script_frame(world, &mut script);
    world.insert_resource(script);
}

fn script_frame(world: &mut World, script: &mut TourScript) {
    if script.in_flight {
        return;
    }
    let (settled, at, steps) = {
        let Some(player) = world.get_resource::<TourPlayer>() else {
            return;
        };
        let controls = world.resource::<TimeControls>();
        let clock = world.resource::<SimClock>();
        (
            player.settled(controls, clock),
            player.at,
            player.tour.steps.len(),
        )
    };
    let many = world.resource::<ManyRuns>();
    let pending = |s: Option<&super::many_runs::BandSweep>| s.is_some_and(|s| !s.complete());
    if !settled
        || pending(many.current.as_ref())
        || pending(many.baseline.as_ref().map(|b| &b.sweep))
    {
        script.frames = 0;
        return;
    }
    script.frames += 1;
    if script.frames < SCRIPT_SETTLE_FRAMES {
        return;
    }
    script.frames = 0;
    let view = shown(world);
    let step_view = world.resource::<TourPlayer>().view();
    if !view.is_what(&step_view) {
        let id = world.resource::<TourPlayer>().tour.steps[at].id.clone();
        eprintln!("{}", tr!("tour-check-failed", step = id));
        eprintln!("{view:?}\n{step_view:?}");
        world.write_message(AppExit::error());
        return;
    }
    let hash = crate::sim::fingerprint::state_hash(world);
    script.seen.resize(steps, None);
    if !script.going_back {
        // The picture is taken first; the tour goes on once it is saved (a step changed
        // now would be in the picture).
        if let Some(pictures) = script.pictures.clone()
            && script.pictured != Some(at)
        {
            script.seen[at] = Some((view, hash));
            script.pictured = Some(at);
            let id = world.resource::<TourPlayer>().tour.steps[at].id.clone();
            let stem = pictures
                .file_stem()
                .map_or_else(|| "tour".into(), |s| s.to_string_lossy().into_owned());
            let path = pictures.with_file_name(format!("{stem}-{:02}-{id}.png", at + 1));
            script.in_flight = true;
            world.spawn(Screenshot::primary_window()).observe(
                move |captured: On<ScreenshotCaptured>,
                      mut script: ResMut<TourScript>,
                      mut exit: MessageWriter<AppExit>| {
                    match super::screenshot::save_png(&path, captured.image.clone()) {
                        Ok(()) => {
                            println!(
                                "{}",
                                tr!("msg-screenshot-saved", path = path.display().to_string())
                            );
                            script.in_flight = false;
                        }
                        Err(e) => {
                            eprintln!(
                                "{}",
                                tr!(
                                    "msg-screenshot-failed",
                                    path = path.display().to_string(),
                                    reason = e
                                )
                            );
                            exit.write(AppExit::error());
                        }
                    }
                },
            );
            return;
        }
        if script.seen[at].is_none() {
            script.seen[at] = Some((view, hash));
        }
        if at + 1 < steps {
            world.resource_mut::<TourPlayer>().step_by(1);
        } else {
            script.going_back = true;
            if at > 0 {
                world.resource_mut::<TourPlayer>().step_by(-1);
            } else {
                finish(world, steps);
            }
        }
        return;
    }
    let id = world.resource::<TourPlayer>().tour.steps[at].id.clone();
    if script.seen[at] != Some((view, hash)) {
        eprintln!("{}", tr!("tour-check-failed", step = id));
        world.write_message(AppExit::error());
        return;
    }
    if at == 0 {
        finish(world, steps);
    } else {
        world.resource_mut::<TourPlayer>().step_by(-1);
    }
}

fn finish(world: &mut World, steps: usize) {
    println!("{}", tr!("tour-checked", steps = steps));
    world.write_message(AppExit::Success);
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::time::Duration;

    use bevy::time::TimeUpdateStrategy;

    use super::*;
    use crate::sim::SimPlugin;

    /// The planner's state, as a tour step sets it and as it is recorded.
    #[derive(Clone, Debug, PartialEq)]
    struct Visited {
        month: YearMonth,
        layer: MapLayer,
        network_utility: Option<usize>,
        selection: Option<Selection>,
        chart: Chart,
        /// The park rectangle on the map, metres, rounded to 10 cm.
        area: [i64; 4],
    }

    fn visited(app: &App) -> Visited {
        let world = app.world();
        let state = world.resource::<PlannerState>();
        let Framing::Area(x0, y0, x1, y1) =
            visible_area(world.resource::<MapView>(), state.map_rect.unwrap())
        else {
            unreachable!()
        };
        let presentation = world.resource::<Presentation>();
        Visited {
            month: shown_month(world.resource::<SimClock>()),
            layer: state.layer,
            network_utility: state.network_utility,
            selection: state.selection.clone(),
            chart: if presentation.on {
                presentation.chart
            } else {
                state.chart
            },
            area: [x0, y0, x1, y1].map(|v| (v * 10.0).round() as i64),
        }
    }

    /// The planner's input, clock and tour systems on a scene, without window or egui; each
    /// update is a tenth of a second.
    fn planner(scenario: Arc<Scenario>) -> App {
        let mut app = App::new();
        app.add_plugins(MinimalPlugins)
            .insert_resource(TimeUpdateStrategy::ManualDuration(Duration::from_millis(
                100,
            )))
            .add_plugins(SimPlugin {
                seed: scenario.simulation.seed,
                scenario: scenario.clone(),
            })
            .init_resource::<ButtonInput<KeyCode>>()
            .insert_resource(PlannerState {
                map_rect: Some((Vec2::new(0.0, 40.0), Vec2::new(900.0, 620.0))),
                ..default()
            })
            .init_resource::<MapView>()
            .insert_resource(TimeControls {
                end: scenario
                    .simulation
                    .start
                    .plus_months(scenario.simulation.months as i32 - 1),
                ..default()
            })
            .init_resource::<Presentation>()
            .init_resource::<TextScale>()
            .init_resource::<ManyRuns>()
            .init_resource::<SceneGeneration>()
            .init_resource::<PendingEdits>()
            .insert_resource(Editing::new(&scenario))
            .add_plugins((super::super::time::plugin, plugin))
            .add_plugins(super::super::order_the_steps)
            // The planner's own keys, which a tour's must not leave to act as well.
            .add_systems(
                Update,
                super::super::input::shortcuts.in_set(PlannerSystems::Input),
            );
        app
    }

    /// Updates until the month asked for is shown and a tour's step, if one plays, is whole.
    fn settle(app: &mut App) {
        for _ in 0..400 {
            app.update();
            let world = app.world();
            let controls = world.resource::<TimeControls>();
            let clock = world.resource::<SimClock>();
            let caught_up = controls.pending_months == 0 && controls.rewind_to.is_none();
            let whole = world
                .get_resource::<TourPlayer>()
                .is_none_or(|p| p.settled(controls, clock));
            if caught_up && whole {
                return;
            }
        }
        panic!("the planner did not settle");
    }

    fn show(app: &mut App, month: YearMonth) {
        let clock = *app.world().resource::<SimClock>();
        app.world_mut()
            .resource_mut::<TimeControls>()
            .show_month(&clock, month)
            .unwrap();
        settle(app);
    }

    #[test]
    fn a_tour_recorded_in_the_planner_plays_back_the_views_it_recorded() {
        let scenario = Arc::new(crate::scenario::load(Path::new("scenes/sumgayit.ron")).unwrap());
        let mut app = planner(scenario.clone());
        app.world_mut().resource_mut::<TourMenu>().start_recording = true;
        app.update();

        // Three views: forward in time, then back before the first.
        let views: [(
            YearMonth,
            MapLayer,
            Option<usize>,
            Option<Selection>,
            Chart,
            Vec2,
            f32,
        ); 3] = [
            (
                YearMonth::new(2016, 3),
                MapLayer::Phase,
                Some(1),
                Some(Selection::Plot("P03".into())),
                Chart::Jobs,
                Vec2::new(900.0, 700.0),
                2.5,
            ),
            (
                YearMonth::new(2019, 6),
                MapLayer::UtilityLoading,
                None,
                Some(Selection::Source {
                    utility: "power".into(),
                    source: "ss_1".into(),
                }),
                Chart::Incentives,
                Vec2::new(300.0, -200.0),
                0.8,
            ),
            (
                YearMonth::new(2013, 1),
                MapLayer::Status,
                Some(0),
                None,
                Chart::Fiscal,
                Vec2::new(1500.0, 1000.0),
                4.0,
            ),
        ];
        let mut recorded = Vec::new();
        for (month, layer, networks, selection, chart, centre_m, metres_per_px) in views {
            show(&mut app, month);
            {
                let world = app.world_mut();
                let mut state = world.resource_mut::<PlannerState>();
                state.layer = layer;
                state.network_utility = networks;
                state.selection = selection;
                state.chart = chart;
                let mut view = world.resource_mut::<MapView>();
                view.centre_m = centre_m;
                view.metres_per_px = metres_per_px;
            }
            recorded.push(visited(&app));
            app.world_mut().resource_mut::<TourMenu>().add_view = true;
            app.update();
        }
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("recorded.ron");
        {
            let mut menu = app.world_mut().resource_mut::<TourMenu>();
            menu.recording.as_mut().unwrap().path = file.display().to_string();
            menu.save_recording = true;
        }
        app.update();
        let message = app.world().resource::<PlannerState>().message.clone();
        assert_eq!(
            message.map(|m| m.kind),
            Some(super::super::MessageKind::Done)
        );

        // The file is a valid tour of the same scene (told from a scene by its first word,
        // as `parksim validate` tells it), and plays back each view.
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(crate::tour::is_tour(&text), "{text}");
        let tour = crate::tour::load(&file).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(tour.steps.len(), 3);
        app.insert_resource(TourPlayer::new(Arc::new(tour)));
        let mut played = Vec::new();
        for k in [0, 1, 2, 1, 0] {
            app.world_mut().resource_mut::<TourPlayer>().at = k;
            // A camera move eases for EASE_SECONDS; settle waits for it.
            settle(&mut app);
            assert!(app.world().resource::<Presentation>().on);
            played.push(visited(&app));
            assert_eq!(played.last(), Some(&recorded[k]), "step {k}");
        }
        // The check can fail: the views differ from one another.
        assert_ne!(played[0], played[1]);
        assert_ne!(played[1], played[2]);

        // Esc leaves the tour and keeps the view shown.
        let before = visited(&app);
        app.world_mut()
            .resource_mut::<ButtonInput<KeyCode>>()
            .press(KeyCode::Escape);
        app.update();
        assert!(app.world().get_resource::<TourPlayer>().is_none());
        assert!(!app.world().resource::<Presentation>().on);
        let after = visited(&app);
        assert_eq!(
            (after.month, after.layer, after.area),
            (before.month, before.layer, before.area)
        );
    }

    #[test]
    fn the_clicker_steps_a_tour_and_its_keys_do_nothing_else() {
        let tour = crate::tour::load(Path::new("tours/sumgayit_2011_2025.ron")).unwrap();
        let mut app = planner(Arc::new(tour.scene.clone()));
        // A baseline pinned before the tour, which pins none: the tour shows it no more.
        let pinned = Baseline::pin(Arc::new(tour.scene.clone()), None, 10);
        app.world_mut().resource_mut::<ManyRuns>().baseline = Some(pinned);
        app.insert_resource(TourPlayer::new(Arc::new(tour)));
        settle(&mut app);
        assert!(app.world().resource::<ManyRuns>().baseline.is_none());
        let press = |app: &mut App, key: KeyCode| {
            app.world_mut()
                .resource_mut::<ButtonInput<KeyCode>>()
                .press(key);
            app.update();
            let mut keys = app.world_mut().resource_mut::<ButtonInput<KeyCode>>();
            keys.release(key);
            keys.clear();
        };
        let at = |app: &App| app.world().resource::<TourPlayer>().at;
        press(&mut app, KeyCode::PageDown);
        press(&mut app, KeyCode::ArrowRight);
        assert_eq!(at(&app), 2);
        press(&mut app, KeyCode::PageUp);
        assert_eq!(at(&app), 1);
        settle(&mut app);
        // Step 2 shows December 2017 and the phase layer; → did not also step a month.
        let v = visited(&app);
        assert_eq!(v.month, YearMonth::new(2017, 12));
        assert_eq!(v.layer, MapLayer::Phase);
        press(&mut app, KeyCode::ArrowLeft);
        press(&mut app, KeyCode::ArrowLeft);
        assert_eq!(at(&app), 0, "the first step is the first");
        // Space would play the months away from the step's: not during a tour.
        press(&mut app, KeyCode::Space);
        assert!(!app.world().resource::<TimeControls>().playing);
        // F5, a clicker's slideshow button, leaves the tour as Esc does.
        press(&mut app, KeyCode::F5);
        assert!(app.world().get_resource::<TourPlayer>().is_none());
    }
}
