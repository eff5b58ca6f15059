//! parksim's integration tests, in one binary: each file is a module, so Bevy is linked
//! once for all of them (fifteen binaries linked it fifteen times). Run one module with
//! `cargo test --test it model::`, one test by a part of its name.

mod common;

mod calibrate;
mod calibration;
mod cli;
mod determinism;
mod edits;
mod exercises;
mod export;
mod fiscal;
mod golden;
#[cfg(feature = "gui")]
mod gui_smoke;
mod handout;
mod lifecycle;
mod location;
mod model;
mod networks;
mod operations;
mod phases;
mod properties;
mod scenario_files;
mod scene_sources;
mod stable_ids;
mod sweep;
mod tours;
