//! Edits of a selected zone (inspector): its kind, a new outline drawn corner by corner on
//! the map, and its deletion. Zones are drawn with the *Draw zone* tool and moved, with
//! their plots, with the *Move* tool.

use bevy_egui::egui;

use super::{EditAction, PendingEdits};
use crate::gui::PlannerState;
use crate::gui::tools::{BoundaryDraft, Tool};
use crate::report::facts::zone_kind_name;
use crate::scenario::edit::Edit;
use crate::scenario::{Scenario, ZoneKind};
use crate::tr;

/// Every kind a zone can have, in the order the planner offers them.
pub const ZONE_KINDS: [ZoneKind; 5] = [
    ZoneKind::Industrial,
    ZoneKind::Logistics,
    ZoneKind::Utility,
    ZoneKind::Social,
    ZoneKind::GreenBuffer,
];

/// The controls of zone `zone`: kind, redraw its outline, delete.
pub fn zone_controls(
    ui: &mut egui::Ui,
    scenario: &Scenario,
    zone: usize,
    state: &mut PlannerState,
    pending: &mut PendingEdits,
) {
    let z = &scenario.zones[zone];
    ui.separator();
    ui.label(egui::RichText::new(tr!("zone-kind-heading")).strong());
    let mut kind = z.kind;
    egui::ComboBox::from_id_salt(("zone-kind", &z.id))
        .selected_text(zone_kind_name(kind))
        .show_ui(ui, |ui| {
            for k in ZONE_KINDS {
                ui.selectable_value(&mut kind, k, zone_kind_name(k));
            }
        });
    if kind != z.kind {
        pending.0.push(EditAction::Apply(Edit::SetZoneKind {
            id: z.id.clone(),
            kind,
        }));
    }
    if ui
        .button(tr!("zone-redraw"))
        .on_hover_text(tr!("zone-redraw-hint"))
        .clicked()
    {
        state.tool = Tool::DrawBoundary;
        state.draft = BoundaryDraft {
            corners_m: Vec::new(),
            zone: Some(z.id.clone()),
        };
    }
    let has_plots = scenario.plots.iter().any(|p| p.zone == zone);
    if ui
        .add_enabled(!has_plots, egui::Button::new(tr!("zone-delete")))
        .on_disabled_hover_text(tr!("zone-delete-hint"))
        .clicked()
    {
        pending
            .0
            .push(EditAction::Apply(Edit::DeleteZone { id: z.id.clone() }));
    }
}
