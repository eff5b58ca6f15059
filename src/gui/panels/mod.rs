//! The planner's panels (egui), a file each: the time bar across the top, layers and
//! legend on the left, the inspector on the right, the charts at the bottom (with the
//! incentives, the firm pipeline and the N-1 table among them), the labels, source markers
//! and tooltips drawn over the map, and the dialogs. Each panel is a system that reads only
//! what it shows; they run in the `Panels` step, chained below in the order they take
//! their room from the window ([`layout`]). What they show as text comes from
//! [`crate::report::facts`], which the headless build tests.

mod baseline_map;
pub mod charts;
mod dialogs;
mod incentives;
mod inspector;
mod layers_legend;
pub mod layout;
mod map_labels;
pub mod n1;
mod pipeline;
pub mod status_line;
mod time_bar;

use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};

use super::PlannerSystems;
use super::layers::Rgb;
use super::presentation::not_presenting;

pub use crate::report::facts::Chart;
pub use n1::{N1_MAX_LINKS, N1Table};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<layout::FreeArea>()
        .init_resource::<layout::Overlays>()
        .add_systems(
            EguiPrimaryContextPass,
            (
                // The font first: every text below is drawn with it.
                super::fonts::install_fonts,
                // Then the text size, before any text is laid out.
                super::text_scale::apply_text_scale,
                // The whole window is free; only text fields keep the keyboard.
                layout::begin_frame,
                // Panels, each taking its side of what is still free: top, the status line
                // along the whole bottom, left, right, then the charts at the bottom. While
                // presenting, only its header and its chart instead.
                super::presentation::header,
                super::tour_player::caption,
                super::presentation::chart_panel,
                time_bar::time_bar.run_if(not_presenting),
                status_line::status_line.run_if(not_presenting),
                // An exercise's brief and score take the left first, beside the layers.
                super::team_mode::team_panel.run_if(not_presenting),
                layers_legend::layers_and_legend.run_if(not_presenting),
                inspector::inspector
                    .run_if(not_presenting.or_else(super::tour_player::touring_with_selection)),
                charts::charts.run_if(not_presenting),
                // With a baseline pinned and the map split, its park takes the map's left half.
                baseline_map::baseline_map.run_if(not_presenting),
                // What is left is the map: its area is recorded, then drawn over.
                layout::record_map_area,
                map_labels::labels_and_sources,
                map_labels::tooltip,
                // Dialogs float above it all.
                (
                    dialogs::quit_dialog,
                    dialogs::overwrite_dialog,
                    dialogs::help_window,
                    super::tour_player::recording_window,
                )
                    .chain(),
                // A blanked screen covers everything.
                super::presentation::blank_screen,
                // Last: whether a text field (a panel's or a dialog's) has the keyboard.
                layout::track_typing,
            )
                .chain()
                .in_set(PlannerSystems::Panels),
        );
}

/// A map colour as egui takes it.
pub(super) fn egui_colour(c: Rgb) -> egui::Color32 {
    egui::Color32::from_rgb(
        (c[0] * 255.0) as u8,
        (c[1] * 255.0) as u8,
        (c[2] * 255.0) as u8,
    )
}
