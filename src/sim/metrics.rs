//! The park's state recorded once a month: the rows of `timeseries.csv`.

use bevy::prelude::*;

use super::clock::SimClock;
use super::firms::{Firm, FirmActivity, FirmStage};
use super::fiscal::ParkLedger;
use super::operations::OutagesNow;
use super::utilities::{ParkUtility, UtilityLoad};
use super::{MonthTally, ScenarioRes};
use crate::scenario::{UtilityKind, YearMonth};

/// Utility balance of one kind, summed over the utilities of that kind.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct KindLoad {
    /// Demand of producing firms, daily average, in the kind's unit.
    pub demand: f64,
    /// Peak hour of that demand (summed over the kind's utilities), in the kind's unit.
    pub peak: f64,
    /// Capacity in service, in the kind's unit.
    pub capacity: f64,
    /// Demand not delivered, average over the month, in the kind's unit.
    pub unserved: f64,
}

impl KindLoad {
    /// Peak as a share of capacity, percent (0 without demand).
    pub fn loading_pct(&self) -> f64 {
        super::networks::loading_pct(self.peak, self.capacity)
    }

    /// Quantity not delivered in the month: MWh, m³ or t.
    pub fn unserved_quantity(&self) -> f64 {
        self.unserved * crate::scenario::HOURS_PER_MONTH
    }
}

/// One month of the park.
#[derive(Clone, Debug, PartialEq)]
pub struct MonthRecord {
    /// 1 for the first simulated month.
    pub month: u32,
    pub date: YearMonth,
    pub prospects_arrived: u32,
    pub prospects_lost: u32,
    /// Prospects that chose a plot and negotiate (not yet residents).
    pub negotiating_firms: u32,
    /// Residents registered (building or producing).
    pub registered_firms: u32,
    /// Residents that have left the park since the start.
    pub exited_firms: u32,
    pub construction_firms: u32,
    /// Residents producing (ramping up or at full output).
    pub operating_firms: u32,
    pub occupied_ha: f64,
    /// Area of the plots whose land is released (their phase open), hectares.
    pub land_open_ha: f64,
    /// Occupied share of all plot area, percent.
    pub occupancy_pct: f64,
    /// Permanent jobs filled (delivered).
    pub jobs: f64,
    /// Permanent jobs the registered residents promised (at full output).
    pub jobs_promised: f64,
    /// Investment the registered residents promised, USD.
    pub investment_promised_usd: f64,
    pub investment_usd_cum: f64,
    /// Value of output this month.
    pub output_usd: f64,
    /// Per utility kind, in the order of [`UtilityKind::ALL`].
    pub utilities: [KindLoad; 5],
    /// The park's fiscal flows this month and since the start.
    pub ledger: ParkLedger,
    /// Hours of utility assets out of service this month, summed over assets.
    pub asset_outage_hours: f64,
    /// Named residents stopped for part of the month by an outage or a supplier's stop.
    pub firms_stopped: u32,
}

/// All months recorded so far.
#[derive(Resource, Debug, Default)]
pub struct Metrics(pub Vec<MonthRecord>);

/// Records this month's state.
pub(super) fn record_month(
    scenario: Res<ScenarioRes>,
    clock: Res<SimClock>,
    tally: Res<MonthTally>,
    ledger: Res<ParkLedger>,
    firms: Query<(&Firm, &FirmActivity)>,
    utilities: Query<(&ParkUtility, &UtilityLoad)>,
    outages: Res<OutagesNow>,
    mut metrics: ResMut<Metrics>,
) {
    let mut firms_stopped = 0;
    let mut jobs_promised = 0.0;
    let mut investment_promised = 0.0;
    let mut registered = 0;
    let mut construction = 0;
    let mut operating = 0;
    let mut occupied_ha = 0.0;
    let mut jobs = 0.0;
    let mut investment = 0.0;
    let mut output = 0.0;
    let mut negotiating = 0;
    let mut exited = 0;
    // Sums in a defined order (firm id, utility index), whatever the ECS's storage order.
    for (firm, activity) in firms.iter().sort_unstable_by_key::<&Firm, _>(|f| f.id) {
        // Money spent stays spent, whether the firm is still here or not.
        investment += activity.investment_cum_usd;
        match activity.stage {
            FirmStage::Negotiating => {
                negotiating += 1;
                continue;
            }
            FirmStage::Exited => {
                exited += 1;
                continue;
            }
            FirmStage::UnderConstruction => construction += 1,
            FirmStage::RampUp | FirmStage::Operating => operating += 1,
        }
        registered += 1;
        occupied_ha += scenario.plots[firm.plot].area_ha;
        jobs += activity.jobs_now;
        output += activity.output_usd;
        jobs_promised += firm.jobs;
        investment_promised += firm.investment_usd;
        if activity.running_share < 1.0 && activity.capacity_share > 0.0 {
            firms_stopped += 1;
        }
    }
    let mut kinds = [KindLoad::default(); 5];
    for (utility, load) in utilities
        .iter()
        .sort_unstable_by_key::<&ParkUtility, _>(|u| u.index)
    {
        let kind = scenario.utilities[utility.index].kind;
        let slot = &mut kinds[UtilityKind::ALL
            .iter()
            .position(|k| *k == kind)
            .unwrap_or(0)];
        slot.demand += load.demand;
        slot.peak += load.peak;
        slot.capacity += load.capacity;
        slot.unserved += load.unserved;
    }
    let total_ha = scenario.plot_area_ha();
    metrics.0.push(MonthRecord {
        month: clock.elapsed_months + 1,
        date: clock.current(),
        prospects_arrived: tally.prospects_arrived,
        prospects_lost: tally.prospects_lost,
        negotiating_firms: negotiating,
        registered_firms: registered,
        exited_firms: exited,
        construction_firms: construction,
        operating_firms: operating,
        occupied_ha,
        land_open_ha: scenario.land_open_ha(clock.current()),
        occupancy_pct: if total_ha > 0.0 {
            100.0 * occupied_ha / total_ha
        } else {
            0.0
        },
        jobs,
        jobs_promised,
        investment_promised_usd: investment_promised,
        investment_usd_cum: investment,
        output_usd: output,
        utilities: kinds,
        ledger: *ledger,
        asset_outage_hours: outages.assets.iter().fold(0.0, |sum, (_, _, h)| sum + h),
        firms_stopped,
    });
}
