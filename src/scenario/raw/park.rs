//! The park as a place in a scene file: boundary, zones, roads and rail, rent schedules
//! and plots.

use serde::{Deserialize, Serialize};

use super::*;

/// The park as a place: name, money, boundary, zones, roads and rail.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawPark {
    pub name: String,
    /// The name in other languages, by language code (`ru`, `tg`, `az`): the planner shows
    /// its language's, else `name`.
    #[serde(default, skip_serializing_if = "Names::is_empty")]
    pub names: Names,
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
    /// Land released in phases, in order of opening; none: all the land from the start.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phases: Vec<RawPhase>,
    pub zones: Vec<RawZone>,
    #[serde(default)]
    pub roads: Vec<RawLine>,
    #[serde(default)]
    pub rail: Vec<RawLine>,
    /// Where this record's facts were published (`estimate…`: a value with no public figure).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// A phase of the park's land: the zones and plots that name it (and its extension of
/// the outline, if any) can be let from its opening month.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawPhase {
    pub id: String,
    pub name: String,
    /// The name in other languages, by language code (`ru`, `tg`, `az`).
    #[serde(default, skip_serializing_if = "Names::is_empty")]
    pub names: Names,
    /// The month from which its plots can be let, "YYYY-MM".
    pub opens: String,
    /// Public spending to prepare its land (grading, roads, networks to the plots), USD per
    /// hectare of its plots; spent evenly over `lead_months` before it opens.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site_prep_usd_per_ha: Option<Num>,
    /// Months of site preparation before it opens (0: spent in the month it opens).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub lead_months: u32,
    /// The park's gross area once this phase is open, hectares, as published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub park_area_ha: Option<Num>,
    /// Land added to the park's outline by this phase, metres (none: inside the outline).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extension_m: Vec<PointM>,
    /// Where this record's facts were published (`estimate…`: a value with no public figure).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

fn is_zero(v: &u32) -> bool {
    *v == 0
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
    /// The name in other languages, by language code (`ru`, `tg`, `az`): the planner shows
    /// its language's, else `name`.
    #[serde(default, skip_serializing_if = "Names::is_empty")]
    pub names: Names,
    pub kind: ZoneKind,
    pub polygon_m: Vec<PointM>,
    /// The phase whose opening releases the zone's plots (none: from the start).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase: Option<String>,
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
    /// The phase whose opening releases the plot (none: its zone's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase: Option<String>,
}
