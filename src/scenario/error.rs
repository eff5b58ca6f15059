//! Errors in scene files, each located by file, line and column where the text allows.
//!
//! Locations come from an [`Outline`] of the file's text: every record `( ... )` and list
//! `[ ... ]` with the field it is written under and its own fields, read by a small RON
//! scanner that skips comments and the insides of strings. A thing is found in its own
//! record (the plot whose `id: "P01"` is written in the `plots` list), never at the first
//! place its id happens to be written.

use std::cell::OnceCell;
use std::collections::HashMap;
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
/// are the file's own words (list and field names, ids), never translated.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Place<'a> {
    /// The `nth` (0-based) record of the lists named `list` (`plots`, `sources`, ...)
    /// whose field `key` is written `"value"`: a plot by its `id`, arrivals by `sector`.
    Record {
        list: &'a str,
        key: &'a str,
        value: &'a str,
        nth: usize,
    },
    /// A section of the scene, found by its field name (`demand:`).
    Section(&'a str),
}

/// Collects errors while validating, locating them in the source text.
pub(crate) struct ErrorSink<'a> {
    file: &'a Path,
    source: &'a str,
    /// Built at the first error that needs a place, so a valid scene never pays for it.
    outline: OnceCell<Outline<'a>>,
    pub errors: Vec<ScenarioError>,
}

impl<'a> ErrorSink<'a> {
    pub fn new(file: &'a Path, source: &'a str) -> Self {
        Self {
            file,
            source,
            outline: OnceCell::new(),
            errors: Vec::new(),
        }
    }

    fn outline(&self) -> &Outline<'a> {
        self.outline.get_or_init(|| Outline::new(self.source))
    }

    /// Records an error at an explicit position.
    pub fn at(&mut self, location: Option<(usize, usize)>, message: impl Into<String>) {
        self.errors.push(ScenarioError {
            file: self.file.to_path_buf(),
            location,
            message: message.into(),
        });
    }

    fn at_offset(&mut self, offset: Option<usize>, message: impl Into<String>) {
        let location = offset.map(|at| self.outline().line_column(at));
        self.at(location, message);
    }

    /// Records an error at the thing itself: the value of its key field (`id: "P01"`),
    /// or a section's field name.
    pub fn at_place(&mut self, place: Place<'_>, message: impl Into<String>) {
        let at = self.outline().anchor(place);
        self.at_offset(at, message);
    }

    /// Records an error at field `key` of the thing at `place` (its own field first, then
    /// one of the records within it), or at the thing if it has no such field.
    pub fn at_key_of(&mut self, place: Place<'_>, key: &str, message: impl Into<String>) {
        let outline = self.outline();
        let at = outline
            .node(place)
            .and_then(|node| outline.field_within(node, key, None))
            .map(|f| f.key_at)
            .or_else(|| outline.anchor(place));
        self.at_offset(at, message);
    }

    /// Records an error at a reference `key: "value"` written by the thing at `place`
    /// (or, failing that, anywhere in the file).
    pub fn at_reference(
        &mut self,
        place: Place<'_>,
        key: &str,
        value: &str,
        message: impl Into<String>,
    ) {
        let outline = self.outline();
        let at = outline
            .node(place)
            .and_then(|node| outline.field_within(node, key, Some(value)))
            .or_else(|| outline.field_anywhere(key, value, 0))
            .map(|f| f.value_at)
            .or_else(|| outline.anchor(place));
        self.at_offset(at, message);
    }

    /// Records an error at a bare quoted `"value"` written by the thing at `place`, as in
    /// `Firm("id")` or `Zones(["a", "b"])` (or, failing that, anywhere in the file).
    pub fn at_quoted(&mut self, place: Place<'_>, value: &str, message: impl Into<String>) {
        let outline = self.outline();
        let at = outline
            .node(place)
            .and_then(|node| outline.quoted_within(node, value))
            .or_else(|| outline.quoted_within_span(0, usize::MAX, value))
            .or_else(|| outline.anchor(place));
        self.at_offset(at, message);
    }

    /// Records an error located at the `nth` occurrence of the field name `key:`.
    pub fn at_key(&mut self, key: &str, nth: usize, message: impl Into<String>) {
        let at = self.outline().key_anywhere(key, nth);
        self.at_offset(at, message);
    }
}

/// Line and column (1-based, counted in characters) of a byte offset.
pub fn line_column(source: &str, byte: usize) -> (usize, usize) {
    let before = &source[..byte.min(source.len())];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// A field as written: `name: value`.
#[derive(Debug)]
struct Field<'s> {
    name: &'s str,
    /// Byte offset of the field name.
    key_at: usize,
    /// Byte offset of the value's first character.
    value_at: usize,
    /// The value's text (between the quotes) when it is a plain string.
    text: Option<&'s str>,
    /// The record or list that is the value, if it is one (after any variant name).
    node: Option<usize>,
}

/// A record `( ... )` or a list `[ ... ]` (or map `{ ... }`) as written.
#[derive(Debug)]
struct Node<'s> {
    /// The field this node, or the nearest list or record around it, is the value of:
    /// `plots` for each plot's record, `shape` for its `Rect( ... )`.
    under: Option<&'s str>,
    open: usize,
    /// One past the closing bracket (the end of the text if it is never closed).
    close: usize,
    fields: Vec<Field<'s>>,
}

/// The structure of a scene file's text, for locating errors. It assumes text that the
/// RON reader accepted, and never fails on text it did not.
pub(crate) struct Outline<'s> {
    /// In the order they open, so the nodes within one follow it.
    nodes: Vec<Node<'s>>,
    /// Every string literal: the offset of its opening quote and its text.
    strings: Vec<(usize, &'s str)>,
    /// Byte offset where each line starts.
    line_starts: Vec<usize>,
    source: &'s str,
    /// Nodes by (the list they are under, a field's name, its string value), in file order.
    by_value: HashMap<(&'s str, &'s str, &'s str), Vec<usize>>,
    /// (node, field) by field name, in file order.
    by_name: HashMap<&'s str, Vec<(usize, usize)>>,
}

impl<'s> Outline<'s> {
    pub fn new(source: &'s str) -> Self {
        let mut outline = Outline {
            nodes: Vec::new(),
            strings: Vec::new(),
            line_starts: std::iter::once(0)
                .chain(source.match_indices('\n').map(|(i, _)| i + 1))
                .collect(),
            source,
            by_value: HashMap::new(),
            by_name: HashMap::new(),
        };
        outline.scan();
        for (n, node) in outline.nodes.iter().enumerate() {
            for (k, field) in node.fields.iter().enumerate() {
                outline.by_name.entry(field.name).or_default().push((n, k));
                if let (Some(under), Some(text)) = (node.under, field.text) {
                    outline
                        .by_value
                        .entry((under, field.name, text))
                        .or_default()
                        .push(n);
                }
            }
        }
        outline
    }

    /// Reads the text once: nodes, their fields, and string literals.
    fn scan(&mut self) {
        let source = self.source;
        let b = source.as_bytes();
        // Open nodes, innermost last, each with the field of it awaiting its value.
        let mut open: Vec<(usize, Option<usize>)> = Vec::new();
        let mut i = 0;
        while i < b.len() {
            let c = b[i];
            match c {
                b'/' if b.get(i + 1) == Some(&b'/') || b.get(i + 1) == Some(&b'*') => {
                    i = skip_comment(b, i);
                }
                b'"' => {
                    let end = string_end(b, i + 1, 0);
                    let text = source.get(i + 1..end.saturating_sub(1)).unwrap_or_default();
                    self.strings.push((i, text));
                    if let Some((node, Some(field))) = open.last_mut().map(|(n, f)| (*n, f.take()))
                    {
                        self.nodes[node].fields[field].text = Some(text);
                    }
                    i = end;
                }
                b'r' if raw_string_start(b, i).is_some() => {
                    let (hashes, quote) = raw_string_start(b, i).unwrap_or((0, i));
                    let end = string_end(b, quote + 1, hashes);
                    let text_end = end.saturating_sub(1 + hashes);
                    let text = source.get(quote + 1..text_end).unwrap_or_default();
                    self.strings.push((quote, text));
                    if let Some((node, Some(field))) = open.last_mut().map(|(n, f)| (*n, f.take()))
                    {
                        self.nodes[node].fields[field].text = Some(text);
                    }
                    i = end;
                }
                b'\'' => {
                    i = char_end(b, i + 1);
                    if let Some((_, awaiting)) = open.last_mut() {
                        *awaiting = None;
                    }
                }
                b'(' | b'[' | b'{' => {
                    let under = match open.last() {
                        Some(&(node, Some(field))) => Some(self.nodes[node].fields[field].name),
                        Some(&(node, None)) => self.nodes[node].under,
                        None => None,
                    };
                    let index = self.nodes.len();
                    if let Some((node, awaiting)) = open.last_mut()
                        && let Some(field) = awaiting.take()
                    {
                        self.nodes[*node].fields[field].node = Some(index);
                    }
                    self.nodes.push(Node {
                        under,
                        open: i,
                        close: b.len(),
                        fields: Vec::new(),
                    });
                    open.push((index, None));
                    i += 1;
                }
                b')' | b']' | b'}' => {
                    if let Some((node, _)) = open.pop() {
                        self.nodes[node].close = i + 1;
                    }
                    i += 1;
                }
                b',' => {
                    if let Some((_, awaiting)) = open.last_mut() {
                        *awaiting = None;
                    }
                    i += 1;
                }
                c if c.is_ascii_alphanumeric() || c == b'_' || c == b'-' || c == b'+' => {
                    let start = i;
                    while i < b.len()
                        && (b[i].is_ascii_alphanumeric()
                            || matches!(b[i], b'_' | b'.' | b'-' | b'+'))
                    {
                        i += 1;
                    }
                    let word = &source[start..i];
                    let next = skip_trivia(b, i);
                    let is_name = (c.is_ascii_alphabetic() || c == b'_')
                        && b.get(next) == Some(&b':')
                        && b.get(next + 1) != Some(&b':');
                    match open.last_mut() {
                        Some((node, awaiting)) if is_name => {
                            let fields = &mut self.nodes[*node].fields;
                            *awaiting = Some(fields.len());
                            fields.push(Field {
                                name: word,
                                key_at: start,
                                value_at: skip_trivia(b, next + 1),
                                text: None,
                                node: None,
                            });
                            i = next + 1;
                        }
                        // A variant name before its parentheses keeps the field waiting
                        // for them (`shape: Rect(...)`); any other word is the value.
                        Some((_, awaiting)) if b.get(next) != Some(&b'(') => *awaiting = None,
                        _ => {}
                    }
                }
                _ => i += 1,
            }
        }
    }

    /// Line and column (1-based, counted in characters) of a byte offset.
    pub fn line_column(&self, byte: usize) -> (usize, usize) {
        let byte = byte.min(self.source.len());
        let line = self.line_starts.partition_point(|&s| s <= byte).max(1);
        let start = self.line_starts[line - 1];
        let column = self
            .source
            .get(start..byte)
            .map_or(1, |s| s.chars().count() + 1);
        (line, column)
    }

    /// The node of a place: a record of a list, or the value of a section's field.
    fn node(&self, place: Place<'_>) -> Option<usize> {
        match place {
            Place::Record {
                list,
                key,
                value,
                nth,
            } => {
                let found = self.by_value.get(&(list, key, value))?;
                found.get(nth).or(found.first()).copied()
            }
            Place::Section(name) => self.first_named(name).and_then(|f| f.node),
        }
    }

    fn first_named(&self, name: &str) -> Option<&Field<'s>> {
        let &(n, k) = self.by_name.get(name)?.first()?;
        Some(&self.nodes[n].fields[k])
    }

    /// Where a place is written: a record's key value, or a section's field name.
    fn anchor(&self, place: Place<'_>) -> Option<usize> {
        match place {
            Place::Record { key, value, .. } => {
                let node = self.node(place)?;
                self.nodes[node]
                    .fields
                    .iter()
                    .find(|f| f.name == key && f.text == Some(value))
                    .map(|f| f.value_at)
            }
            Place::Section(name) => self.first_named(name).map(|f| f.key_at),
        }
    }

    /// The first field `key` (with the string `value`, if given) of `node` itself, or else
    /// of the nodes within it, in file order.
    fn field_within(&self, node: usize, key: &str, value: Option<&str>) -> Option<&Field<'s>> {
        let close = self.nodes[node].close;
        let matches = |f: &&Field| f.name == key && value.is_none_or(|v| f.text == Some(v));
        self.nodes[node].fields.iter().find(matches).or_else(|| {
            self.nodes[node + 1..]
                .iter()
                .take_while(|n| n.open < close)
                .flat_map(|n| &n.fields)
                .find(matches)
        })
    }

    /// The `nth` field `key: "value"` anywhere in the file.
    fn field_anywhere(&self, key: &str, value: &str, nth: usize) -> Option<&Field<'s>> {
        self.by_name
            .get(key)?
            .iter()
            .map(|&(n, k)| &self.nodes[n].fields[k])
            .filter(|f| f.text == Some(value))
            .nth(nth)
    }

    /// Offset of the `nth` field name `key:` anywhere in the file.
    fn key_anywhere(&self, key: &str, nth: usize) -> Option<usize> {
        let mut offsets: Vec<usize> = self
            .by_name
            .get(key)?
            .iter()
            .map(|&(n, k)| self.nodes[n].fields[k].key_at)
            .collect();
        offsets.sort_unstable();
        offsets.get(nth).copied()
    }

    /// Offset of the first string literal `"value"` within a node.
    fn quoted_within(&self, node: usize, value: &str) -> Option<usize> {
        let n = &self.nodes[node];
        self.quoted_within_span(n.open, n.close, value)
    }

    fn quoted_within_span(&self, from: usize, to: usize, value: &str) -> Option<usize> {
        let first = self.strings.partition_point(|&(at, _)| at < from);
        self.strings[first..]
            .iter()
            .take_while(|&&(at, _)| at < to)
            .find(|&&(_, text)| text == value)
            .map(|&(at, _)| at)
    }
}

/// Whitespace and comments from `i` on: the offset of the next meaningful byte.
fn skip_trivia(b: &[u8], mut i: usize) -> usize {
    loop {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        if b.get(i) == Some(&b'/') && matches!(b.get(i + 1), Some(b'/' | b'*')) {
            i = skip_comment(b, i);
        } else {
            return i;
        }
    }
}

/// The end of the comment starting at `i` (`//` to the line's end; `/* */`, nested).
fn skip_comment(b: &[u8], i: usize) -> usize {
    if b.get(i + 1) == Some(&b'/') {
        return b[i..]
            .iter()
            .position(|&c| c == b'\n')
            .map_or(b.len(), |p| i + p);
    }
    let (mut depth, mut j) = (0usize, i);
    while j < b.len() {
        if b[j] == b'/' && b.get(j + 1) == Some(&b'*') {
            depth += 1;
            j += 2;
        } else if b[j] == b'*' && b.get(j + 1) == Some(&b'/') {
            depth -= 1;
            j += 2;
            if depth == 0 {
                return j;
            }
        } else {
            j += 1;
        }
    }
    b.len()
}

/// One past the closing quote of a string whose text starts at `i`: `"` followed by
/// `hashes` `#` for a raw string, an unescaped `"` otherwise.
fn string_end(b: &[u8], mut i: usize, hashes: usize) -> usize {
    while i < b.len() {
        match b[i] {
            b'\\' if hashes == 0 => i += 2,
            b'"' if b[i + 1..]
                .iter()
                .take(hashes)
                .filter(|&&c| c == b'#')
                .count()
                == hashes =>
            {
                return (i + 1 + hashes).min(b.len());
            }
            _ => i += 1,
        }
    }
    b.len()
}

/// For `r"`, `r#"`, ... at `i`: the number of `#` and the offset of the opening quote.
fn raw_string_start(b: &[u8], i: usize) -> Option<(usize, usize)> {
    if i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_') {
        return None;
    }
    let hashes = b[i + 1..].iter().take_while(|&&c| c == b'#').count();
    (b.get(i + 1 + hashes) == Some(&b'"')).then_some((hashes, i + 1 + hashes))
}

/// One past the closing quote of a character literal whose text starts at `i`.
fn char_end(b: &[u8], mut i: usize) -> usize {
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'\'' => return i + 1,
            _ => i += 1,
        }
    }
    b.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(outline: &Outline, offset: Option<usize>) -> Option<(usize, usize)> {
        offset.map(|o| outline.line_column(o))
    }

    #[test]
    fn finds_records_in_their_own_list_and_skips_comments_and_strings() {
        let text = "(\n  // id: \"A\"\n  /* (id: \"B\", zone: \"z\") */ zones: [(id: \"B\")],\n  plots: [(id: \"A\", name: \"a // b\"), (id:  \"B\", zone: \"z\", shape: Rect(x_m: 1))],\n)";
        let o = Outline::new(text);
        let plot = |id| Place::Record {
            list: "plots",
            key: "id",
            value: id,
            nth: 0,
        };
        assert_eq!(at(&o, o.anchor(plot("A"))), Some((4, 16)));
        assert_eq!(at(&o, o.anchor(plot("B"))), Some((4, 44)));
        assert_eq!(o.anchor(plot("C")), None);
        let zone = Place::Record {
            list: "zones",
            key: "id",
            value: "B",
            nth: 0,
        };
        assert_eq!(at(&o, o.anchor(zone)), Some((3, 43)));
        let node = o.node(plot("B")).unwrap();
        let zone_ref = o.field_within(node, "zone", Some("z")).unwrap();
        assert_eq!(o.line_column(zone_ref.value_at), (4, 55));
        let x = o.field_within(node, "x_m", None).unwrap();
        assert_eq!(o.line_column(x.key_at), (4, 72));
        assert_eq!(at(&o, o.key_anywhere("zone", 0)), Some((4, 49)));
        assert_eq!(at(&o, o.anchor(Place::Section("plots"))), Some((4, 3)));
        assert_eq!(o.line_column(0), (1, 1));
        assert_eq!(line_column(text, 2), (2, 1));
    }
}
