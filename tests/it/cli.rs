//! The `parksim` binary as a user runs it: outputs, exit codes and messages.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn parksim(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parksim"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("parksim runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("parksim-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn no_panic(out: &Output) {
    let all = text(&out.stdout) + &text(&out.stderr);
    assert!(
        !all.contains("panicked") && !all.contains("RUST_BACKTRACE"),
        "{all}"
    );
}

const REQUIRED_COLUMNS: [&str; 13] = [
    "month",
    "date",
    "registered_firms",
    "operating_firms",
    "occupied_ha",
    "occupancy_pct",
    "jobs",
    "investment_usd_cum",
    "power_demand_mw",
    "power_capacity_mw",
    "tax_expenditure_usd",
    "taxes_paid_usd",
    "rent_usd",
];

#[test]
fn run_writes_the_time_series_and_summary() {
    let dir = temp_dir("run");
    let out = dir.to_str().unwrap();
    let o = parksim(&["run", "scenes/sumgayit.ron", "--months", "36", "--out", out]);
    no_panic(&o);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let stdout = text(&o.stdout);
    assert!(
        stdout.contains("Sumgayit") && stdout.contains("Residents"),
        "{stdout}"
    );
    let csv = std::fs::read_to_string(dir.join("timeseries.csv")).unwrap();
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    for column in REQUIRED_COLUMNS {
        assert!(header.contains(&column), "missing column {column}");
    }
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 36);
    assert!(rows[0].starts_with("1,2011-12,"), "{}", rows[0]);
    assert!(rows[35].starts_with("36,2014-11,"), "{}", rows[35]);
    let summary: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("summary.json")).unwrap()).unwrap();
    assert_eq!(summary["months"], 36);
    assert_eq!(summary["last_month"], "2014-11");
}

#[test]
fn the_same_seed_gives_identical_files_and_another_seed_differs() {
    let run = |name: &str, seed: &str| {
        let dir = temp_dir(name);
        let o = parksim(&[
            "run",
            "scenes/sumgayit.ron",
            "--seed",
            seed,
            "--out",
            dir.to_str().unwrap(),
        ]);
        assert!(o.status.success(), "{}", text(&o.stderr));
        (
            std::fs::read(dir.join("timeseries.csv")).unwrap(),
            std::fs::read(dir.join("summary.json")).unwrap(),
        )
    };
    let a = run("seed-a", "17");
    let b = run("seed-b", "17");
    let c = run("seed-c", "18");
    assert_eq!(a, b);
    assert_ne!(a.0, c.0);
}

#[test]
fn validate_accepts_good_scenes_and_locates_errors_in_bad_ones() {
    let o = parksim(&[
        "validate",
        "scenes/sumgayit.ron",
        "tests/fixtures/small_park.ron",
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert_eq!(text(&o.stdout).matches(": valid").count(), 2);

    let broken = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/broken");
    let mut files: Vec<_> = std::fs::read_dir(&broken)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    for file in files {
        let rel = file.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap();
        let o = parksim(&["validate", rel.to_str().unwrap()]);
        no_panic(&o);
        assert_eq!(o.status.code(), Some(1), "{}", rel.display());
        let stderr = text(&o.stderr);
        let expected = std::fs::read_to_string(file.with_extension("expected")).unwrap();
        assert!(
            stderr.starts_with(&format!("{}:{}", rel.display(), expected.trim_end())),
            "{stderr}"
        );
    }
}

#[test]
fn bad_input_gives_a_message_and_a_nonzero_exit() {
    let dir = temp_dir("bad");
    let cases: [(&[&str], &str); 5] = [
        (
            &["run", "no-such-scene.ron"],
            "no-such-scene.ron: no such file",
        ),
        (
            &["run", "tests/fixtures/broken/binary.ron"],
            "not UTF-8 text",
        ),
        (&["run", "tests/fixtures"], "folder"),
        (&["run", "scenes/sumgayit.ron", "--months", "0"], "--months"),
        (
            &["run", "scenes/sumgayit.ron", "--frobnicate"],
            "--frobnicate",
        ),
    ];
    for (args, message) in cases {
        let o = parksim(args);
        no_panic(&o);
        assert!(!o.status.success(), "{args:?} succeeded");
        assert!(
            text(&o.stderr).contains(message),
            "{args:?}: {}",
            text(&o.stderr)
        );
    }
    // An output folder that cannot be created.
    let file = dir.join("a-file");
    std::fs::write(&file, "x").unwrap();
    let o = parksim(&[
        "run",
        "tests/fixtures/small_park.ron",
        "--months",
        "2",
        "--out",
        file.join("sub").to_str().unwrap(),
    ]);
    no_panic(&o);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).contains("cannot create the output folder"),
        "{}",
        text(&o.stderr)
    );
}

#[test]
fn synth_writes_a_valid_scene_of_the_asked_size() {
    let dir = temp_dir("synth");
    let file = dir.join("park.ron");
    let o = parksim(&["synth", "--plots", "250", "--out", file.to_str().unwrap()]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let o = parksim(&["validate", file.to_str().unwrap()]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(text(&o.stdout).contains("250 plots"), "{}", text(&o.stdout));
    let o = parksim(&[
        "run",
        file.to_str().unwrap(),
        "--months",
        "24",
        "--out",
        dir.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
}

#[cfg(not(feature = "gui"))]
#[test]
fn without_a_command_the_headless_build_runs_the_sumgayit_scene() {
    let dir = temp_dir("default");
    let o = Command::new(env!("CARGO_BIN_EXE_parksim"))
        .current_dir(&dir)
        .output()
        .unwrap();
    // Outside the project the default scene is missing: a clear message.
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).contains("scenes/sumgayit.ron: no such file"),
        "{}",
        text(&o.stderr)
    );
    // In the project it runs and writes out/.
    let scenes = dir.join("scenes");
    std::fs::create_dir_all(&scenes).unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("scenes/sumgayit.ron"),
        scenes.join("sumgayit.ron"),
    )
    .unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_parksim"))
        .current_dir(&dir)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(dir.join("out/timeseries.csv").exists() && dir.join("out/summary.json").exists());
}

#[test]
fn n1_prints_every_asset_and_run_writes_the_network_loads() {
    let o = parksim(&[
        "n1",
        "tests/fixtures/network_park.ron",
        "--month",
        "2040-01",
    ]);
    no_panic(&o);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let out = text(&o.stdout);
    for expected in [
        "N-1 at 2040-01",
        "Power (MW)",
        "feed-1",
        "j4-j1",
        "to-S000006",
        "pool",
    ] {
        assert!(out.contains(expected), "no \"{expected}\" in:\n{out}");
    }
    let bad = parksim(&[
        "n1",
        "tests/fixtures/network_park.ron",
        "--month",
        "2040-13",
    ]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(
        text(&bad.stderr).contains("YYYY-MM"),
        "{}",
        text(&bad.stderr)
    );

    let dir = temp_dir("networks");
    let o = parksim(&[
        "run",
        "tests/fixtures/network_park.ron",
        "--months",
        "240",
        "--out",
        dir.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let mut reader = csv::Reader::from_path(dir.join("networks.csv")).unwrap();
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(
        header,
        [
            "month",
            "utility",
            "unit",
            "asset",
            "kind",
            "capacity",
            "flow",
            "peak",
            "loading_pct",
            "hours_out"
        ]
    );
    let all: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    // Power: 2 sources and 12 links, every month; water: 2 sources and 9 links.
    let rows: Vec<&csv::StringRecord> = all.iter().filter(|r| &r[1] == "power").collect();
    assert_eq!(rows.len(), 240 * 14);
    assert_eq!(all.len(), 240 * (14 + 11));
    for row in &rows {
        let capacity: f64 = row[5].parse().unwrap();
        let flow: f64 = row[6].parse().unwrap();
        assert!(capacity >= 0.0 && flow >= 0.0, "{row:?}");
        assert_eq!(&row[2], "MW");
        let service_line = row[3].starts_with("to-");
        assert_eq!(&row[4] == "service line", service_line, "{row:?}");
    }
    // The two feeds together carry what the plots draw in the month (the second source
    // is in service from 2035).
    let last_month = &rows[rows.len() - 1][0];
    let feed: f64 = rows
        .iter()
        .filter(|r| &r[0] == last_month && r[3].starts_with("feed-"))
        .map(|r| r[6].parse::<f64>().unwrap())
        .sum();
    let plots: f64 = rows
        .iter()
        .filter(|r| &r[0] == last_month && r[3].starts_with("to-"))
        .map(|r| r[6].parse::<f64>().unwrap())
        .sum();
    assert!(feed > 0.0, "firms draw power by 2044");
    assert!((feed - plots).abs() < 0.01, "feed {feed} plots {plots}");
}

#[test]
fn ledger_lists_every_resident_and_regime_runs_the_layout_under_a_preset() {
    let dir = temp_dir("ledger");
    let csv_path = dir.join("ledger.csv");
    let o = parksim(&[
        "ledger",
        "scenes/sumgayit.ron",
        "--month",
        "2021-11",
        "--out",
        csv_path.to_str().unwrap(),
    ]);
    no_panic(&o);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let out = text(&o.stdout);
    assert!(
        out.contains("SOCAR Polymer") && out.contains("net fiscal effect"),
        "{out}"
    );
    let mut reader = csv::Reader::from_path(&csv_path).unwrap();
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    for column in [
        "would_have_come_anyway",
        "jobs_promised",
        "te_profit_tax_usd",
        "tax_expenditure_usd",
        "net_fiscal_pv_usd",
    ] {
        assert!(header.iter().any(|h| h == column), "{column} in {header:?}");
    }
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    // One line per resident, each listed in the terminal table too.
    assert!(rows.len() >= 20, "{}", rows.len());
    for row in &rows {
        assert!(out.contains(&row[0]), "{} missing from the table", &row[0]);
    }

    // The same layout with no incentives: no tax expenditure at all.
    let o = parksim(&[
        "run",
        "scenes/sumgayit.ron",
        "--regime",
        "no_incentives",
        "--out",
        dir.join("none").to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let summary: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("none/summary.json")).unwrap())
            .unwrap();
    assert_eq!(summary["fiscal_usd_cum"]["tax_expenditure"], 0.0);
    // A preset that does not exist: a message naming the ones that do, exit 1.
    let o = parksim(&["run", "scenes/sumgayit.ron", "--regime", "tajik_fez"]);
    no_panic(&o);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).contains("the presets are"),
        "{}",
        text(&o.stderr)
    );
}
