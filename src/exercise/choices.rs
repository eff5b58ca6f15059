//! What a plan chose, lever by lever, in words: the rows the debrief sets side by side.

use super::levers::{
    area_ha, new_expansions, number, percent, regime_label, terms, utility_name_unit,
};
use super::{Exercise, Lever};
use crate::report::facts::instrument_name;
use crate::report::shown::grouped;
use crate::scenario::raw::{RawScenario, RawTrigger};
use crate::tr;

/// A lever's choice in a plan, for the debrief: what it is, and its value in words.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    pub what: String,
    pub value: String,
}

/// The plan's value of every lever, in the exercise's order (the same rows for every
/// plan of an exercise, so plans can be set side by side).
pub fn choices(exercise: &Exercise, start: &RawScenario, plan: &RawScenario) -> Vec<Choice> {
    let mut out = Vec::new();
    let mut push = |what: String, value: String| out.push(Choice { what, value });
    let mut expansions_shown = false;
    for lever in &exercise.raw.levers {
        match lever {
            Lever::Regime {
                regime,
                presets,
                exemption_years,
                exemption_share,
                rent_discount,
            } => {
                let Some(r) = plan.regimes.get(*regime) else {
                    continue;
                };
                let label = regime_label(start, *regime);
                let t = terms(r);
                if !presets.is_empty() {
                    push(
                        format!("{label}: {}", tr!("exercise-choice-regime")),
                        regime_label(plan, *regime),
                    );
                }
                if exemption_years.is_some() {
                    push(
                        format!("{label}: {}", tr!("exercise-choice-years")),
                        number(t.years()),
                    );
                }
                if exemption_share.is_some() || !presets.is_empty() {
                    let shares: Vec<String> = t
                        .exemptions
                        .iter()
                        .map(|(i, (s, _))| format!("{} {}", instrument_name(*i), percent(*s)))
                        .collect();
                    push(
                        format!("{label}: {}", tr!("exercise-choice-shares")),
                        if shares.is_empty() {
                            "—".into()
                        } else {
                            shares.join(", ")
                        },
                    );
                }
                if rent_discount.is_some() {
                    push(
                        format!("{label}: {}", tr!("exercise-choice-rent-discount")),
                        percent(t.rent_discount),
                    );
                }
            }
            Lever::Rent { schedule, .. } => {
                if let Some(r) = plan.rent_schedules.iter().find(|r| &r.id == schedule) {
                    push(
                        tr!("exercise-choice-rent", schedule = schedule.clone()),
                        format!(
                            "{} / {} {}",
                            number(r.first_ha_per_year.value),
                            number(r.further_ha_per_year.value),
                            plan.park.currency
                        ),
                    );
                }
            }
            Lever::NewPlots { .. } => {
                let new: Vec<_> = plan
                    .plots
                    .iter()
                    .filter(|p| !start.plots.iter().any(|s| s.id == p.id))
                    .collect();
                let ha: f64 = new.iter().map(|p| area_ha(&p.shape)).sum();
                push(
                    tr!("exercise-choice-plots"),
                    tr!(
                        "exercise-plots-value",
                        plots = new.len(),
                        ha = grouped(ha, 1)
                    ),
                );
            }
            Lever::PhaseOpens { phase, .. } => {
                if let Some(p) = plan.park.phases.iter().find(|p| &p.id == phase) {
                    push(
                        tr!("exercise-choice-phase", phase = phase.clone()),
                        p.opens.clone(),
                    );
                }
            }
            Lever::Expansions { .. } if !expansions_shown => {
                expansions_shown = true;
                let new: Vec<String> = new_expansions(start, plan)
                    .0
                    .into_iter()
                    .map(|e| {
                        let (_, unit) = utility_name_unit(plan, &e.utility);
                        let decided = match &e.trigger {
                            RawTrigger::Planned(m) => m.clone(),
                            RawTrigger::Loading { .. } => String::new(),
                        };
                        tr!(
                            "exercise-expansion-value",
                            asset = e.asset.clone(),
                            add = number(e.add_capacity.value),
                            unit = unit,
                            decided = decided,
                            capex = grouped(e.capex_usd.value / 1e6, 1)
                        )
                    })
                    .collect();
                push(
                    tr!("exercise-choice-expansions"),
                    if new.is_empty() {
                        "—".into()
                    } else {
                        new.join("; ")
                    },
                );
            }
            Lever::Expansions { .. } => {}
        }
    }
    out
}
