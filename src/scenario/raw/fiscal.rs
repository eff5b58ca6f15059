//! Money and time in a scene file: national taxes, incentive regimes, the ledger's
//! valuation, observed history and the run's settings.

use serde::{Deserialize, Serialize};

use super::*;

/// The ledger's valuation of incentives.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawFiscal {
    /// Yearly rate at which the state discounts future flows (the net fiscal effect).
    pub discount_rate: Num,
    /// Share of residents who would have come without the incentives ("redundancy"),
    /// drawn per firm.
    pub redundancy_share: Num,
    /// Low and high redundancy for the band the planner and the summary show.
    pub redundancy_range: (Num, Num),
    /// Taxes paid by local suppliers per USD of residents' output (an induced tax).
    #[serde(default = "super::zero")]
    pub supplier_taxes_per_usd_output: Num,
}

/// One observed point of the park's history; any of the figures may be absent.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawObservation {
    /// Month observed, "YYYY-MM".
    pub date: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registered_firms: Option<Num>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operating_firms: Option<Num>,
    /// Investment made so far, USD.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub investment_usd: Option<Num>,
    /// Investment the registered residents have committed (their portfolio), USD.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub portfolio_usd: Option<Num>,
    /// Permanent jobs filled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jobs: Option<Num>,
    /// Land let to residents, hectares.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub land_let_ha: Option<Num>,
    /// Land released for letting and not let yet, hectares.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub land_free_ha: Option<Num>,
    /// The residents' output in a year, USD.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output_usd_per_year: Option<Num>,
    /// Where the figures come from.
    pub source: String,
}

/// National tax rates that apply when no exemption does.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawTaxes {
    /// Profit tax, share of taxable profit.
    pub profit_tax_rate: Num,
    /// Property tax, share of the asset base per year.
    pub property_tax_rate: Num,
    /// Land tax, park currency per hectare per year.
    pub land_tax_per_ha_year: Num,
    /// VAT on imported machinery and equipment, share of its value.
    pub import_vat_rate: Num,
    /// Customs duty on imported machinery and equipment, share of its value.
    pub import_duty_rate: Num,
    /// Employer's social insurance, share of payroll.
    pub social_insurance_rate: Num,
    /// Personal income tax withheld, share of payroll.
    pub personal_income_tax_rate: Num,
}

/// A tax instrument an incentive regime can exempt.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Instrument {
    ProfitTax,
    PropertyTax,
    LandTax,
    ImportVat,
    ImportDuty,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawExemption {
    pub instrument: Instrument,
    /// Share of the tax forgone (1 = full exemption).
    pub share: Num,
    /// Years from the firm's registration.
    pub years: Num,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawUtilityRefund {
    /// Share of utility bills refunded.
    pub share: Num,
    /// Years from the firm's registration.
    pub years: Num,
}

/// An incentive regime in force from a month on (until the next one): a preset of
/// `scenes/regimes` by its id, or its own exemptions.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawRegime {
    /// The regime's name; the preset's if absent.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// The name in other languages, by language code (with `name`; else the preset's).
    #[serde(default, skip_serializing_if = "Names::is_empty")]
    pub names: Names,
    /// A preset of `scenes/regimes` (e.g. "tajikistan_fez"), instead of exemptions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preset: Option<String>,
    /// First month in force, "YYYY-MM".
    pub from: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exemptions: Vec<RawExemption>,
    /// Share of land rent waived.
    #[serde(default = "super::zero")]
    pub rent_discount_share: Num,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub utility_refund: Option<RawUtilityRefund>,
    /// Where this record's facts were published (`estimate…`: a value with no public figure).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawSimulation {
    /// First simulated month, "YYYY-MM".
    pub start: String,
    /// Months to simulate by default.
    pub months: u32,
    /// Seed of all random draws.
    pub seed: u64,
    /// Where this record's facts were published (`estimate…`: a value with no public figure).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}
