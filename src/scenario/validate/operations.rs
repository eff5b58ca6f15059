//! Checks the scene's operating rules: curtailment priorities, outages, outside
//! suppliers, couplings between firms, and capacity expansions.

use std::collections::HashMap;

use super::super::error::Place;
use super::super::raw::*;
use super::super::*;
use super::ranges;
use super::{Checker, Ids, Owner, Shown};
use crate::tr;

/// The checked operating rules, ready for [`Scenario`].
pub(super) struct Operations {
    pub curtailment_priority: Vec<Vec<u8>>,
    pub outages: Vec<Outage>,
    pub outside_suppliers: Vec<OutsideSupplier>,
    pub couplings: Vec<Coupling>,
    pub expansions: Vec<Expansion>,
}

/// The ids the operating rules refer to.
pub(super) struct Known<'k> {
    pub utilities: &'k Ids,
    pub sectors: &'k Ids,
    pub archetypes: &'k Ids,
    pub anchors: &'k Ids,
    pub utility_specs: &'k [Utility],
    pub archetype_specs: &'k [Archetype],
    pub start: Option<YearMonth>,
}

impl Checker<'_, '_> {
    pub(super) fn operations(&mut self, raw: &RawScenario, known: &Known) -> Operations {
        Operations {
            curtailment_priority: self.curtailment(raw, known),
            outside_suppliers: raw
                .outside_suppliers
                .iter()
                .map(|s| OutsideSupplier {
                    id: s.id.clone(),
                    name: s.name.clone(),
                })
                .collect(),
            outages: self.outages(raw, known),
            couplings: self.couplings(raw, known),
            expansions: self.expansions(raw, known),
        }
    }

    fn curtailment(&mut self, raw: &RawScenario, known: &Known) -> Vec<Vec<u8>> {
        let n_utilities = known.utility_specs.len();
        let Some(rc) = &raw.curtailment else {
            return vec![vec![1; n_utilities]; known.archetype_specs.len()];
        };
        let owner = Owner::section("curtailment");
        let valid = |c: &mut Self, priority: u8| {
            if priority == 0 {
                c.sink.at_key_of(
                    owner.place,
                    "priority",
                    tr!("scene-priority-zero", owner = owner.shown()),
                );
            }
        };
        valid(self, rc.default_priority);
        // Each rule as (utility, sector, archetype, priority), `None` matching anything.
        let mut rules = Vec::new();
        for rule in &rc.rules {
            valid(self, rule.priority);
            let utility = rule
                .utility
                .as_ref()
                .map(|id| self.resolve(known.utilities, "utility", id, &owner));
            let sector = rule
                .sector
                .as_ref()
                .map(|id| self.resolve(known.sectors, "sector", id, &owner));
            let archetype = rule
                .archetype
                .as_ref()
                .map(|id| self.resolve(known.archetypes, "archetype", id, &owner));
            // A reference that did not resolve has been reported; skip the rule.
            if [utility, sector, archetype].contains(&Some(None)) {
                continue;
            }
            rules.push((
                utility.flatten(),
                sector.flatten(),
                archetype.flatten(),
                rule.priority.max(1),
            ));
        }
        known
            .archetype_specs
            .iter()
            .enumerate()
            .map(|(k, a)| {
                (0..n_utilities)
                    .map(|u| {
                        rules
                            .iter()
                            .find(|(ru, rs, ra, _)| {
                                ru.is_none_or(|x| x == u)
                                    && rs.is_none_or(|x| x == a.sector)
                                    && ra.is_none_or(|x| x == k)
                            })
                            .map_or(rc.default_priority.max(1), |r| r.3)
                    })
                    .collect()
            })
            .collect()
    }

    /// An asset of a utility by id: a source, or a link of its network.
    fn asset(&mut self, utility: usize, id: &str, owner: &Owner) -> Option<Asset> {
        let spec = &known_sources(self, utility);
        if let Some(s) = spec.0.iter().position(|s| s == id) {
            return Some(Asset::Source(s));
        }
        if let Some(l) = spec.1.iter().position(|l| l == id) {
            return Some(Asset::Link(l));
        }
        let hint = super::did_you_mean(spec.0.iter().chain(&spec.1).map(String::as_str), id);
        self.sink.at_quoted(
            owner.place,
            id,
            tr!(
                "scene-asset-not-defined",
                owner = owner.shown(),
                id = id,
                hint = hint
            ),
        );
        None
    }

    fn outages(&mut self, raw: &RawScenario, known: &Known) -> Vec<Outage> {
        let supplier_ids = self.ids(
            "outside_suppliers",
            || tr!("scene-kind-outside-supplier"),
            raw.outside_suppliers.iter().map(|s| s.id.as_str()),
        );
        let mut seen: HashMap<&str, usize> = HashMap::new();
        let mut outages = Vec::new();
        for ro in &raw.outages {
            // An outage has no id: it is found by its first day.
            let nth = seen.entry(ro.start.as_str()).or_insert(0);
            let owner = Owner {
                place: Place::Record {
                    list: "outages",
                    key: "start",
                    value: &ro.start,
                    nth: *nth,
                },
                shown: Shown::Word("outages"),
            };
            *nth += 1;
            let target = match &ro.what {
                RawOutageTarget::Asset { utility, id } => self
                    .resolve(known.utilities, "utility", utility, &owner)
                    .and_then(|u| {
                        self.asset(u, id, &owner)
                            .map(|asset| OutageTarget::Asset { utility: u, asset })
                    }),
                RawOutageTarget::Firm(id) => self
                    .resolve_quoted(known.anchors, id, &owner)
                    .map(OutageTarget::Firm),
                RawOutageTarget::Supplier(id) => self
                    .resolve_quoted(&supplier_ids, id, &owner)
                    .map(OutageTarget::Supplier),
            };
            let hours = 24.0 * self.num(&owner, "days", &ro.days, ranges::OUTAGE_DAYS);
            let start = self.day(&owner, &ro.start, known.start);
            if let (Some(target), Some(start_hour)) = (target, start) {
                outages.push(Outage {
                    target,
                    start_hour,
                    hours,
                    planned: ro.planned,
                    note: ro.note.clone(),
                });
            }
        }
        outages
    }

    /// A day "YYYY-MM-DD" (or a month "YYYY-MM") as hours from the run's first month.
    fn day(&mut self, owner: &Owner, text: &str, start: Option<YearMonth>) -> Option<f64> {
        let (month_text, day) = match text.rsplit_once('-') {
            Some((m, d)) if m.contains('-') => {
                (m, d.parse::<u32>().ok().filter(|d| (1..=31).contains(d)))
            }
            _ => (text, Some(1)),
        };
        let (Some(month), Some(day)) = (YearMonth::parse(month_text), day) else {
            self.sink.at_reference(
                owner.place,
                "start",
                text,
                tr!("scene-bad-day", owner = owner.shown(), text = text),
            );
            return None;
        };
        let start = start?;
        let hour = month.months_since(start) as f64 * HOURS_PER_MONTH
            + ((day - 1) as f64 * 24.0).min(HOURS_PER_MONTH - 1.0);
        Some(hour)
    }

    fn couplings(&mut self, raw: &RawScenario, known: &Known) -> Vec<Coupling> {
        let supplier_ids: HashMap<&str, usize> = raw
            .outside_suppliers
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.as_str(), i))
            .collect();
        let owner = Owner::section("couplings");
        let mut couplings = Vec::new();
        for rc in &raw.couplings {
            let supplier = match (
                known.anchors.index.get(&rc.supplier),
                supplier_ids.get(rc.supplier.as_str()),
            ) {
                (Some(&a), _) => Some(Supplier::Firm(a)),
                (None, Some(&s)) => Some(Supplier::Outside(s)),
                (None, None) => {
                    self.sink.at_reference(
                        owner.place,
                        "supplier",
                        &rc.supplier,
                        tr!("scene-supplier-not-defined", id = &rc.supplier),
                    );
                    None
                }
            };
            let consumer = self.resolve(known.anchors, "consumer", &rc.consumer, &owner);
            let share = self.share(&owner, "share", &rc.share);
            if let (Some(supplier), Some(consumer)) = (supplier, consumer) {
                if supplier == Supplier::Firm(consumer) {
                    self.sink.at_reference(
                        owner.place,
                        "consumer",
                        &rc.consumer,
                        tr!("scene-coupling-self", id = &rc.consumer),
                    );
                    continue;
                }
                couplings.push(Coupling {
                    supplier,
                    consumer,
                    kind: rc.kind,
                    share,
                });
            }
        }
        // Order: a coupling after every coupling that feeds its supplier, so one pass
        // carries an outage down a chain; a cycle has no such order.
        let mut ordered = Vec::with_capacity(couplings.len());
        let mut left = couplings;
        while !left.is_empty() {
            let ready: Vec<bool> = left
                .iter()
                .map(|c| match c.supplier {
                    Supplier::Firm(s) => !left.iter().any(|d| d.consumer == s),
                    Supplier::Outside(_) => true,
                })
                .collect();
            if !ready.iter().any(|&r| r) {
                let firm = &raw.anchors[left[0].consumer].id;
                self.sink.at_reference(
                    owner.place,
                    "consumer",
                    firm,
                    tr!("scene-coupling-cycle", id = firm),
                );
                break;
            }
            let mut k = 0;
            left.retain(|c| {
                let keep = !ready[k];
                k += 1;
                if !keep {
                    ordered.push(c.clone());
                }
                keep
            });
        }
        ordered
    }

    fn expansions(&mut self, raw: &RawScenario, known: &Known) -> Vec<Expansion> {
        let expansion_ids = self.ids(
            "expansions",
            || tr!("scene-kind-expansion"),
            raw.expansions.iter().map(|e| e.id.as_str()),
        );
        let mut expansions = Vec::new();
        for (re, &nth) in raw.expansions.iter().zip(&expansion_ids.nth) {
            let owner = Owner::thing("expansions", &re.id, nth, |id| {
                tr!("scene-owner-expansion", id = id)
            });
            let add_capacity = self.num(&owner, "add_capacity", &re.add_capacity, ranges::CAPACITY);
            let capex_usd = self.num(&owner, "capex_usd", &re.capex_usd, ranges::USD);
            let lead_months = self.months(&owner, "lead_months", re.lead_months, 0);
            let trigger = match &re.trigger {
                RawTrigger::Planned(month) => {
                    let parsed = YearMonth::parse(month);
                    if parsed.is_none() {
                        self.sink.at_quoted(
                            owner.place,
                            month,
                            tr!(
                                "scene-bad-month",
                                owner = owner.shown(),
                                key = "Planned",
                                text = month,
                            ),
                        );
                    }
                    parsed.map(Trigger::Planned)
                }
                RawTrigger::Loading { above_pct, months } => {
                    let pct = ranges::LOADING_PCT;
                    if !(pct.min..=pct.max).contains(above_pct)
                        || !(1..=ranges::MONTHS).contains(months)
                    {
                        self.sink.at_key_of(
                            owner.place,
                            "trigger",
                            tr!("scene-trigger-bad", owner = owner.shown()),
                        );
                    }
                    Some(Trigger::Loading {
                        above_pct: *above_pct,
                        months: (*months).max(1),
                    })
                }
            };
            let Some(utility) = self.resolve(known.utilities, "utility", &re.utility, &owner)
            else {
                continue;
            };
            let asset = self.asset(utility, &re.asset, &owner);
            if let (Some(asset), Some(trigger)) = (asset, trigger) {
                expansions.push(Expansion {
                    id: re.id.clone(),
                    name: re.name.clone(),
                    utility,
                    asset,
                    add_capacity,
                    capex_usd,
                    lead_months,
                    trigger,
                });
            }
        }
        expansions
    }
}

/// A utility's source ids and network link ids, from the raw scene.
fn known_sources(checker: &Checker, utility: usize) -> (Vec<String>, Vec<String>) {
    let raw = checker.raw;
    let Some(ru) = raw.utilities.get(utility) else {
        return Default::default();
    };
    let sources = ru.sources.iter().map(|s| s.id.clone()).collect();
    let links = raw
        .networks
        .iter()
        .find(|n| n.utility == ru.id)
        .map(|n| n.links.iter().map(|l| l.id.clone()).collect())
        .unwrap_or_default();
    (sources, links)
}
