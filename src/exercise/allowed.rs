//! Which of the planner's controls an exercise leaves a team: those of its levers.

use super::{Exercise, Lever};

/// The planner's map tools, as the levers see them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapTool {
    Inspect,
    MovePlots,
    DrawPlot,
    DrawZoneOrBoundary,
}

/// Which of the planner's controls a team may use: those of the exercise's levers. The
/// others are shown disabled; an edit that reaches the scene anyway (a shortcut, a tool on
/// the map) is refused by [`super::levers::check_plan`]. Outside an exercise, everything.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Allowed {
    /// Not in an exercise.
    pub everything: bool,
    pub levers: Vec<Lever>,
    /// The plots of the starting scene: a team may change only the plots it added.
    pub start_plots: Vec<String>,
}

impl Allowed {
    pub fn everything() -> Self {
        Self {
            everything: true,
            ..Default::default()
        }
    }

    pub fn of(exercise: &Exercise) -> Self {
        Self {
            everything: false,
            levers: exercise.raw.levers.clone(),
            start_plots: exercise.start.plots.iter().map(|p| p.id.clone()).collect(),
        }
    }

    /// Whether a lever of regime `r` says yes to `part`.
    fn regime(&self, r: usize, part: impl Fn(&Lever) -> bool) -> bool {
        self.everything
            || self
                .levers
                .iter()
                .any(|l| matches!(l, Lever::Regime { regime, .. } if *regime == r) && part(l))
    }

    pub fn regime_preset(&self, r: usize) -> bool {
        self.regime(
            r,
            |l| matches!(l, Lever::Regime { presets, .. } if !presets.is_empty()),
        )
    }

    pub fn exemption_years(&self, r: usize) -> bool {
        self.regime(r, |l| {
            matches!(
                l,
                Lever::Regime {
                    exemption_years: Some(_),
                    ..
                }
            )
        })
    }

    pub fn exemption_share(&self, r: usize) -> bool {
        self.regime(r, |l| {
            matches!(
                l,
                Lever::Regime {
                    exemption_share: Some(_),
                    ..
                }
            )
        })
    }

    pub fn rent_discount(&self, r: usize) -> bool {
        self.regime(r, |l| {
            matches!(
                l,
                Lever::Regime {
                    rent_discount: Some(_),
                    ..
                }
            )
        })
    }

    pub fn rent(&self, id: &str) -> bool {
        self.everything
            || self
                .levers
                .iter()
                .any(|l| matches!(l, Lever::Rent { schedule, .. } if schedule == id))
    }

    pub fn new_plots(&self) -> bool {
        self.everything
            || self
                .levers
                .iter()
                .any(|l| matches!(l, Lever::NewPlots { .. }))
    }

    /// Whether the plot `id` may be moved, resized, split, put in another zone or deleted.
    pub fn plot(&self, id: &str) -> bool {
        self.everything || (self.new_plots() && !self.start_plots.iter().any(|p| p == id))
    }

    pub fn phase(&self, id: &str) -> bool {
        self.everything
            || self
                .levers
                .iter()
                .any(|l| matches!(l, Lever::PhaseOpens { phase, .. } if phase == id))
    }

    pub fn expansion(&self, id: &str) -> bool {
        self.everything
            || self
                .levers
                .iter()
                .any(|l| matches!(l, Lever::Expansions { utility, .. } if utility == id))
    }

    /// Whether the map tool is of use: moving and drawing plots with new plots as a
    /// lever, drawing zones and the boundary only outside an exercise.
    pub fn tool(&self, tool: MapTool) -> bool {
        match tool {
            MapTool::Inspect => true,
            MapTool::MovePlots | MapTool::DrawPlot => self.new_plots(),
            MapTool::DrawZoneOrBoundary => self.scene(),
        }
    }

    /// The rest: the scene's files, site, seed, zones, sources, arrivals and firms.
    pub fn scene(&self) -> bool {
        self.everything
    }
}
