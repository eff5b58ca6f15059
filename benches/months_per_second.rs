//! Simulation throughput: simulated months per second for the Sumgayit scene and for
//! synthetic parks of 1,000, 10,000 and 100,000 plots (and of 1,000 and 10,000 plots with
//! a network per utility), each over 360 months.
//! Run with `cargo bench --no-default-features`; divan prints months/s per case.

use std::path::Path;
use std::sync::Arc;

use divan::Bencher;
use divan::counter::ItemsCount;
use parksim::scenario::{self, Scenario, synthetic};
use parksim::sim::Simulation;

const MONTHS: u32 = 360;

fn main() {
    divan::main();
}

fn run(bencher: Bencher, scenario: Arc<Scenario>) {
    let seed = scenario.simulation.seed;
    bencher.counter(ItemsCount::new(MONTHS as usize)).bench(|| {
        let mut sim = Simulation::new(scenario.clone(), seed);
        sim.run(MONTHS, |_| {});
        sim.records().len()
    });
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn sumgayit(bencher: Bencher) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenes/sumgayit.ron");
    let scenario = scenario::load(&path).expect("scenes/sumgayit.ron is valid");
    run(bencher, Arc::new(scenario));
}

#[divan::bench(args = [1_000, 10_000, 100_000], sample_count = 3, sample_size = 1)]
fn synthetic_park(bencher: Bencher, plots: usize) {
    let text = scenario::to_ron(&synthetic::park(plots, 1)).expect("serialises");
    let scenario = scenario::parse(&text, Path::new("synthetic.ron")).expect("valid");
    run(bencher, Arc::new(scenario));
}

/// The same parks with a network per utility (`parksim synth --networks`): routing and
/// loading every feeder and service line each month.
#[divan::bench(args = [1_000, 10_000], sample_count = 3, sample_size = 1)]
fn synthetic_park_with_networks(bencher: Bencher, plots: usize) {
    let mut raw = synthetic::park(plots, 1);
    synthetic::add_networks(&mut raw);
    let text = scenario::to_ron(&raw).expect("serialises");
    let scenario = scenario::parse(&text, Path::new("synthetic.ron")).expect("valid");
    run(bencher, Arc::new(scenario));
}
