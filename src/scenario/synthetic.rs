//! Synthetic parks of any size, in the scene format, for scale tests and benchmarks.
//! Every number in them is invented; only their shape follows a real park.

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::raw::*;

/// Depth of every synthetic plot, metres.
const PLOT_DEPTH_M: f64 = 200.0;
/// Gap between neighbouring plots, metres.
const GAP_M: f64 = 20.0;
/// Width of the road between rows of plots, metres.
const ROW_GAP_M: f64 = 40.0;
/// Margin between the outermost plots and the boundary, metres.
const MARGIN_M: f64 = 100.0;

struct Kind {
    sector: &'static str,
    name: &'static str,
    land_ha: f64,
    investment_musd: f64,
    jobs: f64,
    output_musd: f64,
    /// Power MW, gas m³/h, water m³/h, wastewater m³/h, steam t/h.
    loads: [f64; 5],
}

const KINDS: [Kind; 4] = [
    Kind {
        sector: "light_chemistry",
        name: "Light chemistry plant",
        land_ha: 1.5,
        investment_musd: 20.0,
        jobs: 80.0,
        output_musd: 30.0,
        loads: [1.5, 300.0, 20.0, 15.0, 2.0],
    },
    Kind {
        sector: "plastics",
        name: "Plastics converter",
        land_ha: 1.0,
        investment_musd: 12.0,
        jobs: 60.0,
        output_musd: 18.0,
        loads: [3.0, 100.0, 10.0, 7.0, 4.0],
    },
    Kind {
        sector: "metals",
        name: "Metal works",
        land_ha: 3.0,
        investment_musd: 35.0,
        jobs: 150.0,
        output_musd: 40.0,
        loads: [5.0, 800.0, 30.0, 20.0, 0.0],
    },
    Kind {
        sector: "food_processing",
        name: "Food processing plant",
        land_ha: 0.6,
        investment_musd: 6.0,
        jobs: 90.0,
        output_musd: 12.0,
        loads: [0.8, 50.0, 15.0, 12.0, 1.5],
    },
];

const UTILITIES: [(&str, &str, UtilityKind, f64); 5] = [
    ("power", "Power", UtilityKind::Power, 50.0),
    ("gas", "Natural gas", UtilityKind::Gas, 0.12),
    ("water", "Water", UtilityKind::Water, 0.5),
    ("wastewater", "Wastewater", UtilityKind::Wastewater, 0.3),
    ("steam", "Steam", UtilityKind::Steam, 20.0),
];

fn rect(x0: f64, y0: f64, x1: f64, y1: f64) -> Vec<PointM> {
    vec![(x0, y0), (x1, y0), (x1, y1), (x0, y1)]
}

/// A park of `plots` plots laid out in rows, with arrivals scaled to fill it over decades.
pub fn park(plots: usize, seed: u64) -> RawScenario {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let n = plots.max(1);
    // Plot areas log-uniform from 0.5 to 8 ha.
    let areas: Vec<f64> = (0..n)
        .map(|_| (0.5f64.ln() + rng.random::<f64>() * (8.0f64.ln() - 0.5f64.ln())).exp())
        .collect();
    let total_m2: f64 = areas.iter().map(|a| a * 10_000.0).sum();
    let row_length_m = (total_m2 * 1.3).sqrt().max(1_000.0);

    let mut raw_plots = Vec::with_capacity(n);
    let mut roads = Vec::new();
    let (mut x, mut y) = (MARGIN_M, MARGIN_M);
    let mut max_x: f64 = x;
    for (i, area) in areas.iter().enumerate() {
        let width = (area * 10_000.0 / PLOT_DEPTH_M * 100.0).round() / 100.0;
        if x + width > MARGIN_M + row_length_m && x > MARGIN_M {
            roads.push(RawLine {
                id: format!("road-{}", roads.len() + 1),
                name: format!("Row road {}", roads.len() + 1),
                points_m: vec![
                    (MARGIN_M, y + PLOT_DEPTH_M + ROW_GAP_M / 2.0),
                    (x, y + PLOT_DEPTH_M + ROW_GAP_M / 2.0),
                ],
                source: None,
            });
            x = MARGIN_M;
            y += PLOT_DEPTH_M + ROW_GAP_M;
        }
        raw_plots.push(RawPlot {
            id: format!("S{:06}", i + 1),
            zone: "industrial".into(),
            shape: RawShape::Rect {
                x_m: x,
                y_m: y,
                width_m: width,
                height_m: PLOT_DEPTH_M,
            },
            serviced: true,
            rent: "standard".into(),
            phase: None,
        });
        x += width + GAP_M;
        max_x = max_x.max(x);
    }
    let top_y = y + PLOT_DEPTH_M;
    let (w, h) = (max_x + MARGIN_M, top_y + MARGIN_M);

    let count_per_kind = n as f64 / KINDS.len() as f64;
    let utilities = UTILITIES
        .iter()
        .enumerate()
        .map(|(u, (id, name, kind, tariff))| {
            let full: f64 = KINDS
                .iter()
                .map(|k| k.loads[u] * count_per_kind * 0.35)
                .sum();
            let capacity = (full * 100.0).round() / 100.0;
            RawUtility {
                id: (*id).into(),
                name: (*name).into(),
                names: Default::default(),
                kind: *kind,
                tariff_usd_per_unit_hour: Num::sourced(*tariff, "estimate: synthetic"),
                diversity_factor: Num::plain(1.0),
                connection: RawConnection::Refuse,
                sources: vec![
                    RawSource {
                        id: format!("{id}-1"),
                        name: format!("{name} source 1"),
                        capacity: Num::plain(capacity),
                        in_service: None,
                        serves: RawServes::All,
                        location_m: None,
                        voltage_kv: None,
                        mtbf_years: None,
                        repair_hours: None,
                        built_by: None,
                    },
                    RawSource {
                        id: format!("{id}-2"),
                        name: format!("{name} source 2"),
                        capacity: Num::plain(capacity),
                        in_service: Some("2035-01".into()),
                        serves: RawServes::All,
                        location_m: None,
                        voltage_kv: None,
                        mtbf_years: None,
                        repair_hours: None,
                        built_by: None,
                    },
                ],
                source: None,
            }
        })
        .collect();

    let archetypes = KINDS
        .iter()
        .map(|k| RawArchetype {
            id: k.sector.into(),
            name: k.name.into(),
            names: Default::default(),
            sector: k.sector.into(),
            share_of_sector: Num::plain(1.0),
            land_ha: Num::plain(k.land_ha),
            investment_usd: Num::plain(k.investment_musd * 1e6),
            imported_equipment_share: Num::plain(0.6),
            jobs: Num::plain(k.jobs),
            wage_usd_per_month: Num::plain(700.0),
            output_usd_per_year: Num::plain(k.output_musd * 1e6),
            profit_margin: Num::plain(0.12),
            construction_months: RawMonthRange { min: 12, max: 30 },
            ramp_up_months: 12,
            incentive_sensitivity: Num::plain(2.2),
            hazard: Hazard::Medium,
            zones: vec![ZoneKind::Industrial],
            uses: UTILITIES
                .iter()
                .enumerate()
                .filter(|(u, _)| k.loads[*u] > 0.0)
                .map(|(u, (id, ..))| RawUse {
                    utility: (*id).into(),
                    per_firm: Num::plain(k.loads[u]),
                    per_musd_output: Num::plain(0.0),
                    profile: None,
                })
                .collect(),
            load_profile: LoadProfile::Continuous,
            feedstock_from: Vec::new(),
            source: None,
        })
        .collect();

    // About one prospect a year per 12 plots, and an appeal that offsets the size of the
    // choice set so about half the prospects stay while the park is empty.
    let appeal = -(n as f64 / KINDS.len() as f64).ln();
    let arrivals = KINDS
        .iter()
        .map(|k| RawArrival {
            sector: k.sector.into(),
            prospects_per_year: Num::plain(n as f64 / 12.0 / KINDS.len() as f64),
            park_appeal: Num::plain((appeal * 1000.0).round() / 1000.0),
            from: None,
        })
        .collect();
    let all = [
        Instrument::ProfitTax,
        Instrument::PropertyTax,
        Instrument::LandTax,
        Instrument::ImportVat,
        Instrument::ImportDuty,
    ];
    RawScenario {
        networks: Vec::new(),
        curtailment: None,
        outages: Vec::new(),
        outside_suppliers: Vec::new(),
        couplings: Vec::new(),
        expansions: Vec::new(),
        fiscal: None,
        lifecycle: None,
        observed: Vec::new(),
        park: RawPark {
            name: format!("Synthetic park of {n} plots"),
            names: Default::default(),
            country: "Nowhere".into(),
            currency: "AZN".into(),
            usd_per_currency_unit: Num::plain(0.588),
            gross_area_ha: Num::plain((w * h / 100.0).round() / 100.0),
            boundary_m: rect(0.0, 0.0, w, h),
            origin_lat_lon: None,
            phases: Vec::new(),
            zones: vec![
                RawZone {
                    id: "industrial".into(),
                    name: "Industrial zone".into(),
                    names: Default::default(),
                    kind: ZoneKind::Industrial,
                    polygon_m: rect(
                        MARGIN_M / 2.0,
                        MARGIN_M / 2.0,
                        w - MARGIN_M / 2.0,
                        h - MARGIN_M / 2.0,
                    ),
                    phase: None,
                    source: None,
                },
                RawZone {
                    id: "buffer".into(),
                    name: "Green buffer".into(),
                    names: Default::default(),
                    kind: ZoneKind::GreenBuffer,
                    polygon_m: rect(0.0, 0.0, w, MARGIN_M / 2.0),
                    phase: None,
                    source: None,
                },
            ],
            roads,
            rail: vec![RawLine {
                id: "rail".into(),
                name: "Rail siding".into(),
                points_m: vec![(0.0, h - MARGIN_M / 4.0), (w, h - MARGIN_M / 4.0)],
                source: None,
            }],
            source: None,
        },
        rent_schedules: vec![RawRentSchedule {
            id: "standard".into(),
            first_ha_per_year: Num::plain(1_600.0),
            further_ha_per_year: Num::plain(3_200.0),
            source: None,
        }],
        plots: raw_plots,
        utilities,
        sectors: KINDS
            .iter()
            .map(|k| RawSector {
                id: k.sector.into(),
                name: k.name.into(),
                names: Default::default(),
                source: None,
            })
            .collect(),
        archetypes,
        anchors: Vec::new(),
        demand: RawDemand {
            outside_option_value: Num::plain(0.0),
            rent_sensitivity: Num::plain(2.2),
            shortage_sensitivity: Num::plain(3.0),
            horizon_years: Num::plain(15.0),
            discount_rate: Num::plain(0.1),
            max_plot_to_need_ratio: Num::plain(3.0),
            negotiation_months: None,
            dormant_share: None,
            site_factors: None,
            arrivals,
            source: None,
        },
        taxes: RawTaxes {
            profit_tax_rate: Num::plain(0.2),
            property_tax_rate: Num::plain(0.01),
            land_tax_per_ha_year: Num::plain(100.0),
            import_vat_rate: Num::plain(0.18),
            import_duty_rate: Num::plain(0.05),
            social_insurance_rate: Num::plain(0.22),
            personal_income_tax_rate: Num::plain(0.14),
        },
        regimes: vec![RawRegime {
            preset: None,
            name: "Industrial park, 10-year exemptions".into(),
            names: Default::default(),
            from: "2025-01".into(),
            exemptions: all
                .iter()
                .map(|&instrument| RawExemption {
                    instrument,
                    share: Num::plain(1.0),
                    years: Num::plain(10.0),
                })
                .collect(),
            rent_discount_share: Num::plain(0.0),
            utility_refund: None,
            source: None,
        }],
        simulation: RawSimulation {
            start: "2025-01".into(),
            months: 360,
            seed,
            source: None,
        },
    }
}

/// Gives every utility of a synthetic park a network: a backbone of one junction per row of
/// plots at the row's west end, fed by the first source at the south end and by the second
/// (in service later) at the north end, so the backbone is fed from both ends once both
/// are in service; each plot on its own service line from its row's junction.
pub fn add_networks(raw: &mut RawScenario) {
    let mut rows: Vec<f64> = raw
        .plots
        .iter()
        .filter_map(|p| match p.shape {
            RawShape::Rect { y_m, .. } => Some(y_m),
            RawShape::Polygon(_) => None,
        })
        .collect();
    rows.sort_by(f64::total_cmp);
    rows.dedup();
    let row_of = |y: f64| rows.partition_point(|&r| r < y);
    // Power networks run at one voltage here (a 10 kV distribution park).
    for utility in &mut raw.utilities {
        if utility.kind == UtilityKind::Power {
            for source in &mut utility.sources {
                source.voltage_kv = Some(Num::plain(10.0));
            }
        }
    }
    raw.networks = raw
        .utilities
        .iter()
        .enumerate()
        .map(|(u, utility)| {
            let tag = &utility.id;
            let voltage_kv = (utility.kind == UtilityKind::Power).then(|| Num::plain(10.0));
            let capacity = utility
                .sources
                .iter()
                .map(|s| s.capacity.value)
                .sum::<f64>();
            let largest_load = KINDS.iter().map(|k| k.loads[u]).fold(0.0, f64::max);
            let junctions: Vec<RawJunction> = rows
                .iter()
                .enumerate()
                .map(|(k, y)| RawJunction {
                    id: format!("{tag}-row-{}", k + 1),
                    location_m: (MARGIN_M / 2.0, y + PLOT_DEPTH_M / 2.0),
                    voltage_kv: voltage_kv.clone(),
                })
                .collect();
            let link = |id: String, from: String, to: String, capacity: f64| RawLink {
                id,
                from,
                to,
                capacity: Num::plain((capacity * 100.0).round() / 100.0),
                transformer: false,
                mtbf_years: None,
                repair_hours: None,
            };
            let mut links = Vec::new();
            let ends = [
                (0, utility.sources.first()),
                (rows.len().saturating_sub(1), utility.sources.get(1)),
            ];
            for (row, source) in ends {
                if let (Some(source), Some(junction)) = (source, junctions.get(row)) {
                    links.push(link(
                        format!("{tag}-feed-{}", source.id),
                        source.id.clone(),
                        junction.id.clone(),
                        capacity,
                    ));
                }
            }
            for pair in junctions.windows(2) {
                links.push(link(
                    format!("{}-{}", pair[0].id, pair[1].id),
                    pair[0].id.clone(),
                    pair[1].id.clone(),
                    capacity,
                ));
            }
            for plot in &raw.plots {
                if let RawShape::Rect { y_m, .. } = plot.shape {
                    links.push(link(
                        format!("{tag}-to-{}", plot.id),
                        junctions[row_of(y_m)].id.clone(),
                        plot.id.clone(),
                        2.0 * largest_load,
                    ));
                }
            }
            RawNetwork {
                utility: utility.id.clone(),
                junctions,
                links,
                source: None,
            }
        })
        .collect();
}
