//! A walk over the values of every known field in a body, for the checks the JSON Schema cannot grade.

use crate::document::Step;
use crate::spec::{Field, JsonType};
use serde_json::{Map, Value};

/// Calls `visit(field, path, value)` for the body itself (`None`) and for the value of every known field that
/// is `wanted` (a field whose subtree holds nothing to check is skipped whole), parents before children. Each
/// object item of an array of objects is visited too, with its array's field.
pub fn walk<'v>(
    body: &'v Value,
    wanted: &impl Fn(Field) -> bool,
    visit: &mut impl FnMut(Option<Field>, &[Step<'v>], &'v Value),
) {
    let mut path = Vec::new();
    visit(None, &path, body);
    if let Value::Object(m) = body {
        members(m, None, wanted, &mut path, visit);
    }
}

fn members<'v>(
    m: &'v Map<String, Value>,
    parent: Option<Field>,
    wanted: &impl Fn(Field) -> bool,
    path: &mut Vec<Step<'v>>,
    visit: &mut impl FnMut(Option<Field>, &[Step<'v>], &'v Value),
) {
    for (key, value) in m {
        // Unknown keys are the structure check's findings; nothing below them is known either.
        let Some(field) = Field::child(parent, key).filter(|f| wanted(*f)) else { continue };
        path.push(Step::Key(key));
        visit(Some(field), path, value);
        match (field.meta().json_type, value) {
            (JsonType::Object, Value::Object(child)) => members(child, Some(field), wanted, path, visit),
            (JsonType::ObjectArray, Value::Array(items)) => {
                for (i, item) in items.iter().enumerate() {
                    if let Value::Object(child) = item {
                        path.push(Step::Index(i));
                        visit(Some(field), path, item);
                        members(child, Some(field), wanted, path, visit);
                        path.pop();
                    }
                }
            }
            _ => {}
        }
        path.pop();
    }
}
