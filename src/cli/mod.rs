//! The `parksim` command line: parses it, and runs the headless commands (run a scene,
//! validate scene files, export, make synthetic parks). Opening the planner is the
//! program's entry's business (`main.rs`), so this module never reaches the GUI. Every
//! failure is a message and a non-zero exit (2 for a bad command line, 1 otherwise), never
//! a panic.

/// Prints a line to standard output; a reader that has gone away (`parksim n1 ... | head`)
/// is not an error worth a crash, so write errors are ignored.
macro_rules! out {
    () => {
        $crate::cli::out_str("\n")
    };
    ($($arg:tt)*) => {
        $crate::cli::out_str(&format!("{}\n", format_args!($($arg)*)))
    };
}

pub(crate) fn out_str(text: &str) {
    use std::io::Write;
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}

mod args;
mod calibrate;
mod exercise;
mod handout;
mod many_runs;
mod validate;

use crate::scenario::Named;
use crate::tr;
use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

pub use args::{
    Cli, Command, DEFAULT_SCENE, ExerciseAction, ExportFormat, LayerArg, OpenArgs, RunsArgs, parse,
    parse_from,
};

use crate::atomic_file::{self, OutputSet};
use crate::report;
use crate::scenario::{self, synthetic};
use crate::sim::Simulation;
use crate::sim::networks::{NetworkStates, asset_loads};

/// Runs a headless command; returns the process's exit code.
/// Shows every text in the language asked for with `--lang` (refused, with the languages
/// there are, when there are no texts in it), else in `saved` (the planner's last choice),
/// else in the environment's, else in English.
pub fn use_language(requested: Option<&str>, saved: Option<&str>) -> Result<(), ExitCode> {
    let chosen = match requested {
        Some(code) => match crate::locale::matching(code) {
            Some(found) => found,
            None => {
                eprintln!(
                    "{}",
                    tr!(
                        "cli-no-language",
                        code = code,
                        languages = crate::locale::languages().join(", ")
                    )
                );
                return Err(ExitCode::from(2));
            }
        },
        None => saved
            .and_then(crate::locale::matching)
            .or_else(crate::locale::from_environment)
            .unwrap_or_else(|| crate::locale::FALLBACK.to_owned()),
    };
    let _ = crate::locale::set_language(&chosen);
    Ok(())
}

pub fn execute(command: Command) -> ExitCode {
    match command {
        Command::Run {
            scene,
            months,
            seed,
            out,
            all_links,
            regime,
        } => run(&scene, months, seed, &out, all_links, regime.as_deref()),
        Command::Validate { scenes, sources } => validate::validate(&scenes, sources),
        Command::N1 { scene, month } => n1(&scene, month.as_deref()),
        Command::Ledger {
            scene,
            month,
            out,
            seed,
            regime,
        } => ledger(
            &scene,
            month.as_deref(),
            out.as_deref(),
            seed,
            regime.as_deref(),
        ),
        Command::Export {
            scene,
            format,
            out,
            month,
            utility,
        } => export(&scene, format, &out, month.as_deref(), utility.as_deref()),
        Command::Synth {
            plots,
            out,
            seed,
            networks,
        } => synth(plots, &out, seed, networks),
        Command::Sweep {
            scene,
            runs,
            regime,
            out,
        } => many_runs::sweep(&scene, &runs, regime.as_deref(), &out),
        Command::Merge { parts, out } => many_runs::merge(&parts, &out),
        Command::Calibrate {
            scene,
            fit,
            until,
            on,
            seeds,
            iterations,
            out,
        } => calibrate::calibrate(
            &scene,
            &fit,
            until.as_deref(),
            on.as_deref(),
            seeds,
            iterations,
            out.as_deref(),
        ),
        Command::Compare {
            base,
            other,
            runs,
            out,
        } => many_runs::compare(&base, &other, &runs, &out),
        Command::Report {
            scene,
            compare,
            seeds,
            map_months,
            out,
            png,
        } => handout::report(
            &scene,
            compare.as_deref(),
            seeds,
            map_months.as_deref(),
            &out,
            png.as_deref(),
        ),
        Command::Tour { tour, .. } => tour_without_planner(&tour),
        Command::Exercise {
            action, exercise, ..
        } => match action {
            Some(ExerciseAction::Score {
                exercise,
                submissions,
                out,
            }) => exercise::score(&exercise, &submissions, &out),
            Some(ExerciseAction::Check { exercise }) => exercise::check(&exercise),
            None => exercise::without_planner(exercise.as_deref()),
        },
    }
}

/// `parksim tour` in a build without the planner: the tour is checked, and not played.
fn tour_without_planner(tour: &Path) -> ExitCode {
    match crate::tour::load(tour) {
        Ok(t) => {
            eprintln!(
                "{}",
                tr!(
                    "cli-tour-no-planner",
                    tour = t.shown_name(),
                    steps = t.steps.len()
                )
            );
            ExitCode::FAILURE
        }
        Err(errors) => {
            eprintln!("{errors}");
            ExitCode::FAILURE
        }
    }
}

/// Without a command in a build without the planner: runs the scene headless into `out`.
pub fn run_without_planner(args: &OpenArgs) -> ExitCode {
    let scene = args.scene_or_default();
    eprintln!(
        "{}",
        tr!("cli-no-planner", scene = scene.display().to_string())
    );
    run(&scene, args.months, None, Path::new("out"), false, None)
}

/// A progress bar on a terminal for runs of two years or more, saying how far the run
/// goes; nothing otherwise (or when standard error is not a terminal).
struct Progress(Option<indicatif::ProgressBar>);

impl Progress {
    fn new(months: u32, last: scenario::YearMonth) -> Self {
        if !std::io::stderr().is_terminal() || months < 24 {
            return Self(None);
        }
        let bar = indicatif::ProgressBar::new(months as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template(&format!(
                "{{msg}} [{{bar:40}}] {{pos}}/{{len}} {}",
                tr!("cli-progress-months-unit")
            ))
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar.set_message(tr!(
            "cli-progress-months",
            month = report::shown::month(last)
        ));
        Self(Some(bar))
    }

    fn done(&self, months: u32) {
        if let Some(bar) = &self.0 {
            bar.set_position(months as u64);
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}

/// Runs `sim` `months` months with a progress bar.
fn simulate(sim: &mut Simulation, months: u32) {
    let last = sim.clock().current().plus_months(months as i32 - 1);
    let progress = Progress::new(months, last);
    sim.run(months, |m| progress.done(m));
}

fn fail(message: impl std::fmt::Display) -> ExitCode {
    eprintln!("{}", tr!("cli-error", message = message.to_string()));
    ExitCode::FAILURE
}

/// "cannot create the output folder …" with the system's reason.
fn cannot_create(folder: &Path, e: impl std::fmt::Display) -> String {
    tr!(
        "cli-cannot-create-folder",
        folder = folder.display().to_string(),
        error = e.to_string()
    )
}

/// "cannot write in the output folder …" with the system's reason.
fn cannot_write_in(folder: &Path, e: impl std::fmt::Display) -> String {
    tr!(
        "cli-cannot-write-in-folder",
        folder = folder.display().to_string(),
        error = e.to_string()
    )
}

/// "cannot write FILE: …" with the system's reason.
fn cannot_write(file: &Path, e: impl std::fmt::Display) -> String {
    tr!(
        "cli-cannot-write",
        file = file.display().to_string(),
        error = e.to_string()
    )
}

/// "cannot put the files in …" (the last step of an atomic set of files).
fn cannot_put(folder: &Path, e: impl std::fmt::Display) -> String {
    tr!(
        "cli-cannot-put-files",
        folder = folder.display().to_string(),
        error = e.to_string()
    )
}

/// A failure to format an output (a CSV writer's), which only an internal fault causes.
fn cannot_format(e: impl std::fmt::Display) -> String {
    tr!("cli-cannot-format", error = e.to_string())
}

/// Parks with more plots than this list only their trunk in networks.csv (unless asked).
pub const SERVICE_LINES_LISTED_UP_TO: usize = 1_000;

/// The files `run` writes, replaced together (see [`OutputSet`]).
pub const RUN_FILES: [&str; 3] = ["timeseries.csv", "summary.json", "networks.csv"];

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
    // The output folder is checked before any month is simulated.
    if let Err(e) = std::fs::create_dir_all(out) {
        return fail(cannot_create(out, e));
    }
    let mut files = match OutputSet::begin(out, &RUN_FILES) {
        Ok(set) => set,
        Err(e) => return fail(cannot_write_in(out, e)),
    };
    let months = months.unwrap_or(scenario.simulation.months);
    let seed = seed.unwrap_or(scenario.simulation.seed);
    let mut sim = Simulation::new(scenario.clone(), seed);
    let progress = Progress::new(
        months,
        scenario.simulation.start.plus_months(months as i32 - 1),
    );
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
        progress.done(m + 1);
    }
    drop(progress);
    let records = sim.records();
    let csv_text = match report::timeseries_csv(records, &scenario.observed) {
        Ok(t) => t,
        Err(e) => return fail(cannot_format(e)),
    };
    let summary = report::summary_json(&scenario, seed, records);
    let summary_text = serde_json::to_string_pretty(&summary).unwrap_or_default() + "\n";
    let mut texts = vec![(RUN_FILES[0], csv_text), (RUN_FILES[1], summary_text)];
    if !scenario.networks.is_empty() {
        match report::networks_csv(&network_rows, &scenario) {
            Ok(t) => texts.push((RUN_FILES[2], t)),
            Err(e) => return fail(cannot_format(e)),
        }
    }
    for (name, text) in &texts {
        if let Err(e) = files.write(name, text.as_bytes()) {
            return fail(cannot_write(&out.join(name), e));
        }
    }
    if let Err(e) = files.commit() {
        return fail(cannot_put(out, e));
    }
    out_str(&report::summary_table(&scenario, records));
    let written: Vec<String> = texts
        .iter()
        .map(|(name, _)| out.join(name).display().to_string())
        .collect();
    out!("{}", tr!("cli-wrote-run", files = written.join(", ")));
    ExitCode::SUCCESS
}

/// The month asked for on the command line, within the scene's run (default: its last).
fn month_of_run(
    scenario: &scenario::Scenario,
    month: Option<&str>,
) -> Result<scenario::YearMonth, String> {
    let start = scenario.simulation.start;
    let last = start.plus_months(scenario.simulation.months as i32 - 1);
    let range = tr!(
        "cli-month-range",
        start = start.to_string(),
        last = last.to_string(),
        months = scenario.simulation.months
    );
    match month {
        None => Ok(last),
        Some(text) => match scenario::YearMonth::parse(text.trim()) {
            Some(m) if m < start => Err(tr!(
                "cli-month-before-run",
                month = m.to_string(),
                range = range
            )),
            Some(m) if m > last => Err(tr!(
                "cli-month-after-run",
                month = m.to_string(),
                range = range
            )),
            Some(m) => Ok(m),
            None => Err(tr!("cli-not-a-month", text = text)),
        },
    }
}

/// Months from the start of the scene's run to `month`, that one included.
fn months_to(scenario: &scenario::Scenario, month: scenario::YearMonth) -> u32 {
    (month.months_since(scenario.simulation.start) + 1).max(0) as u32
}

/// Reads and checks a scene; on failure prints every problem and gives the exit code.
/// Reads a scene and, with `regime`, puts the layout under that preset from its first
/// month instead of the scene's regimes.
/// A scene as `compare` and the planner's `--baseline` name it: a file, optionally with
/// `:PRESET` to put a regime on it; its problems are printed.
pub fn load_option(text: &str) -> Result<Arc<scenario::Scenario>, ExitCode> {
    let (path, preset) = many_runs::option(text);
    load_scene_under(&path, preset.as_deref())
}

pub(super) fn load_scene_under(
    scene: &Path,
    regime: Option<&str>,
) -> Result<Arc<scenario::Scenario>, ExitCode> {
    let loaded = load_scene(scene)?;
    let Some(id) = regime else {
        return Ok(loaded);
    };
    let raw = scenario::regimes::put_on(&loaded.raw, id);
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
    if let Err(e) = atomic_file::check_can_write(out) {
        return fail(cannot_write(out, e));
    }
    let months = months_to(&scenario, month);
    let progress = Progress::new(months, month);
    let park = ParkAtMonth::simulate_with_progress(scenario, month, |m| progress.done(m));
    drop(progress);
    let text = match format {
        ExportFormat::Geojson => geojson::feature_collection(&park)
            .map(|v| serde_json::to_string_pretty(&v).unwrap_or_default() + "\n"),
        ExportFormat::Epanet => {
            epanet::water_utility(&park, utility).and_then(|u| epanet::inp(&park, u))
        }
    };
    let text = match text {
        Ok(t) => t,
        Err(e) => return fail(e),
    };
    if let Err(e) = atomic_file::write_atomically(out, text.as_bytes()) {
        return fail(cannot_write(out, e));
    }
    out!(
        "{}",
        tr!(
            "cli-wrote-export",
            file = out.display().to_string(),
            month = report::shown::month(month)
        )
    );
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
    let month = match month_of_run(&scenario, month) {
        Ok(m) => m,
        Err(e) => return fail(e),
    };
    let mut sim = Simulation::new(scenario.clone(), scenario.simulation.seed);
    simulate(&mut sim, months_to(&scenario, month));
    let world = sim.app.world_mut();
    let mut loads = vec![UtilityLoad::default(); scenario.utilities.len()];
    for (u, load) in world.query::<(&ParkUtility, &UtilityLoad)>().iter(world) {
        loads[u.index] = *load;
    }
    let states = world.resource::<NetworkStates>();
    out!(
        "{}",
        tr!("cli-n1-heading", month = report::shown::month(month))
    );
    for (u, utility) in scenario.utilities.iter().enumerate() {
        let unit = utility.kind.unit_shown();
        let demand = loads[u].demand;
        out!();
        let short_now = match states.of(u) {
            Some(state) => state.flows.unserved,
            None => (demand - loads[u].capacity).max(0.0),
        };
        out!(
            "{}",
            tr!(
                "cli-n1-utility",
                utility = utility.shown_name(),
                unit = unit.as_str(),
                demand = crate::report::shown::grouped(demand, 1),
                short = crate::report::shown::grouped(short_now, 1)
            )
        );
        if states.of(u).is_none() {
            out!("  {}", tr!("cli-n1-pooled"));
        }
        out!(
            "  {:<28} {:<7} {:>12} {:>12} {:>16} {:>8}",
            tr!("cli-n1-asset"),
            tr!("cli-n1-kind"),
            tr!("cli-n1-capacity"),
            tr!("cli-n1-flow"),
            tr!("cli-n1-unserved"),
            tr!("cli-n1-pct-demand")
        );
        let table = utility_n_minus_one(&scenario, states, u, month, demand, loads[u].capacity);
        for c in table {
            let kind = match c.asset {
                Asset::Source(_) => tr!("cli-n1-source"),
                Asset::Link(_) => tr!("cli-n1-link"),
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
    if let Some(path) = out
        && let Err(e) = atomic_file::check_can_write(path)
    {
        return fail(cannot_write(path, e));
    }
    let seed = seed.unwrap_or(scenario.simulation.seed);
    let mut sim = Simulation::new(scenario.clone(), seed);
    simulate(&mut sim, months_to(&scenario, month));
    let firms = sim.firms();
    out!(
        "{}",
        tr!(
            "cli-ledger-heading",
            park = scenario.park.shown_name(),
            month = report::shown::month(month),
            seed = seed.to_string()
        )
    );
    out_str(&report::ledger::ledger_table(&firms));
    if let Some(path) = out {
        let text = match report::ledger::ledger_csv(&scenario, &firms) {
            Ok(t) => t,
            Err(e) => return fail(cannot_format(e)),
        };
        if let Err(e) = report::write_atomically(path, text.as_bytes()) {
            return fail(cannot_write(path, e));
        }
        out!("{}", tr!("cli-wrote", file = path.display().to_string()));
    }
    ExitCode::SUCCESS
}

fn synth(plots: u32, out: &Path, seed: u64, networks: bool) -> ExitCode {
    let mut raw = synthetic::park(plots as usize, seed);
    if networks {
        synthetic::add_networks(&mut raw);
    }
    let text = match scenario::to_ron(&raw) {
        Ok(t) => t,
        Err(e) => return fail(cannot_format(e)),
    };
    let header = format!(
        "// Synthetic park of {plots} plots made by `parksim synth --plots {plots} --seed {seed}{}`.\n\
         // For scale tests and benchmarks; every number in it is invented.\n",
        if networks { " --networks" } else { "" }
    );
    if let Err(e) = atomic_file::write_atomically(out, (header + &text).as_bytes()) {
        return fail(cannot_write(out, e));
    }
    out!(
        "{}",
        tr!(
            "cli-wrote-synth",
            file = out.display().to_string(),
            plots = plots
        )
    );
    ExitCode::SUCCESS
}
