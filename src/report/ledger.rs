//! The per-firm fiscal ledger (`parksim ledger`): what each resident promised and
//! delivered, paid and was spared, as a table for the terminal and as CSV.

use super::numbers::cell;
use crate::scenario::Scenario;
use crate::sim::firms::{Firm, FirmActivity};
use crate::sim::fiscal::{FirmLedger, TAX_EXPENDITURE_LINES};

/// Column names of the ledger CSV, in order.
pub fn ledger_header() -> Vec<String> {
    let mut h: Vec<String> = [
        "firm",
        "name",
        "archetype",
        "plot",
        "registered",
        "first_output",
        "would_have_come_anyway",
        "jobs_promised",
        "jobs_now",
        "investment_promised_usd",
        "investment_spent_usd",
        "rent_usd",
        "taxes_paid_usd",
        "payroll_taxes_usd",
        "supplier_taxes_usd",
    ]
    .map(String::from)
    .to_vec();
    for line in TAX_EXPENDITURE_LINES {
        h.push(format!("te_{line}_usd"));
    }
    h.extend(["tax_expenditure_usd", "net_fiscal_pv_usd"].map(String::from));
    h
}

/// One resident's line (numbers through [`super::numbers`]).
pub fn ledger_row(
    scenario: &Scenario,
    firm: &Firm,
    activity: &FirmActivity,
    ledger: &FirmLedger,
) -> Vec<String> {
    let money = |v: f64| cell(v, 0);
    let l = &ledger.0;
    let mut row = vec![
        firm.id.to_string(),
        firm.name.clone(),
        scenario.archetypes[firm.archetype].name.clone(),
        scenario.plots[firm.plot].id.clone(),
        firm.registered.to_string(),
        firm.first_output.to_string(),
        if firm.redundant { "yes" } else { "no" }.to_owned(),
        cell(firm.jobs, 0),
        cell(activity.jobs_now, 0),
        money(firm.investment_usd),
        money(activity.investment_cum_usd),
        money(l.rent_usd),
        money(l.taxes_paid_usd),
        money(l.payroll_taxes_usd),
        money(l.supplier_taxes_usd),
    ];
    row.extend(l.tax_expenditure_usd.iter().map(|v| money(*v)));
    row.push(money(l.tax_expenditure_total_usd()));
    row.push(money(l.net_pv_usd));
    row
}

/// The ledger as CSV text, one line per resident in firm-id order.
pub fn ledger_csv(
    scenario: &Scenario,
    firms: &[(Firm, FirmActivity, FirmLedger)],
) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(ledger_header())?;
    for (f, a, l) in firms {
        w.write_record(ledger_row(scenario, f, a, l))?;
    }
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// The ledger for the terminal: a line per resident in million USD, then the park's totals.
pub fn ledger_table(firms: &[(Firm, FirmActivity, FirmLedger)]) -> String {
    let m = |v: f64| format!("{:.1}", v / 1e6);
    let mut out = format!(
        "{:<7} {:<40} {:>5} {:>11} {:>7} {:>12} {:>10} {:>9} {:>8} {:>12} {:>8}\n",
        "firm",
        "resident",
        "anyway",
        "jobs (promised)",
        "",
        "invest. M USD",
        "rent",
        "taxes",
        "TE",
        "net PV M USD",
        "TE/job",
    );
    let (mut jobs, mut promised, mut te, mut taxes, mut rent, mut net) =
        (0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
    for (f, a, l) in firms {
        let l = &l.0;
        let name: String = f.name.chars().take(40).collect();
        let te_per_job = if a.jobs_now > 0.0 {
            format!("{:.0}", l.tax_expenditure_total_usd() / a.jobs_now)
        } else {
            "—".to_owned()
        };
        out += &format!(
            "{:<7} {:<40} {:>5} {:>11.0} {:>7} {:>12} {:>10} {:>9} {:>8} {:>12} {:>8}\n",
            f.id.to_string(),
            name,
            if f.redundant { "yes" } else { "no" },
            a.jobs_now,
            format!("({:.0})", f.jobs),
            format!("{} / {}", m(a.investment_cum_usd), m(f.investment_usd)),
            m(l.rent_usd),
            m(l.taxes_paid_usd),
            m(l.tax_expenditure_total_usd()),
            m(l.net_pv_usd),
            te_per_job,
        );
        jobs += a.jobs_now;
        promised += f.jobs;
        te += l.tax_expenditure_total_usd();
        taxes += l.taxes_paid_usd;
        rent += l.rent_usd;
        net += l.net_pv_usd;
    }
    out += &format!(
        "\n{} residents: {jobs:.0} jobs of {promised:.0} promised; rent {} M USD, taxes paid {} M USD, \
         tax expenditure {} M USD ({} USD per job now); net fiscal effect of the residents, \
         discounted: {} M USD (money in million USD; \"anyway\": would have come without incentives)\n",
        firms.len(),
        m(rent),
        m(taxes),
        m(te),
        if jobs > 0.0 {
            format!("{:.0}", te / jobs)
        } else {
            "—".to_owned()
        },
        m(net),
    );
    out
}
