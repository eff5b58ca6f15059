//! The scenes that travel inside the program: Sumgayit and the empty template for a new
//! park. A scene path of the form `scenes/NAME.ron` that is not a file where parksim is
//! started from is read from here, so the planner (its default scene, *New park*) and the
//! commands work from any folder and from an installed binary. A file that is there is
//! read instead: a planner's own edited copy comes first.

use std::path::Path;

/// Every built-in scene: the path it answers to and its text.
pub const BUILT_IN: [(&str, &str); 2] = [
    (
        "scenes/sumgayit.ron",
        include_str!("../../scenes/sumgayit.ron"),
    ),
    (
        "scenes/template.ron",
        include_str!("../../scenes/template.ron"),
    ),
];

/// The built-in text of `path`, when `path` names a built-in scene (written as
/// `scenes/NAME.ron`, with `/` or the platform's separator).
pub fn text_of(path: &Path) -> Option<&'static str> {
    BUILT_IN
        .iter()
        .find(|(name, _)| Path::new(name) == path)
        .map(|(_, text)| *text)
}

/// Whether `path` will be read from the program rather than from disk: it names a
/// built-in scene and no file is there.
pub fn is_used_for(path: &Path) -> bool {
    text_of(path).is_some() && !path.exists()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_scenes_are_the_files_of_the_scenes_folder_and_valid() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        for (name, text) in BUILT_IN {
            assert_eq!(
                std::fs::read_to_string(root.join(name)).unwrap(),
                text,
                "{name}"
            );
            assert!(super::super::parse(text, Path::new(name)).is_ok(), "{name}");
            assert_eq!(text_of(Path::new(name)), Some(text));
        }
        assert_eq!(text_of(Path::new("scenes/other.ron")), None);
        assert_eq!(text_of(Path::new("/tmp/scenes/sumgayit.ron")), None);
    }
}
