//! Utilities in a scene file: their kinds and units, sources and networks (junctions and
//! links).

use serde::{Deserialize, Serialize};

use super::*;

/// One utility's network at planning level: links with capacities between its sources,
/// junctions and the plots they serve. Radial trees and rings are both allowed; a ring is
/// operated radially, each plot fed over its shortest path from a source in service.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawNetwork {
    /// The utility's id.
    pub utility: String,
    #[serde(default)]
    pub junctions: Vec<RawJunction>,
    pub links: Vec<RawLink>,
    /// Where this record's facts were published (`estimate…`: a value with no public figure).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// A point where links meet: a switchgear, a valve, a manifold.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawJunction {
    pub id: String,
    pub location_m: PointM,
    /// Nominal voltage, kV (power networks only, where every junction gives one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voltage_kv: Option<Num>,
}

/// A feeder or pipe between two ends, each a source of the utility, a junction of the
/// network or a plot.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawLink {
    pub id: String,
    pub from: String,
    pub to: String,
    /// Most it carries, in the utility kind's unit (MW, m³/h or t/h).
    pub capacity: Num,
    /// A transformer between two voltage levels (power only); other links join equal ones.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub transformer: bool,
    /// Mean time between failures, years; the link never fails at random if absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mtbf_years: Option<Num>,
    /// Mean repair time after a random failure, hours.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repair_hours: Option<Num>,
}

/// The kind of a utility; it fixes the unit of capacities and demands.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UtilityKind {
    /// Electric power, MW.
    Power,
    /// Natural gas, m³/h.
    Gas,
    /// Water (potable or technical), m³/h.
    Water,
    /// Wastewater (domestic or chemically contaminated), m³/h.
    Wastewater,
    /// Process steam, t/h.
    Steam,
}

/// Which plots a utility source serves.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub enum RawServes {
    All,
    Zones(Vec<String>),
    Plots(Vec<String>),
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawUtility {
    pub id: String,
    pub name: String,
    /// The name in other languages, by language code (`ru`, `tg`, `az`): the planner shows
    /// its language's, else `name`.
    #[serde(default, skip_serializing_if = "Names::is_empty")]
    pub names: Names,
    pub kind: UtilityKind,
    /// Price to firms, USD per unit-hour of the kind's unit (USD/MWh, USD/m³, USD/t).
    pub tariff_usd_per_unit_hour: Num,
    /// Share of the firms' daily swings above and below their average that coincide on
    /// this utility (1 = all peak together, as their profiles say; 0.5 is the building
    /// rule in models.md). Shapes peak loads, not energy.
    #[serde(default = "super::one")]
    pub diversity_factor: Num,
    /// What a prospect meets when its plot's network has no headroom for it.
    #[serde(default, skip_serializing_if = "is_refuse")]
    pub connection: RawConnection,
    pub sources: Vec<RawSource>,
    /// Where this record's facts were published (`estimate…`: a value with no public figure).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// What happens when a new resident's load does not fit its plot's network.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub enum RawConnection {
    /// The prospect looks at other plots (or goes elsewhere).
    #[default]
    Refuse,
    /// The firm pays for reinforcing the short assets and waits for the work.
    Reinforce {
        capex_usd_per_unit: Num,
        lead_months: u32,
    },
}

fn is_refuse(c: &RawConnection) -> bool {
    matches!(c, RawConnection::Refuse)
}

/// A substation, gas station, water plant, treatment plant or boiler.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub id: String,
    pub name: String,
    /// Capacity in the utility kind's unit (MW, m³/h or t/h).
    pub capacity: Num,
    /// First month in service, "YYYY-MM"; in service from the start if absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_service: Option<String>,
    pub serves: RawServes,
    /// Where the source (substation, gas point, pumping station, boiler house) stands,
    /// metres in the park's frame; it may lie outside the boundary. Drawn beside the
    /// park's west edge if absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_m: Option<PointM>,
    /// Nominal voltage of its outgoing feeders, kV (power sources in a network).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voltage_kv: Option<Num>,
    /// Mean time between failures, years; the source never fails at random if absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mtbf_years: Option<Num>,
    /// Mean repair time after a random failure, hours.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repair_hours: Option<Num>,
    /// A named resident that paid for this source and owns it (none: the park's own).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub built_by: Option<RawBuiltBy>,
}

/// A resident that built a source at its own cost, as Dangara's cement investor built its
/// 220 kV substation: the cost is the resident's investment, not public spending.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawBuiltBy {
    /// The named resident (an id in `anchors`).
    pub resident: String,
    /// What the resident paid for it, USD; spent with the rest of its investment while it
    /// builds.
    pub capex_usd: Num,
}
