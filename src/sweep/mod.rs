//! Many runs of one scene: every seed of a range, run in parallel, and what they say
//! together — per month, the p10, median, p90 and mean of every column of
//! `timeseries.csv` (`bands.csv`); per seed, its end-of-run figures (`runs.csv`); and the
//! headline figures as medians with their p10–p90 (`summary.json`).
//!
//! The results are kept in seed order whatever thread ran which seed, so the files are
//! the same for any number of threads. A sweep can be cut into shards (`--shard K/N`, for
//! a cluster's job array): each writes its seeds' series, and [`merge`] puts shards
//! together into exactly the files one unsharded sweep writes.

pub mod compare;
mod files;
pub mod gathered;
pub mod stats;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;

use crate::report;
use crate::scenario::Scenario;
use crate::sim::Simulation;

pub use files::{
    PARTIAL_FILE, SWEEP_FILES, bands_csv, end_figures, partial_csv, partial_head, partial_rows,
    read_partial, runs_csv, summary_json,
};
pub use gathered::Gathered;

/// A range of seeds, both ends included ("1..100" is a hundred seeds).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SeedRange {
    pub first: u64,
    pub last: u64,
}

impl SeedRange {
    /// The default of a sweep: seeds 1 to 100.
    pub const DEFAULT: SeedRange = SeedRange {
        first: 1,
        last: 100,
    };

    /// Reads "A..B" (A ≤ B), or a single seed "A".
    pub fn parse(text: &str) -> Result<Self, String> {
        let number = |t: &str| {
            t.trim()
                .parse::<u64>()
                .map_err(|_| crate::tr!("cli-seeds-expected", text = text))
        };
        let (first, last) = match text.split_once("..") {
            Some((a, b)) => (number(a)?, number(b.trim_start_matches('='))?),
            None => {
                let a = number(text)?;
                (a, a)
            }
        };
        if first > last {
            return Err(crate::tr!("cli-seeds-reversed", text = text));
        }
        if last - first >= MAX_SEEDS {
            return Err(crate::tr!(
                "cli-seeds-too-many",
                text = text,
                seeds = crate::report::shown::grouped((last - first + 1) as f64, 0),
                most = crate::report::shown::grouped(MAX_SEEDS as f64, 0)
            ));
        }
        Ok(Self { first, last })
    }

    /// The seeds, in order.
    pub fn seeds(self) -> Vec<u64> {
        (self.first..=self.last).collect()
    }
}

/// Most seeds one sweep takes: a million runs of 180 months is days on one machine.
pub const MAX_SEEDS: u64 = 1_000_000;

/// One of N slices of a sweep's seeds: `K/N`, K from 0 to N − 1 (as a Slurm array task
/// numbers them).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shard {
    pub index: u32,
    pub count: u32,
}

impl Shard {
    pub fn parse(text: &str) -> Result<Self, String> {
        let bad = || crate::tr!("cli-shard-expected", text = text);
        let (k, n) = text.split_once('/').ok_or_else(bad)?;
        let (index, count) = (
            k.trim().parse::<u32>().map_err(|_| bad())?,
            n.trim().parse::<u32>().map_err(|_| bad())?,
        );
        if count == 0 || index >= count {
            return Err(bad());
        }
        Ok(Self { index, count })
    }

    /// This shard's seeds: the K-th of N contiguous slices, as even as they can be.
    pub fn of(self, seeds: &[u64]) -> Vec<u64> {
        let n = seeds.len();
        let (k, count) = (self.index as usize, self.count as usize);
        seeds[k * n / count..(k + 1) * n / count].to_vec()
    }
}

/// One seed's run: its time series, month by month, one value per column of
/// [`Sweep::columns`] (NaN where `timeseries.csv` has an empty cell).
#[derive(Clone, Debug, PartialEq)]
pub struct SeedRun {
    pub seed: u64,
    /// Month-major: `values[m * columns + c]`.
    pub values: Vec<f64>,
}

/// The runs of a sweep, in seed order, with the names of their columns and months.
#[derive(Clone, Debug, PartialEq)]
pub struct Sweep {
    /// The numeric columns of `timeseries.csv`, in its order (not `month`, `date`, nor
    /// the scene's observed points, which are the same for every seed).
    pub columns: Vec<String>,
    /// The month of each row, `YYYY-MM`.
    pub dates: Vec<String>,
    pub runs: Vec<SeedRun>,
}

impl Sweep {
    /// The value of column `c` in month `m` of run `r`.
    pub fn value(&self, r: usize, m: usize, c: usize) -> f64 {
        self.runs[r].values[m * self.columns.len() + c]
    }

    /// The position of a column, by name.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c == name)
    }
}

/// Seeds run at a time by a sweep that gathers its runs as they come: enough to keep
/// every core busy to the end of a chunk, few enough that a chunk's series (about 94 kB a
/// seed for Sumgayit's 180 months) stay small.
pub const CHUNK_SEEDS: usize = 256;

/// Runs `months` months of `scenario` for every seed, on `jobs` threads (0: one per
/// core), calling `progress` with the number of runs done as they finish (in any order).
/// Each thread keeps one simulation and starts it again for each of its seeds. Holds every
/// run in memory: for many seeds, [`run_in_chunks`].
pub fn run_seeds(
    scenario: &Arc<Scenario>,
    seeds: &[u64],
    months: u32,
    jobs: usize,
    progress: impl Fn(usize) + Sync,
) -> Result<Sweep, String> {
    let pool = thread_pool(jobs)?;
    let done = AtomicUsize::new(0);
    run_on(&pool, scenario, seeds, months, &|| {
        progress(done.fetch_add(1, Ordering::Relaxed) + 1)
    })
}

/// Runs the seeds [`CHUNK_SEEDS`] at a time, each chunk under every one of `scenarios`
/// (the same seeds: common random numbers), and hands each chunk's runs, one sweep per
/// scenario in seed order, to `each` before the next chunk starts.
pub fn run_in_chunks(
    scenarios: &[&Arc<Scenario>],
    seeds: &[u64],
    months: u32,
    jobs: usize,
    progress: impl Fn(usize) + Sync,
    mut each: impl FnMut(Vec<Sweep>) -> Result<(), String>,
) -> Result<(), String> {
    let pool = thread_pool(jobs)?;
    let done = AtomicUsize::new(0);
    let tick = || progress(done.fetch_add(1, Ordering::Relaxed) + 1);
    for chunk in seeds.chunks(CHUNK_SEEDS) {
        let runs = scenarios
            .iter()
            .map(|scenario| run_on(&pool, scenario, chunk, months, &tick))
            .collect::<Result<Vec<_>, _>>()?;
        each(runs)?;
    }
    Ok(())
}

fn thread_pool(jobs: usize) -> Result<rayon::ThreadPool, String> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .map_err(|e| format!("cannot start {jobs} threads: {e}"))
}

fn run_on(
    pool: &rayon::ThreadPool,
    scenario: &Arc<Scenario>,
    seeds: &[u64],
    months: u32,
    tick: &(dyn Fn() + Sync),
) -> Result<Sweep, String> {
    let results: Vec<Result<(Vec<String>, Vec<String>, SeedRun), String>> = pool.install(|| {
        seeds
            .par_iter()
            .map_init(
                || Simulation::new(scenario.clone(), 0),
                |sim, &seed| {
                    sim.restart(seed);
                    sim.run(months, |_| {});
                    let run = series_of(sim, seed);
                    tick();
                    run
                },
            )
            .collect()
    });
    let mut sweep = Sweep {
        columns: Vec::new(),
        dates: Vec::new(),
        runs: Vec::with_capacity(seeds.len()),
    };
    for result in results {
        let (columns, dates, run) = result?;
        if sweep.runs.is_empty() {
            sweep.columns = columns;
            sweep.dates = dates;
        }
        sweep.runs.push(run);
    }
    Ok(sweep)
}

/// A finished run's series, read from the `timeseries.csv` text it would write (so a
/// sweep's columns and their rounding are exactly the file's).
fn series_of(sim: &Simulation, seed: u64) -> Result<(Vec<String>, Vec<String>, SeedRun), String> {
    let text = report::timeseries_csv(sim.records(), &[])
        .map_err(|e| format!("seed {seed}: cannot format the time series: {e}"))?;
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| e.to_string())?
        .iter()
        .map(str::to_owned)
        .collect();
    let kept: Vec<usize> = (0..header.len())
        .filter(|&i| is_swept_column(&header[i]))
        .collect();
    let date = header.iter().position(|h| h == "date");
    let mut dates = Vec::new();
    let mut values = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| e.to_string())?;
        if let Some(d) = date {
            dates.push(record.get(d).unwrap_or_default().to_owned());
        }
        values.extend(kept.iter().map(|&i| {
            record
                .get(i)
                .and_then(|cell| cell.parse::<f64>().ok())
                .unwrap_or(f64::NAN)
        }));
    }
    let columns = kept.iter().map(|&i| header[i].clone()).collect();
    Ok((columns, dates, SeedRun { seed, values }))
}

/// Whether a column of `timeseries.csv` varies with the seed and is summed up in bands.
fn is_swept_column(name: &str) -> bool {
    name != "month" && name != "date" && !name.starts_with("observed_")
}

/// Puts the partial results of shards together, in seed order, refusing a seed twice or
/// shards of different scenes (columns or months). Holds them all in memory; the command
/// line adds them one by one to a [`Gathered`] spilled to disk.
pub fn merge(mut parts: Vec<Sweep>) -> Result<Gathered, String> {
    if parts.is_empty() {
        return Err("no partial results to merge".into());
    }
    parts.sort_by_key(|p| p.runs.first().map(|r| r.seed));
    let mut all = Gathered::in_memory();
    for part in &parts {
        all.add(part)?;
    }
    Ok(all)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeds_and_shards_are_read_and_cut_evenly() {
        assert_eq!(
            SeedRange::parse("1..100"),
            Ok(SeedRange {
                first: 1,
                last: 100
            })
        );
        assert_eq!(SeedRange::parse("7").unwrap().seeds(), [7]);
        assert!(SeedRange::parse("9..3").is_err());
        assert!(SeedRange::parse("a..b").unwrap_err().contains("A..B"));
        let seeds = SeedRange::parse("1..10").unwrap().seeds();
        let shards: Vec<Vec<u64>> = (0..4)
            .map(|k| Shard { index: k, count: 4 }.of(&seeds))
            .collect();
        assert_eq!(shards.concat(), seeds, "every seed once, in order");
        assert!(shards.iter().all(|s| s.len() == 2 || s.len() == 3));
        assert_eq!(Shard::parse("3/4"), Ok(Shard { index: 3, count: 4 }));
        assert!(Shard::parse("4/4").is_err());
        assert!(Shard::parse("1/0").is_err());
    }
}
