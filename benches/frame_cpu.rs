//! The planner's frame CPU time: runs `parksim SCENE --frame-times N` (scripted panning and
//! zooming, clock paused then playing, then an edit and its band of seeds in the
//! background) on Sumgayit (a band of 100 seeds) and on a synthetic 10,000-plot park (10
//! seeds: one run of it takes about half a second) and prints the main schedule's time per
//! frame and how long the band took. Needs a display: run it under Xvfb with
//! `xvfb-run -a cargo bench --bench frame_cpu`. Each park runs in its own process because a
//! window's event loop can be opened only once per process.

use std::process::Command;

fn main() {
    if std::env::var_os("DISPLAY").is_none() && std::env::var_os("WAYLAND_DISPLAY").is_none() {
        println!("frame_cpu: no display; run `xvfb-run -a cargo bench --bench frame_cpu`");
        return;
    }
    let planner = env!("CARGO_BIN_EXE_parksim");
    let frames = std::env::var("PARKSIM_FRAMES").unwrap_or_else(|_| "300".into());
    let dir = std::env::temp_dir().join(format!("parksim-frame-cpu-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let synthetic = dir.join("synthetic-10000.ron");
    let made = Command::new(planner)
        .args(["synth", "--plots", "10000", "--out"])
        .arg(&synthetic)
        .output()
        .expect("parksim synth runs");
    assert!(made.status.success(), "{made:?}");
    let sumgayit = concat!(env!("CARGO_MANIFEST_DIR"), "/scenes/sumgayit.ron");
    for (name, scene, seeds) in [
        (
            "Sumgayit (44 plots)",
            std::path::PathBuf::from(sumgayit),
            "100",
        ),
        ("synthetic park, 10,000 plots", synthetic, "10"),
    ] {
        let run = Command::new(planner)
            .arg(&scene)
            .args(["--frame-times", &frames, "--band-seeds", seeds])
            .output()
            .expect("the planner runs");
        println!("{name}:");
        print!("{}", String::from_utf8_lossy(&run.stdout));
        if !run.status.success() {
            eprintln!("{}", String::from_utf8_lossy(&run.stderr));
            std::process::exit(1);
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}
