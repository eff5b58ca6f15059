//! The inspector on the right: the facts of the selected utility source or plot (see
//! [`crate::report::facts`]), how each network feeds the plot, its bottlenecks with a form
//! to expand them, and the edit controls of what is selected.

use crate::scenario::Named;
use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use super::layout::{FreeArea, in_free_area};
use crate::gui::PlannerState;
use crate::gui::editing::{self, Editing, PendingEdits};
use crate::gui::screenshot::PanelLayout;
use crate::report::facts::{network_facts, plot_facts, source_facts, zone_facts};
use crate::scenario::{Scenario, YearMonth};
use crate::sim::ScenarioRes;
use crate::sim::clock::SimClock;
use crate::sim::firms::{Firm, FirmActivity};
use crate::sim::fiscal::FirmLedger;
use crate::sim::networks::{Asset, NetworkStates};
use crate::sim::plots::{ParkPlot, PlotTenancy};
use crate::sim::utilities::{ParkUtility, UtilityLoad};
use crate::tr;

/// The inspector's width when the planner opens, and the least and most it can be dragged
/// to, logical pixels.
pub const INSPECTOR_PX: f32 = 290.0;
pub const INSPECTOR_MIN_PX: f32 = 220.0;
pub const INSPECTOR_MAX_PX: f32 = 520.0;

/// Width of a column of a two-column table that fills the panel.
fn half_width(ui: &egui::Ui) -> f32 {
    ((ui.available_width() - 3.0 * ui.spacing().item_spacing.x) / 2.0).max(60.0)
}

/// The inspector, at the right of the window.
pub(super) fn inspector(
    mut contexts: EguiContexts,
    mut free: ResMut<FreeArea>,
    mut state: ResMut<PlannerState>,
    scenario: Res<ScenarioRes>,
    clock: Res<SimClock>,
    plots: Query<(&ParkPlot, &PlotTenancy)>,
    firms: Query<(&Firm, &FirmActivity, &FirmLedger)>,
    utilities: Query<(&ParkUtility, &UtilityLoad)>,
    networks: Option<Res<NetworkStates>>,
    mut editing: ResMut<Editing>,
    mut pending: ResMut<PendingEdits>,
    mut layout: ResMut<PanelLayout>,
    team: Option<Res<crate::gui::team_mode::TeamMode>>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let month = clock.current();
    let allowed = crate::gui::team_mode::allowed(team.as_deref());
    let mut loads = vec![UtilityLoad::default(); scenario.utilities.len()];
    for (u, load) in &utilities {
        loads[u.index] = *load;
    }
    in_free_area(&ctx, &mut free, "planner-inspector", |root| {
        // Resizable within bounds; its content wraps to the width it is given and never
        // widens it (at 1280 px the map and the charts' tabs keep their room).
        let panel = egui::Panel::right("inspector")
            .default_size(INSPECTOR_PX)
            .size_range(INSPECTOR_MIN_PX..=INSPECTOR_MAX_PX)
            .resizable(true)
            .show(root, |ui| {
                ui.heading(tr!("panel-inspector"));
                if let Some((u, s)) = state.selected_source(&scenario) {
                    source_inspector(
                        ui,
                        &scenario,
                        (u, s),
                        &loads[u],
                        month,
                        &mut pending,
                        &allowed,
                    );
                    return;
                }
                if let Some(z) = state.selected_zone(&scenario) {
                    ui.add_enabled_ui(allowed.scene(), |ui| {
                        zone_inspector(ui, &scenario, z, &mut state, &mut pending)
                    });
                    return;
                }
                let Some(j) = state.selected_plot(&scenario) else {
                    ui.label(tr!("panel-inspector-hint"));
                    return;
                };
                let tenancy = plots.iter().find(|(p, _)| p.index == j).map(|(_, t)| *t);
                let firm = tenancy
                    .and_then(|t| t.firm)
                    .and_then(|id| firms.iter().find(|(f, _, _)| f.id == id));
                // Where the values come from: the resident's, or the named resident's the
                // plot is kept for.
                let anchor = firm
                    .and_then(|(f, _, _)| f.anchor)
                    .or_else(|| scenario.anchors.iter().position(|a| a.plot == j));
                let archetype = firm
                    .map(|(f, _, _)| f.archetype)
                    .or_else(|| anchor.map(|a| scenario.anchors[a].archetype));
                let sources =
                    crate::report::sources::plot_fact_sources(&scenario, j, archetype, anchor);
                egui::ScrollArea::vertical().show(ui, |ui| {
                    egui::Grid::new("facts")
                        .striped(true)
                        .num_columns(2)
                        // Long labels wrap rather than squeeze the values.
                        .max_col_width(half_width(ui))
                        .show(ui, |ui| {
                            for (label, value) in
                                plot_facts(&scenario, j, tenancy.as_ref(), firm, &loads)
                            {
                                ui.add(egui::Label::new(&label).wrap());
                                value_with_source(ui, value, &sources, &label);
                                ui.end_row();
                            }
                        });
                    if let Some(networks) = networks.as_deref() {
                        network_lines(ui, &scenario, networks, j, month, &mut pending, &allowed);
                    }
                    ui.add_enabled_ui(allowed.plot(&scenario.plots[j].id), |ui| {
                        editing::plot_controls(ui, &scenario, j, &mut editing, &mut pending)
                    });
                });
            });
        layout.inspector = Some(panel.response.rect);
    });
    Ok(())
}

/// A fact's value and, beside it, where it comes from: "estimate" (amber) or "source"
/// (grey), the scene's words on hover. Nothing beside a value the scene gives no source for.
fn value_with_source(ui: &mut egui::Ui, value: String, sources: &[(String, String)], label: &str) {
    let Some((_, source)) = sources.iter().find(|(l, _)| l == label) else {
        ui.add(egui::Label::new(value).wrap());
        return;
    };
    let estimate = crate::report::sources::is_estimate(source);
    let (tag, colour) = if estimate {
        (
            tr!("tag-estimate"),
            egui::Color32::from_rgb(0xe0, 0xa0, 0x30),
        )
    } else {
        (tr!("tag-source"), ui.visuals().weak_text_color())
    };
    // The tag goes under the value: a wrapped row inside a grid cell would overlap the
    // next row.
    ui.vertical(|ui| {
        ui.add(egui::Label::new(value).wrap());
        ui.label(egui::RichText::new(tag).small().color(colour))
            .on_hover_text(source);
    });
}

/// The facts of a zone and its edit controls.
fn zone_inspector(
    ui: &mut egui::Ui,
    scenario: &Scenario,
    zone: usize,
    state: &mut PlannerState,
    pending: &mut PendingEdits,
) {
    egui::ScrollArea::vertical().show(ui, |ui| {
        egui::Grid::new("zone-facts")
            .striped(true)
            .num_columns(2)
            .max_col_width(half_width(ui))
            .show(ui, |ui| {
                for (label, value) in zone_facts(scenario, zone) {
                    ui.label(label);
                    ui.add(egui::Label::new(value).wrap());
                    ui.end_row();
                }
            });
        editing::zone_controls(ui, scenario, zone, state, pending);
    });
}

/// The facts of a utility source and its edit controls. `load` is its utility's load in
/// the last simulated month.
fn source_inspector(
    ui: &mut egui::Ui,
    scenario: &Scenario,
    (utility, source): (usize, usize),
    load: &UtilityLoad,
    month: YearMonth,
    pending: &mut PendingEdits,
    allowed: &crate::exercise::allowed::Allowed,
) {
    egui::ScrollArea::vertical().show(ui, |ui| {
        egui::Grid::new("source-facts")
            .striped(true)
            .num_columns(2)
            // Long labels wrap rather than squeeze the values.
            .max_col_width(half_width(ui))
            .show(ui, |ui| {
                let sources =
                    crate::report::sources::source_fact_sources(scenario, utility, source);
                for (label, value) in
                    source_facts(scenario, utility, source, load, month.plus_months(-1))
                {
                    ui.label(&label);
                    value_with_source(ui, value, &sources, &label);
                    ui.end_row();
                }
            });
        editing::source_controls(ui, scenario, utility, source, month, pending, allowed);
    });
}

/// How each network feeds plot `plot`, and each network's bottleneck for it with a form
/// to expand it.
fn network_lines(
    ui: &mut egui::Ui,
    scenario: &Scenario,
    networks: &NetworkStates,
    plot: usize,
    month: YearMonth,
    pending: &mut PendingEdits,
    allowed: &crate::exercise::allowed::Allowed,
) {
    let lines = network_facts(scenario, networks, plot);
    if lines.is_empty() {
        return;
    }
    ui.separator();
    ui.label(egui::RichText::new(tr!("panel-networks")).strong());
    for (utility, how) in lines {
        ui.add(egui::Label::new(format!("{utility}: {how}")).wrap());
    }
    // Short labels: a collapsing header does not wrap, and would widen the panel.
    egui::CollapsingHeader::new(tr!("expansion-bottlenecks"))
        .id_salt(("bottlenecks", plot))
        .show(ui, |ui| {
            for state in &networks.0 {
                let u = state.graph.utility;
                let Some(h) = state.headroom(plot) else {
                    continue;
                };
                let asset_id = match h.bottleneck {
                    Asset::Source(s) => scenario.utilities[u].sources[s].id.clone(),
                    Asset::Link(l) => scenario
                        .network_of(u)
                        .and_then(|n| n.links.get(l))
                        .map_or_else(String::new, |l| l.id.clone()),
                };
                ui.add(
                    egui::Label::new(tr!(
                        "expansion-of-bottleneck",
                        utility = scenario.utilities[u].shown_name(),
                        asset = asset_id.clone()
                    ))
                    .wrap(),
                );
                egui::CollapsingHeader::new(asset_id)
                    .id_salt(("bottleneck", u, plot))
                    .show(ui, |ui| {
                        ui.add_enabled_ui(allowed.expansion(&scenario.utilities[u].id), |ui| {
                            editing::expansion_form(ui, scenario, u, h.bottleneck, month, pending)
                        });
                    });
            }
        });
}
