//! Playing a tour to check it (`parksim tour FILE --check`): every step forward and back,
//! each compared with its first showing.

use super::*;

/// Playing a tour to check it (`parksim tour FILE --screenshot FILE.png`): every step in
/// turn, a picture of each (`FILE-01-site.png`, …), then back to the first step, checking
/// that each view and the model's state come back exactly as they were; then the program
/// exits (with an error if one did not).
#[derive(Resource, Debug)]
pub struct TourScript {
    /// Pictures of each step beside this file's name; none when `None`.
    pub pictures: Option<PathBuf>,
    going_back: bool,
    frames: u32,
    in_flight: bool,
    /// The step last pictured.
    pictured: Option<usize>,
    /// Each step's view and state hash, as first shown.
    seen: Vec<Option<(Shown, u64)>>,
}

impl TourScript {
    pub fn new(pictures: Option<PathBuf>) -> Self {
        Self {
            pictures,
            going_back: false,
            frames: 0,
            in_flight: false,
            pictured: None,
            seen: Vec::new(),
        }
    }
}

/// What the planner shows, as the check compares it: the month, the layer, the networks,
/// the selection, the tab, the map's view (to 0.1 m and 10⁻⁴ m per pixel) and the
/// baseline pinned.
#[derive(Clone, Debug, PartialEq)]
struct Shown {
    month: YearMonth,
    layer: MapLayer,
    network_utility: Option<usize>,
    selection: Option<Selection>,
    chart: Chart,
    view: [i64; 3],
    baseline: Option<String>,
}

impl Shown {
    /// Whether this is what the step's view asks for (the camera aside, which the check
    /// compares with its first showing).
    fn is_what(&self, view: &View) -> bool {
        self.month == view.month
            && self.layer == MapLayer::from_arg(view.layer)
            && self.chart == view.tab
            && self.selection.is_some() == view.select.is_some()
            && self.baseline.is_some() == view.baseline.is_some()
    }
}

fn shown(world: &World) -> Shown {
    let state = world.resource::<PlannerState>();
    let view = world.resource::<MapView>();
    Shown {
        month: shown_month(world.resource::<SimClock>()),
        layer: state.layer,
        network_utility: state.network_utility,
        selection: state.selection.clone(),
        chart: world.resource::<Presentation>().chart,
        view: [
            (view.centre_m.x * 10.0).round() as i64,
            (view.centre_m.y * 10.0).round() as i64,
            (view.metres_per_px * 1e4).round() as i64,
        ],
        baseline: world
            .resource::<ManyRuns>()
            .baseline
            .as_ref()
            .map(|b| b.label.clone()),
    }
}

/// Frames drawn once a step is whole, before its picture.
const SCRIPT_SETTLE_FRAMES: u32 = 12;

pub(super) fn script(world: &mut World) {
    let Some(mut script) = world.remove_resource::<TourScript>() else {
        return;
    };
    script_frame(world, &mut script);
    world.insert_resource(script);
}

fn script_frame(world: &mut World, script: &mut TourScript) {
    if script.in_flight {
        return;
    }
    let (settled, at, steps) = {
        let Some(player) = world.get_resource::<TourPlayer>() else {
            return;
        };
        let controls = world.resource::<TimeControls>();
        let clock = world.resource::<SimClock>();
        (
            player.settled(controls, clock),
            player.at,
            player.tour.steps.len(),
        )
    };
    let many = world.resource::<ManyRuns>();
    let pending = |s: Option<&crate::gui::many_runs::BandSweep>| s.is_some_and(|s| !s.complete());
    if !settled
        || pending(many.current.as_ref())
        || pending(many.baseline.as_ref().map(|b| &b.sweep))
    {
        script.frames = 0;
        return;
    }
    script.frames += 1;
    if script.frames < SCRIPT_SETTLE_FRAMES {
        return;
    }
    script.frames = 0;
    let view = shown(world);
    let step_view = world.resource::<TourPlayer>().view();
    if !view.is_what(&step_view) {
        let id = world.resource::<TourPlayer>().tour.steps[at].id.clone();
        eprintln!("{}", tr!("tour-check-failed", step = id));
        eprintln!("{view:?}\n{step_view:?}");
        world.write_message(AppExit::error());
        return;
    }
    let hash = crate::sim::fingerprint::state_hash(world);
    script.seen.resize(steps, None);
    if !script.going_back {
        // The picture is taken first; the tour goes on once it is saved (a step changed
        // now would be in the picture).
        if let Some(pictures) = script.pictures.clone()
            && script.pictured != Some(at)
        {
            script.seen[at] = Some((view, hash));
            script.pictured = Some(at);
            let id = world.resource::<TourPlayer>().tour.steps[at].id.clone();
            let stem = pictures
                .file_stem()
                .map_or_else(|| "tour".into(), |s| s.to_string_lossy().into_owned());
            let path = pictures.with_file_name(format!("{stem}-{:02}-{id}.png", at + 1));
            script.in_flight = true;
            world.spawn(Screenshot::primary_window()).observe(
                move |captured: On<ScreenshotCaptured>,
                      mut script: ResMut<TourScript>,
                      mut exit: MessageWriter<AppExit>| {
                    match crate::gui::screenshot::save_png(&path, captured.image.clone()) {
                        Ok(()) => {
                            println!(
                                "{}",
                                tr!("msg-screenshot-saved", path = path.display().to_string())
                            );
                            script.in_flight = false;
                        }
                        Err(e) => {
                            eprintln!(
                                "{}",
                                tr!(
                                    "msg-screenshot-failed",
                                    path = path.display().to_string(),
                                    reason = e
                                )
                            );
                            exit.write(AppExit::error());
                        }
                    }
                },
            );
            return;
        }
        if script.seen[at].is_none() {
            script.seen[at] = Some((view, hash));
        }
        if at + 1 < steps {
            world.resource_mut::<TourPlayer>().step_by(1);
        } else {
            script.going_back = true;
            if at > 0 {
                world.resource_mut::<TourPlayer>().step_by(-1);
            } else {
                finish(world, steps);
            }
        }
        return;
    }
    let id = world.resource::<TourPlayer>().tour.steps[at].id.clone();
    if script.seen[at] != Some((view, hash)) {
        eprintln!("{}", tr!("tour-check-failed", step = id));
        world.write_message(AppExit::error());
        return;
    }
    if at == 0 {
        finish(world, steps);
    } else {
        world.resource_mut::<TourPlayer>().step_by(-1);
    }
}

fn finish(world: &mut World, steps: usize) {
    println!("{}", tr!("tour-checked", steps = steps));
    world.write_message(AppExit::Success);
}
