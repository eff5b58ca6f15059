//! Presentation mode, for delegations and training rooms: full screen, the editing panels
//! hidden, a large header with the park's name, the month and the headline figures, and
//! the map beside one chart at a time, in text large enough to read from the back of a
//! room (body text 23 points, at least 22 px on a 1920×1080 projector).
//!
//! Keys, including what presenters' remote clickers send: F5 (or the *Present* button)
//! on and off, Esc off; Page Down / Page Up the next or previous chart; B (or `.`) blanks
//! the screen and shows it again; Space plays and pauses, as always.

use crate::scenario::Named;
use bevy::prelude::*;
use bevy::window::{Monitor, MonitorSelection, PrimaryMonitor, PrimaryWindow, WindowMode};
use bevy_egui::{EguiContexts, egui};

use super::panels::layout::{FreeArea, in_free_area};
use super::text_scale::TextScale;
use super::time::TimeControls;
use super::tools::Tool;
use super::{PlannerState, PlannerSystems};
use crate::report::facts::{Chart, headline_figures};
use crate::sim::ScenarioRes;
use crate::sim::clock::SimClock;
use crate::sim::metrics::Metrics;
use crate::tr;

/// The charts presentation mode steps through, in order.
pub const PRESENTED_CHARTS: [Chart; 6] = Chart::STORY;

/// The text scale while presenting: body text 13 × 1.75 ≈ 23 points.
pub const PRESENTATION_TEXT_SCALE: f32 = 1.75;

/// The text scale while presenting on a screen `height_px` logical pixels high:
/// [`PRESENTATION_TEXT_SCALE`] on a 1080-pixel projector, smaller on a smaller screen (a
/// laptop's 800 pixels), so the header, the map, the chart and a tour's caption all fit.
pub fn presentation_scale(height_px: f32) -> f32 {
    PRESENTATION_TEXT_SCALE * (height_px / 1080.0).clamp(0.6, 1.0)
}

/// Whether the planner is presenting, and what it shows.
#[derive(Resource, Clone, Debug, Default, PartialEq)]
pub struct Presentation {
    pub on: bool,
    /// The screen is blanked (B): nothing shows until B is pressed again.
    pub blank: bool,
    /// The chart shown: one of [`PRESENTED_CHARTS`], or any tab a tour's step names.
    pub chart: Chart,
    /// The text scale before presenting, given back when it ends.
    scale_before: Option<TextScale>,
}

impl Presentation {
    /// Starts presenting: large text, the inspecting tool (nothing to edit by accident).
    pub fn start(&mut self, scale: &mut TextScale, state: &mut PlannerState) {
        if self.on {
            return;
        }
        self.on = true;
        self.blank = false;
        self.scale_before = Some(*scale);
        *scale = TextScale(PRESENTATION_TEXT_SCALE);
        state.tool = Tool::Inspect;
        state.gesture = None;
        state.draft = Default::default();
        state.fit_requested = true;
        state.view_touched = false;
    }

    /// Ends presenting: the text size and the panels as they were.
    pub fn stop(&mut self, scale: &mut TextScale, state: &mut PlannerState) {
        if !self.on {
            return;
        }
        self.on = false;
        self.blank = false;
        if let Some(before) = self.scale_before.take() {
            *scale = before;
        }
        state.fit_requested = true;
        state.view_touched = false;
    }

    /// The chart shown.
    pub fn chart(&self) -> Chart {
        self.chart
    }

    /// Steps `by` charts on (back when negative), round [`PRESENTED_CHARTS`]; from a tab
    /// outside the list, from its start.
    pub fn step_chart(&mut self, by: i32) {
        let n = PRESENTED_CHARTS.len() as i32;
        let at = PRESENTED_CHARTS
            .iter()
            .position(|c| *c == self.chart)
            .map_or(if by > 0 { -1 } else { 0 }, |i| i as i32);
        self.chart = PRESENTED_CHARTS[(at + by).rem_euclid(n) as usize];
    }
}

/// Whether the editing panels are shown (not while presenting).
pub fn not_presenting(presentation: Res<Presentation>) -> bool {
    !presentation.on
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Presentation>().add_systems(
        Update,
        (
            presentation_keys.in_set(PlannerSystems::Input),
            window_mode.in_set(PlannerSystems::Map),
        ),
    );
}

/// F5 on and off, Esc off; while presenting, Page Down / Page Up step the charts and B
/// (or `.`) blanks the screen. Space (play and pause) is the planner's own shortcut.
pub(super) fn presentation_keys(
    keys: Res<ButtonInput<KeyCode>>,
    mut presentation: ResMut<Presentation>,
    mut scale: ResMut<TextScale>,
    mut state: ResMut<PlannerState>,
) {
    if state.typing {
        return;
    }
    if keys.just_pressed(KeyCode::F5) {
        if presentation.on {
            presentation.stop(&mut scale, &mut state);
        } else {
            presentation.start(&mut scale, &mut state);
        }
        return;
    }
    if !presentation.on {
        return;
    }
    if keys.just_pressed(KeyCode::Escape) {
        presentation.stop(&mut scale, &mut state);
    }
    if keys.just_pressed(KeyCode::PageDown) {
        presentation.step_chart(1);
    }
    if keys.just_pressed(KeyCode::PageUp) {
        presentation.step_chart(-1);
    }
    if keys.any_just_pressed([KeyCode::KeyB, KeyCode::Period]) {
        presentation.blank = !presentation.blank;
    }
}

/// Full screen while presenting, a window of its earlier size otherwise. The window is
/// also given the monitor's size, for displays without a window manager to make it full
/// screen (a kiosk, or Xvfb for the README's picture).
fn window_mode(
    presentation: Res<Presentation>,
    mut windows: Query<&mut Window, With<PrimaryWindow>>,
    monitors: Query<&Monitor, With<PrimaryMonitor>>,
    mut scale: ResMut<TextScale>,
    mut size_before: Local<Option<Vec2>>,
    mut fitted_for_height: Local<Option<f32>>,
) {
    let full = WindowMode::BorderlessFullscreen(MonitorSelection::Current);
    for mut window in &mut windows {
        if presentation.on {
            if window.mode != full {
                *size_before = Some(window.resolution.size());
                window.mode = full;
            }
            // The monitor may be known only a few frames after the window opens.
            if let Ok(monitor) = monitors.single() {
                let scale = monitor.scale_factor.max(0.1) as f32;
                let size = Vec2::new(
                    monitor.physical_width as f32 / scale,
                    monitor.physical_height as f32 / scale,
                );
                if (window.resolution.size() - size).abs().max_element() > 0.5 {
                    window.resolution.set(size.x, size.y);
                }
            }
            // Fitted when the screen's height is known or changes; Ctrl+plus and minus
            // still change it after.
            if *fitted_for_height != Some(window.height()) {
                *fitted_for_height = Some(window.height());
                *scale = TextScale(presentation_scale(window.height()));
            }
        } else if window.mode != WindowMode::Windowed {
            *fitted_for_height = None;
            window.mode = WindowMode::Windowed;
            if let Some(size) = size_before.take() {
                window.resolution.set(size.x, size.y);
            }
        }
    }
}

/// The header across the top while presenting: the park, the month, the headline figures.
pub(super) fn header(
    mut contexts: EguiContexts,
    mut free: ResMut<FreeArea>,
    presentation: Res<Presentation>,
    scenario: Res<ScenarioRes>,
    clock: Res<SimClock>,
    metrics: Res<Metrics>,
    controls: Res<TimeControls>,
    tour: Option<Res<super::tour_player::TourPlayer>>,
) -> Result {
    if !presentation.on {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?.clone();
    in_free_area(&ctx, &mut free, "presentation-header", |root| {
        egui::Panel::top("presentation-header").show(root, |ui| {
            let heading = ui.text_style_height(&egui::TextStyle::Heading);
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    egui::RichText::new(scenario.park.shown_name())
                        .size(1.6 * heading)
                        .strong(),
                );
                ui.add_space(heading);
                let month = super::time::month_shown(&clock);
                ui.label(egui::RichText::new(month).size(1.6 * heading).strong());
                if controls.playing {
                    ui.label(egui::RichText::new("▶").size(heading));
                }
            });
            ui.horizontal_wrapped(|ui| {
                for (label, value) in headline_figures(&metrics.0, &scenario) {
                    ui.vertical(|ui| {
                        ui.label(egui::RichText::new(label).weak());
                        ui.label(egui::RichText::new(value).size(1.3 * heading).strong());
                    });
                    ui.add_space(2.0 * heading);
                }
            });
            // A tour's caption says its own keys.
            if tour.is_none() {
                ui.label(egui::RichText::new(tr!("present-keys")).small().weak());
            }
        });
    });
    Ok(())
}

/// The chart beside the map while presenting: its name and the chart, on the right.
pub(super) fn chart_panel(
    mut contexts: EguiContexts,
    mut free: ResMut<FreeArea>,
    presentation: Res<Presentation>,
    tabs: super::panels::charts::TabSources,
    mut state: ResMut<PlannerState>,
    many: Res<super::many_runs::ManyRuns>,
) -> Result {
    if !presentation.on {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?.clone();
    in_free_area(&ctx, &mut free, "presentation-chart", |root| {
        // A table (the incentives, N-1) needs more room than a chart; beside a tour's
        // inspector, narrower: the map keeps its room.
        let table = !Chart::LINES.contains(&presentation.chart());
        let share = match (table, state.selection.is_some()) {
            (true, _) => 0.62,
            (false, true) => 0.38,
            (false, false) => 0.45,
        };
        let width = root.available_width() * share;
        egui::Panel::right("presentation-chart")
            .exact_size(width)
            .resizable(false)
            .show(root, |ui| {
                let chart = presentation.chart();
                ui.heading(chart.label());
                // What does not fit can still be reached.
                egui::ScrollArea::horizontal().show(ui, |ui| {
                    tabs.show(ui, chart, &mut state.n1, &many);
                });
            });
    });
    Ok(())
}

/// A blank screen over everything, while B has it blanked.
pub(super) fn blank_screen(mut contexts: EguiContexts, presentation: Res<Presentation>) -> Result {
    if !(presentation.on && presentation.blank) {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?;
    let screen = ctx.viewport_rect();
    egui::Area::new(egui::Id::new("presentation-blank"))
        .order(egui::Order::Foreground)
        .fixed_pos(screen.min)
        .show(ctx, |ui| {
            let (rect, _) = ui.allocate_exact_size(screen.size(), egui::Sense::click());
            ui.painter().rect_filled(rect, 0.0, egui::Color32::BLACK);
            ui.painter().text(
                rect.center_bottom() - egui::vec2(0.0, 20.0),
                egui::Align2::CENTER_BOTTOM,
                tr!("present-blank"),
                egui::FontId::proportional(12.0),
                egui::Color32::from_gray(40),
            );
        });
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presenting_enlarges_the_text_and_ending_gives_it_back() {
        let mut p = Presentation::default();
        let mut scale = TextScale(1.15);
        let mut state = PlannerState {
            tool: Tool::DrawBoundary,
            ..default()
        };
        p.start(&mut scale, &mut state);
        assert!(p.on);
        assert_eq!(scale, TextScale(PRESENTATION_TEXT_SCALE));
        assert_eq!(state.tool, Tool::Inspect, "nothing is edited by accident");
        p.stop(&mut scale, &mut state);
        assert!(!p.on);
        assert_eq!(scale, TextScale(1.15));
    }

    #[test]
    fn the_clicker_steps_round_the_charts_both_ways() {
        let mut p = Presentation::default();
        assert_eq!(p.chart(), Chart::Firms);
        p.step_chart(1);
        assert_eq!(p.chart(), Chart::Jobs);
        p.step_chart(-2);
        assert_eq!(p.chart(), *PRESENTED_CHARTS.last().unwrap());
        p.step_chart(1);
        assert_eq!(p.chart(), Chart::Firms);
    }

    #[test]
    fn the_keys_a_clicker_sends_work_in_a_headless_planner() {
        let mut app = App::new();
        app.init_resource::<ButtonInput<KeyCode>>()
            .init_resource::<PlannerState>()
            .init_resource::<TextScale>()
            .add_plugins(plugin);
        let press = |app: &mut App, key: KeyCode| {
            app.world_mut()
                .resource_mut::<ButtonInput<KeyCode>>()
                .press(key);
            app.update();
            let mut keys = app.world_mut().resource_mut::<ButtonInput<KeyCode>>();
            keys.release(key);
            keys.clear();
        };
        press(&mut app, KeyCode::KeyB);
        assert!(
            !app.world().resource::<Presentation>().blank,
            "B is a tool outside"
        );
        press(&mut app, KeyCode::F5);
        assert!(app.world().resource::<Presentation>().on);
        press(&mut app, KeyCode::PageDown);
        assert_eq!(app.world().resource::<Presentation>().chart(), Chart::Jobs);
        press(&mut app, KeyCode::KeyB);
        assert!(app.world().resource::<Presentation>().blank);
        press(&mut app, KeyCode::Period);
        assert!(!app.world().resource::<Presentation>().blank);
        press(&mut app, KeyCode::Escape);
        let p = app.world().resource::<Presentation>();
        assert!(!p.on);
        assert_eq!(*app.world().resource::<TextScale>(), TextScale::default());
    }
}
