//! Disputed upper bounds (`soft_maximum` in the spec): a value the sources disagree on is a warning.

use crate::checks;
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{Step, pointer_of};
use crate::spec::{Field, FieldMeta};
use serde_json::Value;

/// Reports the value of `field` at `path` when it is above the field's `soft_maximum` (and within its
/// `maximum`, which the schema checks).
pub fn visit(field: Field, path: &[Step<'_>], value: &Value, out: &mut Vec<Diagnostic>) {
    let meta = field.meta();
    let Some(soft) = meta.soft_maximum else { return };
    // Most values are within the bound: the pointer is built only for a finding.
    let mut one = |pointer: &dyn Fn() -> String, v: &Value| {
        if let Some(n) = v.as_i64()
            && n > soft
            && meta.maximum.is_none_or(|hi| n <= hi)
        {
            out.push(finding(meta, &pointer(), n, soft));
        }
    };
    match value {
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                one(&|| format!("{}/{i}", pointer_of(path)), item);
            }
        }
        other => one(&|| pointer_of(path), other),
    }
}

fn finding(meta: &FieldMeta, pointer: &str, n: i64, soft: i64) -> Diagnostic {
    let name = crate::spec::display_pointer(pointer);
    let hi = meta.maximum.map_or(String::new(), |hi| format!(", others up to {hi}"));
    checks::OUT_OF_RANGE
        .diagnostic(format!("`{name}` {n} is above {soft}, where the sources disagree on the upper bound"))
        .severity(Severity::Warning)
        .at(pointer)
        .label("disputed range")
        .help(format!(
            "some sources allow at most {soft}{hi}; stay at or below {soft} unless you know the service takes more"
        ))
}
