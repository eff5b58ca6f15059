//! The `parksim` program. The command line is parsed by [`parksim::cli`]; the entry decides
//! what runs: a headless command, or, with no command, the planner on a scene.

use std::process::ExitCode;

use parksim::cli;

fn main() -> ExitCode {
    let args = match cli::parse() {
        Ok(args) => args,
        Err(code) => return code,
    };
    match args.command {
        Some(command) => cli::execute(command),
        None => open(&args.open),
    }
}

/// Opens the planner on the scene (default: [`cli::DEFAULT_SCENE`]).
#[cfg(feature = "gui")]
fn open(args: &cli::OpenArgs) -> ExitCode {
    let baseline = match args.baseline.as_deref().map(cli::load_option).transpose() {
        Ok(b) => b,
        Err(code) => return code,
    };
    let options = parksim::gui::PlannerOptions {
        screenshot: args.screenshot_plan(),
        frame_times: args.frame_times,
        present: args.present,
        select: args.select.clone(),
        each_tab: args.each_tab,
        baseline,
        split_map: args.split_map,
        band_seeds: args.band_seeds,
    };
    parksim::gui::run_planner(args.scene_or_default(), options)
}

/// A build without the planner runs the scene headless instead.
#[cfg(not(feature = "gui"))]
fn open(args: &cli::OpenArgs) -> ExitCode {
    cli::run_without_planner(args)
}
