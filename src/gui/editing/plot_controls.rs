//! Edits of plots: the form that adds a rectangular plot (left panel), and the selected
//! plot's zone, position, size, split, deletion and a named firm to place on it
//! (inspector).

use crate::gui::month_field_width;
use crate::report::shown::grouped;
use crate::scenario::Named;
use bevy_egui::egui;

use super::{EditAction, Editing, PendingEdits};
use crate::scenario::Scenario;
use crate::scenario::edit::Edit;
use crate::tr;

/// A form to add a rectangular plot.
pub fn add_plot_controls(
    ui: &mut egui::Ui,
    scenario: &Scenario,
    editing: &mut Editing,
    pending: &mut PendingEdits,
) {
    egui::CollapsingHeader::new(tr!("add-plot-heading")).show(ui, |ui| {
        let (x, y, w, h) = &mut editing.new_plot_m;
        ui.add(
            egui::DragValue::new(x)
                .prefix(tr!("prefix-west-edge"))
                .suffix(tr!("suffix-m")),
        );
        ui.add(
            egui::DragValue::new(y)
                .prefix(tr!("prefix-south-edge"))
                .suffix(tr!("suffix-m")),
        );
        ui.add(
            egui::DragValue::new(w)
                .range(1.0..=10_000.0)
                .prefix(tr!("prefix-width"))
                .suffix(tr!("suffix-m")),
        );
        ui.add(
            egui::DragValue::new(h)
                .range(1.0..=10_000.0)
                .prefix(tr!("prefix-depth"))
                .suffix(tr!("suffix-m")),
        );
        ui.label(tr!("value-ha", ha = grouped(*w * *h / 10_000.0, 2)));
        let zone = editing
            .new_plot_zone
            .min(scenario.zones.len().saturating_sub(1));
        egui::ComboBox::from_id_salt("new-plot-zone")
            .selected_text(scenario.zones.get(zone).map_or("", |z| z.shown_name()))
            .show_ui(ui, |ui| {
                for (i, z) in scenario.zones.iter().enumerate() {
                    ui.selectable_value(&mut editing.new_plot_zone, i, z.shown_name());
                }
            });
        if !scenario.park.phases.is_empty() {
            let mut chosen = editing
                .new_plot_phase
                .filter(|&k| k < scenario.park.phases.len());
            egui::ComboBox::from_id_salt("new-plot-phase")
                .selected_text(phase_label(scenario, chosen))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut chosen, None, phase_label(scenario, None));
                    for k in 0..scenario.park.phases.len() {
                        ui.selectable_value(&mut chosen, Some(k), phase_label(scenario, Some(k)));
                    }
                });
            editing.new_plot_phase = chosen;
        }
        if ui.button(tr!("add-plot-button")).clicked()
            && let Some(z) = scenario.zones.get(zone)
        {
            let mut n = scenario.plots.len() + 1;
            while scenario.plots.iter().any(|p| p.id == format!("N{n:02}")) {
                n += 1;
            }
            let (x_m, y_m, width_m, height_m) = editing.new_plot_m;
            pending.0.push(EditAction::Apply(Edit::AddPlot {
                id: format!("N{n:02}"),
                zone: z.id.clone(),
                x_m,
                y_m,
                width_m,
                height_m,
                phase: editing
                    .new_plot_phase
                    .and_then(|k| scenario.park.phases.get(k))
                    .map(|ph| ph.id.clone()),
            }));
        }
    });
}

/// Edits of the selected plot, in the inspector.
pub fn plot_controls(
    ui: &mut egui::Ui,
    scenario: &Scenario,
    plot: usize,
    editing: &mut Editing,
    pending: &mut PendingEdits,
) {
    let p = &scenario.plots[plot];
    let id = p.id.clone();
    if editing.resize_plot.as_deref() != Some(id.as_str()) {
        let (x0, y0, x1, y1) = crate::scenario::geometry::bounds(&p.polygon_m);
        editing.resize_m = (x1 - x0, y1 - y0);
        editing.resize_plot = Some(id.clone());
    }
    let mut push = |edit: Edit| pending.0.push(EditAction::Apply(edit));
    ui.separator();
    ui.heading(tr!("edit-heading"));
    let mut zone = p.zone;
    // A long zone name is shortened here: it would widen the inspector and squeeze the map.
    let name = scenario.zones[zone].shown_name();
    let shown: String = if name.chars().count() > 32 {
        name.chars().take(31).chain(['…']).collect()
    } else {
        name.to_owned()
    };
    egui::ComboBox::from_label(tr!("fact-zone"))
        .selected_text(shown)
        .show_ui(ui, |ui| {
            for (i, z) in scenario.zones.iter().enumerate() {
                ui.selectable_value(&mut zone, i, z.shown_name());
            }
        });
    if zone != p.zone {
        push(Edit::SetPlotZone {
            id: id.clone(),
            zone: scenario.zones[zone].id.clone(),
        });
    }
    // Its phase: its own, or (None) its zone's.
    if !scenario.park.phases.is_empty() {
        let own: Option<usize> = scenario
            .raw
            .plots
            .iter()
            .find(|rp| rp.id == id)
            .and_then(|rp| rp.phase.as_deref())
            .and_then(|ph| scenario.park.phases.iter().position(|x| x.id == ph));
        let mut chosen = own;
        egui::ComboBox::from_label(tr!("fact-phase"))
            .selected_text(phase_label(scenario, chosen))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut chosen, None, phase_label(scenario, None));
                for k in 0..scenario.park.phases.len() {
                    ui.selectable_value(&mut chosen, Some(k), phase_label(scenario, Some(k)));
                }
            });
        if chosen != own {
            push(Edit::SetPlotPhase {
                id: id.clone(),
                phase: chosen.map(|k| scenario.park.phases[k].id.clone()),
            });
        }
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(tr!("edit-move-10m"));
        for (label, dx, dy) in [
            (tr!("edit-west"), -10.0, 0.0),
            (tr!("edit-east"), 10.0, 0.0),
            (tr!("edit-north"), 0.0, 10.0),
            (tr!("edit-south"), 0.0, -10.0),
        ] {
            if ui.button(label).clicked() {
                push(Edit::MovePlot {
                    id: id.clone(),
                    dx_m: dx,
                    dy_m: dy,
                });
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.add(
            egui::DragValue::new(&mut editing.resize_m.0)
                .range(1.0..=10_000.0)
                .suffix(tr!("suffix-m-wide")),
        );
        ui.add(
            egui::DragValue::new(&mut editing.resize_m.1)
                .range(1.0..=10_000.0)
                .suffix(tr!("suffix-m-deep")),
        );
        if ui.button(tr!("edit-resize")).clicked() {
            push(Edit::ResizePlot {
                id: id.clone(),
                width_m: editing.resize_m.0,
                height_m: editing.resize_m.1,
            });
        }
    });
    ui.horizontal_wrapped(|ui| {
        if ui.button(tr!("edit-split-side")).clicked() {
            push(Edit::SplitPlot {
                id: id.clone(),
                across: false,
            });
        }
        if ui.button(tr!("edit-split-across")).clicked() {
            push(Edit::SplitPlot {
                id: id.clone(),
                across: true,
            });
        }
        if ui.button(tr!("edit-delete")).clicked() {
            push(Edit::DeletePlot { id: id.clone() });
        }
    });
    ui.label(tr!("edit-place-firm"));
    ui.add(egui::TextEdit::singleline(&mut editing.firm_name).hint_text(tr!("edit-firm-name")));
    let archetypes = &scenario.archetypes;
    let chosen = editing
        .firm_archetype
        .min(archetypes.len().saturating_sub(1));
    egui::ComboBox::from_id_salt("firm-archetype")
        .selected_text(archetypes.get(chosen).map_or("", |a| a.shown_name()))
        .show_ui(ui, |ui| {
            for (i, a) in archetypes.iter().enumerate() {
                ui.selectable_value(
                    &mut editing.firm_archetype,
                    i,
                    tr!(
                        "edit-archetype",
                        name = a.shown_name(),
                        ha = format!("{}", a.land_ha)
                    ),
                );
            }
        });
    ui.horizontal_wrapped(|ui| {
        ui.label(tr!("edit-registers"));
        ui.add(
            egui::TextEdit::singleline(&mut editing.firm_month)
                .desired_width(month_field_width(ui)),
        );
        if ui.button(tr!("edit-place")).clicked() && !editing.firm_name.trim().is_empty() {
            let n = scenario.anchors.len() + 1;
            push(Edit::PlaceFirm {
                id: format!("placed-{n}"),
                name: editing.firm_name.trim().to_owned(),
                archetype: archetypes[chosen].id.clone(),
                plot: id.clone(),
                registered: editing.firm_month.trim().to_owned(),
            });
        }
    });
}

/// A phase as the plot controls name it, with its opening month; `None`: the zone's.
fn phase_label(scenario: &Scenario, phase: Option<usize>) -> String {
    match phase.and_then(|k| scenario.park.phases.get(k)) {
        Some(ph) => tr!(
            "legend-phase",
            phase = ph.shown_name(),
            month = crate::report::shown::month(ph.opens)
        ),
        None => tr!("phase-of-zone"),
    }
}
