//! A fast yes/no structure check generated from the validation schema (see `build/gen_check.rs`): bodies
//! that pass it never need the compiled JSON Schema validator, which is built only to describe errors.
//!
//! It must agree with that validator on every input; in debug builds (every test) [`crate::structure::check`]
//! asserts that it does.

use serde_json::{Number, Value};

include!(concat!(env!("OUT_DIR"), "/conforms.rs"));

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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

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

    #[test]
    fn the_shipped_examples_conform_and_a_wrong_type_does_not() {
        let body: Value = serde_json::from_str(include_str!("../examples/managed-terway.json")).unwrap();
        assert!(conforms(&body));
        let mut wrong = body.clone();
        wrong["name"] = json!(7);
        assert!(!conforms(&wrong));
        let mut unknown = body;
        unknown["no_such_key"] = json!(true);
        assert!(!conforms(&unknown));
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
    fn agrees_with_the_validator_at_every_bound_of_every_field_the_examples_set() {
        let validator = crate::structure::validator();
        let values = boundary_values();
        for example in
            [include_str!("../examples/managed-terway.json"), include_str!("../examples/dedicated-flannel.json")]
        {
            let body: Value = serde_json::from_str(example).unwrap();
            let mut at = Vec::new();
            pointers(&body, String::new(), &mut at);
            for pointer in at.iter().filter(|p| !p.is_empty()) {
                for value in &values {
                    let mut changed = body.clone();
                    *changed.pointer_mut(pointer).unwrap() = value.clone();
                    assert_eq!(conforms(&changed), validator.is_valid(&changed), "{pointer} = {value}");
                }
            }
        }
    }
}
