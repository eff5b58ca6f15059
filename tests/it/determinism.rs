//! A run is a pure function of (scenario, seed): the model's whole state, every number
//! bit for bit, is the same month after month for the same inputs (see
//! `parksim::sim::fingerprint`), and another seed gives another run.

use crate::common;

use std::sync::Arc;

use parksim::scenario::Scenario;
use parksim::sim::Simulation;

/// The hash of the Sumgayit run's whole state over its first 180 months (the scene's
/// seed), folded month by month. Byte-identical replay is promised on one platform (see
/// the README's "Reproducible runs"): another operating system's maths library may give
/// other last bits, and so another hash.
const SUMGAYIT_180_MONTHS: u64 = 0x16c4_5e00_eff0_c06c;

/// The state hash after each month of a run.
fn month_hashes(sim: &mut Simulation, months: u32) -> Vec<u64> {
    (0..months)
        .map(|_| {
            sim.step();
            sim.state_hash()
        })
        .collect()
}

fn hashes(scenario: &Arc<Scenario>, seed: u64, months: u32) -> Vec<u64> {
    month_hashes(&mut Simulation::new(scenario.clone(), seed), months)
}

/// One hash for a whole run: every month's, in order.
fn folded(hashes: &[u64]) -> u64 {
    hashes.iter().fold(0xcbf2_9ce4_8422_2325, |acc, h| {
        (acc ^ h).wrapping_mul(0x100_0000_01b3)
    })
}

#[test]
fn sumgayit_state_matches_its_recorded_hash() {
    let scenario = common::sumgayit();
    let actual = folded(&hashes(&scenario, scenario.simulation.seed, 180));
    assert!(
        actual == SUMGAYIT_180_MONTHS,
        "The Sumgayit run's state is no longer what it was: hash {actual:#018x}, recorded \
         {SUMGAYIT_180_MONTHS:#018x}.\nIf the change of behaviour is intended, see what \
         changed with `PARKSIM_BLESS=1 cargo test --test it golden` and `git diff tests/golden`, \
         then set SUMGAYIT_180_MONTHS in tests/it/determinism.rs to {actual:#018x}."
    );
}

#[test]
fn same_inputs_give_the_same_state_every_month() {
    let scenario = common::sumgayit();
    let first = hashes(&scenario, 2011, 120);
    assert_eq!(first, hashes(&scenario, 2011, 120));
    // The state changes as the park fills: the hashes are not all alike.
    let distinct: std::collections::HashSet<_> = first.iter().collect();
    assert!(distinct.len() > 100);
}

#[test]
fn another_seed_gives_another_run() {
    let scenario = common::sumgayit();
    assert_ne!(
        folded(&hashes(&scenario, 1, 120)),
        folded(&hashes(&scenario, 2, 120))
    );
}

#[test]
fn a_longer_run_starts_like_a_shorter_one() {
    let scenario = common::sumgayit();
    let short = hashes(&scenario, 9, 60);
    let long = hashes(&scenario, 9, 120);
    assert_eq!(short, long[..60]);
}

#[test]
fn a_restart_in_the_same_world_gives_the_same_state() {
    let scenario = common::sumgayit();
    let fresh = hashes(&scenario, 4, 90);
    let mut reused = Simulation::new(scenario.clone(), 99);
    reused.run(50, |_| {});
    parksim::sim::start_run(reused.app.world_mut(), scenario.clone(), 4);
    assert_eq!(month_hashes(&mut reused, 90), fresh);
}
