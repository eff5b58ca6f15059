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
        #[cfg(feature = "gui")]
        Some(cli::Command::Tour {
            tour,
            check,
            screenshot,
            band_seeds,
        }) => play_tour(args.lang.as_deref(), &tour, check, screenshot, band_seeds),
        #[cfg(feature = "gui")]
        Some(cli::Command::Exercise {
            action: None,
            exercise: Some(exercise),
            team: Some(team),
            out,
            events,
            screenshot,
        }) => open_exercise(
            args.lang.as_deref(),
            &exercise,
            team,
            out,
            events,
            screenshot,
        ),
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
        layer: args.layer.map(parksim::gui::layers::MapLayer::from_arg),
        sources: args.sources,
        ..Default::default()
    };
    parksim::gui::run_planner(args.scene_or_default(), options)
}

/// `parksim tour FILE`: the planner opens on the tour's scene, presenting, and plays it.
#[cfg(feature = "gui")]
fn play_tour(
    lang: Option<&str>,
    tour: &std::path::Path,
    check: bool,
    screenshot: Option<std::path::PathBuf>,
    band_seeds: Option<u32>,
) -> ExitCode {
    let saved = parksim::gui::settings::load().language;
    if let Err(code) = cli::use_language(lang, saved.as_deref()) {
        return code;
    }
    let tour = match parksim::tour::load(tour) {
        Ok(t) => std::sync::Arc::new(t),
        Err(errors) => {
            eprintln!("{errors}");
            return ExitCode::FAILURE;
        }
    };
    let options = parksim::gui::PlannerOptions {
        present: true,
        band_seeds,
        tour_check: (check || screenshot.is_some()).then_some(screenshot),
        tour: Some(tour),
        ..Default::default()
    };
    parksim::gui::run_planner(std::path::PathBuf::new(), options)
}

/// `parksim exercise FILE --team NAME`: the planner opens on the exercise's scene, with
/// its brief, levers and live score, for the team.
#[cfg(feature = "gui")]
fn open_exercise(
    lang: Option<&str>,
    file: &std::path::Path,
    team: String,
    out: Option<std::path::PathBuf>,
    events: Vec<String>,
    screenshot: Option<std::path::PathBuf>,
) -> ExitCode {
    let saved = parksim::gui::settings::load().language;
    if let Err(code) = cli::use_language(lang, saved.as_deref()) {
        return code;
    }
    let exercise = match parksim::exercise::load(file) {
        Ok(e) => std::sync::Arc::new(e),
        Err(errors) => {
            eprintln!("{errors}");
            return ExitCode::FAILURE;
        }
    };
    // A picture shows the park at the exercise's last scored month.
    let months = exercise
        .objective_months
        .iter()
        .chain(&exercise.threshold_months)
        .max()
        .map_or(0, |m| *m as u32 + 1);
    let options = parksim::gui::PlannerOptions {
        screenshot: screenshot.map(|path| (path, months)),
        team: Some(parksim::gui::team_mode::TeamOpen {
            exercise,
            team,
            out,
            events,
        }),
        ..Default::default()
    };
    parksim::gui::run_planner(std::path::PathBuf::new(), options)
}

/// A build without the planner runs the scene headless instead.
#[cfg(not(feature = "gui"))]
fn open(cli: &cli::Cli) -> ExitCode {
    match cli::use_language(cli.lang.as_deref(), None) {
        Ok(()) => cli::run_without_planner(&cli.open),
        Err(code) => code,
    }
}
