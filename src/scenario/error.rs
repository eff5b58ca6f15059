//! Errors in scene files, each located by file, line and column where the text allows.

use std::fmt;
use std::path::{Path, PathBuf};

/// One problem found in a scene file.
#[derive(Clone, Debug, PartialEq)]
pub struct ScenarioError {
    /// The file as the user named it.
    pub file: PathBuf,
    /// 1-based line and column, where known.
    pub location: Option<(usize, usize)>,
    /// What is wrong and what was expected, in the planner's words.
    pub message: String,
}

impl fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.location {
            Some((line, column)) => write!(
                f,
                "{}:{line}:{column}: {}",
                self.file.display(),
                self.message
            ),
            None => write!(f, "{}: {}", self.file.display(), self.message),
        }
    }
}

/// All problems found in one scene file (at least one).
#[derive(Clone, Debug, PartialEq)]
pub struct ScenarioErrors(pub Vec<ScenarioError>);

impl fmt::Display for ScenarioErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, error) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ScenarioErrors {}

/// Where a thing is written in a scene file, to locate errors about its fields. These
/// are the file's own words (ids, field names), never translated.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Place<'a> {
    /// A thing with an id (or a regime's name), found where `"id"` is first written.
    Id(&'a str),
    /// A section of the scene, found by its field name (`demand:`).
    Section(&'a str),
}

/// Collects errors while validating, locating them in the source text.
pub(crate) struct ErrorSink<'a> {
    file: &'a Path,
    source: &'a str,
    pub errors: Vec<ScenarioError>,
}

impl<'a> ErrorSink<'a> {
    pub fn new(file: &'a Path, source: &'a str) -> Self {
        Self {
            file,
            source,
            errors: Vec::new(),
        }
    }

    /// Records an error at an explicit position.
    pub fn at(&mut self, location: Option<(usize, usize)>, message: impl Into<String>) {
        self.errors.push(ScenarioError {
            file: self.file.to_path_buf(),
            location,
            message: message.into(),
        });
    }

    /// Records an error located at the `nth` (0-based) occurrence of `key: "value"`.
    pub fn at_field(&mut self, key: &str, value: &str, nth: usize, message: impl Into<String>) {
        let location = locate_field(self.source, key, value, nth);
        self.at(location, message);
    }

    /// Records an error at field `key` of the thing written at `place`: after its quoted
    /// id, or after a section's field name such as `demand:`.
    pub fn at_key_of(&mut self, place: Place<'_>, key: &str, message: impl Into<String>) {
        let anchor = match place {
            Place::Id(id) => quoted_value_offset(self.source, id),
            Place::Section(name) => key_offsets(self.source, name).next().map(|(s, _)| s),
        };
        let location = anchor
            .and_then(|from| {
                key_offsets(&self.source[from..], key)
                    .next()
                    .map(|(s, _)| from + s)
            })
            .or(anchor)
            .map(|at| line_column(self.source, at));
        self.at(location, message);
    }

    /// Records an error at the first place `"value"` is written as a value.
    pub fn at_quoted(&mut self, value: &str, message: impl Into<String>) {
        let location =
            quoted_value_offset(self.source, value).map(|at| line_column(self.source, at));
        self.at(location, message);
    }

    /// Records an error located at the `nth` occurrence of the bare field name `key:`.
    pub fn at_key(&mut self, key: &str, nth: usize, message: impl Into<String>) {
        let location = locate_key(self.source, key, nth);
        self.at(location, message);
    }
}

/// Line and column (1-based, counted in characters) of a byte offset.
pub fn line_column(source: &str, byte: usize) -> (usize, usize) {
    let before = &source[..byte.min(source.len())];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// Offsets of `key` written as a field name (`key:` after a delimiter), skipping comments.
fn key_offsets<'s>(source: &'s str, key: &'s str) -> impl Iterator<Item = (usize, usize)> + 's {
    source.match_indices(key).filter_map(move |(start, _)| {
        let before = source[..start].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            return None;
        }
        let line_start = source[..start].rfind('\n').map_or(0, |i| i + 1);
        if source[line_start..start].contains("//") {
            return None;
        }
        let rest = &source[start + key.len()..];
        let trimmed = rest.trim_start();
        let after_colon = trimmed.strip_prefix(':')?;
        let value_start = source.len() - after_colon.trim_start().len();
        Some((start, value_start))
    })
}

/// Offset of the first `"value"` outside comments.
fn quoted_value_offset(source: &str, value: &str) -> Option<usize> {
    let quoted = format!("\"{value}\"");
    source.match_indices(&quoted).map(|(at, _)| at).find(|&at| {
        let line_start = source[..at].rfind('\n').map_or(0, |i| i + 1);
        !source[line_start..at].contains("//")
    })
}

fn locate_key(source: &str, key: &str, nth: usize) -> Option<(usize, usize)> {
    key_offsets(source, key)
        .nth(nth)
        .map(|(start, _)| line_column(source, start))
}

fn locate_field(source: &str, key: &str, value: &str, nth: usize) -> Option<(usize, usize)> {
    let quoted = format!("\"{value}\"");
    key_offsets(source, key)
        .filter(|&(_, value_start)| source[value_start..].starts_with(&quoted))
        .nth(nth)
        .map(|(_, value_start)| line_column(source, value_start))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_fields_and_skips_comments() {
        let text = "(\n  // id: \"A\"\n  plots: [(id: \"A\"), (id:  \"B\", zone: \"z\")],\n)";
        assert_eq!(locate_field(text, "id", "A", 0), Some((3, 16)));
        assert_eq!(locate_field(text, "id", "B", 0), Some((3, 28)));
        assert_eq!(locate_field(text, "id", "C", 0), None);
        assert_eq!(locate_key(text, "zone", 0), Some((3, 33)));
    }
}
