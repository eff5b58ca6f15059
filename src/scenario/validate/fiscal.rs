//! Checks the public finances of the scene: national tax rates, incentive regimes in
//! date order, the ledger's valuation, and the observed history to compare runs with.

use std::collections::HashMap;

use super::super::error::Place;
use super::super::raw::*;
use super::super::*;
use super::ranges;
use super::{Checker, Owner, Shown};
use crate::tr;

/// The checked taxes, regimes, valuation and observations.
pub(super) struct Finances {
    pub taxes: Taxes,
    pub regimes: Vec<Regime>,
    pub valuation: Fiscal,
    pub observed: Vec<Observation>,
}

impl Checker<'_, '_> {
    pub(super) fn fiscal(&mut self, start: Option<YearMonth>) -> Finances {
        let taxes = self.taxes();
        let regimes = self.regimes(start);
        let valuation = self.valuation();
        let observed = self.observed();
        Finances {
            taxes,
            regimes,
            valuation,
            observed,
        }
    }

    fn taxes(&mut self) -> Taxes {
        let raw = self.raw;
        let t = &raw.taxes;
        let in_taxes = Owner::section("taxes");
        Taxes {
            profit_tax_rate: self.share(&in_taxes, "profit_tax_rate", &t.profit_tax_rate),
            property_tax_rate: self.share(&in_taxes, "property_tax_rate", &t.property_tax_rate),
            land_tax_per_ha_year: self.num(
                &in_taxes,
                "land_tax_per_ha_year",
                &t.land_tax_per_ha_year,
                ranges::CURRENCY_PER_HA_YEAR,
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
        }
    }

    fn regimes(&mut self, start: Option<YearMonth>) -> Vec<Regime> {
        let raw = self.raw;
        self.required(&raw.regimes, "regimes", |key| {
            tr!("scene-empty-regimes", key = key)
        });
        let mut seen: HashMap<(&str, &str), usize> = HashMap::new();
        let mut regimes: Vec<Regime> = Vec::new();
        let mut first_owner = None;
        for rr in &raw.regimes {
            // A regime is found by its name, or by its preset when it has none.
            let (key, shown) = match (&rr.preset, rr.name.is_empty()) {
                (Some(id), true) => ("preset", id.as_str()),
                _ => ("name", rr.name.as_str()),
            };
            let nth = seen.entry((key, shown)).or_insert(0);
            let owner = Owner::keyed("regimes", key, shown, *nth, |name| {
                tr!("scene-owner-regime", name = name)
            });
            *nth += 1;
            first_owner.get_or_insert(owner);
            let from = self.month(&owner, "from", &rr.from);
            let preset = rr.preset.as_deref().and_then(|id| {
                let found = super::super::regimes::preset(id);
                if found.is_none() {
                    let known: Vec<&str> = super::super::regimes::preset_ids().collect();
                    self.sink.at_reference(
                        owner.place,
                        "preset",
                        id,
                        tr!("scene-unknown-preset", id = id, known = known.join(", ")),
                    );
                }
                found
            });
            if preset.is_some() && !rr.exemptions.is_empty() {
                self.sink.at_key_of(
                    owner.place,
                    "exemptions",
                    tr!("scene-preset-and-exemptions", owner = owner.shown()),
                );
            }
            if rr.name.is_empty() && rr.preset.is_none() {
                self.sink.at_reference(
                    owner.place,
                    "from",
                    &rr.from,
                    tr!("scene-regime-no-name", from = &rr.from),
                );
            }
            let (name, names) = match &preset {
                Some(p) if rr.name.is_empty() => (p.name.clone(), p.names.clone()),
                _ => (rr.name.clone(), rr.names.clone()),
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
                self.sink.at_reference(
                    owner.place,
                    "from",
                    &rr.from,
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
                    years: self.num(&owner, "years", &e.years, ranges::YEARS),
                })
                .collect();
            let rent_discount_share = self.share(&owner, "rent_discount_share", raw_rent_discount);
            let utility_refund = raw_refund.map(|r| {
                (
                    self.share(&owner, "share", &r.share),
                    self.num(&owner, "years", &r.years, ranges::YEARS),
                )
            });
            regimes.push(Regime {
                name,
                names,
                preset: rr.preset.clone().filter(|_| preset.is_some()),
                from: from.unwrap_or(YearMonth::new(0, 1)),
                exemptions,
                rent_discount_share,
                utility_refund,
            });
        }
        if let (Some(first), Some(s), Some(owner)) = (regimes.first(), start, first_owner)
            && first.from > s
        {
            self.sink.at_reference(
                owner.place,
                "from",
                &raw.regimes[0].from,
                tr!(
                    "scene-first-regime-late",
                    from = first.from.to_string(),
                    start = s.to_string(),
                ),
            );
        }
        regimes
    }

    /// How the ledger values incentives (the defaults without a `fiscal` section).
    fn valuation(&mut self) -> Fiscal {
        let raw = self.raw;
        let Some(f) = &raw.fiscal else {
            return Fiscal::default();
        };
        let owner = Owner::section("fiscal");
        let low = self.share(&owner, "redundancy_range", &f.redundancy_range.0);
        let high = self.share(&owner, "redundancy_range", &f.redundancy_range.1);
        if low > high {
            self.sink.at_key_of(
                owner.place,
                "redundancy_range",
                tr!(
                    "scene-range-order",
                    owner = owner.shown(),
                    key = "redundancy_range"
                ),
            );
        }
        Fiscal {
            discount_rate: self.share(&owner, "discount_rate", &f.discount_rate),
            redundancy_share: self.share(&owner, "redundancy_share", &f.redundancy_share),
            redundancy_range: (low, high),
            supplier_taxes_per_usd_output: self.share(
                &owner,
                "supplier_taxes_per_usd_output",
                &f.supplier_taxes_per_usd_output,
            ),
        }
    }

    /// The observed history, in date order.
    fn observed(&mut self) -> Vec<Observation> {
        let raw = self.raw;
        let mut seen: HashMap<&str, usize> = HashMap::new();
        let mut observed = Vec::new();
        for o in &raw.observed {
            let nth = seen.entry(o.date.as_str()).or_insert(0);
            let owner = Owner {
                place: Place::Record {
                    list: "observed",
                    key: "date",
                    value: &o.date,
                    nth: *nth,
                },
                shown: Shown::Word("observed"),
            };
            *nth += 1;
            let date = self.month(&owner, "date", &o.date);
            let count = |c: &mut Self, key: &str, v: &Option<Num>, range: ranges::Range| {
                v.as_ref().map(|v| c.num(&owner, key, v, range))
            };
            let firms = ranges::FIRM_COUNT;
            let registered_firms = count(self, "registered_firms", &o.registered_firms, firms);
            let operating_firms = count(self, "operating_firms", &o.operating_firms, firms);
            let investment_usd = count(self, "investment_usd", &o.investment_usd, ranges::PARK_USD);
            let portfolio_usd = count(self, "portfolio_usd", &o.portfolio_usd, ranges::PARK_USD);
            let jobs = count(self, "jobs", &o.jobs, ranges::JOBS);
            let land_let_ha = count(self, "land_let_ha", &o.land_let_ha, ranges::GROSS_AREA_HA);
            let land_free_ha = count(self, "land_free_ha", &o.land_free_ha, ranges::GROSS_AREA_HA);
            let output_usd_per_year = count(
                self,
                "output_usd_per_year",
                &o.output_usd_per_year,
                ranges::PARK_USD,
            );
            if let Some(date) = date {
                observed.push(Observation {
                    date,
                    registered_firms,
                    operating_firms,
                    investment_usd,
                    portfolio_usd,
                    jobs,
                    land_let_ha,
                    land_free_ha,
                    output_usd_per_year,
                    source: o.source.clone(),
                });
            }
        }
        observed.sort_by_key(|o| o.date);
        observed
    }
}
