//! Utilities of a validated scenario: kinds and units, sources and what they serve, networks
//! (junctions, links, their ends), assets and their failures, and what a utility does
//! when a new resident's load does not fit.

use super::*;

/// A utility asset: a source, or a link of the utility's network (by index).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Asset {
    Source(usize),
    Link(usize),
}

/// Random failures of an asset: mean time between failures and mean repair time.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Failures {
    pub mtbf_years: f64,
    pub repair_hours: f64,
}

/// What happens when a new resident's load does not fit its plot's network.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Connection {
    /// The prospect looks at other plots (or goes elsewhere).
    Refuse,
    /// The firm pays to reinforce the short assets and waits for the work.
    Reinforce {
        capex_usd_per_unit: f64,
        lead_months: u32,
    },
}

impl LoadProfile {
    pub const ALL: [LoadProfile; 3] = [
        LoadProfile::Continuous,
        LoadProfile::TwoShifts,
        LoadProfile::DayShift,
    ];

    /// Position in [`LoadProfile::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The multiple of the daily average drawn in each hour of the day (mean 1).
    pub fn hourly(self) -> [f64; 24] {
        let mut h = [1.0; 24];
        match self {
            LoadProfile::Continuous => {}
            LoadProfile::TwoShifts => {
                for (hour, v) in h.iter_mut().enumerate() {
                    *v = if (6..22).contains(&hour) { 1.3 } else { 0.4 };
                }
            }
            LoadProfile::DayShift => {
                for (hour, v) in h.iter_mut().enumerate() {
                    *v = if (8..17).contains(&hour) { 2.0 } else { 0.4 };
                }
            }
        }
        h
    }

    /// Peak hour's multiple of the average.
    pub fn peak_factor(self) -> f64 {
        self.hourly().into_iter().fold(0.0, f64::max)
    }
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
    /// Nominal voltage, kV (power networks).
    pub voltage_kv: Option<f64>,
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
    /// A transformer between two voltage levels (power).
    pub transformer: bool,
    pub failures: Option<Failures>,
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
pub struct Utility {
    pub id: String,
    pub name: String,
    /// The name in other languages, by language code (see [`super::Named`]).
    pub names: super::Names,
    pub kind: UtilityKind,
    pub tariff_usd_per_unit_hour: f64,
    /// Share of the firms' daily swings that coincide, 0–1.
    pub diversity_factor: f64,
    pub connection: Connection,
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

    /// Unit of capacities and demands in the language shown (`unit()` stays the
    /// files' unit).
    pub fn unit_shown(self) -> String {
        match self {
            UtilityKind::Power => crate::tr!("unit-mw"),
            UtilityKind::Gas | UtilityKind::Water | UtilityKind::Wastewater => {
                crate::tr!("unit-m3-per-hour")
            }
            UtilityKind::Steam => crate::tr!("unit-t-per-hour"),
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

    /// Unit of a quantity over time (a month's energy or volume), as people write it.
    pub fn quantity_unit(self) -> &'static str {
        match self {
            UtilityKind::Power => "MWh",
            UtilityKind::Gas | UtilityKind::Water | UtilityKind::Wastewater => "m³",
            UtilityKind::Steam => "t",
        }
    }

    /// Unit of a quantity over time as used in column names.
    pub fn quantity_slug(self) -> &'static str {
        match self {
            UtilityKind::Power => "mwh",
            UtilityKind::Gas | UtilityKind::Water | UtilityKind::Wastewater => "m3",
            UtilityKind::Steam => "t",
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
    /// Nominal voltage of its feeders, kV (power sources in a network).
    pub voltage_kv: Option<f64>,
    pub failures: Option<Failures>,
    /// The named resident that paid for it and owns it; none: the park's own.
    pub built_by: Option<BuiltBy>,
}

/// A source built at a resident's cost (see [`Source::built_by`]).
#[derive(Clone, Debug, PartialEq)]
pub struct BuiltBy {
    /// Index into the scenario's anchors.
    pub anchor: usize,
    /// USD, counted in the resident's investment.
    pub capex_usd: f64,
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
