//! Generates `conforms(&Value) -> bool` from the validation schema: the same constraints as the compiled
//! JSON Schema validator, as plain Rust matches, so that a body without structure errors never pays for
//! building that validator (it is built only to describe errors).
//!
//! Only the keywords the validation schema uses are supported; any other keyword fails the build, so the two
//! can never silently disagree. Tests also compare both on every fixture and on generated bodies.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

/// Keywords the generated check understands. `$schema` is an annotation.
const SUPPORTED: &[&str] = &[
    "$schema",
    "type",
    "enum",
    "properties",
    "additionalProperties",
    "required",
    "items",
    "minimum",
    "maximum",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
];

pub fn generate(schema: &Value) -> Result<TokenStream, String> {
    let mut functions = Vec::new();
    node(schema, "#", &mut functions)?;
    Ok(quote! {
        /// Whether `value` satisfies the validation schema (`validation.schema.json`), without the compiled
        /// validator. Generated from that schema by `build/gen_check.rs`.
        pub(crate) fn conforms(value: &serde_json::Value) -> bool {
            node_0(value)
        }

        #(#functions)*
    })
}

/// Emits the function for the schema node at `location`; returns its index.
fn node(schema: &Value, location: &str, out: &mut Vec<TokenStream>) -> Result<usize, String> {
    let Value::Object(keywords) = schema else {
        return Err(format!("{location}: boolean schemas are not supported by the generated check"));
    };
    if let Some(k) = keywords.keys().find(|k| !SUPPORTED.contains(&k.as_str())) {
        return Err(format!("{location}: keyword `{k}` is not supported by the generated check (build/gen_check.rs)"));
    }
    let index = out.len();
    out.push(TokenStream::new()); // reserved, filled below once the children have their indices
    let mut checks = Vec::new();

    if let Some(t) = keywords.get("type") {
        let t = t.as_str().ok_or_else(|| format!("{location}: `type` must be a single type name"))?;
        let test = match t {
            "string" => quote! { v.is_string() },
            "boolean" => quote! { v.is_boolean() },
            "object" => quote! { v.is_object() },
            "array" => quote! { v.is_array() },
            "integer" => quote! { is_integer(v) },
            "number" => quote! { v.is_number() },
            "null" => quote! { v.is_null() },
            other => return Err(format!("{location}: unknown type `{other}`")),
        };
        checks.push(quote! { if !(#test) { return false; } });
    }

    if let Some(values) = keywords.get("enum") {
        let values = values.as_array().ok_or_else(|| format!("{location}: `enum` must be an array"))?;
        if let Some(strings) = values.iter().map(Value::as_str).collect::<Option<Vec<_>>>() {
            checks.push(quote! { if !matches!(v.as_str(), Some(#(#strings)|*)) { return false; } });
        } else if let Some(integers) = values.iter().map(Value::as_i64).collect::<Option<Vec<_>>>() {
            checks.push(quote! { if !integer_in(v, &[#(#integers),*]) { return false; } });
        } else {
            return Err(format!("{location}: `enum` must hold only strings or only integers"));
        }
    }

    let bound = |name: &str| -> Result<Option<i64>, String> {
        match keywords.get(name) {
            None => Ok(None),
            Some(v) => v.as_i64().map(Some).ok_or_else(|| format!("{location}: `{name}` must be an integer")),
        }
    };
    let (minimum, maximum) = (bound("minimum")?, bound("maximum")?);
    if minimum.is_some() || maximum.is_some() {
        let min = minimum.map_or(quote! { None }, |m| quote! { Some(#m) });
        let max = maximum.map_or(quote! { None }, |m| quote! { Some(#m) });
        checks.push(quote! {
            if let serde_json::Value::Number(n) = v && !within(n, #min, #max) { return false; }
        });
    }

    // JSON Schema counts a string's characters (code points), not its bytes.
    if let Some(out_of_range) = count_outside(bound("minLength")?, bound("maxLength")?) {
        checks.push(quote! {
            if let serde_json::Value::String(s) = v {
                let n = s.chars().count();
                if #out_of_range { return false; }
            }
        });
    }
    if let Some(out_of_range) = count_outside(bound("minItems")?, bound("maxItems")?) {
        checks.push(quote! {
            if let serde_json::Value::Array(a) = v {
                let n = a.len();
                if #out_of_range { return false; }
            }
        });
    }
    if let Some(items) = keywords.get("items") {
        let item = format_ident!("node_{}", node(items, &format!("{location}/items"), out)?);
        checks.push(quote! {
            if let serde_json::Value::Array(a) = v && !a.iter().all(#item) { return false; }
        });
    }

    if let Some(required) = keywords.get("required") {
        let names: Vec<&str> = required
            .as_array()
            .and_then(|r| r.iter().map(Value::as_str).collect())
            .ok_or_else(|| format!("{location}: `required` must be a list of names"))?;
        checks.push(quote! {
            if let serde_json::Value::Object(m) = v && !(#(m.contains_key(#names))&&*) { return false; }
        });
    }
    let closed = match keywords.get("additionalProperties") {
        None => false,
        Some(Value::Bool(false)) => true,
        Some(_) => return Err(format!("{location}: only `additionalProperties: false` is supported")),
    };
    let properties = keywords.get("properties").and_then(Value::as_object);
    if closed || properties.is_some() {
        let mut arms = Vec::new();
        for (key, sub) in properties.into_iter().flatten() {
            let f = format_ident!("node_{}", node(sub, &format!("{location}/properties/{key}"), out)?);
            arms.push(quote! { #key => #f(member), });
        }
        let other = if closed {
            quote! { false }
        } else {
            quote! { true }
        };
        checks.push(quote! {
            if let serde_json::Value::Object(m) = v {
                for (key, member) in m {
                    let ok = match key.as_str() {
                        #(#arms)*
                        _ => #other,
                    };
                    if !ok { return false; }
                }
            }
        });
    }

    let name = format_ident!("node_{index}");
    let doc = format!(" Schema node `{location}`.");
    out[index] = quote! {
        #[doc = #doc]
        #[allow(clippy::match_single_binding, clippy::match_like_matches_macro)]
        fn #name(v: &serde_json::Value) -> bool {
            #(#checks)*
            true
        }
    };
    Ok(index)
}

/// The test that a count `n` is outside `[min, max]`, with only the bounds the schema gives.
fn count_outside(lo: Option<i64>, hi: Option<i64>) -> Option<TokenStream> {
    let (min, max) = (lo, hi);
    let min = min.filter(|m| *m > 0).map(|m| {
        let m = m as usize;
        quote! { n < #m }
    });
    let max = max.map(|m| {
        let m = m as usize;
        quote! { n > #m }
    });
    match (min, max) {
        (Some(_), Some(_)) => {
            let (a, b) = (lo.unwrap_or(0) as usize, hi.unwrap_or(0) as usize);
            Some(quote! { !(#a..=#b).contains(&n) })
        }
        (a, b) => a.or(b),
    }
}
