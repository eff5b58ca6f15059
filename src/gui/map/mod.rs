//! The map: park boundary, zones, plots, roads and rail in park metres, the lines from
//! utility sources to the plots they serve, and the outlines of what is being drawn or
//! moved. All plots are one mesh with a colour per vertex, so a park of 10,000 plots is one
//! draw call and a change of layer or month rewrites only the colours ([`mesh`]). Lines
//! are gizmos ([`lines`], [`networks`]). Source markers and labels are drawn by the panels,
//! in screen space, so they keep their size at every zoom.

pub mod lines;
pub mod mesh;
pub mod networks;

use bevy::prelude::*;

use super::PlannerSystems;
use super::view::MapView;
use crate::scenario::Scenario;
use crate::sim::ScenarioRes;

pub use lines::{MAX_SERVICE_LINES, service_lines};
pub use mesh::{MapColours, MapMesh, plot_states, polygons_mesh, reach, triangulate};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<MapColours>().add_systems(
        Update,
        (
            mesh::spawn_map.run_if(resource_changed::<ScenarioRes>),
            mesh::recolour_plots,
            lines::draw_lines,
            networks::draw_networks,
            sync_camera,
        )
            .chain()
            .in_set(PlannerSystems::Map),
    );
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
        crate::scenario::small_park_for_tests()
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
}
