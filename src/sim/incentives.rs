//! What an incentive regime is worth to a prospective investor, in present value (USD),
//! as used in the choice of site. The same regime's month-by-month effect on a
//! resident's taxes is in `fiscal`.

use crate::scenario::{Archetype, Demand, Instrument, Regime, Scenario};

/// Present value of 1 USD a year received from `from_years` to `to_years` after
/// registration, within the prospect's horizon and at its discount rate.
pub fn present_value_of_years(demand: &Demand, from_years: f64, to_years: f64) -> f64 {
    (demand.annuity_factor(to_years) - demand.annuity_factor(from_years)).max(0.0)
}

/// Expected construction time of an archetype, years.
pub fn expected_construction_years(archetype: &Archetype) -> f64 {
    let (lo, hi) = archetype.construction_months;
    (lo + hi) as f64 / 24.0
}

fn exemption(regime: &Regime, instrument: Instrument) -> (f64, f64) {
    regime
        .exemptions
        .iter()
        .filter(|e| e.instrument == instrument)
        .map(|e| (e.share, e.years))
        .fold((0.0, 0.0), |best, e| {
            if e.0 * e.1 > best.0 * best.1 { e } else { best }
        })
}

/// Present value (USD) of the regime's incentives to a firm of this archetype that do
/// not depend on the plot: profit and property tax, VAT and duty on imported
/// equipment, utility bill refunds.
pub fn plot_independent_value_usd(scenario: &Scenario, regime: &Regime, a: &Archetype) -> f64 {
    let d = &scenario.demand;
    let t = &scenario.taxes;
    let build = expected_construction_years(a);
    let (profit_share, profit_years) = exemption(regime, Instrument::ProfitTax);
    let profit = (a.output_usd_per_year * a.profit_margin).max(0.0);
    let profit_value =
        t.profit_tax_rate * profit_share * profit * present_value_of_years(d, build, profit_years);
    let (property_share, property_years) = exemption(regime, Instrument::PropertyTax);
    let property_value = t.property_tax_rate
        * property_share
        * a.investment_usd
        * present_value_of_years(d, build, property_years);
    let imported = a.investment_usd * a.imported_equipment_share;
    let covered = |years: f64| {
        if build <= 0.0 {
            1.0
        } else {
            (years / build).min(1.0)
        }
    };
    let (vat_share, vat_years) = exemption(regime, Instrument::ImportVat);
    let (duty_share, duty_years) = exemption(regime, Instrument::ImportDuty);
    let import_value = imported
        * (t.import_vat_rate * vat_share * covered(vat_years)
            + t.import_duty_rate * duty_share * covered(duty_years));
    let refund_value = match regime.utility_refund {
        Some((share, years)) => {
            let bill_per_year: f64 = a
                .uses
                .iter()
                .map(|u| {
                    let utility = &scenario.utilities[u.utility];
                    (u.per_firm + u.per_musd_output * a.output_usd_per_year / 1e6)
                        * utility.tariff_usd_per_unit_hour
                        * 8_760.0
                })
                .sum();
            share * bill_per_year * present_value_of_years(d, build, years)
        }
        None => 0.0,
    };
    profit_value + property_value + import_value + refund_value
}

/// Present value (USD) of the land-tax exemption on a plot of `area_ha`.
pub fn land_tax_value_usd(scenario: &Scenario, regime: &Regime, area_ha: f64) -> f64 {
    let (share, years) = exemption(regime, Instrument::LandTax);
    scenario.taxes.land_tax_per_ha_year
        * scenario.park.usd_per_currency_unit
        * area_ha
        * share
        * present_value_of_years(&scenario.demand, 0.0, years)
}

/// Present value (USD) of the rent on a plot over the horizon, after the regime's discount.
pub fn rent_value_usd(scenario: &Scenario, regime: &Regime, plot: usize) -> f64 {
    let p = &scenario.plots[plot];
    let rent = scenario.rent_schedules[p.rent].rent_per_year(p.area_ha)
        * scenario.park.usd_per_currency_unit
        * (1.0 - regime.rent_discount_share);
    rent * scenario
        .demand
        .annuity_factor(scenario.demand.horizon_years)
}
