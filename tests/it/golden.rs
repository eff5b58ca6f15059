//! The Sumgayit run's summary, compared with a file checked in under tests/golden.
//!
//! When a change of behaviour is intended, regenerate it with
//! `PARKSIM_BLESS=1 cargo test --test it golden`; that run writes the file and fails on
//! purpose, so a regenerated file is never committed unseen. Review the diff, then run
//! the tests again.

use crate::common;

use std::path::Path;

use parksim::report;

#[test]
fn sumgayit_summary_matches_the_golden_file() {
    let scenario = common::sumgayit();
    let seed = scenario.simulation.seed;
    let sim = common::run(&scenario, seed, 180);
    let mut summary = report::summary_json(&scenario, seed, sim.records());
    summary["file"] = serde_json::json!("scenes/sumgayit.ron");
    let actual = serde_json::to_string_pretty(&summary).unwrap() + "\n";
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/sumgayit_summary.json");
    if std::env::var_os("PARKSIM_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &actual).unwrap();
        panic!(
            "wrote {}; review it and run the tests again without PARKSIM_BLESS",
            path.display()
        );
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "the Sumgayit summary changed.\n--- expected ({})\n{expected}\n--- actual\n{actual}\n\
         If the change is intended: PARKSIM_BLESS=1 cargo test --test it golden",
        path.display()
    );
}
