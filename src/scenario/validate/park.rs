//! Checks the park as a place: its outline and money, roads and rail, zones, rent
//! schedules and plots, and that no two plots share land.

use std::collections::HashMap;

use super::super::geometry::{self, M2_PER_HA};
use super::super::raw::*;
use super::super::*;
use super::ranges::{self, shown_bound};
use super::{Checker, Ids, Owner};
use crate::tr;

/// Plots may share at most this much area (m²) before they count as overlapping.
const OVERLAP_TOLERANCE_M2: f64 = 0.5;
/// Largest accepted gap between the stated gross area and the boundary's area.
const GROSS_AREA_TOLERANCE: f64 = 0.05;
/// Overlaps reported one by one; the rest are counted in one message, so that a file of
/// hundreds of stacked plots gives a readable report instead of megabytes.
const OVERLAPS_LISTED: usize = 20;
/// A plot covering more grid cells than this is checked against every plot instead.
const MOST_CELLS_PER_PLOT: usize = 1024;

/// The checked park, its zones, rents and plots, with their ids.
pub(super) struct Site {
    pub park: Park,
    pub zones: Vec<Zone>,
    pub zone_ids: Ids,
    pub rent_schedules: Vec<RentSchedule>,
    pub plots: Vec<Plot>,
    pub plot_ids: Ids,
}

impl Checker<'_, '_> {
    pub(super) fn site(&mut self) -> Site {
        let raw = self.raw;
        let p = &raw.park;
        let in_park = Owner::section("park");
        let usd_per_currency_unit = self.num(
            &in_park,
            "usd_per_currency_unit",
            &p.usd_per_currency_unit,
            ranges::USD_PER_CURRENCY_UNIT,
        );
        let gross_area_ha = self.num(
            &in_park,
            "gross_area_ha",
            &p.gross_area_ha,
            ranges::GROSS_AREA_HA,
        );
        let boundary_ok = self.polygon(&in_park, "boundary_m", &p.boundary_m);
        if let Some((lat, lon)) = p.origin_lat_lon
            && !((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon))
        {
            self.sink.at_key_of(
                in_park.place,
                "origin_lat_lon",
                tr!(
                    "scene-origin-out-of-range",
                    lat = lat.to_string(),
                    lon = lon.to_string()
                ),
            );
        }
        if boundary_ok && gross_area_ha.is_finite() && gross_area_ha > 0.0 {
            let drawn_ha = geometry::area_m2(&p.boundary_m) / M2_PER_HA;
            self.area_agrees(&in_park, "gross_area_ha", gross_area_ha, drawn_ha);
        }
        let roads = self.lines("roads", &p.roads, |id| tr!("scene-owner-road", id = id));
        let rail = self.lines("rail", &p.rail, |id| tr!("scene-owner-rail", id = id));
        let (phases, phase_ids) = self.phases(boundary_ok, gross_area_ha);
        // Land a zone or plot may lie on: the outline and every phase's extension.
        let land: Vec<&[PointM]> = std::iter::once(p.boundary_m.as_slice())
            .chain(phases.iter().map(|ph| ph.extension_m.as_slice()))
            .filter(|polygon| polygon.len() >= 3)
            .collect();
        let (zones, zone_ids) = self.zones(boundary_ok, &land, &phase_ids);
        let (rent_schedules, rent_ids) = self.rent_schedules();
        let (plots, plot_ids) = self.plots(
            boundary_ok,
            &land,
            &zones,
            &zone_ids,
            &rent_ids,
            &phases,
            &phase_ids,
        );
        Site {
            park: Park {
                name: p.name.clone(),
                names: p.names.clone(),
                country: p.country.clone(),
                currency: p.currency.clone(),
                usd_per_currency_unit,
                gross_area_ha,
                boundary_m: p.boundary_m.clone(),
                origin_lat_lon: p.origin_lat_lon,
                roads,
                rail,
                phases,
            },
            zones,
            zone_ids,
            rent_schedules,
            plots,
            plot_ids,
        }
    }

    /// Says so when the area stated at `key` and the one drawn differ by more than
    /// [`GROSS_AREA_TOLERANCE`].
    fn area_agrees(&mut self, owner: &Owner, key: &str, stated_ha: f64, drawn_ha: f64) {
        if (drawn_ha - stated_ha).abs() > GROSS_AREA_TOLERANCE * stated_ha {
            self.sink.at_key_of(
                owner.place,
                key,
                tr!(
                    "scene-gross-area",
                    owner = owner.shown(),
                    key = key,
                    stated = stated_ha.to_string(),
                    drawn = crate::report::shown::grouped(drawn_ha, 2),
                ),
            );
        }
    }

    fn lines(&mut self, list: &str, lines: &[RawLine], name: fn(&str) -> String) -> Vec<Line> {
        lines
            .iter()
            .map(|l| {
                let owner = Owner::thing(list, &l.id, 0, name);
                self.points(&owner, "points_m", &l.points_m, 2);
                Line {
                    id: l.id.clone(),
                    name: l.name.clone(),
                    points_m: l.points_m.clone(),
                }
            })
            .collect()
    }

    /// The land's phases: ids, opening months in date order, costs, and the park's area
    /// once each is open against its outline and the extensions so far.
    fn phases(&mut self, boundary_ok: bool, gross_area_ha: f64) -> (Vec<Phase>, Ids) {
        let raw = self.raw;
        let p = &raw.park;
        let phase_ids = self.ids(
            "phases",
            || tr!("scene-kind-phase"),
            p.phases.iter().map(|ph| ph.id.as_str()),
        );
        let mut phases: Vec<Phase> = Vec::with_capacity(p.phases.len());
        let mut drawn_ha = if boundary_ok {
            geometry::area_m2(&p.boundary_m) / M2_PER_HA
        } else {
            f64::NAN
        };
        for (ph, &nth) in p.phases.iter().zip(&phase_ids.nth) {
            let owner = Owner::thing("phases", &ph.id, nth, |id| {
                tr!("scene-owner-phase", id = id)
            });
            let opens = self.month(&owner, "opens", &ph.opens);
            if let (Some(opens), Some(before)) = (opens, phases.last())
                && opens < before.opens
            {
                self.sink.at_reference(
                    owner.place,
                    "opens",
                    &ph.opens,
                    tr!(
                        "scene-phase-order",
                        owner = owner.shown(),
                        opens = opens.to_string(),
                        previous = before.opens.to_string()
                    ),
                );
            }
            let site_prep_usd_per_ha = ph.site_prep_usd_per_ha.as_ref().map_or(0.0, |v| {
                self.num(&owner, "site_prep_usd_per_ha", v, ranges::USD)
            });
            let lead_months = self.months(&owner, "lead_months", ph.lead_months, 0);
            let park_area_ha = ph
                .park_area_ha
                .as_ref()
                .map(|v| self.num(&owner, "park_area_ha", v, ranges::GROSS_AREA_HA));
            if !ph.extension_m.is_empty() && self.polygon(&owner, "extension_m", &ph.extension_m) {
                drawn_ha += geometry::area_m2(&ph.extension_m) / M2_PER_HA;
                // The stated area must match the outline and the extensions so far.
                if let Some(stated) = park_area_ha
                    && drawn_ha.is_finite()
                {
                    self.area_agrees(&owner, "park_area_ha", stated, drawn_ha);
                }
            } else if let Some(stated) = park_area_ha
                && gross_area_ha.is_finite()
                && drawn_ha.is_finite()
                && stated > drawn_ha * (1.0 + GROSS_AREA_TOLERANCE)
            {
                // A phase inside the outline cannot make the park larger than it is drawn.
                self.sink.at_key_of(
                    owner.place,
                    "park_area_ha",
                    tr!(
                        "scene-phase-area-beyond",
                        owner = owner.shown(),
                        stated = stated.to_string(),
                        drawn = crate::report::shown::grouped(drawn_ha, 2),
                    ),
                );
            }
            phases.push(Phase {
                id: ph.id.clone(),
                name: ph.name.clone(),
                names: ph.names.clone(),
                opens: opens.unwrap_or(YearMonth::new(0, 1)),
                site_prep_usd_per_ha,
                lead_months,
                park_area_ha,
                extension_m: ph.extension_m.clone(),
            });
        }
        (phases, phase_ids)
    }

    fn zones(
        &mut self,
        boundary_ok: bool,
        land: &[&[PointM]],
        phase_ids: &Ids,
    ) -> (Vec<Zone>, Ids) {
        let raw = self.raw;
        let p = &raw.park;
        self.required(&p.zones, "zones", |key| tr!("scene-empty-zones", key = key));
        let zone_ids = self.ids(
            "zones",
            || tr!("scene-kind-zone"),
            p.zones.iter().map(|z| z.id.as_str()),
        );
        let zones = p
            .zones
            .iter()
            .zip(&zone_ids.nth)
            .map(|(z, &nth)| {
                let owner =
                    Owner::thing("zones", &z.id, nth, |id| tr!("scene-owner-zone", id = id));
                if self.polygon(&owner, "polygon_m", &z.polygon_m)
                    && boundary_ok
                    && !land.iter().any(|l| geometry::contains(l, &z.polygon_m))
                {
                    self.sink.at_place(
                        owner.place,
                        tr!("scene-zone-outside", owner = owner.shown()),
                    );
                }
                let phase = z
                    .phase
                    .as_deref()
                    .and_then(|id| self.resolve(phase_ids, "phase", id, &owner));
                Zone {
                    id: z.id.clone(),
                    name: z.name.clone(),
                    names: z.names.clone(),
                    kind: z.kind,
                    polygon_m: z.polygon_m.clone(),
                    area_ha: geometry::area_m2(&z.polygon_m) / M2_PER_HA,
                    phase,
                }
            })
            .collect();
        (zones, zone_ids)
    }

    fn rent_schedules(&mut self) -> (Vec<RentSchedule>, Ids) {
        let raw = self.raw;
        self.required(&raw.rent_schedules, "rent_schedules", |key| {
            tr!("scene-empty-rent-schedules", key = key)
        });
        let rent_ids = self.ids(
            "rent_schedules",
            || tr!("scene-kind-rent-schedule"),
            raw.rent_schedules.iter().map(|r| r.id.as_str()),
        );
        let schedules = raw
            .rent_schedules
            .iter()
            .zip(&rent_ids.nth)
            .map(|(r, &nth)| {
                let owner = Owner::thing("rent_schedules", &r.id, nth, |id| {
                    tr!("scene-owner-rent-schedule", id = id)
                });
                let rate = ranges::CURRENCY_PER_HA_YEAR;
                RentSchedule {
                    id: r.id.clone(),
                    first_ha_per_year: self.num(
                        &owner,
                        "first_ha_per_year",
                        &r.first_ha_per_year,
                        rate,
                    ),
                    further_ha_per_year: self.num(
                        &owner,
                        "further_ha_per_year",
                        &r.further_ha_per_year,
                        rate,
                    ),
                }
            })
            .collect();
        (schedules, rent_ids)
    }

    #[allow(clippy::too_many_arguments)]
    fn plots(
        &mut self,
        boundary_ok: bool,
        land: &[&[PointM]],
        zones: &[Zone],
        zone_ids: &Ids,
        rent_ids: &Ids,
        phases: &[Phase],
        phase_ids: &Ids,
    ) -> (Vec<Plot>, Ids) {
        let raw = self.raw;
        self.required(&raw.plots, "plots", |key| {
            tr!("scene-empty-plots", key = key)
        });
        let plot_ids = self.ids(
            "plots",
            || tr!("scene-kind-plot"),
            raw.plots.iter().map(|p| p.id.as_str()),
        );
        let mut plots = Vec::with_capacity(raw.plots.len());
        let mut shapes_ok = true;
        for (rp, &nth) in raw.plots.iter().zip(&plot_ids.nth) {
            let owner = Owner::thing("plots", &rp.id, nth, |id| tr!("scene-owner-plot", id = id));
            let polygon_m = match &rp.shape {
                RawShape::Rect {
                    x_m,
                    y_m,
                    width_m,
                    height_m,
                } => {
                    let bad = [x_m, y_m, width_m, height_m].iter().any(|v| !v.is_finite())
                        || *width_m <= 0.0
                        || *height_m <= 0.0;
                    if bad {
                        self.sink
                            .at_place(owner.place, tr!("scene-bad-rect", owner = owner.shown()));
                    }
                    vec![
                        (*x_m, *y_m),
                        (x_m + width_m, *y_m),
                        (x_m + width_m, y_m + height_m),
                        (*x_m, y_m + height_m),
                    ]
                }
                RawShape::Polygon(points) => points.clone(),
            };
            let ok = self.polygon(&owner, "shape", &polygon_m);
            let zone = self.resolve(zone_ids, "zone", &rp.zone, &owner);
            let rent = self.resolve(rent_ids, "rent", &rp.rent, &owner);
            if ok && boundary_ok && !land.iter().any(|l| geometry::contains(l, &polygon_m)) {
                self.sink.at_place(
                    owner.place,
                    tr!("scene-plot-outside", owner = owner.shown()),
                );
            }
            if let Some(z) = zone
                && ok
                && geometry::area_m2(&zones[z].polygon_m) > 0.0
                && !geometry::contains(&zones[z].polygon_m, &polygon_m)
            {
                self.sink.at_place(
                    owner.place,
                    tr!(
                        "scene-plot-outside-zone",
                        owner = owner.shown(),
                        zone = &rp.zone
                    ),
                );
            }
            // Its own phase, else its zone's; never one that opens before its zone's.
            let own_phase = rp
                .phase
                .as_deref()
                .and_then(|id| self.resolve(phase_ids, "phase", id, &owner));
            let zone_phase = zone.and_then(|z| zones[z].phase);
            if let (Some(own), Some(of_zone)) = (own_phase, zone_phase)
                && phases[own].opens < phases[of_zone].opens
            {
                self.sink.at_reference(
                    owner.place,
                    "phase",
                    rp.phase.as_deref().unwrap_or_default(),
                    tr!(
                        "scene-plot-phase-before-zone",
                        owner = owner.shown(),
                        phase = &phases[own].id,
                        zone_phase = &phases[of_zone].id
                    ),
                );
            }
            shapes_ok &= ok;
            plots.push(Plot {
                id: rp.id.clone(),
                zone: zone.unwrap_or(0),
                area_ha: geometry::area_m2(&polygon_m) / M2_PER_HA,
                centroid_m: geometry::centroid(&polygon_m),
                polygon_m,
                serviced: rp.serviced,
                rent: rent.unwrap_or(0),
                phase: own_phase.or(zone_phase),
            });
        }
        if shapes_ok {
            self.overlaps(&plots, &plot_ids);
        }
        (plots, plot_ids)
    }

    /// Reports plots that share land: the first [`OVERLAPS_LISTED`] pairs one by one, then
    /// how many more there are.
    fn overlaps(&mut self, plots: &[Plot], plot_ids: &Ids) {
        let polygons: Vec<&[PointM]> = plots.iter().map(|p| p.polygon_m.as_slice()).collect();
        let pairs = overlapping_pairs(&polygons, OVERLAP_TOLERANCE_M2);
        for &(i, j) in pairs.iter().take(OVERLAPS_LISTED) {
            let owner = Owner::thing("plots", &plots[j].id, plot_ids.nth[j], |id| {
                tr!("scene-owner-plot", id = id)
            });
            self.sink.at_place(
                owner.place,
                tr!("scene-overlap", plot = &plots[j].id, other = &plots[i].id),
            );
        }
        if pairs.len() > OVERLAPS_LISTED {
            self.sink.at_key(
                "plots",
                0,
                tr!(
                    "scene-overlap-more",
                    count = shown_bound((pairs.len() - OVERLAPS_LISTED) as f64),
                    total = shown_bound(pairs.len() as f64),
                ),
            );
        }
    }
}

/// Pairs of polygons (by index, each pair once, in order) that share more than
/// `min_shared_m2` of area, found through a grid of cells about the size of a typical
/// polygon: each polygon is compared only with those in the cells its bounding box
/// covers, so a park of 100,000 plots costs about as much as its plots, not their square.
/// Polygons must be checked (finite coordinates within [`ranges::COORDINATE_M`]).
fn overlapping_pairs(polygons: &[&[PointM]], min_shared_m2: f64) -> Vec<(usize, usize)> {
    let boxes: Vec<(f64, f64, f64, f64)> = polygons.iter().map(|p| geometry::bounds(p)).collect();
    let mut sides: Vec<f64> = boxes.iter().map(|b| (b.2 - b.0).max(b.3 - b.1)).collect();
    sides.sort_by(f64::total_cmp);
    let cell_m = sides.get(sides.len() / 2).copied().unwrap_or(1.0).max(1.0);
    let origin = boxes
        .iter()
        .fold((f64::MAX, f64::MAX), |(x, y), b| (x.min(b.0), y.min(b.1)));
    let cell_of = |x: f64, y: f64| {
        (
            ((x - origin.0) / cell_m).floor() as i64,
            ((y - origin.1) / cell_m).floor() as i64,
        )
    };
    let mut grid: HashMap<(i64, i64), Vec<usize>> = HashMap::new();
    let mut large = Vec::new();
    for (i, b) in boxes.iter().enumerate() {
        let (c0, r0) = cell_of(b.0, b.1);
        let (c1, r1) = cell_of(b.2, b.3);
        let cells = ((c1 - c0 + 1) * (r1 - r0 + 1)) as usize;
        if cells > MOST_CELLS_PER_PLOT {
            large.push(i);
            continue;
        }
        for c in c0..=c1 {
            for r in r0..=r1 {
                grid.entry((c, r)).or_default().push(i);
            }
        }
    }
    let mut pairs = Vec::new();
    for (&cell, members) in &grid {
        for (k, &i) in members.iter().enumerate() {
            for &j in &members[k + 1..] {
                // A pair sharing several cells is checked in one: where their boxes'
                // common part begins.
                let (a, b) = (boxes[i], boxes[j]);
                if cell_of(a.0.max(b.0), a.1.max(b.1)) != cell {
                    continue;
                }
                if geometry::overlap(polygons[i], polygons[j], min_shared_m2) {
                    pairs.push((i.min(j), i.max(j)));
                }
            }
        }
    }
    for (k, &i) in large.iter().enumerate() {
        let others = (0..polygons.len()).filter(|&j| j != i && !large[..k].contains(&j));
        for j in others {
            if geometry::overlap(polygons[i], polygons[j], min_shared_m2) {
                pairs.push((i.min(j), i.max(j)));
            }
        }
    }
    pairs.sort_unstable();
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rect(x: f64, y: f64, w: f64, h: f64) -> Vec<PointM> {
        vec![(x, y), (x + w, y), (x + w, y + h), (x, y + h)]
    }

    #[test]
    fn the_grid_finds_each_overlapping_pair_once() {
        let mut shapes = vec![
            rect(0.0, 0.0, 10.0, 10.0),
            rect(5.0, 5.0, 10.0, 10.0),
            rect(10.0, 0.0, 10.0, 10.0),
            rect(100.0, 100.0, 10.0, 10.0),
        ];
        // A plot across the whole row, larger than the grid allows, and stacked copies.
        shapes.push(rect(-5000.0, 3.0, 20000.0, 20000.0));
        shapes.push(rect(100.0, 100.0, 10.0, 10.0));
        let polygons: Vec<&[PointM]> = shapes.iter().map(|p| p.as_slice()).collect();
        let pairs = overlapping_pairs(&polygons, 0.5);
        assert_eq!(
            pairs,
            vec![
                (0, 1),
                (0, 4),
                (1, 2),
                (1, 4),
                (2, 4),
                (3, 4),
                (3, 5),
                (4, 5)
            ]
        );
    }
}
