//! The command line: exit codes, inputs, configuration, ignores and help, run as a user would.

mod cli_support;

use cli_support::{acklint, acklint_stdin, stdout};

/// A fresh folder for one test.
fn workdir(name: &str) -> cli_support::WorkDir {
    cli_support::workdir("cli", name)
}

fn example() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/managed-terway.json")).unwrap()
}

/// A body with one error (a pod/service overlap on Flannel) and one warning (an unknown key).
fn flawed() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/dedicated-flannel.json"))
        .unwrap()
        .replace("\"service_cidr\": \"172.21.0.0/20\"", "\"service_cidr\": \"172.20.16.0/20\"")
        .replace("\"timezone\"", "\"vpc_id\": \"vpc-1\",\n  \"timezone\"")
}

#[test]
fn exit_codes() {
    let dir = workdir("exit");
    std::fs::write(dir.join("good.json"), example()).unwrap();
    std::fs::write(dir.join("bad.json"), flawed()).unwrap();
    std::fs::write(dir.join("broken.json"), "{").unwrap();
    assert_eq!(acklint(&["check", "good.json"], &dir).status.code(), Some(0));
    assert_eq!(acklint(&["check", "bad.json"], &dir).status.code(), Some(1));
    assert_eq!(acklint(&["check", "broken.json"], &dir).status.code(), Some(1), "a file that does not parse fails");
    let missing = acklint(&["check", "missing.json"], &dir);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("missing.json"));
    assert_eq!(acklint(&["check", "--format", "nope", "good.json"], &dir).status.code(), Some(2));
    assert_eq!(acklint(&["explain", "NOPE999"], &dir).status.code(), Some(2));
}

#[test]
fn fail_on_lowers_the_threshold() {
    let dir = workdir("failon");
    let warning_only = example().replace("\"timezone\"", "\"vpc_id\": \"vpc-1\",\n  \"timezone\"");
    std::fs::write(dir.join("w.json"), warning_only).unwrap();
    assert_eq!(acklint(&["check", "w.json"], &dir).status.code(), Some(0));
    assert_eq!(acklint(&["check", "--fail-on", "warning", "w.json"], &dir).status.code(), Some(1));
}

#[test]
fn standard_input_and_folders() {
    let dir = workdir("inputs");
    std::fs::create_dir_all(dir.join("nested/deeper")).unwrap();
    std::fs::write(dir.join("b.json"), example()).unwrap();
    std::fs::write(dir.join("nested/a.jsonc"), example()).unwrap();
    std::fs::write(dir.join("nested/deeper/c.json"), flawed()).unwrap();
    std::fs::write(dir.join("nested/notes.txt"), "not a body").unwrap();
    let out = acklint(&["check", "--format", "json", "."], &dir);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let paths: Vec<&str> = v["files"].as_array().unwrap().iter().map(|f| f["path"].as_str().unwrap()).collect();
    assert_eq!(paths, ["./b.json", "./nested/a.jsonc", "./nested/deeper/c.json"], "sorted, *.json and *.jsonc only");
    let only_jsonc = acklint(&["check", "--glob", "*.jsonc", "--format", "json", "."], &dir);
    let v: serde_json::Value = serde_json::from_slice(&only_jsonc.stdout).unwrap();
    assert_eq!(v["summary"]["files"], 1);

    let out = acklint_stdin(&["check", "--format", "concise", "-"], &dir, flawed().as_bytes());
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("-:9:19: error[NET001]"), "{}", stdout(&out));
}

#[test]
fn folder_walks_check_request_bodies_only_and_say_what_they_skipped() {
    let dir = workdir("walk");
    std::fs::create_dir_all(dir.join(".vscode")).unwrap();
    std::fs::create_dir_all(dir.join("clusters")).unwrap();
    std::fs::create_dir_all(dir.join(".git")).unwrap();
    std::fs::write(dir.join("package.json"), r#"{"name": "web", "version": "1.0.0", "dependencies": {}}"#).unwrap();
    std::fs::write(dir.join("tsconfig.json"), "{\n  // strict\n  \"compilerOptions\": { \"strict\": true },\n}\n")
        .unwrap();
    std::fs::write(dir.join(".vscode/settings.json"), r#"{"editor.formatOnSave": true}"#).unwrap();
    std::fs::write(dir.join(".git/config.json"), r#"{"core": {}}"#).unwrap();
    std::fs::write(dir.join("clusters/prod.json"), example()).unwrap();
    std::fs::write(dir.join("clusters/legacy.json"), flawed()).unwrap();

    let out = acklint(&["check"], &dir);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "the flawed body still fails:\n{text}");
    assert!(text.contains("2 files checked"), "{text}");
    assert!(text.contains("3 JSON files skipped"), "{text}");
    assert!(!text.contains("package.json") && !text.contains("tsconfig.json"), "{text}");

    // Machine formats keep their document clean and say it on standard error.
    let json = acklint(&["check", "--format", "json", "."], &dir);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["summary"]["files"], 2);
    assert!(String::from_utf8_lossy(&json.stderr).contains("3 JSON files skipped"));

    // Named files are always checked, and so is everything a --glob the user gave matches.
    assert_eq!(acklint(&["check", "package.json"], &dir).status.code(), Some(1));
    let globbed = acklint(&["check", "--glob", "*.json", "--format", "json", "."], &dir);
    let v: serde_json::Value = serde_json::from_slice(&globbed.stdout).unwrap();
    assert_eq!(v["summary"]["files"], 5, "every *.json outside .git");
}

#[test]
fn configuration_selects_and_overrides() {
    let dir = workdir("config");
    std::fs::write(dir.join("bad.json"), flawed()).unwrap();
    std::fs::write(
        dir.join("acklint.toml"),
        "[rules]\nignore = [\"NET001\"]\nseverity = { unknown-field = \"error\" }\n",
    )
    .unwrap();
    let out = acklint(&["check", "--format", "concise", "bad.json"], &dir);
    let text = stdout(&out);
    assert!(!text.contains("NET001"), "{text}");
    assert!(text.contains("error[SCH002]"), "{text}");
    assert_eq!(out.status.code(), Some(1));

    std::fs::write(dir.join("acklint.toml"), "[rules]\nselect = [\"network\"]\n").unwrap();
    let text = stdout(&acklint(&["check", "--format", "concise", "bad.json"], &dir));
    assert!(text.contains("NET001") && !text.contains("SCH002"), "{text}");

    std::fs::write(dir.join("acklint.toml"), "[rules]\nselect = [\"NETWORK-ish\"]\n").unwrap();
    let out = acklint(&["check", "bad.json"], &dir);
    assert_eq!(out.status.code(), Some(2), "an unknown selector is a usage error");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("acklint.toml:2:"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn ignores_need_a_reason_match_by_pointer_and_expire() {
    let dir = workdir("ignores");
    std::fs::write(dir.join("bad.json"), flawed()).unwrap();
    let config = |extra: &str| {
        format!("[[ignore]]\nfiles = \"bad.json\"\npointer = \"/service_cidr\"\nrules = [\"NET001\"]\n{extra}")
    };
    std::fs::write(dir.join("acklint.toml"), config("")).unwrap();
    let out = acklint(&["check", "bad.json"], &dir);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("reason"));

    std::fs::write(dir.join("acklint.toml"), config("reason = \"migrating in Q1\"\nexpires = \"2999-01-01\"\n"))
        .unwrap();
    let out = acklint(&["check", "--format", "concise", "bad.json"], &dir);
    assert!(!stdout(&out).contains("NET001"), "{}", stdout(&out));
    assert_eq!(out.status.code(), Some(0), "only the unknown-key warning is left");

    std::fs::write(dir.join("acklint.toml"), config("reason = \"migrating in Q1\"\nexpires = \"2001-01-01\"\n"))
        .unwrap();
    let out = acklint(&["check", "--format", "concise", "bad.json"], &dir);
    let text = stdout(&out);
    assert!(text.contains("NET001"), "an expired ignore hides nothing: {text}");
    assert!(text.contains("acklint.toml:6:11: error[CFG001]"), "{text}");
    assert_eq!(out.status.code(), Some(1));

    std::fs::write(dir.join("acklint.toml"), config("reason = \"r\"\n").replace("/service_cidr", "/container_cidr"))
        .unwrap();
    let text = stdout(&acklint(&["check", "--format", "concise", "bad.json"], &dir));
    assert!(text.contains("NET001") && text.contains("warning[CFG002]"), "a pointer that matches nothing: {text}");
}

#[test]
fn init_writes_bodies_whose_placeholders_check_reports_until_they_are_filled_in() {
    let dir = workdir("init");
    for network in ["flannel", "terway"] {
        for billing in ["postpaid", "prepaid"] {
            let name = format!("{network}-{billing}.json");
            let out = acklint(&["init", "--network", network, "--billing", billing, "-o", &name], &dir);
            assert_eq!(out.status.code(), Some(0));
            let hint = String::from_utf8_lossy(&out.stderr).into_owned();
            assert!(hint.contains("`vpcid`") && hint.contains("`nodepools[0].scaling_group.key_pair`"), "{hint}");

            let check = acklint(&["check", "--format", "concise", &name], &dir);
            assert_eq!(check.status.code(), Some(1), "placeholders fail the check");
            let findings: Vec<String> = stdout(&check).lines().map(str::to_string).collect();
            let placeholders = if network == "terway" { 8 } else { 6 };
            assert_eq!(findings.len(), placeholders, "one finding per placeholder, nothing else:\n{findings:#?}");
            assert!(findings.iter().all(|f| f.contains("error[NAM014]")), "{findings:#?}");

            let body = std::fs::read_to_string(dir.join(&name)).unwrap();
            let filled = body
                .replace("vpc-replace0with0your0vpc", "vpc-bp1kd7yn4qnjvn5b2xk8q")
                .replace("vsw-replace0with0node0vswitch0a", "vsw-bp1m7d4x9k2q5w8e1r3t6")
                .replace("vsw-replace0with0node0vswitch0b", "vsw-bp1n8e5y0l3r6x9f2s4u7")
                .replace("vsw-replace0with0pod0vswitch0a", "vsw-bp1q2w3e4r5t6y7u8i9o0p")
                .replace("vsw-replace0with0pod0vswitch0b", "vsw-bp1a2s3d4f5g6h7j8k9l0z")
                .replace("replace-with-your-key-pair", "ops-keypair");
            std::fs::write(dir.join(&name), filled).unwrap();
            let check = acklint(&["check", "--fail-on", "warning", &name], &dir);
            assert_eq!(check.status.code(), Some(0), "{name}:\n{}", stdout(&check));
        }
    }
    assert_eq!(acklint(&["init", "-o", "flannel-postpaid.json"], &dir).status.code(), Some(2), "never overwrites");
}

#[test]
fn every_command_explains_itself_with_examples() {
    let dir = workdir("help");
    for args in [
        vec!["--help"],
        vec!["check", "--help"],
        vec!["explain", "--help"],
        vec!["rules", "--help"],
        vec!["schema", "--help"],
        vec!["init", "--help"],
    ] {
        let text = stdout(&acklint(&args, &dir));
        assert!(text.contains("Example"), "{args:?} help has no example:\n{text}");
    }
    let check_help = stdout(&acklint(&["check", "--help"], &dir));
    for option in ["--format", "--fail-on", "--config", "--glob", "--quiet", "--statistics"] {
        assert!(check_help.contains(option), "check --help lacks {option}");
    }
}

#[test]
fn statistics_and_quiet() {
    let dir = workdir("stats");
    std::fs::write(dir.join("bad.json"), flawed()).unwrap();
    let text = stdout(&acklint(&["check", "--statistics", "bad.json"], &dir));
    assert!(text.contains("findings per rule:") && text.contains("NET001"), "{text}");
    let quiet = stdout(&acklint(&["check", "--quiet", "bad.json"], &dir));
    assert!(!quiet.contains("file checked"), "{quiet}");
}

#[test]
fn network_context_from_flags() {
    let dir = workdir("network");
    std::fs::write(dir.join("good.json"), example()).unwrap();
    let quiet = stdout(&acklint(&["check", "--format", "concise", "good.json"], &dir));
    assert!(!quiet.contains("NET017"), "{quiet}");
    let out = acklint(&["check", "--format", "concise", "--vpc-cidr", "192.168.0.0/16", "good.json"], &dir);
    assert!(
        stdout(&out).contains("error[NET017]"),
        "the service range 192.168.0.0/20 lies in the VPC: {}",
        stdout(&out)
    );
    assert_eq!(out.status.code(), Some(1));
    let bad = acklint(&["check", "--vswitch-cidr", "vsw-a", "good.json"], &dir);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn limits_end_with_a_message_and_status_1() {
    let dir = workdir("limits");
    let huge = format!("{{\"name\": \"{}\"}}", "a".repeat(100 * 1024 * 1024));
    std::fs::write(dir.join("huge.json"), huge).unwrap();
    std::fs::write(dir.join("deep.json"), "[".repeat(100_000)).unwrap();
    let many: Vec<String> = (0..3000).map(|i| format!("\"unknown_{i}\": {i}")).collect();
    std::fs::write(dir.join("many.json"), format!("{{{}}}", many.join(","))).unwrap();
    std::fs::write(dir.join("latin1.json"), b"{\"name\": \"caf\xe9\"}").unwrap();
    let cases = [
        ("huge.json", "JSON008", "more than the limit of 8388608 bytes"),
        ("deep.json", "JSON008", "nest deeper than 64 levels"),
        ("many.json", "JSON011", "more findings in this file are not shown"),
        ("latin1.json", "JSON009", "not valid UTF-8"),
    ];
    for (file, code, text) in cases {
        let out = acklint(&["check", "--format", "concise", file], &dir);
        assert_eq!(out.status.code(), Some(1), "{file}");
        let shown = stdout(&out);
        assert!(shown.contains(code) && shown.contains(text), "{file}: {shown}");
    }
}
