//! The command line's words: the commands and their flags (clap), checked before anything
//! runs. A bad command line gets clap's message and exit code 2; a mistyped command gets
//! a "did you mean" for the command it is close to.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Args, CommandFactory, Parser, Subcommand};

/// parksim — industrial-park site and infrastructure simulator.
#[derive(Parser, Debug)]
#[command(name = "parksim", version, about, long_about = None, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Language of the messages and the planner: en, ru (Русский), tg (Тоҷикӣ) or az
    /// (Azərbaycanca). Default: the planner's last choice, else LC_ALL, LC_MESSAGES or LANG.
    #[arg(long, global = true, value_name = "LANGUAGE")]
    pub lang: Option<String>,
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
    /// Open in presentation mode: full screen, large text, the map, one chart and the
    /// headline figures (F5 or Esc leaves it).
    #[arg(long)]
    pub present: bool,
    /// With --screenshot: select this plot (by id) before the picture.
    #[arg(long, requires = "screenshot")]
    pub select: Option<String>,
    /// With --screenshot: one picture per tab of the charts panel (FILE-firms.png, …).
    #[arg(long, requires = "screenshot")]
    pub each_tab: bool,
    /// Open with this scene pinned as the baseline: a scene file, optionally with
    /// `:PRESET` to put a regime on it (e.g. scenes/sumgayit.ron:tajikistan_fez).
    #[arg(long)]
    pub baseline: Option<String>,
    /// With --baseline: open with the map split, the baseline's park on the left.
    #[arg(long, requires = "baseline")]
    pub split_map: bool,
    /// Seeds of the bands behind the charts (default 100; 10 to 1,000).
    #[arg(long, value_parser = clap::value_parser!(u32).range(10..=1_000))]
    pub band_seeds: Option<u32>,
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
    /// Run a scene for many seeds in parallel and write, per month, the p10, median, p90
    /// and mean of every column (bands.csv), each seed's end-of-run figures (runs.csv) and
    /// their medians with p10–p90 (summary.json).
    Sweep {
        /// The scene file (.ron).
        scene: PathBuf,
        #[command(flatten)]
        runs: RunsArgs,
        /// Run the layout under this incentive regime from the start instead of the
        /// scene's (a preset of scenes/regimes, e.g. `tajikistan_fez`).
        #[arg(long)]
        regime: Option<String>,
        /// Folder for the outputs; created if missing.
        #[arg(long, default_value = "out")]
        out: PathBuf,
    },
    /// Run two options on the same seeds and write the bands of their paired difference
    /// (difference_bands.csv) and a table of the end-of-run figures (comparison.csv).
    /// Each option is a scene file, optionally with `:PRESET` to put a regime on it, e.g.
    /// scenes/sumgayit.ron:tajikistan_fez.
    Compare {
        /// The option compared against.
        base: String,
        /// The option compared with it.
        other: String,
        #[command(flatten)]
        runs: RunsArgs,
        /// Folder for the outputs; created if missing.
        #[arg(long, default_value = "out")]
        out: PathBuf,
    },
    /// Put the partial results of a sharded sweep (or comparison) together: exactly the
    /// files one unsharded sweep (or comparison) writes.
    Merge {
        /// The shards' output folders.
        #[arg(required = true)]
        parts: Vec<PathBuf>,
        /// Folder for the merged outputs; created if missing.
        #[arg(long, default_value = "out")]
        out: PathBuf,
    },
}

/// What `sweep` and `compare` share: the seeds, the months, the threads and the shard.
#[derive(Args, Debug, Clone)]
pub struct RunsArgs {
    /// The seeds, first and last included (a comparison runs both options on each).
    #[arg(long, default_value = "1..100", value_parser = parse_seeds)]
    pub seeds: crate::sweep::SeedRange,
    /// Months to simulate (default: the scene's `simulation.months`; BASE's for compare).
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=12_000))]
    pub months: Option<u32>,
    /// Threads (default: one per core). The files are the same for any number.
    #[arg(long, default_value_t = 0)]
    pub jobs: usize,
    /// Run only the K-th of N slices of the seeds (K from 0, as a Slurm array task
    /// numbers them) and write its partial result, for `parksim merge`.
    #[arg(long, value_parser = parse_shard)]
    pub shard: Option<crate::sweep::Shard>,
}

impl RunsArgs {
    /// The seeds to run here: all of them, or the shard's share.
    pub fn seeds_here(&self) -> Vec<u64> {
        let all = self.seeds.seeds();
        match self.shard {
            Some(shard) => shard.of(&all),
            None => all,
        }
    }
}

fn parse_seeds(text: &str) -> Result<crate::sweep::SeedRange, String> {
    crate::sweep::SeedRange::parse(text)
}

fn parse_shard(text: &str) -> Result<crate::sweep::Shard, String> {
    crate::sweep::Shard::parse(text)
}

/// Formats of `parksim export`.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    Geojson,
    Epanet,
}

/// The scene opened when no command is given.
pub const DEFAULT_SCENE: &str = "scenes/sumgayit.ron";

/// The command line of this process, checked; on a bad one (or `--help`, `--version`) the
/// message is printed and the exit code returned (2 for a bad command line, as clap's own).
pub fn parse() -> Result<Cli, ExitCode> {
    parse_from(std::env::args_os().collect())
}

/// [`parse`] of the given arguments (the program's name first).
pub fn parse_from(args: Vec<OsString>) -> Result<Cli, ExitCode> {
    let checked = match misspelled_command(&args) {
        Some(error) => Err(error),
        None => Cli::try_parse_from(args).and_then(|cli| match cli.open.misplaced_flag() {
            Some((kind, message)) => Err(Cli::command().error(kind, message)),
            None => Ok(cli),
        }),
    };
    checked.map_err(|e| {
        let _ = e.print();
        ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2))
    })
}

/// The names of the commands, as typed.
fn command_names() -> Vec<String> {
    Cli::command()
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .chain(["help".to_owned()])
        .collect()
}

/// `parksim runn scene.ron`: a first word that is no command, no file and not path-like,
/// and is close to a command or followed by another word, is a mistyped command (clap
/// would take it for the scene to open and answer about something else).
fn misspelled_command(args: &[OsString]) -> Option<clap::Error> {
    let first = args.get(1)?.to_str()?;
    let names = command_names();
    if first.starts_with('-')
        || first.contains(['.', '/', '\\'])
        || names.iter().any(|n| n == first)
        || Path::new(first).exists()
    {
        return None;
    }
    let mut similar: Vec<(f64, String)> = names
        .into_iter()
        .map(|n| (strsim::jaro(first, &n), n))
        .filter(|(closeness, _)| *closeness > 0.7)
        .collect();
    similar.sort_by(|a, b| b.0.total_cmp(&a.0));
    let another_word = args
        .get(2)
        .and_then(|a| a.to_str())
        .is_some_and(|a| !a.starts_with('-'));
    if similar.is_empty() && !another_word {
        return None;
    }
    let mut cmd = Cli::command();
    let usage = cmd.render_usage();
    let mut error = clap::Error::new(ErrorKind::InvalidSubcommand).with_cmd(&cmd);
    error.insert(
        ContextKind::InvalidSubcommand,
        ContextValue::String(first.to_owned()),
    );
    if !similar.is_empty() {
        error.insert(
            ContextKind::SuggestedSubcommand,
            ContextValue::Strings(similar.into_iter().map(|(_, n)| n).collect()),
        );
    }
    error.insert(ContextKind::Usage, ContextValue::StyledStr(usage));
    Some(error)
}

impl OpenArgs {
    /// The scene to open: the one given, else [`DEFAULT_SCENE`].
    pub fn scene_or_default(&self) -> PathBuf {
        self.scene
            .clone()
            .unwrap_or_else(|| PathBuf::from(DEFAULT_SCENE))
    }

    /// The screenshot asked for: its file and the months to run first.
    pub fn screenshot_plan(&self) -> Option<(PathBuf, u32)> {
        self.screenshot.clone().zip(self.months)
    }

    /// A flag that this build cannot take without a command, with the message why.
    fn misplaced_flag(&self) -> Option<(ErrorKind, &'static str)> {
        if cfg!(feature = "gui") {
            (self.months.is_some() && self.screenshot.is_none()).then_some((
                ErrorKind::MissingRequiredArgument,
                "--months without a command goes with --screenshot; to run a scene headless use `parksim run SCENE --months N`",
            ))
        } else {
            (self.screenshot.is_some() || self.frame_times.is_some() || self.present).then_some((
                ErrorKind::ArgumentConflict,
                "this build has no planner (it was built without the `gui` feature), so it cannot take screenshots, time frames or present",
            ))
        }
    }
}
