//! Checks how prospects arrive and choose (arrivals per sector, the logit's weights and
//! site factors) and what residents do later (the life cycle).

use std::collections::HashMap;

use super::super::raw::*;
use super::super::*;
use super::firms::Kinds;
use super::ranges;
use super::{Checker, Owner};
use crate::tr;

impl Checker<'_, '_> {
    pub(super) fn demand(&mut self, kinds: &Kinds) -> Demand {
        let raw = self.raw;
        let d = &raw.demand;
        let in_demand = Owner::section("demand");
        let mut arrivals = Vec::new();
        let mut arrival_sectors: HashMap<&str, usize> = HashMap::new();
        for ra in &d.arrivals {
            let nth = arrival_sectors.entry(ra.sector.as_str()).or_insert(0);
            let owner = Owner::keyed("arrivals", "sector", &ra.sector, *nth, |id| {
                tr!("scene-owner-arrivals", id = id)
            });
            *nth += 1;
            let twice = *nth > 1;
            let sector = self.resolve(&kinds.sector_ids, "sector", &ra.sector, &owner);
            if let Some(s) = sector {
                if twice {
                    self.sink.at_place(
                        owner.place,
                        tr!("scene-arrivals-twice", sector = &ra.sector),
                    );
                }
                if ra.prospects_per_year.value > 0.0
                    && !kinds
                        .archetypes
                        .iter()
                        .any(|a| a.sector == s && a.share_of_sector > 0.0)
                {
                    self.sink.at_place(
                        owner.place,
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
                prospects_per_year: self.num(
                    &owner,
                    "prospects_per_year",
                    &ra.prospects_per_year,
                    ranges::PROSPECTS_PER_YEAR,
                ),
                park_appeal: self.num(&owner, "park_appeal", &ra.park_appeal, ranges::VALUE),
                from,
            });
        }
        let weight =
            |c: &mut Self, key: &str, value: &Num| c.num(&in_demand, key, value, ranges::WEIGHT);
        Demand {
            outside_option_value: self.num(
                &in_demand,
                "outside_option_value",
                &d.outside_option_value,
                ranges::VALUE,
            ),
            rent_sensitivity: weight(self, "rent_sensitivity", &d.rent_sensitivity),
            shortage_sensitivity: weight(self, "shortage_sensitivity", &d.shortage_sensitivity),
            horizon_years: self.num(
                &in_demand,
                "horizon_years",
                &d.horizon_years,
                ranges::HORIZON_YEARS,
            ),
            discount_rate: self.share(&in_demand, "discount_rate", &d.discount_rate),
            max_plot_to_need_ratio: self.num(
                &in_demand,
                "max_plot_to_need_ratio",
                &d.max_plot_to_need_ratio,
                ranges::PLOT_TO_NEED_RATIO,
            ),
            site_factors: d
                .site_factors
                .as_ref()
                .map_or_else(SiteFactors::default, |f| self.site_factors(f)),
            negotiation_months: d.negotiation_months.as_ref().map_or((0, 0), |r| {
                let min = self.months(&in_demand, "negotiation_months", r.min, 0);
                let max = self.months(&in_demand, "negotiation_months", r.max, 0);
                (min, max.max(min))
            }),
            dormant_share: d
                .dormant_share
                .as_ref()
                .map_or(0.0, |v| self.share(&in_demand, "dormant_share", v)),
            arrivals,
        }
    }

    fn site_factors(&mut self, f: &RawSiteFactors) -> SiteFactors {
        let o = Owner::section("site_factors");
        let num = |c: &mut Self, key: &str, value: &Num, range: ranges::Range| {
            c.num(&o, key, value, range)
        };
        SiteFactors {
            rail_km_sensitivity: num(
                self,
                "rail_km_sensitivity",
                &f.rail_km_sensitivity,
                ranges::WEIGHT,
            ),
            road_km_sensitivity: num(
                self,
                "road_km_sensitivity",
                &f.road_km_sensitivity,
                ranges::WEIGHT,
            ),
            same_sector_neighbour_value: num(
                self,
                "same_sector_neighbour_value",
                &f.same_sector_neighbour_value,
                ranges::VALUE,
            ),
            neighbour_radius_m: num(
                self,
                "neighbour_radius_m",
                &f.neighbour_radius_m,
                ranges::DISTANCE_M,
            ),
            hazard_neighbour_penalty: num(
                self,
                "hazard_neighbour_penalty",
                &f.hazard_neighbour_penalty,
                ranges::WEIGHT,
            ),
            hazard_buffer_m: num(
                self,
                "hazard_buffer_m",
                &f.hazard_buffer_m,
                ranges::DISTANCE_M,
            ),
            feedstock_supplier_value: num(
                self,
                "feedstock_supplier_value",
                &f.feedstock_supplier_value,
                ranges::VALUE,
            ),
        }
    }

    pub(super) fn lifecycle(&mut self) -> Option<Lifecycle> {
        let raw = self.raw;
        let l = raw.lifecycle.as_ref()?;
        let owner = Owner::section("lifecycle");
        if l.exit_after_months < l.downsize_after_months {
            self.sink.at_key_of(
                owner.place,
                "exit_after_months",
                tr!("scene-exit-before-downsize", owner = owner.shown()),
            );
        }
        Some(Lifecycle {
            distress_below_share: self.share(
                &owner,
                "distress_below_share",
                &l.distress_below_share,
            ),
            downsize_after_months: self
                .months(&owner, "downsize_after_months", l.downsize_after_months, 0)
                .max(1),
            downsize_share: self.share(&owner, "downsize_share", &l.downsize_share),
            exit_after_months: self
                .months(&owner, "exit_after_months", l.exit_after_months, 0)
                .max(1),
            expand_after_years: self.num(
                &owner,
                "expand_after_years",
                &l.expand_after_years,
                ranges::YEARS,
            ),
            expand_probability_per_year: self.share(
                &owner,
                "expand_probability_per_year",
                &l.expand_probability_per_year,
            ),
            expand_share: self.num(
                &owner,
                "expand_share",
                &l.expand_share,
                ranges::EXPAND_SHARE,
            ),
        })
    }
}
