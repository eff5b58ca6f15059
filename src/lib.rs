//! parksim: an industrial-park site and infrastructure simulator.
//!
//! Plots, utilities and resident firms are Bevy ECS entities; one simulation schedule
//! advances the park a month at a time (see [`sim`]). Scenarios are RON files checked
//! once at the edge ([`scenario`]); runs are written out by [`report`] and driven from
//! the command line ([`cli`]).

#![forbid(unsafe_code)]

pub mod atomic_file;
pub mod calibration;
pub mod cli;
pub mod exercise;
pub mod export;
pub mod locale;
pub mod report;
pub mod scenario;
pub mod sim;
pub mod sweep;
pub mod tour;

#[cfg(feature = "gui")]
pub mod gui;
