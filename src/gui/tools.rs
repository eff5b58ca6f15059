//! Drawing and moving on the map with the mouse: the planner's tools. *Inspect* selects
//! what is clicked and pans on a drag; *Move* drags a plot or a utility source to a new
//! place; *Draw plot* drags out a rectangular plot; *Draw boundary* clicks the corners of
//! the site. Every finished gesture becomes an [`Edit`], checked and undoable like the
//! typed ones. The gesture logic is pure (tested without a window); the system feeds it
//! the pointer.

use bevy::prelude::*;

use crate::scenario::edit::Edit;
use crate::scenario::{PointM, Scenario};
use crate::tr;

/// What a press and drag on the map does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Tool {
    #[default]
    Inspect,
    Move,
    DrawPlot,
    DrawZone,
    DrawBoundary,
}

impl Tool {
    /// The tool as an exercise's levers see it.
    pub fn as_map_tool(self) -> crate::exercise::allowed::MapTool {
        use crate::exercise::allowed::MapTool;
        match self {
            Tool::Inspect => MapTool::Inspect,
            Tool::Move => MapTool::MovePlots,
            Tool::DrawPlot => MapTool::DrawPlot,
            Tool::DrawZone | Tool::DrawBoundary => MapTool::DrawZoneOrBoundary,
        }
    }

    pub const ALL: [Tool; 5] = [
        Tool::Inspect,
        Tool::Move,
        Tool::DrawPlot,
        Tool::DrawZone,
        Tool::DrawBoundary,
    ];

    pub fn label(self) -> String {
        match self {
            Tool::Inspect => tr!("tool-inspect"),
            Tool::Move => tr!("tool-move"),
            Tool::DrawPlot => tr!("tool-draw-plot"),
            Tool::DrawZone => tr!("tool-draw-zone"),
            Tool::DrawBoundary => tr!("tool-draw-boundary"),
        }
    }

    /// How to use the tool, one sentence.
    pub fn hint(self) -> String {
        match self {
            Tool::Inspect => tr!("tool-inspect-hint"),
            Tool::Move => tr!("tool-move-hint"),
            Tool::DrawPlot => tr!("tool-draw-plot-hint"),
            Tool::DrawZone => tr!("tool-draw-zone-hint"),
            Tool::DrawBoundary => tr!("tool-draw-boundary-hint"),
        }
    }
}

/// What the pointer took hold of when the button went down.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Grab {
    /// The map itself: a drag pans.
    Map,
    Plot(usize),
    /// A utility source: (utility, source) indices.
    Source(usize, usize),
    /// A zone (where no plot or source is): a drag moves it with its plots.
    Zone(usize),
    /// The corner a new plot is drawn from.
    NewPlot,
    /// The corner a new zone is drawn from.
    NewZone,
}

/// A press on the map, followed until the button is released.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Gesture {
    pub grab: Grab,
    /// Park point under the pointer when the button went down, metres.
    pub from_m: Vec2,
    /// Park point under the pointer now, metres.
    pub to_m: Vec2,
    /// Pointer travel so far, logical pixels.
    pub travelled_px: f32,
    /// Window position of the pointer at the last frame, logical pixels.
    pub last_px: Vec2,
}

/// Pointer travel (logical pixels) below which a press and release is a click.
pub const CLICK_SLOP_PX: f32 = 4.0;

/// Smallest side of a drawn plot, metres: a shorter drag is taken as a slip.
pub const MIN_DRAWN_SIDE_M: f64 = 5.0;

/// Coordinates are kept to whole metres, as a planner types them.
fn metres(v: f32) -> f64 {
    (v as f64).round()
}

/// What a press takes hold of, given the tool and what is under the pointer: a source
/// before a plot before a zone.
pub fn grab_for(
    tool: Tool,
    source: Option<(usize, usize)>,
    plot: Option<usize>,
    zone: Option<usize>,
) -> Option<Grab> {
    match tool {
        Tool::Inspect => Some(Grab::Map),
        Tool::Move => Some(match (source, plot, zone) {
            (Some((u, s)), _, _) => Grab::Source(u, s),
            (None, Some(j), _) => Grab::Plot(j),
            (None, None, Some(z)) => Grab::Zone(z),
            (None, None, None) => Grab::Map,
        }),
        Tool::DrawPlot => Some(Grab::NewPlot),
        Tool::DrawZone => Some(Grab::NewZone),
        // Corners are placed by clicks, handled on release.
        Tool::DrawBoundary => Some(Grab::Map),
    }
}

/// The edit a finished drag asks for, if any (a pan or a slip asks for none).
pub fn drag_edit(gesture: &Gesture, scenario: &Scenario, zone: usize) -> Option<Edit> {
    let d = gesture.to_m - gesture.from_m;
    match gesture.grab {
        Grab::Map => None,
        Grab::Plot(j) => {
            let (dx_m, dy_m) = (metres(d.x), metres(d.y));
            let id = scenario.plots.get(j)?.id.clone();
            (dx_m != 0.0 || dy_m != 0.0).then_some(Edit::MovePlot { id, dx_m, dy_m })
        }
        Grab::Zone(z) => {
            let (dx_m, dy_m) = (metres(d.x), metres(d.y));
            let id = scenario.zones.get(z)?.id.clone();
            (dx_m != 0.0 || dy_m != 0.0).then_some(Edit::MoveZone { id, dx_m, dy_m })
        }
        Grab::NewZone => {
            let (x_m, y_m, width_m, height_m) = dragged_rect(gesture)?;
            let id = new_zone_id(scenario);
            Some(Edit::AddZone {
                name: tr!("zone-new-name", id = id.as_str()),
                id,
                kind: crate::scenario::ZoneKind::Industrial,
                x_m,
                y_m,
                width_m,
                height_m,
            })
        }
        Grab::Source(u, s) => {
            let source = scenario.utilities.get(u)?.sources.get(s)?;
            let (x0, y0) = source.location_m;
            Some(Edit::MoveSource {
                id: source.id.clone(),
                x_m: (x0 + d.x as f64).round(),
                y_m: (y0 + d.y as f64).round(),
            })
        }
        Grab::NewPlot => {
            let (x_m, y_m, width_m, height_m) = dragged_rect(gesture)?;
            // The zone the rectangle is drawn in, else the one chosen in the form.
            let centre = (x_m + width_m / 2.0, y_m + height_m / 2.0);
            let zone = zone_at(scenario, centre).unwrap_or(zone);
            Some(Edit::AddPlot {
                id: new_plot_id(scenario),
                zone: scenario.zones.get(zone)?.id.clone(),
                x_m,
                y_m,
                width_m,
                height_m,
                phase: None,
            })
        }
    }
}

/// The zone under a park point, if any.
pub fn zone_at(scenario: &Scenario, point_m: PointM) -> Option<usize> {
    use crate::scenario::geometry::{Side, side_of};
    scenario
        .zones
        .iter()
        .position(|z| side_of(point_m, &z.polygon_m) == Side::Inside)
}

/// The rectangle a drag spans, whole metres: (x, y, width, height); none for a sliver.
fn dragged_rect(gesture: &Gesture) -> Option<(f64, f64, f64, f64)> {
    let (a, b) = (
        gesture.from_m.min(gesture.to_m),
        gesture.from_m.max(gesture.to_m),
    );
    let (x_m, y_m) = (metres(a.x), metres(a.y));
    let (width_m, height_m) = (metres(b.x) - x_m, metres(b.y) - y_m);
    (width_m >= MIN_DRAWN_SIDE_M && height_m >= MIN_DRAWN_SIDE_M)
        .then_some((x_m, y_m, width_m, height_m))
}

/// The first free id of the form Z01, Z02, … for a new zone.
pub fn new_zone_id(scenario: &Scenario) -> String {
    let mut n = scenario.zones.len() + 1;
    while scenario.zones.iter().any(|z| z.id == format!("Z{n:02}")) {
        n += 1;
    }
    format!("Z{n:02}")
}

/// The first free id of the form N01, N02, … for a new plot.
pub fn new_plot_id(scenario: &Scenario) -> String {
    let mut n = scenario.plots.len() + 1;
    while scenario.plots.iter().any(|p| p.id == format!("N{n:02}")) {
        n += 1;
    }
    format!("N{n:02}")
}

/// An outline being drawn corner by corner: the park's boundary, or a zone's new outline.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BoundaryDraft {
    pub corners_m: Vec<PointM>,
    /// The zone being reshaped (its id), or `None` for the park's boundary.
    pub zone: Option<String>,
}

/// What a click does to a boundary being drawn.
#[derive(Clone, Debug, PartialEq)]
pub enum DraftStep {
    /// A corner was added; the draft goes on.
    Added,
    /// The click closed the outline: the boundary edit to apply.
    Closed(Edit),
}

impl BoundaryDraft {
    /// A click at `at_m`; `close_m` is how near the first corner (metres) counts as
    /// closing the outline (a few pixels at the current zoom).
    pub fn click(&mut self, at_m: Vec2, close_m: f32) -> DraftStep {
        let point = (metres(at_m.x), metres(at_m.y));
        if let Some(&(x, y)) = self.corners_m.first()
            && self.corners_m.len() >= 3
            && Vec2::new(x as f32, y as f32).distance(at_m) <= close_m
        {
            return DraftStep::Closed(self.finish().expect("three corners or more"));
        }
        if self.corners_m.last() != Some(&point) {
            self.corners_m.push(point);
        }
        DraftStep::Added
    }

    /// The boundary edit for the corners so far (at least three). The corners stay in
    /// the draft until the planner takes the boundary: a refused one (it leaves a plot
    /// outside, say) can be mended corner by corner rather than drawn again.
    pub fn finish(&self) -> Option<Edit> {
        if self.corners_m.len() < 3 {
            return None;
        }
        let points_m = self.corners_m.clone();
        Some(match &self.zone {
            Some(id) => Edit::SetZoneOutline {
                id: id.clone(),
                points_m,
            },
            None => Edit::SetBoundary { points_m },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn small_park() -> Scenario {
        crate::scenario::small_park_for_tests()
    }

    fn gesture(grab: Grab, from: (f32, f32), to: (f32, f32)) -> Gesture {
        Gesture {
            grab,
            from_m: Vec2::from(from),
            to_m: Vec2::from(to),
            travelled_px: 50.0,
            last_px: Vec2::ZERO,
        }
    }

    #[test]
    fn dragging_a_plot_moves_it_by_whole_metres() {
        let park = small_park();
        let edit = drag_edit(&gesture(Grab::Plot(1), (10.0, 10.0), (22.4, 4.6)), &park, 0);
        assert_eq!(
            edit,
            Some(Edit::MovePlot {
                id: park.plots[1].id.clone(),
                dx_m: 12.0,
                dy_m: -5.0
            })
        );
        assert_eq!(
            drag_edit(
                &gesture(Grab::Plot(1), (10.0, 10.0), (10.2, 10.3)),
                &park,
                0
            ),
            None,
            "less than half a metre is no move"
        );
        assert_eq!(
            drag_edit(&gesture(Grab::Map, (0.0, 0.0), (500.0, 0.0)), &park, 0),
            None,
            "panning edits nothing"
        );
    }

    #[test]
    fn dragging_out_a_rectangle_adds_a_plot_from_any_corner() {
        let park = small_park();
        let edit = drag_edit(
            &gesture(Grab::NewPlot, (130.0, 80.0), (100.2, 20.0)),
            &park,
            0,
        );
        assert_eq!(
            edit,
            Some(Edit::AddPlot {
                id: new_plot_id(&park),
                zone: park.zones[0].id.clone(),
                x_m: 100.0,
                y_m: 20.0,
                width_m: 30.0,
                height_m: 60.0,
                phase: None,
            })
        );
        assert_eq!(
            drag_edit(&gesture(Grab::NewPlot, (0.0, 0.0), (50.0, 2.0)), &park, 0),
            None,
            "a sliver is a slip of the hand"
        );
    }

    #[test]
    fn dragging_a_source_moves_it_and_the_move_tool_prefers_sources() {
        let park = small_park();
        let (x, y) = park.utilities[0].sources[0].location_m;
        let edit = drag_edit(
            &gesture(Grab::Source(0, 0), (0.0, 0.0), (-20.0, 35.0)),
            &park,
            0,
        );
        assert_eq!(
            edit,
            Some(Edit::MoveSource {
                id: park.utilities[0].sources[0].id.clone(),
                x_m: (x - 20.0).round(),
                y_m: (y + 35.0).round()
            })
        );
        assert_eq!(
            grab_for(Tool::Move, Some((0, 1)), Some(3), Some(0)),
            Some(Grab::Source(0, 1))
        );
        assert_eq!(
            grab_for(Tool::Move, None, Some(3), Some(0)),
            Some(Grab::Plot(3))
        );
        assert_eq!(
            grab_for(Tool::Move, None, None, Some(1)),
            Some(Grab::Zone(1))
        );
        assert_eq!(
            grab_for(Tool::Inspect, None, Some(3), None),
            Some(Grab::Map)
        );
    }

    #[test]
    fn dragging_out_a_zone_adds_one_and_dragging_a_zone_moves_it() {
        let park = small_park();
        let edit = drag_edit(
            &gesture(Grab::NewZone, (60.0, 395.0), (350.4, 355.0)),
            &park,
            0,
        );
        assert_eq!(
            edit,
            Some(Edit::AddZone {
                id: "Z03".into(),
                name: tr!("zone-new-name", id = "Z03"),
                kind: crate::scenario::ZoneKind::Industrial,
                x_m: 60.0,
                y_m: 355.0,
                width_m: 290.0,
                height_m: 40.0,
            })
        );
        assert_eq!(
            drag_edit(&gesture(Grab::Zone(0), (0.0, 0.0), (-7.2, 3.0)), &park, 0),
            Some(Edit::MoveZone {
                id: park.zones[0].id.clone(),
                dx_m: -7.0,
                dy_m: 3.0
            })
        );
        // Reshaping a zone: the outline drawn becomes the zone's.
        let draft = BoundaryDraft {
            corners_m: vec![(0.0, 0.0), (10.0, 0.0), (10.0, 10.0)],
            zone: Some("industrial".into()),
        };
        assert!(matches!(
            draft.finish(),
            Some(Edit::SetZoneOutline { id, .. }) if id == "industrial"
        ));
    }

    #[test]
    fn clicking_corners_and_back_on_the_first_closes_the_boundary() {
        let mut draft = BoundaryDraft::default();
        for p in [(0.0, 0.0), (400.0, 0.0), (400.0, 300.0)] {
            assert_eq!(draft.click(Vec2::from(p), 5.0), DraftStep::Added);
        }
        // A second click on the same corner (a double click) adds nothing.
        assert_eq!(draft.click(Vec2::new(400.2, 300.1), 5.0), DraftStep::Added);
        assert_eq!(draft.corners_m.len(), 3);
        assert_eq!(
            draft.click(Vec2::new(2.0, -1.0), 5.0),
            DraftStep::Closed(Edit::SetBoundary {
                points_m: vec![(0.0, 0.0), (400.0, 0.0), (400.0, 300.0)]
            })
        );
        // Kept until the boundary is taken (see `process_edits`), so a refused one can be
        // mended.
        assert_eq!(draft.corners_m.len(), 3);
        draft.corners_m.pop();
        assert_eq!(
            draft.finish(),
            None,
            "fewer than three corners is no boundary"
        );
    }
}
