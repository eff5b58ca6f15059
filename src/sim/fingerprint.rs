//! A fingerprint of the model's whole state, for determinism tests: every resource of the
//! model and every plot, utility and firm, each number exactly.
//!
//! Values are fed to an FNV-1a hash through their `Debug` text. Rust writes an `f64` there
//! in the shortest form that reads back to the same bits, so two states hash alike only if
//! every number is bit for bit the same (NaN aside, which the validator keeps out).
//! Entities are visited in stable-id order (plot index, utility index, firm id), and ECS
//! entity ids, which a restart in the same world changes, are left out.

use std::fmt::{self, Write as _};
use std::hash::Hasher;

use bevy::prelude::*;

use super::clock::SimClock;
use super::demand::Prospects;
use super::firms::{Firm, FirmActivity, NextFirmId};
use super::fiscal::{FirmLedger, ParkLedger};
use super::metrics::Metrics;
use super::networks::NetworkStates;
use super::operations::{Capacities, OutagesNow, Repairs};
use super::plots::{ParkPlot, PlotTenancy};
use super::siting::SitingIndex;
use super::utilities::{ParkUtility, UtilityLoad};
use super::{MonthTally, rng::SimSeed};

/// Feeds formatted text into an FNV-1a hash.
struct FnvWriter(fnv::FnvHasher);

impl fmt::Write for FnvWriter {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0.write(s.as_bytes());
        Ok(())
    }
}

impl FnvWriter {
    fn add(&mut self, label: &str, value: &dyn fmt::Debug) {
        // Writing to a hasher cannot fail.
        let _ = write!(self, "{label}={value:?};");
    }
}

/// The hash of the model's state now (see the module's notes).
pub fn state_hash(world: &mut World) -> u64 {
    let mut h = FnvWriter(fnv::FnvHasher::default());
    fn resource<R: Resource + fmt::Debug>(world: &World, h: &mut FnvWriter, label: &str) {
        match world.get_resource::<R>() {
            Some(r) => h.add(label, r),
            None => h.add(label, &"absent"),
        }
    }
    resource::<SimClock>(world, &mut h, "clock");
    resource::<SimSeed>(world, &mut h, "seed");
    resource::<MonthTally>(world, &mut h, "tally");
    resource::<Prospects>(world, &mut h, "prospects");
    resource::<ParkLedger>(world, &mut h, "ledger");
    resource::<Capacities>(world, &mut h, "capacities");
    resource::<OutagesNow>(world, &mut h, "outages");
    resource::<Repairs>(world, &mut h, "repairs");
    resource::<SitingIndex>(world, &mut h, "siting");
    resource::<NetworkStates>(world, &mut h, "networks");
    resource::<NextFirmId>(world, &mut h, "next_firm");
    if let Some(metrics) = world.get_resource::<Metrics>() {
        h.add("months", &metrics.0.len());
        h.add("record", &metrics.0.last());
    }

    let mut plots: Vec<(ParkPlot, PlotTenancy)> = world
        .query::<(&ParkPlot, &PlotTenancy)>()
        .iter(world)
        .map(|(p, t)| (*p, *t))
        .collect();
    plots.sort_by_key(|(p, _)| p.index);
    h.add("plots", &plots);

    let mut utilities: Vec<(ParkUtility, UtilityLoad)> = world
        .query::<(&ParkUtility, &UtilityLoad)>()
        .iter(world)
        .map(|(u, l)| (*u, *l))
        .collect();
    utilities.sort_by_key(|(u, _)| u.index);
    h.add("utilities", &utilities);

    let mut firms: Vec<(Firm, FirmActivity, FirmLedger)> = world
        .query::<(&Firm, &FirmActivity, &FirmLedger)>()
        .iter(world)
        .map(|(f, a, l)| (f.clone(), a.clone(), *l))
        .collect();
    firms.sort_by_key(|(f, _, _)| f.id);
    h.add("firms", &firms);
    h.0.finish()
}
