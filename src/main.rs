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
        Some(command) => match cli::use_language(args.lang.as_deref(), None) {
            Ok(()) => cli::execute(command),
            Err(code) => code,
        },
        None => open(&args),
    }
}

/// Opens the planner on the scene (default: [`cli::DEFAULT_SCENE`]).
#[cfg(feature = "gui")]
fn open(cli: &cli::Cli) -> ExitCode {
    // The planner remembers the language last chosen in it.
    let saved = parksim::gui::settings::load().language;
    if let Err(code) = cli::use_language(cli.lang.as_deref(), saved.as_deref()) {
        return code;
    }
    let args = &cli.open;
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
        layer: args.layer.map(|l| {
            use parksim::gui::layers::MapLayer;
            match l {
                cli::LayerArg::Zones => MapLayer::Zone,
                cli::LayerArg::Phase => MapLayer::Phase,
                cli::LayerArg::Status => MapLayer::Status,
                cli::LayerArg::Sector => MapLayer::Sector,
                cli::LayerArg::UtilityLoading => MapLayer::UtilityLoading,
                cli::LayerArg::Headroom => MapLayer::Headroom,
                cli::LayerArg::Rent => MapLayer::Rent,
            }
        }),
        sources: args.sources,
    };
    parksim::gui::run_planner(args.scene_or_default(), options)
}

/// A build without the planner runs the scene headless instead.
#[cfg(not(feature = "gui"))]
fn open(cli: &cli::Cli) -> ExitCode {
    match cli::use_language(cli.lang.as_deref(), None) {
        Ok(()) => cli::run_without_planner(&cli.open),
        Err(code) => code,
    }
}
