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
pub(crate) fn in_free_area<R>(
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
/// clicked button must not also take the space bar (or the arrows) from the planner's
/// shortcuts (see [`focus_to_drop`]).
pub(super) fn begin_frame(
    mut contexts: EguiContexts,
    mut free: ResMut<FreeArea>,
    mut newly_focused: Local<Option<egui::Id>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let focused = ctx.memory(|m| m.focused());
    if let Some(id) = focus_to_drop(focused, ctx.text_edit_focused(), &mut newly_focused) {
        ctx.memory_mut(|m| m.surrender_focus(id));
    }
    free.0 = ctx.viewport_rect();
    Ok(())
}

/// The widget whose keyboard focus the planner takes back, given the one that has it and
/// whether that is a text field. A widget that is not a text field keeps it for one frame
/// (`newly_focused` remembers which): a value clicked to be typed in shows its text field
/// only in the frame after the click, and would otherwise never get to show it.
pub(super) fn focus_to_drop(
    focused: Option<egui::Id>,
    text_field: bool,
    newly_focused: &mut Option<egui::Id>,
) -> Option<egui::Id> {
    match focused {
        Some(id) if !text_field && *newly_focused == Some(id) => {
            *newly_focused = None;
            Some(id)
        }
        Some(id) if !text_field => {
            *newly_focused = Some(id);
            None
        }
        _ => {
            *newly_focused = None;
            None
        }
    }
}

/// Records what the panels left free as the map's area (for the pointer and for fitting
/// the park), and the window's size for the map's view.
pub(super) fn record_map_area(
    free: Res<FreeArea>,
    mut state: ResMut<PlannerState>,
    mut view: ResMut<MapView>,
    window: Query<&Window, With<PrimaryWindow>>,
    mut layout: ResMut<crate::gui::screenshot::PanelLayout>,
) {
    let map = free.0;
    layout.map = Some(map);
    state.map_rect = Some((
        Vec2::new(map.min.x, map.min.y),
        Vec2::new(map.max.x, map.max.y),
    ));
    if let Ok(window) = window.single() {
        view.window_px = Vec2::new(window.width(), window.height());
    }
}

/// Whether a text field has the keyboard once every panel and dialog is drawn.
pub(super) fn track_typing(
    mut contexts: EguiContexts,
    mut state: ResMut<PlannerState>,
    mut overlays: ResMut<Overlays>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    state.typing = ctx.text_edit_focused();
    overlays.0 = ctx.memory(|m| {
        let visible = m.areas().visible_layer_ids();
        m.layer_ids()
            .filter(|l| matches!(l.order, egui::Order::Middle | egui::Order::Foreground))
            .filter(|l| visible.contains(l))
            .filter_map(|l| m.area_rect(l.id))
            .map(|r| (Vec2::new(r.min.x, r.min.y), Vec2::new(r.max.x, r.max.y)))
            .collect()
    });
    Ok(())
}

/// Where windows, menus and dialogs float over the map this frame (logical pixels): a
/// press there is theirs, even when the pointer jumped there in the same frame (a touch
/// screen's tap), before egui knows it is over them.
#[derive(Resource, Clone, Debug, Default)]
pub struct Overlays(pub Vec<(Vec2, Vec2)>);

impl Overlays {
    pub fn cover(&self, p: Vec2) -> bool {
        self.0
            .iter()
            .any(|(min, max)| p.x >= min.x && p.y >= min.y && p.x <= max.x && p.y <= max.y)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_focused_button_is_let_go_after_a_frame_and_a_text_field_keeps_it() {
        let (button, field) = (egui::Id::new("button"), egui::Id::new("value"));
        let mut newly = None;
        // A button clicked: kept for a frame, then let go.
        assert_eq!(focus_to_drop(Some(button), false, &mut newly), None);
        assert_eq!(focus_to_drop(Some(button), false, &mut newly), Some(button));
        // A value clicked to be typed in: its text field shows in the next frame and keeps
        // the keyboard as long as it is typed in.
        assert_eq!(focus_to_drop(Some(field), false, &mut newly), None);
        for _ in 0..3 {
            assert_eq!(focus_to_drop(Some(field), true, &mut newly), None);
        }
        assert_eq!(focus_to_drop(None, false, &mut newly), None);
        assert_eq!(newly, None);
    }
}
