//! Growing vendor catalogues (`catalog` in the spec: image types, disk categories, cluster specs, profiles,
//! control-plane log components) and disputed tokens: warnings, never errors, so a token newer than acklint
//! does not fail a build.

use crate::checks;
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{Step, pointer_of};
use crate::i18n::Lang;
use crate::known::KnownTokens;
use crate::spec::{Field, FieldMeta, JsonType};
use crate::suggest;
use serde_json::Value;

use crate::t;

/// Reports an unknown catalogue token or a disputed token in the value of `field` at `path`, as a warning (with
/// the fix of a token in the wrong case when `fixes` is true).
pub fn visit(
    lang: Lang,
    fixes: bool,
    field: Field,
    path: &[Step<'_>],
    value: &Value,
    known: &KnownTokens,
    out: &mut Vec<Diagnostic>,
) {
    let meta = field.meta();
    if meta.enum_values.is_empty() {
        return;
    }
    if super::empty_means_unset(Some(meta), value) {
        return;
    }
    // Most tokens are fine: the pointer is built only for a finding.
    match (meta.json_type, value) {
        (JsonType::String, Value::String(s)) => token(lang, fixes, meta, || pointer_of(path), s, known, out),
        (JsonType::StringArray, Value::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                if let Value::String(s) = item {
                    token(lang, fixes, meta, || format!("{}/{i}", pointer_of(path)), s, known, out);
                }
            }
        }
        _ => {}
    }
}

fn token(
    lang: Lang,
    fixes: bool,
    meta: &FieldMeta,
    pointer: impl FnOnce() -> String,
    value: &str,
    known: &KnownTokens,
    out: &mut Vec<Diagnostic>,
) {
    match meta.enum_values.iter().find(|e| e.value == value) {
        Some(e) => {
            if let Some(why) = e.disputed {
                let pointer = pointer();
                let name = crate::spec::display_pointer(&pointer);
                let safe: Vec<String> = meta
                    .enum_values
                    .iter()
                    .filter(|e| e.disputed.is_none())
                    .map(|e| format!("`{}`", e.value))
                    .collect();
                // The spec says why in English only: other languages point to the check's page instead.
                let reason = match lang {
                    Lang::En => why.to_string(),
                    _ => t!(lang, "sch004-disputed.reason"),
                };
                out.push(
                    checks::INVALID_VALUE
                        .diagnostic(t!(lang, "sch004-disputed", name, value, reason))
                        .severity(Severity::Warning)
                        .at(pointer.as_str())
                        .label(t!(lang, "sch004-disputed.label"))
                        .help(t!(lang, "sch004-disputed.help", tokens = safe.join(&t!(lang, "list-separator")))),
                );
            }
        }
        None => {
            let Some(catalog) = meta.catalog else { return };
            if meta.secret || known.contains(catalog, value) {
                return;
            }
            let pointer = pointer();
            let mut d = unknown(lang, meta, catalog, &crate::spec::display_pointer(&pointer), &pointer, value, known);
            if fixes {
                d.fix = super::fixes::token_case(lang, &pointer, value, tokens(meta, catalog, known), Some(meta));
            }
            out.push(d);
        }
    }
}

fn unknown(
    lang: Lang,
    meta: &FieldMeta,
    catalog: &str,
    name: &str,
    pointer: &str,
    value: &str,
    known: &KnownTokens,
) -> Diagnostic {
    let list: Vec<String> = tokens(meta, catalog, known).map(|t| format!("`{t}`")).collect();
    let guess = suggest::closest(value, tokens(meta, catalog, known))
        .map(|token| t!(lang, "sch004-unknown.guess", token))
        .unwrap_or_default();
    checks::INVALID_VALUE
        .diagnostic(t!(lang, "sch004-unknown", name, value))
        .severity(Severity::Warning)
        .at(pointer)
        .label(t!(lang, "sch004-unknown.label"))
        .help(t!(lang, "sch004-unknown.help", guess, tokens = list.join(&t!(lang, "list-separator")), value, catalog))
}

/// The catalogue's tokens: acklint's own, then those `acklint.toml` adds.
fn tokens<'a>(meta: &'a FieldMeta, catalog: &str, known: &'a KnownTokens) -> impl Iterator<Item = &'a str> + use<'a> {
    meta.enum_values.iter().map(|e| e.value).chain(known.extra(catalog).iter().map(String::as_str))
}
