//! Turns a [`RawScenario`] into a [`Scenario`], collecting every problem with its place.
//!
//! This file holds the checker's common tools (ids, references, months, outlines); each
//! part of the scene is checked in its own file: `park` (outline, zones, rents, plots),
//! `utilities`, `networks`, `firms` (sectors, archetypes, named residents), `demand`
//! (arrivals, site factors, life cycle), `fiscal` (taxes, regimes, valuation, observed
//! history) and `operations`. `ranges` gives every number its accepted range.

use std::collections::HashMap;
use std::path::Path;

use super::error::{ErrorSink, Place};
use super::geometry;
use super::*;
use crate::tr;

mod demand;
mod firms;
mod fiscal;
mod networks;
mod operations;
mod park;
mod ranges;
mod read;
mod utilities;

pub(crate) use read::read;

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

pub(crate) fn describe_parse_error(code: &ron::Error, empty: bool) -> String {
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
    /// Per thing, in file order: how many of the same list were written with its id
    /// before it (0 unless ids repeat), to find its own record.
    nth: Vec<usize>,
}

/// The thing a message is about: where it is written in the file, and how the user reads
/// its name (`plot "P01"`), looked up only when there is something to say about it.
#[derive(Clone, Copy)]
struct Owner<'r> {
    place: Place<'r>,
    shown: Shown<'r>,
}

#[derive(Clone, Copy)]
enum Shown<'r> {
    /// Named from its id by a message, e.g. `plot "P01"`.
    Named(&'r str, fn(&str) -> String),
    /// Named by a word of the file, e.g. a section's field name.
    Word(&'r str),
}

impl<'r> Owner<'r> {
    /// The `nth` thing of the lists `list` with the id `id`, named by `name`.
    fn thing(list: &'r str, id: &'r str, nth: usize, name: fn(&str) -> String) -> Self {
        Owner::keyed(list, "id", id, nth, name)
    }

    /// A thing of the lists `list` found by the value of its field `key`.
    fn keyed(
        list: &'r str,
        key: &'r str,
        value: &'r str,
        nth: usize,
        name: fn(&str) -> String,
    ) -> Self {
        Owner {
            place: Place::Record {
                list,
                key,
                value,
                nth,
            },
            shown: Shown::Named(value, name),
        }
    }

    /// A section of the scene, named by its field name as written in the file.
    fn section(field: &'r str) -> Self {
        Owner {
            place: Place::Section(field),
            shown: Shown::Word(field),
        }
    }

    fn shown(&self) -> String {
        match self.shown {
            Shown::Named(id, name) => name(id),
            Shown::Word(word) => word.to_owned(),
        }
    }
}

impl Checker<'_, '_> {
    /// Indexes the ids of the things written in the lists named `list`, reporting empty
    /// and repeated ones.
    fn ids<'s>(
        &mut self,
        list: &str,
        kind: fn() -> String,
        ids: impl Iterator<Item = &'s str>,
    ) -> Ids {
        let mut index = HashMap::new();
        let mut seen: HashMap<&str, usize> = HashMap::new();
        let mut nths = Vec::new();
        for (i, id) in ids.enumerate() {
            let count = seen.entry(id).or_insert(0);
            let nth = *count;
            *count += 1;
            nths.push(nth);
            let place = Place::Record {
                list,
                key: "id",
                value: id,
                nth,
            };
            if id.trim().is_empty() {
                self.sink
                    .at_place(place, tr!("scene-empty-id", kind = kind()));
            } else if index.contains_key(id) {
                self.sink
                    .at_place(place, tr!("scene-duplicate-id", kind = kind(), id = id));
            } else {
                index.insert(id.to_owned(), i);
            }
        }
        Ids {
            kind,
            index,
            nth: nths,
        }
    }

    /// Resolves a reference written as `key: "id"` by `owner`.
    fn resolve(&mut self, ids: &Ids, key: &str, id: &str, owner: &Owner) -> Option<usize> {
        let found = ids.index.get(id).copied();
        if found.is_none() {
            let nearest = did_you_mean(ids.index.keys().map(String::as_str), id);
            self.sink.at_reference(
                owner.place,
                key,
                id,
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

    fn month(&mut self, owner: &Owner, key: &str, text: &str) -> Option<YearMonth> {
        let parsed = YearMonth::parse(text);
        if parsed.is_none() {
            self.sink.at_reference(
                owner.place,
                key,
                text,
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

    /// Checks a list of points: at least `min`, each a finite number of metres within
    /// [`ranges::COORDINATE_M`] of the park's origin.
    fn points(&mut self, owner: &Owner, key: &str, points: &[PointM], min: usize) -> bool {
        if points.len() < min {
            self.sink.at_key_of(
                owner.place,
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
                owner.place,
                key,
                tr!(
                    "scene-coordinate-not-finite",
                    owner = owner.shown(),
                    key = key
                ),
            );
            return false;
        }
        let far = ranges::COORDINATE_M;
        if points.iter().any(|(x, y)| x.abs() > far || y.abs() > far) {
            self.sink.at_key_of(
                owner.place,
                key,
                tr!(
                    "scene-coordinate-too-far",
                    owner = owner.shown(),
                    key = key,
                    max = ranges::shown_bound(far),
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
                owner.place,
                key,
                tr!("scene-no-area", owner = owner.shown(), key = key),
            );
            return false;
        }
        if !geometry::is_simple(points) {
            self.sink.at_key_of(
                owner.place,
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

        let site = self.site();
        let (mut utilities, utility_ids) = self.utilities(&site);
        let networks = self.networks(&utility_ids, &site, &utilities);
        let kinds = self.archetypes(&utility_ids);

        // Simulation period (needed to check dates against it).
        let sim = &raw.simulation;
        let in_simulation = Owner::section("simulation");
        let start = self.month(&in_simulation, "start", &sim.start);
        let months = if sim.months == 0 {
            self.sink.at_key_of(
                in_simulation.place,
                "months",
                tr!(
                    "scene-zero-months",
                    owner = in_simulation.shown(),
                    key = "months"
                ),
            );
            1
        } else {
            self.months(&in_simulation, "months", sim.months, 1)
        };

        let (anchors, anchor_ids) = self.anchors(&site, &kinds, start);
        self.built_by(&mut utilities, &anchor_ids);
        let demand = self.demand(&kinds);
        let lifecycle = self.lifecycle();
        let fiscal = self.fiscal(start);
        let operations = self.operations(
            raw,
            &operations::Known {
                utilities: &utility_ids,
                sectors: &kinds.sector_ids,
                archetypes: &kinds.archetype_ids,
                anchors: &anchor_ids,
                utility_specs: &utilities,
                archetype_specs: &kinds.archetypes,
                start,
            },
        );

        if self.sink.errors.len() > count_before {
            return None;
        }
        Some(Scenario {
            file: Default::default(),
            raw: raw.clone(),
            park: site.park,
            zones: site.zones,
            rent_schedules: site.rent_schedules,
            plots: site.plots,
            utilities,
            sectors: kinds.sectors,
            archetypes: kinds.archetypes,
            anchors,
            demand,
            taxes: fiscal.taxes,
            regimes: fiscal.regimes,
            networks,
            curtailment_priority: operations.curtailment_priority,
            outages: operations.outages,
            outside_suppliers: operations.outside_suppliers,
            couplings: operations.couplings,
            expansions: operations.expansions,
            fiscal: fiscal.valuation,
            lifecycle,
            observed: fiscal.observed,
            simulation: RunSettings {
                start: start?,
                months,
                seed: sim.seed,
            },
        })
    }

    /// Looks up an id written in a list such as `Zones(["a", "b"])`; if absent, reports
    /// that `owner` serves something not defined.
    fn resolve_in_list(&mut self, ids: &Ids, id: &str, owner: &Owner) -> Option<usize> {
        self.resolve_at_quoted(ids, id, owner, || {
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
        self.resolve_at_quoted(ids, id, owner, || {
            tr!(
                "scene-not-defined",
                owner = owner.shown(),
                kind = (ids.kind)(),
                id = id,
                hint = did_you_mean(ids.index.keys().map(String::as_str), id),
            )
        })
    }

    /// Looks an id up; if absent, reports `message` at the quoted id in `owner`.
    fn resolve_at_quoted(
        &mut self,
        ids: &Ids,
        id: &str,
        owner: &Owner,
        message: impl FnOnce() -> String,
    ) -> Option<usize> {
        let found = ids.index.get(id).copied();
        if found.is_none() {
            self.sink.at_quoted(owner.place, id, message());
        }
        found
    }
}

/// " (did you mean "x"?)" for the known id nearest to `id` (at most 3 edits away), or
/// nothing.
pub(crate) fn did_you_mean<'k>(known: impl Iterator<Item = &'k str>, id: &str) -> String {
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
