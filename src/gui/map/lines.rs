//! Lines on the map, as gizmos: the boundary, roads and rail, plot outlines, the service
//! lines from sources to the plots they serve, and the outline of what is being drawn or
//! moved.

use bevy::prelude::*;

use crate::gui::PlannerState;
use crate::gui::layers::{self, MapLayer};
use crate::gui::tools::{CLICK_SLOP_PX, Grab};
use crate::gui::view::MapView;
use crate::scenario::{PointM, Scenario};
use crate::sim::ScenarioRes;
use crate::sim::clock::SimClock;
use crate::sim::utilities::{ParkUtility, UtilityLoad};

/// Most service lines drawn at once in the utility-loading layer; beyond this many plots
/// the lines would hide the park, and only the selected plot's or source's are drawn.
pub const MAX_SERVICE_LINES: usize = 3_000;

/// The (utility, source, plot) service lines to draw: the selected source's, the selected
/// plot's, or in the utility-loading layer every line of the sources in service (when few
/// enough to read).
pub fn service_lines(
    scenario: &Scenario,
    state: &PlannerState,
    month: crate::scenario::YearMonth,
) -> Vec<(usize, usize, usize)> {
    let mut lines = Vec::new();
    // Utilities with a network draw their links instead (see `draw_networks`).
    let sources = || {
        scenario
            .utilities
            .iter()
            .enumerate()
            .filter(|(u, _)| scenario.network_of(*u).is_none())
            .filter(|(u, _)| state.network_utility.is_none_or(|x| x == *u))
            .flat_map(|(u, utility)| {
                utility
                    .sources
                    .iter()
                    .enumerate()
                    .map(move |(s, src)| (u, s, src))
            })
    };
    if let Some((u, s)) = state.selected_source(scenario)
        && let Some(source) = scenario.utilities.get(u).and_then(|x| x.sources.get(s))
        && scenario.network_of(u).is_none()
    {
        lines.extend(
            scenario
                .plots
                .iter()
                .enumerate()
                .filter(|(j, p)| source.serves_plot(*j, p))
                .map(|(j, _)| (u, s, j))
                .take(MAX_SERVICE_LINES),
        );
    } else if let Some(j) = state.selected_plot(scenario) {
        let plot = &scenario.plots[j];
        lines.extend(
            sources()
                .filter(|(_, _, src)| src.in_service_at(month) && src.serves_plot(j, plot))
                .map(|(u, s, _)| (u, s, j)),
        );
    } else if state.layer == MapLayer::UtilityLoading {
        for (u, s, src) in sources().filter(|(_, _, src)| src.in_service_at(month)) {
            for (j, p) in scenario.plots.iter().enumerate() {
                if src.serves_plot(j, p) {
                    lines.push((u, s, j));
                    if lines.len() > MAX_SERVICE_LINES {
                        return Vec::new();
                    }
                }
            }
        }
    }
    lines
}

/// A plot's outline, closed, each corner moved `inset_m` towards the plot's centre (away
/// from it when negative).
pub fn offset_outline(plot: &crate::scenario::Plot, inset_m: f32) -> Vec<Vec2> {
    let c = Vec2::new(plot.centroid_m.0 as f32, plot.centroid_m.1 as f32);
    plot.polygon_m
        .iter()
        .chain(plot.polygon_m.first())
        .map(|p| {
            let p = Vec2::new(p.0 as f32, p.1 as f32);
            p + (c - p).normalize_or_zero() * inset_m
        })
        .collect()
}

/// Boundary, roads, rail, service lines, the outlines of plots in view (when few enough
/// to read), and the outline of what is being drawn or moved.
pub(super) fn draw_lines(
    scenario: Res<ScenarioRes>,
    view: Res<MapView>,
    state: Res<PlannerState>,
    clock: Res<SimClock>,
    utilities: Query<(&ParkUtility, &UtilityLoad)>,
    mut gizmos: Gizmos,
) {
    let v = |p: &PointM| Vec2::new(p.0 as f32, p.1 as f32);
    let closed = |points: &[PointM]| {
        points
            .iter()
            .chain(points.first())
            .map(v)
            .collect::<Vec<_>>()
    };
    gizmos.linestrip_2d(
        closed(&scenario.park.boundary_m),
        Color::srgb(0.2, 0.2, 0.2),
    );
    // Land a later phase adds to the outline, in a lighter line.
    for phase in scenario
        .park
        .phases
        .iter()
        .filter(|p| p.extension_m.len() >= 3)
    {
        gizmos.linestrip_2d(closed(&phase.extension_m), Color::srgb(0.45, 0.45, 0.45));
    }
    for road in &scenario.park.roads {
        gizmos.linestrip_2d(road.points_m.iter().map(v), Color::srgb(0.45, 0.45, 0.45));
    }
    for rail in &scenario.park.rail {
        gizmos.linestrip_2d(rail.points_m.iter().map(v), Color::srgb(0.35, 0.2, 0.1));
    }
    // Plot outlines only when a plot is at least a few pixels wide.
    let min = view.screen_to_world(Vec2::new(0.0, view.window_px.y));
    let max = view.screen_to_world(Vec2::new(view.window_px.x, 0.0));
    let visible: Vec<usize> = scenario
        .plots
        .iter()
        .enumerate()
        .filter(|(_, p)| {
            let (x, y) = p.centroid_m;
            (x as f32) > min.x && (x as f32) < max.x && (y as f32) > min.y && (y as f32) < max.y
        })
        .map(|(j, _)| j)
        .take(4_001)
        .collect();
    if visible.len() <= 4_000 {
        for j in visible {
            gizmos.linestrip_2d(
                closed(&scenario.plots[j].polygon_m),
                Color::srgba(0.1, 0.1, 0.1, 0.6),
            );
        }
    }
    // The selected zone: its outline in the selection's black and white.
    if let Some(z) = state.selected_zone(&scenario) {
        let outline = closed(&scenario.zones[z].polygon_m);
        gizmos.linestrip_2d(outline.iter().copied(), Color::BLACK);
        let c = outline.iter().fold(Vec2::ZERO, |a, p| a + *p) / outline.len().max(1) as f32;
        let inset = 2.0 * view.metres_per_px;
        gizmos.linestrip_2d(
            outline
                .iter()
                .map(|p| *p + (c - *p).normalize_or_zero() * inset),
            Color::WHITE,
        );
    }
    // The selected plot: a black and white halo around it, unlike any state's outline
    // (curtailment is a red line on the plot's edge, a stop an orange one inside it).
    if let Some(j) = state.selected_plot(&scenario) {
        let plot = &scenario.plots[j];
        for (outset_px, colour) in [
            (0.0, Color::BLACK),
            (2.0, Color::WHITE),
            (4.0, Color::BLACK),
        ] {
            gizmos.linestrip_2d(
                offset_outline(plot, -outset_px * view.metres_per_px),
                colour,
            );
        }
    }

    // Service lines: in the utility's colour, or by its loading in the loading layer.
    let mut loading = vec![0.0; scenario.utilities.len()];
    for (u, load) in &utilities {
        if let Some(l) = loading.get_mut(u.index) {
            *l = if load.capacity > 0.0 {
                load.demand / load.capacity
            } else {
                1.0
            };
        }
    }
    let month = clock.current().plus_months(-1);
    let by_loading = state.layer == MapLayer::UtilityLoading && state.selection.is_none();
    for (u, s, j) in service_lines(&scenario, &state, month) {
        let utility = &scenario.utilities[u];
        let c = if by_loading {
            state.palette.ramp(loading[u])
        } else {
            layers::utility_colour(utility.kind)
        };
        gizmos.line_2d(
            v(&utility.sources[s].location_m),
            v(&scenario.plots[j].centroid_m),
            Color::srgba(c[0], c[1], c[2], 0.7),
        );
    }

    // What is being drawn or moved.
    let preview = Color::srgb(0.85, 0.1, 0.5);
    if let Some(g) = state.gesture.filter(|g| g.travelled_px > CLICK_SLOP_PX) {
        let d = g.to_m - g.from_m;
        match g.grab {
            Grab::NewPlot | Grab::NewZone => {
                let (a, b) = (g.from_m.min(g.to_m), g.from_m.max(g.to_m));
                gizmos.rect_2d((a + b) / 2.0, b - a, preview);
            }
            Grab::Zone(z) if z < scenario.zones.len() => {
                let moved: Vec<Vec2> = closed(&scenario.zones[z].polygon_m)
                    .into_iter()
                    .map(|p| p + d)
                    .collect();
                gizmos.linestrip_2d(moved, preview);
            }
            Grab::Plot(j) if j < scenario.plots.len() => {
                let moved: Vec<Vec2> = closed(&scenario.plots[j].polygon_m)
                    .into_iter()
                    .map(|p| p + d)
                    .collect();
                gizmos.linestrip_2d(moved, preview);
            }
            Grab::Source(u, s) => {
                if let Some(src) = scenario.utilities.get(u).and_then(|x| x.sources.get(s)) {
                    gizmos.circle_2d(v(&src.location_m) + d, 9.0 * view.metres_per_px, preview);
                }
            }
            _ => {}
        }
    }
    if !state.draft.corners_m.is_empty() {
        let mut corners: Vec<Vec2> = state.draft.corners_m.iter().map(v).collect();
        if let Some(p) = state.pointer_m {
            corners.push(p);
        }
        gizmos.linestrip_2d(corners, preview);
        for c in &state.draft.corners_m {
            gizmos.circle_2d(v(c), 4.0 * view.metres_per_px, preview);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gui::selection::Selection;

    fn small_park() -> Scenario {
        crate::scenario::small_park_for_tests()
    }

    #[test]
    fn service_lines_follow_the_selection_and_the_loading_layer() {
        let park = small_park();
        let month = park.simulation.start.plus_months(600);
        let mut state = PlannerState {
            layer: MapLayer::Zone,
            ..Default::default()
        };
        assert!(
            service_lines(&park, &state, month).is_empty(),
            "none by default"
        );
        state.selection = Selection::plot(&park, 2);
        let lines = service_lines(&park, &state, month);
        assert!(!lines.is_empty());
        assert!(lines.iter().all(
            |&(u, s, j)| j == 2 && park.utilities[u].sources[s].serves_plot(2, &park.plots[2])
        ));
        state.selection = Selection::source(&park, 0, 0);
        let served = (0..park.plots.len())
            .filter(|&j| park.utilities[0].sources[0].serves_plot(j, &park.plots[j]))
            .count();
        assert_eq!(service_lines(&park, &state, month).len(), served);
        state.selection = None;
        state.layer = MapLayer::UtilityLoading;
        let in_service: usize = park
            .utilities
            .iter()
            .flat_map(|u| &u.sources)
            .filter(|s| s.in_service_at(month))
            .map(|s| {
                (0..park.plots.len())
                    .filter(|&j| s.serves_plot(j, &park.plots[j]))
                    .count()
            })
            .sum();
        assert_eq!(service_lines(&park, &state, month).len(), in_service);
    }
}
