//! Pictures for reports: `parksim SCENE --screenshot FILE.png --months N` runs N months at
//! full speed, lets the window draw, saves a screenshot of it and exits.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured};

use crate::sim::SimSchedule;

/// Frames drawn before the picture is taken, so panels and the map have settled.
const SETTLE_FRAMES: u32 = 20;

/// The screenshot asked for on the command line.
#[derive(Resource, Clone, Debug)]
pub struct ScreenshotPlan {
    pub path: PathBuf,
    pub months: u32,
    frames: u32,
    requested: bool,
}

impl ScreenshotPlan {
    pub fn new(path: PathBuf, months: u32) -> Self {
        Self {
            path,
            months,
            frames: 0,
            requested: false,
        }
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Startup, run_months)
        .add_systems(Update, take_when_settled.in_set(super::PlannerSystems::Map));
}

fn run_months(world: &mut World) {
    let Some(months) = world.get_resource::<ScreenshotPlan>().map(|p| p.months) else {
        return;
    };
    for _ in 0..months {
        world.run_schedule(SimSchedule);
    }
}

fn take_when_settled(mut commands: Commands, plan: Option<ResMut<ScreenshotPlan>>) {
    let Some(mut plan) = plan else {
        return;
    };
    plan.frames += 1;
    if plan.requested || plan.frames < SETTLE_FRAMES {
        return;
    }
    plan.requested = true;
    let path = plan.path.clone();
    commands.spawn(Screenshot::primary_window()).observe(
        move |captured: On<ScreenshotCaptured>, mut exit: MessageWriter<AppExit>| match save_png(
            &path,
            captured.image.clone(),
        ) {
            Ok(()) => {
                println!(
                    "{}",
                    crate::tr!("msg-screenshot-saved", path = path.display().to_string())
                );
                exit.write(AppExit::Success);
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
        },
    );
}

/// Saves the image as PNG through [`crate::atomic_file`], so a failed save leaves no half
/// file and keeps an earlier picture of the same name.
fn save_png(path: &std::path::Path, picture: Image) -> Result<(), String> {
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
