//! `timeseries.csv`: one row per simulated month, one serde struct per row, so the
//! header (its field names) and the cells cannot fall out of step. Numbers are written
//! through [`super::numbers`] (a loading with no capacity is an empty cell).

use serde::Serialize;

use super::numbers::{Fixed, Usd};
use crate::scenario::Observation;
use crate::sim::metrics::{KindLoad, MonthRecord};

/// One month of `timeseries.csv`; the field names are the column names, in order. The
/// README's outputs section says what each column means.
#[derive(Serialize, Default)]
struct Row {
    month: u32,
    date: String,
    prospects_arrived: u32,
    prospects_lost: u32,
    negotiating_firms: u32,
    registered_firms: u32,
    construction_firms: u32,
    operating_firms: u32,
    exited_firms: u32,
    occupied_ha: Fixed<3>,
    land_open_ha: Fixed<3>,
    occupancy_pct: Fixed<2>,
    jobs: Fixed<1>,
    jobs_promised: Fixed<1>,
    jobs_delivered: Fixed<1>,
    investment_promised_usd: Usd,
    investment_usd_cum: Usd,
    output_usd: Usd,
    power_demand_mw: Fixed<3>,
    power_peak_mw: Fixed<3>,
    power_capacity_mw: Fixed<3>,
    power_loading_pct: Fixed<1>,
    power_unserved_mwh: Fixed<3>,
    gas_demand_m3h: Fixed<3>,
    gas_peak_m3h: Fixed<3>,
    gas_capacity_m3h: Fixed<3>,
    gas_loading_pct: Fixed<1>,
    gas_unserved_m3: Fixed<3>,
    water_demand_m3h: Fixed<3>,
    water_peak_m3h: Fixed<3>,
    water_capacity_m3h: Fixed<3>,
    water_loading_pct: Fixed<1>,
    water_unserved_m3: Fixed<3>,
    wastewater_demand_m3h: Fixed<3>,
    wastewater_peak_m3h: Fixed<3>,
    wastewater_capacity_m3h: Fixed<3>,
    wastewater_loading_pct: Fixed<1>,
    wastewater_unserved_m3: Fixed<3>,
    steam_demand_th: Fixed<3>,
    steam_peak_th: Fixed<3>,
    steam_capacity_th: Fixed<3>,
    steam_loading_pct: Fixed<1>,
    steam_unserved_t: Fixed<3>,
    asset_outage_hours: Fixed<1>,
    firms_stopped: u32,
    tax_expenditure_usd: Usd,
    taxes_paid_usd: Usd,
    payroll_taxes_usd: Usd,
    rent_usd: Usd,
    te_profit_tax_usd: Usd,
    te_property_tax_usd: Usd,
    te_land_tax_usd: Usd,
    te_import_vat_usd: Usd,
    te_import_duty_usd: Usd,
    te_utility_refund_usd: Usd,
    tax_expenditure_usd_cum: Usd,
    taxes_paid_usd_cum: Usd,
    rent_usd_cum: Usd,
    infrastructure_capex_usd: Usd,
    infrastructure_capex_usd_cum: Usd,
    supplier_taxes_usd: Usd,
    induced_taxes_usd: Usd,
    induced_taxes_usd_cum: Usd,
    net_fiscal_usd_cum: Usd,
    observed_registered_firms: Option<Fixed<1>>,
    observed_operating_firms: Option<Fixed<1>>,
    observed_investment_usd: Option<Usd>,
    observed_portfolio_usd: Option<Usd>,
    observed_jobs: Option<Fixed<1>>,
    observed_land_let_ha: Option<Fixed<3>>,
    observed_land_free_ha: Option<Fixed<3>>,
    observed_output_usd_per_year: Option<Usd>,
}

/// A utility kind's five cells: demand, peak, capacity, loading, unserved quantity.
fn kind_cells(load: &KindLoad) -> [f64; 5] {
    [
        load.demand,
        load.peak,
        load.capacity,
        load.loading_pct(),
        load.unserved_quantity(),
    ]
}

impl Row {
    fn of(r: &MonthRecord, observed: &[Observation]) -> Self {
        // Destructured so that a new utility kind or tax instrument fails to compile here
        // rather than shifting the columns.
        let [power, gas, water, wastewater, steam] = r.utilities.each_ref().map(kind_cells);
        let m = &r.ledger.month;
        let c = &r.ledger.cumulative;
        let [
            profit_tax,
            property_tax,
            land_tax,
            import_vat,
            import_duty,
            utility_refund,
        ] = m.tax_expenditure_usd;
        let point = observed.iter().find(|o| o.date == r.date);
        Self {
            month: r.month,
            date: r.date.to_string(),
            prospects_arrived: r.prospects_arrived,
            prospects_lost: r.prospects_lost,
            negotiating_firms: r.negotiating_firms,
            registered_firms: r.registered_firms,
            construction_firms: r.construction_firms,
            operating_firms: r.operating_firms,
            exited_firms: r.exited_firms,
            occupied_ha: Fixed(r.occupied_ha),
            land_open_ha: Fixed(r.land_open_ha),
            occupancy_pct: Fixed(r.occupancy_pct),
            jobs: Fixed(r.jobs),
            jobs_promised: Fixed(r.jobs_promised),
            jobs_delivered: Fixed(r.jobs),
            investment_promised_usd: Fixed(r.investment_promised_usd),
            investment_usd_cum: Fixed(r.investment_usd_cum),
            output_usd: Fixed(r.output_usd),
            power_demand_mw: Fixed(power[0]),
            power_peak_mw: Fixed(power[1]),
            power_capacity_mw: Fixed(power[2]),
            power_loading_pct: Fixed(power[3]),
            power_unserved_mwh: Fixed(power[4]),
            gas_demand_m3h: Fixed(gas[0]),
            gas_peak_m3h: Fixed(gas[1]),
            gas_capacity_m3h: Fixed(gas[2]),
            gas_loading_pct: Fixed(gas[3]),
            gas_unserved_m3: Fixed(gas[4]),
            water_demand_m3h: Fixed(water[0]),
            water_peak_m3h: Fixed(water[1]),
            water_capacity_m3h: Fixed(water[2]),
            water_loading_pct: Fixed(water[3]),
            water_unserved_m3: Fixed(water[4]),
            wastewater_demand_m3h: Fixed(wastewater[0]),
            wastewater_peak_m3h: Fixed(wastewater[1]),
            wastewater_capacity_m3h: Fixed(wastewater[2]),
            wastewater_loading_pct: Fixed(wastewater[3]),
            wastewater_unserved_m3: Fixed(wastewater[4]),
            steam_demand_th: Fixed(steam[0]),
            steam_peak_th: Fixed(steam[1]),
            steam_capacity_th: Fixed(steam[2]),
            steam_loading_pct: Fixed(steam[3]),
            steam_unserved_t: Fixed(steam[4]),
            asset_outage_hours: Fixed(r.asset_outage_hours),
            firms_stopped: r.firms_stopped,
            tax_expenditure_usd: Fixed(m.tax_expenditure_total_usd()),
            taxes_paid_usd: Fixed(m.taxes_paid_usd),
            payroll_taxes_usd: Fixed(m.payroll_taxes_usd),
            rent_usd: Fixed(m.rent_usd),
            te_profit_tax_usd: Fixed(profit_tax),
            te_property_tax_usd: Fixed(property_tax),
            te_land_tax_usd: Fixed(land_tax),
            te_import_vat_usd: Fixed(import_vat),
            te_import_duty_usd: Fixed(import_duty),
            te_utility_refund_usd: Fixed(utility_refund),
            tax_expenditure_usd_cum: Fixed(c.tax_expenditure_total_usd()),
            taxes_paid_usd_cum: Fixed(c.taxes_paid_usd),
            rent_usd_cum: Fixed(c.rent_usd),
            infrastructure_capex_usd: Fixed(m.infrastructure_usd),
            infrastructure_capex_usd_cum: Fixed(c.infrastructure_usd),
            supplier_taxes_usd: Fixed(m.supplier_taxes_usd),
            induced_taxes_usd: Fixed(m.induced_taxes_usd()),
            induced_taxes_usd_cum: Fixed(c.induced_taxes_usd()),
            net_fiscal_usd_cum: Fixed(c.net_pv_usd),
            observed_registered_firms: point.and_then(|o| o.registered_firms).map(Fixed),
            observed_operating_firms: point.and_then(|o| o.operating_firms).map(Fixed),
            observed_investment_usd: point.and_then(|o| o.investment_usd).map(Fixed),
            observed_portfolio_usd: point.and_then(|o| o.portfolio_usd).map(Fixed),
            observed_jobs: point.and_then(|o| o.jobs).map(Fixed),
            observed_land_let_ha: point.and_then(|o| o.land_let_ha).map(Fixed),
            observed_land_free_ha: point.and_then(|o| o.land_free_ha).map(Fixed),
            observed_output_usd_per_year: point.and_then(|o| o.output_usd_per_year).map(Fixed),
        }
    }
}

/// Column names of `timeseries.csv`, in order (the row struct's field names).
pub fn timeseries_header() -> Vec<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    if w.serialize(Row::default()).is_err() {
        return Vec::new();
    }
    let bytes = w.into_inner().unwrap_or_default();
    let mut reader = csv::Reader::from_reader(bytes.as_slice());
    reader
        .headers()
        .map(|h| h.iter().map(str::to_owned).collect())
        .unwrap_or_default()
}

/// The time series as CSV text, one row per simulated month.
/// `observed` points fill the `observed_*` columns in their months (blank elsewhere).
pub fn timeseries_csv(
    records: &[MonthRecord],
    observed: &[Observation],
) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    if records.is_empty() {
        w.write_record(timeseries_header())?;
    }
    for r in records {
        w.serialize(Row::of(r, observed))?;
    }
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::UtilityKind;
    use crate::sim::fiscal::TAX_EXPENDITURE_LINES;

    /// The columns as the README documents them, built from the kinds and instruments.
    #[test]
    fn the_header_names_every_kind_and_instrument_in_their_order() {
        let mut expected: Vec<String> = [
            "month",
            "date",
            "prospects_arrived",
            "prospects_lost",
            "negotiating_firms",
            "registered_firms",
            "construction_firms",
            "operating_firms",
            "exited_firms",
            "occupied_ha",
            "land_open_ha",
            "occupancy_pct",
            "jobs",
            "jobs_promised",
            "jobs_delivered",
            "investment_promised_usd",
            "investment_usd_cum",
            "output_usd",
        ]
        .map(String::from)
        .to_vec();
        for kind in UtilityKind::ALL {
            let (k, u) = (kind.slug(), kind.unit_slug());
            expected.push(format!("{k}_demand_{u}"));
            expected.push(format!("{k}_peak_{u}"));
            expected.push(format!("{k}_capacity_{u}"));
            expected.push(format!("{k}_loading_pct"));
            expected.push(format!("{k}_unserved_{}", kind.quantity_slug()));
        }
        expected.extend(
            [
                "asset_outage_hours",
                "firms_stopped",
                "tax_expenditure_usd",
                "taxes_paid_usd",
                "payroll_taxes_usd",
                "rent_usd",
            ]
            .map(String::from),
        );
        for line in TAX_EXPENDITURE_LINES {
            expected.push(format!("te_{line}_usd"));
        }
        expected.extend(
            [
                "tax_expenditure_usd_cum",
                "taxes_paid_usd_cum",
                "rent_usd_cum",
                "infrastructure_capex_usd",
                "infrastructure_capex_usd_cum",
                "supplier_taxes_usd",
                "induced_taxes_usd",
                "induced_taxes_usd_cum",
                "net_fiscal_usd_cum",
                "observed_registered_firms",
                "observed_operating_firms",
                "observed_investment_usd",
                "observed_portfolio_usd",
                "observed_jobs",
                "observed_land_let_ha",
                "observed_land_free_ha",
                "observed_output_usd_per_year",
            ]
            .map(String::from),
        );
        assert_eq!(timeseries_header(), expected);
        assert_eq!(
            timeseries_csv(&[], &[]).unwrap(),
            expected.join(",") + "\n",
            "a run of no months still has its header"
        );
    }
}
