//! The planner's mouse and keyboard: pan by dragging, zoom with the wheel about the
//! cursor, hover and click plots and utility sources, the drawing tools' gestures (see
//! [`tools`](super::tools)), and the keyboard shortcuts.

use bevy::input::mouse::{AccumulatedMouseMotion, AccumulatedMouseScroll, MouseScrollUnit};
use bevy::prelude::*;
use bevy::window::PrimaryWindow;
use bevy_egui::input::EguiWantsInput;

use super::PlannerState;
use super::editing::{EditAction, Editing, PendingEdits};
use super::map::{plot_at, source_at};
use super::screenshot::ScreenshotPlan;
use super::selection::Selection;
use super::time::TimeControls;
use super::tools::{self, CLICK_SLOP_PX, DraftStep, Gesture, Grab, Tool};
use super::view::MapView;
use crate::scenario::Scenario;
use crate::sim::ScenarioRes;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        (fit_when_asked, map_mouse, shortcuts)
            .chain()
            .in_set(super::PlannerSystems::Input),
    );
}

fn inside(rect: Option<(Vec2, Vec2)>, p: Vec2) -> bool {
    rect.is_some_and(|(min, max)| p.x >= min.x && p.y >= min.y && p.x <= max.x && p.y <= max.y)
}

fn map_mouse(
    window: Query<&Window, With<PrimaryWindow>>,
    buttons: Res<ButtonInput<MouseButton>>,
    motion: Res<AccumulatedMouseMotion>,
    scroll: Res<AccumulatedMouseScroll>,
    scenario: Res<ScenarioRes>,
    mut view: ResMut<MapView>,
    mut state: ResMut<PlannerState>,
    editing: Res<Editing>,
    mut pending: ResMut<PendingEdits>,
    screenshot: Option<Res<ScreenshotPlan>>,
    egui_input: Option<Res<EguiWantsInput>>,
) {
    // A picture for a report shows the park, not wherever the pointer happens to rest.
    let Ok(window) = window.single() else {
        return;
    };
    if screenshot.is_some() {
        return;
    }
    let cursor = window.cursor_position();
    // Not under a dialog or an open popup drawn over the map: a click there is theirs.
    let over_dialog = egui_input.is_some_and(|e| e.is_pointer_over_area());
    let over_map = cursor.is_some_and(|c| inside(state.map_rect, c)) && !over_dialog;

    if let Some(c) = cursor
        && over_map
    {
        let lines = match scroll.unit {
            MouseScrollUnit::Line => scroll.delta.y,
            MouseScrollUnit::Pixel => scroll.delta.y / 40.0,
        };
        if lines != 0.0 {
            view.zoom_about(c, 0.85f32.powf(lines));
            state.view_touched = true;
        }
        state.hovered_source = source_at(&scenario, &view, c);
        state.hovered_plot = plot_at(&scenario, view.screen_to_world(c));
        state.pointer_m = Some(view.screen_to_world(c));
    } else {
        state.pointer_m = None;
        state.hovered_source = None;
        state.hovered_plot = None;
    }

    if buttons.just_pressed(MouseButton::Left) {
        state.gesture = cursor.filter(|_| over_map).and_then(|c| {
            let at = view.screen_to_world(c);
            tools::grab_for(state.tool, state.hovered_source, state.hovered_plot).map(|grab| {
                Gesture {
                    grab,
                    from_m: at,
                    to_m: at,
                    travelled_px: 0.0,
                    last_px: c,
                }
            })
        });
    }
    if buttons.pressed(MouseButton::Left) {
        let state = state.as_mut();
        if let Some(gesture) = state.gesture.as_mut() {
            // Follow the cursor itself (not raw mouse motion), so the map stays under the
            // pointer whatever the pointer device.
            let step = cursor.map_or(motion.delta, |c| c - gesture.last_px);
            gesture.last_px += step;
            gesture.travelled_px += step.length();
            if gesture.grab == Grab::Map && gesture.travelled_px > CLICK_SLOP_PX {
                view.pan_by(step);
                state.view_touched = true;
            }
            if let Some(c) = cursor {
                gesture.to_m = view.screen_to_world(c);
            }
        }
    }
    if buttons.just_released(MouseButton::Left)
        && let Some(gesture) = state.gesture.take()
    {
        if gesture.travelled_px > CLICK_SLOP_PX {
            if let Some(edit) = tools::drag_edit(&gesture, &scenario, editing.new_plot_zone) {
                pending.0.push(EditAction::Apply(edit));
            }
        } else if over_map {
            click(&mut state, &scenario, &view, gesture.to_m, &mut pending);
        }
    }
}

/// A click on the map: a corner of the boundary being drawn, or a selection.
fn click(
    state: &mut PlannerState,
    scenario: &Scenario,
    view: &MapView,
    at_m: Vec2,
    pending: &mut PendingEdits,
) {
    if state.tool == Tool::DrawBoundary {
        let close_m = 8.0 * view.metres_per_px;
        if let DraftStep::Closed(edit) = state.draft.click(at_m, close_m) {
            pending.0.push(EditAction::Apply(edit));
        }
        return;
    }
    state.selection = match (state.hovered_source, state.hovered_plot) {
        (Some((u, s)), _) => Selection::source(scenario, u, s),
        (None, Some(j)) => Selection::plot(scenario, j),
        (None, None) => None,
    };
}

/// Fits the park into the map area on the first frame that knows the area, and on request.
fn fit_when_asked(
    scenario: Res<ScenarioRes>,
    mut view: ResMut<MapView>,
    mut state: ResMut<PlannerState>,
) {
    let Some((area_min, area_max)) = state.map_rect else {
        return;
    };
    // The panels settle their widths over the first frames: until the user moves the map
    // themselves, keep the park fitted to the map area as it changes.
    if !state.view_touched && state.fitted_rect != state.map_rect {
        state.fit_requested = true;
    }
    if !state.fit_requested {
        return;
    }
    state.fitted_rect = state.map_rect;
    // The site and every utility source, some of which stand outside the fence.
    let mut points = scenario.park.boundary_m.clone();
    points.extend(
        scenario
            .utilities
            .iter()
            .flat_map(|u| u.sources.iter().map(|s| s.location_m)),
    );
    let (x0, y0, x1, y1) = crate::scenario::geometry::bounds(&points);
    view.fit(
        Vec2::new(x0 as f32, y0 as f32),
        Vec2::new(x1 as f32, y1 as f32),
        area_min,
        area_max,
    );
    state.fit_requested = false;
}

fn shortcuts(
    keys: Res<ButtonInput<KeyCode>>,
    mut controls: ResMut<TimeControls>,
    mut state: ResMut<PlannerState>,
    mut pending: ResMut<PendingEdits>,
) {
    if state.typing {
        return;
    }
    for (key, tool) in [
        (KeyCode::KeyI, Tool::Inspect),
        (KeyCode::KeyM, Tool::Move),
        (KeyCode::KeyP, Tool::DrawPlot),
        (KeyCode::KeyB, Tool::DrawBoundary),
    ] {
        if keys.just_pressed(key) {
            state.tool = tool;
        }
    }
    if keys.just_pressed(KeyCode::Escape) {
        state.draft = Default::default();
        state.gesture = None;
        state.tool = Tool::Inspect;
    }
    if state.tool == Tool::DrawBoundary {
        if keys.just_pressed(KeyCode::Enter)
            && let Some(edit) = state.draft.finish()
        {
            pending.0.push(EditAction::Apply(edit));
        }
        if keys.just_pressed(KeyCode::Backspace) {
            state.draft.corners_m.pop();
        }
    }
    if keys.just_pressed(KeyCode::Space) {
        controls.playing = !controls.playing;
    }
    if keys.just_pressed(KeyCode::ArrowRight) {
        controls.pending_months += 1;
    }
    if keys.just_pressed(KeyCode::ArrowUp) {
        controls.pending_months += 12;
    }
    if keys.any_just_pressed([KeyCode::Equal, KeyCode::NumpadAdd]) {
        controls.faster();
    }
    if keys.any_just_pressed([KeyCode::Minus, KeyCode::NumpadSubtract]) {
        controls.slower();
    }
    if keys.just_pressed(KeyCode::KeyF) {
        state.fit_requested = true;
    }
    if keys.just_pressed(KeyCode::F1) {
        state.show_help = !state.show_help;
    }
}
