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

mod check;
mod menu;

pub use check::TourScript;
use check::script;
use menu::menu_requests;
pub(in crate::gui) use menu::recording_window;
pub use menu::{Recording, TourMenu, step_of_view, tours_menu};

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

#[cfg(test)]
mod tests;
