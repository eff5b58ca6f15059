//! Checks the utilities and their sources: tariffs, capacities, what each source serves,
//! where it stands, its voltage and its random failures.

use std::collections::HashMap;

use super::super::geometry;
use super::super::raw::*;
use super::super::*;
use super::park::Site;
use super::ranges;
use super::{Checker, Ids, Owner};
use crate::tr;

impl Checker<'_, '_> {
    pub(super) fn utilities(&mut self, site: &Site) -> (Vec<Utility>, Ids) {
        let raw = self.raw;
        let utility_ids = self.ids(
            "utilities",
            || tr!("scene-kind-utility"),
            raw.utilities.iter().map(|u| u.id.as_str()),
        );
        let source_ids = self.ids(
            "sources",
            || tr!("scene-kind-source"),
            raw.utilities
                .iter()
                .flat_map(|u| u.sources.iter().map(|s| s.id.as_str())),
        );
        let mut source_nth = source_ids.nth.iter().copied();
        let mut utilities = Vec::new();
        for (ru, &nth) in raw.utilities.iter().zip(&utility_ids.nth) {
            let owner = Owner::thing("utilities", &ru.id, nth, |id| {
                tr!("scene-owner-utility", id = id)
            });
            if ru.sources.is_empty() {
                self.sink
                    .at_place(owner.place, tr!("scene-no-sources", owner = owner.shown()));
            }
            let tariff = self.num(
                &owner,
                "tariff_usd_per_unit_hour",
                &ru.tariff_usd_per_unit_hour,
                ranges::TARIFF_USD_PER_UNIT_HOUR,
            );
            let mut sources = Vec::new();
            for rs in &ru.sources {
                let nth = source_nth.next().unwrap_or(0);
                sources.push(self.source(ru, rs, nth, site));
            }
            let diversity_factor = self.share(&owner, "diversity_factor", &ru.diversity_factor);
            let connection = match &ru.connection {
                RawConnection::Refuse => Connection::Refuse,
                RawConnection::Reinforce {
                    capex_usd_per_unit,
                    lead_months,
                } => Connection::Reinforce {
                    capex_usd_per_unit: self.num(
                        &owner,
                        "capex_usd_per_unit",
                        capex_usd_per_unit,
                        ranges::USD_PER_CAPACITY_UNIT,
                    ),
                    lead_months: self.months(&owner, "lead_months", *lead_months, 0),
                },
            };
            utilities.push(Utility {
                id: ru.id.clone(),
                name: ru.name.clone(),
                names: ru.names.clone(),
                kind: ru.kind,
                tariff_usd_per_unit_hour: tariff,
                diversity_factor,
                connection,
                sources,
            });
        }
        place_unlocated_sources(&mut utilities, &site.park.boundary_m);
        (utilities, utility_ids)
    }

    fn source(&mut self, ru: &RawUtility, rs: &RawSource, nth: usize, site: &Site) -> Source {
        let owner = Owner::thing("sources", &rs.id, nth, |id| {
            tr!("scene-owner-source", id = id)
        });
        let capacity = self.num(&owner, "capacity", &rs.capacity, ranges::CAPACITY);
        let in_service = rs
            .in_service
            .as_deref()
            .and_then(|m| self.month(&owner, "in_service", m));
        let serves = match &rs.serves {
            RawServes::All => Serves::All,
            RawServes::Zones(ids) => Serves::Zones(
                ids.iter()
                    .filter_map(|z| self.resolve_in_list(&site.zone_ids, z, &owner))
                    .collect(),
            ),
            RawServes::Plots(ids) => Serves::Plots(
                ids.iter()
                    .filter_map(|z| self.resolve_in_list(&site.plot_ids, z, &owner))
                    .collect(),
            ),
        };
        let location_given = rs
            .location_m
            .is_some_and(|point| self.points(&owner, "location_m", &[point], 1));
        let voltage_kv = rs
            .voltage_kv
            .as_ref()
            .map(|v| self.num(&owner, "voltage_kv", v, ranges::VOLTAGE_KV));
        if voltage_kv.is_some() && ru.kind != UtilityKind::Power {
            self.sink.at_key_of(
                owner.place,
                "voltage_kv",
                tr!("scene-voltage-not-power", owner = owner.shown()),
            );
        }
        let failures = self.failures(&owner, &rs.mtbf_years, &rs.repair_hours);
        Source {
            id: rs.id.clone(),
            name: rs.name.clone(),
            capacity,
            in_service,
            serves,
            location_m: rs.location_m.filter(|_| location_given).unwrap_or_default(),
            location_given,
            voltage_kv,
            failures,
            built_by: None,
        }
    }

    /// Resolves the named resident that built each source it says (`built_by`), once the
    /// anchors are known, and checks what it paid.
    pub(super) fn built_by(&mut self, utilities: &mut [Utility], anchor_ids: &Ids) {
        let raw = self.raw;
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for (ru, utility) in raw.utilities.iter().zip(utilities.iter_mut()) {
            for (rs, source) in ru.sources.iter().zip(utility.sources.iter_mut()) {
                let count = seen.entry(rs.id.as_str()).or_insert(0);
                let nth = *count;
                *count += 1;
                let Some(b) = &rs.built_by else { continue };
                let owner = Owner::thing("sources", &rs.id, nth, |id| {
                    tr!("scene-owner-source", id = id)
                });
                let capex_usd = self.num(&owner, "capex_usd", &b.capex_usd, ranges::USD);
                let anchor = self.resolve(anchor_ids, "resident", &b.resident, &owner);
                source.built_by = anchor.map(|anchor| BuiltBy { anchor, capex_usd });
            }
        }
    }

    /// Random failures of an asset: both figures, or neither.
    pub(super) fn failures(
        &mut self,
        owner: &Owner,
        mtbf_years: &Option<Num>,
        repair_hours: &Option<Num>,
    ) -> Option<Failures> {
        match (mtbf_years, repair_hours) {
            (None, None) => None,
            (Some(mtbf), Some(repair)) => Some(Failures {
                mtbf_years: self.num(owner, "mtbf_years", mtbf, ranges::MTBF_YEARS),
                repair_hours: self.num(owner, "repair_hours", repair, ranges::REPAIR_HOURS),
            }),
            (Some(_), None) | (None, Some(_)) => {
                let key = if mtbf_years.is_some() {
                    "mtbf_years"
                } else {
                    "repair_hours"
                };
                self.sink.at_key_of(
                    owner.place,
                    key,
                    tr!("scene-failures-pair", owner = owner.shown()),
                );
                None
            }
        }
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
