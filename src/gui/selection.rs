//! What the planner has selected on the map, kept by the ids written in the scene (a
//! plot's id; a source's utility id and source id), never by position: an edit that adds,
//! deletes or reorders plots moves positions, and a selection kept by position would land
//! on another plot. After an edit the selection names the same plot or source, or nothing
//! when it is gone.

use crate::scenario::Scenario;

/// A selected plot or utility source, by the ids in the scene.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Selection {
    /// A plot, by its id.
    Plot(String),
    /// A utility source, by its utility's id and its own.
    Source { utility: String, source: String },
    /// A zone, by its id.
    Zone(String),
}

impl Selection {
    /// The plot at `plot` (its position in the scene), if there is one.
    pub fn plot(scenario: &Scenario, plot: usize) -> Option<Self> {
        scenario
            .plots
            .get(plot)
            .map(|p| Selection::Plot(p.id.clone()))
    }

    /// Source `source` of utility `utility` (positions in the scene), if there is one.
    pub fn source(scenario: &Scenario, utility: usize, source: usize) -> Option<Self> {
        let u = scenario.utilities.get(utility)?;
        let s = u.sources.get(source)?;
        Some(Selection::Source {
            utility: u.id.clone(),
            source: s.id.clone(),
        })
    }

    /// Zone `zone` (its position in the scene), if there is one.
    pub fn zone(scenario: &Scenario, zone: usize) -> Option<Self> {
        scenario
            .zones
            .get(zone)
            .map(|z| Selection::Zone(z.id.clone()))
    }

    /// Where the selected plot is in `scenario` now, if a plot is selected and still there.
    pub fn plot_index(&self, scenario: &Scenario) -> Option<usize> {
        match self {
            Selection::Plot(id) => scenario.plots.iter().position(|p| p.id == *id),
            _ => None,
        }
    }

    /// Where the selected zone is in `scenario` now, if a zone is selected and still there.
    pub fn zone_index(&self, scenario: &Scenario) -> Option<usize> {
        match self {
            Selection::Zone(id) => scenario.zones.iter().position(|z| z.id == *id),
            _ => None,
        }
    }

    /// Where the selected source is in `scenario` now, as (utility, source) positions, if a
    /// source is selected and still there.
    pub fn source_index(&self, scenario: &Scenario) -> Option<(usize, usize)> {
        let Selection::Source { utility, source } = self else {
            return None;
        };
        let u = scenario.utilities.iter().position(|x| x.id == *utility)?;
        let s = scenario.utilities[u]
            .sources
            .iter()
            .position(|x| x.id == *source)?;
        Some((u, s))
    }

    /// Whether the selected plot or source is in `scenario`.
    pub fn exists_in(&self, scenario: &Scenario) -> bool {
        self.plot_index(scenario).is_some()
            || self.source_index(scenario).is_some()
            || self.zone_index(scenario).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::edit::{Edit, EditSession};

    fn small_park() -> Scenario {
        crate::scenario::small_park_for_tests()
    }

    #[test]
    fn a_selection_follows_its_plot_and_source_by_id() {
        let park = small_park();
        let plot = Selection::plot(&park, 3).unwrap();
        assert_eq!(plot, Selection::Plot("S000004".into()));
        let source = Selection::source(&park, 1, 0).unwrap();
        assert_eq!(source.source_index(&park), Some((1, 0)));
        assert_eq!(plot.source_index(&park), None);
        assert_eq!(Selection::plot(&park, 99), None);

        // Deleting the first plot moves every other one up a place.
        let mut session = EditSession::new(park.raw.clone());
        session
            .apply(&Edit::DeletePlot {
                id: "S000001".into(),
            })
            .unwrap();
        let edited = session.scenario(&park.file).unwrap();
        assert_eq!(plot.plot_index(&edited), Some(2));
        assert_eq!(edited.plots[2].id, "S000004");

        session
            .apply(&Edit::DeletePlot {
                id: "S000004".into(),
            })
            .unwrap();
        let edited = session.scenario(&park.file).unwrap();
        assert!(
            !plot.exists_in(&edited),
            "a deleted plot is no longer selected"
        );
        assert!(source.exists_in(&edited));
    }
}
