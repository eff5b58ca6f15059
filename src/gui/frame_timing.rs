//! The frame benchmark: how long the planner's main schedule takes each frame (the CPU
//! work of input, model ticks, map colours, panels and charts, without waiting for the
//! GPU), while a script pans and zooms the map as a planner would, first with the clock
//! paused and then playing at 12 months per second; then an edit, and how long the
//! background band of its seeds takes to be whole on the charts, with the frame times
//! while it runs. `parksim SCENE --frame-times N` prints the figures and exits; `cargo
//! bench --bench frame_cpu` runs it on Sumgayit and on a synthetic 10,000-plot park.

use std::time::Instant;

use bevy::prelude::*;

use super::PlannerState;
use super::editing::{EditAction, PendingEdits};
use super::many_runs::ManyRuns;
use super::map::plot_at;
use super::time::{SPEEDS, TimeControls};
use super::view::MapView;
use crate::sim::ScenarioRes;

/// Frames let pass before measuring: the window opens, fonts and the map mesh are built.
pub const WARM_UP_FRAMES: u32 = 60;

/// Frame timing over a scripted pan and zoom, `frames` frames per phase.
#[derive(Resource, Debug)]
pub struct FrameTimes {
    pub frames: u32,
    frame: u32,
    started: Option<Instant>,
    /// Milliseconds per frame with the clock paused, then playing.
    pub paused_ms: Vec<f64>,
    pub playing_ms: Vec<f64>,
    /// Milliseconds per frame from an edit until its band is whole.
    pub band_ms: Vec<f64>,
    /// Seconds from the edit to the whole band on the charts, and its seeds.
    pub band_s: Option<(f64, u32)>,
    /// The edit has been made.
    edited: bool,
}

impl FrameTimes {
    pub fn new(frames: u32) -> Self {
        Self {
            frames: frames.max(1),
            frame: 0,
            started: None,
            paused_ms: Vec::new(),
            playing_ms: Vec::new(),
            band_ms: Vec::new(),
            band_s: None,
            edited: false,
        }
    }
}

pub fn plugin(frames: u32) -> impl Fn(&mut App) {
    move |app: &mut App| {
        app.insert_resource(FrameTimes::new(frames))
            .add_systems(First, frame_started)
            // The script stands in for the planner's hand. Its timers run in `First` and
            // `Last`, around the planner's steps, to time the whole frame.
            .add_systems(Update, script.in_set(super::PlannerSystems::Input))
            .add_systems(Last, frame_ended);
    }
}

fn frame_started(mut times: ResMut<FrameTimes>) {
    times.started = Some(Instant::now());
}

/// Pans in a slow circle and zooms in and out about the map's centre, hovering the plot
/// there (so the tooltip and labels are drawn); plays the clock in the second phase; in
/// the third, stops it and changes the scene's seed (an edit like any other), which starts
/// a new band. The first two phases wait for the band of the scene as opened to be whole,
/// so their frames are timed without a sweep beside them.
fn script(
    mut times: ResMut<FrameTimes>,
    mut view: ResMut<MapView>,
    mut state: ResMut<PlannerState>,
    mut controls: ResMut<TimeControls>,
    scenario: Res<ScenarioRes>,
    many: Res<ManyRuns>,
    mut pending: ResMut<PendingEdits>,
) {
    let band_whole = many.current.as_ref().is_some_and(|s| s.complete());
    if times.frame == WARM_UP_FRAMES && !band_whole {
        return;
    }
    times.frame += 1;
    let frame = times.frame;
    if frame <= WARM_UP_FRAMES {
        return;
    }
    if frame > WARM_UP_FRAMES + 2 * times.frames && !times.edited {
        controls.playing = false;
        pending
            .0
            .push(EditAction::Apply(crate::scenario::edit::Edit::SetSeed {
                seed: scenario.simulation.seed + 1,
            }));
        times.edited = true;
    }
    let t = (frame - WARM_UP_FRAMES) as f32 / 30.0;
    view.pan_by(Vec2::new(6.0 * t.cos(), 6.0 * t.sin()));
    let centre = view.window_px / 2.0;
    view.zoom_about(
        centre,
        if (t / 2.0).sin() > 0.0 {
            0.98
        } else {
            1.0 / 0.98
        },
    );
    state.hovered_plot = plot_at(&scenario, view.screen_to_world(centre));
    let playing = frame > WARM_UP_FRAMES + times.frames;
    if playing && !controls.playing {
        controls.playing = true;
        controls.speed = SPEEDS.iter().position(|&s| s == 12.0).unwrap_or(3);
    }
}

fn frame_ended(
    mut times: ResMut<FrameTimes>,
    many: Res<ManyRuns>,
    mut exit: MessageWriter<AppExit>,
) {
    let Some(started) = times.started.take() else {
        return;
    };
    let ms = started.elapsed().as_secs_f64() * 1e3;
    let measured = times.frame.saturating_sub(WARM_UP_FRAMES);
    if measured == 0 {
        return;
    }
    if measured <= times.frames {
        times.paused_ms.push(ms);
    } else if measured <= 2 * times.frames {
        times.playing_ms.push(ms);
    } else if times.edited {
        times.band_ms.push(ms);
        if let Some(sweep) = many.current.as_ref()
            && let Some(took) = sweep.took
        {
            times.band_s = Some((took.as_secs_f64(), sweep.seeds));
            println!("{}", report(&times));
            exit.write(AppExit::Success);
        }
    }
}

/// Median, 95th percentile and maximum of frame times, milliseconds.
pub fn summary(ms: &[f64]) -> (f64, f64, f64) {
    if ms.is_empty() {
        return (0.0, 0.0, 0.0);
    }
    let mut sorted = ms.to_vec();
    sorted.sort_by(f64::total_cmp);
    let at = |q: f64| sorted[((sorted.len() - 1) as f64 * q).round() as usize];
    (at(0.5), at(0.95), sorted[sorted.len() - 1])
}

fn report(times: &FrameTimes) -> String {
    let line = |what: &str, ms: &[f64]| {
        let (median, p95, max) = summary(ms);
        format!(
            "  {what}: median {median:.2} ms, 95th percentile {p95:.2} ms, max {max:.2} ms ({} frames)",
            ms.len()
        )
    };
    let (band_s, seeds) = times.band_s.unwrap_or_default();
    format!(
        "frame CPU time (main schedule, without GPU wait)\n{}\n{}\n{}\n  after the edit, the band of {seeds} seeds was whole on the charts in {band_s:.2} s",
        line("panning and zooming, clock paused", &times.paused_ms),
        line(
            "panning and zooming, playing 12 months/s",
            &times.playing_ms
        ),
        line(
            "after an edit, while its band runs in the background",
            &times.band_ms
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_takes_median_percentile_and_max() {
        let ms: Vec<f64> = (1..=100).map(f64::from).collect();
        let (median, p95, max) = summary(&ms);
        assert!((50.0..=51.0).contains(&median));
        assert!((95.0..=96.0).contains(&p95));
        assert_eq!(max, 100.0);
    }
}
