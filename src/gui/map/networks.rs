//! The utility networks on the map: links in the utility's colour or by their loading, the
//! path feeding the selected plot, residents curtailed or stopped this month, and what is
//! out of service.

use bevy::prelude::*;

use super::lines::MAX_SERVICE_LINES;
use crate::gui::PlannerState;
use crate::gui::layers::{self, MapLayer};
use crate::gui::view::MapView;
use crate::scenario::PointM;
use crate::sim::ScenarioRes;
use crate::sim::firms::Firm;

/// Residents curtailed this month (outlined in red), and the utility networks: links
/// between sources and junctions always, in the utility's
/// colour; in the utility-loading layer every link, service lines included (when few
/// enough to read), coloured by its loading; the path feeding the selected plot, and the
/// links of the selected source's network, stand out.
pub(super) fn draw_networks(
    scenario: Res<ScenarioRes>,
    state: Res<PlannerState>,
    view: Res<MapView>,
    networks: Option<Res<crate::sim::networks::NetworkStates>>,
    outages: Option<Res<crate::sim::operations::OutagesNow>>,
    firms: Query<(&Firm, &crate::sim::firms::FirmActivity)>,
    mut gizmos: Gizmos,
) {
    let v = |p: PointM| Vec2::new(p.0 as f32, p.1 as f32);
    // Residents short of a utility this month: their plot outlined in red; residents
    // stopped by an outage or by a supplier's stop: outlined in orange, inset.
    for (firm, activity) in &firms {
        let Some(plot) = scenario.plots.get(firm.plot) else {
            continue;
        };
        let outline = |inset: f32| super::lines::offset_outline(plot, inset);
        if activity.capacity_share <= 0.0 {
            continue;
        }
        if activity.served_share < 0.999 {
            gizmos.linestrip_2d(outline(0.0), rgb(layers::CURTAILED_RGB));
        }
        if activity.running_share < 0.999 {
            gizmos.linestrip_2d(outline(3.0 * view.metres_per_px), rgb(layers::STOPPED_RGB));
        }
    }
    // Sources and links out of service this month: a black cross on them.
    if let Some(outages) = &outages {
        let cross = |gizmos: &mut Gizmos, at: Vec2| {
            let r = 10.0 * view.metres_per_px;
            gizmos.line_2d(
                at - Vec2::splat(r),
                at + Vec2::splat(r),
                rgb(layers::OUT_OF_SERVICE_RGB),
            );
            gizmos.line_2d(
                at + Vec2::new(-r, r),
                at + Vec2::new(r, -r),
                rgb(layers::OUT_OF_SERVICE_RGB),
            );
        };
        for &(u, asset, hours) in &outages.assets {
            if hours <= 0.0 || state.network_utility.is_some_and(|x| x != u) {
                continue;
            }
            match asset {
                crate::scenario::Asset::Source(s) => {
                    if let Some(src) = scenario.utilities.get(u).and_then(|x| x.sources.get(s)) {
                        cross(&mut gizmos, v(src.location_m));
                    }
                }
                crate::scenario::Asset::Link(l) => {
                    if let Some(network) = scenario.network_of(u)
                        && let Some(link) = network.links.get(l)
                    {
                        let (a, b) = (
                            v(scenario.node_location(network, link.from)),
                            v(scenario.node_location(network, link.to)),
                        );
                        gizmos.line_2d(a, b, rgb(layers::OUT_OF_SERVICE_RGB));
                        cross(&mut gizmos, (a + b) / 2.0);
                    }
                }
            }
        }
    }
    let Some(networks) = networks else {
        return;
    };
    let by_loading = state.layer == MapLayer::UtilityLoading;
    let selected_source = state.selected_source(&scenario);
    let selected_plot = state.selected_plot(&scenario);
    for net in &networks.0 {
        let Some(network) = scenario.network_of(net.graph.utility) else {
            continue;
        };
        if state.network_utility.is_some_and(|x| x != network.utility) {
            continue;
        }
        if net.graph.links() != network.links.len() {
            continue; // the scene changed; the model restarts on the new one
        }
        let colour = layers::utility_colour(scenario.utilities[network.utility].kind);
        let selected_here = selected_source.is_some_and(|(u, _)| u == network.utility);
        let path = selected_plot.map(|p| net.path_links(p)).unwrap_or_default();
        let service_lines_shown = network.links.len() <= MAX_SERVICE_LINES;
        for (l, link) in network.links.iter().enumerate() {
            let to_plot = matches!(link.from, crate::scenario::NodeRef::Plot(_))
                || matches!(link.to, crate::scenario::NodeRef::Plot(_));
            let on_path = path.contains(&l);
            let shown =
                on_path || !to_plot || ((by_loading || selected_here) && service_lines_shown);
            if !shown {
                continue;
            }
            // Loading at the peak hour, against the capacity in force.
            let peak = net.graph.link_peak(&net.flows, l);
            let capacity = net.graph.link_capacity[l];
            let c = if by_loading {
                state.palette.ramp(if capacity > 0.0 {
                    peak / capacity
                } else if peak > 0.0 {
                    1.0
                } else {
                    0.0
                })
            } else {
                colour
            };
            let alpha = if on_path || selected_here || by_loading {
                0.95
            } else {
                0.55
            };
            gizmos.line_2d(
                v(scenario.node_location(network, link.from)),
                v(scenario.node_location(network, link.to)),
                Color::srgba(c[0], c[1], c[2], alpha),
            );
        }
    }
}

fn rgb(c: layers::Rgb) -> Color {
    Color::srgb(c[0], c[1], c[2])
}
