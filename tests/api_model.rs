//! The spec keeps up with the newest API model: every request field of the Go SDK
//! `alibabacloud-go/cs-20151215` (listed in `tests/fixtures/api-model-paths.txt`, header names the commit) is
//! a spec field of the same JSON type, and a current managed-cluster body using the newest node-pool fields
//! has no unknown field.

use acklint::__internal::spec::{FIELD_META, FieldMeta, JsonType};
use acklint::{LintOptions, lint};

const MODEL_PATHS: &str = include_str!("fixtures/api-model-paths.txt");
const CURRENT_BODY: &str = include_str!("fixtures/current-managed-nodepool.json");
const REFRESH: &str =
    "python3 tests/fixtures/api-model-paths.py SDK_GIT_DIR COMMIT > tests/fixtures/api-model-paths.txt";

/// Model paths the spec may leave out, each with its reason. Keep it short; ideally empty.
const NOT_IN_SPEC: &[(&str, &str)] = &[];

/// Model paths whose spec type differs from the model's on purpose, each with its reason.
const OTHER_TYPE: &[(&str, &str)] = &[];

/// The spec's word for a JSON type, as the fixture writes it.
fn spec_type(t: JsonType) -> &'static str {
    match t {
        JsonType::String => "string",
        JsonType::Integer => "integer",
        JsonType::Number => "number",
        JsonType::Boolean => "boolean",
        JsonType::Object => "object",
        JsonType::Map => "map",
        JsonType::StringArray => "array<string>",
        JsonType::IntegerArray => "array<integer>",
        JsonType::ObjectArray => "array<object>",
    }
}

/// `(path, type)` of every request field of the model.
fn model() -> Vec<(&'static str, &'static str)> {
    MODEL_PATHS
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split_once(' ').unwrap_or_else(|| panic!("`{l}` is not a `path type` line")))
        .collect()
}

fn spec_field(path: &str) -> Option<&'static FieldMeta> {
    FIELD_META.iter().find(|m| m.path == path)
}

fn listed(list: &[(&str, &str)], path: &str) -> bool {
    list.iter().any(|(p, _)| *p == path)
}

#[test]
fn the_fixture_names_its_sdk_commit_and_holds_paths() {
    let commit = MODEL_PATHS.lines().find_map(|l| l.strip_prefix("# at commit ")).expect("header names the commit");
    assert!(commit.len() > 40 && commit[..40].chars().all(|c| c.is_ascii_hexdigit()), "{commit}");
    let model = model();
    assert!(model.len() > 300, "only {} model paths: regenerate with {REFRESH}", model.len());
    assert!(model.windows(2).all(|w| w[0].0 < w[1].0), "paths are sorted and unique");
}

#[test]
fn the_spec_knows_every_field_of_the_api_model() {
    let model = model();
    let missing: Vec<&str> = model.iter().map(|(p, _)| *p).filter(|p| spec_field(p).is_none()).collect();
    for p in &missing {
        eprintln!("model path unknown to the spec: {p}");
    }
    eprintln!("{} model paths, {} known to the spec", model.len(), model.len() - missing.len());
    let unexcused: Vec<&&str> = missing.iter().filter(|p| !listed(NOT_IN_SPEC, p)).collect();
    assert!(unexcused.is_empty(), "add these model fields to schema/spec/*.toml: {unexcused:#?}");
    for (p, why) in NOT_IN_SPEC {
        assert!(missing.contains(p), "`{p}` is excused ({why}) but the spec has it now: drop the exception");
    }
}

#[test]
fn spec_types_match_the_api_model() {
    let mut wrong = Vec::new();
    for (path, model_type) in model() {
        let Some(meta) = spec_field(path) else { continue };
        let ours = spec_type(meta.json_type);
        if ours != model_type && !listed(OTHER_TYPE, path) {
            wrong.push(format!("{path}: the model says {model_type}, the spec {ours}"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn spec_fields_outside_the_api_model_say_why() {
    let model = model();
    let extra: Vec<&FieldMeta> = FIELD_META.iter().filter(|m| !model.iter().any(|(p, _)| *p == m.path)).collect();
    for m in &extra {
        eprintln!("spec path outside the model: {}", m.path);
    }
    let silent: Vec<&str> = extra.iter().filter(|m| m.decision.is_none()).map(|m| m.path).collect();
    assert!(silent.is_empty(), "these spec fields are not in the API model; give each a `decision`: {silent:#?}");
}

#[test]
fn a_current_managed_cluster_body_has_no_unknown_field() {
    let report = lint("current-managed-nodepool.json", CURRENT_BODY.as_bytes(), &LintOptions::default());
    for d in &report.diagnostics {
        eprintln!("{} {:?} {}: {}", d.code, d.severity, d.pointer.as_deref().unwrap_or("-"), d.message);
    }
    let structure: Vec<String> = report
        .diagnostics
        .iter()
        .filter(|d| d.code.starts_with("SCH"))
        .map(|d| format!("{} {}: {}", d.code, d.pointer.as_deref().unwrap_or("-"), d.message))
        .collect();
    assert!(!structure.iter().any(|d| d.starts_with("SCH002")), "unknown fields: {structure:#?}");
    assert!(structure.is_empty(), "structure findings: {structure:#?}");
}

#[test]
fn fractional_numbers_are_accepted_where_the_model_has_floats() {
    let body = |memory: &str| {
        CURRENT_BODY.replacen("\"memory\": 16", &format!("\"memory\": {memory}"), 1).replacen(
            "\"cores\": 4",
            "\"cores\": 4, \"min_memory_size\": 7.5",
            1,
        )
    };
    let codes = |text: String| -> Vec<&'static str> {
        lint("body.json", text.as_bytes(), &LintOptions::default())
            .diagnostics
            .iter()
            .filter(|d| d.code.starts_with("SCH"))
            .map(|d| d.code)
            .collect()
    };
    assert!(codes(body("15.5")).is_empty());
    assert_eq!(codes(body("\"16\"")), ["SCH001"]);
}
