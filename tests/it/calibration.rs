//! The shipped scenes against their parks' published figures (calibration.md, and each
//! scene's `observed` points), each over 50 seeds: Sumgayit within ±25 % of every resident
//! count and of the free land, and within its documented gap on investment and jobs; the
//! other parks within ±40 % of every figure.

use parksim::calibration::{self, Quantity, Scored};

/// Each observed point of `scenes/{scene}.ron` scored by its median over seeds 0–49.
fn scored(scene: &str) -> Vec<Scored> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("scenes/{scene}.ron"));
    let scenario = match parksim::scenario::load(&path) {
        Ok(s) => std::sync::Arc::new(s),
        Err(e) => panic!("scenes/{scene}.ron is invalid:\n{e}"),
    };
    let points = calibration::points(&scenario);
    let seeds: Vec<u64> = (0..50).collect();
    calibration::score(&scenario, &points, &seeds)
}

/// One line per point: month, column, observed, median, error.
fn report(scored: &[Scored]) -> String {
    scored
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
        .collect()
}

/// SCIP's resident counts (2016–2023, registered and operating) and its free land of Sep
/// 2020 (65 ha): the median of 50 seeds within ±25 % of each.
#[test]
fn sumgayit_follows_scips_resident_counts_and_free_land_within_25_percent() {
    let scored = scored("sumgayit");
    let fitted: Vec<&Scored> = scored
        .iter()
        .filter(|s| {
            matches!(
                s.point.quantity,
                Quantity::Registered | Quantity::Operating | Quantity::LandFree
            )
        })
        .collect();
    assert!(
        fitted.len() >= 15,
        "the scene carries SCIP's counts and land"
    );
    assert!(
        fitted.iter().all(|s| s.relative_error() <= 0.25),
        "{}",
        report(&scored)
    );
}

/// The finding the scene documents (its `observed` section, the README): invested capital
/// and the portfolio stay 20–40 % below the agency's totals from 2018 on, permanent jobs
/// 30–55 % below. Both gaps are left open because the published per-resident figures do not
/// explain them; if a change closes or widens one, this test says so, and the scene's
/// comment and the README must be brought up to date with it.
#[test]
fn sumgayit_investment_and_jobs_stay_within_their_documented_gap() {
    let scored = scored("sumgayit");
    let band = |s: &Scored| match s.point.quantity {
        Quantity::Investment | Quantity::Portfolio => Some((0.10, 0.40)),
        Quantity::Jobs => Some((0.30, 0.55)),
        _ => None,
    };
    let checked: Vec<(&Scored, (f64, f64))> = scored
        .iter()
        .filter_map(|s| band(s).map(|b| (s, b)))
        .collect();
    assert!(
        checked.len() >= 15,
        "the scene carries SCIP's investment and jobs"
    );
    let shortfall = |s: &Scored| (s.point.observed - s.median) / s.point.observed;
    assert!(
        checked
            .iter()
            .all(|(s, (lo, hi))| (*lo..=*hi).contains(&shortfall(s))),
        "{}",
        report(&scored)
    );
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

/// Dangara FEZ: about 2,000 permanent jobs in its cement, tile and glass plants
/// (calibration.md: fez.tj).
#[test]
fn dangara_follows_its_published_jobs_over_50_seeds() {
    follows_its_published_figures("dangara", 1);
}

/// Over seeds 0–49, the median of each of the scene's (at least `figures`) observed
/// figures is within ±40 % of it.
fn follows_its_published_figures(scene: &str, figures: usize) {
    let scored = scored(scene);
    assert!(scored.len() >= figures, "{scene} carries its figures");
    assert!(
        scored.iter().all(|s| s.relative_error() <= 0.4),
        "{scene}:\n{}",
        report(&scored)
    );
}
