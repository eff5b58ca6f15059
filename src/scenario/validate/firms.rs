//! Checks the kinds of firm (sectors and archetypes: land, money, jobs, utility draws)
//! and the named residents with their plots and dates.

use std::collections::HashMap;

use super::super::raw::*;
use super::super::*;
use super::park::Site;
use super::ranges;
use super::{Checker, Ids, Owner};
use crate::tr;

/// The checked sectors and archetypes, with their ids.
pub(super) struct Kinds {
    pub sectors: Vec<Sector>,
    pub sector_ids: Ids,
    pub archetypes: Vec<Archetype>,
    pub archetype_ids: Ids,
}

impl Checker<'_, '_> {
    pub(super) fn archetypes(&mut self, utility_ids: &Ids) -> Kinds {
        let raw = self.raw;
        self.required(&raw.sectors, "sectors", |key| {
            tr!("scene-empty-sectors", key = key)
        });
        let sector_ids = self.ids(
            "sectors",
            || tr!("scene-kind-sector"),
            raw.sectors.iter().map(|s| s.id.as_str()),
        );
        let sectors = raw
            .sectors
            .iter()
            .map(|s| Sector {
                id: s.id.clone(),
                name: s.name.clone(),
                names: s.names.clone(),
            })
            .collect();
        self.required(&raw.archetypes, "archetypes", |key| {
            tr!("scene-empty-archetypes", key = key)
        });
        let archetype_ids = self.ids(
            "archetypes",
            || tr!("scene-kind-archetype"),
            raw.archetypes.iter().map(|a| a.id.as_str()),
        );
        let archetypes = raw
            .archetypes
            .iter()
            .zip(&archetype_ids.nth)
            .map(|(ra, &nth)| self.archetype(ra, nth, &sector_ids, &archetype_ids, utility_ids))
            .collect();
        Kinds {
            sectors,
            sector_ids,
            archetypes,
            archetype_ids,
        }
    }

    fn archetype(
        &mut self,
        ra: &RawArchetype,
        nth: usize,
        sector_ids: &Ids,
        archetype_ids: &Ids,
        utility_ids: &Ids,
    ) -> Archetype {
        let owner = Owner::thing("archetypes", &ra.id, nth, |id| {
            tr!("scene-owner-archetype", id = id)
        });
        let sector = self.resolve(sector_ids, "sector", &ra.sector, &owner);
        let (cmin, cmax) = (ra.construction_months.min, ra.construction_months.max);
        if cmin > cmax {
            self.sink.at_key_of(
                owner.place,
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
        let cmin = self.months(&owner, "construction_months", cmin, 0);
        let cmax = self.months(&owner, "construction_months", cmax, 0);
        if ra.zones.is_empty() {
            self.sink.at_key_of(
                owner.place,
                "zones",
                tr!("scene-no-zone-kinds", owner = owner.shown(), key = "zones"),
            );
        }
        let mut uses = Vec::new();
        for u in &ra.uses {
            let utility = self.resolve(utility_ids, "utility", &u.utility, &owner);
            let per_firm = self.num(&owner, "per_firm", &u.per_firm, ranges::CAPACITY);
            let per_musd_output = self.num(
                &owner,
                "per_musd_output",
                &u.per_musd_output,
                ranges::CAPACITY,
            );
            if let Some(utility) = utility {
                uses.push(Use {
                    utility,
                    per_firm,
                    per_musd_output,
                    profile: u.profile.unwrap_or(ra.load_profile),
                });
            }
        }
        Archetype {
            id: ra.id.clone(),
            name: ra.name.clone(),
            names: ra.names.clone(),
            sector: sector.unwrap_or(0),
            share_of_sector: self.num(
                &owner,
                "share_of_sector",
                &ra.share_of_sector,
                ranges::WEIGHT,
            ),
            land_ha: self.num(&owner, "land_ha", &ra.land_ha, ranges::LAND_HA),
            investment_usd: self.num(&owner, "investment_usd", &ra.investment_usd, ranges::USD),
            imported_equipment_share: self.share(
                &owner,
                "imported_equipment_share",
                &ra.imported_equipment_share,
            ),
            jobs: self.num(&owner, "jobs", &ra.jobs, ranges::JOBS),
            wage_usd_per_month: self.num(
                &owner,
                "wage_usd_per_month",
                &ra.wage_usd_per_month,
                ranges::WAGE_USD_PER_MONTH,
            ),
            output_usd_per_year: self.num(
                &owner,
                "output_usd_per_year",
                &ra.output_usd_per_year,
                ranges::USD,
            ),
            profit_margin: self.num(
                &owner,
                "profit_margin",
                &ra.profit_margin,
                ranges::PROFIT_MARGIN,
            ),
            construction_months: (cmin, cmax.max(cmin)),
            ramp_up_months: self.months(&owner, "ramp_up_months", ra.ramp_up_months, 0),
            incentive_sensitivity: self.num(
                &owner,
                "incentive_sensitivity",
                &ra.incentive_sensitivity,
                ranges::WEIGHT,
            ),
            hazard: ra.hazard,
            zones: ra.zones.clone(),
            uses,
            feedstock_from: ra
                .feedstock_from
                .iter()
                .filter_map(|id| self.resolve_quoted(archetype_ids, id, &owner))
                .collect(),
        }
    }

    /// The named residents: their archetype, plot and dates, each plot held by one.
    pub(super) fn anchors(
        &mut self,
        site: &Site,
        kinds: &Kinds,
        start: Option<YearMonth>,
    ) -> (Vec<Anchor>, Ids) {
        let raw = self.raw;
        let anchor_ids = self.ids(
            "anchors",
            || tr!("scene-kind-anchor"),
            raw.anchors.iter().map(|a| a.id.as_str()),
        );
        let mut anchors = Vec::new();
        let mut anchored_plots: HashMap<usize, &str> = HashMap::new();
        for (ra, &nth) in raw.anchors.iter().zip(&anchor_ids.nth) {
            let owner = Owner::thing("anchors", &ra.id, nth, |id| {
                tr!("scene-owner-anchor", id = id)
            });
            let archetype = self.resolve(&kinds.archetype_ids, "archetype", &ra.archetype, &owner);
            let plot = self.resolve(&site.plot_ids, "plot", &ra.plot, &owner);
            let registered = self.month(&owner, "registered", &ra.registered);
            let operating = ra
                .operating
                .as_deref()
                .and_then(|m| self.month(&owner, "operating", m));
            if let (Some(r), Some(o)) = (registered, operating)
                && o < r
            {
                self.sink.at_reference(
                    owner.place,
                    "operating",
                    ra.operating.as_deref().unwrap_or_default(),
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
                self.sink.at_reference(
                    owner.place,
                    "registered",
                    &ra.registered,
                    tr!(
                        "scene-registered-before-start",
                        owner = owner.shown(),
                        registered = r.to_string(),
                        start = s.to_string(),
                    ),
                );
            }
            if let (Some(pl), Some(r)) = (plot, registered)
                && let Some(k) = site.plots[pl].phase
                && r < site.park.phases[k].opens
            {
                self.sink.at_reference(
                    owner.place,
                    "registered",
                    &ra.registered,
                    tr!(
                        "scene-anchor-before-phase",
                        owner = owner.shown(),
                        registered = r.to_string(),
                        plot = &site.plots[pl].id,
                        phase = &site.park.phases[k].id,
                        opens = site.park.phases[k].opens.to_string(),
                    ),
                );
            }
            if let Some(pl) = plot {
                if let Some(other) = anchored_plots.insert(pl, &ra.id) {
                    self.sink.at_reference(
                        owner.place,
                        "plot",
                        &ra.plot,
                        tr!(
                            "scene-plot-claimed-twice",
                            owner = owner.shown(),
                            other = other,
                            plot = &ra.plot,
                        ),
                    );
                }
                if let Some(a) = archetype {
                    self.anchor_fits(&owner, ra, &kinds.archetypes[a], site, pl);
                }
            }
            let investment_usd = ra
                .investment_usd
                .as_ref()
                .map(|v| self.num(&owner, "investment_usd", v, ranges::USD));
            let jobs = ra
                .jobs
                .as_ref()
                .map(|v| self.num(&owner, "jobs", v, ranges::JOBS));
            anchors.push(Anchor {
                id: ra.id.clone(),
                name: ra.name.clone(),
                names: ra.names.clone(),
                archetype: archetype.unwrap_or(0),
                plot: plot.unwrap_or(0),
                registered: registered.unwrap_or(YearMonth::new(0, 1)),
                operating,
                investment_usd,
                jobs,
            });
        }
        (anchors, anchor_ids)
    }

    /// Whether a named resident's plot is large enough and in a zone its archetype may use.
    fn anchor_fits(
        &mut self,
        owner: &Owner,
        ra: &RawAnchor,
        archetype: &Archetype,
        site: &Site,
        plot: usize,
    ) {
        let need = archetype.land_ha;
        let have = site.plots[plot].area_ha;
        if have + 1e-9 < need {
            self.sink.at_reference(
                owner.place,
                "plot",
                &ra.plot,
                tr!(
                    "scene-plot-too-small",
                    owner = owner.shown(),
                    need = need.to_string(),
                    plot = &ra.plot,
                    have = crate::report::shown::grouped(have, 2),
                ),
            );
        }
        let kind = site.zones.get(site.plots[plot].zone).map(|z| z.kind);
        if let Some(kind) = kind
            && !archetype.zones.contains(&kind)
        {
            self.sink.at_reference(
                owner.place,
                "plot",
                &ra.plot,
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
