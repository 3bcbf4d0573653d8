//! Growing vendor catalogues (`catalog` in the spec: image types, disk categories, cluster specs, profiles,
//! control-plane log components) and disputed tokens: warnings, never errors, so a token newer than acklint
//! does not fail a build.

use crate::checks;
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{Step, pointer_of};
use crate::known::KnownTokens;
use crate::spec::{Field, FieldMeta, JsonType};
use crate::suggest;
use serde_json::Value;

/// Reports an unknown catalogue token or a disputed token in the value of `field` at `path`, as a warning.
pub fn visit(field: Field, path: &[Step<'_>], value: &Value, known: &KnownTokens, out: &mut Vec<Diagnostic>) {
    let meta = field.meta();
    if meta.enum_values.is_empty() {
        return;
    }
    if super::empty_means_unset(Some(meta), value) {
        return;
    }
    // Most tokens are fine: the pointer is built only for a finding.
    match (meta.json_type, value) {
        (JsonType::String, Value::String(s)) => token(meta, || pointer_of(path), s, known, out),
        (JsonType::StringArray, Value::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                if let Value::String(s) = item {
                    token(meta, || format!("{}/{i}", pointer_of(path)), s, known, out);
                }
            }
        }
        _ => {}
    }
}

fn token(
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
                out.push(
                    checks::INVALID_VALUE
                        .diagnostic(format!("`{name}` value `{value}` may be rejected: {why}"))
                        .severity(Severity::Warning)
                        .at(pointer.as_str())
                        .label("disputed value")
                        .help(format!("use a value every source accepts: {}", safe.join(", "))),
                );
            }
        }
        None => {
            let Some(catalog) = meta.catalog else { return };
            if meta.secret || known.contains(catalog, value) {
                return;
            }
            let pointer = pointer();
            out.push(unknown(meta, catalog, &crate::spec::display_pointer(&pointer), &pointer, value, known));
        }
    }
}

fn unknown(meta: &FieldMeta, catalog: &str, name: &str, pointer: &str, value: &str, known: &KnownTokens) -> Diagnostic {
    let tokens = || meta.enum_values.iter().map(|e| e.value).chain(known.extra(catalog).iter().map(String::as_str));
    let list: Vec<String> = tokens().map(|t| format!("`{t}`")).collect();
    let guess = suggest::closest(value, tokens()).map(|c| format!("did you mean `{c}`? ")).unwrap_or_default();
    let mut d = checks::INVALID_VALUE
        .diagnostic(format!("`{name}` value `{value}` is not one acklint knows"))
        .severity(Severity::Warning)
        .at(pointer)
        .label("unknown value")
        .help(format!(
            "{guess}known values: {}; if `{value}` is a newer one, add it under `[known] {catalog}` in acklint.toml",
            list.join(", ")
        ));
    d.fix = super::fixes::token_case(pointer, value, tokens(), Some(meta));
    d
}
