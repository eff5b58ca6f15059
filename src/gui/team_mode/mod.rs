//! Team mode (`parksim exercise exercises/FILE.ron --team NAME`): the planner opens on the
//! exercise's scene with its brief beside the map. Every edit is checked against the
//! exercise's levers and bounds before it is kept, and refused with the reason otherwise;
//! expansions are priced as the exercise prices them. After every change of the plan, its
//! score is computed again in the background on the exercise's seeds (the same score the
//! trainer's debrief computes), with its p10–p90 and the thresholds; a bar shows what is
//! left of the budget. *Submit* writes the team's submission; the trainer's events are
//! released from the panel when the trainer says so.

mod panel;

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, Mutex};

use bevy::prelude::*;

use super::editing::{EditAction, Editing, PendingEdits, SceneGeneration};
use super::{Message, PlannerState, PlannerSystems};
use crate::exercise::Exercise;
use crate::exercise::allowed::Allowed;
use crate::exercise::levers::{PlanCost, check_plan};
use crate::exercise::scoring::{Scored, score};
use crate::exercise::submission::{Submission, file_name};
use crate::scenario::edit::Refusal;
use crate::scenario::raw::RawScenario;
use crate::sim::ScenarioRes;
use crate::tr;

pub use crate::exercise::levers::admit;
pub use panel::team_panel;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        (
            release_event.in_set(PlannerSystems::Input),
            (follow_the_plan, submit_when_asked)
                .chain()
                .in_set(PlannerSystems::ModelTick),
        ),
    );
}

/// The planner's controls a team may use (all of them outside an exercise).
pub fn allowed(team: Option<&TeamMode>) -> Allowed {
    team.map_or_else(Allowed::everything, |t| t.allowed.clone())
}

/// What the command line asks for: an exercise for a team.
#[derive(Clone, Debug)]
pub struct TeamOpen {
    pub exercise: Arc<Exercise>,
    pub team: String,
    pub out: Option<PathBuf>,
    /// Events released from the start, by id.
    pub events: Vec<String>,
}

impl TeamOpen {
    /// Team mode as asked.
    pub fn mode(self) -> Result<TeamMode, String> {
        TeamMode::new(self.exercise, self.team, self.out, self.events)
    }
}

/// A score being computed in the background for one generation of the plan.
pub struct ScoreJob {
    generation: u64,
    cancel: Arc<AtomicBool>,
    receiver: Mutex<Receiver<Scored>>,
}

impl ScoreJob {
    /// The score, once computed.
    fn take(&self) -> Option<Scored> {
        self.receiver.lock().ok()?.try_recv().ok()
    }
}

impl Drop for ScoreJob {
    fn drop(&mut self) {
        self.cancel.store(true, Ordering::Relaxed);
    }
}

/// The exercise a team is working on, and where its plan stands.
#[derive(Resource)]
pub struct TeamMode {
    pub exercise: Arc<Exercise>,
    pub team: String,
    /// Where *Submit* writes.
    pub out: PathBuf,
    /// The events released so far, in the exercise's order.
    pub released: Vec<String>,
    /// The exercise's scene with those events: what the plan is checked against.
    pub start: RawScenario,
    /// The score of the plan as it is now, once computed, and the generation it is for.
    pub scored: Option<(u64, Scored)>,
    /// The score being computed.
    pub job: Option<ScoreJob>,
    /// The starting scene's score (with the events released), to compare, once computed.
    pub start_scored: Option<Scored>,
    pub start_job: Option<ScoreJob>,
    /// What the plan spends, or why it is outside the levers.
    pub cost: Result<PlanCost, Refusal>,
    /// Asked by the panel: release this event; write the submission (and quit after).
    pub release_requested: Option<String>,
    pub submit_requested: bool,
    pub quit_after_submit: bool,
    /// The generation of the plan last submitted, and where.
    pub submitted: Option<(u64, PathBuf)>,
    /// The brief is shown whole (else its first lines).
    pub brief_open: bool,
    /// The planner's controls the levers leave the team.
    pub allowed: Allowed,
}

impl TeamMode {
    /// Team mode for `team` on `exercise`, the events named already released.
    pub fn new(
        exercise: Arc<Exercise>,
        team: String,
        out: Option<PathBuf>,
        released: Vec<String>,
    ) -> Result<Self, String> {
        let start = exercise.start_with(&released)?;
        let out = out.unwrap_or_else(|| PathBuf::from("submissions").join(file_name(&team)));
        Ok(Self {
            allowed: Allowed::of(&exercise),
            exercise,
            team,
            out,
            released,
            start,
            scored: None,
            job: None,
            start_scored: None,
            start_job: None,
            cost: Ok(PlanCost::default()),
            release_requested: None,
            submit_requested: false,
            quit_after_submit: false,
            submitted: None,
            brief_open: true,
        })
    }

    /// The score of the plan as it is now, if computed.
    pub fn score_now(&self, generation: u64) -> Option<&Scored> {
        self.scored
            .as_ref()
            .filter(|(g, _)| *g == generation)
            .map(|(_, s)| s)
    }

    /// Whether the plan of `generation` (see [`SceneGeneration`]) is not the one last
    /// submitted.
    pub fn unsubmitted(&self, generation: u64) -> bool {
        self.submitted
            .as_ref()
            .is_none_or(|(g, _)| *g != generation)
    }
}

/// After every change of the plan: its cost checked, its score computed again in the
/// background (a newer change cancels the older computation), and a finished score taken.
fn follow_the_plan(
    team: Option<ResMut<TeamMode>>,
    generation: Res<SceneGeneration>,
    scenario: Res<ScenarioRes>,
    editing: Res<Editing>,
) {
    let Some(mut team) = team else { return };
    let team = &mut *team;
    let wanted = generation.0;
    let have = team.scored.as_ref().map(|(g, _)| *g);
    let computing = team.job.as_ref().map(|j| j.generation);
    if have != Some(wanted) && computing != Some(wanted) {
        team.cost = check_plan(&team.exercise, &team.start, editing.session.scene());
        team.job = spawn_score(team.exercise.clone(), scenario.0.clone(), wanted);
    }
    if team.start_scored.is_none()
        && team.start_job.is_none()
        && let Ok(start) = team.exercise.scenario(&team.start)
    {
        team.start_job = spawn_score(team.exercise.clone(), Arc::new(start), 0);
    }
    let start_done = team.start_job.as_ref().and_then(ScoreJob::take);
    if let Some(done) = start_done {
        team.start_scored = Some(done);
        team.start_job = None;
    }
    let finished = team
        .job
        .as_ref()
        .and_then(|job| Some((job.generation, job.take()?)));
    if let Some(done) = finished {
        team.scored = Some(done);
        team.job = None;
    }
}

/// Scores a plan on a thread of its own (its seeds in parallel), for `generation`.
fn spawn_score(
    exercise: Arc<Exercise>,
    of: Arc<crate::scenario::Scenario>,
    generation: u64,
) -> Option<ScoreJob> {
    let (sender, receiver) = channel();
    let cancel = Arc::new(AtomicBool::new(false));
    let stop = cancel.clone();
    std::thread::Builder::new()
        .name("parksim exercise score".into())
        .spawn(move || {
            if let Some(scored) = score(&exercise, &of, Some(&stop)) {
                let _ = sender.send(scored);
            }
        })
        .ok()
        .map(|_| ScoreJob {
            generation,
            cancel,
            receiver: Mutex::new(receiver),
        })
}

/// Releases the event the panel asked for: the start and the plan both take its changes.
fn release_event(
    team: Option<ResMut<TeamMode>>,
    mut pending: ResMut<PendingEdits>,
    mut state: ResMut<PlannerState>,
) {
    let Some(mut team) = team else { return };
    let Some(id) = team.release_requested.take() else {
        return;
    };
    if team.released.contains(&id) {
        return;
    }
    let Some(event) = team
        .exercise
        .raw
        .events
        .iter()
        .find(|e| e.id == id)
        .cloned()
    else {
        return;
    };
    let mut released: Vec<String> = team
        .exercise
        .raw
        .events
        .iter()
        .map(|e| e.id.clone())
        .filter(|e| *e == id || team.released.contains(e))
        .collect();
    released.dedup();
    match team.exercise.start_with(&released) {
        Ok(start) => {
            team.start = start;
            team.released = released;
            team.start_scored = None;
            team.start_job = None;
            pending.0.push(EditAction::Event {
                title: crate::exercise::shown(&event.title).to_owned(),
                edits: event.changes.clone(),
            });
        }
        Err(why) => state.message = Some(Message::refused(why)),
    }
}

/// Writes the submission the panel asked for, once the plan's score is in.
fn submit_when_asked(
    team: Option<ResMut<TeamMode>>,
    editing: Res<Editing>,
    generation: Res<SceneGeneration>,
    mut state: ResMut<PlannerState>,
    mut exit: MessageWriter<AppExit>,
) {
    let Some(mut team) = team else { return };
    if !team.submit_requested {
        return;
    }
    let Some(scored) = team.score_now(generation.0).cloned() else {
        // Asked before the score is in: it is written as soon as it is.
        return;
    };
    team.submit_requested = false;
    let plan = editing.session.scene();
    let written = Submission::make(&team.exercise, &team.team, &team.released, plan, &scored)
        .and_then(|s| s.save(&team.out));
    match written {
        Ok(()) => {
            team.submitted = Some((generation.0, team.out.clone()));
            state.message = Some(Message::done(tr!(
                "team-submitted",
                path = team.out.display().to_string(),
                score = crate::report::shown::grouped(scored.score.p50, 1)
            )));
            if team.quit_after_submit {
                exit.write(AppExit::Success);
            }
        }
        Err(why) => {
            team.quit_after_submit = false;
            state.message = Some(Message::refused(tr!("team-not-submitted", reason = why)));
        }
    }
}

#[cfg(test)]
mod tests;
