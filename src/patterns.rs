//! String formats (`pattern` in the spec, and the digits of numbers held in strings), checked apart from the
//! generated structure check: each regular expression is compiled on first use, so start-up does not pay for
//! the formats a body never uses.

use crate::diagnostic::Severity;
use crate::document::{Step, pointer_of};
use crate::spec::{FIELD_META, Field, FieldMeta, JsonType};
use regex::Regex;
use serde_json::Value;
use std::sync::OnceLock;

/// The regular expression a string field must match (its spec pattern, or the digits its content implies).
pub fn pattern_of(meta: &FieldMeta) -> Option<&'static str> {
    meta.pattern.or(match meta.content {
        Some("integer") => Some("^[0-9]+$"),
        Some("decimal") => Some("^[0-9]+(\\.[0-9]+)?$"),
        _ => None,
    })
}

/// Whether `text` has the format of `field` (true when the field has none).
pub fn matches(field: Field, text: &str) -> bool {
    static COMPILED: OnceLock<Vec<OnceLock<Option<Regex>>>> = OnceLock::new();
    let compiled = COMPILED.get_or_init(|| (0..FIELD_META.len()).map(|_| OnceLock::new()).collect());
    let meta = field.meta();
    // The build refuses a spec pattern that does not compile (build/spec.rs), so `ok()` drops nothing.
    let regex = compiled[field as usize].get_or_init(|| pattern_of(meta).and_then(|p| Regex::new(p).ok()));
    regex.as_ref().is_none_or(|r| r.is_match(text))
}

/// Whether `text` matches the looser `tolerated_pattern` of `field` (false when the field has none).
fn tolerated(field: Field, text: &str) -> bool {
    static COMPILED: OnceLock<Vec<OnceLock<Option<Regex>>>> = OnceLock::new();
    let compiled = COMPILED.get_or_init(|| (0..FIELD_META.len()).map(|_| OnceLock::new()).collect());
    let regex =
        compiled[field as usize].get_or_init(|| field.meta().tolerated_pattern.and_then(|p| Regex::new(p).ok()));
    regex.as_ref().is_some_and(|r| r.is_match(text))
}

/// How a value of `field` that lacks its format is reported: `None` when it has the format, a warning when the
/// field's format is only a warning or the value is a tolerated spelling, an error otherwise.
pub fn grade(field: Field, text: &str) -> Option<Severity> {
    if matches(field, text) {
        return None;
    }
    let meta = field.meta();
    if meta.pattern_severity != Severity::Error || tolerated(field, text) {
        Some(Severity::Warning)
    } else {
        Some(Severity::Error)
    }
}

/// Calls `fail(pointer, field, value)` for every string in `body` whose format is wrong enough for an error:
/// exactly the strings the editor schema's patterns reject.
pub fn check(body: &Value, fail: &mut impl FnMut(&str, Field, &Value)) {
    check_graded(body, &mut |pointer, field, value, severity| {
        if severity == Severity::Error {
            fail(pointer, field, value);
        }
    });
}

/// Calls `fail(pointer, field, value, severity)` for every string in `body` that does not have its field's
/// format, graded by [`grade`].
pub fn check_graded(body: &Value, fail: &mut impl FnMut(&str, Field, &Value, Severity)) {
    crate::walk::walk(body, &has_formats, &mut |field, path, value| {
        if let Some(field) = field {
            grade_value(field, path, value, fail);
        }
    });
}

/// Grades the value of `field` at `path` (a string, or each string of a list) against the field's format.
pub(crate) fn grade_value(
    field: Field,
    path: &[Step<'_>],
    value: &Value,
    fail: &mut impl FnMut(&str, Field, &Value, Severity),
) {
    match (field.meta().json_type, value) {
        (JsonType::String, Value::String(s)) => {
            if let Some(severity) = grade(field, s) {
                fail(&pointer_of(path), field, value, severity);
            }
        }
        (JsonType::StringArray, Value::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                if let Value::String(s) = item
                    && let Some(severity) = grade(field, s)
                {
                    fail(&format!("{}/{i}", pointer_of(path)), field, item, severity);
                }
            }
        }
        _ => {}
    }
}

/// Whether the field or anything below it has a format to check (objects without any are skipped).
pub(crate) fn has_formats(field: Field) -> bool {
    static BELOW: OnceLock<Vec<bool>> = OnceLock::new();
    BELOW.get_or_init(|| Field::marked_with_ancestors(|m| pattern_of(m).is_some()))[field as usize]
}
