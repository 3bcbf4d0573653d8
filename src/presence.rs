//! Which spec fields a document sets, and which of them have the wrong type: facts the rules get from the
//! document without seeing its text.

use crate::spec::{Field, JsonType};
use serde_json::{Map, Value};
use std::collections::BTreeSet;

/// A field the body sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PresentField {
    /// Its spec entry.
    pub field: Field,
    /// The array indices that fill the `*` of its path (spec paths have at most two).
    indices: [u32; 2],
}

impl PresentField {
    /// The field at `field.pointer(indices)`, to look up in a set of present fields without building pointers:
    /// indices past the path's `*`s are left out, as the pointer leaves them out.
    pub fn at(field: Field, indices: &[usize]) -> PresentField {
        let mut at = [0; 2];
        for (slot, &i) in at.iter_mut().zip(indices).take(field.arrays()) {
            *slot = u32::try_from(i).unwrap_or(u32::MAX);
        }
        PresentField { field, indices: at }
    }

    /// The array indices in its pointer, one per `*` of its path (read without building and parsing the
    /// pointer).
    pub fn indices(&self) -> Vec<usize> {
        self.indices.iter().take(self.field.arrays()).map(|&i| i as usize).collect()
    }

    /// Its concrete JSON pointer (`/nodepools/0/count`), built on demand: most rules never need it.
    pub fn pointer(&self) -> String {
        self.field.pointer(&self.indices.map(|i| i as usize))
    }
}

/// What the rules may know about the document itself.
#[derive(Debug, Clone, Default)]
pub struct DocumentFacts {
    /// Every known field the body sets, parents before children, siblings in key order (for a key set twice,
    /// the last one). Includes fields of the wrong type; free-form maps and scalar arrays are leaves.
    pub present: Vec<PresentField>,
    /// Pointers of values the structure check found to have the wrong type (absent from the typed model).
    pub wrong_type: BTreeSet<String>,
    /// Identifiers and names that stand in for a real value (`crate::placeholder`), in document order.
    pub placeholders: Vec<Placeholder>,
}

/// A value that stands in for a real identifier or name (`vpc-xxx`, `<your-vpc-id>`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placeholder {
    /// The field that holds it.
    pub field: Field,
    /// Where it is.
    pub pointer: String,
    /// The value itself (never a secret: secret fields are not examined).
    pub value: String,
    /// Why it looks like a placeholder.
    pub reason: crate::placeholder::PlaceholderReason,
}

impl DocumentFacts {
    /// The facts of a body (its JSON value, duplicate keys resolved), given the pointers of its wrong-typed values.
    pub fn new(body: &Value, wrong_type: BTreeSet<String>) -> DocumentFacts {
        let mut facts = DocumentFacts { present: Vec::new(), wrong_type, placeholders: Vec::new() };
        if let Value::Object(members) = body {
            walk(members, None, [0; 2], 0, &mut facts);
        }
        facts
    }
}

/// Visits the members of an object that is an instance of `parent` (`None` = the root), inside the array items
/// `indices` (the first `depth` of them).
fn walk(members: &Map<String, Value>, parent: Option<Field>, indices: [u32; 2], depth: usize, out: &mut DocumentFacts) {
    for (key, value) in members {
        let Some(field) = Field::child(parent, key) else { continue };
        let present = PresentField { field, indices };
        out.present.push(present);
        if let Some(identifier) = crate::placeholder::field_kind(field) {
            find_placeholders(present, value, identifier, &mut out.placeholders);
        }
        match (field.meta().json_type, value) {
            (JsonType::Object, Value::Object(child)) => walk(child, Some(field), indices, depth, out),
            (JsonType::ObjectArray, Value::Array(items)) if depth < indices.len() => {
                for (j, item) in items.iter().enumerate() {
                    if let Value::Object(child) = item {
                        let mut inner = indices;
                        inner[depth] = u32::try_from(j).unwrap_or(u32::MAX);
                        walk(child, Some(field), inner, depth + 1, out);
                    }
                }
            }
            _ => {}
        }
    }
}

/// Records the placeholders among a string field's value (or a string list's items).
fn find_placeholders(at: PresentField, value: &Value, identifier: bool, out: &mut Vec<Placeholder>) {
    let mut check = |text: &str, item: Option<usize>| {
        if let Some(reason) = crate::placeholder::placeholder_reason(text, identifier) {
            let mut pointer = at.pointer();
            if let Some(i) = item {
                pointer.push_str(&format!("/{i}"));
            }
            out.push(Placeholder { field: at.field, pointer, value: text.to_string(), reason });
        }
    };
    match value {
        Value::String(text) => check(text, None),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                if let Value::String(text) = item {
                    check(text, Some(i));
                }
            }
        }
        _ => {}
    }
}
