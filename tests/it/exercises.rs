//! The trainer's side of an exercise on the built program: three teams' submissions
//! scored into a debrief (ranked, their choices side by side, thresholds, the lesson), one
//! made for another exercise refused, and the debrief rendered in headless Chromium with
//! no request and no console message.

use std::path::Path;
use std::process::Command;
use std::sync::Arc;

use parksim::exercise::scoring::score;
use parksim::exercise::submission::Submission;
use parksim::exercise::{self, Exercise};
use parksim::scenario::edit::{Edit, apply};
use parksim::scenario::raw::RawScenario;

fn submit(ex: &Exercise, team: &str, edits: &[Edit], dir: &Path) -> std::path::PathBuf {
    let plan: RawScenario = edits
        .iter()
        .fold(ex.start.clone(), |scene, e| apply(&scene, e).unwrap());
    let scenario = Arc::new(ex.scenario(&plan).unwrap());
    let scored = score(ex, &scenario, None).unwrap();
    let file = dir.join(exercise::submission::file_name(team));
    Submission::make(ex, team, &[], &plan, &scored)
        .unwrap()
        .save(&file)
        .unwrap();
    file
}

#[test]
fn the_debrief_ranks_three_teams_refuses_another_exercise_and_renders() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = std::env::temp_dir().join(format!("parksim-debrief-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let file = root.join("exercises/sughd_incentives.ron");
    let ex = exercise::load(&file).unwrap();
    let years = |y: f64| Edit::SetExemptionYears {
        regime: 0,
        years: y,
    };
    let preset = |p: &str| Edit::SetRegimePreset {
        regime: 0,
        preset: p.into(),
    };
    let teams = [
        submit(&ex, "Khujand", &[years(5.0)], &dir),
        submit(
            &ex,
            "Istaravshan",
            &[preset("az_industrial_park_10y")],
            &dir,
        ),
        submit(&ex, "Buston", &[preset("no_incentives")], &dir),
    ];
    let other = exercise::load(&root.join("exercises/copy_sumgayit.ron")).unwrap();
    let stray = submit(&other, "Panj", &[], &dir);
    let debrief = dir.join("debrief.html");
    let output = Command::new(env!("CARGO_BIN_EXE_parksim"))
        .args(["--lang", "en", "exercise", "score"])
        .arg(&file)
        .args(&teams)
        .arg(&stray)
        .arg("--out")
        .arg(&debrief)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    // One refused: exit 1, said on stderr, and the debrief made of the others.
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert!(
        stderr.contains(
            "Panj's submission answers exercise \"copy-sumgayit\", not \"sughd-incentives\""
        ),
        "{stderr}"
    );
    let html = std::fs::read_to_string(&debrief).unwrap();
    for part in [
        "Debrief: Incentives for Sughd FEZ",
        "Ranking",
        "What each team chose",
        "The lesson",
        "redundant",
        "Submissions not scored",
        "class=\"changed\"",
        "Azerbaijan industrial park, 10-year exemptions",
    ] {
        assert!(html.contains(part), "{part:?} is in the debrief");
    }
    // Ranked: those meeting the threshold first, then by score. Without incentives, fewer
    // residents come than the target asks: Buston is last whatever its fiscal effect.
    let at = |team: &str| html.find(&format!("<td>{team}</td>")).unwrap();
    assert!(at("Buston") > at("Khujand") && at("Buston") > at("Istaravshan"));
    assert!(
        html.contains("<td class=\"n no\">✗"),
        "a threshold failed is shown"
    );
    // Every plan's line on the charts: the start and three teams.
    assert!(html.matches("<svg").count() >= 5);

    let rendered = super::handout::chromium(&debrief, &dir);
    assert!(rendered.requests.is_empty(), "{:?}", rendered.requests);
    assert!(rendered.console.is_empty(), "{:?}", rendered.console);
    assert!(std::fs::metadata(&rendered.screenshot).unwrap().len() > 20_000);

    // Nothing to score: exit 2, no debrief.
    let none = dir.join("none.html");
    let output = Command::new(env!("CARGO_BIN_EXE_parksim"))
        .args(["--lang", "en", "exercise", "score"])
        .arg(&file)
        .arg(&stray)
        .arg("--out")
        .arg(&none)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    assert!(!none.exists());
    let _ = std::fs::remove_dir_all(&dir);
}

/// `parksim validate` takes exercise files too: the four shipped pass, a broken one is
/// answered with located messages and exit 1.
#[test]
fn validate_checks_exercise_files_with_their_scenes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let shipped: Vec<_> = std::fs::read_dir(root.join("exercises"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    assert_eq!(shipped.len(), 4);
    let output = Command::new(env!("CARGO_BIN_EXE_parksim"))
        .args(["--lang", "en", "validate"])
        .args(&shipped)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    assert_eq!(
        String::from_utf8_lossy(&output.stdout)
            .matches("valid — the exercise")
            .count(),
        4
    );
    let output = Command::new(env!("CARGO_BIN_EXE_parksim"))
        .args(["--lang", "en", "validate"])
        .arg(root.join("tests/fixtures/exercises/broken.ron"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("broken.ron:15:") && stderr.contains("tajikistan_fez"),
        "{stderr}"
    );
}
