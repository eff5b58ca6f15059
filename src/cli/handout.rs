//! `parksim report`: the handout for a delegation (see [`crate::report::handout`]), one
//! HTML file, and with `--png` its charts for slides.

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::report::handout::{Handout, Request, default_map_months};
use crate::scenario::{Named, Scenario, YearMonth};
use crate::sweep::SeedRange;
use crate::tr;

/// What the handout calls an option: the park, and its regime when it has one; only the
/// regime when both options are the same park.
fn label(scenario: &Scenario, same_park: bool) -> String {
    let regimes: Vec<&str> = scenario.regimes.iter().map(|r| r.shown_name()).collect();
    match (regimes.is_empty(), same_park) {
        (true, _) => scenario.park.shown_name().to_owned(),
        (false, true) => regimes.join(" → "),
        (false, false) => format!("{} — {}", scenario.park.shown_name(), regimes.join(" → ")),
    }
}

/// An option written `SCENE[:PRESET]`, or `:PRESET` for the first option's scene.
fn load(text: &str, first: &str) -> Result<Arc<Scenario>, ExitCode> {
    let text = match text.strip_prefix(':') {
        Some(preset) => {
            let (scene, _) = super::many_runs::option(first);
            format!("{}:{preset}", scene.display())
        }
        None => text.to_owned(),
    };
    let (path, preset) = super::many_runs::option(&text);
    super::load_scene_under(&path, preset.as_deref())
}

pub fn report(
    scene: &str,
    compare: Option<&str>,
    seeds: SeedRange,
    map_months: Option<&str>,
    out: &Path,
    png: Option<&Path>,
) -> ExitCode {
    let base = match load(scene, scene) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let other = match compare.map(|c| load(c, scene)).transpose() {
        Ok(o) => o,
        Err(code) => return code,
    };
    // Two options are compared month by month: they must run the same months.
    if let Some(o) = &other
        && (o.simulation.start != base.simulation.start
            || o.simulation.months != base.simulation.months)
    {
        eprintln!(
            "{}",
            tr!(
                "cli-report-different-runs",
                base = scene,
                other = compare.unwrap_or_default()
            )
        );
        return ExitCode::from(2);
    }
    let shown = other.as_ref().unwrap_or(&base);
    let start = shown.simulation.start;
    let end = start.plus_months(shown.simulation.months as i32 - 1);
    let months = match map_months {
        None => default_map_months(shown),
        Some(text) => {
            let mut months = Vec::new();
            for word in text.split(',').map(str::trim) {
                match YearMonth::parse(word) {
                    Some(m) if m >= start && m <= end => months.push(m),
                    _ => {
                        eprintln!(
                            "{}",
                            tr!(
                                "cli-report-bad-month",
                                text = word,
                                start = start.to_string(),
                                end = end.to_string()
                            )
                        );
                        return ExitCode::from(2);
                    }
                }
            }
            months
        }
    };
    let same_park = other
        .as_ref()
        .is_some_and(|o| o.park.name == base.park.name);
    let mut labels = vec![label(&base, same_park)];
    if let Some(o) = &other {
        labels.push(label(o, same_park));
        // Two options of the same name are told apart by their files.
        if labels[0] == labels[1] {
            for (l, s) in labels.iter_mut().zip([&base, o]) {
                let stem = s.file.file_stem().map(|f| f.to_string_lossy().into_owned());
                *l = format!("{l} ({})", stem.unwrap_or_default());
            }
        }
    }
    let request = Request {
        base: (labels[0].clone(), base.clone()),
        other: other.map(|o| (labels[1].clone(), o)),
        seeds: seeds.seeds(),
        map_months: months,
        out: out.to_path_buf(),
        png: png.map(Path::to_path_buf),
    };
    let runs = request.seeds.len() * (1 + request.other.is_some() as usize);
    let bar = (std::io::stderr().is_terminal() && runs > 1).then(|| {
        let bar = indicatif::ProgressBar::new(runs as u64);
        if let Ok(style) = indicatif::ProgressStyle::with_template(&format!(
            "{} [{{bar:40}}] {{pos}}/{{len}}",
            tr!("cli-progress-seeds")
        )) {
            bar.set_style(style);
        }
        bar
    });
    let done = AtomicUsize::new(0);
    let handout = Handout::make(&request, &|| {
        let n = done.fetch_add(1, Ordering::Relaxed) + 1;
        if let Some(bar) = &bar {
            bar.set_position(n as u64);
        }
    });
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    let html = match handout.html() {
        Ok(h) => h,
        Err(e) => {
            eprintln!("{}", tr!("cli-report-failed", reason = e));
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = crate::atomic_file::write_atomically(out, html.as_bytes()) {
        eprintln!(
            "{}",
            tr!(
                "cli-cannot-write",
                file = out.display().to_string(),
                error = e.to_string()
            )
        );
        return ExitCode::FAILURE;
    }
    println!(
        "{}",
        tr!(
            "cli-wrote-handout",
            file = out.display().to_string(),
            kb = (html.len() / 1024) as i64
        )
    );
    if let Some(dir) = &request.png {
        match handout.pngs(dir) {
            Ok(files) => println!(
                "{}",
                tr!(
                    "cli-wrote-png",
                    count = files.len(),
                    folder = dir.display().to_string()
                )
            ),
            Err(e) => {
                eprintln!("{}", tr!("cli-report-failed", reason = e));
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}
