//! Operations in a scene file: curtailment priorities, outages, outside suppliers,
//! couplings and capacity expansions.

use serde::{Deserialize, Serialize};

use super::*;

/// The scene's curtailment rules.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawCurtailment {
    /// Priority of a firm no rule matches (1 = served first).
    pub default_priority: u8,
    pub rules: Vec<RawCurtailmentRule>,
    /// Where this record's facts were published (`estimate…`: a value with no public figure).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// One rule: firms matching every field given get `priority`.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawCurtailmentRule {
    /// Id of the utility the rule is about; every utility if absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub utility: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sector: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archetype: Option<String>,
    /// 1 is served first and cut last.
    pub priority: u8,
}

/// An outage from the scene: an asset of a utility, a named resident or an outside
/// supplier out of service for some days.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawOutage {
    /// What stops: `Asset(utility: "power", id: "ss_1")`, `Firm("socar_polymer")` (a named
    /// resident) or `Supplier("azerikimya_ep")` (an outside supplier).
    pub what: RawOutageTarget,
    /// First day out, "YYYY-MM-DD" (or "YYYY-MM" for the first of the month).
    pub start: String,
    /// Days out (may be fractional).
    pub days: Num,
    /// Planned maintenance, or a fault.
    #[serde(default)]
    pub planned: bool,
    /// What happened and where it is reported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
pub enum RawOutageTarget {
    Asset { utility: String, id: String },
    Firm(String),
    Supplier(String),
}

/// A plant outside the park that supplies residents.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawOutsideSupplier {
    pub id: String,
    pub name: String,
}

/// What flows over a coupling.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, Hash)]
pub enum CouplingKind {
    Feedstock,
    Steam,
}

/// A consumer that depends on a supplier: when the supplier's output falls, the
/// consumer's falls with it, by `share` of the shortfall.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawCoupling {
    /// A named resident's id or an outside supplier's id.
    pub supplier: String,
    /// A named resident's id.
    pub consumer: String,
    pub kind: CouplingKind,
    /// Share of the consumer's output that depends on the supplier (1 = it stops with it).
    pub share: Num,
}

/// A capacity project on one utility asset.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawExpansion {
    pub id: String,
    pub name: String,
    /// Id of the utility.
    pub utility: String,
    /// Id of the source or network link that gains capacity.
    pub asset: String,
    /// Capacity added, in the utility's unit.
    pub add_capacity: Num,
    /// Public spending, USD, spread evenly over the lead time.
    pub capex_usd: Num,
    /// Months from the decision to the capacity in service.
    pub lead_months: u32,
    pub trigger: RawTrigger,
}

/// When an expansion is decided.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub enum RawTrigger {
    /// Decided in the month given, "YYYY-MM".
    Planned(String),
    /// Decided once the asset's peak loading has stayed above `above_pct` for `months`
    /// months in a row.
    Loading { above_pct: f64, months: u32 },
}
