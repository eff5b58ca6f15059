//! The `parksim` command line: run a scene headless, validate scene files, make
//! synthetic parks. Every failure is a message and a non-zero exit, never a panic.

/// Prints a line to standard output; a reader that has gone away (`parksim n1 ... | head`)
/// is not an error worth a crash, so write errors are ignored.
macro_rules! out {
    () => {
        out_str("\n")
    };
    ($($arg:tt)*) => {
        out_str(&format!("{}\n", format_args!($($arg)*)))
    };
}

fn out_str(text: &str) {
    use std::io::Write;
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Args, Parser, Subcommand};

use crate::scenario::{self, synthetic};
use crate::sim::Simulation;
use crate::sim::networks::{NetworkStates, asset_loads};
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
        /// List every plot's service line in networks.csv even in a park of more than
        /// 1,000 plots (where only sources and links between them and junctions are listed).
        #[arg(long)]
        all_links: bool,
        /// Run the layout under this incentive regime from the start instead of the
        /// scene's (a preset of scenes/regimes, e.g. `tajikistan_fez`).
        #[arg(long)]
        regime: Option<String>,
    },
    /// The N-1 table: for every utility source and network link, what is left unserved if
    /// it alone fails, with the park's demand of a month.
    N1 {
        /// The scene file (.ron).
        scene: PathBuf,
        /// The month whose demand is used, "YYYY-MM" (default: the last month of the run).
        #[arg(long)]
        month: Option<String>,
    },
    /// The fiscal ledger per resident: jobs and investment promised and delivered, rent,
    /// taxes paid, tax expenditure by instrument and the net fiscal effect, at a month.
    Ledger {
        /// The scene file (.ron).
        scene: PathBuf,
        /// The month to run to, "YYYY-MM" (default: the last month of the run).
        #[arg(long)]
        month: Option<String>,
        /// Also write the ledger as CSV to this file.
        #[arg(long)]
        out: Option<PathBuf>,
        /// The run's seed (default: the scene's).
        #[arg(long)]
        seed: Option<u64>,
        /// Run the layout under this incentive regime from the start instead of the
        /// scene's (a preset of scenes/regimes).
        #[arg(long)]
        regime: Option<String>,
    },
    /// Export the layout for GIS (GeoJSON) or a water network for hydraulic models
    /// (EPANET .inp), with the state of a simulated month.
    Export {
        /// The scene file (.ron).
        scene: PathBuf,
        /// `geojson` (layout, zones, plots with attributes, networks) or `epanet` (a water
        /// network, with the plots' demand as base demands).
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// The file to write.
        #[arg(long)]
        out: PathBuf,
        /// The simulated month whose state is exported, "YYYY-MM" (default: the run's last).
        #[arg(long)]
        month: Option<String>,
        /// For `epanet`: the water utility (default: the first with a network).
        #[arg(long)]
        utility: Option<String>,
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
        /// Give every utility a network (a backbone along the rows, a service line to each
        /// plot) instead of pooling its sources park-wide.
        #[arg(long)]
        networks: bool,
    },
}

/// Formats of `parksim export`.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    Geojson,
    Epanet,
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
            all_links,
            regime,
        }) => run(&scene, months, seed, &out, all_links, regime.as_deref()),
        Some(Command::Validate { scenes }) => validate(&scenes),
        Some(Command::N1 { scene, month }) => n1(&scene, month.as_deref()),
        Some(Command::Ledger {
            scene,
            month,
            out,
            seed,
            regime,
        }) => ledger(
            &scene,
            month.as_deref(),
            out.as_deref(),
            seed,
            regime.as_deref(),
        ),
        Some(Command::Export {
            scene,
            format,
            out,
            month,
            utility,
        }) => export(&scene, format, &out, month.as_deref(), utility.as_deref()),
        Some(Command::Synth {
            plots,
            out,
            seed,
            networks,
        }) => synth(plots, &out, seed, networks),
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
    run(&scene, args.months, None, Path::new("out"), false, None)
}

fn fail(message: impl std::fmt::Display) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::FAILURE
}

/// Parks with more plots than this list only their trunk in networks.csv (unless asked).
pub const SERVICE_LINES_LISTED_UP_TO: usize = 1_000;

fn run(
    scene: &Path,
    months: Option<u32>,
    seed: Option<u64>,
    out: &Path,
    all_links: bool,
    regime: Option<&str>,
) -> ExitCode {
    let scenario = match load_scene_under(scene, regime) {
        Ok(s) => s,
        Err(code) => return code,
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
    // Each network's assets, month by month, for networks.csv.
    let mut network_rows = Vec::new();
    let service_lines = all_links || scenario.plots.len() <= SERVICE_LINES_LISTED_UP_TO;
    for m in 0..months {
        let month = sim.clock().current();
        sim.step();
        if !scenario.networks.is_empty() {
            let states = sim.app.world().resource::<NetworkStates>();
            // Only the rows kept are built: a filtered list would keep the allocation
            // of all of them, month after month (1.8 GB for the 10,000-plot park).
            network_rows.push((month, asset_loads(&scenario, states, service_lines)));
        }
        if let Some(bar) = &bar {
            bar.set_position(m as u64 + 1);
        }
    }
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
    let csv_text = match report::timeseries_csv(records, &scenario.observed) {
        Ok(t) => t,
        Err(e) => return fail(format!("cannot format the time series: {e}")),
    };
    let summary = report::summary_json(&scenario, seed, records);
    let summary_text = serde_json::to_string_pretty(&summary).unwrap_or_default() + "\n";
    let mut files = vec![("timeseries.csv", csv_text), ("summary.json", summary_text)];
    if !scenario.networks.is_empty() {
        match report::networks_csv(&network_rows, &scenario) {
            Ok(t) => files.push(("networks.csv", t)),
            Err(e) => return fail(format!("cannot format the network loads: {e}")),
        }
    }
    for (name, text) in files {
        let path = out.join(name);
        if let Err(e) = atomic_file::write_atomically(&path, text.as_bytes()) {
            return fail(format!("cannot write {}: {e}", path.display()));
        }
    }
    out_str(&report::summary_table(&scenario, records));
    out!(
        "Wrote {} and {}{}",
        out.join("timeseries.csv").display(),
        out.join("summary.json").display(),
        if scenario.networks.is_empty() {
            String::new()
        } else {
            format!(" and {}", out.join("networks.csv").display())
        }
    );
    ExitCode::SUCCESS
}

/// The month asked for on the command line, within the scene's run (default: its last).
fn month_of_run(
    scenario: &scenario::Scenario,
    month: Option<&str>,
) -> Result<scenario::YearMonth, String> {
    let start = scenario.simulation.start;
    match month {
        None => Ok(start.plus_months(scenario.simulation.months as i32 - 1)),
        Some(text) => match scenario::YearMonth::parse(text.trim()) {
            Some(m) if m >= start => Ok(m),
            Some(m) => Err(format!(
                "{m} is before the run starts ({start}); choose a month from {start}"
            )),
            None => Err(format!("\"{text}\" is not a month; write it as YYYY-MM")),
        },
    }
}

/// Reads and checks a scene; on failure prints every problem and gives the exit code.
/// Reads a scene and, with `regime`, puts the layout under that preset from its first
/// month instead of the scene's regimes.
fn load_scene_under(
    scene: &Path,
    regime: Option<&str>,
) -> Result<Arc<scenario::Scenario>, ExitCode> {
    let loaded = load_scene(scene)?;
    let Some(id) = regime else {
        return Ok(loaded);
    };
    let mut raw = loaded.raw.clone();
    raw.regimes = vec![scenario::raw::RawRegime {
        name: String::new(),
        preset: Some(id.to_owned()),
        from: raw.simulation.start.clone(),
        exemptions: Vec::new(),
        rent_discount_share: scenario::raw::Num::plain(0.0),
        utility_refund: None,
        source: None,
    }];
    scenario::from_raw(raw, scene)
        .map(Arc::new)
        .map_err(|errors| {
            eprintln!("{errors}");
            ExitCode::FAILURE
        })
}

fn load_scene(scene: &Path) -> Result<Arc<scenario::Scenario>, ExitCode> {
    scenario::load(scene).map(Arc::new).map_err(|errors| {
        eprintln!("{errors}");
        ExitCode::FAILURE
    })
}

/// Writes a GeoJSON or EPANET export of the scene at a month.
fn export(
    scene: &Path,
    format: ExportFormat,
    out: &Path,
    month: Option<&str>,
    utility: Option<&str>,
) -> ExitCode {
    use crate::export::{ParkAtMonth, epanet, geojson};
    let scenario = match load_scene(scene) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let month = match month_of_run(&scenario, month) {
        Ok(m) => m,
        Err(e) => return fail(e),
    };
    if format == ExportFormat::Geojson && scenario.park.origin_lat_lon.is_none() {
        return fail(geojson::missing_origin_message());
    }
    let park = ParkAtMonth::simulate(scenario, month);
    let text = match format {
        ExportFormat::Geojson => match geojson::feature_collection(&park) {
            Some(v) => serde_json::to_string_pretty(&v).unwrap_or_default() + "\n",
            None => return fail(geojson::missing_origin_message()),
        },
        ExportFormat::Epanet => match epanet::water_utility(&park, utility) {
            Ok(u) => epanet::inp(&park, u),
            Err(e) => return fail(e),
        },
    };
    if let Err(e) = atomic_file::write_atomically(out, text.as_bytes()) {
        return fail(format!("cannot write {}: {e}", out.display()));
    }
    out!("Wrote {} (the park in {month})", out.display());
    ExitCode::SUCCESS
}

/// Prints the N-1 table of every utility at a month.
fn n1(scene: &Path, month: Option<&str>) -> ExitCode {
    use crate::sim::networks::{Asset, utility_n_minus_one};
    use crate::sim::utilities::{ParkUtility, UtilityLoad};

    let scenario = match load_scene(scene) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let start = scenario.simulation.start;
    let month = match month_of_run(&scenario, month) {
        Ok(m) => m,
        Err(e) => return fail(e),
    };
    let mut sim = Simulation::new(scenario.clone(), scenario.simulation.seed);
    sim.run((month.months_since(start) + 1) as u32, |_| {});
    let world = sim.app.world_mut();
    let mut loads = vec![UtilityLoad::default(); scenario.utilities.len()];
    for (u, load) in world.query::<(&ParkUtility, &UtilityLoad)>().iter(world) {
        loads[u.index] = *load;
    }
    let states = world.resource::<NetworkStates>();
    out!(
        "N-1 at {month}: what each asset's failure alone leaves unserved, with this month's demand"
    );
    for (u, utility) in scenario.utilities.iter().enumerate() {
        let unit = utility.kind.unit();
        let demand = loads[u].demand;
        out!();
        let short_now = match states.of(u) {
            Some(state) => state.flows.unserved,
            None => (demand - loads[u].capacity).max(0.0),
        };
        out!(
            "{} ({unit}): demand {demand:.1} {unit}, not served with everything in service {short_now:.1} {unit}",
            utility.name
        );
        if states.of(u).is_none() {
            out!("  (no network in the scene: its sources pool their capacity park-wide)");
        }
        out!(
            "  {:<28} {:<7} {:>12} {:>12} {:>16} {:>8}",
            "asset",
            "kind",
            "capacity",
            "flow now",
            "unserved if out",
            "% demand"
        );
        let table = utility_n_minus_one(&scenario, states, u, month, demand, loads[u].capacity);
        for c in table {
            let kind = match c.asset {
                Asset::Source(_) => "source",
                Asset::Link(_) => "link",
            };
            let (id, capacity, flow, unserved) = (c.id, c.capacity, c.flow, c.unserved);
            let pct = if demand > 0.0 {
                100.0 * unserved / demand
            } else {
                0.0
            };
            out!("  {id:<28} {kind:<7} {capacity:>12.1} {flow:>12.1} {unserved:>16.1} {pct:>7.0}%");
        }
    }
    ExitCode::SUCCESS
}

fn ledger(
    scene: &Path,
    month: Option<&str>,
    out: Option<&Path>,
    seed: Option<u64>,
    regime: Option<&str>,
) -> ExitCode {
    let scenario = match load_scene_under(scene, regime) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let month = match month_of_run(&scenario, month) {
        Ok(m) => m,
        Err(e) => return fail(e),
    };
    let seed = seed.unwrap_or(scenario.simulation.seed);
    let mut sim = Simulation::new(scenario.clone(), seed);
    sim.run(
        (month.months_since(scenario.simulation.start) + 1) as u32,
        |_| {},
    );
    let firms = sim.firms();
    out!(
        "Fiscal ledger of {} at {month} (seed {seed}), per resident since it registered",
        scenario.park.name
    );
    out_str(&report::ledger::ledger_table(&firms));
    if let Some(path) = out {
        let text = match report::ledger::ledger_csv(&scenario, &firms) {
            Ok(t) => t,
            Err(e) => return fail(format!("cannot build the ledger CSV: {e}")),
        };
        if let Err(e) = report::write_atomically(path, text.as_bytes()) {
            return fail(format!("cannot write {}: {e}", path.display()));
        }
        out!("Wrote {}", path.display());
    }
    ExitCode::SUCCESS
}

fn validate(scenes: &[PathBuf]) -> ExitCode {
    let mut all_ok = true;
    for scene in scenes {
        match scenario::load(scene) {
            Ok(s) => out!(
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

fn synth(plots: u32, out: &Path, seed: u64, networks: bool) -> ExitCode {
    let mut raw = synthetic::park(plots as usize, seed);
    if networks {
        synthetic::add_networks(&mut raw);
    }
    let text = match scenario::to_ron(&raw) {
        Ok(t) => t,
        Err(e) => return fail(format!("cannot write the scene: {e}")),
    };
    let header = format!(
        "// Synthetic park of {plots} plots made by `parksim synth --plots {plots} --seed {seed}{}`.\n\
         // For scale tests and benchmarks; every number in it is invented.\n",
        if networks { " --networks" } else { "" }
    );
    if let Err(e) = atomic_file::write_atomically(out, (header + &text).as_bytes()) {
        return fail(format!("cannot write {}: {e}", out.display()));
    }
    out!("Wrote {} ({plots} plots)", out.display());
    ExitCode::SUCCESS
}
