//! The firm pipeline as a funnel: prospects, those who chose the park, registered,
//! building, operating (see [`crate::report::facts::pipeline_stages`]).

use crate::report::shown::grouped;
use bevy_egui::egui;

use crate::report::facts::{PIPELINE_NAMED_STAGE, pipeline_stages};
use crate::scenario::Scenario;
use crate::sim::metrics::MonthRecord;
use crate::tr;

/// Draws the firm pipeline as horizontal bars, one per stage.
pub(super) fn funnel(ui: &mut egui::Ui, records: &[MonthRecord], scenario: &Scenario) {
    let stages = pipeline_stages(records, scenario);
    let widest = stages.iter().map(|s| s.1).fold(1.0, f64::max);
    ui.add(egui::Label::new(tr!("pipeline-note")).wrap());
    // The stages' names are as wide as the widest needs (up to 60 % of the panel), and a
    // longer one wraps onto a second line: no name is cut short in any language.
    let font = egui::TextStyle::Body.resolve(ui.style());
    let widest_name = stages
        .iter()
        .map(|(stage, _)| {
            ui.painter()
                .layout_no_wrap(stage.clone(), font.clone(), egui::Color32::WHITE)
                .size()
                .x
        })
        .fold(0.0_f32, f32::max);
    let label_width = (widest_name + 8.0).min(ui.available_width() * 0.6);
    for (k, (stage, n)) in stages.iter().enumerate() {
        ui.horizontal(|ui| {
            ui.allocate_ui_with_layout(
                egui::vec2(label_width, 18.0),
                egui::Layout::top_down(egui::Align::Max),
                |ui| {
                    ui.set_width(label_width);
                    ui.add(egui::Label::new(stage.as_str()).wrap());
                },
            );
            let full = (ui.available_width() - 60.0).max(50.0);
            let (rect, _) = ui.allocate_exact_size(egui::vec2(full, 18.0), egui::Sense::hover());
            let w = (full as f64 * n / widest) as f32;
            let bar = egui::Rect::from_center_size(rect.center(), egui::vec2(w.max(2.0), 16.0));
            // The named residents come from the scene, not through the funnel: their
            // own colour (Okabe–Ito orange) beside the funnel's blues.
            let colour = if k == PIPELINE_NAMED_STAGE {
                egui::Color32::from_rgb(0xe6, 0x9f, 0x00)
            } else {
                let shade = 230 - 25 * k as u8;
                egui::Color32::from_rgb(47, 111, shade.max(120))
            };
            ui.painter().rect_filled(bar, 2.0, colour);
            ui.label(grouped(*n, 0));
        });
    }
}
