//! The words the user reads. Every label, heading and message of the planner is looked up
//! here by its Fluent id (`assets/locales/<language>/*.ftl`, built into the binary by
//! fluent-templates), so a translation is a new folder of `.ftl` files, not a code change.
//! English (`en-US`) is the fallback for any missing text. The language is chosen with
//! `--lang`, else the planner's saved choice, else the environment (`LC_ALL`,
//! `LC_MESSAGES`, `LANG`).

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::RwLock;

use fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./assets/locales",
        fallback_language: "en-US",
        // Fluent wraps arguments in Unicode direction marks by default; the planner's
        // languages all run left to right and the marks would show as boxes in egui.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// The fallback language, in which every text exists.
pub const FALLBACK: &str = "en-US";

static LANGUAGE: RwLock<Option<LanguageIdentifier>> = RwLock::new(None);

fn fallback() -> LanguageIdentifier {
    FALLBACK.parse().expect("en-US is a language identifier")
}

/// The language texts are shown in now.
pub fn language() -> LanguageIdentifier {
    LANGUAGE
        .read()
        .ok()
        .and_then(|l| l.clone())
        .unwrap_or_else(fallback)
}

/// Shows texts in `language` from now on; refused (with the languages there are) when no
/// texts exist for it.
pub fn set_language(language: &str) -> Result<(), String> {
    let wanted: LanguageIdentifier = language
        .parse()
        .map_err(|_| format!("\"{language}\" is not a language code such as en-US or tg-TJ"))?;
    if !LOCALES.locales().any(|l| *l == wanted) {
        return Err(format!(
            "no texts in {wanted}; there are: {}",
            languages().join(", ")
        ));
    }
    if let Ok(mut l) = LANGUAGE.write() {
        *l = Some(wanted);
    }
    Ok(())
}

/// The language with texts that `requested` asks for: a code as `--lang` takes it (`ru`,
/// `tg-TJ`, `en`) or as the environment gives it (`ru_RU.UTF-8`); the same code, else the
/// one of the same language (`en` is `en-US`, `ru_RU` is `ru`). None for `C`, `POSIX` or a
/// language without texts.
pub fn matching(requested: &str) -> Option<String> {
    let code = requested
        .split(['.', '@'])
        .next()
        .unwrap_or_default()
        .replace('_', "-");
    if code.is_empty() || code == "C" || code == "POSIX" {
        return None;
    }
    let wanted: LanguageIdentifier = code.parse().ok()?;
    let available: Vec<LanguageIdentifier> = LOCALES.locales().cloned().collect();
    let found = available
        .iter()
        .find(|l| **l == wanted)
        .or_else(|| available.iter().find(|l| l.language == wanted.language))?;
    Some(found.to_string())
}

/// The language the environment asks for (`LC_ALL`, then `LC_MESSAGES`, then `LANG`, as
/// POSIX orders them), if there are texts in it.
pub fn from_environment() -> Option<String> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())
        .and_then(|value| matching(&value))
}

/// The name of a language in itself, for the planner's picker.
pub fn native_name(code: &str) -> String {
    match code.split('-').next().unwrap_or_default() {
        "en" => "English".to_owned(),
        "ru" => "Русский".to_owned(),
        "tg" => "Тоҷикӣ".to_owned(),
        "az" => "Azərbaycanca".to_owned(),
        _ => code.to_owned(),
    }
}

/// The languages with texts, as codes (e.g. `en-US`).
pub fn languages() -> Vec<String> {
    let mut all: Vec<String> = LOCALES.locales().map(|l| l.to_string()).collect();
    all.sort();
    all
}

/// The text with this id, in the current language. A missing id shows as itself, so a
/// forgotten text is visible rather than blank (a test checks none is missing).
pub fn text(id: &str) -> String {
    LOCALES
        .try_lookup(&language(), id)
        .unwrap_or_else(|| id.to_owned())
}

/// The text with this id, with its `{ $name }` placeholders filled in.
pub fn text_with(id: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
    text_in(&language(), id, args)
}

/// The text with this id in `language`, with its placeholders filled in.
pub fn text_in(
    language: &LanguageIdentifier,
    id: &str,
    args: &[(&'static str, FluentValue<'static>)],
) -> String {
    let args: HashMap<Cow<'static, str>, FluentValue<'static>> = args
        .iter()
        .map(|(k, v)| (Cow::Borrowed(*k), v.clone()))
        .collect();
    LOCALES
        .try_lookup_with_args(language, id, &args)
        .unwrap_or_else(|| id.to_owned())
}

/// A text by its Fluent id: `tr!("menu-save")`, or with arguments,
/// `tr!("plot-area", area = format!("{:.2}", ha))`. Arguments are strings or integers;
/// numbers with decimals are formatted by the caller, so each text chooses its precision.
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::locale::text($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::locale::text_with(
            $id,
            &[$((stringify!($name), $crate::locale::Arg::from($value).0)),+],
        )
    };
}

/// An argument of [`tr!`]: text or a whole number.
pub struct Arg(pub FluentValue<'static>);

impl From<String> for Arg {
    fn from(v: String) -> Self {
        Arg(FluentValue::from(v))
    }
}

impl From<&String> for Arg {
    fn from(v: &String) -> Self {
        Arg(FluentValue::from(v.clone()))
    }
}

impl From<&str> for Arg {
    fn from(v: &str) -> Self {
        Arg(FluentValue::from(v.to_owned()))
    }
}

macro_rules! whole_numbers {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(v: $t) -> Self {
                Arg(FluentValue::from(v))
            }
        }
    )*};
}
whole_numbers!(u32, u64, usize, i32, i64);

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast;

    #[test]
    fn texts_come_from_the_english_files_with_arguments_filled_in() {
        assert_eq!(tr!("chart-firms"), "Residents");
        assert_eq!(
            tr!("plot-tooltip-title", id = "A01"),
            "Plot A01",
            "no direction marks around the argument"
        );
        assert_eq!(text("no-such-text"), "no-such-text");
        assert!(set_language("xx-YY").unwrap_err().contains("en-US"));
        assert_eq!(
            tr!("speed-months-per-second", months = 1u32),
            "1 month per second"
        );
        assert_eq!(
            tr!("speed-months-per-second", months = 12u32),
            "12 months per second"
        );
    }

    /// The ids the code asks for: every `tr!("…")`, and the quoted ids of the help table.
    fn ids_in_code() -> Vec<(String, String)> {
        fn walk(dir: &std::path::Path, found: &mut Vec<(String, String)>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, found);
                    continue;
                }
                if path.extension().is_none_or(|e| e != "rs") || path.ends_with("locale.rs") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                let file = path.display().to_string();
                for (at, _) in text.match_indices("tr!(") {
                    // Not the end of a longer macro's name (`include_str!(`).
                    let before = text[..at].chars().next_back();
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                        continue;
                    }
                    let rest = text[at + 4..].trim_start();
                    if let Some(quoted) = rest.strip_prefix('"') {
                        let id = &quoted[..quoted.find('"').unwrap()];
                        found.push((id.to_owned(), file.clone()));
                    }
                }
                if path.ends_with("gui/mod.rs") || path.ends_with("cli/args.rs") {
                    for id in text.split('"').skip(1).step_by(2) {
                        if id.starts_with("key-")
                            || id.starts_with("help-")
                            || id.starts_with("cli-help-")
                        {
                            found.push((id.to_owned(), file.clone()));
                        }
                    }
                }
            }
        }
        let mut found = Vec::new();
        walk(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut found,
        );
        found
    }

    /// The variables a pattern mentions (`{ $name }`, inside selectors and calls too).
    fn variables<'s>(pattern: &ast::Pattern<&'s str>, found: &mut Vec<&'s str>) {
        fn inline<'s>(e: &ast::InlineExpression<&'s str>, found: &mut Vec<&'s str>) {
            match e {
                ast::InlineExpression::VariableReference { id } => found.push(id.name),
                ast::InlineExpression::FunctionReference { arguments, .. } => {
                    for a in &arguments.positional {
                        inline(a, found);
                    }
                    for a in &arguments.named {
                        inline(&a.value, found);
                    }
                }
                ast::InlineExpression::Placeable { expression } => expr(expression, found),
                _ => {}
            }
        }
        fn expr<'s>(e: &ast::Expression<&'s str>, found: &mut Vec<&'s str>) {
            match e {
                ast::Expression::Inline(e) => inline(e, found),
                ast::Expression::Select { selector, variants } => {
                    inline(selector, found);
                    for v in variants {
                        variables(&v.value, found);
                    }
                }
            }
        }
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expr(expression, found);
            }
        }
    }

    /// Every language's messages: (file name, id, variables), parsed by Fluent's parser.
    fn messages_of(language: &str) -> Vec<(String, String, Vec<String>)> {
        let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("assets/locales")
            .join(language);
        let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(folder)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        let mut messages = Vec::new();
        for path in files {
            let text = std::fs::read_to_string(&path).unwrap();
            let file = path.display().to_string();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let resource = fluent_syntax::parser::parse(text.as_str())
                .unwrap_or_else(|(_, errors)| panic!("{file} does not parse: {errors:?}"));
            for entry in &resource.body {
                match entry {
                    ast::Entry::Message(m) => {
                        let mut found = Vec::new();
                        if let Some(value) = &m.value {
                            variables(value, &mut found);
                        }
                        let mut found: Vec<String> = found.iter().map(|v| v.to_string()).collect();
                        found.sort();
                        found.dedup();
                        messages.push((name.clone(), m.id.name.to_owned(), found));
                    }
                    ast::Entry::Junk { content } => panic!("{file}: not Fluent: {content}"),
                    _ => {}
                }
            }
        }
        messages
    }

    #[test]
    fn every_language_has_every_text_with_the_same_variables_and_each_formats() {
        let english = messages_of(FALLBACK);
        let others: Vec<String> = languages().into_iter().filter(|l| l != FALLBACK).collect();
        for language in &others {
            let theirs = messages_of(language);
            let ids = |m: &[(String, String, Vec<String>)]| -> Vec<(String, String)> {
                let mut ids: Vec<_> = m.iter().map(|(f, id, _)| (f.clone(), id.clone())).collect();
                ids.sort();
                ids
            };
            let (want, have) = (ids(&english), ids(&theirs));
            let missing: Vec<_> = want.iter().filter(|i| !have.contains(i)).collect();
            let extra: Vec<_> = have.iter().filter(|i| !want.contains(i)).collect();
            assert!(missing.is_empty(), "{language} lacks {missing:?}");
            assert!(
                extra.is_empty(),
                "{language} has texts the code does not use: {extra:?}"
            );
            let lang: LanguageIdentifier = language.parse().unwrap();
            for (file, id, vars) in &theirs {
                let english_vars = &english
                    .iter()
                    .find(|(f, i, _)| f == file && i == id)
                    .unwrap()
                    .2;
                assert_eq!(
                    vars, english_vars,
                    "{language} {id}: other variables than English"
                );
                // Formats, with each variable a number (plural selectors) and text.
                for value in [FluentValue::from(2), FluentValue::from("x")] {
                    let args: HashMap<Cow<'static, str>, FluentValue<'static>> = vars
                        .iter()
                        .map(|name| (Cow::Owned(name.clone()), value.clone()))
                        .collect();
                    let shown = LOCALES.try_lookup_with_args(&lang, id, &args);
                    assert!(
                        shown
                            .as_deref()
                            .is_some_and(|t| !t.is_empty() && !t.contains("{$")),
                        "{language} {id} does not format: {shown:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn russian_counts_take_the_right_plural_form() {
        let Some(ru) = matching("ru") else {
            panic!("no Russian texts");
        };
        let ru: LanguageIdentifier = ru.parse().unwrap();
        let residents = |n: u32| {
            text_in(
                &ru,
                "now-firms",
                &[
                    ("registered", Arg::from(n).0),
                    ("operating", Arg::from(0u32).0),
                ],
            )
        };
        for (n, form) in [
            (1, "1 резидент "),
            (2, "2 резидента "),
            (5, "5 резидентов "),
            (11, "11 резидентов "),
            (21, "21 резидент "),
            (22, "22 резидента "),
        ] {
            let shown = residents(n);
            assert!(shown.starts_with(form), "{n}: {shown}");
        }
    }

    #[test]
    fn a_language_is_found_by_its_code_or_the_environment_s() {
        assert_eq!(matching("en").as_deref(), Some("en-US"));
        assert_eq!(matching("en_GB.UTF-8").as_deref(), Some("en-US"));
        assert_eq!(matching("C"), None);
        assert_eq!(matching("xx"), None);
        for code in ["ru", "tg", "az"] {
            assert_eq!(matching(&format!("{code}_XX.UTF-8")).as_deref(), Some(code));
        }
    }

    #[test]
    fn every_text_the_code_asks_for_exists_and_every_text_is_used() {
        let used = ids_in_code();
        assert!(used.len() > 150, "the scan finds the planner's texts");
        // (id, variables) of every English message, parsed by Fluent's own parser.
        let messages: Vec<(String, Vec<String>)> = messages_of(FALLBACK)
            .into_iter()
            .map(|(_, id, vars)| (id, vars))
            .collect();
        let defined: Vec<&str> = messages.iter().map(|(id, _)| id.as_str()).collect();
        let missing: Vec<_> = used
            .iter()
            .filter(|(id, _)| !defined.contains(&id.as_str()))
            .collect();
        assert!(missing.is_empty(), "texts missing from en-US: {missing:?}");
        let unused: Vec<_> = defined
            .iter()
            .filter(|id| !used.iter().any(|(u, _)| u == *id))
            .collect();
        assert!(unused.is_empty(), "texts no code uses: {unused:?}");

        // Every text formats once each variable it mentions is given.
        for (id, names) in &messages {
            let args: HashMap<Cow<'static, str>, FluentValue<'static>> = names
                .iter()
                .map(|name| (Cow::Owned(name.clone()), FluentValue::from("x")))
                .collect();
            let shown = LOCALES.try_lookup_with_args(&fallback(), id, &args);
            assert!(
                shown.as_deref().is_some_and(|t| !t.is_empty()),
                "{id} does not format: {shown:?}"
            );
        }
    }
}
