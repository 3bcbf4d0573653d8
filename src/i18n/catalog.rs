//! The message catalogues (`locales/<tag>/<area>.ftl`, Project Fluent), built into the binary, and formatting
//! a message of them.
//!
//! A message is found by its id, or `id.attribute` for one of its attributes (`nam002.label`). When the chosen
//! language lacks it, or formatting it fails (an argument missing), the English text is used instead; when
//! English lacks it too, the id itself. Tests (`tests/i18n.rs`) keep all of that from happening: both
//! catalogues have the same ids with the same variables, and every `t!` call names an id that exists with
//! exactly the variables it passes.

use super::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};
use std::borrow::Cow;
use std::sync::OnceLock;

/// Declares the catalogue areas: one `.ftl` file per area in each language folder.
macro_rules! areas {
    ($($area:literal),+ $(,)?) => {
        /// The areas, each a file `locales/<tag>/<area>.ftl`.
        pub const AREAS: &[&str] = &[$($area),+];
        const EN: &[&str] = &[$(include_str!(concat!("../../locales/en/", $area, ".ftl"))),+];
        const ZH_CN: &[&str] = &[$(include_str!(concat!("../../locales/zh-CN/", $area, ".ftl"))),+];
    };
}

// A new area (a rule group being converted) is one more name here and one file per language.
areas![
    "shared",
    "cli",
    "config",
    "naming",
    "network",
    "storage",
    "versions",
    "billing",
    "addons",
    "control_plane",
    "lifecycle",
    "nodepool",
    "login",
    "syntax",
    "structure"
];

/// The catalogue sources of `lang`, in the order of [`AREAS`].
pub fn sources(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => EN,
        Lang::ZhCn => ZH_CN,
    }
}

type Bundle = FluentBundle<FluentResource>;

/// The bundle of `lang`, built on first use.
fn bundle(lang: Lang) -> &'static Bundle {
    static EN_BUNDLE: OnceLock<Bundle> = OnceLock::new();
    static ZH_CN_BUNDLE: OnceLock<Bundle> = OnceLock::new();
    let cell = match lang {
        Lang::En => &EN_BUNDLE,
        Lang::ZhCn => &ZH_CN_BUNDLE,
    };
    cell.get_or_init(|| build(lang))
}

fn build(lang: Lang) -> Bundle {
    let id = lang.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Fluent wraps every placeable in Unicode isolation marks by default: invisible characters that would end up
    // in terminals, JSON and snapshots, and break searches for a value.
    bundle.set_use_isolating(false);
    for source in sources(lang) {
        // A syntax error loses only the broken entries (the tests fail on it); the rest still serves.
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// A value for a message's variable: text, or a number (which also picks plural forms).
#[derive(Debug, Clone)]
pub struct Arg<'a>(FluentValue<'a>);

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg(FluentValue::from(s))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg(FluentValue::from(s.as_str()))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg(FluentValue::from(s))
    }
}

impl<'a> From<Cow<'a, str>> for Arg<'a> {
    fn from(s: Cow<'a, str>) -> Self {
        Arg(FluentValue::from(s))
    }
}

impl From<char> for Arg<'_> {
    fn from(c: char) -> Self {
        Arg(FluentValue::from(c.to_string()))
    }
}

macro_rules! number_args {
    ($($t:ty),+) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg(FluentValue::from(n))
            }
        }
    )+};
}

number_args!(u8, u16, u32, u64, usize, i32, i64, f64);

/// The text of message `id` (or `id.attribute`) in `lang`, with `args` for its variables. Prefer the
/// `t!` macro, whose calls the tests check against the catalogues.
pub fn format(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    // Most messages are text and variables only: written here directly, without building Fluent's arguments
    // and running its resolver (a finding formats several messages, so this is most of a finding's cost).
    let chosen = pattern(lang, id);
    if let Some(text) = chosen.and_then(|p| format_plain(p, args)) {
        return text;
    }
    let args = (!args.is_empty()).then(|| {
        let mut fluent = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent.set(*name, value.0.clone());
        }
        fluent
    });
    let chosen = chosen.map(|p| try_format(lang, p, args.as_ref()));
    if let Some(Ok(text)) = chosen {
        return text;
    }
    let english =
        if lang == Lang::En { None } else { pattern(Lang::En, id).map(|p| try_format(Lang::En, p, args.as_ref())) };
    match (chosen, english) {
        (_, Some(Ok(text))) => text,
        // Formatted with errors (a variable left out shows as `{$name}`): better than nothing.
        (Some(Ok(text) | Err(text)), _) | (None, Some(Err(text))) => text,
        (None, None) => id.to_string(),
    }
}

/// The pattern of message `id` (or `id.attribute`) in `lang`, or `None` when it is missing.
fn pattern(lang: Lang, id: &str) -> Option<&'static Pattern<&'static str>> {
    let bundle = bundle(lang);
    // Ids are short ASCII: a byte scan is cheaper than `split_once`'s searcher, on every message.
    let (message, attribute) = match id.bytes().position(|b| b == b'.') {
        Some(dot) => (&id[..dot], Some(&id[dot + 1..])),
        None => (id, None),
    };
    let message = bundle.get_message(message)?;
    match attribute {
        Some(name) => Some(message.get_attribute(name)?.value()),
        None => message.value(),
    }
}

/// The formatted text (`Err` when formatting reported an error).
fn try_format(lang: Lang, pattern: &Pattern<&str>, args: Option<&FluentArgs<'_>>) -> Result<String, String> {
    let mut errors = Vec::new();
    let text = bundle(lang).format_pattern(pattern, args, &mut errors).into_owned();
    if errors.is_empty() { Ok(text) } else { Err(text) }
}

/// What Fluent writes for a pattern of text and `{ $variable }` placeables whose variables are all given
/// (without isolation marks, which the bundles turn off); `None` for anything else (selectors, references, a
/// variable missing), which goes through Fluent.
fn format_plain(pattern: &Pattern<&str>, args: &[(&str, Arg<'_>)]) -> Option<String> {
    let value = |name: &str| args.iter().find(|(n, _)| *n == name).map(|(_, v)| &v.0);
    let mut len = 0;
    for element in &pattern.elements {
        len += match element {
            PatternElement::TextElement { value } => value.len(),
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::VariableReference { id }),
            } => match value(id.name)? {
                FluentValue::String(s) => s.len(),
                FluentValue::Number(_) => 8,
                _ => return None,
            },
            _ => return None,
        };
    }
    let mut out = String::with_capacity(len);
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::VariableReference { id }),
            } => match value(id.name)? {
                FluentValue::String(s) => out.push_str(s),
                FluentValue::Number(n) => out.push_str(&n.as_string()),
                _ => return None,
            },
            _ => return None,
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_with_arguments_and_no_isolation_marks() {
        let en = format(Lang::En, "list-and", &[("head", Arg::from("`a`, `b`")), ("last", Arg::from("`c`"))]);
        assert_eq!(en, "`a`, `b` and `c`");
        let zh = format(Lang::ZhCn, "list-and", &[("head", Arg::from("`a`")), ("last", Arg::from("`c`"))]);
        assert_eq!(zh, "`a` 和 `c`");
        assert!(!zh.contains('\u{2068}') && !zh.contains('\u{2069}'));
    }

    #[test]
    fn numbers_pick_english_plurals() {
        let one = format(Lang::En, "cli-fixable-safe", &[("count", Arg::from(1usize))]);
        let two = format(Lang::En, "cli-fixable-safe", &[("count", Arg::from(2usize))]);
        assert_eq!(one, "1 finding fixable with --fix");
        assert_eq!(two, "2 findings fixable with --fix");
    }

    /// The variables a pattern's own placeables name.
    fn variables<'s>(pattern: &Pattern<&'s str>) -> Vec<&'s str> {
        let name = |e: &PatternElement<&'s str>| match e {
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::VariableReference { id }),
            } => Some(id.name),
            _ => None,
        };
        pattern.elements.iter().filter_map(name).collect()
    }

    #[test]
    fn plain_messages_read_as_fluent_writes_them() {
        let mut plain = 0;
        for lang in [Lang::En, Lang::ZhCn] {
            for source in sources(lang) {
                let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _)| partial);
                for entry in resource.entries() {
                    let fluent_syntax::ast::Entry::Message(m) = entry else { continue };
                    for pattern in m.value.iter().chain(m.attributes.iter().map(|a| &a.value)) {
                        let names = variables(pattern);
                        for value in [Arg::from("`a` and <b>"), Arg::from(2usize), Arg::from(1.5)] {
                            let args: Vec<(&str, Arg<'_>)> = names.iter().map(|n| (*n, value.clone())).collect();
                            let Some(text) = format_plain(pattern, &args) else { continue };
                            let mut fluent = FluentArgs::new();
                            for (name, value) in &args {
                                fluent.set(*name, value.0.clone());
                            }
                            let mut errors = Vec::new();
                            let expected = bundle(lang).format_pattern(pattern, Some(&fluent), &mut errors);
                            assert!(errors.is_empty(), "{}: {errors:?}", m.id.name);
                            assert_eq!(text, expected, "{}", m.id.name);
                            plain += 1;
                        }
                    }
                }
            }
        }
        assert!(plain > 500, "only {plain} messages took the plain way");
        // A variable left out is Fluent's to report.
        let pattern = pattern(Lang::En, "list-and").unwrap();
        assert_eq!(format_plain(pattern, &[("head", Arg::from("a"))]), None);
    }

    #[test]
    fn missing_messages_and_arguments_fall_back_instead_of_panicking() {
        assert_eq!(format(Lang::ZhCn, "no-such-message", &[]), "no-such-message");
        assert_eq!(format(Lang::ZhCn, "list-and.no-such-attribute", &[]), "list-and.no-such-attribute");
        // An argument left out: the English text fails too, so the Chinese one is shown with the gap marked.
        let text = format(Lang::ZhCn, "list-and", &[("head", Arg::from("a"))]);
        assert!(text.starts_with("a 和"), "{text}");
    }
}
