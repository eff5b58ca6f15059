//! Drawn over the map, in screen space so they keep their size at every zoom: the plots'
//! ids where a plot is wide enough to hold one, the utility sources as discs, and the
//! tooltip of the plot or source under the pointer.

use crate::report::shown::grouped;
use crate::scenario::Named;
use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use super::egui_colour;
use super::layout::FreeArea;
use crate::gui::PlannerState;
use crate::gui::layers;
use crate::gui::text_scale::TextScale;
use crate::gui::view::MapView;
use crate::report::facts::{format_quantity, status_name};
use crate::sim::ScenarioRes;
use crate::sim::clock::SimClock;
use crate::sim::firms::{Firm, FirmActivity};
use crate::sim::operations::OutagesNow;
use crate::sim::plots::{ParkPlot, PlotStatus, PlotTenancy};
use crate::tr;

/// Plot ids and utility sources over the map, in the area the panels left free.
pub(super) fn labels_and_sources(
    mut contexts: EguiContexts,
    free: Res<FreeArea>,
    state: Res<PlannerState>,
    view: Res<MapView>,
    scenario: Res<ScenarioRes>,
    clock: Res<SimClock>,
    outages: Option<Res<OutagesNow>>,
    text_scale: Res<TextScale>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let map_rect = free.0;
    let last_simulated = clock.current().plus_months(-1);
    // Plot labels, where a plot is wide enough on screen to hold one.
    let painter = ctx
        .layer_painter(egui::LayerId::background())
        .with_clip_rect(map_rect);
    // At the text size chosen, and only inside a plot wide and tall enough to hold it.
    let font = egui::FontId::proportional(text_scale.points(12.0));
    let mut drawn = 0;
    for p in &scenario.plots {
        let (x0, y0, x1, y1) = crate::scenario::geometry::bounds(&p.polygon_m);
        let width_px = (x1 - x0) as f32 / view.metres_per_px;
        let height_px = (y1 - y0) as f32 / view.metres_per_px;
        if width_px < 0.7 * font.size * p.id.len() as f32 + 4.0 || height_px < 1.4 * font.size {
            continue;
        }
        let at = view.world_to_screen(Vec2::new(p.centroid_m.0 as f32, p.centroid_m.1 as f32));
        if !map_rect.contains(egui::pos2(at.x, at.y)) {
            continue;
        }
        painter.text(
            egui::pos2(at.x, at.y),
            egui::Align2::CENTER_CENTER,
            &p.id,
            font.clone(),
            egui::Color32::BLACK,
        );
        drawn += 1;
        if drawn > 2_000 {
            break;
        }
    }

    // Utility sources: a disc in the utility's colour, hollow before it enters service,
    // its area in proportion to its capacity among the utility's sources.
    let selected = state.selected_source(&scenario);
    for (u, utility) in scenario.utilities.iter().enumerate() {
        if state.network_utility.is_some_and(|x| x != u) {
            continue;
        }
        let colour = egui_colour(layers::utility_colour(utility.kind));
        let largest = utility
            .sources
            .iter()
            .map(|s| s.capacity)
            .fold(0.0, f64::max);
        for (s, source) in utility.sources.iter().enumerate() {
            let (x, y) = source.location_m;
            let at = view.world_to_screen(Vec2::new(x as f32, y as f32));
            let at = egui::pos2(at.x, at.y);
            if !map_rect.expand(10.0).contains(at) {
                continue;
            }
            let selected = selected == Some((u, s));
            let size = if largest > 0.0 {
                (source.capacity / largest).sqrt() as f32
            } else {
                1.0
            };
            let radius = 4.0 + 5.0 * size + if selected { 1.5 } else { 0.0 };
            let outline = egui::Stroke::new(1.2, egui::Color32::BLACK);
            if selected {
                // The selection's black and white halo, as around a selected plot.
                painter.circle_stroke(
                    at,
                    radius + 3.0,
                    egui::Stroke::new(2.0, egui::Color32::WHITE),
                );
                painter.circle_stroke(
                    at,
                    radius + 5.0,
                    egui::Stroke::new(2.0, egui::Color32::BLACK),
                );
            }
            let out = outages
                .as_ref()
                .is_some_and(|o| o.asset_hours(u, crate::scenario::Asset::Source(s)) > 0.0);
            if out {
                // Out of service this month: a black cross over the disc.
                let r = radius + 4.0;
                let stroke = egui::Stroke::new(3.0, egui_colour(layers::OUT_OF_SERVICE_RGB));
                painter.circle(at, radius, egui::Color32::WHITE, outline);
                painter.line_segment([at + egui::vec2(-r, -r), at + egui::vec2(r, r)], stroke);
                painter.line_segment([at + egui::vec2(-r, r), at + egui::vec2(r, -r)], stroke);
            } else if source.in_service_at(last_simulated) {
                painter.circle(at, radius, colour, outline);
            } else {
                painter.circle(
                    at,
                    radius,
                    egui::Color32::WHITE,
                    egui::Stroke::new(2.0, colour),
                );
            }
        }
    }
    Ok(())
}

/// The tooltip of the utility source or plot under the pointer.
pub(super) fn tooltip(
    mut contexts: EguiContexts,
    free: Res<FreeArea>,
    state: Res<PlannerState>,
    scenario: Res<ScenarioRes>,
    clock: Res<SimClock>,
    plots: Query<(&ParkPlot, &PlotTenancy)>,
    firms: Query<(&Firm, &FirmActivity)>,
    outages: Option<Res<OutagesNow>>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let map_rect = free.0;
    let last_simulated = clock.current().plus_months(-1);
    // Tooltip for the source under the pointer.
    if let (Some((u, s)), Some(pos)) = (state.hovered_source, ctx.pointer_hover_pos())
        && map_rect.contains(pos)
        && let Some(utility) = scenario.utilities.get(u)
        && let Some(source) = utility.sources.get(s)
    {
        egui::Area::new(egui::Id::new("source-tooltip"))
            .order(egui::Order::Tooltip)
            .fixed_pos(pos + egui::vec2(14.0, 14.0))
            .show(&ctx, |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.label(egui::RichText::new(&source.name).strong());
                    ui.label(format!(
                        "{}: {} {}",
                        utility.name,
                        format_quantity(source.capacity),
                        utility.kind.unit_shown()
                    ));
                    if let Some(m) = source.in_service.filter(|m| *m > last_simulated) {
                        ui.label(tr!("source-from", month = crate::report::shown::month(m)));
                    }
                    let hours = outages
                        .as_ref()
                        .map_or(0.0, |o| o.asset_hours(u, crate::scenario::Asset::Source(s)));
                    if hours > 0.0 {
                        ui.colored_label(
                            egui::Color32::from_rgb(200, 40, 40),
                            tr!("source-out-hours", hours = grouped(hours, 0)),
                        );
                    }
                });
            });
    } else if let (Some(j), Some(pos)) = (state.hovered_plot, ctx.pointer_hover_pos())
        && map_rect.contains(pos)
    {
        let p = &scenario.plots[j];
        let status = plots
            .iter()
            .find(|(pl, _)| pl.index == j)
            .map_or(PlotStatus::Free, |(_, t)| t.status);
        let tenant = plots
            .iter()
            .find(|(pl, _)| pl.index == j)
            .and_then(|(_, t)| t.firm)
            .and_then(|id| firms.iter().find(|(f, _)| f.id == id))
            .map(|(f, a)| {
                (
                    f.name.clone(),
                    (a.served_share, a.short_of),
                    a.capacity_share,
                    a.running_share,
                )
            });
        egui::Area::new(egui::Id::new("plot-tooltip"))
            .order(egui::Order::Tooltip)
            .fixed_pos(pos + egui::vec2(14.0, 14.0))
            .show(&ctx, |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.label(egui::RichText::new(tr!("plot-tooltip-title", id = &p.id)).strong());
                    ui.label(tr!(
                        "plot-tooltip-area",
                        ha = grouped(p.area_ha, 2),
                        zone = scenario.zones[p.zone].shown_name()
                    ));
                    ui.label(status_name(status));
                    if let Some((name, (served, short_of), producing, running)) = tenant {
                        ui.label(name);
                        if producing > 0.0 && served < 0.999 {
                            let pct = grouped(100.0 * served, 0);
                            let delivered = match short_of {
                                Some(u) => tr!(
                                    "value-curtailed-short",
                                    pct = pct,
                                    utility = scenario.utilities[u].shown_name()
                                ),
                                None => tr!("value-curtailed", pct = pct),
                            };
                            ui.colored_label(
                                egui::Color32::from_rgb(200, 40, 40),
                                format!("{}: {delivered}", tr!("fact-curtailed")),
                            );
                        }
                        if producing > 0.0 && running < 0.999 {
                            ui.colored_label(
                                egui::Color32::from_rgb(200, 110, 0),
                                tr!("value-stopped", pct = grouped(100.0 * (1.0 - running), 0)),
                            );
                        }
                    }
                });
            });
    }
    Ok(())
}
