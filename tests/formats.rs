//! The CI formats (SARIF, GitHub Actions, JUnit XML, GitLab Code Quality): snapshots, validity against their
//! schema or parser, escaping, and no leaked secrets.

use acklint::render::{ProjectRoot, concise, github, gitlab, junit, sarif};
use acklint::{Diagnostic, FileReport, Label, LintOptions, Severity, lint};
use serde_json::Value;
use std::collections::HashSet;

const REFERENCE: &str = include_str!("fixtures/reference-example.jsonc");

/// A small body with an unknown key after a non-ASCII one (columns count code points), and overlapping
/// pod and service ranges.
const SMALL: &str = r#"{
  "name": "demo",
  "region_id": "cn-hangzhou",
  "cluster_type": "ManagedKubernetes",
  "vpcid": "vpc-bp1kd7yn4qnrvuzzjg0ph", "vpc_ïd": "vpc-1",
  "vswitch_ids": ["vsw-bp1m7d4x9k2q5w8e1r3t6"],
  "container_cidr": "172.20.0.0/16",
  "service_cidr": "172.20.16.0/20",
  "addons": [{ "name": "flannel" }]
}
"#;

/// A body without findings.
const CLEAN: &str = r#"{
  "name": "demo",
  "region_id": "cn-hangzhou",
  "cluster_type": "ManagedKubernetes",
  "vpcid": "vpc-bp1kd7yn4qnrvuzzjg0ph",
  "vswitch_ids": ["vsw-bp1m7d4x9k2q5w8e1r3t6"],
  "container_cidr": "172.20.0.0/16",
  "service_cidr": "172.21.0.0/20",
  "addons": [{ "name": "flannel" }, { "name": "logtail-ds" }]
}
"#;

/// The project root of the fixtures, which is also the working directory their relative paths are read from.
fn root() -> ProjectRoot {
    ProjectRoot::new("/work/repo", "/work/repo")
}

fn check(path: &str, text: &str) -> FileReport {
    lint(path, text.as_bytes(), &LintOptions::default())
}

/// The fixture: two files with findings and one clean file.
fn reports() -> Vec<FileReport> {
    vec![check("small.json", SMALL), check("examples/reference.jsonc", REFERENCE), check("clean.json", CLEAN)]
}

fn total(reports: &[FileReport]) -> usize {
    reports.iter().map(|r| r.diagnostics.len()).sum()
}

/// A report whose only finding has the given message and help (the rest of the finding is real).
fn with_finding(path: &str, message: &str, help: &str) -> FileReport {
    let mut report = check(path, SMALL);
    let span = report.diagnostics[0].span;
    let mut d = Diagnostic::new("SCH002", "unknown-field", Severity::Warning, message)
        .at("/vpc_ïd")
        .help(help)
        .with(Label::at("/vpcid", format!("label: {message}")));
    d.span = span;
    d.labels[0].span = span;
    report.diagnostics = vec![d];
    report
}

#[test]
fn the_fixture_has_what_the_tests_need() {
    let r = reports();
    let codes = |i: usize| r[i].diagnostics.iter().map(|d| d.code).collect::<Vec<_>>();
    assert!(codes(0).contains(&"SCH002"), "{:?}", codes(0));
    assert!(codes(0).contains(&"NET001"), "{:?}", codes(0));
    assert!(r[0].diagnostics.iter().any(|d| !d.labels.is_empty()), "a finding with labels");
    assert!(codes(1).len() > 5, "{:?}", codes(1));
    assert!(r[2].diagnostics.is_empty(), "{:?}", codes(2));
}

// --- SARIF ---------------------------------------------------------------------------------------------

fn sarif_value(reports: &[FileReport]) -> Value {
    serde_json::from_str(&sarif(reports, &root())).expect("SARIF output is JSON")
}

/// The SARIF text with the driver's version masked and its (long, growing) rule list cut to the codes.
fn sarif_for_snapshot(text: &str) -> String {
    let text = text.replace(&format!("\"version\": \"{}\"", env!("CARGO_PKG_VERSION")), "\"version\": \"[version]\"");
    let start = text.find("\n          \"rules\": [").expect("driver rules") + 1;
    let end = start + text[start..].find("\n          ]").expect("end of the rules") + "\n          ]".len();
    let ids: Vec<String> = sarif_value(&reports())["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    format!("{}\"rules\": [/* {} */]{}", &text[..start + 10], ids.join(", "), &text[end..])
}

#[test]
fn sarif_snapshot() {
    insta::assert_snapshot!("sarif", sarif_for_snapshot(&sarif(&reports(), &root())));
}

#[test]
fn sarif_rule_descriptor_snapshot() {
    let value = sarif_value(&[]);
    let rules = value["runs"][0]["tool"]["driver"]["rules"].as_array().unwrap();
    let net001 = rules.iter().find(|r| r["id"] == "NET001").expect("NET001 is listed");
    let sch002 = rules.iter().find(|r| r["id"] == "SCH002").expect("SCH002 is listed");
    insta::assert_snapshot!(
        "sarif_rule_descriptors",
        serde_json::to_string_pretty(&serde_json::json!([sch002, net001])).unwrap()
    );
}

/// The official SARIF 2.1.0 schema (draft-07), with format assertions on.
///
/// The schema's `language` pattern (`^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`) has a stray `]`, which
/// ECMAScript's Annex B reads as a literal but which the strict `regex` format of the draft-07 meta-schema
/// rejects, so the schema would not compile. The `]` is escaped here: the same meaning, and acklint never
/// writes a `language` anyway.
fn sarif_validator() -> jsonschema::Validator {
    let text = include_str!("fixtures/sarif-2.1.0.schema.json");
    let stray = r#""^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$""#;
    assert_eq!(text.matches(stray).count(), 2, "the schema file changed: check the workaround");
    let text = text.replace(stray, r#""^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}\\]?$""#);
    let schema: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft7)
        .should_validate_formats(true)
        .build(&schema)
        .expect("the SARIF schema compiles")
}

#[test]
fn the_sarif_schema_check_is_not_vacuous() {
    let validator = sarif_validator();
    let mut value = sarif_value(&reports());
    assert!(validator.is_valid(&value));
    value["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] = "a b\\c".into();
    assert!(!validator.is_valid(&value), "a URI with a space is rejected");
    let mut value = sarif_value(&reports());
    value["runs"][0]["results"][0]["level"] = "fatal".into();
    assert!(!validator.is_valid(&value), "an unknown level is rejected");
    let mut value = sarif_value(&reports());
    value["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0.into();
    assert!(!validator.is_valid(&value), "line 0 is rejected");
}

#[test]
fn sarif_is_valid_against_the_official_schema() {
    let validator = sarif_validator();
    let mut odd = with_finding("my dir/100% sure\\é.json", "a \"quoted\" 50%: message\nline two", "help");
    odd.diagnostics[0].span = None;
    odd.diagnostics[0].pointer = None;
    let absolute = vec![check("/work/repo/deep/a b#1.json", SMALL), check("/srv/集群/x.json", SMALL)];
    for reports in [reports(), vec![], vec![odd], vec![check("-", "{ 'name': ")], absolute] {
        let instance = sarif_value(&reports);
        let errors: Vec<String> =
            validator.iter_errors(&instance).map(|e| format!("{} at {}", e, e.instance_path())).collect();
        assert!(errors.is_empty(), "{errors:#?}");
    }
}

#[test]
fn sarif_lists_every_check_and_rule_and_indexes_them() {
    let value = sarif_value(&reports());
    let run = &value["runs"][0];
    assert_eq!(value["version"], "2.1.0");
    assert_eq!(value["$schema"], "https://json.schemastore.org/sarif-2.1.0.json");
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "acklint");
    assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
    assert!(driver.get("informationUri").is_none());
    let rules = driver["rules"].as_array().unwrap();
    let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    let expected: Vec<&str> = acklint::__internal::checks::BUILTIN
        .iter()
        .map(|c| c.code)
        .chain(acklint::__internal::rules::all().iter().map(|r| r.meta().code))
        .collect();
    assert_eq!(ids, expected);
    for r in rules {
        for key in ["name", "/shortDescription/text", "/fullDescription/text", "/help/text", "/help/markdown"] {
            let v = if key.starts_with('/') { r.pointer(key) } else { r.get(key) };
            assert!(v.and_then(Value::as_str).is_some_and(|s| !s.is_empty()), "{} has no {key}", r["id"]);
        }
        assert!(r["help"]["markdown"].as_str().unwrap().starts_with(&format!("# {} (", r["name"].as_str().unwrap())));
        assert!(["error", "warning", "note"].contains(&r["defaultConfiguration"]["level"].as_str().unwrap()));
        assert_eq!(r["properties"]["tags"].as_array().unwrap().len(), 1);
    }
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), total(&reports()));
    for res in results {
        let i = res["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[i]["id"], res["ruleId"]);
        assert!(res["partialFingerprints"]["acklint/v1"].as_str().unwrap().len() == 16);
    }
}

#[test]
fn sarif_positions_count_code_points_and_match_the_json_format() {
    let r = reports();
    let json: Value = serde_json::from_str(&acklint::render::json(&r)).unwrap();
    let log = sarif_value(&r);
    let results = log["runs"][0]["results"].as_array().unwrap();
    let diagnostics: Vec<&Value> =
        json["files"].as_array().unwrap().iter().flat_map(|f| f["diagnostics"].as_array().unwrap()).collect();
    assert_eq!(results.len(), diagnostics.len());
    for (res, d) in results.iter().zip(&diagnostics) {
        let region = &res["locations"][0]["physicalLocation"]["region"];
        assert_eq!(region["startLine"], d["span"]["start"]["line"]);
        assert_eq!(region["startColumn"], d["span"]["start"]["column"]);
        assert_eq!(region["endLine"], d["span"]["end"]["line"]);
        assert_eq!(region["endColumn"], d["span"]["end"]["column"]);
        assert_eq!(res["locations"][0]["logicalLocations"][0]["fullyQualifiedName"], d["pointer"]);
        let labels = d["labels"].as_array().unwrap();
        assert_eq!(res.get("relatedLocations").map_or(0, |l| l.as_array().unwrap().len()), labels.len());
    }
    // The key `"vpc_ïd"` is 8 characters but 9 bytes: its end column counts `ï` once.
    let unknown = results.iter().find(|r| r["ruleId"] == "SCH002").unwrap();
    let region = &unknown["locations"][0]["physicalLocation"]["region"];
    let line5 = SMALL.lines().nth(4).unwrap();
    let key_start = line5.find("\"vpc_ïd\"").unwrap();
    assert_eq!(region["startLine"], 5);
    assert_eq!(region["startColumn"], key_start + 1);
    assert_eq!(region["endLine"], 5);
    assert_eq!(region["endColumn"], key_start + 1 + "\"vpc_ïd\"".chars().count());
}

#[test]
fn sarif_without_a_span_has_no_region_and_help_joins_the_message() {
    let mut report = with_finding("a.json", "the message", "the help");
    report.diagnostics[0].span = None;
    report.diagnostics[0].labels[0].span = None;
    let value = sarif_value(&[report]);
    let res = &value["runs"][0]["results"][0];
    assert_eq!(res["message"]["text"], "the message — the help");
    assert!(res["locations"][0]["physicalLocation"].get("region").is_none());
    assert_eq!(res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "a.json");
    assert_eq!(res["relatedLocations"][0]["message"]["text"], "label: the message");
    assert_eq!(res["level"], "warning");
}

#[test]
fn sarif_fingerprints_are_stable_and_distinct() {
    let a = sarif_value(&reports());
    let b = sarif_value(&reports());
    let prints = |v: &Value| -> Vec<String> {
        v["runs"][0]["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["partialFingerprints"]["acklint/v1"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(prints(&a), prints(&b));
    let unique: HashSet<String> = prints(&a).into_iter().collect();
    assert_eq!(unique.len(), prints(&a).len());
    // The same finding in the same place keeps its fingerprint when other findings come and go.
    let alone = sarif_value(&[check("small.json", SMALL)]);
    let first = |v: &Value, code: &str| {
        v["runs"][0]["results"].as_array().unwrap().iter().find(|r| r["ruleId"] == code).unwrap()["partialFingerprints"]
            ["acklint/v1"]
            .clone()
    };
    assert_eq!(first(&alone, "NET001"), first(&a, "NET001"));
}

/// The file each result of a SARIF log names: its locations' and its fixes' `(uri, uriBaseId)`, which must agree.
fn sarif_artifacts(log: &Value) -> Vec<(String, Option<String>)> {
    let pair = |a: &Value| (a["uri"].as_str().unwrap().to_string(), a["uriBaseId"].as_str().map(str::to_string));
    let mut out = Vec::new();
    for res in log["runs"][0]["results"].as_array().unwrap() {
        let primary = pair(&res["locations"][0]["physicalLocation"]["artifactLocation"]);
        let related = res.get("relatedLocations").and_then(Value::as_array).cloned().unwrap_or_default();
        for l in &related {
            assert_eq!(pair(&l["physicalLocation"]["artifactLocation"]), primary, "{res:#}");
        }
        for f in res.get("fixes").and_then(Value::as_array).cloned().unwrap_or_default() {
            for change in f["artifactChanges"].as_array().unwrap() {
                assert_eq!(pair(&change["artifactLocation"]), primary, "a fix names its file as the result does");
            }
        }
        if out.last() != Some(&primary) {
            out.push(primary);
        }
    }
    out
}

#[test]
fn sarif_artifacts_are_relative_to_the_root_file_uris_elsewhere_and_dash_for_standard_input() {
    let r = vec![
        check("/work/repo/clusters/./prod/../prod.json", FIXABLE),
        check("my dir/集群 #1.json", SMALL),
        check("/srv/a b/x%.json", SMALL),
        check("../sibling/y.json", SMALL),
        check("-", FIXABLE),
    ];
    let log = sarif_value(&r);
    let srcroot = Some("%SRCROOT%".to_string());
    assert_eq!(
        sarif_artifacts(&log),
        [
            ("clusters/prod.json".to_string(), srcroot.clone()),
            ("my%20dir/%E9%9B%86%E7%BE%A4%20%231.json".to_string(), srcroot),
            ("file:///srv/a%20b/x%25.json".to_string(), None),
            ("file:///work/sibling/y.json".to_string(), None),
            ("-".to_string(), None),
        ]
    );
    assert_eq!(
        log["runs"][0]["originalUriBaseIds"],
        serde_json::json!({ "%SRCROOT%": { "uri": "file:///work/repo/" } })
    );
    let fixed = log["runs"][0]["results"].as_array().unwrap().iter().filter(|r| r.get("fixes").is_some()).count();
    assert!(fixed >= 2, "the fixes of the first and the last file are there");
    // The fingerprint follows the name in the report, not the spelling of the path on the command line.
    let print = |v: &Value| v["runs"][0]["results"][0]["partialFingerprints"].clone();
    assert_eq!(print(&log), print(&sarif_value(&[check("clusters/prod.json", FIXABLE)])));
    // A root below the working directory: relative inputs are rebased onto it.
    let nested = ProjectRoot::new("clusters", "/work/repo");
    let log: Value = serde_json::from_str(&sarif(&[check("clusters/prod.json", SMALL)], &nested)).unwrap();
    assert_eq!(sarif_artifacts(&log), [("prod.json".to_string(), Some("%SRCROOT%".to_string()))]);
    assert_eq!(log["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"], "file:///work/repo/clusters/");
}

#[test]
fn line_and_xml_formats_name_files_relative_to_the_root_and_others_as_given() {
    let r = vec![check("/work/repo/clusters/prod.json", SMALL), check("/srv/x.json", SMALL), check("-", SMALL)];
    let out = github(&r, &root());
    let files: Vec<&str> = out.lines().map(|l| l.split(',').next().unwrap().split_once(" file=").unwrap().1).collect();
    assert!(files.contains(&"clusters/prod.json") && files.contains(&"/srv/x.json") && files.contains(&"-"), "{out}");
    assert!(!out.contains("/work/repo"), "{out}");

    let value: Value = serde_json::from_str(&gitlab(&r, &root())).unwrap();
    let mut paths: Vec<&str> =
        value.as_array().unwrap().iter().map(|i| i["location"]["path"].as_str().unwrap()).collect();
    paths.dedup();
    assert_eq!(paths, ["clusters/prod.json", "/srv/x.json", "-"]);
    let relative: Value = serde_json::from_str(&gitlab(&[check("clusters/prod.json", SMALL)], &root())).unwrap();
    assert_eq!(value[0]["fingerprint"], relative[0]["fingerprint"], "the same file, the same fingerprint");

    let xml = junit(&r, &root());
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let mut files: Vec<&str> = doc.descendants().filter_map(|n| n.attribute("file")).collect();
    files.dedup();
    assert_eq!(files, ["clusters/prod.json", "/srv/x.json", "-"]);
    let case = doc.descendants().find(|n| n.has_tag_name("testcase")).unwrap();
    assert_eq!(case.attribute("classname"), Some("acklint.clusters/prod.json"));
}

// --- GitHub Actions ------------------------------------------------------------------------------------

#[test]
fn github_snapshot() {
    insta::assert_snapshot!("github", github(&reports(), &root()));
}

#[test]
fn github_one_line_per_finding() {
    let r = reports();
    let out = github(&r, &root());
    assert_eq!(out.lines().count(), total(&r));
    for line in out.lines() {
        assert!(
            line.starts_with("::error file=")
                || line.starts_with("::warning file=")
                || line.starts_with("::notice file="),
            "{line}"
        );
        assert!(line.contains(",line=") && line.contains(",endColumn="), "{line}");
    }
    assert!(out.contains("::warning file=small.json,line=5,"), "{out}");
    assert!(out.contains(",title=NET001 (pod-service-cidr-overlap)::"), "{out}");
}

#[test]
fn github_escapes_messages_and_properties() {
    let report = with_finding("dir,1/a:b%.json", "100% sure, really: no\r\nsecond line", "fix: it, now");
    let out = github(&[report], &root());
    assert_eq!(out.lines().count(), 1, "{out}");
    let line = out.trim_end();
    assert!(line.starts_with("::warning file=dir%2C1/a%3Ab%25.json,line=5,col="), "{line}");
    assert!(line.contains(",title=SCH002 (unknown-field)::"), "{line}");
    assert!(line.ends_with("::100%25 sure, really: no%0D%0Asecond line%0Afix: it, now"), "{line}");
    // Exactly one `::` separator after the command: the rest is escaped.
    assert_eq!(line.matches("::").count(), 2, "{line}");
}

#[test]
fn github_without_a_span_has_no_position() {
    let mut report = with_finding("a.json", "m", "h");
    report.diagnostics[0].span = None;
    report.diagnostics[0].severity = Severity::Info;
    assert_eq!(github(&[report], &root()), "::notice file=a.json,title=SCH002 (unknown-field)::m%0Ah\n");
}

// --- JUnit ---------------------------------------------------------------------------------------------

#[test]
fn junit_snapshot() {
    insta::assert_snapshot!("junit", junit(&reports(), &root()));
}

#[test]
fn junit_parses_and_counts() {
    let r = reports();
    let xml = junit(&r, &root());
    let doc = roxmltree::Document::parse(&xml).expect("JUnit output is XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "testsuites");
    let suites: Vec<_> = root.children().filter(|n| n.is_element()).collect();
    assert_eq!(suites.len(), 1);
    let suite = suites[0];
    assert_eq!(suite.tag_name().name(), "testsuite");
    assert_eq!(suite.attribute("name"), Some("acklint"));
    let cases: Vec<_> = suite.children().filter(|n| n.has_tag_name("testcase")).collect();
    let failures: Vec<_> = suite.descendants().filter(|n| n.has_tag_name("failure")).collect();
    assert_eq!(failures.len(), total(&r));
    assert_eq!(cases.len(), total(&r) + 1, "one passing case for the clean file");
    assert_eq!(suite.attribute("tests"), Some(cases.len().to_string().as_str()));
    assert_eq!(suite.attribute("failures"), Some(failures.len().to_string().as_str()));
    assert_eq!(suite.attribute("errors"), Some("0"));
    let clean: Vec<_> = cases.iter().filter(|c| c.attribute("classname") == Some("acklint.clean.json")).collect();
    assert_eq!(clean.len(), 1);
    assert_eq!(clean[0].attribute("name"), Some("no findings"));
    assert!(!clean[0].children().any(|n| n.has_tag_name("failure")));
    let net = cases.iter().find(|c| c.attribute("name").unwrap().starts_with("NET001 ")).unwrap();
    assert_eq!(net.attribute("classname"), Some("acklint.small.json"));
    let failure = net.children().find(|n| n.has_tag_name("failure")).unwrap();
    assert_eq!(failure.attribute("type"), Some("NET001"));
    let body = failure.text().unwrap();
    assert!(body.contains("pointer: /service_cidr") || body.contains("pointer: /container_cidr"), "{body}");
}

#[test]
fn junit_escapes_and_drops_what_xml_cannot_hold() {
    let message = "a & b <c> \"d\" 'e'\u{0}\u{1b}\u{FFFF} f\nnext";
    let report = with_finding("we<ird> & \"path\".json", message, "help & <more>");
    let xml = junit(&[report], &root());
    let doc = roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{e}\n{xml}"));
    let case = doc.descendants().find(|n| n.has_tag_name("testcase")).unwrap();
    assert_eq!(case.attribute("classname"), Some("acklint.we<ird> & \"path\".json"));
    let failure = case.children().find(|n| n.has_tag_name("failure")).unwrap();
    assert_eq!(failure.attribute("message"), Some("a & b <c> \"d\" 'e' f\nnext"));
    assert_eq!(failure.text(), Some("a & b <c> \"d\" 'e' f\nnext\npointer: /vpc_ïd\nhelp: help & <more>"));
}

// --- GitLab Code Quality -------------------------------------------------------------------------------

#[test]
fn gitlab_snapshot() {
    insta::assert_snapshot!("gitlab", gitlab(&reports(), &root()));
}

#[test]
fn gitlab_is_a_json_array_with_unique_stable_fingerprints() {
    let r = reports();
    let value: Value = serde_json::from_str(&gitlab(&r, &root())).expect("GitLab output is JSON");
    let issues = value.as_array().expect("an array");
    assert_eq!(issues.len(), total(&r));
    let prints: Vec<&str> = issues.iter().map(|i| i["fingerprint"].as_str().unwrap()).collect();
    assert_eq!(prints.iter().collect::<HashSet<_>>().len(), prints.len(), "fingerprints are unique");
    assert!(prints.iter().all(|p| p.len() == 16 && p.chars().all(|c| c.is_ascii_hexdigit())));
    let again: Value = serde_json::from_str(&gitlab(&reports(), &root())).unwrap();
    assert_eq!(value, again, "the same input gives the same report");
    for i in issues {
        assert!(["major", "minor", "info"].contains(&i["severity"].as_str().unwrap()), "{i}");
        assert!(!i["description"].as_str().unwrap().is_empty());
        assert!(i["check_name"].as_str().unwrap().len() >= 5);
        assert!(i["location"]["lines"]["begin"].as_u64().unwrap() >= 1);
        assert_eq!(i["location"]["lines"]["begin"], i["location"]["positions"]["begin"]["line"]);
    }
    assert_eq!(issues.iter().filter(|i| i["location"]["path"] == "clean.json").count(), 0);
    let net = issues.iter().find(|i| i["check_name"] == "NET001").unwrap();
    assert_eq!(net["severity"], "major");
    let unknown = issues.iter().find(|i| i["check_name"] == "SCH002").unwrap();
    assert_eq!(unknown["severity"], "minor");
}

#[test]
fn gitlab_fingerprints_do_not_depend_on_the_words() {
    let prints = |reports: &[FileReport]| -> Vec<String> {
        let value: Value = serde_json::from_str(&gitlab(reports, &root())).unwrap();
        value.as_array().unwrap().iter().map(|i| i["fingerprint"].as_str().unwrap().to_string()).collect()
    };
    let english = reports();
    let zh = acklint::i18n::Lang::ZhCn;
    let chinese: Vec<FileReport> =
        [("small.json", SMALL), ("examples/reference.jsonc", REFERENCE), ("clean.json", CLEAN)]
            .iter()
            .map(|(path, text)| lint(path, text.as_bytes(), &LintOptions::default().with_lang(zh)))
            .collect();
    assert_ne!(english[0].diagnostics[0].message, chinese[0].diagnostics[0].message, "the words differ");
    assert_eq!(prints(&english), prints(&chinese), "the same findings, the same fingerprints in every language");
    // A reworded message keeps its fingerprint; another place gets another one.
    let mut reworded = reports();
    reworded[0].diagnostics[0].message = "something else entirely".into();
    assert_eq!(prints(&reworded), prints(&english));
    let mut moved = reports();
    moved[0].diagnostics[0].pointer = Some("/elsewhere".into());
    assert_ne!(prints(&moved)[0], prints(&english)[0]);
}

#[test]
fn gitlab_without_a_span_starts_at_line_one() {
    let mut report = with_finding("a.json", "m", "h");
    report.diagnostics[0].span = None;
    let value: Value = serde_json::from_str(&gitlab(&[report], &root())).unwrap();
    assert_eq!(value[0]["location"]["lines"]["begin"], 1);
    assert!(value[0]["location"].get("positions").is_none());
}

// --- All formats ---------------------------------------------------------------------------------------

fn every_format(reports: &[FileReport]) -> Vec<(&'static str, String)> {
    vec![
        ("sarif", sarif(reports, &root())),
        ("github", github(reports, &root())),
        ("junit", junit(reports, &root())),
        ("gitlab", gitlab(reports, &root())),
        ("concise", reports.iter().map(concise).collect()),
    ]
}

#[test]
fn no_format_leaks_a_password() {
    assert!(REFERENCE.contains("\"login_password\":\"Hello1234\""));
    let r = vec![check("reference.jsonc", REFERENCE)];
    for (name, out) in every_format(&r) {
        assert!(!out.contains("Hello1234"), "{name} leaks the password:\n{out}");
    }
}

#[test]
fn no_findings_no_files() {
    let clean = vec![check("clean.json", CLEAN)];
    assert_eq!(github(&clean, &root()), "");
    assert_eq!(gitlab(&clean, &root()), "[]\n");
    assert!(sarif_value(&clean)["runs"][0]["results"].as_array().unwrap().is_empty());
    for (name, out) in every_format(&[]) {
        if name == "junit" {
            let doc = roxmltree::Document::parse(&out).unwrap();
            assert_eq!(doc.root_element().first_element_child().unwrap().attribute("tests"), Some("0"));
        }
    }
}

// --- Fixes ---------------------------------------------------------------------------------------------

/// A body whose password is a number (a secret of the wrong type), with a trailing comma after the addons.
const FIXABLE: &str =
    "{\n  \"name\": \"demo\",\n  \"login_password\": 12345678,\n  \"addons\": [{ \"name\": \"flannel\" },]\n}\n";

/// `FIXABLE` with three fixes made up for the test: one quotes the password (its edit covers the secret), one
/// moves it (its replacement holds it), one changes the name (nothing secret).
fn with_made_up_fixes() -> FileReport {
    use acklint::Span;
    use acklint::fix::{Fix, TextEdit};
    let mut report = check("f.json", FIXABLE);
    let at = |s: &str| FIXABLE.find(s).unwrap();
    let (pw, name) = (at("12345678"), at("\"demo\""));
    let fixes = [
        Fix::unsafe_("quote the number").edit(TextEdit::new(Span::new(pw, pw + 8), "\"12345678\"")),
        Fix::unsafe_("move `login_password`")
            .edit(TextEdit::insert(at("\n}"), ",\n  \"x\": {\"login_password\": 12345678}")),
        Fix::safe("rename the cluster").edit(TextEdit::new(Span::new(name, name + 6), "\"demo-2\"")),
    ];
    report.diagnostics.truncate(0);
    for fix in fixes {
        report
            .diagnostics
            .push(Diagnostic::new("SCH001", "wrong-type", Severity::Error, "made up").at("/name").fix(fix));
    }
    report
}

#[test]
fn json_gives_the_fix_of_each_finding() {
    let r = check("f.json", FIXABLE);
    let value: Value = serde_json::from_str(&acklint::render::json(std::slice::from_ref(&r))).unwrap();
    let diagnostics = value["files"][0]["diagnostics"].as_array().unwrap();
    let comma = diagnostics.iter().find(|d| d["code"] == "JSON003").expect("a trailing comma");
    let at = FIXABLE.find("},]").unwrap() + 1;
    assert_eq!(
        comma["fix"],
        serde_json::json!({ "applicability": "safe", "message": "delete the `,`", "edits": [
            { "span": { "start": { "offset": at, "line": 4, "column": 35 }, "end": { "offset": at + 1, "line": 4, "column": 36 } },
              "replacement": "" } ] })
    );
    assert!(diagnostics.iter().filter(|d| d["code"] != "JSON003").all(|d| d["fix"].is_null()), "{diagnostics:#?}");
}

#[test]
fn fix_edits_that_would_show_a_secret_are_left_out() {
    let r = vec![with_made_up_fixes()];
    let value: Value = serde_json::from_str(&acklint::render::json(&r)).unwrap();
    let fixes: Vec<&Value> = value["files"][0]["diagnostics"].as_array().unwrap().iter().map(|d| &d["fix"]).collect();
    assert_eq!(fixes[0]["edits"], serde_json::json!([]), "an edit of the secret");
    assert_eq!(fixes[0]["message"], "quote the number");
    assert_eq!(fixes[1]["edits"], serde_json::json!([]), "a replacement holding the secret");
    assert_eq!(fixes[2]["edits"][0]["replacement"], "\"demo-2\"");
    let log = sarif_value(&r);
    let results = log["runs"][0]["results"].as_array().unwrap();
    assert!(results[0].get("fixes").is_none() && results[1].get("fixes").is_none());
    assert_eq!(results[2]["fixes"][0]["description"]["text"], "rename the cluster");
    assert_eq!(
        results[2]["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"],
        "\"demo-2\""
    );
    for (name, out) in [("json", acklint::render::json(&r)), ("sarif", sarif(&r, &root()))] {
        assert!(!out.contains("12345678"), "{name} shows the password:\n{out}");
    }

    // A caller that drops the text first empties those edits while it still can.
    let mut report = with_made_up_fixes();
    acklint::__internal::fix::hide_secret_edits(&mut report);
    let edits: Vec<usize> = report.diagnostics.iter().map(|d| d.fix.as_ref().unwrap().edits.len()).collect();
    assert_eq!(edits, [0, 0, 1]);
}

#[test]
fn sarif_with_fixes_is_valid_and_marks_unsafe_ones() {
    let validator = sarif_validator();
    let mut unsafe_fix = with_made_up_fixes();
    unsafe_fix.diagnostics[2].fix.as_mut().unwrap().applicability = acklint::fix::Applicability::Unsafe;
    let with_fixes = [vec![check("f.json", FIXABLE)], vec![unsafe_fix]];
    for reports in with_fixes.iter().chain([&vec![check("r.jsonc", REFERENCE)]]) {
        let instance = sarif_value(reports);
        let errors: Vec<String> =
            validator.iter_errors(&instance).map(|e| format!("{} at {}", e, e.instance_path())).collect();
        assert!(errors.is_empty(), "{errors:#?}");
    }
    for reports in &with_fixes {
        let instance = sarif_value(reports);
        let fixes = instance["runs"][0]["results"].as_array().unwrap().iter().filter(|r| r.get("fixes").is_some());
        assert_eq!(fixes.count(), 1, "{instance:#}");
    }
    let mut broken = sarif_value(&with_fixes[0]);
    let results = broken["runs"][0]["results"].as_array_mut().unwrap();
    let result = results.iter_mut().find(|r| r.get("fixes").is_some()).unwrap();
    result["fixes"][0]["artifactChanges"][0]["replacements"] = serde_json::json!([]);
    assert!(!validator.is_valid(&broken), "the schema checks fixes too");
    let r = vec![{
        let mut r = with_made_up_fixes();
        r.diagnostics[2].fix.as_mut().unwrap().applicability = acklint::fix::Applicability::Unsafe;
        r
    }];
    assert_eq!(
        sarif_value(&r)["runs"][0]["results"][2]["fixes"][0]["description"]["text"],
        "rename the cluster (unsafe)"
    );
    let comma = sarif_value(&[check("f.json", FIXABLE)]);
    let result = comma["runs"][0]["results"].as_array().unwrap().iter().find(|r| r["ruleId"] == "JSON003").unwrap();
    assert_eq!(
        result["fixes"][0]["artifactChanges"][0]["replacements"][0]["deletedRegion"],
        serde_json::json!({ "startLine": 4, "startColumn": 35, "endLine": 4, "endColumn": 36 })
    );
}
