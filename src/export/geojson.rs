//! The park as GeoJSON (RFC 7946): boundary, zones, plots with their attributes, roads and
//! rail, utility sources and junctions as points, network links as LineStrings with their
//! capacity and flow in the exported month. Coordinates are WGS 84 longitude and latitude,
//! placed from the park's `origin_lat_lon` (the point (0, 0) of its metres) on the WGS 84
//! ellipsoid by Karney's geodesics (azimuthal equidistant about the origin: a point `d`
//! metres from the origin lies `d` metres along the geodesic in its direction). Distances
//! across a park of a few kilometres come out within a millimetre of the metres in the
//! scene (a sphere of 111,320 m per degree was off by 2.4 m per km at Sumgayit).

use geographiclib_rs::{DirectGeodesic, Geodesic};
use serde_json::{Value, json};

use super::{ParkAtMonth, status_name};
use crate::report::numbers;
use crate::scenario::{PointM, geometry};

/// The park's metres placed on the WGS 84 ellipsoid about its origin.
pub struct EarthPlacement {
    geodesic: Geodesic,
    /// Latitude and longitude of the park's point (0 m, 0 m), degrees.
    origin_lat_lon: (f64, f64),
}

impl EarthPlacement {
    /// The placement about `origin_lat_lon` (WGS 84 degrees of the point x 0 m, y 0 m).
    pub fn new(origin_lat_lon: (f64, f64)) -> Self {
        Self {
            geodesic: Geodesic::wgs84(),
            origin_lat_lon,
        }
    }

    /// Latitude and longitude, degrees, of the point `x` metres east and `y` metres north
    /// of the origin.
    pub fn lat_lon(&self, (x, y): PointM) -> (f64, f64) {
        let (lat0, lon0) = self.origin_lat_lon;
        let distance_m = x.hypot(y);
        if distance_m == 0.0 {
            return self.origin_lat_lon;
        }
        let azimuth_deg = x.atan2(y).to_degrees();
        self.geodesic.direct(lat0, lon0, azimuth_deg, distance_m)
    }
}

/// Why a GeoJSON cannot be written.
pub fn missing_origin_message() -> String {
    crate::tr!("cli-no-origin")
}

/// The park and its networks in the month, as a GeoJSON FeatureCollection; an error (to
/// show) when the scene gives no `origin_lat_lon` or a point has no position on the earth.
pub fn feature_collection(park: &ParkAtMonth) -> Result<Value, String> {
    let s = &park.scenario;
    let origin = s.park.origin_lat_lon.ok_or_else(missing_origin_message)?;
    let earth = EarthPlacement::new(origin);
    let unplaced = std::cell::Cell::new(None);
    let position = |point: PointM| {
        let (lat, lon) = earth.lat_lon(point);
        // Seven decimals: about a centimetre.
        let (lon, lat) = (numbers::json(lon, 7), numbers::json(lat, 7));
        if lon.is_null() || lat.is_null() {
            unplaced.set(Some(point));
        }
        json!([lon, lat])
    };
    // A closed ring, counter-clockwise as RFC 7946 asks of exterior rings.
    let ring = |points: &[PointM]| {
        let mut pts: Vec<PointM> = points.to_vec();
        if signed_area(&pts) < 0.0 {
            pts.reverse();
        }
        if let Some(&first) = pts.first() {
            pts.push(first);
        }
        json!({ "type": "Polygon", "coordinates": [pts.into_iter().map(position).collect::<Vec<_>>()] })
    };
    let line = |points: &[PointM]| json!({ "type": "LineString", "coordinates": points.iter().copied().map(position).collect::<Vec<_>>() });
    let feature = |geometry: Value, properties: Value| json!({ "type": "Feature", "geometry": geometry, "properties": properties });

    let mut features = vec![feature(
        ring(&s.park.boundary_m),
        json!({
            "layer": "park",
            "name": s.park.name,
            "gross_area_ha": numbers::exact(s.park.gross_area_ha),
            "month": park.month.to_string(),
        }),
    )];
    for z in &s.zones {
        features.push(feature(
            ring(&z.polygon_m),
            json!({
                "layer": "zone",
                "id": z.id,
                "name": z.name,
                "kind": format!("{:?}", z.kind),
                "area_ha": round2(geometry::area_m2(&z.polygon_m) / geometry::M2_PER_HA),
            }),
        ));
    }
    let currency = &s.park.currency;
    for (j, p) in s.plots.iter().enumerate() {
        let (status, tenant) = &park.plots[j];
        let rent = s.rent_schedules[p.rent].rent_per_year(p.area_ha);
        features.push(feature(
            ring(&p.polygon_m),
            json!({
                "layer": "plot",
                "id": p.id,
                "zone": s.zones[p.zone].id,
                "area_ha": round2(p.area_ha),
                "serviced": p.serviced,
                "rent_per_year": round2(rent),
                "currency": currency,
                "status": status_name(*status),
                "resident": tenant.as_ref().map(|(name, _)| name.clone()),
                "archetype": tenant.as_ref().map(|(_, a)| s.archetypes[*a].id.clone()),
            }),
        ));
    }
    for (layer, lines) in [("road", &s.park.roads), ("rail", &s.park.rail)] {
        for l in lines {
            features.push(feature(
                line(&l.points_m),
                json!({ "layer": layer, "id": l.id, "name": l.name }),
            ));
        }
    }
    for (u, utility) in s.utilities.iter().enumerate() {
        let state = park.networks.of(u);
        for (k, src) in utility.sources.iter().enumerate() {
            features.push(feature(
                json!({ "type": "Point", "coordinates": position(src.location_m) }),
                json!({
                    "layer": "source",
                    "utility": utility.id,
                    "id": src.id,
                    "name": src.name,
                    "capacity": numbers::exact(src.capacity),
                    "unit": utility.kind.unit(),
                    "in_service": src.in_service.map(|m| m.to_string()),
                    "location_given": src.location_given,
                    "output": state.and_then(|st| st.flows.source_output.get(k)).map(|v| numbers::exact(*v)),
                }),
            ));
        }
        let (Some(network), Some(state)) = (s.network_of(u), state) else {
            continue;
        };
        for jn in &network.junctions {
            features.push(feature(
                json!({ "type": "Point", "coordinates": position(jn.location_m) }),
                json!({ "layer": "junction", "utility": utility.id, "id": jn.id }),
            ));
        }
        for (l, link) in network.links.iter().enumerate() {
            let flow = state.flows.link_flow.get(l).copied().unwrap_or(0.0);
            let peak = state.graph.link_peak(&state.flows, l);
            let capacity = state.graph.link_capacity[l];
            features.push(feature(
                line(&[
                    s.node_location(network, link.from),
                    s.node_location(network, link.to),
                ]),
                json!({
                    "layer": "link",
                    "utility": utility.id,
                    "id": link.id,
                    "capacity": numbers::exact(capacity),
                    "unit": utility.kind.unit(),
                    "length_m": round2(link.length_m),
                    "flow": round2(flow),
                    "peak": round2(peak),
                    "loading_pct": round2(crate::sim::networks::loading_pct(peak, capacity)),
                }),
            ));
        }
    }
    if let Some((x, y)) = unplaced.get() {
        return Err(crate::tr!(
            "cli-no-wgs84",
            x = x.to_string(),
            y = y.to_string(),
            origin = format!("{origin:?}")
        ));
    }
    Ok(json!({ "type": "FeatureCollection", "features": features }))
}

fn round2(v: f64) -> Value {
    numbers::json(v, 2)
}

/// Twice the signed area (positive when counter-clockwise).
fn signed_area(points: &[PointM]) -> f64 {
    let n = points.len();
    (0..n)
        .map(|i| {
            let (a, b) = (points[i], points[(i + 1) % n]);
            a.0 * b.1 - b.0 * a.1
        })
        .sum()
}
