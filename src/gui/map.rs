//! The map: park boundary, zones, plots, roads and rail in park metres, the lines from
//! utility sources to the plots they serve, and the outlines of what is being drawn or
//! moved. All plots are one mesh with a colour per vertex, so a park of 10,000 plots is one
//! draw call and a change of layer or month rewrites only the colours. Source markers and
//! labels are drawn by the panels, in screen space, so they keep their size at every zoom.

use bevy::asset::RenderAssetUsages;
use bevy::mesh::{Indices, PrimitiveTopology};
use bevy::prelude::*;

use super::PlannerState;
use super::layers::{self, MapLayer, PlotState, Rgb};
use super::tools::{CLICK_SLOP_PX, Grab};
use super::view::MapView;
use crate::scenario::{PointM, Scenario};
use crate::sim::ScenarioRes;
use crate::sim::clock::SimClock;
use crate::sim::firms::Firm;
use crate::sim::networks::NetworkStates;
use crate::sim::plots::{ParkPlot, PlotTenancy};
use crate::sim::utilities::{ParkUtility, UtilityLoad};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<MapColours>().add_systems(
        Update,
        (
            spawn_map.run_if(resource_changed::<ScenarioRes>),
            recolour_plots,
            draw_lines,
            draw_networks,
            sync_camera,
        )
            .chain(),
    );
}

/// Triangles of a simple polygon (indices into its points).
pub fn triangulate(points: &[PointM]) -> Vec<u32> {
    let mut triangles: Vec<u32> = Vec::new();
    earcut::Earcut::new().earcut(
        points.iter().map(|&(x, y)| [x, y]),
        &[] as &[u32],
        &mut triangles,
    );
    triangles
}

/// A mesh of polygons with one colour each; returns the mesh and the first vertex of
/// each polygon (plus the total at the end).
pub fn polygons_mesh(polygons: &[&[PointM]], colours: &[Rgb]) -> (Mesh, Vec<u32>) {
    let mut positions: Vec<[f32; 3]> = Vec::new();
    let mut vertex_colours: Vec<[f32; 4]> = Vec::new();
    let mut indices: Vec<u32> = Vec::new();
    let mut starts = Vec::with_capacity(polygons.len() + 1);
    for (polygon, colour) in polygons.iter().zip(colours) {
        let base = positions.len() as u32;
        starts.push(base);
        positions.extend(polygon.iter().map(|&(x, y)| [x as f32, y as f32, 0.0]));
        vertex_colours.extend(std::iter::repeat_n(linear(*colour), polygon.len()));
        indices.extend(triangulate(polygon).into_iter().map(|i| base + i));
    }
    starts.push(positions.len() as u32);
    let mut mesh = Mesh::new(
        PrimitiveTopology::TriangleList,
        RenderAssetUsages::default(),
    );
    mesh.insert_attribute(Mesh::ATTRIBUTE_POSITION, positions);
    mesh.insert_attribute(Mesh::ATTRIBUTE_COLOR, vertex_colours);
    mesh.insert_indices(Indices::U32(indices));
    (mesh, starts)
}

fn linear(c: Rgb) -> [f32; 4] {
    Color::srgb(c[0], c[1], c[2]).to_linear().to_f32_array()
}

/// The plots' mesh and the colours it shows.
#[derive(Resource, Default)]
pub struct MapColours {
    pub mesh: Handle<Mesh>,
    /// First vertex of each plot in the mesh, plus the total.
    pub starts: Vec<u32>,
    /// Colour of each plot now.
    pub colours: Vec<Rgb>,
    /// (layer, month) the colours were computed for.
    pub shown: Option<(MapLayer, u32)>,
    /// Per plot, the utilities that reach it.
    pub reach: Vec<Vec<usize>>,
}

/// Marks the map's own entities, replaced when the scene changes.
#[derive(Component)]
pub struct MapMesh;

fn spawn_map(
    mut commands: Commands,
    old: Query<Entity, With<MapMesh>>,
    scenario: Res<ScenarioRes>,
    mut meshes: ResMut<Assets<Mesh>>,
    mut materials: ResMut<Assets<ColorMaterial>>,
    mut map: ResMut<MapColours>,
) {
    for entity in &old {
        commands.entity(entity).despawn();
    }
    let white = materials.add(ColorMaterial::from(Color::WHITE));
    let zones: Vec<&[PointM]> = scenario
        .zones
        .iter()
        .map(|z| z.polygon_m.as_slice())
        .collect();
    let zone_colours: Vec<Rgb> = scenario
        .zones
        .iter()
        .map(|z| {
            let c = layers::zone_colour(z.kind);
            [0.55 + 0.45 * c[0], 0.55 + 0.45 * c[1], 0.55 + 0.45 * c[2]]
        })
        .collect();
    let boundary = [scenario.park.boundary_m.as_slice()];
    let (ground, _) = polygons_mesh(&boundary, &[[0.96, 0.96, 0.93]]);
    commands.spawn((
        Name::new("Park ground"),
        MapMesh,
        Mesh2d(meshes.add(ground)),
        MeshMaterial2d(white.clone()),
        Transform::from_xyz(0.0, 0.0, 0.0),
    ));
    let (zone_mesh, _) = polygons_mesh(&zones, &zone_colours);
    commands.spawn((
        Name::new("Zones"),
        MapMesh,
        Mesh2d(meshes.add(zone_mesh)),
        MeshMaterial2d(white.clone()),
        Transform::from_xyz(0.0, 0.0, 1.0),
    ));
    let plots: Vec<&[PointM]> = scenario
        .plots
        .iter()
        .map(|p| p.polygon_m.as_slice())
        .collect();
    let colours = vec![layers::FREE; plots.len()];
    let (plot_mesh, starts) = polygons_mesh(&plots, &colours);
    map.mesh = meshes.add(plot_mesh);
    map.starts = starts;
    map.colours = colours;
    map.shown = None;
    map.reach = reach(&scenario);
    commands.spawn((
        Name::new("Plots"),
        MapMesh,
        Mesh2d(map.mesh.clone()),
        MeshMaterial2d(white),
        Transform::from_xyz(0.0, 0.0, 2.0),
    ));
}

/// Per plot, the utilities whose sources serve it.
pub fn reach(scenario: &Scenario) -> Vec<Vec<usize>> {
    scenario
        .plots
        .iter()
        .enumerate()
        .map(|(j, p)| {
            scenario
                .utilities
                .iter()
                .enumerate()
                .filter(|(_, u)| u.sources.iter().any(|s| s.serves_plot(j, p)))
                .map(|(i, _)| i)
                .collect()
        })
        .collect()
}

/// The state of every plot, in plot order, as the layers need it.
pub fn plot_states(
    scenario: &Scenario,
    reach: &[Vec<usize>],
    plots: &Query<(&ParkPlot, &PlotTenancy)>,
    firms: &Query<&Firm>,
    utilities: &Query<(&ParkUtility, &UtilityLoad)>,
    networks: Option<&NetworkStates>,
) -> Vec<PlotState> {
    let mut loading = vec![0.0; scenario.utilities.len()];
    let mut pooled_headroom = vec![0.0; scenario.utilities.len()];
    for (u, load) in utilities {
        pooled_headroom[u.index] = if load.capacity > 0.0 {
            ((load.capacity - load.demand) / load.capacity).clamp(0.0, 1.0)
        } else {
            0.0
        };
        loading[u.index] = if load.capacity > 0.0 {
            load.demand / load.capacity
        } else if load.demand > 0.0 {
            1.0
        } else {
            0.0
        };
    }
    let mut sector_of_plot = vec![None; scenario.plots.len()];
    for firm in firms {
        sector_of_plot[firm.plot] = Some(scenario.archetypes[firm.archetype].sector);
    }
    let mut states = vec![
        PlotState {
            status: crate::sim::plots::PlotStatus::Free,
            sector: None,
            loading: 0.0,
            headroom: 0.0,
        };
        scenario.plots.len()
    ];
    for (plot, tenancy) in plots {
        states[plot.index] = PlotState {
            status: tenancy.status,
            sector: sector_of_plot[plot.index],
            loading: reach[plot.index]
                .iter()
                .map(|&u| loading[u])
                .fold(0.0, f64::max),
            headroom: reach[plot.index]
                .iter()
                .map(|&u| match networks.and_then(|n| n.of(u)) {
                    Some(state) => state.headroom(plot.index).map_or(0.0, |h| {
                        if h.bottleneck_capacity > 0.0 && h.bottleneck_capacity.is_finite() {
                            (h.spare / h.bottleneck_capacity).clamp(0.0, 1.0)
                        } else {
                            0.0
                        }
                    }),
                    None => pooled_headroom[u],
                })
                .fold(1.0, f64::min),
        };
    }
    states
}

fn recolour_plots(
    scenario: Res<ScenarioRes>,
    clock: Res<SimClock>,
    state: Res<PlannerState>,
    mut map: ResMut<MapColours>,
    mut meshes: ResMut<Assets<Mesh>>,
    plots: Query<(&ParkPlot, &PlotTenancy)>,
    firms: Query<&Firm>,
    utilities: Query<(&ParkUtility, &UtilityLoad)>,
    networks: Option<Res<NetworkStates>>,
) {
    let key = (state.layer, clock.elapsed_months);
    // The mesh is rebuilt when the scene changes; until then it may not match the plots.
    if map.shown == Some(key) || map.starts.len() != scenario.plots.len() + 1 {
        return;
    }
    let states = plot_states(
        &scenario,
        &map.reach,
        &plots,
        &firms,
        &utilities,
        networks.as_deref(),
    );
    let colours: Vec<Rgb> = (0..scenario.plots.len())
        .map(|j| layers::plot_colour(state.layer, &scenario, j, &states[j]))
        .collect();
    map.shown = Some(key);
    if colours == map.colours {
        return;
    }
    let handle = map.mesh.clone();
    let Some(mut mesh) = meshes.get_mut(&handle) else {
        return;
    };
    let mut vertex_colours = Vec::with_capacity(*map.starts.last().unwrap_or(&0) as usize);
    for (j, colour) in colours.iter().enumerate() {
        let n = (map.starts[j + 1] - map.starts[j]) as usize;
        vertex_colours.extend(std::iter::repeat_n(linear(*colour), n));
    }
    mesh.insert_attribute(Mesh::ATTRIBUTE_COLOR, vertex_colours);
    map.colours = colours;
}

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
    if let Some((u, s)) = state.selected_source
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
    } else if let Some(j) = state.selected_plot.filter(|&j| j < scenario.plots.len()) {
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

/// Boundary, roads, rail, service lines, the outlines of plots in view (when few enough
/// to read), and the outline of what is being drawn or moved.
fn draw_lines(
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
    if let Some(j) = state.selected_plot.filter(|&j| j < scenario.plots.len()) {
        gizmos.linestrip_2d(
            closed(&scenario.plots[j].polygon_m),
            Color::srgb(0.9, 0.1, 0.1),
        );
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
    let by_loading = state.layer == MapLayer::UtilityLoading
        && state.selected_source.is_none()
        && state.selected_plot.is_none();
    for (u, s, j) in service_lines(&scenario, &state, month) {
        let utility = &scenario.utilities[u];
        let c = if by_loading {
            layers::ramp(loading[u])
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
            Grab::NewPlot => {
                let (a, b) = (g.from_m.min(g.to_m), g.from_m.max(g.to_m));
                gizmos.rect_2d((a + b) / 2.0, b - a, preview);
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

/// Residents curtailed this month (outlined in red), and the utility networks: links
/// between sources and junctions always, in the utility's
/// colour; in the utility-loading layer every link, service lines included (when few
/// enough to read), coloured by its loading; the path feeding the selected plot, and the
/// links of the selected source's network, stand out.
fn draw_networks(
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
        let outline = |inset: f32| -> Vec<Vec2> {
            let c = v(plot.centroid_m);
            plot.polygon_m
                .iter()
                .chain(plot.polygon_m.first())
                .map(|p| {
                    let p = v(*p);
                    p + (c - p).normalize_or_zero() * inset
                })
                .collect()
        };
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
        let selected_here = state
            .selected_source
            .is_some_and(|(u, _)| u == network.utility);
        let path = state
            .selected_plot
            .map(|p| net.path_links(p))
            .unwrap_or_default();
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
                layers::ramp(if capacity > 0.0 {
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

/// Puts the 2D camera where the map view says.
fn sync_camera(
    view: Res<MapView>,
    mut camera: Query<(&mut Transform, &mut Projection), With<Camera2d>>,
) {
    for (mut transform, mut projection) in &mut camera {
        transform.translation.x = view.centre_m.x;
        transform.translation.y = view.centre_m.y;
        if let Projection::Orthographic(ortho) = projection.as_mut()
            && ortho.scale != view.metres_per_px
        {
            ortho.scale = view.metres_per_px;
        }
    }
}

/// How near a source marker's centre (logical pixels) the pointer picks it.
pub const SOURCE_PICK_PX: f32 = 10.0;

/// The utility source whose marker is under a window position, if any: (utility, source).
pub fn source_at(scenario: &Scenario, view: &MapView, screen: Vec2) -> Option<(usize, usize)> {
    let mut best = None;
    let mut best_px = SOURCE_PICK_PX;
    for (u, utility) in scenario.utilities.iter().enumerate() {
        for (s, source) in utility.sources.iter().enumerate() {
            let (x, y) = source.location_m;
            let px = view
                .world_to_screen(Vec2::new(x as f32, y as f32))
                .distance(screen);
            if px <= best_px {
                best_px = px;
                best = Some((u, s));
            }
        }
    }
    best
}

/// The plot under a park point, if any.
pub fn plot_at(scenario: &Scenario, world: Vec2) -> Option<usize> {
    use crate::scenario::geometry::{Side, side_of};
    let p = (world.x as f64, world.y as f64);
    scenario.plots.iter().position(|plot| {
        let (x0, y0, x1, y1) = crate::scenario::geometry::bounds(&plot.polygon_m);
        p.0 >= x0
            && p.0 <= x1
            && p.1 >= y0
            && p.1 <= y1
            && side_of(p, &plot.polygon_m) != Side::Outside
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn small_park() -> Scenario {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/small_park.ron");
        crate::scenario::load(&path).unwrap()
    }

    #[test]
    fn a_source_is_picked_within_a_few_pixels_of_its_marker() {
        let park = small_park();
        let view = MapView {
            centre_m: Vec2::ZERO,
            metres_per_px: 2.0,
            window_px: Vec2::new(800.0, 600.0),
        };
        let (x, y) = park.utilities[0].sources[0].location_m;
        let marker = view.world_to_screen(Vec2::new(x as f32, y as f32));
        assert_eq!(
            source_at(&park, &view, marker + Vec2::new(3.0, -2.0)),
            Some((0, 0))
        );
        assert_eq!(
            source_at(&park, &view, marker + Vec2::new(SOURCE_PICK_PX + 1.0, 0.0)),
            None
        );
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
        state.selected_plot = Some(2);
        let lines = service_lines(&park, &state, month);
        assert!(!lines.is_empty());
        assert!(lines.iter().all(
            |&(u, s, j)| j == 2 && park.utilities[u].sources[s].serves_plot(2, &park.plots[2])
        ));
        state.selected_plot = None;
        state.selected_source = Some((0, 0));
        let served = (0..park.plots.len())
            .filter(|&j| park.utilities[0].sources[0].serves_plot(j, &park.plots[j]))
            .count();
        assert_eq!(service_lines(&park, &state, month).len(), served);
        state.selected_source = None;
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

    #[test]
    fn triangulates_rectangles_and_l_shapes() {
        let rect = [(0.0, 0.0), (10.0, 0.0), (10.0, 5.0), (0.0, 5.0)];
        assert_eq!(triangulate(&rect).len(), 6);
        let l_shape = [
            (0.0, 0.0),
            (2.0, 0.0),
            (2.0, 1.0),
            (1.0, 1.0),
            (1.0, 2.0),
            (0.0, 2.0),
        ];
        assert_eq!(triangulate(&l_shape).len(), 12);
        let (mesh, starts) = polygons_mesh(&[&rect, &l_shape], &[[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]);
        assert_eq!(starts, vec![0, 4, 10]);
        assert_eq!(mesh.count_vertices(), 10);
    }
}
