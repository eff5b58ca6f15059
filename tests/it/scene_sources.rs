//! Every source a shipped scene cites in its comments survives a save. The planner's Save
//! writes `scenario::to_ron(&raw)`, which keeps only structured data (a number's `source`,
//! a record's `source`, an anchor's or observation's `source`, an outage's `note`): a
//! citation found only in a comment would be lost. And Sumgayit, saved and reopened, runs
//! exactly as the shipped file.

use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock};

use regex::Regex;

use parksim::scenario::edit::EditSession;
use parksim::scenario::{self, regimes};
use parksim::sim::Simulation;

fn scenes() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("scenes")
}

/// The comments of a RON text with their line numbers: what follows `//` outside a string.
fn comments(text: &str) -> Vec<(usize, &str)> {
    let mut found = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let (mut in_string, mut escaped) = (false, false);
        for (at, c) in line.char_indices() {
            if in_string {
                match c {
                    _ if escaped => escaped = false,
                    '\\' => escaped = true,
                    '"' => in_string = false,
                    _ => {}
                }
            } else if c == '"' {
                in_string = true;
            } else if line[at..].starts_with("//") {
                found.push((index + 1, &line[at + 2..]));
                break;
            }
        }
    }
    found
}

/// A website with the date cited after it, if any ("report.az 2017-04-22").
static WEB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b[\w-]+(?:\.[\w-]+)*\.(?:az|ru|com|org|gov|tj|int|net)\b(?: \d{4}(?:-\d{2}){0,2}\b)?",
    )
    .unwrap()
});
/// A decree, an article of the Tax Code, the project's reference notes, an encyclopaedia.
static DOCUMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"Decree No\. \d+|Tax Code \d+(?:\.\d+)*|\b(?:calibration|models)\.md\b|\bWikipedia\b",
    )
    .unwrap()
});
/// An author and year, "Carlton 1983", "De Mooij & Ederveen 2003" (from "Mooij").
static AUTHOR_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b[A-Z][A-Za-z]+(?: & [A-Z][A-Za-z]+)? \d{4}\b").unwrap());

/// Words before a year that make a date, not an author ("Dec 2014", "in Oct 2013").
const MONTHS: [&str; 23] = [
    "Jan",
    "January",
    "Feb",
    "February",
    "Mar",
    "March",
    "Apr",
    "April",
    "May",
    "Jun",
    "June",
    "Jul",
    "July",
    "Aug",
    "August",
    "Sep",
    "September",
    "Oct",
    "October",
    "Nov",
    "November",
    "Dec",
    "December",
];

/// The citations in one comment.
/// Words that start a sentence's year rather than name an author: "In 2018 …".
const YEAR_WORDS: [&str; 8] = [
    "In", "Before", "After", "Since", "From", "By", "Until", "During",
];

fn citations(comment: &str) -> Vec<String> {
    let mut found: Vec<String> = WEB
        .find_iter(comment)
        .chain(DOCUMENT.find_iter(comment))
        .map(|m| m.as_str().to_owned())
        .collect();
    for m in AUTHOR_YEAR.find_iter(comment) {
        let author = m.as_str().split(' ').next().unwrap_or_default();
        // "Until 2021-06" is a month, "Dec 2011" a date, "In 2018" a year in a sentence.
        if !comment[m.end()..].starts_with('-')
            && !MONTHS.contains(&author)
            && !YEAR_WORDS.contains(&author)
        {
            found.push(m.as_str().to_owned());
        }
    }
    found
}

/// Every (line, citation) in the comments of `text`.
fn comment_citations(text: &str) -> Vec<(usize, String)> {
    comments(text)
        .into_iter()
        .flat_map(|(line, comment)| citations(comment).into_iter().map(move |c| (line, c)))
        .collect()
}

/// The citations of `file`'s comments that `kept` does not contain.
fn lost(file: &str, text: &str, kept: &str) -> Vec<String> {
    comment_citations(text)
        .into_iter()
        .filter(|(_, citation)| !kept.contains(citation.as_str()))
        .map(|(line, citation)| format!("{file}:{line}: {citation}"))
        .collect()
}

#[test]
fn the_citation_finder_finds_each_kind_and_skips_dates() {
    let text = r#"(
  // Conditional logit (McFadden 1974; Carlton 1983), models.md; De Mooij & Ederveen 2003
  a: "x // not a comment kaspi.az", // kaspi.az 2016; report.az 2017-04-22; rcc.ru
  // Decree No. 548, 21 Dec 2011; Tax Code 106.1.13; Until 2021-06, in Oct 2013 (Wikipedia)
  // In 2018 the zones had 1,046 workers; Before 2019 part of it is timing
)"#;
    let found: Vec<String> = comment_citations(text)
        .into_iter()
        .map(|(_, c)| c)
        .collect();
    assert_eq!(
        found,
        [
            "models.md",
            "McFadden 1974",
            "Carlton 1983",
            "Mooij & Ederveen 2003",
            "kaspi.az 2016",
            "report.az 2017-04-22",
            "rcc.ru",
            "Decree No. 548",
            "Tax Code 106.1.13",
            "Wikipedia",
        ]
    );
}

#[test]
fn every_source_in_a_scene_comment_survives_a_save() {
    let mut lost_citations = Vec::new();
    let mut found = 0;
    let mut shipped: Vec<PathBuf> = std::fs::read_dir(scenes())
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "ron"))
        .collect();
    shipped.sort();
    assert!(shipped.len() >= 2, "sumgayit.ron and template.ron");
    for path in &shipped {
        let name = path.file_name().unwrap().to_string_lossy();
        let text = std::fs::read_to_string(path).unwrap();
        let scene = scenario::load(path).unwrap();
        let saved = scenario::to_ron(&scene.raw).unwrap();
        found += comment_citations(&text).len();
        lost_citations.extend(lost(&name, &text, &saved));
    }
    // The finder does see Sumgayit's citations (so an empty list means something).
    assert!(
        found > 20,
        "only {found} citations found in the scenes' comments"
    );
    assert!(
        lost_citations.is_empty(),
        "{} citations are only in comments, and a save drops them:\n{}",
        lost_citations.len(),
        lost_citations.join("\n")
    );
}

#[test]
fn every_source_in_a_regime_preset_comment_is_in_its_source() {
    let mut lost_citations = Vec::new();
    for id in regimes::preset_ids() {
        let name = format!("regimes/{id}.ron");
        let text = std::fs::read_to_string(scenes().join(&name)).unwrap();
        let preset = regimes::preset(id).unwrap();
        lost_citations.extend(lost(&name, &text, &preset.source));
    }
    assert!(lost_citations.is_empty(), "{}", lost_citations.join("\n"));
}

#[test]
fn sumgayit_saved_from_the_planner_runs_identically() {
    let original = scenario::load(&scenes().join("sumgayit.ron")).unwrap();
    let dir = std::env::temp_dir().join(format!("parksim-sources-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("sumgayit.ron");
    EditSession::new(original.raw.clone()).save(&path).unwrap();
    let reopened = scenario::load(&path).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();

    let seed = original.simulation.seed;
    assert_eq!(reopened.simulation.seed, seed);
    let mut shipped = Simulation::new(Arc::new(original), seed);
    let mut saved = Simulation::new(Arc::new(reopened), seed);
    for month in 1..=180 {
        shipped.step();
        saved.step();
        assert_eq!(
            shipped.state_hash(),
            saved.state_hash(),
            "the saved scene's run differs in month {month}"
        );
    }
    assert_eq!(shipped.records(), saved.records());
}
