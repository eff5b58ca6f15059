//! The Sumgayit run, compared with files checked in under tests/golden: its summary and
//! its whole time series (every column of every month, as `parksim run` writes them).
//!
//! When a change of behaviour is intended, regenerate them with
//! `PARKSIM_BLESS=1 cargo test --test it golden`; that run writes the files and fails on
//! purpose, so a regenerated file is never committed unseen. Review the diff, then run
//! the tests again.

use crate::common;

use std::path::{Path, PathBuf};

use parksim::report;

fn golden(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name)
}

/// Compares `actual` with the golden file, or writes it when blessing.
fn check(name: &str, actual: &str) -> Result<(), String> {
    let path = golden(name);
    if std::env::var_os("PARKSIM_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return Err(format!(
            "wrote {}; review it and run the tests again without PARKSIM_BLESS",
            path.display()
        ));
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    if actual == expected {
        return Ok(());
    }
    // Name the first line that differs, so a long file's change can be found.
    let line = actual
        .lines()
        .zip(expected.lines())
        .position(|(a, e)| a != e)
        .unwrap_or_else(|| actual.lines().count().min(expected.lines().count()));
    Err(format!(
        "{} changed, first at line {}:\n  expected: {}\n  actual:   {}\n\
         If the change is intended: PARKSIM_BLESS=1 cargo test --test it golden",
        path.display(),
        line + 1,
        expected.lines().nth(line).unwrap_or("(end of file)"),
        actual.lines().nth(line).unwrap_or("(end of file)"),
    ))
}

#[test]
fn sumgayit_run_matches_the_golden_files() {
    let scenario = common::sumgayit();
    let seed = scenario.simulation.seed;
    let sim = common::run(&scenario, seed, 180);
    let mut summary = report::summary_json(&scenario, seed, sim.records());
    summary["file"] = serde_json::json!("scenes/sumgayit.ron");
    let summary = serde_json::to_string_pretty(&summary).unwrap() + "\n";
    let series = report::timeseries_csv(sim.records(), &scenario.observed).unwrap();
    let problems: Vec<String> = [
        check("sumgayit_summary.json", &summary),
        check("sumgayit_timeseries.csv", &series),
    ]
    .into_iter()
    .filter_map(Result::err)
    .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}
