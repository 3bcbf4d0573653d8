//! Findings as miette diagnostics, as another tool renders them: frames never show a secret unless the caller
//! opts out, and labels mark the right text even where a mask shortened the line.

use acklint::i18n::Lang;
use acklint::{FileReport, LintOptions, MietteFinding, MietteOptions, lint};
use miette::{Diagnostic as _, GraphicalReportHandler, GraphicalTheme};

/// Secrets of every kind the spec marks, and a misspelled key that is still treated as one.
const PASSWORD: &str = "Zq7#vT9-top-level-secret";
const CONTROL_PLANE_PASSWORD: &str = "Cp4$control-plane-secret";
const NODE_POOL_PASSWORD: &str = "Np8%node-pool-secret";
const USER_CA: &str = "LS0tLS1CRUdJTi-user-ca-secret";
const MISSPELLED: &str = "Ms2&misspelled-key-secret";

fn body() -> String {
    format!(
        r#"{{
  "name": "demo",
  "region_id": "cn-hangzhou",
  "cluster_type": "Kubernetes",
  "vpcid": "vpc-bp1kd7yn4qnrvuzzjg0ph", "login_password": "{PASSWORD}", "service_cidr": "172.20.16.0/20",
  "container_cidr": "172.20.0.0/16",
  "user_ca": "{USER_CA}",
  "login_pasword": "{MISSPELLED}",
  "control_plane_config": {{ "login_password": "{CONTROL_PLANE_PASSWORD}" }},
  "nodepools": [{{
    "nodepool_info": {{ "name": "np" }},
    "scaling_group": {{ "login_password": "{NODE_POOL_PASSWORD}", "key_pair": "k" }}
  }}],
}}
"#
    )
}

const SECRETS: [&str; 5] = [PASSWORD, CONTROL_PLANE_PASSWORD, NODE_POOL_PASSWORD, USER_CA, MISSPELLED];

fn report() -> FileReport {
    lint("cluster.json", body().as_bytes(), &LintOptions::default())
}

/// miette's own graphical handler, as a tool would set it up for a log: no colour, fixed width.
fn render(findings: &[MietteFinding]) -> String {
    let handler = GraphicalReportHandler::new_themed(GraphicalTheme::unicode_nocolor()).with_width(100);
    let mut out = String::new();
    for f in findings {
        handler.render_report(&mut out, f).unwrap();
        out.push('\n');
    }
    out
}

fn assert_no_secret(out: &str) {
    for secret in SECRETS {
        assert!(!out.contains(secret), "`{secret}` shown:\n{out}");
    }
}

fn finding<'a>(findings: &'a [MietteFinding], code: &str) -> &'a MietteFinding {
    findings.iter().find(|f| f.diagnostic().code == code).unwrap_or_else(|| panic!("no {code}"))
}

/// Each label's text (primary first) and the text it marks in its finding's source.
fn marked(finding: &MietteFinding) -> Vec<(Option<String>, bool, String)> {
    let source = finding.source_code().expect("a finding with a span has a source");
    let labels = finding.labels().expect("labels");
    labels
        .map(|l| {
            let contents = source.read_span(l.inner(), 0, 0).unwrap();
            (l.label().map(str::to_string), l.primary(), String::from_utf8_lossy(contents.data()).into_owned())
        })
        .collect()
}

#[test]
fn rendered_findings_never_show_a_secret() {
    let report = report();
    assert!(SECRETS.iter().all(|s| report.document.text.contains(s)), "the body holds the secrets");
    let findings = report.to_miette();
    assert_eq!(findings.len(), report.diagnostics.len());
    let out = render(&findings);
    assert_no_secret(&out);
    // The frames show the masks where the secrets stand.
    for masked in [
        r#""login_password": "****", "service_cidr""#,
        r#""user_ca": "****","#,
        r#""login_pasword": "****","#,
        r#""control_plane_config": { "login_password": "****" }"#,
        r#""scaling_group": { "login_password": "****", "key_pair": "k" }"#,
    ] {
        assert!(out.contains(masked), "no frame shows {masked}:\n{out}");
    }
    // Nor does any other way of printing a finding.
    for f in &findings {
        assert_no_secret(&format!("{f} {f:?} {:?}", miette::Report::new(f.clone())));
    }
}

#[test]
fn a_body_that_does_not_parse_is_masked_too() {
    for text in [
        format!("{{\"login_password\": \"{PASSWORD}\", ]]"),
        format!("{{\"login_password\": \"{PASSWORD}"),
        format!("{{'user_ca': '{USER_CA}' \"name\": 1}}"),
    ] {
        let report = lint("broken.json", text.as_bytes(), &LintOptions::default());
        assert!(!report.diagnostics.is_empty(), "{text}");
        assert_no_secret(&render(&report.to_miette()));
    }
}

#[test]
fn labels_mark_the_text_they_name_past_a_mask() {
    let findings = report().to_miette();
    // `service_cidr` stands after the masked password on the same line: its span moved with the mask.
    let overlap = finding(&findings, "NET001");
    assert_eq!(
        marked(overlap),
        [
            (Some("service range".into()), true, "\"172.20.16.0/20\"".into()),
            (Some("pod range".into()), false, "\"172.20.0.0/16\"".into()),
        ]
    );
    // A label on a secret marks its mask.
    let both = finding(&findings, "LOG001");
    assert_eq!(
        marked(both),
        [(Some("password".into()), true, "\"****\"".into()), (Some("key pair".into()), false, "\"k\"".into())]
    );
    // A finding about a key marks the key.
    let unknown = finding(&findings, "SCH002");
    assert_eq!(marked(unknown)[0].2, "\"login_pasword\"");
}

#[test]
fn code_severity_and_help_come_from_the_finding() {
    let findings = report().to_miette();
    let overlap = finding(&findings, "NET001");
    assert_eq!(overlap.code().unwrap().to_string(), "NET001(pod-service-cidr-overlap)");
    assert_eq!(overlap.severity(), Some(miette::Severity::Error));
    assert_eq!(overlap.to_string(), overlap.diagnostic().message);
    assert_eq!(overlap.help().unwrap().to_string(), overlap.diagnostic().help.clone().unwrap());
    assert_eq!(overlap.source_name(), "cluster.json");

    let unknown = finding(&findings, "SCH002");
    assert_eq!(unknown.severity(), Some(miette::Severity::Warning));
    // The fix's kind and message follow the help; the CLI's pointer to `acklint explain` does not.
    let both = finding(&findings, "LOG001");
    let help = both.help().unwrap().to_string();
    assert_eq!(help.lines().nth(1), Some("fix (unsafe): keep the key pair and remove the password"), "{help}");
    assert!(findings.iter().all(|f| f.help().is_none_or(|h| !h.to_string().contains("acklint explain"))));
}

#[test]
fn the_added_lines_follow_the_language() {
    let options = LintOptions::default().with_lang(Lang::ZhCn);
    let report = lint("cluster.json", body().as_bytes(), &options);
    let findings = report.to_miette_with(MietteOptions::default().in_lang(Lang::ZhCn));
    let help = finding(&findings, "LOG001").help().unwrap().to_string();
    assert!(help.contains("修复（不安全）："), "{help}");
    assert_no_secret(&render(&findings));
}

#[test]
fn opting_out_shows_the_text_as_read() {
    let report = report();
    let findings = report.to_miette_with(MietteOptions::default().with_unmasked_source());
    assert!(findings.iter().all(|f| !f.masks_secrets()));
    let out = render(&findings);
    assert!(out.contains(&format!(r#""login_password": "{PASSWORD}", "service_cidr""#)), "{out}");
    // Labels mark the same text, secrets now included.
    assert_eq!(marked(finding(&findings, "NET001"))[0].2, "\"172.20.16.0/20\"");
    assert_eq!(marked(finding(&findings, "LOG001"))[0].2, format!("\"{NODE_POOL_PASSWORD}\""));
}

#[test]
fn one_rendered_report() {
    let body = r#"{
  "name": "demo",
  "cluster_type": "ManagedKubernetes",
  "login_password": "Zq7#vT9-top-level-secret", "service_cidr": "172.20.16.0/20",
  "container_cidr": "172.20.0.0/16",
  "key_pair": "k"
}
"#;
    let report = lint("cluster.json", body.as_bytes(), &LintOptions::default().with_select(["NET001", "LOG001"]));
    let handler = GraphicalReportHandler::new_themed(GraphicalTheme::unicode_nocolor()).with_width(80);
    let mut out = String::new();
    for f in report.to_miette() {
        handler.render_report(&mut out, &f).unwrap();
        out.push('\n');
    }
    assert!(!out.contains(PASSWORD));
    insta::assert_snapshot!(out);
}
