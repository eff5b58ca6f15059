//! The size of the planner's text, a setting of its own: Ctrl+= larger, Ctrl+- smaller,
//! Ctrl+0 back to normal (and a control in the layers panel). It scales egui's text
//! styles, not egui's zoom: the panels grow with their text, while window positions stay
//! the map's pixels, so plot labels, source discs and the map's area stay where the map
//! draws them. (egui's own Ctrl+= zoom is turned off: it scaled the panels' coordinates
//! away from the map's, and the same key also changed the clock's speed.)

use std::collections::BTreeMap;

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use super::{PlannerState, PlannerSystems};

/// Text sizes offered, as multiples of the normal size.
pub const TEXT_SCALES: [f32; 9] = [0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.5];

/// The text size, as a multiple of the normal one.
#[derive(Resource, Clone, Copy, Debug, PartialEq)]
pub struct TextScale(pub f32);

impl Default for TextScale {
    fn default() -> Self {
        TextScale(1.0)
    }
}

impl TextScale {
    /// The next size up, or this one when it is the largest.
    pub fn larger(self) -> Self {
        TextScale(
            TEXT_SCALES
                .into_iter()
                .find(|s| *s > self.0 + 1e-3)
                .unwrap_or(self.0),
        )
    }

    /// The next size down, or this one when it is the smallest.
    pub fn smaller(self) -> Self {
        TextScale(
            TEXT_SCALES
                .into_iter()
                .rev()
                .find(|s| *s < self.0 - 1e-3)
                .unwrap_or(self.0),
        )
    }

    /// A size in points at this scale, of one given at the normal size.
    pub fn points(self, normal: f32) -> f32 {
        (normal * self.0).round()
    }

    /// egui's text styles at this scale (egui's normal sizes times the scale).
    pub fn text_styles(self) -> BTreeMap<egui::TextStyle, egui::FontId> {
        egui::style::default_text_styles()
            .into_iter()
            .map(|(style, font)| {
                (
                    style,
                    egui::FontId::new(self.points(font.size), font.family),
                )
            })
            .collect()
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<TextScale>()
        .add_systems(Update, text_scale_keys.in_set(PlannerSystems::Input));
}

/// Ctrl+= (or Ctrl++) larger, Ctrl+- smaller, Ctrl+0 normal.
fn text_scale_keys(
    keys: Res<ButtonInput<KeyCode>>,
    state: Res<PlannerState>,
    mut scale: ResMut<TextScale>,
) {
    if state.typing || !super::input::ctrl_held(&keys) {
        return;
    }
    if keys.any_just_pressed([KeyCode::Equal, KeyCode::NumpadAdd]) {
        *scale = scale.larger();
    }
    if keys.any_just_pressed([KeyCode::Minus, KeyCode::NumpadSubtract]) {
        *scale = scale.smaller();
    }
    if keys.any_just_pressed([KeyCode::Digit0, KeyCode::Numpad0]) {
        *scale = TextScale::default();
    }
}

/// Gives egui the text sizes of the scale, when it changed (and turns egui's own zoom
/// keys off, once); in the panels' step, before any panel is drawn.
pub(super) fn apply_text_scale(
    mut contexts: EguiContexts,
    scale: Res<TextScale>,
    mut applied: Local<Option<TextScale>>,
) -> Result {
    if *applied == Some(*scale) {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?;
    ctx.options_mut(|o| o.zoom_with_keyboard = false);
    let styles = scale.text_styles();
    ctx.all_styles_mut(|style| style.text_styles = styles.clone());
    *applied = Some(*scale);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_scale_steps_up_and_down_and_stops_at_the_ends() {
        let normal = TextScale::default();
        assert_eq!(normal.larger(), TextScale(1.15));
        assert_eq!(normal.smaller(), TextScale(0.9));
        assert_eq!(TextScale(2.5).larger(), TextScale(2.5));
        assert_eq!(TextScale(0.8).smaller(), TextScale(0.8));
        let body = |s: TextScale| s.text_styles()[&egui::TextStyle::Body].size;
        assert_eq!(body(normal), 13.0);
        // Presentation mode's 1.75 makes body text 23 points: at least 22 px on a
        // 1920×1080 projector.
        assert!(body(TextScale(1.75)) >= 22.0);
    }
}
