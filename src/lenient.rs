//! Lenient conversion from JSON values to the typed model: a value of the wrong type becomes "absent"
//! instead of failing the whole document.

use serde_json::Value;
use std::collections::BTreeMap;

/// A type the generated model can read leniently from a JSON value.
pub trait Lenient: Sized {
    /// The typed value, or `None` when the JSON value has the wrong shape.
    fn lenient(value: &Value) -> Option<Self>;
}

impl Lenient for String {
    fn lenient(value: &Value) -> Option<Self> {
        value.as_str().map(str::to_owned)
    }
}

impl Lenient for i64 {
    fn lenient(value: &Value) -> Option<Self> {
        value.as_i64()
    }
}

impl Lenient for bool {
    fn lenient(value: &Value) -> Option<Self> {
        value.as_bool()
    }
}

impl Lenient for BTreeMap<String, Value> {
    fn lenient(value: &Value) -> Option<Self> {
        value.as_object().map(|o| o.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
    }
}

/// A scalar or object field.
pub fn value<T: Lenient>(value: Option<&Value>) -> Option<T> {
    value.and_then(T::lenient)
}

/// An array of scalars: absent as a whole when any item has the wrong type, so that no rule reads a list
/// whose indices no longer match the document.
pub fn list<T: Lenient>(value: Option<&Value>) -> Option<Vec<T>> {
    value?.as_array()?.iter().map(T::lenient).collect()
}

/// An array of objects: an item of the wrong type becomes an empty object, so indices still match the
/// document and the other items are checked as usual.
pub fn records<T: Lenient + Default>(value: Option<&Value>) -> Option<Vec<T>> {
    Some(value?.as_array()?.iter().map(|item| T::lenient(item).unwrap_or_default()).collect())
}
