//! Tour files (`tours/*.ron`): the shipped tours check against their scenes and speak the
//! planner's four languages; a broken tour gets one located message per mistake, with the
//! nearest id where one is misspelt.

use std::path::{Path, PathBuf};

use parksim::tour;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_shipped_tours_check_and_speak_all_four_languages() {
    let mut found = 0;
    for entry in std::fs::read_dir(root().join("tours")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ron") {
            continue;
        }
        found += 1;
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            tour::is_tour(&text),
            "{} is written Tour( … )",
            path.display()
        );
        let t = match tour::load(&path) {
            Ok(t) => t,
            Err(e) => panic!("{e}"),
        };
        assert!(t.steps.len() >= 4, "{}: a story in steps", path.display());
        for language in ["ru", "tg", "az"] {
            assert!(
                t.raw.names.contains_key(language),
                "{}: the tour's name in {language}",
                path.display()
            );
        }
        assert_eq!(t.shown_name(), t.raw.name, "English while the tests run");
        for step in &t.steps {
            assert_eq!(step.shown_caption(), step.caption.get("en"));
            for language in tour::CAPTION_LANGUAGES {
                let caption = step.caption.get(language).unwrap_or_else(|| {
                    panic!(
                        "{}: step {} has no {language} caption",
                        path.display(),
                        step.id
                    )
                });
                assert!(!caption.title.trim().is_empty() && caption.text.len() > 40);
            }
        }
    }
    assert_eq!(found, 2, "two tours ship");
}

#[test]
fn the_two_regimes_tour_puts_the_fez_regime_on_sumgayit_and_pins_the_azerbaijani_one() {
    let t = tour::load(&root().join("tours/two_regimes.ron")).unwrap();
    assert_eq!(
        t.scene.regimes.len(),
        1,
        "the scene's regimes replaced by the preset"
    );
    let (scene, preset) = t.steps[0].baseline.clone().expect("the first step pins");
    assert!(scene.unwrap().ends_with("scenes/sumgayit.ron"));
    assert_eq!(preset.as_deref(), Some("az_industrial_park_10y"));
}

#[test]
fn a_broken_tour_gets_a_located_message_for_each_mistake() {
    let path = root().join("tests/fixtures/tours/broken_tour.ron");
    let errors = tour::load(&path).unwrap_err().0;
    let at = |needle: &str| {
        errors
            .iter()
            .find(|e| e.message.contains(needle))
            .unwrap_or_else(|| panic!("no message with {needle:?} in:\n{errors:#?}"))
            .location
            .expect("located")
    };
    assert_eq!(at("did you mean \"P01\""), (8, 20));
    assert_eq!(at("2031-01"), (13, 7));
    assert_eq!(at("\"heat\" is not a map layer"), (18, 7));
    assert_eq!(at("\"charts\" is not a tab"), (19, 7));
    assert_eq!(at("no English caption"), (24, 7));
    assert_eq!(at("\"fr\""), (24, 48));
    assert_eq!(at("malta_fez"), (28, 7));
    assert_eq!(at("after 0 seconds"), (29, 7));
    assert_eq!(at("duplicate step id"), (33, 11));
    assert_eq!(at("no inspector"), (34, 7));
    assert_eq!(at("an Area is written"), (39, 7));
    assert_eq!(at("\"gaz\" is not a utility of the scene"), (40, 17));
    assert!(at("did you mean \"gas\"") == (40, 17));
    assert_eq!(errors.len(), 12, "{errors:#?}");
}

#[test]
fn a_tour_is_told_from_a_scene_by_its_first_word_and_a_bad_scene_is_named() {
    assert!(tour::is_tour(
        "// a comment\n/* and another */ Tour (\n name: \"x\""
    ));
    assert!(!tour::is_tour("// Tour( in a comment\n(\n  park: ("));
    assert!(!tour::is_tour("Tourist("));
    let text = "Tour(name: \"x\", scene: \"no/such/scene.ron\", steps: [])";
    let errors = tour::parse(text, Path::new("t.ron")).unwrap_err().0;
    assert_eq!(errors[0].location.map(|(line, _)| line), Some(1));
    assert!(
        errors[0].message.contains("no/such/scene.ron"),
        "{errors:?}"
    );
}

#[test]
fn a_step_written_networks_true_as_tours_first_were_draws_every_network() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("old.ron");
    std::fs::write(
        &file,
        format!(
            "Tour(name: \"x\", scene: \"{}\", steps: [(id: \"a\", networks: true, \
             caption: {{\"en\": (title: \"t\", text: \"t\")}})])",
            root().join("scenes/sumgayit.ron").display()
        ),
    )
    .unwrap();
    let t = tour::load(&file).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(t.steps[0].networks, Some(None));
}
