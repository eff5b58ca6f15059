//! A sweep's files: `bands.csv` (per month and column, p10, median, p90 and mean over
//! the seeds), `runs.csv` (per seed, its end-of-run figures), `summary.json` (those
//! figures as medians with p10–p90), and a shard's partial result, `sweep-part.csv`
//! (every seed's series, each number written so that it reads back bit for bit).

use serde_json::{Value, json};

use super::gathered::Gathered;
use super::stats::{Band, band};
use super::{SeedRun, Sweep};
use crate::report::numbers::{cell as fixed, json as num};

/// The files a whole sweep writes.
pub const SWEEP_FILES: [&str; 3] = ["bands.csv", "runs.csv", "summary.json"];

/// The file a shard writes, and `merge` reads from each folder.
pub const PARTIAL_FILE: &str = "sweep-part.csv";

/// Utility kinds as `timeseries.csv` prefixes its columns.
const KINDS: [&str; 5] = ["power", "gas", "water", "wastewater", "steam"];

/// A number as a CSV cell with `decimals` decimals, empty when not finite, and never
/// "-0.000" for a value that rounds to zero.
fn cell(value: f64, decimals: usize) -> String {
    let text = fixed(value, decimals);
    match text.strip_prefix('-') {
        Some(rest) if rest.bytes().all(|b| b == b'0' || b == b'.') => rest.to_owned(),
        _ => text,
    }
}

/// Decimals a column is written with: whole dollars and whole counts of the end of a
/// run, three decimals otherwise (a percentile of counts can fall between two).
fn decimals(column: &str) -> usize {
    if column.contains("_usd") || column == "residents" || column == "months_short" {
        0
    } else {
        3
    }
}

/// `bands.csv`: `month`, `date`, then for every column of `timeseries.csv` that varies
/// with the seed, `COLUMN_p10`, `COLUMN_p50`, `COLUMN_p90` and `COLUMN_mean`. Reads the
/// gathered series a month at a time.
pub fn bands_csv(gathered: &mut Gathered) -> Result<String, String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut header = vec!["month".to_owned(), "date".to_owned()];
    for c in &gathered.columns {
        for stat in ["p10", "p50", "p90", "mean"] {
            header.push(format!("{c}_{stat}"));
        }
    }
    w.write_record(&header).map_err(|e| e.to_string())?;
    let (n, runs) = (gathered.columns.len(), gathered.seeds.len());
    for m in 0..gathered.dates.len() {
        let values = gathered.month(m)?;
        let mut row = vec![(m + 1).to_string(), gathered.dates[m].clone()];
        for (c, name) in gathered.columns.iter().enumerate() {
            let d = decimals(name);
            match band((0..runs).map(|r| values[r * n + c])) {
                Some(b) => row.extend([b.p10, b.p50, b.p90, b.mean].map(|v| cell(v, d))),
                None => row.extend(std::iter::repeat_n(String::new(), 4)),
            }
        }
        w.write_record(&row).map_err(|e| e.to_string())?;
    }
    finish(w).map_err(|e| e.to_string())
}

/// The end-of-run figures of every seed, as (name, value per run), in the order of
/// `runs.csv`'s columns.
pub fn end_figures(sweep: &Sweep) -> Vec<(String, Vec<f64>)> {
    let months = sweep.dates.len();
    let last = |name: &str| -> Vec<f64> {
        let c = sweep.column(name);
        (0..sweep.runs.len())
            .map(|r| match (c, months) {
                (Some(c), m) if m > 0 => sweep.value(r, m - 1, c),
                _ => f64::NAN,
            })
            .collect()
    };
    let over_months = |c: Option<usize>, f: fn(f64, f64) -> f64, start: f64| -> Vec<f64> {
        (0..sweep.runs.len())
            .map(|r| match c {
                Some(c) => (0..months)
                    .map(|m| sweep.value(r, m, c))
                    .filter(|v| v.is_finite())
                    .fold(start, f),
                None => f64::NAN,
            })
            .collect()
    };
    let mut figures = vec![
        ("residents".to_owned(), last("registered_firms")),
        ("jobs".to_owned(), last("jobs")),
        ("investment_usd".to_owned(), last("investment_usd_cum")),
        (
            "tax_expenditure_usd".to_owned(),
            last("tax_expenditure_usd_cum"),
        ),
        ("taxes_paid_usd".to_owned(), last("taxes_paid_usd_cum")),
        ("net_fiscal_usd".to_owned(), last("net_fiscal_usd_cum")),
    ];
    let unserved: Vec<Option<usize>> = KINDS
        .iter()
        .map(|k| {
            sweep
                .columns
                .iter()
                .position(|c| c.starts_with(&format!("{k}_unserved_")))
        })
        .collect();
    for (k, kind) in KINDS.iter().enumerate() {
        if let Some(c) = unserved[k] {
            figures.push((
                format!("{}_total", sweep.columns[c]),
                over_months(Some(c), |a, b| a + b, 0.0),
            ));
        }
        let loading = sweep.column(&format!("{kind}_loading_pct"));
        let highest = over_months(loading, f64::max, f64::NEG_INFINITY)
            .into_iter()
            .map(|v| if v == f64::NEG_INFINITY { f64::NAN } else { v })
            .collect();
        figures.push((format!("{kind}_max_loading_pct"), highest));
    }
    let short = (0..sweep.runs.len())
        .map(|r| {
            (0..months)
                .filter(|&m| {
                    unserved
                        .iter()
                        .flatten()
                        .any(|&c| sweep.value(r, m, c) > 0.0)
                })
                .count() as f64
        })
        .collect();
    figures.push(("months_short".to_owned(), short));
    figures
}

/// `runs.csv`: one row per seed, its end-of-run figures (see [`end_figures`]).
pub fn runs_csv(gathered: &Gathered) -> Result<String, csv::Error> {
    let figures = &gathered.figures;
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut header = vec!["seed".to_owned()];
    header.extend(figures.iter().map(|(name, _)| name.clone()));
    w.write_record(&header)?;
    for (r, seed) in gathered.seeds.iter().enumerate() {
        let mut row = vec![seed.to_string()];
        row.extend(figures.iter().map(|(name, v)| cell(v[r], decimals(name))));
        w.write_record(&row)?;
    }
    finish(w)
}

/// `summary.json`: the seeds and months, and every end-of-run figure as its median with
/// p10 and p90 over the seeds (and the mean).
pub fn summary_json(gathered: &Gathered, scene: &str) -> Value {
    let figures: serde_json::Map<String, Value> = gathered
        .figures
        .iter()
        .map(|(name, values)| {
            let d = decimals(name) as i32;
            let value = match band(values.iter().copied()) {
                Some(Band {
                    p10,
                    p50,
                    p90,
                    mean,
                }) => json!({
                    "median": num(p50, d),
                    "p10": num(p10, d),
                    "p90": num(p90, d),
                    "mean": num(mean, d),
                }),
                None => Value::Null,
            };
            (name.clone(), value)
        })
        .collect();
    json!({
        "scene": scene,
        "seeds": {
            "first": gathered.seeds.first(),
            "last": gathered.seeds.last(),
            "count": gathered.seeds.len(),
        },
        "months": gathered.dates.len(),
        "first_month": gathered.dates.first(),
        "last_month": gathered.dates.last(),
        "end_of_run": figures,
    })
}

/// First line of a partial result: the scene, as the sweep's summary names it.
const SCENE_LINE: &str = "# scene: ";

/// A shard's partial result: a line naming the scene, then `seed`, `date` and every
/// column, one row per seed and month; each number written in the shortest form that
/// reads back to the same bits. Written in pieces: [`partial_head`], then
/// [`partial_rows`] for each chunk of runs.
pub fn partial_csv(sweep: &Sweep, scene: &str) -> Result<String, csv::Error> {
    Ok(partial_head(&sweep.columns, scene)? + &partial_rows(sweep)?)
}

/// The first two lines of a partial result: the scene, and the columns.
pub fn partial_head(columns: &[String], scene: &str) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(format!("{SCENE_LINE}{scene}\n").into_bytes());
    let mut header = vec!["seed".to_owned(), "date".to_owned()];
    header.extend(columns.iter().cloned());
    w.write_record(&header)?;
    finish(w)
}

/// The rows of a partial result for these runs.
pub fn partial_rows(sweep: &Sweep) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let n = sweep.columns.len();
    for run in &sweep.runs {
        for (m, date) in sweep.dates.iter().enumerate() {
            let mut row = vec![run.seed.to_string(), date.clone()];
            row.extend(run.values[m * n..(m + 1) * n].iter().map(|v| {
                if v.is_finite() {
                    v.to_string()
                } else {
                    String::new()
                }
            }));
            w.write_record(&row)?;
        }
    }
    finish(w)
}

/// Reads a shard's partial result (see [`partial_csv`]) and the scene it names; `file`
/// names it in messages.
pub fn read_partial(text: &str, file: &str) -> Result<(Sweep, String), String> {
    let not_partial = || {
        format!(
            "{file}: not a partial result of `parksim sweep --shard` (expected a line \"{SCENE_LINE}…\", then the columns seed, date, …)"
        )
    };
    let (first, text) = text.split_once('\n').ok_or_else(not_partial)?;
    let scene = first
        .strip_prefix(SCENE_LINE)
        .ok_or_else(not_partial)?
        .to_owned();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| format!("{file}: {e}"))?
        .iter()
        .map(str::to_owned)
        .collect();
    if header.len() < 2 || header[0] != "seed" || header[1] != "date" {
        return Err(not_partial());
    }
    let columns = header[2..].to_vec();
    let mut sweep = Sweep {
        columns,
        dates: Vec::new(),
        runs: Vec::new(),
    };
    for (i, record) in reader.records().enumerate() {
        let line = i + 3;
        let record = record.map_err(|e| format!("{file}: line {line}: {e}"))?;
        let seed: u64 = record
            .get(0)
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| format!("{file}: line {line}: expected a seed"))?;
        let date = record.get(1).unwrap_or_default().to_owned();
        if sweep.runs.last().is_none_or(|r: &SeedRun| r.seed != seed) {
            sweep.runs.push(SeedRun {
                seed,
                values: Vec::new(),
            });
        }
        if sweep.runs.len() == 1 {
            sweep.dates.push(date);
        }
        let run = sweep.runs.last_mut().expect("pushed above");
        for c in 2..header.len() {
            let cell = record.get(c).unwrap_or_default();
            run.values.push(if cell.is_empty() {
                f64::NAN
            } else {
                cell.parse().map_err(|_| {
                    crate::tr!(
                        "cli-merge-not-a-number",
                        file = file,
                        line = line.to_string(),
                        cell = cell
                    )
                })?
            });
        }
    }
    let per_run = sweep.dates.len() * sweep.columns.len();
    if let Some(r) = sweep.runs.iter().find(|r| r.values.len() != per_run) {
        return Err(crate::tr!(
            "cli-merge-cut-short",
            file = file,
            seed = r.seed.to_string(),
            values = r.values.len().to_string(),
            expected = per_run.to_string()
        ));
    }
    Ok((sweep, scene))
}

fn finish(w: csv::Writer<Vec<u8>>) -> Result<String, csv::Error> {
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
