//! The fiscal ledger: rent, taxes paid and tax expenditure (taxes forgone through
//! exemptions, and utility bill refunds), per firm and for the park, in USD.

use bevy::prelude::*;

use super::ScenarioRes;
use super::clock::SimClock;
use super::firms::{Firm, FirmActivity, FirmStage};
use super::operations::Capacities;
use crate::scenario::{HOURS_PER_MONTH, Instrument, Scenario};

/// Lines of tax expenditure, in the order of [`FiscalFlows::tax_expenditure_usd`].
pub const TAX_EXPENDITURE_LINES: [&str; 6] = [
    "profit_tax",
    "property_tax",
    "land_tax",
    "import_vat",
    "import_duty",
    "utility_refund",
];

/// Position of an instrument in [`TAX_EXPENDITURE_LINES`].
pub fn line_of(instrument: Instrument) -> usize {
    match instrument {
        Instrument::ProfitTax => 0,
        Instrument::PropertyTax => 1,
        Instrument::LandTax => 2,
        Instrument::ImportVat => 3,
        Instrument::ImportDuty => 4,
    }
}

/// Position of utility bill refunds in [`TAX_EXPENDITURE_LINES`].
pub const UTILITY_REFUND_LINE: usize = 5;

/// Money flows between residents and the state, USD.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct FiscalFlows {
    /// Land rent collected.
    pub rent_usd: f64,
    /// Taxes actually paid: profit, property, land, import VAT and duty, and payroll taxes.
    pub taxes_paid_usd: f64,
    /// The payroll part of `taxes_paid_usd`: social insurance and personal income tax withheld.
    pub payroll_taxes_usd: f64,
    /// Taxes forgone and refunds given, by line of [`TAX_EXPENDITURE_LINES`].
    pub tax_expenditure_usd: [f64; 6],
    /// Public spending on utility expansions (the park's, not a firm's).
    pub infrastructure_usd: f64,
    /// Taxes paid by local suppliers on the residents' purchases (induced).
    pub supplier_taxes_usd: f64,
    /// Discounted to the run's first month at the scene's rate: tax expenditure, induced
    /// taxes (taxes paid and suppliers' taxes), and public infrastructure spending.
    pub te_pv_usd: f64,
    pub induced_pv_usd: f64,
    pub infrastructure_pv_usd: f64,
    /// Net fiscal effect, discounted: the induced taxes of residents that came because of
    /// the incentives, less the tax expenditure on those that would have come anyway, less
    /// infrastructure spending.
    pub net_pv_usd: f64,
}

impl FiscalFlows {
    /// Induced taxes: every tax the residents pay (payroll and social insurance, and the
    /// others once their exemptions end) and their suppliers' taxes.
    pub fn induced_taxes_usd(&self) -> f64 {
        self.taxes_paid_usd + self.supplier_taxes_usd
    }

    /// The expected net fiscal effect, discounted, if a share `r` of residents would have
    /// come anyway (models.md): `(1 − r) × induced − r × tax expenditure − infrastructure`.
    pub fn net_pv_at(&self, r: f64) -> f64 {
        (1.0 - r) * self.induced_pv_usd - r * self.te_pv_usd - self.infrastructure_pv_usd
    }
}

impl FiscalFlows {
    pub fn tax_expenditure_total_usd(&self) -> f64 {
        self.tax_expenditure_usd.iter().sum()
    }

    pub fn add(&mut self, other: &FiscalFlows) {
        self.rent_usd += other.rent_usd;
        self.taxes_paid_usd += other.taxes_paid_usd;
        self.payroll_taxes_usd += other.payroll_taxes_usd;
        self.infrastructure_usd += other.infrastructure_usd;
        self.supplier_taxes_usd += other.supplier_taxes_usd;
        self.te_pv_usd += other.te_pv_usd;
        self.induced_pv_usd += other.induced_pv_usd;
        self.infrastructure_pv_usd += other.infrastructure_pv_usd;
        self.net_pv_usd += other.net_pv_usd;
        for (a, b) in self
            .tax_expenditure_usd
            .iter_mut()
            .zip(other.tax_expenditure_usd)
        {
            *a += b;
        }
    }
}

/// A firm's flows since it registered.
#[derive(Component, Clone, Copy, Debug, Default)]
pub struct FirmLedger(pub FiscalFlows);

/// The park's flows: this month and since the start of the run.
#[derive(Resource, Clone, Copy, Debug, Default, PartialEq)]
pub struct ParkLedger {
    pub month: FiscalFlows,
    pub cumulative: FiscalFlows,
}

/// One firm's flows in one month.
pub fn firm_month_flows(
    scenario: &Scenario,
    month: crate::scenario::YearMonth,
    firm: &Firm,
    activity: &FirmActivity,
) -> FiscalFlows {
    let mut f = FiscalFlows::default();
    let regime = scenario.regime_at(month);
    let t = &scenario.taxes;
    let a = &scenario.archetypes[firm.archetype];
    let plot = &scenario.plots[firm.plot];
    let usd = scenario.park.usd_per_currency_unit;
    let since = month.months_since(firm.registered);
    let tax = |f: &mut FiscalFlows, instrument: Instrument, due_usd: f64| {
        let exempt = regime.exempt_share(instrument, since);
        f.tax_expenditure_usd[line_of(instrument)] += due_usd * exempt;
        f.taxes_paid_usd += due_usd * (1.0 - exempt);
    };

    // Land: rent and land tax from registration on.
    f.rent_usd = scenario.rent_schedules[plot.rent].rent_per_year(plot.area_ha) / 12.0
        * usd
        * (1.0 - regime.rent_discount_share);
    tax(
        &mut f,
        Instrument::LandTax,
        t.land_tax_per_ha_year * plot.area_ha * usd / 12.0,
    );

    // Imported machinery and equipment, as the investment is spent.
    let imported = activity.investment_spent_usd * a.imported_equipment_share;
    tax(&mut f, Instrument::ImportVat, imported * t.import_vat_rate);
    tax(
        &mut f,
        Instrument::ImportDuty,
        imported * t.import_duty_rate,
    );

    // Property: on the capital spent so far.
    tax(
        &mut f,
        Instrument::PropertyTax,
        activity.investment_cum_usd * t.property_tax_rate / 12.0,
    );

    f.supplier_taxes_usd = activity.output_usd * scenario.fiscal.supplier_taxes_per_usd_output;
    if activity.stage != FirmStage::UnderConstruction {
        // Profit on this month's output.
        let profit = (activity.output_usd * a.profit_margin).max(0.0);
        tax(&mut f, Instrument::ProfitTax, profit * t.profit_tax_rate);

        // Payroll taxes on the jobs filled (never exempt in these regimes).
        let payroll = activity.jobs_now * a.wage_usd_per_month;
        f.payroll_taxes_usd = payroll * (t.social_insurance_rate + t.personal_income_tax_rate);
        f.taxes_paid_usd += f.payroll_taxes_usd;

        // Utility bills and the regime's refund of them (the bill only where one is due).
        let refund = regime.refund_share(since);
        if refund > 0.0 {
            let bill: f64 = a
                .uses
                .iter()
                .map(|u| {
                    a.full_demand(u.utility)
                        * activity.capacity_share
                        * activity.served_share
                        * activity.running_share
                        * scenario.utilities[u.utility].tariff_usd_per_unit_hour
                        * HOURS_PER_MONTH
                })
                .sum();
            f.tax_expenditure_usd[UTILITY_REFUND_LINE] += bill * refund;
        }
    }
    f
}

/// What 1 USD in month `elapsed_months` of the run is worth in its first month, at a
/// yearly discount rate.
pub fn discount_factor(rate_per_year: f64, elapsed_months: u32) -> f64 {
    (1.0 + rate_per_year).powf(-(elapsed_months as f64) / 12.0)
}

/// Books every firm's flows for the month.
pub(super) fn book_fiscal_flows(
    scenario: Res<ScenarioRes>,
    clock: Res<SimClock>,
    capacities: Res<Capacities>,
    mut ledger: ResMut<ParkLedger>,
    mut firms: Query<(&Firm, &FirmActivity, &mut FirmLedger)>,
) {
    let month = clock.current();
    let discount = discount_factor(scenario.fiscal.discount_rate, clock.elapsed_months);
    // Public infrastructure: utility expansions and the preparation of phases' land.
    let infrastructure_usd = capacities.capex_month_usd + scenario.site_prep_usd(month);
    let infrastructure_pv_usd = infrastructure_usd * discount;
    let mut total = FiscalFlows {
        infrastructure_usd,
        infrastructure_pv_usd,
        net_pv_usd: -infrastructure_pv_usd,
        ..Default::default()
    };
    // Summed in id order, so the park's totals never depend on how the ECS stores firms.
    for (firm, activity, mut firm_ledger) in
        firms.iter_mut().sort_unstable_by_key::<&Firm, _>(|f| f.id)
    {
        if !activity.is_resident() && activity.investment_spent_usd == 0.0 {
            continue;
        }
        let mut flows = firm_month_flows(&scenario, month, firm, activity);
        flows.te_pv_usd = flows.tax_expenditure_total_usd() * discount;
        flows.induced_pv_usd = flows.induced_taxes_usd() * discount;
        flows.net_pv_usd = if firm.redundant {
            -flows.te_pv_usd
        } else {
            flows.induced_pv_usd
        };
        firm_ledger.0.add(&flows);
        total.add(&flows);
    }
    ledger.month = total;
    ledger.cumulative.add(&total);
}
