//! The map's meshes: the park ground, the zones, and every plot in one mesh with a colour
//! per vertex, recoloured when the layer or the month changes.

use bevy::asset::RenderAssetUsages;
use bevy::mesh::{Indices, PrimitiveTopology};
use bevy::prelude::*;

use crate::gui::PlannerState;
use crate::gui::layers::{self, MapLayer, PlotState, Rgb};
use crate::scenario::{PointM, Scenario};
use crate::sim::ScenarioRes;
use crate::sim::clock::SimClock;
use crate::sim::firms::Firm;
use crate::sim::networks::NetworkStates;
use crate::sim::plots::{ParkPlot, PlotTenancy};
use crate::sim::utilities::{ParkUtility, UtilityLoad};

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

pub(super) fn linear(c: Rgb) -> [f32; 4] {
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
    pub shown: Option<(MapLayer, layers::Palette, u32)>,
    /// Per plot, the utilities that reach it.
    pub reach: Vec<Vec<usize>>,
}

/// Marks the map's own entities, replaced when the scene changes.
#[derive(Component)]
pub struct MapMesh;

pub(super) fn spawn_map(
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
    // The park's outline and the land its later phases add to it (drawn from the start:
    // the Phase layer says when each opens).
    let boundary: Vec<&[PointM]> = std::iter::once(scenario.park.boundary_m.as_slice())
        .chain(
            scenario
                .park
                .phases
                .iter()
                .filter(|p| p.extension_m.len() >= 3)
                .map(|p| p.extension_m.as_slice()),
        )
        .collect();
    let (ground, _) = polygons_mesh(&boundary, &vec![[0.96, 0.96, 0.93]; boundary.len()]);
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

/// The state of every plot in `month`, in plot order, as the layers need it.
pub fn plot_states<'a>(
    scenario: &Scenario,
    month: crate::scenario::YearMonth,
    reach: &[Vec<usize>],
    plots: impl IntoIterator<Item = (&'a ParkPlot, &'a PlotTenancy)>,
    firms: impl IntoIterator<Item = &'a Firm>,
    utilities: impl IntoIterator<Item = (&'a ParkUtility, &'a UtilityLoad)>,
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
            loading: None,
            headroom: 0.0,
            open: true,
        };
        scenario.plots.len()
    ];
    for (plot, tenancy) in plots {
        states[plot.index] = PlotState {
            open: scenario.plot_open(plot.index, month),
            status: tenancy.status,
            sector: sector_of_plot[plot.index],
            // A resident's supply: the bottleneck of its network path, or the pooled
            // sources; a plot without one loads nothing.
            loading: sector_of_plot[plot.index].map(|_| {
                reach[plot.index]
                    .iter()
                    .map(|&u| match networks.and_then(|n| n.of(u)) {
                        Some(state) => state.headroom(plot.index).map_or(1.0, |h| {
                            if !h.bottleneck_capacity.is_finite() {
                                0.0 // nothing on its path has a limit
                            } else if h.bottleneck_capacity > 0.0 {
                                1.0 - h.spare / h.bottleneck_capacity
                            } else {
                                1.0
                            }
                        }),
                        None => loading[u],
                    })
                    .fold(0.0, f64::max)
            }),
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

pub(super) fn recolour_plots(
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
    let key = (state.layer, state.palette, clock.elapsed_months);
    // The mesh is rebuilt when the scene changes; until then it may not match the plots.
    if map.shown == Some(key) || map.starts.len() != scenario.plots.len() + 1 {
        return;
    }
    let states = plot_states(
        &scenario,
        crate::gui::time::month_of_map(&clock),
        &map.reach,
        plots,
        firms,
        utilities,
        networks.as_deref(),
    );
    let colours: Vec<Rgb> = (0..scenario.plots.len())
        .map(|j| layers::plot_colour(state.layer, state.palette, &scenario, j, &states[j]))
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

#[cfg(test)]
mod tests {
    use super::*;

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
