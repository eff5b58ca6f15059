//! Operations of a validated scenario: outages, outside suppliers, couplings between
//! firms and capacity expansions.

use super::*;

/// What an outage stops.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutageTarget {
    /// An asset of the utility at this index.
    Asset { utility: usize, asset: Asset },
    /// A named resident (index into [`Scenario::anchors`]).
    Firm(usize),
    /// An outside supplier (index into [`Scenario::outside_suppliers`]).
    Supplier(usize),
}

/// An outage from the scene, on the run's clock of [`HOURS_PER_MONTH`]-hour months.
#[derive(Clone, Debug)]
pub struct Outage {
    pub target: OutageTarget,
    /// Hours from the start of the run's first month.
    pub start_hour: f64,
    pub hours: f64,
    pub planned: bool,
    pub note: Option<String>,
}

#[derive(Clone, Debug)]
pub struct OutsideSupplier {
    pub id: String,
    pub name: String,
}

/// Who supplies a coupled consumer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Supplier {
    /// A named resident (index into [`Scenario::anchors`]).
    Firm(usize),
    Outside(usize),
}

#[derive(Clone, Debug)]
pub struct Coupling {
    pub supplier: Supplier,
    /// Index into [`Scenario::anchors`].
    pub consumer: usize,
    pub kind: CouplingKind,
    /// Share of the consumer's output that depends on the supplier.
    pub share: f64,
}

/// When an expansion is decided.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Trigger {
    Planned(YearMonth),
    /// Peak loading above `above_pct` for `months` months in a row.
    Loading {
        above_pct: f64,
        months: u32,
    },
}

#[derive(Clone, Debug)]
pub struct Expansion {
    pub id: String,
    pub name: String,
    /// Index into [`Scenario::utilities`].
    pub utility: usize,
    pub asset: Asset,
    pub add_capacity: f64,
    pub capex_usd: f64,
    pub lead_months: u32,
    pub trigger: Trigger,
}
