//! The firm pipeline as a funnel: prospects, those who chose the park, registered,
//! building, operating (see [`crate::report::facts::pipeline_stages`]).

use bevy_egui::egui;

use crate::report::facts::pipeline_stages;
use crate::scenario::Scenario;
use crate::sim::metrics::MonthRecord;
use crate::tr;

/// Draws the firm pipeline as horizontal bars, one per stage.
pub(super) fn funnel(ui: &mut egui::Ui, records: &[MonthRecord], scenario: &Scenario) {
    let stages = pipeline_stages(records);
    let widest = stages.iter().map(|s| s.1).fold(1.0, f64::max);
    let named = scenario.anchors.len();
    ui.label(egui::RichText::new(tr!("pipeline-note", named = named)).small());
    for (k, (stage, n)) in stages.iter().enumerate() {
        ui.horizontal(|ui| {
            ui.add_sized([190.0, 18.0], egui::Label::new(stage.as_str()));
            let full = (ui.available_width() - 60.0).max(50.0);
            let (rect, _) = ui.allocate_exact_size(egui::vec2(full, 18.0), egui::Sense::hover());
            let w = (full as f64 * n / widest) as f32;
            let bar = egui::Rect::from_center_size(rect.center(), egui::vec2(w.max(2.0), 16.0));
            let shade = 230 - 30 * k as u8;
            ui.painter()
                .rect_filled(bar, 2.0, egui::Color32::from_rgb(47, 111, shade.max(120)));
            ui.label(format!("{n:.0}"));
        });
    }
}
