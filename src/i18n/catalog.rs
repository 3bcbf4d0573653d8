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
/// [`t!`](crate::t) macro, whose calls the tests check against the catalogues.
pub fn format(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let args = (!args.is_empty()).then(|| {
        let mut fluent = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent.set(*name, value.0.clone());
        }
        fluent
    });
    let chosen = match try_format(lang, id, args.as_ref()) {
        Some(Ok(text)) => return text,
        other => other,
    };
    let english = if lang == Lang::En { None } else { try_format(Lang::En, id, args.as_ref()) };
    match (chosen, english) {
        (_, Some(Ok(text))) => text,
        // Formatted with errors (a variable left out shows as `{$name}`): better than nothing.
        (Some(Ok(text) | Err(text)), _) | (None, Some(Err(text))) => text,
        (None, None) => id.to_string(),
    }
}

/// The formatted text (`Err` when formatting reported an error), or `None` when the message is missing.
fn try_format(lang: Lang, id: &str, args: Option<&FluentArgs<'_>>) -> Option<Result<String, String>> {
    let bundle = bundle(lang);
    let (message, attribute) = match id.split_once('.') {
        Some((message, attribute)) => (message, Some(attribute)),
        None => (id, None),
    };
    let message = bundle.get_message(message)?;
    let pattern = match attribute {
        Some(name) => message.get_attribute(name)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors).into_owned();
    Some(if errors.is_empty() { Ok(text) } else { Err(text) })
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

    #[test]
    fn missing_messages_and_arguments_fall_back_instead_of_panicking() {
        assert_eq!(format(Lang::ZhCn, "no-such-message", &[]), "no-such-message");
        assert_eq!(format(Lang::ZhCn, "list-and.no-such-attribute", &[]), "list-and.no-such-attribute");
        // An argument left out: the English text fails too, so the Chinese one is shown with the gap marked.
        let text = format(Lang::ZhCn, "list-and", &[("head", Arg::from("a"))]);
        assert!(text.starts_with("a 和"), "{text}");
    }
}
