//! The charts at the bottom: a line chart of the run so far (with the park's observed
//! history as points), or one of the three views that share the panel: the incentives'
//! balance, the firm pipeline and the N-1 table.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};
use egui_plot::{GridMark, Line, MarkerShape, PlotPoints, Points};

use super::layout::{FreeArea, in_free_area};
use super::{incentives, n1, pipeline};
use crate::gui::PlannerState;
use crate::gui::editing::SceneGeneration;
use crate::gui::screenshot::PanelLayout;
use crate::gui::time::TimeControls;
use crate::report::facts::{
    Chart, chart_bounds, chart_series, observed_series, x_month, year_mark_label, year_marks,
};
use crate::report::shown::grouped;
use crate::scenario::Scenario;
use crate::sim::ScenarioRes;
use crate::sim::clock::SimClock;
use crate::sim::firms::{Firm, FirmActivity};
use crate::sim::fiscal::FirmLedger;
use crate::sim::metrics::{Metrics, MonthRecord};
use crate::sim::networks::NetworkStates;
use crate::sim::utilities::{ParkUtility, UtilityLoad};

/// The charts panel's height when the planner opens, and the least it can be dragged to,
/// logical pixels.
pub const CHARTS_PX: f32 = 250.0;
pub const CHARTS_MIN_PX: f32 = 140.0;

/// The charts panel, at the bottom of the window.
pub(super) fn charts(
    mut contexts: EguiContexts,
    mut free: ResMut<FreeArea>,
    mut state: ResMut<PlannerState>,
    scenario: Res<ScenarioRes>,
    metrics: Res<Metrics>,
    clock: Res<SimClock>,
    generation: Res<SceneGeneration>,
    controls: Res<TimeControls>,
    mut layout: ResMut<PanelLayout>,
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
        // Drag its top edge to make it taller (up to two thirds of the window); the tabs
        // wrap to a second row rather than run out of the window.
        let most = (root.available_height() * 2.0 / 3.0).max(CHARTS_MIN_PX);
        let panel = egui::Panel::bottom("charts")
            .default_size(CHARTS_PX.min(most))
            .size_range(CHARTS_MIN_PX..=most)
            .resizable(true)
            .show(root, |ui| {
                // The panel keeps the height it was given whatever the tab shows (the N-1
                // tab starts as one button); only its top edge changes it.
                ui.set_min_height(ui.available_height());
                let tabs = ui.horizontal_wrapped(|ui| {
                    for chart in Chart::ALL {
                        ui.selectable_value(&mut state.chart, chart, chart.label());
                    }
                });
                layout.tabs = Some(tabs.response.rect);
                let chart = state.chart;
                match chart {
                    Chart::Incentives => {
                        let mut residents: Vec<_> = firms.iter().collect();
                        residents.sort_by_key(|(f, _, _)| f.id);
                        incentives::incentives(ui, &scenario, &metrics.0, &residents);
                    }
                    Chart::Pipeline => {
                        egui::ScrollArea::vertical()
                            .show(ui, |ui| pipeline::funnel(ui, &metrics.0, &scenario));
                    }
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
                    chart => line_chart(ui, chart, &metrics.0, &scenario, controls.end),
                }
                // Where the content reached, past the panel's edge if it overflowed.
                ui.min_rect()
            });
        layout.charts = Some(panel.response.rect.union(panel.inner));
    });
    Ok(())
}

/// Colours of a chart's series, in order: the Okabe–Ito palette, which colour-blind
/// viewers tell apart. An observed series takes the colour of the series it is compared
/// with.
const SERIES_COLOURS: [egui::Color32; 7] = [
    egui::Color32::from_rgb(0x00, 0x72, 0xb2), // blue
    egui::Color32::from_rgb(0xe6, 0x9f, 0x00), // orange
    egui::Color32::from_rgb(0x00, 0x9e, 0x73), // bluish green
    egui::Color32::from_rgb(0xcc, 0x79, 0xa7), // reddish purple
    egui::Color32::from_rgb(0x56, 0xb4, 0xe9), // sky blue
    egui::Color32::from_rgb(0xd5, 0x5e, 0x00), // vermilion
    egui::Color32::from_rgb(0x00, 0x00, 0x00), // black
];

/// Least distance between two grid lines of a chart, logical pixels.
const GRID_PX: f32 = 8.0;

fn series_colour(i: usize) -> egui::Color32 {
    SERIES_COLOURS[i % SERIES_COLOURS.len()]
}

/// A line chart of the run so far (its time axis runs to `end`, the run's last month),
/// with the park's observed history as points over it, in the colours of the series they
/// are compared with; the legend in a row above the chart, where it covers no curve.
pub fn line_chart(
    ui: &mut egui::Ui,
    chart: Chart,
    records: &[MonthRecord],
    scenario: &Scenario,
    end: crate::scenario::YearMonth,
) {
    let (unit, series) = chart_series(chart, records);
    let observed = observed_series(chart, scenario);
    let ([x0, x1], [y0, y1]) = chart_bounds(&series, &observed, scenario.simulation.start, end);
    let unit_for_label = unit.clone();
    legend_row(ui, &series, &observed);
    egui_plot::Plot::new(("chart", format!("{chart:?}")))
        .y_axis_label(unit)
        .include_x(x0)
        .include_x(x1)
        .include_y(y0)
        .include_y(y1)
        // Grid lines at least GRID_PX apart, so a step of `base_step_size` years is
        // GRID_PX pixels: the marks are chosen for that many pixels a year.
        .grid_spacing(GRID_PX..=300.0)
        .x_grid_spacer(|input| {
            let px_per_year = (GRID_PX as f64 / input.base_step_size).max(0.0);
            year_marks(input.bounds.0, input.bounds.1, px_per_year)
                .into_iter()
                .map(|(value, step_size)| GridMark { value, step_size })
                .collect()
        })
        .x_axis_formatter(|mark, _| year_mark_label(mark.value))
        .y_axis_formatter(|mark, _| {
            let decimals = (-mark.step_size.log10().round()).max(0.0) as usize;
            grouped(mark.value, decimals)
        })
        .label_formatter(move |hover| match hover {
            egui_plot::HoverPosition::NearDataPoint {
                plot_name,
                position,
                ..
            } => Some(format!(
                "{}\n{}: {} {}",
                x_month(position.x),
                plot_name,
                grouped(position.y, 1),
                unit_for_label
            )),
            _ => None,
        })
        .show(ui, |plot| {
            for (i, (name, points)) in series.into_iter().enumerate() {
                plot.line(Line::new(name, PlotPoints::from(points)).color(series_colour(i)));
            }
            for (name, points, compared_with) in observed {
                plot.points(
                    Points::new(name, PlotPoints::from(points))
                        .shape(MarkerShape::Diamond)
                        .radius(5.0)
                        .filled(true)
                        .color(series_colour(compared_with)),
                );
            }
        });
}

/// The legend, as a row above the chart: a short line in each series' colour, a diamond
/// for each observed series.
fn legend_row(
    ui: &mut egui::Ui,
    series: &[(String, Vec<[f64; 2]>)],
    observed: &[(String, Vec<[f64; 2]>, usize)],
) {
    let swatch = |ui: &mut egui::Ui, colour: egui::Color32, diamond: bool| {
        let size = egui::vec2(18.0, ui.text_style_height(&egui::TextStyle::Body));
        let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
        let c = rect.center();
        if diamond {
            let r = 4.5;
            let points = vec![
                c + egui::vec2(0.0, -r),
                c + egui::vec2(r, 0.0),
                c + egui::vec2(0.0, r),
                c + egui::vec2(-r, 0.0),
            ];
            ui.painter().add(egui::Shape::convex_polygon(
                points,
                colour,
                egui::Stroke::NONE,
            ));
        } else {
            ui.painter().line_segment(
                [c - egui::vec2(8.0, 0.0), c + egui::vec2(8.0, 0.0)],
                egui::Stroke::new(2.5, colour),
            );
        }
    };
    ui.horizontal_wrapped(|ui| {
        // An entry that does not fit moves to the next row whole.
        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
        for (i, (name, _)) in series.iter().enumerate() {
            swatch(ui, series_colour(i), false);
            ui.label(name);
            ui.add_space(8.0);
        }
        for (name, _, compared_with) in observed {
            swatch(ui, series_colour(*compared_with), true);
            ui.label(name);
            ui.add_space(8.0);
        }
    });
}
