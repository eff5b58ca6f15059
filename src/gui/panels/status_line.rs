//! The status line along the bottom of the window: what the planner did last (a save, a
//! scene opened) or why it did not (an impossible edit, a month outside the run). It is
//! always there at the same height, so a message never moves the panels under the pointer.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use super::layout::{FreeArea, in_free_area};
use crate::gui::{Message, MessageKind, PlannerState};
use crate::tr;

/// Room around the status line's text, logical pixels.
pub const STATUS_LINE_MARGIN_PX: f32 = 10.0;

/// Colour of a message saying something was done.
pub const DONE: egui::Color32 = egui::Color32::from_rgb(0, 110, 50);
/// Colour of a message saying something was refused, and why.
pub const REFUSED: egui::Color32 = egui::Color32::from_rgb(180, 40, 0);

/// The status line, at the bottom of the window.
pub(super) fn status_line(
    mut contexts: EguiContexts,
    mut free: ResMut<FreeArea>,
    state: Res<PlannerState>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    in_free_area(&ctx, &mut free, "planner-status-line", |root| {
        // One line of body text and a margin: it grows with the text scale.
        let height = root.text_style_height(&egui::TextStyle::Body) + STATUS_LINE_MARGIN_PX;
        egui::Panel::bottom("status-line")
            .exact_size(height)
            .resizable(false)
            .show(root, |ui| {
                ui.horizontal_centered(|ui| match &state.message {
                    Some(message) => message_label(ui, message),
                    None => {
                        ui.weak(tr!("status-idle"));
                    }
                });
            });
    });
    Ok(())
}

/// A message in its colour, with a sign for those who do not tell the colours apart; cut
/// with "…" when longer than the line (the whole text shows on hover).
pub(crate) fn message_label(ui: &mut egui::Ui, message: &Message) {
    let (sign, colour) = match message.kind {
        MessageKind::Done => ("✓", DONE),
        MessageKind::Refused => ("⚠", REFUSED),
    };
    ui.add(
        egui::Label::new(
            egui::RichText::new(format!("{sign} {}", message.text))
                .color(colour)
                .strong(),
        )
        .truncate(),
    )
    .on_hover_text(&message.text);
}
