//! The left panel: the tool, the map layer and its legend (plot colours, utility sources,
//! operations), the network shown, the park's figures now, and the scene's controls and
//! parameters (see [`crate::gui::editing`]).

use crate::gui::layers::Palette;
use crate::gui::text_scale::TextScale;
use crate::report::shown::grouped;
use crate::scenario::Named;
use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use super::egui_colour;
use super::layout::{FreeArea, in_free_area};
use crate::gui::PlannerState;
use crate::gui::editing::{self, Editing, PendingEdits};
use crate::gui::layers::{self, MapLayer};
use crate::gui::tools::Tool;
use crate::report::facts::utility_name;
use crate::scenario::UtilityKind;
use crate::sim::ScenarioRes;
use crate::sim::metrics::Metrics;
use crate::tr;

/// The left panel.
pub(super) fn layers_and_legend(
    mut contexts: EguiContexts,
    mut free: ResMut<FreeArea>,
    mut state: ResMut<PlannerState>,
    scenario: Res<ScenarioRes>,
    metrics: Res<Metrics>,
    mut editing: ResMut<Editing>,
    mut pending: ResMut<PendingEdits>,
    mut text_scale: ResMut<TextScale>,
    team: Option<Res<crate::gui::team_mode::TeamMode>>,
) -> Result {
    let allowed = crate::gui::team_mode::allowed(team.as_deref());
    let ctx = contexts.ctx_mut()?.clone();
    in_free_area(&ctx, &mut free, "planner-layers", |root| {
        egui::Panel::left("layers")
            .default_size(250.0)
            .size_range(200.0..=420.0)
            .resizable(true)
            .show(root, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    ui.heading(tr!("panel-tool"));
                    // In an exercise, the tools no lever needs are off.
                    if !allowed.tool(state.tool.as_map_tool()) {
                        state.tool = Tool::Inspect;
                    }
                    for tool in Tool::ALL {
                        ui.add_enabled_ui(allowed.tool(tool.as_map_tool()), |ui| {
                            ui.radio_value(&mut state.tool, tool, tool.label())
                        });
                    }
                    ui.label(egui::RichText::new(state.tool.hint()).small());
                    if state.tool != Tool::DrawBoundary && state.draft != Default::default() {
                        state.draft = Default::default();
                    }
                    if state.tool == Tool::DrawBoundary {
                        if let Some(zone) = &state.draft.zone {
                            ui.label(
                                egui::RichText::new(tr!(
                                    "tool-redrawing-zone",
                                    zone = zone.as_str()
                                ))
                                .strong(),
                            );
                        }
                        ui.horizontal(|ui| {
                            let n = state.draft.corners_m.len();
                            ui.label(tr!("tool-corners", n = n));
                            if ui
                                .add_enabled(n >= 3, egui::Button::new(tr!("tool-finish")))
                                .clicked()
                                && let Some(edit) = state.draft.finish()
                            {
                                pending.0.push(editing::EditAction::Apply(edit));
                            }
                            if ui
                                .add_enabled(n > 0, egui::Button::new(tr!("tool-cancel")))
                                .clicked()
                            {
                                state.draft = Default::default();
                            }
                        });
                    }
                    ui.separator();
                    ui.heading(tr!("panel-map-layer"));
                    for layer in MapLayer::ALL {
                        ui.radio_value(&mut state.layer, layer, layer.label());
                    }
                    ui.separator();
                    ui.label(egui::RichText::new(tr!("panel-display")).strong());
                    for palette in Palette::ALL {
                        ui.radio_value(&mut state.palette, palette, palette.label());
                    }
                    ui.horizontal(|ui| {
                        ui.label(tr!("display-text-size"));
                        if ui
                            .button("−")
                            .on_hover_text(tr!("key-ctrl-plus-minus"))
                            .clicked()
                        {
                            *text_scale = text_scale.smaller();
                        }
                        ui.label(format!("{} %", grouped(100.0 * f64::from(text_scale.0), 0)));
                        if ui
                            .button("+")
                            .on_hover_text(tr!("key-ctrl-plus-minus"))
                            .clicked()
                        {
                            *text_scale = text_scale.larger();
                        }
                    });
                    ui.separator();
                    ui.label(egui::RichText::new(tr!("panel-legend")).strong());
                    for (colour, text) in layers::legend(state.layer, state.palette, &scenario) {
                        ui.horizontal(|ui| {
                            let (rect, _) = ui
                                .allocate_exact_size(egui::vec2(16.0, 12.0), egui::Sense::hover());
                            ui.painter().rect_filled(rect, 2.0, egui_colour(colour));
                            // Longer words (Russian, Tajik) wrap under it, never clipped.
                            ui.add(egui::Label::new(text).wrap());
                        });
                    }
                    ui.label(egui::RichText::new(tr!("panel-sources")).strong());
                    for kind in UtilityKind::ALL {
                        if scenario.utilities.iter().any(|u| u.kind == kind) {
                            ui.horizontal(|ui| {
                                let (rect, _) = ui.allocate_exact_size(
                                    egui::vec2(16.0, 12.0),
                                    egui::Sense::hover(),
                                );
                                ui.painter().circle_filled(
                                    rect.center(),
                                    5.0,
                                    egui_colour(layers::utility_colour(kind)),
                                );
                                ui.add(egui::Label::new(utility_name(kind)).wrap());
                            });
                        }
                    }
                    ui.label(egui::RichText::new(tr!("panel-operations")).strong());
                    for (colour, text) in [
                        (layers::CURTAILED_RGB, tr!("legend-curtailed")),
                        (layers::STOPPED_RGB, tr!("legend-stopped")),
                        (layers::OUT_OF_SERVICE_RGB, tr!("legend-out-of-service")),
                    ] {
                        ui.horizontal(|ui| {
                            let (rect, _) = ui
                                .allocate_exact_size(egui::vec2(16.0, 12.0), egui::Sense::hover());
                            ui.painter().rect_stroke(
                                rect,
                                1.0,
                                egui::Stroke::new(2.0, egui_colour(colour)),
                                egui::StrokeKind::Inside,
                            );
                            // Longer words (Russian, Tajik) wrap under it, never clipped.
                            ui.add(egui::Label::new(text).wrap());
                        });
                    }
                    ui.separator();
                    ui.label(egui::RichText::new(tr!("panel-network-shown")).strong());
                    egui::ComboBox::from_id_salt("network-utility")
                        .selected_text(match state.network_utility {
                            Some(u) => scenario
                                .utilities
                                .get(u)
                                .map_or_else(|| tr!("network-all"), |x| x.shown_name().to_owned()),
                            None => tr!("network-all"),
                        })
                        .show_ui(ui, |ui| {
                            ui.selectable_value(
                                &mut state.network_utility,
                                None,
                                tr!("network-all"),
                            );
                            for (u, utility) in scenario.utilities.iter().enumerate() {
                                ui.selectable_value(
                                    &mut state.network_utility,
                                    Some(u),
                                    utility.shown_name(),
                                );
                            }
                        });
                    ui.separator();
                    if ui.button(tr!("panel-fit")).clicked() {
                        state.fit_requested = true;
                    }
                    ui.label(tr!("panel-map-hint"));
                    ui.separator();
                    if let Some(r) = metrics.0.last() {
                        ui.label(egui::RichText::new(tr!("panel-park-now")).strong());
                        ui.label(tr!(
                            "now-firms",
                            registered = r.registered_firms,
                            operating = r.operating_firms
                        ));
                        ui.label(tr!(
                            "now-let",
                            let_ha = grouped(r.occupied_ha, 1),
                            total_ha = grouped(scenario.plot_area_ha(), 1),
                            pct = grouped(r.occupancy_pct, 1)
                        ));
                        ui.label(tr!("now-jobs", jobs = grouped(r.jobs, 0)));
                        ui.label(tr!(
                            "now-power",
                            demand = grouped(r.utilities[0].demand, 1),
                            capacity = grouped(r.utilities[0].capacity, 1)
                        ));
                    }
                    ui.separator();
                    editing::scene_controls(ui, &mut editing, &mut pending, allowed.scene());
                    ui.add_enabled_ui(allowed.new_plots(), |ui| {
                        editing::add_plot_controls(ui, &scenario, &mut editing, &mut pending)
                    });
                    editing::parameter_controls(ui, &scenario, &mut pending, &allowed);
                });
            });
    });
    Ok(())
}
