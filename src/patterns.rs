//! String formats (`pattern` in the spec, and the digits of numbers held in strings), checked outside the
//! compiled JSON Schema validator: each regular expression is compiled on first use, so start-up does not pay
//! for the formats a body never uses.

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
    // The build checks every pattern compiles (tests/spec_schema.rs); a pattern that did not would accept all.
    let regex = compiled[field as usize].get_or_init(|| pattern_of(meta).and_then(|p| Regex::new(p).ok()));
    regex.as_ref().is_none_or(|r| r.is_match(text))
}

/// Calls `fail(pointer, field, value)` for every string in `body` that does not have its field's format.
pub fn check(body: &Value, fail: &mut impl FnMut(&str, Field, &Value)) {
    if let Value::Object(members) = body {
        let mut pointer = String::new();
        walk(members, None, &mut pointer, fail);
    }
}

fn walk(
    members: &serde_json::Map<String, Value>,
    parent: Option<Field>,
    pointer: &mut String,
    fail: &mut impl FnMut(&str, Field, &Value),
) {
    for (key, value) in members {
        let Some(field) = Field::child(parent, key) else { continue };
        let len = pointer.len();
        pointer.push('/');
        crate::document::push_escaped(pointer, key);
        match (field.meta().json_type, value) {
            (JsonType::String, Value::String(s)) if !matches(field, s) => fail(pointer, field, value),
            (JsonType::StringArray, Value::Array(items)) => {
                for (i, item) in items.iter().enumerate() {
                    if let Value::String(s) = item
                        && !matches(field, s)
                    {
                        fail(&format!("{pointer}/{i}"), field, item);
                    }
                }
            }
            (JsonType::Object, Value::Object(child)) => walk(child, Some(field), pointer, fail),
            (JsonType::ObjectArray, Value::Array(items)) => {
                for (i, item) in items.iter().enumerate() {
                    if let Value::Object(child) = item {
                        let item_len = pointer.len();
                        pointer.push('/');
                        pointer.push_str(&i.to_string());
                        walk(child, Some(field), pointer, fail);
                        pointer.truncate(item_len);
                    }
                }
            }
            _ => {}
        }
        pointer.truncate(len);
    }
}
