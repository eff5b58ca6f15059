//! Scene files: broken fixtures give located messages, no input panics the loader, and a
//! scene written back out reads in as the same park.

use crate::common;

use std::path::{Path, PathBuf};

use parksim::scenario;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

#[test]
fn each_broken_fixture_gives_its_expected_located_message() {
    let mut checked = 0;
    let mut entries: Vec<_> = std::fs::read_dir(fixtures().join("broken"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    entries.sort();
    for path in entries {
        let expected_path = path.with_extension("expected");
        let expected = std::fs::read_to_string(&expected_path)
            .unwrap_or_else(|_| panic!("{} has no .expected file", path.display()));
        let errors = match scenario::load(&path) {
            Ok(_) => panic!("{} was accepted", path.display()),
            Err(e) => e,
        };
        let first = errors.0[0].to_string();
        let shown = first
            .strip_prefix(&format!("{}:", path.display()))
            .unwrap_or(&first);
        assert_eq!(shown, expected.trim_end(), "{}", path.display());
        let binary = path.ends_with("binary.ron");
        assert!(
            binary || errors.0[0].location.is_some(),
            "{} has no line and column",
            path.display()
        );
        checked += 1;
    }
    assert!(checked >= 20, "only {checked} fixtures");
}

#[test]
fn the_small_park_fixture_is_valid() {
    let s = scenario::load(&fixtures().join("small_park.ron")).unwrap();
    assert_eq!(s.plots.len(), 6);
    assert_eq!(s.anchors.len(), 1);
}

#[test]
fn missing_files_and_folders_are_reported() {
    let err = scenario::load(Path::new("no/such/scene.ron")).unwrap_err();
    assert_eq!(err.to_string(), "no/such/scene.ron: no such file");
    let err = scenario::load(&fixtures()).unwrap_err();
    assert!(err.to_string().contains("folder"), "{err}");
}

#[test]
fn no_prefix_of_the_sumgayit_scene_panics_the_loader() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenes/sumgayit.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut rejected = 0;
    let mut tried = 0;
    // Every line end, every 13th byte, and every byte of the last kilobyte: a cut in every
    // kind of place (mid-word, mid-number, between fields), in a few seconds rather than
    // the minutes every one of the 140,000 prefixes would take.
    let bytes = text.as_bytes();
    let cuts = (0..text.len()).filter(|&i| {
        text.is_char_boundary(i)
            && (i % 13 == 0 || (i > 0 && bytes[i - 1] == b'\n') || i + 1024 > text.len())
    });
    for end in cuts {
        tried += 1;
        // Every proper prefix either fails cleanly or (if only trailing comments or
        // blanks are cut) still reads as the full scene.
        match scenario::parse(&text[..end], &path) {
            Err(e) => {
                assert!(!e.0.is_empty());
                rejected += 1;
            }
            Ok(s) => assert_eq!(s.plots.len(), common::sumgayit().plots.len()),
        }
    }
    assert!(tried > text.len() / 13);
    assert!(rejected > tried / 2);
}

#[test]
fn a_scene_written_back_reads_as_the_same_park() {
    let original = common::sumgayit();
    let text = scenario::to_ron(&original.raw).unwrap();
    let again = scenario::parse(&text, Path::new("round-trip.ron")).unwrap();
    assert_eq!(scenario::to_ron(&again.raw).unwrap(), text);
    assert_eq!(again.plots.len(), original.plots.len());
    for (a, b) in again.plots.iter().zip(&original.plots) {
        assert_eq!(
            (a.id.as_str(), a.area_ha, a.zone),
            (b.id.as_str(), b.area_ha, b.zone)
        );
    }
    assert_eq!(again.anchors.len(), original.anchors.len());
    let run_a = common::run(&original, 5, 120);
    let run_b = common::run(&std::sync::Arc::new(again), 5, 120);
    assert_eq!(run_a.records(), run_b.records());
}

#[test]
fn every_shipped_scene_is_valid() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenes");
    let mut count = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ron") {
            if let Err(e) = scenario::load(&path) {
                panic!("{e}");
            }
            count += 1;
        }
    }
    assert!(count >= 2, "sumgayit.ron and template.ron");
}

/// Line and column (1-based) of the first `needle` in `text`, plus `skip` bytes.
fn location_of(text: &str, needle: &str, skip: usize) -> (usize, usize) {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in the text"))
        + skip;
    let before = &text[..at];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (
        before.matches('\n').count() + 1,
        before[line_start..].chars().count() + 1,
    )
}

fn small_park_text() -> String {
    std::fs::read_to_string(fixtures().join("small_park.ron")).unwrap()
}

/// The errors of a scene given as text, with the place of each.
fn errors_of(text: &str) -> Vec<(Option<(usize, usize)>, String)> {
    match scenario::parse(text, Path::new("edited.ron")) {
        Ok(_) => panic!("the scene was accepted"),
        Err(e) => e.0.into_iter().map(|e| (e.location, e.message)).collect(),
    }
}

#[test]
fn an_error_is_located_in_its_own_record_when_a_reference_comes_first() {
    // An expansion written before the utilities names source "gas-1" first.
    let expansion = "(\n  expansions: [(id: \"more-gas\", name: \"More gas\", utility: \"gas\", \
                     asset: \"gas-1\", add_capacity: 100.0, capex_usd: 1000000.0, \
                     lead_months: 12, trigger: Planned(\"2030-01\"))],\n";
    let text = small_park_text().replacen("(\n", expansion, 1).replacen(
        "\"Natural gas source 1\", capacity: ",
        "\"Natural gas source 1\", capacity: -",
        1,
    );
    let errors = errors_of(&text);
    let at = location_of(&text, "capacity: -656.25", 0);
    assert_eq!(
        errors,
        vec![(
            Some(at),
            "source \"gas-1\": `capacity` is -656.25; it cannot be negative".to_owned()
        )]
    );
}

#[test]
fn an_error_is_located_at_the_right_kind_of_thing_when_two_share_an_id() {
    // Sector "plastics" is written before archetype "plastics"; the error is the
    // archetype's, and light_chemistry's `jobs` comes first after the sector.
    let text = small_park_text().replacen("      jobs: 60.0,", "      jobs: -60.0,", 1);
    let errors = errors_of(&text);
    assert_eq!(
        errors,
        vec![(
            Some(location_of(&text, "jobs: -60.0", 0)),
            "archetype \"plastics\": `jobs` is -60; it cannot be negative".to_owned()
        )]
    );
}

#[test]
fn an_id_inside_a_comment_does_not_locate_an_error() {
    let comment = "  plots: [\n    // id: \"S000005\" was split in two\n    /* the old one:\n    \
                   (id: \"S000005\", zone: \"industrial\")\n    */\n";
    let text = small_park_text()
        .replacen("  plots: [\n", comment, 1)
        .replacen("width_m: 81.56", "width_m: 0.0", 1);
    let errors = errors_of(&text);
    assert_eq!(
        errors[0],
        (
            Some(location_of(&text, "\n      id: \"S000005\"", 11)),
            "plot \"S000005\": a Rect needs finite x_m and y_m and a positive width_m and \
             height_m (metres)"
                .to_owned()
        )
    );
}

/// Each reproducer found by fuzzing `parksim validate` and `run` (copied from the fuzzing
/// report) is refused with every message its `.expected` file lists, each at its line
/// and column: none panics, hangs or gives infinite outputs any more. The one with
/// capacities of 0 is a valid scene (see below).
#[test]
fn each_fuzz_reproducer_is_refused_with_its_located_messages() {
    let mut entries: Vec<_> = std::fs::read_dir(fixtures().join("repro"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    entries.sort();
    assert_eq!(entries.len(), 7);
    for path in entries {
        if path.ends_with("capacity_zero_inf_loading.ron") {
            continue;
        }
        let expected = std::fs::read_to_string(path.with_extension("expected")).unwrap();
        let errors = scenario::load(&path).expect_err(&path.display().to_string());
        let prefix = format!("{}:", path.display());
        let shown: Vec<String> = errors
            .0
            .iter()
            .map(|e| e.to_string().replacen(&prefix, "", 1))
            .collect();
        let expected: Vec<&str> = expected.lines().collect();
        assert_eq!(shown, expected, "{}", path.display());
        assert!(errors.0.iter().all(|e| e.location.is_some()));
    }
}

/// A capacity of 0 is a source or line switched off or not built yet: the planner's
/// editor allows it and the network tests use it, so the scene is valid; the outputs, not
/// the scene, must show a load on no capacity without an infinite loading.
#[test]
fn a_capacity_of_zero_is_accepted_as_a_source_switched_off() {
    let path = fixtures().join("repro/capacity_zero_inf_loading.ron");
    let s = scenario::load(&path).unwrap();
    assert_eq!(s.utilities.len(), 5);
    assert!(
        s.utilities
            .iter()
            .all(|u| u.sources.iter().all(|s| s.capacity == 0.0))
    );
}

#[test]
fn stacked_plots_give_a_capped_list_of_overlaps_with_their_count() {
    let path = fixtures().join("repro/overlap_400_plots_slow_validate.ron");
    let errors = scenario::load(&path).unwrap_err().0;
    // 400 plots on one spot: 400 × 399 / 2 = 79,800 pairs, 20 of them listed.
    assert_eq!(errors.len(), 21);
    assert!(
        errors[..20]
            .iter()
            .all(|e| e.message.contains("overlaps plot \"Q0\""))
    );
    assert_eq!(
        errors[20].message,
        "… and 79,780 more overlaps of plots (79,800 pairs in all); plots must not share land"
    );
}

/// `parksim` on `args` (run from the crate's folder), killed after `seconds`.
fn parksim_within(args: &[&str], seconds: u64) -> std::process::Output {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_parksim"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("parksim starts");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(seconds);
    while child.try_wait().unwrap().is_none() {
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("parksim {args:?} still ran after {seconds} s");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    child.wait_with_output().unwrap()
}

#[test]
fn the_command_line_refuses_the_reproducers_without_panic_or_hang() {
    let scene = |name: &str| format!("tests/fixtures/repro/{name}.ron");
    let months = scene("sim_months_u32max_hang");
    let junction = scene("junction_id_like_plot_panics");
    let prospects = scene("prospects_1e12_hang");
    let scratch = crate::common::scratch("repro");
    let out = scratch.path().to_str().unwrap();
    let cases: [(Vec<&str>, &str); 5] = [
        (
            vec!["validate", &junction],
            "has the id of a source or a plot",
        ),
        (
            vec!["run", &months, "--out", out],
            "expected 1 to 12,000 months",
        ),
        (vec!["n1", &months], "expected 1 to 12,000 months"),
        (vec!["ledger", &months], "expected 1 to 12,000 months"),
        (
            vec!["run", &prospects, "--out", out],
            "expected a value from 0 to 10,000",
        ),
    ];
    for (args, message) in cases {
        let o = parksim_within(&args, 60);
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(stderr.contains(message), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}

#[cfg(unix)]
#[test]
fn pipes_and_devices_are_refused_unread() {
    let dir = std::env::temp_dir().join(format!("parksim-read-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let fifo = dir.join("scene.ron");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo {}", fifo.display());
    // Read in a thread, so that a reader that blocks fails the test instead of hanging it.
    let (sender, receiver) = std::sync::mpsc::channel();
    let path = fifo.clone();
    std::thread::spawn(move || {
        let _ = sender.send(scenario::load(&path).err().map(|e| e.to_string()));
    });
    let refused = receiver.recv_timeout(std::time::Duration::from_secs(20));
    if refused.is_err() {
        // Let the blocked reader go: a writer that opens and closes the pipe.
        let _ = std::fs::OpenOptions::new().write(true).open(&fifo);
        panic!("reading a FIFO blocks");
    }
    let special = "not a scene file: this is a pipe, a device or another special file, which \
                   could be read forever; expected a RON text file saved on disk";
    assert_eq!(
        refused.unwrap(),
        Some(format!("{}: {special}", fifo.display()))
    );
    for device in ["/dev/zero", "/dev/urandom"] {
        let err = scenario::load(Path::new(device)).unwrap_err();
        assert_eq!(err.to_string(), format!("{device}: {special}"));
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn files_above_the_size_limit_are_refused_unread() {
    let path = fixtures().join("small_park.ron");
    let size = std::fs::metadata(&path).unwrap().len();
    assert!(scenario::load_with_limit(&path, size).is_ok());
    let err = scenario::load_with_limit(&path, 1000).unwrap_err();
    let grouped = |n: u64| {
        let digits = n.to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(',');
            }
            out.push(c);
        }
        out
    };
    assert_eq!(
        err.to_string(),
        format!(
            "{}: the file is {} bytes, more than the 1,000 bytes a scene file may have (a \
             park of 100,000 plots takes about 23 MB); expected a scene file",
            path.display(),
            grouped(size),
        )
    );
    assert!(scenario::load_with_limit(&path, size - 1).is_err());
    // The real limit, on a sparse file that takes no space on disk.
    let scratch = crate::common::scratch("size");
    let big = scratch.path().join("big.ron");
    let file = std::fs::File::create(&big).unwrap();
    file.set_len(scenario::MAX_SCENE_BYTES + 1).unwrap();
    drop(file);
    let err = scenario::load(&big).unwrap_err();
    assert!(
        err.to_string().ends_with(
            "the file is 268,435,457 bytes (256.0 MiB), more than the 268,435,456 bytes \
             (256 MiB) a scene file may have (a park of 100,000 plots takes about 23 MB); \
             expected a scene file"
        ),
        "{err}"
    );
}
