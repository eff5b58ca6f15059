//! The *Tours* menu, and recording a tour from the planner: *Add this view as a step*
//! keeps what the planner shows as a step of a tour being written, saved as a tour file.

use super::*;

/// What the *Tours* menu asked for, handled in the next frame's input step.
#[derive(Resource, Default)]
pub struct TourMenu {
    /// Play this tour (a built-in one's path, or a file).
    pub play: Option<PathBuf>,
    /// The tour being recorded, if any.
    pub recording: Option<Recording>,
    /// Start recording a new tour.
    pub start_recording: bool,
    /// Add the view shown as a step of the tour being recorded.
    pub add_view: bool,
    /// Save the tour being recorded.
    pub save_recording: bool,
}

/// A tour being recorded from the planner.
#[derive(Clone, Debug)]
pub struct Recording {
    pub tour: RawTour,
    /// The title of the next step, as typed.
    pub title: String,
    /// The file to save to, as typed.
    pub path: String,
}

impl Recording {
    /// A new tour of the scene open in the planner: its file, and the regime preset put
    /// on it when it runs under one its file does not have (a tour of another regime).
    pub fn new(scenario: &Scenario) -> Self {
        let file = if crate::scenario::built_in::is_used_for(&scenario.file) {
            scenario.file.clone()
        } else {
            std::path::absolute(&scenario.file).unwrap_or_else(|_| scenario.file.clone())
        };
        let names = |s: &Scenario| s.regimes.iter().map(|r| r.name.clone()).collect::<Vec<_>>();
        let preset = match (
            scenario.regimes.as_slice(),
            crate::scenario::load(&scenario.file),
        ) {
            ([regime], Ok(on_disk)) if names(&on_disk) != names(scenario) => regime.preset.clone(),
            _ => None,
        };
        let scene = match preset {
            Some(id) => format!("{}:{id}", file.display()),
            None => file.display().to_string(),
        };
        Self {
            tour: RawTour {
                name: tr!("tour-recorded-name", park = scenario.park.name.clone()),
                names: Default::default(),
                scene,
                steps: Vec::new(),
            },
            title: String::new(),
            path: "my_tour.ron".into(),
        }
    }
}

/// The step that shows what the planner shows now: the month, the map's visible area,
/// the layer, the networks, the selection and the tab, with `title` as its caption.
pub fn step_of_view(
    id: String,
    title: String,
    clock: &SimClock,
    state: &PlannerState,
    view: &MapView,
    scenario: &Scenario,
    chart: Chart,
) -> RawStep {
    let select = match &state.selection {
        Some(Selection::Plot(id)) => Some(Framing::Plot(id.clone())),
        Some(Selection::Source { source, .. }) => Some(Framing::Source(source.clone())),
        _ => None,
    };
    let networks = match state.network_utility {
        Some(u) => scenario.utilities.get(u).map(|u| u.id.clone()),
        None => Some(NETWORKS_ALL.to_owned()),
    };
    RawStep {
        id,
        month: Some(shown_month(clock).to_string()),
        camera: state.map_rect.map(|r| visible_area(view, r)),
        layer: Some(state.layer.arg_name()),
        networks,
        select,
        tab: Some(chart.slug().to_owned()),
        baseline: None,
        caption: [(
            "en".to_owned(),
            Caption {
                title,
                text: String::new(),
            },
        )]
        .into(),
        advance: Advance::Wait,
    }
}

/// The menu's requests: play a tour (its scene opened first), record, save.
pub(super) fn menu_requests(
    mut commands: Commands,
    mut menu: ResMut<TourMenu>,
    mut state: ResMut<PlannerState>,
    mut pending: ResMut<PendingEdits>,
    scenario: Res<ScenarioRes>,
    generation: Res<SceneGeneration>,
    editing: Res<Editing>,
    clock: Res<SimClock>,
    view: Res<MapView>,
    presentation: Res<Presentation>,
) {
    if let Some(path) = menu.play.take() {
        if editing.session.unsaved() {
            state.message = Some(Message::refused(tr!("scene-save-first")));
        } else {
            match crate::tour::load(&path) {
                Ok(tour) => {
                    pending.0.push(EditAction::OpenScene(SceneRead(Arc::new(
                        tour.scene.clone(),
                    ))));
                    let mut player = TourPlayer::new(Arc::new(tour));
                    player.wait_for_generation = Some(generation.0 + 1);
                    commands.insert_resource(player);
                }
                Err(errors) => state.message = Some(Message::refused(errors.to_string())),
            }
        }
    }
    if std::mem::take(&mut menu.start_recording) {
        // A tour names a scene file: edits not saved would not be in it.
        if editing.session.unsaved() {
            state.message = Some(Message::refused(tr!("scene-save-first")));
        } else {
            menu.recording = Some(Recording::new(&scenario));
        }
    }
    if std::mem::take(&mut menu.add_view)
        && let Some(recording) = menu.recording.as_mut()
    {
        let n = recording.tour.steps.len() + 1;
        let title = match recording.title.trim() {
            "" => tr!("tour-recorded-step", n = n),
            typed => typed.to_owned(),
        };
        let chart = if presentation.on {
            presentation.chart
        } else {
            state.chart
        };
        let step = step_of_view(
            format!("step_{n}"),
            title,
            &clock,
            &state,
            &view,
            &scenario,
            chart,
        );
        recording.tour.steps.push(step);
        recording.title.clear();
    }
    if std::mem::take(&mut menu.save_recording)
        && let Some(recording) = menu.recording.as_ref()
    {
        let path = PathBuf::from(recording.path.trim());
        state.message = Some(match recording.tour.save(&path) {
            Ok(()) => Message::done(tr!(
                "tour-saved",
                path = path.display().to_string(),
                steps = recording.tour.steps.len()
            )),
            Err(e) => Message::refused(tr!("tour-not-saved", reason = e)),
        });
    }
}

/// The *Tours* menu of the top bar: the tours that come with the program, and recording.
pub fn tours_menu(ui: &mut egui::Ui, menu: &mut TourMenu) {
    ui.menu_button(tr!("tours-menu"), |ui| {
        for (path, text) in crate::tour::BUILT_IN {
            let name = crate::tour::parse_name(text).unwrap_or_else(|| path.to_owned());
            if ui.button(name).on_hover_text(path).clicked() {
                menu.play = Some(PathBuf::from(path));
                ui.close();
            }
        }
        ui.separator();
        if ui.button(tr!("tour-record-new")).clicked() {
            menu.start_recording = true;
            ui.close();
        }
    });
}

/// The window of a tour being recorded: the next step's title, *Add this view as a
/// step*, the steps so far, and where to save.
pub(in crate::gui) fn recording_window(
    mut contexts: EguiContexts,
    mut menu: ResMut<TourMenu>,
    presentation: Res<Presentation>,
) -> Result {
    if menu.recording.is_none() || presentation.on {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?.clone();
    let mut open = true;
    let mut add = false;
    let mut save = false;
    egui::Window::new(tr!("tour-record-title"))
        .open(&mut open)
        .default_pos(egui::pos2(300.0, 120.0))
        .show(&ctx, |ui| {
            let Some(recording) = menu.recording.as_mut() else {
                return;
            };
            ui.label(tr!("tour-record-hint"));
            ui.horizontal(|ui| {
                ui.label(tr!("tour-record-step-title"));
                ui.text_edit_singleline(&mut recording.title);
            });
            add = ui.button(tr!("tour-record-add")).clicked();
            ui.separator();
            for (k, step) in recording.tour.steps.iter().enumerate() {
                let title = step
                    .caption
                    .get("en")
                    .map(|c| c.title.as_str())
                    .unwrap_or_default();
                ui.label(format!(
                    "{}. {} — {}",
                    k + 1,
                    step.month.as_deref().unwrap_or_default(),
                    title
                ));
            }
            ui.separator();
            ui.horizontal(|ui| {
                ui.label(tr!("tour-record-file"));
                ui.text_edit_singleline(&mut recording.path);
                save = ui
                    .add_enabled(
                        !recording.tour.steps.is_empty(),
                        egui::Button::new(tr!("tour-record-save")),
                    )
                    .clicked();
            });
        });
    menu.add_view |= add;
    menu.save_recording |= save;
    if !open {
        menu.recording = None;
    }
    Ok(())
}
