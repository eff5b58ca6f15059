//! The command line's words: the commands and their flags (clap), checked before anything
//! runs. A bad command line gets clap's message and exit code 2; a mistyped command gets
//! a "did you mean" for the command it is close to.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};
use fluent_templates::LanguageIdentifier as Language;

/// The whole command line. Every command's and flag's help text is in the language shown,
/// from `assets/locales/*/cli.ftl` (see [`HELP`]), not in these definitions.
#[derive(Parser, Debug)]
#[command(name = "parksim", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[arg(long, global = true, value_name = "LANGUAGE")]
    pub lang: Option<String>,
    #[command(flatten)]
    pub open: OpenArgs,
}

/// Without a command: open the planner on a scene.
#[derive(Args, Debug)]
pub struct OpenArgs {
    pub scene: Option<PathBuf>,
    #[arg(long, requires = "months")]
    pub screenshot: Option<PathBuf>,
    #[arg(long, value_parser = clap::value_parser!(u32).range(0..=12_000))]
    pub months: Option<u32>,
    #[arg(long, conflicts_with = "screenshot", value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub frame_times: Option<u32>,
    #[arg(long)]
    pub present: bool,
    #[arg(long, requires = "screenshot")]
    pub select: Option<String>,
    #[arg(long, requires = "screenshot")]
    pub each_tab: bool,
    #[arg(long)]
    pub baseline: Option<String>,
    #[arg(long, requires = "baseline")]
    pub split_map: bool,
    #[arg(long, value_parser = clap::value_parser!(u32).range(10..=1_000))]
    pub band_seeds: Option<u32>,
    #[arg(long, value_enum)]
    pub layer: Option<LayerArg>,
    #[arg(long)]
    pub sources: bool,
}

/// The map layers as `--layer` names them.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum LayerArg {
    Zones,
    Phase,
    Status,
    Sector,
    UtilityLoading,
    Headroom,
    Rent,
}

/// The headless commands.
#[derive(Subcommand, Debug)]
pub enum Command {
    Run {
        scene: PathBuf,
        #[arg(long, value_parser = clap::value_parser!(u32).range(1..=12_000))]
        months: Option<u32>,
        #[arg(long)]
        seed: Option<u64>,
        #[arg(long, default_value = "out")]
        out: PathBuf,
        #[arg(long)]
        all_links: bool,
        #[arg(long)]
        regime: Option<String>,
    },
    N1 {
        scene: PathBuf,
        #[arg(long)]
        month: Option<String>,
    },
    Ledger {
        scene: PathBuf,
        #[arg(long)]
        month: Option<String>,
        #[arg(long)]
        out: Option<PathBuf>,
        #[arg(long)]
        seed: Option<u64>,
        #[arg(long)]
        regime: Option<String>,
    },
    Export {
        scene: PathBuf,
        #[arg(long, value_enum)]
        format: ExportFormat,
        #[arg(long)]
        out: PathBuf,
        #[arg(long)]
        month: Option<String>,
        #[arg(long)]
        utility: Option<String>,
    },
    Validate {
        #[arg(required = true)]
        scenes: Vec<PathBuf>,
        #[arg(long)]
        sources: bool,
    },
    Synth {
        #[arg(long, value_parser = clap::value_parser!(u32).range(1..=2_000_000))]
        plots: u32,
        #[arg(long)]
        out: PathBuf,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[arg(long)]
        networks: bool,
    },
    Sweep {
        scene: PathBuf,
        #[command(flatten)]
        runs: RunsArgs,
        #[arg(long)]
        regime: Option<String>,
        #[arg(long, default_value = "out")]
        out: PathBuf,
    },
    Compare {
        base: String,
        other: String,
        #[command(flatten)]
        runs: RunsArgs,
        #[arg(long, default_value = "out")]
        out: PathBuf,
    },
    Calibrate {
        scene: PathBuf,
        #[arg(long, required = true, value_name = "PARAM[,PARAM...]")]
        fit: String,
        #[arg(long, value_name = "YYYY-MM")]
        until: Option<String>,
        #[arg(long, value_name = "KIND[,KIND...]")]
        on: Option<String>,
        #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u64).range(1..=10_000))]
        seeds: u64,
        #[arg(long, default_value_t = 60, value_parser = clap::value_parser!(u64).range(1..=10_000))]
        iterations: u64,
        #[arg(long, value_name = "FITTED.ron")]
        out: Option<PathBuf>,
    },
    Merge {
        #[arg(required = true)]
        parts: Vec<PathBuf>,
        #[arg(long, default_value = "out")]
        out: PathBuf,
    },
    Report {
        scene: String,
        #[arg(long)]
        compare: Option<String>,
        #[arg(long, default_value = "1..100", value_parser = parse_seeds)]
        seeds: crate::sweep::SeedRange,
        #[arg(long, value_name = "YYYY-MM,…")]
        map_months: Option<String>,
        #[arg(long, value_name = "HANDOUT.html")]
        out: PathBuf,
        #[arg(long, value_name = "FOLDER")]
        png: Option<PathBuf>,
    },
    #[command(subcommand_negates_reqs = true)]
    Exercise {
        #[command(subcommand)]
        action: Option<ExerciseAction>,
        #[arg(required = true, value_name = "EXERCISE.ron")]
        exercise: Option<PathBuf>,
        #[arg(long, required = true, value_name = "NAME")]
        team: Option<String>,
        #[arg(long, value_name = "SUBMISSION.ron")]
        out: Option<PathBuf>,
        #[arg(long = "event", value_name = "ID")]
        events: Vec<String>,
        #[arg(long, value_name = "FILE.png")]
        screenshot: Option<PathBuf>,
    },
    Tour {
        tour: PathBuf,
        #[arg(long)]
        check: bool,
        #[arg(long, value_name = "FILE.png")]
        screenshot: Option<PathBuf>,
        #[arg(long, value_parser = clap::value_parser!(u32).range(10..=1_000))]
        band_seeds: Option<u32>,
    },
}

/// What the trainer does with an exercise.
#[derive(Subcommand, Debug)]
pub enum ExerciseAction {
    Score {
        #[arg(value_name = "EXERCISE.ron")]
        exercise: PathBuf,
        #[arg(required = true, value_name = "SUBMISSION.ron")]
        submissions: Vec<PathBuf>,
        #[arg(long, value_name = "DEBRIEF.html")]
        out: PathBuf,
    },
    Check {
        #[arg(value_name = "EXERCISE.ron")]
        exercise: PathBuf,
    },
}

/// What `sweep` and `compare` share: the seeds, the months, the threads and the shard.
#[derive(Args, Debug, Clone)]
pub struct RunsArgs {
    #[arg(long, default_value = "1..100", value_parser = parse_seeds)]
    pub seeds: crate::sweep::SeedRange,
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=12_000))]
    pub months: Option<u32>,
    #[arg(long, default_value_t = 0)]
    pub jobs: usize,
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

/// [`parse`] of the given arguments (the program's name first). The help is in the
/// language `--lang` asks for, else the environment's.
pub fn parse_from(args: Vec<OsString>) -> Result<Cli, ExitCode> {
    if let Some(language) = language_asked(&args).or_else(crate::locale::from_environment) {
        let _ = crate::locale::set_language(&language);
    }
    let args = lang_after_command(args);
    let checked = match misspelled_command(&args) {
        Some(error) => Err(error),
        None => command()
            .try_get_matches_from(args)
            .and_then(|matches| Cli::from_arg_matches(&matches))
            .and_then(|cli| match cli.open.misplaced_flag() {
                Some((kind, message)) => Err(command().error(kind, message)),
                None => Ok(cli),
            }),
    };
    checked.map_err(|e| {
        let _ = e.print();
        ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2))
    })
}

/// `parksim --lang ru run …` as `parksim run --lang ru …`: clap takes a flag before the
/// command for the planner's (which conflicts with any command), so a `--lang` given first
/// moves after the command it precedes.
fn lang_after_command(mut args: Vec<OsString>) -> Vec<OsString> {
    let lang_words = match args.get(1).and_then(|a| a.to_str()) {
        Some("--lang") => 2,
        Some(a) if a.starts_with("--lang=") => 1,
        _ => return args,
    };
    let next = args.get(1 + lang_words).and_then(|a| a.to_str());
    if next.is_some_and(|word| command_names().iter().any(|name| name == word)) {
        let lang: Vec<OsString> = args.drain(1..1 + lang_words).collect();
        args.splice(2..2, lang);
    }
    args
}

/// The language `--lang CODE` or `--lang=CODE` asks for, when it has texts (a code without
/// any is refused later, with the languages there are).
fn language_asked(args: &[OsString]) -> Option<String> {
    let args: Vec<&str> = args.iter().filter_map(|a| a.to_str()).collect();
    let code = args
        .iter()
        .enumerate()
        .find_map(|(i, a)| match a.strip_prefix("--lang") {
            Some("") => args.get(i + 1).copied(),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        })?;
    crate::locale::matching(code)
}

/// Where each help text is: (command and argument, Fluent id). The root's arguments have
/// no command; `*` is any command's (the global `--lang`, and clap's own help and version).
pub const HELP: &[(&str, &str)] = &[
    ("", "cli-help-about"),
    ("* lang", "cli-help-lang"),
    ("* help", "cli-help-help"),
    ("* version", "cli-help-version"),
    (" scene", "cli-help-open-scene"),
    (" screenshot", "cli-help-screenshot"),
    (" months", "cli-help-screenshot-months"),
    (" frame_times", "cli-help-frame-times"),
    (" present", "cli-help-present"),
    (" select", "cli-help-select"),
    (" each_tab", "cli-help-each-tab"),
    (" baseline", "cli-help-baseline"),
    (" split_map", "cli-help-split-map"),
    (" band_seeds", "cli-help-band-seeds"),
    (" layer", "cli-help-layer"),
    (" sources", "cli-help-sources"),
    ("run", "cli-help-run"),
    ("run scene", "cli-help-scene-file"),
    ("run months", "cli-help-run-months"),
    ("run seed", "cli-help-seed"),
    ("run out", "cli-help-out-folder"),
    ("run all_links", "cli-help-all-links"),
    ("run regime", "cli-help-regime"),
    ("n1", "cli-help-n1"),
    ("n1 scene", "cli-help-scene-file"),
    ("n1 month", "cli-help-n1-month"),
    ("ledger", "cli-help-ledger"),
    ("ledger scene", "cli-help-scene-file"),
    ("ledger month", "cli-help-ledger-month"),
    ("ledger out", "cli-help-ledger-out"),
    ("ledger seed", "cli-help-seed"),
    ("ledger regime", "cli-help-regime"),
    ("export", "cli-help-export"),
    ("export scene", "cli-help-scene-file"),
    ("export format", "cli-help-export-format"),
    ("export out", "cli-help-export-out"),
    ("export month", "cli-help-export-month"),
    ("export utility", "cli-help-export-utility"),
    ("validate", "cli-help-validate"),
    ("validate scenes", "cli-help-validate-scenes"),
    ("validate sources", "cli-help-validate-sources"),
    ("synth", "cli-help-synth"),
    ("synth plots", "cli-help-synth-plots"),
    ("synth out", "cli-help-synth-out"),
    ("synth seed", "cli-help-synth-seed"),
    ("synth networks", "cli-help-synth-networks"),
    ("sweep", "cli-help-sweep"),
    ("sweep scene", "cli-help-scene-file"),
    ("sweep regime", "cli-help-regime"),
    ("sweep out", "cli-help-out-folder"),
    ("compare", "cli-help-compare"),
    ("compare base", "cli-help-compare-base"),
    ("compare other", "cli-help-compare-other"),
    ("compare out", "cli-help-out-folder"),
    ("calibrate", "cli-help-calibrate"),
    ("calibrate scene", "cli-help-scene-file"),
    ("calibrate fit", "cli-help-calibrate-fit"),
    ("calibrate until", "cli-help-calibrate-until"),
    ("calibrate on", "cli-help-calibrate-on"),
    ("calibrate seeds", "cli-help-calibrate-seeds"),
    ("calibrate iterations", "cli-help-calibrate-iterations"),
    ("calibrate out", "cli-help-calibrate-out"),
    ("merge", "cli-help-merge"),
    ("merge parts", "cli-help-merge-parts"),
    ("merge out", "cli-help-merge-out"),
    ("report", "cli-help-report"),
    ("report scene", "cli-help-report-scene"),
    ("report compare", "cli-help-report-compare"),
    ("report map_months", "cli-help-report-map-months"),
    ("report out", "cli-help-report-out"),
    ("report png", "cli-help-report-png"),
    ("exercise", "cli-help-exercise"),
    ("exercise exercise", "cli-help-exercise-file"),
    ("exercise team", "cli-help-exercise-team"),
    ("exercise out", "cli-help-exercise-out"),
    ("exercise events", "cli-help-exercise-event"),
    ("exercise screenshot", "cli-help-exercise-screenshot"),
    ("score", "cli-help-exercise-score"),
    ("score exercise", "cli-help-exercise-file"),
    ("score submissions", "cli-help-exercise-submissions"),
    ("score out", "cli-help-exercise-debrief"),
    ("check", "cli-help-exercise-check"),
    ("check exercise", "cli-help-exercise-file"),
    ("tour", "cli-help-tour"),
    ("tour tour", "cli-help-tour-file"),
    ("tour check", "cli-help-tour-check"),
    ("tour screenshot", "cli-help-tour-screenshot"),
    ("tour band_seeds", "cli-help-band-seeds"),
    ("* seeds", "cli-help-seeds"),
    ("* months", "cli-help-runs-months"),
    ("* jobs", "cli-help-jobs"),
    ("* shard", "cli-help-shard"),
    ("help", "cli-help-help-command"),
    ("help subcommand", "cli-help-help-which"),
];

/// The help text of `argument` of `command` ("" for the root), or of the command itself
/// when `argument` is empty, in `language`.
fn help_of(language: &Language, command: &str, argument: &str) -> Option<String> {
    let own = if argument.is_empty() {
        command.to_owned()
    } else {
        format!("{command} {argument}")
    };
    let any = format!("* {argument}");
    HELP.iter()
        .find(|(at, _)| *at == own)
        .or_else(|| {
            (!argument.is_empty())
                .then(|| HELP.iter().find(|(at, _)| *at == any))
                .flatten()
        })
        .map(|(_, id)| crate::locale::text_in(language, id, &[]))
}

/// The command line as clap checks it, every help text and heading in the language shown.
pub fn command() -> clap::Command {
    command_in(&crate::locale::language())
}

/// [`command`] in `language`.
pub fn command_in(language: &Language) -> clap::Command {
    let mut cmd = Cli::command();
    cmd.build();
    in_language(cmd, "", language)
}

fn in_language(cmd: clap::Command, name: &str, language: &Language) -> clap::Command {
    let text = |id: &str| crate::locale::text_in(language, id, &[]);
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
        text("cli-help-usage")
    );
    let mut cmd = cmd
        .help_template(template)
        .subcommand_help_heading(text("cli-help-commands"));
    if let Some(about) = help_of(language, name, "") {
        cmd = cmd.about(about);
    }
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        let help = help_of(language, name, &id);
        cmd = cmd.mut_arg(&id, |arg| {
            let heading = if arg.is_positional() {
                "cli-help-arguments"
            } else {
                "cli-help-options"
            };
            let arg = arg.help_heading(text(heading));
            match help {
                Some(help) => arg.help(help),
                None => arg,
            }
        });
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect();
    for sub in names {
        cmd = cmd.mut_subcommand(&sub, |c| in_language(c, &sub, language));
    }
    cmd
}

/// The names of the commands, as typed.
fn command_names() -> Vec<String> {
    command()
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
    let mut cmd = command();
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
    fn misplaced_flag(&self) -> Option<(ErrorKind, String)> {
        if cfg!(feature = "gui") {
            (self.months.is_some() && self.screenshot.is_none()).then(|| {
                (
                    ErrorKind::MissingRequiredArgument,
                    crate::tr!("cli-months-without-screenshot"),
                )
            })
        } else {
            (self.screenshot.is_some() || self.frame_times.is_some() || self.present).then(|| {
                (
                    ErrorKind::ArgumentConflict,
                    crate::tr!("cli-no-planner-flags"),
                )
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command and flag, in every language: its help text, and no English left
    /// where a translation exists.
    #[test]
    fn every_command_and_flag_has_help_in_every_language() {
        fn check(cmd: &clap::Command, language: &str, english: &clap::Command) {
            assert!(
                cmd.get_about().is_some_and(|a| !a.to_string().is_empty()),
                "{language}: `{}` has no help",
                cmd.get_name()
            );
            if language != crate::locale::FALLBACK && cmd.get_name() != "parksim" {
                assert_ne!(
                    cmd.get_about().map(|a| a.to_string()),
                    english.get_about().map(|a| a.to_string()),
                    "{language}: `{}` is still in English",
                    cmd.get_name()
                );
            }
            for arg in cmd.get_arguments() {
                assert!(
                    arg.get_help().is_some_and(|h| !h.to_string().is_empty()),
                    "{language}: `{} {}` has no help",
                    cmd.get_name(),
                    arg.get_id()
                );
            }
            for sub in cmd.get_subcommands() {
                let theirs = english
                    .find_subcommand(sub.get_name())
                    .unwrap_or_else(|| panic!("{} not in English", sub.get_name()));
                check(sub, language, theirs);
            }
        }
        let english = command_in(&crate::locale::FALLBACK.parse().unwrap());
        for language in crate::locale::languages() {
            let cmd = command_in(&language.parse().unwrap());
            check(&cmd, &language, &english);
        }
        let ru = command_in(&"ru".parse().unwrap());
        let help = ru
            .find_subcommand("run")
            .unwrap()
            .clone()
            .render_help()
            .to_string();
        assert!(help.contains("--months"), "{help}");
        assert!(
            !help.contains("Options:") && !help.contains("Usage:"),
            "{help}"
        );
    }

    #[test]
    fn lang_is_found_before_the_command_line_is_checked() {
        let args = |a: &[&str]| -> Vec<OsString> { a.iter().map(OsString::from).collect() };
        assert_eq!(
            language_asked(&args(&["parksim", "run", "--lang", "ru", "x.ron"])).as_deref(),
            Some("ru")
        );
        assert_eq!(
            language_asked(&args(&["parksim", "--lang=tg"])).as_deref(),
            Some("tg")
        );
        assert_eq!(language_asked(&args(&["parksim", "--lang", "xx"])), None);
        assert_eq!(language_asked(&args(&["parksim", "run"])), None);
    }

    #[test]
    fn lang_before_the_command_is_taken_as_the_command_s() {
        let args = |a: &[&str]| -> Vec<OsString> { a.iter().map(OsString::from).collect() };
        let english = || command_in(&crate::locale::FALLBACK.parse().unwrap());
        for line in [
            &["parksim", "--lang", "ru", "validate", "x.ron"][..],
            &["parksim", "--lang=ru", "validate", "x.ron"],
            &["parksim", "validate", "--lang", "ru", "x.ron"],
        ] {
            let matches = english()
                .try_get_matches_from(lang_after_command(args(line)))
                .unwrap_or_else(|e| panic!("{line:?}: {e}"));
            let cli = Cli::from_arg_matches(&matches).unwrap();
            assert!(
                matches!(cli.command, Some(Command::Validate { .. })),
                "{line:?}"
            );
            assert_eq!(cli.lang.as_deref(), Some("ru"), "{line:?}");
        }
        // Before a scene to open, --lang stays the planner's.
        let planner = args(&["parksim", "--lang", "ru", "scenes/x.ron"]);
        assert_eq!(lang_after_command(planner.clone()), planner);
        let cli = Cli::from_arg_matches(&english().try_get_matches_from(planner).unwrap()).unwrap();
        assert!(cli.command.is_none() && cli.lang.as_deref() == Some("ru"));
    }
}
