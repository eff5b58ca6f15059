//! Many runs: a sweep's files do not depend on the number of threads, and shards merged
//! give exactly the files of one unsharded sweep (in the library, and through the
//! command line on the built binary).

use std::process::Command;

use parksim::sweep::{self, SeedRange, Shard};

use crate::common;

/// The three files of a sweep, as text.
fn files(mut runs: sweep::Gathered) -> [String; 3] {
    [
        sweep::bands_csv(&mut runs).unwrap(),
        sweep::runs_csv(&runs).unwrap(),
        sweep::summary_json(&runs, "scenes/sumgayit.ron").to_string(),
    ]
}

/// The files of a sweep held in memory.
fn files_of(runs: &sweep::Sweep) -> [String; 3] {
    files(sweep::Gathered::of(runs).unwrap())
}

/// Runs the built `parksim` in the project's folder; fails the test unless it succeeds, and
/// gives what it printed.
fn parksim(args: &[&str]) -> String {
    let o = Command::new(env!("CARGO_BIN_EXE_parksim"))
        .args(args)
        .env("LC_ALL", "C")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Runs the command line `base` (a sweep or a comparison) in two shards into
/// `dir/part0` and `dir/part1`, then merges them, the later shard first, into
/// `dir/merged`; what the merge printed.
fn sharded_and_merged(base: &[&str], dir: &std::path::Path) -> String {
    let out = |name: &str| dir.join(name).to_str().unwrap().to_owned();
    for k in 0..2 {
        let shard = format!("{k}/2");
        parksim(
            &[
                base,
                &["--shard", &shard, "--out", &out(&format!("part{k}"))],
            ]
            .concat(),
        );
    }
    parksim(&[
        "merge",
        &out("part1"),
        &out("part0"),
        "--out",
        &out("merged"),
    ])
}

#[test]
fn a_sweep_is_the_same_on_one_thread_or_two_and_sharded_then_merged() {
    let scenario = common::sumgayit();
    let seeds = SeedRange::parse("1..9").unwrap().seeds();
    let one = sweep::run_seeds(&scenario, &seeds, 72, 1, |_| {}).unwrap();
    let two = sweep::run_seeds(&scenario, &seeds, 72, 2, |_| {}).unwrap();
    assert_eq!(one.runs.len(), 9);
    assert_eq!(
        files_of(&one),
        files_of(&two),
        "--jobs 1 and --jobs 2 differ"
    );
    // Gathered a few seeds at a time, through a scratch file: the same files.
    let scratch = common::scratch("gathered");
    let mut chunked = sweep::Gathered::spilled_in(scratch.path()).unwrap();
    for chunk in one.runs.chunks(4) {
        let mut part = one.clone();
        part.runs = chunk.to_vec();
        chunked.add(&part).unwrap();
    }
    assert_eq!(files(chunked), files_of(&one), "gathered in chunks");
    // A thread keeps its simulation and starts it again for each seed: seed 5 after four
    // others is seed 5 alone.
    let alone = sweep::run_seeds(&scenario, &[5], 72, 1, |_| {}).unwrap();
    assert_eq!(alone.runs[0], one.runs[4]);
    // The seeds differ from one another: a band has width.
    let invested = one.column("investment_usd_cum").unwrap();
    let ends: Vec<f64> = (0..9).map(|r| one.value(r, 71, invested)).collect();
    assert!(ends.iter().any(|v| *v != ends[0]), "{ends:?}");

    // Three shards, written and read back as partial results, merged in any order.
    let mut parts = Vec::new();
    for k in [2, 0, 1] {
        let mine = Shard { index: k, count: 3 }.of(&seeds);
        let part = sweep::run_seeds(&scenario, &mine, 72, 1, |_| {}).unwrap();
        let text = sweep::partial_csv(&part, "scenes/sumgayit.ron").unwrap();
        let (back, scene) = sweep::read_partial(&text, "part").unwrap();
        assert_eq!(scene, "scenes/sumgayit.ron");
        assert_eq!(back.runs.len(), part.runs.len());
        parts.push(back);
    }
    let merged = sweep::merge(parts).unwrap();
    assert_eq!(
        files(merged),
        files_of(&one),
        "shards merged differ from the whole"
    );

    // A seed in two shards is refused.
    let dup = sweep::run_seeds(&scenario, &seeds[..2], 12, 1, |_| {}).unwrap();
    let Err(err) = sweep::merge(vec![dup.clone(), dup]) else {
        panic!("a seed in two shards was merged");
    };
    assert!(err.contains("seed 1 is in two"), "{err}");
}

#[test]
fn the_command_line_sweeps_shards_and_merges_to_the_same_files() {
    let scratch = common::scratch("sweep");
    let dir = scratch.path();
    let out = |name: &str| dir.join(name).to_str().unwrap().to_owned();
    let base = [
        "sweep",
        "scenes/sumgayit.ron",
        "--seeds",
        "1..6",
        "--months",
        "36",
    ];
    parksim(&[&base[..], &["--jobs", "2", "--out", &out("whole")]].concat());
    sharded_and_merged(&base, dir);
    for name in ["bands.csv", "runs.csv", "summary.json"] {
        let whole = std::fs::read(dir.join("whole").join(name)).unwrap();
        let merged = std::fs::read(dir.join("merged").join(name)).unwrap();
        assert!(whole == merged, "{name} differs after sharding and merging");
    }
    let runs = std::fs::read_to_string(dir.join("whole/runs.csv")).unwrap();
    assert_eq!(
        runs.lines().count(),
        7,
        "a header and a row per seed:\n{runs}"
    );
    let summary: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("whole/summary.json")).unwrap())
            .unwrap();
    assert_eq!(summary["seeds"]["count"], 6);
    assert!(summary["end_of_run"]["residents"]["median"].is_number());
}

#[test]
fn a_scene_compared_with_itself_differs_nowhere_and_other_seeds_are_refused() {
    let scenario = common::sumgayit();
    let seeds = SeedRange::parse("1..4").unwrap().seeds();
    let base = sweep::run_seeds(&scenario, &seeds, 84, 2, |_| {}).unwrap();
    let again = sweep::run_seeds(&scenario, &seeds, 84, 1, |_| {}).unwrap();
    let difference = sweep::compare::difference(&base, &again).unwrap();
    assert!(
        difference
            .runs
            .iter()
            .flat_map(|r| &r.values)
            .all(|v| *v == 0.0 || v.is_nan()),
        "a scene against itself on the same seeds"
    );
    let gathered = |s: &sweep::Sweep| sweep::Gathered::of(s).unwrap();
    for c in sweep::compare::compare(&gathered(&base), &gathered(&again)) {
        assert_eq!(c.other_better, 0.0, "{c:?}");
        if let Some(d) = c.difference {
            assert_eq!((d.p10, d.p50, d.p90), (0.0, 0.0, 0.0), "{c:?}");
        }
    }
    // Other seeds are refused: a paired difference needs the same luck on both sides.
    let other_seeds = sweep::run_seeds(&scenario, &[5, 6, 7, 8], 84, 2, |_| {}).unwrap();
    assert!(sweep::compare::difference(&base, &other_seeds).is_err());
}

#[test]
fn compare_takes_a_preset_after_the_scene_prints_the_paired_table_and_shards() {
    let scratch = common::scratch("compare");
    let dir = scratch.path();
    let out = |name: &str| dir.join(name).to_str().unwrap().to_owned();
    let base = [
        "compare",
        "scenes/sumgayit.ron:az_industrial_park_10y",
        "scenes/sumgayit.ron:no_incentives",
        "--seeds",
        "1..5",
        "--months",
        "96",
    ];
    let shown = parksim(&[&base[..], &["--out", &out("whole")]].concat());
    assert!(shown.contains("5 seeds, the same for both"), "{shown}");
    let table = std::fs::read_to_string(dir.join("whole/comparison.csv")).unwrap();
    let te = table
        .lines()
        .find(|l| l.starts_with("tax_expenditure_usd,"))
        .unwrap();
    // Without incentives the state forgoes no taxes: OTHER − BASE is negative.
    let median: f64 = te.split(',').nth(3).unwrap().parse().unwrap();
    assert!(median < 0.0, "{te}");

    // In two shards, merged: the same files, and the same table printed.
    let merged = sharded_and_merged(&base, dir);
    assert_eq!(merged, shown, "the merge prints the comparison's table");
    for name in ["difference_bands.csv", "comparison.csv"] {
        let whole = std::fs::read(dir.join("whole").join(name)).unwrap();
        let merged = std::fs::read(dir.join("merged").join(name)).unwrap();
        assert!(whole == merged, "{name} differs after sharding and merging");
    }
}
