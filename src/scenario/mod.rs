//! Scenario files: the RON format (`raw`), its validation into a typed [`Scenario`],
//! and a generator of synthetic parks for scale tests.
//!
//! Files are checked once, here, at the edge: past [`load`] the model trusts its data.

pub mod date;
pub mod edit;
pub mod error;
pub mod geometry;
pub mod raw;
pub mod synthetic;
mod validate;

use std::path::{Path, PathBuf};

pub use date::YearMonth;
pub use error::{ScenarioError, ScenarioErrors};
pub use raw::{Hazard, Instrument, PointM, RawScenario, UtilityKind, ZoneKind};

use crate::tr;

/// Hours in an average month (8,760 h / 12), used to turn rates into monthly volumes.
pub const HOURS_PER_MONTH: f64 = 730.0;

/// A validated scenario: every id resolved to an index, every number checked.
#[derive(Clone, Debug)]
pub struct Scenario {
    /// The file it was read from, for messages.
    pub file: PathBuf,
    /// The file's content as written, kept so an edited scene can be saved back.
    pub raw: RawScenario,
    pub park: Park,
    pub zones: Vec<Zone>,
    pub rent_schedules: Vec<RentSchedule>,
    pub plots: Vec<Plot>,
    pub utilities: Vec<Utility>,
    pub sectors: Vec<Sector>,
    pub archetypes: Vec<Archetype>,
    pub anchors: Vec<Anchor>,
    pub demand: Demand,
    pub taxes: Taxes,
    /// Incentive regimes in order of their start month; the first starts no later than the run.
    pub regimes: Vec<Regime>,
    pub simulation: Simulation,
    /// Utility networks, at most one per utility.
    pub networks: Vec<Network>,
}

/// One utility's network (see [`raw::RawNetwork`]).
#[derive(Clone, Debug)]
pub struct Network {
    /// Index into [`Scenario::utilities`].
    pub utility: usize,
    pub junctions: Vec<Junction>,
    pub links: Vec<Link>,
}

#[derive(Clone, Debug)]
pub struct Junction {
    pub id: String,
    pub location_m: PointM,
}

/// An end of a link.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NodeRef {
    /// Index into the utility's sources.
    Source(usize),
    /// Index into the network's junctions.
    Junction(usize),
    /// Index into [`Scenario::plots`].
    Plot(usize),
}

#[derive(Clone, Debug)]
pub struct Link {
    pub id: String,
    pub from: NodeRef,
    pub to: NodeRef,
    /// In the utility kind's unit.
    pub capacity: f64,
    /// Straight-line length between its ends, metres.
    pub length_m: f64,
}

impl Scenario {
    /// The network of a utility, if the scene gives one.
    pub fn network_of(&self, utility: usize) -> Option<&Network> {
        self.networks.iter().find(|n| n.utility == utility)
    }

    /// Where a network node stands, metres.
    pub fn node_location(&self, network: &Network, node: NodeRef) -> PointM {
        match node {
            NodeRef::Source(s) => self.utilities[network.utility].sources[s].location_m,
            NodeRef::Junction(j) => network.junctions[j].location_m,
            NodeRef::Plot(p) => self.plots[p].centroid_m,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Park {
    pub name: String,
    pub country: String,
    pub currency: String,
    pub usd_per_currency_unit: f64,
    pub gross_area_ha: f64,
    pub boundary_m: Vec<PointM>,
    /// WGS 84 (latitude, longitude) of the point (0, 0), if the scene gives it.
    pub origin_lat_lon: Option<(f64, f64)>,
    pub roads: Vec<Line>,
    pub rail: Vec<Line>,
}

#[derive(Clone, Debug)]
pub struct Line {
    pub id: String,
    pub name: String,
    pub points_m: Vec<PointM>,
}

#[derive(Clone, Debug)]
pub struct Zone {
    pub id: String,
    pub name: String,
    pub kind: ZoneKind,
    pub polygon_m: Vec<PointM>,
    pub area_ha: f64,
}

#[derive(Clone, Debug)]
pub struct RentSchedule {
    pub id: String,
    pub first_ha_per_year: f64,
    pub further_ha_per_year: f64,
}

impl RentSchedule {
    /// Yearly rent of a plot of `area_ha`, park currency: the first hectare at its own
    /// rate, the rest at the further-hectare rate (a plot under 1 ha pays pro rata).
    pub fn rent_per_year(&self, area_ha: f64) -> f64 {
        self.first_ha_per_year * area_ha.min(1.0)
            + self.further_ha_per_year * (area_ha - 1.0).max(0.0)
    }
}

#[derive(Clone, Debug)]
pub struct Plot {
    pub id: String,
    /// Index into [`Scenario::zones`].
    pub zone: usize,
    pub polygon_m: Vec<PointM>,
    pub area_ha: f64,
    pub centroid_m: PointM,
    pub serviced: bool,
    /// Index into [`Scenario::rent_schedules`].
    pub rent: usize,
}

#[derive(Clone, Debug)]
pub struct Utility {
    pub id: String,
    pub name: String,
    pub kind: UtilityKind,
    pub tariff_usd_per_unit_hour: f64,
    pub sources: Vec<Source>,
}

impl UtilityKind {
    /// Every kind, in output order.
    pub const ALL: [UtilityKind; 5] = [
        UtilityKind::Power,
        UtilityKind::Gas,
        UtilityKind::Water,
        UtilityKind::Wastewater,
        UtilityKind::Steam,
    ];

    /// Unit of capacities and demands, as people write it.
    pub fn unit(self) -> &'static str {
        match self {
            UtilityKind::Power => "MW",
            UtilityKind::Gas | UtilityKind::Water | UtilityKind::Wastewater => "m³/h",
            UtilityKind::Steam => "t/h",
        }
    }

    /// Unit as used in column names.
    pub fn unit_slug(self) -> &'static str {
        match self {
            UtilityKind::Power => "mw",
            UtilityKind::Gas | UtilityKind::Water | UtilityKind::Wastewater => "m3h",
            UtilityKind::Steam => "th",
        }
    }

    /// Lower-case name as used in column names.
    pub fn slug(self) -> &'static str {
        match self {
            UtilityKind::Power => "power",
            UtilityKind::Gas => "gas",
            UtilityKind::Water => "water",
            UtilityKind::Wastewater => "wastewater",
            UtilityKind::Steam => "steam",
        }
    }
}

/// Which plots a utility source serves.
#[derive(Clone, Debug)]
pub enum Serves {
    All,
    /// Indices into [`Scenario::zones`].
    Zones(Vec<usize>),
    /// Indices into [`Scenario::plots`].
    Plots(Vec<usize>),
}

#[derive(Clone, Debug)]
pub struct Source {
    pub id: String,
    pub name: String,
    /// In the utility kind's unit.
    pub capacity: f64,
    pub in_service: Option<YearMonth>,
    pub serves: Serves,
    /// Where the source stands, metres (see [`Source::location_given`]).
    pub location_m: PointM,
    /// Whether the scene gives the location; if not, the source is placed beside the
    /// park's west edge, in file order, so it can still be drawn and selected.
    pub location_given: bool,
}

impl Source {
    /// Whether the source serves the plot.
    pub fn serves_plot(&self, plot_index: usize, plot: &Plot) -> bool {
        match &self.serves {
            Serves::All => true,
            Serves::Zones(zones) => zones.contains(&plot.zone),
            Serves::Plots(plots) => plots.contains(&plot_index),
        }
    }

    /// Whether the source delivers in `month`.
    pub fn in_service_at(&self, month: YearMonth) -> bool {
        self.in_service.is_none_or(|from| from <= month)
    }
}

#[derive(Clone, Debug)]
pub struct Sector {
    pub id: String,
    pub name: String,
}

/// A firm's draw on one utility at full output.
#[derive(Clone, Debug)]
pub struct Use {
    /// Index into [`Scenario::utilities`].
    pub utility: usize,
    pub per_firm: f64,
    pub per_musd_output: f64,
}

#[derive(Clone, Debug)]
pub struct Archetype {
    pub id: String,
    pub name: String,
    /// Index into [`Scenario::sectors`].
    pub sector: usize,
    pub share_of_sector: f64,
    pub land_ha: f64,
    pub investment_usd: f64,
    pub imported_equipment_share: f64,
    pub jobs: f64,
    pub wage_usd_per_month: f64,
    pub output_usd_per_year: f64,
    pub profit_margin: f64,
    /// Inclusive range of construction months.
    pub construction_months: (u32, u32),
    pub ramp_up_months: u32,
    pub incentive_sensitivity: f64,
    pub hazard: Hazard,
    pub zones: Vec<ZoneKind>,
    pub uses: Vec<Use>,
}

impl Archetype {
    /// Demand on the utility at index `utility` at full output, in its unit.
    pub fn full_demand(&self, utility: usize) -> f64 {
        self.uses
            .iter()
            .filter(|u| u.utility == utility)
            .map(|u| u.per_firm + u.per_musd_output * self.output_usd_per_year / 1e6)
            .sum()
    }
}

#[derive(Clone, Debug)]
pub struct Anchor {
    pub id: String,
    pub name: String,
    pub archetype: usize,
    pub plot: usize,
    pub registered: YearMonth,
    pub operating: Option<YearMonth>,
    pub investment_usd: Option<f64>,
    pub jobs: Option<f64>,
}

#[derive(Clone, Debug)]
pub struct Arrival {
    pub sector: usize,
    pub prospects_per_year: f64,
    pub park_appeal: f64,
    pub from: Option<YearMonth>,
}

#[derive(Clone, Debug)]
pub struct Demand {
    pub outside_option_value: f64,
    pub rent_sensitivity: f64,
    pub shortage_sensitivity: f64,
    pub horizon_years: f64,
    pub discount_rate: f64,
    pub max_plot_to_need_ratio: f64,
    pub arrivals: Vec<Arrival>,
}

impl Demand {
    /// Present value of 1 per year over the horizon at the discount rate (annuity factor).
    pub fn annuity_factor(&self, years: f64) -> f64 {
        let years = years.min(self.horizon_years).max(0.0);
        if self.discount_rate <= 0.0 {
            years
        } else {
            (1.0 - (1.0 + self.discount_rate).powf(-years)) / self.discount_rate
        }
    }
}

#[derive(Clone, Debug)]
pub struct Taxes {
    pub profit_tax_rate: f64,
    pub property_tax_rate: f64,
    pub land_tax_per_ha_year: f64,
    pub import_vat_rate: f64,
    pub import_duty_rate: f64,
    pub social_insurance_rate: f64,
    pub personal_income_tax_rate: f64,
}

#[derive(Clone, Debug)]
pub struct Exemption {
    pub instrument: Instrument,
    pub share: f64,
    pub years: f64,
}

#[derive(Clone, Debug)]
pub struct Regime {
    pub name: String,
    pub from: YearMonth,
    pub exemptions: Vec<Exemption>,
    pub rent_discount_share: f64,
    /// (share refunded, years from registration)
    pub utility_refund: Option<(f64, f64)>,
}

impl Regime {
    /// Share of `instrument` exempted for a firm `months_since_registration` after it registered.
    pub fn exempt_share(&self, instrument: Instrument, months_since_registration: i32) -> f64 {
        self.exemptions
            .iter()
            .filter(|e| e.instrument == instrument)
            .filter(|e| (months_since_registration as f64) < e.years * 12.0)
            .map(|e| e.share)
            .fold(0.0, f64::max)
    }

    /// Share of utility bills refunded `months_since_registration` after registration.
    pub fn refund_share(&self, months_since_registration: i32) -> f64 {
        match self.utility_refund {
            Some((share, years)) if (months_since_registration as f64) < years * 12.0 => share,
            _ => 0.0,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Simulation {
    pub start: YearMonth,
    pub months: u32,
    pub seed: u64,
}

impl Scenario {
    /// The regime in force in `month` (the last one that started by then).
    pub fn regime_at(&self, month: YearMonth) -> &Regime {
        &self.regimes[self.regime_index_at(month)]
    }

    /// Index into [`Scenario::regimes`] of the regime in force in `month`.
    pub fn regime_index_at(&self, month: YearMonth) -> usize {
        self.regimes
            .iter()
            .rposition(|r| r.from <= month)
            .unwrap_or(0)
    }

    /// Total area of all plots, hectares.
    pub fn plot_area_ha(&self) -> f64 {
        self.plots.iter().map(|p| p.area_ha).sum()
    }

    /// Looks a plot up by its id.
    pub fn plot_index(&self, id: &str) -> Option<usize> {
        self.plots.iter().position(|p| p.id == id)
    }
}

/// Reads and validates a scene file.
pub fn load(path: &Path) -> Result<Scenario, ScenarioErrors> {
    let fail = |message: String| {
        ScenarioErrors(vec![ScenarioError {
            file: path.to_path_buf(),
            location: None,
            message,
        }])
    };
    let bytes = std::fs::read(path).map_err(|e| {
        fail(match e.kind() {
            std::io::ErrorKind::NotFound => tr!("scene-no-such-file"),
            std::io::ErrorKind::PermissionDenied => tr!("scene-permission-denied"),
            std::io::ErrorKind::IsADirectory => tr!("scene-is-folder"),
            _ => tr!("scene-cannot-read", reason = e.to_string()),
        })
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        fail(tr!("scene-not-utf8", offset = at))
    })?;
    parse(&text, path)
}

/// Parses and validates scene text; `file` names it in messages.
pub fn parse(text: &str, file: &Path) -> Result<Scenario, ScenarioErrors> {
    validate::parse_and_validate(text, file)
}

/// Validates a scene held in memory (for example after an edit). Errors carry no line and
/// column, since there is no file text.
pub fn from_raw(raw: RawScenario, file: &Path) -> Result<Scenario, ScenarioErrors> {
    validate::check(raw, "", file)
}

/// Writes a scenario's raw form as RON text (the form [`parse`] reads).
pub fn to_ron(raw: &RawScenario) -> Result<String, ron::Error> {
    let config = ron::ser::PrettyConfig::new()
        .depth_limit(4)
        .indentor("  ".to_owned());
    ron_options().to_string_pretty(raw, config)
}

/// RON as scene files use it: optional values are written without `Some(...)`.
pub(crate) fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}
