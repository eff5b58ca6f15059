//! The `parksim` command line: run a scene headless, validate scene files, make
//! synthetic parks. Every failure is a message and a non-zero exit, never a panic.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Args, Parser, Subcommand};

use crate::scenario::{self, synthetic};
use crate::sim::Simulation;
use crate::{atomic_file, report};

/// parksim — industrial-park site and infrastructure simulator.
#[derive(Parser, Debug)]
#[command(name = "parksim", version, about, long_about = None, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub open: OpenArgs,
}

/// Without a command: open the planner on a scene.
#[derive(Args, Debug)]
pub struct OpenArgs {
    /// The scene file to open (default: scenes/sumgayit.ron).
    pub scene: Option<PathBuf>,
    /// Run --months months at full speed, save a picture of the window to this PNG file and exit.
    #[arg(long, requires = "months")]
    pub screenshot: Option<PathBuf>,
    /// Months to simulate before the screenshot.
    #[arg(long, value_parser = clap::value_parser!(u32).range(0..=12_000))]
    pub months: Option<u32>,
    /// For benchmarks: pan and zoom the map by script for this many frames paused and as
    /// many playing, print the planner's frame CPU time and exit.
    #[arg(long, conflicts_with = "screenshot", value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub frame_times: Option<u32>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Simulate a scene month by month and write timeseries.csv and summary.json.
    Run {
        /// The scene file (.ron).
        scene: PathBuf,
        /// Months to simulate (default: the scene's `simulation.months`).
        #[arg(long, value_parser = clap::value_parser!(u32).range(1..=12_000))]
        months: Option<u32>,
        /// Seed of the random draws (default: the scene's `simulation.seed`).
        #[arg(long)]
        seed: Option<u64>,
        /// Folder for the outputs; created if missing.
        #[arg(long, default_value = "out")]
        out: PathBuf,
    },
    /// Check scene files; prints every problem with its line and column.
    Validate {
        /// One or more scene files.
        #[arg(required = true)]
        scenes: Vec<PathBuf>,
    },
    /// Write a synthetic park of N plots (same format) for scale tests and benchmarks.
    Synth {
        /// Number of plots.
        #[arg(long, value_parser = clap::value_parser!(u32).range(1..=2_000_000))]
        plots: u32,
        /// The scene file to write.
        #[arg(long)]
        out: PathBuf,
        /// Seed of the layout and of the scene's runs.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
}

/// The scene opened when no command is given.
pub const DEFAULT_SCENE: &str = "scenes/sumgayit.ron";

/// Runs the command line; returns the process's exit code.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match cli.command {
        Some(Command::Run {
            scene,
            months,
            seed,
            out,
        }) => run(&scene, months, seed, &out),
        Some(Command::Validate { scenes }) => validate(&scenes),
        Some(Command::Synth { plots, out, seed }) => synth(plots, &out, seed),
        None => open(cli.open),
    }
}

/// Opens the planner (or, in a build without it, runs the scene headless).
#[cfg(feature = "gui")]
fn open(args: OpenArgs) -> ExitCode {
    let scene = args.scene.unwrap_or_else(|| PathBuf::from(DEFAULT_SCENE));
    if args.months.is_some() && args.screenshot.is_none() {
        return fail(
            "--months without a command goes with --screenshot; to run a scene headless use `parksim run SCENE --months N`",
        );
    }
    let screenshot = args.screenshot.zip(args.months);
    crate::gui::run_planner(scene, screenshot, args.frame_times)
}

/// Opens the planner (or, in a build without it, runs the scene headless).
#[cfg(not(feature = "gui"))]
fn open(args: OpenArgs) -> ExitCode {
    if args.screenshot.is_some() || args.frame_times.is_some() {
        return fail(
            "this build has no planner (it was built without the `gui` feature), so it cannot take screenshots or time frames",
        );
    }
    let scene = args.scene.unwrap_or_else(|| PathBuf::from(DEFAULT_SCENE));
    eprintln!(
        "parksim: this build has no planner (built without the `gui` feature); running {} headless.",
        scene.display()
    );
    run(&scene, args.months, None, Path::new("out"))
}

fn fail(message: impl std::fmt::Display) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::FAILURE
}

fn run(scene: &Path, months: Option<u32>, seed: Option<u64>, out: &Path) -> ExitCode {
    let scenario = match scenario::load(scene) {
        Ok(s) => Arc::new(s),
        Err(errors) => {
            eprintln!("{errors}");
            return ExitCode::FAILURE;
        }
    };
    let months = months.unwrap_or(scenario.simulation.months);
    let seed = seed.unwrap_or(scenario.simulation.seed);
    let mut sim = Simulation::new(scenario.clone(), seed);
    let bar = if std::io::stderr().is_terminal() && months >= 24 {
        let bar = indicatif::ProgressBar::new(months as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{msg} [{bar:40}] {pos}/{len} months")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar.set_message("Simulating");
        Some(bar)
    } else {
        None
    };
    sim.run(months, |m| {
        if let Some(bar) = &bar {
            bar.set_position(m as u64);
        }
    });
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    let records = sim.records();
    if let Err(e) = std::fs::create_dir_all(out) {
        return fail(format!(
            "cannot create the output folder {}: {e}",
            out.display()
        ));
    }
    let csv_text = match report::timeseries_csv(records) {
        Ok(t) => t,
        Err(e) => return fail(format!("cannot format the time series: {e}")),
    };
    let summary = report::summary_json(&scenario, seed, records);
    let summary_text = serde_json::to_string_pretty(&summary).unwrap_or_default() + "\n";
    for (name, text) in [("timeseries.csv", csv_text), ("summary.json", summary_text)] {
        let path = out.join(name);
        if let Err(e) = atomic_file::write_atomically(&path, text.as_bytes()) {
            return fail(format!("cannot write {}: {e}", path.display()));
        }
    }
    print!("{}", report::summary_table(&scenario, records));
    println!(
        "Wrote {} and {}",
        out.join("timeseries.csv").display(),
        out.join("summary.json").display()
    );
    ExitCode::SUCCESS
}

fn validate(scenes: &[PathBuf]) -> ExitCode {
    let mut all_ok = true;
    for scene in scenes {
        match scenario::load(scene) {
            Ok(s) => println!(
                "{}: valid — {}, {} plots ({:.1} ha), {} utilities, {} archetypes, {} named residents",
                scene.display(),
                s.park.name,
                s.plots.len(),
                s.plot_area_ha(),
                s.utilities.len(),
                s.archetypes.len(),
                s.anchors.len()
            ),
            Err(errors) => {
                all_ok = false;
                eprintln!("{errors}");
            }
        }
    }
    if all_ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn synth(plots: u32, out: &Path, seed: u64) -> ExitCode {
    let raw = synthetic::park(plots as usize, seed);
    let text = match scenario::to_ron(&raw) {
        Ok(t) => t,
        Err(e) => return fail(format!("cannot write the scene: {e}")),
    };
    let header = format!(
        "// Synthetic park of {plots} plots made by `parksim synth --plots {plots} --seed {seed}`.\n\
         // For scale tests and benchmarks; every number in it is invented.\n"
    );
    if let Err(e) = atomic_file::write_atomically(out, (header + &text).as_bytes()) {
        return fail(format!("cannot write {}: {e}", out.display()));
    }
    println!("Wrote {} ({plots} plots)", out.display());
    ExitCode::SUCCESS
}
