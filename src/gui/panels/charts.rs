//! The charts at the bottom: a line chart of the run so far (with the park's observed
//! history as points), or one of the three views that share the panel: the incentives'
//! balance, the firm pipeline and the N-1 table.

use bevy::ecs::system::SystemParam;
use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};
use egui_plot::{FilledArea, GridMark, Line, LineStyle, MarkerShape, PlotPoints, Points};

use super::layout::{FreeArea, in_free_area};
use super::{incentives, n1, pipeline};
use crate::gui::PlannerState;
use crate::gui::editing::SceneGeneration;
use crate::gui::many_runs::{ManyRuns, SeriesBand};
use crate::gui::screenshot::PanelLayout;
use crate::gui::time::TimeControls;
use crate::report::facts::{
    Chart, chart_bounds, chart_series, observed_series, value_marks, x_month, year_mark_label,
    year_marks,
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
use crate::tr;

/// The charts panel's height when the planner opens, and the least it can be dragged to,
/// logical pixels.
pub const CHARTS_PX: f32 = 250.0;
pub const CHARTS_MIN_PX: f32 = 140.0;

/// What a tab of the charts panel is drawn from: the run, its residents and networks.
/// Shared by the panel and by presentation mode, which shows one tab beside the map.
#[derive(SystemParam)]
pub struct TabSources<'w, 's> {
    scenario: Res<'w, ScenarioRes>,
    metrics: Res<'w, Metrics>,
    clock: Res<'w, SimClock>,
    generation: Res<'w, SceneGeneration>,
    controls: Res<'w, TimeControls>,
    firms: Query<'w, 's, (&'static Firm, &'static FirmActivity, &'static FirmLedger)>,
    utilities: Query<'w, 's, (&'static ParkUtility, &'static UtilityLoad)>,
    networks: Option<Res<'w, NetworkStates>>,
}

impl TabSources<'_, '_> {
    /// Draws `chart`'s tab: a line chart, the incentives' tables, the pipeline or the N-1
    /// table (computed on request and kept in `n1`).
    pub fn show(
        &self,
        ui: &mut egui::Ui,
        chart: Chart,
        n1: &mut Option<n1::N1Table>,
        many: &ManyRuns,
    ) {
        let scenario = &self.scenario;
        match chart {
            Chart::Incentives => {
                let mut residents: Vec<_> = self.firms.iter().collect();
                residents.sort_by_key(|(f, _, _)| f.id);
                let shown = self.clock.elapsed_months as usize;
                incentives::incentives(ui, scenario, &self.metrics.0, &residents, many, shown);
            }
            Chart::Pipeline => {
                egui::ScrollArea::vertical()
                    .show(ui, |ui| pipeline::funnel(ui, &self.metrics.0, scenario));
            }
            Chart::N1 => {
                if let Some(networks) = self.networks.as_deref() {
                    let mut loads = vec![UtilityLoad::default(); scenario.utilities.len()];
                    for (u, load) in &self.utilities {
                        loads[u.index] = *load;
                    }
                    let at = n1::TableKey {
                        generation: self.generation.0,
                        elapsed_months: self.clock.elapsed_months,
                    };
                    let month = self.clock.current().plus_months(-1);
                    n1::table(ui, n1, at, scenario, networks, &loads, month);
                }
            }
            chart => line_chart(
                ui,
                chart,
                &self.metrics.0,
                scenario,
                self.controls.end,
                many,
            ),
        }
    }
}

/// The charts panel, at the bottom of the window.
pub(super) fn charts(
    mut contexts: EguiContexts,
    mut free: ResMut<FreeArea>,
    mut state: ResMut<PlannerState>,
    tabs_from: TabSources,
    mut layout: ResMut<PanelLayout>,
    mut many: ResMut<ManyRuns>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
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
                    ui.separator();
                    many_runs_controls(ui, &mut many);
                });
                layout.tabs = Some(tabs.response.rect);
                let chart = state.chart;
                tabs_from.show(ui, chart, &mut state.n1, &many);
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
    many: &ManyRuns,
) {
    let (unit, series) = chart_series(chart, records);
    let observed = observed_series(chart, scenario);
    let bands = bands_drawn(chart, many);
    let baseline_lines = baseline_lines(chart, many);
    // The bounds take in the bands' tops and the baseline's lines too.
    let mut reach: Vec<(String, Vec<[f64; 2]>)> = series.clone();
    for b in &bands {
        reach.push((
            String::new(),
            b.band
                .xs
                .iter()
                .zip(&b.band.p90)
                .map(|(x, y)| [*x, *y])
                .collect(),
        ));
    }
    reach.extend(baseline_lines.iter().cloned());
    let ([x0, x1], [y0, y1]) = chart_bounds(&reach, &observed, scenario.simulation.start, end);
    let unit_for_label = unit.clone();
    legend_row(ui, &unit, &series, &observed, many, !bands.is_empty());
    let grey = baseline_colour(ui.visuals());
    egui_plot::Plot::new(("chart", format!("{chart:?}")))
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
        .y_grid_spacer(|input| {
            let px_per_unit = GRID_PX as f64 / input.base_step_size;
            value_marks(input.bounds.0, input.bounds.1, px_per_unit)
                .into_iter()
                .map(|(value, step_size)| GridMark { value, step_size })
                .collect()
        })
        .x_axis_formatter(|mark, _| year_mark_label(mark.value))
        .y_axis_formatter(|mark, _| {
            let decimals = (-mark.step_size.log10() - 1e-9).ceil().max(0.0) as usize;
            grouped(mark.value, decimals)
        })
        .label_formatter(move |hover| match hover {
            egui_plot::HoverPosition::NearDataPoint {
                plot_name,
                position,
                ..
            } => Some(format!(
                "{}\n{}: {} {}",
                crate::report::shown::month(x_month(position.x)),
                plot_name,
                grouped(position.y, 1),
                unit_for_label
            )),
            _ => None,
        })
        .show(ui, |plot| {
            // Bands first, behind the lines: the baseline's, then the current scene's.
            for drawn in bands.iter().rev() {
                let b = drawn.band;
                let colour = if drawn.baseline { grey } else { drawn.colour };
                let name = if drawn.baseline {
                    format!("{} — {}", tr!("legend-baseline-band"), b.name)
                } else {
                    format!("{} — {}", tr!("legend-band"), b.name)
                };
                plot.add(
                    FilledArea::new(name.clone(), &b.xs, &b.p10, &b.p90)
                        .fill_color(colour.gamma_multiply(BAND_ALPHA)),
                );
                plot.line(
                    Line::new(name, PlotPoints::from(median_points(b)))
                        .color(colour.gamma_multiply(0.7))
                        .width(1.0)
                        .style(LineStyle::dashed_dense()),
                );
            }
            for (name, points) in baseline_lines {
                plot.line(
                    Line::new(
                        format!("{} — {name}", tr!("legend-baseline")),
                        PlotPoints::from(points),
                    )
                    .color(grey)
                    .width(2.0)
                    .style(LineStyle::dashed_loose()),
                );
            }
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

/// The legend, as a row above the chart: the unit, a short line in each series' colour, a diamond
/// for each observed series.
fn legend_row(
    ui: &mut egui::Ui,
    unit: &str,
    series: &[(String, Vec<[f64; 2]>)],
    observed: &[(String, Vec<[f64; 2]>, usize)],
    many: &ManyRuns,
    banded: bool,
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
        // The unit of the values first (not turned along the axis, where a longer unit
        // in another language would be cut at the chart's height).
        ui.label(egui::RichText::new(format!("{unit}:")).weak());
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
        // The band and the baseline on a row of their own, below the series: their words
        // stay whole, and a long baseline name is cut at the panel's edge.
        if banded || many.baseline.is_some() {
            ui.end_row();
        }
        if banded && let Some((done, seeds)) = many.progress() {
            ui.horizontal(|ui| {
                band_swatch(ui, series_colour(0));
                ui.label(if done < seeds {
                    tr!(
                        "legend-band-filling",
                        done = done as i64,
                        seeds = seeds as i64
                    )
                } else {
                    tr!("legend-band-seeds", seeds = seeds as i64)
                });
            });
            ui.add_space(8.0);
        }
        if let Some(baseline) = &many.baseline {
            ui.horizontal(|ui| {
                band_swatch(ui, baseline_colour(ui.visuals()));
                // A long name is cut short here (it is whole in its tooltip): the chart
                // keeps the panel's width.
                let text = tr!("legend-baseline-named", name = baseline.label.clone());
                ui.add(egui::Label::new(text.clone()).truncate())
                    .on_hover_text(text);
            });
        }
    });
}

/// A band's swatch in the legend: a light box with the median's dashes across it.
fn band_swatch(ui: &mut egui::Ui, colour: egui::Color32) {
    let size = egui::vec2(18.0, ui.text_style_height(&egui::TextStyle::Body));
    let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
    let box_rect = egui::Rect::from_center_size(rect.center(), egui::vec2(16.0, 10.0));
    ui.painter()
        .rect_filled(box_rect, 0.0, colour.gamma_multiply(BAND_ALPHA));
    ui.painter().line_segment(
        [
            rect.center() - egui::vec2(8.0, 0.0),
            rect.center() + egui::vec2(8.0, 0.0),
        ],
        egui::Stroke::new(2.0, colour),
    );
}

/// How opaque a band's fill is.
const BAND_ALPHA: f32 = 0.22;

/// The baseline's colour on every chart (its bands and dashed lines): a grey, apart from
/// the series' colours, light on a dark chart and dark on a light one.
pub fn baseline_colour(visuals: &egui::Visuals) -> egui::Color32 {
    if visuals.dark_mode {
        egui::Color32::from_gray(0xd0)
    } else {
        egui::Color32::from_gray(0x44)
    }
}

/// A band to draw on a chart: the band, its colour, and whether it is the baseline's.
pub struct BandDrawn<'a> {
    pub band: &'a SeriesBand,
    pub colour: egui::Color32,
    pub baseline: bool,
}

/// The bands `chart` draws: for each series, the current scene's band in the series'
/// colour, then the baseline's (when one is pinned), in [`baseline_colour`].
pub fn bands_drawn(chart: Chart, many: &ManyRuns) -> Vec<BandDrawn<'_>> {
    let current = many.current.as_ref().map_or(&[][..], |s| s.bands_of(chart));
    let baseline = many
        .baseline
        .as_ref()
        .map_or(&[][..], |b| b.sweep.bands_of(chart));
    let mut drawn = Vec::new();
    for (i, band) in current.iter().enumerate() {
        drawn.push(BandDrawn {
            band,
            colour: series_colour(i),
            baseline: false,
        });
        if let Some(b) = baseline.iter().find(|b| b.name == band.name) {
            drawn.push(BandDrawn {
                band: b,
                colour: egui::Color32::GRAY,
                baseline: true,
            });
        }
    }
    // A baseline series the current scene does not have (a utility it lacks).
    for band in baseline {
        if !current.iter().any(|c| c.name == band.name) {
            drawn.push(BandDrawn {
                band,
                colour: egui::Color32::GRAY,
                baseline: true,
            });
        }
    }
    drawn
}

/// The baseline's own run on `chart`, whole: (series name, points).
fn baseline_lines(chart: Chart, many: &ManyRuns) -> Vec<(String, Vec<[f64; 2]>)> {
    let Some(baseline) = &many.baseline else {
        return Vec::new();
    };
    let Some(c) = Chart::LINES.iter().position(|&l| l == chart) else {
        return Vec::new();
    };
    baseline.line.charts[c]
        .iter()
        .map(|(name, values)| {
            let points = baseline
                .line
                .xs
                .iter()
                .zip(values)
                .map(|(x, y)| [*x, *y])
                .collect();
            (name.clone(), points)
        })
        .collect()
}

fn median_points(b: &SeriesBand) -> Vec<[f64; 2]> {
    b.xs.iter().zip(&b.p50).map(|(x, y)| [*x, *y]).collect()
}

/// The band's controls, after the tabs: its seeds, how far it is, and pinning a baseline.
fn many_runs_controls(ui: &mut egui::Ui, many: &mut ManyRuns) {
    use crate::gui::many_runs::SEED_LIMITS;
    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
    ui.label(tr!("band-seeds"));
    let field = ui.add(
        egui::DragValue::new(&mut many.seeds_typed)
            .range(SEED_LIMITS.0..=SEED_LIMITS.1)
            .speed(1.0),
    );
    // A new number of seeds takes effect once typed or dragged, not at every keystroke.
    if !field.has_focus() && !field.dragged() {
        many.seeds = many.seeds_typed;
    }
    if let Some((done, seeds)) = many.progress()
        && done < seeds
    {
        ui.spinner();
        ui.label(tr!(
            "band-progress",
            done = done as i64,
            seeds = seeds as i64
        ));
    }
    if many.baseline.is_some() {
        if ui.button(tr!("baseline-unpin")).clicked() {
            many.unpin_requested = true;
        }
        ui.toggle_value(&mut many.split_map, tr!("baseline-split-map"));
    } else if ui
        .button(tr!("baseline-pin"))
        .on_hover_text(tr!("baseline-pin-hover"))
        .clicked()
    {
        many.pin_requested = true;
    }
}
