//! The planner in a real window under Xvfb (Mesa's software Vulkan), started from a folder
//! outside the project: with a plot selected, a picture of every tab of the charts panel
//! after 84 months; each tab's layout must stay inside the 1280×800 window, and the map
//! must show the status layer's plot colours. And with a baseline pinned (another regime)
//! and the map split: the residents chart shows a second band, and the left half of the
//! map the baseline's park.
//! And both tours that come with the program, played forward and back with a picture of
//! each step, every step coming back exactly as first shown.
//! Needs `xvfb-run` and `mesa-vulkan-drivers` (`.ci/run` installs them).

use std::path::PathBuf;
use std::process::Command;

/// sRGB colours of the status layer (see `src/gui/layers.rs`).
const FREE: [u8; 3] = [0xc9, 0xd6, 0xc2];
const UNDER_CONSTRUCTION: [u8; 3] = [0xf2, 0x99, 0x4a];
const OPERATING: [u8; 3] = [0x2f, 0x6f, 0xd6];
/// Colour of natural-gas sources (see `utility_colour`).
const GAS_SOURCE: [u8; 3] = [0xc0, 0x39, 0x2b];

fn count_near(pixels: &[u8], colour: [u8; 3]) -> usize {
    pixels
        .chunks_exact(3)
        .filter(|p| (0..3).all(|i| (p[i] as i32 - colour[i] as i32).abs() <= 10))
        .count()
}

/// The tabs of the charts panel, as the pictures name them (see `chart_slug`).
const TABS: [&str; 9] = [
    "firms",
    "occupancy",
    "jobs",
    "investment",
    "utilities",
    "fiscal",
    "incentives",
    "pipeline",
    "n1",
];

/// A rectangle of the layout record, [x0, y0, x1, y1] in logical pixels.
fn rect(layout: &serde_json::Value, name: &str) -> [f64; 4] {
    let r = layout[name]
        .as_array()
        .unwrap_or_else(|| panic!("no {name} in {layout}"));
    [0, 1, 2, 3].map(|i| r[i].as_f64().unwrap())
}

/// Every tab's picture `STEM-TAB.png` in `dir` was taken, and its layout record says the
/// tabs, the charts, the inspector and the map stayed inside the 1280×800 window, with the
/// inspector at a width that leaves the map its room.
fn every_tab_fits(dir: &std::path::Path, stem: &str, log: &str) {
    for tab in TABS {
        let picture = dir.join(format!("{stem}-{tab}.png"));
        assert!(picture.exists(), "no picture of the {tab} tab:\n{log}");
        let layout: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(picture.with_extension("layout.json")).unwrap(),
        )
        .unwrap();
        let window = [0, 1].map(|i| layout["window"][i].as_f64().unwrap());
        assert_eq!(window, [1280.0, 800.0], "{stem} {tab}");
        for name in ["tabs", "charts", "inspector", "map"] {
            let [x0, y0, x1, y1] = rect(&layout, name);
            assert!(
                x0 >= -0.5 && y0 >= -0.5 && x1 <= 1280.5 && y1 <= 800.5,
                "the {name} of the {stem} {tab} tab leaves the window: {layout}"
            );
        }
        let [_, tabs_top, _, _] = rect(&layout, "tabs");
        let [_, charts_top, _, _] = rect(&layout, "charts");
        assert!(tabs_top >= charts_top, "{stem} {tab}: {layout}");
        let [ix0, _, ix1, _] = rect(&layout, "inspector");
        assert!(
            ix1 - ix0 <= 530.0,
            "{stem} {tab}: the inspector widened: {layout}"
        );
        let [mx0, my0, mx1, my1] = rect(&layout, "map");
        assert!(
            mx1 - mx0 >= 400.0 && my1 - my0 >= 250.0,
            "{stem} {tab}: the map is squeezed: {layout}"
        );
    }
}

/// Opens the planner on the built-in Sumgayit scene in a fresh folder outside the project
/// (`parksim scenes/sumgayit.ron BEFORE --screenshot FOLDER/NAME.png AFTER`) under Xvfb at
/// 1280×800, and checks it exits well; gives the folder, the picture and the log.
fn picture(name: &str, before: &[&str], after: &[&str]) -> (PathBuf, PathBuf, String) {
    let dir = std::env::temp_dir().join(format!("parksim-gui-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let shot = dir.join(format!("{name}.png"));
    let output = Command::new("xvfb-run")
        .args(["-a", "-s", "-screen 0 1280x800x24"])
        .arg(env!("CARGO_BIN_EXE_parksim"))
        .arg("scenes/sumgayit.ron")
        .args(before)
        .arg("--screenshot")
        .arg(&shot)
        .args(after)
        .current_dir(&dir)
        .output()
        .expect("xvfb-run is installed (apt-get install xvfb mesa-vulkan-drivers; see .ci/run)");
    let log = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(
        output.status.success(),
        "the planner failed ({name}):\n{log}"
    );
    (dir, shot, log)
}

#[test]
fn in_tajik_and_russian_every_tab_fits_the_window() {
    for lang in ["tg", "ru"] {
        let (dir, _, log) = picture(
            lang,
            &["--lang", lang, "--band-seeds", "10"],
            &["--months", "84", "--select", "P03", "--each-tab"],
        );
        every_tab_fits(&dir, lang, &log);
        let _ = std::fs::remove_dir_all(&dir);
    }
}

#[test]
fn with_a_plot_selected_every_tab_fits_the_window_and_the_map_shows_the_status_layer() {
    // From a folder outside the project: the scene is the built-in one.
    let (dir, _, log) = picture(
        "sumgayit",
        &[],
        &["--months", "84", "--select", "P03", "--each-tab"],
    );

    // With P03 selected (the inspector full), every tab's row and content stay inside
    // the 1280×800 window, the inspector at a width that leaves the map its room.
    every_tab_fits(&dir, "sumgayit", &log);

    let shot = dir.join("sumgayit-firms.png");

    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&shot).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut pixels).unwrap();
    assert_eq!((info.width, info.height), (1280, 800), "the window's size");
    assert_eq!(info.color_type, png::ColorType::Rgb);
    let pixels = &pixels[..info.buffer_size()];

    // 84 months from December 2011 (to November 2018): residents under construction, the
    // first ones operating (SOCAR Polymer, Aqrokimya, Azertexnolayn) and free plots, each
    // covering a visible part of the map. (At 60 months nobody need operate yet: SCIP's
    // first resident produced in 2017.)
    for (name, colour) in [
        ("free", FREE),
        ("under construction", UNDER_CONSTRUCTION),
        ("operating", OPERATING),
    ] {
        let n = count_near(pixels, colour);
        assert!(n > 300, "too few {name} pixels ({n}) in {}", shot.display());
    }
    // Utility sources in service are discs in their utility's colour on the map (the
    // middle of the window, between the side panels): gas station No. 1 opened in 2015-10.
    let map: Vec<u8> = pixels
        .chunks_exact(3 * 1280)
        .skip(60)
        .take(500)
        .flat_map(|row| row[3 * 380..3 * 1030].to_vec())
        .collect();
    let gas = count_near(&map, GAS_SOURCE);
    assert!(
        gas > 60,
        "no gas station on the map ({gas} pixels) in {}",
        shot.display()
    );
    let first = &pixels[..3];
    assert!(
        pixels.chunks_exact(3).any(|p| p != first),
        "a uniform image"
    );
    // Passed: nothing to look at, nothing left behind (a failure keeps the pictures).
    let _ = std::fs::remove_dir_all(&dir);
}

/// Pixels of `picture` (an RGB PNG of the 1280×800 window) inside `[x0, x1) × [y0, y1)`.
fn pixels_in(
    picture: &std::path::Path,
    (x0, x1): (usize, usize),
    (y0, y1): (usize, usize),
) -> Vec<u8> {
    let decoder = png::Decoder::new(std::io::BufReader::new(
        std::fs::File::open(picture).unwrap(),
    ));
    let mut reader = decoder.read_info().unwrap();
    let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut pixels).unwrap();
    assert_eq!((info.width, info.height), (1280, 800), "the window's size");
    pixels[..info.buffer_size()]
        .chunks_exact(3 * 1280)
        .skip(y0)
        .take(y1 - y0)
        .flat_map(|row| row[3 * x0..3 * x1].to_vec())
        .collect()
}

/// Colours of the residents chart's bands on its dark background (measured: each band is
/// its colour at 22 % over the chart): the current scene's band of registered residents
/// (blue) alone, and over the baseline's (grey) band; the operating residents' (orange)
/// over the baseline's.
const BLUE_BAND: [u8; 3] = [8, 29, 42];
const BLUE_OVER_BASELINE_BAND: [u8; 3] = [42, 51, 59];
const ORANGE_OVER_BASELINE_BAND: [u8; 3] = [67, 56, 42];

#[test]
fn a_pinned_baseline_draws_a_second_band_and_its_park_on_a_split_map() {
    let (dir, shot, _) = picture(
        "baseline",
        &[
            "--baseline",
            "scenes/sumgayit.ron:no_incentives",
            "--split-map",
            "--band-seeds",
            "20",
        ],
        &["--months", "120"],
    );

    // The residents chart, below the tabs and its legend: the current scene's band, and
    // the baseline's band under it (where they overlap, the grey lifts the colours).
    let chart = pixels_in(&shot, (335, 1035), (640, 750));
    // (Without a baseline, about 200 pixels come near the two overlap colours, where
    // the two current bands cross; with it, over 2,000 each.)
    for (what, colour, least) in [
        ("the current band", BLUE_BAND, 300),
        (
            "the current band over the baseline's",
            BLUE_OVER_BASELINE_BAND,
            1_000,
        ),
        (
            "the operating band over the baseline's",
            ORANGE_OVER_BASELINE_BAND,
            1_000,
        ),
    ] {
        let n = count_near(&chart, colour);
        assert!(
            n > least,
            "too few pixels of {what} ({n}) in {}",
            shot.display()
        );
    }
    // The split map: the baseline's park on the left half of the map's area, its plots
    // in the status layer's colours.
    let left = pixels_in(&shot, (280, 655), (120, 500));
    for (name, colour) in [("free", FREE), ("operating", OPERATING)] {
        let n = count_near(&left, colour);
        assert!(n > 300, "too few {name} pixels ({n}) on the baseline's map");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Colours of the phase layer (see `plot_colour`), paler where the phase has not opened
/// yet in May 2014: phase 2 (the second category colour) and phase 5 (the fifth), whose
/// plots lie on the 2023 extension east of the 2017 outline.
const PHASE_2_NOT_OPEN: [u8; 3] = [255, 204, 159];
const PHASE_5_NOT_OPEN: [u8; 3] = [212, 194, 229];

#[test]
fn the_phase_layer_and_the_sources_window_show_on_sumgayit_in_2014() {
    let (dir, shot, _) = picture(
        "phases",
        &[],
        &["--months", "30", "--layer", "phase", "--sources"],
    );
    // The map's right part (the Sources window opens over its left): phase 2's plots
    // paler (it opens in February 2016), and the extension of 2023 drawn with its plots,
    // paler in their own colour.
    let map = pixels_in(&shot, (640, 1045), (71, 520));
    for (name, colour) in [
        ("phase 2, not open", PHASE_2_NOT_OPEN),
        ("phase 5, not open", PHASE_5_NOT_OPEN),
    ] {
        let n = count_near(&map, colour);
        assert!(n > 300, "too few {name} pixels ({n}) in {}", shot.display());
    }
    // The Sources and assumptions window is open, inside the window.
    let layout: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(shot.with_extension("layout.json")).unwrap())
            .unwrap();
    let sources = rect(&layout, "sources");
    assert!(
        sources[0] >= 0.0 && sources[1] >= 0.0 && sources[2] <= 1280.0 && sources[3] <= 800.0,
        "{sources:?}"
    );
    assert!(sources[2] - sources[0] > 300.0 && sources[3] - sources[1] > 200.0);
    let _ = std::fs::remove_dir_all(&dir);
}

/// The tours that come with the program, played from a folder outside the project
/// (`parksim tour tours/NAME.ron --screenshot FOLDER/NAME.png`): the program plays every
/// step, takes its picture, goes back step by step to the first and checks that each view
/// and the model's state come back exactly; it exits with an error if one does not.
#[test]
fn both_tours_play_forward_and_back_and_every_step_comes_back_exactly() {
    for (tour, steps) in [
        (
            "sumgayit_2011_2025",
            [
                "01-site",
                "02-phases",
                "03-first_residents",
                "04-anchors",
                "05-ep_stop_2018",
                "06-ep_stop_2025",
                "07-incentives",
                "08-now",
            ]
            .as_slice(),
        ),
        (
            "two_regimes",
            ["01-pin", "02-residents", "03-fiscal", "04-paired"].as_slice(),
        ),
    ] {
        let dir =
            std::env::temp_dir().join(format!("parksim-gui-tour-{tour}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let output = Command::new("xvfb-run")
            .args(["-a", "-s", "-screen 0 1280x800x24"])
            .arg(env!("CARGO_BIN_EXE_parksim"))
            .args([
                "tour",
                &format!("tours/{tour}.ron"),
                "--band-seeds",
                "10",
                "--screenshot",
            ])
            .arg(dir.join("t.png"))
            .current_dir(&dir)
            .output()
            .expect("xvfb-run is installed");
        let log = String::from_utf8_lossy(&output.stderr).into_owned()
            + &String::from_utf8_lossy(&output.stdout);
        assert!(output.status.success(), "the tour {tour} failed:\n{log}");
        assert!(
            log.contains(&format!("came back exactly ({} steps)", steps.len())),
            "{tour}: {log}"
        );
        let pictures: Vec<Vec<u8>> = steps
            .iter()
            .map(|step| {
                let picture = dir.join(format!("t-{step}.png"));
                assert!(picture.exists(), "{tour}: no picture of {step}:\n{log}");
                pixels_in(&picture, (0, 1280), (0, 800))
            })
            .collect();
        // Each step shows something else than the one before it.
        for (k, pair) in pictures.windows(2).enumerate() {
            assert_ne!(
                pair[0],
                pair[1],
                "{tour}: steps {} and {} look the same",
                k + 1,
                k + 2
            );
        }
        if tour == "sumgayit_2011_2025" {
            // The empty site of December 2011 (zones layer) has no operating plot; the
            // park now (status layer) has many, drawn in the map, left of the chart.
            let map = |k: usize| {
                count_near(
                    &pixels_in(
                        &dir.join(format!("t-{}.png", steps[k])),
                        (0, 640),
                        (130, 680),
                    ),
                    OPERATING,
                )
            };
            assert_eq!(map(0), 0, "{tour}: operating plots on the empty site");
            assert!(map(7) > 5_000, "{tour}: no operating plots now: {}", map(7));
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}

/// Colour of a threshold that holds in the team's panel (see `team_mode::panel`).
const THRESHOLD_HOLDS: [u8; 3] = [90, 200, 120];

/// An exercise opened for a team (`parksim exercise FILE --team NAME --screenshot F.png`)
/// from a folder outside the project: the picture waits for the plan's score, the team's
/// panel (brief, levers, objectives) is inside the window beside the map, and its
/// threshold, which the starting scene meets, is drawn as holding.
#[test]
fn team_mode_shows_the_brief_and_the_score_beside_the_map() {
    let dir = std::env::temp_dir().join(format!("parksim-gui-team-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let shot = dir.join("team.png");
    let output = Command::new("xvfb-run")
        .args(["-a", "-s", "-screen 0 1280x800x24"])
        .arg(env!("CARGO_BIN_EXE_parksim"))
        .args(["--lang", "en", "exercise"])
        .arg(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("exercises/sughd_incentives.ron"),
        )
        .args(["--team", "Team Khujand", "--screenshot"])
        .arg(&shot)
        .current_dir(&dir)
        .output()
        .expect("xvfb-run is installed (see .ci/run)");
    let log = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "team mode failed:\n{log}");
    let layout: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(shot.with_extension("layout.json")).unwrap())
            .unwrap();
    let [tx0, ty0, tx1, ty1] = rect(&layout, "team");
    assert!(
        tx0 >= 0.0 && ty0 >= 0.0 && tx1 <= 1280.0 && ty1 <= 800.0,
        "{layout}"
    );
    assert!(tx1 - tx0 >= 250.0, "the team's panel is readable: {layout}");
    let [mx0, _, mx1, _] = rect(&layout, "map");
    assert!(
        mx0 >= tx1 && mx1 - mx0 >= 300.0,
        "the map beside it: {layout}"
    );
    let panel = pixels_in(
        &shot,
        (tx0 as usize, tx1 as usize),
        (ty0 as usize, ty1 as usize),
    );
    assert!(
        count_near(&panel, THRESHOLD_HOLDS) > 40,
        "the threshold is drawn as holding"
    );
    // Nothing was submitted by looking.
    assert!(!dir.join("submissions").exists());
    let _ = std::fs::remove_dir_all(&dir);
}
