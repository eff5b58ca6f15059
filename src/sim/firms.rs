//! Resident firms: registration on a plot, construction, ramp-up and operation.

use bevy::ecs::system::SystemParam;
use bevy::prelude::*;
use rand::RngExt;

use super::ScenarioRes;
use super::clock::SimClock;
use super::fiscal::FirmLedger;
use super::plots::{PlotEntities, PlotStatus, PlotTenancy};
use super::rng::{SimSeed, Stream, StreamKeys, month_key};
use crate::scenario::YearMonth;

/// A firm's id: its order of registration (1, 2, ...). It orders firms in outputs and
/// sums; random draws use [`Firm::stream_key`] instead, which does not depend on who
/// registered before.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FirmId(pub u32);

impl std::fmt::Display for FirmId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "F{:04}", self.0)
    }
}

/// Where a firm is in its life cycle.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum FirmStage {
    /// Has chosen a plot (held for it) and negotiates; not yet a resident.
    Negotiating,
    /// Registered as a resident and building; no output yet.
    #[default]
    UnderConstruction,
    /// Producing at a share of capacity that grows each month.
    RampUp,
    /// Producing at full capacity (less any utility curtailment).
    Operating,
    /// Left the park after persistent distress; its plot is free again.
    Exited,
}

/// How far beyond its registration a dormant subject's output lies: a thousand years, past
/// the end of any run (runs are at most 12,000 months).
const DORMANT_MONTHS: i32 = 12_000;

/// A resident firm and its fixed facts.
#[derive(Component, Clone, Debug)]
pub struct Firm {
    pub id: FirmId,
    /// Key of the firm's own random streams, from stable ids: a named resident's id, or
    /// a prospect's sector, month of arrival and number (see [`super::rng`]).
    pub stream_key: u64,
    pub name: String,
    /// Index into [`Scenario::archetypes`].
    pub archetype: usize,
    /// Index into [`Scenario::plots`].
    pub plot: usize,
    /// Index into [`Scenario::anchors`] for a named resident.
    pub anchor: Option<usize>,
    pub registered: YearMonth,
    /// First month with output.
    pub first_output: YearMonth,
    /// First month at full output.
    pub full_output: YearMonth,
    /// Investment promised at registration, USD.
    pub investment_usd: f64,
    /// Permanent jobs at full output: promised at registration.
    pub jobs: f64,
    /// Whether it would have come without the incentives (drawn at registration with the
    /// scene's redundancy share).
    pub redundant: bool,
    /// Whether it registered and holds its plot but never builds (the scene's
    /// `dormant_share`): it invests nothing and has no output within any run.
    pub dormant: bool,
}

/// The plot of a resident that has registered and not started producing: a building
/// site, or held by a dormant subject that never builds.
fn site_status(dormant: bool) -> PlotStatus {
    if dormant {
        PlotStatus::Dormant
    } else {
        PlotStatus::UnderConstruction
    }
}

impl Firm {
    /// Months of construction (registration to first output).
    pub fn construction_months(&self) -> i32 {
        self.first_output.months_since(self.registered)
    }
}

/// What a firm does this month.
#[derive(Component, Clone, Debug, Default)]
pub struct FirmActivity {
    pub stage: FirmStage,
    /// Share of full output the firm is able to produce this month (ramp-up), 0–1.
    pub capacity_share: f64,
    /// Share of its utility needs that was delivered, 0–1 (1 = no curtailment): the
    /// smallest share among the utilities it uses.
    pub served_share: f64,
    /// The utility (index into the scene's utilities) whose delivery fell shortest this
    /// month, when one fell short.
    pub short_of: Option<usize>,
    /// Share of the month it runs, 0–1: less its own outages and its suppliers' stops.
    pub running_share: f64,
    /// Investment spent this month, USD.
    pub investment_spent_usd: f64,
    /// Investment spent so far, USD.
    pub investment_cum_usd: f64,
    /// Value of output this month, USD.
    pub output_usd: f64,
    /// Permanent jobs filled this month.
    pub jobs_now: f64,
    /// Its size against the archetype's (1; more after expanding, less after downsizing).
    pub scale: f64,
    /// Months of distress in a row (output share below the scene's line, or a loss).
    pub distress_months: u32,
    /// Months in a row without distress while producing.
    pub calm_months: u32,
    /// Month it left the park, if it did.
    pub exited: Option<YearMonth>,
}

impl FirmActivity {
    /// Whether it is a resident this month: registered, and not gone.
    pub fn is_resident(&self) -> bool {
        !matches!(self.stage, FirmStage::Negotiating | FirmStage::Exited)
    }
}

/// Next firm id to hand out.
#[derive(Resource, Debug, Default)]
pub struct NextFirmId(pub u32);

/// What the siting phase needs to register residents: the firm ids, the plots' tenancy
/// and the commands that spawn firms. Shared by named residents and chosen prospects.
#[derive(SystemParam)]
pub(super) struct Registrar<'w, 's> {
    commands: Commands<'w, 's>,
    pub scenario: Res<'w, ScenarioRes>,
    pub clock: Res<'w, SimClock>,
    pub seed: Res<'w, SimSeed>,
    pub keys: Res<'w, StreamKeys>,
    next_id: ResMut<'w, NextFirmId>,
    plots: Res<'w, PlotEntities>,
    tenancy: Query<'w, 's, &'static mut PlotTenancy>,
}

impl Registrar<'_, '_> {
    /// Whether nobody holds or has reserved the plot.
    pub fn is_free(&self, plot: usize) -> bool {
        self.tenancy
            .get(self.plots.0[plot])
            .is_ok_and(|t| t.status == PlotStatus::Free)
    }

    /// Registers the named resident `anchor` this month: spawns the firm and marks its
    /// plot under construction.
    pub fn register_anchor(&mut self, anchor: usize) -> FirmId {
        let a = &self.scenario.anchors[anchor];
        let (archetype, plot) = (a.archetype, a.plot);
        let key = self.keys.anchors[anchor];
        self.register_connected(archetype, plot, key, Some(anchor), None)
    }

    /// Registers a resident of `archetype` on `plot` whose random draws come from streams
    /// keyed by `stream_key` (a named one when `anchor` is set). With a `connection` it
    /// waits for its utility connection: it produces no earlier than `connection.0` and
    /// pays `connection.1` USD for it on top of its investment.
    pub fn register_connected(
        &mut self,
        archetype: usize,
        plot: usize,
        stream_key: u64,
        anchor: Option<usize>,
        connection: Option<(YearMonth, f64)>,
    ) -> FirmId {
        self.next_id.0 += 1;
        let id = FirmId(self.next_id.0);
        let chosen = self.clock.current();
        let scenario = &self.scenario;
        let spec = &scenario.archetypes[archetype];
        let named = anchor.map(|a| &scenario.anchors[a]);
        // A prospect negotiates before it registers; a named resident registers on its date.
        let (lo, hi) = scenario.demand.negotiation_months;
        let month = if named.is_none() && hi > 0 {
            let lag = self
                .seed
                .stream(Stream::Negotiation, &[stream_key])
                .random_range(lo..=hi);
            chosen.plus_months(lag as i32)
        } else {
            chosen
        };
        let first_output = match named.and_then(|a| a.operating) {
            Some(operating) => operating,
            None => {
                let (lo, hi) = spec.construction_months;
                let lag = self
                    .seed
                    .stream(Stream::Construction, &[stream_key])
                    .random_range(lo..=hi);
                month.plus_months(lag as i32)
            }
        };
        let redundant = self
            .seed
            .stream(Stream::Redundancy, &[stream_key])
            .random::<f64>()
            < scenario.fiscal.redundancy_share;
        let first_output = match connection {
            Some((ready, _)) => first_output.max(ready),
            None => first_output,
        };
        // A dormant subject holds its plot and never builds: its output is beyond any run,
        // and it invests nothing. Drawn only where the scene has dormancy, so that other
        // scenes' draws are unchanged. Named residents are never dormant.
        let dormant = named.is_none()
            && scenario.demand.dormant_share > 0.0
            && self
                .seed
                .stream(Stream::Dormancy, &[stream_key])
                .random::<f64>()
                < scenario.demand.dormant_share;
        let first_output = if dormant {
            month.plus_months(DORMANT_MONTHS)
        } else {
            first_output
        };
        let name = match named {
            Some(a) => a.name.clone(),
            None => format!("{} {id}", spec.name),
        };
        let firm = Firm {
            id,
            stream_key,
            name: name.clone(),
            archetype,
            plot,
            anchor,
            registered: month,
            first_output,
            full_output: first_output.plus_months(spec.ramp_up_months as i32),
            investment_usd: if dormant {
                0.0
            } else {
                named
                    .and_then(|a| a.investment_usd)
                    .unwrap_or(spec.investment_usd)
                    + anchor.map_or(0.0, |k| scenario.infrastructure_built_by(k))
                    + connection.map_or(0.0, |c| c.1)
            },
            jobs: named.and_then(|a| a.jobs).unwrap_or(spec.jobs),
            redundant,
            dormant,
        };
        self.commands.spawn((
            Name::new(name),
            firm,
            FirmActivity {
                stage: if month > chosen {
                    FirmStage::Negotiating
                } else {
                    FirmStage::UnderConstruction
                },
                served_share: 1.0,
                running_share: 1.0,
                scale: 1.0,
                ..default()
            },
            FirmLedger::default(),
        ));
        if let Ok(mut t) = self.tenancy.get_mut(self.plots.0[plot]) {
            *t = PlotTenancy {
                status: if month > chosen {
                    PlotStatus::Reserved
                } else {
                    site_status(dormant)
                },
                firm: Some(id),
            };
        }
        id
    }
}

/// Registers named residents in the month the scene gives for them.
pub(super) fn register_anchors(
    mut registrar: Registrar,
    mut index: ResMut<super::siting::SitingIndex>,
) {
    let month = registrar.clock.current();
    let due: Vec<(usize, usize, usize)> = registrar
        .scenario
        .anchors
        .iter()
        .enumerate()
        .filter(|(_, a)| a.registered == month)
        .map(|(i, a)| (i, a.archetype, a.plot))
        .collect();
    for (anchor, archetype, plot) in due {
        registrar.register_anchor(anchor);
        index.occupy(&registrar.scenario, plot, archetype);
    }
}

/// Moves each firm along its life cycle and spends its investment while it builds.
pub(super) fn advance_life_cycle(
    scenario: Res<ScenarioRes>,
    clock: Res<SimClock>,
    plots: Res<PlotEntities>,
    mut firms: Query<(&Firm, &mut FirmActivity)>,
    mut tenancy: Query<&mut PlotTenancy>,
) {
    let month = clock.current();
    for (firm, mut activity) in &mut firms {
        let archetype = &scenario.archetypes[firm.archetype];
        if activity.stage == FirmStage::Exited {
            activity.capacity_share = 0.0;
            activity.investment_spent_usd = 0.0;
            continue;
        }
        if month < firm.registered {
            activity.stage = FirmStage::Negotiating;
            continue;
        }
        let stage = if month < firm.first_output {
            FirmStage::UnderConstruction
        } else if month < firm.full_output {
            FirmStage::RampUp
        } else {
            FirmStage::Operating
        };
        activity.capacity_share = activity.scale
            * match stage {
                FirmStage::RampUp => {
                    let k = month.months_since(firm.first_output) as f64;
                    (k + 1.0) / (archetype.ramp_up_months as f64 + 1.0)
                }
                FirmStage::Operating => 1.0,
                _ => 0.0,
            };
        let lag = firm.construction_months().max(1) as f64;
        let building = month < firm.first_output || firm.construction_months() == 0;
        activity.investment_spent_usd =
            if building && activity.investment_cum_usd < firm.investment_usd {
                (firm.investment_usd / lag).min(firm.investment_usd - activity.investment_cum_usd)
            } else {
                0.0
            };
        activity.investment_cum_usd += activity.investment_spent_usd;
        if activity.stage != stage {
            activity.stage = stage;
            if let Ok(mut t) = tenancy.get_mut(plots.0[firm.plot]) {
                t.status = if stage == FirmStage::UnderConstruction {
                    site_status(firm.dormant)
                } else {
                    PlotStatus::Operating
                };
            }
        }
    }
}

/// Output and jobs of each producing firm, after utility curtailment.
pub(super) fn produce(scenario: Res<ScenarioRes>, mut firms: Query<(&Firm, &mut FirmActivity)>) {
    for (firm, mut activity) in &mut firms {
        let archetype = &scenario.archetypes[firm.archetype];
        activity.output_usd = archetype.output_usd_per_year / 12.0
            * activity.capacity_share
            * activity.served_share
            * activity.running_share;
        activity.jobs_now = firm.jobs * activity.capacity_share;
    }
}

/// After the month's production: residents in distress (short of output, or at a loss)
/// downsize and then leave, freeing their plot; residents long in operation and calm may
/// expand. Only with the scene's `lifecycle` rules.
pub(super) fn review_residents(
    scenario: Res<ScenarioRes>,
    clock: Res<SimClock>,
    seed: Res<SimSeed>,
    plots: Res<PlotEntities>,
    mut index: ResMut<super::siting::SitingIndex>,
    mut firms: Query<(&Firm, &mut FirmActivity)>,
    mut tenancy: Query<&mut PlotTenancy>,
) {
    let Some(rules) = scenario.lifecycle else {
        return;
    };
    let month = clock.current();
    let regime = scenario.regime_at(month);
    // In id order: a resident leaving re-weighs the plots around it, and the order of
    // those products must not depend on how the ECS stores firms.
    for (firm, mut activity) in firms.iter_mut().sort_unstable_by_key::<&Firm, _>(|f| f.id) {
        if !matches!(activity.stage, FirmStage::RampUp | FirmStage::Operating)
            || activity.capacity_share <= 0.0
        {
            continue;
        }
        let a = &scenario.archetypes[firm.archetype];
        let plot = &scenario.plots[firm.plot];
        let rent_usd = scenario.rent_schedules[plot.rent].rent_per_year(plot.area_ha) / 12.0
            * scenario.park.usd_per_currency_unit
            * (1.0 - regime.rent_discount_share);
        let delivered = activity.served_share * activity.running_share;
        let in_loss = activity.output_usd * a.profit_margin < rent_usd;
        if delivered < rules.distress_below_share || in_loss {
            activity.distress_months += 1;
            activity.calm_months = 0;
        } else {
            activity.distress_months = 0;
            activity.calm_months += 1;
        }
        if activity.distress_months == rules.downsize_after_months {
            activity.scale *= 1.0 - rules.downsize_share;
        }
        if activity.distress_months >= rules.exit_after_months {
            activity.stage = FirmStage::Exited;
            activity.exited = Some(month);
            activity.capacity_share = 0.0;
            activity.jobs_now = 0.0;
            if let Ok(mut t) = tenancy.get_mut(plots.0[firm.plot]) {
                *t = PlotTenancy {
                    status: PlotStatus::Free,
                    firm: None,
                };
            }
            index.release(&scenario, firm.plot);
            continue;
        }
        // Expansion: once a year of calm has passed, each month a chance of growing.
        let operating_years = month.months_since(firm.full_output) as f64 / 12.0;
        if activity.stage == FirmStage::Operating
            && operating_years >= rules.expand_after_years
            && activity.calm_months >= 12
            && rules.expand_probability_per_year > 0.0
        {
            let p_month = 1.0 - (1.0 - rules.expand_probability_per_year).powf(1.0 / 12.0);
            let draw: f64 = seed
                .stream(Stream::Expansion, &[firm.stream_key, month_key(month)])
                .random();
            if draw < p_month {
                activity.scale *= 1.0 + rules.expand_share;
                activity.calm_months = 0;
                // The expansion's investment: the firm's investment in proportion.
                let added = firm.investment_usd * rules.expand_share;
                activity.investment_spent_usd += added;
                activity.investment_cum_usd += added;
            }
        }
    }
}
