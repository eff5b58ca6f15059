//! The scene file as written by people: plain serde types that mirror `scenes/*.ron`.
//!
//! Nothing here is trusted: `validate` turns a [`RawScenario`] into a checked
//! [`Scenario`](super::Scenario). Every struct rejects unknown fields, so a typo is
//! reported (with the nearest known field) instead of being silently ignored.

pub use super::names::Names;
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

mod demand;
mod firms;
mod fiscal;
mod operations;
mod park;
mod utilities;

pub use demand::*;
pub use firms::*;
pub use fiscal::*;
pub use operations::*;
pub use park::*;
pub use utilities::*;

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

fn zero() -> Num {
    Num::plain(0.0)
}

fn one() -> Num {
    Num::plain(1.0)
}
