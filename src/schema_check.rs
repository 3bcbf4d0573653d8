//! The structure check generated from the validation schema (see `build/gen_check.rs`): [`conforms`] answers
//! yes or no for the common, clean body; [`errors`] lists every violation of a body that fails.
//!
//! No JSON Schema validator is compiled at run time. The `jsonschema` crate is the oracle in this module's
//! tests instead: both functions must agree with it on the examples, every rule fixture, every declared bound
//! and generated bodies.

use crate::document::{Step, pointer_of};
use serde_json::{Number, Value};

pub(crate) use generated::{conforms, errors};

/// The generated functions: one small function per schema node.
mod generated {
    use super::*;

    include!(concat!(env!("OUT_DIR"), "/schema_check.rs"));
}

/// One violation of the schema.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct SchemaError<'v> {
    /// JSON pointer of the offending value.
    pub pointer: String,
    /// The offending value.
    pub instance: &'v Value,
    /// What is wrong with it.
    pub kind: SchemaErrorKind,
}

/// The keyword a value violates.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum SchemaErrorKind {
    /// Not of the JSON type `expected` (`string`, `integer`, …).
    Type { expected: &'static str },
    /// Not one of the allowed values.
    Enum { options: EnumOptions },
    /// A number below `limit`.
    Minimum { limit: i64 },
    /// A number above `limit`.
    Maximum { limit: i64 },
    /// A string of fewer than `limit` characters.
    MinLength { limit: usize },
    /// A string of more than `limit` characters.
    MaxLength { limit: usize },
    /// An array of fewer than `limit` items.
    MinItems { limit: usize },
    /// An array of more than `limit` items.
    MaxItems { limit: usize },
    /// An object without the member `property`.
    Required { property: &'static str },
    /// A closed object with members it does not declare, in document order.
    AdditionalProperties { unexpected: Vec<String> },
}

/// The values an enum allows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum EnumOptions {
    /// String tokens.
    Strings(&'static [&'static str]),
    /// Integers.
    Integers(&'static [i64]),
}

impl EnumOptions {
    /// The options as JSON values.
    pub fn values(self) -> Vec<Value> {
        match self {
            EnumOptions::Strings(s) => s.iter().map(|s| Value::from(*s)).collect(),
            EnumOptions::Integers(i) => i.iter().map(|i| Value::from(*i)).collect(),
        }
    }
}

/// JSON Schema's `integer`: any number without a fractional part, so `3.0` counts.
fn is_integer(v: &Value) -> bool {
    match v {
        Value::Number(n) => n.is_i64() || n.is_u64() || n.as_f64().is_some_and(|f| f.fract() == 0.0),
        _ => false,
    }
}

/// Whether `v` is a number equal to one of `allowed` (`3.0` equals `3`, as in JSON Schema).
fn integer_in(v: &Value, allowed: &[i64]) -> bool {
    let Value::Number(n) = v else { return false };
    match n.as_i64() {
        Some(i) => allowed.contains(&i),
        None => n.as_f64().is_some_and(|f| allowed.iter().any(|&a| a as f64 == f)),
    }
}

/// Whether `n` lies within the inclusive bounds.
fn within(n: &Number, minimum: Option<i64>, maximum: Option<i64>) -> bool {
    if let Some(i) = n.as_i64() {
        minimum.is_none_or(|m| i >= m) && maximum.is_none_or(|m| i <= m)
    } else if n.is_u64() {
        // Above `i64::MAX`: past any maximum, above any minimum.
        maximum.is_none()
    } else {
        let f = n.as_f64().unwrap_or(f64::NAN);
        minimum.is_none_or(|m| f >= m as f64) && maximum.is_none_or(|m| f <= m as f64)
    }
}

/// Whether a count lies within the inclusive bounds.
fn count_within(n: usize, minimum: Option<usize>, maximum: Option<usize>) -> bool {
    minimum.is_none_or(|m| n >= m) && maximum.is_none_or(|m| n <= m)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jsonschema::error::{TypeKind, ValidationErrorKind};
    use proptest::prelude::*;
    use serde_json::json;
    use std::sync::OnceLock;

    /// The `jsonschema` crate compiling the same validation schema: the oracle.
    fn oracle() -> &'static jsonschema::Validator {
        static ORACLE: OnceLock<jsonschema::Validator> = OnceLock::new();
        ORACLE.get_or_init(|| {
            let schema: Value = serde_json::from_str(crate::spec::VALIDATION_SCHEMA_JSON).unwrap();
            jsonschema::draft202012::new(&schema).unwrap()
        })
    }

    /// A violation as a comparable line: pointer, keyword and its detail.
    fn line(pointer: &str, keyword: &str, detail: String) -> String {
        format!("{pointer} {keyword} {detail}")
    }

    fn ours(value: &Value) -> Vec<String> {
        let mut lines: Vec<String> = errors(value)
            .into_iter()
            .map(|e| {
                let (keyword, detail) = match e.kind {
                    SchemaErrorKind::Type { expected } => ("type", expected.to_string()),
                    SchemaErrorKind::Enum { options } => ("enum", Value::from(options.values()).to_string()),
                    SchemaErrorKind::Minimum { limit } => ("minimum", limit.to_string()),
                    SchemaErrorKind::Maximum { limit } => ("maximum", limit.to_string()),
                    SchemaErrorKind::MinLength { limit } => ("minLength", limit.to_string()),
                    SchemaErrorKind::MaxLength { limit } => ("maxLength", limit.to_string()),
                    SchemaErrorKind::MinItems { limit } => ("minItems", limit.to_string()),
                    SchemaErrorKind::MaxItems { limit } => ("maxItems", limit.to_string()),
                    SchemaErrorKind::Required { property } => ("required", property.to_string()),
                    SchemaErrorKind::AdditionalProperties { unexpected } => {
                        ("additionalProperties", unexpected.join(","))
                    }
                };
                line(&e.pointer, keyword, detail)
            })
            .collect();
        lines.sort();
        lines
    }

    /// The oracle's violations, without those at a pointer that also has the wrong type (ours reports the
    /// type only there).
    fn theirs(value: &Value) -> Vec<String> {
        let errors: Vec<_> = oracle().iter_errors(value).collect();
        let wrong_type: Vec<String> = errors
            .iter()
            .filter(|e| matches!(e.kind(), ValidationErrorKind::Type { .. }))
            .map(|e| e.instance_path().as_str().to_string())
            .collect();
        let mut lines: Vec<String> = errors
            .iter()
            .filter_map(|e| {
                let pointer = e.instance_path().as_str();
                let (keyword, detail) = match e.kind() {
                    ValidationErrorKind::Type { kind: TypeKind::Single(t) } => ("type", t.to_string()),
                    ValidationErrorKind::Type { kind } => ("type", format!("{kind:?}")),
                    _ if wrong_type.iter().any(|p| p == pointer) => return None,
                    ValidationErrorKind::Enum { options } => ("enum", options.to_string()),
                    ValidationErrorKind::Minimum { limit } => ("minimum", limit.to_string()),
                    ValidationErrorKind::Maximum { limit } => ("maximum", limit.to_string()),
                    ValidationErrorKind::MinLength { limit } => ("minLength", limit.to_string()),
                    ValidationErrorKind::MaxLength { limit } => ("maxLength", limit.to_string()),
                    ValidationErrorKind::MinItems { limit } => ("minItems", limit.to_string()),
                    ValidationErrorKind::MaxItems { limit } => ("maxItems", limit.to_string()),
                    ValidationErrorKind::Required { property } => {
                        ("required", property.as_str().unwrap_or_default().to_string())
                    }
                    ValidationErrorKind::AdditionalProperties { unexpected } => {
                        ("additionalProperties", unexpected.join(","))
                    }
                    other => (other.keyword(), e.to_string()),
                };
                Some(line(pointer, keyword, detail))
            })
            .collect();
        lines.sort();
        lines
    }

    /// Both generated functions against the oracle.
    fn assert_agrees(value: &Value, what: &str) {
        let valid = oracle().is_valid(value);
        assert_eq!(conforms(value), valid, "conforms disagrees on {what}");
        assert_eq!(ours(value), theirs(value), "errors disagree on {what}");
        assert_eq!(errors(value).is_empty(), valid, "errors and validity disagree on {what}");
    }

    #[test]
    fn numbers_compare_as_json_schema_does() {
        assert!(is_integer(&json!(3)) && is_integer(&json!(3.0)) && is_integer(&json!(u64::MAX)));
        assert!(!is_integer(&json!(3.5)) && !is_integer(&json!("3")));
        assert!(integer_in(&json!(3.0), &[1, 3]) && !integer_in(&json!(2), &[1, 3]) && !integer_in(&json!("3"), &[3]));
        let n = |v: Value| v.as_number().unwrap().clone();
        assert!(within(&n(json!(5)), Some(1), Some(5)) && !within(&n(json!(6)), Some(1), Some(5)));
        assert!(within(&n(json!(1.0)), Some(1), None) && !within(&n(json!(0.5)), Some(1), None));
        assert!(!within(&n(json!(u64::MAX)), None, Some(5)) && within(&n(json!(u64::MAX)), Some(1), None));
    }

    fn example(name: &str) -> Value {
        serde_json::from_str(&std::fs::read_to_string(format!("examples/{name}.json")).unwrap()).unwrap()
    }

    #[test]
    fn the_shipped_examples_conform_and_a_wrong_type_does_not() {
        let body = example("managed-terway");
        assert!(conforms(&body) && errors(&body).is_empty());
        let mut wrong = body.clone();
        wrong["name"] = json!(7);
        assert!(!conforms(&wrong));
        assert_eq!(errors(&wrong)[0].kind, SchemaErrorKind::Type { expected: "string" });
        assert_eq!(errors(&wrong)[0].pointer, "/name");
        let mut unknown = body;
        unknown["no_such_key"] = json!(true);
        assert_eq!(
            errors(&unknown)[0].kind,
            SchemaErrorKind::AdditionalProperties { unexpected: vec!["no_such_key".into()] }
        );
    }

    #[test]
    fn agrees_with_the_oracle_on_every_fixture() {
        let mut checked = 0;
        for fixture in crate::rule_fixtures::all() {
            let Ok(value) = serde_json::from_str::<Value>(&fixture.text) else { continue };
            assert_agrees(&value, &fixture.path.display().to_string());
            checked += 1;
        }
        assert!(checked > 200, "only {checked} fixtures");
    }

    /// Values at and around every bound the spec declares, in every JSON type that can meet it.
    fn boundary_values() -> Vec<Value> {
        let mut bounds = std::collections::BTreeSet::from([0i64, 1]);
        for m in &crate::spec::FIELD_META {
            bounds.extend([m.minimum, m.maximum].into_iter().flatten());
            let counts = [m.min_length, m.max_length, m.min_items, m.max_items];
            bounds.extend(counts.into_iter().flatten().map(|b| b as i64));
            bounds.extend(m.values.iter().copied());
        }
        let mut values = vec![json!(null), json!(true), json!(u64::MAX), json!(-1), json!([]), json!({})];
        for b in bounds.into_iter().filter(|b| *b < 100_000) {
            for n in [b - 1, b, b + 1] {
                values.push(json!(n));
                values.push(json!(n as f64));
                values.push(json!(n as f64 + 0.5));
                if (0..300).contains(&n) {
                    values.push(json!("a".repeat(n as usize)));
                    values.push(json!("中".repeat(n as usize)));
                    values.push(json!(vec!["a"; n as usize]));
                }
            }
        }
        for m in &crate::spec::FIELD_META {
            values.extend(m.enum_values.iter().map(|e| json!(e.value)));
        }
        values
    }

    /// Pointers of every value in `body`.
    fn pointers(body: &Value, at: String, out: &mut Vec<String>) {
        match body {
            Value::Object(m) => m.iter().for_each(|(k, v)| pointers(v, format!("{at}/{k}"), out)),
            Value::Array(a) => a.iter().enumerate().for_each(|(i, v)| pointers(v, format!("{at}/{i}"), out)),
            _ => {}
        }
        out.push(at);
    }

    #[test]
    fn agrees_with_the_oracle_at_every_bound_of_every_field_the_examples_set() {
        let values = boundary_values();
        for name in ["managed-terway", "dedicated-flannel"] {
            let body = example(name);
            let mut at = Vec::new();
            pointers(&body, String::new(), &mut at);
            for pointer in at.iter().filter(|p| !p.is_empty()) {
                for value in &values {
                    let mut changed = body.clone();
                    *changed.pointer_mut(pointer).unwrap() = value.clone();
                    assert_agrees(&changed, &format!("{name}: {pointer} = {value}"));
                }
            }
        }
    }

    /// Arbitrary JSON, with keys the schema knows among random ones.
    fn json_value() -> impl Strategy<Value = Value> {
        let key = prop_oneof![
            prop::sample::select(crate::spec::FIELD_META.iter().map(|m| m.key.to_string()).collect::<Vec<_>>()),
            "[a-z_]{1,8}",
        ];
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            (-3i64..70_000).prop_map(Value::from),
            any::<f64>().prop_map(|f| Number::from_f64(f).map_or(Value::Null, Value::Number)),
            "\\PC{0,80}".prop_map(Value::String),
        ];
        leaf.prop_recursive(4, 40, 5, move |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
                prop::collection::btree_map(key.clone(), inner, 0..5)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// Replaces or adds one value anywhere in an example body.
        #[test]
        fn agrees_with_the_oracle_on_changed_examples(choice in any::<prop::sample::Index>(), value in json_value(),
                                                       add in any::<bool>(), dedicated: bool) {
            let mut body = example(if dedicated { "dedicated-flannel" } else { "managed-terway" });
            let mut at = Vec::new();
            pointers(&body, String::new(), &mut at);
            let pointer = choice.get(&at).clone();
            match body.pointer_mut(&pointer) {
                Some(Value::Object(m)) if add => {
                    let key = match &value { Value::String(s) => s.clone(), _ => "extra".into() };
                    m.insert(key, value);
                }
                Some(slot) => *slot = value,
                None => {}
            }
            assert_agrees(&body, &pointer);
        }
    }
}
