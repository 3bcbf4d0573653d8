//! Generates the structure check from the validation schema, as plain Rust matches:
//!
//! - `conforms(&Value) -> bool`, the fast answer for the common, clean body;
//! - `errors(&Value) -> Vec<SchemaError>`, every violation with its JSON pointer, for a body that fails.
//!
//! Only the keywords the validation schema uses are supported; any other keyword fails the build, so the
//! check can never silently ignore a constraint. The tests compare both functions with the `jsonschema`
//! crate on the examples, every fixture, every declared bound and generated bodies.

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

/// What one schema node requires, read from its keywords.
#[derive(Default)]
struct Node {
    location: String,
    /// The JSON type name (`string`, `integer`, …).
    json_type: Option<String>,
    enum_strings: Option<Vec<String>>,
    enum_integers: Option<Vec<i64>>,
    minimum: Option<i64>,
    maximum: Option<i64>,
    min_length: Option<usize>,
    max_length: Option<usize>,
    min_items: Option<usize>,
    max_items: Option<usize>,
    /// Index of the node for array items.
    items: Option<usize>,
    required: Vec<String>,
    /// Known keys and the index of their node.
    properties: Vec<(String, usize)>,
    /// `additionalProperties: false`.
    closed: bool,
}

pub fn generate(schema: &Value) -> Result<TokenStream, String> {
    let mut nodes = Vec::new();
    read(schema, "#", &mut nodes)?;
    let checks = nodes.iter().enumerate().map(|(i, n)| conforms_fn(i, n));
    let collectors = nodes.iter().enumerate().map(|(i, n)| errors_fn(i, n));
    Ok(quote! {
        /// Whether `value` satisfies the validation schema (`validation.schema.json`). Generated from that
        /// schema by `build/gen_check.rs`.
        pub(crate) fn conforms(value: &serde_json::Value) -> bool {
            check_0(value)
        }

        /// Every way `value` violates the validation schema; a value of the wrong type gets that error only.
        pub(crate) fn errors(value: &serde_json::Value) -> Vec<SchemaError<'_>> {
            let mut out = Vec::new();
            errors_0(value, &mut Vec::new(), &mut out);
            out
        }

        #(#checks)*
        #(#collectors)*
    })
}

/// Reads the node at `location` and its children into `nodes`; returns its index.
fn read(schema: &Value, location: &str, nodes: &mut Vec<Node>) -> Result<usize, String> {
    let Value::Object(keywords) = schema else {
        return Err(format!("{location}: boolean schemas are not supported by the generated check"));
    };
    if let Some(k) = keywords.keys().find(|k| !SUPPORTED.contains(&k.as_str())) {
        return Err(format!("{location}: keyword `{k}` is not supported by the generated check (build/gen_check.rs)"));
    }
    let index = nodes.len();
    nodes.push(Node { location: location.to_string(), ..Node::default() });
    let mut node = Node { location: location.to_string(), ..Node::default() };
    let integer = |name: &str| -> Result<Option<i64>, String> {
        match keywords.get(name) {
            None => Ok(None),
            Some(v) => v.as_i64().map(Some).ok_or_else(|| format!("{location}: `{name}` must be an integer")),
        }
    };
    let count = |name: &str| integer(name).map(|v| v.map(|v| v.max(0) as usize));

    if let Some(t) = keywords.get("type") {
        let t = t.as_str().ok_or_else(|| format!("{location}: `type` must be a single type name"))?;
        if !["string", "boolean", "object", "array", "integer", "number", "null"].contains(&t) {
            return Err(format!("{location}: unknown type `{t}`"));
        }
        node.json_type = Some(t.to_string());
    }
    if let Some(values) = keywords.get("enum") {
        let values = values.as_array().ok_or_else(|| format!("{location}: `enum` must be an array"))?;
        node.enum_strings = values.iter().map(|v| v.as_str().map(str::to_string)).collect();
        node.enum_integers = values.iter().map(Value::as_i64).collect();
        if node.enum_strings.is_none() && node.enum_integers.is_none() {
            return Err(format!("{location}: `enum` must hold only strings or only integers"));
        }
    }
    node.minimum = integer("minimum")?;
    node.maximum = integer("maximum")?;
    // A lower count bound of 0 always holds.
    node.min_length = count("minLength")?.filter(|m| *m > 0);
    node.max_length = count("maxLength")?;
    node.min_items = count("minItems")?.filter(|m| *m > 0);
    node.max_items = count("maxItems")?;
    if let Some(items) = keywords.get("items") {
        node.items = Some(read(items, &format!("{location}/items"), nodes)?);
    }
    if let Some(required) = keywords.get("required") {
        node.required = required
            .as_array()
            .and_then(|r| r.iter().map(|v| v.as_str().map(str::to_string)).collect())
            .ok_or_else(|| format!("{location}: `required` must be a list of names"))?;
    }
    node.closed = match keywords.get("additionalProperties") {
        None => false,
        Some(Value::Bool(false)) => true,
        Some(_) => return Err(format!("{location}: only `additionalProperties: false` is supported")),
    };
    for (key, sub) in keywords.get("properties").and_then(Value::as_object).into_iter().flatten() {
        node.properties.push((key.clone(), read(sub, &format!("{location}/properties/{key}"), nodes)?));
    }
    nodes[index] = node;
    Ok(index)
}

/// The test that `v` has the node's type.
fn type_test(t: &str) -> TokenStream {
    match t {
        "string" => quote! { v.is_string() },
        "boolean" => quote! { v.is_boolean() },
        "object" => quote! { v.is_object() },
        "array" => quote! { v.is_array() },
        "integer" => quote! { is_integer(v) },
        "number" => quote! { v.is_number() },
        _ => quote! { v.is_null() },
    }
}

/// The test that `v` is one of the node's enum values.
fn enum_test(node: &Node) -> Option<TokenStream> {
    if let Some(strings) = &node.enum_strings {
        return Some(quote! { matches!(v.as_str(), Some(#(#strings)|*)) });
    }
    let integers = node.enum_integers.as_ref()?;
    Some(quote! { integer_in(v, &[#(#integers),*]) })
}

fn option<T: quote::ToTokens>(v: Option<T>) -> TokenStream {
    match v {
        Some(v) => quote! { Some(#v) },
        None => quote! { None },
    }
}

fn conforms_fn(index: usize, node: &Node) -> TokenStream {
    let mut checks = Vec::new();
    if let Some(t) = &node.json_type {
        let test = type_test(t);
        checks.push(quote! { if !(#test) { return false; } });
    }
    if let Some(test) = enum_test(node) {
        checks.push(quote! { if !(#test) { return false; } });
    }
    if node.minimum.is_some() || node.maximum.is_some() {
        let (min, max) = (option(node.minimum), option(node.maximum));
        checks.push(quote! { if let serde_json::Value::Number(n) = v && !within(n, #min, #max) { return false; } });
    }
    if node.min_length.is_some() || node.max_length.is_some() {
        let (min, max) = (option(node.min_length), option(node.max_length));
        // JSON Schema counts a string's characters (code points), not its bytes.
        checks.push(quote! {
            if let serde_json::Value::String(s) = v && !count_within(s.chars().count(), #min, #max) { return false; }
        });
    }
    if node.min_items.is_some() || node.max_items.is_some() {
        let (min, max) = (option(node.min_items), option(node.max_items));
        checks.push(quote! {
            if let serde_json::Value::Array(a) = v && !count_within(a.len(), #min, #max) { return false; }
        });
    }
    if let Some(items) = node.items {
        let item = format_ident!("check_{items}");
        checks.push(quote! { if let serde_json::Value::Array(a) = v && !a.iter().all(#item) { return false; } });
    }
    if !node.required.is_empty() {
        let names = &node.required;
        checks.push(quote! {
            if let serde_json::Value::Object(m) = v && !(#(m.contains_key(#names))&&*) { return false; }
        });
    }
    if node.closed || !node.properties.is_empty() {
        let arms = node.properties.iter().map(|(key, i)| {
            let f = format_ident!("check_{i}");
            quote! { #key => #f(member), }
        });
        let other = if node.closed {
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
    let name = format_ident!("check_{index}");
    let doc = format!(" Whether a value satisfies schema node `{}`.", node.location);
    quote! {
        #[doc = #doc]
        fn #name(v: &serde_json::Value) -> bool {
            #(#checks)*
            true
        }
    }
}

fn errors_fn(index: usize, node: &Node) -> TokenStream {
    let mut checks = Vec::new();
    let push =
        |kind: TokenStream| quote! { out.push(SchemaError { pointer: pointer_of(at), instance: v, kind: #kind }); };
    if let Some(test) = enum_test(node) {
        let options = match (&node.enum_strings, &node.enum_integers) {
            (Some(strings), _) => quote! { EnumOptions::Strings(&[#(#strings),*]) },
            (None, Some(integers)) => quote! { EnumOptions::Integers(&[#(#integers),*]) },
            (None, None) => unreachable!("enum_test is Some"),
        };
        let error = push(quote! { SchemaErrorKind::Enum { options: #options } });
        checks.push(quote! { if !(#test) { #error } });
    }
    if let Some(limit) = node.minimum {
        let error = push(quote! { SchemaErrorKind::Minimum { limit: #limit } });
        checks.push(quote! { if let serde_json::Value::Number(n) = v && !within(n, Some(#limit), None) { #error } });
    }
    if let Some(limit) = node.maximum {
        let error = push(quote! { SchemaErrorKind::Maximum { limit: #limit } });
        checks.push(quote! { if let serde_json::Value::Number(n) = v && !within(n, None, Some(#limit)) { #error } });
    }
    // Lengths count a string's characters (code points), not its bytes.
    let string_count = (quote! { serde_json::Value::String(s) }, quote! { s }, quote! { s.chars().count() });
    let array_count = (quote! { serde_json::Value::Array(a) }, quote! { a }, quote! { a.len() });
    for (bound, below, variant, (shape, value, count)) in [
        (node.min_length, true, quote! { MinLength }, string_count.clone()),
        (node.max_length, false, quote! { MaxLength }, string_count),
        (node.min_items, true, quote! { MinItems }, array_count.clone()),
        (node.max_items, false, quote! { MaxItems }, array_count),
    ] {
        let Some(limit) = bound else { continue };
        let error = push(quote! { SchemaErrorKind::#variant { limit: #limit } });
        let outside = match (below, limit) {
            // Fewer than one is none at all: `is_empty()`, as clippy asks (`len_zero`).
            (true, 1) => quote! { #value.is_empty() },
            (true, _) => quote! { #count < #limit },
            (false, _) => quote! { #count > #limit },
        };
        checks.push(quote! { if let #shape = v && #outside { #error } });
    }
    if let Some(items) = node.items {
        let item = format_ident!("errors_{items}");
        checks.push(quote! {
            if let serde_json::Value::Array(a) = v {
                for (i, item) in a.iter().enumerate() {
                    at.push(Step::Index(i));
                    #item(item, at, out);
                    at.pop();
                }
            }
        });
    }
    for name in &node.required {
        let error = push(quote! { SchemaErrorKind::Required { property: #name } });
        checks.push(quote! { if let serde_json::Value::Object(m) = v && !m.contains_key(#name) { #error } });
    }
    if node.closed || !node.properties.is_empty() {
        let arms = node.properties.iter().map(|(key, i)| {
            let f = format_ident!("errors_{i}");
            quote! { #key => #f(member, at, out), }
        });
        let other = if node.closed {
            quote! { unexpected.push(key.clone()) }
        } else {
            quote! { {} }
        };
        let error = push(quote! { SchemaErrorKind::AdditionalProperties { unexpected } });
        checks.push(quote! {
            if let serde_json::Value::Object(m) = v {
                let mut unexpected: Vec<String> = Vec::new();
                for (key, member) in m {
                    at.push(Step::Key(key));
                    match key.as_str() {
                        #(#arms)*
                        _ => #other,
                    }
                    at.pop();
                }
                if !unexpected.is_empty() { #error }
            }
        });
    }
    if let Some(t) = &node.json_type {
        let test = type_test(t);
        let error = push(quote! { SchemaErrorKind::Type { expected: #t } });
        // The wrong type makes every other keyword of this node moot: report the type only (and return only
        // when other checks follow).
        let stop = if checks.is_empty() {
            quote! {}
        } else {
            quote! { return; }
        };
        checks.insert(0, quote! { if !(#test) { #error #stop } });
    }
    let name = format_ident!("errors_{index}");
    let doc = format!(" Collects the violations of schema node `{}`.", node.location);
    quote! {
        #[doc = #doc]
        fn #name<'v>(v: &'v serde_json::Value, at: &mut Vec<Step<'v>>, out: &mut Vec<SchemaError<'v>>) {
            #(#checks)*
        }
    }
}
