//! Firms in a scene file: sectors, archetypes with their land, money, jobs and utility
//! uses, named residents, and the life cycle after start-up.

use serde::{Deserialize, Serialize};

use super::*;

/// What happens to residents after they start producing.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawLifecycle {
    /// A producing resident is in distress in a month when it gets less than this share
    /// of its output (utility shortage, outages, a supplier's stop) or runs at a loss
    /// (margin × output below its rent).
    pub distress_below_share: Num,
    /// After this many months of distress in a row it cuts its capacity and jobs by
    /// `downsize_share` ...
    pub downsize_after_months: u32,
    pub downsize_share: Num,
    /// ... and after this many it leaves the park, freeing its plot.
    pub exit_after_months: u32,
    /// Each year after `expand_after_years` of operation, the chance that a resident
    /// without distress in the past year grows its capacity and jobs by `expand_share`.
    pub expand_after_years: Num,
    pub expand_probability_per_year: Num,
    pub expand_share: Num,
    /// Where this record's facts were published (`estimate…`: a value with no public figure).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawSector {
    pub id: String,
    pub name: String,
    /// The name in other languages, by language code (`ru`, `tg`, `az`): the planner shows
    /// its language's, else `name`.
    #[serde(default, skip_serializing_if = "Names::is_empty")]
    pub names: Names,
    /// Where this record's facts were published (`estimate…`: a value with no public figure).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// How hazardous a firm's process is; zones and neighbours depend on it.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Hazard {
    Low,
    Medium,
    High,
}

/// A range of whole months, drawn uniformly per firm.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawMonthRange {
    pub min: u32,
    pub max: u32,
}

/// A firm's draw on one utility at full output.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawUse {
    /// Id of the utility.
    pub utility: String,
    /// Fixed demand per firm, in the utility's unit.
    #[serde(default = "super::zero")]
    pub per_firm: Num,
    /// Demand per million USD of yearly output, in the utility's unit.
    #[serde(default = "super::zero")]
    pub per_musd_output: Num,
    /// How this draw varies over the day, if not as the archetype's `load_profile`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<LoadProfile>,
}

/// How a firm's draw varies over a day. The demands in the scene are daily averages; a
/// profile gives the hour-by-hour multiple of that average (mean 1).
#[derive(Clone, Copy, Debug, Default, Deserialize, Serialize, PartialEq, Eq, Hash)]
pub enum LoadProfile {
    /// Continuous process: flat around the clock.
    #[default]
    Continuous,
    /// Two shifts, 06:00–22:00: 1.3 × the average by day, 0.4 × at night.
    TwoShifts,
    /// One day shift, 08:00–17:00: 2 × the average, 0.4 × otherwise.
    DayShift,
}

/// A kind of firm: what it needs, brings and how it reacts to incentives.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawArchetype {
    pub id: String,
    pub name: String,
    /// The name in other languages, by language code (`ru`, `tg`, `az`): the planner shows
    /// its language's, else `name`.
    #[serde(default, skip_serializing_if = "Names::is_empty")]
    pub names: Names,
    /// Id of the sector it belongs to.
    pub sector: String,
    /// Weight among the archetypes of its sector when a prospect of that sector arrives.
    #[serde(default = "super::one")]
    pub share_of_sector: Num,
    /// Land needed, hectares; the plot must be at least this large.
    pub land_ha: Num,
    /// Investment, USD.
    pub investment_usd: Num,
    /// Share of the investment spent on imported machinery and equipment.
    pub imported_equipment_share: Num,
    /// Permanent jobs at full output.
    pub jobs: Num,
    /// Average gross wage, USD per job per month.
    pub wage_usd_per_month: Num,
    /// Value of output at full capacity, USD per year.
    pub output_usd_per_year: Num,
    /// Taxable profit as a share of output value.
    pub profit_margin: Num,
    /// Months from registration to first output.
    pub construction_months: RawMonthRange,
    /// Months from first output to full output.
    pub ramp_up_months: u32,
    /// Weight of incentives (their present value per USD invested) in the choice of site.
    pub incentive_sensitivity: Num,
    pub hazard: Hazard,
    /// Zone kinds where it may locate.
    pub zones: Vec<ZoneKind>,
    /// Archetypes whose presence in the park supplies its feedstock (ids).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub feedstock_from: Vec<String>,
    /// How its utility draws vary over a day (continuous if absent).
    #[serde(default, skip_serializing_if = "is_continuous")]
    pub load_profile: LoadProfile,
    pub uses: Vec<RawUse>,
    /// Where this record's facts were published (`estimate…`: a value with no public figure).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

fn is_continuous(p: &LoadProfile) -> bool {
    *p == LoadProfile::Continuous
}

/// A named resident with real dates, placed on a given plot.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawAnchor {
    pub id: String,
    pub name: String,
    /// The name in other languages, by language code (`ru`, `tg`, `az`): the planner shows
    /// its language's, else `name`.
    #[serde(default, skip_serializing_if = "Names::is_empty")]
    pub names: Names,
    pub archetype: String,
    pub plot: String,
    /// Month of registration as a resident, "YYYY-MM".
    pub registered: String,
    /// Month of first output, "YYYY-MM"; drawn from the archetype if absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operating: Option<String>,
    /// Overrides the archetype's investment, USD.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub investment_usd: Option<Num>,
    /// Overrides the archetype's permanent jobs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jobs: Option<Num>,
    /// Where the resident's figures come from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}
