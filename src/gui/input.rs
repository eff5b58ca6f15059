//! The planner's mouse and keyboard: pan by dragging, zoom with the wheel about the
//! cursor, hover and click plots, and the keyboard shortcuts.

use bevy::input::mouse::{AccumulatedMouseMotion, AccumulatedMouseScroll, MouseScrollUnit};
use bevy::prelude::*;
use bevy::window::PrimaryWindow;

use super::PlannerState;
use super::map::plot_at;
use super::screenshot::ScreenshotPlan;
use super::time::TimeControls;
use super::view::MapView;
use crate::sim::ScenarioRes;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, (fit_when_asked, map_mouse, shortcuts).chain());
}

/// Pointer travel (logical pixels) below which a press and release is a click.
const CLICK_SLOP_PX: f32 = 4.0;

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
    screenshot: Option<Res<ScreenshotPlan>>,
) {
    // A picture for a report shows the park, not wherever the pointer happens to rest.
    let Ok(window) = window.single() else {
        return;
    };
    if screenshot.is_some() {
        return;
    }
    let cursor = window.cursor_position();
    let over_map = cursor.is_some_and(|c| inside(state.map_rect, c));

    if let Some(c) = cursor
        && over_map
    {
        let lines = match scroll.unit {
            MouseScrollUnit::Line => scroll.delta.y,
            MouseScrollUnit::Pixel => scroll.delta.y / 40.0,
        };
        if lines != 0.0 {
            view.zoom_about(c, 0.85f32.powf(lines));
        }
        state.hovered_plot = plot_at(&scenario, view.screen_to_world(c));
    } else {
        state.hovered_plot = None;
    }

    if buttons.just_pressed(MouseButton::Left) {
        state.drag = over_map.then_some(0.0);
    }
    if let Some(travelled) = state.drag.as_mut()
        && buttons.pressed(MouseButton::Left)
    {
        *travelled += motion.delta.length();
        if *travelled > CLICK_SLOP_PX {
            view.pan_by(motion.delta);
        }
    }
    if buttons.just_released(MouseButton::Left)
        && let Some(travelled) = state.drag.take()
        && travelled <= CLICK_SLOP_PX
        && over_map
    {
        state.selected_plot = state.hovered_plot;
    }
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
    if !state.fit_requested {
        return;
    }
    let (x0, y0, x1, y1) = crate::scenario::geometry::bounds(&scenario.park.boundary_m);
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
) {
    if state.typing {
        return;
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
