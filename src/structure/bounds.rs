//! Disputed upper bounds (`soft_maximum` in the spec): a value the sources disagree on is a warning.

use crate::checks;
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{Step, pointer_of};
use crate::i18n::Lang;
use crate::spec::{Field, FieldMeta};
use serde_json::Value;

/// Reports the value of `field` at `path` when it is above the field's `soft_maximum` (and within its
/// `maximum`, which the schema checks).
pub fn visit(lang: Lang, field: Field, path: &[Step<'_>], value: &Value, out: &mut Vec<Diagnostic>) {
    let meta = field.meta();
    let Some(soft) = meta.soft_maximum else { return };
    // Most values are within the bound: the pointer is built only for a finding.
    let mut one = |pointer: &dyn Fn() -> String, v: &Value| {
        if let Some(n) = v.as_i64()
            && n > soft
            && meta.maximum.is_none_or(|hi| n <= hi)
        {
            out.push(finding(lang, meta, &pointer(), n, soft));
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

fn finding(lang: Lang, meta: &FieldMeta, pointer: &str, value: i64, soft: i64) -> Diagnostic {
    let name = crate::spec::display_pointer(pointer);
    let help = match meta.maximum {
        Some(high) => crate::t!(lang, "sch005-disputed.help-hard", soft, high),
        None => crate::t!(lang, "sch005-disputed.help", soft),
    };
    checks::OUT_OF_RANGE
        .diagnostic(crate::t!(lang, "sch005-disputed", name, value, soft))
        .severity(Severity::Warning)
        .at(pointer)
        .label(crate::t!(lang, "sch005-disputed.label"))
        .help(help)
}
