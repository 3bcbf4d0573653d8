//! acklint as another tool embeds it: only the public API, as a dependent crate would use it.

use acklint::config::ConfigError;
use acklint::{Diagnostic, LintOptions, Severity, catalogue, lint, lint_value};

/// An empty folder of this test run (the files need not exist: only paths are matched).
fn scratch(id: u32) -> tempfile::TempDir {
    tempfile::Builder::new().prefix(&format!("acklint-library-{id}-")).tempdir().unwrap()
}

const SECRET: &str = "Zq7#vT9-never-shown";

/// A body with findings of several kinds (syntax with a fix, structure, cross-field with labels) and a password.
fn body() -> String {
    format!(
        r#"{{
  "name": "demo",
  "region_id": "cn-hangzhou",
  "cluster_type": "ManagedKubernetes",
  "vpcid": "vpc-bp1kd7yn4qnrvuzzjg0ph",
  "vswitch_ids": ["vsw-bp1m7d4x9k2q5w8e1r3t6"],
  "container_cidr": "172.20.0.0/16",
  "service_cidr": "172.20.16.0/20",
  "login_password": "{SECRET}",
  "login_pasword": "{SECRET}",
  "num_of_nodes": "three",
}}"#
    )
}

#[test]
fn findings_round_trip_through_json_without_the_secret() {
    let report = lint("cluster.json", body().as_bytes(), &LintOptions::default());
    let codes: Vec<&str> = report.diagnostics.iter().map(|d| d.code).collect();
    assert!(codes.contains(&"JSON003") && codes.contains(&"NET001"), "{codes:?}");
    assert!(report.diagnostics.iter().any(|d| d.fix.as_ref().is_some_and(|f| !f.edits.is_empty())), "{codes:?}");
    assert!(report.diagnostics.iter().any(|d| !d.labels.is_empty()), "{codes:?}");

    let json = serde_json::to_string_pretty(&report.diagnostics).unwrap();
    assert!(!json.contains(SECRET), "a secret in serialised findings:\n{json}");
    let back: Vec<Diagnostic> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, report.diagnostics);

    // The documented shape, on one finding.
    let overlap = report.diagnostics.iter().find(|d| d.code == "NET001").unwrap();
    let value = serde_json::to_value(overlap).unwrap();
    assert_eq!(value["rule"], "pod-service-cidr-overlap");
    assert_eq!(value["severity"], "error");
    assert_eq!(value["pointer"], "/service_cidr");
    assert_eq!(value["labels"][0]["pointer"], "/container_cidr");
    let span = overlap.span.unwrap();
    assert_eq!(value["span"], serde_json::json!({ "start": span.start, "end": span.end }));
    assert!(value.get("peers").is_none(), "peers is left out when zero: {value}");
}

#[test]
fn deserialising_refuses_a_code_acklint_does_not_know() {
    let report = lint("cluster.json", body().as_bytes(), &LintOptions::default());
    let mut value = serde_json::to_value(&report.diagnostics[0]).unwrap();
    value["code"] = "XYZ999".into();
    let error = serde_json::from_value::<Diagnostic>(value).unwrap_err();
    assert!(error.to_string().contains("unknown check code `XYZ999`"), "{error}");
}

#[test]
fn a_finding_displays_as_one_line() {
    let report = lint("cluster.json", body().as_bytes(), &LintOptions::default());
    let overlap = report.diagnostics.iter().find(|d| d.code == "NET001").unwrap();
    assert_eq!(
        overlap.to_string(),
        "error[NET001] `service_cidr` 172.20.16.0/20 overlaps `container_cidr` 172.20.0.0/16 (at /service_cidr)"
    );
    for d in &report.diagnostics {
        assert!(!d.to_string().contains('\n') && !d.to_string().contains(SECRET), "{d}");
    }
}

#[test]
fn a_value_is_linted_as_its_pretty_text() {
    let value = serde_json::json!({
        "name": "demo",
        "login_password": SECRET,
        "container_cidr": "172.20.0.0/16",
        "service_cidr": "172.20.16.0/20",
    });
    let report = lint_value("built", &value, &LintOptions::default());
    assert_eq!(report.document.text, serde_json::to_string_pretty(&value).unwrap());
    let overlap = report.diagnostics.iter().find(|d| d.code == "NET001").expect("the overlap");
    let span = overlap.span.unwrap();
    assert_eq!(&report.document.text[span.start..span.end], "\"172.20.16.0/20\"");
    assert_eq!(report.document.position(span.start).line, 5);
    // The same findings as linting that text.
    let again = lint("built", report.document.text.as_bytes(), &LintOptions::default());
    assert_eq!(again.diagnostics, report.diagnostics);
}

#[test]
fn selectors_are_checked_like_the_configuration_files() {
    let scratch = scratch(line!());
    let dir = scratch.path();
    let from_file = acklint::config::parse(&dir.join("acklint.toml"), "[rules]\nselect = [\"netwrk\"]\n")
        .expect_err("acklint.toml refuses the typo");
    let from_api: ConfigError = LintOptions::default().try_select(["network", "netwrk"]).unwrap_err();
    assert_eq!(from_api.message, from_file.message);
    assert_eq!(from_api.location, "select");

    assert!(LintOptions::default().try_ignore(["NET", "syntax", "pod-service-cidr-overlap"]).is_ok());
    assert!(LintOptions::default().try_ignore(["NET9"]).is_err());
    assert!(LintOptions::default().try_severity("network", Severity::Warning).is_ok());
    assert!(LintOptions::default().try_severity("netwrk", Severity::Warning).is_err());
    // Options built with the unchecked methods can be checked afterwards.
    assert!(LintOptions::default().with_select(["netwrk"]).validate().is_err());
    assert!(LintOptions::default().with_select(["network"]).with_ignore(["NET001"]).validate().is_ok());

    // A checked selection selects what it says.
    let options = LintOptions::default().try_select(["NET001"]).unwrap();
    let report = lint("cluster.json", body().as_bytes(), &options);
    let codes: Vec<&str> = report.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, ["NET001"]);
}

#[test]
fn max_severity_and_fail_on() {
    let report = lint("cluster.json", body().as_bytes(), &LintOptions::default());
    assert_eq!(report.max_severity(), Some(Severity::Error));
    assert!(report.fails_at(Severity::Error));

    let warnings_only = LintOptions::default().with_severity("NET001", Severity::Warning).with_select(["NET001"]);
    let report = lint("cluster.json", body().as_bytes(), &warnings_only);
    assert_eq!(report.max_severity(), Some(Severity::Warning));
    assert!(!report.fails_at(Severity::Error));
    assert!(report.fails_at(Severity::Warning) && report.fails_at(Severity::Info));

    let none = lint("cluster.json", body().as_bytes(), &LintOptions::default().with_select(["CFG"]));
    assert_eq!(none.max_severity(), None);
    assert!(!acklint::any_fails_at([&none], Severity::Info));
    assert!(acklint::any_fails_at([&none, &report], Severity::Warning));
}

#[test]
fn the_catalogue_holds_checks_and_rules() {
    let schema = catalogue::find("SCH001").expect("a built-in check");
    assert_eq!(schema.group, "structure");
    let overlap = catalogue::find("net001").expect("a rule, code in any case");
    assert_eq!(
        (overlap.name, overlap.group, overlap.severity),
        ("pod-service-cidr-overlap", "network", Severity::Error)
    );
    assert_eq!(catalogue::find("pod-service-cidr-overlap"), Some(overlap));
    assert!(catalogue::find("NET999").is_none());

    let value = serde_json::to_value(overlap).unwrap();
    for key in ["code", "name", "group", "severity", "fix", "summary"] {
        assert!(value.get(key).is_some(), "{key} in {value}");
    }
    // Every code a finding can carry is in the catalogue, once.
    let mut codes: Vec<&str> = catalogue::all().map(|e| e.code).collect();
    let count = codes.len();
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), count, "a code listed twice");
    for d in lint("cluster.json", body().as_bytes(), &LintOptions::default()).diagnostics {
        assert!(catalogue::find(d.code).is_some_and(|e| e.name == d.rule), "{} {}", d.code, d.rule);
    }
}

#[test]
fn a_file_scoped_ignore_applies_to_a_body_in_memory_given_its_real_path() {
    let scratch = scratch(line!());
    let dir = scratch.path();
    let toml =
        "[[ignore]]\nfiles = \"legacy/*.json\"\nrules = [\"NET001\"]\nreason = \"shared with the old cluster\"\n";
    let config = acklint::config::parse(&dir.join("acklint.toml"), toml).unwrap();
    let options = LintOptions::from_config(&config).with_select(["NET001"]);

    // The display name alone is no file: the ignore cannot match it.
    let by_name = lint("editor buffer", body().as_bytes(), &options);
    assert_eq!(by_name.diagnostics.len(), 1);
    // The real path (the file need not exist) is matched; the name stays the display name.
    let real = options.clone().with_path(dir.join("legacy/cluster.json"));
    let report = lint("editor buffer", body().as_bytes(), &real);
    assert_eq!(report.path, "editor buffer");
    assert!(report.diagnostics.is_empty(), "{:?}", report.diagnostics);
    assert_eq!(report.suppressed.len(), 1);
    // Another folder does not match.
    let elsewhere = options.with_path(dir.join("new/cluster.json"));
    assert_eq!(lint("editor buffer", body().as_bytes(), &elsewhere).diagnostics.len(), 1);

    // The run's audit of the ignores: used, so nothing to say.
    assert!(acklint::config::audit_ignores(&config, [&report], &real).is_none());
    let audit = acklint::config::audit_ignores(&config, [&by_name], &real).expect("an unused ignore");
    let codes: Vec<&str> = audit.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, ["CFG002"]);
}

#[test]
fn an_expired_ignore_is_reported_and_no_longer_applies() {
    let scratch = scratch(line!());
    let dir = scratch.path();
    let toml = "[[ignore]]\nrules = [\"NET001\"]\nreason = \"until the move\"\nexpires = \"2026-01-31\"\n";
    let config = acklint::config::parse(&dir.join("acklint.toml"), toml).unwrap();
    let mut options = LintOptions::from_config(&config).with_select(["NET001"]);
    options.today = Some("2026-01-31".parse().unwrap());
    let report = lint("cluster.json", body().as_bytes(), &options);
    assert!(report.diagnostics.is_empty());
    assert!(acklint::config::audit_ignores(&config, [&report], &options).is_none());

    options.today = Some("2026-02-01".parse().unwrap());
    let report = lint("cluster.json", body().as_bytes(), &options);
    assert_eq!(report.diagnostics.len(), 1);
    let audit = acklint::config::audit_ignores(&config, [&report], &options).expect("an expired ignore");
    assert_eq!(audit.diagnostics[0].code, "CFG001");
    assert_eq!(audit.max_severity(), Some(Severity::Error));
}

#[test]
fn a_number_written_for_a_password_is_not_in_its_findings() {
    let body = r#"{"name": "demo", "login_password": 7319046285,}"#;
    let report = lint("cluster.json", body.as_bytes(), &LintOptions::default());
    assert!(!report.diagnostics.is_empty());
    let json = serde_json::to_string(&report.diagnostics).unwrap();
    assert!(!json.contains("7319046285"), "{json}");
    let back: Vec<Diagnostic> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, report.diagnostics);
}
