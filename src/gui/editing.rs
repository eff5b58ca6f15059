//! Editing in the planner: the scene being edited with its undo history, the edit widgets,
//! and applying an edit (which restarts the run on the changed park and catches up to the
//! month that was shown).

use std::path::PathBuf;
use std::sync::Arc;

use bevy::prelude::*;
use bevy_egui::egui;

use super::PlannerState;
use super::panels::format_quantity;
use super::time::TimeControls;
use crate::scenario::edit::{Edit, EditSession};
use crate::scenario::raw::Instrument;
use crate::scenario::{Scenario, UtilityKind};
use crate::sim::clock::SimClock;
use crate::sim::start_run;
use crate::tr;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<PendingEdits>().add_systems(
        Update,
        (edit_shortcuts, ask_before_quitting, process_edits).chain(),
    );
}

/// Quits at once when everything is saved; otherwise asks (see [`quit_dialog`]).
fn ask_before_quitting(
    mut requests: MessageReader<bevy::window::WindowCloseRequested>,
    editing: Res<Editing>,
    mut state: ResMut<PlannerState>,
    mut exit: MessageWriter<AppExit>,
) {
    if requests.read().count() == 0 {
        return;
    }
    if editing.session.unsaved {
        state.confirm_quit = true;
    } else {
        exit.write(AppExit::Success);
    }
}

/// The question asked when the window is closed with unsaved edits.
pub fn quit_dialog(
    ctx: &egui::Context,
    editing: &mut Editing,
    state: &mut PlannerState,
    exit: &mut MessageWriter<AppExit>,
) {
    if !state.confirm_quit {
        return;
    }
    egui::Window::new(tr!("quit-title"))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::vec2(0.0, 0.0))
        .show(ctx, |ui| {
            ui.label(tr!("quit-question"));
            ui.horizontal(|ui| {
                ui.label(tr!("scene-save-as"));
                ui.text_edit_singleline(&mut editing.save_path);
            });
            ui.horizontal(|ui| {
                if ui.button(tr!("quit-save")).clicked() {
                    let path = PathBuf::from(editing.save_path.trim());
                    match editing.session.save(&path) {
                        Ok(()) => {
                            exit.write(AppExit::Success);
                        }
                        Err(e) => state.message = Some(e),
                    }
                }
                if ui.button(tr!("quit-discard")).clicked() {
                    exit.write(AppExit::Success);
                }
                if ui.button(tr!("quit-cancel")).clicked() {
                    state.confirm_quit = false;
                }
            });
            if let Some(message) = &state.message {
                ui.colored_label(egui::Color32::from_rgb(180, 60, 0), message);
            }
        });
}

/// The scene being edited and where it is saved.
#[derive(Resource, Debug)]
pub struct Editing {
    pub session: EditSession,
    pub file: PathBuf,
    /// The save path as typed in its field.
    pub save_path: String,
    /// The seed as typed in its field.
    pub seed_text: String,
    /// Width and height typed for a resize, metres, and the plot they were filled from.
    pub resize_m: (f64, f64),
    pub resize_plot: Option<String>,
    /// Name, archetype and month typed for placing a named firm.
    pub firm_name: String,
    pub firm_archetype: usize,
    pub firm_month: String,
    /// The path typed to open another scene.
    pub open_path: String,
    /// A new plot typed in metres: x, y, width, depth; and its zone.
    pub new_plot_m: (f64, f64, f64, f64),
    pub new_plot_zone: usize,
    /// A rectangular site typed for the boundary: width and depth, metres.
    pub boundary_m: (f64, f64),
}

impl Editing {
    pub fn new(scenario: &Scenario) -> Self {
        Self {
            session: EditSession::new(scenario.raw.clone()),
            file: scenario.file.clone(),
            // Never save over the empty template: a new park gets a name of its own.
            save_path: if scenario.file.ends_with(TEMPLATE_SCENE) {
                "scenes/new-park.ron".to_owned()
            } else {
                scenario.file.display().to_string()
            },
            seed_text: scenario.simulation.seed.to_string(),
            resize_m: (100.0, 100.0),
            resize_plot: None,
            firm_name: String::new(),
            firm_archetype: 0,
            firm_month: scenario.simulation.start.to_string(),
            open_path: String::new(),
            new_plot_m: (0.0, 0.0, 100.0, 100.0),
            new_plot_zone: 0,
            boundary_m: {
                let (x0, y0, x1, y1) = crate::scenario::geometry::bounds(&scenario.park.boundary_m);
                (x1 - x0, y1 - y0)
            },
        }
    }
}

/// The empty park a new layout starts from.
pub const TEMPLATE_SCENE: &str = "scenes/template.ron";

/// What the planner asked for this frame.
#[derive(Clone, Debug, PartialEq)]
pub enum EditAction {
    Apply(Edit),
    Undo,
    Redo,
    Save,
    /// Opens another scene file, replacing the one being edited.
    Open(PathBuf),
}

#[derive(Resource, Debug, Default)]
pub struct PendingEdits(pub Vec<EditAction>);

fn edit_shortcuts(
    keys: Res<ButtonInput<KeyCode>>,
    state: Res<PlannerState>,
    mut pending: ResMut<PendingEdits>,
) {
    if state.typing {
        return;
    }
    let ctrl = keys.any_pressed([KeyCode::ControlLeft, KeyCode::ControlRight]);
    let shift = keys.any_pressed([KeyCode::ShiftLeft, KeyCode::ShiftRight]);
    if ctrl && keys.just_pressed(KeyCode::KeyZ) {
        pending.0.push(if shift {
            EditAction::Redo
        } else {
            EditAction::Undo
        });
    }
    if ctrl && keys.just_pressed(KeyCode::KeyY) {
        pending.0.push(EditAction::Redo);
    }
    if ctrl && keys.just_pressed(KeyCode::KeyS) {
        pending.0.push(EditAction::Save);
    }
}

/// Applies the planner's edits; a changed scene restarts the run and catches up.
fn process_edits(world: &mut World) {
    let actions = std::mem::take(&mut world.resource_mut::<PendingEdits>().0);
    if actions.is_empty() {
        return;
    }
    let mut changed = false;
    let mut reopened = false;
    let mut message = None;
    {
        let mut editing = world.resource_mut::<Editing>();
        for action in actions {
            if let EditAction::Open(path) = &action {
                match crate::scenario::load(path) {
                    Ok(opened) => {
                        *editing = Editing::new(&opened);
                        changed = true;
                        reopened = true;
                        message = Some(tr!("msg-opened", path = path.display().to_string()));
                    }
                    Err(errors) => message = Some(errors.to_string()),
                }
                continue;
            }
            let result = match action {
                EditAction::Apply(edit) => editing.session.apply(&edit).map(|_| true),
                EditAction::Undo => Ok(editing.session.undo()),
                EditAction::Redo => Ok(editing.session.redo()),
                EditAction::Open(_) => Ok(false),
                EditAction::Save => {
                    let path = PathBuf::from(editing.save_path.trim());
                    editing.session.save(&path).map(|_| {
                        message = Some(tr!("msg-saved", path = path.display().to_string()));
                        false
                    })
                }
            };
            match result {
                Ok(c) => changed |= c,
                Err(refusal) => message = Some(refusal),
            }
        }
    }
    if changed {
        let (scenario, seed) = {
            let editing = world.resource::<Editing>();
            match editing.session.scenario(&editing.file) {
                Ok(s) => {
                    let seed = s.simulation.seed;
                    (Arc::new(s), seed)
                }
                Err(e) => {
                    // Every edit is validated before it is kept, so this is not expected.
                    world.resource_mut::<PlannerState>().message = Some(e.to_string());
                    return;
                }
            }
        };
        // A newly opened scene starts at its first month; an edited one catches up.
        let shown = if reopened {
            0
        } else {
            world.resource::<SimClock>().elapsed_months
        };
        let months = scenario.simulation.months;
        let start = scenario.simulation.start;
        start_run(world, scenario.clone(), seed);
        let mut controls = world.resource_mut::<TimeControls>();
        controls.end = start.plus_months(months.max(shown) as i32 - 1);
        controls.pending_months = shown;
        let mut state = world.resource_mut::<PlannerState>();
        if state
            .selected_plot
            .is_some_and(|j| j >= scenario.plots.len())
        {
            state.selected_plot = None;
        }
        if state.selected_source.is_some_and(|(u, s)| {
            scenario
                .utilities
                .get(u)
                .is_none_or(|utility| s >= utility.sources.len())
        }) {
            state.selected_source = None;
        }
        state.hovered_plot = None;
        state.hovered_source = None;
        if reopened {
            state.selected_plot = None;
            state.selected_source = None;
            state.draft = Default::default();
            state.fit_requested = true;
            state.view_touched = false;
        }
    }
    // What the planner did last is what the message line speaks of: a refusal or a save
    // is shown, and anything else clears an old message.
    world.resource_mut::<PlannerState>().message = message;
}

/// Undo, redo, save, seed: the left panel's scene controls.
pub fn scene_controls(ui: &mut egui::Ui, editing: &mut Editing, pending: &mut PendingEdits) {
    ui.heading(tr!("scene-heading"));
    ui.horizontal(|ui| {
        if ui
            .add_enabled(
                editing.session.can_undo(),
                egui::Button::new(tr!("scene-undo")),
            )
            .on_hover_text(tr!("key-ctrl-z"))
            .clicked()
        {
            pending.0.push(EditAction::Undo);
        }
        if ui
            .add_enabled(
                editing.session.can_redo(),
                egui::Button::new(tr!("scene-redo")),
            )
            .on_hover_text(tr!("key-ctrl-shift-z"))
            .clicked()
        {
            pending.0.push(EditAction::Redo);
        }
        if editing.session.unsaved {
            ui.colored_label(egui::Color32::from_rgb(200, 120, 0), tr!("scene-unsaved"));
        }
    });
    ui.horizontal(|ui| {
        ui.label(tr!("scene-save-as"));
        ui.add(egui::TextEdit::singleline(&mut editing.save_path).desired_width(120.0));
        if ui
            .button(tr!("scene-save"))
            .on_hover_text(tr!("key-ctrl-s"))
            .clicked()
        {
            pending.0.push(EditAction::Save);
        }
    });
    ui.horizontal(|ui| {
        ui.label(tr!("scene-open-label"));
        ui.add(
            egui::TextEdit::singleline(&mut editing.open_path)
                .desired_width(120.0)
                .hint_text("scenes/….ron"),
        );
        // Opening another scene would drop unsaved edits: save or undo them first.
        let free = !editing.session.unsaved;
        let why = tr!("scene-save-first");
        if ui
            .add_enabled(free, egui::Button::new(tr!("scene-open")))
            .on_disabled_hover_text(&why)
            .clicked()
            && !editing.open_path.trim().is_empty()
        {
            pending
                .0
                .push(EditAction::Open(PathBuf::from(editing.open_path.trim())));
        }
        if ui
            .add_enabled(free, egui::Button::new(tr!("scene-new-park")))
            .on_hover_text(tr!("scene-new-park-hint", template = TEMPLATE_SCENE))
            .on_disabled_hover_text(&why)
            .clicked()
        {
            pending
                .0
                .push(EditAction::Open(PathBuf::from(TEMPLATE_SCENE)));
        }
    });
    ui.horizontal(|ui| {
        ui.label(tr!("scene-site"));
        ui.add(
            egui::DragValue::new(&mut editing.boundary_m.0)
                .range(10.0..=100_000.0)
                .suffix(tr!("suffix-m-wide")),
        );
        ui.add(
            egui::DragValue::new(&mut editing.boundary_m.1)
                .range(10.0..=100_000.0)
                .suffix(tr!("suffix-m-deep")),
        );
        if ui
            .button(tr!("scene-set-boundary"))
            .on_hover_text(tr!("scene-set-boundary-hint"))
            .clicked()
        {
            let (w, h) = editing.boundary_m;
            pending.0.push(EditAction::Apply(Edit::SetBoundary {
                points_m: vec![(0.0, 0.0), (w, 0.0), (w, h), (0.0, h)],
            }));
        }
    });
    ui.horizontal(|ui| {
        ui.label(tr!("scene-seed"));
        ui.add(egui::TextEdit::singleline(&mut editing.seed_text).desired_width(70.0));
        if ui.button(tr!("scene-restart-seed")).clicked() {
            match editing.seed_text.trim().parse::<u64>() {
                Ok(seed) => pending.0.push(EditAction::Apply(Edit::SetSeed { seed })),
                Err(_) => editing.seed_text = editing.session.scene().simulation.seed.to_string(),
            }
        }
    });
}

/// Edits of the selected utility source, in the inspector.
pub fn source_controls(
    ui: &mut egui::Ui,
    scenario: &Scenario,
    utility: usize,
    source: usize,
    month: crate::scenario::YearMonth,
    pending: &mut PendingEdits,
) {
    let u = &scenario.utilities[utility];
    let s = &u.sources[source];
    ui.separator();
    ui.heading(tr!("source-edit-heading"));
    let mut capacity = s.capacity;
    let r = ui.add(
        egui::DragValue::new(&mut capacity)
            .range(0.0..=1e9)
            .prefix(tr!("source-capacity-prefix"))
            .suffix(format!(" {}", u.kind.unit())),
    );
    if r.drag_stopped() || r.lost_focus() {
        pending.0.push(EditAction::Apply(Edit::SetSourceCapacity {
            source: s.id.clone(),
            capacity,
        }));
    }
    ui.label(egui::RichText::new(tr!("source-move-hint")).small());
    expansion_form(
        ui,
        scenario,
        utility,
        crate::scenario::Asset::Source(source),
        month,
        pending,
    );
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
    let unit = u.kind.unit();
    ui.separator();
    ui.heading(tr!("expansion-heading"));
    for e in scenario
        .expansions
        .iter()
        .filter(|e| e.utility == utility && e.asset == asset)
    {
        let when = match e.trigger {
            crate::scenario::Trigger::Planned(m) => tr!("expansion-planned", month = m.to_string()),
            crate::scenario::Trigger::Loading { above_pct, months } => tr!(
                "expansion-on-loading",
                pct = format!("{above_pct:.0}"),
                months = months
            ),
        };
        ui.label(tr!(
            "expansion-line",
            name = &e.name,
            add = format_quantity(e.add_capacity),
            unit = unit,
            musd = format!("{:.1}", e.capex_usd / 1e6),
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

/// The taxes a regime can exempt, in the order the planner lists them.
pub const INSTRUMENTS: [Instrument; 5] = [
    Instrument::ProfitTax,
    Instrument::PropertyTax,
    Instrument::LandTax,
    Instrument::ImportVat,
    Instrument::ImportDuty,
];

/// Regime, demand and utility sliders and fields: the left panel's parameters.
pub fn parameter_controls(ui: &mut egui::Ui, scenario: &Scenario, pending: &mut PendingEdits) {
    egui::CollapsingHeader::new(tr!("params-incentives")).show(ui, |ui| {
        for (i, regime) in scenario.regimes.iter().enumerate() {
            let mut years = regime
                .exemptions
                .iter()
                .map(|e| e.years)
                .fold(0.0, f64::max);
            ui.label(tr!(
                "params-regime",
                name = &regime.name,
                from = regime.from.to_string()
            ));
            // The regime picker: one of the presets, or this scene's own rules.
            let current = regime.preset.clone();
            let mut picked = current.clone();
            egui::ComboBox::from_id_salt(("regime-preset", i))
                .width(200.0)
                .selected_text(match &current {
                    Some(id) => {
                        crate::scenario::regimes::preset(id).map_or_else(|| id.clone(), |p| p.name)
                    }
                    None => tr!("params-regime-own"),
                })
                .show_ui(ui, |ui| {
                    for id in crate::scenario::regimes::preset_ids() {
                        let name = crate::scenario::regimes::preset(id)
                            .map_or_else(|| id.to_owned(), |p| p.name);
                        ui.selectable_value(&mut picked, Some(id.to_owned()), name);
                    }
                });
            if picked != current
                && let Some(preset) = picked
            {
                pending.0.push(EditAction::Apply(Edit::SetRegimePreset {
                    regime: i,
                    preset,
                }));
            }
            let r = ui.add(
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
                        let r = ui.add(
                            egui::Slider::new(&mut pct, 0.0..=100.0)
                                .step_by(5.0)
                                .suffix(" %")
                                .text(tr!(
                                    "params-exempt-share",
                                    instrument = super::panels::instrument_name(instrument)
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
                    let r = ui.add(
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
            let a = ui.add(
                egui::DragValue::new(&mut first)
                    .range(0.0..=1e6)
                    .prefix(tr!("prefix-first-ha")),
            );
            let b = ui.add(
                egui::DragValue::new(&mut further)
                    .range(0.0..=1e6)
                    .prefix(tr!("prefix-further-ha")),
            );
            if a.drag_stopped() || b.drag_stopped() || a.lost_focus() || b.lost_focus() {
                pending.0.push(EditAction::Apply(Edit::SetRent {
                    schedule: rent.id.clone(),
                    first_ha_per_year: first,
                    further_ha_per_year: further,
                }));
            }
        }
        for arrival in &scenario.demand.arrivals {
            let mut rate = arrival.prospects_per_year;
            let r = ui.add(egui::Slider::new(&mut rate, 0.0..=10.0).text(tr!(
                "params-arrivals",
                sector = &scenario.sectors[arrival.sector].name
            )));
            if r.drag_stopped() || (r.changed() && !r.dragged()) {
                pending.0.push(EditAction::Apply(Edit::SetArrivalRate {
                    sector: scenario.sectors[arrival.sector].id.clone(),
                    prospects_per_year: rate,
                }));
            }
        }
    });
    egui::CollapsingHeader::new(tr!("params-sources")).show(ui, |ui| {
        for u in &scenario.utilities {
            ui.label(egui::RichText::new(&u.name).strong());
            for s in &u.sources {
                let mut capacity = s.capacity;
                let r = ui.add(
                    egui::DragValue::new(&mut capacity)
                        .range(0.0..=1e9)
                        .prefix(format!("{} ", s.name))
                        .suffix(format!(" {}", u.kind.unit())),
                );
                if r.drag_stopped() || r.lost_focus() {
                    pending.0.push(EditAction::Apply(Edit::SetSourceCapacity {
                        source: s.id.clone(),
                        capacity,
                    }));
                }
            }
            if ui
                .small_button(tr!(
                    "params-add-source",
                    utility = super::panels::utility_name(u.kind)
                ))
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
                        utility = super::panels::utility_name(u.kind),
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
        ui.label(tr!("value-ha", ha = format!("{:.2}", *w * *h / 10_000.0)));
        let zone = editing
            .new_plot_zone
            .min(scenario.zones.len().saturating_sub(1));
        egui::ComboBox::from_id_salt("new-plot-zone")
            .selected_text(scenario.zones.get(zone).map_or("", |z| z.name.as_str()))
            .show_ui(ui, |ui| {
                for (i, z) in scenario.zones.iter().enumerate() {
                    ui.selectable_value(&mut editing.new_plot_zone, i, &z.name);
                }
            });
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
    let name = &scenario.zones[zone].name;
    let shown: String = if name.chars().count() > 32 {
        name.chars().take(31).chain(['…']).collect()
    } else {
        name.clone()
    };
    egui::ComboBox::from_label(tr!("fact-zone"))
        .selected_text(shown)
        .show_ui(ui, |ui| {
            for (i, z) in scenario.zones.iter().enumerate() {
                ui.selectable_value(&mut zone, i, &z.name);
            }
        });
    if zone != p.zone {
        push(Edit::SetPlotZone {
            id: id.clone(),
            zone: scenario.zones[zone].id.clone(),
        });
    }
    ui.horizontal(|ui| {
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
    ui.horizontal(|ui| {
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
    ui.horizontal(|ui| {
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
        .selected_text(archetypes.get(chosen).map_or("", |a| a.name.as_str()))
        .show_ui(ui, |ui| {
            for (i, a) in archetypes.iter().enumerate() {
                ui.selectable_value(
                    &mut editing.firm_archetype,
                    i,
                    tr!(
                        "edit-archetype",
                        name = &a.name,
                        ha = format!("{}", a.land_ha)
                    ),
                );
            }
        });
    ui.horizontal(|ui| {
        ui.label(tr!("edit-registers"));
        ui.add(egui::TextEdit::singleline(&mut editing.firm_month).desired_width(70.0));
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::metrics::Metrics;
    use crate::sim::{ScenarioRes, SimPlugin};

    fn app() -> App {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/small_park.ron");
        let scenario = Arc::new(crate::scenario::load(&path).unwrap());
        let mut app = App::new();
        app.add_plugins(MinimalPlugins)
            .add_plugins(SimPlugin {
                // The scene's seed, which a restart after an edit uses too.
                seed: scenario.simulation.seed,
                scenario: scenario.clone(),
            })
            .init_resource::<ButtonInput<KeyCode>>()
            .add_message::<bevy::window::WindowCloseRequested>()
            .init_resource::<PlannerState>()
            .insert_resource(TimeControls::default())
            .insert_resource(Editing::new(&scenario))
            .add_plugins(plugin);
        app
    }

    #[test]
    fn an_edit_restarts_the_run_and_catches_up_and_undo_restores_it() {
        let mut app = app();
        for _ in 0..24 {
            app.world_mut().run_schedule(crate::sim::SimSchedule);
        }
        let before = app.world().resource::<Metrics>().0.clone();
        app.world_mut()
            .resource_mut::<PendingEdits>()
            .0
            .push(EditAction::Apply(Edit::SplitPlot {
                id: "S000004".into(),
                across: false,
            }));
        app.update();
        assert_eq!(app.world().resource::<ScenarioRes>().plots.len(), 7);
        assert_eq!(
            app.world().resource::<SimClock>().elapsed_months,
            0,
            "the run restarted"
        );
        assert_eq!(
            app.world().resource::<TimeControls>().pending_months,
            24,
            "and catches up"
        );

        app.world_mut()
            .resource_mut::<PendingEdits>()
            .0
            .push(EditAction::Undo);
        app.update();
        assert_eq!(app.world().resource::<ScenarioRes>().plots.len(), 6);
        for _ in 0..24 {
            app.world_mut().run_schedule(crate::sim::SimSchedule);
        }
        assert_eq!(
            app.world().resource::<Metrics>().0,
            before,
            "undo gives back the same run"
        );

        // An impossible edit leaves the run alone and says why.
        app.world_mut()
            .resource_mut::<PendingEdits>()
            .0
            .push(EditAction::Apply(Edit::MovePlot {
                id: "S000005".into(),
                dx_m: -60.0,
                dy_m: 0.0,
            }));
        app.update();
        assert_eq!(app.world().resource::<SimClock>().elapsed_months, 24);
        let message = app
            .world()
            .resource::<PlannerState>()
            .message
            .clone()
            .unwrap_or_default();
        assert!(message.contains("overlaps"), "{message}");
    }

    #[test]
    fn closing_with_unsaved_edits_asks_and_closing_when_saved_quits() {
        let mut app = app();
        let window = app.world_mut().spawn_empty().id();
        app.world_mut()
            .resource_mut::<PendingEdits>()
            .0
            .push(EditAction::Apply(Edit::SetSeed { seed: 5 }));
        app.update();
        app.world_mut()
            .write_message(bevy::window::WindowCloseRequested { window });
        app.update();
        assert!(
            app.world().resource::<PlannerState>().confirm_quit,
            "asks first"
        );
        assert!(app.should_exit().is_none());

        let mut app = self::app();
        let window = app.world_mut().spawn_empty().id();
        app.world_mut()
            .write_message(bevy::window::WindowCloseRequested { window });
        app.update();
        assert_eq!(app.should_exit(), Some(AppExit::Success));
    }
}
