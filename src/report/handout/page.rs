//! The handout's page: one HTML file, its CSS inline (with a print stylesheet for A4, a
//! page break before each section), its charts and maps inline SVG, a content security
//! policy that forbids any request, so the page is the same offline, emailed or printed.

use super::Handout;
use super::draw;
use crate::report::facts::{Chart, ledger_line_name, status_hex, status_name};
use crate::report::shown::{grouped, month};
use crate::scenario::Named;
use crate::sim::fiscal::TAX_EXPENDITURE_LINES;
use crate::sim::metrics::MonthRecord;
use crate::sim::plots::PlotStatus;
use crate::sweep::stats::band;
use crate::tr;

/// The charts of the handout, in the order shown (and written as PNG).
pub const CHARTS: [Chart; 6] = Chart::STORY;

/// Text made safe inside HTML.
pub(crate) fn esc(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

pub(crate) const STYLE: &str = r#"
body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; color: #1d1d1d;
       max-width: 780px; margin: 24px auto; padding: 0 16px; line-height: 1.4; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; border-bottom: 2px solid #0072b2; padding-bottom: 2px; margin-top: 32px; }
h3 { font-size: 15px; margin: 18px 0 4px; }
p.sub { color: #555; margin: 2px 0; }
.maps { display: flex; flex-wrap: wrap; gap: 8px; }
.maps figure { margin: 0; flex: 1 1 240px; }
.maps svg { width: 100%; height: auto; border: 1px solid #ddd; }
figcaption { font-size: 12px; color: #444; }
.legend span { display: inline-block; margin-right: 14px; font-size: 12px; }
.legend i { display: inline-block; width: 14px; height: 10px; border: 1px solid #555;
            margin-right: 4px; vertical-align: middle; }
.chart svg { width: 100%; height: auto; }
.note { font-size: 12px; color: #555; }
table { border-collapse: collapse; width: 100%; font-size: 12px; margin: 6px 0 12px; }
th, td { border-bottom: 1px solid #ddd; padding: 3px 6px; text-align: left; vertical-align: top;
         overflow-wrap: break-word; }
td.n, th.n { text-align: right; }
td.n { white-space: nowrap; }
table.sources { font-size: 10px; table-layout: fixed; }
footer { margin-top: 32px; font-size: 11px; color: #777; }
@page { size: A4; margin: 14mm; }
@media print {
  body { margin: 0; max-width: none; }
  section { break-before: page; }
  section.first { break-before: auto; }
  figure, table, .chart { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}
"#;

/// The whole page.
pub fn html(h: &Handout) -> Result<String, String> {
    let base = &h.options[0];
    let shown = h.options.last().unwrap_or(base);
    let scenario = &shown.scenario;
    let start = scenario.simulation.start;
    let end = start.plus_months(scenario.simulation.months as i32 - 1);
    let language = crate::locale::language().to_string();
    let mut out = String::new();
    out.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; img-src data:\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        lang = esc(language.split('-').next().unwrap_or("en")),
        title = esc(&tr!("report-title", park = scenario.park.shown_name())),
    ));

    // The park.
    out.push_str("<section class=\"first\">\n");
    out.push_str(&format!(
        "<h1>{}</h1>\n",
        esc(&tr!("report-title", park = scenario.park.shown_name()))
    ));
    let seeds = &h.seeds;
    out.push_str(&format!(
        "<p class=\"sub\">{}</p>\n",
        esc(&tr!(
            "report-subtitle",
            runs = seeds.len(),
            first = seeds.first().copied().unwrap_or_default(),
            last = seeds.last().copied().unwrap_or_default(),
            months = scenario.simulation.months,
            start = month(start),
            end = month(end)
        ))
    ));
    for option in &h.options {
        out.push_str(&format!(
            "<p class=\"sub\">{}</p>\n",
            esc(&tr!("report-option", option = option.label.clone()))
        ));
    }
    out.push_str(&format!("<h2>{}</h2>\n", esc(&tr!("report-section-park"))));
    let area_ha = scenario
        .park
        .phases
        .iter()
        .filter_map(|p| p.park_area_ha)
        .fold(scenario.park.gross_area_ha, f64::max);
    out.push_str(&format!(
        "<p>{}</p>\n",
        esc(&tr!(
            "report-park-facts",
            area = grouped(area_ha, 0),
            plots = scenario.plots.len(),
            zones = scenario.zones.len(),
            utilities = scenario.utilities.len()
        ))
    ));
    out.push_str("<div class=\"maps\">\n");
    for map in &h.maps {
        out.push_str(&format!(
            "<figure>{}<figcaption>{}</figcaption></figure>\n",
            draw::map_svg(scenario, map)?,
            esc(&tr!(
                "report-map-caption",
                month = month(map.0),
                seed = scenario.simulation.seed
            ))
        ));
    }
    out.push_str("</div>\n<p class=\"legend\">");
    for status in [
        PlotStatus::Free,
        PlotStatus::Reserved,
        PlotStatus::UnderConstruction,
        PlotStatus::Dormant,
        PlotStatus::Operating,
    ] {
        out.push_str(&swatch(status_hex(status), &status_name(status)));
    }
    if !scenario.park.phases.is_empty() {
        out.push_str(&swatch(
            crate::report::facts::NOT_YET_OPEN_HEX,
            &tr!("legend-not-yet-open"),
        ));
    }
    out.push_str("</p>\n</section>\n");

    // The charts.
    let note = if h.options.len() > 1 {
        tr!(
            "report-band-note-compare",
            base = base.label.clone(),
            other = shown.label.clone()
        )
    } else {
        tr!("report-band-note")
    };
    for (heading, charts) in [
        (
            tr!("report-section-growth"),
            &[
                Chart::Firms,
                Chart::Jobs,
                Chart::Investment,
                Chart::Occupancy,
            ][..],
        ),
        (tr!("report-section-utilities"), &[Chart::Utilities][..]),
        (tr!("report-section-fiscal"), &[Chart::Fiscal][..]),
    ] {
        out.push_str(&format!("<section>\n<h2>{}</h2>\n", esc(&heading)));
        out.push_str(&format!("<p class=\"note\">{}</p>\n", esc(&note)));
        for &chart in charts {
            out.push_str(&format!(
                "<div class=\"chart\">{}</div>\n",
                draw::chart_svg(h, chart)?
            ));
        }
        if charts.contains(&Chart::Fiscal) {
            out.push_str(&ledger_table(h, end));
        }
        out.push_str("</section>\n");
    }

    if h.options.len() > 1 {
        out.push_str(&compare_section(h, end));
    }

    // The model in one page.
    out.push_str(&format!(
        "<section>\n<h2>{}</h2>\n",
        esc(&tr!("report-section-model"))
    ));
    for paragraph in [
        tr!("report-model-siting"),
        tr!("report-model-building"),
        tr!("report-model-utilities"),
        tr!("report-model-fiscal"),
        tr!("report-model-seeds"),
        tr!("report-model-limits"),
    ] {
        out.push_str(&format!("<p>{}</p>\n", esc(&paragraph)));
    }
    out.push_str("</section>\n");

    // Sources and assumptions.
    out.push_str(&sources_section(h));
    out.push_str(&format!(
        "<footer>{}</footer>\n</body>\n</html>\n",
        esc(&tr!(
            "report-footer",
            version = env!("CARGO_PKG_VERSION"),
            scene = scenario.file.display().to_string()
        ))
    ));
    Ok(out)
}

fn swatch(hex: u32, label: &str) -> String {
    format!(
        "<span><i style=\"background:#{hex:06x}\"></i>{}</span>",
        esc(label)
    )
}

/// A figure of the end of the run, as the tables show it.
struct Figure {
    name: fn() -> String,
    value: fn(&MonthRecord) -> f64,
    decimals: usize,
    lower_is_better: bool,
}

const FIGURES: [Figure; 8] = [
    Figure {
        name: || tr!("report-fig-registered"),
        value: |r| r.registered_firms as f64,
        decimals: 0,
        lower_is_better: false,
    },
    Figure {
        name: || tr!("report-fig-operating"),
        value: |r| r.operating_firms as f64,
        decimals: 0,
        lower_is_better: false,
    },
    Figure {
        name: || tr!("report-fig-jobs"),
        value: |r| r.jobs,
        decimals: 0,
        lower_is_better: false,
    },
    Figure {
        name: || tr!("report-fig-investment"),
        value: |r| r.investment_usd_cum / 1e6,
        decimals: 0,
        lower_is_better: false,
    },
    Figure {
        name: || tr!("report-fig-land"),
        value: |r| r.occupied_ha,
        decimals: 1,
        lower_is_better: false,
    },
    Figure {
        name: || tr!("report-fig-tax-expenditure"),
        value: |r| r.ledger.cumulative.tax_expenditure_total_usd() / 1e6,
        decimals: 1,
        lower_is_better: true,
    },
    Figure {
        name: || tr!("report-fig-taxes-paid"),
        value: |r| r.ledger.cumulative.taxes_paid_usd / 1e6,
        decimals: 1,
        lower_is_better: false,
    },
    Figure {
        name: || tr!("report-fig-net-fiscal"),
        value: |r| r.ledger.cumulative.net_pv_usd / 1e6,
        decimals: 1,
        lower_is_better: false,
    },
];

/// The two options seed by seed: each one's median, the paired difference with its
/// p10–p90, and the share of seeds in which the second does better.
fn compare_section(h: &Handout, end: crate::scenario::YearMonth) -> String {
    let (base, other) = (&h.options[0], &h.options[1]);
    let mut out = format!(
        "<section>\n<h2>{}</h2>\n<p class=\"note\">{}</p>\n<table>\n<tr><th>{}</th>\
         <th class=\"n\">{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th>\
         <th class=\"n\">{}</th><th class=\"n\">{}</th></tr>\n",
        esc(&tr!("report-section-compare")),
        esc(&tr!(
            "report-compare-note",
            month = month(end),
            runs = h.seeds.len(),
            base = base.label.clone(),
            other = other.label.clone()
        )),
        esc(&tr!("report-col-figure")),
        esc(&tr!("report-col-base")),
        esc(&tr!("report-col-other")),
        esc(&tr!("report-col-difference")),
        esc(&tr!("report-col-better")),
        esc(&tr!("report-col-worse")),
    );
    for f in &FIGURES {
        let b = base.at_end(f.value);
        let o = other.at_end(f.value);
        let diffs: Vec<f64> = b.iter().zip(&o).map(|(b, o)| o - b).collect();
        // Seeds where the other does better, and worse (the rest: the same).
        let sign = if f.lower_is_better { -1.0 } else { 1.0 };
        let better = diffs.iter().filter(|d| sign * **d > 1e-9).count();
        let worse = diffs.iter().filter(|d| sign * **d < -1e-9).count();
        let share = |n: usize| grouped(100.0 * n as f64 / diffs.len().max(1) as f64, 0);
        let median = |v: &[f64]| band(v.iter().copied()).map_or(f64::NAN, |x| x.p50);
        let d = band(diffs.iter().copied());
        out.push_str(&format!(
            "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>\
             <td class=\"n\">{}</td><td class=\"n\">{} %</td><td class=\"n\">{} %</td></tr>\n",
            esc(&(f.name)()),
            grouped(median(&b), f.decimals),
            grouped(median(&o), f.decimals),
            d.map_or_else(
                || "–".to_owned(),
                |d| format!(
                    "{} ({} … {})",
                    grouped(d.p50, f.decimals),
                    grouped(d.p10, f.decimals),
                    grouped(d.p90, f.decimals)
                )
            ),
            share(better),
            share(worse),
        ));
    }
    out.push_str("</table>\n</section>\n");
    out
}

/// The ledger by instrument at the end of the run: the median over the seeds of each
/// line, for each option.
fn ledger_table(h: &Handout, end: crate::scenario::YearMonth) -> String {
    let mut out = format!(
        "<h3>{}</h3>\n<table>\n<tr><th>{}</th>",
        esc(&tr!("report-ledger-heading", month = month(end))),
        esc(&tr!("report-col-line"))
    );
    for o in &h.options {
        out.push_str(&format!("<th class=\"n\">{}</th>", esc(&o.label)));
    }
    out.push_str("</tr>\n");
    let mut rows: Vec<(String, Box<dyn Fn(&MonthRecord) -> f64>)> = TAX_EXPENDITURE_LINES
        .iter()
        .enumerate()
        .map(|(i, line)| {
            (
                tr!("report-line-forgone", line = ledger_line_name(line)),
                Box::new(move |r: &MonthRecord| r.ledger.cumulative.tax_expenditure_usd[i])
                    as Box<dyn Fn(&MonthRecord) -> f64>,
            )
        })
        .collect();
    rows.push((
        tr!("series-tax-expenditure"),
        Box::new(|r| r.ledger.cumulative.tax_expenditure_total_usd()),
    ));
    rows.push((
        tr!("series-taxes-paid"),
        Box::new(|r| r.ledger.cumulative.taxes_paid_usd),
    ));
    rows.push((
        tr!("report-line-supplier-taxes"),
        Box::new(|r| r.ledger.cumulative.supplier_taxes_usd),
    ));
    rows.push((
        tr!("series-rent"),
        Box::new(|r| r.ledger.cumulative.rent_usd),
    ));
    rows.push((
        tr!("series-infrastructure"),
        Box::new(|r| r.ledger.cumulative.infrastructure_usd),
    ));
    rows.push((
        tr!("report-fig-net-fiscal"),
        Box::new(|r| r.ledger.cumulative.net_pv_usd),
    ));
    for (name, value) in &rows {
        out.push_str(&format!("<tr><td>{}</td>", esc(name)));
        for o in &h.options {
            let at_end: Vec<f64> = o
                .runs
                .iter()
                .filter_map(|r| r.last().map(|r| value(r) / 1e6))
                .collect();
            let median = band(at_end).map_or(f64::NAN, |b| b.p50);
            out.push_str(&format!("<td class=\"n\">{}</td>", grouped(median, 1)));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</table>\n");
    out
}

/// Every value the scene (each option's) marks as an estimate.
fn sources_section(h: &Handout) -> String {
    let mut out = format!(
        "<section>\n<h2>{}</h2>\n",
        esc(&tr!("report-section-sources"))
    );
    let mut seen_files = Vec::new();
    for o in &h.options {
        // Two regimes of one scene: its estimates once.
        if seen_files.contains(&o.scenario.file) {
            continue;
        }
        seen_files.push(o.scenario.file.clone());
        let found = crate::report::sources::assumptions(&o.scenario.raw);
        out.push_str(&format!(
            "<p class=\"note\">{}</p>\n",
            esc(&tr!(
                "report-sources-note",
                scene = o.scenario.park.shown_name(),
                count = found.len()
            ))
        ));
        // One row per section and source: the values it covers listed together (a
        // scene's many link lengths share one source).
        out.push_str(&format!(
            "<table class=\"sources\">\n<colgroup><col style=\"width:12%\">\
             <col style=\"width:56%\"><col style=\"width:32%\"></colgroup>\n\
             <tr><th>{}</th><th>{}</th><th>{}</th></tr>\n",
            esc(&tr!("report-col-section")),
            esc(&tr!("report-col-source")),
            esc(&tr!("report-col-where")),
        ));
        for (section, items) in crate::report::sources::by_section(&found) {
            let mut by_source: Vec<(&str, Vec<String>)> = Vec::new();
            for a in items {
                let shown = match a.value {
                    Some(v) => format!("{} = {}", a.path, crate::report::shown::quantity(v)),
                    None => a.path.clone(),
                };
                match by_source.iter_mut().find(|(s, _)| *s == a.source) {
                    Some((_, list)) => list.push(shown),
                    None => by_source.push((&a.source, vec![shown])),
                }
            }
            for (source, list) in by_source {
                out.push_str(&format!(
                    "<tr><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                    esc(&section),
                    esc(source),
                    esc(&list.join("; "))
                ));
            }
        }
        out.push_str("</table>\n");
    }
    out.push_str("</section>\n");
    out
}
