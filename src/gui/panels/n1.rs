//! The N-1 table in the charts panel: every asset taken out in turn, worst first (see
//! [`crate::report::facts::n1_rows`]). It is computed on request and kept for the scene
//! and the month it was computed for ([`TableKey`]): an edit restarts the run on a new
//! scene, which then catches up to the same month, and a table kept by month alone would
//! pass for the new scene's.

use crate::report::shown::grouped;
use crate::scenario::Named;
use bevy_egui::egui;

use crate::report::facts::{asset_name, format_quantity, n1_rows};
use crate::scenario::{Scenario, YearMonth};
use crate::sim::networks::{Asset, Contingency, NetworkStates};
use crate::sim::utilities::UtilityLoad;
use crate::tr;

/// Widest the asset and utility columns grow before their names wrap, logical pixels.
const N1_NAME_COLUMN_PX: f32 = 230.0;

/// Networks with more links than this are too large for the planner's N-1 table (every
/// asset is taken out in turn); `parksim n1` computes it.
pub const N1_MAX_LINKS: usize = 3_000;

/// What an N-1 table is for: a scene (its generation, see
/// [`SceneGeneration`](crate::gui::editing::SceneGeneration)) and a month of its run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TableKey {
    pub generation: u64,
    /// Months simulated when the table was computed.
    pub elapsed_months: u32,
}

/// An N-1 table and what it is for.
#[derive(Clone, Debug)]
pub struct N1Table {
    pub key: TableKey,
    /// (utility, asset's failure), worst first.
    pub rows: Vec<(usize, Contingency)>,
}

impl N1Table {
    /// The table of `month` (the last simulated) for the state the model is in.
    /// `loads` holds each utility's load in that month.
    pub fn compute(
        key: TableKey,
        scenario: &Scenario,
        networks: &NetworkStates,
        loads: &[UtilityLoad],
        month: YearMonth,
    ) -> Self {
        N1Table {
            key,
            rows: n1_rows(scenario, networks, loads, month),
        }
    }

    /// The kept table, if it is for this scene and month; an older one is not shown.
    pub fn current(kept: &Option<N1Table>, key: TableKey) -> Option<&N1Table> {
        kept.as_ref().filter(|t| t.key == key)
    }
}

/// The N-1 table of the month shown, or a button to compute it.
pub(super) fn table(
    ui: &mut egui::Ui,
    kept: &mut Option<N1Table>,
    key: TableKey,
    scenario: &Scenario,
    networks: &NetworkStates,
    loads: &[UtilityLoad],
    month: YearMonth,
) {
    let links: usize = networks.0.iter().map(|n| n.graph.links()).sum();
    if links > N1_MAX_LINKS {
        ui.label(tr!(
            "n1-too-large",
            links = links,
            month = month.to_string()
        ));
        return;
    }
    let Some(table) = N1Table::current(kept, key) else {
        if ui
            .button(tr!(
                "n1-compute",
                month = crate::report::shown::month(month)
            ))
            .clicked()
        {
            *kept = Some(N1Table::compute(key, scenario, networks, loads, month));
        }
        return;
    };
    ui.label(
        egui::RichText::new(tr!(
            "n1-heading",
            month = crate::report::shown::month(month)
        ))
        .strong(),
    );
    // A table: its cells keep their words whole, and it scrolls both ways if it is
    // larger than the panel.
    egui::ScrollArea::both().show(ui, |ui| {
        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
        egui::Grid::new("n1")
            .striped(true)
            .num_columns(6)
            // Long names wrap at a word within their column.
            .max_col_width(N1_NAME_COLUMN_PX)
            .show(ui, |ui| {
                for h in [
                    tr!("n1-asset"),
                    tr!("n1-utility"),
                    tr!("n1-capacity"),
                    tr!("n1-flow"),
                    tr!("n1-unserved"),
                    tr!("n1-share"),
                ] {
                    ui.label(egui::RichText::new(h).strong());
                }
                ui.end_row();
                for (u, c) in table.rows.iter().take(40) {
                    let utility = &scenario.utilities[*u];
                    let unit = utility.kind.unit_shown();
                    let kind = match c.asset {
                        Asset::Source(_) => tr!("n1-source"),
                        Asset::Link(_) => tr!("n1-link"),
                    };
                    ui.add(
                        egui::Label::new(format!("{} ({kind})", asset_name(scenario, *u, c.asset)))
                            .wrap(),
                    )
                    .on_hover_text(tr!("n1-id", id = &c.id));
                    ui.add(egui::Label::new(utility.shown_name()).wrap());
                    ui.label(format!("{} {unit}", format_quantity(c.capacity)));
                    ui.label(format!("{} {unit}", format_quantity(c.flow)));
                    let colour = if c.unserved > 0.0 {
                        egui::Color32::from_rgb(200, 40, 40)
                    } else {
                        ui.visuals().text_color()
                    };
                    ui.colored_label(colour, format!("{} {unit}", format_quantity(c.unserved)));
                    let demand = loads.get(*u).map_or(0.0, |l| l.demand);
                    let share = if demand > 0.0 {
                        100.0 * c.unserved / demand
                    } else {
                        0.0
                    };
                    ui.label(format!("{} %", grouped(share, 0)));
                    ui.end_row();
                }
            });
    });
}
