//! Which spec fields a document sets, and which of them have the wrong type: facts the rules get from the
//! document without seeing its text.

use crate::document::push_escaped;
use crate::spec::{Field, JsonType};
use serde_json::{Map, Value};
use std::collections::BTreeSet;

/// A field the body sets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PresentField {
    /// Its concrete JSON pointer (`/nodepools/0/count`).
    pub pointer: String,
    /// Its spec entry.
    pub field: Field,
}

/// What the rules may know about the document itself.
#[derive(Debug, Clone, Default)]
pub struct DocumentFacts {
    /// Every known field the body sets, parents before children, siblings in key order (for a key set twice,
    /// the last one). Includes fields of the wrong type; free-form maps and scalar arrays are leaves.
    pub present: Vec<PresentField>,
    /// Pointers of values the structure check found to have the wrong type (absent from the typed model).
    pub wrong_type: BTreeSet<String>,
}

impl DocumentFacts {
    /// The facts of a body (its JSON value, duplicate keys resolved), given the pointers of its wrong-typed values.
    pub fn new(body: &Value, wrong_type: BTreeSet<String>) -> DocumentFacts {
        let mut present = Vec::new();
        let mut pointer = String::new();
        if let Value::Object(members) = body {
            walk(members, None, &mut pointer, &mut present);
        }
        DocumentFacts { present, wrong_type }
    }
}

/// Visits the members of an object that is an instance of `parent` (`None` = the root).
fn walk(members: &Map<String, Value>, parent: Option<Field>, pointer: &mut String, out: &mut Vec<PresentField>) {
    for (key, value) in members {
        let Some(field) = Field::child(parent, key) else { continue };
        let len = pointer.len();
        pointer.push('/');
        push_escaped(pointer, key);
        out.push(PresentField { pointer: pointer.clone(), field });
        match (field.meta().json_type, value) {
            (JsonType::Object, Value::Object(child)) => walk(child, Some(field), pointer, out),
            (JsonType::ObjectArray, Value::Array(items)) => {
                for (j, item) in items.iter().enumerate() {
                    if let Value::Object(child) = item {
                        let item_len = pointer.len();
                        pointer.push('/');
                        pointer.push_str(&j.to_string());
                        walk(child, Some(field), pointer, out);
                        pointer.truncate(item_len);
                    }
                }
            }
            _ => {}
        }
        pointer.truncate(len);
    }
}
