//! `parksim calibrate`: the chosen parameters fitted to the scene's observed points up to
//! a month (see [`crate::calibration`]), the errors in and out of sample printed, the
//! fitted scene written.

use std::path::Path;
use std::process::ExitCode;

use super::{cannot_format, cannot_write, fail, load_scene};
use crate::atomic_file;
use crate::report;
use crate::scenario;
use crate::tr;

/// Fits the chosen parameters to the scene's observed points up to `until`, prints the
/// fitted values and the errors in and out of sample, and writes the fitted scene.
pub(super) fn calibrate(
    scene: &Path,
    fit: &str,
    until: Option<&str>,
    on: Option<&str>,
    seeds: u64,
    iterations: u64,
    out: Option<&Path>,
) -> ExitCode {
    use crate::calibration::{self, Parameter, Quantity, Scored};
    let scenario = match load_scene(scene) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let parameters: Result<Vec<Parameter>, String> = fit
        .split(',')
        .filter(|t| !t.trim().is_empty())
        .map(|t| Parameter::parse(t, &scenario.raw))
        .collect();
    let parameters = match parameters {
        Ok(p) if !p.is_empty() => p,
        Ok(_) => return fail(tr!("cli-calibrate-bad-parameter", text = fit)),
        Err(e) => return fail(e),
    };
    let until = match until.map(|t| scenario::YearMonth::parse(t.trim()).ok_or(t)) {
        None => None,
        Some(Ok(m)) => Some(m),
        Some(Err(t)) => return fail(tr!("cli-not-a-month", text = t)),
    };
    let on: Result<Vec<Quantity>, String> = on
        .unwrap_or_default()
        .split(',')
        .filter(|t| !t.trim().is_empty())
        .map(|t| {
            Quantity::parse(t).ok_or_else(|| {
                let kinds: Vec<&str> = Quantity::NAMED.iter().map(|(w, _)| *w).collect();
                tr!("cli-calibrate-bad-kind", text = t, kinds = kinds.join(", "))
            })
        })
        .collect();
    let on = match on {
        Ok(on) => on,
        Err(e) => return fail(e),
    };
    if let Some(path) = out
        && let Err(e) = atomic_file::check_can_write(path)
    {
        return fail(cannot_write(path, e));
    }
    let seed_list: Vec<u64> = (1..=seeds).collect();
    let before: Vec<f64> = parameters.iter().map(|p| p.get(&scenario.raw)).collect();
    let fitted = match calibration::fit(
        &scenario.raw,
        &scenario.file,
        &parameters,
        until,
        &on,
        &seed_list,
        iterations,
    ) {
        Ok(f) => f,
        Err(e) => return fail(e),
    };
    out!(
        "{}",
        tr!(
            "cli-calibrate-heading",
            points = fitted.in_sample.len(),
            // Without --until: up to the last observed point.
            until = until
                .or_else(|| scenario.observed.iter().map(|o| o.date).max())
                .map_or_else(|| "—".to_owned(), |u| u.to_string()),
            seeds = seeds,
            candidates = fitted.evaluations
        )
    );
    for ((p, from), to) in parameters.iter().zip(&before).zip(&fitted.values) {
        out!(
            "  {}",
            tr!(
                "cli-calibrate-value",
                parameter = p.name(),
                from = report::shown::grouped(*from, 3),
                to = report::shown::grouped(*to, 3)
            )
        );
    }
    let table = |scored: &[Scored]| {
        for s in scored {
            let decimals = if s.point.observed.abs() >= 1e6 { 0 } else { 1 };
            out!(
                "  {}",
                tr!(
                    "cli-calibrate-point",
                    month = s.point.date.to_string(),
                    column = s.point.quantity.column(),
                    observed = report::shown::grouped(s.point.observed, decimals),
                    median = report::shown::grouped(s.median, decimals),
                    error = report::shown::grouped(100.0 * s.relative_error(), 1)
                )
            );
        }
    };
    out!();
    out!(
        "{}",
        tr!(
            "cli-calibrate-in-sample",
            error = report::shown::grouped(100.0 * calibration::loss(&fitted.in_sample), 1)
        )
    );
    table(&fitted.in_sample);
    out!();
    if fitted.out_of_sample.is_empty() {
        out!("{}", tr!("cli-calibrate-none-after"));
    } else {
        out!(
            "{}",
            tr!(
                "cli-calibrate-out-of-sample",
                error = report::shown::grouped(100.0 * calibration::loss(&fitted.out_of_sample), 1)
            )
        );
        table(&fitted.out_of_sample);
    }
    if let Some(path) = out {
        let text = match scenario::to_ron(&fitted.raw) {
            Ok(t) => t,
            Err(e) => return fail(cannot_format(e)),
        };
        if let Err(e) = atomic_file::write_atomically(path, text.as_bytes()) {
            return fail(cannot_write(path, e));
        }
        out!("{}", tr!("cli-wrote", file = path.display().to_string()));
    }
    ExitCode::SUCCESS
}
