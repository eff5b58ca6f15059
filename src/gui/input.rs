//! The planner's mouse and keyboard: pan by dragging, zoom with the wheel about the
//! cursor, hover and click plots and utility sources, the drawing tools' gestures (see
//! [`tools`](super::tools)), and the keyboard shortcuts.

use bevy::input::ButtonState;
use bevy::input::mouse::{AccumulatedMouseMotion, AccumulatedMouseScroll, MouseScrollUnit};
use bevy::prelude::*;
use bevy::window::{PrimaryWindow, WindowEvent};
use bevy_egui::input::EguiWantsInput;

use super::PlannerState;
use super::editing::{EditAction, Editing, PendingEdits};
use super::map::{plot_at, source_at};
use super::presentation::Presentation;
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

pub(super) fn map_mouse(
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
    overlays: Option<Res<super::panels::layout::Overlays>>,
    mut window_events: MessageReader<WindowEvent>,
    mut last_cursor: Local<Option<Vec2>>,
) {
    // A picture for a report shows the park, not wherever the pointer happens to rest.
    let Ok(window) = window.single() else {
        return;
    };
    if screenshot.is_some() {
        return;
    }
    let cursor = window.cursor_position();
    let pressed_at = press_position(window_events.read(), *last_cursor).or(cursor);
    *last_cursor = cursor;
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
        // What was under the pointer when the button went down, not where the pointer is
        // by the time a slow frame sees the press.
        let press_over_map = pressed_at.is_some_and(|c| {
            inside(state.map_rect, c) && !overlays.as_ref().is_some_and(|o| o.cover(c))
        }) && !over_dialog;
        state.gesture = pressed_at.filter(|_| press_over_map).and_then(|c| {
            let at = view.screen_to_world(c);
            let source = source_at(&scenario, &view, c);
            let plot = plot_at(&scenario, at);
            let zone = tools::zone_at(&scenario, (at.x as f64, at.y as f64));
            tools::grab_for(state.tool, source, plot, zone).map(|grab| Gesture {
                grab,
                from_m: at,
                to_m: at,
                travelled_px: 0.0,
                last_px: c,
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
            if let Some(mut edit) = tools::drag_edit(&gesture, &scenario, editing.new_plot_zone) {
                // A plot drawn goes into the phase chosen for new plots.
                if let crate::scenario::edit::Edit::AddPlot { phase, .. } = &mut edit {
                    *phase = editing
                        .new_plot_phase
                        .and_then(|k| scenario.park.phases.get(k))
                        .map(|ph| ph.id.clone());
                }
                pending.0.push(EditAction::Apply(edit));
            }
        } else if over_map {
            click(&mut state, &scenario, &view, gesture.to_m, &mut pending);
        }
    }
}

/// Whether Ctrl goes with the keys of this frame: held, or pressed or let go during it (a
/// quick Ctrl+= may press and release Ctrl within one frame).
pub fn ctrl_held(keys: &ButtonInput<KeyCode>) -> bool {
    const CTRL: [KeyCode; 2] = [KeyCode::ControlLeft, KeyCode::ControlRight];
    keys.any_pressed(CTRL) || keys.any_just_pressed(CTRL) || keys.any_just_released(CTRL)
}

/// Where the pointer was when the left button went down, if it went down among `events`
/// (this frame's window events, in the order the window reported them): the last cursor
/// position reported before the press, or `before` (where the cursor was at the end of
/// the previous frame) when it had not moved yet. On a slow frame the pointer moves on
/// after the press; a drag measured from where it is when the frame runs would start late
/// and drop a dragged plot short of where the pointer took it.
pub fn press_position<'a>(
    events: impl IntoIterator<Item = &'a WindowEvent>,
    before: Option<Vec2>,
) -> Option<Vec2> {
    let mut at = before;
    for event in events {
        match event {
            WindowEvent::CursorMoved(moved) => at = Some(moved.position),
            WindowEvent::CursorLeft(_) => at = None,
            WindowEvent::MouseButtonInput(input)
                if input.button == MouseButton::Left && input.state == ButtonState::Pressed =>
            {
                return at;
            }
            _ => {}
        }
    }
    None
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
    // A source before a plot before the zone under them.
    state.selection = match (state.hovered_source, state.hovered_plot) {
        (Some((u, s)), _) => Selection::source(scenario, u, s),
        (None, Some(j)) => Selection::plot(scenario, j),
        (None, None) => tools::zone_at(scenario, (at_m.x as f64, at_m.y as f64))
            .and_then(|z| Selection::zone(scenario, z)),
    };
}

/// Fits the park into the map area on the first frame that knows the area, and on request.
pub(super) fn fit_when_asked(
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
    let (min, max) = park_extent_m(&scenario);
    view.fit(min, max, area_min, area_max);
    state.fit_requested = false;
}

/// The rectangle the whole park takes, metres (west-south, east-north corners): the site,
/// the land its phases add, and every utility source, some of which stand outside the
/// fence.
pub fn park_extent_m(scenario: &Scenario) -> (Vec2, Vec2) {
    let mut points = scenario.land_points();
    points.extend(
        scenario
            .utilities
            .iter()
            .flat_map(|u| u.sources.iter().map(|s| s.location_m)),
    );
    let (x0, y0, x1, y1) = crate::scenario::geometry::bounds(&points);
    (
        Vec2::new(x0 as f32, y0 as f32),
        Vec2::new(x1 as f32, y1 as f32),
    )
}

pub(super) fn shortcuts(
    keys: Res<ButtonInput<KeyCode>>,
    mut controls: ResMut<TimeControls>,
    mut state: ResMut<PlannerState>,
    mut pending: ResMut<PendingEdits>,
    presentation: Option<Res<Presentation>>,
) {
    if state.typing {
        return;
    }
    // While presenting, only the clock's keys (and the presentation's own): no tools.
    let presenting = presentation.is_some_and(|p| p.on);
    for (key, tool) in [
        (KeyCode::KeyI, Tool::Inspect),
        (KeyCode::KeyM, Tool::Move),
        (KeyCode::KeyP, Tool::DrawPlot),
        (KeyCode::KeyZ, Tool::DrawZone),
        (KeyCode::KeyB, Tool::DrawBoundary),
    ] {
        // Not with Ctrl: Ctrl+Z is undo, not the zone tool.
        let ctrl = ctrl_held(&keys);
        if keys.just_pressed(key) && !presenting && !ctrl {
            state.tool = tool;
        }
    }
    if keys.just_pressed(KeyCode::Escape) && !presenting {
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
    // With Ctrl, + and - change the text size instead (see `text_scale`).
    let ctrl = ctrl_held(&keys);
    if !ctrl && keys.any_just_pressed([KeyCode::Equal, KeyCode::NumpadAdd]) {
        controls.faster();
    }
    if !ctrl && keys.any_just_pressed([KeyCode::Minus, KeyCode::NumpadSubtract]) {
        controls.slower();
    }
    if keys.just_pressed(KeyCode::KeyF) {
        state.fit_requested = true;
    }
    if keys.just_pressed(KeyCode::F1) {
        state.show_help = !state.show_help;
    }
}

#[cfg(test)]
mod tests {
    use bevy::window::{CursorLeft, CursorMoved};

    use super::*;

    fn moved(x: f32, y: f32) -> WindowEvent {
        WindowEvent::CursorMoved(CursorMoved {
            window: Entity::PLACEHOLDER,
            position: Vec2::new(x, y),
            delta: None,
        })
    }

    fn left(state: ButtonState) -> WindowEvent {
        WindowEvent::MouseButtonInput(bevy::input::mouse::MouseButtonInput {
            button: MouseButton::Left,
            state,
            window: Entity::PLACEHOLDER,
        })
    }

    #[test]
    fn a_drag_starts_where_the_button_went_down_not_where_a_slow_frame_finds_the_pointer() {
        // A slow frame: the pointer went to (100, 100), the button went down, and the
        // pointer moved on 40 px before the frame ran.
        let events = [
            moved(90.0, 100.0),
            moved(100.0, 100.0),
            left(ButtonState::Pressed),
            moved(120.0, 100.0),
            moved(140.0, 100.0),
        ];
        assert_eq!(
            press_position(&events, Some(Vec2::ZERO)),
            Some(Vec2::new(100.0, 100.0))
        );
        // Pressed before the pointer moved this frame: where it was at the last frame.
        let events = [left(ButtonState::Pressed), moved(5.0, 5.0)];
        assert_eq!(
            press_position(&events, Some(Vec2::new(1.0, 2.0))),
            Some(Vec2::new(1.0, 2.0))
        );
        // No press this frame (a release, or only moves): nothing.
        let events = [moved(1.0, 1.0), left(ButtonState::Released)];
        assert_eq!(press_position(&events, None), None);
        // Pressed after the pointer left the window: not over the map.
        let events = [
            WindowEvent::CursorLeft(CursorLeft {
                window: Entity::PLACEHOLDER,
            }),
            left(ButtonState::Pressed),
        ];
        assert_eq!(press_position(&events, Some(Vec2::ONE)), None);
    }
}
