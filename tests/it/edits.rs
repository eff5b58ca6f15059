//! Scene edits: each checked, refused with a clear message when impossible, undoable,
//! and saved as a file that reads back as the same park.

use crate::common;

use std::path::Path;
use std::sync::Arc;

use parksim::scenario::edit::{self, Edit, EditSession};
use parksim::scenario::raw::RawShape;
use parksim::scenario::{self, Instrument, ZoneKind, geometry};

fn small() -> EditSession {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/small_park.ron");
    EditSession::new(scenario::load(&path).unwrap().raw)
}

fn area(session: &EditSession, id: &str) -> f64 {
    let s = session.scenario(Path::new("x")).unwrap();
    s.plots
        .iter()
        .find(|p| p.id == id)
        .map(|p| p.area_ha)
        .unwrap()
}

#[test]
fn impossible_edits_are_refused_with_a_reason_and_change_nothing() {
    let mut s = small();
    let before = scenario::to_ron(s.scene()).unwrap();
    let cases = [
        (
            Edit::MovePlot {
                id: "S000005".into(),
                dx_m: -60.0,
                dy_m: 0.0,
            },
            "overlaps",
        ),
        (
            Edit::MovePlot {
                id: "S000006".into(),
                dx_m: 0.0,
                dy_m: 500.0,
            },
            "outside the park boundary",
        ),
        (
            Edit::SetSourceCapacity {
                source: "power-1".into(),
                capacity: -5.0,
            },
            "cannot be negative",
        ),
        (
            Edit::ResizePlot {
                id: "S000001".into(),
                width_m: 0.0,
                height_m: 100.0,
            },
            "positive width_m",
        ),
        (
            Edit::DeletePlot {
                id: "S000002".into(),
            },
            "named resident",
        ),
        (
            Edit::SetPlotZone {
                id: "S000001".into(),
                zone: "nowhere".into(),
            },
            "not defined",
        ),
        (
            Edit::MovePlot {
                id: "P99".into(),
                dx_m: 1.0,
                dy_m: 0.0,
            },
            "no plot",
        ),
    ];
    for (edit, reason) in cases {
        let refusal = s.apply(&edit).unwrap_err();
        assert!(refusal.contains(reason), "{edit:?}: {refusal}");
    }
    assert_eq!(scenario::to_ron(s.scene()).unwrap(), before);
    assert!(!s.can_undo() && !s.unsaved());
}

#[test]
fn split_resize_and_move_then_undo_and_redo() {
    let mut s = small();
    let original = s.scene().clone();
    let whole = area(&s, "S000004");
    s.apply(&Edit::SplitPlot {
        id: "S000004".into(),
        across: false,
    })
    .unwrap();
    assert!((area(&s, "S000004-a") - whole / 2.0).abs() < 1e-9);
    assert!((area(&s, "S000004-b") - whole / 2.0).abs() < 1e-9);
    s.apply(&Edit::ResizePlot {
        id: "S000001".into(),
        width_m: 30.0,
        height_m: 100.0,
    })
    .unwrap();
    assert!((area(&s, "S000001") - 0.3).abs() < 1e-9);
    s.apply(&Edit::MovePlot {
        id: "S000001".into(),
        dx_m: 0.0,
        dy_m: 50.0,
    })
    .unwrap();
    let moved = s.scenario(Path::new("x")).unwrap();
    let p = moved.plots.iter().find(|p| p.id == "S000001").unwrap();
    assert_eq!(geometry::bounds(&p.polygon_m).1, 150.0);
    assert!(s.undo() && s.undo() && s.undo());
    assert!(!s.undo(), "nothing left to undo");
    assert_eq!(
        scenario::to_ron(s.scene()).unwrap(),
        scenario::to_ron(&original).unwrap()
    );
    assert!(s.redo());
    assert!(s.scene().plots.iter().any(|p| p.id == "S000004-a"));
    // A new edit clears what could be redone.
    s.apply(&Edit::SetSeed { seed: 9 }).unwrap();
    assert!(!s.can_redo());
}

#[test]
fn an_edit_then_its_undo_reproduces_the_baseline_run() {
    let mut s = small();
    let baseline = Arc::new(s.scenario(Path::new("x")).unwrap());
    s.apply(&Edit::SetArrivalRate {
        sector: "plastics".into(),
        prospects_per_year: 40.0,
    })
    .unwrap();
    s.apply(&Edit::AddPlot {
        id: "NEW".into(),
        zone: "industrial".into(),
        x_m: 100.0,
        y_m: 310.0,
        width_m: 100.0,
        height_m: 30.0,
        phase: None,
    })
    .unwrap();
    let edited = Arc::new(s.scenario(Path::new("x")).unwrap());
    assert_ne!(
        common::run(&baseline, 3, 60).records(),
        common::run(&edited, 3, 60).records()
    );
    s.undo();
    s.undo();
    let restored = Arc::new(s.scenario(Path::new("x")).unwrap());
    assert_eq!(
        common::run(&baseline, 3, 60).records(),
        common::run(&restored, 3, 60).records()
    );
}

#[test]
fn regime_rent_sources_and_named_firms_can_be_changed() {
    let mut s = small();
    s.apply(&Edit::SetExemptionYears {
        regime: 0,
        years: 7.0,
    })
    .unwrap();
    s.apply(&Edit::SetRent {
        schedule: "standard".into(),
        first_ha_per_year: 2_000.0,
        further_ha_per_year: 4_000.0,
    })
    .unwrap();
    s.apply(&Edit::SetExemptionShare {
        regime: 0,
        instrument: Instrument::ProfitTax,
        share: 0.5,
    })
    .unwrap();
    s.apply(&Edit::SetRentDiscount {
        regime: 0,
        share: 0.25,
    })
    .unwrap();
    let over = s
        .apply(&Edit::SetRentDiscount {
            regime: 0,
            share: 1.5,
        })
        .unwrap_err();
    assert!(over.contains("rent_discount_share"), "{over}");
    s.apply(&Edit::AddSource {
        utility: "power".into(),
        id: "power-3".into(),
        name: "New substation".into(),
        capacity: 50.0,
        in_service: Some("2027-01".into()),
        location_m: Some((-50.0, 10.0)),
    })
    .unwrap();
    s.apply(&Edit::MoveSource {
        id: "power-3".into(),
        x_m: -60.0,
        y_m: 20.0,
    })
    .unwrap();
    assert!(
        s.apply(&Edit::MoveSource {
            id: "power-9".into(),
            x_m: 0.0,
            y_m: 0.0,
        })
        .unwrap_err()
        .contains("power-9")
    );
    s.apply(&Edit::PlaceFirm {
        id: "hand".into(),
        name: "Hand-placed Metal Works".into(),
        archetype: "metals".into(),
        plot: "S000004".into(),
        registered: "2025-06".into(),
    })
    .unwrap();
    let scenario = Arc::new(s.scenario(Path::new("x")).unwrap());
    let moved = &scenario.utilities[0].sources.last().unwrap();
    assert_eq!(
        (moved.location_m, moved.location_given),
        ((-60.0, 20.0), true)
    );
    assert!(
        scenario.regimes[0]
            .exemptions
            .iter()
            .all(|e| e.years == 7.0)
    );
    assert_eq!(scenario.rent_schedules[0].rent_per_year(2.0), 6_000.0);
    let regime = &scenario.regimes[0];
    assert_eq!(regime.rent_discount_share, 0.25);
    let profit = regime
        .exemptions
        .iter()
        .find(|e| e.instrument == Instrument::ProfitTax)
        .unwrap();
    assert_eq!((profit.share, profit.years), (0.5, 7.0));
    assert_eq!(scenario.utilities[0].sources.len(), 3);
    let mut sim = common::run(&scenario, 1, 12);
    assert!(
        sim.firms()
            .iter()
            .any(|(f, _, _)| f.name == "Hand-placed Metal Works")
    );
    // A named firm on a plot too small for it is refused.
    let refusal = s
        .apply(&Edit::PlaceFirm {
            id: "big".into(),
            name: "Too big".into(),
            archetype: "metals".into(),
            plot: "S000001".into(),
            registered: "2025-06".into(),
        })
        .unwrap_err();
    assert!(refusal.contains("needs 3 ha"), "{refusal}");
}

#[test]
fn a_saved_scene_validates_and_reopens_as_the_same_park() {
    let mut s = small();
    s.apply(&Edit::SplitPlot {
        id: "S000003".into(),
        across: true,
    })
    .unwrap();
    assert!(s.unsaved());
    let scratch = crate::common::scratch("edits");
    let dir = scratch.path();
    let path = dir.join("edited.ron");
    s.save(&path).unwrap();
    assert!(!s.unsaved());
    let reopened = scenario::load(&path).unwrap();
    assert_eq!(
        scenario::to_ron(&reopened.raw).unwrap(),
        scenario::to_ron(s.scene()).unwrap()
    );
    assert_eq!(reopened.plots.len(), 7);
    // Only the scene is left in the folder: the temporary file was renamed over it.
    let names: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, vec![std::ffi::OsString::from("edited.ron")]);
    // Saving into a folder that does not exist fails and keeps the edits unsaved.
    s.apply(&Edit::SetSeed { seed: 4 }).unwrap();
    assert!(s.save(&dir.join("no/such/folder/x.ron")).is_err());
    assert!(s.unsaved());
}

#[test]
fn a_new_boundary_is_checked_against_the_plots_and_sets_the_gross_area() {
    let mut s = small();
    let rect = |w: f64, h: f64| vec![(0.0, 0.0), (w, 0.0), (w, h), (0.0, h)];
    let refusal = s
        .apply(&Edit::SetBoundary {
            points_m: rect(600.0, 400.0),
        })
        .unwrap_err();
    assert!(refusal.contains("outside the park boundary"), "{refusal}");
    s.apply(&Edit::SetBoundary {
        points_m: rect(1500.0, 500.0),
    })
    .unwrap();
    let scenario = s.scenario(Path::new("x")).unwrap();
    assert!((scenario.park.gross_area_ha - 75.0).abs() < 1e-9);
}

#[test]
fn an_expansion_planned_from_the_map_is_built_and_paid_for() {
    let mut s = small();
    let nothing = s
        .apply(&Edit::AddExpansion {
            utility: "power".into(),
            asset: "power-1".into(),
            add_capacity: 0.0,
            capex_usd: 1e6,
            lead_months: 6,
            decided: "2025-03".into(),
        })
        .unwrap_err();
    assert!(nothing.contains("must add some capacity"), "{nothing}");
    let bad_month = s
        .apply(&Edit::AddExpansion {
            utility: "power".into(),
            asset: "power-1".into(),
            add_capacity: 5.0,
            capex_usd: 1.2e6,
            lead_months: 6,
            decided: "March 2025".into(),
        })
        .unwrap_err();
    assert!(bad_month.contains("March 2025"), "{bad_month}");
    s.apply(&Edit::AddExpansion {
        utility: "power".into(),
        asset: "power-1".into(),
        add_capacity: 5.0,
        capex_usd: 1.2e6,
        lead_months: 6,
        decided: "2025-03".into(),
    })
    .unwrap();
    let park = Arc::new(s.scenario(Path::new("x")).unwrap());
    assert_eq!(park.expansions.len(), 1);
    let before = park.utilities[0].sources[0].capacity;
    let sim = common::run(&park, 1, 12);
    let r = sim.records();
    // Decided in March (month 3), 200,000 USD a month March to August, in service September.
    assert_eq!(r[1].ledger.month.infrastructure_usd, 0.0);
    assert!((r[2].ledger.month.infrastructure_usd - 2e5).abs() < 1e-6);
    assert!((r[11].ledger.cumulative.infrastructure_usd - 1.2e6).abs() < 1e-6);
    assert_eq!(r[7].utilities[0].capacity, before);
    assert_eq!(r[8].utilities[0].capacity, before + 5.0);
    assert!(s.undo());
    assert!(s.scene().expansions.is_empty());
}

#[test]
fn a_network_link_can_be_expanded_too() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/network_park.ron");
    let mut s = EditSession::new(scenario::load(&path).unwrap().raw);
    let missing = s
        .apply(&Edit::AddExpansion {
            utility: "power".into(),
            asset: "j1-j9".into(),
            add_capacity: 2.0,
            capex_usd: 1e5,
            lead_months: 3,
            decided: "2025-02".into(),
        })
        .unwrap_err();
    assert!(missing.contains("j1-j9"), "{missing}");
    s.apply(&Edit::AddExpansion {
        utility: "power".into(),
        asset: "j1-j2".into(),
        add_capacity: 2.0,
        capex_usd: 1e5,
        lead_months: 3,
        decided: "2025-02".into(),
    })
    .unwrap();
    let park = Arc::new(s.scenario(Path::new("x")).unwrap());
    let e = &park.expansions[0];
    assert_eq!(e.asset, scenario::Asset::Link(2));
    let sim = common::run(&park, 1, 6);
    let states = sim
        .app
        .world()
        .resource::<parksim::sim::networks::NetworkStates>();
    // j1-j2 carries 4 MW in the scene; 2 more from May.
    assert_eq!(states.0[0].graph.link_capacity[2], 6.0);
}

#[test]
fn a_regime_can_be_put_on_a_preset_and_then_changed_by_hand() {
    let mut s = small();
    s.apply(&Edit::SetRegimePreset {
        regime: 0,
        preset: "tajikistan_fez".into(),
    })
    .unwrap();
    let park = s.scenario(Path::new("x")).unwrap();
    assert_eq!(park.regimes[0].name, "Tajikistan free economic zone");
    assert_eq!(park.regimes[0].preset.as_deref(), Some("tajikistan_fez"));
    let unknown = s
        .apply(&Edit::SetRegimePreset {
            regime: 0,
            preset: "atlantis".into(),
        })
        .unwrap_err();
    assert!(unknown.contains("atlantis"), "{unknown}");
    // A hand change makes the preset's rules the scene's own, under a new name.
    s.apply(&Edit::SetExemptionYears {
        regime: 0,
        years: 12.0,
    })
    .unwrap();
    let park = s.scenario(Path::new("x")).unwrap();
    let r = &park.regimes[0];
    assert_eq!(r.name, "Tajikistan free economic zone (changed)");
    assert_eq!(r.preset, None);
    assert_eq!(r.exemptions.len(), 5);
    assert!(r.exemptions.iter().all(|e| e.years == 12.0));
    assert!(s.undo() && s.undo());
    assert_eq!(s.scene().regimes[0].preset, None);
}

#[test]
fn rewriting_sumgayit_would_lose_its_comment_lines_and_a_written_scene_loses_nothing() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenes/sumgayit.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    let loss = edit::rewrite_loss(&text);
    // Every line of Sumgayit with `//` holds a comment (no string there has one).
    let with_comments = text.lines().filter(|l| l.contains("//")).count();
    assert!(with_comments > 100, "{with_comments}");
    assert_eq!(loss.comment_lines, with_comments);
    assert_eq!(
        loss.describe(),
        format!(
            "{with_comments} comment lines and its own layout (line breaks, spacing, \
             how values are spelled, values stated at their defaults)"
        ),
        "{loss:?}"
    );
    assert_eq!(edit::overwrite_loss(&path), loss);

    // What the planner writes, it can write again without loss.
    let written = scenario::to_ron(&scenario::load(&path).unwrap().raw).unwrap();
    assert!(edit::rewrite_loss(&written).is_nothing());
    // A number written another way, or a value stated at its default, is layout the
    // planner would not keep; the values are kept.
    let respelled = written.replacen("seed: 2011", "seed: 0x7DB", 1);
    assert_ne!(respelled, written);
    assert_eq!(
        edit::rewrite_loss(&respelled),
        edit::TextLoss {
            comment_lines: 0,
            layout: true,
            foreign_lines: 0
        }
    );
    // A file that is not a scene would be lost whole.
    let notes = "Notes on the park\n\nA second line\n";
    assert_eq!(
        edit::rewrite_loss(notes),
        edit::TextLoss {
            comment_lines: 0,
            layout: true,
            foreign_lines: 2,
        }
    );
    // No file, nothing to lose.
    assert!(edit::overwrite_loss(Path::new("no/such/file.ron")).is_nothing());
}

#[test]
fn a_value_typed_in_the_planner_never_keeps_a_published_source_as_its_own() {
    let mut s = EditSession::new(common::sumgayit().raw.clone());
    let capacity_of = |s: &EditSession| {
        s.scene().utilities[1]
            .sources
            .iter()
            .find(|x| x.id == "grs_1")
            .unwrap()
            .capacity
            .clone()
    };
    let published = capacity_of(&s);
    // The same value typed again is no change: its source stays.
    let same = published.value;
    s.apply(&Edit::SetSourceCapacity {
        source: "grs_1".into(),
        capacity: same,
    })
    .unwrap();
    assert_eq!(capacity_of(&s), published);
    // A new value says where it comes from and keeps what it replaced.
    for capacity in [90_000.0, 95_000.0] {
        s.apply(&Edit::SetSourceCapacity {
            source: "grs_1".into(),
            capacity,
        })
        .unwrap();
    }
    let typed = capacity_of(&s);
    assert_eq!(typed.value, 95_000.0);
    assert_eq!(
        typed.source.unwrap(),
        format!(
            "set in the planner; was 60000 ({})",
            published.source.unwrap()
        )
    );
    // Rent: the first hectare changed, the further hectares kept with their source.
    let rent = s.scene().rent_schedules[0].clone();
    s.apply(&Edit::SetRent {
        schedule: rent.id.clone(),
        first_ha_per_year: 2000.0,
        further_ha_per_year: rent.further_ha_per_year.value,
    })
    .unwrap();
    let after = &s.scene().rent_schedules[0];
    assert_eq!(after.further_ha_per_year, rent.further_ha_per_year);
    let first = after.first_ha_per_year.source.clone().unwrap();
    assert!(
        first.starts_with("set in the planner; was 1600 (economiczones.gov.az"),
        "{first}"
    );
    // A regime put on another preset says so, and keeps what it said of its start.
    let before = s.scene().regimes[1].source.clone().unwrap();
    s.apply(&Edit::SetRegimePreset {
        regime: 1,
        preset: "tajikistan_fez".into(),
    })
    .unwrap();
    let now = s.scene().regimes[1].source.clone().unwrap();
    assert_eq!(
        now,
        format!("the preset tajikistan_fez, chosen in the planner; before: {before}")
    );
    s.apply(&Edit::SetExemptionYears {
        regime: 1,
        years: 12.0,
    })
    .unwrap();
    let changed = s.scene().regimes[1].source.clone().unwrap();
    assert!(
        changed.starts_with("the preset tajikistan_fez, changed in the planner (")
            && changed.ends_with(&now),
        "{changed}"
    );
    for e in &s.scene().regimes[1].exemptions {
        assert!(
            e.years
                .source
                .as_deref()
                .unwrap()
                .starts_with("set in the planner; was 30")
        );
    }
}

#[test]
fn unsaved_follows_the_scene_not_the_history() {
    let mut s = small();
    let split = Edit::SplitPlot {
        id: "S000003".into(),
        across: true,
    };
    s.apply(&split).unwrap();
    assert!(s.unsaved());
    // Every edit undone: the scene is the one opened, nothing is unsaved.
    assert!(s.undo());
    assert!(!s.unsaved() && s.can_redo());
    assert!(s.redo());
    assert!(s.unsaved());

    // Saved with the split: undoing it is now the unsaved change, redoing it is not.
    let scratch = crate::common::scratch("unsaved");
    s.save(&scratch.path().join("split.ron")).unwrap();
    assert!(!s.unsaved());
    assert!(s.undo());
    assert!(s.unsaved());
    assert!(s.redo());
    assert!(!s.unsaved());

    // Two edits that cancel out leave nothing to save.
    let (dx_m, dy_m) = (5.0, 0.0);
    s.apply(&Edit::MovePlot {
        id: "S000001".into(),
        dx_m,
        dy_m,
    })
    .unwrap();
    assert!(s.unsaved());
    s.apply(&Edit::MovePlot {
        id: "S000001".into(),
        dx_m: -dx_m,
        dy_m: -dy_m,
    })
    .unwrap();
    assert!(
        !s.unsaved(),
        "moved there and back: the scene is the saved one"
    );
}

#[test]
fn zones_are_drawn_moved_with_their_plots_reshaped_given_a_kind_and_deleted() {
    let mut s = small();
    let zone =
        |s: &EditSession, id: &str| s.scene().park.zones.iter().find(|z| z.id == id).cloned();
    // Drawn: a strip for logistics between the industrial zone and the fence.
    s.apply(&Edit::AddZone {
        id: "Z01".into(),
        name: "Logistics yard".into(),
        kind: ZoneKind::Logistics,
        x_m: 50.0,
        y_m: 355.0,
        width_m: 300.0,
        height_m: 40.0,
    })
    .unwrap();
    let added = zone(&s, "Z01").unwrap();
    assert_eq!(added.kind, ZoneKind::Logistics);
    assert_eq!(added.polygon_m[2], (350.0, 395.0));
    s.apply(&Edit::SetZoneKind {
        id: "Z01".into(),
        kind: ZoneKind::Social,
    })
    .unwrap();
    assert_eq!(zone(&s, "Z01").unwrap().kind, ZoneKind::Social);

    // Moved: its plots go with it.
    let x_before = |s: &EditSession| match s.scene().plots[0].shape {
        RawShape::Rect { x_m, .. } => x_m,
        _ => unreachable!(),
    };
    let x0 = x_before(&s);
    s.apply(&Edit::MoveZone {
        id: "industrial".into(),
        dx_m: 10.0,
        dy_m: 0.0,
    })
    .unwrap();
    assert_eq!(x_before(&s), x0 + 10.0);
    assert_eq!(zone(&s, "industrial").unwrap().polygon_m[0], (60.0, 50.0));

    // Refused, each with its reason, and the scene is left as it was.
    let before = scenario::to_ron(s.scene()).unwrap();
    let refusals = [
        (
            Edit::MoveZone {
                id: "industrial".into(),
                dx_m: 100.0,
                dy_m: 0.0,
            },
            "outside",
        ),
        (
            Edit::SetZoneOutline {
                id: "industrial".into(),
                points_m: vec![(60.0, 50.0), (160.0, 50.0), (160.0, 150.0), (60.0, 150.0)],
            },
            "not inside its zone",
        ),
        (
            Edit::DeleteZone {
                id: "industrial".into(),
            },
            "plots in it",
        ),
        (
            Edit::DeleteZone {
                id: "nowhere".into(),
            },
            "no zone",
        ),
    ];
    for (edit, reason) in refusals {
        let refusal = s.apply(&edit).unwrap_err();
        assert!(refusal.contains(reason), "{edit:?}: {refusal}");
    }
    assert_eq!(scenario::to_ron(s.scene()).unwrap(), before);

    // Reshaped around its plots, then a zone without plots deleted.
    s.apply(&Edit::SetZoneOutline {
        id: "industrial".into(),
        points_m: vec![(55.0, 50.0), (1190.0, 50.0), (1190.0, 352.0), (55.0, 352.0)],
    })
    .unwrap();
    assert_eq!(zone(&s, "industrial").unwrap().polygon_m.len(), 4);
    s.apply(&Edit::DeleteZone { id: "Z01".into() }).unwrap();
    assert!(zone(&s, "Z01").is_none());
    // Every step undoes.
    while s.undo() {}
    assert!(!s.unsaved());
}

#[test]
fn a_phase_s_opening_moves_by_an_undoable_edit_and_one_after_its_residents_is_refused() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenes/sumgayit.ron");
    let mut s = EditSession::new(scenario::load(&path).unwrap().raw);
    let opens = |s: &EditSession, id: &str| {
        let park = s.scenario(Path::new("x")).unwrap();
        let phase = park.park.phases.iter().find(|p| p.id == id).unwrap();
        phase.opens.to_string()
    };
    s.apply(&Edit::SetPhaseOpens {
        phase: "phase_2".into(),
        opens: "2016-03".into(),
    })
    .unwrap();
    assert_eq!(opens(&s, "phase_2"), "2016-03");
    // Phase 3 holds P11, whose named resident registers in 2017-09.
    let refused = s
        .apply(&Edit::SetPhaseOpens {
            phase: "phase_3".into(),
            opens: "2017-10".into(),
        })
        .unwrap_err();
    assert!(refused.contains("P11"), "{refused}");
    assert_eq!(opens(&s, "phase_3"), "2017-04");
    let unknown = s
        .apply(&Edit::SetPhaseOpens {
            phase: "phase_9".into(),
            opens: "2020-01".into(),
        })
        .unwrap_err();
    assert!(unknown.contains("phase_9"), "{unknown}");
    // A plot put in a later phase opens with it.
    s.apply(&Edit::SetPlotPhase {
        id: "P20".into(),
        phase: Some("phase_3".into()),
    })
    .unwrap();
    let park = s.scenario(Path::new("x")).unwrap();
    let p20 = park.plot_index("P20").unwrap();
    assert_eq!(park.plot_opens(p20).unwrap().to_string(), "2017-04");
    assert!(s.undo() && s.undo());
    assert_eq!(opens(&s, "phase_2"), "2016-02");
    assert!(!s.can_undo());
}
