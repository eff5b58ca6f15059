//! The left panel's parameters: each regime's preset, holiday and rates, rent schedules,
//! prospects a year per sector, and every utility source's capacity.

use crate::scenario::Named;
use bevy_egui::egui;

use super::{EditAction, PendingEdits};
use crate::report::facts::{instrument_name, utility_name};
use crate::scenario::edit::Edit;
use crate::scenario::raw::Instrument;
use crate::scenario::{Scenario, UtilityKind};
use crate::tr;

/// The taxes a regime can exempt, in the order the planner lists them.
pub const INSTRUMENTS: [Instrument; 5] = [
    Instrument::ProfitTax,
    Instrument::PropertyTax,
    Instrument::LandTax,
    Instrument::ImportVat,
    Instrument::ImportDuty,
];

/// Regime, demand and utility sliders and fields: the left panel's parameters.
pub fn parameter_controls(
    ui: &mut egui::Ui,
    scenario: &Scenario,
    pending: &mut PendingEdits,
    allowed: &crate::exercise::allowed::Allowed,
) {
    egui::CollapsingHeader::new(tr!("params-incentives")).show(ui, |ui| {
        for (i, regime) in scenario.regimes.iter().enumerate() {
            let mut years = regime
                .exemptions
                .iter()
                .map(|e| e.years)
                .fold(0.0, f64::max);
            ui.label(tr!(
                "params-regime",
                name = regime.shown_name(),
                from = crate::report::shown::month(regime.from)
            ));
            // The regime picker: one of the presets, or this scene's own rules.
            let current = regime.preset.clone();
            let mut picked = current.clone();
            ui.add_enabled_ui(allowed.regime_preset(i), |ui| {
                egui::ComboBox::from_id_salt(("regime-preset", i))
                    .width(200.0)
                    .selected_text(match &current {
                        Some(id) => crate::scenario::regimes::preset(id)
                            .map_or_else(|| id.clone(), |p| p.shown_name()),
                        None => tr!("params-regime-own"),
                    })
                    .show_ui(ui, |ui| {
                        for id in crate::scenario::regimes::preset_ids() {
                            let name = crate::scenario::regimes::preset(id)
                                .map_or_else(|| id.to_owned(), |p| p.shown_name());
                            ui.selectable_value(&mut picked, Some(id.to_owned()), name);
                        }
                    });
            });
            if picked != current
                && let Some(preset) = picked
            {
                pending.0.push(EditAction::Apply(Edit::SetRegimePreset {
                    regime: i,
                    preset,
                }));
            }
            let r = ui.add_enabled(
                allowed.exemption_years(i),
                egui::Slider::new(&mut years, 0.0..=40.0)
                    .step_by(1.0)
                    .suffix(tr!("suffix-exemption-years")),
            );
            if r.drag_stopped() || (r.changed() && !r.dragged()) {
                pending.0.push(EditAction::Apply(Edit::SetExemptionYears {
                    regime: i,
                    years,
                }));
            }
            egui::CollapsingHeader::new(tr!("params-regime-rates"))
                .id_salt(("regime-rates", i))
                .show(ui, |ui| {
                    for instrument in INSTRUMENTS {
                        let mut pct = 100.0
                            * regime
                                .exemptions
                                .iter()
                                .filter(|e| e.instrument == instrument)
                                .map(|e| e.share)
                                .fold(0.0, f64::max);
                        let r = ui.add_enabled(
                            allowed.exemption_share(i),
                            egui::Slider::new(&mut pct, 0.0..=100.0)
                                .step_by(5.0)
                                .suffix(" %")
                                .text(tr!(
                                    "params-exempt-share",
                                    instrument = instrument_name(instrument)
                                )),
                        );
                        if r.drag_stopped() || (r.changed() && !r.dragged()) {
                            pending.0.push(EditAction::Apply(Edit::SetExemptionShare {
                                regime: i,
                                instrument,
                                share: pct / 100.0,
                            }));
                        }
                    }
                    let mut pct = 100.0 * regime.rent_discount_share;
                    let r = ui.add_enabled(
                        allowed.rent_discount(i),
                        egui::Slider::new(&mut pct, 0.0..=100.0)
                            .step_by(5.0)
                            .suffix(" %")
                            .text(tr!("params-rent-discount")),
                    );
                    if r.drag_stopped() || (r.changed() && !r.dragged()) {
                        pending.0.push(EditAction::Apply(Edit::SetRentDiscount {
                            regime: i,
                            share: pct / 100.0,
                        }));
                    }
                });
        }
        for rent in &scenario.rent_schedules {
            let (mut first, mut further) = (rent.first_ha_per_year, rent.further_ha_per_year);
            ui.label(tr!(
                "params-rent",
                schedule = &rent.id,
                currency = &scenario.park.currency
            ));
            let a = ui.add_enabled(
                allowed.rent(&rent.id),
                egui::DragValue::new(&mut first)
                    // The value is the scene's, read afresh each frame: typed text is
                    // taken when the field is left.
                    .update_while_editing(false)
                    .range(0.0..=1e6)
                    .prefix(tr!("prefix-first-ha")),
            );
            let b = ui.add_enabled(
                allowed.rent(&rent.id),
                egui::DragValue::new(&mut further)
                    // The value is the scene's, read afresh each frame: typed text is
                    // taken when the field is left.
                    .update_while_editing(false)
                    .range(0.0..=1e6)
                    .prefix(tr!("prefix-further-ha")),
            );
            // A field left unchanged (or with text that is no number) is no edit.
            let changed = (first, further) != (rent.first_ha_per_year, rent.further_ha_per_year);
            if changed && (a.drag_stopped() || b.drag_stopped() || a.lost_focus() || b.lost_focus())
            {
                pending.0.push(EditAction::Apply(Edit::SetRent {
                    schedule: rent.id.clone(),
                    first_ha_per_year: first,
                    further_ha_per_year: further,
                }));
            }
        }
        for arrival in &scenario.demand.arrivals {
            let mut rate = arrival.prospects_per_year;
            let r = ui.add_enabled(
                allowed.scene(),
                egui::Slider::new(&mut rate, 0.0..=10.0).text(tr!(
                    "params-arrivals",
                    sector = scenario.sectors[arrival.sector].shown_name()
                )),
            );
            if r.drag_stopped() || (r.changed() && !r.dragged()) {
                pending.0.push(EditAction::Apply(Edit::SetArrivalRate {
                    sector: scenario.sectors[arrival.sector].id.clone(),
                    prospects_per_year: rate,
                }));
            }
        }
    });
    if !scenario.park.phases.is_empty() {
        egui::CollapsingHeader::new(tr!("params-phases")).show(ui, |ui| {
            for ph in &scenario.park.phases {
                ui.label(egui::RichText::new(ph.shown_name()).strong());
                // The opening month as a year and a month: a field left unchanged is no
                // edit; a month the scene's checks refuse is said and not taken.
                let (mut year, mut month) = (ph.opens.year(), ph.opens.month());
                let enabled = allowed.phase(&ph.id);
                let (a, b) = ui
                    .horizontal(|ui| {
                        ui.label(tr!("params-phase-opens"));
                        let a = ui.add_enabled(
                            enabled,
                            egui::DragValue::new(&mut year)
                                .update_while_editing(false)
                                .range(1900..=2200),
                        );
                        let b = ui.add_enabled(
                            enabled,
                            egui::DragValue::new(&mut month)
                                .update_while_editing(false)
                                .range(1..=12),
                        );
                        (a, b)
                    })
                    .inner;
                let opens = crate::scenario::YearMonth::new(year, month);
                if opens != ph.opens
                    && (a.drag_stopped() || b.drag_stopped() || a.lost_focus() || b.lost_focus())
                {
                    pending.0.push(EditAction::Apply(Edit::SetPhaseOpens {
                        phase: ph.id.clone(),
                        opens: opens.to_string(),
                    }));
                }
                ui.label(crate::report::shown::month(ph.opens));
            }
        });
    }
    egui::CollapsingHeader::new(tr!("params-sources")).show(ui, |ui| {
        if !allowed.scene() {
            ui.disable();
        }
        for u in &scenario.utilities {
            ui.label(egui::RichText::new(u.shown_name()).strong());
            for s in &u.sources {
                let mut capacity = s.capacity;
                let r = ui.add(
                    egui::DragValue::new(&mut capacity)
                        // The value is the scene's, read afresh each frame: typed text is
                        // taken when the field is left.
                        .update_while_editing(false)
                        .range(0.0..=1e9)
                        .prefix(format!("{} ", s.name))
                        .suffix(format!(" {}", u.kind.unit_shown())),
                );
                if (r.drag_stopped() || r.lost_focus()) && capacity != s.capacity {
                    pending.0.push(EditAction::Apply(Edit::SetSourceCapacity {
                        source: s.id.clone(),
                        capacity,
                    }));
                }
            }
            if ui
                .small_button(tr!("params-add-source", utility = utility_name(u.kind)))
                .clicked()
            {
                let n = u.sources.len() + 1;
                let capacity = match u.kind {
                    UtilityKind::Power => 50.0,
                    UtilityKind::Steam => 20.0,
                    _ => 1_000.0,
                };
                pending.0.push(EditAction::Apply(Edit::AddSource {
                    utility: u.id.clone(),
                    id: format!("{}-new-{n}", u.id),
                    name: tr!(
                        "params-new-source-name",
                        utility = utility_name(u.kind),
                        n = n
                    ),
                    capacity,
                    in_service: None,
                    location_m: None,
                }));
            }
        }
    });
}
