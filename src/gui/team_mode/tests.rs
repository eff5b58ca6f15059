//! Team mode on a headless app (the model, the editing and team mode, no window): an edit
//! outside the levers is refused with the reason and changes nothing, one within them is
//! kept and scored in the background, an event released changes the start and cannot be
//! undone, and *Submit* writes a submission that gives back the plan.

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use bevy::prelude::*;

use super::*;
use crate::gui::editing::{self, EditAction, Editing, PendingEdits, SceneGeneration};
use crate::gui::{MessageKind, PlannerState};
use crate::scenario::edit::Edit;

fn app(team: TeamMode) -> App {
    let scenario = Arc::new(team.exercise.scenario(&team.start).unwrap());
    let mut app = editing::tests::app_of(scenario);
    crate::gui::order_the_steps(&mut app);
    app.insert_resource(team).add_plugins(plugin);
    app
}

fn push(app: &mut App, action: EditAction) {
    app.world_mut()
        .resource_mut::<PendingEdits>()
        .0
        .push(action);
    app.update();
}

/// Updates the app until `done` says so (the score runs on threads of its own).
fn until(app: &mut App, what: &str, done: impl Fn(&World) -> bool) {
    let start = Instant::now();
    while !done(app.world()) {
        assert!(
            start.elapsed() < Duration::from_secs(120),
            "waited for {what}"
        );
        std::thread::sleep(Duration::from_millis(20));
        app.update();
    }
}

#[test]
fn a_team_edits_within_the_levers_releases_an_event_and_submits() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let exercise =
        Arc::new(crate::exercise::load(&root.join("exercises/sughd_incentives.ron")).unwrap());
    let dir = std::env::temp_dir().join(format!("parksim-team-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let out = dir.join("submissions/Khujand.ron");
    let team = TeamMode::new(
        exercise.clone(),
        "Khujand".into(),
        Some(out.clone()),
        Vec::new(),
    )
    .unwrap();
    let mut app = app(team);
    app.update();
    let scene_text = |app: &App| {
        crate::scenario::to_ron(app.world().resource::<Editing>().session.scene()).unwrap()
    };
    let start = scene_text(&app);

    // Outside the levers: refused, the reason said, nothing changed.
    push(
        &mut app,
        EditAction::Apply(Edit::SetArrivalRate {
            sector: "assembly".into(),
            prospects_per_year: 6.0,
        }),
    );
    let message = app
        .world()
        .resource::<PlannerState>()
        .message
        .clone()
        .unwrap();
    assert_eq!(message.kind, MessageKind::Refused);
    assert!(
        message.text.contains("lets you change only"),
        "{}",
        message.text
    );
    assert_eq!(scene_text(&app), start);
    // Nor may the scene be saved or another opened.
    push(&mut app, EditAction::Save);
    let message = app
        .world()
        .resource::<PlannerState>()
        .message
        .clone()
        .unwrap();
    assert!(message.text.contains("Submit"), "{}", message.text);

    // Within them: kept, and scored in the background.
    push(
        &mut app,
        EditAction::Apply(Edit::SetExemptionYears {
            regime: 0,
            years: 5.0,
        }),
    );
    assert_ne!(scene_text(&app), start);
    until(&mut app, "the plan's score", |w| {
        let generation = w.resource::<SceneGeneration>().0;
        w.resource::<TeamMode>().score_now(generation).is_some()
    });
    let generation = app.world().resource::<SceneGeneration>().0;
    let scored = app
        .world()
        .resource::<TeamMode>()
        .score_now(generation)
        .cloned()
        .unwrap();
    let headless = {
        let plan = app.world().resource::<Editing>().session.scene().clone();
        crate::exercise::scoring::score(
            &exercise,
            &Arc::new(exercise.scenario(&plan).unwrap()),
            None,
        )
        .unwrap()
    };
    assert_eq!(scored, headless, "the planner scores as the trainer does");

    // An event: released once, the start takes it, and it cannot be undone.
    app.world_mut().resource_mut::<TeamMode>().release_requested = Some("law-change".into());
    app.update();
    app.update();
    assert_eq!(app.world().resource::<TeamMode>().released, ["law-change"]);
    let message = app
        .world()
        .resource::<PlannerState>()
        .message
        .clone()
        .unwrap();
    assert!(message.text.contains("A change of law"), "{}", message.text);
    assert!(!app.world().resource::<Editing>().session.can_undo());

    // Submit: written once the score of the plan as it is now is in.
    app.world_mut().resource_mut::<TeamMode>().submit_requested = true;
    until(&mut app, "the submission", |w| {
        w.resource::<TeamMode>().submitted.is_some()
    });
    let submission = crate::exercise::submission::Submission::load(&out).unwrap();
    assert_eq!(submission.team, "Khujand");
    assert_eq!(submission.events, ["law-change"]);
    let plan = submission.plan(&exercise).unwrap();
    assert_eq!(crate::scenario::to_ron(&plan).unwrap(), scene_text(&app));
    let generation = app.world().resource::<SceneGeneration>().0;
    assert!(!app.world().resource::<TeamMode>().unsubmitted(generation));
    let _ = std::fs::remove_dir_all(&dir);
}
