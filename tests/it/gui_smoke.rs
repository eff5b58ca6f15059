//! The planner in a real window under Xvfb (Mesa's software Vulkan): a screenshot after
//! 84 months must be the window's size and show the status layer's plot colours.
//! Needs `xvfb-run` and `mesa-vulkan-drivers` (`.ci/run` installs them).

use std::path::Path;
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

#[test]
fn screenshot_after_84_months_shows_the_status_layer() {
    let dir = std::env::temp_dir().join(format!("parksim-gui-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let shot = dir.join("sumgayit.png");
    let _ = std::fs::remove_file(&shot);
    let output = Command::new("xvfb-run")
        .args(["-a", "-s", "-screen 0 1280x800x24"])
        .arg(env!("CARGO_BIN_EXE_parksim"))
        .args(["scenes/sumgayit.ron", "--screenshot"])
        .arg(&shot)
        .args(["--months", "84"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("xvfb-run is installed (apt-get install xvfb mesa-vulkan-drivers; see .ci/run)");
    let log = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "the planner failed:\n{log}");
    assert!(Path::new(&shot).exists(), "no screenshot written:\n{log}");

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
}
