//! The spec, the generated JSON Schema and the generated types agree with each other and with the API reference.

use acklint::__internal::document::{Node, NodeValue};
use acklint::__internal::spec::FIELD_META;
use serde_json::{Value, json};
use std::collections::BTreeSet;

const COMMITTED_SCHEMA: &str = include_str!("../schema/createcluster.schema.json");
const REFRESH: &str = "cargo run -q -- schema > schema/createcluster.schema.json";

fn schema() -> Value {
    serde_json::from_str(acklint::SCHEMA_JSON).unwrap()
}

#[test]
fn committed_schema_is_current() {
    if COMMITTED_SCHEMA != acklint::SCHEMA_JSON {
        let diff: Vec<String> = COMMITTED_SCHEMA
            .lines()
            .zip(acklint::SCHEMA_JSON.lines())
            .enumerate()
            .filter(|(_, (a, b))| a != b)
            .take(10)
            .map(|(i, (a, b))| format!("line {}:\n  committed: {a}\n  generated: {b}", i + 1))
            .collect();
        panic!(
            "schema/createcluster.schema.json is stale ({} vs {} lines). First differences:\n{}\nRefresh it with: {REFRESH}",
            COMMITTED_SCHEMA.lines().count(),
            acklint::SCHEMA_JSON.lines().count(),
            diff.join("\n")
        );
    }
}

#[test]
fn schema_is_a_valid_draft_2020_12_schema() {
    let schema = schema();
    assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
    jsonschema::meta::validate(&schema).expect("meta-schema accepts the generated schema");
}

fn validator() -> jsonschema::Validator {
    jsonschema::draft202012::new(&schema()).unwrap()
}

fn example(name: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(format!("examples/{name}")).unwrap()).unwrap()
}

#[test]
fn schema_accepts_the_examples() {
    let v = validator();
    for name in ["dedicated-flannel.json", "managed-terway.json"] {
        let errors: Vec<String> = v.iter_errors(&example(name)).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{name}: {errors:?}");
    }
}

#[test]
fn schema_rejects_wrong_types() {
    let v = validator();
    let mut body = example("dedicated-flannel.json");
    body["master_count"] = json!("3");
    assert!(!v.is_valid(&body), "a quoted master_count must be rejected");
    let mut body = example("dedicated-flannel.json");
    body["nodepools"][0]["scaling_group"]["data_disks"][0]["encrypted"] = json!(true);
    assert!(!v.is_valid(&body), "a boolean `encrypted` must be rejected: the API takes the string \"true\"");
    let mut body = example("dedicated-flannel.json");
    body["node_cidr_mask"] = json!(26);
    assert!(!v.is_valid(&body), "node_cidr_mask is a string");
    let mut body = example("dedicated-flannel.json");
    body["vpc_id"] = json!("vpc-1");
    assert!(!v.is_valid(&body), "unknown keys are rejected");
}

/// Spec-style paths (`*` for array items) of every key in a tree.
fn paths(node: &Node, prefix: &str, out: &mut BTreeSet<String>) {
    match &node.value {
        NodeValue::Object(members) => {
            for m in members {
                let path = format!("{prefix}/{}", m.key);
                out.insert(path.clone());
                paths(&m.value, &path, out);
            }
        }
        NodeValue::Array(items) => {
            for item in items {
                paths(item, &format!("{prefix}/*"), out);
            }
        }
        _ => {}
    }
}

fn reference_paths() -> BTreeSet<String> {
    let mut all = BTreeSet::new();
    // The syntax block writes types instead of values: make it parseable first.
    let syntax = include_str!("fixtures/reference-syntax.txt").replace(": Boolean", ": true").replace(": Long", ": 0");
    let example = include_str!("fixtures/reference-example.jsonc");
    for text in [syntax.as_str(), example] {
        let doc = acklint::__internal::document::parse(text.as_bytes(), &mut Vec::new());
        paths(acklint::__internal::document::root(&doc).expect("the reference parses tolerantly"), "", &mut all);
    }
    all
}

/// The schema node of a spec path.
fn schema_node<'a>(schema: &'a Value, path: &str) -> Option<&'a Value> {
    let mut node = schema;
    for segment in path.split('/').skip(1) {
        if segment == "*" {
            node = node.get("items")?;
        } else {
            node = node.get("properties")?.get(segment)?;
        }
    }
    Some(node)
}

#[test]
fn every_reference_path_is_in_the_schema_with_a_type_and_description() {
    let schema = schema();
    let reference = reference_paths();
    assert_eq!(reference.len(), 146, "the reference's syntax block and example name 146 paths");
    for path in &reference {
        let node = schema_node(&schema, path).unwrap_or_else(|| panic!("{path} is missing from the schema"));
        assert!(node.get("type").is_some(), "{path} has no type");
        assert!(node["description"].as_str().is_some_and(|d| !d.is_empty()), "{path} has no description");
    }
    let flagged: BTreeSet<String> = FIELD_META.iter().filter(|m| m.in_reference).map(|m| m.path.to_string()).collect();
    assert_eq!(flagged, reference, "`in_reference` in the spec must match the reference exactly");
}

#[test]
fn types_the_api_really_takes() {
    let schema = schema();
    let ty = |path: &str| schema_node(&schema, path).unwrap()["type"].as_str().unwrap().to_string();
    assert_eq!(ty("/node_cidr_mask"), "string");
    assert_eq!(ty("/nodepools/*/scaling_group/data_disks/*/encrypted"), "string");
    assert_eq!(ty("/nodepools/*/scaling_group/spot_price_limit/*/price_limit"), "string");
    assert_eq!(ty("/addons/*/config"), "string");
    assert_eq!(ty("/master_system_disk_category"), "string");
    assert!(schema_node(&schema, "/master_count").unwrap()["enum"].is_array());
    // A growing catalogue: editors complete the known tokens and accept any other string.
    let category = schema_node(&schema, "/master_system_disk_category").unwrap();
    assert!(category.get("enum").is_none());
    assert!(category["anyOf"][0]["enum"].is_array());
    assert_eq!(category["anyOf"][1], json!({ "type": "string" }));
}

#[test]
fn editors_accept_a_catalogue_token_newer_than_the_schema() {
    let validator = validator();
    let mut body = example("managed-terway.json");
    body["nodepools"][0]["scaling_group"]["image_type"] = json!("AliyunLinux5");
    body["nodepools"][0]["scaling_group"]["system_disk_category"] = json!("cloud_essd_pro");
    assert!(validator.is_valid(&body), "{:?}", validator.iter_errors(&body).map(|e| e.to_string()).collect::<Vec<_>>());
    body["nodepools"][0]["scaling_group"]["instance_charge_type"] = json!("Prepaid");
    assert!(!validator.is_valid(&body), "a stable closed set still rejects an unknown token");
}

#[test]
fn no_field_schema_allows_null() {
    let text = acklint::SCHEMA_JSON;
    assert!(!text.contains("\"null\""), "the API takes no null anywhere");
    // `anyOf` only pairs a catalogue's known tokens with an open branch of the same type: it never fails, so
    // it never produces an opaque error message.
    let schema = schema();
    let mut open = 0;
    let mut stack = vec![&schema];
    while let Some(node) = stack.pop() {
        match node {
            Value::Object(map) => {
                if let Some(branches) = map.get("anyOf") {
                    assert_eq!(branches[1], json!({ "type": map["type"] }), "{node}");
                    open += 1;
                }
                stack.extend(map.values());
            }
            Value::Array(items) => stack.extend(items),
            _ => {}
        }
    }
    assert!(open > 0);
}

#[test]
fn generated_public_surface() {
    insta::assert_snapshot!(include_str!(concat!(env!("OUT_DIR"), "/surface.txt")));
}

#[test]
fn the_validation_schema_is_the_editor_schema_without_annotations_and_patterns() {
    let full = jsonschema::draft202012::new(&schema()).unwrap();
    let lean: Value = serde_json::from_str(acklint::__internal::spec::VALIDATION_SCHEMA_JSON).unwrap();
    assert!(!acklint::__internal::spec::VALIDATION_SCHEMA_JSON.contains("markdownDescription"));
    assert!(!acklint::__internal::spec::VALIDATION_SCHEMA_JSON.contains("\"pattern\""));
    let lean = jsonschema::draft202012::new(&lean).unwrap();
    let mut bodies = vec![example("dedicated-flannel.json"), example("managed-terway.json")];
    let mut bad = example("dedicated-flannel.json");
    bad["master_count"] = json!(4);
    bad["nodepools"][0]["scaling_group"]["data_disks"][0]["disk_name"] = json!("1-starts-with-a-digit");
    bad["node_cidr_mask"] = json!("twenty-six");
    bad["vpc_id"] = json!("x");
    bodies.push(bad);
    for body in &bodies {
        // The editor schema's pattern errors are exactly acklint's own format checks.
        let (patterns, others): (Vec<_>, Vec<_>) = full
            .iter_errors(body)
            .partition(|e| matches!(e.kind(), jsonschema::error::ValidationErrorKind::Pattern { .. }));
        let others: Vec<String> = others.iter().map(|e| e.to_string()).collect();
        let lean_errors: Vec<String> = lean.iter_errors(body).map(|e| e.to_string()).collect();
        assert_eq!(others, lean_errors);
        let mut ours = Vec::new();
        acklint::__internal::patterns::check(body, &mut |pointer, _, _| ours.push(pointer.to_string()));
        let mut theirs: Vec<String> = patterns.iter().map(|e| e.instance_path().as_str().to_string()).collect();
        ours.sort();
        theirs.sort();
        assert_eq!(ours, theirs);
    }
}

#[test]
fn every_pattern_compiles_in_both_engines() {
    for m in FIELD_META.iter() {
        if let Some(p) = acklint::__internal::patterns::pattern_of(m) {
            regex::Regex::new(p).unwrap_or_else(|e| panic!("{}: {e}", m.path));
        }
    }
    // The editor schema with every pattern compiles in the `jsonschema` crate (ECMA-262 flavour).
    jsonschema::draft202012::new(&schema()).unwrap();
}

/// Every node of the schema, with its JSON Pointer.
fn nodes<'a>(value: &'a Value, pointer: String, out: &mut Vec<(String, &'a Value)>) {
    match value {
        Value::Object(map) => {
            out.push((pointer.clone(), value));
            for (k, v) in map {
                nodes(v, format!("{pointer}/{}", k.replace('~', "~0").replace('/', "~1")), out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                nodes(v, format!("{pointer}/{i}"), out);
            }
        }
        _ => {}
    }
}

fn has_chinese(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

#[test]
fn editors_show_each_fact_once_and_in_both_languages() {
    let schema = schema();
    let mut all = Vec::new();
    nodes(&schema, String::new(), &mut all);

    // `markdownEnumDescriptions` does not repeat the value: editors print it before the description.
    let mut enums = 0;
    for (pointer, node) in &all {
        let Some(docs) = node.get("markdownEnumDescriptions") else { continue };
        let (values, docs) = (node["enum"].as_array().unwrap(), docs.as_array().unwrap());
        assert_eq!(values.len(), docs.len(), "{pointer}");
        for (value, doc) in values.iter().zip(docs) {
            let (value, doc) = (value.as_str().unwrap(), doc.as_str().unwrap());
            assert!(!doc.is_empty() && !doc.starts_with(&format!("`{value}`")), "{pointer}: {value}: {doc}");
            assert!(!doc.starts_with(&format!("{value}:")), "{pointer}: {value}: {doc}");
        }
        assert_eq!(node["enumDescriptions"], node["markdownEnumDescriptions"], "{pointer}");
        enums += 1;
    }
    assert!(enums > 50, "{enums} enums with descriptions");

    // Every `description` (what JetBrains IDEs show) carries both languages.
    let described: Vec<_> = all.iter().filter_map(|(p, n)| Some((p, n.get("description")?.as_str()?))).collect();
    assert!(described.len() > 300, "{}", described.len());
    for (pointer, description) in described {
        assert!(has_chinese(description), "{pointer} has no Chinese description: {description}");
        assert!(description.starts_with(|c: char| c.is_ascii()), "{pointer} starts with English: {description}");
    }

    // Each field: its own texts in both languages, and a deprecated one names what to use instead.
    let mut deprecated = 0;
    for meta in &FIELD_META {
        let node = schema_node(&schema, meta.path).unwrap_or_else(|| panic!("{} is missing", meta.path));
        let description = node["description"].as_str().unwrap();
        assert!(description.contains(meta.en) && description.contains(meta.zh), "{}: {description}", meta.path);
        assert_eq!(node["deprecated"] == true, meta.deprecated, "{}", meta.path);
        let message = node.get("deprecationMessage").and_then(Value::as_str);
        assert_eq!(message.is_some(), meta.deprecated, "{}: deprecationMessage only on deprecated fields", meta.path);
        let Some(message) = message else { continue };
        deprecated += 1;
        assert!(has_chinese(message) && message.starts_with("Deprecated"), "{}: {message}", meta.path);
        for successor in meta.replacement {
            // The schema names a successor as every message does.
            let name = format!("`{}`", successor.display());
            assert!(message.contains(&name), "{}: {message} does not name {name}", meta.path);
        }
        if meta.replacement.is_empty() {
            assert!(message.contains("no replacement"), "{}: {message}", meta.path);
        }
    }
    assert_eq!(deprecated, FIELD_META.iter().filter(|m| m.deprecated).count());
    assert!(deprecated > 50, "{deprecated}");
}
