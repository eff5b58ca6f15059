//! The split map: with a baseline pinned and the map split, the baseline's park takes the
//! left half of the map's area, drawn at the month shown, in the same layer and with the
//! same framing as the current park on the right (the same metres per pixel, the same
//! place in its half), so the two can be compared plot by plot.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use super::egui_colour;
use super::layout::{FreeArea, in_free_area};
use crate::gui::PlannerState;
use crate::gui::layers;
use crate::gui::many_runs::ManyRuns;
use crate::gui::view::MapView;
use crate::report::shown::grouped;
use crate::sim::clock::SimClock;
use crate::tr;

/// The map's background, as the window is cleared (see `planner_app`).
const MAP_BACKGROUND: egui::Color32 = egui::Color32::from_rgb(219, 222, 217);

/// The baseline's half of a split map, taken from the left of what the panels left free.
pub(super) fn baseline_map(
    mut contexts: EguiContexts,
    mut free: ResMut<FreeArea>,
    mut many: ResMut<ManyRuns>,
    state: Res<PlannerState>,
    view: Res<MapView>,
    clock: Res<SimClock>,
) -> Result {
    if !many.split_map {
        return Ok(());
    }
    let Some(baseline) = many.baseline.as_mut() else {
        return Ok(());
    };
    let ctx = contexts.ctx_mut()?.clone();
    let months = clock.elapsed_months;
    let (layer, palette) = (state.layer, state.palette);
    let (states, month) = baseline.plots_at(months);
    let (scenario, triangles) = (&baseline.scenario, &baseline.triangles);
    let colours: Vec<egui::Color32> = (0..scenario.plots.len())
        .map(|j| egui_colour(layers::plot_colour(layer, palette, scenario, j, &states[j])))
        .collect();
    let whole = free.0;
    in_free_area(&ctx, &mut free, "baseline-map", |root| {
        let panel = egui::Panel::left("baseline-map")
            .exact_size(whole.width() / 2.0)
            .resizable(false)
            .frame(egui::Frame::new().fill(MAP_BACKGROUND))
            .show(root, |ui| {
                let rect = ui.max_rect();
                // The current park's half starts where this one ends: the same framing is
                // the same transform shifted by the width of this half.
                let shift = egui::vec2(rect.width(), 0.0);
                let to_screen = |(x, y): (f64, f64)| {
                    let p = view.world_to_screen(Vec2::new(x as f32, y as f32));
                    egui::pos2(p.x, p.y) - shift
                };
                let painter = ui.painter_at(rect);
                // The ground, the zones and the plots, as the map draws them.
                let mut mesh = egui::Mesh::default();
                // Each outline with its triangles, in the order `Baseline::triangles` holds
                // them: the ground, the zones, the plots.
                let outlines = std::iter::once(&scenario.park.boundary_m)
                    .chain(scenario.zones.iter().map(|z| &z.polygon_m))
                    .chain(scenario.plots.iter().map(|p| &p.polygon_m));
                let fills = std::iter::once(egui_colour([0.96, 0.96, 0.93]))
                    .chain(scenario.zones.iter().map(|zone| {
                        let c = layers::zone_colour(zone.kind);
                        egui_colour([0.55 + 0.45 * c[0], 0.55 + 0.45 * c[1], 0.55 + 0.45 * c[2]])
                    }))
                    .chain(colours.iter().copied());
                for ((polygon, colour), shape) in outlines.zip(fills).zip(triangles) {
                    let base = mesh.vertices.len() as u32;
                    for &p in polygon {
                        mesh.colored_vertex(to_screen(p), colour);
                    }
                    mesh.indices.extend(shape.iter().map(|i| base + i));
                }
                painter.add(egui::Shape::mesh(mesh));
                let outline = |points: &[(f64, f64)], stroke: egui::Stroke| {
                    let mut line: Vec<egui::Pos2> = points.iter().map(|&p| to_screen(p)).collect();
                    if let Some(&first) = line.first() {
                        line.push(first);
                    }
                    painter.add(egui::Shape::line(line, stroke));
                };
                for plot in &scenario.plots {
                    outline(
                        &plot.polygon_m,
                        egui::Stroke::new(0.5, egui::Color32::from_gray(90)),
                    );
                }
                outline(
                    &scenario.park.boundary_m,
                    egui::Stroke::new(1.5, egui::Color32::from_gray(60)),
                );
                // What this half is, over the map where the current half has its own.
                let caption = tr!("split-baseline", month = month.clone());
                caption_at(&painter, rect.left_top() + egui::vec2(8.0, 8.0), &caption);
                let occupied = states
                    .iter()
                    .filter(|s| s.status != crate::sim::plots::PlotStatus::Free)
                    .count();
                caption_at(
                    &painter,
                    rect.left_top() + egui::vec2(8.0, 32.0),
                    &tr!(
                        "split-occupied",
                        taken = grouped(occupied as f64, 0),
                        plots = grouped(scenario.plots.len() as f64, 0)
                    ),
                );
                rect
            });
        // The current park's half, captioned the same way.
        let right = root.available_rect_before_wrap();
        let painter = root.painter_at(right);
        caption_at(
            &painter,
            right.left_top() + egui::vec2(8.0, 8.0),
            &tr!("split-current"),
        );
        // A line between the two halves.
        painter.line_segment(
            [panel.inner.right_top(), panel.inner.right_bottom()],
            egui::Stroke::new(2.0, egui::Color32::from_gray(60)),
        );
    });
    Ok(())
}

/// A caption on the map: dark text on a light box.
fn caption_at(painter: &egui::Painter, at: egui::Pos2, text: &str) {
    let galley = painter.layout_no_wrap(
        text.to_owned(),
        egui::FontId::proportional(14.0),
        egui::Color32::from_gray(20),
    );
    let rect = egui::Rect::from_min_size(at, galley.size()).expand(4.0);
    painter.rect_filled(rect, 3.0, egui::Color32::from_white_alpha(220));
    painter.galley(at, galley, egui::Color32::from_gray(20));
}
