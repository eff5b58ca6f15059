//! What a team may change: the exercise's levers checked against its scene, and a plan
//! checked against the levers. A plan is the whole scene a team made; it passes when,
//! with every lever's part set back to the starting scene's, nothing else differs, and
//! every lever's value lies within its bounds. The same check serves the planner (each
//! edit), the team's submission and the trainer's scoring, so a submission edited by hand
//! is refused as an edit in the planner would be.

use std::collections::BTreeMap;

use super::{Exercise, Lever};
use crate::report::facts::instrument_name;
use crate::report::shown::grouped;
use crate::scenario::edit::{Edit, apply};
use crate::scenario::raw::{Instrument, RawRegime, RawScenario, RawTrigger};
use crate::scenario::{self, YearMonth};
use crate::tr;

/// Why a plan is refused, in the team's words.
pub type Refusal = String;

/// What a plan that passes spends.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct PlanCost {
    /// Public capex of the plan's new expansions, USD.
    pub capex_usd: f64,
}

/// The regime's terms, whatever way they are written (a preset or its own exemptions):
/// per instrument the share forgone and for how many years, the rent discount, and the
/// utility refund (share, years).
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Terms {
    pub exemptions: BTreeMap<Instrument, (f64, f64)>,
    pub rent_discount: f64,
    pub refund: Option<(f64, f64)>,
}

pub(crate) fn terms(r: &RawRegime) -> Terms {
    let preset = r.preset.as_deref().and_then(scenario::regimes::preset);
    let (exemptions, rent, refund) = match &preset {
        Some(p) => (
            &p.exemptions,
            if r.rent_discount_share.value != 0.0 {
                r.rent_discount_share.value
            } else {
                p.rent_discount_share.value
            },
            r.utility_refund.as_ref().or(p.utility_refund.as_ref()),
        ),
        None => (
            &r.exemptions,
            r.rent_discount_share.value,
            r.utility_refund.as_ref(),
        ),
    };
    let mut by_instrument: BTreeMap<Instrument, (f64, f64)> = BTreeMap::new();
    for e in exemptions {
        let entry = by_instrument.entry(e.instrument).or_insert((0.0, 0.0));
        entry.0 = entry.0.max(e.share.value);
        entry.1 = entry.1.max(e.years.value);
    }
    by_instrument.retain(|_, (share, _)| *share > 0.0);
    Terms {
        exemptions: by_instrument,
        rent_discount: rent,
        refund: refund.map(|u| (u.share.value, u.years.value)),
    }
}

impl Terms {
    /// The longest exemption, years.
    pub fn years(&self) -> f64 {
        self.exemptions.values().map(|e| e.1).fold(0.0, f64::max)
    }
}

pub(super) fn percent(share: f64) -> String {
    format!("{} %", grouped(share * 100.0, 0))
}

pub(super) fn number(v: f64) -> String {
    grouped(v, if v.fract() == 0.0 { 0 } else { 1 })
}

/// A regime as the team reads it: "Regime 1 (Tajik FEZ)".
pub(super) fn regime_label(scene: &RawScenario, r: usize) -> String {
    let name = scene
        .regimes
        .get(r)
        .map(
            |g| match g.preset.as_deref().and_then(scenario::regimes::preset) {
                Some(p) if g.name.is_empty() => p.shown_name(),
                _ => g.name.clone(),
            },
        )
        .unwrap_or_default();
    tr!("exercise-regime", n = r + 1, name = name)
}

/// A lever in words, for the brief and for refusals.
pub fn describe(lever: &Lever, scene: &RawScenario) -> String {
    match lever {
        Lever::Regime {
            regime,
            presets,
            exemption_years,
            exemption_share,
            rent_discount,
        } => {
            let mut parts = Vec::new();
            if !presets.is_empty() {
                let names: Vec<String> = presets
                    .iter()
                    .filter_map(|p| scenario::regimes::preset(p).map(|p| p.shown_name()))
                    .collect();
                parts.push(tr!("exercise-part-presets", presets = names.join(", ")));
            }
            if let Some((a, b)) = exemption_years {
                parts.push(tr!(
                    "exercise-part-years",
                    min = number(*a),
                    max = number(*b)
                ));
            }
            if let Some((a, b)) = exemption_share {
                parts.push(tr!(
                    "exercise-part-share",
                    min = percent(*a),
                    max = percent(*b)
                ));
            }
            if let Some((a, b)) = rent_discount {
                parts.push(tr!(
                    "exercise-part-rent-discount",
                    min = percent(*a),
                    max = percent(*b)
                ));
            }
            format!("{}: {}", regime_label(scene, *regime), parts.join("; "))
        }
        Lever::Rent { schedule, min, max } => tr!(
            "exercise-lever-rent",
            schedule = schedule.clone(),
            min = number(*min),
            max = number(*max),
            currency = scene.park.currency.clone()
        ),
        Lever::NewPlots { zones } => {
            let names: Vec<String> = zones
                .iter()
                .map(|z| {
                    scene
                        .park
                        .zones
                        .iter()
                        .find(|r| &r.id == z)
                        .map_or(z.clone(), |r| {
                            scenario::names::name_in(&r.name, &r.names, &language()).to_owned()
                        })
                })
                .collect();
            tr!("exercise-lever-plots", zones = names.join(", "))
        }
        Lever::PhaseOpens {
            phase,
            earliest,
            latest,
        } => tr!(
            "exercise-lever-phase",
            phase = phase.clone(),
            earliest = earliest.clone(),
            latest = latest.clone()
        ),
        Lever::Expansions {
            utility,
            assets,
            usd_per_unit,
            lead_months,
            earliest,
            latest,
        } => {
            let (name, unit) = utility_name_unit(scene, utility);
            let on = if assets.is_empty() {
                tr!("exercise-any-asset")
            } else {
                assets.join(", ")
            };
            tr!(
                "exercise-lever-expansions",
                utility = name,
                assets = on,
                price = grouped(*usd_per_unit, 0),
                unit = unit,
                lead = *lead_months,
                earliest = earliest.clone(),
                latest = latest.clone()
            )
        }
    }
}

/// A plot's area as written, hectares.
pub(super) fn area_ha(shape: &crate::scenario::raw::RawShape) -> f64 {
    use crate::scenario::geometry::{M2_PER_HA, area_m2};
    use crate::scenario::raw::RawShape;
    match shape {
        RawShape::Rect {
            width_m, height_m, ..
        } => width_m * height_m / M2_PER_HA,
        RawShape::Polygon(points) => area_m2(points) / M2_PER_HA,
    }
}

fn language() -> String {
    crate::locale::language().to_string()
}

/// A utility's name in the language shown, and its capacity unit.
pub(super) fn utility_name_unit(scene: &RawScenario, id: &str) -> (String, String) {
    scene
        .utilities
        .iter()
        .find(|u| u.id == id)
        .map_or((id.to_owned(), String::new()), |u| {
            (
                scenario::names::name_in(&u.name, &u.names, &language()).to_owned(),
                u.kind.unit_shown(),
            )
        })
}

/// Every lever in words, one a line.
pub fn described(exercise: &Exercise) -> Vec<String> {
    exercise
        .raw
        .levers
        .iter()
        .map(|l| describe(l, &exercise.start))
        .collect()
}

/// An edit a team asks for, as the exercise admits it: an expansion priced at the
/// exercise's price and lead time (at least), and the plan it makes within the levers;
/// otherwise why not.
pub fn admit(
    exercise: &Exercise,
    start: &RawScenario,
    plan: &RawScenario,
    edit: Edit,
) -> Result<Edit, Refusal> {
    let edit = match edit {
        Edit::AddExpansion {
            utility,
            asset,
            add_capacity,
            capex_usd,
            lead_months,
            decided,
        } => {
            let lever = exercise.raw.levers.iter().find_map(|l| match l {
                Lever::Expansions {
                    utility: u,
                    assets,
                    usd_per_unit,
                    lead_months,
                    ..
                } if *u == utility && (assets.is_empty() || assets.contains(&asset)) => {
                    Some((*usd_per_unit, *lead_months))
                }
                _ => None,
            });
            let (capex_usd, lead_months) = match lever {
                Some((price, lead)) => (capex_usd.max(add_capacity * price), lead_months.max(lead)),
                None => (capex_usd, lead_months),
            };
            Edit::AddExpansion {
                utility,
                asset,
                add_capacity,
                capex_usd,
                lead_months,
                decided,
            }
        }
        other => other,
    };
    let next = apply(plan, &edit)?;
    check_plan(exercise, start, &next)?;
    Ok(edit)
}

/// Whether `plan` keeps to the exercise's levers and bounds, starting from `start` (the
/// exercise's scene with the events released); what it spends if so.
pub fn check_plan(
    exercise: &Exercise,
    start: &RawScenario,
    plan: &RawScenario,
) -> Result<PlanCost, Refusal> {
    let mut rest = plan.clone();
    // The scene's own seed does not count: plans are scored on the exercise's seeds.
    rest.simulation.seed = start.simulation.seed;
    let mut cost = PlanCost::default();
    for lever in &exercise.raw.levers {
        match lever {
            Lever::Regime { regime, .. } => {
                let (Some(from), Some(to)) =
                    (start.regimes.get(*regime), plan.regimes.get(*regime))
                else {
                    continue;
                };
                check_regime(lever, start, from, to)?;
                rest.regimes[*regime] = from.clone();
            }
            Lever::Rent { schedule, min, max } => {
                let (Some(from), Some(to)) = (
                    start.rent_schedules.iter().find(|r| &r.id == schedule),
                    rest.rent_schedules.iter_mut().find(|r| &r.id == schedule),
                ) else {
                    continue;
                };
                for (was, is) in [
                    (&from.first_ha_per_year, &to.first_ha_per_year),
                    (&from.further_ha_per_year, &to.further_ha_per_year),
                ] {
                    if was.value != is.value && !(*min..=*max).contains(&is.value) {
                        return Err(tr!(
                            "exercise-refused-rent",
                            value = number(is.value),
                            min = number(*min),
                            max = number(*max),
                            currency = start.park.currency.clone()
                        ));
                    }
                }
                *to = from.clone();
            }
            Lever::NewPlots { zones } => {
                for p in plan
                    .plots
                    .iter()
                    .filter(|p| !start.plots.iter().any(|s| s.id == p.id))
                {
                    if !zones.contains(&p.zone) {
                        return Err(tr!(
                            "exercise-refused-zone",
                            plot = p.id.clone(),
                            lever = describe(lever, start)
                        ));
                    }
                }
                rest.plots
                    .retain(|p| start.plots.iter().any(|s| s.id == p.id));
            }
            Lever::PhaseOpens {
                phase,
                earliest,
                latest,
            } => {
                let (Some(from), Some(to)) = (
                    start.park.phases.iter().find(|p| &p.id == phase),
                    rest.park.phases.iter_mut().find(|p| &p.id == phase),
                ) else {
                    continue;
                };
                if from.opens != to.opens && !month_within(&to.opens, earliest, latest) {
                    return Err(tr!(
                        "exercise-refused-phase",
                        phase = phase.clone(),
                        month = to.opens.clone(),
                        earliest = earliest.clone(),
                        latest = latest.clone()
                    ));
                }
                to.opens = from.opens.clone();
            }
            Lever::Expansions { .. } => {}
        }
    }
    // New expansions: each on a lever, at its price and lead time, decided in its months.
    let (new, kept) = new_expansions(start, plan);
    for e in &new {
        let lever = exercise.raw.levers.iter().find(|l| match l {
            Lever::Expansions {
                utility, assets, ..
            } => utility == &e.utility && (assets.is_empty() || assets.contains(&e.asset)),
            _ => false,
        });
        let Some(Lever::Expansions {
            usd_per_unit,
            lead_months,
            earliest,
            latest,
            ..
        }) = lever
        else {
            return Err(tr!(
                "exercise-refused-expansion-asset",
                asset = e.asset.clone(),
                levers = described(exercise).join("; ")
            ));
        };
        let decided = match &e.trigger {
            RawTrigger::Planned(m) => m.clone(),
            RawTrigger::Loading { .. } => String::new(),
        };
        let least_usd = e.add_capacity.value * usd_per_unit;
        if e.capex_usd.value < least_usd * (1.0 - 1e-9) || e.lead_months < *lead_months {
            let (_, unit) = utility_name_unit(start, &e.utility);
            return Err(tr!(
                "exercise-refused-expansion-price",
                price = grouped(*usd_per_unit, 0),
                unit = unit,
                lead = *lead_months,
                capex = grouped(least_usd, 0)
            ));
        }
        if !month_within(&decided, earliest, latest) {
            return Err(tr!(
                "exercise-refused-expansion-month",
                month = decided,
                earliest = earliest.clone(),
                latest = latest.clone()
            ));
        }
        cost.capex_usd += e.capex_usd.value;
    }
    if let Some(budget) = exercise.raw.budget_usd
        && cost.capex_usd > budget * (1.0 + 1e-9)
    {
        return Err(tr!(
            "exercise-refused-budget",
            spent = grouped(cost.capex_usd, 0),
            budget = grouped(budget, 0)
        ));
    }
    // The start's expansions, all still there, are the start's again (their ids may
    // differ: an event's expansion is numbered after the team's).
    if kept {
        rest.expansions = start.expansions.clone();
    }
    let text = |s: &RawScenario| scenario::to_ron(s).unwrap_or_default();
    if text(&rest) != text(start) {
        return Err(tr!(
            "exercise-refused-other",
            levers = described(exercise).join("; ")
        ));
    }
    Ok(cost)
}

/// The plan's expansions that the start does not have, matched by what they are (not by
/// id: an expansion is numbered by its place in the list, so an event's expansion released
/// after the team's gets another number in the plan than in the start), and whether every
/// expansion of the start is still in the plan.
pub(super) fn new_expansions<'p>(
    start: &RawScenario,
    plan: &'p RawScenario,
) -> (Vec<&'p crate::scenario::raw::RawExpansion>, bool) {
    let what = |e: &crate::scenario::raw::RawExpansion| {
        format!(
            "{}|{}|{}|{}|{}|{:?}",
            e.utility,
            e.asset,
            e.add_capacity.value.to_bits(),
            e.capex_usd.value.to_bits(),
            e.lead_months,
            e.trigger
        )
    };
    let mut unmatched: Vec<String> = start.expansions.iter().map(what).collect();
    let new = plan
        .expansions
        .iter()
        .filter(|e| {
            let key = what(e);
            match unmatched.iter().position(|k| *k == key) {
                Some(at) => {
                    unmatched.swap_remove(at);
                    false
                }
                None => true,
            }
        })
        .collect();
    (new, unmatched.is_empty())
}

/// "YYYY-MM" between two months, both included.
fn month_within(month: &str, earliest: &str, latest: &str) -> bool {
    match (
        YearMonth::parse(month),
        YearMonth::parse(earliest),
        YearMonth::parse(latest),
    ) {
        (Some(m), Some(a), Some(b)) => a <= m && m <= b,
        _ => false,
    }
}

/// A regime's new terms against the start's and the presets the lever allows: each part
/// changed must be one the lever opens, within its bounds.
fn check_regime(
    lever: &Lever,
    scene: &RawScenario,
    from: &RawRegime,
    to: &RawRegime,
) -> Result<(), Refusal> {
    let Lever::Regime {
        regime,
        presets,
        exemption_years,
        exemption_share,
        rent_discount,
    } = lever
    else {
        return Ok(());
    };
    let label = regime_label(scene, *regime);
    if from.from != to.from {
        return Err(tr!(
            "exercise-refused-regime-part",
            regime = label,
            lever = describe(lever, scene)
        ));
    }
    let plan = terms(to);
    let mut bases = vec![terms(from)];
    bases.extend(presets.iter().filter_map(|id| {
        let mut r = from.clone();
        r.preset = Some(id.clone());
        r.exemptions.clear();
        r.rent_discount_share.value = 0.0;
        r.utility_refund = None;
        scenario::regimes::preset(id).map(|_| terms(&r))
    }));
    let within =
        |v: f64, bounds: &Option<(f64, f64)>| bounds.is_some_and(|(a, b)| a <= v && v <= b);
    // A part of the regime that the lever does not open.
    let closed = || {
        tr!(
            "exercise-refused-regime-part",
            regime = label.clone(),
            lever = describe(lever, scene)
        )
    };
    let against = |base: &Terms| -> Result<(), Refusal> {
        let instruments: std::collections::BTreeSet<Instrument> = base
            .exemptions
            .keys()
            .chain(plan.exemptions.keys())
            .copied()
            .collect();
        let longest = base.years();
        for i in instruments {
            let (bs, by) = base.exemptions.get(&i).copied().unwrap_or((0.0, longest));
            let (ps, py) = plan.exemptions.get(&i).copied().unwrap_or((0.0, by));
            if ps != bs && !within(ps, exemption_share) {
                return Err(match exemption_share {
                    Some((a, b)) => tr!(
                        "exercise-refused-share",
                        regime = label.clone(),
                        tax = instrument_name(i),
                        share = percent(ps),
                        min = percent(*a),
                        max = percent(*b)
                    ),
                    None => closed(),
                });
            }
            if ps > 0.0 && py != by && !within(py, exemption_years) {
                return Err(match exemption_years {
                    Some((a, b)) => tr!(
                        "exercise-refused-years",
                        regime = label.clone(),
                        years = number(py),
                        min = number(*a),
                        max = number(*b)
                    ),
                    None => closed(),
                });
            }
        }
        if plan.rent_discount != base.rent_discount && !within(plan.rent_discount, rent_discount) {
            return Err(match rent_discount {
                Some((a, b)) => tr!(
                    "exercise-refused-rent-discount",
                    regime = label.clone(),
                    share = percent(plan.rent_discount),
                    min = percent(*a),
                    max = percent(*b)
                ),
                None => closed(),
            });
        }
        if plan.refund != base.refund {
            return Err(closed());
        }
        Ok(())
    };
    // The start's terms first: its refusal says most about the change just made.
    let first = against(&bases[0]);
    if first.is_ok() || bases[1..].iter().any(|b| against(b).is_ok()) {
        Ok(())
    } else {
        first
    }
}
