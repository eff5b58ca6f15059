//! The left panel's scene controls: undo and redo, save (and why the save goes to a new
//! name), open another scene or a new park, the site's size, and the seed.

use crate::gui::month_field_width;
use std::path::PathBuf;

use bevy_egui::egui;

use super::{EditAction, Editing, PendingEdits, TEMPLATE_SCENE};
use crate::scenario::edit::Edit;
use crate::tr;

/// Undo, redo, save, seed: the left panel's scene controls. Without `whole_scene` (in an
/// exercise) only undo and redo are enabled.
pub fn scene_controls(
    ui: &mut egui::Ui,
    editing: &mut Editing,
    pending: &mut PendingEdits,
    whole_scene: bool,
) {
    ui.heading(tr!("scene-heading"));
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(
                editing.session.can_undo(),
                egui::Button::new(tr!("scene-undo")),
            )
            .on_hover_text(tr!("key-ctrl-z"))
            .clicked()
        {
            pending.0.push(EditAction::Undo);
        }
        if ui
            .add_enabled(
                editing.session.can_redo(),
                egui::Button::new(tr!("scene-redo")),
            )
            .on_hover_text(tr!("key-ctrl-shift-z"))
            .clicked()
        {
            pending.0.push(EditAction::Redo);
        }
        if editing.session.unsaved() {
            ui.colored_label(egui::Color32::from_rgb(200, 120, 0), tr!("scene-unsaved"));
        }
    });
    ui.add_enabled_ui(whole_scene, |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.label(tr!("scene-save-as"));
            let typed =
                ui.add(egui::TextEdit::singleline(&mut editing.save_path).desired_width(120.0));
            // The note says why the suggested name; another name typed makes it moot.
            if typed.changed() {
                editing.save_note = None;
            }
            if ui
                .button(tr!("scene-save"))
                .on_hover_text(tr!("key-ctrl-s"))
                .clicked()
            {
                pending.0.push(EditAction::Save);
            }
        });
        if let Some(note) = &editing.save_note {
            ui.add(egui::Label::new(egui::RichText::new(note).small()).wrap());
        }
        ui.horizontal_wrapped(|ui| {
            ui.label(tr!("scene-open-label"));
            ui.add(
                egui::TextEdit::singleline(&mut editing.open_path)
                    .desired_width(120.0)
                    .hint_text("scenes/….ron"),
            );
            // Opening another scene would drop unsaved edits: save or undo them first.
            let free = !editing.session.unsaved();
            let why = tr!("scene-save-first");
            if ui
                .add_enabled(free, egui::Button::new(tr!("scene-open")))
                .on_disabled_hover_text(&why)
                .clicked()
                && !editing.open_path.trim().is_empty()
            {
                pending
                    .0
                    .push(EditAction::Open(PathBuf::from(editing.open_path.trim())));
            }
            if ui
                .add_enabled(free, egui::Button::new(tr!("scene-new-park")))
                .on_hover_text(tr!("scene-new-park-hint", template = TEMPLATE_SCENE))
                .on_disabled_hover_text(&why)
                .clicked()
            {
                pending
                    .0
                    .push(EditAction::Open(PathBuf::from(TEMPLATE_SCENE)));
            }
        });
        ui.horizontal_wrapped(|ui| {
            ui.label(tr!("scene-site"));
            ui.add(
                egui::DragValue::new(&mut editing.boundary_m.0)
                    .range(10.0..=100_000.0)
                    .suffix(tr!("suffix-m-wide")),
            );
            ui.add(
                egui::DragValue::new(&mut editing.boundary_m.1)
                    .range(10.0..=100_000.0)
                    .suffix(tr!("suffix-m-deep")),
            );
            if ui
                .button(tr!("scene-set-boundary"))
                .on_hover_text(tr!("scene-set-boundary-hint"))
                .clicked()
            {
                let (w, h) = editing.boundary_m;
                pending.0.push(EditAction::Apply(Edit::SetBoundary {
                    points_m: vec![(0.0, 0.0), (w, 0.0), (w, h), (0.0, h)],
                }));
            }
        });
        ui.horizontal_wrapped(|ui| {
            ui.label(tr!("scene-seed"));
            ui.add(
                egui::TextEdit::singleline(&mut editing.seed_text)
                    .desired_width(month_field_width(ui)),
            );
            if ui.button(tr!("scene-restart-seed")).clicked() {
                match editing.seed_text.trim().parse::<u64>() {
                    Ok(seed) => pending.0.push(EditAction::Apply(Edit::SetSeed { seed })),
                    Err(_) => {
                        editing.seed_text = editing.session.scene().simulation.seed.to_string()
                    }
                }
            }
        });
    });
}
