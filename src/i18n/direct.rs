//! Writing a message without Fluent's resolver, for the kinds of pattern the catalogues hold: text, variables,
//! string literals (`{" "}`) and choices on a variable (plural forms, `[yes]`/`*[no]`, `[0]`). A finding formats
//! several messages, so this is most of a finding's cost; Fluent's resolver builds an argument map, clones values
//! and formats numbers through `FluentNumber` on every call.
//!
//! The bytes must be the resolver's (with isolation marks off, as the bundles set): the catalogue's tests write
//! every message both ways and compare. Anything else (references to other messages or terms, functions, a
//! variable missing) gives `None`, and the caller asks Fluent, which also reports the gap.

use super::Lang;
use super::arg::{Arg, Value};
use super::plural;
use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement, Variant, VariantKey};
use fluent_syntax::unicode::unescape_unicode_to_string;
use std::cell::RefCell;

/// Fluent stops writing (and reports an error) after this many placeables in one message.
const MAX_PLACEABLES: u8 = 100;

/// `pattern` written in `lang` with `args`, or `None` when it needs Fluent's resolver.
pub fn write(lang: Lang, pattern: &Pattern<&str>, args: &[(&str, Arg<'_>)]) -> Option<String> {
    // A text alone (many helps and labels) is that text.
    if let [PatternElement::TextElement { value }] = pattern.elements.as_slice() {
        return Some((*value).to_owned());
    }
    // Written into a buffer kept between calls, then copied out at its size: one allocation per message, and
    // one walk (measuring first would walk the pattern twice).
    thread_local! {
        static SCRATCH: RefCell<String> = const { RefCell::new(String::new()) };
    }
    SCRATCH.with_borrow_mut(|scratch| {
        scratch.clear();
        walk(lang, pattern, args, scratch, &mut 0)?;
        Some(scratch.as_str().to_owned())
    })
}

fn walk(
    lang: Lang,
    pattern: &Pattern<&str>,
    args: &[(&str, Arg<'_>)],
    out: &mut String,
    placeables: &mut u8,
) -> Option<()> {
    for element in &pattern.elements {
        let expression = match element {
            PatternElement::TextElement { value } => {
                out.push_str(value);
                continue;
            }
            PatternElement::Placeable { expression } => expression,
        };
        *placeables += 1;
        if *placeables > MAX_PLACEABLES {
            return None;
        }
        match expression {
            Expression::Inline(InlineExpression::VariableReference { id }) => write_value(value(args, id.name)?, out),
            Expression::Inline(InlineExpression::StringLiteral { value }) => {
                out.push_str(&unescape_unicode_to_string(value));
            }
            Expression::Select { selector: InlineExpression::VariableReference { id }, variants } => {
                let variant = choose(lang, value(args, id.name)?, variants)?;
                walk(lang, &variant.value, args, out, placeables)?;
            }
            _ => return None,
        }
    }
    Some(())
}

fn value<'v, 'a>(args: &'v [(&str, Arg<'a>)], name: &str) -> Option<&'v Value<'a>> {
    args.iter().find(|(n, _)| *n == name).map(|(_, v)| &v.0)
}

/// Writes a variable's value as Fluent does: text as it is, a number as `f64`'s decimal text.
fn write_value(value: &Value<'_>, out: &mut String) {
    match value {
        Value::Text(text) => out.push_str(text),
        Value::Number(n) => match plural::whole(*n) {
            Some(whole) => out.push_str(itoa::Buffer::new().format(whole)),
            None => out.push_str(&n.to_string()),
        },
    }
}

/// The variant Fluent picks for `selector`: the first whose key matches, else the default one.
fn choose<'p>(lang: Lang, selector: &Value<'_>, variants: &'p [Variant<&'p str>]) -> Option<&'p Variant<&'p str>> {
    let mut category = None;
    let matched = variants.iter().find(|variant| match (&variant.key, selector) {
        (VariantKey::Identifier { name }, Value::Text(text)) => *name == text.as_ref(),
        (VariantKey::Identifier { name }, Value::Number(n)) => {
            // Asked once per message, and only when a key names a category.
            let category = category.get_or_insert_with(|| plural::category(lang, *n));
            category.is_some() && plural::keyword(name) == *category
        }
        // Fluent compares a number key with the number and its options: a key written with a decimal point
        // asks for fraction digits, which no argument has.
        (VariantKey::NumberLiteral { value }, Value::Number(n)) => {
            !value.contains('.') && value.parse::<f64>().is_ok_and(|key| key == *n)
        }
        (VariantKey::NumberLiteral { .. }, Value::Text(_)) => false,
    });
    matched.or_else(|| variants.iter().find(|variant| variant.default))
}
