//! How the panels share the window: each panel system takes its side from the part of the
//! window still free ([`FreeArea`]), in the order of the panels' chain; what is left once
//! they are all laid out is the map. Also the frame's keyboard focus: only text fields keep
//! it, and while one has it the planner's shortcuts are off.

use bevy::prelude::*;
use bevy::window::PrimaryWindow;
use bevy_egui::{EguiContexts, egui};

use crate::gui::PlannerState;
use crate::gui::view::MapView;

/// The part of the window (logical pixels) no panel has taken yet this frame.
#[derive(Resource, Debug, Clone, Copy)]
pub struct FreeArea(pub egui::Rect);

impl Default for FreeArea {
    fn default() -> Self {
        FreeArea(egui::Rect::NOTHING)
    }
}

/// Lays `add` out in the part of the window still free, and takes from it the room the
/// panel it shows took. `id` names the layout (one per panel).
pub(super) fn in_free_area<R>(
    ctx: &egui::Context,
    free: &mut FreeArea,
    id: &'static str,
    add: impl FnOnce(&mut egui::Ui) -> R,
) -> R {
    let mut ui = egui::Ui::new(
        ctx.clone(),
        id.into(),
        egui::UiBuilder::new()
            .layer_id(egui::LayerId::background())
            .max_rect(free.0),
    );
    let result = add(&mut ui);
    free.0 = ui.available_rect_before_wrap();
    result
}

/// The frame starts with the whole window free. Only text fields keep the keyboard: a
/// clicked button must not also take the space bar from the planner's shortcuts.
pub(super) fn begin_frame(mut contexts: EguiContexts, mut free: ResMut<FreeArea>) -> Result {
    let ctx = contexts.ctx_mut()?;
    if !ctx.text_edit_focused() {
        ctx.memory_mut(|m| {
            if let Some(id) = m.focused() {
                m.surrender_focus(id);
            }
        });
    }
    free.0 = ctx.viewport_rect();
    Ok(())
}

/// Records what the panels left free as the map's area (for the pointer and for fitting
/// the park), and the window's size for the map's view.
pub(super) fn record_map_area(
    free: Res<FreeArea>,
    mut state: ResMut<PlannerState>,
    mut view: ResMut<MapView>,
    window: Query<&Window, With<PrimaryWindow>>,
) {
    let map = free.0;
    state.map_rect = Some((
        Vec2::new(map.min.x, map.min.y),
        Vec2::new(map.max.x, map.max.y),
    ));
    if let Ok(window) = window.single() {
        view.window_px = Vec2::new(window.width(), window.height());
    }
}

/// Whether a text field has the keyboard once every panel and dialog is drawn.
pub(super) fn track_typing(mut contexts: EguiContexts, mut state: ResMut<PlannerState>) -> Result {
    state.typing = contexts.ctx_mut()?.text_edit_focused();
    Ok(())
}
