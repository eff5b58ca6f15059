//! The planner's font: DejaVu Sans (assets/fonts, Bitstream Vera licence), built into the
//! program so it cannot go missing. It covers Latin, Cyrillic with the Tajik letters
//! (Ғ Ӣ Қ Ӯ Ҳ Ҷ) and Azerbaijani (Ə Ğ İ Ş Ç Ö Ü), which egui's own fonts do not all have.

use std::sync::Arc;

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

/// The font file, embedded at compile time (see [`crate::report::DEJAVU_SANS`]).
pub use crate::report::DEJAVU_SANS;

/// Letters every text of the planner must be able to show, and the no-break spaces CLDR
/// puts in numbers ("1 234,5") and Russian dates ("ноябрь 2021 г.").
pub const REQUIRED_LETTERS: &str = "ҒӢҚӮҲҶғӣқӯҳҷƏəĞğİıŞşÇçÖöÜüЖжЩщ\u{a0}\u{202f}";

/// egui's fonts with DejaVu Sans first for both proportional and monospace text (egui's
/// own fonts stay behind it for symbols DejaVu lacks).
pub fn font_definitions() -> egui::FontDefinitions {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "DejaVuSans".to_owned(),
        Arc::new(egui::FontData::from_static(DEJAVU_SANS)),
    );
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .insert(0, "DejaVuSans".to_owned());
    }
    fonts
}

/// Installs the font once the egui context exists (it may not on the very first frame);
/// the first system of the panels (see [`super::panels`]).
pub(super) fn install_fonts(mut contexts: EguiContexts, mut installed: Local<bool>) {
    if *installed {
        return;
    }
    if let Ok(ctx) = contexts.ctx_mut() {
        ctx.set_fonts(font_definitions());
        *installed = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_font_has_tajik_and_azerbaijani_letters() {
        let face = ttf_parser::Face::parse(DEJAVU_SANS, 0).expect("a valid font file");
        let missing: String = REQUIRED_LETTERS
            .chars()
            .filter(|&c| face.glyph_index(c).is_none())
            .collect();
        assert!(missing.is_empty(), "missing letters: {missing}");
        assert!(
            face.glyph_index('\u{0F00}').is_none(),
            "the check can fail (no Tibetan here)"
        );
        // The font is what egui draws with first.
        let fonts = font_definitions();
        assert_eq!(
            fonts.families[&egui::FontFamily::Proportional][0],
            "DejaVuSans"
        );
    }
}
