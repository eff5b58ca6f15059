//! Plane geometry of the park in metres: areas, containment and overlap of plots.

use super::raw::PointM;

/// Square metres in a hectare.
pub const M2_PER_HA: f64 = 10_000.0;

/// Tolerance for "on the line", metres.
const EPS_M: f64 = 1e-6;

/// Area enclosed by a polygon, square metres (either orientation).
pub fn area_m2(polygon: &[PointM]) -> f64 {
    signed_area_m2(polygon).abs()
}

fn signed_area_m2(polygon: &[PointM]) -> f64 {
    let n = polygon.len();
    let mut twice = 0.0;
    for i in 0..n {
        let (x1, y1) = polygon[i];
        let (x2, y2) = polygon[(i + 1) % n];
        twice += x1 * y2 - x2 * y1;
    }
    twice / 2.0
}

/// Centre of mass of a polygon's area (falls back to the vertex mean for degenerate ones).
pub fn centroid(polygon: &[PointM]) -> PointM {
    let a = signed_area_m2(polygon);
    let n = polygon.len().max(1);
    if a.abs() < EPS_M {
        let (sx, sy) = polygon
            .iter()
            .fold((0.0, 0.0), |(sx, sy), (x, y)| (sx + x, sy + y));
        return (sx / n as f64, sy / n as f64);
    }
    let (mut cx, mut cy) = (0.0, 0.0);
    for i in 0..polygon.len() {
        let (x1, y1) = polygon[i];
        let (x2, y2) = polygon[(i + 1) % polygon.len()];
        let cross = x1 * y2 - x2 * y1;
        cx += (x1 + x2) * cross;
        cy += (y1 + y2) * cross;
    }
    (cx / (6.0 * a), cy / (6.0 * a))
}

/// Axis-aligned bounding box: (min x, min y, max x, max y).
pub fn bounds(polygon: &[PointM]) -> (f64, f64, f64, f64) {
    polygon.iter().fold(
        (f64::MAX, f64::MAX, f64::MIN, f64::MIN),
        |(x0, y0, x1, y1), &(x, y)| (x0.min(x), y0.min(y), x1.max(x), y1.max(y)),
    )
}

/// Where a point lies with respect to a polygon.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Inside,
    OnEdge,
    Outside,
}

/// Whether `p` is inside, on the edge of, or outside `polygon`.
pub fn side_of(p: PointM, polygon: &[PointM]) -> Side {
    let n = polygon.len();
    let mut inside = false;
    for i in 0..n {
        let a = polygon[i];
        let b = polygon[(i + 1) % n];
        if distance_to_segment(p, a, b) <= EPS_M {
            return Side::OnEdge;
        }
        if (a.1 > p.1) != (b.1 > p.1) {
            let x = a.0 + (p.1 - a.1) * (b.0 - a.0) / (b.1 - a.1);
            if p.0 < x {
                inside = !inside;
            }
        }
    }
    if inside { Side::Inside } else { Side::Outside }
}

/// Shortest distance from `p` to the segment `a`–`b`, metres.
pub fn distance_to_segment(p: PointM, a: PointM, b: PointM) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 {
        0.0
    } else {
        (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / len2).clamp(0.0, 1.0)
    };
    let (qx, qy) = (a.0 + t * dx, a.1 + t * dy);
    ((p.0 - qx).powi(2) + (p.1 - qy).powi(2)).sqrt()
}

/// Shortest distance from `p` to a polyline, metres (infinite for an empty line).
pub fn distance_to_polyline(p: PointM, line: &[PointM]) -> f64 {
    match line {
        [] => f64::INFINITY,
        [only] => ((p.0 - only.0).powi(2) + (p.1 - only.1).powi(2)).sqrt(),
        _ => line
            .windows(2)
            .map(|w| distance_to_segment(p, w[0], w[1]))
            .fold(f64::INFINITY, f64::min),
    }
}

fn cross(o: PointM, a: PointM, b: PointM) -> f64 {
    (a.0 - o.0) * (b.1 - o.1) - (a.1 - o.1) * (b.0 - o.0)
}

/// Whether two segments cross at a point interior to both (touching does not count).
fn segments_cross(a: PointM, b: PointM, c: PointM, d: PointM) -> bool {
    let d1 = cross(c, d, a);
    let d2 = cross(c, d, b);
    let d3 = cross(a, b, c);
    let d4 = cross(a, b, d);
    let tol = EPS_M;
    ((d1 > tol && d2 < -tol) || (d1 < -tol && d2 > tol))
        && ((d3 > tol && d4 < -tol) || (d3 < -tol && d4 > tol))
}

fn edges(polygon: &[PointM]) -> impl Iterator<Item = (PointM, PointM)> + '_ {
    (0..polygon.len()).map(move |i| (polygon[i], polygon[(i + 1) % polygon.len()]))
}

/// Whether the polygon has no two non-adjacent edges that cross.
pub fn is_simple(polygon: &[PointM]) -> bool {
    let n = polygon.len();
    for i in 0..n {
        for j in i + 2..n {
            if i == 0 && j == n - 1 {
                continue;
            }
            let (a, b) = (polygon[i], polygon[(i + 1) % n]);
            let (c, d) = (polygon[j], polygon[(j + 1) % n]);
            if segments_cross(a, b, c, d) {
                return false;
            }
        }
    }
    true
}

/// Whether `inner` lies within `outer` (its boundary may touch `outer`'s).
pub fn contains(outer: &[PointM], inner: &[PointM]) -> bool {
    if inner.iter().any(|&p| side_of(p, outer) == Side::Outside) {
        return false;
    }
    for (a, b) in edges(inner) {
        let mid = ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0);
        if side_of(mid, outer) == Side::Outside {
            return false;
        }
        if edges(outer).any(|(c, d)| segments_cross(a, b, c, d)) {
            return false;
        }
    }
    true
}

fn is_convex(polygon: &[PointM]) -> bool {
    let n = polygon.len();
    let mut sign = 0.0_f64;
    for i in 0..n {
        let c = cross(polygon[i], polygon[(i + 1) % n], polygon[(i + 2) % n]);
        if c.abs() > EPS_M {
            if sign != 0.0 && c.signum() != sign {
                return false;
            }
            sign = c.signum();
        }
    }
    true
}

/// Clips `subject` by the convex polygon `clip` (Sutherland–Hodgman).
fn clip_convex(subject: &[PointM], clip: &[PointM]) -> Vec<PointM> {
    let orientation = signed_area_m2(clip).signum();
    let mut output = subject.to_vec();
    for (c, d) in edges(clip) {
        let input = std::mem::take(&mut output);
        if input.is_empty() {
            break;
        }
        let inside = |p: PointM| cross(c, d, p) * orientation >= 0.0;
        for i in 0..input.len() {
            let p = input[i];
            let q = input[(i + 1) % input.len()];
            let intersect = || {
                let (r, s) = ((q.0 - p.0, q.1 - p.1), (d.0 - c.0, d.1 - c.1));
                let denom = r.0 * s.1 - r.1 * s.0;
                let t = ((c.0 - p.0) * s.1 - (c.1 - p.1) * s.0) / denom;
                (p.0 + t * r.0, p.1 + t * r.1)
            };
            match (inside(p), inside(q)) {
                (true, true) => output.push(q),
                (true, false) => output.push(intersect()),
                (false, true) => {
                    output.push(intersect());
                    output.push(q);
                }
                (false, false) => {}
            }
        }
    }
    output
}

/// Whether two polygons share more than `min_shared_m2` of area (touching edges do not count).
pub fn overlap(a: &[PointM], b: &[PointM], min_shared_m2: f64) -> bool {
    let (ax0, ay0, ax1, ay1) = bounds(a);
    let (bx0, by0, bx1, by1) = bounds(b);
    if ax1 <= bx0 || bx1 <= ax0 || ay1 <= by0 || by1 <= ay0 {
        return false;
    }
    if is_convex(b) {
        return area_m2(&clip_convex(a, b)) > min_shared_m2;
    }
    if is_convex(a) {
        return area_m2(&clip_convex(b, a)) > min_shared_m2;
    }
    // Two non-convex outlines: crossing edges or a vertex strictly inside the other.
    edges(a).any(|(p, q)| edges(b).any(|(r, s)| segments_cross(p, q, r, s)))
        || a.iter().any(|&p| side_of(p, b) == Side::Inside)
        || b.iter().any(|&p| side_of(p, a) == Side::Inside)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rect(x: f64, y: f64, w: f64, h: f64) -> Vec<PointM> {
        vec![(x, y), (x + w, y), (x + w, y + h), (x, y + h)]
    }

    #[test]
    fn areas_and_centroids() {
        let r = rect(0.0, 0.0, 200.0, 50.0);
        assert_eq!(area_m2(&r), 10_000.0);
        assert_eq!(centroid(&r), (100.0, 25.0));
    }

    #[test]
    fn touching_plots_do_not_overlap_but_shared_area_does() {
        let a = rect(0.0, 0.0, 10.0, 10.0);
        assert!(!overlap(&a, &rect(10.0, 0.0, 10.0, 10.0), 0.01));
        assert!(overlap(&a, &rect(5.0, 0.0, 10.0, 10.0), 0.01));
        assert!(overlap(&a, &a.clone(), 0.01));
        assert!(overlap(&a, &rect(2.0, 2.0, 1.0, 1.0), 0.01));
    }

    #[test]
    fn containment_allows_touching_the_boundary() {
        let park = rect(0.0, 0.0, 100.0, 100.0);
        assert!(contains(&park, &rect(0.0, 0.0, 50.0, 50.0)));
        assert!(!contains(&park, &rect(60.0, 60.0, 50.0, 10.0)));
        let l_shape = vec![
            (0.0, 0.0),
            (100.0, 0.0),
            (100.0, 50.0),
            (50.0, 50.0),
            (50.0, 100.0),
            (0.0, 100.0),
        ];
        assert!(!contains(&l_shape, &rect(40.0, 40.0, 20.0, 20.0)));
        assert!(!is_simple(&[
            (0.0, 0.0),
            (10.0, 10.0),
            (10.0, 0.0),
            (0.0, 10.0)
        ]));
        assert!(is_simple(&l_shape));
    }
}
