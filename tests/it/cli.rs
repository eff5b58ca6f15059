//! The `parksim` binary as a user runs it: outputs, exit codes and messages.

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use parksim::report;
use parksim::sim::networks::AssetLoad;

use crate::common;

/// Runs parksim in English whatever the environment's language (`LC_ALL=C`), unless
/// `--lang` says otherwise.
fn parksim(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parksim"))
        .args(args)
        .env("LC_ALL", "C")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("parksim runs")
}

/// Runs parksim, ending it if it is still running after `limit` (then `None`): for
/// commands that must fail at once rather than after a long simulation.
fn parksim_within(args: &[&str], limit: Duration) -> Option<Output> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_parksim"))
        .args(args)
        .env("LC_ALL", "C")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("parksim runs");
    let started = Instant::now();
    while child.try_wait().expect("waits").is_none() {
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    Some(child.wait_with_output().expect("output"))
}

/// The names in a folder, sorted.
fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Whether a text holds a number written as inf or NaN (a CSV cell or a JSON value).
fn holds_inf_or_nan(text: &str) -> bool {
    text.split(|c: char| c == ',' || c.is_whitespace() || ":[]{}\"".contains(c))
        .any(|t| {
            matches!(
                t.to_ascii_lowercase().trim_start_matches(['-', '+']),
                "inf" | "infinity" | "nan"
            )
        })
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
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
    let scratch = crate::common::scratch("cli-run");
    let dir = scratch.path();
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
        let scratch = crate::common::scratch(&format!("cli-{name}"));
        let dir = scratch.path();
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
fn validate_speaks_the_language_asked_for_and_an_unknown_one_is_refused() {
    let file = "tests/fixtures/broken/bad_month.ron";
    let located = format!("{file}:332:19: ");
    for (lang, words) in [
        ("ru", "ожидается месяц в формате"),
        ("tg", "интизор мерафт"),
        ("az", "gözlənilir"),
        ("en", "expected a month"),
    ] {
        let o = parksim(&["validate", file, "--lang", lang]);
        assert_eq!(o.status.code(), Some(1), "{lang}");
        let message = text(&o.stderr);
        assert!(
            message.starts_with(&located) && message.contains(words),
            "{lang}: {message}"
        );
    }
    // The environment's language is the default.
    let o = Command::new(env!("CARGO_BIN_EXE_parksim"))
        .args(["validate", file])
        .env("LC_ALL", "ru_RU.UTF-8")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(
        text(&o.stderr).contains("ожидается месяц"),
        "{}",
        text(&o.stderr)
    );
    // --lang before the command, and the help in Russian.
    let o = parksim(&["--lang", "ru", "validate", file]);
    assert!(
        text(&o.stderr).contains("ожидается месяц"),
        "{}",
        text(&o.stderr)
    );
    let o = parksim(&["--lang", "ru", "validate", "--help"]);
    assert!(
        o.status.success() && text(&o.stdout).contains("Проверить файлы сценариев"),
        "{}",
        text(&o.stdout)
    );
    let o = parksim(&["validate", file, "--lang", "xx"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        text(&o.stderr).contains("there are: az, en-US, ru, tg"),
        "{}",
        text(&o.stderr)
    );
}

#[test]
fn bad_input_gives_a_message_and_a_nonzero_exit() {
    let scratch = crate::common::scratch("cli-bad");
    let dir = scratch.path();
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
    let scratch = crate::common::scratch("cli-synth");
    let dir = scratch.path();
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
    let scratch = crate::common::scratch("cli-default");
    let dir = scratch.path();
    // Outside the project the default scene is the one built into the program: it runs
    // and writes out/ (this test ran only in the headless build, and still expected the
    // missing-file message of before the built-in scenes).
    let o = Command::new(env!("CARGO_BIN_EXE_parksim"))
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(dir.join("out/summary.json").exists());
    std::fs::remove_dir_all(dir.join("out")).unwrap();
    // In the project it runs and writes out/.
    let scenes = dir.join("scenes");
    std::fs::create_dir_all(&scenes).unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("scenes/sumgayit.ron"),
        scenes.join("sumgayit.ron"),
    )
    .unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_parksim"))
        .current_dir(dir)
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
        "N-1 in January 2040",
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

    let scratch = crate::common::scratch("cli-networks");

    let dir = scratch.path();
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
    let scratch = crate::common::scratch("cli-ledger");
    let dir = scratch.path();
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

#[test]
fn a_mistyped_command_is_named_with_the_one_meant_and_bad_command_lines_exit_2() {
    for (args, expected) in [
        (&["runn", "scenes/sumgayit.ron"][..], "'run'"),
        (&["valdate", "scenes/sumgayit.ron"][..], "'validate'"),
        (&["expor"][..], "'export'"),
        (&["frobnicate", "scenes/sumgayit.ron"][..], "Usage"),
    ] {
        let o = parksim(args);
        no_panic(&o);
        let stderr = text(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.contains(&format!("unrecognized subcommand '{}'", args[0]))
                && stderr.contains(expected),
            "{args:?}: {stderr}"
        );
    }
    let o = parksim(&["run", "scenes/sumgayit.ron", "--frobnicate"]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o.stderr));
}

#[cfg(feature = "gui")]
#[test]
fn months_without_a_command_or_a_screenshot_is_a_bad_flag() {
    let o = parksim(&["--months", "5"]);
    no_panic(&o);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o.stderr));
    assert!(
        text(&o.stderr).contains("parksim run SCENE --months N"),
        "{}",
        text(&o.stderr)
    );
}

#[test]
fn a_month_past_the_scenes_run_is_refused_at_once() {
    // network_park runs 360 months from 2025-01; 9999-12 would be about 96,000 months.
    let scratch = crate::common::scratch("cli-month");
    let dir = scratch.path();
    let geojson = dir.join("park.geojson");
    let commands: [&[&str]; 3] = [
        &[
            "n1",
            "tests/fixtures/network_park.ron",
            "--month",
            "9999-12",
        ],
        &[
            "ledger",
            "tests/fixtures/network_park.ron",
            "--month",
            "9999-12",
        ],
        &[
            "export",
            "tests/fixtures/network_park.ron",
            "--format",
            "geojson",
            "--month",
            "9999-12",
            "--out",
            geojson.to_str().unwrap(),
        ],
    ];
    for args in commands {
        let o = parksim_within(args, Duration::from_secs(60))
            .unwrap_or_else(|| panic!("{args:?} ran on instead of refusing the month"));
        no_panic(&o);
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        let stderr = text(&o.stderr);
        assert!(
            stderr.contains("9999-12 is after the run ends")
                && stderr.contains("from 2025-01 to 2054-12"),
            "{args:?}: {stderr}"
        );
    }
    assert!(!geojson.exists());
    // The last month of the run is still fine.
    let o = parksim(&[
        "n1",
        "tests/fixtures/network_park.ron",
        "--month",
        "2054-12",
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
}

/// Runs parksim on a terminal (util-linux `script` gives it one), where a run of two years
/// or more shows a progress bar from its first month: what it printed (both streams) and
/// its exit code. `None` where there is no `script`.
fn parksim_on_a_terminal(args: &[&str]) -> Option<(String, Option<i32>)> {
    let quote = |a: &str| format!("'{}'", a.replace('\'', "'\\''"));
    let line: Vec<String> = std::iter::once(env!("CARGO_BIN_EXE_parksim"))
        .chain(args.iter().copied())
        .map(quote)
        .collect();
    let o = Command::new("script")
        .args(["-qec", &line.join(" "), "/dev/null"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::null())
        .output()
        .ok()?;
    Some((text(&o.stdout), o.status.code()))
}

#[test]
fn an_output_folder_that_cannot_take_the_files_fails_before_any_simulation() {
    let scratch = crate::common::scratch("cli-unwritable");
    let dir = scratch.path();
    let run_into = |out: &Path| {
        let args = [
            "run",
            "scenes/sumgayit.ron",
            "--months",
            "240",
            "--out",
            out.to_str().unwrap(),
        ];
        parksim_on_a_terminal(&args)
    };
    // On a terminal a run shows its progress from the first month simulated.
    let Some((shown, code)) = run_into(&dir.join("fine")) else {
        eprintln!("no `script` to give parksim a terminal: skipped");
        return;
    };
    assert_eq!(code, Some(0), "{shown}");
    assert!(shown.contains("Simulating to November 2031"), "{shown}");

    let file = dir.join("a-file");
    std::fs::write(&file, "x").unwrap();
    // A folder whose timeseries.csv is a folder (with a file in it): nothing is replaced.
    let blocked = dir.join("blocked");
    std::fs::create_dir_all(blocked.join("timeseries.csv")).unwrap();
    std::fs::write(blocked.join("timeseries.csv/keep.txt"), "kept").unwrap();
    std::fs::write(blocked.join("summary.json"), "old").unwrap();
    let cases = [
        (file.join("sub"), "cannot create the output folder"),
        (file.clone(), "cannot create the output folder"),
        (blocked.clone(), "is a folder, not a file"),
    ];
    for (out, message) in &cases {
        let (shown, code) = run_into(out).unwrap();
        assert!(!shown.contains("panicked"), "{shown}");
        assert_eq!(code, Some(1), "{}: {shown}", out.display());
        assert!(
            shown.contains(message) && shown.contains(&*out.to_string_lossy()),
            "{shown}"
        );
        assert!(
            !shown.contains("Simulating"),
            "--out {} was found unwritable only after simulating: {shown}",
            out.display()
        );
    }
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "x");
    assert_eq!(
        std::fs::read_to_string(blocked.join("summary.json")).unwrap(),
        "old"
    );
    assert_eq!(entries(&blocked), ["summary.json", "timeseries.csv"]);

    // A read-only folder (not for root, whom permission bits do not stop).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let read_only = dir.join("read-only");
        std::fs::create_dir_all(&read_only).unwrap();
        std::fs::set_permissions(&read_only, std::fs::Permissions::from_mode(0o555)).unwrap();
        if std::fs::write(read_only.join("probe"), "").is_err() {
            let (shown, code) = run_into(&read_only).unwrap();
            assert_eq!(code, Some(1), "{shown}");
            assert!(
                shown.contains("cannot write in the output folder"),
                "{shown}"
            );
            assert!(!shown.contains("Simulating"), "{shown}");
            assert!(entries(&read_only).is_empty());
        }
        std::fs::set_permissions(&read_only, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
}

#[test]
fn a_run_replaces_the_previous_runs_files_as_a_set_and_clears_what_a_killed_run_left() {
    let scratch = crate::common::scratch("cli-set");
    let dir = scratch.path();
    let out = dir.to_str().unwrap();
    let o = parksim(&[
        "run",
        "tests/fixtures/network_park.ron",
        "--months",
        "2",
        "--out",
        out,
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert_eq!(
        entries(dir),
        ["networks.csv", "summary.json", "timeseries.csv"]
    );
    // What killed runs left: an earlier version's hidden temporary file and a staging
    // folder of this one; and a file of the user's, which stays.
    std::fs::write(dir.join(".networks.csv.tmp-99999"), "half a file").unwrap();
    std::fs::create_dir(dir.join(".parksim-run-Ab3dE9")).unwrap();
    std::fs::write(dir.join(".parksim-run-Ab3dE9/timeseries.csv"), "half").unwrap();
    std::fs::write(dir.join("notes.txt"), "the user's").unwrap();
    // A scene without networks: the earlier networks.csv does not stay beside the new
    // files as if it belonged to them.
    let o = parksim(&[
        "run",
        "tests/fixtures/small_park.ron",
        "--months",
        "3",
        "--out",
        out,
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert_eq!(
        entries(dir),
        ["notes.txt", "summary.json", "timeseries.csv"]
    );
    let summary: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("summary.json")).unwrap()).unwrap();
    assert_eq!(summary["months"], 3);
}

#[test]
fn a_utility_without_capacity_writes_empty_loading_cells_never_inf() {
    let scratch = crate::common::scratch("cli-capacity-zero");
    let dir = scratch.path();
    let o = parksim(&[
        "run",
        "tests/fixtures/capacity_zero.ron",
        "--out",
        dir.to_str().unwrap(),
    ]);
    no_panic(&o);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let csv_text = std::fs::read_to_string(dir.join("timeseries.csv")).unwrap();
    let summary_text = std::fs::read_to_string(dir.join("summary.json")).unwrap();
    for (name, text) in [
        ("timeseries.csv", &csv_text),
        ("summary.json", &summary_text),
    ] {
        assert!(!holds_inf_or_nan(text), "{name} holds inf or NaN");
    }
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let header = reader.headers().unwrap().clone();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (peak, loading) = (column("power_peak_mw"), column("power_loading_pct"));
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let loaded = rows
        .iter()
        .filter(|r| r[peak].parse::<f64>().unwrap() > 0.0)
        .count();
    assert!(loaded > 0, "residents draw power in some month");
    for r in &rows {
        let expected = if r[peak].parse::<f64>().unwrap() > 0.0 {
            ""
        } else {
            "0.0"
        };
        assert_eq!(&r[loading], expected, "month {}", &r[0]);
    }
    let summary: serde_json::Value = serde_json::from_str(&summary_text).unwrap();
    assert!(summary["utilities"]["power"]["max_loading_pct"].is_null());
    assert_eq!(summary["utilities"]["power"]["final_capacity"], 0.0);
}

#[test]
fn numbers_that_are_not_finite_reach_no_output_file() {
    let scenario = common::validated(&common::grid_park(2, 1, 1.0));
    let sim = common::run(&scenario, 1, 3);
    let mut records = sim.records().to_vec();
    records[1].utilities[0].capacity = 0.0;
    records[1].utilities[0].peak = 2.5;
    records[2].investment_usd_cum = f64::INFINITY;
    records[2].jobs = f64::NAN;
    records[2].ledger.cumulative.taxes_paid_usd = f64::NEG_INFINITY;
    let csv_text = report::timeseries_csv(&records, &[]).unwrap();
    let summary = report::summary_json(&scenario, 1, &records);
    let summary_text = serde_json::to_string_pretty(&summary).unwrap();
    let loads = vec![AssetLoad {
        utility: "power".into(),
        asset: "feed".into(),
        kind: "source",
        capacity: 0.0,
        flow: 1.0,
        peak: 1.5,
        hours_out: 0.0,
    }];
    let networks_text =
        report::networks_csv(&[(scenario.simulation.start, loads)], &scenario).unwrap();
    assert!(holds_inf_or_nan("1,inf,2") && holds_inf_or_nan("\"a\": NaN"));
    for text in [&csv_text, &summary_text, &networks_text] {
        assert!(!holds_inf_or_nan(text), "{text}");
    }
    let rows: Vec<Vec<&str>> = csv_text.lines().map(|l| l.split(',').collect()).collect();
    let column = |name: &str| rows[0].iter().position(|h| *h == name).unwrap();
    assert_eq!(rows[2][column("power_loading_pct")], "");
    assert_eq!(rows[3][column("investment_usd_cum")], "");
    assert_eq!(rows[3][column("jobs")], "");
    assert_eq!(rows[3][column("taxes_paid_usd_cum")], "");
    assert!(summary["utilities"]["power"]["max_loading_pct"].is_null());
    assert!(summary["final"]["jobs"].is_null());
    assert!(summary["fiscal_usd_cum"]["taxes_paid"].is_null());
    assert!(
        networks_text
            .lines()
            .nth(1)
            .unwrap()
            .ends_with(",1.500,,0.0")
    );
}

#[test]
fn the_built_in_scenes_work_from_any_folder_and_a_file_there_comes_first() {
    let scratch = crate::common::scratch("cli-elsewhere");
    let dir = scratch.path();
    let in_dir = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_parksim"))
            .args(args)
            .current_dir(dir)
            .output()
            .expect("parksim runs")
    };
    // No scenes folder here: Sumgayit and the template come from the program.
    let o = in_dir(&["validate", "scenes/template.ron"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let o = in_dir(&[
        "run",
        "scenes/sumgayit.ron",
        "--months",
        "3",
        "--out",
        "out",
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(dir.join("out/timeseries.csv").exists());
    // Another name in scenes/ is not built in.
    let o = in_dir(&["validate", "scenes/other.ron"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).contains("scenes/other.ron"),
        "{}",
        text(&o.stderr)
    );
    // A scenes/sumgayit.ron of the planner's own is read instead of the built-in one.
    std::fs::create_dir(dir.join("scenes")).unwrap();
    std::fs::write(dir.join("scenes/sumgayit.ron"), "(not a scene").unwrap();
    let o = in_dir(&["validate", "scenes/sumgayit.ron"]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o.stdout));
}

#[test]
fn validate_sources_lists_the_scene_s_estimates_by_section() {
    let o = parksim(&["validate", "--sources", "scenes/sumgayit.ron"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let out = text(&o.stdout);
    let count: usize = out
        .split(": ")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .and_then(|n| n.replace(',', "").parse().ok())
        .unwrap_or_else(|| panic!("no count in:\n{out}"));
    let listed = out.lines().filter(|l| l.starts_with("  ")).count();
    assert_eq!(listed, count, "{out}");
    // An estimate with its value and source; a published figure is not listed.
    assert!(
        out.contains("power › tariff_usd_per_unit_hour = 53: estimate"),
        "{out}"
    );
    assert!(out.contains("\nutilities ("), "{out}");
    assert!(!out.contains("first_ha_per_year"), "{out}");
}
