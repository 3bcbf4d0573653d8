//! Syntax and structure findings: exact positions, messages for people, and nothing hidden by anything else.

use acklint::render::{HumanStyle, human};
use acklint::{FileReport, LintOptions, lint};

const STYLE: HumanStyle = HumanStyle { color: false, width: 100 };

fn check(text: &str) -> FileReport {
    lint("body.json", text.as_bytes(), &LintOptions::default())
}

/// Only the codes, positions and messages of the syntax (JSON*) and structure (SCH*) findings.
fn core(report: &FileReport) -> String {
    let index = acklint::__internal::document::LineIndex::new(&report.document.text);
    report
        .diagnostics
        .iter()
        .filter(|d| d.code.starts_with("JSON") || d.code.starts_with("SCH"))
        .map(|d| {
            let at = d.span.map_or("-".to_string(), |s| {
                let p = index.position(&report.document.text, s.start);
                format!("{}:{}", p.line, p.column)
            });
            format!("{at} {} {} | {}\n", d.code, d.pointer.as_deref().unwrap_or("null"), d.message)
        })
        .collect()
}

/// A small body that passes the structure check.
const BASE: &str = r#"{
  "name": "demo",
  "region_id": "cn-hangzhou",
  "cluster_type": "ManagedKubernetes",
  "vpcid": "vpc-bp1kd7yn4qnrvuzzjg0ph",
  "vswitch_ids": ["vsw-bp1m7d4x9k2q5w8e1r3t6"],
  "container_cidr": "172.20.0.0/16",
  "service_cidr": "172.21.0.0/20",
  "addons": [{ "name": "flannel" }]
}"#;

fn with(extra: &str) -> String {
    BASE.replacen("\"name\": \"demo\",", &format!("\"name\": \"demo\",\n  {extra},"), 1)
}

macro_rules! snapshot_case {
    ($name:ident, $text:expr) => {
        #[test]
        fn $name() {
            let report = check(&$text);
            insta::assert_snapshot!(stringify!($name), format!("{}\n{}", core(&report), human(&report, STYLE)));
        }
    };
}

snapshot_case!(syntax_comment, BASE.replace("\"cn-hangzhou\",", "\"cn-hangzhou\", // production region"));
snapshot_case!(syntax_block_comment, BASE.replace("{\n", "{\n  /* created by hand */\n"));
snapshot_case!(syntax_trailing_comma, BASE.replace("\"flannel\" }]", "\"flannel\" },]"));
snapshot_case!(syntax_missing_comma, BASE.replace("\"cn-hangzhou\",", "\"cn-hangzhou\""));
snapshot_case!(syntax_duplicate_key, with("\"region_id\": \"cn-beijing\""));
snapshot_case!(syntax_single_quotes, BASE.replace("\"demo\"", "'demo'"));
snapshot_case!(syntax_bare_key, BASE.replace("\"vpcid\"", "vpcid"));
snapshot_case!(syntax_hex_number, with("\"master_count\": 0x3"));
snapshot_case!(syntax_bad_escape, BASE.replace("\"demo\"", "\"de\\qmo\""));
snapshot_case!(syntax_unterminated_string, "{\n  \"name\": \"demo\n}\n");
snapshot_case!(syntax_unterminated_object, "{\n  \"name\": \"demo\",\n  \"addons\": [\n");
snapshot_case!(syntax_text_after_object, format!("{BASE}\n{{}}"));
snapshot_case!(syntax_empty_input, "");
snapshot_case!(syntax_whitespace_only, "  \n\t\n");
snapshot_case!(syntax_top_level_array, "[{\"name\": \"demo\"}]");
snapshot_case!(syntax_byte_order_mark, format!("\u{feff}{BASE}"));
snapshot_case!(syntax_deep_nesting, format!("{{\"name\": {}{}}}", "[".repeat(100), "]".repeat(100)));

snapshot_case!(structure_quoted_integer, with("\"master_count\": \"3\""));
snapshot_case!(structure_unquoted_boolean_string, BASE.replace(
    "\"addons\"",
    "\"nodepools\": [{ \"nodepool_info\": { \"name\": \"p\" }, \"kubernetes_config\": {}, \"scaling_group\": { \"instance_charge_type\": \"PostPaid\", \"instance_types\": [\"ecs.g7.xlarge\"], \"vswitch_ids\": [\"vsw-bp1m7d4x9k2q5w8e1r3t6\"], \"key_pair\": \"k\", \"data_disks\": [{ \"category\": \"cloud_essd\", \"size\": 100, \"encrypted\": true }] } }],\n  \"addons\""
));
snapshot_case!(structure_terraform_name, with("\"vpc_id\": \"vpc-1\""));
snapshot_case!(structure_wrong_case, with("\"Region_Id\": \"cn-hangzhou\""));
snapshot_case!(structure_typo, with("\"servce_cidr\": \"172.21.0.0/20\""));
snapshot_case!(structure_missing_required, BASE.replace("\"name\": \"demo\",\n", ""));
snapshot_case!(structure_enum_typo, BASE.replace("\"ManagedKubernetes\"", "\"ManagedKubernets\""));
snapshot_case!(structure_integer_set, with("\"master_count\": 4"));
snapshot_case!(structure_out_of_range, with("\"master_system_disk_size\": 20"));
snapshot_case!(structure_too_long, BASE.replace("\"demo\"", &format!("\"{}\"", "a".repeat(70))));
snapshot_case!(
    structure_too_many_items,
    with(&format!(
        "\"tags\": [{}]",
        (0..21).map(|i| format!("{{\"key\": \"k{i}\", \"value\": \"v\"}}")).collect::<Vec<_>>().join(", ")
    ))
);
snapshot_case!(structure_object_for_string, with("\"node_cidr_mask\": 26"));

#[test]
fn the_reference_example_verbatim() {
    let text = include_str!("fixtures/reference-example.jsonc");
    let report = lint("reference.json", text.as_bytes(), &LintOptions::default());
    let index = acklint::__internal::document::LineIndex::new(text);
    let at = |code: &str| -> Vec<usize> {
        report
            .diagnostics
            .iter()
            .filter(|d| d.code == code)
            .map(|d| index.position(text, d.span.unwrap().start).line)
            .collect()
    };
    assert_eq!(at("JSON004"), vec![41], "the missing comma after `keep_instance_name`");
    let comment_lines: Vec<usize> =
        text.lines().enumerate().filter(|(_, l)| l.contains("//")).map(|(i, _)| i + 1).collect();
    assert_eq!(comment_lines.len(), 11);
    assert_eq!(at("JSON002"), comment_lines, "one finding per comment");
    // The semantic findings survive the syntax errors.
    assert!(report.diagnostics.iter().any(|d| d.code == "SCH006"), "the node-pool node_name_mode format");
    insta::assert_snapshot!("reference_example_findings", core(&report));
}

#[test]
fn six_problems_in_six_places() {
    let text = r#"{
  "name": "demo",
  "region_id": "cn-hangzhou",
  "cluster_type": "ManagedKubernets",
  "vpcid": "vpc-bp1kd7yn4qnrvuzzjg0ph",
  "vswitch_ids": ["vsw-bp1m7d4x9k2q5w8e1r3t6"],
  "container_cidr": "172.20.0.0/16",
  "service_cidr": "172.21.0.0/20",
  "node_cidr_mask": 26,
  "vpc_id": "vpc-1",
  "timeout_mins": "60",
  "tags": [{ "value": "x" }],
  "addons": [{ "name": "flannel" }, { "name": 7 }]
}"#;
    let report = check(text);
    let index = acklint::__internal::document::LineIndex::new(text);
    let found: Vec<(usize, usize, &str)> = report
        .diagnostics
        .iter()
        .filter(|d| d.code.starts_with("SCH"))
        .map(|d| {
            let p = index.position(text, d.span.unwrap().start);
            (p.line, p.column, d.code)
        })
        .collect();
    assert_eq!(
        found,
        vec![
            (4, 19, "SCH004"),
            (9, 21, "SCH001"),
            (10, 3, "SCH002"),
            (11, 19, "SCH001"),
            (12, 12, "SCH003"),
            (13, 47, "SCH001"),
        ]
    );
}

#[test]
fn a_type_error_does_not_hide_a_cross_field_problem() {
    let text = with("\"master_count\": \"3\"").replace("\"172.21.0.0/20\"", "\"172.20.16.0/20\"");
    let report = check(&text);
    let codes: Vec<&str> = report.diagnostics.iter().map(|d| d.code).collect();
    assert!(codes.contains(&"SCH001"), "{codes:?}");
    assert!(codes.contains(&"NET001"), "{codes:?}");
}

#[test]
fn invalid_utf8_is_reported_at_the_bad_byte() {
    let mut bytes = b"{\"name\": \"de".to_vec();
    bytes.push(0xff);
    bytes.extend_from_slice(b"mo\"}");
    let report = lint("body.json", &bytes, &LintOptions::default());
    assert_eq!(report.diagnostics.len(), 1);
    assert_eq!(report.diagnostics[0].code, "JSON009");
    assert_eq!(report.diagnostics[0].span.unwrap().start, 12);
}

#[test]
fn oversized_input_is_refused_quickly() {
    let text = format!("{{\"name\": \"{}\"}}", "a".repeat(acklint::__internal::document::MAX_INPUT_BYTES));
    let report = check(&text);
    assert_eq!(report.diagnostics.len(), 1);
    assert_eq!(report.diagnostics[0].code, "JSON008");
}

#[test]
fn hundred_thousand_brackets_end_cleanly() {
    let text = "[".repeat(100_000);
    let report = check(&text);
    assert_eq!(report.diagnostics[0].code, "JSON008");
}

#[test]
fn a_field_of_the_wrong_type_is_not_also_reported_missing() {
    let terway = include_str!("../examples/managed-terway.json");
    let cases = [
        (
            "pod_vswitch_ids as a string",
            terway.replacen(
                "\"pod_vswitch_ids\": [\"vsw-uf6p1q2r3s4t5u6v7w8x9\", \"vsw-uf6q2r3s4t5u6v7w8x9y0\"]",
                "\"pod_vswitch_ids\": \"vsw-uf6p1q2r3s4t5u6v7w8x9\"",
                1,
            ),
        ),
        ("a pool key pair as a number", terway.replacen("\"key_pair\": \"ops-keypair\"", "\"key_pair\": 7", 1)),
        ("cluster_type as a list", terway.replacen("\"ManagedKubernetes\"", "[\"ManagedKubernetes\"]", 1)),
    ];
    for (what, text) in cases {
        assert_ne!(text, terway, "{what}: the edit applies");
        let report = check(&text);
        let codes: Vec<&str> = report.diagnostics.iter().map(|d| d.code).collect();
        assert!(codes.contains(&"SCH001"), "{what}: {codes:?}");
        assert!(
            codes.iter().all(|c| !matches!(*c, "NET003" | "LOG002" | "LIF005")),
            "{what}: reported as missing too: {codes:?}"
        );
    }
}

#[test]
fn numbers_beyond_a_double_are_still_range_checked() {
    let report = check(&with("\"master_count\": 1e400"));
    let d = report.diagnostics.iter().find(|d| d.code == "SCH004").expect("master_count is not 3 or 5");
    assert_eq!(d.pointer.as_deref(), Some("/master_count"));
    assert!(!d.message.contains("null"), "{}", d.message);
}

#[test]
fn findings_per_file_are_capped() {
    // 2,000 unknown keys: each would be a finding.
    let extra: Vec<String> = (0..2000).map(|i| format!("\"unknown_key_{i}\": {i}")).collect();
    let report = check(&with(&extra.join(",\n  ")));
    assert_eq!(report.diagnostics.len(), acklint::__internal::lint::MAX_FINDINGS_PER_FILE + 1);
    let last = report.diagnostics.last().unwrap();
    assert_eq!(last.code, "JSON011");
    assert!(last.message.contains("more findings"), "{}", last.message);
}

#[test]
fn an_item_of_the_wrong_type_names_the_item_type() {
    let report = check(&with("\"nodepools\": [5, null]"));
    let messages: Vec<&str> =
        report.diagnostics.iter().filter(|d| d.code == "SCH001").map(|d| d.message.as_str()).collect();
    assert_eq!(
        messages,
        ["`nodepools[0]` must be an object, found integer `5`", "`nodepools[1]` must be an object, found null"]
    );
}

#[test]
fn tags_written_as_a_map_get_the_list_form() {
    let report = check(&with("\"tags\": {\"env\": \"prod\"}"));
    let d = report.diagnostics.iter().find(|d| d.code == "SCH001").unwrap();
    assert_eq!(
        d.help.as_deref(),
        Some("write each entry as a `key`/`value` object in a list: `[{\"key\": \"env\", \"value\": \"prod\"}]`")
    );
}
