//! acklint embedded in another tool, through its public API only and without its `cli` feature.
//!
//! Each test is one thing a tool author does.

use acklint::config::IgnoreAudit;
use acklint::model::{Addon, ClusterType, CreateClusterRequest};
use acklint::{Diagnostic, FileReport, LintOptions, Severity, lint, lint_value};

const SECRET: &str = "Zq7#vT9-never-shown";

/// A managed cluster whose service range overlaps its pod range (NET001), with a password.
fn request() -> CreateClusterRequest {
    let mut request = CreateClusterRequest::default();
    request.name = Some("demo".into());
    request.region_id = Some("cn-hangzhou".into());
    request.cluster_type = Some(ClusterType::ManagedKubernetes);
    request.vpcid = Some("vpc-bp1kd7yn4qnrvuzzjg0ph".into());
    request.vswitch_ids = Some(vec!["vsw-bp1m7d4x9k2q5w8e1r3t6".into()]);
    request.container_cidr = Some("172.20.0.0/16".into());
    request.service_cidr = Some("172.20.16.0/20".into());
    // The deprecated top-level password (the compiler says so): bodies still carry it, and it must stay masked.
    #[allow(deprecated)]
    {
        request.login_password = Some(SECRET.into());
    }
    let mut flannel = Addon::default();
    flannel.name = Some("flannel".into());
    request.addons = Some(vec![flannel]);
    request
}

fn codes(report: &FileReport) -> Vec<&'static str> {
    report.diagnostics.iter().map(|d| d.code).collect()
}

#[test]
fn a_request_built_with_the_typed_model_lints() {
    let request = request();
    let value = serde_json::to_value(&request).unwrap();
    assert_eq!(value["service_cidr"], "172.20.16.0/20");
    assert_eq!(value["cluster_type"], "ManagedKubernetes");

    // The same body, as a value and as text, gives the same findings.
    let from_value = lint_value("built in memory", &value, &LintOptions::default());
    let text = serde_json::to_string_pretty(&request).unwrap();
    let from_text = lint("cluster.json", text.as_bytes(), &LintOptions::default());
    assert_eq!(codes(&from_value), codes(&from_text));

    let overlap = from_text.diagnostics.iter().find(|d| d.code == "NET001").expect("the ranges overlap");
    assert_eq!(overlap.severity, Severity::Error);
    assert_eq!(overlap.pointer.as_deref(), Some("/service_cidr"));
    assert!(from_text.fails_at(Severity::Error));

    // The report's typed request is the one built (read back from the text).
    assert_eq!(from_text.request.as_deref(), Some(&request));
}

#[test]
fn a_mistyped_token_and_unknown_members_survive_a_load_and_save() {
    let body = serde_json::json!({
        "name": "demo",
        "cluster_type": "ManagedKubernetez",
        "x-team-owner": {"email": "ops@example.com"},
        "addons": [{"name": "flannel", "x-pinned": true}]
    });
    let request = acklint::model::load(&body).expect("an object loads");
    assert_eq!(request.cluster_type, Some(ClusterType::Unknown("ManagedKubernetez".into())));
    assert!(request.cluster_type.as_ref().is_some_and(ClusterType::is_unknown));
    assert_eq!(request.extra["x-team-owner"]["email"], "ops@example.com");
    // Read, change one field, write: nothing the tool did not touch is lost.
    let mut edited = request.clone();
    edited.cluster_type = Some("ManagedKubernetes".parse().unwrap());
    let mut expected = body.clone();
    expected["cluster_type"] = "ManagedKubernetes".into();
    assert_eq!(serde_json::to_value(&edited).unwrap(), expected);
    // The typo is a finding that names it.
    let report = lint_value("loaded", &body, &LintOptions::default());
    assert!(report.diagnostics.iter().any(|d| d.message.contains("ManagedKubernetez")), "{:?}", report.diagnostics);
}

#[test]
fn findings_round_trip_through_json() {
    let report = lint_value("built", &serde_json::to_value(request()).unwrap(), &LintOptions::default());
    assert!(!report.diagnostics.is_empty());
    let json = serde_json::to_string(&report.diagnostics).unwrap();
    assert!(!json.contains(SECRET), "a secret in serialised findings: {json}");
    let back: Vec<Diagnostic> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, report.diagnostics);
    // And the machine format a CI step would write.
    let document: serde_json::Value = serde_json::from_str(&acklint::render::json(&[report])).unwrap();
    assert_eq!(document["files"][0]["path"], "built");
    assert!(!document.to_string().contains(SECRET));
}

#[test]
fn findings_render_with_miettes_own_handler_and_the_secret_masked() {
    let text = serde_json::to_string_pretty(&request()).unwrap();
    let report = lint("cluster.json", text.as_bytes(), &LintOptions::default());
    // The tool's own handler: miette's graphical one (the tool enables `fancy`; acklint's library does not).
    let handler = miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor()).with_width(100);
    let mut shown = String::new();
    for finding in report.to_miette() {
        handler.render_report(&mut shown, &finding).unwrap();
    }
    assert!(shown.contains("NET001"), "{shown}");
    assert!(shown.contains("\"login_password\": \"****\""), "the password's line is not in a frame:\n{shown}");
    assert!(!shown.contains(SECRET), "a secret in a rendered frame:\n{shown}");
}

#[test]
fn a_file_scoped_ignore_matches_the_real_path_not_the_display_name() {
    let dir = std::env::temp_dir().join(format!("acklint-consumer-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let toml = "[[ignore]]\nfiles = \"legacy/*.json\"\nrules = [\"NET001\"]\nreason = \"shared range, moving in Q3\"\n";
    let config = acklint::config::parse(&dir.join("acklint.toml"), toml).unwrap();
    let value = serde_json::to_value(request()).unwrap();

    // An editor buffer that belongs to legacy/a.json: the ignore applies.
    let options = LintOptions::from_config(&config).with_path(dir.join("legacy/a.json"));
    let legacy = lint_value("editor buffer", &value, &options);
    assert!(!codes(&legacy).contains(&"NET001"), "{:?}", codes(&legacy));
    assert_eq!(legacy.suppressed.len(), 1);

    // The same body elsewhere: it does not.
    let options = LintOptions::from_config(&config).with_path(dir.join("new/b.json"));
    let fresh = lint_value("editor buffer", &value, &options);
    assert!(codes(&fresh).contains(&"NET001"));

    // Over the run the ignore was used: nothing to say about it. Over the second file alone, it was not.
    let mut audit = IgnoreAudit::default();
    audit.record(&legacy);
    audit.record(&fresh);
    assert!(audit.findings(&config, &options).is_none());
    let mut second_only = IgnoreAudit::default();
    second_only.record(&fresh);
    let unused = second_only.findings(&config, &options).expect("an unused ignore");
    assert_eq!(codes(&unused), ["CFG002"]);
}

#[test]
fn selectors_are_checked_like_the_configuration_file_does() {
    assert!(LintOptions::default().try_select(["network"]).is_ok());
    let error = LintOptions::default().try_select(["netwrk"]).unwrap_err();
    assert!(error.message.contains("`netwrk`"), "{error}");
    assert_eq!(acklint::catalogue::find("NET001").unwrap().name, "pod-service-cidr-overlap");
}
