//! The scene file as written by people: plain serde types that mirror `scenes/*.ron`.
//!
//! Nothing here is trusted: `validate` turns a [`RawScenario`] into a checked
//! [`Scenario`](super::Scenario). Every struct rejects unknown fields, so a typo is
//! reported (with the nearest known field) instead of being silently ignored.

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A behavioural number that may carry where it comes from.
///
/// In a scene file it is written either as a bare number (`0.2`) or as
/// `(value: 0.2, source: "Tax Code art. 105")`. A source starting with `estimate`
/// marks a value with no public figure behind it.
#[derive(Clone, Debug, PartialEq)]
pub struct Num {
    /// The number itself, in the unit its field name states.
    pub value: f64,
    /// Where the number comes from, if the scene says.
    pub source: Option<String>,
}

impl Num {
    /// A number with no source.
    pub fn plain(value: f64) -> Self {
        Self {
            value,
            source: None,
        }
    }

    /// A number with its source.
    pub fn sourced(value: f64, source: &str) -> Self {
        Self {
            value,
            source: Some(source.to_owned()),
        }
    }
}

impl From<f64> for Num {
    fn from(value: f64) -> Self {
        Self::plain(value)
    }
}

impl<'de> Deserialize<'de> for Num {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct NumVisitor;
        impl<'de> Visitor<'de> for NumVisitor {
            type Value = Num;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a number, or (value: NUMBER, source: \"TEXT\")")
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Num, E> {
                Ok(Num::plain(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Num, E> {
                Ok(Num::plain(v as f64))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Num, E> {
                Ok(Num::plain(v as f64))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Num, A::Error> {
                const FIELDS: &[&str] = &["value", "source"];
                let mut value = None;
                let mut source = None;
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "value" => value = Some(map.next_value::<f64>()?),
                        "source" => source = Some(map.next_value::<String>()?),
                        other => return Err(de::Error::unknown_field(other, FIELDS)),
                    }
                }
                let value = value.ok_or_else(|| de::Error::missing_field("value"))?;
                Ok(Num { value, source })
            }
        }
        deserializer.deserialize_any(NumVisitor)
    }
}

impl Serialize for Num {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Sourced<'a> {
            value: f64,
            source: &'a str,
        }
        // Negative zero is written as the zero it is (a saved file never shows `-0.0`).
        let value = if self.value == 0.0 { 0.0 } else { self.value };
        match &self.source {
            None => serializer.serialize_f64(value),
            Some(source) => Sourced { value, source }.serialize(serializer),
        }
    }
}

/// A point in the park's local frame, in metres: (east, north).
pub type PointM = (f64, f64);

/// The whole scene file.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawScenario {
    pub park: RawPark,
    pub rent_schedules: Vec<RawRentSchedule>,
    pub plots: Vec<RawPlot>,
    pub utilities: Vec<RawUtility>,
    pub sectors: Vec<RawSector>,
    pub archetypes: Vec<RawArchetype>,
    #[serde(default)]
    pub anchors: Vec<RawAnchor>,
    pub demand: RawDemand,
    pub taxes: RawTaxes,
    pub regimes: Vec<RawRegime>,
    pub simulation: RawSimulation,
    /// When residents expand, downsize or leave.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lifecycle: Option<RawLifecycle>,
    /// How the fiscal ledger values incentives: discounting and redundancy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fiscal: Option<RawFiscal>,
    /// Observed history to compare the run with (drawn over the charts; `observed_*`
    /// columns of `timeseries.csv`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub observed: Vec<RawObservation>,
    /// Utility networks: feeders and pipes between sources, junctions and plots. A utility
    /// without a network pools its sources' capacity park-wide.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub networks: Vec<RawNetwork>,
    /// Who is cut first when a utility asset is short: the first rule that matches a firm
    /// (by utility, sector and archetype) gives its priority. Priority 1 is served first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub curtailment: Option<RawCurtailment>,
    /// Scheduled and scripted outages of utility assets and of firms or outside suppliers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub outages: Vec<RawOutage>,
    /// Plants outside the park that residents depend on (for example a feedstock cracker).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub outside_suppliers: Vec<RawOutsideSupplier>,
    /// Feedstock and steam links: a consumer loses output when its supplier stops.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub couplings: Vec<RawCoupling>,
    /// Capacity projects on utility sources and links: planned or triggered by loading.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub expansions: Vec<RawExpansion>,
}

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
    #[serde(default = "zero")]
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
    /// Where the figures come from.
    pub source: String,
}

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

/// The park as a place: name, money, boundary, zones, roads and rail.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawPark {
    pub name: String,
    pub country: String,
    /// Currency of rents and land tax in this file, e.g. "AZN".
    pub currency: String,
    /// US dollars per one unit of `currency` (AZN: about 0.588).
    pub usd_per_currency_unit: Num,
    /// Stated gross area in hectares (checked against the boundary polygon).
    pub gross_area_ha: Num,
    /// The park's outline, metres, counter-clockwise or clockwise.
    pub boundary_m: Vec<PointM>,
    /// Latitude and longitude (WGS 84, degrees) of the point x 0 m, y 0 m: places the
    /// park on the earth for GIS exports. Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin_lat_lon: Option<(f64, f64)>,
    pub zones: Vec<RawZone>,
    #[serde(default)]
    pub roads: Vec<RawLine>,
    #[serde(default)]
    pub rail: Vec<RawLine>,
    /// Where this record's facts were published (`estimate…`: a value with no public figure).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// What a zone of the master plan is for.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ZoneKind {
    Industrial,
    Social,
    Logistics,
    Utility,
    GreenBuffer,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawZone {
    pub id: String,
    pub name: String,
    pub kind: ZoneKind,
    pub polygon_m: Vec<PointM>,
    /// Where this record's facts were published (`estimate…`: a value with no public figure).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// A road or railway as a polyline in metres.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawLine {
    pub id: String,
    pub name: String,
    pub points_m: Vec<PointM>,
    /// Where this record's facts were published (`estimate…`: a value with no public figure).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// A land rent schedule, tiered as at SCIP: the first hectare, then each further hectare.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawRentSchedule {
    pub id: String,
    /// Rent for the first hectare, park currency per year.
    pub first_ha_per_year: Num,
    /// Rent for each further hectare, park currency per year.
    pub further_ha_per_year: Num,
    /// Where this record's facts were published (`estimate…`: a value with no public figure).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// A plot's outline: an axis-aligned rectangle or a polygon, in metres.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub enum RawShape {
    Rect {
        x_m: f64,
        y_m: f64,
        width_m: f64,
        height_m: f64,
    },
    Polygon(Vec<PointM>),
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawPlot {
    /// Stable id, used in outputs and by anchors.
    pub id: String,
    /// Id of the zone the plot lies in.
    pub zone: String,
    pub shape: RawShape,
    /// Whether roads and utility connections reach the plot already.
    pub serviced: bool,
    /// Id of the rent schedule that applies.
    pub rent: String,
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
    pub kind: UtilityKind,
    /// Price to firms, USD per unit-hour of the kind's unit (USD/MWh, USD/m³, USD/t).
    pub tariff_usd_per_unit_hour: Num,
    /// Share of the firms' daily swings above and below their average that coincide on
    /// this utility (1 = all peak together, as their profiles say; 0.5 is the building
    /// rule in models.md). Shapes peak loads, not energy.
    #[serde(default = "one")]
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
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawSector {
    pub id: String,
    pub name: String,
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
    #[serde(default = "zero")]
    pub per_firm: Num,
    /// Demand per million USD of yearly output, in the utility's unit.
    #[serde(default = "zero")]
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

fn zero() -> Num {
    Num::plain(0.0)
}

/// A kind of firm: what it needs, brings and how it reacts to incentives.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawArchetype {
    pub id: String,
    pub name: String,
    /// Id of the sector it belongs to.
    pub sector: String,
    /// Weight among the archetypes of its sector when a prospect of that sector arrives.
    #[serde(default = "one")]
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

fn one() -> Num {
    Num::plain(1.0)
}

/// A named resident with real dates, placed on a given plot.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawAnchor {
    pub id: String,
    pub name: String,
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
    /// A preset of `scenes/regimes` (e.g. "tajikistan_fez"), instead of exemptions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preset: Option<String>,
    /// First month in force, "YYYY-MM".
    pub from: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exemptions: Vec<RawExemption>,
    /// Share of land rent waived.
    #[serde(default = "zero")]
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
