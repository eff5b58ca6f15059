//! A run is a pure function of (scenario, seed): same inputs give byte-identical
//! outputs, on any thread; another seed gives another run.

use crate::common;

use parksim::report;

fn csv_of(seed: u64, months: u32) -> String {
    let sim = common::run(&common::sumgayit(), seed, months);
    report::timeseries_csv(sim.records(), &sim.scenario().observed).unwrap()
}

#[test]
fn same_seed_same_bytes_on_every_thread() {
    let reference = csv_of(2011, 180);
    let handles: Vec<_> = (0..3)
        .map(|_| std::thread::spawn(|| csv_of(2011, 180)))
        .collect();
    for h in handles {
        assert_eq!(h.join().unwrap(), reference);
    }
    assert_eq!(csv_of(2011, 180), reference);
}

#[test]
fn another_seed_gives_another_run() {
    assert_ne!(csv_of(1, 180), csv_of(2, 180));
}

#[test]
fn a_longer_run_starts_like_a_shorter_one() {
    let short = common::run(&common::sumgayit(), 9, 60);
    let long = common::run(&common::sumgayit(), 9, 120);
    assert_eq!(short.records(), &long.records()[..60]);
}

#[test]
fn a_restart_in_the_same_world_gives_the_same_run() {
    let scenario = common::sumgayit();
    let fresh = common::run(&scenario, 4, 90);
    let mut reused = common::run(&scenario, 99, 50);
    parksim::sim::start_run(reused.app.world_mut(), scenario.clone(), 4);
    reused.run(90, |_| {});
    assert_eq!(fresh.records(), reused.records());
    let (mut reused, mut fresh) = (reused, fresh);
    assert_eq!(reused.firms().len(), fresh.firms().len());
}
