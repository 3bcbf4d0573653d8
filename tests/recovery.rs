//! One slip must not hide the rest: single-token slips are repaired, reported with the exact text to delete or
//! insert, and the whole body is checked as its author meant it.
//!
//! Each case gives the broken body and the body it evidently means. The repaired tree must be the meant one,
//! every finding of the meant body must be reported for the broken one too, and applying the repairs' edits to
//! the broken text must give a text that reads as the meant body.

use acklint::__internal::document::{Repair, apply_repairs};
use support::beyond_syntax as checks_beyond_syntax;

use acklint::render::{HumanStyle, human, json};
use acklint::{FileReport, LintOptions, lint};
use serde_json::Value;

mod support;

const SYNTAX: [&str; 3] = ["JSON012", "JSON013", "JSON014"];

fn check(text: &str) -> FileReport {
    lint("body.json", text.as_bytes(), &LintOptions::default())
}

/// Codes, positions, messages and help of the findings, then the edits of the repairs.
fn findings(report: &FileReport) -> String {
    let text = &report.document.text;
    let index = acklint::__internal::document::LineIndex::new(text);
    let mut out = String::new();
    for d in &report.diagnostics {
        let at = d.span.map_or("-".to_string(), |s| {
            let p = index.position(text, s.start);
            format!("{}:{} {:?}", p.line, p.column, &text[s.start..s.end])
        });
        let help = d.help.as_deref().unwrap_or("").lines().next().unwrap_or("");
        out.push_str(&format!(
            "{} {} {} | {} | {}\n",
            d.code,
            at,
            d.pointer.as_deref().unwrap_or("null"),
            d.message,
            help
        ));
    }
    for r in acklint::__internal::document::repairs(&report.document) {
        let edits: Vec<String> =
            r.edits.iter().map(|e| format!("{:?} -> {:?}", &text[e.span.start..e.span.end], e.insert)).collect();
        out.push_str(&format!("repair {}: {}\n", r.code, edits.join(", ")));
    }
    out
}

/// The text with every repair's edits applied: what a `--fix` would write.
fn fixed(text: &str, repairs: &[Repair]) -> String {
    apply_repairs(text, repairs).expect("repairs never overlap")
}

/// Checks `broken` against the body it means and returns its findings for a snapshot.
fn recovers(broken: &str, meant: &str) -> String {
    let report = check(broken);
    let meant_value: Value = serde_json::from_str(meant).expect("the meant body is strict JSON");
    let root = acklint::__internal::document::root(&report.document).expect("the broken body was repaired");
    assert_eq!(root.to_value(), meant_value, "the repaired tree is not the meant one\n{}", findings(&report));
    assert!(!report.diagnostics.iter().any(|d| d.code == "JSON001"), "{}", findings(&report));
    assert_eq!(checks_beyond_syntax(&report), checks_beyond_syntax(&check(meant)), "{}", findings(&report));
    let after_fix = check(&fixed(broken, acklint::__internal::document::repairs(&report.document)));
    assert_eq!(
        acklint::__internal::document::root(&after_fix.document).map(|r| r.to_value()),
        Some(meant_value),
        "the fixed text reads differently"
    );
    assert!(
        !after_fix.diagnostics.iter().any(|d| SYNTAX.contains(&d.code) || d.code == "JSON015" || d.code == "JSON016"),
        "the fixed text still has slips:\n{}",
        findings(&after_fix)
    );
    findings(&report)
}

/// A managed body, strict and close to Alibaba Cloud's own managed-cluster sample.
const MANAGED: &str = r#"{
  "name": "prod-cluster",
  "region_id": "cn-hangzhou",
  "cluster_type": "ManagedKubernetes",
  "cluster_spec": "ack.pro.small",
  "kubernetes_version": "1.33.1-aliyun.1",
  "vpcid": "vpc-bp1kd7yn4qnrvuzzjg0ph",
  "vswitch_ids": ["vsw-bp1m7d4x9k2q5w8e1r3t6"],
  "container_cidr": "172.20.0.0/16",
  "service_cidr": "172.21.0.0/20",
  "snat_entry": true,
  "endpoint_public_access": false,
  "addons": [{ "name": "flannel" }, { "name": "csi-plugin" }, { "name": "csi-provisioner" }, { "name": "logtail-ds" }],
  "nodepools": [
    {
      "nodepool_info": { "name": "default-nodepool" },
      "kubernetes_config": { "runtime": "containerd", "runtime_version": "1.6.36" },
      "scaling_group": {
        "instance_charge_type": "PostPaid",
        "instance_types": ["ecs.g7.xlarge"],
        "vswitch_ids": ["vsw-bp1m7d4x9k2q5w8e1r3t6"],
        "system_disk_category": "cloud_essd",
        "system_disk_size": 120,
        "key_pair": "prod-key",
        "desired_size": 3
      }
    }
  ]
}"#;

/// `MANAGED` with each `(from, to)` replaced once.
fn managed(edits: &[(&str, &str)]) -> String {
    let mut text = MANAGED.to_string();
    for (from, to) in edits {
        assert!(text.contains(from), "{from} is not in the body");
        text = text.replacen(from, to, 1);
    }
    text
}

/// Mistakes later in the body that the slip must not hide: an overlapping service range, a wrong type, an enum
/// in the wrong case, an out-of-range disk and a Terraform name.
const LATER_MISTAKES: &[(&str, &str)] = &[
    ("\"service_cidr\": \"172.21.0.0/20\"", "\"service_cidr\": \"172.20.16.0/20\""),
    ("\"endpoint_public_access\": false", "\"endpoint_public_access\": \"false\""),
    ("\"instance_charge_type\": \"PostPaid\"", "\"instance_charge_type\": \"Postpaid\""),
    ("\"system_disk_size\": 120", "\"system_disk_size\": 10"),
    ("\"desired_size\": 3", "\"node_count\": 3"),
];

#[test]
fn the_official_sample_slip_does_not_hide_the_mistakes_after_it() {
    let meant = managed(LATER_MISTAKES);
    let broken = meant.replacen("\"key_pair\": \"prod-key\"", "\"key_pair\": \"key_pair\": \"prod-key\"", 1);
    let report = check(&broken);
    let codes: Vec<&str> = report.diagnostics.iter().map(|d| d.code).collect();
    for code in ["JSON012", "NET001", "SCH001", "SCH004", "SCH005", "SCH002"] {
        assert!(codes.contains(&code), "{code} missing from {codes:?}");
    }
    let slip = report.diagnostics.iter().find(|d| d.code == "JSON012").unwrap();
    let span = slip.span.unwrap();
    assert_eq!(&broken[span.start..span.end], "\"key_pair\": ", "the span is the text to delete");
    assert_eq!(slip.message, "the key `key_pair` is written twice");
    assert_eq!(slip.help.as_deref(), Some("delete `\"key_pair\":`"));
    insta::assert_snapshot!("official_sample", recovers(&broken, &meant));
}

#[test]
fn the_official_sample_slip_in_human_output() {
    let broken = MANAGED.replacen("\"key_pair\": \"prod-key\"", "\"key_pair\": \"key_pair\": \"prod-key\"", 1);
    let report = check(&broken);
    let out = human(&report, HumanStyle { color: false, width: 100 });
    insta::assert_snapshot!("official_sample_human", out);
}

macro_rules! slip_case {
    ($name:ident, $broken:expr, $meant:expr) => {
        #[test]
        fn $name() {
            insta::assert_snapshot!(stringify!($name), recovers(&$broken, &$meant));
        }
    };
}

// A key written twice, with and without its second `:`.
slip_case!(
    repeated_key,
    managed(&[("\"region_id\": \"cn-hangzhou\"", "\"region_id\": \"region_id\": \"cn-hangzhou\"")]),
    MANAGED
);
slip_case!(
    repeated_key_without_second_colon,
    managed(&[("\"region_id\": \"cn-hangzhou\"", "\"region_id\": \"region_id\" \"cn-hangzhou\"")]),
    MANAGED
);
slip_case!(
    repeated_key_before_an_object,
    managed(&[("\"nodepool_info\": {", "\"nodepool_info\": \"nodepool_info\": {")]),
    MANAGED
);

// The `:` between a key and its value.
slip_case!(missing_colon, managed(&[("\"region_id\": \"cn", "\"region_id\" \"cn")]), MANAGED);
slip_case!(missing_colon_before_an_array, managed(&[("\"vswitch_ids\": [", "\"vswitch_ids\" [")]), MANAGED);
slip_case!(equals_for_colon, managed(&[("\"desired_size\": 3", "\"desired_size\" = 3")]), MANAGED);
slip_case!(comma_for_colon, managed(&[("\"snat_entry\": true", "\"snat_entry\", true")]), MANAGED);
slip_case!(doubled_colon, managed(&[("\"snat_entry\": true", "\"snat_entry\":: true")]), MANAGED);

// Stray commas.
slip_case!(doubled_comma, managed(&[("\"snat_entry\": true,", "\"snat_entry\": true,,")]), MANAGED);
slip_case!(
    doubled_comma_in_an_array,
    managed(&[("{ \"name\": \"flannel\" },", "{ \"name\": \"flannel\" },,")]),
    MANAGED
);
slip_case!(comma_before_the_first_item, managed(&[("\"addons\": [{", "\"addons\": [, {")]), MANAGED);
slip_case!(comma_before_the_first_member, managed(&[("{\n  \"name\"", "{ ,\n  \"name\"")]), MANAGED);
slip_case!(comma_between_key_and_value, managed(&[("\"desired_size\": 3", "\"desired_size\": , 3")]), MANAGED);
slip_case!(semicolon_for_comma, managed(&[("\"snat_entry\": true,", "\"snat_entry\": true;")]), MANAGED);

// A key without a value: the member is left out, and the structure checks see it missing.
slip_case!(
    no_value_before_the_next_key,
    managed(&[("\"snat_entry\": true,", "\"snat_entry\": ,")]),
    managed(&[("\"snat_entry\": true,\n  ", "")])
);
slip_case!(
    no_value_at_the_end_of_an_object,
    managed(&[("\"desired_size\": 3", "\"desired_size\": ")]),
    managed(&[(",\n        \"desired_size\": 3", "")])
);
slip_case!(
    key_without_colon_or_value,
    managed(&[("\"snat_entry\": true,", "\"snat_entry\",")]),
    managed(&[("\"snat_entry\": true,\n  ", "")])
);
slip_case!(
    a_key_pasted_before_another,
    managed(&[("\"snat_entry\": true,", "\"snat\": \"snat_entry\": true,")]),
    MANAGED
);

// Unquoted words.
slip_case!(unquoted_value, managed(&[("\"ManagedKubernetes\"", "ManagedKubernetes")]), MANAGED);
slip_case!(
    unquoted_value_with_spaces_and_colon,
    managed(&[("\"prod-key\"", "prod key:2")]),
    managed(&[("\"prod-key\"", "\"prod key:2\"")])
);
slip_case!(capitalised_literal, managed(&[("\"snat_entry\": true", "\"snat_entry\": True")]), MANAGED);
slip_case!(unquoted_key, managed(&[("\"snat_entry\"", "snat_entry")]), MANAGED);
slip_case!(
    unquoted_key_with_a_dot,
    managed(&[("\"snat_entry\"", "snat.entry")]),
    managed(&[("\"snat_entry\"", "\"snat.entry\"")])
);
slip_case!(missing_closing_quote, managed(&[("\"prod-cluster\",", "\"prod-cluster,")]), MANAGED);
slip_case!(missing_opening_quote, managed(&[("\"prod-cluster\",", "prod-cluster\",")]), MANAGED);

// Brackets.
slip_case!(
    wrong_closer,
    managed(&[("\"vsw-bp1m7d4x9k2q5w8e1r3t6\"],\n  \"container", "\"vsw-bp1m7d4x9k2q5w8e1r3t6\"},\n  \"container")]),
    MANAGED
);
slip_case!(closer_left_out, managed(&[("{ \"name\": \"logtail-ds\" }]", "{ \"name\": \"logtail-ds\" ]")]), MANAGED);
slip_case!(one_closer_too_many, managed(&[("{ \"name\": \"flannel\" }", "{ \"name\": \"flannel\" }}")]), MANAGED);
slip_case!(body_closed_early, managed(&[("\"logtail-ds\" }]", "\"logtail-ds\" }]}")]), MANAGED);
slip_case!(inner_brace_missing, managed(&[("\"desired_size\": 3\n      }", "\"desired_size\": 3\n      ")]), MANAGED);
slip_case!(
    inner_bracket_missing_before_a_comma,
    managed(&[("\"vsw-bp1m7d4x9k2q5w8e1r3t6\"],\n  \"container", "\"vsw-bp1m7d4x9k2q5w8e1r3t6\",\n  \"container")]),
    MANAGED
);
slip_case!(last_brace_missing, MANAGED.strip_suffix('}').unwrap(), MANAGED);
slip_case!(extra_brace_at_the_end, format!("{MANAGED}}}"), MANAGED);
slip_case!(text_after_the_body, format!("{MANAGED}\n{{\"name\": \"second\"}}"), MANAGED);

#[test]
fn several_slips_in_one_body_are_all_reported() {
    let meant = managed(LATER_MISTAKES);
    let broken = meant
        .replacen("\"key_pair\": \"prod-key\"", "\"key_pair\": \"key_pair\": \"prod-key\"", 1)
        .replacen("\"region_id\": \"cn", "\"region_id\" \"cn", 1)
        .replacen("\"snat_entry\": true,", "\"snat_entry\": True,,", 1)
        .replacen("\"ManagedKubernetes\"", "ManagedKubernetes", 1)
        .replacen("\"prod-cluster\",", "\"prod-cluster,", 1)
        .replacen("\"vsw-bp1m7d4x9k2q5w8e1r3t6\"],\n  \"container", "\"vsw-bp1m7d4x9k2q5w8e1r3t6\"},\n  \"container", 1)
        .replacen("\"nodepool_info\": {", "\"nodepool_info\" = {", 1);
    let snapshot = recovers(&broken, &meant);
    let repairs = acklint::__internal::document::repairs(&check(&broken).document).len();
    assert_eq!(repairs, 8, "{snapshot}");
    insta::assert_snapshot!("several_slips", snapshot);
}

#[test]
fn a_slip_acklint_cannot_repair_still_shows_the_ones_before_it() {
    let broken = managed(&[
        ("\"region_id\": \"cn", "\"region_id\" \"cn"),
        ("\"container_cidr\": \"172.20.0.0/16\"", "\"container_cidr\": @ \"172.20.0.0/16\""),
    ]);
    let report = check(&broken);
    insta::assert_snapshot!("unrepairable_after_a_repair", findings(&report));
    assert!(acklint::__internal::document::root(&report.document).is_none());
    assert_eq!(report.diagnostics.iter().filter(|d| d.code == "JSON001").count(), 1);
    assert!(report.diagnostics.iter().all(|d| d.code.starts_with("JSON")), "no field is checked");
}

#[test]
fn repairs_stop_after_a_budget() {
    let broken = format!("{{\"a\": 1{}\"b\": 2}}", ",".repeat(500));
    let report = check(&broken);
    assert_eq!(acklint::__internal::document::repairs(&report.document).len(), 64);
    assert!(report.diagnostics.iter().any(|d| d.code == "JSON001"));
}

#[test]
fn a_deeper_bracket_left_open_at_the_end_is_not_guessed() {
    let report = check(&MANAGED[..MANAGED.len() - 6]);
    assert!(acklint::__internal::document::root(&report.document).is_none());
    assert!(report.diagnostics.iter().any(|d| d.code == "JSON001"));
}

#[test]
fn secrets_stay_hidden_in_repaired_slips() {
    let secret = "Zq7#vT9!pL";
    for broken in [
        managed(&[("\"key_pair\": \"prod-key\"", &format!("\"login_password\": \"login_password\": \"{secret}\""))]),
        managed(&[("\"key_pair\": \"prod-key\"", &format!("\"login_password\": {secret}"))]),
        managed(&[("\"key_pair\": \"prod-key\",", &format!("\"login_password\": \"{secret},"))]),
        managed(&[("\"key_pair\": \"prod-key\"", &format!("\"login_password\": \"{secret}\": \"x-Y-z-1234\""))]),
        managed(&[("\"key_pair\": \"prod-key\"", &format!("\"login_password\" \"{secret}\""))]),
        managed(&[("\"key_pair\": \"prod-key\"", &format!("\"login_password\": [\"{secret}\"}}"))]),
        format!("{{\"name\": \"a\", \"login_password\": \"{secret}\""),
    ] {
        let report = check(&broken);
        assert!(!acklint::__internal::document::repairs(&report.document).is_empty(), "{broken}");
        let mut out = human(&report, HumanStyle { color: false, width: 100 });
        out.push_str(&json(std::slice::from_ref(&report)));
        assert!(!out.contains(secret), "secret leaked:\n{out}");
        assert!(!out.contains("Zq7"), "part of the secret leaked:\n{out}");
    }
}

#[test]
fn strict_bodies_have_no_repairs() {
    for text in [MANAGED, include_str!("../examples/managed-terway.json")] {
        let report = check(text);
        assert!(acklint::__internal::document::repairs(&report.document).is_empty());
        let mut with_bom = "\u{feff}".to_string();
        with_bom.push_str(text);
        assert!(acklint::__internal::document::repairs(&check(&with_bom).document).is_empty());
    }
}

#[test]
fn a_huge_input_is_not_repaired() {
    let filler = format!("\"pad\": \"{}\"", "x".repeat(1024 * 1024));
    let broken = format!("{{{filler}, \"a\": 1,, \"b\": 2}}");
    let report = check(&broken);
    assert!(acklint::__internal::document::repairs(&report.document).is_empty());
    assert!(report.diagnostics.iter().any(|d| d.code == "JSON001"));
}

#[test]
fn the_indentation_shows_where_a_left_out_brace_belongs() {
    let broken =
        "{\n  \"name\": \"a\",\n  \"nodepool_info\": {\n    \"name\": \"p\",\n  \"region_id\": \"cn-hangzhou\"\n}\n";
    let meant =
        "{\n  \"name\": \"a\",\n  \"nodepool_info\": {\n    \"name\": \"p\"},\n  \"region_id\": \"cn-hangzhou\"\n}\n";
    let report = check(broken);
    let meant: Value = serde_json::from_str(meant).unwrap();
    assert_eq!(
        acklint::__internal::document::root(&report.document).map(|r| r.to_value()),
        Some(meant),
        "{}",
        findings(&report)
    );
    insta::assert_snapshot!("indentation_closer", findings(&report));
}

#[test]
fn without_indentation_no_closer_is_guessed() {
    let broken = "{\n\"name\": \"a\",\n\"tags\": {\n\"b\": 1 : 2\n}\n}\n";
    let report = check(broken);
    assert!(acklint::__internal::document::root(&report.document).is_none(), "{}", findings(&report));
    assert!(!report.diagnostics.iter().any(|d| d.code == "JSON015"), "{}", findings(&report));
}
