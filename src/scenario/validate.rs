//! Turns a [`RawScenario`] into a [`Scenario`], collecting every problem with its place.

use std::collections::HashMap;
use std::path::Path;

use super::error::ErrorSink;
use super::geometry::{self, M2_PER_HA};
use super::raw::*;
use super::*;

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
                sink.at(None, "the scene is inconsistent");
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
        return "the file is empty; expected a scene: (park: (...), plots: [...], ...)".to_owned();
    }
    match code {
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => {
            let place = outer
                .as_deref()
                .map(|o| format!(" in {}", readable(o)))
                .unwrap_or_default();
            let nearest = expected
                .iter()
                .map(|e| (strsim::levenshtein(e, found), *e))
                .min();
            let hint = match nearest {
                Some((d, e)) if d <= 3 || e.starts_with(found.as_str()) => {
                    format!("; did you mean `{e}`?")
                }
                _ => String::new(),
            };
            format!(
                "unknown field `{found}`{place}{hint} (expected one of: {})",
                expected.join(", ")
            )
        }
        E::MissingStructField { field, outer } => {
            let place = outer
                .as_deref()
                .map(|o| format!(" in {}", readable(o)))
                .unwrap_or_default();
            format!("missing field `{field}`{place}")
        }
        E::Eof => "the file ends too early (truncated?); expected more of the scene".to_owned(),
        E::ExpectedComma => {
            "expected a comma `,` between two items (is one missing at the end of the previous line?)".to_owned()
        }
        E::ExpectedInteger => "expected a whole number here".to_owned(),
        E::ExpectedFloat => "expected a number here".to_owned(),
        E::ExpectedString | E::ExpectedStringEnd => {
            "expected text in double quotes here, e.g. \"P01\"".to_owned()
        }
        E::ExpectedBoolean => "expected `true` or `false` here".to_owned(),
        E::ExpectedArray => "expected a list in square brackets `[ ... ]` here".to_owned(),
        E::ExpectedArrayEnd => "expected `]` closing the list, or a comma before the next item".to_owned(),
        E::ExpectedStructLike => "expected a record in parentheses `( ... )` here".to_owned(),
        E::ExpectedStructLikeEnd => {
            "expected `)` closing the record, or a comma before the next field".to_owned()
        }
        other => other.to_string(),
    }
}

struct Checker<'a, 'b> {
    sink: &'a mut ErrorSink<'b>,
    raw: &'a RawScenario,
}

/// Ids of one kind of thing, with their positions.
struct Ids {
    kind: &'static str,
    index: HashMap<String, usize>,
}

impl Checker<'_, '_> {
    fn ids<'s>(&mut self, kind: &'static str, ids: impl Iterator<Item = &'s str>) -> Ids {
        let mut index = HashMap::new();
        let mut seen: HashMap<String, usize> = HashMap::new();
        for (i, id) in ids.enumerate() {
            let nth = *seen.get(id).unwrap_or(&0);
            seen.insert(id.to_owned(), nth + 1);
            if id.trim().is_empty() {
                self.sink
                    .at_field("id", id, nth, format!("a {kind} has an empty id"));
            } else if index.contains_key(id) {
                self.sink.at_field(
                    "id",
                    id,
                    nth,
                    format!("duplicate {kind} id \"{id}\"; each {kind} needs its own id"),
                );
            } else {
                index.insert(id.to_owned(), i);
            }
        }
        Ids { kind, index }
    }

    /// Resolves a reference written as `key: "id"`.
    fn resolve(&mut self, ids: &Ids, key: &str, id: &str, owner: &str) -> Option<usize> {
        let found = ids.index.get(id).copied();
        if found.is_none() {
            let mut known: Vec<&str> = ids.index.keys().map(String::as_str).collect();
            known.sort_unstable();
            let nearest = known
                .iter()
                .map(|k| (strsim::levenshtein(k, id), *k))
                .min()
                .filter(|(d, _)| *d <= 3)
                .map(|(_, k)| format!("; did you mean \"{k}\"?"))
                .unwrap_or_default();
            self.sink.at_field(
                key,
                id,
                0,
                format!(
                    "{owner} refers to {} \"{id}\", which is not defined{nearest}",
                    ids.kind
                ),
            );
        }
        found
    }

    /// Checks a number: finite and within `[min, max]`.
    fn num(&mut self, owner: &str, key: &str, value: &Num, min: f64, max: f64) -> f64 {
        let v = value.value;
        let problem = if v.is_nan() {
            Some("is not a number (NaN)".to_owned())
        } else if v.is_infinite() {
            Some("is infinite".to_owned())
        } else if v < min || v > max {
            Some(match (min, max) {
                (0.0, f64::INFINITY) => format!("is {v}; it cannot be negative"),
                (m, f64::INFINITY) => format!("is {v}; expected at least {m}"),
                (m, n) => format!("is {v}; expected a value from {m} to {n}"),
            })
        } else {
            None
        };
        if let Some(problem) = problem {
            self.sink
                .at_key_of(owner, key, format!("{owner}: `{key}` {problem}"));
        }
        v
    }

    fn non_negative(&mut self, owner: &str, key: &str, value: &Num) -> f64 {
        self.num(owner, key, value, 0.0, f64::INFINITY)
    }

    fn share(&mut self, owner: &str, key: &str, value: &Num) -> f64 {
        self.num(owner, key, value, 0.0, 1.0)
    }

    fn finite(&mut self, owner: &str, key: &str, value: &Num) -> f64 {
        self.num(owner, key, value, f64::MIN, f64::MAX)
    }

    fn month(&mut self, owner: &str, key: &str, text: &str) -> Option<YearMonth> {
        let parsed = YearMonth::parse(text);
        if parsed.is_none() {
            self.sink.at_field(
                key,
                text,
                0,
                format!("{owner}: `{key}` is \"{text}\"; expected a month written \"YYYY-MM\", e.g. \"2013-10\""),
            );
        }
        parsed
    }

    fn required<T>(&mut self, list: &[T], key: &str, what: &str) {
        if list.is_empty() {
            self.sink.at_key(
                key,
                0,
                format!("`{key}` is empty; the scene needs at least one {what}"),
            );
        }
    }

    fn points(&mut self, owner: &str, key: &str, points: &[PointM], min: usize) -> bool {
        if points.len() < min {
            self.sink.at_key_of(
                owner,
                key,
                format!(
                    "{owner}: `{key}` has {} points; expected at least {min}",
                    points.len()
                ),
            );
            return false;
        }
        if points.iter().any(|(x, y)| !x.is_finite() || !y.is_finite()) {
            self.sink.at_key_of(
                owner,
                key,
                format!("{owner}: `{key}` has a coordinate that is not a finite number of metres"),
            );
            return false;
        }
        true
    }

    fn polygon(&mut self, owner: &str, key: &str, points: &[PointM]) -> bool {
        if !self.points(owner, key, points, 3) {
            return false;
        }
        if geometry::area_m2(points) <= 0.0 {
            self.sink
                .at_key_of(owner, key, format!("{owner}: `{key}` encloses no area"));
            return false;
        }
        if !geometry::is_simple(points) {
            self.sink.at_key_of(
                owner,
                key,
                format!("{owner}: `{key}` crosses itself; expected a simple outline"),
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
        let usd_per_currency_unit = self.num(
            "park",
            "usd_per_currency_unit",
            &p.usd_per_currency_unit,
            1e-9,
            f64::MAX,
        );
        let gross_area_ha = self.non_negative("park", "gross_area_ha", &p.gross_area_ha);
        let boundary_ok = self.polygon("park", "boundary_m", &p.boundary_m);
        if boundary_ok && gross_area_ha.is_finite() && gross_area_ha > 0.0 {
            let drawn_ha = geometry::area_m2(&p.boundary_m) / M2_PER_HA;
            if (drawn_ha - gross_area_ha).abs() > GROSS_AREA_TOLERANCE * gross_area_ha {
                self.sink.at_key(
                    "gross_area_ha",
                    0,
                    format!(
                        "park: `gross_area_ha` says {gross_area_ha} ha but the boundary encloses {drawn_ha:.2} ha; they should agree within 5 %"
                    ),
                );
            }
        }
        let lines = |checker: &mut Self, list: &[RawLine], what: &str| -> Vec<Line> {
            list.iter()
                .map(|l| {
                    checker.points(&format!("{what} \"{}\"", l.id), "points_m", &l.points_m, 2);
                    Line {
                        id: l.id.clone(),
                        name: l.name.clone(),
                        points_m: l.points_m.clone(),
                    }
                })
                .collect()
        };
        let roads = lines(self, &p.roads, "road");
        let rail = lines(self, &p.rail, "rail line");

        // Zones.
        self.required(&p.zones, "zones", "zone");
        let zone_ids = self.ids("zone", p.zones.iter().map(|z| z.id.as_str()));
        let zones: Vec<Zone> = p
            .zones
            .iter()
            .map(|z| {
                let owner = format!("zone \"{}\"", z.id);
                if self.polygon(&owner, "polygon_m", &z.polygon_m)
                    && boundary_ok
                    && !geometry::contains(&p.boundary_m, &z.polygon_m)
                {
                    self.sink.at_field(
                        "id",
                        &z.id,
                        0,
                        format!("{owner} reaches outside the park boundary"),
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
        self.required(&raw.rent_schedules, "rent_schedules", "rent schedule");
        let rent_ids = self.ids(
            "rent schedule",
            raw.rent_schedules.iter().map(|r| r.id.as_str()),
        );
        let rent_schedules: Vec<RentSchedule> = raw
            .rent_schedules
            .iter()
            .map(|r| {
                let owner = format!("rent schedule \"{}\"", r.id);
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
        self.required(&raw.plots, "plots", "plot");
        let plot_ids = self.ids("plot", raw.plots.iter().map(|p| p.id.as_str()));
        let mut plots = Vec::with_capacity(raw.plots.len());
        let mut shapes_ok = Vec::with_capacity(raw.plots.len());
        for rp in &raw.plots {
            let owner = format!("plot \"{}\"", rp.id);
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
                            format!("{owner}: a Rect needs finite x_m and y_m and a positive width_m and height_m (metres)"),
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
                    format!("{owner} lies (partly) outside the park boundary"),
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
                    format!("{owner} is not inside its zone \"{}\"", rp.zone),
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
                    format!(
                        "plot \"{}\" overlaps plot \"{}\"; plots must not share land",
                        plots[j].id, plots[i].id
                    ),
                );
            }
        }

        // Utilities.
        let utility_ids = self.ids("utility", raw.utilities.iter().map(|u| u.id.as_str()));
        self.ids(
            "utility source",
            raw.utilities
                .iter()
                .flat_map(|u| u.sources.iter().map(|s| s.id.as_str())),
        );
        let mut utilities = Vec::new();
        for ru in &raw.utilities {
            let owner = format!("utility \"{}\"", ru.id);
            if ru.sources.is_empty() {
                self.sink.at_field(
                    "id",
                    &ru.id,
                    0,
                    format!("{owner} has no sources; expected at least one"),
                );
            }
            let tariff = self.non_negative(
                &owner,
                "tariff_usd_per_unit_hour",
                &ru.tariff_usd_per_unit_hour,
            );
            let mut sources = Vec::new();
            for rs in &ru.sources {
                let s_owner = format!("source \"{}\"", rs.id);
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
                sources.push(Source {
                    id: rs.id.clone(),
                    name: rs.name.clone(),
                    capacity,
                    in_service,
                    serves,
                    location_m: rs.location_m.filter(|_| location_given).unwrap_or_default(),
                    location_given,
                });
            }
            utilities.push(Utility {
                id: ru.id.clone(),
                name: ru.name.clone(),
                kind: ru.kind,
                tariff_usd_per_unit_hour: tariff,
                sources,
            });
        }

        place_unlocated_sources(&mut utilities, &p.boundary_m);

        // Sectors and archetypes.
        self.required(&raw.sectors, "sectors", "sector");
        let sector_ids = self.ids("sector", raw.sectors.iter().map(|s| s.id.as_str()));
        let sectors = raw
            .sectors
            .iter()
            .map(|s| Sector {
                id: s.id.clone(),
                name: s.name.clone(),
            })
            .collect();
        self.required(&raw.archetypes, "archetypes", "firm archetype");
        let archetype_ids = self.ids("archetype", raw.archetypes.iter().map(|a| a.id.as_str()));
        let mut archetypes = Vec::new();
        for ra in &raw.archetypes {
            let owner = format!("archetype \"{}\"", ra.id);
            let sector = self.resolve(&sector_ids, "sector", &ra.sector, &owner);
            let (cmin, cmax) = (ra.construction_months.min, ra.construction_months.max);
            if cmin > cmax {
                self.sink.at_key_of(
                    &owner,
                    "construction_months",
                    format!("{owner}: `construction_months` has min {cmin} above max {cmax}"),
                );
            }
            if ra.zones.is_empty() {
                self.sink.at_key_of(
                    &owner,
                    "zones",
                    format!("{owner}: `zones` is empty; expected the zone kinds where it may locate, e.g. [Industrial]"),
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
            });
        }

        // Simulation period (needed to check dates against it).
        let sim = &raw.simulation;
        let start = self.month("simulation", "start", &sim.start);
        if sim.months == 0 {
            self.sink.at_key(
                "months",
                0,
                "simulation: `months` is 0; expected at least 1 month",
            );
        }

        // Anchors.
        self.ids("anchor", raw.anchors.iter().map(|a| a.id.as_str()));
        let mut anchors = Vec::new();
        let mut anchored_plots: HashMap<usize, &str> = HashMap::new();
        for ra in &raw.anchors {
            let owner = format!("anchor \"{}\"", ra.id);
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
                    format!(
                        "{owner}: operating {o} is before registration {r}; dates are out of order"
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
                    format!("{owner}: registered {r} is before the simulation starts ({s})"),
                );
            }
            if let Some(pl) = plot {
                if let Some(other) = anchored_plots.insert(pl, &ra.id) {
                    self.sink.at_field(
                        "plot",
                        &ra.plot,
                        1,
                        format!("{owner} and anchor \"{other}\" both claim plot \"{}\"; a plot holds one firm", ra.plot),
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
                            format!(
                                "{owner} needs {need} ha but plot \"{}\" has {have:.2} ha",
                                ra.plot
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
                            format!("{owner}: archetype \"{}\" may not locate in a {kind:?} zone (plot \"{}\")", ra.archetype, ra.plot),
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
        let mut arrivals = Vec::new();
        let mut arrival_sectors: HashMap<usize, usize> = HashMap::new();
        for ra in &d.arrivals {
            let owner = format!("arrivals of sector \"{}\"", ra.sector);
            let sector = self.resolve(&sector_ids, "sector", &ra.sector, &owner);
            if let Some(s) = sector {
                let nth = arrival_sectors.entry(s).or_insert(0);
                *nth += 1;
                if *nth > 1 {
                    self.sink.at_field(
                        "sector",
                        &ra.sector,
                        *nth,
                        format!("sector \"{}\" has more than one arrivals entry", ra.sector),
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
                        format!("{owner}: prospects arrive but the sector has no archetype with a share above 0"),
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
                "demand",
                "outside_option_value",
                &d.outside_option_value,
            ),
            rent_sensitivity: self.non_negative("demand", "rent_sensitivity", &d.rent_sensitivity),
            shortage_sensitivity: self.non_negative(
                "demand",
                "shortage_sensitivity",
                &d.shortage_sensitivity,
            ),
            horizon_years: self.num("demand", "horizon_years", &d.horizon_years, 1.0, 200.0),
            discount_rate: self.num("demand", "discount_rate", &d.discount_rate, 0.0, 1.0),
            max_plot_to_need_ratio: self.num(
                "demand",
                "max_plot_to_need_ratio",
                &d.max_plot_to_need_ratio,
                1.0,
                f64::MAX,
            ),
            arrivals,
        };

        // Taxes.
        let t = &raw.taxes;
        let taxes = Taxes {
            profit_tax_rate: self.share("taxes", "profit_tax_rate", &t.profit_tax_rate),
            property_tax_rate: self.share("taxes", "property_tax_rate", &t.property_tax_rate),
            land_tax_per_ha_year: self.non_negative(
                "taxes",
                "land_tax_per_ha_year",
                &t.land_tax_per_ha_year,
            ),
            import_vat_rate: self.share("taxes", "import_vat_rate", &t.import_vat_rate),
            import_duty_rate: self.share("taxes", "import_duty_rate", &t.import_duty_rate),
            social_insurance_rate: self.share(
                "taxes",
                "social_insurance_rate",
                &t.social_insurance_rate,
            ),
            personal_income_tax_rate: self.share(
                "taxes",
                "personal_income_tax_rate",
                &t.personal_income_tax_rate,
            ),
        };

        // Regimes.
        self.required(
            &raw.regimes,
            "regimes",
            "incentive regime (it may exempt nothing)",
        );
        let mut regimes: Vec<Regime> = Vec::new();
        for rr in &raw.regimes {
            let owner = format!("regime \"{}\"", rr.name);
            let from = self.month(&owner, "from", &rr.from);
            if let (Some(f), Some(prev)) = (from, regimes.last())
                && f <= prev.from
            {
                self.sink.at_field(
                    "from",
                    &rr.from,
                    0,
                    format!("{owner} starts {f}, not after the previous regime ({}); regimes must be in date order", prev.from),
                );
            }
            let exemptions = rr
                .exemptions
                .iter()
                .map(|e| Exemption {
                    instrument: e.instrument,
                    share: self.share(&owner, "share", &e.share),
                    years: self.non_negative(&owner, "years", &e.years),
                })
                .collect();
            let rent_discount_share =
                self.share(&owner, "rent_discount_share", &rr.rent_discount_share);
            let utility_refund = rr.utility_refund.as_ref().map(|r| {
                (
                    self.share(&owner, "share", &r.share),
                    self.non_negative(&owner, "years", &r.years),
                )
            });
            regimes.push(Regime {
                name: rr.name.clone(),
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
                format!("the first regime starts {} but the simulation starts {s}; a regime must be in force from the start (it may exempt nothing)", first.from),
            );
        }

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
            simulation: Simulation {
                start: start?,
                months: sim.months,
                seed: sim.seed,
            },
        })
    }

    fn resolve_in_list(&mut self, ids: &Ids, id: &str, owner: &str) -> Option<usize> {
        let found = ids.index.get(id).copied();
        if found.is_none() {
            self.sink.at_quoted(
                id,
                format!("{owner} serves {} \"{id}\", which is not defined", ids.kind),
            );
        }
        found
    }
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
