//! Where the map sits in the window: its centre and zoom, and the conversions between the
//! park's metres and the window's logical pixels. Pure arithmetic, tested without a window.

use bevy::prelude::*;

/// The map's view: the park point at the map area's centre and the zoom.
#[derive(Resource, Clone, Copy, Debug, PartialEq)]
pub struct MapView {
    /// Park coordinates (metres, x east, y north) shown at the window's centre.
    pub centre_m: Vec2,
    /// Metres per logical pixel (larger = zoomed out).
    pub metres_per_px: f32,
    /// Window size in logical pixels.
    pub window_px: Vec2,
}

/// How much larger than the park the fitted view is (8 % around it).
pub const FIT_MARGIN: f32 = 1.08;

/// Closest and farthest zoom, metres per pixel.
pub const ZOOM_LIMITS: (f32, f32) = (0.02, 2_000.0);

impl Default for MapView {
    fn default() -> Self {
        Self {
            centre_m: Vec2::ZERO,
            metres_per_px: 1.0,
            window_px: Vec2::new(1280.0, 800.0),
        }
    }
}

impl MapView {
    /// Park point under a window position (logical pixels, origin top-left, y down).
    pub fn screen_to_world(&self, screen: Vec2) -> Vec2 {
        let d = screen - self.window_px / 2.0;
        self.centre_m + Vec2::new(d.x, -d.y) * self.metres_per_px
    }

    /// Window position (logical pixels) of a park point.
    pub fn world_to_screen(&self, world: Vec2) -> Vec2 {
        let d = (world - self.centre_m) / self.metres_per_px;
        self.window_px / 2.0 + Vec2::new(d.x, -d.y)
    }

    /// Zooms by `factor` (> 1 zooms out) keeping the park point under `screen` in place.
    pub fn zoom_about(&mut self, screen: Vec2, factor: f32) {
        let anchor = self.screen_to_world(screen);
        let new = (self.metres_per_px * factor).clamp(ZOOM_LIMITS.0, ZOOM_LIMITS.1);
        let applied = new / self.metres_per_px;
        self.centre_m = anchor + (self.centre_m - anchor) * applied;
        self.metres_per_px = new;
    }

    /// Moves the map with a drag of `delta` logical pixels.
    pub fn pan_by(&mut self, delta: Vec2) {
        self.centre_m += Vec2::new(-delta.x, delta.y) * self.metres_per_px;
    }

    /// Shows the park rectangle `min..max` (metres) whole inside the window rectangle
    /// `area_min..area_max` (logical pixels), with a margin.
    pub fn fit(&mut self, min: Vec2, max: Vec2, area_min: Vec2, area_max: Vec2) {
        self.fit_with_margin(min, max, area_min, area_max, FIT_MARGIN);
    }

    /// As [`fit`](Self::fit), with the park rectangle enlarged by `margin` (1.0: none).
    pub fn fit_with_margin(
        &mut self,
        min: Vec2,
        max: Vec2,
        area_min: Vec2,
        area_max: Vec2,
        margin: f32,
    ) {
        let size_m = (max - min).max(Vec2::splat(1.0));
        let size_px = (area_max - area_min).max(Vec2::splat(50.0));
        let tight = (size_m.x / size_px.x).max(size_m.y / size_px.y);
        self.metres_per_px = (tight * margin).clamp(ZOOM_LIMITS.0, ZOOM_LIMITS.1);
        // Put the park's centre at the area's centre.
        let area_centre = (area_min + area_max) / 2.0;
        let offset = area_centre - self.window_px / 2.0;
        self.centre_m = (min + max) / 2.0 - Vec2::new(offset.x, -offset.y) * self.metres_per_px;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: Vec2, b: Vec2) -> bool {
        (a - b).length() < 1e-3
    }

    #[test]
    fn screen_and_world_round_trip() {
        let view = MapView {
            centre_m: Vec2::new(1000.0, 500.0),
            metres_per_px: 2.0,
            window_px: Vec2::new(800.0, 600.0),
        };
        assert!(close(
            view.screen_to_world(Vec2::new(400.0, 300.0)),
            Vec2::new(1000.0, 500.0)
        ));
        // Up on the screen is north in the park.
        assert!(close(
            view.screen_to_world(Vec2::new(400.0, 200.0)),
            Vec2::new(1000.0, 700.0)
        ));
        let p = Vec2::new(1234.0, 321.0);
        assert!(close(view.screen_to_world(view.world_to_screen(p)), p));
    }

    #[test]
    fn zoom_keeps_the_point_under_the_cursor() {
        let mut view = MapView::default();
        let cursor = Vec2::new(100.0, 700.0);
        let before = view.screen_to_world(cursor);
        view.zoom_about(cursor, 0.5);
        assert!(close(view.screen_to_world(cursor), before));
        assert_eq!(view.metres_per_px, 0.5);
        view.zoom_about(cursor, 1e9);
        assert_eq!(view.metres_per_px, ZOOM_LIMITS.1);
    }

    #[test]
    fn fit_shows_the_whole_park_in_the_map_area() {
        let mut view = MapView::default();
        let (area_min, area_max) = (Vec2::new(200.0, 40.0), Vec2::new(1000.0, 600.0));
        view.fit(Vec2::ZERO, Vec2::new(2700.0, 1950.0), area_min, area_max);
        for corner in [
            Vec2::ZERO,
            Vec2::new(2700.0, 1950.0),
            Vec2::new(0.0, 1950.0),
        ] {
            let s = view.world_to_screen(corner);
            assert!(
                s.x >= area_min.x && s.x <= area_max.x && s.y >= area_min.y && s.y <= area_max.y,
                "{s}"
            );
        }
        let centre = view.world_to_screen(Vec2::new(1350.0, 975.0));
        assert!(close(centre, (area_min + area_max) / 2.0));
    }
}
