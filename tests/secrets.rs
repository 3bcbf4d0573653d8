//! Passwords never appear in any output, whatever shape the input is in.

use acklint::render::{HumanStyle, concise, human, json};
use acklint::{LintOptions, lint};

const SECRET: &str = "Zq7#vT9!pL";

/// Every output format of `text`.
fn all_outputs(text: &str) -> String {
    let report = lint("body.json", text.as_bytes(), &LintOptions::default());
    let mut out = human(&report, HumanStyle { color: false, width: 100 });
    out.push_str(&human(&report, HumanStyle { color: true, width: 60 }));
    out.push_str(&json(std::slice::from_ref(&report)));
    out.push_str(&concise(&report));
    out
}

fn assert_hidden(text: &str, secret: &str) {
    assert!(text.contains(secret), "the test input must contain the secret");
    let out = all_outputs(text);
    assert!(!out.contains(secret), "secret leaked:\n{out}");
}

fn body(extra: &str) -> String {
    format!(
        "{{\n  \"name\": \"demo\",\n  \"region_id\": \"cn-hangzhou\",\n  \"cluster_type\": \"Kubernetes\",\n  {extra}\n}}\n"
    )
}

#[test]
fn the_reference_example_never_shows_its_passwords() {
    let text = include_str!("fixtures/reference-example.jsonc");
    let out = all_outputs(text);
    assert!(!out.contains("Hello1234"), "{out}");
}

#[test]
fn a_plain_password() {
    assert_hidden(&body(&format!("\"login_password\": \"{SECRET}\"")), SECRET);
}

#[test]
fn a_password_of_the_wrong_type_or_too_short() {
    assert_hidden(&body("\"login_password\": [\"Zq7#vT9!pL\"]"), SECRET);
    assert_hidden(&body("\"login_password\": \"Zq7#\""), "Zq7#");
}

#[test]
fn a_duplicated_password_key() {
    assert_hidden(&body(&format!("\"login_password\": \"{SECRET}\",\n  \"login_password\": \"Other#Pass1\"")), SECRET);
    assert_hidden(&body(&format!("\"login_password\": \"Other#Pass1\",\n  \"login_password\": \"{SECRET}\"")), SECRET);
}

#[test]
fn a_password_next_to_a_syntax_error() {
    assert_hidden(&body(&format!("\"login_password\": \"{SECRET}\" \"key_pair\": \"k\"")), SECRET);
    assert_hidden(&body(&format!("\"login_password\": \"{SECRET}\", // my password\n")), SECRET);
    assert_hidden(&format!("{{\"login_password\": \"{SECRET}"), SECRET);
    assert_hidden(&format!("{{\"login_password\": \"{SECRET}\", ]]"), SECRET);
}

#[test]
fn a_password_under_a_misspelled_or_foreign_key() {
    assert_hidden(&body(&format!("\"login_pasword\": \"{SECRET}\"")), SECRET);
    assert_hidden(&body(&format!("\"password\": \"{SECRET}\"")), SECRET);
    assert_hidden(&body(&format!("\"Login_Password\": \"{SECRET}\"")), SECRET);
}

#[test]
fn node_pool_and_control_plane_passwords() {
    let extra = format!(
        "\"control_plane_config\": {{ \"login_password\": \"{SECRET}\" }},\n  \"nodepools\": [{{ \"scaling_group\": {{ \"login_password\": \"{SECRET}x\", \"key_pair\": \"k\" }} }}]"
    );
    assert_hidden(&body(&extra), SECRET);
}

#[test]
fn a_masked_password_does_not_show_its_length() {
    // Both credentials set: the finding's frame shows the password's line.
    let text = body(&format!("\"key_pair\": \"k\",\n  \"login_password\": \"{SECRET}\""));
    let report = lint("body.json", text.as_bytes(), &LintOptions::default());
    let out = human(&report, HumanStyle { color: false, width: 100 });
    assert!(out.contains("\"login_password\": \"****\""), "{out}");
    assert!(!out.contains(&"*".repeat(SECRET.len())), "{out}");
}
