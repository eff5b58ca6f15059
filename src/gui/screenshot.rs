//! Pictures for reports: `parksim SCENE --screenshot FILE.png --months N` runs N months at
//! full speed, lets the window draw, saves a screenshot of it and exits. With `--select
//! PLOT` the plot is selected first; with `--each-tab`, one picture is taken per tab of the
//! charts panel (`FILE-firms.png`, `FILE-n1.png`, …). Beside each picture, `.layout.json`
//! records where the panels were drawn (logical pixels), so a test can check that nothing
//! left the window. The picture waits for the charts' bands to be complete.

use std::path::{Path, PathBuf};

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured};
use bevy::window::PrimaryWindow;
use bevy_egui::egui;

use super::PlannerState;
use super::selection::Selection;
use crate::report::facts::Chart;
use crate::sim::{ScenarioRes, SimSchedule};

/// Frames drawn before the first picture is taken, so panels and the map have settled.
const SETTLE_FRAMES: u32 = 20;
/// Frames drawn after a change of tab before its picture.
const TAB_FRAMES: u32 = 6;

/// The screenshot asked for on the command line.
#[derive(Resource, Clone, Debug)]
pub struct ScreenshotPlan {
    pub path: PathBuf,
    pub months: u32,
    /// The plot to select before the picture, by id.
    pub select: Option<String>,
    /// One picture per tab of the charts panel.
    pub each_tab: bool,
    frames: u32,
    /// Pictures asked for and not yet saved.
    in_flight: bool,
    /// Position in [`Chart::ALL`] of the next tab to picture (with `each_tab`).
    next_tab: usize,
}

impl ScreenshotPlan {
    pub fn new(path: PathBuf, months: u32) -> Self {
        Self {
            path,
            months,
            select: None,
            each_tab: false,
            frames: 0,
            in_flight: false,
            next_tab: 0,
        }
    }

    /// The file of the picture of `chart`'s tab: `FILE-firms.png` beside `FILE.png`.
    pub fn tab_path(&self, chart: Chart) -> PathBuf {
        let stem = self
            .path
            .file_stem()
            .map_or_else(|| "screenshot".into(), |s| s.to_string_lossy());
        self.path
            .with_file_name(format!("{stem}-{}.png", chart_slug(chart)))
    }
}

/// A chart's name in file names.
pub fn chart_slug(chart: Chart) -> &'static str {
    chart.slug()
}

/// Where the panels were drawn in the last frame, logical pixels, for the layout record.
#[derive(Resource, Clone, Debug, Default)]
pub struct PanelLayout {
    /// The charts panel's row of tabs.
    pub tabs: Option<egui::Rect>,
    /// The charts panel, its content included.
    pub charts: Option<egui::Rect>,
    /// The inspector, its content included.
    pub inspector: Option<egui::Rect>,
    /// The map's area.
    pub map: Option<egui::Rect>,
    /// The *Sources and assumptions* window, when open.
    pub sources: Option<egui::Rect>,
    /// An exercise's panel, in team mode.
    pub team: Option<egui::Rect>,
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<PanelLayout>()
        .add_systems(Startup, run_months)
        .add_systems(Update, take_when_settled.in_set(super::PlannerSystems::Map));
}

fn run_months(world: &mut World) {
    let Some(plan) = world.get_resource::<ScreenshotPlan>().cloned() else {
        return;
    };
    for _ in 0..plan.months {
        world.run_schedule(SimSchedule);
    }
    if let Some(id) = &plan.select {
        let scenario = world.resource::<ScenarioRes>().0.clone();
        match scenario.plot_index(id) {
            Some(j) => {
                world.resource_mut::<PlannerState>().selection = Selection::plot(&scenario, j)
            }
            None => eprintln!("{}", crate::tr!("msg-screenshot-no-plot", id = id.as_str())),
        }
    }
}

fn take_when_settled(
    mut commands: Commands,
    plan: Option<ResMut<ScreenshotPlan>>,
    mut state: ResMut<PlannerState>,
    layout: Res<PanelLayout>,
    window: Query<&Window, With<PrimaryWindow>>,
    mut exit: MessageWriter<AppExit>,
    many: Res<super::many_runs::ManyRuns>,
    team: Option<Res<super::team_mode::TeamMode>>,
) {
    let Some(mut plan) = plan else {
        return;
    };
    // In an exercise, the picture waits for the plan's score too.
    if team.is_some_and(|t| t.scored.is_none()) {
        return;
    }
    // The picture shows the bands whole: it waits for every seed of the current scene's
    // band and the baseline's.
    let pending = |s: Option<&super::many_runs::BandSweep>| s.is_some_and(|s| !s.complete());
    if plan.in_flight
        || pending(many.current.as_ref())
        || pending(many.baseline.as_ref().map(|b| &b.sweep))
    {
        return;
    }
    plan.frames += 1;
    let settle = if plan.next_tab == 0 {
        SETTLE_FRAMES
    } else {
        TAB_FRAMES
    };
    // With each_tab, the tab is switched first and drawn for a few frames.
    if plan.each_tab {
        let Some(&chart) = Chart::ALL.get(plan.next_tab) else {
            exit.write(AppExit::Success);
            return;
        };
        state.chart = chart;
    } else if plan.next_tab > 0 {
        exit.write(AppExit::Success);
        return;
    }
    if plan.frames < settle {
        return;
    }
    let path = if plan.each_tab {
        plan.tab_path(Chart::ALL[plan.next_tab])
    } else {
        plan.path.clone()
    };
    let window_px = window
        .single()
        .map(|w| Vec2::new(w.width(), w.height()))
        .unwrap_or_default();
    if let Err(e) = save_layout(&path, &layout, window_px) {
        eprintln!("{e}");
    }
    plan.in_flight = true;
    plan.frames = 0;
    plan.next_tab += 1;
    commands.spawn(Screenshot::primary_window()).observe(
        move |captured: On<ScreenshotCaptured>,
              mut plan: ResMut<ScreenshotPlan>,
              mut exit: MessageWriter<AppExit>| {
            match save_png(&path, captured.image.clone()) {
                Ok(()) => {
                    println!(
                        "{}",
                        crate::tr!("msg-screenshot-saved", path = path.display().to_string())
                    );
                    plan.in_flight = false;
                }
                Err(e) => {
                    eprintln!(
                        "{}",
                        crate::tr!(
                            "msg-screenshot-failed",
                            path = path.display().to_string(),
                            reason = e.to_string()
                        )
                    );
                    exit.write(AppExit::error());
                }
            }
        },
    );
}

/// Writes where the panels were, beside the picture: `FILE.layout.json`.
fn save_layout(picture: &Path, layout: &PanelLayout, window_px: Vec2) -> Result<(), String> {
    let rect = |r: &Option<egui::Rect>| {
        r.map(|r| serde_json::json!([r.min.x, r.min.y, r.max.x, r.max.y]))
            .unwrap_or(serde_json::Value::Null)
    };
    let json = serde_json::json!({
        "window": [window_px.x, window_px.y],
        "tabs": rect(&layout.tabs),
        "charts": rect(&layout.charts),
        "inspector": rect(&layout.inspector),
        "map": rect(&layout.map),
        "sources": rect(&layout.sources),
        "team": rect(&layout.team),
    });
    let path = picture.with_extension("layout.json");
    crate::atomic_file::write_atomically(&path, json.to_string().as_bytes())
        .map_err(|e| format!("{}: {e}", path.display()))
}

/// Saves the image as PNG through [`crate::atomic_file`], so a failed save leaves no half
/// file and keeps an earlier picture of the same name.
pub(super) fn save_png(path: &std::path::Path, picture: Image) -> Result<(), String> {
    use image::ImageEncoder;
    let rgb = picture
        .try_into_dynamic()
        .map_err(|e| e.to_string())?
        .to_rgb8();
    crate::atomic_file::write_atomically_with(path, |w| {
        image::codecs::png::PngEncoder::new(w)
            .write_image(
                rgb.as_raw(),
                rgb.width(),
                rgb.height(),
                image::ExtendedColorType::Rgb8,
            )
            .map_err(std::io::Error::other)
    })
    .map_err(|e| e.to_string())
}
