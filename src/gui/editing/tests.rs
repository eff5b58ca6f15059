//! Editing on a headless app (the model and the editing plugin, no window): edits restart
//! the run and catch up, undo gives the same run back, the window asks before closing,
//! selections follow their plot by id, the N-1 table is kept per scene, and saving never
//! loses text without asking.

use std::path::{Path, PathBuf};

use super::*;
use crate::gui::panels::n1::{N1Table, TableKey};
use crate::gui::selection::Selection;
use crate::scenario::edit::rewrite_loss;
use crate::sim::metrics::Metrics;
use crate::sim::networks::NetworkStates;
use crate::sim::utilities::{ParkUtility, UtilityLoad};
use crate::sim::{ScenarioRes, SimPlugin, SimSchedule, Simulation};

fn small_park_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/small_park.ron")
}

fn app() -> App {
    app_for(&small_park_path())
}

fn app_for(path: &Path) -> App {
    app_of(Arc::new(crate::scenario::load(path).unwrap()))
}

/// The model and the planner's editing on a headless app (no window), for `scenario`.
pub(crate) fn app_of(scenario: Arc<Scenario>) -> App {
    let mut app = App::new();
    app.add_plugins(MinimalPlugins)
        .add_plugins(SimPlugin {
            seed: scenario.simulation.seed,
            scenario: scenario.clone(),
        })
        .init_resource::<ButtonInput<KeyCode>>()
        .add_message::<bevy::window::WindowCloseRequested>()
        .init_resource::<PlannerState>()
        .insert_resource(TimeControls::default())
        .insert_resource(Editing::new(&scenario))
        .add_plugins(plugin);
    app
}

fn run_months(app: &mut App, months: u32) {
    for _ in 0..months {
        app.world_mut().run_schedule(SimSchedule);
    }
}

fn push(app: &mut App, action: EditAction) {
    app.world_mut()
        .resource_mut::<PendingEdits>()
        .0
        .push(action);
    app.update();
}

/// A folder of its own for a test's files.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("parksim-editing-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn an_edit_restarts_the_run_and_catches_up_and_undo_restores_it() {
    let mut app = app();
    for _ in 0..24 {
        app.world_mut().run_schedule(crate::sim::SimSchedule);
    }
    let before = app.world().resource::<Metrics>().0.clone();
    app.world_mut()
        .resource_mut::<PendingEdits>()
        .0
        .push(EditAction::Apply(Edit::SplitPlot {
            id: "S000004".into(),
            across: false,
        }));
    app.update();
    assert_eq!(app.world().resource::<ScenarioRes>().plots.len(), 7);
    assert_eq!(
        app.world().resource::<SimClock>().elapsed_months,
        0,
        "the run restarted"
    );
    assert_eq!(
        app.world().resource::<TimeControls>().pending_months,
        24,
        "and catches up"
    );

    app.world_mut()
        .resource_mut::<PendingEdits>()
        .0
        .push(EditAction::Undo);
    app.update();
    assert_eq!(app.world().resource::<ScenarioRes>().plots.len(), 6);
    for _ in 0..24 {
        app.world_mut().run_schedule(crate::sim::SimSchedule);
    }
    assert_eq!(
        app.world().resource::<Metrics>().0,
        before,
        "undo gives back the same run"
    );

    // An impossible edit leaves the run alone and says why.
    app.world_mut()
        .resource_mut::<PendingEdits>()
        .0
        .push(EditAction::Apply(Edit::MovePlot {
            id: "S000005".into(),
            dx_m: -60.0,
            dy_m: 0.0,
        }));
    app.update();
    assert_eq!(app.world().resource::<SimClock>().elapsed_months, 24);
    let message = app
        .world()
        .resource::<PlannerState>()
        .message
        .clone()
        .expect("a message says why");
    assert_eq!(message.kind, crate::gui::MessageKind::Refused);
    assert!(message.text.contains("overlaps"), "{message:?}");
}

#[test]
fn closing_with_unsaved_edits_asks_and_closing_when_saved_quits() {
    let mut app = app();
    let window = app.world_mut().spawn_empty().id();
    app.world_mut()
        .resource_mut::<PendingEdits>()
        .0
        .push(EditAction::Apply(Edit::SetSeed { seed: 6 }));
    app.update();
    app.world_mut()
        .write_message(bevy::window::WindowCloseRequested { window });
    app.update();
    assert!(
        app.world().resource::<PlannerState>().confirm_quit,
        "asks first"
    );
    assert!(app.should_exit().is_none());

    let mut app = self::app();
    let window = app.world_mut().spawn_empty().id();
    app.world_mut()
        .write_message(bevy::window::WindowCloseRequested { window });
    app.update();
    assert_eq!(app.should_exit(), Some(AppExit::Success));
}

#[test]
fn a_selected_plot_stays_selected_when_an_edit_deletes_the_plot_before_it() {
    let mut app = app();
    let scenario = app.world().resource::<ScenarioRes>().0.clone();
    app.world_mut().resource_mut::<PlannerState>().selection = Selection::plot(&scenario, 3);
    push(
        &mut app,
        EditAction::Apply(Edit::DeletePlot {
            id: "S000001".into(),
        }),
    );
    let scenario = app.world().resource::<ScenarioRes>().0.clone();
    let state = app.world().resource::<PlannerState>();
    let j = state.selected_plot(&scenario).expect("still selected");
    assert_eq!(
        scenario.plots[j].id, "S000004",
        "the selection landed on another plot"
    );

    // Deleting the selected plot itself leaves nothing selected.
    push(
        &mut app,
        EditAction::Apply(Edit::DeletePlot {
            id: "S000004".into(),
        }),
    );
    assert_eq!(app.world().resource::<PlannerState>().selection, None);
}

#[test]
fn a_selected_source_is_kept_by_its_utility_and_id() {
    let mut app = app();
    let scenario = app.world().resource::<ScenarioRes>().0.clone();
    app.world_mut().resource_mut::<PlannerState>().selection = Selection::source(&scenario, 2, 1);
    push(
        &mut app,
        EditAction::Apply(Edit::AddSource {
            utility: "power".into(),
            id: "power-3".into(),
            name: "Power source 3".into(),
            capacity: 5.0,
            in_service: None,
            location_m: None,
        }),
    );
    let scenario = app.world().resource::<ScenarioRes>().0.clone();
    let (u, s) = app
        .world()
        .resource::<PlannerState>()
        .selected_source(&scenario)
        .expect("still selected");
    assert_eq!(scenario.utilities[u].sources[s].id, "water-2");
}

/// The N-1 table of the month shown, for the model's state now, and what it is for.
fn n1_now(app: &mut App) -> N1Table {
    let world = app.world_mut();
    let scenario = world.resource::<ScenarioRes>().0.clone();
    let mut loads = vec![UtilityLoad::default(); scenario.utilities.len()];
    for (u, load) in world.query::<(&ParkUtility, &UtilityLoad)>().iter(world) {
        loads[u.index] = *load;
    }
    let clock = *world.resource::<SimClock>();
    let key = TableKey {
        generation: world.resource::<SceneGeneration>().0,
        elapsed_months: clock.elapsed_months,
    };
    let networks = world.resource::<NetworkStates>();
    N1Table::compute(
        key,
        &scenario,
        networks,
        &loads,
        clock.current().plus_months(-1),
    )
}

fn power_1_capacity(table: &N1Table) -> f64 {
    table
        .rows
        .iter()
        .find(|(_, c)| c.id == "power-1")
        .map(|(_, c)| c.capacity)
        .expect("power-1 is in the table")
}

#[test]
fn the_n1_table_of_a_month_is_not_shown_for_the_edited_scene() {
    let mut app = app();
    run_months(&mut app, 24);
    let table = n1_now(&mut app);
    assert_eq!(power_1_capacity(&table), 5.41);
    app.world_mut().resource_mut::<PlannerState>().n1 = Some(table.clone());
    assert!(N1Table::current(&app.world().resource::<PlannerState>().n1, table.key).is_some());

    // The bottleneck grows; the run restarts on the new scene and catches up to the same
    // month.
    push(
        &mut app,
        EditAction::Apply(Edit::SetSourceCapacity {
            source: "power-1".into(),
            capacity: 9.0,
        }),
    );
    let due = app.world().resource::<TimeControls>().pending_months;
    run_months(&mut app, due);
    let fresh = n1_now(&mut app);
    assert_eq!(
        fresh.key.elapsed_months, table.key.elapsed_months,
        "same month"
    );
    assert_eq!(power_1_capacity(&fresh), 9.0);
    let state = app.world().resource::<PlannerState>();
    if let Some(shown) = N1Table::current(&state.n1, fresh.key) {
        assert_eq!(
            power_1_capacity(shown),
            9.0,
            "the table of the scene before the edit is shown as current"
        );
    }
}

#[test]
fn a_scene_with_comments_is_saved_beside_it_and_overwriting_it_asks_first() {
    let dir = scratch("comments");
    let original = dir.join("park.ron");
    let text = std::fs::read_to_string(small_park_path()).unwrap();
    std::fs::write(&original, &text).unwrap();
    let comment_lines = text.lines().filter(|l| l.contains("//")).count();
    assert!(comment_lines > 0, "the fixture has comments");

    let mut app = app_for(&original);
    let edited = dir.join("park-edited.ron");
    {
        let editing = app.world().resource::<Editing>();
        assert_eq!(
            PathBuf::from(&editing.save_path),
            edited,
            "a new name by default"
        );
        let note = editing.save_note.clone().expect("and says why");
        assert!(note.contains("park-edited.ron"), "{note}");
        assert!(
            note.contains(&tr!("save-loss-comments", comments = comment_lines)),
            "{note}"
        );
    }
    push(&mut app, EditAction::Apply(Edit::SetSeed { seed: 9 }));
    push(&mut app, EditAction::Save);
    assert!(edited.exists(), "saved beside the original");
    assert_eq!(
        std::fs::read_to_string(&original).unwrap(),
        text,
        "untouched"
    );
    assert_eq!(app.world().resource::<Editing>().save_note, None);

    // Saving over the original holds back and asks, naming what would be lost.
    app.world_mut().resource_mut::<Editing>().save_path = original.display().to_string();
    push(&mut app, EditAction::Apply(Edit::SetSeed { seed: 10 }));
    push(&mut app, EditAction::Save);
    let question = app
        .world()
        .resource::<Editing>()
        .overwrite
        .clone()
        .expect("asks before overwriting");
    assert_eq!(question.path, original);
    assert_eq!(question.loss.comment_lines, comment_lines);
    assert!(!question.other_file, "it is the scene's own file");
    assert_eq!(question.instead, edited, "the copy saved before");
    assert_eq!(
        std::fs::read_to_string(&original).unwrap(),
        text,
        "nothing written"
    );
    assert!(app.world().resource::<Editing>().session.unsaved());

    // The planner's answer overwrites it; from then on it is the planner's own file.
    push(&mut app, EditAction::Overwrite(original.clone()));
    let written = std::fs::read_to_string(&original).unwrap();
    assert!(!written.contains("//"), "the comments are gone, as asked");
    assert!(rewrite_loss(&written).is_nothing());
    assert_eq!(app.world().resource::<Editing>().overwrite, None);
    push(&mut app, EditAction::Apply(Edit::SetSeed { seed: 11 }));
    push(&mut app, EditAction::Save);
    assert_eq!(
        app.world().resource::<Editing>().overwrite,
        None,
        "no question"
    );
    let reopened = crate::scenario::load(&original).unwrap();
    assert_eq!(reopened.simulation.seed, 11);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn saving_over_another_scene_asks_even_when_it_has_no_comments() {
    let dir = scratch("other");
    let other = dir.join("other.ron");
    let scenario = crate::scenario::load(&small_park_path()).unwrap();
    let other_text = crate::scenario::to_ron(&scenario.raw).unwrap();
    std::fs::write(&other, &other_text).unwrap();
    let mut app = app();
    app.world_mut().resource_mut::<Editing>().save_path = other.display().to_string();
    push(&mut app, EditAction::Save);
    let question = app
        .world()
        .resource::<Editing>()
        .overwrite
        .clone()
        .expect("asks before replacing another file");
    assert!(question.other_file);
    assert!(question.loss.is_nothing());
    assert_eq!(question.instead, dir.join("other-edited.ron"));
    assert_eq!(std::fs::read_to_string(&other).unwrap(), other_text);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn save_and_quit_quits_once_saved() {
    let dir = scratch("quit");
    let mut app = app();
    push(&mut app, EditAction::Apply(Edit::SetSeed { seed: 3 }));
    {
        let mut editing = app.world_mut().resource_mut::<Editing>();
        editing.save_path = dir.join("new.ron").display().to_string();
        editing.quit_after_save = true;
    }
    push(&mut app, EditAction::Save);
    assert!(dir.join("new.ron").exists());
    assert_eq!(app.should_exit(), Some(AppExit::Success));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn sumgayit_saved_from_the_planner_runs_month_by_month_as_before() {
    let dir = scratch("sumgayit");
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenes/sumgayit.ron");
    let mut app = app_for(&path);
    // By default the save goes beside the scene, never over its comments.
    let default = PathBuf::from(&app.world().resource::<Editing>().save_path);
    assert_eq!(default.file_name().unwrap(), "sumgayit-edited.ron");
    let saved = dir.join("sumgayit-edited.ron");
    app.world_mut().resource_mut::<Editing>().save_path = saved.display().to_string();
    push(&mut app, EditAction::Save);
    assert!(
        saved.exists(),
        "{:?}",
        app.world().resource::<PlannerState>().message
    );

    let before = Arc::new(crate::scenario::load(&path).unwrap());
    let after = Arc::new(crate::scenario::load(&saved).unwrap());
    assert_eq!(
        crate::scenario::to_ron(&after.raw).unwrap(),
        crate::scenario::to_ron(&before.raw).unwrap(),
        "the saved scene reads back the same"
    );
    let months = before.simulation.months;
    let mut a = Simulation::new(before.clone(), before.simulation.seed);
    let mut b = Simulation::new(after.clone(), after.simulation.seed);
    a.run(months, |_| {});
    b.run(months, |_| {});
    assert_eq!(a.records().len(), months as usize);
    for (x, y) in a.records().iter().zip(b.records()) {
        assert_eq!(x, y, "the runs part in {}", x.date);
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_time_bar_goes_back_by_running_again_to_the_same_state() {
    let mut app = app();
    app.add_plugins(crate::gui::time::plugin);
    let start = app.world().resource::<SimClock>().start;
    let show = |app: &mut App, months: i32| {
        let clock = *app.world().resource::<SimClock>();
        app.world_mut()
            .resource_mut::<TimeControls>()
            .show_month(&clock, start.plus_months(months - 1))
            .unwrap();
        // The catch-up is spread over frames within a time budget.
        for _ in 0..1000 {
            app.update();
            if app.world().resource::<SimClock>().elapsed_months == months as u32
                && app.world().resource::<TimeControls>().pending_months == 0
            {
                break;
            }
        }
        assert_eq!(
            app.world().resource::<SimClock>().elapsed_months,
            months as u32
        );
        crate::sim::fingerprint::state_hash(app.world_mut())
    };
    let forward_30 = show(&mut app, 30);
    let back_12 = show(&mut app, 12);
    let forward_again = show(&mut app, 30);
    assert_eq!(
        forward_30, forward_again,
        "month 30 is the same whichever way"
    );

    // Month 12 reached backwards is month 12 of a fresh run, every number alike.
    let scenario = app.world().resource::<ScenarioRes>().0.clone();
    let mut fresh = Simulation::new(scenario.clone(), scenario.simulation.seed);
    fresh.run(12, |_| {});
    assert_eq!(back_12, fresh.state_hash());

    // Outside the run: said, and nothing changes.
    let clock = *app.world().resource::<SimClock>();
    let mut controls = app.world().resource::<TimeControls>().clone();
    let before = controls
        .show_month(&clock, start.plus_months(-1))
        .unwrap_err();
    assert!(
        before.contains(&crate::report::shown::month(start)),
        "{before}"
    );
    controls.end = start.plus_months(40);
    let after = controls
        .show_month(&clock, start.plus_months(41))
        .unwrap_err();
    assert!(
        after.contains(&crate::report::shown::month(start.plus_months(40))),
        "{after}"
    );
    assert_eq!(controls.rewind_to, None);
    assert_eq!(controls.pending_months, 0);
}

#[test]
fn a_refused_boundary_keeps_its_corners_to_be_mended_and_a_taken_one_clears_them() {
    let mut app = app();
    // Three corners that leave every plot outside: refused, and the drawing stays.
    let tiny = vec![(0.0, 0.0), (10.0, 0.0), (0.0, 10.0)];
    app.world_mut()
        .resource_mut::<PlannerState>()
        .draft
        .corners_m = tiny.clone();
    push(
        &mut app,
        EditAction::Apply(Edit::SetBoundary {
            points_m: tiny.clone(),
        }),
    );
    let state = app.world().resource::<PlannerState>();
    assert_eq!(
        state.message.as_ref().map(|m| m.kind),
        Some(crate::gui::MessageKind::Refused)
    );
    assert_eq!(state.draft.corners_m, tiny, "the corners drawn are kept");

    // A site around the whole park is taken, and the drawing is done with.
    let scenario = app.world().resource::<ScenarioRes>().0.clone();
    let (x0, y0, x1, y1) = crate::scenario::geometry::bounds(&scenario.park.boundary_m);
    let around = vec![
        (x0 - 10.0, y0 - 10.0),
        (x1 + 10.0, y0 - 10.0),
        (x1 + 10.0, y1 + 10.0),
        (x0 - 10.0, y1 + 10.0),
    ];
    app.world_mut()
        .resource_mut::<PlannerState>()
        .draft
        .corners_m = around.clone();
    push(
        &mut app,
        EditAction::Apply(Edit::SetBoundary { points_m: around }),
    );
    let state = app.world().resource::<PlannerState>();
    assert_eq!(state.message, None, "{:?}", state.message);
    assert!(state.draft.corners_m.is_empty());
}
