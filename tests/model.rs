//! The generated request model as a tool author uses it: enums for closed token sets that keep an unknown
//! token, unknown members kept, and load → save giving back the same JSON value.
//!
//! The round-trip guarantee: for a JSON object whose known fields all have the spec's JSON type (no SCH001
//! finding; integers within `i64`), `serde_json::to_value(load(v)) == v`, unknown members at any level
//! included. Values, not bytes: `serde_json::Value` sorts object keys here (its `preserve_order` feature is
//! off), so the saved text lists keys sorted, and formatting is the serializer's.

use acklint::model::{
    ClusterType, ContainerRuntime, CreateClusterRequest, DiskPerformanceLevel, InstanceChargeType, Nodepool,
    NodepoolKubernetesConfig, NodepoolScalingGroup, load,
};
use acklint::{LintOptions, lint};
use proptest::prelude::*;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

mod rule_fixtures;

#[test]
fn a_tool_builds_a_request_with_enums_and_gets_the_wire_tokens() {
    let request = CreateClusterRequest {
        name: Some("shop-prod".into()),
        cluster_type: Some(ClusterType::ManagedKubernetes),
        nodepools: Some(vec![Nodepool {
            kubernetes_config: Some(NodepoolKubernetesConfig {
                runtime: Some(ContainerRuntime::SandboxedContainerRunv),
                ..NodepoolKubernetesConfig::default()
            }),
            scaling_group: Some(NodepoolScalingGroup {
                instance_charge_type: Some(InstanceChargeType::PrePaid),
                system_disk_performance_level: Some(DiskPerformanceLevel::Pl1),
                ..NodepoolScalingGroup::default()
            }),
            ..Nodepool::default()
        }]),
        ..CreateClusterRequest::default()
    };
    let expected = json!({
        "name": "shop-prod",
        "cluster_type": "ManagedKubernetes",
        "nodepools": [{
            "kubernetes_config": { "runtime": "Sandboxed-Container.runv" },
            "scaling_group": { "instance_charge_type": "PrePaid", "system_disk_performance_level": "PL1" }
        }]
    });
    assert_eq!(serde_json::to_value(&request).unwrap(), expected);
    // The serde path reads it back to the same request, and the linter accepts the body it prints.
    assert_eq!(serde_json::from_value::<CreateClusterRequest>(expected).unwrap(), request);
}

#[test]
fn an_unknown_token_loads_as_the_unknown_variant_and_is_written_back() {
    let body = json!({ "cluster_type": "ManagedKubernetez", "ip_stack": "dual" });
    let request = load(&body).unwrap();
    let typo = request.cluster_type.as_ref().unwrap();
    assert_eq!(typo, &ClusterType::Unknown("ManagedKubernetez".into()));
    assert!(typo.is_unknown());
    assert_eq!(typo.as_str(), "ManagedKubernetez");
    assert_eq!(typo.to_string(), "ManagedKubernetez");
    assert_eq!(serde_json::to_value(&request).unwrap(), body);
    // The serde path keeps it too.
    assert_eq!(serde_json::from_value::<CreateClusterRequest>(body).unwrap(), request);
}

#[test]
fn findings_still_name_a_mistyped_token() {
    let body = br#"{ "cluster_type": "ManagedKubernetez", "nodepools": [ { "name": "p",
        "scaling_group": { "spot_strategy": "SpotAsPriceGoo", "spot_price_limit": [
            { "instance_type": "ecs.g7.large", "price_limit": "0.5" } ] } } ] }"#;
    let report = lint("typo.json", body, &LintOptions::default());
    let naming = |token: &str| report.diagnostics.iter().filter(|d| d.message.contains(token)).count();
    // The structure check names the unknown cluster type; BIL010 names the unknown spot strategy.
    assert!(naming("ManagedKubernetez") >= 1, "{:#?}", report.diagnostics);
    assert!(report.diagnostics.iter().any(|d| d.code == "BIL010" && d.message.contains("SpotAsPriceGoo")));
}

#[test]
fn tokens_convert_both_ways() {
    for token in ["Kubernetes", "ManagedKubernetes", "ExternalKubernetes"] {
        let parsed: ClusterType = token.parse().unwrap();
        assert!(!parsed.is_unknown(), "{token}");
        assert_eq!(parsed.as_str(), token);
        assert_eq!(ClusterType::from(token.to_string()), parsed);
        assert_eq!(serde_json::to_value(&parsed).unwrap(), json!(token));
        assert_eq!(serde_json::from_value::<ClusterType>(json!(token)).unwrap(), parsed);
    }
    // Case matters, as it does to the API.
    assert!(ClusterType::from("kubernetes").is_unknown());
    assert_eq!(DiskPerformanceLevel::from("PL3"), DiskPerformanceLevel::Pl3);
}

#[test]
fn a_wrong_typed_value_is_left_out_and_unknown_members_are_kept() {
    let body = json!({
        "cluster_type": 7,
        "my_team": "payments",
        "nodepools": [{ "name": "pool", "x_note": { "a": [1, 2] }, "scaling_group": { "zz": null } }]
    });
    let request = load(&body).unwrap();
    assert_eq!(request.cluster_type, None);
    assert_eq!(request.extra.get("my_team"), Some(&json!("payments")));
    let pool = &request.nodepools.as_ref().unwrap()[0];
    assert_eq!(pool.extra.get("x_note"), Some(&json!({ "a": [1, 2] })));
    assert_eq!(pool.scaling_group.as_ref().unwrap().extra.get("zz"), Some(&Value::Null));
}

#[test]
fn numbers_keep_their_written_form() {
    let body =
        json!({ "nodepools": [{ "scaling_group": { "instance_patterns": [{ "memory": 8, "max_price": 0.5 }] } }] });
    assert_eq!(serde_json::to_value(load(&body).unwrap()).unwrap(), body);
}

/// Every shipped body: the examples, the corpus, the test fixtures and the rule fixtures (patches merged),
/// when it parses as strict JSON into an object.
fn shipped_bodies() -> Vec<(String, Value)> {
    let mut texts: Vec<(String, String)> = Vec::new();
    for dir in ["examples", "tests/fixtures", "tests/corpus", "benches/bodies"] {
        for path in json_files(Path::new(dir)) {
            texts.push((path.display().to_string(), std::fs::read_to_string(&path).unwrap()));
        }
    }
    texts.extend(rule_fixtures::all().into_iter().map(|f| (f.path.display().to_string(), f.text)));
    texts
        .into_iter()
        .filter_map(|(name, text)| serde_json::from_str::<Value>(&text).ok().map(|v| (name, v)))
        .filter(|(_, v)| v.is_object() && v.get("$schema").is_none())
        .collect()
}

fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(json_files(&path));
        } else if path.extension().is_some_and(|x| x == "json") {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// The shipped bodies whose known fields all have their spec type: the ones the guarantee covers.
static WELL_TYPED: LazyLock<Vec<(String, Value)>> = LazyLock::new(|| {
    let options = LintOptions::default();
    let bodies: Vec<(String, Value)> = shipped_bodies()
        .into_iter()
        .filter(|(name, v)| {
            let text = serde_json::to_string(v).unwrap();
            !lint(name, text.as_bytes(), &options).diagnostics.iter().any(|d| d.code == "SCH001")
        })
        .collect();
    assert!(bodies.len() > 200, "only {} well-typed bodies found", bodies.len());
    bodies
});

#[test]
fn every_well_typed_shipped_body_round_trips() {
    for (name, body) in WELL_TYPED.iter() {
        let request = load(body).unwrap();
        assert_eq!(&serde_json::to_value(&request).unwrap(), body, "{name}: lenient load");
        let via_serde: CreateClusterRequest =
            serde_json::from_value(body.clone()).unwrap_or_else(|e| panic!("{name}: serde load: {e}"));
        assert_eq!(via_serde, request, "{name}: serde and lenient loads differ");
    }
}

/// Adds a member `key` with `value` to every object of `body`, at every depth (inside free-form maps and
/// unknown members too).
fn add_everywhere(body: &mut Value, key: &str, value: &Value) {
    match body {
        Value::Object(members) => {
            for member in members.values_mut() {
                add_everywhere(member, key, value);
            }
            members.insert(key.to_string(), value.clone());
        }
        Value::Array(items) => items.iter_mut().for_each(|item| add_everywhere(item, key, value)),
        _ => {}
    }
}

fn unknown_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (-1e9f64..1e9).prop_map(Value::from),
        "[a-zA-Z0-9 ._-]{0,12}".prop_map(Value::from),
    ];
    leaf.prop_recursive(2, 8, 3, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..3).prop_map(Value::from),
            prop::collection::btree_map("[a-z]{1,6}", inner, 0..3).prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    /// Unknown members at every level survive load → save: the key is no spec key (`x-` never starts one).
    #[test]
    fn unknown_members_at_every_level_survive_a_round_trip(
        index in any::<prop::sample::Index>(),
        key in "x-[a-z_]{1,10}",
        value in unknown_value(),
    ) {
        let (name, body) = index.get(&WELL_TYPED);
        let mut body = body.clone();
        add_everywhere(&mut body, &key, &value);
        let saved = serde_json::to_value(load(&body).unwrap()).unwrap();
        prop_assert_eq!(&saved, &body, "{}", name);
    }
}
