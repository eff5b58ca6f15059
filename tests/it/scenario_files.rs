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
