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

/// The ledger for the terminal: a line per resident in million USD, then the park's totals,
/// in the language shown.
pub fn ledger_table(firms: &[(Firm, FirmActivity, FirmLedger)]) -> String {
    use super::shown::grouped;
    use crate::tr;
    let m = |v: f64| grouped(v / 1e6, 1);
    // Columns are padded by characters, not bytes (Cyrillic letters are two bytes).
    let pad = |text: String, width: usize, right: bool| {
        let fill = " ".repeat(width.saturating_sub(text.chars().count()));
        if right { fill + &text } else { text + &fill }
    };
    let line = |cells: Vec<(String, usize, bool)>| {
        let cells: Vec<String> = cells.into_iter().map(|(t, w, r)| pad(t, w, r)).collect();
        cells.join(" ").trim_end().to_owned() + "\n"
    };
    // "jobs (promised)" heads two columns: the jobs now and, in brackets, those promised.
    let mut out = line(vec![
        (tr!("cli-ledger-firm"), 7, false),
        (tr!("cli-ledger-resident"), 40, false),
        (tr!("cli-ledger-anyway"), 5, true),
        (tr!("cli-ledger-jobs"), 11 + 1 + 7, true),
        (tr!("cli-ledger-invest"), 12, true),
        (tr!("cli-ledger-rent"), 10, true),
        (tr!("cli-ledger-taxes"), 9, true),
        (tr!("cli-ledger-te"), 8, true),
        (tr!("cli-ledger-net"), 12, true),
        (tr!("cli-ledger-te-per-job"), 8, true),
    ]);
    let (mut jobs, mut promised, mut te, mut taxes, mut rent, mut net) =
        (0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
    for (f, a, l) in firms {
        let l = &l.0;
        let name: String = f.name.chars().take(40).collect();
        let te_per_job = if a.jobs_now > 0.0 {
            grouped(l.tax_expenditure_total_usd() / a.jobs_now, 0)
        } else {
            "—".to_owned()
        };
        let anyway = if f.redundant {
            tr!("cli-ledger-yes")
        } else {
            tr!("cli-ledger-no")
        };
        out += &line(vec![
            (f.id.to_string(), 7, false),
            (name, 40, false),
            (anyway, 5, true),
            (grouped(a.jobs_now, 0), 11, true),
            (format!("({})", grouped(f.jobs, 0)), 7, true),
            (
                format!("{} / {}", m(a.investment_cum_usd), m(f.investment_usd)),
                12,
                true,
            ),
            (m(l.rent_usd), 10, true),
            (m(l.taxes_paid_usd), 9, true),
            (m(l.tax_expenditure_total_usd()), 8, true),
            (m(l.net_pv_usd), 12, true),
            (te_per_job, 8, true),
        ]);
        jobs += a.jobs_now;
        promised += f.jobs;
        te += l.tax_expenditure_total_usd();
        taxes += l.taxes_paid_usd;
        rent += l.rent_usd;
        net += l.net_pv_usd;
    }
    out += "\n";
    out += &tr!(
        "cli-ledger-totals",
        residents = firms.len(),
        jobs = grouped(jobs, 0),
        promised = grouped(promised, 0),
        rent = m(rent),
        taxes = m(taxes),
        te = m(te),
        te_per_job = if jobs > 0.0 {
            grouped(te / jobs, 0)
        } else {
            "—".to_owned()
        },
        net = m(net)
    );
    out += "\n";
    out
}
