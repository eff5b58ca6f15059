//! The planner's dialogs, each its own system: the question asked when the window is
//! closed with unsaved edits, the question asked before a save overwrites text it would
//! lose, and the shortcuts (F1).

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use crate::gui::editing::{EditAction, Editing, PendingEdits};
use crate::gui::{PlannerState, SHORTCUTS};
use crate::locale;
use crate::tr;

/// Colour of a warning in a dialog.
const WARNING: egui::Color32 = egui::Color32::from_rgb(180, 60, 0);

/// The question asked when the window is closed with unsaved edits: save (to the path
/// typed) and quit, quit without saving, or go on.
pub(super) fn quit_dialog(
    mut contexts: EguiContexts,
    mut state: ResMut<PlannerState>,
    mut editing: ResMut<Editing>,
    mut pending: ResMut<PendingEdits>,
    mut exit: MessageWriter<AppExit>,
    mut team: Option<ResMut<crate::gui::team_mode::TeamMode>>,
) -> Result {
    if !state.confirm_quit {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?;
    if let Some(team) = team.as_deref_mut() {
        // In an exercise: submit and quit, quit without submitting, or go on.
        egui::Window::new(tr!("quit-title"))
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, egui::vec2(0.0, 0.0))
            .show(ctx, |ui| {
                ui.label(tr!(
                    "team-quit-question",
                    path = team.out.display().to_string()
                ));
                ui.horizontal(|ui| {
                    if ui.button(tr!("team-quit-submit")).clicked() {
                        team.submit_requested = true;
                        team.quit_after_submit = true;
                    }
                    if ui.button(tr!("quit-discard")).clicked() {
                        exit.write(AppExit::Success);
                    }
                    if ui.button(tr!("quit-cancel")).clicked() {
                        state.confirm_quit = false;
                        team.quit_after_submit = false;
                    }
                });
                if let Some(message) = &state.message {
                    super::status_line::message_label(ui, message);
                }
            });
        return Ok(());
    }
    egui::Window::new(tr!("quit-title"))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::vec2(0.0, 0.0))
        .show(ctx, |ui| {
            ui.label(tr!("quit-question"));
            ui.horizontal(|ui| {
                ui.label(tr!("scene-save-as"));
                ui.text_edit_singleline(&mut editing.save_path);
            });
            ui.horizontal(|ui| {
                if ui.button(tr!("quit-save")).clicked() {
                    // Quits once saved; a save that asks first waits for the answer.
                    editing.quit_after_save = true;
                    pending.0.push(EditAction::Save);
                }
                if ui.button(tr!("quit-discard")).clicked() {
                    exit.write(AppExit::Success);
                }
                if ui.button(tr!("quit-cancel")).clicked() {
                    state.confirm_quit = false;
                    editing.quit_after_save = false;
                }
            });
            if let Some(message) = &state.message {
                super::status_line::message_label(ui, message);
            }
        });
    Ok(())
}

/// The question asked before a save overwrites a file it would lose text from, or a file
/// that is not this scene's: it names what would be lost, and offers to save beside it.
pub(super) fn overwrite_dialog(
    mut contexts: EguiContexts,
    mut editing: ResMut<Editing>,
    mut pending: ResMut<PendingEdits>,
) -> Result {
    let Some(question) = editing.overwrite.clone() else {
        return Ok(());
    };
    let ctx = contexts.ctx_mut()?;
    let file = question.path.display().to_string();
    let instead = question.instead.display().to_string();
    egui::Window::new(tr!("overwrite-title", file = file.clone()))
        .collapsible(false)
        .resizable(false)
        .order(egui::Order::Foreground)
        .anchor(egui::Align2::CENTER_CENTER, egui::vec2(0.0, 0.0))
        .show(ctx, |ui| {
            ui.set_max_width(420.0);
            if !question.loss.is_nothing() {
                ui.add(
                    egui::Label::new(
                        egui::RichText::new(tr!(
                            "overwrite-loses",
                            file = file.clone(),
                            lost = question.loss.describe()
                        ))
                        .color(WARNING),
                    )
                    .wrap(),
                );
            }
            if question.other_file {
                ui.add(egui::Label::new(tr!("overwrite-other-file", file = file.clone())).wrap());
            }
            ui.horizontal_wrapped(|ui| {
                let lose = if question.loss.is_nothing() {
                    tr!("overwrite-replace")
                } else {
                    tr!("overwrite-lose")
                };
                if ui.button(lose).clicked() {
                    editing.overwrite = None;
                    pending.0.push(EditAction::Overwrite(question.path.clone()));
                }
                if ui
                    .button(tr!("overwrite-save-instead", new = instead.clone()))
                    .clicked()
                {
                    editing.overwrite = None;
                    editing.save_path = instead.clone();
                    pending.0.push(EditAction::Save);
                }
                if ui.button(tr!("overwrite-cancel")).clicked() {
                    editing.overwrite = None;
                    editing.quit_after_save = false;
                }
            });
        });
    Ok(())
}

/// Every shortcut, shown and hidden with F1.
pub(super) fn help_window(mut contexts: EguiContexts, mut state: ResMut<PlannerState>) -> Result {
    if !state.show_help {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?;
    let mut open = true;
    egui::Window::new(tr!("help-title"))
        .open(&mut open)
        .collapsible(false)
        .show(ctx, |ui| {
            egui::Grid::new("shortcuts").num_columns(2).show(ui, |ui| {
                for (key, what) in SHORTCUTS {
                    ui.label(egui::RichText::new(locale::text(key)).strong());
                    ui.label(locale::text(what));
                    ui.end_row();
                }
            });
        });
    state.show_help = open;
    Ok(())
}
