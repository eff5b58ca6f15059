//! What saving a scene over a file would throw away. The planner writes a scene as
//! [`to_ron`](crate::scenario::to_ron) lays it out: the values only, without the file's
//! comments (where a hand-written scene keeps its sources and notes) or its own layout.
//! Before a save overwrites a file, the planner measures what of the file's text that
//! written form would not reproduce, and asks first when it is anything.

use std::collections::HashMap;
use std::path::Path;

use crate::scenario::raw::RawScenario;
use crate::tr;

/// The text of a file that rewriting it as the planner writes scenes would lose.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TextLoss {
    /// Lines that hold a comment (`//` or `/* … */`): the written form has none.
    pub comment_lines: usize,
    /// The file's own way of writing its scene: line breaks and spacing, how numbers and
    /// strings are spelled, values stated at their defaults (which the planner leaves
    /// out). The values themselves are kept.
    pub layout: bool,
    /// Lines of a file that is not a scene at all: all of them would be lost.
    pub foreign_lines: usize,
}

impl TextLoss {
    /// Nothing would be lost.
    pub fn is_nothing(&self) -> bool {
        *self == TextLoss::default()
    }

    /// What would be lost, in the planner's words (e.g. "229 comment lines and its own
    /// layout (…)").
    pub fn describe(&self) -> String {
        if self.foreign_lines > 0 {
            return tr!("save-loss-not-a-scene", lines = self.foreign_lines);
        }
        let comments = tr!("save-loss-comments", comments = self.comment_lines);
        match (self.comment_lines > 0, self.layout) {
            (true, true) => tr!(
                "save-loss-two",
                first = comments,
                second = tr!("save-loss-layout")
            ),
            (true, false) => comments,
            (false, true) => tr!("save-loss-layout"),
            (false, false) => String::new(),
        }
    }
}

/// What rewriting the scene file text `text` would lose (see [`TextLoss`]): its comment
/// lines, and its layout when its lines (compared without white space and trailing
/// commas) are not those of the written form of its own scene. Text that is not a scene
/// would be lost whole.
pub fn rewrite_loss(text: &str) -> TextLoss {
    let lines = lines_without_comments(text);
    let comment_lines = lines.iter().filter(|(_, comment)| *comment).count();
    let code: Vec<String> = lines
        .iter()
        .filter(|(_, comment)| !comment)
        .map(|(code, _)| normal_form(code))
        .filter(|line| !line.is_empty())
        .collect();
    let Some(written) = crate::scenario::ron_options()
        .from_str::<RawScenario>(text)
        .ok()
        .and_then(|raw| crate::scenario::to_ron(&raw).ok())
    else {
        return TextLoss {
            comment_lines,
            layout: true,
            foreign_lines: text.lines().filter(|l| !l.trim().is_empty()).count(),
        };
    };
    let mut written_lines: HashMap<String, usize> = HashMap::new();
    for line in written.lines().map(normal_form).filter(|l| !l.is_empty()) {
        *written_lines.entry(line).or_default() += 1;
    }
    // Lines written with a comment on them are compared too: their code may be laid out
    // like the written form's.
    let with_comments = lines
        .iter()
        .filter(|(code, comment)| *comment && !code.trim().is_empty())
        .map(|(code, _)| normal_form(code));
    let mut unmatched = 0;
    for line in code.into_iter().chain(with_comments) {
        match written_lines.get_mut(&line) {
            Some(n) if *n > 0 => *n -= 1,
            _ => unmatched += 1,
        }
    }
    TextLoss {
        comment_lines,
        layout: unmatched > 0 || written_lines.values().any(|&n| n > 0),
        foreign_lines: 0,
    }
}

/// What saving a scene over the file at `path` would lose of the text there (see
/// [`rewrite_loss`]); nothing when there is no file. A file that cannot be read is left to
/// the save to report; one that is not text would be lost whole.
pub fn overwrite_loss(path: &Path) -> TextLoss {
    let Ok(bytes) = std::fs::read(path) else {
        return TextLoss::default();
    };
    match String::from_utf8(bytes) {
        Ok(text) => rewrite_loss(&text),
        Err(e) => TextLoss {
            comment_lines: 0,
            layout: true,
            foreign_lines: e.as_bytes().split(|&b| b == b'\n').count(),
        },
    }
}

/// A line as compared for layout: without white space or trailing commas.
fn normal_form(line: &str) -> String {
    let squeezed: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    squeezed.trim_end_matches(',').to_owned()
}

/// Each line of RON text without its comments, and whether it held (part of) one. Knows
/// strings (with escapes), raw strings (`r#"…"#`) and characters, where `//` is text, and
/// nested block comments.
fn lines_without_comments(text: &str) -> Vec<(String, bool)> {
    #[derive(Clone, Copy, PartialEq)]
    enum In {
        Code,
        Str { escaped: bool },
        RawStr { hashes: usize },
        Char { escaped: bool },
        LineComment,
        Block { depth: usize },
    }
    let mut lines = Vec::new();
    let (mut code, mut comment) = (String::new(), false);
    let mut state = In::Code;
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '\n' {
            lines.push((std::mem::take(&mut code), comment));
            comment = matches!(state, In::Block { .. });
            if state == In::LineComment {
                state = In::Code;
            }
            i += 1;
            continue;
        }
        match state {
            In::Code => {
                if c == '/' && next == Some('/') {
                    state = In::LineComment;
                    comment = true;
                    i += 1;
                } else if c == '/' && next == Some('*') {
                    state = In::Block { depth: 1 };
                    comment = true;
                    i += 1;
                } else {
                    code.push(c);
                    if c == '"' {
                        state = In::Str { escaped: false };
                    } else if c == '\'' {
                        state = In::Char { escaped: false };
                    } else if c == 'r' && matches!(next, Some('"') | Some('#')) {
                        let hashes = chars[i + 1..].iter().take_while(|&&h| h == '#').count();
                        if chars.get(i + 1 + hashes) == Some(&'"') {
                            code.extend(&chars[i + 1..=i + 1 + hashes]);
                            state = In::RawStr { hashes };
                            i += 1 + hashes;
                        }
                    }
                }
            }
            In::Str { escaped } => {
                code.push(c);
                state = match (escaped, c) {
                    (false, '\\') => In::Str { escaped: true },
                    (false, '"') => In::Code,
                    _ => In::Str { escaped: false },
                };
            }
            In::Char { escaped } => {
                code.push(c);
                state = match (escaped, c) {
                    (false, '\\') => In::Char { escaped: true },
                    (false, '\'') => In::Code,
                    _ => In::Char { escaped: false },
                };
            }
            In::RawStr { hashes } => {
                code.push(c);
                if c == '"' && chars[i + 1..].iter().take_while(|&&h| h == '#').count() >= hashes {
                    code.extend(std::iter::repeat_n('#', hashes));
                    i += hashes;
                    state = In::Code;
                }
            }
            In::LineComment => {}
            In::Block { depth } => {
                if c == '*' && next == Some('/') {
                    state = if depth == 1 {
                        In::Code
                    } else {
                        In::Block { depth: depth - 1 }
                    };
                    i += 1;
                } else if c == '/' && next == Some('*') {
                    state = In::Block { depth: depth + 1 };
                    i += 1;
                }
            }
        }
        i += 1;
    }
    if !code.is_empty() || comment {
        lines.push((code, comment));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_are_found_outside_strings_only() {
        let text = "(\n  // a note\n  url: \"https://example.org\", // where\n  \
                    a: r#\"x // y\"#, b: '/', /* one\n two */ c: 1,\n)";
        let lines = lines_without_comments(text);
        let flags: Vec<bool> = lines.iter().map(|(_, c)| *c).collect();
        assert_eq!(flags, [false, true, true, true, true, false]);
        assert_eq!(lines[2].0.trim(), "url: \"https://example.org\",");
        assert_eq!(lines[3].0.trim(), "a: r#\"x // y\"#, b: '/',");
        assert_eq!(lines[4].0.trim(), "c: 1,");
    }
}
