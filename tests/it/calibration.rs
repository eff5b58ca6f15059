//! The Sumgayit scene against SCIP's history (calibration.md, and the scene's `observed`
//! points): over 50 seeds, the median number of registered and of operating residents
//! stays within ±40 % of every observed point from 2016 to 2021.

use crate::common;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

#[test]
fn sumgayit_fills_up_like_scip_over_50_seeds() {
    let scenario = common::sumgayit();
    let points = &scenario.observed;
    assert!(
        points.len() >= 5,
        "the scene carries SCIP's observed points"
    );
    let last = points.iter().map(|p| p.date).max().unwrap();
    let months = (last.months_since(scenario.simulation.start) + 1) as u32;
    // Per point: the registered and operating counts of every seed.
    let mut registered = vec![Vec::new(); points.len()];
    let mut operating = vec![Vec::new(); points.len()];
    for seed in 0..50 {
        let sim = common::run(&scenario, seed, months);
        for (k, p) in points.iter().enumerate() {
            let r = sim
                .records()
                .iter()
                .find(|r| r.date == p.date)
                .expect("month simulated");
            registered[k].push(r.registered_firms as f64);
            operating[k].push(r.operating_firms as f64);
        }
    }
    let mut report = String::new();
    let mut within = true;
    for (k, p) in points.iter().enumerate() {
        for (what, observed, runs) in [
            ("registered", p.registered_firms, &registered[k]),
            ("operating", p.operating_firms, &operating[k]),
        ] {
            let Some(observed) = observed else { continue };
            let m = median(runs.clone());
            let ok = (m - observed).abs() <= 0.4 * observed;
            within &= ok;
            report += &format!(
                "{} {what}: observed {observed}, median {m}{}\n",
                p.date,
                if ok { "" } else { "  <-- outside ±40 %" }
            );
        }
    }
    assert!(within, "{report}");
}

/// Sughd FEZ against its published figures (calibration.md): over 50 seeds, the median of
/// every observed figure of 2015 and 2023 — subjects, active subjects, jobs, land let and
/// output — stays within ±40 %.
#[test]
fn sughd_follows_its_published_figures_over_50_seeds() {
    follows_its_published_figures("sughd", 8);
}

/// Pirallahi (Dec 2023: 6 residents, 128 jobs) and Balakhani (2021: 16 of 22 operating).
#[test]
fn pirallahi_and_balakhani_follow_their_published_figures_over_50_seeds() {
    follows_its_published_figures("pirallahi", 2);
    follows_its_published_figures("balakhani", 2);
}

/// Over seeds 0–49, the median of each of the scene's (at least `figures`) observed
/// figures is within ±40 % of it.
fn follows_its_published_figures(scene: &str, figures: usize) {
    use parksim::calibration;
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("scenes/{scene}.ron"));
    let scenario = match parksim::scenario::load(&path) {
        Ok(s) => std::sync::Arc::new(s),
        Err(e) => panic!("scenes/{scene}.ron is invalid:\n{e}"),
    };
    let points = calibration::points(&scenario);
    assert!(points.len() >= figures, "{scene} carries its figures");
    let seeds: Vec<u64> = (0..50).collect();
    let scored = calibration::score(&scenario, &points, &seeds);
    let report: String = scored
        .iter()
        .map(|s| {
            format!(
                "{} {}: observed {}, median {} ({:.0} %)\n",
                s.point.date,
                s.point.quantity.column(),
                s.point.observed,
                s.median,
                100.0 * s.relative_error()
            )
        })
        .collect();
    assert!(
        scored.iter().all(|s| s.relative_error() <= 0.4),
        "{scene}:\n{report}"
    );
}
