//! Demand in a scene file: prospects arriving per sector and the location choice's
//! coefficients.

use serde::{Deserialize, Serialize};

use super::*;

/// Prospects arriving for one sector.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawArrival {
    pub sector: String,
    /// Mean number of prospective investors per year (Poisson).
    pub prospects_per_year: Num,
    /// Appeal of a plot in this park to the sector, before rent, incentives and headroom.
    pub park_appeal: Num,
    /// First month prospects arrive, "YYYY-MM"; from the start if absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
}

/// How prospects choose: conditional logit over feasible plots and the outside option.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawDemand {
    /// Value of investing elsewhere or not at all.
    pub outside_option_value: Num,
    /// Weight of the rent's present value per USD invested (a cost, so it lowers the value).
    pub rent_sensitivity: Num,
    /// Weight of the share of a needed utility that is not available.
    pub shortage_sensitivity: Num,
    /// Years over which a prospect values rent and incentives.
    pub horizon_years: Num,
    /// Discount rate per year used by prospects.
    pub discount_rate: Num,
    /// A plot larger than this many times the land need is not considered.
    pub max_plot_to_need_ratio: Num,
    /// What else makes a plot worth more or less to a prospect (all 0 if absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site_factors: Option<RawSiteFactors>,
    /// Months a prospect that chose a plot negotiates before it registers (drawn per
    /// firm; the plot is held meanwhile). None if absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub negotiation_months: Option<RawMonthRange>,
    /// Share of the prospects that register and then never build or produce: they hold
    /// their plot and invest nothing (a "subject" that stays inactive). 0 if absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dormant_share: Option<Num>,
    pub arrivals: Vec<RawArrival>,
    /// Where this record's facts were published (`estimate…`: a value with no public figure).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// Terms of a plot's value beyond rent, incentives and headroom (units in the names).
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawSiteFactors {
    /// Value lost per km from the plot to the nearest railway.
    pub rail_km_sensitivity: Num,
    /// Value lost per km from the plot to the nearest road.
    pub road_km_sensitivity: Num,
    /// Value gained per resident of the same sector within `neighbour_radius_m`
    /// (agglomeration).
    pub same_sector_neighbour_value: Num,
    pub neighbour_radius_m: Num,
    /// Value lost per incompatible neighbour (a high-hazard process beside a low-hazard
    /// one) within `hazard_buffer_m`.
    pub hazard_neighbour_penalty: Num,
    pub hazard_buffer_m: Num,
    /// Value gained when a resident that supplies its feedstock (the archetype's
    /// `feedstock_from`) is already in the park.
    pub feedstock_supplier_value: Num,
}
