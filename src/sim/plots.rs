//! Plots of land as entities: where each lies, and who holds it.

use bevy::prelude::*;

use super::firms::FirmId;

/// A plot; `index` points into [`Scenario::plots`](crate::scenario::Scenario::plots),
/// whose order (the file's) is the plot's stable id order.
#[derive(Component, Clone, Copy, Debug)]
pub struct ParkPlot {
    pub index: usize,
}

/// What is happening on a plot.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlotStatus {
    /// Open to any prospect.
    Free,
    /// Held for a named resident that has not registered yet.
    Reserved,
    /// A resident is building.
    UnderConstruction,
    /// A resident registered and holds the plot but does not build (a dormant subject, as
    /// many in Tajikistan's zones).
    Dormant,
    /// A resident is producing (ramping up or at full output).
    Operating,
}

/// The plot's tenant, if any.
#[derive(Component, Clone, Copy, Debug)]
pub struct PlotTenancy {
    pub status: PlotStatus,
    pub firm: Option<FirmId>,
}

/// Plot entities in plot-index order.
#[derive(Resource, Default, Debug)]
pub struct PlotEntities(pub Vec<Entity>);
