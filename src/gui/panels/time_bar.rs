//! The time bar across the top: the park's name, the month shown, play and pause, a step,
//! the speed, a jump to a month, when the run ends, and a slider through the run.

use crate::gui::month_field_width;
use crate::scenario::Named;
use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use super::layout::{FreeArea, in_free_area};
use crate::gui::presentation::Presentation;
use crate::gui::text_scale::TextScale;
use crate::gui::time::{SPEEDS, TimeControls, speed_name};
use crate::gui::{Message, PlannerState};
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
    mut presentation: ResMut<Presentation>,
    mut text_scale: ResMut<TextScale>,
    layout: Option<ResMut<crate::gui::screenshot::PanelLayout>>,
    mut tours: ResMut<crate::gui::tour_player::TourMenu>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    in_free_area(&ctx, &mut free, "planner-time-bar", |root| {
        egui::Panel::top("time").show(root, |ui| {
            ui.horizontal_wrapped(|ui| {
                // A label that does not fit moves to the next row whole.
                ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
                ui.heading(scenario.park.shown_name());
                ui.separator();
                let shown = crate::gui::time::month_shown(&clock);
                // Month names differ in length ("May", "September"): the label is as wide
                // as the year's longest, so the controls after it stay put as months pass.
                let heading = egui::TextStyle::Heading.resolve(ui.style());
                let year = clock.current().year();
                let widest = (1..=12)
                    .map(|m| {
                        let month = crate::report::shown::month(YearMonth::new(year, m));
                        let text = tr!("time-month", month = month);
                        let galley = ui.painter().layout_no_wrap(
                            text,
                            heading.clone(),
                            egui::Color32::WHITE,
                        );
                        galley.size().x
                    })
                    .fold(0.0, f32::max);
                ui.scope(|ui| {
                    ui.set_min_width(widest);
                    ui.label(
                        egui::RichText::new(tr!("time-month", month = shown))
                            .strong()
                            .heading(),
                    );
                });
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
                // A label and its drop-down stay on one row: when they do not fit what is
                // left of this one, they start the next (egui would cut the drop-down off).
                let speed_text = controls.speed_label();
                keep_together(ui, &[&tr!("time-speed"), &speed_text]);
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
                let response = ui.add(
                    egui::TextEdit::singleline(&mut state.jump_text)
                        .desired_width(month_field_width(ui)),
                );
                if response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter))
                    || ui.button(tr!("time-go")).clicked()
                {
                    state.message = match YearMonth::parse(state.jump_text.trim()) {
                        Some(target) => controls
                            .show_month(&clock, target)
                            .err()
                            .map(Message::refused),
                        None => Some(Message::refused(tr!("msg-month-format"))),
                    };
                }
                ui.label(tr!(
                    "time-run-ends",
                    month = crate::report::shown::month(controls.end)
                ));
                ui.separator();
                if ui
                    .button(tr!("present-button"))
                    .on_hover_text(tr!("present-button-hint"))
                    .clicked()
                {
                    presentation.start(&mut text_scale, &mut state);
                }
                crate::gui::tour_player::tours_menu(ui, &mut tours);
                if ui
                    .button(tr!("sources-button"))
                    .on_hover_text(tr!("sources-button-hint"))
                    .clicked()
                {
                    state.sources_open = !state.sources_open;
                }
                ui.separator();
                language_picker(ui, &mut state);
            });
            // The months simulated so far, to scrub through: backwards runs again from
            // the start to the month let go (see `TimeControls::show_month`).
            let run_months = controls.end.months_since(clock.start).max(0) as u32 + 1;
            let mut shown_index = clock.elapsed_months.saturating_sub(1);
            let slider = egui::Slider::new(&mut shown_index, 0..=run_months - 1)
                .show_value(false)
                .trailing_fill(true);
            ui.spacing_mut().slider_width = (ui.available_width() - 20.0).max(100.0);
            let response = ui.add(slider).on_hover_text(tr!("time-scrub-hint"));
            if response.changed() {
                let target = clock.start.plus_months(shown_index as i32);
                if let Err(why) = controls.show_month(&clock, target) {
                    state.message = Some(Message::refused(why));
                }
            }
        });
    });
    let mut shown = None;
    if state.sources_open {
        let mut open = true;
        shown = egui::Window::new(tr!("sources-title"))
            .open(&mut open)
            .default_size([620.0, 520.0])
            .vscroll(true)
            .show(&ctx, |ui| sources_and_assumptions(ui, &scenario.raw))
            .map(|r| r.response.rect);
        state.sources_open = open;
    }
    if let Some(mut layout) = layout {
        layout.sources = shown;
    }
    Ok(())
}

/// Every value and record the scene marks as an estimate, by section, each with a count:
/// what a trainer answers "where does that number come from?" with.
fn sources_and_assumptions(ui: &mut egui::Ui, raw: &crate::scenario::raw::RawScenario) {
    use crate::report::sources;
    let all = sources::assumptions(raw);
    ui.label(tr!("sources-intro", count = all.len()));
    for (section, items) in sources::by_section(&all) {
        egui::CollapsingHeader::new(format!("{section} ({})", items.len()))
            .id_salt(("sources", section.as_str()))
            .show(ui, |ui| {
                for a in items {
                    let what = match a.value {
                        Some(v) => format!(
                            "{} = {}",
                            a.path,
                            crate::report::shown::grouped(v, if v.fract() == 0.0 { 0 } else { 2 })
                        ),
                        None => a.path.clone(),
                    };
                    ui.label(egui::RichText::new(what).strong());
                    ui.label(egui::RichText::new(&a.source).weak());
                }
            });
    }
}

/// The language of every text, applied at once and kept for the next session (see
/// [`crate::gui::settings`]). Each language is named in itself.
/// Starts a new row of the wrapping bar when a label and a drop-down showing `texts` would
/// not fit in what is left of this one.
fn keep_together(ui: &mut egui::Ui, texts: &[&str]) {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let spacing = ui.spacing();
    let chrome = texts.len() as f32 * spacing.item_spacing.x
        + spacing.icon_width
        + 4.0 * spacing.button_padding.x;
    let needed: f32 = texts
        .iter()
        .map(|t| {
            ui.painter()
                .layout_no_wrap((*t).to_owned(), font.clone(), egui::Color32::WHITE)
                .size()
                .x
        })
        .sum::<f32>()
        + chrome;
    if ui.available_width() < needed {
        ui.end_row();
    }
}

fn language_picker(ui: &mut egui::Ui, state: &mut PlannerState) {
    use crate::locale;
    let current = locale::language().to_string();
    let mut picked = current.clone();
    keep_together(
        ui,
        &[&tr!("language-label"), &locale::native_name(&current)],
    );
    ui.label(tr!("language-label"));
    egui::ComboBox::from_id_salt("language")
        .selected_text(locale::native_name(&current))
        .show_ui(ui, |ui| {
            for code in locale::languages() {
                let name = locale::native_name(&code);
                ui.selectable_value(&mut picked, code, name);
            }
        });
    if picked != current {
        state.message = match locale::set_language(&picked).and_then(|()| {
            crate::gui::settings::save(&crate::gui::settings::Settings {
                language: Some(picked.clone()),
            })
        }) {
            Ok(()) => None,
            Err(why) => Some(Message::refused(tr!(
                "msg-language-not-saved",
                reason = why
            ))),
        };
    }
}
