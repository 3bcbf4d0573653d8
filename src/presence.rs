//! Which spec fields a document sets, and which of them have the wrong type: facts the rules get from the
//! document without seeing its text.

use crate::document::{Node, NodeValue, push_escaped};
use crate::spec::{Field, JsonType};
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
    /// Every known field the body sets, in document order, parents before children (for a key set twice, the
    /// last one). Includes fields of the wrong type; free-form maps and scalar arrays are leaves.
    pub present: Vec<PresentField>,
    /// Pointers of values the structure check found to have the wrong type (absent from the typed model).
    pub wrong_type: BTreeSet<String>,
}

impl DocumentFacts {
    /// The facts of a parsed object, given the pointers of its wrong-typed values.
    pub fn new(root: &Node, wrong_type: BTreeSet<String>) -> DocumentFacts {
        let mut present = Vec::new();
        let mut pointer = String::new();
        walk(root, None, &mut pointer, &mut present);
        DocumentFacts { present, wrong_type }
    }
}

/// Visits the members of the object `node`, an instance of `parent` (`None` = the root).
fn walk(node: &Node, parent: Option<Field>, pointer: &mut String, out: &mut Vec<PresentField>) {
    let NodeValue::Object(members) = &node.value else { return };
    for (i, m) in members.iter().enumerate() {
        // Duplicate keys: only the last one counts, as for the typed model.
        if members[i + 1..].iter().any(|later| later.key == m.key) {
            continue;
        }
        let Some(field) = Field::child(parent, &m.key) else { continue };
        let len = pointer.len();
        pointer.push('/');
        push_escaped(pointer, &m.key);
        out.push(PresentField { pointer: pointer.clone(), field });
        match (field.meta().json_type, &m.value.value) {
            (JsonType::Object, NodeValue::Object(_)) => walk(&m.value, Some(field), pointer, out),
            (JsonType::ObjectArray, NodeValue::Array(items)) => {
                for (j, item) in items.iter().enumerate() {
                    let item_len = pointer.len();
                    pointer.push('/');
                    pointer.push_str(&j.to_string());
                    walk(item, Some(field), pointer, out);
                    pointer.truncate(item_len);
                }
            }
            _ => {}
        }
        pointer.truncate(len);
    }
}
