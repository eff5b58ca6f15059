//! The checks of an exercise's levers against its scene, located in the exercise file.

use std::collections::BTreeMap;

use super::levers::number;
use super::{Lever, RawExercise};
use crate::scenario::error::{ErrorSink, Place};
use crate::scenario::{self, Scenario, YearMonth, did_you_mean};
use crate::tr;

/// The checks of the levers against the scene, located in the exercise file.
pub(super) fn check_levers(raw: &RawExercise, scene: &Scenario, sink: &mut ErrorSink) {
    let levers = Place::Section("levers");
    let s = &scene.raw;
    let start = scene.simulation.start;
    let end = start.plus_months(scene.simulation.months as i32 - 1);
    let mut nth: BTreeMap<&str, usize> = BTreeMap::new();
    let mut next = |key: &'static str| {
        let n = nth.entry(key).or_insert(0);
        *n += 1;
        *n - 1
    };
    let bounds = |sink: &mut ErrorSink, key: &'static str, n: usize, b: (f64, f64), most: f64| {
        if !(b.0.is_finite() && b.1.is_finite() && 0.0 <= b.0 && b.0 <= b.1 && b.1 <= most) {
            sink.at_key(
                key,
                n,
                tr!("exercise-bad-bounds", key = key, most = number(most)),
            );
        }
    };
    let month =
        |sink: &mut ErrorSink, key: &'static str, n: usize, m: &str| match YearMonth::parse(m) {
            Some(ym) if ym >= start && ym <= end => {}
            Some(_) => sink.at_key(
                key,
                n,
                tr!(
                    "exercise-month-outside",
                    month = m,
                    start = start.to_string(),
                    end = end.to_string()
                ),
            ),
            None => sink.at_key(key, n, tr!("exercise-bad-month", text = m)),
        };
    for lever in &raw.levers {
        match lever {
            Lever::Regime {
                regime,
                presets,
                exemption_years,
                exemption_share,
                rent_discount,
            } => {
                let n = next("regime");
                if *regime >= s.regimes.len() {
                    sink.at_key(
                        "regime",
                        n,
                        tr!("exercise-no-regime", n = *regime, regimes = s.regimes.len()),
                    );
                }
                for p in presets {
                    if scenario::regimes::preset(p).is_none() {
                        sink.at_quoted(
                            levers,
                            p,
                            tr!(
                                "exercise-no-preset",
                                id = p.clone(),
                                hint = did_you_mean(scenario::regimes::preset_ids(), p)
                            ),
                        );
                    }
                }
                for (key, b, most) in [
                    ("exemption_years", exemption_years, 50.0),
                    ("exemption_share", exemption_share, 1.0),
                    ("rent_discount", rent_discount, 1.0),
                ] {
                    if let Some(b) = b {
                        let n = next(key);
                        bounds(sink, key, n, *b, most);
                    }
                }
                if presets.is_empty()
                    && exemption_years.is_none()
                    && exemption_share.is_none()
                    && rent_discount.is_none()
                {
                    sink.at_key("regime", n, tr!("exercise-regime-lever-empty"));
                }
            }
            Lever::Rent { schedule, min, max } => {
                let n = next("min");
                if !s.rent_schedules.iter().any(|r| &r.id == schedule) {
                    let ids = s.rent_schedules.iter().map(|r| r.id.as_str());
                    sink.at_quoted(
                        levers,
                        schedule,
                        tr!(
                            "exercise-no-schedule",
                            id = schedule.clone(),
                            hint = did_you_mean(ids, schedule)
                        ),
                    );
                }
                bounds(sink, "min", n, (*min, *max), f64::MAX);
            }
            Lever::NewPlots { zones } => {
                if zones.is_empty() {
                    sink.at_key("zones", next("zones"), tr!("exercise-no-zones"));
                }
                for z in zones {
                    if !s.park.zones.iter().any(|r| &r.id == z) {
                        let ids = s.park.zones.iter().map(|r| r.id.as_str());
                        sink.at_quoted(
                            levers,
                            z,
                            tr!("edit-no-zone", id = z.clone()) + &did_you_mean(ids, z),
                        );
                    }
                }
            }
            Lever::PhaseOpens {
                phase,
                earliest,
                latest,
            } => {
                if !s.park.phases.iter().any(|p| &p.id == phase) {
                    let ids = s.park.phases.iter().map(|p| p.id.as_str());
                    sink.at_quoted(
                        levers,
                        phase,
                        tr!("edit-no-phase", id = phase.clone()) + &did_you_mean(ids, phase),
                    );
                }
                let (a, b) = (next("earliest"), next("latest"));
                month(sink, "earliest", a, earliest);
                month(sink, "latest", b, latest);
            }
            Lever::Expansions {
                utility,
                assets,
                usd_per_unit,
                earliest,
                latest,
                ..
            } => {
                let n = next("usd_per_unit");
                match s.utilities.iter().find(|u| &u.id == utility) {
                    None => {
                        let ids = s.utilities.iter().map(|u| u.id.as_str());
                        sink.at_quoted(
                            levers,
                            utility,
                            tr!("edit-no-utility", id = utility.clone())
                                + &did_you_mean(ids, utility),
                        );
                    }
                    Some(u) => {
                        let known: Vec<&str> = u
                            .sources
                            .iter()
                            .map(|s| s.id.as_str())
                            .chain(
                                s.networks
                                    .iter()
                                    .filter(|n| &n.utility == utility)
                                    .flat_map(|n| n.links.iter().map(|l| l.id.as_str())),
                            )
                            .collect();
                        for a in assets {
                            if !known.contains(&a.as_str()) {
                                sink.at_quoted(
                                    levers,
                                    a,
                                    tr!("edit-no-asset", id = a.clone())
                                        + &did_you_mean(known.iter().copied(), a),
                                );
                            }
                        }
                    }
                }
                if !(usd_per_unit.is_finite() && *usd_per_unit > 0.0) {
                    sink.at_key("usd_per_unit", n, tr!("exercise-bad-price"));
                }
                let (a, b) = (next("earliest"), next("latest"));
                month(sink, "earliest", a, earliest);
                month(sink, "latest", b, latest);
                if raw.budget_usd.is_none() {
                    sink.at_key("usd_per_unit", n, tr!("exercise-expansions-need-budget"));
                }
            }
        }
    }
}
