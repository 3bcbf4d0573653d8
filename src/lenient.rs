//! Lenient conversion from JSON values to the typed model: a value of the wrong type becomes "absent"
//! instead of failing the whole document. The value is consumed, so strings and maps move into the model
//! instead of being copied.

use serde_json::Value;
use std::collections::BTreeMap;

/// A type the generated model can read leniently from a JSON value.
pub trait Lenient: Sized {
    /// The typed value, or `None` when the JSON value has the wrong shape.
    fn lenient(value: Value) -> Option<Self>;
}

impl Lenient for String {
    fn lenient(value: Value) -> Option<Self> {
        match value {
            Value::String(s) => Some(s),
            _ => None,
        }
    }
}

impl Lenient for i64 {
    fn lenient(value: Value) -> Option<Self> {
        value.as_i64()
    }
}

/// A `number` field keeps the number as written (`8` stays an integer), so a save does not change it.
impl Lenient for serde_json::Number {
    fn lenient(value: Value) -> Option<Self> {
        match value {
            Value::Number(n) => Some(n),
            _ => None,
        }
    }
}

impl Lenient for bool {
    fn lenient(value: Value) -> Option<Self> {
        value.as_bool()
    }
}

impl Lenient for BTreeMap<String, Value> {
    fn lenient(value: Value) -> Option<Self> {
        match value {
            Value::Object(o) => Some(o.into_iter().collect()),
            _ => None,
        }
    }
}

/// A scalar or object field.
pub fn value<T: Lenient>(value: Value) -> Option<T> {
    T::lenient(value)
}

/// An array of scalars: absent as a whole when any item has the wrong type, so that no rule reads a list
/// whose indices no longer match the document.
pub fn list<T: Lenient>(value: Value) -> Option<Vec<T>> {
    match value {
        Value::Array(items) => items.into_iter().map(T::lenient).collect(),
        _ => None,
    }
}

/// An array of objects: an item of the wrong type becomes an empty object, so indices still match the
/// document and the other items are checked as usual.
pub fn records<T: Lenient + Default>(value: Value) -> Option<Vec<T>> {
    match value {
        Value::Array(items) => Some(items.into_iter().map(|item| T::lenient(item).unwrap_or_default()).collect()),
        _ => None,
    }
}
