//! `parksim sweep`, `parksim compare` and `parksim merge`: many seeds of one scene, or
//! of two options on the same seeds, whole or in shards, and the shards put together
//! (see [`crate::sweep`]).

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use super::{RunsArgs, fail, load_scene_under};
use crate::atomic_file::OutputSet;
use crate::report::shown::grouped;
use crate::scenario::Scenario;
use crate::sweep::{self, Gathered, Sweep};

/// The partial results of a sharded comparison: each option's series, as a sharded
/// sweep of it would write them.
pub const COMPARE_PARTS: [&str; 2] = ["base-part.csv", "other-part.csv"];

/// The files of a comparison.
pub const COMPARE_FILES: [&str; 2] = ["difference_bands.csv", "comparison.csv"];

/// Runs the seeds (or a shard's share of them) and writes the sweep's files (or the
/// shard's partial result).
pub fn sweep(scene: &Path, args: &RunsArgs, regime: Option<&str>, out: &Path) -> ExitCode {
    let scenario = match load_scene_under(scene, regime) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let names: &[&str] = if args.shard.is_some() {
        &[sweep::PARTIAL_FILE]
    } else {
        &sweep::SWEEP_FILES
    };
    let mut files = match begin(out, names) {
        Ok(f) => f,
        Err(code) => return code,
    };
    let seeds = args.seeds_here();
    let months = args.months.unwrap_or(scenario.simulation.months);
    let bar = ProgressBar::new(seeds.len());
    let scene_name = scene.display().to_string();
    let result = match args.shard {
        Some(_) => write_partial(
            &mut files,
            sweep::PARTIAL_FILE,
            (&scenario, &scene_name),
            &seeds,
            months,
            args.jobs,
            &bar,
        )
        .map(|()| Vec::new()),
        // A whole sweep keeps each seed's end-of-run figures, and its series on disk for
        // the bands.
        None => Gathered::spilled_in(files.staging())
            .map_err(|e| crate::tr!("cli-cannot-scratch", error = e.to_string()))
            .and_then(|mut gathered| {
                let tick = |done| bar.set(done);
                sweep::run_in_chunks(&[&scenario], &seeds, months, args.jobs, tick, |runs| {
                    gathered.add(&runs[0])
                })?;
                sweep_texts(&mut gathered, scene)
            }),
    };
    bar.finish();
    match result {
        Ok(texts) => write_set(files, out, &texts),
        Err(e) => fail(e),
    }
}

/// Writes one option's partial result as its runs come, a chunk at a time.
fn write_partial(
    files: &mut OutputSet,
    name: &str,
    (scenario, scene_name): (&Arc<Scenario>, &str),
    seeds: &[u64],
    months: u32,
    jobs: usize,
    bar: &ProgressBar,
) -> Result<(), String> {
    files
        .write_with(name, |w| {
            let mut first = true;
            let tick = |done| bar.set(done);
            sweep::run_in_chunks(&[scenario], seeds, months, jobs, tick, |runs| {
                let mut text = String::new();
                if std::mem::take(&mut first) {
                    text = sweep::partial_head(&runs[0].columns, scene_name)
                        .map_err(|e| e.to_string())?;
                }
                text += &sweep::partial_rows(&runs[0]).map_err(|e| e.to_string())?;
                w.write_all(text.as_bytes()).map_err(|e| e.to_string())
            })
            .map_err(std::io::Error::other)
        })
        .map_err(|e| super::cannot_write(Path::new(name), e))
}

/// Reads every shard's partial result and writes what one unsharded sweep (or
/// comparison) would. The shards are read twice — once to put them in seed order and check
/// they belong together, once to gather them — so only one is in memory at a time.
pub fn merge(parts: &[PathBuf], out: &Path) -> ExitCode {
    let Some(first) = parts.first() else {
        return fail(crate::tr!("cli-merge-nothing"));
    };
    let comparison = first.join(COMPARE_PARTS[0]).exists();
    let names: &[&str] = if comparison {
        &COMPARE_PARTS
    } else {
        &[sweep::PARTIAL_FILE]
    };
    let read = |folder: &PathBuf, name: &str| -> Result<(Sweep, String), String> {
        let file = folder.join(name);
        let text = std::fs::read_to_string(&file).map_err(|e| {
            crate::tr!(
                "cli-cannot-read",
                file = file.display().to_string(),
                error = e.to_string()
            )
        })?;
        sweep::read_partial(&text, &file.display().to_string())
    };
    let mut order = Vec::with_capacity(parts.len());
    let mut scenes: Vec<Vec<String>> = Vec::with_capacity(parts.len());
    for folder in parts {
        let mut of_folder = Vec::new();
        for name in names {
            match read(folder, name) {
                Ok((part, scene)) => {
                    if of_folder.is_empty() {
                        order.push((part.runs.first().map(|r| r.seed), folder));
                    }
                    of_folder.push(scene);
                }
                Err(e) => return fail(e),
            }
        }
        scenes.push(of_folder);
    }
    if scenes.windows(2).any(|w| w[0] != w[1]) {
        let all: Vec<String> = scenes.iter().map(|s| s.join(" vs ")).collect();
        return fail(crate::tr!(
            "cli-merge-different-scenes",
            scenes = all.join(", ")
        ));
    }
    order.sort();
    let files = match begin(
        out,
        if comparison {
            &COMPARE_FILES
        } else {
            &sweep::SWEEP_FILES
        },
    ) {
        Ok(f) => f,
        Err(code) => return code,
    };
    if comparison {
        let mut comparing = match Comparing::new(&files) {
            Ok(c) => c,
            Err(e) => return fail(e),
        };
        for (_, folder) in order {
            let sides = read(folder, COMPARE_PARTS[0])
                .and_then(|(base, _)| Ok((base, read(folder, COMPARE_PARTS[1])?.0)));
            if let Err(e) = sides.and_then(|(base, other)| comparing.add(&base, &other)) {
                return fail(e);
            }
        }
        return comparing.finish(&scenes[0][0], &scenes[0][1], files, out);
    }
    let mut gathered = match Gathered::spilled_in(files.staging()) {
        Ok(g) => g,
        Err(e) => {
            return fail(crate::tr!("cli-cannot-scratch", error = e.to_string()));
        }
    };
    for (_, folder) in order {
        if let Err(e) = read(folder, names[0]).and_then(|(part, _)| gathered.add(&part)) {
            return fail(e);
        }
    }
    let scene = PathBuf::from(&scenes[0][0]);
    let texts = sweep_texts(&mut gathered, &scene);
    drop(gathered);
    match texts {
        Ok(texts) => write_set(files, out, &texts),
        Err(e) => fail(e),
    }
}

/// An option of `compare`: a scene file, with `:PRESET` to put a regime on it.
pub(super) fn option(text: &str) -> (PathBuf, Option<String>) {
    match text.rsplit_once(':') {
        Some((path, id)) if crate::scenario::regimes::preset(id).is_some() => {
            (PathBuf::from(path), Some(id.to_owned()))
        }
        _ => (PathBuf::from(text), None),
    }
}

/// Runs both options on the same seeds; writes the bands of the paired difference and
/// the table of end-of-run figures, and prints the table. With a shard, runs its share of
/// the seeds and writes each option's partial result.
pub fn compare(base: &str, other: &str, args: &RunsArgs, out: &Path) -> ExitCode {
    let mut scenarios = Vec::new();
    for text in [base, other] {
        let (path, preset) = option(text);
        match load_scene_under(&path, preset.as_deref()) {
            Ok(s) => scenarios.push(s),
            Err(code) => return code,
        }
    }
    let names: &[&str] = if args.shard.is_some() {
        &COMPARE_PARTS
    } else {
        &COMPARE_FILES
    };
    let mut files = match begin(out, names) {
        Ok(f) => f,
        Err(code) => return code,
    };
    let months = args.months.unwrap_or(scenarios[0].simulation.months);
    let seeds = args.seeds_here();
    if args.shard.is_some() {
        // One option after the other: a seed's run does not depend on what ran before.
        for (k, text) in [base, other].into_iter().enumerate() {
            let option = (&scenarios[k], text);
            let bar = ProgressBar::new(seeds.len());
            if let Err(e) = write_partial(
                &mut files,
                COMPARE_PARTS[k],
                option,
                &seeds,
                months,
                args.jobs,
                &bar,
            ) {
                return fail(e);
            }
            bar.finish();
        }
        return write_set(files, out, &[]);
    }
    let bar = ProgressBar::new(2 * seeds.len());
    let mut comparing = match Comparing::new(&files) {
        Ok(c) => c,
        Err(e) => return fail(e),
    };
    let result = sweep::run_in_chunks(
        &[&scenarios[0], &scenarios[1]],
        &seeds,
        months,
        args.jobs,
        |done| bar.set(done),
        |runs| comparing.add(&runs[0], &runs[1]),
    );
    bar.finish();
    if let Err(e) = result {
        return fail(e);
    }
    comparing.finish(base, other, files, out)
}

/// A comparison's runs as they come: each option's end-of-run figures, and the series of
/// their paired difference on disk for its bands.
struct Comparing {
    base: Gathered,
    other: Gathered,
    difference: Gathered,
}

impl Comparing {
    fn new(files: &OutputSet) -> Result<Self, String> {
        Ok(Self {
            base: Gathered::figures_only(),
            other: Gathered::figures_only(),
            difference: Gathered::spilled_in(files.staging())
                .map_err(|e| crate::tr!("cli-cannot-scratch", error = e.to_string()))?,
        })
    }

    /// Adds the two options' runs of the same seeds.
    fn add(&mut self, base: &Sweep, other: &Sweep) -> Result<(), String> {
        self.difference
            .add(&sweep::compare::difference(base, other)?)?;
        self.base.add(base)?;
        self.other.add(other)
    }

    /// Writes the comparison's files and prints its table.
    fn finish(mut self, base: &str, other: &str, files: OutputSet, out: &Path) -> ExitCode {
        let compared = sweep::compare::compare(&self.base, &self.other);
        let texts = sweep::bands_csv(&mut self.difference)
            .and_then(|bands| Ok((bands, comparison_csv(&compared).map_err(|e| e.to_string())?)));
        let (bands, table) = match texts {
            Ok(t) => t,
            Err(e) => return fail(super::cannot_format(e)),
        };
        print_comparison(base, other, self.base.seeds.len(), &compared);
        drop(self);
        write_set(
            files,
            out,
            &[(COMPARE_FILES[0], bands), (COMPARE_FILES[1], table)],
        )
    }
}

/// `comparison.csv`: a row per end-of-run figure.
fn comparison_csv(compared: &[sweep::compare::Compared]) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "figure",
        "base_median",
        "other_median",
        "difference_median",
        "difference_p10",
        "difference_p90",
        "other_better_share",
    ])?;
    let n = |v: Option<f64>| v.map_or(String::new(), |v| crate::report::numbers::cell(v, 3));
    for c in compared {
        w.write_record([
            c.figure.clone(),
            n(c.base_median),
            n(c.other_median),
            n(c.difference.map(|d| d.p50)),
            n(c.difference.map(|d| d.p10)),
            n(c.difference.map(|d| d.p90)),
            crate::report::numbers::cell(c.other_better, 3),
        ])?;
    }
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// The comparison's table on the terminal.
fn print_comparison(base: &str, other: &str, seeds: usize, compared: &[sweep::compare::Compared]) {
    let (base_name, other_name) = (
        crate::tr!("cli-compare-base"),
        crate::tr!("cli-compare-other"),
    );
    let width = base_name.chars().count().max(other_name.chars().count());
    let label = |name: &str| name.to_owned() + &" ".repeat(width - name.chars().count());
    println!(
        "{} = {base}\n{} = {other}\n{}\n",
        label(&base_name),
        label(&other_name),
        crate::tr!("cli-compare-seeds", seeds = seeds)
    );
    println!(
        "{:<30} {:>16} {:>16} {:>44} {:>13}",
        crate::tr!("cli-compare-figure"),
        crate::tr!("cli-compare-base-median"),
        crate::tr!("cli-compare-other-median"),
        crate::tr!("cli-compare-difference"),
        crate::tr!("cli-compare-other-better")
    );
    let n = |v: Option<f64>| v.map_or("–".to_owned(), |v| grouped(v, 0));
    for c in compared {
        let diff = match c.difference {
            Some(d) => format!(
                "{} ({} … {})",
                grouped(d.p50, 0),
                grouped(d.p10, 0),
                grouped(d.p90, 0)
            ),
            None => "–".to_owned(),
        };
        println!(
            "{:<30} {:>16} {:>16} {:>44} {:>11} %",
            c.figure,
            n(c.base_median),
            n(c.other_median),
            diff,
            grouped(100.0 * c.other_better, 0)
        );
    }
}

/// The three files of a whole sweep.
fn sweep_texts(runs: &mut Gathered, scene: &Path) -> Result<Vec<(&'static str, String)>, String> {
    let bands = sweep::bands_csv(runs)?;
    let per_seed = sweep::runs_csv(runs).map_err(|e| e.to_string())?;
    let summary = sweep::summary_json(runs, &scene.display().to_string());
    let summary = serde_json::to_string_pretty(&summary).unwrap_or_default() + "\n";
    Ok(vec![
        (sweep::SWEEP_FILES[0], bands),
        (sweep::SWEEP_FILES[1], per_seed),
        (sweep::SWEEP_FILES[2], summary),
    ])
}

/// The output folder, checked before any run.
fn begin(out: &Path, names: &[&str]) -> Result<OutputSet, ExitCode> {
    if let Err(e) = std::fs::create_dir_all(out) {
        return Err(fail(super::cannot_create(out, e)));
    }
    OutputSet::begin(out, names).map_err(|e| fail(super::cannot_write_in(out, e)))
}

fn write_set(mut files: OutputSet, out: &Path, texts: &[(&str, String)]) -> ExitCode {
    for (name, text) in texts {
        if let Err(e) = files.write(name, text.as_bytes()) {
            return fail(super::cannot_write(&out.join(name), e));
        }
    }
    if let Err(e) = files.commit() {
        return fail(super::cannot_put(out, e));
    }
    ExitCode::SUCCESS
}

/// A bar of runs done, on a terminal (and nothing elsewhere).
struct ProgressBar(Option<indicatif::ProgressBar>);

impl ProgressBar {
    fn new(runs: usize) -> Self {
        if !std::io::stderr().is_terminal() || runs < 2 {
            return Self(None);
        }
        let bar = indicatif::ProgressBar::new(runs as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template(&format!(
                "{} [{{bar:40}}] {{pos}}/{{len}}",
                crate::tr!("cli-progress-seeds")
            ))
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        Self(Some(bar))
    }

    /// Runs done so far, of this bar's runs.
    fn set(&self, done: usize) {
        if let Some(bar) = &self.0 {
            bar.set_position(done as u64);
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}
