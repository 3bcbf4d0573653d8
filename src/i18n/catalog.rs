//! The message catalogues (`locales/<tag>/<area>.ftl`, Project Fluent), built into the binary, and formatting
//! a message of them.
//!
//! A message is found by its id, or `id.attribute` for one of its attributes (`nam002.label`). When the chosen
//! language lacks it, or formatting it fails (an argument missing), the English text is used instead; when
//! English lacks it too, the id itself. Tests (`tests/i18n.rs`) keep all of that from happening: both
//! catalogues have the same ids with the same variables, and every `t!` call names an id that exists with
//! exactly the variables it passes.

pub use super::arg::Arg;
use super::{Lang, direct};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast::Pattern;
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

/// The text of message `id` (or `id.attribute`) in `lang`, with `args` for its variables. Prefer the
/// `t!` macro, whose calls the tests check against the catalogues and which looks each message up only once.
pub fn format(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    format_found(lang, id, pattern(lang, id), args)
}

/// [`format`] with the pattern of `id` in `lang` already looked up (`chosen`, `None` when it is missing).
pub(super) fn format_found(
    lang: Lang,
    id: &str,
    chosen: Option<&'static Pattern<&'static str>>,
    args: &[(&str, Arg<'_>)],
) -> String {
    if let Some(text) = chosen.and_then(|p| direct::write(lang, p, args)) {
        return text;
    }
    let args = (!args.is_empty()).then(|| {
        let mut fluent = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent.set(*name, value.to_fluent());
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
pub(super) fn pattern(lang: Lang, id: &str) -> Option<&'static Pattern<&'static str>> {
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

    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement, VariantKey};

    /// The variables of a pattern and of the variants it chooses between, each with the values to try: text and
    /// numbers of every kind for any variable, and for one that chooses a variant every key of its choices, text
    /// that matches no key, and the numbers 0 to 200.
    fn variables<'s>(pattern: &Pattern<&'s str>, found: &mut Vec<(&'s str, Vec<Arg<'s>>)>) {
        fn add<'s>(found: &mut Vec<(&'s str, Vec<Arg<'s>>)>, name: &'s str, values: Vec<Arg<'s>>) {
            match found.iter_mut().find(|(n, _)| *n == name) {
                Some((_, known)) => known.extend(values),
                None => found.push((name, values)),
            }
        }
        for element in &pattern.elements {
            match element {
                PatternElement::Placeable {
                    expression: Expression::Inline(InlineExpression::VariableReference { id }),
                } => add(found, id.name, vec![]),
                PatternElement::Placeable {
                    expression: Expression::Select { selector: InlineExpression::VariableReference { id }, variants },
                } => {
                    let mut values: Vec<Arg<'s>> = (0..=200u32).map(Arg::from).collect();
                    values.push(Arg::from("no-such-key"));
                    for variant in variants {
                        values.push(match variant.key {
                            VariantKey::Identifier { name } => Arg::from(name),
                            VariantKey::NumberLiteral { value } => Arg::from(value.parse::<f64>().unwrap()),
                        });
                    }
                    add(found, id.name, values);
                    for variant in variants {
                        variables(&variant.value, found);
                    }
                }
                _ => {}
            }
        }
    }

    #[test]
    fn every_message_reads_as_fluent_writes_it() {
        let any = || {
            let numbers = [2.0, 1.5, -1.0, -0.0, 1e21, 9_007_199_254_740_993.0, f64::NAN];
            let mut values = vec![Arg::from("`a` and <b>"), Arg::from('字')];
            values.extend(numbers.map(Arg::from));
            values
        };
        let (mut direct, mut chosen) = (0, 0);
        for lang in Lang::ALL {
            for source in sources(lang) {
                let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _)| partial);
                for entry in resource.entries() {
                    let fluent_syntax::ast::Entry::Message(m) = entry else { continue };
                    for pattern in m.value.iter().chain(m.attributes.iter().map(|a| &a.value)) {
                        let mut found = Vec::new();
                        variables(pattern, &mut found);
                        let selects = found.iter().any(|(_, values)| !values.is_empty());
                        for (_, values) in &mut found {
                            values.extend(any());
                        }
                        // Every value of every variable at least once, the variables' lists walked side by side.
                        let rounds = found.iter().map(|(_, values)| values.len()).max().unwrap_or(1);
                        for round in 0..rounds {
                            let args: Vec<(&str, Arg<'_>)> = found
                                .iter()
                                .map(|(name, values)| (*name, values[round % values.len()].clone()))
                                .collect();
                            let mut fluent = FluentArgs::new();
                            for (name, value) in &args {
                                fluent.set(*name, value.to_fluent());
                            }
                            let mut errors = Vec::new();
                            let expected = bundle(lang).format_pattern(pattern, Some(&fluent), &mut errors);
                            assert!(errors.is_empty(), "{}: {errors:?}", m.id.name);
                            let text = direct::write(lang, pattern, &args);
                            assert_eq!(text.as_deref(), Some(&*expected), "{} with {args:?}", m.id.name);
                            direct += 1;
                            chosen += usize::from(selects);
                        }
                    }
                }
            }
        }
        assert!(direct > 10_000 && chosen > 10_000, "{direct} messages written, {chosen} of them with choices");
        // A variable left out is Fluent's to report.
        let pattern = pattern(Lang::En, "list-and").unwrap();
        assert_eq!(direct::write(Lang::En, pattern, &[("head", Arg::from("a"))]), None);
        let pattern = super::pattern(Lang::En, "cli-fixable-safe").unwrap();
        assert_eq!(direct::write(Lang::En, pattern, &[]), None);
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
