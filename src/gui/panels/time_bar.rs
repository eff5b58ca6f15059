//! The time bar across the top: the park's name, the month shown, play and pause, a step,
//! the speed, a jump to a month, when the run ends, and the planner's message line.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use super::layout::{FreeArea, in_free_area};
use crate::gui::PlannerState;
use crate::gui::time::{SPEEDS, TimeControls, speed_name};
use crate::scenario::YearMonth;
use crate::sim::ScenarioRes;
use crate::sim::clock::SimClock;
use crate::tr;

/// The time bar, at the top of the window.
pub(super) fn time_bar(
    mut contexts: EguiContexts,
    mut free: ResMut<FreeArea>,
    mut state: ResMut<PlannerState>,
    mut controls: ResMut<TimeControls>,
    clock: Res<SimClock>,
    scenario: Res<ScenarioRes>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let month = clock.current();
    let last_simulated = month.plus_months(-1);
    in_free_area(&ctx, &mut free, "planner-time-bar", |root| {
        egui::Panel::top("time").show(root, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.heading(&scenario.park.name);
                ui.separator();
                let shown = if clock.elapsed_months == 0 {
                    tr!("time-before", month = month.to_string())
                } else {
                    last_simulated.to_string()
                };
                ui.label(
                    egui::RichText::new(tr!("time-month", month = shown))
                        .strong()
                        .size(18.0),
                );
                ui.separator();
                let play = if controls.playing {
                    tr!("time-pause")
                } else {
                    tr!("time-play")
                };
                if ui.button(play).on_hover_text(tr!("key-space")).clicked() {
                    controls.playing = !controls.playing;
                }
                if ui
                    .button(tr!("time-step"))
                    .on_hover_text(tr!("key-right"))
                    .clicked()
                {
                    controls.pending_months += 1;
                }
                ui.label(tr!("time-speed"));
                let mut speed = controls.speed;
                egui::ComboBox::from_id_salt("speed")
                    .selected_text(controls.speed_label())
                    .show_ui(ui, |ui| {
                        for (i, s) in SPEEDS.iter().enumerate() {
                            let label = speed_name(*s);
                            ui.selectable_value(&mut speed, i, label);
                        }
                    });
                controls.speed = speed;
                ui.separator();
                ui.label(tr!("time-jump-to"));
                let response =
                    ui.add(egui::TextEdit::singleline(&mut state.jump_text).desired_width(70.0));
                if response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter))
                    || ui.button(tr!("time-go")).clicked()
                {
                    match YearMonth::parse(state.jump_text.trim()) {
                        Some(target) if target >= month => {
                            controls.jump_to(&clock, target);
                            state.message = None;
                        }
                        Some(target) => {
                            state.message =
                                Some(tr!("msg-already-simulated", month = target.to_string()));
                        }
                        None => state.message = Some(tr!("msg-month-format")),
                    }
                }
                ui.label(tr!("time-run-ends", month = controls.end.to_string()));
            });
            if let Some(message) = &state.message {
                ui.colored_label(egui::Color32::from_rgb(180, 60, 0), message);
            }
        });
    });
    Ok(())
}
