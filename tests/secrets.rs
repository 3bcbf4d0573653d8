//! Passwords never appear in any output, whatever shape the input is in, and hiding them never alters any other
//! text: a password is masked where it stands in the source, never by searching for its text.

use acklint::render::{HumanStyle, ProjectRoot, concise, github, gitlab, human, json, junit, sarif};
use acklint::{FileReport, LintOptions, lint};

const SECRET: &str = "Zq7#vT9!pL";

/// Passwords that are also text the output uses for other things: field names, a rule name, a code, common
/// words, a single letter, and a realistic strong one.
const PASSWORDS: &[&str] =
    &["login_password", "key_pair", "login-password-too-weak", "LOG003", "password", "error", "the", "a", SECRET];

fn report(text: &str) -> FileReport {
    lint("body.json", text.as_bytes(), &LintOptions::default())
}

fn root() -> ProjectRoot {
    ProjectRoot::new("/repo", "/repo")
}

fn plain(report: &FileReport) -> String {
    human(report, HumanStyle { color: false, width: 100 })
}

/// Every output format of one report, by name.
fn outputs(report: &FileReport) -> Vec<(&'static str, String)> {
    let mut out = outputs_but_sarif(report);
    out.push(("sarif", sarif(std::slice::from_ref(report), &root())));
    out
}

/// Every output format but SARIF, which is slow to build in a debug build (it carries every rule's docs).
fn outputs_but_sarif(report: &FileReport) -> Vec<(&'static str, String)> {
    let all = std::slice::from_ref(report);
    vec![
        ("human", plain(report)),
        ("human-color", human(report, HumanStyle { color: true, width: 60 })),
        ("concise", concise(report)),
        ("json", json(all)),
        ("github", github(all, &root())),
        ("junit", junit(all, &root())),
        ("gitlab", gitlab(all, &root())),
    ]
}

fn all_outputs(text: &str) -> String {
    outputs(&report(text)).into_iter().map(|(_, out)| out).collect()
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

/// A password of the same length and character classes, with every letter and digit changed: every check on a
/// password sees the same shape, so every output must be the same if no output shows the password itself.
fn lookalike(password: &str) -> String {
    password
        .chars()
        .map(|c| match c {
            'a'..='y' | 'A'..='Y' | '0'..='8' => char::from(c as u8 + 1),
            'z' => 'a',
            'Z' => 'A',
            '9' => '0',
            other => other,
        })
        .collect()
}

/// One place a secret can stand in a body: the text with `{S}` for the secret, and the text in front of it (the
/// code frame must show the mask right after it).
struct Place {
    name: &'static str,
    text: String,
    before: &'static str,
}

fn places() -> Vec<Place> {
    let place = |name, text: String, before| Place { name, text, before };
    vec![
        place("top level", body("\"login_password\": \"{S}\""), "\"login_password\": \""),
        place(
            "control plane",
            body("\"key_pair\": \"k\",\n  \"control_plane_config\": {\n    \"login_password\": \"{S}\"\n  }"),
            "\"login_password\": \"",
        ),
        place(
            "node pool",
            body(
                "\"nodepools\": [{\n    \"nodepool_info\": { \"name\": \"np\" },\n    \"scaling_group\": { \"login_password\": \"{S}\", \"key_pair\": \"k\" }\n  }]",
            ),
            "\"login_password\": \"",
        ),
        place("user_ca", body("\"user_ca\": \"{S}\""), "\"user_ca\": \""),
        place("a list", body("\"login_password\": [\"{S}\"]"), "\"login_password\": [\""),
        place("an object", body("\"login_password\": { \"k\": \"{S}\" }"), "\"login_password\": { \""),
        place(
            "a duplicate key",
            body("\"login_password\": \"{S}\",\n  \"login_password\": \"{S}\""),
            "\"login_password\": \"",
        ),
        place(
            "the first of two keys",
            body("\"login_password\": \"{S}\",\n  \"login_password\": \"Other#Pass1\""),
            "\"login_password\": \"",
        ),
        place("a missing comma", body("\"login_password\": \"{S}\" \"key_pair\": \"k\""), "\"login_password\": \""),
        place(
            "a comment",
            body("\"login_password\": \"{S}\", // my password\n  \"key_pair\": \"k\""),
            "\"login_password\": \"",
        ),
        place("single quotes", body("'login_password': '{S}'"), "'login_password': '"),
        place("a bare key", body("login_password: \"{S}\""), "login_password: \""),
        place("no quotes", body("\"login_password\": {S}"), "\"login_password\": "),
        place("a key inside", body("\"login_password\": { \"{S}\": 1, }"), "\"login_password\": { \""),
        place("an invalid escape", body("\"login_password\": \"{S}\\x\""), "\"login_password\": \""),
        place("a misspelled key", body("\"login_pasword\": \"{S}\""), "\"login_pasword\": \""),
        place("another tool's key", body("\"password\": \"{S}\""), "\"password\": \""),
        place("an unterminated string", "{\"login_password\": \"{S}".into(), "\"login_password\": \""),
        place("a broken body", "{\"login_password\": \"{S}\", ]]".into(), "\"login_password\": \""),
    ]
}

/// Every line of the code frames that shows `before` shows the mask right after it.
fn assert_masked_in_frames(human: &str, before: &str, context: &str) {
    let mut seen = false;
    for line in human.lines().filter(|l| l.contains('│')) {
        for (at, _) in line.match_indices(before) {
            seen = true;
            let after = &line[at + before.len()..];
            assert!(after.starts_with("****"), "{context}: the frame line does not mask the secret: {line}\n{human}");
        }
    }
    assert!(seen, "{context}: no code frame shows the secret's line\n{human}");
}

/// Every message, help and label of a report.
fn texts(report: &FileReport) -> Vec<String> {
    let mut out = Vec::new();
    for d in &report.diagnostics {
        out.push(d.message.clone());
        out.extend(d.help.clone());
        out.extend(d.label.clone());
        out.extend(d.labels.iter().map(|l| l.message.clone()));
    }
    out
}

/// Masks only ever stand in code frames: no message, help or label carries one (SARIF also carries the rules'
/// documentation, which may show a placeholder such as `vsw-****`).
fn assert_no_mask_outside_frames(name: &str, out: &str, context: &str) {
    if name.starts_with("human") {
        for line in out.lines().filter(|l| l.contains("****")) {
            assert!(line.contains('│'), "{context}: a mask outside a code frame: {line}\n{out}");
        }
    } else if name != "sarif" {
        assert!(!out.contains("****"), "{context}: {name} output carries a mask\n{out}");
    }
}

#[test]
fn every_output_is_the_same_whatever_the_password_is() {
    for place in places() {
        for &password in PASSWORDS {
            let context = format!("{} with {password:?}", place.name);
            let text = place.text.replace("{S}", password);
            let other = lookalike(password);
            assert_ne!(other, password);
            let (real, control) = (report(&text), report(&place.text.replace("{S}", &other)));
            let (real_texts, control_texts) = (texts(&real), texts(&control));
            assert_eq!(real_texts, control_texts, "{context}: a message depends on the password");
            assert!(real_texts.iter().all(|t| !t.contains("****")), "{context}: {real_texts:#?}");
            // SARIF for two of the passwords: its findings are written like the JSON output's.
            let render = if matches!(password, "login_password" | SECRET) { outputs } else { outputs_but_sarif };
            let (real, control) = (render(&real), render(&control));
            for ((name, out), (_, expected)) in real.iter().zip(&control) {
                assert_eq!(out, expected, "{context}: the {name} output depends on the password");
                assert_no_mask_outside_frames(name, out, &context);
            }
        }
    }
}

#[test]
fn code_frames_mask_the_secret_where_it_stands() {
    for place in places() {
        for &password in PASSWORDS {
            let text = place.text.replace("{S}", password);
            let context = format!("{} with {password:?}", place.name);
            assert_masked_in_frames(&plain(&report(&text)), place.before, &context);
        }
    }
}

#[test]
fn a_strong_password_appears_nowhere() {
    for place in places() {
        assert_hidden(&place.text.replace("{S}", SECRET), SECRET);
    }
}

#[test]
fn field_names_that_equal_the_password_stay_intact() {
    for password in ["login_password", "password", "login", "_"] {
        let text = body(&format!("\"control_plane_config\": {{ \"login_password\": \"{password}\" }}"));
        let report = report(&text);
        let out = concise(&report);
        assert!(out.contains("`control_plane_config.login_password` of the masters"), "{password:?}:\n{out}");
        for (name, out) in outputs(&report) {
            assert!(!out.contains("login_****") && !out.contains("****_password"), "{password:?} in {name}:\n{out}");
        }
    }
    let text = body("\"login_password\": \"login_password\"");
    let out = concise(&report(&text));
    assert!(out.contains("`login_password` is deprecated; use `control_plane_config.login_password`"), "{out}");
    assert!(out.contains("`login_password` of the masters"), "{out}");
}

#[test]
fn messages_about_a_secret_say_what_kind_of_value_it_is() {
    let messages = |extra: &str| -> Vec<String> {
        report(&body(extra)).diagnostics.iter().map(|d| format!("{} | {:?}", d.message, d.help)).collect()
    };
    let wrong_type = messages("\"login_password\": [\"error\"]");
    assert!(
        wrong_type.iter().any(|m| m.contains("`login_password` must be a string, found an array (secret, not shown)")),
        "{wrong_type:#?}"
    );
    let number = messages("\"login_password\": 12345678");
    assert!(number.iter().any(|m| m.contains("found an integer (secret, not shown)")), "{number:#?}");
    assert!(number.iter().all(|m| !m.contains("12345678")), "{number:#?}");
    let hex = messages("\"login_password\": 0x1234ab");
    assert!(hex.iter().all(|m| !m.contains("1234ab")), "{hex:#?}");
    let comma = messages("\"login_password\": \"LOG003\" \"key_pair\": \"k\"");
    assert!(comma.iter().any(|m| m.contains("insert `,` after the secret value")), "{comma:#?}");
    assert!(comma.iter().all(|m| !m.contains("\"LOG003\"")), "{comma:#?}");
    let bare = messages("\"login_password\": Zq7#vT9!pL");
    assert!(bare.iter().all(|m| !m.contains("Zq7")), "{bare:#?}");
}

#[test]
fn columns_after_a_masked_secret_are_the_real_ones() {
    let text = format!("{{\"login_password\": \"{SECRET}-and-more\", \"cluster_type\": \"Kubernetez\"}}\n");
    let report = report(&text);
    let column = text.find("\"Kubernetez\"").unwrap() + 1;
    assert!(concise(&report).contains(&format!("body.json:1:{column}: error[SCH004]")), "{}", concise(&report));
    assert!(plain(&report).contains(&format!("[body.json:1:{column}]")), "{}", plain(&report));
}

#[test]
fn the_reference_example_never_shows_its_passwords() {
    let text = include_str!("fixtures/reference-example.jsonc");
    let out = all_outputs(text);
    assert!(!out.contains("Hello1234"), "{out}");
}

#[test]
fn a_password_of_the_wrong_type_or_too_short() {
    assert_hidden(&body("\"login_password\": [\"Zq7#vT9!pL\"]"), SECRET);
    assert_hidden(&body("\"login_password\": \"Zq7#\""), "Zq7#");
    assert_hidden(&body("\"login_password\": 987654321"), "987654321");
}

#[test]
fn a_password_next_to_a_syntax_error() {
    assert_hidden(&body(&format!("\"login_password\": \"{SECRET}\" \"key_pair\": \"k\"")), SECRET);
    assert_hidden(&body(&format!("\"login_password\": \"{SECRET}\", // my password\n")), SECRET);
    assert_hidden(&format!("{{\"login_password\": \"{SECRET}"), SECRET);
    assert_hidden(&format!("{{\"login_password\": \"{SECRET}\", ]]"), SECRET);
    assert_hidden(&format!("{{\"login_password\": {SECRET}}}"), SECRET);
    assert_hidden(&format!("{{\"login_password\": \"{SECRET}\\x\"}}"), SECRET);
    assert_hidden(&format!("{{ /* it's */ \"login_password\": \"{SECRET}\" }}"), SECRET);
    assert_hidden(&format!("{{\"login\\u005fpassword\": \"{SECRET}\" \"a\": 1}}"), SECRET);
}

#[test]
fn a_password_under_a_misspelled_or_foreign_key() {
    assert_hidden(&body(&format!("\"login_pasword\": \"{SECRET}\"")), SECRET);
    assert_hidden(&body(&format!("\"password\": \"{SECRET}\"")), SECRET);
    assert_hidden(&body(&format!("\"Login_Password\": \"{SECRET}\"")), SECRET);
}

#[test]
fn a_masked_password_does_not_show_its_length() {
    // Both credentials set: the finding's frame shows the password's line.
    let text = body(&format!("\"key_pair\": \"k\",\n  \"login_password\": \"{SECRET}\""));
    let out = plain(&report(&text));
    assert!(out.contains("\"login_password\": \"****\""), "{out}");
    assert!(!out.contains(&"*".repeat(SECRET.len())), "{out}");
}

#[test]
fn a_finding_inside_a_secret_marks_all_of_it() {
    for password in ["Zq7#\\q9abc", "Zq7#\\x9abc", "Zq7#\\u12xyz"] {
        let text = body(&format!("\"login_password\": \"{password}\""));
        let start = text.find(password).unwrap();
        let report = report(&text);
        let inside: Vec<_> = report
            .diagnostics
            .iter()
            .filter_map(|d| d.span.filter(|s| s.start < start + password.len() && s.end > start).map(|s| (d.code, s)))
            .filter(|(code, _)| code.starts_with("JSON"))
            .collect();
        assert!(!inside.is_empty(), "{password:?}: {:#?}", report.diagnostics);
        for (code, span) in inside {
            assert!(span.start <= start && span.end >= start + password.len(), "{password:?}: {code} at {span:?}");
        }
    }
}
