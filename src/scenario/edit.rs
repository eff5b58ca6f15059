//! Changes a planner makes to a scene, each checked before it is accepted and each
//! undoable. An edit works on the scene as written ([`RawScenario`]); the result must
//! validate, or the edit is refused with the validator's message and nothing changes.

mod session;
mod text_loss;

use std::path::PathBuf;

pub use session::EditSession;
pub use text_loss::{TextLoss, overwrite_loss, rewrite_loss};

use super::raw::*;
use super::{ScenarioErrors, from_raw};
use crate::tr;

/// One change to a scene. Written in RON as an exercise's events and reference plans
/// name it (`SetExemptionYears(regime: 0, years: 5.0)`).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Edit {
    /// Adds a rectangular plot (metres, lower-left corner and size).
    AddPlot {
        id: String,
        zone: String,
        x_m: f64,
        y_m: f64,
        width_m: f64,
        height_m: f64,
        /// The phase whose opening releases it (none: its zone's).
        phase: Option<String>,
    },
    /// Removes a plot (refused while a named resident is placed on it).
    DeletePlot { id: String },
    /// Moves a plot by an offset in metres.
    MovePlot { id: String, dx_m: f64, dy_m: f64 },
    /// Gives a rectangular plot a new width and height (its lower-left corner stays).
    ResizePlot {
        id: String,
        width_m: f64,
        height_m: f64,
    },
    /// Cuts a rectangular plot into two halves, `ID-a` and `ID-b`, side by side
    /// (`across` = false) or one above the other (`across` = true).
    SplitPlot { id: String, across: bool },
    /// Puts a plot in another zone.
    SetPlotZone { id: String, zone: String },
    /// Adds a rectangular zone (metres, lower-left corner and size).
    AddZone {
        id: String,
        name: String,
        kind: ZoneKind,
        x_m: f64,
        y_m: f64,
        width_m: f64,
        height_m: f64,
    },
    /// Removes a zone (refused while plots are in it).
    DeleteZone { id: String },
    /// Moves a zone by an offset in metres, with the plots in it.
    MoveZone { id: String, dx_m: f64, dy_m: f64 },
    /// Gives a zone a new outline (metres): refused if it would leave one of its plots
    /// outside it, or itself outside the park.
    SetZoneOutline { id: String, points_m: Vec<PointM> },
    /// Gives a zone another kind (industrial, logistics, …).
    SetZoneKind { id: String, kind: ZoneKind },
    /// Sets a utility source's capacity, in its utility's unit.
    SetSourceCapacity { source: String, capacity: f64 },
    /// Adds a source to a utility, serving every plot.
    AddSource {
        utility: String,
        id: String,
        name: String,
        capacity: f64,
        in_service: Option<String>,
        /// Where it stands, metres; beside the park's west edge if `None`.
        location_m: Option<PointM>,
    },
    /// Moves a utility source to a point, metres.
    MoveSource { id: String, x_m: f64, y_m: f64 },
    /// Puts a regime on a preset of `scenes/regimes` (its own exemptions are dropped).
    SetRegimePreset { regime: usize, preset: String },
    /// Plans a capacity expansion of a utility's source or network link (`asset`, its id),
    /// decided in `decided` ("YYYY-MM").
    AddExpansion {
        utility: String,
        asset: String,
        add_capacity: f64,
        capex_usd: f64,
        lead_months: u32,
        decided: String,
    },
    /// Places a named firm of an archetype on a plot, registering in a month.
    PlaceFirm {
        id: String,
        name: String,
        archetype: String,
        plot: String,
        registered: String,
    },
    /// Sets the prospects a year of a sector.
    SetArrivalRate {
        sector: String,
        prospects_per_year: f64,
    },
    /// Sets the years of every exemption of a regime (by its position in the list).
    SetExemptionYears { regime: usize, years: f64 },
    /// Sets the share (0–1) of one tax a regime forgoes; an instrument the regime did not
    /// exempt gets the regime's longest holiday.
    SetExemptionShare {
        regime: usize,
        instrument: Instrument,
        share: f64,
    },
    /// Sets the share (0–1) of land rent a regime waives.
    SetRentDiscount { regime: usize, share: f64 },
    /// Sets the tiered rent of a schedule, park currency a year.
    SetRent {
        schedule: String,
        first_ha_per_year: f64,
        further_ha_per_year: f64,
    },
    /// Sets the seed of the scene's runs.
    SetSeed { seed: u64 },
    /// Sets the month a phase of the land opens ("YYYY-MM").
    SetPhaseOpens { phase: String, opens: String },
    /// Puts a plot in a phase (none: its zone's).
    SetPlotPhase { id: String, phase: Option<String> },
    /// Gives the park a new outline (metres); its stated gross area follows.
    SetBoundary { points_m: Vec<PointM> },
}

/// Why an edit was refused, in the planner's words.
pub type Refusal = String;

/// What a value typed in the planner says of itself in a saved scene.
const SET_IN_PLANNER: &str = "set in the planner; was";

/// A number typed in the planner. Unchanged, it keeps its source; changed, its source
/// says so and keeps the first value it replaced with that value's source, so a saved scene
/// never credits a published figure with a number someone typed.
fn set_by_hand(old: &Num, value: f64) -> Num {
    if old.value == value {
        return old.clone();
    }
    let source = match &old.source {
        Some(s) if s.starts_with(SET_IN_PLANNER) => s.clone(),
        Some(s) => format!("{SET_IN_PLANNER} {} ({s})", old.value),
        None => format!("{SET_IN_PLANNER} {}", old.value),
    };
    Num {
        value,
        source: Some(source),
    }
}

/// A record's source after a change in the planner: what was done, then what the record
/// said before.
fn with_earlier(note: String, earlier: Option<String>) -> String {
    match earlier {
        Some(earlier) => format!("{note}; before: {earlier}"),
        None => note,
    }
}

/// A regime about to be changed by hand: a preset one first takes the preset's rules as
/// its own (named "… (changed)"), so the change applies to them, and says which preset it
/// came from.
fn regime_to_change(raw: &mut RawScenario, regime: usize) -> Result<&mut RawRegime, Refusal> {
    let r = raw
        .regimes
        .get_mut(regime)
        .ok_or_else(|| tr!("edit-no-regime", n = regime + 1))?;
    if let Some((id, preset)) = r
        .preset
        .take()
        .and_then(|id| super::regimes::preset(&id).map(|p| (id, p)))
    {
        let note = format!(
            "the preset {id}, changed in the planner ({})",
            preset.source
        );
        r.source = Some(with_earlier(note, r.source.take()));
        if r.name.is_empty() {
            r.name = tr!("regime-changed-name", name = preset.name);
        }
        r.exemptions = preset.exemptions;
        if r.rent_discount_share.value == 0.0 {
            r.rent_discount_share = preset.rent_discount_share;
        }
        if r.utility_refund.is_none() {
            r.utility_refund = preset.utility_refund;
        }
    }
    Ok(r)
}

fn zone_mut<'a>(raw: &'a mut RawScenario, id: &str) -> Result<&'a mut RawZone, Refusal> {
    raw.park
        .zones
        .iter_mut()
        .find(|z| z.id == id)
        .ok_or_else(|| tr!("edit-no-zone", id = id))
}

fn plot_mut<'a>(raw: &'a mut RawScenario, id: &str) -> Result<&'a mut RawPlot, Refusal> {
    raw.plots
        .iter_mut()
        .find(|p| p.id == id)
        .ok_or_else(|| tr!("edit-no-plot", id = id))
}

fn rect_of(plot: &RawPlot) -> Result<(f64, f64, f64, f64), Refusal> {
    match plot.shape {
        RawShape::Rect {
            x_m,
            y_m,
            width_m,
            height_m,
        } => Ok((x_m, y_m, width_m, height_m)),
        RawShape::Polygon(_) => Err(tr!("edit-polygon-plot", id = &plot.id)),
    }
}

/// Applies an edit to a copy of the scene; the copy is returned only if it validates.
pub fn apply(raw: &RawScenario, edit: &Edit) -> Result<RawScenario, Refusal> {
    let mut next = raw.clone();
    match edit {
        Edit::AddPlot {
            id,
            zone,
            x_m,
            y_m,
            width_m,
            height_m,
            phase,
        } => {
            let rent = next
                .rent_schedules
                .first()
                .map(|r| r.id.clone())
                .ok_or("the scene has no rent schedule for a new plot")?;
            next.plots.push(RawPlot {
                id: id.clone(),
                zone: zone.clone(),
                shape: RawShape::Rect {
                    x_m: *x_m,
                    y_m: *y_m,
                    width_m: *width_m,
                    height_m: *height_m,
                },
                serviced: true,
                rent,
                phase: phase.clone(),
            });
        }
        Edit::DeletePlot { id } => {
            if let Some(a) = next.anchors.iter().find(|a| &a.plot == id) {
                return Err(tr!("edit-holds-resident", id = id, name = &a.name));
            }
            let before = next.plots.len();
            next.plots.retain(|p| &p.id != id);
            if next.plots.len() == before {
                return Err(tr!("edit-no-plot", id = id));
            }
            for u in &mut next.utilities {
                for s in &mut u.sources {
                    if let RawServes::Plots(ids) = &mut s.serves {
                        ids.retain(|p| p != id);
                    }
                }
            }
        }
        Edit::MovePlot { id, dx_m, dy_m } => {
            let plot = plot_mut(&mut next, id)?;
            match &mut plot.shape {
                RawShape::Rect { x_m, y_m, .. } => {
                    *x_m += dx_m;
                    *y_m += dy_m;
                }
                RawShape::Polygon(points) => {
                    for p in points {
                        p.0 += dx_m;
                        p.1 += dy_m;
                    }
                }
            }
        }
        Edit::ResizePlot {
            id,
            width_m,
            height_m,
        } => {
            let plot = plot_mut(&mut next, id)?;
            let (x_m, y_m, _, _) = rect_of(plot)?;
            plot.shape = RawShape::Rect {
                x_m,
                y_m,
                width_m: *width_m,
                height_m: *height_m,
            };
        }
        Edit::SplitPlot { id, across } => {
            if next.anchors.iter().any(|a| &a.plot == id) {
                return Err(tr!("edit-cannot-split", id = id));
            }
            let index = next
                .plots
                .iter()
                .position(|p| &p.id == id)
                .ok_or_else(|| tr!("edit-no-plot", id = id))?;
            let original = next.plots.remove(index);
            let (x, y, w, h) = rect_of(&original)?;
            let halves = if *across {
                [(x, y, w, h / 2.0), (x, y + h / 2.0, w, h / 2.0)]
            } else {
                [(x, y, w / 2.0, h), (x + w / 2.0, y, w / 2.0, h)]
            };
            for (k, (x_m, y_m, width_m, height_m)) in halves.into_iter().enumerate().rev() {
                let mut half = original.clone();
                half.id = format!("{id}-{}", ["a", "b"][k]);
                half.shape = RawShape::Rect {
                    x_m,
                    y_m,
                    width_m,
                    height_m,
                };
                next.plots.insert(index, half);
            }
        }
        Edit::SetPlotZone { id, zone } => plot_mut(&mut next, id)?.zone = zone.clone(),
        Edit::AddZone {
            id,
            name,
            kind,
            x_m,
            y_m,
            width_m,
            height_m,
        } => {
            let (x0, y0, x1, y1) = (*x_m, *y_m, x_m + width_m, y_m + height_m);
            next.park.zones.push(RawZone {
                id: id.clone(),
                name: name.clone(),
                names: Default::default(),
                kind: *kind,
                polygon_m: vec![(x0, y0), (x1, y0), (x1, y1), (x0, y1)],
                phase: None,
                source: None,
            });
        }
        Edit::DeleteZone { id } => {
            zone_mut(&mut next, id)?;
            let plots = next.plots.iter().filter(|p| &p.zone == id).count();
            if plots > 0 {
                return Err(tr!("edit-zone-has-plots", id = id, plots = plots));
            }
            next.park.zones.retain(|z| &z.id != id);
        }
        Edit::MoveZone { id, dx_m, dy_m } => {
            for p in &mut zone_mut(&mut next, id)?.polygon_m {
                p.0 += dx_m;
                p.1 += dy_m;
            }
            for plot in next.plots.iter_mut().filter(|p| &p.zone == id) {
                match &mut plot.shape {
                    RawShape::Rect { x_m, y_m, .. } => {
                        *x_m += dx_m;
                        *y_m += dy_m;
                    }
                    RawShape::Polygon(points) => {
                        for p in points {
                            p.0 += dx_m;
                            p.1 += dy_m;
                        }
                    }
                }
            }
        }
        Edit::SetZoneOutline { id, points_m } => {
            zone_mut(&mut next, id)?.polygon_m = points_m.clone();
        }
        Edit::SetZoneKind { id, kind } => zone_mut(&mut next, id)?.kind = *kind,
        Edit::SetSourceCapacity { source, capacity } => {
            let s = next
                .utilities
                .iter_mut()
                .flat_map(|u| u.sources.iter_mut())
                .find(|s| &s.id == source)
                .ok_or_else(|| tr!("edit-no-source", id = source))?;
            s.capacity = set_by_hand(&s.capacity, *capacity);
        }
        Edit::MoveSource { id, x_m, y_m } => {
            let s = next
                .utilities
                .iter_mut()
                .flat_map(|u| u.sources.iter_mut())
                .find(|s| &s.id == id)
                .ok_or_else(|| tr!("edit-no-source", id = id))?;
            s.location_m = Some((*x_m, *y_m));
        }
        Edit::SetRegimePreset { regime, preset } => {
            if super::regimes::preset(preset).is_none() {
                return Err(tr!("edit-no-preset", id = preset));
            }
            let r = next
                .regimes
                .get_mut(*regime)
                .ok_or_else(|| tr!("edit-no-regime", n = regime + 1))?;
            r.preset = Some(preset.clone());
            // The preset's file carries the sources of its rules; the regime's own source
            // (its start month's, say) is kept after it.
            let note = format!("the preset {preset}, chosen in the planner");
            r.source = Some(with_earlier(note, r.source.take()));
            r.name.clear();
            r.exemptions.clear();
            r.rent_discount_share = Num::plain(0.0);
            r.utility_refund = None;
        }
        Edit::AddExpansion {
            utility,
            asset,
            add_capacity,
            capex_usd,
            lead_months,
            decided,
        } => {
            if *add_capacity <= 0.0 {
                return Err(tr!("edit-expansion-nothing"));
            }
            let u = next
                .utilities
                .iter()
                .find(|u| &u.id == utility)
                .ok_or_else(|| tr!("edit-no-utility", id = utility))?;
            let name = match u.sources.iter().find(|s| &s.id == asset) {
                Some(s) => s.name.clone(),
                None => next
                    .networks
                    .iter()
                    .filter(|n| &n.utility == utility)
                    .flat_map(|n| &n.links)
                    .find(|l| &l.id == asset)
                    .map(|l| tr!("expansion-link-name", id = &l.id))
                    .ok_or_else(|| tr!("edit-no-asset", id = asset))?,
            };
            let n = next.expansions.len() + 1;
            next.expansions.push(RawExpansion {
                id: format!("{asset}-expansion-{n}"),
                name: tr!("expansion-default-name", source = name),
                utility: utility.clone(),
                asset: asset.clone(),
                add_capacity: Num::plain(*add_capacity),
                capex_usd: Num::plain(*capex_usd),
                lead_months: *lead_months,
                trigger: RawTrigger::Planned(decided.clone()),
            });
        }
        Edit::AddSource {
            utility,
            id,
            name,
            capacity,
            in_service,
            location_m,
        } => {
            let u = next
                .utilities
                .iter_mut()
                .find(|u| &u.id == utility)
                .ok_or_else(|| tr!("edit-no-utility", id = utility))?;
            u.sources.push(RawSource {
                id: id.clone(),
                name: name.clone(),
                capacity: Num::plain(*capacity),
                in_service: in_service.clone(),
                serves: RawServes::All,
                location_m: *location_m,
                voltage_kv: None,
                mtbf_years: None,
                repair_hours: None,
                built_by: None,
            });
        }
        Edit::PlaceFirm {
            id,
            name,
            archetype,
            plot,
            registered,
        } => {
            next.anchors.push(RawAnchor {
                id: id.clone(),
                name: name.clone(),
                names: Default::default(),
                archetype: archetype.clone(),
                plot: plot.clone(),
                registered: registered.clone(),
                operating: None,
                investment_usd: None,
                jobs: None,
                source: Some("placed by hand in the planner".into()),
            });
        }
        Edit::SetArrivalRate {
            sector,
            prospects_per_year,
        } => {
            let a = next
                .demand
                .arrivals
                .iter_mut()
                .find(|a| &a.sector == sector)
                .ok_or_else(|| tr!("edit-no-sector", id = sector))?;
            a.prospects_per_year = set_by_hand(&a.prospects_per_year, *prospects_per_year);
        }
        Edit::SetExemptionYears { regime, years } => {
            let r = regime_to_change(&mut next, *regime)?;
            for e in &mut r.exemptions {
                e.years = set_by_hand(&e.years, *years);
            }
        }
        Edit::SetExemptionShare {
            regime,
            instrument,
            share,
        } => {
            let r = regime_to_change(&mut next, *regime)?;
            let years = r
                .exemptions
                .iter()
                .map(|e| e.years.value)
                .fold(0.0, f64::max);
            match r
                .exemptions
                .iter_mut()
                .find(|e| e.instrument == *instrument)
            {
                Some(e) => e.share = set_by_hand(&e.share, *share),
                None => r.exemptions.push(RawExemption {
                    instrument: *instrument,
                    share: Num::plain(*share),
                    years: Num::plain(years),
                }),
            }
        }
        Edit::SetRentDiscount { regime, share } => {
            let r = regime_to_change(&mut next, *regime)?;
            r.rent_discount_share = set_by_hand(&r.rent_discount_share, *share);
        }
        Edit::SetRent {
            schedule,
            first_ha_per_year,
            further_ha_per_year,
        } => {
            let r = next
                .rent_schedules
                .iter_mut()
                .find(|r| &r.id == schedule)
                .ok_or_else(|| tr!("edit-no-rent", id = schedule))?;
            r.first_ha_per_year = set_by_hand(&r.first_ha_per_year, *first_ha_per_year);
            r.further_ha_per_year = set_by_hand(&r.further_ha_per_year, *further_ha_per_year);
        }
        Edit::SetSeed { seed } => next.simulation.seed = *seed,
        Edit::SetPhaseOpens { phase, opens } => {
            next.park
                .phases
                .iter_mut()
                .find(|p| &p.id == phase)
                .ok_or_else(|| tr!("edit-no-phase", id = phase))?
                .opens = opens.clone();
        }
        Edit::SetPlotPhase { id, phase } => plot_mut(&mut next, id)?.phase = phase.clone(),
        Edit::SetBoundary { points_m } => {
            next.park.boundary_m = points_m.clone();
            let area_ha = super::geometry::area_m2(points_m) / super::geometry::M2_PER_HA;
            next.park.gross_area_ha = Num {
                value: area_ha,
                source: Some("the drawn boundary".into()),
            };
        }
    }
    match from_raw(next.clone(), &PathBuf::from("edit")) {
        Ok(_) => Ok(next),
        Err(errors) => Err(refusal(&errors)),
    }
}

fn refusal(errors: &ScenarioErrors) -> Refusal {
    let mut messages: Vec<&str> = errors.0.iter().map(|e| e.message.as_str()).collect();
    messages.dedup();
    tr!("edit-not-possible", reasons = messages.join("; "))
}
