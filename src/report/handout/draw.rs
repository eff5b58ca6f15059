//! The handout's pictures, drawn with `plotters`: each chart with its bands over the seeds
//! (SVG for the page, PNG for slides, the same drawing on either backend), and the park's
//! map by plot status.

use std::sync::Once;

use plotters::coord::Shift;
use plotters::prelude::*;

use super::{Handout, MapAt, SeriesBands};
use crate::report::facts::{Chart, NOT_YET_OPEN_HEX, observed_series, status_hex, x_month};
use crate::scenario::Scenario;
use crate::sim::plots::PlotStatus;

/// A chart's size, pixels (SVG user units): the width of an A4 page's text at 96 dpi.
pub const CHART_PX: (u32, u32) = (720, 330);
/// A map's width, pixels; its height follows the park's shape.
pub const MAP_WIDTH_PX: u32 = 340;

/// Series colours: the Okabe–Ito palette, as in the planner (colour-blind safe).
const SERIES: [u32; 6] = [0x0072b2, 0xe69f00, 0x009e73, 0xcc79a7, 0x56b4e9, 0xd55e00];
/// The baseline's colour when two options are compared.
const BASELINE: u32 = 0x7a7a7a;

fn rgb(hex: u32) -> RGBColor {
    RGBColor((hex >> 16) as u8, (hex >> 8) as u8, hex as u8)
}

/// The font every text is measured and drawn with (the planner's, which has the Tajik
/// and Azerbaijani letters); SVG names it, and a browser draws it with the reader's.
fn register_font() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let _ = plotters::style::register_font(
            "sans-serif",
            FontStyle::Normal,
            crate::report::DEJAVU_SANS,
        );
    });
}

type DrawResult = Result<(), String>;

fn err(e: impl std::fmt::Debug) -> String {
    format!("{e:?}")
}

/// `chart` of the handout, as an SVG element.
pub fn chart_svg(handout: &Handout, chart: Chart) -> Result<String, String> {
    chart_svg_of(handout, chart, None)
}

/// `chart` of the handout as an SVG element, with `focus`: only that series of each
/// option, one colour per option and named by it (for many options, as a debrief has).
pub fn chart_svg_of(
    handout: &Handout,
    chart: Chart,
    focus: Option<usize>,
) -> Result<String, String> {
    register_font();
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, CHART_PX).into_drawing_area();
        draw_chart(&root, handout, chart, focus)?;
        root.present().map_err(err)?;
    }
    Ok(svg)
}

/// `chart` of the handout, as a PNG file's bytes (twice the SVG's size, for slides).
pub fn chart_png(handout: &Handout, chart: Chart) -> Result<Vec<u8>, String> {
    register_font();
    let (w, h) = CHART_PX;
    let mut buffer = vec![0u8; (w * h * 3) as usize];
    {
        let root = BitMapBackend::with_buffer(&mut buffer, (w, h)).into_drawing_area();
        draw_chart(&root, handout, chart, None)?;
        root.present().map_err(err)?;
    }
    let mut bytes = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut bytes, w, h);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header().map_err(err)?;
        writer.write_image_data(&buffer).map_err(err)?;
    }
    Ok(bytes)
}

/// The numbers of an axis as the language writes them.
fn value_label(v: f64) -> String {
    let decimals = if v.abs() < 10.0 && v.fract().abs() > 1e-9 {
        1
    } else {
        0
    };
    crate::report::shown::grouped(v, decimals)
}

fn draw_chart<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    handout: &Handout,
    chart: Chart,
    focus: Option<usize>,
) -> DrawResult {
    root.fill(&WHITE).map_err(err)?;
    let comparing = handout.options.len() > 1;
    let drawn: Vec<(String, Vec<SeriesBands>)> = handout
        .options
        .iter()
        .map(|o| {
            let (unit, mut series) = o.bands(chart);
            if let Some(f) = focus {
                series = series.into_iter().skip(f).take(1).collect();
            }
            (unit, series)
        })
        .collect();
    let unit = drawn.first().map(|(u, _)| u.clone()).unwrap_or_default();
    let scenario = &handout.options[0].scenario;
    let observed = match focus {
        Some(_) => Vec::new(),
        None => observed_series(chart, scenario),
    };
    let (x0, x1) = time_span(scenario);
    let y_max = drawn
        .iter()
        .flat_map(|(_, series)| series)
        .flat_map(|s| s.bands.iter().flatten().map(|b| b.p90))
        .chain(observed.iter().flat_map(|(_, p, _)| p.iter().map(|p| p[1])))
        .filter(|v| v.is_finite())
        .fold(0.0_f64, f64::max);
    let y_min = drawn
        .iter()
        .flat_map(|(_, series)| series)
        .flat_map(|s| s.bands.iter().flatten().map(|b| b.p10))
        .filter(|v| v.is_finite())
        .fold(0.0_f64, f64::min);
    let y_top = if y_max > 0.0 { y_max * 1.08 } else { 1.0 };
    let title = match (focus, drawn.first().and_then(|(_, s)| s.first())) {
        (Some(_), Some(series)) => format!("{} — {unit}", series.name),
        _ => format!("{} — {unit}", chart.label()),
    };
    let mut c = ChartBuilder::on(root)
        .margin(8)
        .x_label_area_size(26)
        .y_label_area_size(64)
        .caption(title, ("sans-serif", 15))
        .build_cartesian_2d(x0..x1, y_min..y_top)
        .map_err(err)?;
    c.configure_mesh()
        .x_labels(((x1 - x0) as usize / 2).clamp(2, 12))
        .x_label_formatter(&|x| x_month(*x).year().to_string())
        .y_labels(6)
        .y_label_formatter(&|y| value_label(*y))
        .light_line_style(WHITE.mix(0.0))
        .bold_line_style(BLACK.mix(0.1))
        .label_style(("sans-serif", 12))
        .draw()
        .map_err(err)?;
    for (o, (_, series)) in drawn.iter().enumerate() {
        let is_baseline = comparing && o == 0;
        for (s, sb) in series.iter().enumerate() {
            let colour = if is_baseline {
                rgb(BASELINE)
            } else if focus.is_some() {
                rgb(SERIES[(o + SERIES.len() - 1) % SERIES.len()])
            } else {
                rgb(SERIES[s % SERIES.len()])
            };
            let known: Vec<(f64, f64, f64, f64)> = sb
                .xs
                .iter()
                .zip(&sb.bands)
                .filter_map(|(x, b)| b.map(|b| (*x, b.p10, b.p50, b.p90)))
                .collect();
            let mut outline: Vec<(f64, f64)> = known.iter().map(|k| (k.0, k.3)).collect();
            outline.extend(known.iter().rev().map(|k| (k.0, k.1)));
            c.draw_series(std::iter::once(Polygon::new(
                outline,
                colour.mix(if is_baseline { 0.18 } else { 0.25 }).filled(),
            )))
            .map_err(err)?;
            let median = known.iter().map(|k| (k.0, k.2));
            let style = colour.stroke_width(2);
            if is_baseline {
                // The baseline is named once, in grey; its series follow the other's order.
                let drawn = c
                    .draw_series(DashedLineSeries::new(median, 6, 4, style))
                    .map_err(err)?;
                if s == 0 {
                    drawn
                        .label(handout.options[0].label.clone())
                        .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 18, y)], style));
                }
            } else {
                let name = match focus {
                    Some(_) => handout.options[o].label.clone(),
                    None => sb.name.clone(),
                };
                c.draw_series(LineSeries::new(median, style))
                    .map_err(err)?
                    .label(name)
                    .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 18, y)], style));
            }
        }
    }
    for (name, points, series) in &observed {
        let colour = rgb(SERIES[*series % SERIES.len()]);
        let style = colour.filled();
        c.draw_series(
            points
                .iter()
                .map(|p| EmptyElement::at((p[0], p[1])) + diamond_px((0, 0), style)),
        )
        .map_err(err)?
        .label(name.clone())
        .legend(move |(x, y)| diamond_px((x + 9, y), style));
    }
    c.configure_series_labels()
        .position(SeriesLabelPosition::UpperLeft)
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK.mix(0.3))
        .label_font(("sans-serif", 12))
        .draw()
        .map_err(err)?;
    Ok(())
}

/// A published figure's diamond, at a point of the drawing (pixels).
fn diamond_px(at: (i32, i32), style: ShapeStyle) -> Polygon<(i32, i32)> {
    let (x, y) = at;
    Polygon::new(vec![(x, y - 6), (x + 6, y), (x, y + 6), (x - 6, y)], style)
}

/// The time axis: the run's first month to its last.
fn time_span(scenario: &Scenario) -> (f64, f64) {
    let start = scenario.simulation.start;
    let end = start.plus_months(scenario.simulation.months as i32 - 1);
    (
        crate::report::facts::month_x(start),
        crate::report::facts::month_x(end) + 1.0 / 12.0,
    )
}

/// The park at one month, its plots coloured by status, as an SVG element.
pub fn map_svg(scenario: &Scenario, map: &MapAt) -> Result<String, String> {
    register_font();
    let (x0, y0, x1, y1) = crate::scenario::geometry::bounds(&scenario.land_points());
    let (dx, dy) = ((x1 - x0).max(1.0), (y1 - y0).max(1.0));
    let pad = 0.03 * dx.max(dy);
    let width = MAP_WIDTH_PX;
    let height = ((width as f64) * (dy + 2.0 * pad) / (dx + 2.0 * pad)).clamp(120.0, 480.0) as u32;
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        root.fill(&WHITE).map_err(err)?;
        let mut c = ChartBuilder::on(&root)
            .build_cartesian_2d(x0 - pad..x1 + pad, y0 - pad..y1 + pad)
            .map_err(err)?;
        let ring = |polygon: &[crate::scenario::PointM]| -> Vec<(f64, f64)> {
            polygon.iter().map(|p| (p.0, p.1)).collect()
        };
        for phase in &scenario.park.phases {
            if phase.extension_m.len() >= 3 {
                c.draw_series(std::iter::once(Polygon::new(
                    ring(&phase.extension_m),
                    rgb(0xf4f4ee).filled(),
                )))
                .map_err(err)?;
            }
        }
        c.draw_series(std::iter::once(Polygon::new(
            ring(&scenario.park.boundary_m),
            rgb(0xf4f4ee).filled(),
        )))
        .map_err(err)?;
        for (plot, status, open) in &map.1 {
            let Some(p) = scenario.plots.get(*plot) else {
                continue;
            };
            let fill = if *open || *status != PlotStatus::Free {
                status_hex(*status)
            } else {
                NOT_YET_OPEN_HEX
            };
            let mut outline = ring(&p.polygon_m);
            c.draw_series(std::iter::once(Polygon::new(
                outline.clone(),
                rgb(fill).filled(),
            )))
            .map_err(err)?;
            if let Some(first) = outline.first().copied() {
                outline.push(first);
            }
            c.draw_series(std::iter::once(PathElement::new(
                outline,
                rgb(0x555555).stroke_width(1),
            )))
            .map_err(err)?;
        }
        let mut fence = ring(&scenario.park.boundary_m);
        if let Some(first) = fence.first().copied() {
            fence.push(first);
        }
        c.draw_series(std::iter::once(PathElement::new(
            fence,
            rgb(0x222222).stroke_width(2),
        )))
        .map_err(err)?;
        root.present().map_err(err)?;
    }
    Ok(svg)
}
