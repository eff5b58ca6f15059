//! Scenario files: the RON format (`raw`), its validation into a typed [`Scenario`],
//! and a generator of synthetic parks for scale tests.
//!
//! Files are checked once, here, at the edge: past [`load`] the model trusts its data.

pub mod built_in;
pub mod date;
pub mod edit;
pub mod error;
pub mod geometry;
pub mod names;
mod operations;
pub mod raw;
pub mod referenced;
pub mod regimes;
mod ron_text;
pub mod synthetic;
mod utilities;
mod validate;

pub(crate) use validate::{describe_parse_error, did_you_mean, read as read_scene_text};

use std::path::{Path, PathBuf};

pub use date::YearMonth;
pub use error::{ScenarioError, ScenarioErrors};
pub use names::{Named, Names};
pub use operations::*;
pub use raw::{
    CouplingKind, Hazard, Instrument, LoadProfile, PointM, RawScenario, UtilityKind, ZoneKind,
};
pub use utilities::*;

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
    pub simulation: RunSettings,
    pub fiscal: Fiscal,
    /// When residents expand, downsize or leave; `None`: they never do.
    pub lifecycle: Option<Lifecycle>,
    /// Observed points, in date order.
    pub observed: Vec<Observation>,
    /// Utility networks, at most one per utility.
    pub networks: Vec<Network>,
    /// Per archetype, per utility: its curtailment priority (1 = served first).
    pub curtailment_priority: Vec<Vec<u8>>,
    /// Scheduled and scripted outages, in the order of the file.
    pub outages: Vec<Outage>,
    pub outside_suppliers: Vec<OutsideSupplier>,
    /// Couplings, each after every coupling that feeds its supplier.
    pub couplings: Vec<Coupling>,
    pub expansions: Vec<Expansion>,
}

/// Terms of a plot's value beyond rent, incentives and headroom (see
/// [`raw::RawSiteFactors`]); all zero when the scene gives none.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct SiteFactors {
    pub rail_km_sensitivity: f64,
    pub road_km_sensitivity: f64,
    pub same_sector_neighbour_value: f64,
    pub neighbour_radius_m: f64,
    pub hazard_neighbour_penalty: f64,
    pub hazard_buffer_m: f64,
    pub feedstock_supplier_value: f64,
}

/// What happens to residents after they start producing (see [`raw::RawLifecycle`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Lifecycle {
    pub distress_below_share: f64,
    pub downsize_after_months: u32,
    pub downsize_share: f64,
    pub exit_after_months: u32,
    pub expand_after_years: f64,
    pub expand_probability_per_year: f64,
    pub expand_share: f64,
}

/// How the ledger values incentives (see [`raw::RawFiscal`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fiscal {
    pub discount_rate: f64,
    pub redundancy_share: f64,
    pub redundancy_range: (f64, f64),
    pub supplier_taxes_per_usd_output: f64,
}

impl Default for Fiscal {
    /// Without a `fiscal` section: 10 % a year, and seven residents in ten who would have
    /// come anyway (0.5–0.9), the middle of what investor surveys report (estimate).
    fn default() -> Self {
        Self {
            discount_rate: 0.1,
            redundancy_share: 0.7,
            redundancy_range: (0.5, 0.9),
            supplier_taxes_per_usd_output: 0.0,
        }
    }
}

/// An observed point of the park's history.
#[derive(Clone, Debug, PartialEq)]
pub struct Observation {
    pub date: YearMonth,
    pub registered_firms: Option<f64>,
    pub operating_firms: Option<f64>,
    pub investment_usd: Option<f64>,
    /// Investment committed by the registered residents, USD.
    pub portfolio_usd: Option<f64>,
    pub jobs: Option<f64>,
    pub land_let_ha: Option<f64>,
    /// Open land not let, hectares.
    pub land_free_ha: Option<f64>,
    pub output_usd_per_year: Option<f64>,
    pub source: String,
}

#[derive(Clone, Debug)]
pub struct Park {
    pub name: String,
    /// The name in other languages, by language code (see [`Named`]).
    pub names: Names,
    pub country: String,
    pub currency: String,
    pub usd_per_currency_unit: f64,
    pub gross_area_ha: f64,
    pub boundary_m: Vec<PointM>,
    /// WGS 84 (latitude, longitude) of the point (0, 0), if the scene gives it.
    pub origin_lat_lon: Option<(f64, f64)>,
    pub roads: Vec<Line>,
    pub rail: Vec<Line>,
    /// Land released in phases, in order of opening.
    pub phases: Vec<Phase>,
}

/// A phase of the park's land (see [`raw::RawPhase`]).
#[derive(Clone, Debug)]
pub struct Phase {
    pub id: String,
    pub name: String,
    /// The name in other languages, by language code (see [`Named`]).
    pub names: Names,
    pub opens: YearMonth,
    pub site_prep_usd_per_ha: f64,
    pub lead_months: u32,
    /// Published gross area of the park once it is open, if the scene gives it.
    pub park_area_ha: Option<f64>,
    pub extension_m: Vec<PointM>,
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
    /// The name in other languages, by language code (see [`Named`]).
    pub names: Names,
    pub kind: ZoneKind,
    pub polygon_m: Vec<PointM>,
    pub area_ha: f64,
    /// Index into [`Park::phases`] of the phase that releases it (none: from the start).
    pub phase: Option<usize>,
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
    /// Index into [`Park::phases`] of the phase that releases it: its own, else its
    /// zone's; none: from the start.
    pub phase: Option<usize>,
}

#[derive(Clone, Debug)]
pub struct Sector {
    pub id: String,
    pub name: String,
    /// The name in other languages, by language code (see [`Named`]).
    pub names: Names,
}

/// A firm's draw on one utility at full output.
#[derive(Clone, Debug)]
pub struct Use {
    /// Index into [`Scenario::utilities`].
    pub utility: usize,
    pub per_firm: f64,
    pub per_musd_output: f64,
    /// How the draw varies over a day.
    pub profile: LoadProfile,
}

#[derive(Clone, Debug)]
pub struct Archetype {
    pub id: String,
    pub name: String,
    /// The name in other languages, by language code (see [`Named`]).
    pub names: Names,
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
    /// Indices of the archetypes whose presence supplies its feedstock.
    pub feedstock_from: Vec<usize>,
}

impl Archetype {
    /// The daily profile of its draw on the utility at index `utility`.
    pub fn profile_on(&self, utility: usize) -> LoadProfile {
        self.uses
            .iter()
            .find(|u| u.utility == utility)
            .map_or(LoadProfile::Continuous, |u| u.profile)
    }
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
    /// The name in other languages, by language code (see [`Named`]).
    pub names: Names,
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
    /// Inclusive range of months between choosing a plot and registering.
    pub negotiation_months: (u32, u32),
    /// Share of the prospects that register and never build or produce.
    pub dormant_share: f64,
    pub site_factors: SiteFactors,
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
    /// The name in other languages, by language code (see [`Named`]).
    pub names: Names,
    /// The preset of `scenes/regimes` it is, if the scene names one.
    pub preset: Option<String>,
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

/// The run's settings from the scene's `simulation` section (the runner itself is
/// [`crate::sim::Simulation`]).
#[derive(Clone, Debug)]
pub struct RunSettings {
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

    /// What the named resident `anchor` paid for utility sources it built and owns, USD
    /// (part of its investment; see [`Source::built_by`]).
    pub fn infrastructure_built_by(&self, anchor: usize) -> f64 {
        self.utilities
            .iter()
            .flat_map(|u| &u.sources)
            .filter_map(|s| s.built_by.as_ref())
            .filter(|b| b.anchor == anchor)
            .map(|b| b.capex_usd)
            .sum()
    }

    /// Looks a plot up by its id.
    pub fn plot_index(&self, id: &str) -> Option<usize> {
        self.plots.iter().position(|p| p.id == id)
    }

    /// The corners of the park's land: its boundary and the land each phase adds.
    pub fn land_points(&self) -> Vec<PointM> {
        let mut points = self.park.boundary_m.clone();
        points.extend(
            self.park
                .phases
                .iter()
                .flat_map(|p| p.extension_m.iter().copied()),
        );
        points
    }

    /// The month from which `plot` can be let: its phase's opening; `None` when it belongs
    /// to no phase (open from the start).
    pub fn plot_opens(&self, plot: usize) -> Option<YearMonth> {
        self.plots[plot].phase.map(|k| self.park.phases[k].opens)
    }

    /// Whether `plot`'s land is released in `month`.
    pub fn plot_open(&self, plot: usize, month: YearMonth) -> bool {
        self.plot_opens(plot).is_none_or(|opens| opens <= month)
    }

    /// How many phases have opened by `month` (phases open in date order).
    pub fn phases_open(&self, month: YearMonth) -> usize {
        self.park.phases.iter().filter(|p| p.opens <= month).count()
    }

    /// Area of the plots released by `month`, hectares.
    pub fn land_open_ha(&self, month: YearMonth) -> f64 {
        (0..self.plots.len())
            .filter(|&j| self.plot_open(j, month))
            .map(|j| self.plots[j].area_ha)
            .sum()
    }

    /// Public spending on site preparation in `month`, USD: each phase's cost per hectare
    /// times its plots' area, spread evenly over the `lead_months` before it opens (all in
    /// its opening month when it has no lead time).
    pub fn site_prep_usd(&self, month: YearMonth) -> f64 {
        self.park
            .phases
            .iter()
            .enumerate()
            .filter(|(_, p)| p.site_prep_usd_per_ha > 0.0)
            .map(|(k, p)| {
                let first = p.opens.plus_months(-(p.lead_months as i32));
                let in_window = if p.lead_months == 0 {
                    month == p.opens
                } else {
                    first <= month && month < p.opens
                };
                if !in_window {
                    return 0.0;
                }
                let area_ha: f64 = self
                    .plots
                    .iter()
                    .filter(|plot| plot.phase == Some(k))
                    .map(|plot| plot.area_ha)
                    .sum();
                p.site_prep_usd_per_ha * area_ha / p.lead_months.max(1) as f64
            })
            .sum()
    }
}

/// The small park of `tests/fixtures/small_park.ron`, which the unit tests share.
#[cfg(test)]
pub(crate) fn small_park_for_tests() -> Scenario {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/small_park.ron");
    load(&path).expect("the small park fixture is valid")
}

/// Largest scene file [`load`] reads, bytes: 256 MiB, ten times the 100,000-plot
/// synthetic park (about 23 MB).
pub const MAX_SCENE_BYTES: u64 = 256 * 1024 * 1024;

/// Reads and validates a scene file (at most [`MAX_SCENE_BYTES`]). A built-in scene's
/// path (`scenes/sumgayit.ron`, `scenes/template.ron`) with no file there is read from
/// the program (see [`built_in`]).
pub fn load(path: &Path) -> Result<Scenario, ScenarioErrors> {
    if built_in::is_used_for(path)
        && let Some(text) = built_in::text_of(path)
    {
        return parse(text, path);
    }
    load_with_limit(path, MAX_SCENE_BYTES)
}

/// Reads and validates a scene file of at most `max_bytes`; anything that is not a
/// regular file (a folder, a pipe, a device such as `/dev/zero`) is refused unread.
pub fn load_with_limit(path: &Path, max_bytes: u64) -> Result<Scenario, ScenarioErrors> {
    parse(&validate::read(path, max_bytes)?, path)
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

/// Writes a scenario's raw form as RON text (the form [`parse`] reads); no number is
/// written as `-0.0`.
pub fn to_ron(raw: &RawScenario) -> Result<String, ron::Error> {
    let config = ron::ser::PrettyConfig::new()
        .depth_limit(4)
        .indentor("  ".to_owned());
    let text = ron_options().to_string_pretty(raw, config)?;
    Ok(ron_text::without_negative_zeros(&text))
}

/// RON as scene files use it: optional values are written without `Some(...)`.
pub(crate) fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}
