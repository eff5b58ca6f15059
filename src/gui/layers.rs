//! What the map colours mean: one layer at a time (zone, status, sector, utility loading,
//! rent), each plot's colour in that layer, and the legend. Pure functions of the model's
//! state, so they are tested without a window.

use crate::report::facts::{status_hex, status_name, zone_kind_name};
use crate::report::shown::grouped;
use crate::scenario::Named;
use crate::scenario::{Scenario, ZoneKind};
use crate::sim::plots::PlotStatus;
use crate::tr;

/// The map layer the planner shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum MapLayer {
    Zone,
    /// When each plot's land is released (its phase).
    Phase,
    #[default]
    Status,
    Sector,
    UtilityLoading,
    Headroom,
    Rent,
}

impl MapLayer {
    pub const ALL: [MapLayer; 7] = [
        MapLayer::Zone,
        MapLayer::Phase,
        MapLayer::Status,
        MapLayer::Sector,
        MapLayer::UtilityLoading,
        MapLayer::Headroom,
        MapLayer::Rent,
    ];

    /// The layer `--layer` (and a tour's `layer`) names.
    pub fn from_arg(arg: crate::cli::LayerArg) -> Self {
        use crate::cli::LayerArg;
        match arg {
            LayerArg::Zones => MapLayer::Zone,
            LayerArg::Phase => MapLayer::Phase,
            LayerArg::Status => MapLayer::Status,
            LayerArg::Sector => MapLayer::Sector,
            LayerArg::UtilityLoading => MapLayer::UtilityLoading,
            LayerArg::Headroom => MapLayer::Headroom,
            LayerArg::Rent => MapLayer::Rent,
        }
    }

    /// The name `--layer` (and a tour's `layer`) gives this layer.
    pub fn arg_name(self) -> String {
        <crate::cli::LayerArg as clap::ValueEnum>::value_variants()
            .iter()
            .find(|a| MapLayer::from_arg(**a) == self)
            .and_then(clap::ValueEnum::to_possible_value)
            .map(|v| v.get_name().to_owned())
            .unwrap_or_default()
    }

    /// The layer's name as the planner reads it.
    pub fn label(self) -> String {
        match self {
            MapLayer::Zone => tr!("layer-zone"),
            MapLayer::Phase => tr!("layer-phase"),
            MapLayer::Status => tr!("layer-status"),
            MapLayer::Sector => tr!("layer-sector"),
            MapLayer::UtilityLoading => tr!("layer-utility-loading"),
            MapLayer::Headroom => tr!("layer-headroom"),
            MapLayer::Rent => tr!("layer-rent"),
        }
    }
}

/// An sRGB colour, 0–1 per channel.
pub type Rgb = [f32; 3];

const fn hex(v: u32) -> Rgb {
    [
        ((v >> 16) & 0xff) as f32 / 255.0,
        ((v >> 8) & 0xff) as f32 / 255.0,
        (v & 0xff) as f32 / 255.0,
    ]
}

/// The map's colours: the standard ones, or a palette colour-blind viewers tell apart
/// (Okabe–Ito for categories, cividis for the sequential layers), chosen in the layers
/// panel. Every legend names its colours in words as well.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Palette {
    #[default]
    Standard,
    ColourBlindSafe,
}

impl Palette {
    pub const ALL: [Palette; 2] = [Palette::Standard, Palette::ColourBlindSafe];

    pub fn label(self) -> String {
        match self {
            Palette::Standard => tr!("palette-standard"),
            Palette::ColourBlindSafe => tr!("palette-colour-blind"),
        }
    }

    /// A sequential colour for `t` from 0 to 1 (clamped): green, yellow, red in the
    /// standard palette; cividis (dark blue to yellow) in the colour-blind safe one.
    pub fn ramp(self, t: f64) -> Rgb {
        match self {
            Palette::Standard => ramp(t),
            Palette::ColourBlindSafe => cividis(t),
        }
    }

    /// Colour of a plot status.
    pub fn status(self, status: PlotStatus) -> Rgb {
        match self {
            Palette::Standard => status_colour(status),
            Palette::ColourBlindSafe => match status {
                PlotStatus::Free => hex(0xdddddd),
                PlotStatus::Reserved => hex(0xf0e442),
                PlotStatus::UnderConstruction => hex(0xe69f00),
                PlotStatus::Dormant => hex(0x999999),
                PlotStatus::Operating => hex(0x0072b2),
            },
        }
    }

    /// Colour of a zone kind.
    pub fn zone(self, kind: ZoneKind) -> Rgb {
        match self {
            Palette::Standard => zone_colour(kind),
            Palette::ColourBlindSafe => match kind {
                ZoneKind::Industrial => hex(0xcc79a7),
                ZoneKind::Social => hex(0xe69f00),
                ZoneKind::Logistics => hex(0x999999),
                ZoneKind::Utility => hex(0x56b4e9),
                ZoneKind::GreenBuffer => hex(0x009e73),
            },
        }
    }

    /// Colour of a sector, by its position in the scene.
    pub fn sector(self, sector: usize) -> Rgb {
        match self {
            Palette::Standard => sector_colour(sector),
            Palette::ColourBlindSafe => hex(OKABE_ITO[sector % OKABE_ITO.len()]),
        }
    }
}

/// The Okabe–Ito colours, black last.
const OKABE_ITO: [u32; 8] = [
    0xe69f00, 0x56b4e9, 0x009e73, 0xf0e442, 0x0072b2, 0xd55e00, 0xcc79a7, 0x000000,
];

/// Cividis, a sequential scale read alike by colour-blind and other viewers (Nuñez et
/// al. 2018), by five of its stops, mixed linearly between them.
pub fn cividis(t: f64) -> Rgb {
    const STOPS: [u32; 5] = [0x00204d, 0x414d6b, 0x7c7b78, 0xbcaf6f, 0xffea46];
    let x = t.clamp(0.0, 1.0) as f32 * (STOPS.len() - 1) as f32;
    let i = (x.floor() as usize).min(STOPS.len() - 2);
    mix(hex(STOPS[i]), hex(STOPS[i + 1]), x - i as f32)
}

fn mix(a: Rgb, b: Rgb, u: f32) -> Rgb {
    [
        a[0] + (b[0] - a[0]) * u,
        a[1] + (b[1] - a[1]) * u,
        a[2] + (b[2] - a[2]) * u,
    ]
}

/// Outline of a resident short of a utility this month.
pub const CURTAILED_RGB: Rgb = hex(0xd90000);
/// Outline of a resident stopped this month by an outage or its supplier's stop.
pub const STOPPED_RGB: Rgb = hex(0xff8c00);
/// Cross on a source or link out of service this month.
pub const OUT_OF_SERVICE_RGB: Rgb = hex(0x111111);

/// Colours of the status layer (see [`status_hex`]).
pub const FREE: Rgb = hex(status_hex(PlotStatus::Free));
pub const RESERVED: Rgb = hex(status_hex(PlotStatus::Reserved));
pub const UNDER_CONSTRUCTION: Rgb = hex(status_hex(PlotStatus::UnderConstruction));
/// A plot held by a resident that registered and does not build.
pub const DORMANT: Rgb = hex(status_hex(PlotStatus::Dormant));
pub const OPERATING: Rgb = hex(status_hex(PlotStatus::Operating));
/// A plot with no value in the layer (e.g. no resident in the sector layer).
pub const NO_VALUE: Rgb = hex(0xdedede);
/// Plots released from the start, in the phase layer.
pub const FROM_THE_START: Rgb = hex(0x8d99ae);
/// A plot whose phase has not opened, in the status layer: it cannot be let yet.
pub const NOT_YET_OPEN: Rgb = hex(crate::report::facts::NOT_YET_OPEN_HEX);

/// Colour of a plot status.
pub fn status_colour(status: PlotStatus) -> Rgb {
    match status {
        PlotStatus::Free => FREE,
        PlotStatus::Reserved => RESERVED,
        PlotStatus::UnderConstruction => UNDER_CONSTRUCTION,
        PlotStatus::Dormant => DORMANT,
        PlotStatus::Operating => OPERATING,
    }
}

/// Colour of a zone kind.
pub fn zone_colour(kind: ZoneKind) -> Rgb {
    match kind {
        ZoneKind::Industrial => hex(0x9b8ec4),
        ZoneKind::Social => hex(0xf4a6c0),
        ZoneKind::Logistics => hex(0xb0a48a),
        ZoneKind::Utility => hex(0x7fb3d5),
        ZoneKind::GreenBuffer => hex(0x8cc68c),
    }
}

/// Colour of a utility kind: its sources on the map and the lines that serve plots.
pub fn utility_colour(kind: crate::scenario::UtilityKind) -> Rgb {
    use crate::scenario::UtilityKind;
    match kind {
        UtilityKind::Power => hex(0xe6a100),
        UtilityKind::Gas => hex(0xc0392b),
        UtilityKind::Water => hex(0x1f78b4),
        UtilityKind::Wastewater => hex(0x6a3d9a),
        UtilityKind::Steam => hex(0x636363),
    }
}

/// Twelve distinguishable colours for sectors (cycled beyond twelve).
const SECTOR_PALETTE: [u32; 12] = [
    0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22,
    0x17becf, 0x393b79, 0xad494a,
];

pub fn sector_colour(sector: usize) -> Rgb {
    hex(SECTOR_PALETTE[sector % SECTOR_PALETTE.len()])
}

/// Green at 0, yellow at 0.5, red at 1 (values outside are clamped).
pub fn ramp(t: f64) -> Rgb {
    let t = t.clamp(0.0, 1.0) as f32;
    let (g, y, r) = (hex(0x2e9e44), hex(0xf2c94c), hex(0xd62728));
    if t < 0.5 {
        mix(g, y, t * 2.0)
    } else {
        mix(y, r, (t - 0.5) * 2.0)
    }
}

/// What the map knows about one plot when colouring it.
#[derive(Clone, Copy, Debug)]
pub struct PlotState {
    pub status: PlotStatus,
    /// Sector of the resident, if any.
    pub sector: Option<usize>,
    /// For a plot with a resident, the highest loading (flow ÷ capacity, 0–1+) of what
    /// supplies it, among the utilities that reach it: its network path's bottleneck, or
    /// the pooled sources. `None` for a plot without a resident: it loads nothing.
    pub loading: Option<f64>,
    /// Smallest headroom among the utilities that reach the plot, as a share (0–1) of the
    /// capacity of what limits it: its network path's bottleneck, or the pooled sources.
    pub headroom: f64,
    /// Whether its land is released (its phase open) in the month shown.
    pub open: bool,
}

/// The colour of plot `plot` in `layer`, in `palette`.
pub fn plot_colour(
    layer: MapLayer,
    palette: Palette,
    scenario: &Scenario,
    plot: usize,
    state: &PlotState,
) -> Rgb {
    let p = &scenario.plots[plot];
    match layer {
        MapLayer::Zone => palette.zone(scenario.zones[p.zone].kind),
        // Its phase's colour, paler while the phase is not yet open.
        MapLayer::Phase => {
            let colour = p.phase.map_or(FROM_THE_START, |k| palette.sector(k));
            if state.open {
                colour
            } else {
                mix(colour, [1.0, 1.0, 1.0], 0.6)
            }
        }
        MapLayer::Status if !state.open => NOT_YET_OPEN,
        MapLayer::Status => palette.status(state.status),
        MapLayer::Sector => state.sector.map_or(NO_VALUE, |s| palette.sector(s)),
        MapLayer::UtilityLoading => state.loading.map_or(NO_VALUE, |l| palette.ramp(l)),
        // Half the bottleneck spare or more is ample (green); none is red.
        MapLayer::Headroom => palette.ramp(1.0 - (2.0 * state.headroom).min(1.0)),
        MapLayer::Rent => {
            let (lo, hi) = rent_range(scenario);
            palette.ramp(if hi > lo {
                (rent_per_ha(scenario, plot) - lo) / (hi - lo)
            } else {
                0.0
            })
        }
    }
}

/// Yearly rent per hectare of a plot, park currency.
pub fn rent_per_ha(scenario: &Scenario, plot: usize) -> f64 {
    let p = &scenario.plots[plot];
    scenario.rent_schedules[p.rent].rent_per_year(p.area_ha) / p.area_ha.max(1e-9)
}

fn rent_range(scenario: &Scenario) -> (f64, f64) {
    (0..scenario.plots.len())
        .map(|j| rent_per_ha(scenario, j))
        .fold((f64::MAX, f64::MIN), |(lo, hi), r| (lo.min(r), hi.max(r)))
}

/// One line of the legend: a colour and what it means.
pub fn legend(layer: MapLayer, palette: Palette, scenario: &Scenario) -> Vec<(Rgb, String)> {
    match layer {
        MapLayer::Status => vec![
            (
                palette.status(PlotStatus::Free),
                status_name(PlotStatus::Free),
            ),
            (
                palette.status(PlotStatus::Reserved),
                status_name(PlotStatus::Reserved),
            ),
            (
                palette.status(PlotStatus::UnderConstruction),
                status_name(PlotStatus::UnderConstruction),
            ),
            (
                palette.status(PlotStatus::Operating),
                status_name(PlotStatus::Operating),
            ),
        ]
        .into_iter()
        .chain((scenario.demand.dormant_share > 0.0).then(|| {
            (
                palette.status(PlotStatus::Dormant),
                status_name(PlotStatus::Dormant),
            )
        }))
        .chain(
            (!scenario.park.phases.is_empty()).then(|| (NOT_YET_OPEN, tr!("legend-not-yet-open"))),
        )
        .collect(),
        MapLayer::Phase => {
            let mut items = vec![(FROM_THE_START, tr!("legend-phase-start"))];
            items.extend(scenario.park.phases.iter().enumerate().map(|(k, ph)| {
                (
                    palette.sector(k),
                    tr!(
                        "legend-phase",
                        phase = ph.shown_name(),
                        month = crate::report::shown::month(ph.opens)
                    ),
                )
            }));
            items.push((
                mix(palette.sector(0), [1.0, 1.0, 1.0], 0.6),
                tr!("legend-phase-not-open"),
            ));
            items
        }
        MapLayer::Zone => {
            let mut kinds: Vec<ZoneKind> = scenario.zones.iter().map(|z| z.kind).collect();
            kinds.sort();
            kinds.dedup();
            kinds
                .into_iter()
                .map(|k| (palette.zone(k), zone_kind_name(k)))
                .collect()
        }
        MapLayer::Sector => {
            let mut items: Vec<_> = scenario
                .sectors
                .iter()
                .enumerate()
                .map(|(i, s)| (palette.sector(i), s.shown_name().to_owned()))
                .collect();
            items.push((NO_VALUE, tr!("legend-no-resident")));
            items
        }
        MapLayer::UtilityLoading => vec![
            (palette.ramp(0.0), tr!("legend-loading-0")),
            (palette.ramp(0.5), tr!("legend-loading-50")),
            (palette.ramp(1.0), tr!("legend-loading-100")),
            (NO_VALUE, tr!("legend-no-resident")),
        ],
        MapLayer::Headroom => vec![
            (palette.ramp(0.0), tr!("legend-headroom-ample")),
            (palette.ramp(0.5), tr!("legend-headroom-some")),
            (palette.ramp(1.0), tr!("legend-headroom-none")),
        ],
        MapLayer::Rent => {
            let (lo, hi) = rent_range(scenario);
            let c = &scenario.park.currency;
            vec![
                (
                    palette.ramp(0.0),
                    tr!("legend-rent", rent = grouped(lo, 0), currency = c),
                ),
                (
                    palette.ramp(1.0),
                    tr!("legend-rent", rent = grouped(hi, 0), currency = c),
                ),
            ]
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_have_distinct_colours() {
        let all = [
            PlotStatus::Free,
            PlotStatus::Reserved,
            PlotStatus::UnderConstruction,
            PlotStatus::Dormant,
            PlotStatus::Operating,
        ];
        for (i, a) in all.iter().enumerate() {
            for b in &all[i + 1..] {
                assert_ne!(status_colour(*a), status_colour(*b));
            }
        }
    }

    #[test]
    fn ramp_runs_green_to_red() {
        let close = |a: Rgb, b: Rgb| a.iter().zip(b).all(|(x, y)| (x - y).abs() < 1e-6);
        assert!(close(ramp(0.0), hex(0x2e9e44)));
        assert!(close(ramp(0.5), hex(0xf2c94c)));
        assert!(close(ramp(1.0), hex(0xd62728)));
        assert_eq!(ramp(7.0), ramp(1.0), "values above 1 are clamped");
        assert!(ramp(0.75)[1] < ramp(0.5)[1], "less green past the middle");
    }

    /// Relative luminance (WCAG), 0 for black to 1 for white.
    fn luminance(c: Rgb) -> f32 {
        let lin = |v: f32| {
            if v <= 0.04045 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2])
    }

    #[test]
    fn the_colour_blind_palette_orders_by_lightness_and_keeps_categories_apart() {
        let safe = Palette::ColourBlindSafe;
        // A sequential layer grows lighter from 0 to 1, so it reads without hue at all.
        let steps: Vec<f32> = (0..=10)
            .map(|i| luminance(safe.ramp(i as f64 / 10.0)))
            .collect();
        assert!(steps.windows(2).all(|w| w[1] > w[0]), "{steps:?}");
        assert_eq!(safe.ramp(-1.0), safe.ramp(0.0));
        assert_eq!(safe.ramp(2.0), safe.ramp(1.0));
        // Statuses, zone kinds and the first seven sectors have colours of their own.
        let statuses = [
            PlotStatus::Free,
            PlotStatus::Reserved,
            PlotStatus::UnderConstruction,
            PlotStatus::Dormant,
            PlotStatus::Operating,
        ];
        for (i, a) in statuses.iter().enumerate() {
            for b in &statuses[i + 1..] {
                assert_ne!(safe.status(*a), safe.status(*b));
            }
        }
        let sectors: Vec<Rgb> = (0..7).map(|s| safe.sector(s)).collect();
        for (i, a) in sectors.iter().enumerate() {
            assert!(!sectors[i + 1..].contains(a));
        }
        // The standard palette is the one the planner opens with.
        assert_eq!(Palette::default(), Palette::Standard);
        assert_eq!(
            Palette::Standard.status(PlotStatus::Operating),
            status_colour(PlotStatus::Operating)
        );
    }
}
