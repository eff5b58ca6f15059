//! The team's panel, on the left of the map: the exercise's brief, what the team may
//! change, the budget left, the objectives with the plan's live score and its p10–p90,
//! the thresholds, the trainer's events, and *Submit*.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use super::TeamMode;
use crate::exercise::levers::described;
use crate::exercise::shown;
use crate::gui::editing::SceneGeneration;
use crate::gui::panels::layout::{FreeArea, in_free_area};
use crate::report::shown::grouped;
use crate::tr;

/// Colours of a threshold that holds and of one that fails, readable on the dark panels.
const HOLDS: egui::Color32 = egui::Color32::from_rgb(90, 200, 120);
const FAILS: egui::Color32 = egui::Color32::from_rgb(255, 120, 110);

/// The panel.
pub fn team_panel(
    mut contexts: EguiContexts,
    mut free: ResMut<FreeArea>,
    team: Option<ResMut<TeamMode>>,
    generation: Res<SceneGeneration>,
    mut layout: ResMut<crate::gui::screenshot::PanelLayout>,
) -> Result {
    let Some(mut team) = team else {
        return Ok(());
    };
    let ctx = contexts.ctx_mut()?.clone();
    in_free_area(&ctx, &mut free, "planner-team", |root| {
        let panel = egui::Panel::left("team")
            .default_size(320.0)
            .size_range(260.0..=520.0)
            .resizable(true)
            .show(root, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    contents(ui, &mut team, generation.0);
                });
            });
        layout.team = Some(panel.response.rect);
    });
    Ok(())
}

fn contents(ui: &mut egui::Ui, team: &mut TeamMode, generation: u64) {
    let exercise = team.exercise.clone();
    ui.heading(exercise.title());
    ui.label(egui::RichText::new(tr!("team-team", team = team.team.clone())).strong());
    let brief = exercise.brief();
    if team.brief_open {
        ui.label(brief);
    } else {
        let first: String = brief.chars().take(140).collect();
        ui.label(format!("{first}…"));
    }
    let toggle = if team.brief_open {
        tr!("team-brief-less")
    } else {
        tr!("team-brief-more")
    };
    if ui.small_button(toggle).clicked() {
        team.brief_open = !team.brief_open;
    }

    ui.separator();
    ui.strong(tr!("team-levers"));
    for lever in described(&exercise) {
        ui.label(format!("• {lever}"));
    }

    if let Some(budget) = exercise.raw.budget_usd {
        ui.separator();
        ui.strong(tr!("team-budget"));
        let spent = team.cost.as_ref().map_or(0.0, |c| c.capex_usd);
        let share = if budget > 0.0 {
            (spent / budget) as f32
        } else {
            1.0
        };
        ui.add(egui::ProgressBar::new(share.clamp(0.0, 1.0)).text(tr!(
            "team-budget-bar",
            spent = grouped(spent / 1e6, 1),
            budget = grouped(budget / 1e6, 1),
            left = grouped((budget - spent).max(0.0) / 1e6, 1)
        )));
    }
    if let Err(why) = &team.cost {
        ui.colored_label(FAILS, why);
    }

    ui.separator();
    ui.strong(tr!("team-objectives"));
    let scored = team.score_now(generation).cloned();
    match &scored {
        Some(s) => {
            ui.label(
                egui::RichText::new(tr!(
                    "team-score",
                    score = grouped(s.score.p50, 1),
                    p10 = grouped(s.score.p10, 1),
                    p90 = grouped(s.score.p90, 1)
                ))
                .size(ui.text_style_height(&egui::TextStyle::Body) * 1.3)
                .strong(),
            );
            if let Some(start) = &team.start_scored {
                ui.label(tr!(
                    "team-start-score",
                    score = grouped(start.score.p50, 1),
                    p10 = grouped(start.score.p10, 1),
                    p90 = grouped(start.score.p90, 1)
                ));
            }
            ui.label(
                egui::RichText::new(tr!("team-score-note", seeds = exercise.seeds.len())).small(),
            );
        }
        None => {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(tr!("team-scoring", seeds = exercise.seeds.len()));
            });
        }
    }
    for (k, o) in exercise.raw.objectives.iter().enumerate() {
        let value = scored.as_ref().map(|s| s.objectives[k]);
        let text = match value {
            Some(b) => tr!(
                "team-objective",
                figure = o.figure.label(),
                at = o.at.clone(),
                value = o.figure.shown(b.p50),
                p10 = o.figure.shown(b.p10),
                p90 = o.figure.shown(b.p90),
                points = grouped(o.points * b.p50 / o.per, 1)
            ),
            None => format!("{} ({})", o.figure.label(), o.at),
        };
        ui.label(text);
    }
    if !exercise.raw.thresholds.is_empty() {
        ui.strong(tr!("team-thresholds"));
    }
    for (k, t) in exercise.raw.thresholds.iter().enumerate() {
        let outcome = scored.as_ref().map(|s| s.thresholds[k]);
        let line = format!(
            "{} {} {} ({})",
            match outcome {
                Some(o) if o.holds => "✓",
                Some(_) => "✗",
                None => "…",
            },
            t.figure.label(),
            t.condition(),
            t.at
        );
        match outcome {
            Some(o) => {
                ui.colored_label(if o.holds { HOLDS } else { FAILS }, line);
                ui.label(
                    egui::RichText::new(tr!(
                        "team-threshold-now",
                        value = t.figure.shown(o.median),
                        share = grouped(o.share_of_seeds * 100.0, 0)
                    ))
                    .small(),
                );
            }
            None => {
                ui.label(line);
            }
        }
    }

    if !exercise.raw.events.is_empty() {
        ui.separator();
        ui.strong(tr!("team-events"));
        for event in &exercise.raw.events {
            if team.released.contains(&event.id) {
                ui.label(egui::RichText::new(shown(&event.title)).strong());
                ui.label(shown(&event.text));
            } else {
                ui.horizontal_wrapped(|ui| {
                    ui.label(shown(&event.title));
                    if ui
                        .small_button(tr!("team-release"))
                        .on_hover_text(tr!("team-release-hint"))
                        .clicked()
                    {
                        team.release_requested = Some(event.id.clone());
                    }
                });
            }
        }
    }

    ui.separator();
    let waiting = team.submit_requested;
    let button = egui::Button::new(egui::RichText::new(tr!("team-submit")).strong());
    if ui
        .add_enabled(!waiting && team.cost.is_ok(), button)
        .on_hover_text(tr!(
            "team-submit-hint",
            path = team.out.display().to_string()
        ))
        .clicked()
    {
        team.submit_requested = true;
    }
    if waiting {
        ui.label(tr!("team-submit-waiting"));
    }
    match &team.submitted {
        Some((_, path)) if !team.unsubmitted(generation) => {
            ui.colored_label(
                HOLDS,
                tr!("team-submitted-now", path = path.display().to_string()),
            );
        }
        Some((_, path)) => {
            ui.label(tr!("team-changed-since", path = path.display().to_string()));
        }
        None => {
            ui.label(
                egui::RichText::new(tr!(
                    "team-submit-where",
                    path = team.out.display().to_string()
                ))
                .small(),
            );
        }
    }
}
