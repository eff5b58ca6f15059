//! Edits of a utility source or network link, in the inspector: its capacity, and the
//! form that plans a capacity expansion of it.

use crate::report::shown::grouped;
use bevy_egui::egui;

use super::{EditAction, PendingEdits};
use crate::report::facts::format_quantity;
use crate::scenario::Scenario;
use crate::scenario::edit::Edit;
use crate::tr;

/// Edits of the selected utility source, in the inspector.
pub fn source_controls(
    ui: &mut egui::Ui,
    scenario: &Scenario,
    utility: usize,
    source: usize,
    month: crate::scenario::YearMonth,
    pending: &mut PendingEdits,
    allowed: &crate::exercise::allowed::Allowed,
) {
    let u = &scenario.utilities[utility];
    let s = &u.sources[source];
    ui.separator();
    ui.heading(tr!("source-edit-heading"));
    let mut capacity = s.capacity;
    let r = ui.add_enabled(
        allowed.scene(),
        egui::DragValue::new(&mut capacity)
            // The value is the scene's, read afresh each frame: typed text is
            // taken when the field is left.
            .update_while_editing(false)
            .range(0.0..=1e9)
            .prefix(tr!("source-capacity-prefix"))
            .suffix(format!(" {}", u.kind.unit_shown())),
    );
    // A field left unchanged (or with text that is no number) is no edit.
    if (r.drag_stopped() || r.lost_focus()) && capacity != s.capacity {
        pending.0.push(EditAction::Apply(Edit::SetSourceCapacity {
            source: s.id.clone(),
            capacity,
        }));
    }
    ui.label(egui::RichText::new(tr!("source-move-hint")).small());
    ui.add_enabled_ui(allowed.expansion(&u.id), |ui| {
        expansion_form(
            ui,
            scenario,
            utility,
            crate::scenario::Asset::Source(source),
            month,
            pending,
        )
    });
}

/// What the planner is typing into the expansion form of one source.
#[derive(Clone, Debug)]
struct ExpansionForm {
    add_capacity: f64,
    capex_musd: f64,
    lead_months: u32,
    decided: String,
}

/// Plans a capacity expansion of a source or network link: how much, what it costs, how
/// long it takes, and when it is decided. Lists the scene's expansions of it.
pub fn expansion_form(
    ui: &mut egui::Ui,
    scenario: &Scenario,
    utility: usize,
    asset: crate::scenario::Asset,
    month: crate::scenario::YearMonth,
    pending: &mut PendingEdits,
) {
    let u = &scenario.utilities[utility];
    let (asset_id, capacity) = match asset {
        crate::scenario::Asset::Source(s) => (u.sources[s].id.clone(), u.sources[s].capacity),
        crate::scenario::Asset::Link(l) => {
            match scenario.network_of(utility).and_then(|n| n.links.get(l)) {
                Some(link) => (link.id.clone(), link.capacity),
                None => return,
            }
        }
    };
    let unit = u.kind.unit_shown();
    ui.separator();
    ui.heading(tr!("expansion-heading"));
    for e in scenario
        .expansions
        .iter()
        .filter(|e| e.utility == utility && e.asset == asset)
    {
        let when = match e.trigger {
            crate::scenario::Trigger::Planned(m) => {
                tr!("expansion-planned", month = crate::report::shown::month(m))
            }
            crate::scenario::Trigger::Loading { above_pct, months } => tr!(
                "expansion-on-loading",
                pct = grouped(above_pct, 0),
                months = months
            ),
        };
        ui.label(tr!(
            "expansion-line",
            name = &e.name,
            add = format_quantity(e.add_capacity),
            unit = unit.as_str(),
            musd = grouped(e.capex_usd / 1e6, 1),
            lead = e.lead_months,
            when = when
        ));
    }
    let id = egui::Id::new(("expansion-form", utility, asset));
    let mut form = ui.data_mut(|d| {
        d.get_temp::<ExpansionForm>(id).unwrap_or(ExpansionForm {
            add_capacity: (capacity * 0.5).max(1.0).round(),
            capex_musd: 5.0,
            lead_months: 12,
            decided: month.to_string(),
        })
    });
    egui::Grid::new(("expansion-grid", utility, asset))
        .num_columns(2)
        .show(ui, |ui| {
            ui.label(tr!("expansion-add"));
            ui.add(
                egui::DragValue::new(&mut form.add_capacity)
                    .range(0.0..=1e9)
                    .suffix(format!(" {unit}")),
            );
            ui.end_row();
            ui.label(tr!("expansion-capex"));
            ui.add(
                egui::DragValue::new(&mut form.capex_musd)
                    .range(0.0..=1e5)
                    .speed(0.1)
                    .suffix(tr!("suffix-million-usd")),
            );
            ui.end_row();
            ui.label(tr!("expansion-lead"));
            ui.add(
                egui::DragValue::new(&mut form.lead_months)
                    .range(0..=120)
                    .suffix(tr!("suffix-months")),
            );
            ui.end_row();
            ui.label(tr!("expansion-decided"));
            ui.add(egui::TextEdit::singleline(&mut form.decided).desired_width(80.0));
            ui.end_row();
        });
    if ui.button(tr!("expansion-add-button")).clicked() {
        pending.0.push(EditAction::Apply(Edit::AddExpansion {
            utility: u.id.clone(),
            asset: asset_id.clone(),
            add_capacity: form.add_capacity,
            capex_usd: form.capex_musd * 1e6,
            lead_months: form.lead_months,
            decided: form.decided.trim().to_owned(),
        }));
    }
    ui.label(egui::RichText::new(tr!("expansion-hint")).small());
    ui.data_mut(|d| d.insert_temp(id, form));
}
