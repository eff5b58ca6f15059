//! Tours played and recorded on a headless planner (no window, no egui).
use std::path::Path;
use std::time::Duration;

use bevy::time::TimeUpdateStrategy;

use super::*;
use crate::sim::SimPlugin;

/// The planner's state, as a tour step sets it and as it is recorded.
#[derive(Clone, Debug, PartialEq)]
struct Visited {
    month: YearMonth,
    layer: MapLayer,
    network_utility: Option<usize>,
    selection: Option<Selection>,
    chart: Chart,
    /// The park rectangle on the map, metres, rounded to 10 cm.
    area: [i64; 4],
}

fn visited(app: &App) -> Visited {
    let world = app.world();
    let state = world.resource::<PlannerState>();
    let Framing::Area(x0, y0, x1, y1) =
        visible_area(world.resource::<MapView>(), state.map_rect.unwrap())
    else {
        unreachable!()
    };
    let presentation = world.resource::<Presentation>();
    Visited {
        month: shown_month(world.resource::<SimClock>()),
        layer: state.layer,
        network_utility: state.network_utility,
        selection: state.selection.clone(),
        chart: if presentation.on {
            presentation.chart
        } else {
            state.chart
        },
        area: [x0, y0, x1, y1].map(|v| (v * 10.0).round() as i64),
    }
}

/// The planner's input, clock and tour systems on a scene, without window or egui; each
/// update is a tenth of a second.
fn planner(scenario: Arc<Scenario>) -> App {
    let mut app = App::new();
    app.add_plugins(MinimalPlugins)
        .insert_resource(TimeUpdateStrategy::ManualDuration(Duration::from_millis(
            100,
        )))
        .add_plugins(SimPlugin {
            seed: scenario.simulation.seed,
            scenario: scenario.clone(),
        })
        .init_resource::<ButtonInput<KeyCode>>()
        .insert_resource(PlannerState {
            map_rect: Some((Vec2::new(0.0, 40.0), Vec2::new(900.0, 620.0))),
            ..default()
        })
        .init_resource::<MapView>()
        .insert_resource(TimeControls {
            end: scenario
                .simulation
                .start
                .plus_months(scenario.simulation.months as i32 - 1),
            ..default()
        })
        .init_resource::<Presentation>()
        .init_resource::<TextScale>()
        .init_resource::<ManyRuns>()
        .init_resource::<SceneGeneration>()
        .init_resource::<PendingEdits>()
        .insert_resource(Editing::new(&scenario))
        .add_plugins((super::super::time::plugin, plugin))
        .add_plugins(super::super::order_the_steps)
        // The planner's own keys, which a tour's must not leave to act as well.
        .add_systems(
            Update,
            super::super::input::shortcuts.in_set(PlannerSystems::Input),
        );
    app
}

/// Updates until the month asked for is shown and a tour's step, if one plays, is whole.
fn settle(app: &mut App) {
    for _ in 0..400 {
        app.update();
        let world = app.world();
        let controls = world.resource::<TimeControls>();
        let clock = world.resource::<SimClock>();
        let caught_up = controls.pending_months == 0 && controls.rewind_to.is_none();
        let whole = world
            .get_resource::<TourPlayer>()
            .is_none_or(|p| p.settled(controls, clock));
        if caught_up && whole {
            return;
        }
    }
    panic!("the planner did not settle");
}

fn show(app: &mut App, month: YearMonth) {
    let clock = *app.world().resource::<SimClock>();
    app.world_mut()
        .resource_mut::<TimeControls>()
        .show_month(&clock, month)
        .unwrap();
    settle(app);
}

#[test]
fn a_tour_recorded_in_the_planner_plays_back_the_views_it_recorded() {
    let scenario = Arc::new(crate::scenario::load(Path::new("scenes/sumgayit.ron")).unwrap());
    let mut app = planner(scenario.clone());
    app.world_mut().resource_mut::<TourMenu>().start_recording = true;
    app.update();

    // Three views: forward in time, then back before the first.
    let views: [(
        YearMonth,
        MapLayer,
        Option<usize>,
        Option<Selection>,
        Chart,
        Vec2,
        f32,
    ); 3] = [
        (
            YearMonth::new(2016, 3),
            MapLayer::Phase,
            Some(1),
            Some(Selection::Plot("P03".into())),
            Chart::Jobs,
            Vec2::new(900.0, 700.0),
            2.5,
        ),
        (
            YearMonth::new(2019, 6),
            MapLayer::UtilityLoading,
            None,
            Some(Selection::Source {
                utility: "power".into(),
                source: "ss_1".into(),
            }),
            Chart::Incentives,
            Vec2::new(300.0, -200.0),
            0.8,
        ),
        (
            YearMonth::new(2013, 1),
            MapLayer::Status,
            Some(0),
            None,
            Chart::Fiscal,
            Vec2::new(1500.0, 1000.0),
            4.0,
        ),
    ];
    let mut recorded = Vec::new();
    for (month, layer, networks, selection, chart, centre_m, metres_per_px) in views {
        show(&mut app, month);
        {
            let world = app.world_mut();
            let mut state = world.resource_mut::<PlannerState>();
            state.layer = layer;
            state.network_utility = networks;
            state.selection = selection;
            state.chart = chart;
            let mut view = world.resource_mut::<MapView>();
            view.centre_m = centre_m;
            view.metres_per_px = metres_per_px;
        }
        recorded.push(visited(&app));
        app.world_mut().resource_mut::<TourMenu>().add_view = true;
        app.update();
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("recorded.ron");
    {
        let mut menu = app.world_mut().resource_mut::<TourMenu>();
        menu.recording.as_mut().unwrap().path = file.display().to_string();
        menu.save_recording = true;
    }
    app.update();
    let message = app.world().resource::<PlannerState>().message.clone();
    assert_eq!(
        message.map(|m| m.kind),
        Some(super::super::MessageKind::Done)
    );

    // The file is a valid tour of the same scene (told from a scene by its first word,
    // as `parksim validate` tells it), and plays back each view.
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(crate::tour::is_tour(&text), "{text}");
    let tour = crate::tour::load(&file).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(tour.steps.len(), 3);
    app.insert_resource(TourPlayer::new(Arc::new(tour)));
    let mut played = Vec::new();
    for k in [0, 1, 2, 1, 0] {
        app.world_mut().resource_mut::<TourPlayer>().at = k;
        // A camera move eases for EASE_SECONDS; settle waits for it.
        settle(&mut app);
        assert!(app.world().resource::<Presentation>().on);
        played.push(visited(&app));
        assert_eq!(played.last(), Some(&recorded[k]), "step {k}");
    }
    // The check can fail: the views differ from one another.
    assert_ne!(played[0], played[1]);
    assert_ne!(played[1], played[2]);

    // Esc leaves the tour and keeps the view shown.
    let before = visited(&app);
    app.world_mut()
        .resource_mut::<ButtonInput<KeyCode>>()
        .press(KeyCode::Escape);
    app.update();
    assert!(app.world().get_resource::<TourPlayer>().is_none());
    assert!(!app.world().resource::<Presentation>().on);
    let after = visited(&app);
    assert_eq!(
        (after.month, after.layer, after.area),
        (before.month, before.layer, before.area)
    );
}

#[test]
fn the_clicker_steps_a_tour_and_its_keys_do_nothing_else() {
    let tour = crate::tour::load(Path::new("tours/sumgayit_2011_2025.ron")).unwrap();
    let mut app = planner(Arc::new(tour.scene.clone()));
    // A baseline pinned before the tour, which pins none: the tour shows it no more.
    let pinned = Baseline::pin(Arc::new(tour.scene.clone()), None, 10);
    app.world_mut().resource_mut::<ManyRuns>().baseline = Some(pinned);
    app.insert_resource(TourPlayer::new(Arc::new(tour)));
    settle(&mut app);
    assert!(app.world().resource::<ManyRuns>().baseline.is_none());
    let press = |app: &mut App, key: KeyCode| {
        app.world_mut()
            .resource_mut::<ButtonInput<KeyCode>>()
            .press(key);
        app.update();
        let mut keys = app.world_mut().resource_mut::<ButtonInput<KeyCode>>();
        keys.release(key);
        keys.clear();
    };
    let at = |app: &App| app.world().resource::<TourPlayer>().at;
    press(&mut app, KeyCode::PageDown);
    press(&mut app, KeyCode::ArrowRight);
    assert_eq!(at(&app), 2);
    press(&mut app, KeyCode::PageUp);
    assert_eq!(at(&app), 1);
    settle(&mut app);
    // Step 2 shows December 2017 and the phase layer; → did not also step a month.
    let v = visited(&app);
    assert_eq!(v.month, YearMonth::new(2017, 12));
    assert_eq!(v.layer, MapLayer::Phase);
    press(&mut app, KeyCode::ArrowLeft);
    press(&mut app, KeyCode::ArrowLeft);
    assert_eq!(at(&app), 0, "the first step is the first");
    // Space would play the months away from the step's: not during a tour.
    press(&mut app, KeyCode::Space);
    assert!(!app.world().resource::<TimeControls>().playing);
    // F5, a clicker's slideshow button, leaves the tour as Esc does.
    press(&mut app, KeyCode::F5);
    assert!(app.world().get_resource::<TourPlayer>().is_none());
}
