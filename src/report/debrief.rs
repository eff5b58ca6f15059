//! The trainer's debrief of an exercise (`parksim exercise score`): one HTML file made
//! with the handout's machinery (inline SVG charts, no request to anywhere, A4 print). It
//! ranks the teams — plans that meet every threshold first, then by the median score —
//! and shows each plan's score with its p10–p90, the thresholds met, the objectives'
//! figures, the levers each team changed side by side with the starting scene, the
//! main charts with every plan's band against the start, and the author's lesson.

use std::sync::Arc;

use crate::exercise::choices::Choice;
use crate::exercise::levers::PlanCost;
use crate::exercise::scoring::Scored;
use crate::exercise::{Exercise, shown};
use crate::report::facts::Chart;
use crate::report::handout::page::{STYLE, esc};
use crate::report::handout::{Handout, draw};
use crate::report::shown::grouped;
use crate::scenario::Scenario;
use crate::tr;

/// One plan of the debrief: the starting scene's, or a team's.
pub struct Plan {
    /// The team, or the starting scene's label.
    pub team: String,
    pub scenario: Arc<Scenario>,
    pub scored: Scored,
    pub cost: PlanCost,
    pub choices: Vec<Choice>,
    pub events: Vec<String>,
    /// The median score the team's planner showed, if a team's.
    pub claimed: Option<f64>,
}

/// Everything the debrief shows.
pub struct Debrief<'a> {
    pub exercise: &'a Exercise,
    pub start: Plan,
    /// The teams' plans, ranked.
    pub plans: Vec<Plan>,
    /// Files refused, with why.
    pub refused: Vec<(String, String)>,
    /// Each option's runs for the charts: the start first, then the plans in rank order.
    pub charts: Handout,
}

/// The ranking's order: every threshold met first, then the higher median score.
pub fn ranked_before(a: &Plan, b: &Plan) -> std::cmp::Ordering {
    b.scored
        .all_hold()
        .cmp(&a.scored.all_hold())
        .then(b.scored.score.p50.total_cmp(&a.scored.score.p50))
        .then(a.team.cmp(&b.team))
}

fn score_cell(s: &Scored) -> String {
    format!(
        "<b>{}</b> <span class=\"range\">({} … {})</span>",
        grouped(s.score.p50, 1),
        grouped(s.score.p10, 1),
        grouped(s.score.p90, 1)
    )
}

/// The charts a debrief draws: (chart, the series shown of it).
const CHARTS: [(Chart, usize); 5] = [
    (Chart::Firms, 1),
    (Chart::Jobs, 0),
    (Chart::Investment, 0),
    (Chart::Fiscal, 0),
    (Chart::Fiscal, 1),
];

const DEBRIEF_STYLE: &str = r#"
.range { color: #666; font-size: 11px; }
td.yes { color: #006b3c; } td.no { color: #b00020; }
td.changed { font-weight: bold; background: #fff4d6; }
tr.start td { color: #555; font-style: italic; }
.lesson { border-left: 4px solid #009e73; padding: 4px 12px; background: #f3faf7; }
.wide { overflow-x: auto; }
"#;

/// The page.
pub fn html(d: &Debrief) -> Result<String, String> {
    let ex = d.exercise;
    let raw = &ex.raw;
    let language = crate::locale::language().to_string();
    let mut out = String::new();
    let title = tr!("debrief-title", exercise = ex.title());
    out.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; img-src data:\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>{STYLE}{DEBRIEF_STYLE}</style>\n</head>\n<body>\n",
        lang = esc(language.split('-').next().unwrap_or("en")),
        title = esc(&title),
    ));
    out.push_str(&format!(
        "<section class=\"first\">\n<h1>{}</h1>\n",
        esc(&title)
    ));
    out.push_str(&format!(
        "<p class=\"sub\">{}</p>\n",
        esc(&tr!(
            "debrief-subtitle",
            teams = d.plans.len(),
            runs = ex.seeds.len(),
            first = ex.seeds.first().copied().unwrap_or_default(),
            last = ex.seeds.last().copied().unwrap_or_default()
        ))
    ));
    out.push_str(&format!("<p>{}</p>\n", esc(ex.brief())));

    // The ranking.
    out.push_str(&format!("<h2>{}</h2>\n", esc(&tr!("debrief-ranking"))));
    out.push_str(&format!(
        "<p class=\"note\">{}</p>\n",
        esc(&tr!("debrief-ranking-note"))
    ));
    out.push_str("<div class=\"wide\"><table>\n<tr><th>#</th>");
    out.push_str(&format!(
        "<th>{}</th><th class=\"n\">{}</th>",
        esc(&tr!("debrief-team")),
        esc(&tr!("debrief-score"))
    ));
    for t in &raw.thresholds {
        out.push_str(&format!(
            "<th class=\"n\">{} ({}, {})</th>",
            esc(&t.figure.label()),
            esc(&t.condition()),
            esc(&t.at)
        ));
    }
    if raw.budget_usd.is_some() {
        out.push_str(&format!(
            "<th class=\"n\">{}</th>",
            esc(&tr!("debrief-capex"))
        ));
    }
    out.push_str("</tr>\n");
    let row = |rank: Option<usize>, p: &Plan| {
        let mut r = String::new();
        r.push_str(&format!(
            "<tr{}><td>{}</td><td>{}</td><td class=\"n\">{}</td>",
            if rank.is_none() {
                " class=\"start\""
            } else {
                ""
            },
            rank.map_or(String::new(), |n| n.to_string()),
            esc(&p.team),
            score_cell(&p.scored)
        ));
        for (t, o) in raw.thresholds.iter().zip(&p.scored.thresholds) {
            r.push_str(&format!(
                "<td class=\"n {}\">{} {} <span class=\"range\">{}</span></td>",
                if o.holds { "yes" } else { "no" },
                if o.holds { "✓" } else { "✗" },
                esc(&t.figure.shown(o.median)),
                esc(&tr!(
                    "debrief-share-of-seeds",
                    share = grouped(o.share_of_seeds * 100.0, 0)
                ))
            ));
        }
        if let Some(budget) = raw.budget_usd {
            r.push_str(&format!(
                "<td class=\"n\">{}</td>",
                esc(&tr!(
                    "debrief-capex-of",
                    spent = grouped(p.cost.capex_usd / 1e6, 1),
                    budget = grouped(budget / 1e6, 1)
                ))
            ));
        }
        r.push_str("</tr>\n");
        r
    };
    for (n, p) in d.plans.iter().enumerate() {
        out.push_str(&row(Some(n + 1), p));
    }
    out.push_str(&row(None, &d.start));
    out.push_str("</table></div>\n");
    let differing: Vec<String> = d
        .plans
        .iter()
        .filter_map(|p| {
            let claimed = p.claimed?;
            ((claimed - p.scored.score.p50).abs() > 1e-6 * claimed.abs().max(1.0)).then(|| {
                tr!(
                    "debrief-claimed-differs",
                    team = p.team.clone(),
                    claimed = grouped(claimed, 1),
                    scored = grouped(p.scored.score.p50, 1)
                )
            })
        })
        .collect();
    for line in differing {
        out.push_str(&format!("<p class=\"note\">{}</p>\n", esc(&line)));
    }

    // The objectives: a row per plan, a column per objective.
    out.push_str(&format!("<h3>{}</h3>\n", esc(&tr!("debrief-objectives"))));
    out.push_str(&format!(
        "<div class=\"wide\"><table>\n<tr><th>{}</th>",
        esc(&tr!("debrief-team"))
    ));
    for o in &raw.objectives {
        out.push_str(&format!(
            "<th class=\"n\">{}</th>",
            esc(&tr!(
                "debrief-objective",
                figure = o.figure.label(),
                at = o.at.clone(),
                points = grouped(o.points, 2),
                per = o.figure.shown(o.per)
            ))
        ));
    }
    out.push_str("</tr>\n");
    for p in d.plans.iter().map(Some).chain([None]) {
        let (p, class) = match p {
            Some(p) => (p, ""),
            None => (&d.start, " class=\"start\""),
        };
        out.push_str(&format!("<tr{class}><td>{}</td>", esc(&p.team)));
        for (k, o) in raw.objectives.iter().enumerate() {
            let b = p.scored.objectives[k];
            out.push_str(&format!(
                "<td class=\"n\">{}<br><span class=\"range\">{} … {}</span></td>",
                esc(&o.figure.shown(b.p50)),
                esc(&o.figure.shown(b.p10)),
                esc(&o.figure.shown(b.p90))
            ));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</table></div>\n</section>\n");

    // The choices, side by side.
    out.push_str(&format!(
        "<section>\n<h2>{}</h2>\n<p class=\"note\">{}</p>\n<div class=\"wide\"><table>\n<tr><th></th><th>{}</th>",
        esc(&tr!("debrief-choices")),
        esc(&tr!("debrief-choices-note")),
        esc(&d.start.team)
    ));
    for p in &d.plans {
        out.push_str(&format!("<th>{}</th>", esc(&p.team)));
    }
    out.push_str("</tr>\n");
    for (k, c) in d.start.choices.iter().enumerate() {
        out.push_str(&format!(
            "<tr><td>{}</td><td>{}</td>",
            esc(&c.what),
            esc(&c.value)
        ));
        for p in &d.plans {
            let v = p.choices.get(k).map_or("", |c| c.value.as_str());
            out.push_str(&format!(
                "<td{}>{}</td>",
                if v != c.value {
                    " class=\"changed\""
                } else {
                    ""
                },
                esc(v)
            ));
        }
        out.push_str("</tr>\n");
    }
    if !raw.events.is_empty() {
        out.push_str(&format!(
            "<tr><td>{}</td><td>—</td>",
            esc(&tr!("debrief-events"))
        ));
        for p in &d.plans {
            let names: Vec<&str> = p
                .events
                .iter()
                .filter_map(|id| raw.events.iter().find(|e| &e.id == id))
                .map(|e| shown(&e.title))
                .collect();
            out.push_str(&format!(
                "<td>{}</td>",
                esc(&if names.is_empty() {
                    "—".into()
                } else {
                    names.join("; ")
                })
            ));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</table></div>\n</section>\n");

    // The charts: each plan's band against the start.
    let handout = &d.charts;
    out.push_str(&format!(
        "<section>\n<h2>{}</h2>\n<p class=\"note\">{}</p>\n",
        esc(&tr!("debrief-charts")),
        esc(&tr!("debrief-charts-note", start = d.start.team.clone()))
    ));
    for (chart, series) in CHARTS {
        out.push_str(&format!(
            "<div class=\"chart\">{}</div>\n",
            draw::chart_svg_of(handout, chart, Some(series))?
        ));
    }
    out.push_str("</section>\n");

    // The lesson.
    out.push_str(&format!(
        "<section>\n<h2>{}</h2>\n<div class=\"lesson\">",
        esc(&tr!("debrief-lesson"))
    ));
    for paragraph in ex.lesson().split("\n\n") {
        out.push_str(&format!("<p>{}</p>", esc(paragraph.trim())));
    }
    out.push_str("</div>\n");
    if !d.refused.is_empty() {
        out.push_str(&format!(
            "<h3>{}</h3>\n<ul>\n",
            esc(&tr!("debrief-refused"))
        ));
        for (file, why) in &d.refused {
            out.push_str(&format!("<li><b>{}</b>: {}</li>\n", esc(file), esc(why)));
        }
        out.push_str("</ul>\n");
    }
    out.push_str(&format!(
        "</section>\n<footer>{}</footer>\n</body>\n</html>\n",
        esc(&tr!(
            "debrief-footer",
            version = env!("CARGO_PKG_VERSION"),
            exercise = ex.file.display().to_string(),
            digest = ex.digest.clone()
        ))
    ));
    Ok(out)
}
