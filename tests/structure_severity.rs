//! The graded structure checks: each split severity on both of its sides (error where the API rejects the
//! body, warning where the sources disagree, nothing where the body is fine), and `[known]` in acklint.toml.

use acklint::Severity;
use acklint::render::{HumanStyle, human};
use acklint::{FileReport, LintOptions, lint};
use serde_json::{Value, json};

const STYLE: HumanStyle = HumanStyle { color: false, width: 100 };

/// A managed cluster with one node pool that gets no finding at all.
fn base() -> Value {
    serde_json::from_str(include_str!("../examples/managed-terway.json")).unwrap()
}

fn report_with(body: &Value, options: &LintOptions) -> FileReport {
    lint("body.json", serde_json::to_string_pretty(body).unwrap().as_bytes(), options)
}

/// `(code, severity, pointer)` of every finding of the codes starting with `prefix`.
fn found_with(body: &Value, prefix: &str, options: &LintOptions) -> Vec<(String, Severity, String)> {
    report_with(body, options)
        .diagnostics
        .iter()
        .filter(|d| d.code.starts_with(prefix))
        .map(|d| (d.code.to_string(), d.severity, d.pointer.clone().unwrap_or_default()))
        .collect()
}

fn found(body: &Value, prefix: &str) -> Vec<(String, Severity, String)> {
    found_with(body, prefix, &LintOptions::default())
}

fn one(code: &str, severity: Severity, pointer: &str) -> Vec<(String, Severity, String)> {
    vec![(code.to_string(), severity, pointer.to_string())]
}

/// Edits the body with `edit` and returns it.
fn edited(edit: impl FnOnce(&mut Value)) -> Value {
    let mut body = base();
    edit(&mut body);
    body
}

fn pool(body: &mut Value) -> &mut Value {
    &mut body["nodepools"][0]
}

fn remove(object: &mut Value, key: &str) {
    object.as_object_mut().unwrap().remove(key).unwrap_or_else(|| panic!("`{key}` was present"));
}

#[test]
fn the_base_body_is_clean() {
    assert_eq!(found(&base(), ""), vec![]);
}

// SCH003 missing-required-field.

#[test]
fn a_managed_cluster_that_names_zones_needs_no_vpc_nor_pool_vswitches() {
    for zones in [
        json!({ "zone_ids": ["cn-shanghai-e"] }),
        json!({ "zone_id": "cn-shanghai-e" }),
        json!({ "zoneid": "cn-shanghai-e" }),
    ] {
        let body = edited(|b| {
            remove(b, "vpcid");
            b.as_object_mut().unwrap().extend(zones.as_object().unwrap().clone());
            remove(&mut pool(b)["scaling_group"], "vswitch_ids");
        });
        assert_eq!(found(&body, "SCH"), vec![], "{zones}");
    }
    // An empty list of pool vSwitches means "not set" too.
    let body = edited(|b| {
        remove(b, "vpcid");
        b["zone_ids"] = json!(["cn-shanghai-e"]);
        pool(b)["scaling_group"]["vswitch_ids"] = json!([]);
    });
    assert_eq!(found(&body, "SCH"), vec![]);
}

#[test]
fn a_vpc_is_required_without_zones_or_on_a_dedicated_cluster() {
    let no_zones = edited(|b| remove(b, "vpcid"));
    assert_eq!(found(&no_zones, "SCH"), one("SCH003", Severity::Error, ""));
    let dedicated = edited(|b| {
        remove(b, "vpcid");
        b["zone_ids"] = json!(["cn-shanghai-e"]);
        b["cluster_type"] = json!("Kubernetes");
    });
    assert_eq!(found(&dedicated, "SCH003"), one("SCH003", Severity::Error, ""));
    let empty_zones = edited(|b| {
        remove(b, "vpcid");
        b["zone_ids"] = json!([]);
    });
    assert_eq!(found(&empty_zones, "SCH003"), one("SCH003", Severity::Error, ""));
}

#[test]
fn pool_vswitches_are_required_in_a_given_vpc() {
    let missing = edited(|b| remove(&mut pool(b)["scaling_group"], "vswitch_ids"));
    assert_eq!(found(&missing, "SCH"), one("SCH003", Severity::Error, "/nodepools/0/scaling_group"));
    let empty = edited(|b| pool(b)["scaling_group"]["vswitch_ids"] = json!([]));
    assert_eq!(found(&empty, "SCH"), one("SCH003", Severity::Error, "/nodepools/0/scaling_group/vswitch_ids"));
}

#[test]
fn addons_are_optional() {
    let body = edited(|b| remove(b, "addons"));
    assert_eq!(found(&body, "SCH"), vec![]);
}

#[test]
fn fields_every_source_requires_stay_errors() {
    let cases: Vec<(Value, &str)> = vec![
        (edited(|b| remove(b, "name")), ""),
        (edited(|b| remove(b, "region_id")), ""),
        (edited(|b| remove(&mut pool(b)["nodepool_info"], "name")), "/nodepools/0/nodepool_info"),
        (edited(|b| remove(&mut pool(b)["scaling_group"], "instance_types")), "/nodepools/0/scaling_group"),
        (edited(|b| pool(b)["tee_config"] = json!({})), "/nodepools/0/tee_config"),
    ];
    for (body, pointer) in cases {
        assert_eq!(found(&body, "SCH"), one("SCH003", Severity::Error, pointer));
    }
}

#[test]
fn fields_with_a_service_default_are_warnings() {
    let charge = edited(|b| remove(&mut pool(b)["scaling_group"], "instance_charge_type"));
    assert_eq!(found(&charge, "SCH"), one("SCH003", Severity::Warning, "/nodepools/0/scaling_group"));
    let config = edited(|b| remove(pool(b), "kubernetes_config"));
    assert_eq!(found(&config, "SCH"), one("SCH003", Severity::Warning, "/nodepools/0"));
    let scaling = edited(|b| pool(b)["auto_scaling"] = json!({ "type": "cpu" }));
    let warnings = found(&scaling, "SCH");
    assert_eq!(warnings.len(), 3, "{warnings:?}");
    assert!(
        warnings.iter().all(|(c, s, p)| c == "SCH003" && *s == Severity::Warning && p == "/nodepools/0/auto_scaling")
    );
}

// SCH004 invalid-enum-value.

#[test]
fn newer_images_are_known_and_unknown_ones_are_warnings() {
    for image in ["AliyunLinux4", "AliyunLinux4Arm64", "AliyunLinux4Security", "AliyunLinux4ContainerOptimizedArm64"] {
        let body = edited(|b| pool(b)["scaling_group"]["image_type"] = json!(image));
        assert_eq!(found(&body, "SCH"), vec![], "{image}");
    }
    let body = edited(|b| pool(b)["scaling_group"]["image_type"] = json!("AliyunLinux5"));
    assert_eq!(found(&body, "SCH"), one("SCH004", Severity::Warning, "/nodepools/0/scaling_group/image_type"));
    let known = LintOptions::default().with_known("image_type", ["AliyunLinux5"]);
    assert_eq!(found_with(&body, "SCH", &known), vec![]);
}

#[test]
fn every_growing_catalogue_warns() {
    let cases: Vec<(Value, &str)> = vec![
        (edited(|b| b["cluster_spec"] = json!("ack.pro.medium")), "/cluster_spec"),
        (edited(|b| b["profile"] = json!("Hybrid")), "/profile"),
        (edited(|b| b["controlplane_log_components"] = json!(["apiserver", "etcd"])), "/controlplane_log_components/1"),
        (
            edited(|b| pool(b)["scaling_group"]["system_disk_category"] = json!("cloud_essd_pro")),
            "/nodepools/0/scaling_group/system_disk_category",
        ),
        (
            edited(|b| {
                pool(b)["scaling_group"]["data_disks"] = json!([{ "category": "cloud_regional_disk", "size": 100 }])
            }),
            "/nodepools/0/scaling_group/data_disks/0/category",
        ),
        (edited(|b| b["image_type"] = json!("Ubuntu2404")), "/image_type"),
    ];
    for (body, pointer) in cases {
        assert_eq!(found(&body, "SCH"), one("SCH004", Severity::Warning, pointer));
    }
}

#[test]
fn stable_closed_sets_stay_errors() {
    let cases: Vec<(Value, &str)> = vec![
        (
            edited(|b| pool(b)["scaling_group"]["instance_charge_type"] = json!("Prepaid")),
            "/nodepools/0/scaling_group/instance_charge_type",
        ),
        (
            edited(|b| pool(b)["scaling_group"]["spot_strategy"] = json!("Spot")),
            "/nodepools/0/scaling_group/spot_strategy",
        ),
        (
            edited(|b| pool(b)["scaling_group"]["system_disk_performance_level"] = json!("PL4")),
            "/nodepools/0/scaling_group/system_disk_performance_level",
        ),
        (edited(|b| b["cluster_type"] = json!("Managed")), "/cluster_type"),
        (edited(|b| b["ip_stack"] = json!("ipv5")), "/ip_stack"),
    ];
    for (body, pointer) in cases {
        assert!(found(&body, "SCH").contains(&one("SCH004", Severity::Error, pointer)[0]), "{pointer}");
    }
}

#[test]
fn an_empty_token_in_an_optional_field_means_not_set() {
    // Clients that send every field of their model send "" for the settings they leave alone.
    let body = edited(|b| {
        pool(b)["scaling_group"]["system_disk_performance_level"] = json!("");
        pool(b)["scaling_group"]["system_disk_category"] = json!("");
        pool(b)["scaling_group"]["image_type"] = json!("");
        b["proxy_mode"] = json!("");
    });
    assert_eq!(found(&body, "SCH"), vec![]);
    let required_token = edited(|b| pool(b)["scaling_group"]["instance_charge_type"] = json!(""));
    assert!(!found(&required_token, "SCH").is_empty(), "an empty required token is still reported");
}

#[test]
fn an_integer_where_the_sources_disagree_on_the_type_is_a_warning() {
    // ACK Edge's page sends `120` for a worker data disk; the SDK takes `"120"`.
    let disks = edited(|b| b["worker_data_disks"] = json!([{ "category": "cloud_essd", "size": 120 }]));
    assert!(found(&disks, "SCH").contains(&one("SCH001", Severity::Warning, "/worker_data_disks/0/size")[0]));
    // Where no source types it as an integer, an integer stays an error.
    let mask = edited(|b| b["node_cidr_mask"] = json!(26));
    assert_eq!(found(&mask, "SCH001"), one("SCH001", Severity::Error, "/node_cidr_mask"));
}

#[test]
fn ipv6_is_a_disputed_token() {
    let body = edited(|b| b["ip_stack"] = json!("ipv6"));
    assert_eq!(found(&body, "SCH"), one("SCH004", Severity::Warning, "/ip_stack"));
}

// SCH005 value-out-of-range.

#[test]
fn an_empty_secret_or_optional_list_means_not_set() {
    let body = edited(|b| {
        pool(b)["scaling_group"]["login_password"] = json!("");
        b["login_password"] = json!("");
        b["worker_instance_types"] = json!([]);
        b["control_plane_config"] = json!({ "login_password": "" });
    });
    assert_eq!(found(&body, "SCH"), vec![]);
    let short = edited(|b| pool(b)["scaling_group"]["login_password"] = json!("Ab1!"));
    assert_eq!(found(&short, "SCH"), one("SCH005", Severity::Error, "/nodepools/0/scaling_group/login_password"));
    let required = edited(|b| pool(b)["scaling_group"]["instance_types"] = json!([]));
    assert_eq!(found(&required, "SCH"), one("SCH005", Severity::Error, "/nodepools/0/scaling_group/instance_types"));
}

#[test]
fn disputed_upper_bounds_are_warnings() {
    let disk = |size: i64| {
        edited(|b| pool(b)["scaling_group"]["data_disks"] = json!([{ "category": "cloud_essd", "size": size }]))
    };
    let at = "/nodepools/0/scaling_group/data_disks/0/size";
    assert_eq!(found(&disk(32767), "SCH"), vec![]);
    assert_eq!(found(&disk(32768), "SCH"), one("SCH005", Severity::Warning, at));
    assert_eq!(found(&disk(65536), "SCH"), one("SCH005", Severity::Warning, at));
    assert_eq!(found(&disk(65537), "SCH"), one("SCH005", Severity::Error, at));
    let nodes = |n: i64| edited(|b| b["num_of_nodes"] = json!(n));
    assert_eq!(found(&nodes(100), "SCH"), vec![]);
    assert_eq!(found(&nodes(300), "SCH"), one("SCH005", Severity::Warning, "/num_of_nodes"));
    assert_eq!(found(&nodes(301), "SCH"), one("SCH005", Severity::Error, "/num_of_nodes"));
}

// SCH006 invalid-format.

#[test]
fn tolerated_spellings_are_warnings() {
    let name = |n: &str| edited(|b| b["name"] = json!(n));
    assert_eq!(found(&name("storefront pro"), "SCH"), one("SCH006", Severity::Warning, "/name"));
    assert_eq!(found(&name("storefront!"), "SCH"), one("SCH006", Severity::Error, "/name"));
    assert_eq!(found(&name(" storefront"), "SCH"), one("SCH006", Severity::Error, "/name"));
    // A leading separator has the right characters: rule NAM001 reports it, not this check.
    assert_eq!(found(&name("_storefront"), "SCH"), vec![]);
    let disk = |n: &str| {
        edited(|b| {
            pool(b)["scaling_group"]["data_disks"] = json!([{ "category": "cloud_essd", "size": 100, "disk_name": n }])
        })
    };
    let at = "/nodepools/0/scaling_group/data_disks/0/disk_name";
    assert_eq!(found(&disk("data.disk"), "SCH"), one("SCH006", Severity::Warning, at));
    assert_eq!(found(&disk("1data"), "SCH"), one("SCH006", Severity::Error, at));
}

#[test]
fn only_the_deprecated_node_name_mode_is_lenient() {
    let top = edited(|b| b["node_name_mode"] = json!("aliyun.com00055test"));
    assert_eq!(found(&top, "SCH"), one("SCH006", Severity::Warning, "/node_name_mode"));
    let in_pool = edited(|b| pool(b)["kubernetes_config"]["node_name_mode"] = json!("aliyun.com00055test"));
    assert_eq!(found(&in_pool, "SCH"), one("SCH006", Severity::Error, "/nodepools/0/kubernetes_config/node_name_mode"));
}

// JSON005 and ADD002.

#[test]
fn a_duplicate_key_is_a_warning() {
    let text = include_str!("../examples/managed-terway.json").replacen(
        "\"ip_stack\": \"ipv4\",",
        "\"ip_stack\": \"ipv4\",\n  \"ip_stack\": \"ipv4\",",
        1,
    );
    let report = lint("body.json", text.as_bytes(), &LintOptions::default());
    let codes: Vec<(&str, Severity)> = report.diagnostics.iter().map(|d| (d.code, d.severity)).collect();
    assert_eq!(codes, [("JSON005", Severity::Warning)]);
}

#[test]
fn an_unknown_addon_is_advice_and_known_lists_extend() {
    let body = edited(|b| b["addons"].as_array_mut().unwrap().push(json!({ "name": "my-addon" })));
    assert_eq!(found(&body, "ADD002"), one("ADD002", Severity::Info, "/addons/5/name"));
    let known = LintOptions::default().with_known("addons", ["my-addon"]);
    assert_eq!(found_with(&body, "ADD002", &known), vec![]);
    let newer = edited(|b| b["addons"].as_array_mut().unwrap().push(json!({ "name": "ack-erdma-controller" })));
    assert_eq!(found(&newer, "ADD002"), vec![]);
}

// `[known]` in acklint.toml.

#[test]
fn known_tokens_come_from_the_configuration() {
    let text = "[known]\nimage_type = [\"AliyunLinux5\"]\naddons = [\"my-addon\"]\n";
    let config = acklint::config::parse(std::path::Path::new("acklint.toml"), text).unwrap();
    let options = LintOptions::from_config(&config);
    let body = edited(|b| {
        pool(b)["scaling_group"]["image_type"] = json!("AliyunLinux5");
        b["addons"].as_array_mut().unwrap().push(json!({ "name": "my-addon" }));
    });
    assert_eq!(found_with(&body, "", &options), vec![]);
}

#[test]
fn an_unknown_catalogue_is_a_usage_error_at_its_line() {
    let text = "[rules]\nselect = [\"SCH\"]\n\n[known]\nimage_types = [\"AliyunLinux5\"]\n";
    let error = acklint::config::parse(std::path::Path::new("acklint.toml"), text).unwrap_err();
    assert_eq!(error.location, "acklint.toml:5:1");
    assert!(error.message.contains("`image_types` is not a catalogue"), "{}", error.message);
    assert!(error.message.contains("image_type"), "{}", error.message);
    let empty =
        acklint::config::parse(std::path::Path::new("acklint.toml"), "[known]\naddons = [\" \"]\n").unwrap_err();
    assert_eq!(empty.location, "acklint.toml:2:11");
}

// How the graded findings read.

#[test]
fn graded_findings_read_well() {
    let body = edited(|b| {
        remove(b, "vpcid");
        pool(b)["scaling_group"]["image_type"] = json!("AliyunLinux5");
        remove(&mut pool(b)["scaling_group"], "instance_charge_type");
        b["name"] = json!("storefront pro");
        b["ip_stack"] = json!("ipv6");
        pool(b)["scaling_group"]["data_disks"] = json!([{ "category": "cloud_essd", "size": 40000 }]);
    });
    insta::assert_snapshot!(human(&report_with(&body, &LintOptions::default()), STYLE));
}
