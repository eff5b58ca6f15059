//! The charts at the bottom: a line chart of the run so far (with the park's observed
//! history as points), or one of the three views that share the panel: the incentives'
//! balance, the firm pipeline and the N-1 table.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};
use egui_plot::{Legend, Line, MarkerShape, PlotPoints, Points};

use super::layout::{FreeArea, in_free_area};
use super::{incentives, n1, pipeline};
use crate::gui::PlannerState;
use crate::gui::editing::SceneGeneration;
use crate::report::facts::{Chart, chart_series, observed_series, x_month};
use crate::scenario::Scenario;
use crate::sim::ScenarioRes;
use crate::sim::clock::SimClock;
use crate::sim::firms::{Firm, FirmActivity};
use crate::sim::fiscal::FirmLedger;
use crate::sim::metrics::{Metrics, MonthRecord};
use crate::sim::networks::NetworkStates;
use crate::sim::utilities::{ParkUtility, UtilityLoad};

/// The charts panel, at the bottom of the window.
pub(super) fn charts(
    mut contexts: EguiContexts,
    mut free: ResMut<FreeArea>,
    mut state: ResMut<PlannerState>,
    scenario: Res<ScenarioRes>,
    metrics: Res<Metrics>,
    clock: Res<SimClock>,
    generation: Res<SceneGeneration>,
    firms: Query<(&Firm, &FirmActivity, &FirmLedger)>,
    utilities: Query<(&ParkUtility, &UtilityLoad)>,
    networks: Option<Res<NetworkStates>>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let mut loads = vec![UtilityLoad::default(); scenario.utilities.len()];
    for (u, load) in &utilities {
        loads[u.index] = *load;
    }
    in_free_area(&ctx, &mut free, "planner-charts", |root| {
        egui::Panel::bottom("charts")
            .default_size(230.0)
            .show(root, |ui| {
                // Keep the panel's height whatever it shows (the N-1 table starts as a
                // button).
                ui.set_min_height(200.0);
                ui.horizontal(|ui| {
                    for chart in Chart::ALL {
                        ui.selectable_value(&mut state.chart, chart, chart.label());
                    }
                });
                let chart = state.chart;
                match chart {
                    Chart::Incentives => {
                        let mut residents: Vec<_> = firms.iter().collect();
                        residents.sort_by_key(|(f, _, _)| f.id);
                        incentives::incentives(ui, &scenario, &metrics.0, &residents);
                    }
                    Chart::Pipeline => pipeline::funnel(ui, &metrics.0, &scenario),
                    Chart::N1 => {
                        if let Some(networks) = networks.as_deref() {
                            let at = n1::TableKey {
                                generation: generation.0,
                                elapsed_months: clock.elapsed_months,
                            };
                            let month = clock.current().plus_months(-1);
                            n1::table(ui, &mut state.n1, at, &scenario, networks, &loads, month);
                        }
                    }
                    chart => line_chart(ui, chart, &metrics.0, &scenario),
                }
            });
    });
    Ok(())
}

/// A line chart of the run so far, with the park's observed history as points over it.
fn line_chart(ui: &mut egui::Ui, chart: Chart, records: &[MonthRecord], scenario: &Scenario) {
    let (unit, series) = chart_series(chart, records);
    let observed = observed_series(chart, scenario);
    let unit_for_label = unit.clone();
    egui_plot::Plot::new("chart")
        .legend(Legend::default())
        .y_axis_label(unit)
        .label_formatter(move |hover| match hover {
            egui_plot::HoverPosition::NearDataPoint {
                plot_name,
                position,
                ..
            } => Some(format!(
                "{}\n{}: {:.1} {}",
                x_month(position.x),
                plot_name,
                position.y,
                unit_for_label
            )),
            _ => None,
        })
        .show(ui, |plot| {
            for (name, points) in series {
                plot.line(Line::new(name, PlotPoints::from(points)));
            }
            for (name, points) in observed {
                plot.points(
                    Points::new(name, PlotPoints::from(points))
                        .shape(MarkerShape::Diamond)
                        .radius(5.0)
                        .filled(true),
                );
            }
        });
}
