//! Turns a [`RawScenario`] into a [`Scenario`], collecting every problem with its place.

use std::collections::HashMap;
use std::path::Path;

use super::error::{ErrorSink, Place};
use super::geometry::{self, M2_PER_HA};
use super::raw::*;
use super::*;
use crate::tr;

mod operations;

/// Plots may share at most this much area (m²) before they count as overlapping.
const OVERLAP_TOLERANCE_M2: f64 = 0.5;
/// Largest accepted gap between the stated gross area and the boundary's area.
const GROSS_AREA_TOLERANCE: f64 = 0.05;

pub(super) fn parse_and_validate(text: &str, file: &Path) -> Result<Scenario, ScenarioErrors> {
    let raw: RawScenario = super::ron_options().from_str(text).map_err(|e| {
        ScenarioErrors(vec![ScenarioError {
            file: file.to_path_buf(),
            location: Some((e.span.start.line, e.span.start.col)),
            message: describe_parse_error(&e.code, text.is_empty()),
        }])
    })?;
    check(raw, text, file)
}

/// Validates a scene held in memory (e.g. after an edit); `text` is its file text when
/// there is one, to locate errors, and may be empty.
pub(super) fn check(raw: RawScenario, text: &str, file: &Path) -> Result<Scenario, ScenarioErrors> {
    let mut sink = ErrorSink::new(file, text);
    let scenario = Checker {
        sink: &mut sink,
        raw: &raw,
    }
    .check();
    match scenario {
        Some(s) if sink.errors.is_empty() => Ok(Scenario {
            file: file.to_path_buf(),
            raw,
            ..s
        }),
        _ => {
            if sink.errors.is_empty() {
                sink.at(None, tr!("scene-inconsistent"));
            }
            Err(ScenarioErrors(sink.errors))
        }
    }
}

/// The struct names of `raw.rs` as a planner would call them.
fn readable(name: &str) -> String {
    let name = name.strip_prefix("Raw").unwrap_or(name);
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push(' ');
        }
        out.extend(c.to_lowercase());
    }
    out
}

fn describe_parse_error(code: &ron::Error, empty: bool) -> String {
    use ron::Error as E;
    if empty {
        return tr!("scene-file-empty");
    }
    match code {
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => {
            let place = outer
                .as_deref()
                .map(|o| tr!("scene-field-in", record = readable(o)))
                .unwrap_or_default();
            let nearest = expected
                .iter()
                .map(|e| (strsim::levenshtein(e, found), *e))
                .min();
            let hint = match nearest {
                Some((d, e)) if d <= 3 || e.starts_with(found.as_str()) => {
                    tr!("scene-did-you-mean-field", field = e)
                }
                _ => String::new(),
            };
            tr!(
                "scene-unknown-field",
                field = found,
                place = place,
                hint = hint,
                expected = expected.join(", "),
            )
        }
        E::MissingStructField { field, outer } => {
            let place = outer
                .as_deref()
                .map(|o| tr!("scene-field-in", record = readable(o)))
                .unwrap_or_default();
            tr!("scene-missing-field", field = *field, place = place)
        }
        E::Eof => tr!("scene-truncated"),
        E::ExpectedComma => tr!("scene-expected-comma"),
        E::ExpectedInteger => tr!("scene-expected-whole-number"),
        E::ExpectedFloat => tr!("scene-expected-number"),
        E::ExpectedString | E::ExpectedStringEnd => tr!("scene-expected-text"),
        E::ExpectedBoolean => tr!("scene-expected-boolean"),
        E::ExpectedArray => tr!("scene-expected-list"),
        E::ExpectedArrayEnd => tr!("scene-expected-list-end"),
        E::ExpectedStructLike => tr!("scene-expected-record"),
        E::ExpectedStructLikeEnd => tr!("scene-expected-record-end"),
        // The RON reader's own wording (e.g. an unknown enum variant), in English.
        other => other.to_string(),
    }
}

struct Checker<'a, 'b> {
    sink: &'a mut ErrorSink<'b>,
    raw: &'a RawScenario,
}

/// Ids of one kind of thing, with their positions.
struct Ids {
    /// Names the kind for the user, e.g. "plot" (looked up only for a message).
    kind: fn() -> String,
    index: HashMap<String, usize>,
}

/// The thing a message is about: where it is written in the file, and how the user reads
/// its name (`plot "P01"`), looked up only when there is something to say about it.
struct Owner<'r> {
    /// Its id, or for a section (`park`, `demand`, ...) its field name.
    at: &'r str,
    /// Names a thing from its id; `None` for a section, named by its field name.
    name: Option<fn(&str) -> String>,
}

impl<'r> Owner<'r> {
    /// A thing with an id, named by `name`, e.g. `plot "P01"`.
    fn thing(id: &'r str, name: fn(&str) -> String) -> Self {
        Owner {
            at: id,
            name: Some(name),
        }
    }

    /// A section of the scene, named by its field name as written in the file.
    fn section(field: &'r str) -> Self {
        Owner {
            at: field,
            name: None,
        }
    }

    fn shown(&self) -> String {
        match self.name {
            Some(name) => name(self.at),
            None => self.at.to_owned(),
        }
    }

    fn place(&self) -> Place<'r> {
        match self.name {
            Some(_) => Place::Id(self.at),
            None => Place::Section(self.at),
        }
    }
}

impl Checker<'_, '_> {
    fn ids<'s>(&mut self, kind: fn() -> String, ids: impl Iterator<Item = &'s str>) -> Ids {
        let mut index = HashMap::new();
        let mut seen: HashMap<String, usize> = HashMap::new();
        for (i, id) in ids.enumerate() {
            let nth = *seen.get(id).unwrap_or(&0);
            seen.insert(id.to_owned(), nth + 1);
            if id.trim().is_empty() {
                self.sink
                    .at_field("id", id, nth, tr!("scene-empty-id", kind = kind()));
            } else if index.contains_key(id) {
                self.sink.at_field(
                    "id",
                    id,
                    nth,
                    tr!("scene-duplicate-id", kind = kind(), id = id),
                );
            } else {
                index.insert(id.to_owned(), i);
            }
        }
        Ids { kind, index }
    }

    /// Resolves a reference written as `key: "id"`.
    fn resolve(&mut self, ids: &Ids, key: &str, id: &str, owner: &Owner) -> Option<usize> {
        let found = ids.index.get(id).copied();
        if found.is_none() {
            let nearest = did_you_mean(ids.index.keys().map(String::as_str), id);
            self.sink.at_field(
                key,
                id,
                0,
                tr!(
                    "scene-not-defined",
                    owner = owner.shown(),
                    kind = (ids.kind)(),
                    id = id,
                    hint = nearest,
                ),
            );
        }
        found
    }

    /// Checks a number: finite and within `[min, max]`.
    fn num(&mut self, owner: &Owner, key: &str, value: &Num, min: f64, max: f64) -> f64 {
        let v = value.value;
        let o = || owner.shown();
        let message = if v.is_nan() {
            Some(tr!("scene-number-nan", owner = o(), key = key))
        } else if v.is_infinite() {
            Some(tr!("scene-number-infinite", owner = o(), key = key))
        } else if v < min || v > max {
            let value = v.to_string();
            Some(match (min, max) {
                (0.0, f64::INFINITY) => {
                    tr!(
                        "scene-number-negative",
                        owner = o(),
                        key = key,
                        value = value
                    )
                }
                (m, f64::INFINITY) => tr!(
                    "scene-number-below",
                    owner = o(),
                    key = key,
                    value = value,
                    min = m.to_string(),
                ),
                (m, n) => tr!(
                    "scene-number-out-of-range",
                    owner = o(),
                    key = key,
                    value = value,
                    min = m.to_string(),
                    max = n.to_string(),
                ),
            })
        } else {
            None
        };
        if let Some(message) = message {
            self.sink.at_key_of(owner.place(), key, message);
        }
        v
    }

    fn non_negative(&mut self, owner: &Owner, key: &str, value: &Num) -> f64 {
        self.num(owner, key, value, 0.0, f64::INFINITY)
    }

    fn share(&mut self, owner: &Owner, key: &str, value: &Num) -> f64 {
        self.num(owner, key, value, 0.0, 1.0)
    }

    fn finite(&mut self, owner: &Owner, key: &str, value: &Num) -> f64 {
        self.num(owner, key, value, f64::MIN, f64::MAX)
    }

    fn month(&mut self, owner: &Owner, key: &str, text: &str) -> Option<YearMonth> {
        let parsed = YearMonth::parse(text);
        if parsed.is_none() {
            self.sink.at_field(
                key,
                text,
                0,
                tr!(
                    "scene-bad-month",
                    owner = owner.shown(),
                    key = key,
                    text = text,
                ),
            );
        }
        parsed
    }

    /// Checks that the list at field `key` is not empty; `message` says what it needs.
    fn required<T>(&mut self, list: &[T], key: &str, message: impl FnOnce(&str) -> String) {
        if list.is_empty() {
            self.sink.at_key(key, 0, message(key));
        }
    }

    fn points(&mut self, owner: &Owner, key: &str, points: &[PointM], min: usize) -> bool {
        if points.len() < min {
            self.sink.at_key_of(
                owner.place(),
                key,
                tr!(
                    "scene-too-few-points",
                    owner = owner.shown(),
                    key = key,
                    count = points.len(),
                    min = min,
                ),
            );
            return false;
        }
        if points.iter().any(|(x, y)| !x.is_finite() || !y.is_finite()) {
            self.sink.at_key_of(
                owner.place(),
                key,
                tr!(
                    "scene-coordinate-not-finite",
                    owner = owner.shown(),
                    key = key
                ),
            );
            return false;
        }
        true
    }

    fn polygon(&mut self, owner: &Owner, key: &str, points: &[PointM]) -> bool {
        if !self.points(owner, key, points, 3) {
            return false;
        }
        if geometry::area_m2(points) <= 0.0 {
            self.sink.at_key_of(
                owner.place(),
                key,
                tr!("scene-no-area", owner = owner.shown(), key = key),
            );
            return false;
        }
        if !geometry::is_simple(points) {
            self.sink.at_key_of(
                owner.place(),
                key,
                tr!("scene-crosses-itself", owner = owner.shown(), key = key),
            );
            return false;
        }
        true
    }

    fn check(&mut self) -> Option<Scenario> {
        let raw = self.raw;
        let count_before = self.sink.errors.len();

        // Park and its outline.
        let p = &raw.park;
        let in_park = Owner::section("park");
        let usd_per_currency_unit = self.num(
            &in_park,
            "usd_per_currency_unit",
            &p.usd_per_currency_unit,
            1e-9,
            f64::MAX,
        );
        let gross_area_ha = self.non_negative(&in_park, "gross_area_ha", &p.gross_area_ha);
        let boundary_ok = self.polygon(&in_park, "boundary_m", &p.boundary_m);
        if let Some((lat, lon)) = p.origin_lat_lon
            && !((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon))
        {
            self.sink.at_key_of(
                in_park.place(),
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
            if (drawn_ha - gross_area_ha).abs() > GROSS_AREA_TOLERANCE * gross_area_ha {
                self.sink.at_key(
                    "gross_area_ha",
                    0,
                    tr!(
                        "scene-gross-area",
                        owner = in_park.shown(),
                        key = "gross_area_ha",
                        stated = gross_area_ha.to_string(),
                        drawn = format!("{drawn_ha:.2}"),
                    ),
                );
            }
        }
        let lines = |checker: &mut Self, list: &[RawLine], rail: bool| -> Vec<Line> {
            list.iter()
                .map(|l| {
                    let owner = if rail {
                        Owner::thing(&l.id, |id| tr!("scene-owner-rail", id = id))
                    } else {
                        Owner::thing(&l.id, |id| tr!("scene-owner-road", id = id))
                    };
                    checker.points(&owner, "points_m", &l.points_m, 2);
                    Line {
                        id: l.id.clone(),
                        name: l.name.clone(),
                        points_m: l.points_m.clone(),
                    }
                })
                .collect()
        };
        let roads = lines(self, &p.roads, false);
        let rail = lines(self, &p.rail, true);

        // Zones.
        self.required(&p.zones, "zones", |key| tr!("scene-empty-zones", key = key));
        let zone_ids = self.ids(
            || tr!("scene-kind-zone"),
            p.zones.iter().map(|z| z.id.as_str()),
        );
        let zones: Vec<Zone> = p
            .zones
            .iter()
            .map(|z| {
                let owner = Owner::thing(&z.id, |id| tr!("scene-owner-zone", id = id));
                if self.polygon(&owner, "polygon_m", &z.polygon_m)
                    && boundary_ok
                    && !geometry::contains(&p.boundary_m, &z.polygon_m)
                {
                    self.sink.at_field(
                        "id",
                        &z.id,
                        0,
                        tr!("scene-zone-outside", owner = owner.shown()),
                    );
                }
                Zone {
                    id: z.id.clone(),
                    name: z.name.clone(),
                    kind: z.kind,
                    polygon_m: z.polygon_m.clone(),
                    area_ha: geometry::area_m2(&z.polygon_m) / M2_PER_HA,
                }
            })
            .collect();

        // Rent schedules.
        self.required(&raw.rent_schedules, "rent_schedules", |key| {
            tr!("scene-empty-rent-schedules", key = key)
        });
        let rent_ids = self.ids(
            || tr!("scene-kind-rent-schedule"),
            raw.rent_schedules.iter().map(|r| r.id.as_str()),
        );
        let rent_schedules: Vec<RentSchedule> = raw
            .rent_schedules
            .iter()
            .map(|r| {
                let owner = Owner::thing(&r.id, |id| tr!("scene-owner-rent-schedule", id = id));
                RentSchedule {
                    id: r.id.clone(),
                    first_ha_per_year: self.non_negative(
                        &owner,
                        "first_ha_per_year",
                        &r.first_ha_per_year,
                    ),
                    further_ha_per_year: self.non_negative(
                        &owner,
                        "further_ha_per_year",
                        &r.further_ha_per_year,
                    ),
                }
            })
            .collect();

        // Plots.
        self.required(&raw.plots, "plots", |key| {
            tr!("scene-empty-plots", key = key)
        });
        let plot_ids = self.ids(
            || tr!("scene-kind-plot"),
            raw.plots.iter().map(|p| p.id.as_str()),
        );
        let mut plots = Vec::with_capacity(raw.plots.len());
        let mut shapes_ok = Vec::with_capacity(raw.plots.len());
        for rp in &raw.plots {
            let owner = Owner::thing(&rp.id, |id| tr!("scene-owner-plot", id = id));
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
                        self.sink.at_field(
                            "id",
                            &rp.id,
                            0,
                            tr!("scene-bad-rect", owner = owner.shown()),
                        );
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
            let zone = self.resolve(&zone_ids, "zone", &rp.zone, &owner);
            let rent = self.resolve(&rent_ids, "rent", &rp.rent, &owner);
            if ok && boundary_ok && !geometry::contains(&p.boundary_m, &polygon_m) {
                self.sink.at_field(
                    "id",
                    &rp.id,
                    0,
                    tr!("scene-plot-outside", owner = owner.shown()),
                );
            }
            if let Some(z) = zone
                && ok
                && geometry::area_m2(&zones[z].polygon_m) > 0.0
                && !geometry::contains(&zones[z].polygon_m, &polygon_m)
            {
                self.sink.at_field(
                    "id",
                    &rp.id,
                    0,
                    tr!(
                        "scene-plot-outside-zone",
                        owner = owner.shown(),
                        zone = &rp.zone
                    ),
                );
            }
            shapes_ok.push(ok);
            plots.push(Plot {
                id: rp.id.clone(),
                zone: zone.unwrap_or(0),
                area_ha: geometry::area_m2(&polygon_m) / M2_PER_HA,
                centroid_m: geometry::centroid(&polygon_m),
                polygon_m,
                serviced: rp.serviced,
                rent: rent.unwrap_or(0),
            });
        }
        if shapes_ok.iter().all(|&ok| ok) {
            let polygons: Vec<&[PointM]> = plots.iter().map(|p| p.polygon_m.as_slice()).collect();
            for (i, j) in geometry::overlapping_pairs(&polygons, OVERLAP_TOLERANCE_M2) {
                self.sink.at_field(
                    "id",
                    &plots[j].id,
                    0,
                    tr!("scene-overlap", plot = &plots[j].id, other = &plots[i].id),
                );
            }
        }

        // Utilities.
        let utility_ids = self.ids(
            || tr!("scene-kind-utility"),
            raw.utilities.iter().map(|u| u.id.as_str()),
        );
        self.ids(
            || tr!("scene-kind-source"),
            raw.utilities
                .iter()
                .flat_map(|u| u.sources.iter().map(|s| s.id.as_str())),
        );
        let mut utilities = Vec::new();
        for ru in &raw.utilities {
            let owner = Owner::thing(&ru.id, |id| tr!("scene-owner-utility", id = id));
            if ru.sources.is_empty() {
                self.sink.at_field(
                    "id",
                    &ru.id,
                    0,
                    tr!("scene-no-sources", owner = owner.shown()),
                );
            }
            let tariff = self.non_negative(
                &owner,
                "tariff_usd_per_unit_hour",
                &ru.tariff_usd_per_unit_hour,
            );
            let mut sources = Vec::new();
            for rs in &ru.sources {
                let s_owner = Owner::thing(&rs.id, |id| tr!("scene-owner-source", id = id));
                let capacity = self.non_negative(&s_owner, "capacity", &rs.capacity);
                let in_service = rs
                    .in_service
                    .as_deref()
                    .and_then(|m| self.month(&s_owner, "in_service", m));
                let serves = match &rs.serves {
                    RawServes::All => Serves::All,
                    RawServes::Zones(ids) => Serves::Zones(
                        ids.iter()
                            .filter_map(|z| self.resolve_in_list(&zone_ids, z, &s_owner))
                            .collect(),
                    ),
                    RawServes::Plots(ids) => Serves::Plots(
                        ids.iter()
                            .filter_map(|z| self.resolve_in_list(&plot_ids, z, &s_owner))
                            .collect(),
                    ),
                };
                let location_given = rs
                    .location_m
                    .is_some_and(|point| self.points(&s_owner, "location_m", &[point], 1));
                let voltage_kv = rs
                    .voltage_kv
                    .as_ref()
                    .map(|v| self.num(&s_owner, "voltage_kv", v, 0.1, 1000.0));
                if voltage_kv.is_some() && ru.kind != UtilityKind::Power {
                    self.sink.at_key_of(
                        s_owner.place(),
                        "voltage_kv",
                        tr!("scene-voltage-not-power", owner = s_owner.shown()),
                    );
                }
                let failures = self.failures(&s_owner, &rs.mtbf_years, &rs.repair_hours);
                sources.push(Source {
                    id: rs.id.clone(),
                    name: rs.name.clone(),
                    capacity,
                    in_service,
                    serves,
                    location_m: rs.location_m.filter(|_| location_given).unwrap_or_default(),
                    location_given,
                    voltage_kv,
                    failures,
                });
            }
            let diversity_factor = self.share(&owner, "diversity_factor", &ru.diversity_factor);
            let connection = match &ru.connection {
                RawConnection::Refuse => Connection::Refuse,
                RawConnection::Reinforce {
                    capex_usd_per_unit,
                    lead_months,
                } => Connection::Reinforce {
                    capex_usd_per_unit: self.non_negative(
                        &owner,
                        "capex_usd_per_unit",
                        capex_usd_per_unit,
                    ),
                    lead_months: *lead_months,
                },
            };
            utilities.push(Utility {
                id: ru.id.clone(),
                name: ru.name.clone(),
                kind: ru.kind,
                tariff_usd_per_unit_hour: tariff,
                diversity_factor,
                connection,
                sources,
            });
        }

        place_unlocated_sources(&mut utilities, &p.boundary_m);
        let networks = self.networks(raw, &utility_ids, &plot_ids, &utilities, &plots);

        // Sectors and archetypes.
        self.required(&raw.sectors, "sectors", |key| {
            tr!("scene-empty-sectors", key = key)
        });
        let sector_ids = self.ids(
            || tr!("scene-kind-sector"),
            raw.sectors.iter().map(|s| s.id.as_str()),
        );
        let sectors = raw
            .sectors
            .iter()
            .map(|s| Sector {
                id: s.id.clone(),
                name: s.name.clone(),
            })
            .collect();
        self.required(&raw.archetypes, "archetypes", |key| {
            tr!("scene-empty-archetypes", key = key)
        });
        let archetype_ids = self.ids(
            || tr!("scene-kind-archetype"),
            raw.archetypes.iter().map(|a| a.id.as_str()),
        );
        let mut archetypes = Vec::new();
        for ra in &raw.archetypes {
            let owner = Owner::thing(&ra.id, |id| tr!("scene-owner-archetype", id = id));
            let sector = self.resolve(&sector_ids, "sector", &ra.sector, &owner);
            let (cmin, cmax) = (ra.construction_months.min, ra.construction_months.max);
            if cmin > cmax {
                self.sink.at_key_of(
                    owner.place(),
                    "construction_months",
                    tr!(
                        "scene-construction-range",
                        owner = owner.shown(),
                        key = "construction_months",
                        min = cmin,
                        max = cmax,
                    ),
                );
            }
            if ra.zones.is_empty() {
                self.sink.at_key_of(
                    owner.place(),
                    "zones",
                    tr!("scene-no-zone-kinds", owner = owner.shown(), key = "zones"),
                );
            }
            let mut uses = Vec::new();
            for u in &ra.uses {
                let utility = self.resolve(&utility_ids, "utility", &u.utility, &owner);
                let per_firm = self.non_negative(&owner, "per_firm", &u.per_firm);
                let per_musd_output =
                    self.non_negative(&owner, "per_musd_output", &u.per_musd_output);
                if let Some(utility) = utility {
                    uses.push(Use {
                        utility,
                        per_firm,
                        per_musd_output,
                        profile: u.profile.unwrap_or(ra.load_profile),
                    });
                }
            }
            archetypes.push(Archetype {
                id: ra.id.clone(),
                name: ra.name.clone(),
                sector: sector.unwrap_or(0),
                share_of_sector: self.non_negative(&owner, "share_of_sector", &ra.share_of_sector),
                land_ha: self.num(&owner, "land_ha", &ra.land_ha, 1e-6, f64::MAX),
                investment_usd: self.non_negative(&owner, "investment_usd", &ra.investment_usd),
                imported_equipment_share: self.share(
                    &owner,
                    "imported_equipment_share",
                    &ra.imported_equipment_share,
                ),
                jobs: self.non_negative(&owner, "jobs", &ra.jobs),
                wage_usd_per_month: self.non_negative(
                    &owner,
                    "wage_usd_per_month",
                    &ra.wage_usd_per_month,
                ),
                output_usd_per_year: self.non_negative(
                    &owner,
                    "output_usd_per_year",
                    &ra.output_usd_per_year,
                ),
                profit_margin: self.num(&owner, "profit_margin", &ra.profit_margin, -1.0, 1.0),
                construction_months: (cmin, cmax.max(cmin)),
                ramp_up_months: ra.ramp_up_months,
                incentive_sensitivity: self.non_negative(
                    &owner,
                    "incentive_sensitivity",
                    &ra.incentive_sensitivity,
                ),
                hazard: ra.hazard,
                zones: ra.zones.clone(),
                uses,
                feedstock_from: ra
                    .feedstock_from
                    .iter()
                    .filter_map(|id| self.resolve_quoted(&archetype_ids, id, &owner))
                    .collect(),
            });
        }

        // Simulation period (needed to check dates against it).
        let sim = &raw.simulation;
        let in_simulation = Owner::section("simulation");
        let start = self.month(&in_simulation, "start", &sim.start);
        if sim.months == 0 {
            self.sink.at_key(
                "months",
                0,
                tr!(
                    "scene-zero-months",
                    owner = in_simulation.shown(),
                    key = "months"
                ),
            );
        }

        // Anchors.
        let anchor_ids = self.ids(
            || tr!("scene-kind-anchor"),
            raw.anchors.iter().map(|a| a.id.as_str()),
        );
        let mut anchors = Vec::new();
        let mut anchored_plots: HashMap<usize, &str> = HashMap::new();
        for ra in &raw.anchors {
            let owner = Owner::thing(&ra.id, |id| tr!("scene-owner-anchor", id = id));
            let archetype = self.resolve(&archetype_ids, "archetype", &ra.archetype, &owner);
            let plot = self.resolve(&plot_ids, "plot", &ra.plot, &owner);
            let registered = self.month(&owner, "registered", &ra.registered);
            let operating = ra
                .operating
                .as_deref()
                .and_then(|m| self.month(&owner, "operating", m));
            if let (Some(r), Some(o)) = (registered, operating)
                && o < r
            {
                self.sink.at_field(
                    "operating",
                    ra.operating.as_deref().unwrap_or_default(),
                    0,
                    tr!(
                        "scene-dates-out-of-order",
                        owner = owner.shown(),
                        operating = o.to_string(),
                        registered = r.to_string(),
                    ),
                );
            }
            if let (Some(r), Some(s)) = (registered, start)
                && r < s
            {
                self.sink.at_field(
                    "registered",
                    &ra.registered,
                    0,
                    tr!(
                        "scene-registered-before-start",
                        owner = owner.shown(),
                        registered = r.to_string(),
                        start = s.to_string(),
                    ),
                );
            }
            if let Some(pl) = plot {
                if let Some(other) = anchored_plots.insert(pl, &ra.id) {
                    self.sink.at_field(
                        "plot",
                        &ra.plot,
                        1,
                        tr!(
                            "scene-plot-claimed-twice",
                            owner = owner.shown(),
                            other = other,
                            plot = &ra.plot,
                        ),
                    );
                }
                if let Some(a) = archetype {
                    let need = archetypes[a].land_ha;
                    let have = plots[pl].area_ha;
                    if have + 1e-9 < need {
                        self.sink.at_field(
                            "plot",
                            &ra.plot,
                            0,
                            tr!(
                                "scene-plot-too-small",
                                owner = owner.shown(),
                                need = need.to_string(),
                                plot = &ra.plot,
                                have = format!("{have:.2}"),
                            ),
                        );
                    }
                    let kind = zones.get(plots[pl].zone).map(|z| z.kind);
                    if let Some(kind) = kind
                        && !archetypes[a].zones.contains(&kind)
                    {
                        self.sink.at_field(
                            "plot",
                            &ra.plot,
                            0,
                            tr!(
                                "scene-wrong-zone-kind",
                                owner = owner.shown(),
                                archetype = &ra.archetype,
                                // As written in scene files, e.g. GreenBuffer.
                                kind = format!("{kind:?}"),
                                plot = &ra.plot,
                            ),
                        );
                    }
                }
            }
            let investment_usd = ra
                .investment_usd
                .as_ref()
                .map(|v| self.non_negative(&owner, "investment_usd", v));
            let jobs = ra
                .jobs
                .as_ref()
                .map(|v| self.non_negative(&owner, "jobs", v));
            anchors.push(Anchor {
                id: ra.id.clone(),
                name: ra.name.clone(),
                archetype: archetype.unwrap_or(0),
                plot: plot.unwrap_or(0),
                registered: registered.unwrap_or(YearMonth::new(0, 1)),
                operating,
                investment_usd,
                jobs,
            });
        }

        // Demand.
        let d = &raw.demand;
        let in_demand = Owner::section("demand");
        let mut arrivals = Vec::new();
        let mut arrival_sectors: HashMap<usize, usize> = HashMap::new();
        for ra in &d.arrivals {
            let owner = Owner::thing(&ra.sector, |id| tr!("scene-owner-arrivals", id = id));
            let sector = self.resolve(&sector_ids, "sector", &ra.sector, &owner);
            if let Some(s) = sector {
                let nth = arrival_sectors.entry(s).or_insert(0);
                *nth += 1;
                if *nth > 1 {
                    self.sink.at_field(
                        "sector",
                        &ra.sector,
                        *nth,
                        tr!("scene-arrivals-twice", sector = &ra.sector),
                    );
                }
                if ra.prospects_per_year.value > 0.0
                    && !archetypes
                        .iter()
                        .any(|a| a.sector == s && a.share_of_sector > 0.0)
                {
                    self.sink.at_field(
                        "sector",
                        &ra.sector,
                        0,
                        tr!("scene-arrivals-no-archetype", owner = owner.shown()),
                    );
                }
            }
            let from = ra
                .from
                .as_deref()
                .and_then(|m| self.month(&owner, "from", m));
            arrivals.push(Arrival {
                sector: sector.unwrap_or(0),
                prospects_per_year: self.non_negative(
                    &owner,
                    "prospects_per_year",
                    &ra.prospects_per_year,
                ),
                park_appeal: self.finite(&owner, "park_appeal", &ra.park_appeal),
                from,
            });
        }
        let demand = Demand {
            outside_option_value: self.finite(
                &in_demand,
                "outside_option_value",
                &d.outside_option_value,
            ),
            rent_sensitivity: self.non_negative(
                &in_demand,
                "rent_sensitivity",
                &d.rent_sensitivity,
            ),
            shortage_sensitivity: self.non_negative(
                &in_demand,
                "shortage_sensitivity",
                &d.shortage_sensitivity,
            ),
            horizon_years: self.num(&in_demand, "horizon_years", &d.horizon_years, 1.0, 200.0),
            discount_rate: self.num(&in_demand, "discount_rate", &d.discount_rate, 0.0, 1.0),
            max_plot_to_need_ratio: self.num(
                &in_demand,
                "max_plot_to_need_ratio",
                &d.max_plot_to_need_ratio,
                1.0,
                f64::MAX,
            ),
            site_factors: d
                .site_factors
                .as_ref()
                .map_or_else(SiteFactors::default, |f| {
                    let o = Owner::section("site_factors");
                    SiteFactors {
                        rail_km_sensitivity: self.non_negative(
                            &o,
                            "rail_km_sensitivity",
                            &f.rail_km_sensitivity,
                        ),
                        road_km_sensitivity: self.non_negative(
                            &o,
                            "road_km_sensitivity",
                            &f.road_km_sensitivity,
                        ),
                        same_sector_neighbour_value: self.finite(
                            &o,
                            "same_sector_neighbour_value",
                            &f.same_sector_neighbour_value,
                        ),
                        neighbour_radius_m: self.non_negative(
                            &o,
                            "neighbour_radius_m",
                            &f.neighbour_radius_m,
                        ),
                        hazard_neighbour_penalty: self.non_negative(
                            &o,
                            "hazard_neighbour_penalty",
                            &f.hazard_neighbour_penalty,
                        ),
                        hazard_buffer_m: self.non_negative(
                            &o,
                            "hazard_buffer_m",
                            &f.hazard_buffer_m,
                        ),
                        feedstock_supplier_value: self.finite(
                            &o,
                            "feedstock_supplier_value",
                            &f.feedstock_supplier_value,
                        ),
                    }
                }),
            negotiation_months: d
                .negotiation_months
                .as_ref()
                .map_or((0, 0), |r| (r.min, r.max.max(r.min))),
            arrivals,
        };
        let lifecycle = raw.lifecycle.as_ref().map(|l| {
            let owner = Owner::section("lifecycle");
            if l.exit_after_months < l.downsize_after_months {
                self.sink.at_key_of(
                    owner.place(),
                    "exit_after_months",
                    tr!("scene-exit-before-downsize", owner = owner.shown()),
                );
            }
            Lifecycle {
                distress_below_share: self.share(
                    &owner,
                    "distress_below_share",
                    &l.distress_below_share,
                ),
                downsize_after_months: l.downsize_after_months.max(1),
                downsize_share: self.share(&owner, "downsize_share", &l.downsize_share),
                exit_after_months: l.exit_after_months.max(1),
                expand_after_years: self.non_negative(
                    &owner,
                    "expand_after_years",
                    &l.expand_after_years,
                ),
                expand_probability_per_year: self.share(
                    &owner,
                    "expand_probability_per_year",
                    &l.expand_probability_per_year,
                ),
                expand_share: self.num(&owner, "expand_share", &l.expand_share, 0.0, 10.0),
            }
        });

        // Taxes.
        let t = &raw.taxes;
        let in_taxes = Owner::section("taxes");
        let taxes = Taxes {
            profit_tax_rate: self.share(&in_taxes, "profit_tax_rate", &t.profit_tax_rate),
            property_tax_rate: self.share(&in_taxes, "property_tax_rate", &t.property_tax_rate),
            land_tax_per_ha_year: self.non_negative(
                &in_taxes,
                "land_tax_per_ha_year",
                &t.land_tax_per_ha_year,
            ),
            import_vat_rate: self.share(&in_taxes, "import_vat_rate", &t.import_vat_rate),
            import_duty_rate: self.share(&in_taxes, "import_duty_rate", &t.import_duty_rate),
            social_insurance_rate: self.share(
                &in_taxes,
                "social_insurance_rate",
                &t.social_insurance_rate,
            ),
            personal_income_tax_rate: self.share(
                &in_taxes,
                "personal_income_tax_rate",
                &t.personal_income_tax_rate,
            ),
        };

        // Regimes.
        self.required(&raw.regimes, "regimes", |key| {
            tr!("scene-empty-regimes", key = key)
        });
        let mut regimes: Vec<Regime> = Vec::new();
        for rr in &raw.regimes {
            let shown = match (&rr.preset, rr.name.is_empty()) {
                (Some(id), true) => id.as_str(),
                _ => rr.name.as_str(),
            };
            let owner = Owner::thing(shown, |name| tr!("scene-owner-regime", name = name));
            let from = self.month(&owner, "from", &rr.from);
            let preset = rr.preset.as_deref().and_then(|id| {
                let found = super::regimes::preset(id);
                if found.is_none() {
                    let known: Vec<&str> = super::regimes::preset_ids().collect();
                    self.sink.at_field(
                        "preset",
                        id,
                        0,
                        tr!("scene-unknown-preset", id = id, known = known.join(", ")),
                    );
                }
                found
            });
            if preset.is_some() && !rr.exemptions.is_empty() {
                self.sink.at_key_of(
                    owner.place(),
                    "exemptions",
                    tr!("scene-preset-and-exemptions", owner = owner.shown()),
                );
            }
            if rr.name.is_empty() && rr.preset.is_none() {
                self.sink.at_field(
                    "from",
                    &rr.from,
                    0,
                    tr!("scene-regime-no-name", from = &rr.from),
                );
            }
            let name = match &preset {
                Some(p) if rr.name.is_empty() => p.name.clone(),
                _ => rr.name.clone(),
            };
            let raw_exemptions = preset.as_ref().map_or(&rr.exemptions, |p| &p.exemptions);
            let raw_rent_discount = match &preset {
                Some(p) if rr.rent_discount_share.value == 0.0 => &p.rent_discount_share,
                _ => &rr.rent_discount_share,
            };
            let raw_refund = rr
                .utility_refund
                .as_ref()
                .or(preset.as_ref().and_then(|p| p.utility_refund.as_ref()));
            if let (Some(f), Some(prev)) = (from, regimes.last())
                && f <= prev.from
            {
                self.sink.at_field(
                    "from",
                    &rr.from,
                    0,
                    tr!(
                        "scene-regime-order",
                        owner = owner.shown(),
                        from = f.to_string(),
                        previous = prev.from.to_string(),
                    ),
                );
            }
            let exemptions = raw_exemptions
                .iter()
                .map(|e| Exemption {
                    instrument: e.instrument,
                    share: self.share(&owner, "share", &e.share),
                    years: self.non_negative(&owner, "years", &e.years),
                })
                .collect();
            let rent_discount_share = self.share(&owner, "rent_discount_share", raw_rent_discount);
            let utility_refund = raw_refund.map(|r| {
                (
                    self.share(&owner, "share", &r.share),
                    self.non_negative(&owner, "years", &r.years),
                )
            });
            regimes.push(Regime {
                name,
                preset: rr.preset.clone().filter(|_| preset.is_some()),
                from: from.unwrap_or(YearMonth::new(0, 1)),
                exemptions,
                rent_discount_share,
                utility_refund,
            });
        }
        if let (Some(first), Some(s)) = (regimes.first(), start)
            && first.from > s
        {
            self.sink.at_field(
                "from",
                &raw.regimes[0].from,
                0,
                tr!(
                    "scene-first-regime-late",
                    from = first.from.to_string(),
                    start = s.to_string(),
                ),
            );
        }

        // Fiscal valuation and observed history.
        let fiscal = match &raw.fiscal {
            None => Fiscal::default(),
            Some(f) => {
                let owner = Owner::section("fiscal");
                let low = self.share(&owner, "redundancy_range", &f.redundancy_range.0);
                let high = self.share(&owner, "redundancy_range", &f.redundancy_range.1);
                if low > high {
                    self.sink.at_key_of(
                        owner.place(),
                        "redundancy_range",
                        tr!(
                            "scene-range-order",
                            owner = owner.shown(),
                            key = "redundancy_range"
                        ),
                    );
                }
                Fiscal {
                    discount_rate: self.num(&owner, "discount_rate", &f.discount_rate, 0.0, 1.0),
                    redundancy_share: self.share(&owner, "redundancy_share", &f.redundancy_share),
                    redundancy_range: (low, high),
                    supplier_taxes_per_usd_output: self.share(
                        &owner,
                        "supplier_taxes_per_usd_output",
                        &f.supplier_taxes_per_usd_output,
                    ),
                }
            }
        };
        let mut observed = Vec::new();
        for o in &raw.observed {
            let owner = Owner::section("observed");
            let date = self.month(&owner, "date", &o.date);
            let count = |c: &mut Self, key: &str, v: &Option<Num>| {
                v.as_ref().map(|v| c.non_negative(&owner, key, v))
            };
            let registered_firms = count(self, "registered_firms", &o.registered_firms);
            let operating_firms = count(self, "operating_firms", &o.operating_firms);
            let investment_usd = count(self, "investment_usd", &o.investment_usd);
            if let Some(date) = date {
                observed.push(Observation {
                    date,
                    registered_firms,
                    operating_firms,
                    investment_usd,
                    source: o.source.clone(),
                });
            }
        }
        observed.sort_by_key(|o| o.date);

        let operations = self.operations(
            raw,
            &operations::Known {
                utilities: &utility_ids,
                sectors: &sector_ids,
                archetypes: &archetype_ids,
                anchors: &anchor_ids,
                utility_specs: &utilities,
                archetype_specs: &archetypes,
                start,
            },
        );

        if self.sink.errors.len() > count_before {
            return None;
        }
        Some(Scenario {
            file: Default::default(),
            raw: raw.clone(),
            park: Park {
                name: p.name.clone(),
                country: p.country.clone(),
                currency: p.currency.clone(),
                usd_per_currency_unit,
                gross_area_ha,
                boundary_m: p.boundary_m.clone(),
                origin_lat_lon: p.origin_lat_lon,
                roads,
                rail,
            },
            zones,
            rent_schedules,
            plots,
            utilities,
            sectors,
            archetypes,
            anchors,
            demand,
            taxes,
            regimes,
            networks,
            curtailment_priority: operations.curtailment_priority,
            outages: operations.outages,
            outside_suppliers: operations.outside_suppliers,
            couplings: operations.couplings,
            expansions: operations.expansions,
            fiscal,
            lifecycle,
            observed,
            simulation: RunSettings {
                start: start?,
                months: sim.months,
                seed: sim.seed,
            },
        })
    }

    /// Checks the utility networks: one per utility at most, links between known ends
    /// with a capacity, and every plot the utility's sources serve reached from a source.
    fn networks(
        &mut self,
        raw: &RawScenario,
        utility_ids: &Ids,
        plot_ids: &Ids,
        utilities: &[Utility],
        plots: &[Plot],
    ) -> Vec<Network> {
        self.ids(
            || tr!("scene-kind-link"),
            raw.networks
                .iter()
                .flat_map(|n| n.links.iter().map(|l| l.id.as_str())),
        );
        let mut networks: Vec<Network> = Vec::new();
        for rn in &raw.networks {
            let owner = Owner::section("networks");
            let Some(utility) = self.resolve(utility_ids, "utility", &rn.utility, &owner) else {
                continue;
            };
            let Some(spec) = utilities.get(utility) else {
                continue;
            };
            if networks.iter().any(|n| n.utility == utility) {
                self.sink.at_field(
                    "utility",
                    &rn.utility,
                    1,
                    tr!("scene-network-twice", utility = &rn.utility),
                );
                continue;
            }
            // Ends a link may name: the utility's sources, the junctions, the plots.
            let mut ends: Vec<NodeRef> = Vec::new();
            let mut index = HashMap::new();
            for (s, source) in spec.sources.iter().enumerate() {
                index.insert(source.id.clone(), ends.len());
                ends.push(NodeRef::Source(s));
            }
            let mut junctions = Vec::new();
            for (j, rj) in rn.junctions.iter().enumerate() {
                let j_owner = Owner::thing(&rj.id, |id| tr!("scene-owner-junction", id = id));
                if index.contains_key(&rj.id) || plot_ids.index.contains_key(&rj.id) {
                    self.sink.at_field(
                        "id",
                        &rj.id,
                        0,
                        tr!("scene-junction-id-taken", id = &rj.id),
                    );
                    continue;
                }
                self.points(&j_owner, "location_m", &[rj.location_m], 1);
                let voltage_kv = rj
                    .voltage_kv
                    .as_ref()
                    .map(|v| self.num(&j_owner, "voltage_kv", v, 0.1, 1000.0));
                match (voltage_kv, spec.kind == UtilityKind::Power) {
                    (Some(_), false) => self.sink.at_key_of(
                        j_owner.place(),
                        "voltage_kv",
                        tr!("scene-voltage-not-power", owner = j_owner.shown()),
                    ),
                    (None, true) => self.sink.at_field(
                        "id",
                        &rj.id,
                        0,
                        tr!("scene-voltage-missing", owner = j_owner.shown()),
                    ),
                    _ => {}
                }
                index.insert(rj.id.clone(), ends.len());
                ends.push(NodeRef::Junction(j));
                junctions.push(Junction {
                    id: rj.id.clone(),
                    location_m: rj.location_m,
                    voltage_kv,
                });
            }
            for (id, &p) in &plot_ids.index {
                index.entry(id.clone()).or_insert_with(|| {
                    ends.push(NodeRef::Plot(p));
                    ends.len() - 1
                });
            }
            let end_ids = Ids {
                kind: || tr!("scene-kind-network-end"),
                index,
            };
            let location = |node: NodeRef| match node {
                NodeRef::Source(s) => spec.sources[s].location_m,
                NodeRef::Junction(j) => junctions[j].location_m,
                NodeRef::Plot(p) => plots[p].centroid_m,
            };
            let mut links = Vec::new();
            for rl in &rn.links {
                let l_owner = Owner::thing(&rl.id, |id| tr!("scene-owner-link", id = id));
                let capacity = self.non_negative(&l_owner, "capacity", &rl.capacity);
                let from = self.resolve(&end_ids, "from", &rl.from, &l_owner);
                let to = self.resolve(&end_ids, "to", &rl.to, &l_owner);
                let (Some(from), Some(to)) = (from.map(|i| ends[i]), to.map(|i| ends[i])) else {
                    continue;
                };
                if from == to {
                    self.sink
                        .at_quoted(&rl.id, tr!("scene-link-loop", id = &rl.id));
                    continue;
                }
                let voltage = |node: NodeRef| match node {
                    NodeRef::Source(s) => spec.sources[s].voltage_kv,
                    NodeRef::Junction(j) => junctions[j].voltage_kv,
                    NodeRef::Plot(_) => None,
                };
                let power = spec.kind == UtilityKind::Power;
                let message = match (voltage(from), voltage(to)) {
                    _ if rl.transformer && !power => {
                        Some(tr!("scene-transformer-not-power", id = &rl.id))
                    }
                    (Some(a), Some(b)) if power && !rl.transformer && a != b => Some(tr!(
                        "scene-link-voltage-mismatch",
                        id = &rl.id,
                        from = a.to_string(),
                        to = b.to_string()
                    )),
                    (Some(a), Some(b)) if rl.transformer && a == b => {
                        Some(tr!("scene-transformer-one-level", id = &rl.id))
                    }
                    (None, _) | (_, None) if rl.transformer => {
                        Some(tr!("scene-transformer-one-level", id = &rl.id))
                    }
                    (None, _) if power && matches!(from, NodeRef::Source(_)) => Some(tr!(
                        "scene-voltage-missing",
                        owner = tr!("scene-owner-source", id = &rl.from)
                    )),
                    (_, None) if power && matches!(to, NodeRef::Source(_)) => Some(tr!(
                        "scene-voltage-missing",
                        owner = tr!("scene-owner-source", id = &rl.to)
                    )),
                    _ => None,
                };
                if let Some(message) = message {
                    self.sink.at_quoted(&rl.id, message);
                }
                let failures = self.failures(&l_owner, &rl.mtbf_years, &rl.repair_hours);
                let ((x0, y0), (x1, y1)) = (location(from), location(to));
                links.push(Link {
                    id: rl.id.clone(),
                    from,
                    to,
                    capacity,
                    length_m: ((x1 - x0).powi(2) + (y1 - y0).powi(2)).sqrt(),
                    transformer: rl.transformer,
                    failures,
                });
            }
            let network = Network {
                utility,
                junctions,
                links,
            };
            // Every plot a source of the utility serves must be reached from a source.
            let reached = reachable_plots(&network, spec.sources.len(), plots.len());
            let unreached: Vec<&str> = plots
                .iter()
                .enumerate()
                .filter(|(j, p)| !reached[*j] && spec.sources.iter().any(|s| s.serves_plot(*j, p)))
                .map(|(_, p)| p.id.as_str())
                .collect();
            if !unreached.is_empty() {
                let shown: Vec<String> = unreached
                    .iter()
                    .take(5)
                    .map(|id| format!("\"{id}\""))
                    .collect();
                self.sink.at_field(
                    "utility",
                    &rn.utility,
                    0,
                    tr!(
                        "scene-network-unreached",
                        utility = &rn.utility,
                        count = unreached.len(),
                        plots = shown.join(", ")
                    ),
                );
            }
            networks.push(network);
        }
        networks
    }

    /// Random failures of an asset: both figures, or neither.
    fn failures(
        &mut self,
        owner: &Owner,
        mtbf_years: &Option<Num>,
        repair_hours: &Option<Num>,
    ) -> Option<Failures> {
        match (mtbf_years, repair_hours) {
            (None, None) => None,
            (Some(mtbf), Some(repair)) => Some(Failures {
                mtbf_years: self.num(owner, "mtbf_years", mtbf, 0.01, f64::MAX),
                repair_hours: self.num(owner, "repair_hours", repair, 0.0, 8760.0),
            }),
            (Some(_), None) | (None, Some(_)) => {
                let key = if mtbf_years.is_some() {
                    "mtbf_years"
                } else {
                    "repair_hours"
                };
                self.sink.at_key_of(
                    owner.place(),
                    key,
                    tr!("scene-failures-pair", owner = owner.shown()),
                );
                None
            }
        }
    }

    fn resolve_in_list(&mut self, ids: &Ids, id: &str, owner: &Owner) -> Option<usize> {
        self.resolve_at_quoted(ids, id, || {
            tr!(
                "scene-serves-not-defined",
                owner = owner.shown(),
                kind = (ids.kind)(),
                id = id,
            )
        })
    }

    /// Resolves an id written as a bare quoted value, e.g. `Firm("id")`.
    fn resolve_quoted(&mut self, ids: &Ids, id: &str, owner: &Owner) -> Option<usize> {
        self.resolve_at_quoted(ids, id, || {
            tr!(
                "scene-not-defined",
                owner = owner.shown(),
                kind = (ids.kind)(),
                id = id,
                hint = did_you_mean(ids.index.keys().map(String::as_str), id),
            )
        })
    }

    /// Looks an id up; if absent, reports `message` at the quoted id.
    fn resolve_at_quoted(
        &mut self,
        ids: &Ids,
        id: &str,
        message: impl FnOnce() -> String,
    ) -> Option<usize> {
        let found = ids.index.get(id).copied();
        if found.is_none() {
            self.sink.at_quoted(id, message());
        }
        found
    }
}

/// " (did you mean "x"?)" for the known id nearest to `id` (at most 3 edits away), or
/// nothing.
fn did_you_mean<'k>(known: impl Iterator<Item = &'k str>, id: &str) -> String {
    let mut known: Vec<&str> = known.collect();
    known.sort_unstable();
    known
        .iter()
        .map(|k| (strsim::levenshtein(k, id), *k))
        .min()
        .filter(|(d, _)| *d <= 3)
        .map(|(_, k)| tr!("scene-did-you-mean-id", id = k))
        .unwrap_or_default()
}

/// Puts the sources whose scene gives no location in a column beside the park's west
/// edge, in file order, so that every source can be drawn and selected on the map.
fn place_unlocated_sources(utilities: &mut [Utility], boundary_m: &[PointM]) {
    if boundary_m.is_empty() {
        return;
    }
    let (x0, y0, x1, y1) = geometry::bounds(boundary_m);
    let margin = 0.05 * (x1 - x0).max(y1 - y0).max(1.0);
    let unlocated = utilities
        .iter()
        .flat_map(|u| &u.sources)
        .filter(|s| !s.location_given)
        .count();
    let mut k = 0;
    for source in utilities.iter_mut().flat_map(|u| &mut u.sources) {
        if source.location_given {
            continue;
        }
        let share = (k as f64 + 0.5) / unlocated as f64;
        source.location_m = (x0 - margin, y1 - share * (y1 - y0));
        k += 1;
    }
}

/// Which plots a network links to one of its sources (whatever their dates of service).
pub fn reachable_plots(network: &Network, sources: usize, plots: usize) -> Vec<bool> {
    let junctions = network.junctions.len();
    let node = |n: NodeRef| match n {
        NodeRef::Source(s) => s,
        NodeRef::Junction(j) => sources + j,
        NodeRef::Plot(p) => sources + junctions + p,
    };
    let mut graph = petgraph::graph::UnGraph::<(), ()>::new_undirected();
    for _ in 0..sources + junctions + plots {
        graph.add_node(());
    }
    for link in &network.links {
        graph.add_edge(
            petgraph::graph::NodeIndex::new(node(link.from)),
            petgraph::graph::NodeIndex::new(node(link.to)),
            (),
        );
    }
    let mut seen = vec![false; graph.node_count()];
    let mut stack: Vec<petgraph::graph::NodeIndex> =
        (0..sources).map(petgraph::graph::NodeIndex::new).collect();
    while let Some(n) = stack.pop() {
        if std::mem::replace(&mut seen[n.index()], true) {
            continue;
        }
        stack.extend(graph.neighbors(n).filter(|m| !seen[m.index()]));
    }
    seen[sources + junctions..].to_vec()
}
