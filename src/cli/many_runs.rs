//! `parksim sweep` and `parksim merge`: many seeds of one scene, whole or in shards, and
//! the shards put together (see [`crate::sweep`]).

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::{fail, load_scene_under};
use crate::atomic_file::OutputSet;
use crate::report::shown::grouped;
use crate::sweep::{self, SeedRange, Shard, Sweep};

/// What `parksim sweep` was asked besides its scene and folder.
pub struct SweepArgs {
    pub seeds: SeedRange,
    pub months: Option<u32>,
    pub regime: Option<String>,
    pub jobs: usize,
    pub shard: Option<Shard>,
}

/// Runs the seeds (or a shard's share of them) and writes the sweep's files (or the
/// shard's partial result).
pub fn sweep(scene: &Path, args: &SweepArgs, out: &Path) -> ExitCode {
    let scenario = match load_scene_under(scene, args.regime.as_deref()) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let names: &[&str] = if args.shard.is_some() {
        &[sweep::PARTIAL_FILE]
    } else {
        &sweep::SWEEP_FILES
    };
    let files = match begin(out, names) {
        Ok(f) => f,
        Err(code) => return code,
    };
    let all = args.seeds.seeds();
    let seeds = match args.shard {
        Some(shard) => shard.of(&all),
        None => all,
    };
    let months = args.months.unwrap_or(scenario.simulation.months);
    let bar = progress_bar(seeds.len());
    let result = sweep::run_seeds(&scenario, &seeds, months, args.jobs, |done| {
        if let Some(bar) = &bar {
            bar.set_position(done as u64);
        }
    });
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    let runs = match result {
        Ok(r) => r,
        Err(e) => return fail(e),
    };
    let texts = match args.shard {
        Some(_) => sweep::partial_csv(&runs, &scene.display().to_string())
            .map(|t| vec![(sweep::PARTIAL_FILE, t)])
            .map_err(|e| e.to_string()),
        None => sweep_texts(&runs, scene),
    };
    match texts {
        Ok(texts) => write_set(files, out, &texts),
        Err(e) => fail(format!("cannot format the sweep's results: {e}")),
    }
}

/// Reads every shard's partial result and writes what one unsharded sweep would.
pub fn merge(parts: &[PathBuf], out: &Path) -> ExitCode {
    let mut read = Vec::with_capacity(parts.len());
    let mut scenes = Vec::with_capacity(parts.len());
    for folder in parts {
        let file = folder.join(sweep::PARTIAL_FILE);
        let text = match std::fs::read_to_string(&file) {
            Ok(t) => t,
            Err(e) => return fail(format!("cannot read {}: {e}", file.display())),
        };
        match sweep::read_partial(&text, &file.display().to_string()) {
            Ok((part, scene)) => {
                read.push(part);
                scenes.push(scene);
            }
            Err(e) => return fail(e),
        }
    }
    let merged = match sweep::merge(read) {
        Ok(m) => m,
        Err(e) => return fail(e),
    };
    let files = match begin(out, &sweep::SWEEP_FILES) {
        Ok(f) => f,
        Err(code) => return code,
    };
    if scenes.windows(2).any(|w| w[0] != w[1]) {
        return fail(format!(
            "the partial results are of different scenes: {}",
            scenes.join(", ")
        ));
    }
    let scene = PathBuf::from(scenes.first().cloned().unwrap_or_default());
    match sweep_texts(&merged, &scene) {
        Ok(texts) => write_set(files, out, &texts),
        Err(e) => fail(format!("cannot format the sweep's results: {e}")),
    }
}

/// The files of a comparison.
pub const COMPARE_FILES: [&str; 2] = ["difference_bands.csv", "comparison.csv"];

/// An option of `compare`: a scene file, with `:PRESET` to put a regime on it.
fn option(text: &str) -> (PathBuf, Option<String>) {
    match text.rsplit_once(':') {
        Some((path, id)) if crate::scenario::regimes::preset(id).is_some() => {
            (PathBuf::from(path), Some(id.to_owned()))
        }
        _ => (PathBuf::from(text), None),
    }
}

/// Runs both options on the same seeds; writes the bands of the paired difference and
/// the table of end-of-run figures, and prints the table.
pub fn compare(
    base: &str,
    other: &str,
    seeds: SeedRange,
    months: Option<u32>,
    jobs: usize,
    out: &Path,
) -> ExitCode {
    let mut scenarios = Vec::new();
    for text in [base, other] {
        let (path, preset) = option(text);
        match load_scene_under(&path, preset.as_deref()) {
            Ok(s) => scenarios.push(s),
            Err(code) => return code,
        }
    }
    let files = match begin(out, &COMPARE_FILES) {
        Ok(f) => f,
        Err(code) => return code,
    };
    let months = months.unwrap_or(scenarios[0].simulation.months);
    let seeds = seeds.seeds();
    let mut runs = Vec::new();
    for scenario in &scenarios {
        let bar = progress_bar(seeds.len());
        let result = sweep::run_seeds(scenario, &seeds, months, jobs, |done| {
            if let Some(bar) = &bar {
                bar.set_position(done as u64);
            }
        });
        if let Some(bar) = bar {
            bar.finish_and_clear();
        }
        match result {
            Ok(r) => runs.push(r),
            Err(e) => return fail(e),
        }
    }
    let difference = match sweep::compare::difference(&runs[0], &runs[1]) {
        Ok(d) => d,
        Err(e) => return fail(e),
    };
    let compared = sweep::compare::compare(&runs[0], &runs[1]);
    let texts = sweep::bands_csv(&difference)
        .and_then(|bands| Ok((bands, comparison_csv(&compared)?)))
        .map_err(|e| e.to_string());
    let (bands, table) = match texts {
        Ok(t) => t,
        Err(e) => return fail(format!("cannot format the comparison: {e}")),
    };
    print_comparison(base, other, seeds.len(), &compared);
    write_set(
        files,
        out,
        &[(COMPARE_FILES[0], bands), (COMPARE_FILES[1], table)],
    )
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
    println!("BASE  = {base}\nOTHER = {other}\n{seeds} seeds, the same for both\n");
    println!(
        "{:<30} {:>16} {:>16} {:>44} {:>13}",
        "figure", "BASE median", "OTHER median", "OTHER − BASE: median (p10 … p90)", "OTHER better"
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
            "{:<30} {:>16} {:>16} {:>44} {:>12.0}%",
            c.figure,
            n(c.base_median),
            n(c.other_median),
            diff,
            100.0 * c.other_better
        );
    }
}

/// The three files of a whole sweep.
fn sweep_texts(runs: &Sweep, scene: &Path) -> Result<Vec<(&'static str, String)>, String> {
    let bands = sweep::bands_csv(runs).map_err(|e| e.to_string())?;
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
        return Err(fail(format!(
            "cannot create the output folder {}: {e}",
            out.display()
        )));
    }
    OutputSet::begin(out, names).map_err(|e| {
        fail(format!(
            "cannot write in the output folder {}: {e}",
            out.display()
        ))
    })
}

fn write_set(mut files: OutputSet, out: &Path, texts: &[(&str, String)]) -> ExitCode {
    for (name, text) in texts {
        if let Err(e) = files.write(name, text.as_bytes()) {
            return fail(format!("cannot write {}: {e}", out.join(name).display()));
        }
    }
    if let Err(e) = files.commit() {
        return fail(format!("cannot put the files in {}: {e}", out.display()));
    }
    ExitCode::SUCCESS
}

/// A bar of seeds done, on a terminal.
fn progress_bar(seeds: usize) -> Option<indicatif::ProgressBar> {
    if !std::io::stderr().is_terminal() || seeds < 2 {
        return None;
    }
    let bar = indicatif::ProgressBar::new(seeds as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template("Running seeds [{bar:40}] {pos}/{len}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    Some(bar)
}
